"""Dates at the boundary: the one seam for "today", and strict parsing of ISO dates.

The engine never asks for the date; callers pass a reference date. When a view needs
today's date it asks `today()` here, so tests can replace one function.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from django.utils import timezone

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def today() -> date:
    """Today's date in the project's time zone (Europe/Amsterdam)."""
    return timezone.localdate()


def now() -> datetime:
    """The current moment, time-zone aware: for timestamps and expiry of saved checks."""
    return timezone.now()


def parse_iso_date(value: str) -> date | None:
    """A real calendar date written exactly as YYYY-MM-DD, else None.

    Stricter than `date.fromisoformat`, which also takes `20250131` and week dates.
    """
    if not ISO_DATE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
