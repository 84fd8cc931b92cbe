"""`manage.py evaluate_bulk SCHEME --on DATE --input records.csv --output results.csv`.

Evaluates every record of a CSV file (header: fact ids; an empty cell is unknown; the
choices of a list separated by `;`) and writes one line per record, in the same order:
`line,status,<output ids>`. Records are read and evaluated in chunks, so a file of
millions of lines needs little memory, and a progress bar on standard error shows how
far it is. A cell that cannot be used stops the run with the line and the fact named;
nothing is written for a chunk with an error.
"""

from __future__ import annotations

import csv
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from django.core.management.base import BaseCommand, CommandError, CommandParser

from eligibility import services
from eligibility.errors import EvaluationInputError
from eligibility.management.input import message, parse_date

CHUNK = 50_000


class Command(BaseCommand):
    help = "Evaluate every record of a CSV file for one scheme and date; write a CSV of results."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("scheme")
        parser.add_argument("--on", required=True, metavar="YYYY-MM-DD")
        parser.add_argument(
            "--input", required=True, metavar="records.csv", help="'-' reads stdin."
        )
        parser.add_argument(
            "--output", required=True, metavar="results.csv", help="'-' writes stdout."
        )
        parser.add_argument("--lang", choices=["en", "nl"], default="en")
        parser.add_argument("--no-progress", action="store_true", help="Print no progress bar.")

    def handle(self, *args: Any, **options: Any) -> None:
        lang: services.Lang = options["lang"]
        on = parse_date(options["on"], lang)
        scheme = options["scheme"]
        if scheme not in services.scheme_ids():
            raise CommandError(services.unknown_scheme_message(scheme, lang))
        source = _open(options["input"], "r", lang)
        target = _open(options["output"], "w", lang)
        total = _count_lines(options["input"])
        progress = _Progress(total, enabled=not options["no_progress"] and total is not None)
        writer = csv.writer(target, lineterminator="\n")
        header_written = False
        try:
            for lines, columns in _chunks(source, lang):
                try:
                    result = services.evaluate_columns(scheme, on, columns, lines, lang)
                except EvaluationInputError as exc:
                    raise CommandError(message("invalid", lang, details=exc.summary())) from exc
                keys = list(result.outputs)
                if not header_written:
                    writer.writerow(["line", "status", *keys])
                    header_written = True
                for i, line in enumerate(result.lines):
                    row = [result.outputs[k][i] for k in keys]
                    writer.writerow(
                        [line, result.statuses[i], *("" if v is None else v for v in row)]
                    )
                progress.advance(len(lines))
        finally:
            progress.finish()
            if target is not sys.stdout:
                target.close()
            if source is not sys.stdin:
                source.close()


def _open(path: str, mode: str, lang: str) -> TextIO:
    if path == "-":
        return sys.stdin if mode == "r" else sys.stdout
    try:
        return open(path, mode, encoding="utf-8", newline="")
    except OSError as exc:
        raise CommandError(message("unreadable", lang, path=path, reason=exc.strerror)) from exc


def _count_lines(path: str) -> int | None:
    """Records in the file (for the progress bar); unknown for standard input."""
    if path == "-":
        return None
    with Path(path).open("rb") as handle:
        return max(sum(1 for _ in handle) - 1, 0)


def _chunks(source: TextIO, lang: str) -> Iterator[tuple[list[int], dict[str, list[object]]]]:
    reader = csv.reader(source)
    try:
        header = [name.strip() for name in next(reader, [])]
    except csv.Error as exc:
        raise CommandError(message("malformed_csv", lang, line=1, reason=exc)) from exc
    if not header:
        return
    lines: list[int] = []
    columns: dict[str, list[object]] = {name: [] for name in header}
    try:
        for row in reader:
            if not row:
                continue
            if len(row) != len(header):
                raise CommandError(
                    message(
                        "row_length",
                        lang,
                        line=reader.line_num,
                        count=len(row),
                        expected=len(header),
                    )
                )
            lines.append(reader.line_num)
            for name, cell in zip(header, row, strict=True):
                columns[name].append(cell if cell.strip() else None)
            if len(lines) == CHUNK:
                yield lines, columns
                lines, columns = [], {name: [] for name in header}
    except csv.Error as exc:
        raise CommandError(
            message("malformed_csv", lang, line=reader.line_num, reason=exc)
        ) from exc
    if lines:
        yield lines, columns


class _Progress:
    """A one-line bar on standard error: records done, share, rate."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.total, self.enabled, self.done, self.start = total, enabled, 0, time.monotonic()

    def advance(self, count: int) -> None:
        self.done += count
        if not self.enabled or not self.total:
            return
        share = self.done / self.total
        bar = "#" * int(share * 30)
        rate = self.done / max(time.monotonic() - self.start, 1e-9)
        sys.stderr.write(f"\r[{bar:<30}] {self.done:,}/{self.total:,} records ({rate:,.0f}/s)")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.enabled and self.done:
            sys.stderr.write("\n")
