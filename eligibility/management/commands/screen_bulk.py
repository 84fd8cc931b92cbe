"""`manage.py screen_bulk --audience worker --on DATE --input people.csv --output out.csv`.

Screens every record of a CSV file (one person's answers per line; header: fact ids; an
empty cell is unknown; the choices of a list separated by `;`) against every scheme of the
audience, and writes one line per record, in the same order:
`line,next_question,<scheme ids>` with each scheme's status (`eligible`, `not_eligible`,
`undetermined`) and the one question to ask that person next, as `manage.py screen` gives
it for the same answers (empty when nothing is left to ask). Read as columns, screened and
written in chunks, with a progress bar on standard error. A cell that cannot be used stops
the run with the line and the fact named.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from eligibility import bulk, services
from eligibility.management.input import parse_date

from ._bulk_io import add_io_arguments, read_upload, run_in_chunks


class Command(BaseCommand):
    help = (
        "Screen every record of a CSV file against every scheme of an audience; write each "
        "scheme's status and the next question per record."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--audience", required=True, choices=services.AUDIENCES)
        add_io_arguments(parser, "'-' writes stdout.")

    def handle(self, *args: Any, **options: Any) -> None:
        lang: services.Lang = options["lang"]
        on = parse_date(options["on"], lang)
        audience = options["audience"]
        upload = read_upload(options["input"], lang)
        if upload is None or not len(upload):
            return

        def work(part: bulk.Upload) -> Any:
            return bulk.screening_csv(bulk.screen_upload(audience, on, part, lang))

        run_in_chunks(upload, options, lang, work)
