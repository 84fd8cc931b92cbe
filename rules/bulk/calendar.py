# Numba's decorator carries no types; each function below is typed by its own signature.
# mypy: disable-error-code="untyped-decorator"
"""Calendar arithmetic on day numbers, for the compiled bulk loop.

A date is its proleptic Gregorian ordinal (``date.toordinal()``), as the loop carries it.
Each function gives what :mod:`rules.calendar` and :class:`datetime.date` give for the
same dates (the bulk tests compare them on every day of several centuries' edges), and
Numba compiles them into the loop that calls them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import numba  # type: ignore[import-untyped]

__all__ = [
    "add_months",
    "add_working_days",
    "first_of_month",
    "first_of_year",
    "from_civil",
    "years_between",
]

_EPOCH = 719163  # date(1970, 1, 1).toordinal()

_jit: Any = numba.njit(cache=True, nogil=True)
# The fast paths the loop calls for every record, written into it where it calls them
# (Numba's inlining; LLVM would keep a call, the function with its fallback being large);
# each fallback stays a call.
_inline: Any = numba.njit(cache=True, nogil=True, inline="always")


@_jit
def _civil(day: int) -> tuple[int, int, int]:  # pragma: no cover - compiled
    """Year, month and day of an ordinal (H. Hinnant's days-to-civil)."""
    z = day - _EPOCH + 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


@_jit
def from_civil(y: int, m: int, d: int) -> int:  # pragma: no cover - compiled
    """The ordinal of a year, month and day."""
    y = y - 1 if m <= 2 else y
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m - 3 if m > 2 else m + 9) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468 + _EPOCH


@_jit
def _month_days(y: int, m: int) -> int:  # pragma: no cover - compiled
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


# The first day of every month from 1600 to 2400, as day numbers: most dates a scheme
# meets fall here, and a month is then found by one estimate and a table look-up instead
# of the division chains above (which remain for every other date).
_TABLE_FROM_YEAR = 1600
_TABLE_MONTHS = 800 * 12


def _month_starts() -> Any:
    import numpy as np

    starts = np.empty(_TABLE_MONTHS + 1, dtype=np.int64)
    for k in range(_TABLE_MONTHS + 1):
        year, month = divmod(k, 12)
        starts[k] = date(_TABLE_FROM_YEAR + year, month + 1, 1).toordinal()
    return starts


_STARTS = _month_starts()
_FIRST_DAY = int(_STARTS[0])
_END_DAY = int(_STARTS[-1])  # the first day past the table


# 4800 months in 146097 days: shifted by this many days, the estimate below is the month
# of the day or the one after it, for every day of the table (a test checks each day).
_ESTIMATE_SHIFT = 15


@_inline
def _month_index(day: int) -> int:  # pragma: no cover - compiled
    """For a day within the table, the index of its month (months since January 1600):
    an estimate and one look-up, without a branch."""
    k = (day - _FIRST_DAY + _ESTIMATE_SHIFT) * 4800 // 146097
    return int(k - (1 if _STARTS[k] > day else 0))


@_jit
def _add_months_by_rule(day: int, months: int) -> int:  # pragma: no cover - compiled
    y, m, d = _civil(day)
    index = y * 12 + (m - 1) + months
    ny = index // 12
    nm = index - ny * 12 + 1
    last = _month_days(ny, nm)
    return int(from_civil(ny, nm, d if d < last else last))


@_inline
def add_months(day: int, months: int) -> int:  # pragma: no cover - compiled
    """``months`` calendar months after ``day``, the day number clamped to the month."""
    if _FIRST_DAY <= day < _END_DAY and -_TABLE_MONTHS < months < _TABLE_MONTHS:
        k = _month_index(day)
        target = k + months
        if 0 <= target < _TABLE_MONTHS:
            offset = day - _STARTS[k]
            length = _STARTS[target + 1] - _STARTS[target]
            return int(_STARTS[target] + (offset if offset < length else length - 1))
    return int(_add_months_by_rule(day, months))


@_inline
def first_of_month(day: int) -> int:  # pragma: no cover - compiled
    if _FIRST_DAY <= day < _END_DAY:
        return int(_STARTS[_month_index(day)])
    return int(day - _civil(day)[2] + 1)


@_inline
def first_of_year(day: int) -> int:  # pragma: no cover - compiled
    if _FIRST_DAY <= day < _END_DAY:
        k = _month_index(day)
        return int(_STARTS[k - k % 12])
    return int(from_civil(_civil(day)[0], 1, 1))


@_inline
def years_between(start: int, end: int) -> int:  # pragma: no cover - compiled
    """Completed years from ``start`` to ``end``, as :class:`rules.expr.YearsBetween`."""
    if _FIRST_DAY <= start < _END_DAY and _FIRST_DAY <= end < _END_DAY:
        first, last = _month_index(start), _month_index(end)
        years: int = last // 12 - first // 12
        target = first + 12 * years  # the anniversary's month, in the year of ``end``
        offset = start - _STARTS[first]
        length = _STARTS[target + 1] - _STARTS[target]
        if _STARTS[target] + (offset if offset < length else length - 1) > end:
            years -= 1
        return years
    whole: int = _civil(end)[0] - _civil(start)[0]
    if add_months(start, 12 * whole) > end:
        whole -= 1
    return whole


@_inline
def add_working_days(day: int, count: int) -> int:  # pragma: no cover - compiled
    """``count`` Monday-to-Friday days after ``day`` (``day`` itself not counted; before it
    where ``count`` is below 0): whole weeks of five, then the rest, stepping over one
    weekend where the rest reaches it. No loop."""
    weekday = (day + 6) % 7  # 0 Monday to 6 Sunday: ordinal 1 (1 January of year 1) a Monday
    if count > 0:
        if weekday > 4:  # from a weekend, as from the Friday before it
            day, weekday = day - (weekday - 4), 4
        weeks, rest = count // 5, count % 5
        return int(day + 7 * weeks + rest + (2 if weekday + rest > 4 else 0))
    if count < 0:
        if weekday > 4:  # from a weekend, as from the Monday after it
            day, weekday = day + (7 - weekday), 0
        weeks, rest = -count // 5, -count % 5
        return int(day - 7 * weeks - rest - (2 if weekday - rest < 0 else 0))
    return day
