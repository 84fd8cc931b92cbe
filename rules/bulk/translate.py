"""Translation: a scheme's expression trees, node by node, into the lines of one loop over
the records (:class:`Gen`), with the bounds of every intermediate.
"""

from __future__ import annotations

from collections.abc import Callable
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

# Expression nodes with no loop form, by class name, each with the reason; a scheme that
# uses one is evaluated record by record. (A test holds every node class to a loop form in
# ``LOOP_FORMS`` or a line here.)
NOT_IN_LOOP: dict[str, str] = {}
_MAX = 2**63 - 1
_FIRST_DAY, _LAST_DAY = date.min.toordinal(), date.max.toordinal()
_EPOCH = date(1970, 1, 1).toordinal()  # a date column's day 0, as a day number

# Scales tried for decimal facts in the loop, finest first (the first whose intermediates
# stay within 64 bits); a value with more places goes to the single path.
DECIMAL_SCALES = (10**6, 10**4, 10**2)


@dataclass
class Gen(Blame):
    """The loop's lines for one scheme, set of figures and set of columns: :meth:`value`
    translates a node (by its class's entry in ``LOOP_FORMS``), :meth:`truth` and
    :meth:`number` a node of that type, and :meth:`blame` says what keeps it open."""

    scheme: Scheme
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
    followed: set[int] = field(default_factory=set)  # nodes that carry their operands' ends

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
            form = LOOP_FORMS.get(type(node))
            if form is None:
                raise NotCompilable(type(node).__name__)
            self.memo[key] = form(self, node)
        v = self.memo[key]
        if not ranged:
            v = self.unweighed(v)
        return v

    def unweighed(self, v: Any) -> Any:
        """Mark a record whose value ``v`` is a range the node at hand does not weigh; an
        unanswered fact within bounds (state 4) is unknown there, as in the first pass."""
        if isinstance(v, Num) and v.rlo is not None:
            if not v.follow:
                self.emit(f"if {v.s} == 3:")
                self.emit("    brd = 1")
            if v.pt != "0":  # a point is a value there: the single path decides
                self.emit(f"if {v.pt} == 1:")
                self.emit("    dfr = 1")
            if self.follow_bounds and not v.s.isdigit():
                s = self.var("s")
                self.emit(f"{s} = {v.s} * ({v.s} != 4)")  # no branch: the loop stays small
                if v.follow:
                    return Num(v.n, v.d, s, v.lo, v.hi, v.dmax, v.dconst)
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
        """The reference date: an argument of the loop (``on_day``), so one compiled loop
        serves every day on which the scheme's figures are the same."""
        return Num("on_day", "1", "1", _FIRST_DAY, _LAST_DAY, 1, 1)

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
                den = self.decimal_scale if kind == "decimal" else 1
                return self.within(Num("0", str(den), "4", lo, hi, den, den), within)
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
            return self.within(Num(n, d, s, lo, hi, den, den), within)
        self.emit(f"{s} = 1 if {pres}[i] else 0")
        return Num(n, d, s, lo, hi, den, den)

    def bounds_of(self, fact: Any) -> tuple[int | None, int | None] | None:
        """The ends of an unanswered whole number, amount, decimal or date, in the loop's
        units (``None``: open), as the single path's second pass takes them
        (:attr:`rules.scheme.Plan.fact_ranges`); ``None`` outside a loop that follows
        bounds, for another kind, or for a decimal end off the loop's scale."""
        kinds = ("int", "money", "date", "decimal")
        if not self.follow_bounds or fact.optional or fact.kind not in kinds:
            return None
        found = self.scheme.plan.fact_ranges.get(fact.id)
        if type(found) is not x.Range:
            return None
        scale = self.decimal_scale if fact.kind == "decimal" else 1
        ends: list[int | None] = []
        for end in (found.lo, found.hi):
            if end is None:
                ends.append(None)
            elif isinstance(end, date):
                ends.append(end.toordinal())
            elif end * scale != int(end * scale):
                return None
            else:
                ends.append(int(end * scale))
        return ends[0], ends[1]

    def within(self, v: Num, ends: tuple[int | None, int | None]) -> Num:
        """``v`` with the ends an unanswered fact stands for (state 4); exact and followed
        through arithmetic when both are finite and within the fact's declared bounds."""
        lo, hi = ends
        v.rlo = str(OPEN_LOW if lo is None else lo)
        v.rhi = str(OPEN_HIGH if hi is None else hi)
        v.rld = v.rhd = v.d
        v.follow = lo is not None and hi is not None and v.lo <= lo <= hi <= v.hi
        return v

    def _Out(self, node: Any) -> Any:
        """An output's value; one the known answers fix to a single value (a range of one
        point) is known, as :meth:`rules.context.Ctx.output` gives it."""
        v = self.value(self.scheme.output(node.id).expr, ranged=True)
        if not isinstance(v, Num) or v.pt == "0":
            return v
        n, d, s = self.var("n"), self.var("d"), self.var("s")
        low_d = v.d if v.dconst is not None else v.rld
        self.emit(
            f"{n}, {d}, {s} = ({v.rlo}, {low_d}, 1) if {v.pt} == 1 else ({v.n}, {v.d}, {v.s})"
        )
        return Num(n, d, s, v.lo, v.hi, v.dmax, v.dconst, v.rlo, v.rhi, v.rld, v.rhd, True)

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
        a, b = self.value(node.a, ranged=True), self.value(node.b, ranged=True)
        if not (isinstance(a, Num) and isinstance(b, Num)):
            raise NotCompilable("a number was expected")
        if self.follows_arith(node.symbol, a, b):
            self.followed.add(id(node))
            return self.ranged_arith(node, a, b)
        return self.arith(node, self.unweighed(a), self.unweighed(b))

    def follows_arith(self, symbol: str, a: Num, b: Num) -> bool:
        """Whether ``a symbol b`` carries the ends of an operand known only within bounds,
        as :func:`rules.expr._bounded_arith` does: every ranged operand's ends exact and
        finite."""
        ranged = [v for v in (a, b) if v.rlo is not None]
        if not ranged or not all(v.follow for v in ranged):
            return False
        return symbol in "+-*/"

    def ranged_arith(self, node: Any, a: Num, b: Num) -> Num:
        """The exact result where both operands are known, and in state 4 the interval
        :func:`rules.expr._bounded_arith` gives (state 0 where it gives none)."""
        v = self.arith(node, a, b)
        common, symbol = v.dconst, node.symbol

        def build(
            ends: list[tuple[str, str, str, str]], body: list[str], out: tuple[str, ...]
        ) -> None:
            (al, ald, ah, ahd), (bl, bld, bh, bhd) = ends
            lo, ld, hi, hd, s = out
            if symbol in "+-" and common is not None:
                fa, fb = common // (a.dconst or 1), common // (b.dconst or 1)
                first, second = (bl, bh) if symbol == "+" else (bh, bl)
                body.append(f"{lo} = {_times(al, fa)} {symbol} {_times(first, fb)}")
                body.append(f"{hi} = {_times(ah, fa)} {symbol} {_times(second, fb)}")
            elif symbol in "+-":
                first, first_d = (bl, bld) if symbol == "+" else (bh, bhd)
                second, second_d = (bh, bhd) if symbol == "+" else (bl, bld)
                body.append(f"{lo} = ({al}) * ({first_d}) {symbol} ({first}) * ({ald})")
                body.append(f"{ld} = ({ald}) * ({first_d})")
                body.append(f"{hi} = ({ah}) * ({second_d}) {symbol} ({second}) * ({ahd})")
                body.append(f"{hd} = ({ahd}) * ({second_d})")
            elif symbol == "*" and common is not None:
                corners = [f"({p}) * ({q})" for p in (al, ah) for q in (bl, bh)]
                body.append(f"{lo} = min({', '.join(corners)})")
                body.append(f"{hi} = max({', '.join(corners)})")
            elif symbol == "*":  # each corner over its own denominator
                products = [
                    (f"({p}) * ({q})", f"({pd}) * ({qd})")
                    for p, pd in ((al, ald), (ah, ahd))
                    for q, qd in ((bl, bld), (bh, bhd))
                ]
                _fold(body, lo, ld, products, "< 0")
                _fold(body, hi, hd, products, "> 0")
            else:  # "/": only a non-negative quotient by a positive divisor is bounded
                body.append(f"if {al} < 0 or {bl} <= 0:")
                body.append(f"    {s} = 0")
                body.append("else:")
                body.append(f"    {lo}, {ld} = ({al}) * ({bhd}), ({ald}) * ({bh})")
                body.append(f"    {hi}, {hd} = ({ah}) * ({bld}), ({ahd}) * ({bl})")

        return self.carry(node, [a, b], v, build)

    def carry(self, node: Any, values: list[Num], v: Num, build: Any) -> Num:
        """``v``, the node's exact value over ``values``, with the ends the single path's
        second pass gives it where an operand is known only within bounds: state 4 when
        every operand has a value or a range, ends made by ``build`` from the operands'
        ends (it may leave the state 0, where the single path finds no bound). A range of
        one point is a value in the single path: such a record goes there (``dfr``)."""
        self.followed.add(id(node))
        s = self.var("s")
        usable = " and ".join(f"({a.s} == 1 or {a.s} == 4)" for a in values)
        self.emit(f"{s} = {v.s} if {v.s} != 4 else (4 if {usable} else 0)")
        lo, ld, hi, hd = self.var("l"), self.var("ld"), self.var("h"), self.var("hd")
        common = v.dconst
        start = "1" if common is None else str(common)
        self.emit(f"{lo}, {ld}, {hi}, {hd} = 0, {start}, 0, {start}")
        body: list[str] = []
        ends = [self.ends(a, body) for a in values]
        build(ends, body, (lo, ld, hi, hd, s))
        self.emit(f"if {s} == 4:")
        for line in body:
            self.emit("    " + line)
        pt = self.point(s, lo, ld, hi, hd, common)
        if common is not None:
            return Num(v.n, v.d, s, v.lo, v.hi, v.dmax, common, lo, hi, follow=True, pt=pt)
        return Num(v.n, v.d, s, v.lo, v.hi, v.dmax, None, lo, hi, ld, hd, follow=True, pt=pt)

    def point(self, s: str, lo: str, ld: str, hi: str, hd: str, common: int | None) -> str:
        """A flag: the value is in state 4 and its ends meet."""
        pt = self.var("pt")
        meet = self.order(lo, ld, common, hi, hd, common)
        self.emit(f"{pt} = 0")
        self.emit(f"if {s} == 4 and {meet[0]} == {meet[1]}:")
        self.emit(f"    {pt} = 1")
        return pt

    def carried(self, nodes: list[x.Expr]) -> list[Num] | None:
        """The nodes' values with their ends, when at least one is known only within bounds
        and every such one exactly (``None`` otherwise)."""
        if not self.follow_bounds:
            return None
        values = [self.value(n, ranged=True) for n in nodes]
        if not all(isinstance(v, Num) for v in values):
            return None
        ranged = [v for v in values if v.rlo is not None]
        if not ranged or not all(v.follow for v in ranged):
            return None
        return values

    def ends(self, v: Num, body: list[str]) -> tuple[str, str, str, str]:
        """Texts of ``v``'s low end, its denominator, its high end and its denominator,
        valid in states 1 and 4 (lines for ``body``)."""
        if v.rlo is None or v.rhi is None or v.s == "1":
            return v.n, v.d, v.n, v.d
        if v.dconst is not None:
            low, high = v.rlo, v.rhi
            if v.s != "4":
                low, high = self.var("l"), self.var("h")
                body.append(f"{low}, {high} = ({v.rlo}, {v.rhi}) if {v.s} == 4 else ({v.n}, {v.n})")
            return low, v.d, high, v.d
        if v.s == "4":
            return v.rlo, v.rld, v.rhi, v.rhd
        low, low_d, high, high_d = self.var("l"), self.var("ld"), self.var("h"), self.var("hd")
        body.append(f"if {v.s} == 4:")
        body.append(f"    {low}, {low_d}, {high}, {high_d} = {v.rlo}, {v.rld}, {v.rhi}, {v.rhd}")
        body.append("else:")
        body.append(f"    {low}, {low_d}, {high}, {high_d} = {v.n}, {v.d}, {v.n}, {v.d}")
        return low, low_d, high, high_d

    @staticmethod
    def end(v: Num, which: str) -> tuple[str, str, int | None]:
        """One end of a ranged value: its text, its denominator's, the constant one."""
        text = v.rlo if which == "lo" else v.rhi
        assert text is not None
        if v.dconst is not None:
            return text, v.d, v.dconst
        return text, v.rld if which == "lo" else v.rhd, None

    @staticmethod
    def order(
        p: str, pd: str, pc: int | None, q: str, qd: str, qc: int | None, bound: int | None = None
    ) -> tuple[str, str]:
        """Texts ``left, right`` that compare as the fractions ``p/pd`` and ``q/qd`` do (over
        positive denominators, the constant ones ``pc``, ``qc`` where known): the numerators
        over one constant denominator, scaled to one where both numerators are known to
        stay within ``bound`` and the products within 64 bits, else the sign of their
        difference against 0 (a compiled call: each one makes the loop slower to compile)."""
        if pc is not None and pc == qc:
            return p, q
        if pc is not None and qc is not None and bound is not None:
            common = pc * qc // gcd(pc, qc)
            if bound * common <= _MAX:
                return _times(p, common // pc), _times(q, common // qc)
        return f"frac_compare({p}, {pd}, {q}, {qd})", "0"

    def arith(self, node: Any, a: Num, b: Num) -> Num:
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
        elif node.symbol == "/" and (fixed := _fixed_divisor(a, b)) is not None:
            # By a known number other than 0 (a figure, such as 12 months): the quotient
            # keeps a known denominator, so what follows divides by a constant.
            factor, below = fixed
            lo, hi = sorted((a.lo * factor, a.hi * factor))
            _check((lo, hi), (below, below))
            self.emit(f"{n} = ({a.n}) * ({factor})")
            return Num(n, str(below), s, lo, hi, below, below)
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
        carried = self.carried(list(node.items))
        if carried is not None and not all(v.dconst is not None for v in carried):
            v = self.extreme(carried, pick)

            def fold(ends: list[tuple[str, ...]], body: list[str], out: tuple[str, ...]) -> None:
                # Each end over its own denominator: the lowest lows and highs (or highest).
                lo, ld, hi, hd, _ = out
                wins = "< 0" if pick == "min" else "> 0"
                _fold(body, lo, ld, [(e[0], e[1]) for e in ends], wins)
                _fold(body, hi, hd, [(e[2], e[3]) for e in ends], wins)

            return self.carry(node, carried, v, fold)
        if carried is not None:
            v = self.extreme(carried, pick)
            common = 1
            for c in carried:
                assert c.dconst is not None
                common = common * c.dconst // gcd(common, c.dconst)

            def build(ends: list[tuple[str, ...]], body: list[str], out: tuple[str, ...]) -> None:
                lo, ld, hi, hd, _ = out
                factors = [common // (c.dconst or 1) for c in carried]
                lows = [_times(e[0], f) for e, f in zip(ends, factors, strict=True)]
                highs = [_times(e[2], f) for e, f in zip(ends, factors, strict=True)]
                body.append(f"{lo} = {pick}({', '.join(lows)})")
                body.append(f"{hi} = {pick}({', '.join(highs)})")
                if v.dconst is None:
                    body.append(f"{ld}, {hd} = {common}, {common}")

            return self.carry(node, carried, v, build)
        return self.extreme([self.number(i) for i in node.items], pick)

    def extreme(self, values: list[Num], pick: str) -> Num:
        result = values[0]
        for v in values[1:]:
            s = self.state(result, v)
            an, bn, _den, common, ra, rb, _dmax = self.align(result, v)
            _check(ra, rb)
            n = self.var("n")
            op = "<=" if pick == "min" else ">="
            self.emit(f"if {an} {op} {bn}:")
            if common is not None:
                # Two known denominators: both numerators over their least common multiple,
                # which the result keeps (what follows divides by a constant).
                self.emit(f"    {n} = {an}")
                self.emit("else:")
                self.emit(f"    {n} = {bn}")
                lo = min(ra[0], rb[0]) if pick == "min" else max(ra[0], rb[0])
                hi = min(ra[1], rb[1]) if pick == "min" else max(ra[1], rb[1])
                result = Num(n, str(common), s, lo, hi, common, common)
                continue
            d = self.var("d")
            self.emit(f"    {n}, {d} = {result.n}, {result.d}")
            self.emit("else:")
            self.emit(f"    {n}, {d} = {v.n}, {v.d}")
            # Numerators over different denominators: either may be picked, so its bounds
            # are those of both (the larger fraction may have the smaller numerator).
            lo, hi = min(result.lo, v.lo), max(result.hi, v.hi)
            result = Num(n, d, s, lo, hi, max(result.dmax, v.dmax), None)
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
        carried = self.carried([node.day, node.amount])
        day, amount = carried or (self.number(node.day), self.number(node.amount))
        if day.dconst != 1 or amount.dconst != 1:
            raise NotCompilable("fractional days")
        s, n = self.state(day, amount), self.var("n")
        self.emit(f"{n} = {day.n} + {amount.n}")
        v = Num(n, "1", s, day.lo + amount.lo, day.hi + amount.hi, 1, 1)
        if carried is None:
            return v

        def build(ends: list[tuple[str, ...]], body: list[str], out: tuple[str, ...]) -> None:
            (dl, _, dh, _), (al, _, ah, _) = ends
            body.append(f"{out[0]}, {out[2]} = {dl} + {al}, {dh} + {ah}")

        return self.carry(node, [day, amount], v, build)

    def _DaysBetween(self, node: Any) -> Num:
        carried = self.carried([node.start, node.end])
        start, end = carried or (self.number(node.start), self.number(node.end))
        if start.dconst != 1 or end.dconst != 1:
            raise NotCompilable("fractional days")
        s, n = self.state(start, end), self.var("n")
        self.emit(f"{n} = {end.n} - {start.n}")
        v = Num(n, "1", s, end.lo - start.hi, end.hi - start.lo, 1, 1)
        if carried is None:
            return v

        def build(ends: list[tuple[str, ...]], body: list[str], out: tuple[str, ...]) -> None:
            (sl, _, sh, _), (el, _, eh, _) = ends
            body.append(f"{out[0]}, {out[2]} = {el} - {sh}, {eh} - {sl}")

        return self.carry(node, [start, end], v, build)

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
            unknown = _any([f"{a.b} >= 2", f"{b.b} >= 2"])
            self.emit(f"{t} = 2 if {unknown} else (1 if {a.b} {op} {b.b} else 0)")
            return Truth(t)
        if isinstance(a, Enum) and isinstance(b, Enum):
            unknown = _any([f"{a.s} != 1", f"{b.s} != 1"])
            self.emit(f"{t} = 2 if {unknown} else (1 if {a.code} {op} {b.code} else 0)")
            return Truth(t)
        if not (isinstance(a, Num) and isinstance(b, Num)):
            raise NotCompilable("comparison of unlike values")
        an, bn, _, _, ra, rb, _ = self.align(a, b)
        _check(ra, rb)
        unknown = _any([f"{a.s} != 1", f"{b.s} != 1"])
        self.emit(f"{t} = 2 if {unknown} else (1 if {an} {op} {bn} else 0)")
        # A value known only as a range (a date, or an unanswered number within its bounds,
        # also after arithmetic): decided where every value in it gives the same answer,
        # as rules.expr._decide decides.
        for known, ranged, symbol in ((a, b, op), (b, a, _FLIP.get(op, op))):
            if ranged.rlo is None or ranged.rhi is None:
                continue
            weighed.add(id(ranged))
            low_d, high_d = (ranged.d, ranged.d) if ranged.dconst else (ranged.rld, ranged.rhd)
            bound = max(abs(known.lo), abs(known.hi), abs(ranged.lo), abs(ranged.hi))
            if not ranged.follow:  # a date's open end: a number far beyond every date
                bound = max(bound, -OPEN_LOW, OPEN_HIGH)
            low = self.order(
                known.n, known.d, known.dconst, ranged.rlo, low_d, ranged.dconst, bound
            )
            high = self.order(
                known.n, known.d, known.dconst, ranged.rhi, high_d, ranged.dconst, bound
            )
            self.emit(f"if {known.s} == 1 and {ranged.s} >= 3:")
            if symbol in ("==", "!="):  # decided only when the value lies outside the range
                outside = f"{low[0]} < {low[1]} or {high[0]} > {high[1]}"
                self.emit(f"    {t} = {int(symbol == '!=')} if ({outside}) else 2")
            else:
                low_text, high_text = (
                    f"({low[0]} {symbol} {low[1]})",
                    f"({high[0]} {symbol} {high[1]})",
                )
                self.emit(f"    {t} = (1 if {low_text} else 0) if {low_text} == {high_text} else 2")
        if id(a) in weighed and id(b) in weighed:  # two ranges, as rules.expr._decide
            x_, y_ = (a, b) if op in ("<", "<=", "==", "!=") else (b, a)
            bound = max(abs(a.lo), abs(a.hi), abs(b.lo), abs(b.hi), -OPEN_LOW, OPEN_HIGH)
            xh = self.order(*self.end(x_, "hi"), *self.end(y_, "lo"), bound)
            xl = self.order(*self.end(x_, "lo"), *self.end(y_, "hi"), bound)
            self.emit(f"if {a.s} >= 3 and {b.s} >= 3:")
            if op in ("==", "!="):
                outside = f"{xh[0]} < {xh[1]} or {xl[0]} > {xl[1]}"
                self.emit(f"    {t} = {int(op == '!=')} if ({outside}) else 2")
            else:
                strict = op in ("<", ">")
                yes = f"{xh[0]} {'<' if strict else '<='} {xh[1]}"
                no = f"{xl[0]} {'>=' if strict else '>'} {xl[1]}"
                self.emit(f"    {t} = 1 if {yes} else (0 if {no} else 2)")
        if all(id(v) in weighed or v.rlo is None for v in (a, b)):
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
            options = _any([f"{v.b} == {w}" for w in wanted])
            self.emit(f"{t} = 2 if {v.b} >= 2 else (1 if {options} else 0)")
            return Truth(t)
        if isinstance(v, Num) and v.dconst is not None:
            keys = [k for k in node.values if isinstance(k, int) and not isinstance(k, bool)]
            if len(keys) != len(node.values):
                raise NotCompilable("membership of a number in other than whole numbers")
            t = self.var("b")
            options = _any([f"{v.n} == {k * v.dconst}" for k in sorted(keys)])
            self.emit(f"{t} = 2 if {v.s} != 1 else (1 if {options} else 0)")
            return Truth(t)
        if not isinstance(v, Enum):
            raise NotCompilable("membership of a non-enum")
        options = _one_of(v.code, [self.code(str(o)) for o in sorted(map(str, node.values))])
        t = self.var("b")
        self.emit(f"{t} = 2 if {v.s} != 1 else (1 if {options} else 0)")
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
        any_false = _any([f"{p} == 0" for p in parts])
        all_true = _all([f"{p} == 1" for p in parts])
        self.emit(f"{t} = 0 if {any_false} else (1 if {all_true} else 2)")
        return Truth(t)

    def _AnyOf(self, node: Any) -> Truth:
        parts = [self.truth(i) for i in node.items]
        t = self.var("b")
        any_true = _any([f"{p} == 1" for p in parts])
        all_false = _all([f"{p} == 0" for p in parts])
        self.emit(f"{t} = 1 if {any_true} else (0 if {all_false} else 2)")
        return Truth(t)

    def _Not(self, node: Any) -> Truth:
        p = self.truth(node.x)
        t = self.var("b")
        self.emit(f"{t} = 2 if {p} >= 2 else 1 - {p}")
        return Truth(t)

    def _If(self, node: Any) -> Any:
        c = self.truth(node.cond)
        a, b = self.value(node.then, ranged=True), self.value(node.otherwise, ranged=True)
        a, b = self.alike(a, b), self.alike(b, a)
        if self.follow_bounds and all(
            isinstance(v, Num) and (v.rlo is None or v.follow) for v in (a, b)
        ):
            self.followed.add(id(node))
            return self.ranged_choice(c, a, b)
        a, b = self.unweighed(a), self.unweighed(b)
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

    def ranged_choice(self, c: str, a: Num, b: Num) -> Num:
        """A conditional over numbers that carries ranges: the branch the condition picks,
        with its ends; with the condition undecided, the interval holding both branches
        (state 4), as :func:`rules.expr._hull` spans them, unless both are the same value."""
        an, bn, den, dconst, ra, rb, dmax = self.align(a, b)
        _check(ra, rb)
        n, d, s = self.var("n"), self.var("d"), self.var("s")
        lo, ld, hi, hd = self.var("l"), self.var("ld"), self.var("h"), self.var("hd")
        if dconst is not None:
            fa, fb = dconst // (a.dconst or 1), dconst // (b.dconst or 1)
            branch_a, branch_b, agree = (an, den, a.s), (bn, den, b.s), f"{an} == {bn}"
            bounds = min(ra[0], rb[0], 0), max(ra[1], rb[1], 0)
        else:
            fa = fb = 1
            branch_a, branch_b, agree = (a.n, a.d, a.s), (b.n, b.d, b.s), f"{an} == {bn}"
            bounds = min(a.lo, b.lo, 0), max(a.hi, b.hi, 0)
            dmax = max(a.dmax, b.dmax)

        def picked(v: Num, branch: tuple[str, str, str], factor: int) -> list[str]:
            lines = [f"{n}, {d}, {s} = {branch[0]}, {branch[1]}, {branch[2]}"]
            if v.rlo is not None and v.rhi is not None and v.s != "1":
                low_d, high_d = self.end(v, "lo")[1], self.end(v, "hi")[1]
                if dconst is not None:
                    low_d = high_d = str(dconst)
                low, high = _times(v.rlo, factor), _times(v.rhi, factor)
                lines.append(f"{lo}, {ld}, {hi}, {hd} = {low}, {low_d}, {high}, {high_d}")
            return lines

        self.emit(f"{lo}, {ld}, {hi}, {hd} = 0, 1, 0, 1")
        self.emit(f"if {c} == 1:")
        for line in picked(a, branch_a, fa):
            self.emit("    " + line)
        self.emit(f"elif {c} == 0:")
        for line in picked(b, branch_b, fb):
            self.emit("    " + line)
        self.emit(f"elif {a.s} == 1 and {b.s} == 1 and {agree}:")
        self.emit(f"    {n}, {d}, {s} = {branch_a[0]}, {branch_a[1]}, 1")
        self.emit(f"elif {a.s} == 2 and {b.s} == 2:")
        self.emit(f"    {n}, {d}, {s} = 0, 1, 2")
        self.emit(f"elif ({a.s} == 1 or {a.s} == 4) and ({b.s} == 1 or {b.s} == 4):")
        body: list[str] = [f"{n}, {d}, {s} = 0, 1, 4"]
        al, ald, ah, ahd = self.ends(a, body)
        bl, bld, bh, bhd = self.ends(b, body)
        if dconst is not None:
            al, ah, bl, bh = _times(al, fa), _times(ah, fa), _times(bl, fb), _times(bh, fb)
            ald = ahd = bld = bhd = str(dconst)
        low = self.order(al, ald, dconst, bl, bld, dconst)
        high = self.order(ah, ahd, dconst, bh, bhd, dconst)
        body.append(f"if {low[0]} <= {low[1]}:")
        body.append(f"    {lo}, {ld} = {al}, {ald}")
        body.append("else:")
        body.append(f"    {lo}, {ld} = {bl}, {bld}")
        body.append(f"if {high[0]} >= {high[1]}:")
        body.append(f"    {hi}, {hd} = {ah}, {ahd}")
        body.append("else:")
        body.append(f"    {hi}, {hd} = {bh}, {bhd}")
        for line in body:
            self.emit("    " + line)
        self.emit("else:")
        self.emit(f"    {n}, {d}, {s} = 0, 1, 0")
        self.emit(f"if {s} == 3:")
        self.emit("    brd = 1")
        pt = self.point(s, lo, ld, hi, hd, dconst)
        if dconst is not None:
            return Num(n, str(dconst), s, *bounds, dconst, dconst, lo, hi, follow=True, pt=pt)
        return Num(n, d, s, *bounds, dmax, None, lo, hi, ld, hd, follow=True, pt=pt)

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
        tests = [_all([f"{v.s} == 1", equals(k)]) for k in branches]
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
                # Every branch's ends exact: the case carries them as the single path does
                # (the branch its subject picks).
                follow = self.follow_bounds and all(b.rlo is None or b.follow for b in nums)
                if not follow:
                    return Num(n, "1", s, lo, hi, 1, 1, rl, rh)
                self.followed.add(id(node))
                pt = self.point(s, rl, "1", rh, "1", 1)
                return Num(n, "1", s, lo, hi, 1, 1, rl, rh, follow=True, pt=pt)
            return Num(n, str(common), s, lo, hi, common, common)
        lo, hi = min(0, *(b.lo for b in nums)), max(0, *(b.hi for b in nums))
        dmax = max(b.dmax for b in nums)
        if self.follow_bounds and all(b.rlo is None or b.follow for b in nums):
            # Each branch's ends over their own denominators: the case carries the ends of
            # the branch its subject picks, as the single path does.
            ends = [self.var(p) for p in ("l", "ld", "h", "hd")]
            names = ", ".join([n, d, s, *ends])

            def chosen(b: Num) -> str:
                if b.rlo is None or b.rhi is None:
                    return f"{b.n}, {b.d}, {b.s}, {b.n}, {b.d}, {b.n}, {b.d}"
                low_d, high_d = self.end(b, "lo")[1], self.end(b, "hi")[1]
                return f"{b.n}, {b.d}, {b.s}, {b.rlo}, {low_d}, {b.rhi}, {high_d}"

            self.emit(f"{names} = {chosen(default)}")
            for test, branch in zip(tests, nums, strict=False):  # not the default
                self.emit(f"if {test}:")
                self.emit(f"    {names} = {chosen(branch)}")
            self.emit(f"if {v.s} == 0:")
            self.emit(f"    {n}, {d}, {s} = 0, 1, 0")
            self.emit(f"if {s} == 3:")
            self.emit("    brd = 1")
            if all(self.gap(b) for b in nums):
                self.gaps.add(n)
            self.followed.add(id(node))
            pt = self.point(s, ends[0], ends[1], ends[2], ends[3], None)
            return Num(n, d, s, lo, hi, dmax, None, ends[0], ends[2], ends[1], ends[3], True, pt)
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
        if all(self.gap(b) for b in nums):
            self.gaps.add(n)
        return Num(n, d, s, lo, hi, dmax, None)

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

    def _shift(self, node: Any, call: str, day: Num, amount: Num, lo: int, hi: int) -> Num:
        """A date moved by a whole amount; a date known only as a range moves both ends
        (an open end stays open), as :class:`rules.expr._DateOp` does."""
        ranged = [v for v in (day, amount) if v.rlo is not None]
        if not (self.follow_bounds and ranged and all(v.follow for v in ranged)):
            amount = self.unweighed(amount)
        moved = self._calendar(call, day, amount, lo=lo, hi=hi)
        if self.follow_bounds and ranged and all(v.follow for v in ranged):
            # Later days and larger amounts both give later dates: the ends map to ends.
            def build(ends: list[tuple[str, ...]], body: list[str], out: tuple[str, ...]) -> None:
                (dl, _, dh, _), (al, _, ah, _) = ends
                body.append(f"{out[0]}, {out[2]} = {call}({dl}, {al}), {call}({dh}, {ah})")

            return self.carry(node, [day, amount], moved, build)
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
        day, months = self.whole(node.day, ranged=True), self.whole(node.amount, ranged=True)
        lo = day.lo + min(28 * months.lo, 31 * months.lo) - 3
        hi = day.hi + max(28 * months.hi, 31 * months.hi) + 3
        _check((lo, hi))
        return self._shift(node, "cal_add_months", day, months, lo, hi)

    def _AddWorkingDays(self, node: Any) -> Num:
        day, count = self.whole(node.day, ranged=True), self.whole(node.amount, ranged=True)
        lo, hi = day.lo + 2 * min(count.lo, 0) - 3, day.hi + 2 * max(count.hi, 0) + 3
        _check((lo, hi))
        return self._shift(node, "cal_add_working_days", day, count, lo, hi)

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
        carried = self.carried([node.x])
        v = carried[0] if carried else self.number(node.x)
        if v.dconst == 1:
            if carried:
                self.followed.add(id(node))
            return v
        n = self.var("n")
        self.emit(f"{n} = ({v.n}) // ({v.d})")
        floored = Num(n, "1", v.s, v.lo // max(1, v.dmax) - 1, v.hi + 1, 1, 1)
        if carried is None:
            return floored

        def build(ends: list[tuple[str, ...]], body: list[str], out: tuple[str, ...]) -> None:
            ((low, low_d, high, high_d),) = ends
            body.append(f"{out[0]}, {out[2]} = ({low}) // ({low_d}), ({high}) // ({high_d})")

        return self.carry(node, [v], floored, build)

    def _ReachDate(self, node: Any) -> Num:
        """The cohort table as a chain of tests. A birth outside every cohort gives a date
        known only as a range (state 3), as :meth:`CohortTable.reach_date` does: before
        the table, at the latest the day before ``reached_before``; after it, at the
        earliest the birth plus the table's minimum age."""
        birth = self.whole(node.birth, ranged=True)
        table = self.params.get(node.table.id, x.UNKNOWN)
        carried = self.reach_ends(birth, table)
        if carried is None:
            birth = self.unweighed(birth)
        n, s = self.var("n"), self.var("s")
        if not isinstance(table, CohortTable):
            self.emit(f"{n}, {s} = 0, {birth.s} if {birth.s} != 1 else 0")
            return Num(n, "1", s, birth.lo, birth.hi, 1, 1)
        rlo, rhi, age = self.var("rl"), self.var("rh"), self.var("mo")
        self.emit(f"{n}, {s}, {rlo}, {rhi} = 0, {birth.s}, 0, 0")
        self.emit(f"if {birth.s} == 1:")
        first = table.cohorts[0].born_from.toordinal()
        before = table.reached_before.toordinal() - 1
        minimum = table.later_minimum_years * 12 + table.later_minimum_months
        # The cohort's age in months first, then one date: one calendar step per record,
        # and no branch (births fall in and out of the cohorts at random).
        self.emit(f"    {age} = -1")
        most = minimum
        for cohort in table.cohorts:
            months = cohort.years * 12 + cohort.months
            most = max(most, months)
            lo, hi = cohort.born_from.toordinal(), cohort.born_to.toordinal()
            inside = _all([f"{lo} <= {birth.n}", f"{birth.n} <= {hi}"])
            self.emit(f"    {age} = {months} if {inside} else {age}")
        day = self.var("n")
        self.emit(f"    {day} = cal_add_months({birth.n}, {age} if {age} >= 0 else {minimum})")
        # In a cohort: that date. Before the table: at the latest the day before
        # ``reached_before``. After it: at the earliest that date at the minimum age.
        self.emit(f"    {n} = {day} if {age} >= 0 else 0")
        self.emit(f"    {s} = 1 if {age} >= 0 else 3")
        self.emit(
            f"    {rlo} = 0 if {age} >= 0 else ({OPEN_LOW} if {birth.n} < {first} else {day})"
        )
        self.emit(
            f"    {rhi} = 0 if {age} >= 0 else ({before} if {birth.n} < {first} else {OPEN_HIGH})"
        )
        high = max(birth.hi + 31 * (most + 1), before)
        if carried is not None:  # an unanswered birth within its bounds (state 4)
            self.followed.add(id(node))
            self.emit(f"if {birth.s} == 4:")
            self.emit(f"    {rlo}, {rhi} = {carried[0]}, {carried[1]}")
        return Num(n, "1", s, min(birth.lo, before), high, 1, 1, rlo, rhi)

    def reach_ends(self, birth: Num, table: Any) -> tuple[int, int] | None:
        """For a birth known only within fixed bounds, the ends of the date it reaches the
        age, as the single path's second pass gives them: the earliest of the earliest
        birth's date, the latest of the latest one's (an open end where the table leaves
        it open); ``None`` where the loop does not carry them."""
        if not (self.follow_bounds and isinstance(table, CohortTable) and birth.follow):
            return None
        texts = (birth.rlo or "", birth.rhi or "")
        if not all(t.lstrip("-").isdigit() for t in texts):
            return None
        ends = []
        for text, earliest in zip(texts, (True, False), strict=True):
            found = table.reach_date(date.fromordinal(int(text)))
            if isinstance(found, DateBounds):
                end = found.earliest if earliest else found.latest
                ends.append(
                    (OPEN_LOW if earliest else OPEN_HIGH) if end is None else end.toordinal()
                )
            else:
                ends.append(found.toordinal())
        return (ends[0], ends[1]) if ends[0] != ends[1] else None

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


# Each expression node's loop form, by its class (the class itself, not a subclass).
LOOP_FORMS: dict[type[x.Expr], Callable[[Gen, Any], Any]] = {
    x.Const: Gen._Const,
    x.On: Gen._On,
    x.Param: Gen._Param,
    x.Fact: Gen._Fact,
    x.Out: Gen._Out,
    x.Crit: Gen._Crit,
    x.Arith: Gen._Arith,
    x.Min: Gen._Min,
    x.Max: Gen._Max,
    x.RoundHalfUp: Gen._RoundHalfUp,
    x.AddDays: Gen._AddDays,
    x.DaysBetween: Gen._DaysBetween,
    x.Cmp: Gen._Cmp,
    x.In: Gen._In,
    x.IsNone: Gen._IsNone,
    x.All: Gen._All,
    x.AnyOf: Gen._AnyOf,
    x.Not: Gen._Not,
    x.If: Gen._If,
    x.Case: Gen._Case,
    x.AddMonths: Gen._AddMonths,
    x.AddWorkingDays: Gen._AddWorkingDays,
    x.FirstOfMonth: Gen._FirstOfMonth,
    x.FirstOfYear: Gen._FirstOfYear,
    x.YearsBetween: Gen._YearsBetween,
    x.Floor: Gen._Floor,
    x.ReachDate: Gen._ReachDate,
    x.ParamOn: Gen._ParamOn,
    x.Contains: Gen._Contains,
    x.IsUnknown: Gen._IsUnknown,
}


# Tests joined without short-circuit: each is a comparison of whole numbers, cheap and safe
# to evaluate, and a branch per test would be mispredicted wherever the records differ (on
# random records, about half the time of the slowest loops went to records differing).
def _any(tests: list[str]) -> str:
    """The tests joined by "or", as one expression that takes no branch."""
    return _joined(tests, " | ", "False")


def _all(tests: list[str]) -> str:
    """The tests joined by "and", as one expression that takes no branch."""
    return _joined(tests, " & ", "True")


def _joined(tests: list[str], operator: str, empty: str) -> str:
    if len(tests) < 2:
        return f"({tests[0]})" if tests else empty
    return "(" + operator.join(f"({test})" for test in tests) + ")"


def _one_of(code: str, codes: list[int]) -> str:
    """Whether the choice ``code`` is among ``codes``: one bit test where every code fits
    a 64-bit mask (choices are numbered from 1 per scheme), else the comparisons."""
    if codes and max(codes) < 63 and not code.isdigit():
        mask = sum(1 << c for c in set(codes))
        return f"(({mask} >> {code}) & 1 == 1)"
    return _any([f"{code} == {c}" for c in codes])


_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}


def _literal_gap(v: Any) -> bool:
    """An unknown or none written as a constant (``Num`` by default): it takes the type
    of the values beside it."""
    return isinstance(v, Num) and v.n == "0" and v.s in ("0", "2") and v.dconst == 1


def _fold(body: list[str], n: str, d: str, fractions: list[tuple[str, str]], wins: str) -> None:
    """Lines that make ``n / d`` the lowest (``wins`` is "< 0") or the highest ("> 0") of
    ``fractions`` (texts of numerators and positive denominators, each its own)."""
    body.append(f"{n}, {d} = {fractions[0][0]}, {fractions[0][1]}")
    for fn, fd in fractions[1:]:
        body.append(f"if frac_compare({fn}, {fd}, {n}, {d}) {wins}:")
        body.append(f"    {n}, {d} = {fn}, {fd}")


def _times(text: str, factor: int) -> str:
    return text if factor == 1 else f"({text}) * {factor}"


def _scale(v: Num, factor: int) -> tuple[int, int]:
    return v.lo * factor, v.hi * factor


def _product(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    corners = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]]
    return min(corners), max(corners)


def _rounded_bounds(v: Num, scale: int) -> tuple[int, int]:
    return v.lo * scale, v.hi * scale


def _fixed_divisor(a: Num, b: Num) -> tuple[int, int] | None:
    """Where ``a / b`` divides by one known number other than 0 and ``a`` has a known
    denominator: what ``a``'s numerator is multiplied by, and the quotient's denominator
    (``a.n / a.d`` divided by ``b.lo / b.d`` is ``a.n * b.d / (a.d * b.lo)``, the sign
    moved to the numerator)."""
    if a.dconst is None or b.dconst is None or b.s != "1" or b.lo != b.hi or b.lo == 0:
        return None
    return (b.dconst if b.lo > 0 else -b.dconst), a.dconst * abs(b.lo)


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
