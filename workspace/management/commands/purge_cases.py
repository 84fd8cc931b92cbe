"""`manage.py purge_cases`: delete cases RETENTION_CASE_MONTHS months after their last activity.

Run it daily (cron, a systemd timer). Each deleted case leaves an audit entry by the
system with the case's UUID only; the output names counts and dates, never a client.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from workspace import services


class Command(BaseCommand):
    help = "Delete cases whose last activity is longer ago than RETENTION_CASE_MONTHS months."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Count the cases that would be deleted."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        months = settings.RETENTION_CASE_MONTHS
        report = services.purge_cases(months, dry_run=options["dry_run"])
        verb = "Would delete" if options["dry_run"] else "Deleted"
        self.stdout.write(
            f"{verb} {report.deleted} case(s) inactive since before "
            f"{report.cutoff.date().isoformat()} (retention {months} months)."
        )
