"""`manage.py compile_bulk [--on DATE ...] [--schemes ID ...]`.

Compiles, ahead of the first upload, the loops that bulk evaluation and bulk screening run
for each scheme (`rules.bulk`), or loads them from the kernel cache (`RULES_KERNEL_CACHE`)
where they are there already. An upload's loop depends on the scheme and its figures on
the reference date, not on the columns it gives or the day itself, so one run covers
every upload until a figure changes. Compiling a large scheme takes minutes, longer than a
request may wait: run it after installing a new version, and each night for the next day
(`deploy/eligibility-compile.service`). Prints one line per scheme with the time it took.
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

import rules
from eligibility import bulk, clock
from eligibility.management.input import parse_date


class Command(BaseCommand):
    help = (
        "Compile the bulk loops of every scheme for today and tomorrow (or the given "
        "dates), so no upload waits for them."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--on", action="append", metavar="YYYY-MM-DD", default=[])
        parser.add_argument("--schemes", nargs="+", metavar="ID")

    def handle(self, *args: Any, **options: Any) -> None:
        today = clock.today()
        days = [parse_date(d, "en") for d in options["on"]] or [today, today + timedelta(1)]
        ids = options["schemes"] or [s.id for s in rules.registry.all()]
        unknown = [i for i in ids if i not in rules.registry]
        if unknown:
            raise CommandError(f"No scheme {', '.join(unknown)}.")
        for scheme_id in ids:
            start = time.perf_counter()
            for day in days:
                bulk.compile_loops(scheme_id, day)
            seconds = time.perf_counter() - start
            self.stdout.write(f"{scheme_id}: ready ({seconds:.1f} s)")
