"""Many records at once: reading an upload as columns, evaluating one scheme or screening
every scheme of an audience, and writing the answer as columns.

The engine's bulk loop (`rules.bulk`) works on columns; so does everything here. A CSV
upload is read by pyarrow into one text column per fact, each column is parsed at once
(numbers, amounts and dates by pattern, a choice or a yes/no once per distinct cell by the
fact's own `parse`), and the answer is written from columns again. Any cell the quick
pattern does not cover exactly (a comma as decimal mark, an exponent, a value outside the
fact's bounds, an impossible date) goes through the fact's own `parse`, so what a cell
means and the message a bad cell gets are the same as for one evaluation. A CSV file with
quotes or a lone carriage return is read record by record, where a quoted cell may hold a
line break.

Like `services`, this module is a caller of the engine: the command line and the API go
through it for bulk work and never call `rules` themselves.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import numpy as np
import orjson
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

import rules
from rules import expr
from rules.bulk import ChoiceColumn, Column, check_constraints_bulk, next_questions
from rules.bulk import evaluate_bulk as _evaluate_bulk

from .catalogue import Lang, get_scheme, schemes_for
from .errors import EvaluationInputError
from .services import AUDIENCE_MESSAGES, AUDIENCES

BULK_LINE_MESSAGES: dict[Lang, str] = {
    "nl": "Regel {line}: {message}",
    "en": "Line {line}: {message}",
}
BULK_MAX_REPORTED = 20  # a broken file must not answer with 100,000 messages


# Reading an upload ------------------------------------------------------------------------


class UploadProblem(Exception):
    """The upload cannot be read as records: `code` names the problem (`csv_header`,
    `csv_row_length`, `csv_malformed`, `too_many_records`, `no_records`, `not_utf8`),
    `params` fill its sentence at the caller's boundary."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code, self.params = code, params
        super().__init__(code, params)


Cells = pa.Array | list[Any]


@dataclass(frozen=True)
class Upload:
    """Records as columns: per name in the upload, its cells (texts from CSV, JSON values
    from JSON lines; a name that is no fact keeps no cells), each record's line number, and
    the line where each name first appears."""

    columns: dict[str, Cells]
    lines: np.ndarray[Any, Any]
    first_lines: dict[str, int]

    def __len__(self) -> int:
        return len(self.lines)


def fact_ids() -> frozenset[str]:
    """Every fact id any scheme asks."""
    return frozenset(rules.registry.facts)


def read_csv(data: bytes, limit: int | None = None) -> Upload:
    """Records from CSV with a header line of fact ids (`,` between cells; an empty cell is
    unknown; the choices of a list separated by `;`). A byte order mark is skipped. Each
    record is numbered by the line it ends on; empty lines are skipped."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise UploadProblem("not_utf8") from None
    if b'"' in data or b"\r" in data.replace(b"\r\n", b""):
        return _read_csv_as_records(data.decode("utf-8"), limit)
    first_end = data.find(b"\n")
    header_line = data if first_end < 0 else data[:first_end]
    header = _header(header_line.decode("utf-8").rstrip("\r").split(","))
    lines, starts, ends = _physical_lines(data)
    # Line 1 is the header; an empty line (or only "\r") holds no record.
    lengths = ends - starts
    keep = (lengths > 0) & (np.arange(len(lines)) > 0)
    record_lines = lines[keep]
    if limit is not None and len(record_lines) > limit:
        raise UploadProblem("too_many_records", limit=limit)
    if len(record_lines) == 0:
        return Upload({name: [] for name in header}, record_lines, dict.fromkeys(header, 1))
    known = fact_ids()
    wanted = [name for name in header if name in known]
    uneven: list[object] = []  # lines with more or fewer cells than the header

    def note(row: object) -> str:
        uneven.append(row)
        return "skip"

    table = pa_csv.read_csv(
        io.BytesIO(data),
        read_options=pa_csv.ReadOptions(
            use_threads=False, skip_rows=1, column_names=header, block_size=1 << 24
        ),
        parse_options=pa_csv.ParseOptions(
            quote_char=False, ignore_empty_lines=True, invalid_row_handler=note
        ),
        convert_options=pa_csv.ConvertOptions(
            column_types=dict.fromkeys(wanted, pa.string()),
            include_columns=wanted,
            strings_can_be_null=False,
            quoted_strings_can_be_null=False,
        ),
    )
    if uneven or table.num_rows != len(record_lines):
        _raise_uneven_line(data, header, record_lines, starts[keep], ends[keep])
        return _read_csv_as_records(data.decode("utf-8"), limit)  # pragma: no cover
    columns: dict[str, Cells] = {
        name: table.column(name).combine_chunks() if name in known else [] for name in header
    }
    return Upload(columns, record_lines, dict.fromkeys(header, 1))


def _raise_uneven_line(
    data: bytes,
    header: list[str],
    lines: np.ndarray[Any, Any],
    starts: np.ndarray[Any, Any],
    ends: np.ndarray[Any, Any],
) -> None:
    """Raise for the first record line whose cells are more or fewer than the header's."""
    separators = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == ord(","))
    counts = np.searchsorted(separators, ends) - np.searchsorted(separators, starts)
    wrong = np.flatnonzero(counts + 1 != len(header))
    if len(wrong):
        k = int(wrong[0])
        raise UploadProblem(
            "csv_row_length", line=int(lines[k]), count=int(counts[k]) + 1, expected=len(header)
        )


