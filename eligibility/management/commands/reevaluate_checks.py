"""`manage.py reevaluate_checks`: evaluate stored checks again after a change of law.

Run it after every deploy (and at any time: it is idempotent). Every saved check and every
adviser's copy of a check whose scheme versions changed since it was last evaluated is
evaluated again with the same answers and reference date; where the status, an amount or
a date changed, the change is recorded beside the stored result, which stays as it was
(see `eligibility.reevaluation`). It prints counts only: no code, answer or client data.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from eligibility import reevaluation


class Command(BaseCommand):
    help = (
        "Evaluate stored checks again whose scheme versions changed; record every changed "
        "status, amount or date beside the stored result."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        report = reevaluation.reevaluate_all()
        self.stdout.write(
            f"Examined {report.examined} stored checks; evaluated {report.reevaluated} again "
            f"under a new scheme version; {report.changed} changed outcome."
        )
        if report.failed:
            self.stderr.write(
                f"{report.failed} stored checks could not be evaluated again with their answers."
            )
