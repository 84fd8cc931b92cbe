"""Bulk evaluation: many records of one scheme on one reference date, from columns.

The rule is not written twice. The scheme's own expression trees are translated, node by
node, into one loop over the records, which Numba compiles to machine code; the single-
record closures of :mod:`rules.expr` and this loop read the same definition.

Exactness carries over. Every number is a fraction ``num / den`` of 64-bit integers
(money in eurocents, parameters such as 0.875 as 7/8), so a threshold is tested on
unrounded values and money is rounded half-up to the cent once, at the end. Dates are
day numbers, and calendar months, working days and ages are computed by the functions of
:mod:`rules.bulk.calendar`, compiled into the loop; a list of choices is a bit mask; a
decimal fact is an integer at a fixed scale (a value with more places goes to the single
path). Before compiling, the bounds of every intermediate are derived from the facts'
declared bounds; a scheme whose intermediates could leave the 64-bit range, or that uses
a node listed in :data:`NOT_IN_LOOP`, is evaluated record by record through
:func:`rules.engine.evaluate` instead. Every registered scheme compiles today. Either way
the result has the same shape, and the test suite checks, for every scheme, that both
paths agree on random and edge records.

A record the loop leaves open (an unknown criterion or output) with an answer missing, or
on a date with an unpublished figure that has bounds, is evaluated once more by
:func:`rules.engine.evaluate`, which decides from the facts' bounds what the known answers
already decide: the loop is exact on complete records, the single path on the rest. A
date known only as a range (state 3 below: a birth after the AOW table's last cohort, an
opening day the law gives as a period) is carried with its ends to comparisons, calendar
shifts and cases, which weigh it as :mod:`rules.expr` does; a record where such a range
reaches any other node and something stays unknown goes to the single path as well.

Columns come in the forms a columnar reader gives: choices as texts (``<U``, matched in
compiled code) or Python strings, decimals as texts, whole numbers or ``Decimal`` objects,
a list of choices as one boolean column per choice or as Python sets (each distinct set
converted once).

The translated loop is kept as a file named by its hash, with Numba's machine code
beside it (:func:`kernel_cache_dir`), so only the first process on a machine compiles
it; every later process, such as a second server worker, loads it in a fraction of a
second.

Three values carry over too: a number has a state (1 known, 0 unknown, 2 none: a fact
whose contract says "absent = none", 3 a date known only as a range) and a truth value is
1 true, 0 false, 2 unknown, 3 none, combined with Kleene's rules (none counts as unknown
there, as in :mod:`rules.expr`).
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
from rules.parameters import CohortTable, DateBounds
from rules.scheme import OutputKind, Scheme

__all__ = [
    "NOT_IN_LOOP",
    "BulkResult",
    "Column",
    "check_constraints_bulk",
    "evaluate_bulk",
    "next_questions",
]

STATUS_NAMES = ("not_eligible", "undetermined", "eligible")

# Expression nodes with no loop form, each with the reason; a scheme that uses one is
# evaluated record by record. (A test holds every node class to a loop form or a line here.)
NOT_IN_LOOP: dict[str, str] = {}
_CODES = {NOT_MET: 0, UNKNOWN: 1, MET: 2}
_MAX = 2**63 - 1


@dataclass(frozen=True)
class Column:
    """One fact for N records, as parsed values: integer eurocents for money, 0/1 for a
    bool, ``datetime64[D]`` for a date, the id for an enum. ``present`` marks the records
    that answered it (``None``: all did). With ``choices``, an enum column is dictionary-
    encoded (as Arrow and Polars give it): each value is a position in ``choices``. With
    ``places``, a decimal column holds whole numbers at that many decimal places (1234 at
    2 places is 12.34), as Arrow's decimal columns do."""

    values: np.ndarray[Any, Any]
    present: np.ndarray[Any, Any] | None = None
    choices: tuple[str, ...] | None = None
    places: int | None = None

    def cell(self, i: int) -> Any:
        """Record ``i``'s value (a choice's id where the column is dictionary-encoded)."""
        value = self.values[i]
        if self.places is not None:
            return Decimal(int(value)).scaleb(-self.places)
        if self.choices is None:
            return value
        position = int(value)
        if not 0 <= position < len(self.choices):
            raise ValueError(f"record {i} holds a position outside the column's choices")
        return self.choices[position]


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
    # The facts still missing, in the single path's order, for each record it evaluated;
    # a record the loop settled misses nothing that could change its status.
    missing: dict[int, tuple[str, ...]] = field(default_factory=dict)
    # A screening's missing facts for every record: each fact's place in the record's
    # ``missing`` (-1: not in it), columns in the scheme's fact order.
    missing_rank: np.ndarray[Any, Any] | None = None
    fact_ids: tuple[str, ...] = ()  # the columns of ``missing_rank``

    def ranks(self) -> np.ndarray[Any, Any]:
        """``missing_rank``, made from ``missing`` where the loop did not write it."""
        if self.missing_rank is None:
            rank = np.full((len(self), len(self.fact_ids)), -1, dtype=np.int8)
            column = {f: k for k, f in enumerate(self.fact_ids)}
            for i, facts in self.missing.items():
                for position, fact_id in enumerate(facts):
                    rank[i, column[fact_id]] = position
            self.missing_rank = rank
        return self.missing_rank

    def missing_of(self, i: int) -> tuple[str, ...]:
        """Record ``i``'s missing facts, in the single path's order."""
        if self.missing_rank is None:
            return self.missing.get(i, ())
        places = self.missing_rank[i].tolist()
        return tuple(
            f
            for _, f in sorted((p, f) for p, f in zip(places, self.fact_ids, strict=True) if p >= 0)
        )

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
            return None if value == 3 else bool(value)
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
    # In state 3 (a date known only as a range): texts of its ends, OPEN_LOW/OPEN_HIGH
    # for an open end; ``None`` when this value carries no range.
    rlo: str | None = None
    rhi: str | None = None


# An open end of a date range: far beyond every date, so a comparison with it gives what
# rules.expr gives for an open end (x < +inf, x > -inf).
OPEN_LOW, OPEN_HIGH = -(2**40), 2**40


@dataclass
class _Truth:
    b: str  # 1 true, 0 false, 2 unknown, 3 none (taken as unknown by logic, as in rules.expr)


@dataclass
class _Enum:
    code: str
    s: str


@dataclass
class _Set:
    mask: str  # bit k set: the k-th choice is in the list
    s: str
    choices: tuple[str, ...]


