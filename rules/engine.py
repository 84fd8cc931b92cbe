"""Evaluation: a pure function of (scheme, facts, reference date).

The engine knows no scheme. It compiles nothing per call, reads no clock and does no I/O.

How the status is decided (Kleene logic over the criteria):
- one criterion not met -> ``not_eligible``, whatever else is unknown;
- otherwise one criterion unknown -> ``undetermined``;
- otherwise ``eligible``.

How ``missing`` is ordered (the first entry is the next question): only facts that make
an unknown criterion unknown are listed, and only while the status is undetermined. A fact
that leaves more criteria undecided comes first; ties follow the scheme's declared fact
order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from rules import expr as x
from rules.result import AvailabilityResult, CriterionResult, NoteResult, Result
from rules.scheme import Criterion, Plan, Scheme, Window
from rules.texts import Lang, Text, format_value, render, t

__all__ = ["ENGINE_VERSION", "availability", "evaluate"]

ENGINE_VERSION = "1.0.0"

MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"


class Ctx:
    """One evaluation's state: the answers, the date and what was computed so far."""

    __slots__ = (
        "_blamed_criteria",
        "_blamed_outputs",
        "_criteria",
        "_outputs",
        "facts",
        "on",
        "params",
        "plan",
        "scheme",
    )

    def __init__(
        self, scheme: Scheme, facts: Mapping[str, Any], on: date | None, plan: Plan | None = None
    ) -> None:
        self.scheme = scheme
        self.plan = plan or scheme.plan
        self.facts = facts
        self.on = on
        self.params: dict[str, Any] = {} if on is None else self.plan.params_on(on)
        self._outputs: dict[str, Any] = {}
        self._criteria: dict[str, Any] = {}
        self._blamed_outputs: dict[str, frozenset[str]] = {}
        self._blamed_criteria: dict[str, frozenset[str]] = {}

    def blame_output(self, output_id: str) -> frozenset[str]:
        """The unanswered facts behind an output without a value (computed once)."""
        found = self._blamed_outputs.get(output_id)
        if found is None:
            found = self._blamed_outputs[output_id] = self.plan.output_blames[output_id](self)
        return found

    def blame_criterion(self, criterion_id: str) -> frozenset[str]:
        """The unanswered facts behind an undecided criterion (computed once)."""
        found = self._blamed_criteria.get(criterion_id)
        if found is None:
            blame = self.plan.criterion_blames[criterion_id]
            found = self._blamed_criteria[criterion_id] = blame(self)
        return found

    def param(self, param_id: str) -> Any:
        return self.params.get(param_id, x.UNKNOWN)

    def output(self, output_id: str) -> Any:
        try:
            return self._outputs[output_id]
        except KeyError:
            value = self._outputs[output_id] = self.plan.output_fns[output_id](self)
            return value

    def criterion(self, criterion_id: str) -> Any:
        try:
            return self._criteria[criterion_id]
        except KeyError:
            value = self._criteria[criterion_id] = self.plan.criterion_fns[criterion_id](self)
            return value


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
    receipt = {
        "engine_version": ENGINE_VERSION,
        "scheme_version": scheme.version,
        "parameters": plan.receipt(on),
    }
    return Result(scheme.id, on, overall, avail, tuple(results), missing, receipt, ctx)


def dump_outputs(ctx: Ctx) -> dict[str, Any]:
    return {key: dump(ctx.output(key)) for key, dump in ctx.plan.output_dumps}


def shown_notes(ctx: Ctx) -> tuple[NoteResult, ...]:
    return tuple(
        NoteResult(n, ctx) for n, when in ctx.plan.notes if when is None or when(ctx) is True
    )


def needed_for_outputs(
    ctx: Ctx, outputs: Mapping[str, Any], missing: tuple[str, ...]
) -> tuple[str, ...]:
    """Facts that would let an output without a value be computed (amounts, dates), beyond
    those already in ``missing``; in the scheme's declared order."""
    if None not in outputs.values():
        return ()
    wanted: set[str] = set()
    for key, value in outputs.items():
        if value is None:
            wanted |= ctx.blame_output(key)
    wanted -= set(missing)
    return tuple(sorted(wanted, key=ctx.plan.fact_rank.__getitem__))


_OVERALL = {MET: "eligible", NOT_MET: "not_eligible", UNKNOWN: "undetermined"}


def _missing(ctx: Ctx, undecided: list[Criterion]) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for criterion in undecided:
        for fact_id in ctx.blame_criterion(criterion.id):
            counts[fact_id] = counts.get(fact_id, 0) + 1
    rank = ctx.plan.fact_rank.__getitem__
    return tuple(sorted(counts, key=lambda f: (-counts[f], rank(f))))


# Availability ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Availability:
    status: str
    window: Window | None = None
    next_window: Window | None = None
    closed_since: date | None = None


def cached_availability(scheme: Scheme, on: date, plan: Plan | None = None) -> AvailabilityResult:
    cache = (plan or scheme.plan).availability_cache
    found = cache.get(on)
    if found is None:
        found = cache[on] = availability(scheme, on)
    assert isinstance(found, AvailabilityResult)
    return found


