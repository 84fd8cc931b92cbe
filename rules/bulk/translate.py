"""Translation: a scheme's expression trees, node by node, into the lines of one loop over
the records (:class:`Gen`), with the bounds of every intermediate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from math import gcd
from typing import Any

from rules import expr as x
from rules.bulk.blame import Blame
from rules.bulk.values import OPEN_HIGH, OPEN_LOW, Enum, NotCompilable, Num, Set, Truth
from rules.parameters import CohortTable, DateBounds
from rules.scheme import Scheme

# Expression nodes with no loop form, each with the reason; a scheme that uses one is
# evaluated record by record. (A test holds every node class to a loop form or a line here.)
NOT_IN_LOOP: dict[str, str] = {}
_MAX = 2**63 - 1
_EPOCH = date(1970, 1, 1).toordinal()  # a date column's day 0, as a day number

# Scales tried for decimal facts in the loop, finest first (the first whose intermediates
# stay within 64 bits); a value with more places goes to the single path.
DECIMAL_SCALES = (10**6, 10**4, 10**2)


@dataclass
class Gen(Blame):
    """The loop's lines for one scheme, reference date and set of columns: :meth:`value`
    translates a node (by the method named after its class), :meth:`truth` and
    :meth:`number` a node of that type, and :meth:`blame` says what keeps it open."""

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
        if not self.gap(v) or isinstance(peer, Num):
            return v
        if isinstance(peer, Truth):
            if v.s in ("0", "2"):
                return Truth("2" if v.s == "0" else "3")
            t = self.var("b")
            self.emit(f"{t} = 2 if {v.s} == 0 else 3")
            return Truth(t)
        if isinstance(peer, Enum):
            return Enum("0", v.s)
        return v

    def gap(self, v: Any) -> bool:
        return _literal_gap(v) or (isinstance(v, Num) and v.n in self.gaps)

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
        if isinstance(v, Num) and v.rlo is not None:
            self.emit(f"if {v.s} == 3:")
            self.emit("    brd = 1")
            if self.follow_bounds and not v.s.isdigit():
                s = self.var("s")
                self.emit(f"{s} = {v.s} * ({v.s} != 4)")  # no branch: the loop stays small
                return Num(v.n, v.d, s, v.lo, v.hi, v.dmax, v.dconst, v.rlo, v.rhi)
            if self.follow_bounds and v.s == "4":
                return Num(v.n, v.d, "0", v.lo, v.hi, v.dmax, v.dconst)
        return v

    # Leaves -------------------------------------------------------------------------------

    def constant(self, value: Any) -> Any:
        if value is None:
            return Num("0", "1", "2", 0, 0, 1, 1)
        if value is x.UNKNOWN:
            return Num("0", "1", "0", 0, 0, 1, 1)
        if isinstance(value, frozenset | set | tuple | list):
            raise NotCompilable("a list constant")
        if value is True or value is False:
            return Truth("1" if value else "0")
        if isinstance(value, DateBounds):
            # A date known only as a range: state 3, with its ends for a comparison.
            lo = (value.earliest or date.min).toordinal()
            hi = (value.latest or date.max).toordinal()
            rlo = str(OPEN_LOW if value.earliest is None else lo)
            rhi = str(OPEN_HIGH if value.latest is None else hi)
            return Num("0", "1", "3", lo, hi, 1, 1, rlo, rhi)
        if isinstance(value, date):
            day = value.toordinal()
            return Num(str(day), "1", "1", day, day, 1, 1)
        if isinstance(value, int | Decimal):
            frac = Fraction(value)
            num, den = frac.numerator, frac.denominator
            return Num(str(num), str(den), "1", num, num, den, den)
        if isinstance(value, str):
            return Enum(str(self.code(value)), "1")
        raise NotCompilable(f"constant {value!r}")

    def _Const(self, node: Any) -> Any:
        return self.constant(node.value)

    def _On(self, node: Any) -> Any:
        return self.constant(self.on)

    def _Param(self, node: Any) -> Any:
        value = self.params.get(node.id, x.UNKNOWN)
        if value is x.UNKNOWN:
            return Num("0", "1", "0", 0, 0, 1, 1)
        return self.constant(value)

    def _Fact(self, node: Any) -> Any:
        fact = self.scheme.fact(node.id)
        kind = fact.kind
        within = self.bounds_of(fact)
        if node.id not in self.present:
            if fact.optional:
                return self.constant(fact.default)
            if within is not None:
                lo, hi = declared_bounds(fact, self.decimal_scale)
                return Num("0", "1", "4", lo, hi, 1, 1, *within)
            if kind == "enum_list":
                return Set("0", "0", fact.choice_ids)
            return (
                Truth("2")
                if kind == "bool"
                else (Enum("0", "0") if kind == "enum" else Num("0", "1", "0", 0, 0, 1, 1))
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
            return Truth(v)
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
                return Enum(v, s)
            return Enum(v, "1")
        if kind == "enum_list":
            v, s = self.var("e"), self.var("s")
            self.emit(f"{v} = {col}[i]")
            if not has_mask:
                return Set(v, "1", fact.choice_ids)
            if fact.optional and fact.default is None:
                self.emit(f"{s} = 1 if {pres}[i] else 2")
            elif fact.optional:
                default = sum(1 << fact.choice_ids.index(c) for c in fact.default)
                self.emit(f"{s} = 1")
                self.emit(f"if not {pres}[i]:")
                self.emit(f"    {v} = {default}")
            else:
                self.emit(f"{s} = 1 if {pres}[i] else 0")
            return Set(v, s, fact.choice_ids)
        if kind not in ("money", "int", "date", "decimal"):
            raise NotCompilable(f"fact kind {kind}")
        lo, hi = declared_bounds(fact, self.decimal_scale)
        den = self.decimal_scale if kind == "decimal" else 1
        n = self.var("n")
        # A date column holds days since 1970 (``datetime64[D]`` as it is): day numbers here.
        self.emit(f"{n} = {col}[i] + {_EPOCH}" if kind == "date" else f"{n} = {col}[i]")
        answered = f"{pres}[i] and " if has_mask else ""
        self.emit(f"if {answered}({n} < {lo} or {n} > {hi}):")
        self.emit("    return i")
        d = str(den)
        if not has_mask:
            return Num(n, d, "1", lo, hi, den, den)
        s = self.var("s")
        if fact.optional and fact.default is None:
            self.emit(f"{s} = 1 if {pres}[i] else 2")
            return Num(n, d, s, lo, hi, den, den)
        if fact.optional:
            filler = self.constant(fact.default)
            if filler.dconst is None or den % filler.dconst:
                raise NotCompilable("a default off the fact's scale")
            scaled = int(filler.n) * (den // filler.dconst)
            self.emit(f"if not {pres}[i]:")
            self.emit(f"    {n} = {scaled}")
            return Num(n, d, "1", min(lo, scaled), max(hi, scaled), den, den)
        if within is not None:
            self.emit(f"{s} = 1 if {pres}[i] else 4")
            return Num(n, d, s, lo, hi, den, den, *within)
        self.emit(f"{s} = 1 if {pres}[i] else 0")
        return Num(n, d, s, lo, hi, den, den)

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

    def number(self, node: x.Expr) -> Num:
        v = self.value(node)
        if not isinstance(v, Num):
            raise NotCompilable("a number was expected")
        return v

    def state(self, *values: Num) -> str:
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
        self, a: Num, b: Num
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

    def _Arith(self, node: Any) -> Num:
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
            return Num(n, d, s, lo, hi, dmax, None)
        else:
            raise NotCompilable(node.symbol)
        if dconst is not None:
            return Num(n, str(dconst), s, lo, hi, dconst, dconst)
        self.emit(f"{d} = {den}")
        return Num(n, d, s, lo, hi, dmax, None)

    def _minmax(self, node: Any, pick: str) -> Num:
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
            result = Num(n, d, s, lo, hi, max(result.dmax, v.dmax), same)
        return result

    def _Min(self, node: Any) -> Num:
        return self._minmax(node, "min")

    def _Max(self, node: Any) -> Num:
        return self._minmax(node, "max")

    def _RoundHalfUp(self, node: Any) -> Num:
        v = self.number(node.x)
        places = -node.exponent.as_tuple().exponent
        scale = 10**places
        n = self.var("n")
        self.emit(f"{n} = {self.half_up(v, scale)}")
        return Num(n, str(scale), v.s, *_rounded_bounds(v, scale), scale, scale)

    def half_up(self, v: Num, scale: int) -> str:
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

    def _AddDays(self, node: Any) -> Num:
        day, amount = self.number(node.day), self.number(node.amount)
        if day.dconst != 1 or amount.dconst != 1:
            raise NotCompilable("fractional days")
        s, n = self.state(day, amount), self.var("n")
        self.emit(f"{n} = {day.n} + {amount.n}")
        return Num(n, "1", s, day.lo + amount.lo, day.hi + amount.hi, 1, 1)

    def _DaysBetween(self, node: Any) -> Num:
        start, end = self.number(node.start), self.number(node.end)
        if start.dconst != 1 or end.dconst != 1:
            raise NotCompilable("fractional days")
        s, n = self.state(start, end), self.var("n")
        self.emit(f"{n} = {end.n} - {start.n}")
        return Num(n, "1", s, end.lo - start.hi, end.hi - start.lo, 1, 1)

    # Truth --------------------------------------------------------------------------------

    def truth(self, node: x.Expr) -> str:
        v = self.alike(self.value(node), Truth("0"))
        if not isinstance(v, Truth):
            raise NotCompilable("a truth value was expected")
        return v.b

    def _Cmp(self, node: Any) -> Truth:
        a, b = self.value(node.a, ranged=True), self.value(node.b, ranged=True)
        a, b = self.alike(a, b), self.alike(b, a)
        op = {"==": "==", "!=": "!="}.get(node.symbol, node.symbol)
        weighed: set[int] = set()
        t = self.var("b")
        if isinstance(a, Truth) and isinstance(b, Truth) and op in ("==", "!="):
            self.emit(f"{t} = 2 if ({a.b} >= 2 or {b.b} >= 2) else (1 if {a.b} {op} {b.b} else 0)")
            return Truth(t)
        if isinstance(a, Enum) and isinstance(b, Enum):
            self.emit(
                f"{t} = 2 if ({a.s} != 1 or {b.s} != 1) else (1 if {a.code} {op} {b.code} else 0)"
            )
            return Truth(t)
        if not (isinstance(a, Num) and isinstance(b, Num)):
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
        return Truth(t)

    def _In(self, node: Any) -> Truth:
        v = self.value(node.x)
        if isinstance(v, Truth):
            wanted = [int(o) for o in node.values if o is True or o is False]
            t = self.var("b")
            options = " or ".join(f"{v.b} == {w}" for w in wanted) or "False"
            self.emit(f"{t} = 2 if {v.b} >= 2 else (1 if ({options}) else 0)")
            return Truth(t)
        if isinstance(v, Num) and v.dconst is not None:
            keys = [k for k in node.values if isinstance(k, int) and not isinstance(k, bool)]
            if len(keys) != len(node.values):
                raise NotCompilable("membership of a number in other than whole numbers")
            t = self.var("b")
            options = " or ".join(f"{v.n} == {k * v.dconst}" for k in sorted(keys)) or "False"
            self.emit(f"{t} = 2 if {v.s} != 1 else (1 if ({options}) else 0)")
            return Truth(t)
        if not isinstance(v, Enum):
            raise NotCompilable("membership of a non-enum")
        options = " or ".join(
            f"{v.code} == {self.code(str(o))}" for o in sorted(map(str, node.values))
        )
        t = self.var("b")
        self.emit(f"{t} = 2 if {v.s} != 1 else (1 if ({options or 'False'}) else 0)")
        return Truth(t)

    def _IsNone(self, node: Any) -> Truth:
        v = self.value(node.x)
        t = self.var("b")
        if isinstance(v, Truth):
            self.emit(f"{t} = 2 if {v.b} == 2 else (1 if {v.b} == 3 else 0)")
            return Truth(t)
        self.emit(f"{t} = 2 if {v.s} == 0 else (1 if {v.s} == 2 else 0)")
        return Truth(t)

    def _All(self, node: Any) -> Truth:
        parts = [self.truth(i) for i in node.items]
        t = self.var("b")
        any_false = " or ".join(f"{p} == 0" for p in parts)
        all_true = " and ".join(f"{p} == 1" for p in parts)
        self.emit(f"{t} = 0 if ({any_false}) else (1 if ({all_true}) else 2)")
        return Truth(t)

    def _AnyOf(self, node: Any) -> Truth:
        parts = [self.truth(i) for i in node.items]
        t = self.var("b")
        any_true = " or ".join(f"{p} == 1" for p in parts)
        all_false = " and ".join(f"{p} == 0" for p in parts)
        self.emit(f"{t} = 1 if ({any_true}) else (0 if ({all_false}) else 2)")
        return Truth(t)

    def _Not(self, node: Any) -> Truth:
        p = self.truth(node.x)
        t = self.var("b")
        self.emit(f"{t} = 2 if {p} >= 2 else 1 - {p}")
        return Truth(t)

    def _If(self, node: Any) -> Any:
        c = self.truth(node.cond)
        a, b = self.value(node.then), self.value(node.otherwise)
        a, b = self.alike(a, b), self.alike(b, a)
        if isinstance(a, Enum) and isinstance(b, Enum):
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
            return Enum(e, s)
        if isinstance(a, Truth) and isinstance(b, Truth):
            t = self.var("b")
            self.emit(
                f"{t} = {a.b} if {c} == 1 else ({b.b} if {c} == 0 else "
                f"({a.b} if {a.b} == {b.b} else 2))"
            )
            return Truth(t)
        if not (isinstance(a, Num) and isinstance(b, Num)):
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
            return Num(n, str(dconst), s, lo, hi, dconst, dconst)
        return Num(n, d, s, lo, hi, dmax, None)

    def _Case(self, node: Any) -> Any:
        v = self.value(node.x)
        if isinstance(v, Num) and v.dconst is not None:
            return self.case_of(v, node, lambda key: f"{v.n} == {int(key) * int(v.d)}")
        if not isinstance(v, Enum):
            raise NotCompilable("a case over a non-enum")
        return self.case_of(v, node, lambda key: f"{v.code} == {self.code(str(key))}")

    def case_of(self, v: Any, node: Any, equals: Any) -> Any:
        for key in node.branches:
            if isinstance(v, Num) and (not isinstance(key, int) or isinstance(key, bool)):
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
        if all(isinstance(b, Truth) for b in values):
            t = self.var("b")
            expr = default.b
            for test, branch in zip(
                reversed(tests), reversed(list(branches.values())), strict=True
            ):
                expr = f"({branch.b} if {test} else {expr})"
            self.emit(f"{t} = 2 if {v.s} == 0 else {expr}")
            return Truth(t)
        if all(isinstance(b, Enum) for b in values):
            e, s = self.var("e"), self.var("s")
            self.emit(f"{e}, {s} = {default.code}, {default.s}")
            for test, branch in zip(tests, branches.values(), strict=True):
                self.emit(f"if {test}:")
                self.emit(f"    {e}, {s} = {branch.code}, {branch.s}")
            self.emit(f"if {v.s} == 0:")
            self.emit(f"    {e}, {s} = 0, 0")
            return Enum(e, s)
        if not all(isinstance(b, Num) for b in values):
            raise NotCompilable("a case over unlike values")
        nums: list[Num] = values
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

            def pick(text: str, b: Num) -> str:
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
                return Num(n, "1", s, lo, hi, 1, 1, rl, rh)
            return Num(n, str(common), s, lo, hi, common, common)
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
        return Num(n, d, s, lo, hi, max(b.dmax for b in nums), None)

    # Calendar -----------------------------------------------------------------------------

    def whole(self, node: x.Expr, ranged: bool = False) -> Num:
        v = self.value(node, ranged)
        if not isinstance(v, Num):
            raise NotCompilable("a number was expected")
        if v.dconst != 1:
            raise NotCompilable("a date moved by a fraction")
        return v

    def _calendar(self, call: str, *values: Num, lo: int, hi: int) -> Num:
        if all(v.s == "1" and v.n.lstrip("-").isdigit() for v in values):
            # Every argument a constant (the reference date, say): computed once, here, by
            # the same compiled function the loop would call.
            from rules.bulk import calendar

            day = int(getattr(calendar, call.removeprefix("cal_"))(*(int(v.n) for v in values)))
            return Num(str(day), "1", "1", day, day, 1, 1)
        s, n = self.state(*values), self.var("n")  # a range: marked by ``value``
        args = ", ".join(v.n for v in values)
        self.emit(f"{n} = {call}({args}) if {s} == 1 else 0")
        return Num(n, "1", s, lo, hi, 1, 1)

    def _shift(self, call: str, day: Num, amount: Num, lo: int, hi: int) -> Num:
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
        return Num(moved.n, "1", moved.s, lo, hi, 1, 1, rlo, rhi)

    def _AddMonths(self, node: Any) -> Num:
        day, months = self.whole(node.day, ranged=True), self.whole(node.amount)
        lo = day.lo + min(28 * months.lo, 31 * months.lo) - 3
        hi = day.hi + max(28 * months.hi, 31 * months.hi) + 3
        _check((lo, hi))
        return self._shift("cal_add_months", day, months, lo, hi)

    def _AddWorkingDays(self, node: Any) -> Num:
        day, count = self.whole(node.day, ranged=True), self.whole(node.amount)
        lo, hi = day.lo + 2 * min(count.lo, 0) - 3, day.hi + 2 * max(count.hi, 0) + 3
        _check((lo, hi))
        return self._shift("cal_add_working_days", day, count, lo, hi)

    def _FirstOfMonth(self, node: Any) -> Num:
        day = self.whole(node.day)
        return self._calendar("cal_first_of_month", day, lo=day.lo - 31, hi=day.hi)

    def _FirstOfYear(self, node: Any) -> Num:
        day = self.whole(node.day)
        return self._calendar("cal_first_of_year", day, lo=day.lo - 366, hi=day.hi)

    def _YearsBetween(self, node: Any) -> Num:
        start, end = self.whole(node.start), self.whole(node.end)
        lo, hi = (end.lo - start.hi) // 365 - 1, (end.hi - start.lo) // 365 + 1
        return self._calendar("cal_years_between", start, end, lo=lo, hi=hi)

    def _Floor(self, node: Any) -> Num:
        v = self.number(node.x)
        if v.dconst == 1:
            return v
        n = self.var("n")
        self.emit(f"{n} = ({v.n}) // ({v.d})")
        return Num(n, "1", v.s, v.lo // max(1, v.dmax) - 1, v.hi + 1, 1, 1)

    def _ReachDate(self, node: Any) -> Num:
        """The cohort table as a chain of tests. A birth outside every cohort gives a date
        known only as a range (state 3), as :meth:`CohortTable.reach_date` does: before
        the table, at the latest the day before ``reached_before``; after it, at the
        earliest the birth plus the table's minimum age."""
        birth = self.whole(node.birth)
        table = self.params.get(node.table.id, x.UNKNOWN)
        n, s = self.var("n"), self.var("s")
        if not isinstance(table, CohortTable):
            self.emit(f"{n}, {s} = 0, {birth.s} if {birth.s} != 1 else 0")
            return Num(n, "1", s, birth.lo, birth.hi, 1, 1)
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
        return Num(n, "1", s, min(birth.lo, before), high, 1, 1, rlo, rhi)

    def _ParamOn(self, node: Any) -> Any:
        """A dated figure on a record's own day: its periods as a chain of tests; a day in
        no period leaves the figure unknown."""
        day = self.whole(node.day, ranged=True)  # a range: unknown, as in rules.expr
        parameter = next((p for p in self.scheme.parameters if p.id == node.id), None)
        if parameter is None:
            raise NotCompilable(f"parameter {node.id}")
        periods = [(p, self.constant(p.value)) for p in parameter.periods]
        if not periods or not all(isinstance(v, Num) for _, v in periods):
            raise NotCompilable("a dated figure that is not a number")
        nums: list[Num] = [v for _, v in periods]
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
        return Num(n, str(common), s, min(0, *values), max(0, *values), common, common)

    # Lists and unknowns -------------------------------------------------------------------

    def _Contains(self, node: Any) -> Truth:
        v = self.value(node.x)
        if not isinstance(v, Set):
            raise NotCompilable("membership in a non-list")
        t = self.var("b")
        if str(node.item) not in v.choices:
            self.emit(f"{t} = 2 if {v.s} != 1 else 0")
        else:
            bit = v.choices.index(str(node.item))
            self.emit(f"{t} = 2 if {v.s} != 1 else (({v.mask} >> {bit}) & 1)")
        return Truth(t)

    def _IsUnknown(self, node: Any) -> Truth:
        """Known where the loop knows the value. The single path asks its first pass, which
        the loop follows exactly, except through another output or criterion: when the
        answers' bounds fix that to one value, it is known there. Where the loop does not
        know such a value, the record is left open (``dfr``)."""
        v = self.value(node.x)
        t = self.var("b")
        state = v.b if isinstance(v, Truth) else v.s
        unknown = "2" if isinstance(v, Truth) else "0"
        self.emit(f"{t} = 0")
        self.emit(f"if {state} == {unknown}:")
        self.emit(f"    {t} = 1")
        if any(isinstance(part, x.Out | x.Crit) for part in node.x.walk()):
            self.emit("    dfr = 1")
        return Truth(t)


_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}


def _literal_gap(v: Any) -> bool:
    """An unknown or none written as a constant (``Num`` by default): it takes the type
    of the values beside it."""
    return isinstance(v, Num) and v.n == "0" and v.s in ("0", "2") and v.dconst == 1


def _scale(v: Num, factor: int) -> tuple[int, int]:
    return v.lo * factor, v.hi * factor


def _product(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    corners = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]]
    return min(corners), max(corners)


def _rounded_bounds(v: Num, scale: int) -> tuple[int, int]:
    return v.lo * scale, v.hi * scale


def _check(*ranges: tuple[int, int]) -> None:
    for lo, hi in ranges:
        if max(abs(lo), abs(hi)) > _MAX:
            raise NotCompilable("an intermediate value could exceed 64 bits")


def declared_bounds(fact: Any, decimal_scale: int = DECIMAL_SCALES[0]) -> tuple[int, int]:
    if fact.kind == "date":
        return fact.minimum.toordinal(), fact.maximum.toordinal()
    scale = {"money": 100, "decimal": decimal_scale}.get(fact.kind, 1)
    lo = -(10**15) if fact.minimum is None else int(fact.minimum * scale)
    hi = 10**15 if fact.maximum is None else int(fact.maximum * scale)
    return lo, hi
