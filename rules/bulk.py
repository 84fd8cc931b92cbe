"""Bulk evaluation: many records of one scheme on one reference date, from columns.

The rule is not written twice. The scheme's own expression trees are translated, node by
node, into one loop over the records, which Numba compiles to machine code; the single-
record closures of :mod:`rules.expr` and this loop read the same definition.

Exactness carries over. Every number is a fraction ``num / den`` of 64-bit integers
(money in eurocents, parameters such as 0.875 as 7/8), so a threshold is tested on
unrounded values and money is rounded half-up to the cent once, at the end. Before
compiling, the bounds of every intermediate are derived from the facts' declared bounds;
a scheme whose intermediates could leave the 64-bit range, or that uses a node with no
loop form (cohort tables, calendar months, lists), is evaluated record by record through
:func:`rules.engine.evaluate` instead. Either way the result has the same shape, and the
test suite checks both paths agree on random and edge records.

A record the loop leaves open (an unknown criterion or output) is evaluated once more by
:func:`rules.engine.evaluate`, which decides from the facts' bounds what the known answers
already decide: the loop is exact on complete records, the single path on the rest.

The translated loop is kept as a file named by its hash, with Numba's machine code
beside it (:func:`kernel_cache_dir`), so only the first process on a machine compiles
it; every later process, such as a second server worker, loads it in a fraction of a
second.

Three values carry over too: a number has a state (1 known, 0 unknown, 2 none: a fact
whose contract says "absent = none") and a truth value is 1 true, 0 false, 2 unknown,
combined with Kleene's rules.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from math import gcd
from pathlib import Path
from typing import Any

import numpy as np

from rules import expr as x
from rules.engine import MET, NOT_MET, UNKNOWN, cached_availability, evaluate
from rules.facts import cents_to_str
from rules.scheme import OutputKind, Scheme

__all__ = ["BulkResult", "Column", "evaluate_bulk"]

STATUS_NAMES = ("not_eligible", "undetermined", "eligible")
_CODES = {NOT_MET: 0, UNKNOWN: 1, MET: 2}
_MAX = 2**63 - 1


@dataclass(frozen=True)
class Column:
    """One fact for N records, as parsed values: integer eurocents for money, 0/1 for a
    bool, ``datetime64[D]`` for a date, the id for an enum. ``present`` marks the records
    that answered it (``None``: all did)."""

    values: np.ndarray[Any, Any]
    present: np.ndarray[Any, Any] | None = None


@dataclass
class BulkResult:
    scheme: str
    on: date
    status: np.ndarray[Any, Any]  # int8: 0 not_eligible, 1 undetermined, 2 eligible
    criteria: dict[str, np.ndarray[Any, Any]]  # int8: 0 not_met, 1 unknown, 2 met
    outputs: dict[str, list[Any] | np.ndarray[Any, Any]]
    output_known: dict[str, np.ndarray[Any, Any] | None]
    output_kinds: dict[str, tuple[OutputKind, int]]
    compiled: bool
    # Records the loop left open, evaluated by the single path: their JSON outputs.
    rechecked: dict[int, dict[str, Any]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.status)

    def output(self, key: str, i: int) -> Any:
        """Output ``key`` of record ``i`` as the single-record JSON shows it."""
        if i in self.rechecked:
            return self.rechecked[i][key]
        known = self.output_known[key]
        if known is not None and not known[i]:
            return None
        value = self.outputs[key][i]
        if not self.compiled:
            return value
        kind, places = self.output_kinds[key]
        if kind is OutputKind.MONEY:
            return cents_to_str(int(value))
        if kind is OutputKind.DECIMAL:
            return str(Decimal(int(value)).scaleb(-places))
        if kind is OutputKind.BOOL:
            return bool(value)
        if kind is OutputKind.DATE:
            return date.fromordinal(int(value)).isoformat()
        if kind is OutputKind.INT:
            return int(value)
        return value

    def row(self, i: int) -> dict[str, Any]:
        """Record ``i``: its status and outputs, in the single-record JSON form."""
        return {
            "status": STATUS_NAMES[int(self.status[i])],
            "outputs": {key: self.output(key, i) for key in self.outputs},
        }


# Translation -----------------------------------------------------------------------------


class NotCompilable(Exception):
    """The scheme uses something the loop form does not cover."""


@dataclass
class _Num:
    n: str  # expression text of the numerator
    d: str  # denominator text (a literal when constant)
    s: str  # state text: "1" known, "0" unknown, "2" none
    lo: int
    hi: int
    dmax: int
    dconst: int | None  # the denominator when it is a constant


@dataclass
class _Truth:
    b: str  # 1 true, 0 false, 2 unknown


@dataclass
class _Enum:
    code: str
    s: str


@dataclass
class _Gen:
    scheme: Scheme
    on: date
    present: dict[str, bool]  # fact id -> column given with a presence mask?
    params: dict[str, Any]
    lines: list[str] = field(default_factory=list)
    memo: dict[Any, Any] = field(default_factory=dict)
    enum_codes: dict[str, int] = field(default_factory=dict)
    args: list[str] = field(default_factory=list)
    counter: int = 0

    def var(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def emit(self, line: str) -> None:
        self.lines.append(line)

    def code(self, enum_id: str) -> int:
        return self.enum_codes.setdefault(enum_id, len(self.enum_codes) + 1)

    def value(self, node: x.Expr) -> Any:
        key: Any = ("fact", node.id) if isinstance(node, x.Fact) else id(node)
        if key not in self.memo:
            handler = getattr(self, "_" + type(node).__name__, None)
            if handler is None:
                raise NotCompilable(type(node).__name__)
            self.memo[key] = handler(node)
        return self.memo[key]

    # Leaves -------------------------------------------------------------------------------

    def constant(self, value: Any) -> Any:
        if value is None:
            return _Num("0", "1", "2", 0, 0, 1, 1)
        if value is True or value is False:
            return _Truth("1" if value else "0")
        if isinstance(value, date):
            day = value.toordinal()
            return _Num(str(day), "1", "1", day, day, 1, 1)
        if isinstance(value, int | Decimal):
            frac = Fraction(value)
            num, den = frac.numerator, frac.denominator
            return _Num(str(num), str(den), "1", num, num, den, den)
        if isinstance(value, str):
            return _Enum(str(self.code(value)), "1")
        raise NotCompilable(f"constant {value!r}")

    def _Const(self, node: Any) -> Any:
        return self.constant(node.value)

    def _On(self, node: Any) -> Any:
        return self.constant(self.on)

    def _Param(self, node: Any) -> Any:
        value = self.params.get(node.id, x.UNKNOWN)
        if value is x.UNKNOWN:
            return _Num("0", "1", "0", 0, 0, 1, 1)
        return self.constant(value)

    def _Fact(self, node: Any) -> Any:
        fact = self.scheme.fact(node.id)
        kind = fact.kind
        if node.id not in self.present:
            if fact.optional:
                return self.constant(fact.default)
            return (
                _Truth("2")
                if kind == "bool"
                else (_Enum("0", "0") if kind == "enum" else _Num("0", "1", "0", 0, 0, 1, 1))
            )
        col, pres = f"c_{node.id}", f"p_{node.id}"
        has_mask = self.present[node.id]
        self.args.append(col)
        if has_mask:
            self.args.append(pres)
        if kind == "bool":
            v = self.var("b")
            if not has_mask:
                self.emit(f"{v} = 1 if {col}[i] else 0")
            else:
                absent = "2" if not fact.optional else ("1" if fact.default else "0")
                self.emit(f"{v} = (1 if {col}[i] else 0) if {pres}[i] else {absent}")
            return _Truth(v)
        if kind == "enum":
            v, s = self.var("e"), self.var("s")
            for choice in fact.choice_ids:
                self.code(choice)
            self.emit(f"{v} = {col}[i]")
            if has_mask:
                if fact.optional:
                    raise NotCompilable("an optional enum")
                self.emit(f"{s} = 1 if {pres}[i] else 0")
                return _Enum(v, s)
            return _Enum(v, "1")
        if kind not in ("money", "int", "date"):
            raise NotCompilable(f"fact kind {kind}")
        lo, hi = _declared_bounds(fact)
        n = self.var("n")
        self.emit(f"{n} = {col}[i]")
        answered = f"{pres}[i] and " if has_mask else ""
        self.emit(f"if {answered}({n} < {lo} or {n} > {hi}):")
        self.emit("    return i")
        if not has_mask:
            return _Num(n, "1", "1", lo, hi, 1, 1)
        s = self.var("s")
        if fact.optional and fact.default is None:
            self.emit(f"{s} = 1 if {pres}[i] else 2")
            return _Num(n, "1", s, lo, hi, 1, 1)
        if fact.optional:
            filler = self.constant(fact.default)
            self.emit(f"if not {pres}[i]:")
            self.emit(f"    {n} = {filler.n}")
            return _Num(n, "1", "1", min(lo, filler.lo), max(hi, filler.hi), 1, 1)
        self.emit(f"{s} = 1 if {pres}[i] else 0")
        return _Num(n, "1", s, lo, hi, 1, 1)

    def _Out(self, node: Any) -> Any:
        return self.value(self.scheme.output(node.id).expr)

    def _Crit(self, node: Any) -> Any:
        return self.value(self.scheme.criterion(node.id).condition)

    # Numbers ------------------------------------------------------------------------------

    def number(self, node: x.Expr) -> _Num:
        v = self.value(node)
        if not isinstance(v, _Num):
            raise NotCompilable("a number was expected")
        return v

    def state(self, *values: _Num) -> str:
        """The first state that is not "known", as the single-record path returns it."""
        states = [v.s for v in values if v.s != "1"]
        if not states:
            return "1"
        if len(states) == 1:
            return states[0]
        expr = states[-1]
        for prior in reversed(states[:-1]):
            expr = f"({prior} if {prior} != 1 else {expr})"
        s = self.var("s")
        self.emit(f"{s} = {expr}")
        return s

    def align(
        self, a: _Num, b: _Num
    ) -> tuple[str, str, str, int | None, tuple[int, int], tuple[int, int], int]:
        """Numerators over one denominator: texts, the denominator, and their bounds."""
        if a.dconst is not None and b.dconst is not None:
            common = a.dconst * b.dconst // gcd(a.dconst, b.dconst)
            fa, fb = common // a.dconst, common // b.dconst
            an = a.n if fa == 1 else f"({a.n}) * {fa}"
            bn = b.n if fb == 1 else f"({b.n}) * {fb}"
            return an, bn, str(common), common, _scale(a, fa), _scale(b, fb), common
        an, bn = f"({a.n}) * ({b.d})", f"({b.n}) * ({a.d})"
        return (
            an,
            bn,
            f"({a.d}) * ({b.d})",
            None,
            _scale(a, b.dmax),
            _scale(b, a.dmax),
            a.dmax * b.dmax,
        )

    def _Arith(self, node: Any) -> _Num:
        a, b = self.number(node.a), self.number(node.b)
        s = self.state(a, b)
        n, d = self.var("n"), self.var("d")
        if node.symbol in "+-":
            an, bn, den, dconst, ra, rb, dmax = self.align(a, b)
            if node.symbol == "+":
                lo, hi = ra[0] + rb[0], ra[1] + rb[1]
            else:
                lo, hi = ra[0] - rb[1], ra[1] - rb[0]
            _check(ra, rb, (lo, hi))
            self.emit(f"{n} = {an} {node.symbol} {bn}")
        elif node.symbol == "*":
            lo, hi = _product((a.lo, a.hi), (b.lo, b.hi))
            dconst = None if a.dconst is None or b.dconst is None else a.dconst * b.dconst
            den, dmax = f"({a.d}) * ({b.d})", a.dmax * b.dmax
            _check((lo, hi), (dmax, dmax))
            self.emit(f"{n} = ({a.n}) * ({b.n})")
        elif node.symbol == "/":
            # (a.n / a.d) / (b.n / b.d) = (a.n * b.d) / (a.d * b.n); dividing by zero gives none.
            lo, hi = _product((a.lo, a.hi), (1, b.dmax))
            if b.lo < 0:
                widest = max(abs(lo), abs(hi))
                lo, hi = -widest, widest
            dmax = a.dmax * max(abs(b.lo), abs(b.hi), 1)
            _check((lo, hi), (dmax, dmax))
            self.emit(f"{n} = ({a.n}) * ({b.d})")
            self.emit(f"{d} = ({a.d}) * ({b.n})")
            if b.lo <= 0:
                self.emit(f"if {d} < 0:")
                self.emit(f"    {n} = -{n}")
                self.emit(f"    {d} = -{d}")
            if b.lo <= 0 <= b.hi:
                s2 = self.var("s")
                self.emit(f"{s2} = 2 if ({s} == 1 and {d} == 0) else {s}")
                s = s2
            self.emit(f"if {s} != 1:")
            self.emit(f"    {d} = 1")
            return _Num(n, d, s, lo, hi, dmax, None)
        else:
            raise NotCompilable(node.symbol)
        if dconst is not None:
            return _Num(n, str(dconst), s, lo, hi, dconst, dconst)
        self.emit(f"{d} = {den}")
        return _Num(n, d, s, lo, hi, dmax, None)

    def _minmax(self, node: Any, pick: str) -> _Num:
        values = [self.number(i) for i in node.items]
        result = values[0]
        for v in values[1:]:
            s = self.state(result, v)
            an, bn, _den, _dconst, ra, rb, _dmax = self.align(result, v)
            _check(ra, rb)
            n, d = self.var("n"), self.var("d")
            op = "<=" if pick == "min" else ">="
            self.emit(f"if {an} {op} {bn}:")
            self.emit(f"    {n} = {result.n}")
            self.emit(f"    {d} = {result.d}")
            self.emit("else:")
            self.emit(f"    {n} = {v.n}")
            self.emit(f"    {d} = {v.d}")
            lo = min(result.lo, v.lo) if pick == "min" else max(result.lo, v.lo)
            hi = min(result.hi, v.hi) if pick == "min" else max(result.hi, v.hi)
            same = result.dconst if result.dconst == v.dconst else None
            result = _Num(n, d, s, lo, hi, max(result.dmax, v.dmax), same)
        return result

    def _Min(self, node: Any) -> _Num:
        return self._minmax(node, "min")

    def _Max(self, node: Any) -> _Num:
        return self._minmax(node, "max")

    def _RoundHalfUp(self, node: Any) -> _Num:
        v = self.number(node.x)
        places = -node.exponent.as_tuple().exponent
        scale = 10**places
        n = self.var("n")
        self.emit(f"{n} = {self.half_up(v, scale)}")
        return _Num(n, str(scale), v.s, *_rounded_bounds(v, scale), scale, scale)

    def half_up(self, v: _Num, scale: int) -> str:
        """Text of ``v * scale`` rounded half away from zero to an integer.

        Written as quotient plus a carry (``2 * remainder >= den``) so that no value larger
        than the numerator itself is formed."""
        _check((v.lo * scale, v.hi * scale), (2 * v.dmax, 0))
        scaled = v.n if scale == 1 else f"({v.n}) * {scale}"
        if v.dconst == 1:
            return scaled
        a, q, r, m = self.var("a"), self.var("q"), self.var("r"), self.var("m")
        self.emit(f"{a} = {scaled}" if v.lo >= 0 else f"{a} = abs({scaled})")
        if v.dconst is not None:
            self.emit(f"{q} = {a} // {v.d}")  # by a constant: compiled to a multiplication
            self.emit(f"{r} = {a} - {q} * {v.d}")
        else:
            # A float quotient is within one of the true one while the numerator is exact
            # in a double (< 2**53); the remainder then corrects it. Larger: integer division.
            self.emit(f"if {a} < 9007199254740992:")
            self.emit(f"    {q} = int({a} / {v.d})")
            self.emit("else:")
            self.emit(f"    {q} = {a} // {v.d}")
            self.emit(f"{r} = {a} - {q} * {v.d}")
            self.emit(f"if {r} < 0:")
            self.emit(f"    {q} -= 1")
            self.emit(f"    {r} += {v.d}")
            self.emit(f"elif {r} >= {v.d}:")
            self.emit(f"    {q} += 1")
            self.emit(f"    {r} -= {v.d}")
        self.emit(f"{m} = {q} + (1 if 2 * {r} >= {v.d} else 0)")
        return m if v.lo >= 0 else f"(-{m} if {scaled} < 0 else {m})"

    def _AddDays(self, node: Any) -> _Num:
        day, amount = self.number(node.day), self.number(node.amount)
        if day.dconst != 1 or amount.dconst != 1:
            raise NotCompilable("fractional days")
        s, n = self.state(day, amount), self.var("n")
        self.emit(f"{n} = {day.n} + {amount.n}")
        return _Num(n, "1", s, day.lo + amount.lo, day.hi + amount.hi, 1, 1)

    def _DaysBetween(self, node: Any) -> _Num:
        start, end = self.number(node.start), self.number(node.end)
        if start.dconst != 1 or end.dconst != 1:
            raise NotCompilable("fractional days")
        s, n = self.state(start, end), self.var("n")
        self.emit(f"{n} = {end.n} - {start.n}")
        return _Num(n, "1", s, end.lo - start.hi, end.hi - start.lo, 1, 1)

    # Truth --------------------------------------------------------------------------------

    def truth(self, node: x.Expr) -> str:
        v = self.value(node)
        if not isinstance(v, _Truth):
            raise NotCompilable("a truth value was expected")
        return v.b

    def _Cmp(self, node: Any) -> _Truth:
        a, b = self.value(node.a), self.value(node.b)
        op = {"==": "==", "!=": "!="}.get(node.symbol, node.symbol)
        t = self.var("b")
        if isinstance(a, _Enum) and isinstance(b, _Enum):
            self.emit(
                f"{t} = 2 if ({a.s} != 1 or {b.s} != 1) else (1 if {a.code} {op} {b.code} else 0)"
            )
            return _Truth(t)
        if not (isinstance(a, _Num) and isinstance(b, _Num)):
            raise NotCompilable("comparison of unlike values")
        an, bn, _, _, ra, rb, _ = self.align(a, b)
        _check(ra, rb)
        self.emit(f"{t} = 2 if ({a.s} != 1 or {b.s} != 1) else (1 if {an} {op} {bn} else 0)")
        return _Truth(t)

    def _In(self, node: Any) -> _Truth:
        v = self.value(node.x)
        if not isinstance(v, _Enum):
            raise NotCompilable("membership of a non-enum")
        options = " or ".join(
            f"{v.code} == {self.code(str(o))}" for o in sorted(map(str, node.values))
        )
        t = self.var("b")
        self.emit(f"{t} = 2 if {v.s} != 1 else (1 if ({options or 'False'}) else 0)")
        return _Truth(t)

    def _IsNone(self, node: Any) -> _Truth:
        v = self.value(node.x)
        if isinstance(v, _Truth | _Enum):
            raise NotCompilable("is_none of a non-number")
        t = self.var("b")
        self.emit(f"{t} = 2 if {v.s} == 0 else (1 if {v.s} == 2 else 0)")
        return _Truth(t)

    def _All(self, node: Any) -> _Truth:
        parts = [self.truth(i) for i in node.items]
        t = self.var("b")
        any_false = " or ".join(f"{p} == 0" for p in parts)
        all_true = " and ".join(f"{p} == 1" for p in parts)
        self.emit(f"{t} = 0 if ({any_false}) else (1 if ({all_true}) else 2)")
        return _Truth(t)

    def _AnyOf(self, node: Any) -> _Truth:
        parts = [self.truth(i) for i in node.items]
        t = self.var("b")
        any_true = " or ".join(f"{p} == 1" for p in parts)
        all_false = " and ".join(f"{p} == 0" for p in parts)
        self.emit(f"{t} = 1 if ({any_true}) else (0 if ({all_false}) else 2)")
        return _Truth(t)

    def _Not(self, node: Any) -> _Truth:
        p = self.truth(node.x)
        t = self.var("b")
        self.emit(f"{t} = 2 if {p} == 2 else 1 - {p}")
        return _Truth(t)

    def _If(self, node: Any) -> Any:
        c = self.truth(node.cond)
        a, b = self.value(node.then), self.value(node.otherwise)
        if isinstance(a, _Truth) and isinstance(b, _Truth):
            t = self.var("b")
            self.emit(
                f"{t} = {a.b} if {c} == 1 else ({b.b} if {c} == 0 else "
                f"({a.b} if {a.b} == {b.b} else 2))"
            )
            return _Truth(t)
        if not (isinstance(a, _Num) and isinstance(b, _Num)):
            raise NotCompilable("a conditional over unlike values")
        an, bn, den, dconst, ra, rb, dmax = self.align(a, b)
        _check(ra, rb)
        n, d, s = self.var("n"), self.var("d"), self.var("s")
        if dconst is not None:
            # Both branches over one constant denominator: later divisions are by a constant.
            branch_a, branch_b, agree = (an, den, a.s), (bn, den, b.s), f"{an} == {bn}"
            lo, hi = min(ra[0], rb[0], 0), max(ra[1], rb[1], 0)
        else:
            branch_a, branch_b, agree = (a.n, a.d, a.s), (b.n, b.d, b.s), f"{an} == {bn}"
            lo, hi = min(a.lo, b.lo, 0), max(a.hi, b.hi, 0)
            dmax = max(a.dmax, b.dmax)
        self.emit(f"if {c} == 1:")
        self.emit(f"    {n}, {d}, {s} = {branch_a[0]}, {branch_a[1]}, {branch_a[2]}")
        self.emit(f"elif {c} == 0:")
        self.emit(f"    {n}, {d}, {s} = {branch_b[0]}, {branch_b[1]}, {branch_b[2]}")
        self.emit(f"elif {a.s} == 1 and {b.s} == 1 and {agree}:")
        self.emit(f"    {n}, {d}, {s} = {branch_a[0]}, {branch_a[1]}, 1")
        self.emit(f"elif {a.s} == 2 and {b.s} == 2:")
        self.emit(f"    {n}, {d}, {s} = 0, 1, 2")
        self.emit("else:")
        self.emit(f"    {n}, {d}, {s} = 0, 1, 0")
        if dconst is not None:
            return _Num(n, str(dconst), s, lo, hi, dconst, dconst)
        return _Num(n, d, s, lo, hi, dmax, None)

    def _Case(self, node: Any) -> Any:
        v = self.value(node.x)
        if not isinstance(v, _Enum):
            raise NotCompilable("a case over a non-enum")
        branches = {k: self.value(e) for k, e in node.branches.items()}
        default = self.value(node.default)
        if not all(isinstance(b, _Truth) for b in [*branches.values(), default]):
            raise NotCompilable("a case yielding non-truth values")
        t = self.var("b")
        expr = default.b
        for key, branch in branches.items():
            expr = f"({branch.b} if {v.code} == {self.code(str(key))} else {expr})"
        self.emit(f"{t} = 2 if {v.s} != 1 else {expr}")
        return _Truth(t)


def _scale(v: _Num, factor: int) -> tuple[int, int]:
    return v.lo * factor, v.hi * factor


def _product(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    corners = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]]
    return min(corners), max(corners)


def _rounded_bounds(v: _Num, scale: int) -> tuple[int, int]:
    return v.lo * scale, v.hi * scale


def _check(*ranges: tuple[int, int]) -> None:
    for lo, hi in ranges:
        if max(abs(lo), abs(hi)) > _MAX:
            raise NotCompilable("an intermediate value could exceed 64 bits")


def _declared_bounds(fact: Any) -> tuple[int, int]:
    if fact.kind == "date":
        return fact.minimum.toordinal(), fact.maximum.toordinal()
    scale = 100 if fact.kind == "money" else 1
    lo = -(10**15) if fact.minimum is None else int(fact.minimum * scale)
    hi = 10**15 if fact.maximum is None else int(fact.maximum * scale)
    return lo, hi


# Compilation and running ---------------------------------------------------------------

_KERNELS: dict[tuple[Any, ...], Any] = {}


def _kernel(
    scheme: Scheme, on: date, present: dict[str, bool]
) -> tuple[Any, _Gen, list[str], _Layout] | None:
    params = scheme.plan.params_on(on)
    key = (
        scheme.id,
        tuple(sorted(present.items())),
        tuple(repr(params[k]) for k in sorted(params)),
    )
    if key in _KERNELS:
        return _KERNELS[key]  # type: ignore[no-any-return]
    try:
        built = _build(scheme, on, present, params)
    except NotCompilable:
        built = None
    _KERNELS[key] = built
    return built


@dataclass
class _Layout:
    """Where the kernel writes: one 2-D block per type, so fresh memory is taken in few
    large pieces (the first touch of new pages costs more than the rule itself)."""

    small: list[str] = field(default_factory=list)  # int8 rows: criteria, truth outputs
    narrow: list[str] = field(default_factory=list)  # int32 rows
    wide: list[str] = field(default_factory=list)  # int64 rows
    masks: list[str] = field(default_factory=list)  # one bool row per distinct state
    output_rows: dict[str, tuple[str, int]] = field(default_factory=dict)
    output_mask: dict[str, int | None] = field(default_factory=dict)

    def mask(self, state: str) -> int | None:
        if state == "1":
            return None
        if state not in self.masks:
            self.masks.append(state)
        return self.masks.index(state)


def _build(
    scheme: Scheme, on: date, present: dict[str, bool], params: dict[str, Any]
) -> tuple[Any, _Gen, list[str], _Layout]:
    import numba  # type: ignore[import-untyped]

    gen = _Gen(scheme, on, present, params)
    layout = _Layout()
    open_tests: list[str] = []
    for criterion in scheme.criteria:
        t = gen.truth(criterion.condition)
        layout.small.append(criterion.id)
        row = len(layout.small) - 1
        gen.emit(f"k8[{row}, i] = 2 if {t} == 1 else (0 if {t} == 0 else 1)")
        open_tests.append(f"k8[{row}, i] == 1")
    for output in scheme.outputs:
        v = gen.value(output.expr)
        if isinstance(v, _Truth):
            layout.small.append(output.id)
            row = len(layout.small) - 1
            layout.output_rows[output.id] = ("small", row)
            gen.emit(f"k8[{row}, i] = {v.b}")  # 2 marks unknown
            open_tests.append(f"k8[{row}, i] == 2")
            layout.output_mask[output.id] = None
            continue
        open_tests.append(f"{v.s} == 0")
        if isinstance(v, _Enum):
            layout.wide.append(output.id)
            row = len(layout.wide) - 1
            layout.output_rows[output.id] = ("wide", row)
            layout.output_mask[output.id] = layout.mask(v.s)
            gen.emit(f"v64[{row}, i] = {v.code}")
            continue
        scale = 10**output.places if output.kind is OutputKind.DECIMAL else 1
        if output.kind in (OutputKind.MONEY, OutputKind.DECIMAL):
            text = gen.half_up(v, scale)
        elif v.dconst == 1:
            text = v.n
        else:
            text = f"({v.n}) // ({v.d})"
        largest = (max(abs(v.lo), abs(v.hi)) // (v.dconst or 1) + 1) * scale
        block, name = ("narrow", "v32") if largest < 2**31 else ("wide", "v64")
        rows = layout.narrow if block == "narrow" else layout.wide
        rows.append(output.id)
        row = len(rows) - 1
        layout.output_rows[output.id] = (block, row)
        mask = layout.output_mask[output.id] = layout.mask(v.s)
        if mask is None:
            gen.emit(f"{name}[{row}, i] = {text}")
        else:
            gen.emit(f"if {v.s} == 1:")
            gen.emit(f"    {name}[{row}, i] = {text}")
    for row, state in enumerate(layout.masks):
        gen.emit(f"mk[{row}, i] = {state} == 1")
    layout.small.append(_OPEN)
    tests = [test for test in open_tests if test != "1 == 0"] or ["False"]
    gen.emit(f"k8[{len(layout.small) - 1}, i] = 1 if ({' or '.join(tests)}) else 0")
    args = list(dict.fromkeys(gen.args))
    body = [f"def kernel(n, {', '.join([*args, 'k8', 'v32', 'v64', 'mk'])}):"]
    body.append("    for i in range(n):")
    body += ["        " + line for line in gen.lines]
    body.append("    return -1")
    source = "\n".join(body) + "\n"  # the scheme's own trees, translated above
    kernel, from_file = _load(source)
    compiled = numba.njit(error_model="numpy", nogil=True, cache=from_file)(kernel)
    return compiled, gen, args, layout


def kernel_cache_dir() -> Path | None:
    """Where translated kernels and their machine code are kept between processes:
    ``RULES_KERNEL_CACHE`` (``off`` keeps nothing), by default a folder in the user's
    cache. A process that finds a kernel there loads it instead of compiling it again."""
    setting = os.environ.get("RULES_KERNEL_CACHE", "")
    if setting.lower() == "off":
        return None
    if setting:
        return Path(setting)
    try:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    except RuntimeError:  # no home folder to be found: keep nothing
        return None
    return Path(base) / "regelingencheck" / "kernels"


def _load(source: str) -> tuple[Any, bool]:
    """The ``kernel`` function of ``source``, and whether it was loaded from a file (named
    by the source's hash, so Numba can keep its machine code beside it) rather than from
    memory, as when no folder is writable."""
    folder = kernel_cache_dir()
    name = "kernel_" + hashlib.sha256(source.encode()).hexdigest()[:24]
    if folder is not None:
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            path = folder / f"{name}.py"
            if not path.exists() or path.read_text() != source:
                scratch = folder / f".{name}.{os.getpid()}.tmp"
                scratch.write_text(source)
                scratch.replace(path)  # atomic: a reader sees the whole file or none
            spec = importlib.util.spec_from_file_location(name, path)
            if spec is not None and spec.loader is not None:
                module = importlib.util.module_from_spec(spec)
                sys.modules[name] = module  # Numba finds the module again by its name
                spec.loader.exec_module(module)
                return module.kernel, True
        except OSError:
            pass  # a read-only or full disk: compile in memory, as below
    namespace: dict[str, Any] = {}
    exec(compile(source, f"<{name}>", "exec"), namespace)
    return namespace["kernel"], False


def evaluate_bulk(
    scheme: Scheme, columns: Mapping[str, Column | Sequence[Any] | np.ndarray[Any, Any]], on: date
) -> BulkResult:
    """Evaluate N records given as columns (one per fact, parsed values) on ``on``."""
    cols = {k: v if isinstance(v, Column) else Column(np.asarray(v)) for k, v in columns.items()}
    n = len(next(iter(cols.values())).values) if cols else 0
    for key, col in cols.items():
        if not scheme.has_fact(key):
            raise ValueError(f"scheme {scheme.id} has no fact {key}")
        if len(col.values) != n or (col.present is not None and len(col.present) != n):
            raise ValueError(f"column {key} does not have {n} records")
    built = _kernel(scheme, on, {k: c.present is not None for k, c in cols.items()})
    if built is None:
        return _record_by_record(scheme, cols, n, on)
    return _run(scheme, cols, n, on, *built)


def _run(
    scheme: Scheme,
    cols: Mapping[str, Column],
    n: int,
    on: date,
    kernel: Any,
    gen: _Gen,
    args: list[str],
    layout: _Layout,
) -> BulkResult:
    arrays: list[Any] = []
    for arg in args:
        fact_id = arg[2:]
        col = cols[fact_id]
        if arg.startswith("p_"):
            arrays.append(np.asarray(col.present, dtype=np.bool_))
            continue
        kind = scheme.fact(fact_id).kind
        if kind == "date":
            arrays.append(col.values.astype("datetime64[D]").astype(np.int64) + _EPOCH)
        elif kind == "enum":
            given = col.values.astype(str)
            codes = {v: gen.enum_codes.get(v, 0) for v in np.unique(given)}
            if col.present is None and 0 in codes.values():
                raise ValueError(f"column {fact_id} holds a value that is no choice of the fact")
            arrays.append(np.array([codes[v] for v in given], dtype=np.int64))
        elif kind == "bool":
            arrays.append(np.asarray(col.values, dtype=np.bool_))
        else:
            arrays.append(np.asarray(col.values, dtype=np.int64))
    k8 = np.empty((len(layout.small), n), dtype=np.int8)
    v32 = np.zeros((len(layout.narrow), n), dtype=np.int32)
    v64 = np.zeros((len(layout.wide), n), dtype=np.int64)
    mk = np.empty((len(layout.masks), n), dtype=np.bool_)
    bad = kernel(n, *arrays, k8, v32, v64, mk)
    if bad >= 0:
        raise ValueError(f"record {bad} holds a value outside its fact's bounds")
    status = np.full(n, _CODES[cached_availability(scheme, on).criterion.status], dtype=np.int8)
    criteria = {c.id: k8[row] for row, c in enumerate(scheme.criteria)}
    for codes_row in criteria.values():
        np.minimum(status, codes_row, out=status)
    rechecked = _recheck(scheme, cols, on, np.flatnonzero(k8[layout.small.index(_OPEN)]))
    for i, result in rechecked.items():
        status[i] = STATUS_NAMES.index(result.status)
        for criterion in result.criteria[1:]:
            criteria[criterion.id][i] = _CODES[criterion.status]
    blocks: dict[str, np.ndarray[Any, Any]] = {"small": k8, "narrow": v32, "wide": v64}
    inverse = {code: enum_id for enum_id, code in gen.enum_codes.items()}
    outputs: dict[str, Any] = {}
    known: dict[str, Any] = {}
    for o in scheme.outputs:
        block, row = layout.output_rows[o.id]
        values = blocks[block][row]
        mask_row = layout.output_mask[o.id]
        if block == "small":
            known[o.id] = values != 2
        else:
            known[o.id] = None if mask_row is None else mk[mask_row]
        outputs[o.id] = (
            [inverse.get(int(v)) for v in values] if o.kind is OutputKind.ENUM else values
        )
    return BulkResult(
        scheme.id,
        on,
        status,
        criteria,
        outputs,
        known,
        {o.id: (o.kind, o.places) for o in scheme.outputs},
        compiled=True,
        rechecked={i: result.outputs for i, result in rechecked.items()},
    )


_OPEN = "__open__"


def _recheck(
    scheme: Scheme, cols: Mapping[str, Column], on: date, rows: np.ndarray[Any, Any]
) -> dict[int, Any]:
    """The single path's results for the records the loop left open."""
    definitions = {key: scheme.fact(key) for key in cols}
    found: dict[int, Any] = {}
    for i in rows.tolist():
        facts: dict[str, Any] = {}
        for key, col in cols.items():
            if col.present is None or col.present[i]:
                facts[key] = _engine_value(definitions[key], col.values[i], i)
        found[i] = evaluate(scheme, facts, on)
    return found


_EPOCH = date(1970, 1, 1).toordinal()


def _engine_value(fact: Any, value: Any, record: int) -> Any:
    """A column cell as the single-record engine takes it, within the fact's bounds (the
    same check the compiled loop makes)."""
    if isinstance(value, np.datetime64):
        value = date.fromisoformat(str(value.astype("datetime64[D]")))
    elif isinstance(value, np.generic):
        value = value.item()
    kind = fact.kind
    if kind == "bool":
        return bool(value)
    if kind == "enum_list":
        return frozenset(value)
    if kind in ("int", "money", "date"):
        lo, hi = _declared_bounds(fact)
        position = value.toordinal() if kind == "date" else int(value)
        if not lo <= position <= hi:
            raise ValueError(f"record {record} holds a value outside its fact's bounds")
        return value if kind == "date" else int(value)
    if kind == "enum" and value not in fact.choice_ids:
        raise ValueError(f"record {record} holds a value that is no choice of {fact.id}")
    return value


def _record_by_record(scheme: Scheme, cols: Mapping[str, Column], n: int, on: date) -> BulkResult:
    status = np.empty(n, dtype=np.int8)
    criteria = {c.id: np.empty(n, dtype=np.int8) for c in scheme.criteria}
    outputs: dict[str, list[Any]] = {o.id: [] for o in scheme.outputs}
    definitions = {key: scheme.fact(key) for key in cols}
    for i in range(n):
        facts: dict[str, Any] = {}
        for key, col in cols.items():
            if col.present is None or col.present[i]:
                facts[key] = _engine_value(definitions[key], col.values[i], i)
        result = evaluate(scheme, facts, on)
        status[i] = STATUS_NAMES.index(result.status)
        for criterion in result.criteria[1:]:
            criteria[criterion.id][i] = _CODES[criterion.status]
        for key, value in result.outputs.items():
            outputs[key].append(value)
    return BulkResult(
        scheme.id,
        on,
        status,
        criteria,
        dict(outputs),
        {k: None for k in outputs},
        {o.id: (o.kind, o.places) for o in scheme.outputs},
        compiled=False,
    )