def availability(scheme: Scheme, on: date) -> AvailabilityResult:
    rule = scheme.availability
    found = _find_availability(scheme, on)
    if found.status == "open" and found.window is not None:
        message = t(
            f"Aanvragen kan nu: het aanvraagtijdvak {found.window.id} loopt van "
            f"{format_value(found.window.opens, Lang.NL)} tot en met "
            f"{format_value(found.window.closes, Lang.NL)}.",
            f"Applications are open: window {found.window.id} runs from "
            f"{format_value(found.window.opens, Lang.EN)} to "
            f"{format_value(found.window.closes, Lang.EN)} inclusive.",
        )
    elif found.status == "open":
        message = t("De regeling geldt op deze datum.", "The scheme applies on this date.")
    elif found.status == "unknown":
        message = rule.unknown_text or t(
            "Voor deze datum zijn de aanvraagtijdvakken niet bekend.",
            "The application windows for this date are not known.",
        )
    elif found.next_window is not None:
        opens_nl = format_value(found.next_window.opens, Lang.NL)
        opens_en = format_value(found.next_window.opens, Lang.EN)
        message = t(
            f"Aanvragen kan nu niet. Het volgende aanvraagtijdvak opent op {opens_nl}.",
            f"Applications are not open now. The next window opens on {opens_en}.",
        )
    elif found.status == "not_yet_open":
        message = rule.before_text
    else:
        since = found.closed_since
        message = t(
            "Deze regeling is gesloten"
            + (f" sinds {format_value(since, Lang.NL)}" if since else "")
            + "."
            + (f" Wat er nu is: {rule.successor.nl}" if rule.successor else ""),
            "This scheme is closed"
            + (f" since {format_value(since, Lang.EN)}" if since else "")
            + "."
            + (f" What exists now: {rule.successor.en}" if rule.successor else ""),
        )
    result = AvailabilityResult(
        status=found.status,
        window=found.window.id if found.window else None,
        next_window=found.next_window,
        closed_since=found.closed_since,
        message=message,
        successor=rule.successor
        if found.status == "closed" and found.next_window is None
        else None,
    )
    result.criterion = _availability_criterion(scheme, result)
    return result


def _find_availability(scheme: Scheme, on: date) -> _Availability:
    rule = scheme.availability
    if rule.in_force_to is not None and on > rule.in_force_to:
        return _Availability("closed", closed_since=rule.in_force_to + _ONE_DAY)
    if on < rule.in_force_from:
        first = rule.windows[0] if rule.windows else None
        if first is not None and any(s.opens < first.opens for s in rule.unknown_spans):
            first = None  # an earlier window exists, but no official text gives its dates
        return _Availability("not_yet_open", next_window=first)
    if not rule.windows:
        return _Availability("open")
    for window in rule.windows:
        if window.opens <= on <= window.closes:
            return _Availability("open", window=window)
    if any(span.opens <= on <= span.closes for span in rule.unknown_spans):
        return _Availability("unknown")
    upcoming = next((w for w in rule.windows if w.opens > on), None)
    if upcoming is not None:
        status = "not_yet_open" if on < rule.windows[0].opens else "closed"
        return _Availability(status, next_window=upcoming)
    if rule.windows_known_until is not None and on > rule.windows_known_until:
        return _Availability("unknown")
    return _Availability("closed", closed_since=rule.windows[-1].closes + _ONE_DAY)


_ONE_DAY = date(2000, 1, 2) - date(2000, 1, 1)


def _availability_criterion(scheme: Scheme, avail: AvailabilityResult) -> CriterionResult:
    rule = scheme.availability
    if rule.windows:
        criterion_id = "application_window"
        label = rule.window_label
        status = {"open": MET, "unknown": UNKNOWN}.get(avail.status, NOT_MET)
    else:
        criterion_id = "in_force"
        label = t("De regeling geldt op de peildatum", "The scheme applies on the reference date")
        status = {"open": MET, "closed": NOT_MET}.get(avail.status, UNKNOWN)
    return CriterionResult.fixed(criterion_id, label, status, avail.message, rule.citation)


class _Values(Mapping[str, str]):
    """Placeholder values for explanation texts, formatted for people; unknown -> ``?``."""

    def __init__(self, ctx: Ctx, lang: Lang) -> None:
        self.ctx, self.lang = ctx, lang

    def __getitem__(self, name: str) -> str:
        ctx, scheme = self.ctx, self.ctx.scheme
        money = False
        if name == "on":
            value: Any = ctx.on
        elif name in ctx.plan.outputs:
            output = scheme.output(name)
            value = ctx.output(name)
            money = output.kind == "money"
            if money and value is not x.UNKNOWN and value is not None:
                from rules.scheme import round_cents

                value = round_cents(value)
        elif scheme.has_fact(name):
            value = ctx.facts.get(name, x.UNKNOWN)
            money = scheme.fact(name).money
        else:
            value = ctx.param(name)
            money = scheme.parameter(name).unit == "money"
        if value is x.UNKNOWN or value is None:
            return "?"
        return format_value(value, self.lang, money=money)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(())

    def __len__(self) -> int:
        return 0


def render_text(text: Text, ctx: Ctx, lang: Lang) -> str:
    return render(text, lang, _Values(ctx, lang))
