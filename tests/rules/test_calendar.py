"""Calendar arithmetic as the spec's conventions define it.

"N months after a date" keeps the day number and clamps to the last day of the target
month; working days are Monday to Friday and public holidays are not excluded.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rules.calendar import add_months, add_working_days


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        # The spec's own examples.
        (date(2023, 4, 30), 3, date(2023, 7, 30)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        # Clamping to the end of a shorter month, leap and common years.
        (date(2023, 3, 31), -1, date(2023, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2023, 5, 31), 1, date(2023, 6, 30)),
        (date(2023, 8, 31), -2, date(2023, 6, 30)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2024, 2, 29), -12, date(2023, 2, 28)),
        # Century years: 1900 and 2100 are common years, 2000 is a leap year.
        (date(1900, 1, 31), 1, date(1900, 2, 28)),
        (date(2000, 1, 31), 1, date(2000, 2, 29)),
        (date(2100, 1, 31), 1, date(2100, 2, 28)),
        # Across year ends, both ways.
        (date(2023, 12, 31), 1, date(2024, 1, 31)),
        (date(2023, 11, 30), 14, date(2025, 1, 30)),
        (date(2024, 1, 15), -1, date(2023, 12, 15)),
        (date(2024, 1, 31), -13, date(2022, 12, 31)),
        # The day number is kept where the target month has it.
        (date(2023, 2, 28), 1, date(2023, 3, 28)),
        (date(2023, 6, 15), 0, date(2023, 6, 15)),
        (date(2023, 6, 15), -24, date(2021, 6, 15)),
    ],
)
def test_add_months_keeps_the_day_and_clamps_to_the_last_day_of_the_month(
    day: date, months: int, expected: date
) -> None:
    assert add_months(day, months) == expected


def test_months_are_counted_from_the_original_date_not_step_by_step() -> None:
    # Two single steps clamp in February and stay on the 28th; two months at once do not.
    assert add_months(add_months(date(2023, 1, 31), 1), 1) == date(2023, 3, 28)
    assert add_months(date(2023, 1, 31), 2) == date(2023, 3, 31)


@settings(max_examples=300, deadline=None)
@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    months=st.integers(min_value=-600, max_value=600),
)
def test_add_months_moves_the_month_index_exactly_and_clamps_the_day(
    day: date, months: int
) -> None:
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    last = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(day.day, last)


# Working days ---------------------------------------------------------------------------

FRIDAY = date(2024, 3, 15)
SATURDAY = date(2024, 3, 16)
SUNDAY = date(2024, 3, 17)
MONDAY = date(2024, 3, 18)


@pytest.mark.parametrize(
    ("day", "count", "expected"),
    [
        (FRIDAY, 1, MONDAY),
        (SATURDAY, 1, MONDAY),
        (SUNDAY, 1, MONDAY),
        (FRIDAY, 5, date(2024, 3, 22)),
        (date(2024, 3, 11), 5, MONDAY),
        (MONDAY, 10, date(2024, 4, 1)),
        # Zero moves nothing, not even off a weekend.
        (SATURDAY, 0, SATURDAY),
        (FRIDAY, 0, FRIDAY),
        # Backwards.
        (MONDAY, -1, FRIDAY),
        (SUNDAY, -1, FRIDAY),
        (SATURDAY, -1, FRIDAY),
        (MONDAY, -5, date(2024, 3, 11)),
        # Public holidays count as working days (Christmas 2024 is a Wednesday; King's Day
        # 2024 a Saturday, so it does not count).
        (date(2024, 12, 24), 1, date(2024, 12, 25)),
        (date(2024, 12, 24), 2, date(2024, 12, 26)),
        (date(2024, 4, 25), 1, date(2024, 4, 26)),
        (date(2024, 4, 26), 1, date(2024, 4, 29)),
        # Across a year end and 29 February.
        (date(2024, 12, 31), 1, date(2025, 1, 1)),
        (date(2024, 2, 28), 1, date(2024, 2, 29)),
    ],
)
def test_add_working_days_skips_saturday_and_sunday_only(
    day: date, count: int, expected: date
) -> None:
    assert add_working_days(day, count) == expected


@settings(max_examples=300, deadline=None)
@given(
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    count=st.integers(min_value=-60, max_value=60).filter(lambda n: n != 0),
)
def test_add_working_days_lands_on_a_weekday_after_exactly_count_weekdays(
    day: date, count: int
) -> None:
    result = add_working_days(day, count)
    assert result.weekday() < 5
    step = timedelta(days=1 if count > 0 else -1)
    passed, current = 0, day
    while current != result:
        current += step
        passed += current.weekday() < 5
    assert passed == abs(count)
