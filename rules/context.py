"""One evaluation's state, and the sentences rendered from it.

Every compiled closure of :mod:`rules.expr` receives a :class:`Ctx`: the answers, the
reference date, the figures valid on it, and what was computed so far. The engine builds
one per evaluation; the result keeps it to render its sentences when they are asked for.
This module imports no module above it (engine, result, hints).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

from rules import expr as x
from rules.scheme import Plan, Scheme, round_cents
from rules.texts import Lang, Text, format_figure, format_money, format_percent, format_value

__all__ = ["Ctx", "render_both", "render_text"]

CRITERION_KEY = "criterion "  # a criterion's key among the ranges kept, beside the outputs
_NOT_YET = object()  # not computed yet (``None`` and ``UNKNOWN`` are values)


class Ctx:
    """One evaluation's state: the answers, the date and what was computed so far."""

    __slots__ = (
        "_blamed_criteria",
        "_blamed_outputs",
        "_ranges",
        "criterion_values",
        "fact_ranges",
        "facts",
        "on",
        "output_values",
        "params",
        "plan",
        "ranges",
        "scheme",
        "sentences",
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
        # what was computed so far (read straight by the compiled trees of rules.expr)
        self.output_values: dict[str, Any] = {}
        self._ranges: dict[str, Any] = {}
        self.ranges: dict[Any, Any] = {}  # each node's answer from what is known, once
        self.criterion_values: dict[str, Any] = {}
        self._blamed_outputs: dict[str, frozenset[str]] = {}
        self._blamed_criteria: dict[str, frozenset[str]] = {}
        # The scheme's sentences compiled for the date (see ``_sentences``), once found.
        self.sentences: tuple[dict[str, Any], dict[str, Any]] | None = None

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

    def _answered(self, fact_ids: frozenset[str]) -> bool:
        return self.facts.keys() >= fact_ids

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
        value = self.output_values.get(output_id, _NOT_YET)
        if value is not _NOT_YET:
            return value
        plan = self.plan
        ranges = plan.output_ranges[output_id]
        if ranges is not None and not self._answered(plan.output_fact_set[output_id]):
            value = x.UNKNOWN  # some answers are missing: one pass, from what is known
        else:
            value = plan.output_fns[output_id](self)
        if value is x.UNKNOWN and ranges is not None:
            ranged = ranges(self)
            self._ranges[output_id] = ranged
            if type(ranged) is not x.Range:
                value = ranged
        self.output_values[output_id] = value
        return value

    def output_range(self, output_id: str) -> Any:
        """An output's value, or the interval the known answers keep it in."""
        value = self.output(output_id)
        return self._ranges.get(output_id, value) if value is x.UNKNOWN else value

    def criterion(self, criterion_id: str) -> Any:
        value = self.criterion_values.get(criterion_id, _NOT_YET)
        if value is not _NOT_YET:
            return value
        plan = self.plan
        ranges = plan.criterion_ranges[criterion_id]
        if ranges is not None and not self._answered(plan.criterion_fact_set[criterion_id]):
            # Some answers are missing: decide from what is known, in one pass (it gives
            # the same as the first pass wherever that one is decided).
            value = ranges(self)
            self._ranges[CRITERION_KEY + criterion_id] = value
        else:
            value = plan.criterion_fns[criterion_id](self)
            if value is x.UNKNOWN and ranges is not None:
                value = ranges(self)  # a figure without a value, bounded by the law
                self._ranges[CRITERION_KEY + criterion_id] = value
        self.criterion_values[criterion_id] = value
        return value

    def gap_states(self) -> dict[str, str]:
        """For each figure without a value on the date that an answer here reads: ``waiting``
        when an answer stays open for the figure alone (every fact it needs is given),
        ``decided`` when an answer that reads it was settled from bounds (it cannot depend
        on the figure), else ``missing``."""
        found: dict[str, str] = {}
        if self.on is None:
            return found  # no figure has a value, and none is looked up
        for param_id in self.plan.gaps_on(self.on):
            outs, crits = self.plan.param_dependents[param_id]
            known = waiting = False
            for output_id in outs:
                if self.output(output_id) is not x.UNKNOWN:
                    known = known or output_id in self._ranges
                elif not self.blame_output(output_id):
                    waiting = True
            for criterion_id in crits:
                if self.criterion(criterion_id) is not x.UNKNOWN:
                    known = known or CRITERION_KEY + criterion_id in self._ranges
                elif not self.blame_criterion(criterion_id):
                    waiting = True
            found[param_id] = "waiting" if waiting else ("decided" if known else "missing")
        return found


def _bounded(value: x.Range, lang: Lang, money: bool) -> str:
    """An amount known only within bounds, in words ("hoogstens € 250.000,00")."""

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


# A sentence compiled once per scheme, date and language: its figures of the law and its
# ``{on}`` depend on nothing else, so they are written into the template once, which
# leaves a %-format with one slot per answer or output it shows (a sentence with none is
# kept whole). A sentence's fields are ``{name}`` and ``{name:%}`` only (a scheme with
# another does not load: :meth:`rules.scheme.Scheme.problems`).
#
# A figure of the law reads by its unit (:func:`rules.texts.format_figure`): money set in
# whole euros without cents, whole numbers with a thousands separator, ``percent`` with
# its sign. Answers and outputs read as :func:`rules.texts.format_value` shows them
# (amounts to the cent), an amount known only within bounds in words; ``{name:%}`` reads
# a fraction as a percentage; a value that is not known reads ``?``.
_Slot = Callable[[Ctx], str]
_Compiled = str | tuple[str, tuple[_Slot, ...]]
_SENTENCES: dict[tuple[Plan, date | None], tuple[dict[str, _Compiled], dict[str, _Compiled]]] = {}
_SENTENCES_KEPT = 2_000  # schemes x dates kept; the oldest are dropped all at once
_PARSE = string.Formatter().parse


def _sentences(ctx: Ctx) -> tuple[dict[str, _Compiled], dict[str, _Compiled]]:
    """The compiled sentences of this evaluation's scheme and date (Dutch, English)."""
    found = ctx.sentences
    if found is None:
        key = (ctx.plan, ctx.on)
        found = _SENTENCES.get(key)
        if found is None:
            if len(_SENTENCES) >= _SENTENCES_KEPT:
                _SENTENCES.clear()
            found = _SENTENCES[key] = ({}, {})
        ctx.sentences = found
    return found


def _percent(value: Any, text: str, lang: Lang) -> str:
    """``{name:%}``: a number as a percentage (``0.875`` reads ``87,5 %``, ``87.5%`` in
    English); anything else as it is."""
    if isinstance(value, int | Decimal | Fraction) and type(value) is not bool:
        return format_percent(value * 100, lang)
    return text


def _figure(plan: Plan, on: date | None, name: str, lang: Lang, percent: bool) -> str:
    """A figure of the law, or ``{on}``, as a sentence shows it."""
    if name == "on":
        value: Any = on
        if value is None:
            return "?"
        text = format_value(value, lang, money=False)
    else:
        value = x.UNKNOWN if on is None else plan.params_on(on).get(name, x.UNKNOWN)
        if value is x.UNKNOWN or value is None:
            return "?"
        text = format_figure(value, plan.params[name].unit, lang)
    return _percent(value, text, lang) if percent else text


def _output_slot(name: str, lang: Lang, money: bool, percent: bool) -> _Slot:
    def slot(ctx: Ctx) -> str:
        value = ctx.output_range(name)
        if type(value) is x.Range:
            return _bounded(value, lang, money)
        if value is x.UNKNOWN or value is None:
            return "?"
        if money:
            value = round_cents(value)
        text = format_value(value, lang, money=money)
        return _percent(value, text, lang) if percent else text

    if not money or percent:
        return slot

    def money_slot(ctx: Ctx) -> str:
        value = ctx.output_range(name)
        kind = type(value)
        if kind is int:  # whole cents, as most amounts are
            return format_money(value, lang)
        if kind is Fraction or kind is Decimal:
            return format_money(round_cents(value), lang)
        return slot(ctx)

    return money_slot


def _fact_slot(name: str, lang: Lang, money: bool, percent: bool) -> _Slot:
    def slot(ctx: Ctx) -> str:
        value = ctx.facts.get(name, x.UNKNOWN)
        if value is x.UNKNOWN or value is None:
            return "?"
        text = format_value(value, lang, money=money)
        return _percent(value, text, lang) if percent else text

    return slot


def _compile(template: str, plan: Plan, on: date | None, lang: Lang) -> _Compiled:
    """``template`` for one scheme, date and language (see ``_SENTENCES``)."""
    plain: list[str] = []
    pattern: list[str] = []
    slots: list[_Slot] = []
    for literal, name, spec, conversion in _PARSE(template):
        plain.append(literal)
        pattern.append(literal.replace("%", "%%"))
        if name is None:
            continue
        if conversion is not None or spec not in ("", "%") or not name.isidentifier():
            raise ValueError(f"a sentence reads only {{name}} and {{name:%}}: {template!r}")
        percent = spec == "%"
        if name in plan.outputs and name != "on":
            slot = _output_slot(name, lang, plan.outputs[name].kind == "money", percent)
        elif name in plan.facts and name != "on":
            slot = _fact_slot(name, lang, plan.facts[name].money, percent)
        else:
            shown = _figure(plan, on, name, lang, percent)
            plain.append(shown)
            pattern.append(shown.replace("%", "%%"))
            continue
        slots.append(slot)
        pattern.append("%s")
    if not slots:
        return "".join(plain)
    return "".join(pattern), tuple(slots)


def _fill(template: str, ctx: Ctx, lang: Lang, compiled: dict[str, _Compiled]) -> str:
    """``template`` (with placeholders) filled from this evaluation."""
    try:
        found = compiled[template]
    except KeyError:
        found = compiled[template] = _compile(template, ctx.plan, ctx.on, lang)
    if isinstance(found, str):
        return found
    pattern, slots = found
    if len(slots) == 1:
        return pattern % slots[0](ctx)
    return pattern % tuple([slot(ctx) for slot in slots])


def render_text(text: Text, ctx: Ctx, lang: Lang) -> str:
    """``text`` in ``lang`` with its placeholders filled from this evaluation."""
    template = text.get(lang)
    if "{" not in template:
        return template
    return _fill(template, ctx, lang, _sentences(ctx)[lang == Lang.EN])


def render_both(text: Text, ctx: Ctx) -> dict[str, str]:
    """``text`` in Dutch and English (the contract's form), placeholders filled."""
    nl, en = text.nl, text.en
    if "{" in nl:
        nl = _fill(nl, ctx, Lang.NL, _sentences(ctx)[0])
    if "{" in en:
        en = _fill(en, ctx, Lang.EN, _sentences(ctx)[1])
    return {"nl": nl, "en": en}
