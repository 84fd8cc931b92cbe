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
_CRITERION = "criterion "  # a criterion's key among the ranges kept, beside the outputs


class Ctx:
    """One evaluation's state: the answers, the date and what was computed so far."""

    __slots__ = (
        "_blamed_criteria",
        "_blamed_outputs",
        "_criteria",
        "_outputs",
        "_ranges",
        "fact_ranges",
        "facts",
        "on",
        "params",
        "plan",
        "ranges",
        "scheme",
    )

    def __init__(
        self, scheme: Scheme, facts: Mapping[str, Any], on: date | None, plan: Plan | None = None
    ) -> None:
        self.scheme = scheme
        self.plan = plan or scheme.plan
        self.facts = facts
        self.fact_ranges = self.plan.fact_ranges
        self.on = on
        self.params: dict[str, Any] = {} if on is None else self.plan.params_on(on)
        self._outputs: dict[str, Any] = {}
        self._ranges: dict[str, Any] = {}
        self.ranges: dict[Any, Any] = {}  # each node's answer from what is known, once
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

    def _answered(self, fact_ids: tuple[str, ...]) -> bool:
        facts = self.facts
        return all(f in facts for f in fact_ids)

    def param_bound(self, param_id: str) -> Any:
        """The bounds the law gives a figure not published for the date (or UNKNOWN)."""
        if self.on is None:
            return x.UNKNOWN
        return self.plan.bounds_on(self.on).get(param_id, x.UNKNOWN)

    def param_on(self, param_id: str, day: date) -> Any:
        """A parameter's value on another day than the reference date."""
        return self.plan.params_on(day).get(param_id, x.UNKNOWN)

    def output(self, output_id: str) -> Any:
        """An output's value; one the known answers fix to a single value counts as known."""
        try:
            return self._outputs[output_id]
        except KeyError:
            plan = self.plan
            ranges = plan.output_ranges[output_id]
            if ranges is not None and not self._answered(plan.output_facts[output_id]):
                value = x.UNKNOWN  # some answers are missing: one pass, from what is known
            else:
                value = plan.output_fns[output_id](self)
            if value is x.UNKNOWN and ranges is not None:
                ranged = ranges(self)
                self._ranges[output_id] = ranged
                if type(ranged) is not x.Range:
                    value = ranged
            self._outputs[output_id] = value
            return value

    def output_range(self, output_id: str) -> Any:
        """An output's value, or the interval the known answers keep it in."""
        value = self.output(output_id)
        return self._ranges.get(output_id, value) if value is x.UNKNOWN else value

    def criterion(self, criterion_id: str) -> Any:
        try:
            return self._criteria[criterion_id]
        except KeyError:
            plan = self.plan
            ranges = plan.criterion_ranges[criterion_id]
            if ranges is not None and not self._answered(plan.criterion_facts[criterion_id]):
                # Some answers are missing: decide from what is known, in one pass (it
                # gives the same as the first pass wherever that one is decided).
                value = ranges(self)
                self._ranges[_CRITERION + criterion_id] = value
            else:
                value = plan.criterion_fns[criterion_id](self)
                if value is x.UNKNOWN and ranges is not None:
                    value = ranges(self)  # a figure without a value, bounded by the law
                    self._ranges[_CRITERION + criterion_id] = value
            self._criteria[criterion_id] = value
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
    return Result(scheme.id, on, overall, avail, tuple(results), missing, ctx)


def receipt(ctx: Ctx) -> dict[str, Any]:
    """The figures used, each with its period and source; for a figure not published yet,
    the gap, the bound the law gives it and whether that bound settled the answer."""
    assert ctx.on is not None
    figures = ctx.plan.receipt(ctx.on)
    states = gap_states(ctx)
    if states:
        figures = dict(figures)
        for param_id, state in states.items():
            entry = figures[param_id]
            if entry is not None:
                figures[param_id] = {**entry, "bound_used": state == "decided"}
    return {
        "engine_version": ENGINE_VERSION,
        "scheme_version": ctx.scheme.version,
        "parameters": figures,
    }


