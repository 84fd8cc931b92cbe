"""What `evaluate_bulk` and `screen_bulk` share: reading the CSV file as columns, writing
the answer, and the progress bar."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from django.core.management.base import CommandError, CommandParser

from eligibility import bulk
from eligibility.errors import EvaluationInputError
from eligibility.management.input import message

CHUNK = 50_000  # records evaluated and written at a time

# An upload problem's code -> the command line's message for it.
_PROBLEMS = {"csv_row_length": "row_length", "csv_malformed": "malformed_csv"}


def add_io_arguments(parser: CommandParser, output_help: str) -> None:
    parser.add_argument("--on", required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--input", required=True, metavar="records.csv", help="'-' reads stdin.")
    parser.add_argument("--output", required=True, metavar="results.csv", help=output_help)
    parser.add_argument("--lang", choices=["en", "nl"], default="en")
    parser.add_argument("--no-progress", action="store_true", help="Print no progress bar.")


def read_upload(path: str, lang: str) -> bulk.Upload | None:
    """The file's records as columns; `None` for a file without a header."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise CommandError(message("unreadable", lang, path=path, reason=exc.strerror)) from exc
    try:
        return bulk.read_csv(data)
    except bulk.UploadProblem as problem:
        if problem.code == "no_records":
            return None
        if problem.code == "not_utf8":
            raise CommandError(message("not_utf8", lang, path=path)) from None
        raise CommandError(
            message(_PROBLEMS.get(problem.code, problem.code), lang, **problem.params)
        ) from None


def run_in_chunks(
    upload: bulk.Upload,
    options: dict[str, Any],
    lang: str,
    work: Callable[[bulk.Upload], Iterable[bytes]],
) -> None:
    """`work` on each chunk of records in turn, its answer written as it comes (the header
    once); a chunk with an error stops the run with the lines and facts named."""
    target: BinaryIO = (
        sys.stdout.buffer if options["output"] == "-" else _open_target(options["output"], lang)
    )
    n = len(upload)
    progress = Progress(n, enabled=not options["no_progress"])
    try:
        for start in range(0, n, CHUNK):
            part = _chunk(upload, start, start + CHUNK)
            try:
                pieces: Iterator[bytes] = iter(work(part))
                header = next(pieces, b"")
            except EvaluationInputError as exc:
                raise CommandError(message("invalid", lang, details=exc.summary())) from exc
            if start == 0:
                target.write(header)
            for piece in pieces:
                target.write(piece)
            progress.advance(len(part))
    finally:
        progress.finish()
        if target is not sys.stdout.buffer:
            target.close()
        else:
            target.flush()


def _open_target(path: str, lang: str) -> BinaryIO:
    try:
        return open(path, "wb")
    except OSError as exc:
        raise CommandError(message("unreadable", lang, path=path, reason=exc.strerror)) from exc


def _chunk(upload: bulk.Upload, start: int, end: int) -> bulk.Upload:
    if start == 0 and end >= len(upload):
        return upload
    columns = {
        name: cells.slice(start, end - start) if not isinstance(cells, list) else cells[start:end]
        for name, cells in upload.columns.items()
    }
    return bulk.Upload(columns, upload.lines[start:end], upload.first_lines)


class Progress:
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
