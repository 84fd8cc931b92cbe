"""Dated parameters: every figure or date the law sets, with its validity and its source.

A parameter has periods (inclusive of both ends; an open end is ``None``). The engine takes
the period that holds the reference date. A date outside every period has *no* value: the
criteria that need it become unknown, with an explanation. There is no fallback to an
older period: a figure that was not published is not guessed.

What *is* known about a missing figure is declared, never assumed: a :class:`Gap` says a
figure is not published yet, when it is expected and the bounds the law gives it, and
``never_falls`` cites the rule that a figure cannot go down (the maximum dagloon follows
the minimum wage), so a date after the last known period has at least the last value.
The engine uses such a bound only to decide what cannot depend on the figure. A
:class:`Rhythm` says when new figures come, for the law-status report.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

from rules.calendar import add_months
from rules.texts import Citation, Text

__all__ = [
    "Cohort",
    "CohortTable",
    "DateBounds",
    "Gap",
    "GapTexts",
    "Parameter",
    "Period",
    "Rhythm",
]

_DAY = timedelta(days=1)


class Period(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    start: date
    end: date | None = None
    value: Any
    citation: Citation

    def holds(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)


class Rhythm(BaseModel):
    """When a figure changes and when the new one is published.

    ``starts`` are the (month, day) a new figure takes effect each year; it is published
    ``published_months_before`` months earlier, ``years_ahead`` years before it applies
    (the AOW age is fixed five years ahead). The figure for a start is due by that start
    minus ``years_ahead`` years: missing after that date, it is overdue.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: Text
    starts: tuple[tuple[int, int], ...]
    published_months_before: int = 1
    years_ahead: int = 0

    def next_start(self, after: date) -> date:
        """The first date on or after ``after`` on which a new figure takes effect."""
        for year in (after.year, after.year + 1):
            for month, day in sorted(self.starts):
                start = date(year, month, day)
                if start >= after:
                    return start
        raise AssertionError("a rhythm has at least one start a year")  # pragma: no cover

    def due(self, start: date) -> date:
        """The last day by which the figure taking effect on ``start`` must be known."""
        return add_months(start, -12 * self.years_ahead)

    def published_from(self, start: date) -> date:
        """The first day of the month in which that figure is expected."""
        return add_months(self.due(start), -self.published_months_before).replace(day=1)