def _header(names: list[str]) -> list[str]:
    header = [name.strip() for name in names]
    if not any(header):
        raise UploadProblem("no_records")
    seen: dict[str, int] = {}
    for name in header:
        seen[name] = seen.get(name, 0) + 1
    for name in header:
        if seen[name] > 1 or not name:
            raise UploadProblem("csv_header", input=name, count=seen[name])
    return header


def _physical_lines(
    data: bytes,
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """Each line's number (from 1), start and end (without its "\\r\\n" or "\\n")."""
    raw = np.frombuffer(data, dtype=np.uint8)
    breaks = np.flatnonzero(raw == ord("\n"))
    starts = np.concatenate(([0], breaks + 1))
    ends = np.concatenate((breaks, [len(raw)]))
    if len(starts) and starts[-1] == len(raw):  # the file ends with a line break
        starts, ends = starts[:-1], ends[:-1]
    crlf = (ends > starts) & (raw[np.maximum(ends - 1, 0)] == ord("\r"))
    ends = ends - crlf
    return np.arange(1, len(starts) + 1), starts, ends


def _read_csv_as_records(text: str, limit: int | None) -> Upload:
    """Records one by one, numbered by the line they end on (a quoted cell may hold a
    line break)."""
    reader = csv.reader(io.StringIO(text))
    try:
        header = _header(next(reader, []))
        rows: list[list[str]] = []
        lines: list[int] = []
        for row in reader:
            if not row:
                continue
            if len(row) != len(header):
                raise UploadProblem(
                    "csv_row_length", line=reader.line_num, count=len(row), expected=len(header)
                )
            if limit is not None and len(rows) == limit:
                raise UploadProblem("too_many_records", limit=limit)
            rows.append(row)
            lines.append(reader.line_num)
    except csv.Error as exc:
        raise UploadProblem("csv_malformed", line=reader.line_num, reason=exc) from None
    known = fact_ids()
    columns: dict[str, Cells] = {
        name: pa.array([row[j] for row in rows], type=pa.string()) if name in known else []
        for j, name in enumerate(header)
    }
    return Upload(columns, np.array(lines, dtype=np.int64), dict.fromkeys(header, 1))


def read_ndjson(data: bytes, limit: int | None = None) -> Upload:
    """Records from one JSON object per line (empty lines skipped)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    records: list[dict[str, Any]] = []
    lines: list[int] = []
    first_lines: dict[str, int] = {}
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line, parse_constant=_reject_constant)
        except (ValueError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else type(exc).__name__
            raise UploadProblem("ndjson_malformed", line=number, reason=reason) from None
        if not isinstance(record, dict):
            raise UploadProblem("ndjson_not_object", line=number, value=record)
        if limit is not None and len(records) == limit:
            raise UploadProblem("too_many_records", limit=limit)
        for key in record:
            first_lines.setdefault(key, number)
        records.append(record)
        lines.append(number)
    return Upload(json_columns(records, first_lines), np.array(lines, dtype=np.int64), first_lines)


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def json_columns(records: list[dict[str, Any]], keys: Mapping[str, int]) -> dict[str, Cells]:
    """One column per key, filled in one pass over the answers given (linear in the upload).

    Only a key that is a fact gets a full column; any other key is only named in the
    error, so thousands of made-up keys cost no more than their own bytes.
    """
    known = fact_ids()
    size = len(records)
    columns: dict[str, Cells] = {key: [None] * size if key in known else [] for key in keys}
    full = {
        key: column for key, column in columns.items() if isinstance(column, list) and key in known
    }
    for i, record in enumerate(records):
        for key, value in record.items():
            column = full.get(key)
            if column is not None:
                column[i] = value
    return columns


# Parsing columns --------------------------------------------------------------------------

_Error = tuple[int, str, str, str]  # (line, fact, code, message)


@dataclass
class _Parsed:
    columns: dict[str, Column]
    errors: list[_Error]
    unlisted: int  # bad answers found beyond those kept per column


def _parse_columns(definitions: Mapping[str, Any], upload: Upload, lang: Lang) -> _Parsed:
    """Each column of a fact in `definitions` parsed into the engine's column form."""
    parsed = _Parsed({}, [], 0)
    n = len(upload)
    for fact_id, fact in definitions.items():
        cells = upload.columns[fact_id]
        if isinstance(cells, pa.Array | pa.ChunkedArray):
            values, present, bad, bad_count = _parse_texts(fact, cells)
        else:
            values, present, bad, bad_count = _parse_values(fact, cells)
        for i, issue in bad:
            parsed.errors.append((int(upload.lines[i]), fact_id, issue.code, issue.message(lang)))
        parsed.unlisted += bad_count - len(bad)
        if len(values) != n:
            raise AssertionError("a column of another length")  # pragma: no cover
        parsed.columns[fact_id] = Column(values, None if present.all() else present)
    return parsed


# Cells the quick patterns read exactly as the fact's own `parse` does; any other cell
# is parsed by the fact itself.
_MONEY = r"^[0-9]{1,13}(\.[0-9]{1,2})?$"
_INT = r"^-?[0-9]{1,15}$"
_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_FILLER = {
    "bool": False,
    "int": 0,
    "money": 0,
    "date": np.datetime64("1970-01-01", "D"),
    "enum": "",
    "enum_list": frozenset(),
    "decimal": None,
}
_DTYPES: dict[str, Any] = {
    "bool": np.bool_,
    "int": np.int64,
    "money": np.int64,
    "date": "datetime64[D]",
    "enum": object,  # made a text array at the end
    "enum_list": object,
    "decimal": object,
}


def _parse_texts(
    fact: Any, cells: pa.Array
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], list[tuple[int, Any]], int]:
    """A text column: values, the present mask, the first bad cells and how many were bad."""
    n = len(cells)
    trimmed = pc.utf8_trim_whitespace(cells)
    present = pc.not_equal(trimmed, "").to_numpy(zero_copy_only=False)
    kind = fact.kind
    values = np.empty(n, dtype=_DTYPES[kind])
    values[:] = _FILLER[kind]
    todo = present.copy()  # cells still to parse
    if kind in ("money", "int", "date") and todo.any():
        quick, quick_values = _quick(fact, cells)
        take = quick & todo
        values[take] = quick_values[take]
        todo &= ~take
    bad: list[tuple[int, Any]] = []
    bad_count = 0
    rows = np.flatnonzero(todo)
    if len(rows):
        rest = cells.take(pa.array(rows))
        encoded = pc.dictionary_encode(rest)
        distinct = encoded.dictionary.to_pylist()
        parsed: list[Any] = []
        failed = np.zeros(len(distinct), dtype=np.bool_)
        issues: list[Any] = []
        for k, raw in enumerate(distinct):
            try:
                parsed.append(fact.parse(raw))
                issues.append(None)
            except rules.FactIssue as issue:
                parsed.append(_FILLER[kind])
                issues.append(issue)
                failed[k] = True
        codes = encoded.indices.to_numpy(zero_copy_only=False)
        table = np.empty(len(distinct), dtype=_DTYPES[kind])
        table[:] = parsed if kind not in ("enum_list",) else _objects(parsed)
        values[rows] = table[codes]
        wrong = failed[codes]
        bad_count = int(wrong.sum())
        for j in np.flatnonzero(wrong)[:BULK_MAX_REPORTED].tolist():
            bad.append((int(rows[j]), issues[int(codes[j])]))
    if kind == "enum":
        values = values.astype(np.str_)
    return values, present, bad, bad_count


