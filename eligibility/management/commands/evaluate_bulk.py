"""`manage.py evaluate_bulk SCHEME --on DATE --input records.csv --output results.csv`.

Evaluates every record of a CSV file (header: fact ids; an empty cell is unknown; the
choices of a list separated by `;`) and writes one line per record, in the same order:
`line,status,<output ids>` (money as `1234.56`, dates as `YYYY-MM-DD`, yes/no as
`true`/`false`, an empty cell where an output has no value). The file is read as columns;
records are evaluated and written in chunks, with a progress bar on standard error. A
cell that cannot be used stops the run with the line and the fact named; nothing is
written for a chunk with an error.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from eligibility import bulk, catalogue, services
from eligibility.management.input import parse_date

from ._bulk_io import add_io_arguments, read_upload, run_in_chunks


class Command(BaseCommand):
    help = "Evaluate every record of a CSV file for one scheme and date; write a CSV of results."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("scheme")
        add_io_arguments(parser, "'-' writes stdout.")

    def handle(self, *args: Any, **options: Any) -> None:
        lang: services.Lang = options["lang"]
        on = parse_date(options["on"], lang)
        scheme = options["scheme"]
        if scheme not in catalogue.scheme_ids():
            raise CommandError(catalogue.unknown_scheme_message(scheme, lang))
        upload = read_upload(options["input"], lang)
        if upload is None or not len(upload):
            return

        def work(part: bulk.Upload) -> Any:
            return bulk.evaluation_csv(bulk.evaluate_upload(scheme, on, part, lang))

        run_in_chunks(upload, options, lang, work)