class Gap(BaseModel):
    """A stretch without a published figure: when it is expected, and any bound the law
    gives it meanwhile (``at_least``/``at_most``, in the parameter's unit)."""

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    start: date | None
    end: date | None = None
    expected: date | None = None
    at_least: Any = None
    at_most: Any = None
    basis: Citation | None = None

    def holds(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


class GapTexts(BaseModel):
    """What a result says while the figure is not published, one plain sentence each:
    ``missing`` always; then ``decided`` when the answer cannot depend on the figure (its
    bound settles it), or ``waiting`` when it can and stays open until publication."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    missing: Text
    decided: Text
    waiting: Text


class Parameter(BaseModel):
    """``unit`` says how to show the value: ``money`` values are integer eurocents.

    ``gaps`` declare stretches known to lack a figure; ``never_falls`` cites the rule that
    the figure cannot go down, which bounds every stretch between periods by its
    neighbours; ``rhythm`` says when new figures are due.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    id: str
    label: Text
    unit: str = "decimal"
    periods: tuple[Period, ...]
    gaps: tuple[Gap, ...] = ()
    never_falls: Citation | None = None
    rhythm: Rhythm | None = None
    gap_texts: GapTexts | None = None

    @model_validator(mode="after")
    def _periods_do_not_overlap(self) -> Parameter:
        ordered = sorted(self.periods, key=lambda p: p.start)
        for earlier, later in itertools.pairwise(ordered):
            if earlier.end is None or earlier.end >= later.start:
                raise ValueError(
                    f"parameter {self.id}: period from {earlier.start} overlaps the one "
                    f"from {later.start}"
                )
        for period in ordered:
            if period.end is not None and period.end < period.start:
                raise ValueError(
                    f"parameter {self.id}: period from {period.start} ends before it starts"
                )
        return self

    @model_validator(mode="after")
    def _gaps_lie_outside_periods(self) -> Parameter:
        for gap in self.gaps:
            for period in self.periods:
                if _meet(gap.start, gap.end, period.start, period.end):
                    raise ValueError(
                        f"parameter {self.id}: the gap from {gap.start} overlaps the period "
                        f"from {period.start}"
                    )
        return self

    def period_on(self, on: date) -> Period | None:
        for period in self.periods:
            if period.holds(on):
                return period
        return None

    def covered_until(self) -> date | None:
        """The last day with a figure, ``None`` when the last period is open-ended (a
        cohort table is covered up to the last day its cohorts reach the age)."""
        last = max(self.periods, key=lambda p: p.start)
        if last.end is not None:
            return last.end
        if isinstance(last.value, CohortTable):
            return last.value.fixed_until()
        return None

    def gap_on(self, on: date) -> Gap | None:
        """The stretch without a figure that holds ``on`` (``None`` when a period holds it):
        a declared gap, or the stretch between the periods around it. With
        ``never_falls``, the figure before bounds it from below and the one after from
        above."""
        if self.period_on(on) is not None:
            return None
        before = [p for p in self.periods if p.end is not None and p.end < on]
        after = [p for p in self.periods if p.start > on]
        previous = max(before, key=lambda p: p.start) if before else None
        following = min(after, key=lambda p: p.start) if after else None
        declared = next((g for g in self.gaps if g.holds(on)), None)
        start = None if previous is None or previous.end is None else previous.end + _DAY
        end = None if following is None else following.start - _DAY
        expected = None if start is None or self.rhythm is None else self.rhythm.due(start)
        lower = upper = None
        basis = None
        if self.never_falls is not None:
            lower = None if previous is None else previous.value
            upper = None if following is None else following.value
            basis = self.never_falls
        if declared is not None:
            lower = _tighter(lower, declared.at_least, max)
            upper = _tighter(upper, declared.at_most, min)
            expected = declared.expected or expected
            basis = declared.basis or basis
            start, end = declared.start or start, declared.end or end
        return Gap(
            start=start, end=end, expected=expected, at_least=lower, at_most=upper, basis=basis
        )


class DateBounds(BaseModel):
    """A date known only to lie in ``[earliest, latest]`` (either end may be open)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    earliest: date | None
    latest: date | None


class Cohort(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    born_from: date
    born_to: date
    years: int
    months: int


class CohortTable(BaseModel):
    """An age fixed per birth-date cohort, such as the AOW age.

    Cohorts born before the table reached the age before ``reached_before`` (a date the
    table itself implies). Cohorts born after it have an age of at least
    ``later_minimum_years``/``later_minimum_months``: their date is a lower bound only.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cohorts: tuple[Cohort, ...]
    reached_before: date
    later_minimum_years: int
    later_minimum_months: int

    def reach_date(self, birth: date) -> date | DateBounds:
        for cohort in self.cohorts:
            if cohort.born_from <= birth <= cohort.born_to:
                return add_months(birth, cohort.years * 12 + cohort.months)
        if birth < self.cohorts[0].born_from:
            found = _EARLIER.get(self.reached_before)
            if found is None:
                found = _EARLIER[self.reached_before] = DateBounds(
                    earliest=None, latest=self.reached_before - _DAY
                )
            return found
        minimum = self.later_minimum_years * 12 + self.later_minimum_months
        key = (birth, minimum)
        found = _LATER.get(key)
        if found is None:
            if len(_LATER) >= _LATER_KEPT:
                _LATER.clear()
            found = _LATER[key] = DateBounds(earliest=add_months(birth, minimum), latest=None)
        return found

    def fixed_until(self) -> date:
        """The last day on which a cohort of the table reaches its age."""
        last = max(self.cohorts, key=lambda c: c.born_to)
        return add_months(last.born_to, last.years * 12 + last.months)


# What a birth outside the table's cohorts gives, made once: a frozen value serves every
# caller, and building one validates it. For a birth before the cohorts, per date before
# which they reached the age; for a birth after them, per birth date and minimum age (at
# _LATER_KEPT of them, all are dropped at once).
_EARLIER: dict[date, DateBounds] = {}
_LATER: dict[tuple[date, int], DateBounds] = {}
_LATER_KEPT = 20_000


def _meet(a_start: date | None, a_end: date | None, b_start: date, b_end: date | None) -> bool:
    return (a_start is None or b_end is None or a_start <= b_end) and (
        a_end is None or b_start <= a_end
    )


def _tighter(current: Any, declared: Any, pick: Any) -> Any:
    if declared is None:
        return current
    return declared if current is None else pick(current, declared)
