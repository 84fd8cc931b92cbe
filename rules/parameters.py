"""Dated parameters: every figure or date the law sets, with its validity and its source.

A parameter has periods (inclusive of both ends; an open end is ``None``). The engine takes
the period that holds the reference date. A date outside every period has *no* value: the
criteria that need it become unknown, with an explanation. There is no fallback to an
older period: a figure that was not published is not guessed.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

from rules.calendar import add_months
from rules.texts import Citation, Text

__all__ = ["Cohort", "CohortTable", "DateBounds", "Parameter", "Period"]


class Period(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    start: date
    end: date | None = None
    value: Any
    citation: Citation

    def holds(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)


class Parameter(BaseModel):
    """``unit`` says how to show the value: ``money`` values are integer eurocents."""

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    id: str
    label: Text
    unit: str = "decimal"
    periods: tuple[Period, ...]

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

    def period_on(self, on: date) -> Period | None:
        for period in self.periods:
            if period.holds(on):
                return period
        return None


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
            return DateBounds(earliest=None, latest=self.reached_before - _ONE_DAY)
        minimum = self.later_minimum_years * 12 + self.later_minimum_months
        return DateBounds(earliest=add_months(birth, minimum), latest=None)


_ONE_DAY = date(2000, 1, 2) - date(2000, 1, 1)
