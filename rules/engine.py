"""Evaluation: a pure function of (scheme, facts, reference date).

The engine knows no scheme. It compiles nothing per call, reads no clock and does no I/O.

A criterion or an output the answers leave unknown is decided a second time from what is
known (:attr:`rules.expr.Expr.range_fn`): unanswered facts within their declared bounds,
figures not yet published within the bounds the law gives them. Whatever is decided there
holds for every answer still to come, so the status is decided as early as the law allows.

How the status is decided (Kleene logic over the criteria):
- one criterion not met -> ``not_eligible``, whatever else is unknown;
- otherwise one criterion unknown -> ``undetermined``;
- otherwise ``eligible``.

How ``missing`` is ordered (the first entry is the next question): only facts that make
an unknown criterion unknown are listed, and only while the status is undetermined. A fact
that leaves more criteria undecided comes first; ties follow the scheme's declared fact
order.

The modules below the engine import nothing above them: :mod:`rules.context` (the state of
one evaluation), :mod:`rules.result` (the value returned, which renders itself) and
:mod:`rules.availability` (the scheme's state on the date).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from rules.availability import availability, cached_availability
from rules.context import Ctx
from rules.result import ENGINE_VERSION, MET, NOT_MET, UNKNOWN, CriterionResult, Result
from rules.scheme import Criterion, Scheme

__all__ = [
    "ENGINE_VERSION",
    "MET",
    "NOT_MET",
    "UNKNOWN",
    "availability",
    "cached_availability",
    "evaluate",
]


def evaluate(scheme: Scheme, facts: Mapping[str, Any], on: date) -> Result:
    """Evaluate parsed facts (see :func:`rules.parse_facts`) against ``scheme`` on ``on``."""
    if not isinstance(on, date):
        raise TypeError("the reference date must be a date")
    plan = scheme.plan
    values = {**plan.defaults, **facts} if plan.defaults else facts
    ctx = Ctx(scheme, values, on, plan)
    avail = cached_availability(scheme, on, plan)

    results: list[CriterionResult] = [avail.criterion]
    undecided: list[Criterion] = []
    overall = avail.criterion.status
    for criterion_id, criterion in plan.criteria.items():
        value = ctx.criterion(criterion_id)
        if value is True:
            status = MET
        elif value is False:
            status = NOT_MET
            overall = NOT_MET
        else:
            status = UNKNOWN
            undecided.append(criterion)
            if overall != NOT_MET:
                overall = UNKNOWN
        results.append(CriterionResult(criterion, status, ctx))
    overall = _OVERALL[overall]

    missing = _missing(ctx, undecided) if overall == "undetermined" else ()
    return Result(scheme.id, on, overall, avail, tuple(results), missing, ctx)


_OVERALL = {MET: "eligible", NOT_MET: "not_eligible", UNKNOWN: "undetermined"}


def _missing(ctx: Ctx, undecided: list[Criterion]) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for criterion in undecided:
        for fact_id in ctx.blame_criterion(criterion.id):
            counts[fact_id] = counts.get(fact_id, 0) + 1
    rank = ctx.plan.fact_rank.__getitem__
    return tuple(sorted(counts, key=lambda f: (-counts[f], rank(f))))