def _objects(items: list[Any]) -> np.ndarray[Any, Any]:
    array = np.empty(len(items), dtype=object)
    array[:] = items
    return array


def _quick(fact: Any, cells: pa.Array) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """Cells in the plain form (digits, a point, ISO dates) within the fact's bounds, read
    at once: which they are, and their values."""
    n = len(cells)
    kind = fact.kind
    if kind == "date":
        found = pc.match_substring_regex(cells, _DATE).to_numpy(zero_copy_only=False)
        plain = pc.if_else(pa.array(found), cells, "2000-01-01")

        def part(start: int, stop: int) -> np.ndarray[Any, Any]:
            text = pc.utf8_slice_codeunits(plain, start, stop)
            return pc.cast(text, pa.int64()).to_numpy(zero_copy_only=False)

        year, month, day = part(0, 4), part(5, 7), part(8, 10)
        found &= (month >= 1) & (month <= 12)
        months = ((year - 1970) * 12 + np.clip(month, 1, 12) - 1).astype("datetime64[M]")
        first = months.astype("datetime64[D]")
        length = ((months + 1).astype("datetime64[D]") - first).astype(np.int64)
        found &= (day >= 1) & (day <= length)  # no 30 February: the fact's parse says why
        values = first + (day - 1)
        lo, hi = np.datetime64(fact.minimum, "D"), np.datetime64(fact.maximum, "D")
        found &= (values >= lo) & (values <= hi)
        return found, values
    pattern = _MONEY if kind == "money" else _INT
    fits = pc.match_substring_regex(cells, pattern).to_numpy(zero_copy_only=False)
    values = np.zeros(n, dtype=np.int64)
    if not fits.any():
        return fits, values
    if kind == "money":
        point = pc.find_substring(cells, ".").to_numpy(zero_copy_only=False)
        length = pc.utf8_length(cells).to_numpy(zero_copy_only=False)
        places = np.where(point >= 0, length - point - 1, 0)
        digits = pc.replace_substring(cells, ".", "")
        scale = np.array([100, 10, 1], dtype=np.int64)[np.clip(places, 0, 2)]
    else:
        digits, scale = cells, np.ones(n, dtype=np.int64)
    whole = pc.cast(pc.if_else(pa.array(fits), digits, pa.scalar("0")), pa.int64())
    values = whole.to_numpy(zero_copy_only=False) * scale
    factor = 100 if kind == "money" else 1
    if fact.minimum is not None:
        fits &= values >= int(fact.minimum * factor)
    if fact.maximum is not None:
        fits &= values <= int(fact.maximum * factor)
    return fits, values


