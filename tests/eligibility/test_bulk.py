"""Bulk work from columns: an upload read and parsed at once means what each record means
to one evaluation or one screening, cell for cell, message for message."""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import date, timedelta
from typing import Any

import numpy as np
import pyarrow as pa
import pytest

import rules
from eligibility import bulk, catalogue, services
from eligibility.errors import EvaluationInputError
from rules import bulk as rules_bulk

ON = date(2026, 3, 16)


def _cell(fact: Any, rng: random.Random) -> str:
    """One valid answer as a CSV cell, in the forms people write (sometimes empty)."""
    while True:
        cell = _any_cell(fact, rng)
        try:
            if cell.strip():
                fact.parse(cell)
        except rules.FactIssue:
            continue
        return cell


def _any_cell(fact: Any, rng: random.Random) -> str:
    kind = fact.kind
    if rng.random() < 0.15:
        return rng.choice(["", " "])
    if kind == "bool":
        return rng.choice(["true", "false", "ja", "nee", "True"])
    if kind in ("enum", "enum_list"):
        ids = list(fact.choice_ids)
        if kind == "enum":
            return rng.choice(ids)
        return ";".join(rng.sample(ids, rng.randint(0, min(3, len(ids)))))
    if kind == "date":
        day = date(1940, 1, 1) + timedelta(days=rng.randint(0, 36_000))
        return day.isoformat()
    lo = int(fact.minimum or 0)
    hi = int(fact.maximum if fact.maximum is not None else 10**6)
    hi = min(hi, lo + 10 ** rng.randint(1, 7))
    whole = rng.randint(lo, max(lo, hi))
    if kind == "money":
        return f"{whole}.{rng.randint(0, 99):02d}" if rng.random() < 0.8 else str(whole)
    if kind == "decimal":
        return rng.choice([str(whole), f"{whole}.{rng.randint(0, 9)}", f"{whole}.25"])
    return str(whole)


