"""What would change the outcome: the bound a criterion puts on one answer.

For a criterion that is not met or unknown, every comparison in it that is not true yet is
solved for the one answer (or the reference date) it depends on, when the rest of the
comparison is known: ``B x C / D <= 0.875 x A`` becomes ``B <= 0.875 x A x D / C``. The
bound is then stated in the unit of the answer: whole cents for money, whole numbers for
counts, days for dates. Nothing here knows a scheme; the hint is derived from the tree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from math import ceil, floor
from typing import Any

from rules import expr as x
from rules.context import Ctx
from rules.facts import cents_to_str
from rules.scheme import Criterion
from rules.texts import Lang, format_value

__all__ = ["Hint", "hints"]

_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}


@dataclass(frozen=True)
class Hint:
    """``target op value``: the answer (a fact id, or ``on``) and the bound that would
    make one comparison of the criterion hold."""

    target: str
    op: str
    value: Any
    money: bool

    def as_dict(self, ctx: Ctx) -> dict[str, Any]:
        shown = self.value
        if isinstance(shown, date):
            shown = shown.isoformat()
        elif self.money:
            shown = cents_to_str(int(shown))
        elif isinstance(shown, Decimal):
            shown = str(shown)
        return {
            "fact": self.target,
            "op": self.op,
            "value": shown,
            "text": {"nl": self.text(ctx, Lang.NL), "en": self.text(ctx, Lang.EN)},
        }

    def text(self, ctx: Ctx, lang: Lang) -> str:
        value = format_value(self.value, lang, money=self.money)
        if self.target == "on":
            words = _DATE_WORDS[lang][self.op]
            return f"{words} {value}"
        fact = ctx.scheme.fact(self.target)
        label = fact.question.get(lang).rstrip("?")
        words = _WORDS[lang][self.op]
        if lang == Lang.NL:
            return f"Deze voorwaarde is vervuld als het antwoord op '{label}' {words} {value} is."
        return f"This condition holds when the answer to '{label}' is {words} {value}."


_WORDS = {
    Lang.NL: {
        "<=": "hoogstens",
        "<": "lager dan",
        ">=": "minstens",
        ">": "hoger dan",
        "==": "gelijk aan",
        "!=": "niet gelijk aan",
    },
    Lang.EN: {
        "<=": "at most",
        "<": "below",
        ">=": "at least",
        ">": "above",
        "==": "equal to",
        "!=": "not equal to",
    },
}
_DATE_WORDS = {
    Lang.NL: {
        "<=": "Deze voorwaarde is vervuld op of vóór",
        "<": "Deze voorwaarde is vervuld vóór",
        ">=": "Deze voorwaarde is vervuld op of na",
        ">": "Deze voorwaarde is vervuld na",
        "==": "Deze voorwaarde is vervuld op",
        "!=": "Deze voorwaarde is vervuld behalve op",
    },
    Lang.EN: {
        "<=": "This condition holds on or before",
        "<": "This condition holds before",
        ">=": "This condition holds on or after",
        ">": "This condition holds after",
        "==": "This condition holds on",
        "!=": "This condition holds except on",
    },
}


def hints(criterion: Criterion, ctx: Ctx) -> list[Hint]:
    found: list[Hint] = []
    # The comparisons of the test, not of ``applies``: leaving a case out is no remedy.
    for node in ctx.plan.criterion_comparisons[criterion.id]:
        if node.fn(ctx) is not True:
            hint = _solve(node, ctx)
            if hint is not None and hint not in found:
                found.append(hint)
    return found


def _solve(node: x.Cmp, ctx: Ctx) -> Hint | None:
    for side, other, op in ((node.a, node.b, node.symbol), (node.b, node.a, _FLIP[node.symbol])):
        bound = other.fn(ctx)
        if (
            bound is x.UNKNOWN
            or bound is None
            or not isinstance(bound, int | Decimal | Fraction | date)
        ):
            continue
        for target in _targets(side, ctx):
            solved = _isolate(side, op, bound, ctx, target)
            if solved is not None:
                return solved
    return None


def _targets(node: x.Expr, ctx: Ctx) -> tuple[str, ...]:
    """The answers (and the date) a side depends on, in the order they appear; found once
    per tree of the scheme (it does not depend on the answers)."""
    kept = ctx.plan.hint_targets
    found = kept.get(node)
    if found is None:
        found = kept[node] = tuple(_walk_targets(node, ctx))
    return found


def _walk_targets(node: x.Expr, ctx: Ctx) -> list[str]:
    found: list[str] = []
    for inner in node.walk():
        if isinstance(inner, x.Fact) and inner.id not in found:
            found.append(inner.id)
        elif isinstance(inner, x.On) and "on" not in found:
            found.append("on")
        elif isinstance(inner, x.Out):
            found += [t for t in _targets(ctx.scheme.output(inner.id).expr, ctx) if t not in found]
    return found


def _isolate(node: x.Expr, op: str, bound: Any, ctx: Ctx, target: str) -> Hint | None:
    """Undo the arithmetic around the single free answer in ``node``."""
    while True:
        if isinstance(node, x.Out):
            node = ctx.scheme.output(node.id).expr
            continue
        if isinstance(node, x.If):
            # Follow the branch taken now: the bound holds while that stays so.
            taken = node.cond.fn(ctx)
            if taken is not True and taken is not False:
                return None
            node = node.then if taken else node.otherwise
            continue
        if isinstance(node, x.On):
            ok = target == "on" and isinstance(bound, date)
            return Hint("on", op, bound, money=False) if ok else None
        if isinstance(node, x.Fact):
            return _in_units(node.id, op, bound, ctx) if node.id == target else None
        if isinstance(node, x.Arith):
            a_free, b_free = _free(node.a, ctx, target), _free(node.b, ctx, target)
            if a_free == b_free:
                return None  # both sides or neither side hold the answer
            known = (node.b if a_free else node.a).fn(ctx)
            if known is x.UNKNOWN or known is None or isinstance(known, date):
                return None
            known = Fraction(known)
            bound = Fraction(bound) if not isinstance(bound, date) else bound
            if isinstance(bound, date):
                return None
            step = _invert(node.symbol, a_free, known, op, bound)
            if step is None:
                return None
            op, bound = step
            node = node.a if a_free else node.b
            continue
        return None


def _invert(
    symbol: str, left: bool, known: Fraction, op: str, bound: Fraction
) -> tuple[str, Fraction] | None:
    if symbol == "+":
        return op, bound - known
    if symbol == "-":
        return (op, bound + known) if left else (_FLIP[op], known - bound)
    if symbol == "*":
        if known == 0:
            return None
        return (op, bound / known) if known > 0 else (_FLIP[op], bound / known)
    if symbol == "/" and left:
        if known == 0:
            return None
        return (op, bound * known) if known > 0 else (_FLIP[op], bound * known)
    return None


def _free(node: x.Expr, ctx: Ctx, target: str) -> bool:
    """Whether ``node`` depends on the answer (or the date) the hint moves."""
    return target in _targets(node, ctx)


def _in_units(fact_id: str, op: str, bound: Any, ctx: Ctx) -> Hint | None:
    """The bound in what the answer can be: whole cents, whole numbers, days."""
    fact = ctx.scheme.fact(fact_id)
    if fact.kind == "date":
        return Hint(fact_id, op, bound, money=False) if isinstance(bound, date) else None
    if fact.kind not in ("money", "int", "decimal") or isinstance(bound, date):
        return None
    value = Fraction(bound)
    if fact.kind == "decimal":
        return Hint(fact_id, op, Decimal(value.numerator) / Decimal(value.denominator), money=False)
    # Answers are whole units (cents or counts): "<= 2854.6875" means "<= 2854.68".
    if op == "<=":
        whole = floor(value)
    elif op == "<":
        whole, op = ceil(value) - 1, "<="
    elif op == ">=":
        whole = ceil(value)
    else:
        whole, op = floor(value) + 1, ">="
    minimum = fact.minimum * (100 if fact.money else 1) if fact.minimum is not None else None
    if op == "<=" and minimum is not None and whole < minimum:
        return None  # no answer can satisfy it
    return Hint(fact_id, op, whole, money=fact.money)