def _parse_values(
    fact: Any, raw_values: Sequence[object]
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], list[tuple[int, Any]], int]:
    """JSON values (from JSON lines), each parsed by the fact's own `parse`, once per
    distinct value."""
    n = len(raw_values)
    kind = fact.kind
    values = np.empty(n, dtype=_DTYPES[kind])
    values[:] = _FILLER[kind]
    present = np.ones(n, dtype=np.bool_)
    bad: list[tuple[int, Any]] = []
    bad_count = 0
    memo: dict[tuple[type, object], Any] = {}
    parsed: list[Any] = [_FILLER[kind]] * n
    for i, raw in enumerate(raw_values):
        if raw is None or (isinstance(raw, str) and raw.strip() == ""):
            present[i] = False
            continue
        key = (type(raw), raw) if isinstance(raw, str | int | float) else None
        if key is not None and key in memo:
            parsed[i] = memo[key]
            continue
        try:
            value = fact.parse(raw)
        except rules.FactIssue as issue:
            present[i] = False
            bad_count += 1
            if len(bad) < BULK_MAX_REPORTED:
                bad.append((i, issue))
            continue
        if key is not None:
            memo[key] = value
        parsed[i] = value
    if kind == "date":
        values[:] = np.array(parsed, dtype="datetime64[D]")
    elif kind in ("enum_list", "decimal"):
        values[:] = _objects(parsed)
    else:
        values[:] = parsed
    if kind == "enum":
        values = values.astype(np.str_)
    return values, present, bad, bad_count


