"""Logic several schemes share: the AOW date, windows, whole months.

The data they share (the AOW table, the maximum dagloon, shared facts, notes and sources)
is in the YAML files beside this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Protocol

from rules import expr as x

__all__ = [
    "aow_date",
    "before_nlld_aow_table",
    "below_aow_age",
    "first_of_month",
    "has_no_value",
    "in_windows",
]


def aow_date(birth: x.Expr | None = None) -> x.Expr:
    """The day the person reaches the AOW age (a range when the cohort is not fixed yet)."""
    return x.reach_date(birth if birth is not None else x.fact("birth_date"), "aow_age")


def below_aow_age(day: x.Expr | None = None) -> x.Expr:
    """``day`` (default: the reference date) falls before the person's AOW date."""
    return (day if day is not None else x.on()) < aow_date()


def has_no_value(param_id: str) -> x.Expr:
    """True when the parameter has no value on the reference date."""
    return x.param(param_id).is_unknown()


def first_of_month(day: x.Expr) -> x.Expr:
    """The first day of the calendar month of a date (WW 20(1)(d), 21(1))."""
    return day.first_of_month()


class _Span(Protocol):
    @property
    def opens(self) -> date: ...
    @property
    def closes(self) -> date: ...


def in_windows(windows: Iterable[_Span]) -> x.Expr:
    """The reference date lies in one of ``windows`` (both ends included)."""
    return x.any_(*((x.on() >= w.opens) & (x.on() <= w.closes) for w in windows))


def before_nlld_aow_table() -> x.Expr:
    """The NL leert door schemes know the AOW date only of those reaching it from 2022: a
    person born before 1 September 1955, on a date before 2022, may have reached it."""
    return (x.fact("birth_date") < date(1955, 9, 1)) & (x.on() < date(2022, 1, 1))
