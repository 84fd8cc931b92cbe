"""The law's status on a date: which schemes apply, which figures they have, what is due.

For each scheme: whether it is in force, open, closed or ended on the date; every dated
figure with the periods it covers; the stretches without a figure; and, for a figure with
a declared rhythm (:class:`rules.parameters.Rhythm`), the next figure that is due and
whether it is overdue. A figure is overdue when the day by which the law has it known
has passed and it is not here: then a scheme in force that reads it may answer less than
it should, which :attr:`LawStatus.failing` names so a daily run can raise the alarm.

Pure, like the rest of ``rules``: the date is passed in.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from rules.availability import availability
from rules.parameters import CohortTable, Parameter, Rhythm
from rules.scheme import Scheme, _dump_param

__all__ = ["FigureStatus", "LawStatus", "SchemeStatus", "law_status"]

_DAY = timedelta(days=1)

EXPECTED, DUE, OVERDUE = "expected", "due", "overdue"
"""A next figure is ``expected`` before its publication month, ``due`` from then, and
``overdue`` from the day by which it must be known."""


@dataclass(frozen=True)
class Coverage:
    start: date | None
    end: date | None
    value: Any = None
    source: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "from": None if self.start is None else self.start.isoformat(),
            "to": None if self.end is None else self.end.isoformat(),
            "value": self.value,
            "source": self.source,
        }


@dataclass(frozen=True)
class NextFigure:
    """The next figure by the rhythm: the day it takes effect, the month it is expected
    and the day by which it must be known."""

    takes_effect: date
    published_from: date
    due: date
    state: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "takes_effect": self.takes_effect.isoformat(),
            "published_from": self.published_from.isoformat(),
            "due": self.due.isoformat(),
            "state": self.state,
        }


@dataclass(frozen=True)
class FigureStatus:
    """One dated figure (or a scheme's application windows) as the report shows it."""

    id: str
    label: str
    periods: tuple[Coverage, ...]
    gaps: tuple[Coverage, ...]
    on_date: Coverage | None  # the period holding the date, or the gap
    has_value: bool
    rhythm: str | None
    covered_until: date | None
    next: NextFigure | None

    @property
    def overdue(self) -> bool:
        return self.next is not None and self.next.state == OVERDUE

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "periods": [p.as_dict() for p in self.periods],
            "gaps": [g.as_dict() for g in self.gaps],
            "on_date": None if self.on_date is None else self.on_date.as_dict(),
            "has_value": self.has_value,
            "rhythm": self.rhythm,
            "covered_until": None if self.covered_until is None else self.covered_until.isoformat(),
            "next": None if self.next is None else self.next.as_dict(),
        }


@dataclass(frozen=True)
class SchemeStatus:
    id: str
    title: str
    state: str  # in_force, open, closed, ended, not_yet, unknown
    in_force: bool
    figures: tuple[FigureStatus, ...]

    @property
    def overdue(self) -> tuple[FigureStatus, ...]:
        return tuple(f for f in self.figures if f.overdue)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "state": self.state,
            "in_force": self.in_force,
            "figures": [f.as_dict() for f in self.figures],
            "overdue": [f.id for f in self.overdue],
        }


@dataclass(frozen=True)
class LawStatus:
    on: date
    schemes: tuple[SchemeStatus, ...] = field(default_factory=tuple)

    @property
    def failing(self) -> tuple[tuple[SchemeStatus, FigureStatus], ...]:
        """Each scheme in force on the date with a figure it reads that is overdue."""
        return tuple((s, f) for s in self.schemes if s.in_force for f in s.overdue)

    def as_dict(self) -> dict[str, Any]:
        return {
            "on": self.on.isoformat(),
            "schemes": [s.as_dict() for s in self.schemes],
            "failing": [{"scheme": s.id, "figure": f.id} for s, f in self.failing],
        }


def law_status(schemes: Iterable[Scheme], on: date) -> LawStatus:
    return LawStatus(on, tuple(_scheme_status(s, on) for s in schemes))


def _scheme_status(scheme: Scheme, on: date) -> SchemeStatus:
    rule = scheme.availability
    in_force = rule.in_force_from <= on and (rule.in_force_to is None or on <= rule.in_force_to)
    found = availability(scheme, on).status
    if not in_force:
        state = "not_yet" if on < rule.in_force_from else "ended"
    elif found == "open":
        state = "open" if rule.windows else "in_force"
    elif found == "unknown":
        state = "unknown"
    else:
        state = "closed"
    figures = [_figure(p, on) for p in scheme.parameters]
    if rule.windows:
        figures.append(_windows(scheme, on))
    return SchemeStatus(scheme.id, scheme.title.nl, state, in_force, tuple(figures))


def _figure(parameter: Parameter, on: date) -> FigureStatus:
    ordered = sorted(parameter.periods, key=lambda p: p.start)
    periods = tuple(
        Coverage(p.start, p.end, _shown(parameter, p.value), p.citation.url) for p in ordered
    )
    gaps: list[Coverage] = []
    for earlier, later in itertools.pairwise(ordered):
        if earlier.end is not None and earlier.end + _DAY < later.start:
            gaps.append(Coverage(earlier.end + _DAY, later.start - _DAY))
    covered_until = parameter.covered_until()
    if covered_until is not None and parameter.rhythm is not None:
        gaps.append(Coverage(covered_until + _DAY, None))
    period = parameter.period_on(on)
    holding = next((c for c in periods if period is not None and c.start == period.start), None)
    if holding is None:
        holding = next((g for g in gaps if _holds(g, on)), None)
    return FigureStatus(
        id=parameter.id,
        label=parameter.label.nl,
        periods=periods,
        gaps=tuple(gaps),
        on_date=holding,
        has_value=period is not None,
        rhythm=None if parameter.rhythm is None else parameter.rhythm.text.nl,
        covered_until=covered_until,
        next=_next(parameter.rhythm, covered_until, on),
    )


def _windows(scheme: Scheme, on: date) -> FigureStatus:
    """A scheme's application windows, as one more dated figure."""
    rule = scheme.availability
    periods = tuple(Coverage(w.opens, w.closes, w.id) for w in rule.windows)
    known_until = rule.windows_known_until
    covered_until = known_until if known_until is not None else rule.windows[-1].closes
    window = next((c for c in periods if _holds(c, on)), None)
    return FigureStatus(
        id="application_windows",
        label="aanvraagtijdvakken",
        periods=periods,
        gaps=() if known_until is None else (Coverage(known_until + _DAY, rule.in_force_to),),
        on_date=window,
        has_value=known_until is None or on <= known_until,
        rhythm=None if rule.windows_rhythm is None else rule.windows_rhythm.text.nl,
        covered_until=covered_until,
        next=_next(rule.windows_rhythm, known_until, on),
    )


def _next(rhythm: Rhythm | None, covered_until: date | None, on: date) -> NextFigure | None:
    if rhythm is None or covered_until is None:
        return None  # no rhythm declared, or the last figure holds until it is changed
    start = rhythm.next_start(covered_until + _DAY)
    due, published = rhythm.due(start), rhythm.published_from(start)
    state = OVERDUE if on >= due else (DUE if on >= published else EXPECTED)
    return NextFigure(start, published, due, state)


def _holds(coverage: Coverage, on: date) -> bool:
    return (coverage.start is None or coverage.start <= on) and (
        coverage.end is None or on <= coverage.end
    )


def _shown(parameter: Parameter, value: Any) -> Any:
    if isinstance(value, CohortTable):
        return f"{len(value.cohorts)} cohorten, vast tot {value.fixed_until().isoformat()}"
    return _dump_param(parameter, value)
