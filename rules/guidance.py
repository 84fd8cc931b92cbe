"""Guided questions: where a set of schemes stands, and the one question to ask next.

The engine's ``missing`` list ranks the facts that can still change a status. A guided
questionnaire needs a little more, and it is decided here, beside that ranking, so the web
does not rank facts a second way:

- a scheme asked on its own lists its missing facts in its declared fact order (the order
  a person can answer them);
- a fact marked ``ask`` (its default would hide the question) comes just before the first
  later-declared fact of an undecided condition that uses it;
- a scheme that fails only on availability (outside every window) still asks what its
  other, unknown conditions need — most widely used first — while a next window is known,
  or always when the caller checks closed schemes too;
- once the statuses are settled, the facts behind the amounts and dates of the schemes the
  person asked amounts for.

:func:`answers_in_use` says which answers still matter to any scheme of the journey.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from rules.catalogue import Registry
from rules.engine import evaluate
from rules.result import CriterionResult, Result
from rules.screening import screen

__all__ = ["Guide", "answers_in_use", "ended", "guide"]


@dataclass(frozen=True)
class Guide:
    results: tuple[Result, ...]
    next_question: str | None
    next_for_outputs: str | None  # the scheme whose amounts the next question fills
    remaining: tuple[str, ...]
    reasons: tuple[tuple[Result, CriterionResult], ...]  # why the question is asked


def guide(
    registry: Registry,
    scheme_ids: Sequence[str] | None,
    audience: str,
    on: date,
    raw_facts: Mapping[str, object],
    facts: Mapping[str, Any],
    *,
    skipped: Sequence[str] = (),
    outputs_for: Sequence[str] = (),
    explain: str | None = None,
    closed_too: bool = False,
) -> Guide:
    """Each scheme's result and the next question (``scheme_ids`` None: every scheme of
    ``audience``, by the screening's ranking). ``facts`` are ``raw_facts`` parsed; facts in
    ``skipped`` (the person does not know) are not asked again; ``explain`` names the fact
    whose reasons are given (default: the next question)."""
    if scheme_ids is None:
        screening = screen(registry, raw_facts, on, audience)
        results = list(screening.results)
        ranked: list[str] = list(screening.missing)
    else:
        results = [evaluate(registry.get(s), facts, on) for s in scheme_ids]
        ranked = [f for r in results for f in _in_declared_order(registry, r)]
    for result in results:
        ranked += _beyond_the_window(registry, result, facts, closed_too)
    ranked = _asked_despite_default(registry, results, raw_facts, ranked)
    skip = set(skipped)
    remaining = [f for f in dict.fromkeys(ranked) if f not in skip]
    next_question = remaining[0] if remaining else None
    for_outputs: str | None = None
    # Amounts and dates once the outcome is clear: for an eligible result, and for one
    # whose conditions decide "no" while its figures still say what happens (WW income
    # above the limit: whether UWV stops the benefit).
    wanted = [
        r
        for r in results
        if r.scheme in outputs_for
        and (r.status == "eligible" or (r.status == "not_eligible" and not ended(r)))
    ]
    for result in wanted:
        for fact_id in result.needed_for_outputs:
            if fact_id not in skip and fact_id not in remaining:
                remaining.append(fact_id)
                if next_question is None:
                    next_question, for_outputs = fact_id, result.scheme
    return Guide(
        results=tuple(results),
        next_question=next_question,
        next_for_outputs=for_outputs,
        remaining=tuple(remaining),
        reasons=_reasons(results, explain or next_question),
    )


def ended(result: Result) -> bool:
    """No application is possible on the date, and no later window is known."""
    availability = result.availability
    return availability.status == "closed" and availability.next_window is None


def answers_in_use(
    registry: Registry,
    scheme_ids: Sequence[str],
    on: date,
    facts: Mapping[str, Any],
    outputs_for: Sequence[str] = (),
    closed_too: bool = False,
) -> set[str]:
    """The answered facts that still matter to at least one scheme of the journey.

    An answer matters when leaving it out would change a criterion, an amount or a date,
    or would make the questionnaire ask for it again. An answer that matters to none (after
    another answer changed, e.g. a request about the workplace instead of the hours) can
    be dropped without changing any outcome.
    """
    schemes = [registry.get(s) for s in scheme_ids]
    full = {s.id: evaluate(s, facts, on) for s in schemes}
    in_use: set[str] = set()
    for fact_id in facts:
        without = {k: v for k, v in facts.items() if k != fact_id}
        for scheme in schemes:
            if not scheme.has_fact(fact_id):
                continue
            before, after = full[scheme.id], evaluate(scheme, without, on)
            if (
                fact_id in after.missing
                or fact_id in _beyond_the_window(registry, after, without, closed_too)
                or (scheme.id in outputs_for and fact_id in after.needed_for_outputs)
                or [c.status for c in before.criteria] != [c.status for c in after.criteria]
                or before.outputs != after.outputs
            ):
                in_use.add(fact_id)
                break
    return in_use


def _in_declared_order(registry: Registry, result: Result) -> list[str]:
    """The facts a result still misses, in its scheme's declared fact order: a scheme lists
    its facts in the order a person can answer them (the request before the employer's
    size, that before the child and carer questions, which only an exception needs)."""
    rank = registry.get(result.scheme).plan.fact_rank
    return sorted(result.missing, key=rank.__getitem__)


def _asked_despite_default(
    registry: Registry,
    results: Sequence[Result],
    answered: Mapping[str, object],
    ranked: list[str],
) -> list[str]:
    """``ranked`` with the unanswered facts marked ``ask`` put just before the first other
    fact of an undecided criterion that uses them and is declared after them (their
    default would hide the question)."""
    ranked = list(ranked)
    for result in results:
        scheme = registry.get(result.scheme)
        rank = scheme.plan.fact_rank
        for criterion in result.criteria:
            if criterion.status != "unknown":
                continue
            for fact_id in criterion.facts:
                fact = scheme.fact(fact_id)
                if not fact.ask or fact_id in answered or fact_id in ranked:
                    continue
                used = [f for f in criterion.facts if f in ranked]
                if not used:  # nothing else of it is asked (a scheme that has ended)
                    continue
                later = [ranked.index(f) for f in used if rank[f] > rank[fact_id]]
                # Before the first fact declared after it; else after those declared before.
                where = (
                    min(later)
                    if later
                    else max((ranked.index(f) + 1 for f in used), default=len(ranked))
                )
                ranked.insert(where, fact_id)
    return ranked


def _reasons(
    results: Sequence[Result], fact_id: str | None
) -> tuple[tuple[Result, CriterionResult], ...]:
    """Why ``fact_id`` is asked: the undecided criteria that use it. Once none is undecided
    (an answer changed after the outcome is clear), every criterion whose definition uses
    it, decided or not: the reason for the question does not go away with the doubt."""
    using = [(r, c) for r in results for c in r.criteria if fact_id in c.facts]
    undecided = [(r, c) for r, c in using if c.status == "unknown"]
    return tuple(undecided or using)


def _beyond_the_window(
    registry: Registry, result: Result, facts: Mapping[str, Any], closed_too: bool
) -> list[str]:
    """For a result that fails only on availability (outside every window, not in force):
    the facts the other, still unknown conditions need. The engine stops asking once one
    condition fails; a person outside the window still wants to hear "you meet every other
    condition, and applications open on ...". Not for a scheme that has ended, unless
    ``closed_too``. Most widely used first, then the scheme's declared order."""
    if (
        (ended(result) and not closed_too)
        or result.status != "not_eligible"
        or any(
            c.status == "not_met" and c is not result.availability.criterion
            for c in result.criteria
        )
    ):
        return []
    scheme = registry.get(result.scheme)
    counts: dict[str, int] = {}
    for criterion in result.criteria:
        if criterion.status == "unknown":
            for fact_id in criterion.facts:
                if fact_id not in facts and not scheme.fact(fact_id).optional:
                    counts[fact_id] = counts.get(fact_id, 0) + 1
    rank = scheme.plan.fact_rank
    return sorted(counts, key=lambda f: (-counts[f], rank[f]))
