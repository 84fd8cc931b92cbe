"""`manage.py purge_checks`: delete every saved check past its expiry date.

Run it daily (cron, a systemd timer). It prints only how many checks it deleted: no code,
token or answer, so its output can go to any log.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from eligibility import checks


class Command(BaseCommand):
    help = "Delete the saved checks whose retention period (CHECK_RETENTION_DAYS) has passed."

    def handle(self, *args: Any, **options: Any) -> None:
        deleted = checks.purge_expired()
        noun = "check" if deleted == 1 else "checks"
        self.stdout.write(f"Deleted {deleted} expired saved {noun}.")
