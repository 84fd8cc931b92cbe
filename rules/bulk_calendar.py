# Numba's decorator carries no types; each function below is typed by its own signature.
# mypy: disable-error-code="untyped-decorator"
"""Calendar arithmetic on day numbers, for the compiled bulk loop.

A date is its proleptic Gregorian ordinal (``date.toordinal()``), as the loop carries it.
Each function gives what :mod:`rules.calendar` and :class:`datetime.date` give for the
same dates (the bulk tests compare them on every day of several centuries' edges), and
Numba compiles them into the loop that calls them.
"""

from __future__ import annotations

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


@_jit
def add_months(day: int, months: int) -> int:  # pragma: no cover - compiled
    """``months`` calendar months after ``day``, the day number clamped to the month."""
    y, m, d = _civil(day)
    index = y * 12 + (m - 1) + months
    ny = index // 12
    nm = index - ny * 12 + 1
    last = _month_days(ny, nm)
    return int(from_civil(ny, nm, d if d < last else last))


@_jit
def first_of_month(day: int) -> int:  # pragma: no cover - compiled
    return int(day - _civil(day)[2] + 1)


@_jit
def first_of_year(day: int) -> int:  # pragma: no cover - compiled
    return int(from_civil(_civil(day)[0], 1, 1))


@_jit
def years_between(start: int, end: int) -> int:  # pragma: no cover - compiled
    """Completed years from ``start`` to ``end``, as :class:`rules.expr.YearsBetween`."""
    whole: int = _civil(end)[0] - _civil(start)[0]
    if add_months(start, 12 * whole) > end:
        whole -= 1
    return whole


@_jit
def add_working_days(day: int, count: int) -> int:  # pragma: no cover - compiled
    """``count`` Monday-to-Friday days after ``day`` (``day`` itself not counted)."""
    step = 1 if count >= 0 else -1
    remaining = count if count >= 0 else -count
    current = day
    while remaining:
        current += step
        if (current + 6) % 7 < 5:  # ordinal 1 (1 January of year 1) was a Monday
            remaining -= 1
    return current