def gap_states(ctx: Ctx) -> dict[str, str]:
    """For each figure without a value on the date that an answer here reads: ``waiting``
    when an answer stays open for the figure alone (every fact it needs is given),
    ``decided`` when an answer that reads it was settled from bounds (it cannot depend on
    the figure), else ``missing``."""
    found: dict[str, str] = {}
    for param_id, value in ctx.params.items():
        if value is not x.UNKNOWN:
            continue
        outs, crits = ctx.plan.param_dependents[param_id]
        if not outs and not crits:
            continue
        known = waiting = False
        for output_id in outs:
            if ctx.output(output_id) is not x.UNKNOWN:
                known = known or output_id in ctx._ranges
            elif not ctx.blame_output(output_id):
                waiting = True
        for criterion_id in crits:
            if ctx.criterion(criterion_id) is not x.UNKNOWN:
                known = known or _CRITERION + criterion_id in ctx._ranges
            elif not ctx.blame_criterion(criterion_id):
                waiting = True
        found[param_id] = "waiting" if waiting else ("decided" if known else "missing")
    return found


def dump_outputs(ctx: Ctx) -> dict[str, Any]:
    return {key: dump(ctx.output(key)) for key, dump in ctx.plan.output_dumps}


def shown_notes(ctx: Ctx) -> tuple[NoteResult, ...]:
    shown = tuple(
        NoteResult(n, ctx) for n, when in ctx.plan.notes if when is None or when(ctx) is True
    )
    return shown + _gap_notes(ctx)


def _gap_notes(ctx: Ctx) -> tuple[NoteResult, ...]:
    """One plain sentence per figure not published yet that this answer reads: that it is
    missing, and whether the answer can still change by it."""
    from rules.scheme import Note

    notes: list[NoteResult] = []
    for param_id, state in gap_states(ctx).items():
        parameter = ctx.scheme.parameter(param_id)
        texts = parameter.gap_texts
        if texts is None:
            continue
        gap = parameter.gap_on(ctx.on) if ctx.on is not None else None
        bounded = gap is not None and (gap.at_least is not None or gap.at_most is not None)
        # Without a bound there is nothing to compare with: say only that it is missing.
        follow = {"decided": texts.decided, "waiting": texts.waiting}.get(state)
        text = (
            texts.missing
            if follow is None or not bounded
            else t(f"{texts.missing.nl} {follow.nl}", f"{texts.missing.en} {follow.en}")
        )
        note = Note(
            id=f"{param_id}_not_published",
            text=text,
            citation=None if gap is None else gap.basis,
        )
        notes.append(NoteResult(note, ctx))
    return tuple(notes)


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
            value = ctx.output_range(name)
            money = output.kind == "money"
            if type(value) is x.Range:
                return _bounded(value, self.lang, money)
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


def _bounded(value: x.Range, lang: Lang, money: bool) -> str:
    """An amount known only within bounds, in words ("hoogstens € 250.000,00")."""
    from rules.scheme import round_cents

    def shown(end: Any) -> str:
        return format_value(round_cents(end) if money else end, lang, money=money)

    nl = lang == Lang.NL
    low = (
        None if money and value.lo is not None and value.lo <= 0 else value.lo
    )  # no amount is below zero
    if low is not None and value.hi is not None:
        return (
            f"tussen {shown(low)} en {shown(value.hi)}"
            if nl
            else f"between {shown(low)} and {shown(value.hi)}"
        )
    if value.hi is not None:
        return f"hoogstens {shown(value.hi)}" if nl else f"at most {shown(value.hi)}"
    if low is not None:
        return f"minstens {shown(low)}" if nl else f"at least {shown(low)}"
    return "?"


def render_text(text: Text, ctx: Ctx, lang: Lang) -> str:
    return render(text, lang, _Values(ctx, lang))
