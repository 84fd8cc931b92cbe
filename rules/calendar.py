"""Calendar arithmetic as the spec defines it.

"N months after a date" keeps the day number and clamps to the last day of the target
month (2023-04-30 + 3 months = 2023-07-30; 2024-03-31 - 1 month = 2024-02-29). Working
days are Monday to Friday; public holidays are not excluded.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

__all__ = ["add_months", "add_working_days"]


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_working_days(day: date, count: int) -> date:
    """The date ``count`` working days after ``day`` (``day`` itself not counted)."""
    step = 1 if count >= 0 else -1
    remaining = abs(count)
    current = day
    while remaining:
        current += timedelta(days=step)
        if current.weekday() < 5:
            remaining -= 1
    return current