def _unknown_columns(upload: Upload, lang: Lang) -> list[_Error]:
    errors: list[_Error] = []
    for name in upload.columns:
        if name not in rules.registry.facts:
            issue = rules.FactIssue(name, "unknown_fact")
            line = upload.first_lines.get(name, 1)
            errors.append((line, name, issue.code, issue.message(lang)))
    return errors


def _bulk_error(errors: list[_Error], lang: Lang, unlisted: int = 0) -> EvaluationInputError:
    """The first problems by line; the error counts the others found."""
    messages: dict[str, list[str]] = {}
    codes: dict[str, list[str]] = {}
    for line, fact_id, code, message in sorted(errors)[:BULK_MAX_REPORTED]:
        text = BULK_LINE_MESSAGES[lang].format(line=line, message=message)
        messages.setdefault(fact_id, []).append(text)
        codes.setdefault(fact_id, []).append(code)
    omitted = max(0, len(errors) - BULK_MAX_REPORTED) + unlisted
    return EvaluationInputError(messages, codes, omitted)


def _constraint_errors(
    scheme: Any,
    on: date,
    upload: Upload,
    parsed: _Parsed,
    columns: Mapping[str, Column],
    lang: Lang,
) -> list[_Error]:
    """Rules on the answers themselves (e.g. the uncapped dagloon not below the capped one),
    checked where the fact a rule is about was answered. The compiled loop finds the
    records that break one; those (and any the loop cannot tell) are checked again as one
    evaluation checks them, once per distinct combination of the answers the rules read,
    which gives the message."""
    if not scheme.constraints:
        return []
    about = [c.fact for c in scheme.constraints if c.fact in parsed.columns]
    if not about:
        return []
    nodes = [node for c in scheme.constraints for node in c.test.walk()]
    if any(isinstance(node, expr.Out | expr.Crit) for node in nodes):
        read = sorted(parsed.columns)  # a rule that reads an output: every answer
    else:
        read = sorted({n.id for n in nodes if isinstance(n, expr.Fact)} & set(parsed.columns))
    n = len(upload)
    wanted = np.zeros(n, dtype=np.bool_)
    for fact_id in about:
        present = parsed.columns[fact_id].present
        wanted |= np.ones(n, dtype=np.bool_) if present is None else present
    verdicts = check_constraints_bulk(scheme, columns, on)
    if verdicts is not None:
        suspect = np.zeros(n, dtype=np.bool_)
        for holds in verdicts.values():
            suspect |= holds != 1
        wanted &= suspect
    rows = np.flatnonzero(wanted)
    texts = [_cells_as_list(upload.columns[f], rows) for f in read]
    seen: dict[tuple[Any, ...], list[Any]] = {}
    errors: list[_Error] = []
    for j, key in enumerate(zip(*texts, strict=True)):
        found = seen.get(key)
        if found is None:
            record = {f: v for f, v in zip(read, key, strict=True) if not _empty(v)}
            try:
                rules.parse_facts(record, scheme)
                found = seen[key] = []
            except rules.FactsInvalid as exc:
                found = seen[key] = list(exc.issues)
        line = int(upload.lines[rows[j]])
        for issue in found:
            errors.append((line, str(issue.fact), issue.code, issue.message(lang)))
        if len(errors) >= BULK_MAX_REPORTED:
            break
    return errors


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def _cells_as_list(cells: Cells, rows: np.ndarray[Any, Any]) -> list[Any]:
    if isinstance(cells, pa.Array | pa.ChunkedArray):
        return cells.take(pa.array(rows)).to_pylist()  # type: ignore[no-any-return]
    return [cells[i] for i in rows.tolist()]


# Evaluating one scheme --------------------------------------------------------------------


@dataclass(frozen=True)
class BulkEvaluation:
    """Per record, in input order: its line number, status and outputs. Each output is a
    column of texts as CSV shows them (`None` where it has no value) with its kind, which
    says how JSON shows it (a number or yes/no bare, anything else as a string)."""

    lines: np.ndarray[Any, Any]
    statuses: np.ndarray[Any, Any]  # int8 codes into STATUS_NAMES
    texts: dict[str, tuple[str, pa.Array]]  # output id -> (kind, texts)

    @property
    def outputs(self) -> dict[str, list[Any]]:
        """Every output as a list of JSON values (as one evaluation's `outputs`)."""
        return {key: _json_values(kind, texts) for key, (kind, texts) in self.texts.items()}


STATUS_NAMES = ("not_eligible", "undetermined", "eligible")