def _upload_text(scheme: Any, n: int, seed: int) -> tuple[str, list[dict[str, str]]]:
    """A CSV of `n` records for `scheme` that keep its rules on the answers, and the same
    records as dicts of cells (empty cells left out)."""
    rng = random.Random(seed)
    facts = list(scheme.facts)
    records: list[dict[str, str]] = []
    while len(records) < n:
        record = {f.id: _cell(f, rng) for f in facts}
        given = {k: v for k, v in record.items() if v.strip()}
        try:
            rules.parse_facts(given, scheme)
        except rules.FactsInvalid:
            continue
        records.append(record)
    out = io.StringIO()
    writer = csv.DictWriter(out, [f.id for f in facts], lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue(), [{k: v for k, v in r.items() if v.strip()} for r in records]


@pytest.mark.parametrize(
    "scheme_id", ["ww_inkomensverrekening", "wfw", "slim", "groepshulp", "levenlanglerenkrediet"]
)
def test_each_record_of_a_csv_upload_gets_its_single_evaluation(scheme_id: str) -> None:
    scheme = rules.registry.get(scheme_id)
    text, records = _upload_text(scheme, 150, seed=len(scheme_id))

    result = bulk.evaluate_upload(scheme_id, ON, bulk.read_csv(text.encode()))

    assert result.lines.tolist() == list(range(2, len(records) + 2))
    for i, facts in enumerate(records):
        single = services.evaluate(scheme_id, ON, facts)
        assert bulk.STATUS_NAMES[int(result.statuses[i])] == single["status"], facts
        assert {k: v[i] for k, v in result.outputs.items()} == single["outputs"], facts


def test_the_csv_answer_writes_amounts_dates_and_yes_no_as_one_evaluation_shows_them() -> None:
    text = (
        "ww_dagloon_eur,ww_month_number,income_month_eur,ww_dagloon_uncapped_eur\n"
        "150.00,3,1000.00,\n160.00,4,,\n"
    )
    result = bulk.evaluate_upload("ww_inkomensverrekening", ON, bulk.read_csv(text.encode()))

    answer = b"".join(bulk.evaluation_csv(result)).decode()

    assert answer.splitlines() == [
        "line,status,maandloon_eur,threshold_eur,income_counted_eur,benefit_factor,right_ends,"
        "benefit_eur,uwv_practice_stops,deemed_never_arisen",
        "2,eligible,3262.50,2854.69,1000.00,0.70,false,1583.75,false,false",
        "3,undetermined,3480.00,3045.00,,0.70,,,,false",
    ]


QUICK_CELLS = {
    "money": [
        "0",
        "12",
        "12.5",
        "12.50",
        "0012.05",
        "12,50",
        "1.000",
        "12.345",
        "-1",
        "+3",
        "1e3",
        "abc",
        " 7.10 ",
        "999999999999.99",
        "1000000000.01",
        "1000000000.00",
    ],
    "int": [
        "0",
        "7",
        "-0",
        "-3",
        "0012",
        "+4",
        "4.0",
        "4.5",
        "1e2",
        "x",
        " 5 ",
        "61",
        "60",
        "123456789012345678901",
    ],
    "date": [
        "2026-02-28",
        "2026-02-29",
        "2024-02-29",
        "2026-02-30",
        "2026-13-01",
        "1899-12-31",
        "1900-01-01",
        "2100-12-31",
        "2101-01-01",
        " 2026-01-05",
        "2026-1-5",
        "05-01-2026",
        "2026-01-05T00:00",
    ],
}


@pytest.mark.parametrize(
    ("fact_id", "kind"),
    [("income_month_eur", "money"), ("ww_month_number", "int"), ("birth_date", "date")],
)
def test_a_cell_read_by_pattern_means_what_the_facts_own_parse_makes_of_it(
    fact_id: str, kind: str
) -> None:
    fact = rules.registry.facts[fact_id]
    cells = QUICK_CELLS[kind]

    values, present, bad, bad_count = bulk._parse_texts(fact, pa.array(cells))

    failed = {i: issue.code for i, issue in bad}
    assert bad_count == len(failed)
    for i, cell in enumerate(cells):
        try:
            expected = fact.parse(cell)
        except rules.FactIssue as issue:
            assert failed.get(i) == issue.code, cell
            continue
        assert i not in failed, cell
        got = values[i]
        if kind == "date":
            got = date.fromisoformat(str(got))
        assert (got, bool(present[i])) == (expected, True), cell


def test_a_byte_order_mark_crlf_and_empty_lines_keep_each_record_and_its_line() -> None:
    plain = "ww_month_number,income_month_eur\n3,100.00\n\n4,\n5,200.00\n"
    variants = [
        plain,
        "\ufeff" + plain,
        plain.replace("\n", "\r\n"),
        plain.replace("100.00", '"100.00"'),  # a quote: read record by record
    ]
    answers = []
    for text in variants:
        upload = bulk.read_csv(text.encode())
        result = bulk.evaluate_upload("ww_inkomensverrekening", ON, upload)
        answers.append(b"".join(bulk.evaluation_csv(result)))
    assert upload.lines.tolist() == [2, 4, 5]
    assert len(set(answers)) == 1


@pytest.mark.parametrize(
    ("text", "code", "params"),
    [
        ("a,b\n1\n", "csv_row_length", {"line": 2, "count": 1, "expected": 2}),
        ("a,b\n1,2\n\n1,2,3\n", "csv_row_length", {"line": 4, "count": 3, "expected": 2}),
        ('a,b\n"1,2\n', "csv_row_length", {"line": 2, "count": 1, "expected": 2}),
        ("x,x\n1,2\n", "csv_header", {"input": "x", "count": 2}),
        ("a,,b\n1,2,3\n", "csv_header", {"input": "", "count": 1}),
        ("", "no_records", {}),
    ],
)
def test_an_unreadable_upload_says_what_and_where(
    text: str, code: str, params: dict[str, Any] | None
) -> None:
    with pytest.raises(bulk.UploadProblem) as caught:
        bulk.read_csv(text.encode())

    assert caught.value.code == code
    if params is not None:
        assert caught.value.params == params


def test_more_records_than_the_limit_are_refused_before_parsing() -> None:
    with pytest.raises(bulk.UploadProblem) as caught:
        bulk.read_csv(b"ww_month_number\n" + b"3\n" * 4, limit=3)

    assert (caught.value.code, caught.value.params) == ("too_many_records", {"limit": 3})


def test_bad_cells_are_named_by_line_and_fact_in_the_users_language_and_capped() -> None:
    text = "ww_month_number,income_month_eur\n" + "veel,1.000\n" * 30

    with pytest.raises(EvaluationInputError) as caught:
        bulk.evaluate_upload("ww_inkomensverrekening", ON, bulk.read_csv(text.encode()), "nl")

    error = caught.value
    messages = error.errors["income_month_eur"] + error.errors["ww_month_number"]
    assert len(messages) == bulk.BULK_MAX_REPORTED
    assert error.omitted == 60 - bulk.BULK_MAX_REPORTED
    assert "Regel 2: 'ww_month_number' moet een geheel getal zijn." in messages
    assert error.codes["income_month_eur"][0] == "too_many_decimals"


def test_a_record_that_breaks_a_rule_on_the_answers_is_named() -> None:
    text = "ww_dagloon_eur,ww_dagloon_uncapped_eur\n200.00,250.00\n200.00,150.00\n200.00,\n"

    with pytest.raises(EvaluationInputError) as caught:
        bulk.evaluate_upload("ww_inkomensverrekening", ON, bulk.read_csv(text.encode()))

    assert caught.value.errors == {
        "ww_dagloon_uncapped_eur": [
            "Line 3: 'ww_dagloon_uncapped_eur': The dagloon before the cap cannot be lower "
            "than the dagloon after it."
        ]
    }


def test_json_lines_and_csv_give_the_same_answer() -> None:
    text = "ww_dagloon_eur,ww_month_number,income_is_employee_wage\n150.00,3,true\n,61,\n"
    lines = '{"ww_dagloon_eur": "150.00", "ww_month_number": 3, "income_is_employee_wage": true}'
    lines += '\n{"ww_month_number": 61}\n'

    for data, read in ((text, bulk.read_csv), (lines, bulk.read_ndjson)):
        with pytest.raises(EvaluationInputError, match="must be 60 or less"):
            bulk.evaluate_upload("ww_inkomensverrekening", ON, read(data.encode()))
    ok_csv = bulk.read_csv(text.replace(",61,", ",6,").encode())
    ok_lines = bulk.read_ndjson(lines.replace("61", "6").encode())
    answers = [
        b"".join(bulk.evaluation_ndjson(bulk.evaluate_upload("ww_inkomensverrekening", ON, u)))
        for u in (ok_csv, ok_lines)
    ]
    rows = [[json.loads(line) for line in answer.splitlines()] for answer in answers]
    assert [r["line"] for r in rows[0]] == [2, 3] and [r["line"] for r in rows[1]] == [1, 2]
    assert [(r["status"], r["outputs"]) for r in rows[0]] == [
        (r["status"], r["outputs"]) for r in rows[1]
    ]


# Screening ---------------------------------------------------------------------------------


def _people(audience: str, n: int, seed: int) -> tuple[str, list[dict[str, str]]]:
    """`n` people with about half of every fact of the audience's schemes answered."""
    rng = random.Random(seed)
    ids = catalogue.schemes_for(audience)
    facts = list({f.id: f for s in ids for f in rules.registry.get(s).facts}.values())
    people = []
    for _ in range(n):
        person = {f.id: (_cell(f, rng) if rng.random() < 0.5 else "") for f in facts}
        people.append(person)
    out = io.StringIO()
    writer = csv.DictWriter(out, [f.id for f in facts], lineterminator="\n")
    writer.writeheader()
    writer.writerows(people)
    return out.getvalue(), [{k: v for k, v in p.items() if v.strip()} for p in people]


@pytest.mark.parametrize("audience", ["worker", "employer", "adviser"])
def test_bulk_screening_gives_each_person_what_one_screening_gives(audience: str) -> None:
    text, people = _people(audience, 120, seed=len(audience))

    result = bulk.screen_upload(audience, ON, bulk.read_csv(text.encode()))

    assert list(result.statuses) == catalogue.schemes_for(audience)
    asked = set()
    for i, facts in enumerate(people):
        single = rules.screen(facts, ON, audience)
        got = {k: bulk.STATUS_NAMES[int(v[i])] for k, v in result.statuses.items()}
        assert got == {r.scheme: r.status for r in single.results}, facts
        assert result.next_question[i] == single.next_question, facts
        asked.add(single.next_question)
    assert len(asked) > 2  # the people differ in what is asked next


def test_a_person_with_every_scheme_decided_has_no_next_question() -> None:
    text = "birth_date\n1930-01-01\n\n"
    result = bulk.screen_upload("worker", date(2022, 6, 1), bulk.read_csv(text.encode()))
    single = rules.screen({"birth_date": "1930-01-01"}, date(2022, 6, 1), "worker")

    assert result.next_question == [single.next_question]
    answer = b"".join(bulk.screening_ndjson(result)).decode()
    assert answer.startswith('{"line":2,"next_question":')


def test_bulk_screening_refuses_an_unknown_column_and_a_bad_cell_by_line() -> None:
    text = "birth_dat,birth_date\n1,1960-01-01\n2,1960-02-30\n"

    with pytest.raises(EvaluationInputError) as caught:
        bulk.screen_upload("worker", ON, bulk.read_csv(text.encode()))

    assert set(caught.value.errors) == {"birth_dat", "birth_date"}
    assert caught.value.errors["birth_date"][0].startswith("Line 3: ")


def test_the_screening_csv_answer_has_a_status_column_per_scheme() -> None:
    text, _ = _people("employer", 5, seed=3)
    result = bulk.screen_upload("employer", ON, bulk.read_csv(text.encode()))

    rows = list(csv.DictReader(io.StringIO(b"".join(bulk.screening_csv(result)).decode())))

    assert list(rows[0]) == ["line", "next_question", *catalogue.schemes_for("employer")]
    assert [r["line"] for r in rows] == ["2", "3", "4", "5", "6"]
    assert all(
        r["next_question"] == (q or "") for r, q in zip(rows, result.next_question, strict=True)
    )
    assert set(np.unique([r["slim"] for r in rows])) <= set(bulk.STATUS_NAMES)


@pytest.mark.parametrize("scheme_id", [s.id for s in rules.registry.all() if s.constraints])
def test_the_loop_finds_every_record_that_breaks_a_rule_on_the_answers(scheme_id: str) -> None:
    scheme = rules.registry.get(scheme_id)
    rng = random.Random(7)
    facts = list(scheme.facts)
    records = [{f.id: _cell(f, rng) for f in facts} for _ in range(400)]
    out = io.StringIO()
    writer = csv.DictWriter(out, [f.id for f in facts], lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    upload = bulk.read_csv(out.getvalue().encode())
    parsed = bulk._parse_columns({f.id: f for f in facts}, upload, "en")

    verdicts = rules_bulk.check_constraints_bulk(scheme, parsed.columns, ON)

    assert verdicts is not None
    broken = np.zeros(len(records), dtype=np.bool_)
    for holds in verdicts.values():
        broken |= holds == 0
    for i, record in enumerate(records):
        given = {k: v for k, v in record.items() if v.strip()}
        try:
            rules.parse_facts(given, scheme)
            expected = False
        except rules.FactsInvalid:
            expected = True
        assert bool(broken[i]) == expected, record
    assert broken.any() and not broken.all()