# Scales tried for decimal facts in the loop, finest first (the first whose intermediates
# stay within 64 bits); a value with more places goes to the single path.
DECIMAL_SCALES = (10**6, 10**4, 10**2)


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
    decimal_scale: int = DECIMAL_SCALES[0]
    gaps: set[str] = field(default_factory=set)  # numerators of untyped unknowns/nones
    blames: dict[Any, str] = field(default_factory=dict)
    # A screening's loop: an unanswered whole number, amount or date is carried within its
    # declared bounds (state 4, with its ends) to the comparisons that weigh them.
    follow_bounds: bool = False
    exact: set[int] = field(default_factory=set)  # comparisons that weigh every range

    def var(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def emit(self, line: str) -> None:
        self.lines.append(line)

    def alike(self, v: Any, peer: Any) -> Any:
        """An unknown or none with no type of its own (a constant, or a case of such) in
        the type of ``peer``."""
        if not self.gap(v) or isinstance(peer, _Num):
            return v
        if isinstance(peer, _Truth):
            if v.s in ("0", "2"):
                return _Truth("2" if v.s == "0" else "3")
            t = self.var("b")
            self.emit(f"{t} = 2 if {v.s} == 0 else 3")
            return _Truth(t)
        if isinstance(peer, _Enum):
            return _Enum("0", v.s)
        return v

    def gap(self, v: Any) -> bool:
        return _literal_gap(v) or (isinstance(v, _Num) and v.n in self.gaps)

    def code(self, enum_id: str) -> int:
        return self.enum_codes.setdefault(enum_id, len(self.enum_codes) + 1)

    def value(self, node: x.Expr, ranged: bool = False) -> Any:
        """The loop form of ``node``. A date known only as a range (state 3) is carried
        with its ends only to the nodes that weigh them as the single path does (they ask
        with ``ranged``); for every other node, such a record is marked (``brd``) so the
        single path evaluates it if anything stays unknown."""
        key: Any = ("fact", node.id) if isinstance(node, x.Fact) else id(node)
        if key not in self.memo:
            handler = getattr(self, "_" + type(node).__name__, None)
            if handler is None:
                raise NotCompilable(type(node).__name__)
            self.memo[key] = handler(node)
        v = self.memo[key]
        if not ranged:
            v = self.unweighed(v)
        return v

    def unweighed(self, v: Any) -> Any:
        """Mark a record whose value ``v`` is a range the node at hand does not weigh; an
        unanswered fact within bounds (state 4) is unknown there, as in the first pass."""
        if isinstance(v, _Num) and v.rlo is not None:
            self.emit(f"if {v.s} == 3:")
            self.emit("    brd = 1")
            if self.follow_bounds and not v.s.isdigit():
                s = self.var("s")
                self.emit(f"{s} = {v.s} * ({v.s} != 4)")  # no branch: the loop stays small
                return _Num(v.n, v.d, s, v.lo, v.hi, v.dmax, v.dconst, v.rlo, v.rhi)
            if self.follow_bounds and v.s == "4":
                return _Num(v.n, v.d, "0", v.lo, v.hi, v.dmax, v.dconst)
        return v

    # Leaves -------------------------------------------------------------------------------

    def constant(self, value: Any) -> Any:
        if value is None:
            return _Num("0", "1", "2", 0, 0, 1, 1)
        if value is x.UNKNOWN:
            return _Num("0", "1", "0", 0, 0, 1, 1)
        if isinstance(value, frozenset | set | tuple | list):
            raise NotCompilable("a list constant")
        if value is True or value is False:
            return _Truth("1" if value else "0")
        if isinstance(value, DateBounds):
            # A date known only as a range: state 3, with its ends for a comparison.
            lo = (value.earliest or date.min).toordinal()
            hi = (value.latest or date.max).toordinal()
            rlo = str(OPEN_LOW if value.earliest is None else lo)
            rhi = str(OPEN_HIGH if value.latest is None else hi)
            return _Num("0", "1", "3", lo, hi, 1, 1, rlo, rhi)
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
        within = self.bounds_of(fact)
        if node.id not in self.present:
            if fact.optional:
                return self.constant(fact.default)
            if within is not None:
                lo, hi = _declared_bounds(fact, self.decimal_scale)
                return _Num("0", "1", "4", lo, hi, 1, 1, *within)
            if kind == "enum_list":
                return _Set("0", "0", fact.choice_ids)
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
                if fact.optional and fact.default is None:
                    self.emit(f"{s} = 1 if {pres}[i] else 2")
                elif fact.optional:
                    self.emit(f"{s} = 1")
                    self.emit(f"if not {pres}[i]:")
                    self.emit(f"    {v} = {self.code(str(fact.default))}")
                else:
                    self.emit(f"{s} = 1 if {pres}[i] else 0")
                return _Enum(v, s)
            return _Enum(v, "1")
        if kind == "enum_list":
            v, s = self.var("e"), self.var("s")
            self.emit(f"{v} = {col}[i]")
            if not has_mask:
                return _Set(v, "1", fact.choice_ids)
            if fact.optional and fact.default is None:
                self.emit(f"{s} = 1 if {pres}[i] else 2")
            elif fact.optional:
                default = sum(1 << fact.choice_ids.index(c) for c in fact.default)
                self.emit(f"{s} = 1")
                self.emit(f"if not {pres}[i]:")
                self.emit(f"    {v} = {default}")
            else:
                self.emit(f"{s} = 1 if {pres}[i] else 0")
            return _Set(v, s, fact.choice_ids)
        if kind not in ("money", "int", "date", "decimal"):
            raise NotCompilable(f"fact kind {kind}")
        lo, hi = _declared_bounds(fact, self.decimal_scale)
        den = self.decimal_scale if kind == "decimal" else 1
        n = self.var("n")
        # A date column holds days since 1970 (``datetime64[D]`` as it is): day numbers here.
        self.emit(f"{n} = {col}[i] + {_EPOCH}" if kind == "date" else f"{n} = {col}[i]")
        answered = f"{pres}[i] and " if has_mask else ""
        self.emit(f"if {answered}({n} < {lo} or {n} > {hi}):")
        self.emit("    return i")
        d = str(den)
        if not has_mask:
            return _Num(n, d, "1", lo, hi, den, den)
        s = self.var("s")
        if fact.optional and fact.default is None:
            self.emit(f"{s} = 1 if {pres}[i] else 2")
            return _Num(n, d, s, lo, hi, den, den)
        if fact.optional:
            filler = self.constant(fact.default)
            if filler.dconst is None or den % filler.dconst:
                raise NotCompilable("a default off the fact's scale")
            scaled = int(filler.n) * (den // filler.dconst)
            self.emit(f"if not {pres}[i]:")
            self.emit(f"    {n} = {scaled}")
            return _Num(n, d, "1", min(lo, scaled), max(hi, scaled), den, den)
        if within is not None:
            self.emit(f"{s} = 1 if {pres}[i] else 4")
            return _Num(n, d, s, lo, hi, den, den, *within)
        self.emit(f"{s} = 1 if {pres}[i] else 0")
        return _Num(n, d, s, lo, hi, den, den)

    def bounds_of(self, fact: Any) -> tuple[str, str] | None:
        """The ends of an unanswered whole number, amount or date, in the loop's units, as
        the single path's second pass takes them (:attr:`rules.scheme.Plan.fact_ranges`);
        ``None`` outside a screening's loop or for another kind."""
        if not self.follow_bounds or fact.optional or fact.kind not in ("int", "money", "date"):
            return None
        found = self.scheme.plan.fact_ranges.get(fact.id)
        if type(found) is not x.Range:
            return None
        ends = []
        for end, sentinel in ((found.lo, OPEN_LOW), (found.hi, OPEN_HIGH)):
            ends.append(
                str(
                    sentinel
                    if end is None
                    else (end.toordinal() if isinstance(end, date) else int(end))
                )
            )
        return ends[0], ends[1]

    def _Out(self, node: Any) -> Any:
        return self.value(self.scheme.output(node.id).expr, ranged=True)

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
            same = result.dconst if result.dconst == v.dconst else None
            if same is None:
                # Numerators over different denominators: either may be picked, so its
                # bounds are those of both (the larger fraction may have the smaller
                # numerator).
                lo, hi = min(result.lo, v.lo), max(result.hi, v.hi)
            else:
                lo = min(result.lo, v.lo) if pick == "min" else max(result.lo, v.lo)
                hi = min(result.hi, v.hi) if pick == "min" else max(result.hi, v.hi)
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
        v = self.alike(self.value(node), _Truth("0"))
        if not isinstance(v, _Truth):
            raise NotCompilable("a truth value was expected")
        return v.b

    def _Cmp(self, node: Any) -> _Truth:
        a, b = self.value(node.a, ranged=True), self.value(node.b, ranged=True)
        a, b = self.alike(a, b), self.alike(b, a)
        op = {"==": "==", "!=": "!="}.get(node.symbol, node.symbol)
        weighed: set[int] = set()
        t = self.var("b")
        if isinstance(a, _Truth) and isinstance(b, _Truth) and op in ("==", "!="):
            self.emit(f"{t} = 2 if ({a.b} >= 2 or {b.b} >= 2) else (1 if {a.b} {op} {b.b} else 0)")
            return _Truth(t)
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
        if op in _FLIP:
            # A value known only as a range (a date, or in a screening an unanswered
            # number within its bounds): decided when both ends give the same answer.
            for known, ranged, symbol in ((a, b, op), (b, a, _FLIP[op])):
                if ranged.rlo is None or ranged.rhi is None or known.dconst != 1:
                    continue
                weighed.add(id(ranged))
                self.emit(f"if {known.s} == 1 and {ranged.s} >= 3:")
                low = f"({known.n} {symbol} {ranged.rlo})"
                high = f"({known.n} {symbol} {ranged.rhi})"
                self.emit(f"    {t} = (1 if {low} else 0) if {low} == {high} else 2")
            if id(a) in weighed and id(b) in weighed:  # two ranges, as rules.expr._decide
                strict = op in ("<", ">")
                x_, y_ = (a, b) if op in ("<", "<=") else (b, a)
                yes = f"{x_.rhi} {'<' if strict else '<='} {y_.rlo}"
                no = f"{x_.rlo} {'>=' if strict else '>'} {y_.rhi}"
                self.emit(f"if {a.s} >= 3 and {b.s} >= 3:")
                self.emit(f"    {t} = 1 if {yes} else (0 if {no} else 2)")
            if all(id(v) in weighed or v.rlo is None for v in (a, b)) and a.dconst == b.dconst == 1:
                self.exact.add(id(node))
        for v in (a, b):
            if id(v) not in weighed:
                self.unweighed(v)
        return _Truth(t)

    def _In(self, node: Any) -> _Truth:
        v = self.value(node.x)
        if isinstance(v, _Truth):
            wanted = [int(o) for o in node.values if o is True or o is False]
            t = self.var("b")
            options = " or ".join(f"{v.b} == {w}" for w in wanted) or "False"
            self.emit(f"{t} = 2 if {v.b} >= 2 else (1 if ({options}) else 0)")
            return _Truth(t)
        if isinstance(v, _Num) and v.dconst is not None:
            keys = [k for k in node.values if isinstance(k, int) and not isinstance(k, bool)]
            if len(keys) != len(node.values):
                raise NotCompilable("membership of a number in other than whole numbers")
            t = self.var("b")
            options = " or ".join(f"{v.n} == {k * v.dconst}" for k in sorted(keys)) or "False"
            self.emit(f"{t} = 2 if {v.s} != 1 else (1 if ({options}) else 0)")
            return _Truth(t)
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
        t = self.var("b")
        if isinstance(v, _Truth):
            self.emit(f"{t} = 2 if {v.b} == 2 else (1 if {v.b} == 3 else 0)")
            return _Truth(t)
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
        self.emit(f"{t} = 2 if {p} >= 2 else 1 - {p}")
        return _Truth(t)

    def _If(self, node: Any) -> Any:
        c = self.truth(node.cond)
        a, b = self.value(node.then), self.value(node.otherwise)
        a, b = self.alike(a, b), self.alike(b, a)
        if isinstance(a, _Enum) and isinstance(b, _Enum):
            e, s = self.var("e"), self.var("s")
            self.emit(f"if {c} == 1:")
            self.emit(f"    {e}, {s} = {a.code}, {a.s}")
            self.emit(f"elif {c} == 0:")
            self.emit(f"    {e}, {s} = {b.code}, {b.s}")
            self.emit(f"elif {a.s} == 1 and {b.s} == 1 and {a.code} == {b.code}:")
            self.emit(f"    {e}, {s} = {a.code}, 1")
            self.emit(f"elif {a.s} == 2 and {b.s} == 2:")
            self.emit(f"    {e}, {s} = 0, 2")
            self.emit("else:")
            self.emit(f"    {e}, {s} = 0, 0")
            return _Enum(e, s)
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
        self.emit(f"if {s} == 3:")
        self.emit("    brd = 1")
        if dconst is not None:
            return _Num(n, str(dconst), s, lo, hi, dconst, dconst)
        return _Num(n, d, s, lo, hi, dmax, None)

    def _Case(self, node: Any) -> Any:
        v = self.value(node.x)
        if isinstance(v, _Num) and v.dconst is not None:
            return self.case_of(v, node, lambda key: f"{v.n} == {int(key) * int(v.d)}")
        if not isinstance(v, _Enum):
            raise NotCompilable("a case over a non-enum")
        return self.case_of(v, node, lambda key: f"{v.code} == {self.code(str(key))}")

    def case_of(self, v: Any, node: Any, equals: Any) -> Any:
        for key in node.branches:
            if isinstance(v, _Num) and (not isinstance(key, int) or isinstance(key, bool)):
                raise NotCompilable("a case over a number with other than whole-number keys")
        branches = {k: self.value(e, ranged=True) for k, e in node.branches.items()}
        default = self.value(node.default, ranged=True)
        values = [*branches.values(), default]
        peer = next((b for b in values if not self.gap(b)), default)
        branches = {k: self.alike(b, peer) for k, b in branches.items()}
        default = self.alike(default, peer)
        values = [*branches.values(), default]
        # An enum that is none takes the default branch, as ``table.get(None, default)``.
        tests = [f"({v.s} == 1 and {equals(k)})" for k in branches]
        if all(isinstance(b, _Truth) for b in values):
            t = self.var("b")
            expr = default.b
            for test, branch in zip(
                reversed(tests), reversed(list(branches.values())), strict=True
            ):
                expr = f"({branch.b} if {test} else {expr})"
            self.emit(f"{t} = 2 if {v.s} == 0 else {expr}")
            return _Truth(t)
        if all(isinstance(b, _Enum) for b in values):
            e, s = self.var("e"), self.var("s")
            self.emit(f"{e}, {s} = {default.code}, {default.s}")
            for test, branch in zip(tests, branches.values(), strict=True):
                self.emit(f"if {test}:")
                self.emit(f"    {e}, {s} = {branch.code}, {branch.s}")
            self.emit(f"if {v.s} == 0:")
            self.emit(f"    {e}, {s} = 0, 0")
            return _Enum(e, s)
        if not all(isinstance(b, _Num) for b in values):
            raise NotCompilable("a case over unlike values")
        nums: list[_Num] = values
        dconsts = {b.dconst for b in nums}
        n, d, s = self.var("n"), self.var("d"), self.var("s")
        if None not in dconsts:
            common = 1
            for c in dconsts:
                assert c is not None
                common = common * c // gcd(common, c)
            factors = [common // (b.dconst or 1) for b in nums]
            texts = [
                b.n if f == 1 else f"({b.n}) * {f}" for b, f in zip(nums, factors, strict=True)
            ]
            ranges = [_scale(b, f) for b, f in zip(nums, factors, strict=True)]
            for r in ranges:
                _check(r)
            ranged = any(b.rlo is not None for b in nums) and common == 1
            rl, rh = self.var("rl"), self.var("rh")

            names = f"{n}, {s}, {rl}, {rh}" if ranged else f"{n}, {s}"

            def pick(text: str, b: _Num) -> str:
                # A branch in state 3 without ends of its own: both ends open (undecided).
                ends = f"{b.rlo or OPEN_LOW}, {b.rhi or OPEN_HIGH}"
                return f"{text}, {b.s}, {ends}" if ranged else f"{text}, {b.s}"

            self.emit(f"{names} = {pick(texts[-1], default)}")
            for test, text, branch in zip(tests, texts, nums, strict=False):  # not the default
                self.emit(f"if {test}:")
                self.emit(f"    {names} = {pick(text, branch)}")
            self.emit(f"if {v.s} == 0:")
            self.emit(f"    {n}, {s} = 0, 0")
            if not ranged:
                self.emit(f"if {s} == 3:")
                self.emit("    brd = 1")
                if self.follow_bounds:  # an unanswered number without its ends: unknown
                    self.emit(f"if {s} == 4:")
                    self.emit(f"    {s} = 0")
            lo, hi = min(0, *(r[0] for r in ranges)), max(0, *(r[1] for r in ranges))
            if all(self.gap(b) for b in nums):
                self.gaps.add(n)
            if ranged:
                return _Num(n, "1", s, lo, hi, 1, 1, rl, rh)
            return _Num(n, str(common), s, lo, hi, common, common)
        self.emit(f"{n}, {d}, {s} = {default.n}, {default.d}, {default.s}")
        for test, branch in zip(tests, nums, strict=False):  # not the default
            self.emit(f"if {test}:")
            self.emit(f"    {n}, {d}, {s} = {branch.n}, {branch.d}, {branch.s}")
        self.emit(f"if {v.s} == 0:")
        self.emit(f"    {n}, {d}, {s} = 0, 1, 0")
        self.emit(f"if {s} == 3:")
        self.emit("    brd = 1")
        if self.follow_bounds:
            self.emit(f"if {s} == 4:")
            self.emit(f"    {s} = 0")
        lo, hi = min(0, *(b.lo for b in nums)), max(0, *(b.hi for b in nums))
        if all(self.gap(b) for b in nums):
            self.gaps.add(n)
        return _Num(n, d, s, lo, hi, max(b.dmax for b in nums), None)

    # Calendar -----------------------------------------------------------------------------

    def whole(self, node: x.Expr, ranged: bool = False) -> _Num:
        v = self.value(node, ranged)
        if not isinstance(v, _Num):
            raise NotCompilable("a number was expected")
        if v.dconst != 1:
            raise NotCompilable("a date moved by a fraction")
        return v

    def _calendar(self, call: str, *values: _Num, lo: int, hi: int) -> _Num:
        if all(v.s == "1" and v.n.lstrip("-").isdigit() for v in values):
            # Every argument a constant (the reference date, say): computed once, here, by
            # the same compiled function the loop would call.
            from rules.bulk import calendar

            day = int(getattr(calendar, call.removeprefix("cal_"))(*(int(v.n) for v in values)))
            return _Num(str(day), "1", "1", day, day, 1, 1)
        s, n = self.state(*values), self.var("n")  # a range: marked by ``value``
        args = ", ".join(v.n for v in values)
        self.emit(f"{n} = {call}({args}) if {s} == 1 else 0")
        return _Num(n, "1", s, lo, hi, 1, 1)

    def _shift(self, call: str, day: _Num, amount: _Num, lo: int, hi: int) -> _Num:
        """A date moved by a whole amount; a date known only as a range moves both ends
        (an open end stays open), as :class:`rules.expr._DateOp` does."""
        moved = self._calendar(call, day, amount, lo=lo, hi=hi)
        if day.rlo is None or day.rhi is None:
            return moved
        rlo, rhi = self.var("rl"), self.var("rh")
        self.emit(f"{rlo}, {rhi} = {OPEN_LOW}, {OPEN_HIGH}")  # undecided unless set below
        self.emit(f"if {day.s} >= 3 and {amount.s} == 1:")
        if moved.s != day.s:
            self.emit(f"    {moved.s} = {day.s}")
        for end, text, sentinel in ((rlo, day.rlo, OPEN_LOW), (rhi, day.rhi, OPEN_HIGH)):
            self.emit(
                f"    {end} = {sentinel} if {text} == {sentinel} else {call}({text}, {amount.n})"
            )
        return _Num(moved.n, "1", moved.s, lo, hi, 1, 1, rlo, rhi)

    def _AddMonths(self, node: Any) -> _Num:
        day, months = self.whole(node.day, ranged=True), self.whole(node.amount)
        lo = day.lo + min(28 * months.lo, 31 * months.lo) - 3
        hi = day.hi + max(28 * months.hi, 31 * months.hi) + 3
        _check((lo, hi))
        return self._shift("cal_add_months", day, months, lo, hi)

    def _AddWorkingDays(self, node: Any) -> _Num:
        day, count = self.whole(node.day, ranged=True), self.whole(node.amount)
        lo, hi = day.lo + 2 * min(count.lo, 0) - 3, day.hi + 2 * max(count.hi, 0) + 3
        _check((lo, hi))
        return self._shift("cal_add_working_days", day, count, lo, hi)

    def _FirstOfMonth(self, node: Any) -> _Num:
        day = self.whole(node.day)
        return self._calendar("cal_first_of_month", day, lo=day.lo - 31, hi=day.hi)

    def _FirstOfYear(self, node: Any) -> _Num:
        day = self.whole(node.day)
        return self._calendar("cal_first_of_year", day, lo=day.lo - 366, hi=day.hi)

    def _YearsBetween(self, node: Any) -> _Num:
        start, end = self.whole(node.start), self.whole(node.end)
        lo, hi = (end.lo - start.hi) // 365 - 1, (end.hi - start.lo) // 365 + 1
        return self._calendar("cal_years_between", start, end, lo=lo, hi=hi)

    def _Floor(self, node: Any) -> _Num:
        v = self.number(node.x)
        if v.dconst == 1:
            return v
        n = self.var("n")
        self.emit(f"{n} = ({v.n}) // ({v.d})")
        return _Num(n, "1", v.s, v.lo // max(1, v.dmax) - 1, v.hi + 1, 1, 1)

    def _ReachDate(self, node: Any) -> _Num:
        """The cohort table as a chain of tests. A birth outside every cohort gives a date
        known only as a range (state 3), as :meth:`CohortTable.reach_date` does: before
        the table, at the latest the day before ``reached_before``; after it, at the
        earliest the birth plus the table's minimum age."""
        birth = self.whole(node.birth)
        table = self.params.get(node.table.id, x.UNKNOWN)
        n, s = self.var("n"), self.var("s")
        if not isinstance(table, CohortTable):
            self.emit(f"{n}, {s} = 0, {birth.s} if {birth.s} != 1 else 0")
            return _Num(n, "1", s, birth.lo, birth.hi, 1, 1)
        rlo, rhi = self.var("rl"), self.var("rh")
        self.emit(f"{n}, {s}, {rlo}, {rhi} = 0, {birth.s}, 0, 0")
        self.emit(f"if {birth.s} == 1:")
        self.emit(f"    {s} = 3")
        first = table.cohorts[0].born_from.toordinal()
        before = table.reached_before.toordinal() - 1
        minimum = table.later_minimum_years * 12 + table.later_minimum_months
        self.emit(f"    if {birth.n} < {first}:")
        self.emit(f"        {rlo}, {rhi} = {OPEN_LOW}, {before}")
        self.emit("    else:")
        self.emit(f"        {rlo}, {rhi} = cal_add_months({birth.n}, {minimum}), {OPEN_HIGH}")
        most = minimum
        for cohort in table.cohorts:
            months = cohort.years * 12 + cohort.months
            most = max(most, months)
            lo, hi = cohort.born_from.toordinal(), cohort.born_to.toordinal()
            self.emit(f"    if {lo} <= {birth.n} <= {hi}:")
            self.emit(f"        {n}, {s} = cal_add_months({birth.n}, {months}), 1")
        high = max(birth.hi + 31 * (most + 1), before)
        return _Num(n, "1", s, min(birth.lo, before), high, 1, 1, rlo, rhi)

    def _ParamOn(self, node: Any) -> Any:
        """A dated figure on a record's own day: its periods as a chain of tests; a day in
        no period leaves the figure unknown."""
        day = self.whole(node.day, ranged=True)  # a range: unknown, as in rules.expr
        parameter = next((p for p in self.scheme.parameters if p.id == node.id), None)
        if parameter is None:
            raise NotCompilable(f"parameter {node.id}")
        periods = [(p, self.constant(p.value)) for p in parameter.periods]
        if not periods or not all(isinstance(v, _Num) for _, v in periods):
            raise NotCompilable("a dated figure that is not a number")
        nums: list[_Num] = [v for _, v in periods]
        common = 1
        for v in nums:
            assert v.dconst is not None
            common = common * v.dconst // gcd(common, v.dconst)
        n, s = self.var("n"), self.var("s")
        self.emit(f"{n}, {s} = 0, 2 if {day.s} == 2 else 0")
        self.emit(f"if {day.s} == 1:")
        for period, v in periods:
            start = period.start.toordinal()
            test = f"{start} <= {day.n}"
            if period.end is not None:
                test += f" <= {period.end.toordinal()}"
            value = int(v.n) * (common // (v.dconst or 1))
            self.emit(f"    if {test}:")
            self.emit(f"        {n}, {s} = {value}, 1")
        values = [int(v.n) * (common // (v.dconst or 1)) for v in nums]
        return _Num(n, str(common), s, min(0, *values), max(0, *values), common, common)

    # Lists and unknowns -------------------------------------------------------------------

    def _Contains(self, node: Any) -> _Truth:
        v = self.value(node.x)
        if not isinstance(v, _Set):
            raise NotCompilable("membership in a non-list")
        t = self.var("b")
        if str(node.item) not in v.choices:
            self.emit(f"{t} = 2 if {v.s} != 1 else 0")
        else:
            bit = v.choices.index(str(node.item))
            self.emit(f"{t} = 2 if {v.s} != 1 else (({v.mask} >> {bit}) & 1)")
        return _Truth(t)

    def _IsUnknown(self, node: Any) -> _Truth:
        """Known where the loop knows the value. The single path asks its first pass, which
        the loop follows exactly, except through another output or criterion: when the
        answers' bounds fix that to one value, it is known there. Where the loop does not
        know such a value, the record is left open (``dfr``)."""
        v = self.value(node.x)
        t = self.var("b")
        state = v.b if isinstance(v, _Truth) else v.s
        unknown = "2" if isinstance(v, _Truth) else "0"
        self.emit(f"{t} = 0")
        self.emit(f"if {state} == {unknown}:")
        self.emit(f"    {t} = 1")
        if any(isinstance(part, x.Out | x.Crit) for part in node.x.walk()):
            self.emit("    dfr = 1")
        return _Truth(t)

    # Why a criterion stays open ---------------------------------------------------------

    def blame(self, node: x.Expr) -> str:
        """The loop form of :meth:`rules.expr.Expr.blame` for a translated tree: a bit mask
        of the unanswered facts that keep ``node`` open (bit k: the scheme's k-th fact),
        judged, as the single path judges it, by the state of each part. :data:`BOUNDS_BIT`
        marks a part whose openness the single path may still narrow from bounds (an
        unanswered number or date, two numeric branches of an open condition): the loop
        does not follow bounds, so a record whose open criterion carries it is left to the
        single path."""
        key = _key(node)
        found = self.blames.get(key)
        if found is None:
            found = self.blames[key] = self._blame(node, key)
        return found

    def _blame(self, node: x.Expr, key: Any) -> str:
        if isinstance(node, x.Const | x.Param | x.On | x.IsUnknown):
            return "0"
        if isinstance(node, x.Out):
            return self.blame(self.scheme.output(node.id).expr)
        if isinstance(node, x.Crit):
            return self.blame(self.scheme.criterion(node.id).condition)
        v = self.memo.get(key)
        if v is None:  # a part the loop read without translating it: let bounds decide
            return str(1 << BOUNDS_BIT)
        if isinstance(node, x.Fact):
            plan = self.scheme.plan
            bit = 1 << plan.fact_rank[node.id]
            if node.id in plan.fact_ranges:
                bit |= 1 << BOUNDS_BIT
            return self.masked(str(bit), _open_text(v))
        if isinstance(node, x.If):
            c = self.truth(node.cond)
            wc, wt, wo = (self.blame(p) for p in (node.cond, node.then, node.otherwise))
            hull = self.hull(node) if isinstance(v, _Num) else "0"
            either = _union(wc, wt, wo, hull)
            if either == "0":
                return "0"
            # Branch-free, as every mask below: Numba's compiler walks each branch.
            return self.named(
                f"({wt}) * ({c} == 1) + ({wo}) * ({c} == 0) + ({either}) * ({c} >= 2)"
            )
        if isinstance(node, x.Case):
            subject = self.value(node.x)  # the first pass's subject, as rules.expr selects
            chosen = self.blame(node.default)
            for branch_key, branch in reversed(node.branches.items()):
                if isinstance(subject, _Enum):
                    test = f"{subject.code} == {self.code(str(branch_key))}"
                elif isinstance(subject, _Num) and subject.dconst is not None:
                    test = f"{subject.n} == {int(str(branch_key)) * subject.dconst}"
                else:
                    return str(1 << BOUNDS_BIT)
                picked = f"(({subject.s} == 1) & ({test}))"
                chosen = f"({self.blame(branch)}) * {picked} + ({chosen}) * (1 - {picked})"
                chosen = self.named(chosen)
            opened = f"({subject.s} == 0)"
            return self.named(f"({self.blame(node.x)}) * {opened} + ({chosen}) * (1 - {opened})")
        parts = []
        for child in node.children():
            w = self.blame(child)
            if w == "0":
                continue
            child_value = self.memo.get(_key(child))
            if child_value is None:
                parts.append(w)  # a constant-like part: its own mask says all
                continue
            parts.append(f"({w}) * ({_open_text(child_value)})")
        if not parts:
            return "0"
        if isinstance(node, x.Cmp) and id(node) in self.exact:  # it weighed the bounds itself
            a, b = self.memo[_key(node.a)], self.memo[_key(node.b)]
            weighed = f"(({a.s} != 0) & ({b.s} != 0))"
            return self.named(f"({_union(*parts)}) & ~({1 << BOUNDS_BIT} * {weighed})")
        return self.named(_union(*parts))

    def hull(self, node: Any) -> str:
        """:data:`BOUNDS_BIT` where the single path spans both branches of an open
        condition (:func:`rules.expr._hull`): only when both have a value or a range."""
        tests = []
        for branch in (node.then, node.otherwise):
            value = self.memo.get(_key(branch))
            if not isinstance(value, _Num):  # not translated as a number: let bounds decide
                return str(1 << BOUNDS_BIT)
            state = value.s
            if state in ("0", "2"):
                return "0"
            if not state.isdigit():
                tests.append(f"({state} != 0) & ({state} != 2)")
        return f"{1 << BOUNDS_BIT} * ({' & '.join(tests) or 'True'})"

    def masked(self, bits: str, opened: str) -> str:
        if opened == "False":
            return "0"
        if opened == "True":
            return bits
        return self.named(f"{bits} * ({opened})")

    def named(self, text: str) -> str:
        if text == "0" or text.isidentifier():
            return text
        w = self.var("w")
        self.emit(f"{w} = {text}")
        return w


# A bit of a blame mask above every fact's: a part the single path may decide from bounds.
BOUNDS_BIT = 62


def _key(node: x.Expr) -> Any:
    """A node's key among the translated values (a fact is one value however often read)."""
    return ("fact", node.id) if isinstance(node, x.Fact) else id(node)


def _open_text(v: Any) -> str:
    """Whether a translated value is open, as the single path's blame asks it (unknown, or
    known only as a range)."""
    opened: tuple[str, ...]
    if isinstance(v, _Truth):
        state, opened = v.b, ("2",)
    elif isinstance(v, _Num):
        state, opened = v.s, ("0", "3", "4")
    else:
        state, opened = v.s, ("0",)
    if state.isdigit():
        return "True" if state in opened else "False"
    return " | ".join(f"({state} == {o})" for o in opened)


def _union(*parts: str) -> str:
    parts = tuple(p for p in parts if p != "0")
    return " | ".join(parts) if parts else "0"


_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}


def _literal_gap(v: Any) -> bool:
    """An unknown or none written as a constant (``_Num`` by default): it takes the type
    of the values beside it."""
    return isinstance(v, _Num) and v.n == "0" and v.s in ("0", "2") and v.dconst == 1


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


def _declared_bounds(fact: Any, decimal_scale: int = DECIMAL_SCALES[0]) -> tuple[int, int]:
    if fact.kind == "date":
        return fact.minimum.toordinal(), fact.maximum.toordinal()
    scale = {"money": 100, "decimal": decimal_scale}.get(fact.kind, 1)
    lo = -(10**15) if fact.minimum is None else int(fact.minimum * scale)
    hi = 10**15 if fact.maximum is None else int(fact.maximum * scale)
    return lo, hi


# Compilation and running ---------------------------------------------------------------

_KERNELS: dict[tuple[Any, ...], Any] = {}

# The calendar functions' text, in every kernel's text: new calendar code, new kernels.
_CALENDAR_DIGEST = hashlib.sha256((Path(__file__).parent / "calendar.py").read_bytes()).hexdigest()[
    :16
]


def _kernel(
    scheme: Scheme, on: date, present: dict[str, bool], screening: bool = False
) -> tuple[Any, _Gen, list[str], _Layout] | None:
    params = scheme.plan.params_on(on)
    key = (
        "screening" if screening else "evaluation",
        scheme.id,
        tuple(sorted(present.items())),
        tuple(repr(params[k]) for k in sorted(params)),
        # A scheme that reads the reference date has it written into its loop.
        on if _reads_the_date(scheme) else None,
    )
    if key in _KERNELS:
        return _KERNELS[key]  # type: ignore[no-any-return]
    built = None
    uses_decimals = any(f.kind == "decimal" for f in scheme.facts)
    for scale in DECIMAL_SCALES if uses_decimals else DECIMAL_SCALES[:1]:
        try:
            build = _build_screening if screening else _build
            built = build(scheme, on, present, params, scale)
            break
        except NotCompilable as exc:
            if "64 bits" not in str(exc):
                break
    _KERNELS[key] = built
    return built


def _reads_the_date(scheme: Scheme) -> bool:
    trees = [c.condition for c in scheme.criteria] + [o.expr for o in scheme.outputs]
    return any(isinstance(node, x.On) for tree in trees for node in tree.walk())


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
    scheme: Scheme,
    on: date,
    present: dict[str, bool],
    params: dict[str, Any],
    decimal_scale: int = DECIMAL_SCALES[0],
) -> tuple[Any, _Gen, list[str], _Layout]:
    gen = _Gen(scheme, on, present, params, decimal_scale=decimal_scale, follow_bounds=True)
    layout = _Layout()
    open_tests: list[str] = []
    open_outputs: list[tuple[str, Any]] = []  # (the test that it is unknown, its tree)
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
            open_outputs.append((open_tests[-1], output.expr))
            layout.output_mask[output.id] = None
            continue
        if v.s not in ("1", "2"):
            open_tests.append(f"({v.s} == 0 or {v.s} == 3)")
            open_outputs.append((open_tests[-1], output.expr))
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
    tests = list(open_tests)
    if any("dfr = 1" in line for line in gen.lines):
        gen.lines.insert(0, "dfr = 0")
        tests.append("dfr == 1")
    if tests and not scheme.plan.bounds_on(on):
        # No unpublished figure with bounds. Where an answer is missing, the loop names
        # what keeps each open criterion and output open (the engine's blame): the single
        # path, deciding from the answers' bounds, would leave them open too unless a part
        # carries BOUNDS_BIT (``bnd``). Otherwise an unknown stays unknown (and "is
        # unknown" is decided as the loop decides it), unless a date known only as a range
        # met a node that does not weigh its ends (``brd``) or an "is unknown" may be
        # answered otherwise (``dfr``).
        gen.lines.insert(0, "brd = 0")
        gen.emit("bnd = 0")
        start = len(gen.lines)
        opened = [(f"k8[{row}, i] == 1", c.condition) for row, c in enumerate(scheme.criteria)]
        for test, tree in opened + open_outputs:
            w = gen.blame(tree)
            if w != "0":
                gen.emit(f"if ({test}) and (({w}) >> {BOUNDS_BIT}) & 1 == 1:")
                gen.emit("    bnd = 1")
        # Only a record with an answer missing needs the masks.
        given = [f"p_{key}[i]" for key in present if f"p_{key}" in gen.args]
        indented = ["    " + line for line in gen.lines[start:]]
        if any(f.id not in present for f in scheme.facts):
            gen.lines[start:] = ["if True:", *indented] if indented else []
        elif given and indented:
            gen.lines[start:] = [f"if not ({' and '.join(given)}):", *indented]
        else:
            del gen.lines[start:]  # every record answers every fact
        unknown = " or ".join(open_tests) or "False"
        tests = ["bnd == 1", f"(brd == 1 and ({unknown}))"]
        if "dfr = 0" in gen.lines:
            tests.append("dfr == 1")
    tests = tests or ["False"]
    gen.emit(f"k8[{len(layout.small) - 1}, i] = 1 if ({' or '.join(tests)}) else 0")
    args = list(dict.fromkeys(gen.args))
    return _numba_loop(args, gen.lines), gen, args, layout


def _build_screening(
    scheme: Scheme,
    on: date,
    present: dict[str, bool],
    params: dict[str, Any],
    decimal_scale: int = DECIMAL_SCALES[0],
) -> tuple[Any, _Gen, list[str], _Layout]:
    """A loop for a screening: per record each criterion (``k8``), for an open one the
    facts that keep it open (``v64``, a blame mask), and whether the single path must
    look again: a range met a node that does not weigh it (``brd``), or an "is unknown"
    the answers' bounds may answer otherwise (``dfr``). No outputs are written."""
    gen = _Gen(scheme, on, present, params, decimal_scale=decimal_scale, follow_bounds=True)
    layout = _Layout()
    for row, criterion in enumerate(scheme.criteria):
        t = gen.truth(criterion.condition)
        layout.small.append(criterion.id)
        gen.emit(f"k8[{row}, i] = 2 if {t} == 1 else (0 if {t} == 0 else 1)")
    for row, criterion in enumerate(scheme.criteria):
        layout.wide.append(criterion.id)
        w = gen.blame(criterion.condition)
        if w != "0":
            gen.emit(f"if k8[{row}, i] == 1:")
            gen.emit(f"    v64[{row}, i] = {w}")
    for flag, row_name in (("brd", _RANGE_UNWEIGHED), ("dfr", _DOUBT)):
        layout.small.append(row_name)
        used = any(f"{flag} = 1" in line for line in gen.lines)
        if used:
            gen.lines.insert(0, f"{flag} = 0")
        gen.emit(f"k8[{len(layout.small) - 1}, i] = {flag if used else 0}")
    args = list(dict.fromkeys(gen.args))
    return _numba_loop(args, gen.lines), gen, args, layout


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
    scheme: Scheme,
    columns: Mapping[str, Column | Sequence[Any] | np.ndarray[Any, Any]],
    on: date,
    *,
    with_outputs: bool = True,
) -> BulkResult:
    """Evaluate N records given as columns (one per fact, parsed values) on ``on``.

    Without ``with_outputs`` (a screening: statuses and missing facts only), only the
    records whose status the loop leaves undecided go to the single path, and they get no
    outputs (``rechecked`` maps them to ``{}``); a decided record's criteria then show
    unknown where only the answers' bounds would decide them."""
    cols = {k: v if isinstance(v, Column) else Column(np.asarray(v)) for k, v in columns.items()}
    n = len(next(iter(cols.values())).values) if cols else 0
    for key, col in cols.items():
        if not scheme.has_fact(key):
            raise ValueError(f"scheme {scheme.id} has no fact {key}")
        if len(col.values) != n or (col.present is not None and len(col.present) != n):
            raise ValueError(f"column {key} does not have {n} records")
    present = {k: c.present is not None for k, c in cols.items()}
    built = _kernel(scheme, on, present, screening=not with_outputs)
    if built is None:
        return _record_by_record(scheme, cols, n, on)
    if not with_outputs:
        return _screen(scheme, cols, n, on, *built)
    return _run(scheme, cols, n, on, *built)


def _arrays(
    scheme: Scheme, cols: Mapping[str, Column], n: int, gen: _Gen, args: list[str]
) -> tuple[list[Any], list[np.ndarray[Any, Any]]]:
    """The kernel's input arrays in the order of ``args``, and the records whose decimals
    are off the loop's scale."""
    arrays: list[Any] = []
    deferred: list[np.ndarray[Any, Any]] = []
    for arg in args:
        fact_id = arg[2:]
        col = cols[fact_id]
        if arg.startswith("p_"):
            arrays.append(np.asarray(col.present, dtype=np.bool_))
            continue
        kind = scheme.fact(fact_id).kind
        if kind == "date":
            days = col.values
            if days.dtype != np.dtype("datetime64[D]"):
                days = days.astype("datetime64[D]")
            arrays.append(days.view(np.int64))  # no copy: the loop adds the epoch
        elif kind == "enum":
            ids = scheme.fact(fact_id).choice_ids
            codes = {c: gen.enum_codes[c] for c in ids}
            if col.choices is not None:  # dictionary-encoded: one look-up per choice
                table = np.array([codes.get(c, 0) for c in col.choices] + [0], dtype=np.int64)
                positions = np.asarray(col.values, dtype=np.int64)
                outside = (positions < 0) | (positions >= len(col.choices))
                coded = table[np.where(outside, len(col.choices), positions)]
            else:
                coded = _enum_codes(col.values, codes)
            wrong = coded == 0 if col.present is None else (coded == 0) & col.present
            if wrong.any():
                record = int(np.flatnonzero(wrong)[0])
                raise ValueError(f"record {record} holds a value that is no choice of {fact_id}")
            arrays.append(coded)
        elif kind == "bool":
            arrays.append(np.asarray(col.values, dtype=np.bool_))
        elif kind == "decimal":
            scaled, off_scale = _decimal_column(col, gen.decimal_scale)
            arrays.append(scaled)
            deferred.append(np.flatnonzero(off_scale))
        elif kind == "enum_list":
            arrays.append(_list_masks(col.values, scheme.fact(fact_id).choice_ids))
        else:
            arrays.append(np.asarray(col.values, dtype=np.int64))
    return arrays, deferred


def _execute(
    scheme: Scheme,
    cols: Mapping[str, Column],
    n: int,
    on: date,
    kernel: Any,
    gen: _Gen,
    args: list[str],
    layout: _Layout,
) -> tuple[Any, ...]:
    """Run the loop: its four blocks, each record's status from the availability and the
    criteria, the criteria's rows, and the records whose decimals are off its scale."""
    arrays, deferred = _arrays(scheme, cols, n, gen, args)
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
    return k8, v32, v64, mk, status, criteria, deferred


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
    k8, v32, v64, mk, status, criteria, deferred = _execute(
        scheme, cols, n, on, kernel, gen, args, layout
    )
    rows = np.flatnonzero(k8[layout.small.index(_OPEN)])
    if deferred:
        rows = np.union1d(rows, np.concatenate(deferred))
    rechecked = _recheck(scheme, cols, on, rows)
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
        if o.kind in (OutputKind.ENUM, OutputKind.STRING):
            names = np.empty(max(inverse, default=0) + 1, dtype=object)
            for code, enum_id in inverse.items():
                names[code] = enum_id
            outputs[o.id] = names[values]  # the id, or None where unknown
        else:
            outputs[o.id] = values
    return BulkResult(
        scheme.id,
        on,
        status,
        criteria,
        outputs,
        known,
        {o.id: (o.kind, o.places) for o in scheme.outputs},
        compiled=True,
        rechecked={i: r.outputs for i, r in rechecked.items()},
        missing={i: result.missing for i, result in rechecked.items() if result.missing},
        fact_ids=tuple(f.id for f in scheme.facts),
    )


_OPEN = "__open__"
_DOUBT = "__doubt__"
_RANGE_UNWEIGHED = "__range_unweighed__"


def _screen(
    scheme: Scheme,
    cols: Mapping[str, Column],
    n: int,
    on: date,
    kernel: Any,
    gen: _Gen,
    args: list[str],
    layout: _Layout,
) -> BulkResult:
    """Statuses and missing facts only. A status the loop decides is the single path's
    too (bounds decide only what the loop leaves open); an undecided record's missing
    facts come from the loop's blame masks, ranked as :func:`rules.engine.evaluate` ranks
    them, unless the single path might narrow something from bounds: such a record, and
    one the loop cannot follow, is evaluated by the single path."""
    k8, _, masks, _, status, criteria, deferred = _execute(
        scheme, cols, n, on, kernel, gen, args, layout
    )
    criteria_count = len(scheme.criteria)
    undecided = status == 1
    if scheme.plan.bounds_on(on):  # a figure known only within bounds: the single path
        narrowed = undecided
    else:
        bounded = np.zeros(n, dtype=np.bool_)
        for row in range(criteria_count):
            bounded |= (masks[row] >> BOUNDS_BIT) & 1 == 1
        narrowed = undecided & (bounded | (k8[layout.small.index(_RANGE_UNWEIGHED)] == 1))
    single = narrowed | (k8[layout.small.index(_DOUBT)] == 1)
    if deferred:
        single[np.concatenate(deferred)] = True
    rechecked = _recheck(scheme, cols, on, np.flatnonzero(single))
    settled = undecided & ~single
    rank = np.full((n, len(scheme.facts)), -1, dtype=np.int8)
    _compiled("rank_missing")(masks, settled, rank)
    for i, result in rechecked.items():
        status[i] = STATUS_NAMES.index(result.status)
        for criterion in result.criteria[1:]:
            criteria[criterion.id][i] = _CODES[criterion.status]
        rank[i] = -1
        for position, fact_id in enumerate(result.missing):
            rank[i, scheme.plan.fact_rank[fact_id]] = position
    return BulkResult(
        scheme.id,
        on,
        status,
        criteria,
        {},
        {},
        {},
        compiled=True,
        rechecked={i: {} for i in rechecked},
        missing={i: result.missing for i, result in rechecked.items() if result.missing},
        missing_rank=rank,
        fact_ids=tuple(f.id for f in scheme.facts),
    )


def next_questions(results: Sequence[BulkResult]) -> list[str | None]:
    """Per record, the next question of a screening over the schemes of ``results`` (in
    the registry's order), as :func:`rules.screen` chooses it: the fact in the most
    missing lists, then the earliest place in one, then the earlier scheme, then the id."""
    if not results:
        return []
    n = len(results[0])
    fact_ids = sorted({f for r in results for f in r.fact_ids})
    index = {f: k for k, f in enumerate(fact_ids)}
    ranks = np.concatenate([r.ranks() for r in results], axis=1)
    columns = [(order, index[f]) for order, r in enumerate(results) for f in r.fact_ids]
    orders = np.array([c[0] for c in columns], dtype=np.int64)
    globals_ = np.array([c[1] for c in columns], dtype=np.int64)
    chosen = np.full(n, -1, dtype=np.int64)
    _compiled("first_questions")(ranks, orders, globals_, len(fact_ids), chosen)
    return [None if k < 0 else fact_ids[k] for k in chosen.tolist()]


def _first_questions(  # pragma: no cover
    ranks: Any, orders: Any, facts: Any, fact_count: int, chosen: Any
) -> None:
    """The compiled part of :func:`next_questions` (facts numbered in id order)."""
    count = np.zeros(fact_count, dtype=np.int64)
    place = np.zeros(fact_count, dtype=np.int64)
    first = np.zeros(fact_count, dtype=np.int64)
    touched = np.zeros(ranks.shape[1], dtype=np.int64)
    for i in range(ranks.shape[0]):
        seen = 0
        for t in range(ranks.shape[1]):
            p = ranks[i, t]
            if p < 0:
                continue
            f = facts[t]
            if count[f] == 0:
                touched[seen] = f
                seen += 1
                place[f] = p
                first[f] = orders[t]
            else:
                place[f] = min(place[f], p)
                first[f] = min(first[f], orders[t])
            count[f] += 1
        best = -1
        for k in range(seen):
            f = touched[k]
            if best < 0 or (
                (-count[f], place[f], first[f], f) < (-count[best], place[best], first[best], best)
            ):
                best = f
        chosen[i] = best
        for k in range(seen):
            count[touched[k]] = 0


def _rank_missing(masks: Any, settled: Any, rank: Any) -> None:  # pragma: no cover
    """For each settled record: each fact's place in ``missing`` (-1: not in it). A fact
    behind more open criteria comes first, ties in the scheme's fact order (the bit
    order), as :func:`rules.engine.evaluate` orders them. Compiled by :func:`_compiled`."""
    facts = rank.shape[1]
    counts = np.zeros(facts, dtype=np.int64)
    for i in range(masks.shape[1]):
        if not settled[i]:
            continue
        for f in range(facts):
            counts[f] = 0
        for c in range(masks.shape[0]):
            m = masks[c, i]
            f = 0
            while m != 0 and f < facts:
                if m & 1:
                    counts[f] += 1
                m >>= 1
                f += 1
        for f in range(facts):
            if counts[f] == 0:
                continue
            place = 0
            for g in range(facts):
                if counts[g] > counts[f] or (counts[g] == counts[f] and g < f):
                    place += 1
            rank[i, f] = place


def check_constraints_bulk(
    scheme: Scheme, columns: Mapping[str, Column], on: date
) -> dict[str, np.ndarray[Any, Any]] | None:
    """Per rule on the answers (``scheme.constraints``), per record: 0 the rule is broken,
    1 it holds or cannot be decided yet (as :func:`rules.registry.check_constraints`
    decides: only a test that is false breaks it), 2 the loop cannot tell (a decimal off
    its scale): the caller checks those records one by one. ``None`` when the rules have
    no loop form; they are then checked record by record."""
    if not scheme.constraints:
        return {}
    nodes = [node for c in scheme.constraints for node in c.test.walk()]
    if any(isinstance(node, x.On | x.Param | x.ParamOn | x.Out | x.Crit) for node in nodes):
        return None  # the rules are checked without a reference date or outputs
    cols = dict(columns)
    n = len(next(iter(cols.values())).values) if cols else 0
    present = {k: c.present is not None for k, c in cols.items()}
    key = ("constraints", scheme.id, tuple(sorted(present.items())))
    if key not in _KERNELS:
        try:
            _KERNELS[key] = _build_tests(scheme, on, present, [c.test for c in scheme.constraints])
        except NotCompilable:
            _KERNELS[key] = None
    built = _KERNELS[key]
    if built is None:
        return None
    kernel, gen, args = built
    arrays, deferred = _arrays(scheme, cols, n, gen, args)
    k8 = np.empty((len(scheme.constraints), n), dtype=np.int8)
    empty32, empty64 = np.zeros((0, n), dtype=np.int32), np.zeros((0, n), dtype=np.int64)
    bad = kernel(n, *arrays, k8, empty32, empty64, np.zeros((0, n), dtype=np.bool_))
    if bad >= 0:
        raise ValueError(f"record {bad} holds a value outside its fact's bounds")
    found = {}
    for row, constraint in enumerate(scheme.constraints):
        holds = np.where(k8[row] == 0, 0, 1).astype(np.int8)
        if deferred:
            holds[np.concatenate(deferred)] = 2
        found[constraint.id] = holds
    return found


def _build_tests(
    scheme: Scheme, on: date, present: dict[str, bool], tests: list[Any]
) -> tuple[Any, _Gen, list[str]]:
    """A kernel that writes each test's truth (0 false, 1 true, 2 unknown, 3 none) per
    record, from the answers alone (no figures: rules on answers have no date)."""
    gen = _Gen(scheme, on, present, {})
    for row, test in enumerate(tests):
        t = gen.truth(test)
        gen.emit(f"k8[{row}, i] = {t}")
    if any("brd = 1" in line for line in gen.lines):
        gen.lines.insert(0, "brd = 0")
    if any("dfr = 1" in line for line in gen.lines):
        gen.lines.insert(0, "dfr = 0")
    args = list(dict.fromkeys(gen.args))
    return _numba_loop(args, gen.lines), gen, args


def _numba_loop(args: list[str], lines: list[str]) -> Any:
    """The loop over the records, from the translated ``lines``: its source (kept on disk
    by ``_load``) and its machine code."""
    import numba  # type: ignore[import-untyped]  # only the bulk path pays for importing it

    body = [
        f"# calendar {_CALENDAR_DIGEST}",
        "from rules.bulk.calendar import add_months as cal_add_months",
        "from rules.bulk.calendar import add_working_days as cal_add_working_days",
        "from rules.bulk.calendar import first_of_month as cal_first_of_month",
        "from rules.bulk.calendar import first_of_year as cal_first_of_year",
        "from rules.bulk.calendar import years_between as cal_years_between",
        "",
        "",
        f"def kernel(n, {', '.join([*args, 'k8', 'v32', 'v64', 'mk'])}):",
        "    for i in range(n):",
        *("        " + line for line in lines),
        "    return -1",
    ]
    kernel, from_file = _load("\n".join(body) + "\n")  # the scheme's own trees, translated
    return numba.njit(error_model="numpy", nogil=True, cache=from_file)(kernel)


def _decimal_column(col: Column, scale: int) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """Decimals as integers at ``scale``, and the records whose value has more
    places (the loop sees 0 there; the single path evaluates them). Fixed-point columns
    (``places``) and whole numbers are scaled at once, texts read in compiled code, and
    ``Decimal`` objects converted once per distinct value."""
    values = col.values
    present = col.present
    digits = len(str(scale)) - 1
    if col.places is not None and col.places > digits:
        whole = np.asarray(values, dtype=np.int64)
        divisor = 10 ** (col.places - digits)
        off = whole % divisor != 0
        scaled = np.where(off, 0, whole // divisor)
    elif col.places is not None:
        whole = np.asarray(values, dtype=np.int64)
        factor = 10 ** (digits - col.places)
        off = np.abs(whole) > 2**62 // factor
        scaled = np.where(off, 0, whole * factor)
    elif values.dtype.kind in "iu":
        whole = values.astype(np.int64)
        off = np.abs(whole) > 2**62 // scale
        scaled = np.where(off, 0, whole * scale)
    elif values.dtype.kind == "U" and values.ndim == 1:
        n, width = len(values), values.dtype.itemsize // 4
        chars = np.ascontiguousarray(values).view(np.uint32).reshape(n, width)
        scaled = np.zeros(n, dtype=np.int64)
        off = np.zeros(n, dtype=np.bool_)
        if n and width:
            _compiled("parse_decimals")(chars, len(str(scale)) - 1, scaled, off)
    else:
        seen = _Distinct(lambda value: _scaled_decimal(value, scale))
        scaled = np.fromiter(map(seen.__getitem__, values), dtype=np.int64, count=len(values))
        off = scaled == _OFF_SCALE
        scaled[off] = 0
    if present is not None:
        scaled[~present] = 0
        off &= present
    return scaled, off


_OFF_SCALE = -(2**63)  # a decimal with more places than the loop's scale, or none at all


def _scaled_decimal(value: Any, scale: int) -> int:
    if value is None:
        return 0
    try:
        exact = Decimal(value) * scale
        whole = int(exact)
    except (ArithmeticError, TypeError, ValueError):
        return _OFF_SCALE  # the single path says what is wrong with it
    return _OFF_SCALE if whole != exact or abs(whole) > 2**62 else whole


class _Distinct(dict[Any, int]):
    """A value's conversion, computed the first time the value is seen."""

    def __init__(self, convert: Any) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, key: Any) -> int:
        found: int = self.convert(key)
        self[key] = found
        return found


def _enum_codes(values: np.ndarray[Any, Any], codes: dict[str, int]) -> np.ndarray[Any, Any]:
    """The loop's code of each choice id (0: no choice of the fact). A text column
    (``<U``) is matched character by character in compiled code; other columns look each
    distinct value up once."""
    n = len(values)
    if values.dtype.kind == "U" and values.ndim == 1 and codes:
        out = np.zeros(n, dtype=np.int64)
        width = values.dtype.itemsize // 4  # code points (32-bit words) a text takes
        if width > len(_HASH_WEIGHTS):
            return _enum_codes(values.astype(object), codes)
        if not n or not width:
            return out  # no values, or only empty texts: no choice
        words = np.ascontiguousarray(values).view(np.uint32).reshape(n, width)
        table = np.zeros((len(codes), width), dtype=np.int64)
        wanted = np.zeros(len(codes), dtype=np.int64)
        slots = np.full(1 << (2 * len(codes)).bit_length(), -1, dtype=np.int64)
        for row, (choice, code) in enumerate(codes.items()):
            if not choice or len(choice) > width:
                continue  # never equal to a value of the column
            table[row, : len(choice)] = [ord(c) for c in choice]
            wanted[row] = code
            j = _words_hash(table[row]) & (len(slots) - 1)
            while slots[j] >= 0:
                j = (j + 1) & (len(slots) - 1)
            slots[j] = row
        _compiled("match_choices")(words, table, wanted, slots, out)
        return out
    lookup = _Distinct(lambda value: codes.get(value, 0) if isinstance(value, str) else 0)
    return np.fromiter(map(lookup.__getitem__, values.tolist()), dtype=np.int64, count=n)


def _list_masks(values: np.ndarray[Any, Any], choices: tuple[str, ...]) -> np.ndarray[Any, Any]:
    """Each list of choices as a bit mask (bit k: the k-th choice). A 2-D boolean column
    (one column per choice, in the fact's order) is folded at once; a column of sets
    converts each distinct set once."""
    if values.ndim == 2:
        if values.shape[1] != len(choices):
            raise ValueError(f"a list column needs one column per choice ({len(choices)})")
        folded = np.zeros(len(values), dtype=np.int64)
        for k in range(len(choices)):
            folded |= np.asarray(values[:, k], dtype=np.int64) << k
        return folded
    bits = {c: 1 << k for k, c in enumerate(choices)}
    masks = _Distinct(lambda key: sum(bits.get(c, 0) for c in key))
    return np.fromiter(
        map(masks.__getitem__, map(frozenset, values)), dtype=np.int64, count=len(values)
    )


def _parse_decimals(chars: Any, places: int, out: Any, off: Any) -> None:  # pragma: no cover
    """Each row of ``chars`` (code points, 0-padded), a decimal text such as ``-12.5``, as
    an integer at ``places`` decimal places; ``off`` where the text is no such number, has
    more places or more than 18 digits at the scale (the single path then reads it)."""
    width = chars.shape[1]
    for i in range(chars.shape[0]):
        value = 0
        digits = 0
        fraction = -1  # places after the point; -1: no point yet
        negative = False
        bad = False
        k = 0
        if width and (chars[i, 0] == 45 or chars[i, 0] == 43):  # "-" or "+"
            negative = chars[i, 0] == 45
            k = 1
        while k < width and chars[i, k] != 0:
            c = chars[i, k]
            if c == 46 and fraction < 0:  # "."
                fraction = 0
            elif 48 <= c <= 57:
                if fraction >= 0:
                    fraction += 1
                    if fraction > places:
                        if c != 48:  # a digit beyond the scale that is not 0
                            bad = True
                        k += 1
                        continue
                value = value * 10 + (c - 48)
                digits += 1
                if digits > 18:
                    bad = True
            else:
                bad = True
            k += 1
        kept = fraction if 0 <= fraction <= places else (places if fraction > places else 0)
        if digits == 0 or digits + places - kept > 18:
            bad = True
        if bad:
            off[i] = True
            out[i] = 0
            continue
        for _ in range(places - kept):
            value *= 10
        out[i] = -value if negative else value


def _match_choices(
    words: Any, table: Any, wanted: Any, slots: Any, out: Any
) -> None:  # pragma: no cover
    """For each row of ``words`` (a text's code points, 0-padded), the
    code of the equal row of ``table`` (0 when none is equal): the row's hash picks a slot
    of ``slots`` (open addressing, -1 empty, filled with :func:`_words_hash`), and the
    words are then compared. Compiled by :func:`_compiled`."""
    width = words.shape[1]
    mask = len(slots) - 1
    for i in range(words.shape[0]):
        h = 0
        for k in range(width):  # independent products: no chain of multiplications
            h += words[i, k] * _HASH_WEIGHTS[k]  # wraps around in 64 bits, as _words_hash
        out[i] = 0
        j = h & mask
        while slots[j] >= 0:
            row = slots[j]
            same = True
            for k in range(width):
                if words[i, k] != table[row, k]:
                    same = False
                    break
            if same:
                out[i] = wanted[row]
                break
            j = (j + 1) & mask


def _words_hash(words: np.ndarray[Any, Any]) -> int:
    """The hash :func:`_match_choices` computes for one row of words."""
    h = 0
    for w, weight in zip(words.tolist(), _HASH_WEIGHTS.tolist(), strict=False):
        h = (h + w * weight) % 2**64
    return h


# A weight per code point position (odd, below 2**31; the texts of a column of choices
# are short, and a longer one is never a choice).
_HASH_WEIGHTS = (np.random.default_rng(31).integers(1, 2**30, 4096) * 2 + 1).astype(np.int64)


_HELPERS: dict[str, Any] = {}


def _compiled(name: str) -> Any:
    """A helper of this module compiled by Numba (once; its machine code is cached)."""
    if name not in _HELPERS:
        import numba

        _HELPERS[name] = numba.njit(cache=True, nogil=True)(globals()["_" + name])
    return _HELPERS[name]


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
                facts[key] = _engine_value(definitions[key], col.cell(i), i)
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
        if isinstance(value, np.ndarray):  # one column per choice
            return frozenset(c for c, given in zip(fact.choice_ids, value, strict=True) if given)
        return frozenset(value)
    if kind in ("int", "money", "date"):
        lo, hi = _declared_bounds(fact)
        position = value.toordinal() if kind == "date" else int(value)
        if not lo <= position <= hi:
            raise ValueError(f"record {record} holds a value outside its fact's bounds")
        return value if kind == "date" else int(value)
    if kind == "decimal" and not isinstance(value, Decimal):
        try:
            return Decimal(value if isinstance(value, str) else int(value))
        except (ArithmeticError, TypeError, ValueError):
            raise ValueError(f"record {record} holds a value that is no number") from None
    if kind == "enum" and value not in fact.choice_ids:
        raise ValueError(f"record {record} holds a value that is no choice of {fact.id}")
    return value


def _record_by_record(scheme: Scheme, cols: Mapping[str, Column], n: int, on: date) -> BulkResult:
    status = np.empty(n, dtype=np.int8)
    criteria = {c.id: np.empty(n, dtype=np.int8) for c in scheme.criteria}
    outputs: dict[str, list[Any]] = {o.id: [] for o in scheme.outputs}
    missing: dict[int, tuple[str, ...]] = {}
    definitions = {key: scheme.fact(key) for key in cols}
    for i in range(n):
        facts: dict[str, Any] = {}
        for key, col in cols.items():
            if col.present is None or col.present[i]:
                facts[key] = _engine_value(definitions[key], col.cell(i), i)
        result = evaluate(scheme, facts, on)
        status[i] = STATUS_NAMES.index(result.status)
        for criterion in result.criteria[1:]:
            criteria[criterion.id][i] = _CODES[criterion.status]
        for key, value in result.outputs.items():
            outputs[key].append(value)
        if result.missing:
            missing[i] = result.missing
    return BulkResult(
        scheme.id,
        on,
        status,
        criteria,
        dict(outputs),
        {k: None for k in outputs},
        {o.id: (o.kind, o.places) for o in scheme.outputs},
        compiled=False,
        missing=missing,
        fact_ids=tuple(f.id for f in scheme.facts),
    )