def evaluate_upload(scheme_id: str, on: date, upload: Upload, lang: Lang = "en") -> BulkEvaluation:
    """Evaluate every record of `upload` for one scheme on `on`.

    Unknown fact ids, answers that do not parse and answers that break a rule of the scheme
    raise `EvaluationInputError` naming the line and the fact (the first
    `BULK_MAX_REPORTED`, counting the rest); facts the scheme does not use are ignored,
    as for one evaluation.
    """
    scheme = get_scheme(scheme_id, lang)
    errors = _unknown_columns(upload, lang)
    used = {
        k: scheme.fact(k)
        for k in upload.columns
        if k in rules.registry.facts and scheme.has_fact(k)
    }
    parsed = _parse_columns(used, upload, lang)
    errors += parsed.errors
    columns = _every_fact(scheme, parsed.columns, len(upload))
    if not errors:
        errors += _constraint_errors(scheme, on, upload, parsed, columns, lang)
    if errors:
        raise _bulk_error(errors, lang, parsed.unlisted)
    result = _evaluate_bulk(scheme, columns, on)
    return BulkEvaluation(upload.lines, result.status, _output_texts(result, len(upload)))


def _every_fact(scheme: Any, columns: Mapping[str, Column], n: int) -> dict[str, Column]:
    """A column for every fact of the scheme, each with a presence mask (a fact the upload
    leaves out: every record unknown). Whatever columns an upload gives or leaves empty,
    its loop then has one layout per scheme, the one `compile_loops` compiles ahead."""
    every: dict[str, Column] = {}
    for fact in scheme.facts:
        given = columns.get(fact.id)
        if given is None:
            every[fact.id] = _unknowns(fact, n)
        elif given.present is None:
            every[fact.id] = replace(given, present=np.ones(n, dtype=np.bool_))
        else:
            every[fact.id] = given
    return every


def _unknowns(fact: Any, n: int) -> Column:
    """A column of `n` unanswered records, in the form the loop reads fastest."""
    absent = np.zeros(n, dtype=np.bool_)
    if fact.kind == "enum":
        return Column(np.zeros(n, dtype=np.int64), absent, choices=fact.choice_ids)
    if fact.kind == "enum_list":
        return Column(np.zeros((n, len(fact.choice_ids)), dtype=np.bool_), absent)
    if fact.kind == "date":
        return Column(np.zeros(n, dtype="datetime64[D]"), absent)
    return Column(np.zeros(n, dtype=np.bool_ if fact.kind == "bool" else np.int64), absent)


def compile_loops(scheme_id: str, on: date) -> None:
    """Compile the loops an upload for the scheme runs on `on` (its evaluation, its
    screening and its rules on the answers), or load them from the kernel cache. A loop
    serves every day with the same figures; a large one takes minutes to compile, longer
    than a request may wait."""
    scheme = rules.registry.get(scheme_id)
    columns = _every_fact(scheme, {}, 1)
    _evaluate_bulk(scheme, columns, on)
    _evaluate_bulk(scheme, columns, on, with_outputs=False)
    check_constraints_bulk(scheme, columns, on)


_EPOCH = date(1970, 1, 1).toordinal()


def _output_texts(result: Any, n: int) -> dict[str, tuple[str, pa.Array]]:
    """Every output as texts, written at once from the loop's integer columns: money as
    "1234.56", a decimal with its places, dates as ISO, yes/no as true/false. The records
    the single path evaluated take its own values (`result.output`)."""
    texts: dict[str, tuple[str, pa.Array]] = {}
    rechecked = list(result.rechecked)
    for key, raw in result.outputs.items():
        kind, places = result.output_kinds[key]
        kind = str(kind)
        if isinstance(raw, ChoiceColumn) or (
            result.compiled and isinstance(raw, np.ndarray) and places <= 6
        ):
            column = _loop_texts(result, key, raw, kind, places, rechecked)
        else:  # evaluated record by record
            column = pa.array([_text(result.output(key, i)) for i in range(n)], type=pa.string())
        texts[key] = (kind, column)
    return texts


def _loop_texts(
    result: Any, key: str, raw: Any, kind: str, places: int, rechecked: list[int]
) -> pa.Array:
    """One output's texts from the loop's column: none where it is unknown, and the single
    path's own value for each record it evaluated."""
    if isinstance(raw, ChoiceColumn):  # choice ids as codes, None where unknown
        column = pc.take(pa.array(raw.names, type=pa.string()), pa.array(raw.codes))
    else:
        column = _formatted(kind, places, raw)
    known = result.output_known[key]
    if known is not None:
        column = pc.if_else(pa.array(known), column, pa.scalar(None, pa.string()))
    if kind == "bool":  # 3 is "none"
        column = pc.if_else(pa.array(raw == 3), pa.scalar(None, pa.string()), column)
    if rechecked:
        cells = column.to_numpy(zero_copy_only=False).astype(object)
        cells[rechecked] = [_text(result.output(key, i)) for i in rechecked]
        column = pa.array(cells, type=pa.string())
    return column


def _formatted(kind: str, places: int, raw: np.ndarray[Any, Any]) -> pa.Array:
    if kind == "bool":
        return pc.take(pa.array(["false", "true"]), pa.array((raw == 1).astype(np.int64)))
    if kind == "date":
        days = (np.asarray(raw, dtype=np.int64) - _EPOCH).astype("datetime64[D]")
        return pc.cast(pa.array(days, type=pa.date32()), pa.string())
    values = np.asarray(raw, dtype=np.int64)
    if kind == "int" or (kind == "decimal" and places == 0):
        return pc.cast(pa.array(values), pa.string())
    scale = 100 if kind == "money" else 10**places
    width = 2 if kind == "money" else places
    whole, rest = np.divmod(np.abs(values), scale)
    sign = pc.if_else(pa.array(values < 0), "-", "")
    fraction = pc.utf8_lpad(pc.cast(pa.array(rest), pa.string()), width=width, padding="0")
    return pc.binary_join_element_wise(
        sign, pc.cast(pa.array(whole), pa.string()), ".", fraction, ""
    )


def _text(value: Any) -> str | None:
    """One JSON value as a CSV cell: empty for none, `true`/`false` for yes/no."""
    if value is None:
        return None
    if value is True or value is False:
        return "true" if value else "false"
    return str(value)


def _json_values(kind: str, texts: pa.Array) -> list[Any]:
    values = texts.to_pylist()
    if kind == "int":
        return [None if v is None else int(v) for v in values]
    if kind == "bool":
        return [None if v is None else v == "true" for v in values]
    return values  # type: ignore[no-any-return]


# Screening every scheme of an audience ----------------------------------------------------


@dataclass(frozen=True)
class BulkScreening:
    """Per record, in input order: its line number, per scheme its status, and the one
    next question (`None` when nothing is left to ask)."""

    lines: np.ndarray[Any, Any]
    statuses: dict[str, np.ndarray[Any, Any]]  # scheme id -> int8 codes into STATUS_NAMES
    next_question: list[str | None]


def screen_upload(audience: str, on: date, upload: Upload, lang: Lang = "en") -> BulkScreening:
    """Screen every record of `upload` against every scheme of `audience` on `on`: per
    record what `rules.screen` gives for its answers, the status per scheme and the next
    question. Answers are parsed against every known fact, as for one screening."""
    if audience not in AUDIENCES:
        raise EvaluationInputError(
            {"audience": [AUDIENCE_MESSAGES[lang].format(value=audience)]},
            {"audience": ["invalid_choice"]},
        )
    errors = _unknown_columns(upload, lang)
    known = {k: rules.registry.facts[k] for k in upload.columns if k in rules.registry.facts}
    parsed = _parse_columns(known, upload, lang)
    errors += parsed.errors
    if errors:
        raise _bulk_error(errors, lang, parsed.unlisted)
    statuses, questions = screen_columns(audience, on, parsed.columns, len(upload))
    return BulkScreening(upload.lines, statuses, questions)


def screen_columns(
    audience: str, on: date, columns: Mapping[str, Column], n: int
) -> tuple[dict[str, np.ndarray[Any, Any]], list[str | None]]:
    """The screening of `n` records given as parsed columns: each scheme's status codes
    (into `STATUS_NAMES`) and the next question per record."""
    results = []
    for scheme_id in schemes_for(audience):
        scheme = rules.registry.get(scheme_id)
        results.append(
            _evaluate_bulk(scheme, _every_fact(scheme, columns, n), on, with_outputs=False)
        )
    return {r.scheme: r.status for r in results}, next_questions(results)


# Writing the answer -----------------------------------------------------------------------

CHUNK_ROWS = 5000


def _status_texts(codes: np.ndarray[Any, Any]) -> pa.Array:
    names = pa.array(STATUS_NAMES, type=pa.string())
    return pc.take(names, pa.array(codes.astype(np.int64)))


def _json_text(kind: str, texts: pa.Array) -> pa.Array:
    """CSV texts as JSON: numbers and yes/no bare, anything else quoted, none as null."""
    if kind in ("int", "bool"):
        shown = texts
    else:
        escaped = pc.replace_substring(pc.replace_substring(texts, "\\", "\\\\"), '"', '\\"')
        shown = pc.binary_join_element_wise('"', escaped, '"', "")
    return pc.fill_null(shown, "null")


def _csv_chunks(header: list[str], columns: list[pa.Array]) -> Iterator[bytes]:
    """The header line, then the records in chunks (pyarrow writes the cells; none of
    them holds a comma, a quote or a line break, so none is quoted)."""
    yield (",".join(header) + "\n").encode()
    table = pa.table(columns, names=[f"c{k}" for k in range(len(columns))])
    options = pa_csv.WriteOptions(include_header=False, quoting_style="none")
    for start in range(0, table.num_rows, CHUNK_ROWS * 4):
        sink = io.BytesIO()
        pa_csv.write_csv(table.slice(start, CHUNK_ROWS * 4), sink, write_options=options)
        yield sink.getvalue()


def _joined(parts: list[pa.Array | str]) -> pa.Array:
    return pc.binary_join_element_wise(*parts, "")


def _json_chunks(parts: list[pa.Array | str], n: int) -> Iterator[bytes]:
    lines = _joined(parts)
    for start in range(0, n, CHUNK_ROWS * 4):
        chunk = lines.slice(start, CHUNK_ROWS * 4)
        yield ("\n".join(chunk.to_pylist()) + "\n").encode()


def evaluation_csv(result: BulkEvaluation) -> Iterator[bytes]:
    """`line,status,<output ids>`: money as "1234.56", dates as ISO, yes/no as true/false."""
    keys = list(result.texts)
    columns = [
        pa.array(result.lines, type=pa.int64()),
        _status_texts(result.statuses),
        *(result.texts[k][1] for k in keys),
    ]
    return _csv_chunks(["line", "status", *keys], columns)


def evaluation_ndjson(result: BulkEvaluation) -> Iterator[bytes]:
    """Per line `{"line": …, "status": …, "outputs": {…}}`."""
    n = len(result.lines)
    if not n:
        return iter(())
    parts: list[pa.Array | str] = [
        '{"line":',
        pc.cast(pa.array(result.lines, type=pa.int64()), pa.string()),
        ',"status":"',
        _status_texts(result.statuses),
        '","outputs":{',
    ]
    for k, (key, (kind, texts)) in enumerate(result.texts.items()):
        parts += [("," if k else "") + orjson.dumps(key).decode() + ":", _json_text(kind, texts)]
    parts.append("}}")
    return _json_chunks(parts, n)


def screening_csv(result: BulkScreening) -> Iterator[bytes]:
    """`line,next_question,<scheme ids>`: each scheme's status."""
    keys = list(result.statuses)
    columns = [
        pa.array(result.lines, type=pa.int64()),
        pa.array(result.next_question, type=pa.string()),
        *(_status_texts(result.statuses[k]) for k in keys),
    ]
    return _csv_chunks(["line", "next_question", *keys], columns)


def screening_ndjson(result: BulkScreening) -> Iterator[bytes]:
    """Per line `{"line": …, "next_question": …, "statuses": {scheme: status}}`."""
    n = len(result.lines)
    if not n:
        return iter(())
    question = pc.fill_null(
        _joined(['"', pa.array(result.next_question, type=pa.string()), '"']), "null"
    )
    parts: list[pa.Array | str] = [
        '{"line":',
        pc.cast(pa.array(result.lines, type=pa.int64()), pa.string()),
        ',"next_question":',
        question,
        ',"statuses":{',
    ]
    for k, key in enumerate(result.statuses):
        parts += [
            ("," if k else "") + orjson.dumps(key).decode() + ':"',
            _status_texts(result.statuses[key]),
            '"',
        ]
    parts.append("}}")
    return _json_chunks(parts, n)
