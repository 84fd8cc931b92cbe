"""Expressions: the vocabulary schemes are written in.

A scheme states its criteria and outputs as expression trees built from these nodes
(facts, parameters, constants, arithmetic, comparisons, Kleene logic, date arithmetic).
Each tree is compiled once into nested closures; evaluating it is then a handful of
function calls. Three values flow through it: a known value, ``None`` (a fact whose
contract says "absent = none"), and :data:`UNKNOWN` (not answered yet).

Logic is Kleene's: ``all_`` is false as soon as one part is false, whatever else is
unknown; ``any_`` is true as soon as one part is true. Every other node is unknown when an
input is unknown.

A second compiled form, :attr:`Expr.range_fn`, decides from what is known. It runs only
where the first gives unknown: an unanswered fact stands for its declared bounds, a figure
not yet published for the bounds the law gives it (:meth:`rules.parameters.Parameter.gap_on`),
and every node carries a :class:`Range` (a closed interval; an open end is ``None``) to its
parent. A comparison whose interval decides it is decided, whatever the missing answers
turn out to be: ``min(requested, 80 % x costs) >= 300,000`` fails on a request of 250,000
alone. A range of one point is a value.

Numbers are ``int`` (counts, eurocents), ``Decimal`` or, after a division that does not
come out whole, ``Fraction``: a quotient keeps every digit, and arithmetic with a fraction
stays in fractions. Decimal arithmetic runs in one 50-digit context, so comparisons with
thresholds are exact for every amount the facts allow; rounding happens only where a
scheme asks for it (money outputs round half-up to the cent once, at the end).

Compiled trees read one evaluation's state through :class:`EvalState`, which
:class:`rules.context.Ctx` provides; this module names no module above it.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date, timedelta
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Context, Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any, Protocol

from rules.calendar import add_months, add_working_days
from rules.parameters import CohortTable, DateBounds

__all__ = [
    "UNKNOWN",
    "Expr",
    "Range",
    "all_",
    "any_",
    "case",
    "const",
    "crit",
    "days_between",
    "fact",
    "floor",
    "if_",
    "is_unknown",
    "max_",
    "min_",
    "not_",
    "on",
    "out",
    "param",
    "param_on",
    "reach_date",
    "round_half_up",
    "years_between",
]

_DECIMAL_TEXT = re.compile(r"^-?\d+\.\d+$")

DECIMAL_CONTEXT = Context(prec=50, rounding=ROUND_HALF_UP)


class EvalState(Protocol):
    """What a compiled tree reads from one evaluation (:class:`rules.context.Ctx`)."""

    @property
    def facts(self) -> Mapping[str, Any]: ...
    @property
    def fact_ranges(self) -> Mapping[str, Any]: ...
    @property
    def on(self) -> date | None: ...
    @property
    def ranges(self) -> dict[Any, Any]: ...
    @property
    def output_values(self) -> Mapping[str, Any]: ...
    @property
    def criterion_values(self) -> Mapping[str, Any]: ...
    def param(self, param_id: str) -> Any: ...
    def param_bound(self, param_id: str) -> Any: ...
    def param_on(self, param_id: str, day: date) -> Any: ...
    def output(self, output_id: str) -> Any: ...
    def output_range(self, output_id: str) -> Any: ...
    def criterion(self, criterion_id: str) -> Any: ...
    def blame_output(self, output_id: str) -> frozenset[str]: ...
    def blame_criterion(self, criterion_id: str) -> frozenset[str]: ...


Ctx = EvalState  # the short name the compiled closures below annotate their argument with
Fn = Callable[[Ctx], Any]
BlameFn = Callable[[Ctx], frozenset[str]]

NOTHING: frozenset[str] = frozenset()
_NOT_YET: Any = object()  # an output or criterion not computed yet in this evaluation


def _blame_nothing(ctx: Ctx) -> frozenset[str]:
    return NOTHING


class _Unknown:
    """The value of a fact not answered yet, and of anything computed from it."""

    _instance: _Unknown | None = None

    def __new__(cls) -> _Unknown:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNKNOWN"

    def __bool__(self) -> bool:
        raise TypeError("UNKNOWN has no truth value; use Kleene logic")


UNKNOWN: Any = _Unknown()


def is_unknown(value: object) -> bool:
    return value is UNKNOWN


def _ints(x: Any, y: Any) -> bool:
    return type(x) is int and type(y) is int


def _exact(x: Any, y: Any) -> bool:
    """Whether a quotient is already among the operands: then only fractions are exact."""
    return type(x) is Fraction or type(y) is Fraction


def _fraction(v: Any) -> Any:
    """``v`` ready for exact arithmetic with a fraction: a fraction or a whole number as it
    is (``Fraction`` takes ``int`` operands exactly), anything else as a fraction."""
    kind = type(v)
    if kind is Fraction or kind is int:
        return v
    if kind is Decimal:
        return _decimal_fraction(v)
    return Fraction(v)


@lru_cache(maxsize=1024)
def _decimal_fraction(v: Decimal) -> Fraction:
    """A decimal as a fraction, once per value (figures such as 0.875 recur in every
    evaluation)."""
    return Fraction(v)


# Numbers whose exact ratio of whole numbers ``as_integer_ratio`` gives (in lowest terms,
# the denominator positive). A fraction beside one of them is computed on those whole
# numbers and made a fraction once, which gives the same fraction as Fraction's operators
# in about half the time.
_RATIOS = frozenset((int, Decimal, Fraction))


def _add(x: Any, y: Any) -> Any:
    if _ints(x, y):
        return x + y
    if _exact(x, y):
        if type(x) in _RATIOS and type(y) in _RATIOS:
            n, d = x.as_integer_ratio()
            m, e = y.as_integer_ratio()
            return Fraction(n * e + m * d, d * e)
        return _fraction(x) + _fraction(y)
    return DECIMAL_CONTEXT.add(x, y)


def _sub(x: Any, y: Any) -> Any:
    if _ints(x, y):
        return x - y
    if _exact(x, y):
        if type(x) in _RATIOS and type(y) in _RATIOS:
            n, d = x.as_integer_ratio()
            m, e = y.as_integer_ratio()
            return Fraction(n * e - m * d, d * e)
        return _fraction(x) - _fraction(y)
    return DECIMAL_CONTEXT.subtract(x, y)


def _mul(x: Any, y: Any) -> Any:
    if _ints(x, y):
        return x * y
    if _exact(x, y):
        if type(x) in _RATIOS and type(y) in _RATIOS:
            n, d = x.as_integer_ratio()
            m, e = y.as_integer_ratio()
            return Fraction(n * m, d * e)
        return _fraction(x) * _fraction(y)
    return DECIMAL_CONTEXT.multiply(x, y)


def _div(x: Any, y: Any) -> Any:
    """A quotient is a :class:`Fraction`, so no digit is ever lost: 1/3 × 3/4 is exactly
    1/4, and a half cent stays a half cent until the one rounding at the end."""
    if y == 0:
        return None  # no value: a scheme guards a division it needs
    if _ints(x, y):
        quotient, rest = divmod(x, y)
        return quotient if rest == 0 else Fraction(x, y)
    return _fraction(x) / _fraction(y)  # not two ints here: a fraction, never a float


def round_half_up_to(value: Any, exponent: Decimal) -> Decimal:
    """``value`` rounded half away from zero to the place of ``exponent`` (e.g. 0.01)."""
    if type(value) is Fraction:
        scaled = value / _decimal_fraction(exponent)
        whole = (2 * abs(scaled.numerator) + scaled.denominator) // (2 * scaled.denominator)
        return Decimal(-whole if scaled < 0 else whole) * exponent
    return Decimal(value).quantize(exponent, rounding=ROUND_HALF_UP)


class Range:
    """A value known only to lie in ``[lo, hi]`` (numbers or dates; ``None`` is an open
    end). Built through :func:`span`, so a range is never a single point."""

    __slots__ = ("hi", "lo")

    def __init__(self, lo: Any, hi: Any) -> None:
        self.lo, self.hi = lo, hi

    def __repr__(self) -> str:
        return f"Range({self.lo!r}, {self.hi!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Range) and (self.lo, self.hi) == (other.lo, other.hi)

    __hash__ = None  # type: ignore[assignment]


def span(lo: Any, hi: Any) -> Any:
    """The interval ``[lo, hi]``; the value itself when both ends meet."""
    if lo is not None and hi is not None and lo == hi:
        return lo
    return Range(lo, hi)


def _ends(v: Any) -> tuple[Any, Any]:
    """Both ends of a value or a range (a date known as :class:`DateBounds` too)."""
    if type(v) is Range:
        return v.lo, v.hi
    if type(v) is DateBounds:
        return v.earliest, v.latest
    return v, v


def _open(v: Any) -> bool:
    """Whether a range-path value leaves the node undecided."""
    return v is UNKNOWN or type(v) is Range or type(v) is DateBounds


def _bounded_arith(symbol: str, op: Callable[[Any, Any], Any], x: Any, y: Any) -> Any:
    """``x op y`` over intervals, exactly; UNKNOWN where no bound follows."""
    xl, xh = _ends(x)
    yl, yh = _ends(y)
    if symbol == "+":
        return span(
            None if xl is None or yl is None else op(xl, yl),
            None if xh is None or yh is None else op(xh, yh),
        )
    if symbol == "-":
        return span(
            None if xl is None or yh is None else op(xl, yh),
            None if xh is None or yl is None else op(xh, yl),
        )
    if symbol == "*":
        if None not in (xl, xh, yl, yh):
            products = [op(a, b) for a in (xl, xh) for b in (yl, yh)]
            return span(min(products), max(products))
        if xl is not None and yl is not None and xl >= 0 and yl >= 0:
            return span(op(xl, yl), None)  # both non-negative: only the top is open
        return UNKNOWN
    if symbol == "/":
        if yl is None or yl <= 0 or xl is None or xl < 0:
            return UNKNOWN  # only a non-negative quotient by a positive divisor is bounded
        low = 0 if yh is None else op(xl, yh)
        high = None if xh is None else op(xh, yl)
        return span(low, high)
    return UNKNOWN


def _decide(symbol: str, x: Any, y: Any) -> Any:
    """``x <op> y`` when every value in both intervals gives the same answer."""
    xl, xh = _ends(x)
    yl, yh = _ends(y)
    if symbol in ("<", "<="):
        strict = symbol == "<"
        if xh is not None and yl is not None and (xh < yl if strict else xh <= yl):
            return True
        if xl is not None and yh is not None and (xl >= yh if strict else xl > yh):
            return False
        return UNKNOWN
    if symbol in (">", ">="):
        return _decide("<" if symbol == ">" else "<=", y, x)
    disjoint = (xh is not None and yl is not None and xh < yl) or (
        xl is not None and yh is not None and xl > yh
    )
    if not disjoint:
        return UNKNOWN
    return symbol == "!="


_NOT_KEPT = object()


def _kept(node: Expr, compute: Fn) -> Fn:
    def kept(ctx: Ctx) -> Any:
        found = ctx.ranges.get(node, _NOT_KEPT)
        if found is _NOT_KEPT:
            found = ctx.ranges[node] = compute(ctx)
        return found

    return kept


def _monotone(fx: Fn, apply: Callable[[Any], Any]) -> Fn:
    """The range of a non-decreasing function of one value: the function of both ends."""

    def monotone(ctx: Ctx) -> Any:
        v = fx(ctx)
        if v is UNKNOWN or v is None:
            return v
        if type(v) is Range or type(v) is DateBounds:
            lo, hi = _ends(v)
            return span(None if lo is None else apply(lo), None if hi is None else apply(hi))
        return apply(v)

    return monotone


class Expr:
    """A node. Subclasses define ``children`` and ``_compile``; most add a ``_blame``;
    nodes through which bounds pass add a ``_compile_range``."""

    __slots__ = ("_blame_fn", "_fn", "_range_fn")
    _fn: Fn
    _blame_fn: BlameFn
    _range_fn: Fn

    def children(self) -> tuple[Expr, ...]:
        return ()

    def _compile(self) -> Fn:
        raise NotImplementedError

    @property
    def fn(self) -> Fn:
        try:
            return self._fn
        except AttributeError:
            compiled = self._compile()
            self._fn = compiled
            return compiled

    @property
    def blame_fn(self) -> BlameFn:
        try:
            return self._blame_fn
        except AttributeError:
            compiled = self._compile_blame()
            self._blame_fn = compiled
            return compiled

    @property
    def range_fn(self) -> Fn:
        """The node decided from what is known: a value, a :class:`Range` or UNKNOWN.

        A node with children keeps its answer for the evaluation (``ctx.ranges``): the facts
        behind an open criterion are found by asking each level which parts are still
        open, and the answer for a part is then computed once, not once per level."""
        try:
            return self._range_fn
        except AttributeError:
            compiled = self._compile_range()
            if self.children() and compiled is not self.fn:
                compiled = _kept(self, compiled)
            self._range_fn = compiled
            return compiled

    def _compile_range(self) -> Fn:
        """By default no bound passes through a node: it has its exact value or none."""
        return self.fn

    def blame(self, ctx: Ctx) -> frozenset[str]:
        """The unanswered facts that keep this node open (empty when it is decided)."""
        return self.blame_fn(ctx)

    def _compile_blame(self) -> BlameFn:
        """By default a node is open because of its open children: a child the known
        answers already decide is no reason, whatever its unanswered facts."""
        pairs = tuple((child.range_fn, child.blame_fn) for child in self.children())
        if not pairs:
            return _blame_nothing
        if len(pairs) == 1:
            ((fc, bc),) = pairs

            def blame_one(ctx: Ctx) -> frozenset[str]:
                v = fc(ctx)
                if v is UNKNOWN or type(v) is Range or type(v) is DateBounds:
                    return bc(ctx)
                return NOTHING

            return blame_one

        def blame_children(ctx: Ctx) -> frozenset[str]:
            found = NOTHING
            for f, b in pairs:
                v = f(ctx)
                if v is UNKNOWN or type(v) is Range or type(v) is DateBounds:
                    found = found | b(ctx)
            return found

        return blame_children

    def walk(self) -> Iterator[Expr]:
        yield self
        for child in self.children():
            yield from child.walk()

    # Operators build trees; they never compute.
    def __add__(self, other: object) -> Expr:
        return Arith("+", _add, self, lift(other))

    def __radd__(self, other: object) -> Expr:
        return Arith("+", _add, lift(other), self)

    def __sub__(self, other: object) -> Expr:
        return Arith("-", _sub, self, lift(other))

    def __rsub__(self, other: object) -> Expr:
        return Arith("-", _sub, lift(other), self)

    def __mul__(self, other: object) -> Expr:
        return Arith("*", _mul, self, lift(other))

    def __rmul__(self, other: object) -> Expr:
        return Arith("*", _mul, lift(other), self)

    def __truediv__(self, other: object) -> Expr:
        return Arith("/", _div, self, lift(other))

    def __rtruediv__(self, other: object) -> Expr:
        return Arith("/", _div, lift(other), self)

    def __lt__(self, other: object) -> Expr:
        return Cmp("<", self, lift(other))

    def __le__(self, other: object) -> Expr:
        return Cmp("<=", self, lift(other))

    def __gt__(self, other: object) -> Expr:
        return Cmp(">", self, lift(other))

    def __ge__(self, other: object) -> Expr:
        return Cmp(">=", self, lift(other))

    def eq(self, other: object) -> Expr:
        return Cmp("==", self, lift(other))

    def ne(self, other: object) -> Expr:
        return Cmp("!=", self, lift(other))

    def __and__(self, other: object) -> Expr:
        return all_(self, lift(other))

    def __or__(self, other: object) -> Expr:
        return any_(self, lift(other))

    def __invert__(self) -> Expr:
        return not_(self)

    def is_in(self, *values: object) -> Expr:
        return In(self, frozenset(values))

    def contains(self, item: object) -> Expr:
        return Contains(self, item)

    def is_none(self) -> Expr:
        return IsNone(self)

    def plus_days(self, days: object) -> Expr:
        return AddDays(self, lift(days))

    def plus_weeks(self, weeks: object) -> Expr:
        return AddDays(self, lift(weeks) * 7)

    def plus_months(self, months: object) -> Expr:
        return AddMonths(self, lift(months))

    def plus_years(self, years: object) -> Expr:
        return AddMonths(self, lift(years) * 12)

    def first_of_month(self) -> Expr:
        return FirstOfMonth(self)

    def first_of_year(self) -> Expr:
        return FirstOfYear(self)

    def is_unknown(self) -> Expr:
        """True when this has no value yet (a fact not answered, a parameter with no
        period on the reference date): lets a note say why an output is missing."""
        return IsUnknown(self)

    def plus_working_days(self, days: object) -> Expr:
        return AddWorkingDays(self, lift(days))

    __hash__ = object.__hash__


def lift(value: object) -> Expr:
    return value if isinstance(value, Expr) else Const(value)


# Leaves ---------------------------------------------------------------------------------


class Fact(Expr):
    __slots__ = ("id",)

    def __init__(self, fact_id: str) -> None:
        self.id = fact_id

    def _compile(self) -> Fn:
        key = self.id

        def fact_value(ctx: Ctx) -> Any:
            return ctx.facts.get(key, UNKNOWN)

        return fact_value

    def _compile_blame(self) -> BlameFn:
        key, alone = self.id, frozenset((self.id,))

        def blame_fact(ctx: Ctx) -> frozenset[str]:
            return alone if ctx.facts.get(key, UNKNOWN) is UNKNOWN else NOTHING

        return blame_fact

    def _compile_range(self) -> Fn:
        key = self.id

        def fact_range(ctx: Ctx) -> Any:
            v = ctx.facts.get(key, UNKNOWN)
            return ctx.fact_ranges.get(key, UNKNOWN) if v is UNKNOWN else v

        return fact_range

    def __repr__(self) -> str:
        return f"fact({self.id!r})"


class Param(Expr):
    __slots__ = ("id",)

    def __init__(self, param_id: str) -> None:
        self.id = param_id

    def _compile(self) -> Fn:
        key = self.id
        return lambda ctx: ctx.param(key)

    def _compile_range(self) -> Fn:
        key = self.id

        def param_range(ctx: Ctx) -> Any:
            v = ctx.param(key)
            return ctx.param_bound(key) if v is UNKNOWN else v

        return param_range

    def _compile_blame(self) -> BlameFn:
        return _blame_nothing


class ParamOn(Expr):
    """A dated parameter's value on another day than the reference date (for example the
    first month a loan runs, when the law of that month applies); unknown when that day
    is unknown or no period holds it."""

    __slots__ = ("day", "id")

    def __init__(self, param_id: str, day: Expr) -> None:
        self.id, self.day = param_id, day

    def children(self) -> tuple[Expr, ...]:
        return (self.day,)

    def _compile(self) -> Fn:
        fd, key = self.day.fn, self.id

        def param_on(ctx: Ctx) -> Any:
            d = fd(ctx)
            if d is UNKNOWN or d is None:
                return d
            if type(d) is DateBounds:
                return UNKNOWN  # a day known only as a range may fall in either period
            return ctx.param_on(key, d)

        return param_on


class Const(Expr):
    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        if isinstance(value, float):
            raise TypeError("write fractions as Decimal('0.875') or a string, never a float")
        if isinstance(value, str) and _DECIMAL_TEXT.match(value):
            value = Decimal(value)
        self.value = value

    def _compile(self) -> Fn:
        value = self.value
        return lambda ctx: value


class On(Expr):
    __slots__ = ()

    def _compile(self) -> Fn:
        return lambda ctx: ctx.on


class Out(Expr):
    """The value of another output of the same scheme."""

    __slots__ = ("id",)

    def __init__(self, output_id: str) -> None:
        self.id = output_id

    def _compile(self) -> Fn:
        key = self.id

        def out_value(ctx: Ctx) -> Any:
            value = ctx.output_values.get(key, _NOT_YET)  # computed once per evaluation
            return ctx.output(key) if value is _NOT_YET else value

        return out_value

    def _compile_range(self) -> Fn:
        key = self.id
        return lambda ctx: ctx.output_range(key)

    def _compile_blame(self) -> BlameFn:
        key = self.id
        return lambda ctx: ctx.blame_output(key)


class Crit(Expr):
    """Whether another criterion of the same scheme is met (``True``/``False``/unknown)."""

    __slots__ = ("id",)

    def __init__(self, criterion_id: str) -> None:
        self.id = criterion_id

    def _compile(self) -> Fn:
        key = self.id

        def crit_value(ctx: Ctx) -> Any:
            value = ctx.criterion_values.get(key, _NOT_YET)  # decided once per evaluation
            return ctx.criterion(key) if value is _NOT_YET else value

        return crit_value

    def _compile_blame(self) -> BlameFn:
        key = self.id
        return lambda ctx: ctx.blame_criterion(key)


# Arithmetic and comparison -------------------------------------------------------------


class Arith(Expr):
    __slots__ = ("a", "b", "op", "symbol")

    def __init__(self, symbol: str, op: Callable[[Any, Any], Any], a: Expr, b: Expr) -> None:
        self.symbol, self.op, self.a, self.b = symbol, op, a, b

    def children(self) -> tuple[Expr, ...]:
        return (self.a, self.b)

    def _compile(self) -> Fn:
        fa, fb, op = self.a.fn, self.b.fn, self.op

        def arith(ctx: Ctx) -> Any:
            x, y = fa(ctx), fb(ctx)
            if x is UNKNOWN or y is UNKNOWN:
                return UNKNOWN  # whatever the order: unknown wins over none
            if x is None or y is None:
                return None
            return op(x, y)

        return arith

    def _compile_range(self) -> Fn:
        fa, fb, op, symbol = self.a.range_fn, self.b.range_fn, self.op, self.symbol

        def arith_range(ctx: Ctx) -> Any:
            x, y = fa(ctx), fb(ctx)
            if x is None or y is None:
                return None  # none once known, whatever the other side
            if x is UNKNOWN or y is UNKNOWN:
                return UNKNOWN
            if type(x) is not Range and type(y) is not Range:
                return op(x, y)
            if isinstance(x, date) or isinstance(y, date):
                return UNKNOWN
            return _bounded_arith(symbol, op, x, y)

        return arith_range


class _NAry(Expr):
    __slots__ = ("items",)

    def __init__(self, *items: object) -> None:
        self.items = tuple(lift(i) for i in items)

    def children(self) -> tuple[Expr, ...]:
        return self.items


class _Extreme(_NAry):
    __slots__ = ()
    pick: Callable[..., Any]

    def _compile(self) -> Fn:
        fns = tuple(i.fn for i in self.items)
        pick = type(self).pick

        def extreme(ctx: Ctx) -> Any:
            values = [f(ctx) for f in fns]
            for v in values:
                if v is UNKNOWN or v is None:
                    return v
            return pick(values)

        return extreme

    def _compile_range(self) -> Fn:
        fns = tuple(i.range_fn for i in self.items)
        lowest = type(self).pick is min

        def extreme_range(ctx: Ctx) -> Any:
            values = [f(ctx) for f in fns]
            if any(v is None for v in values):
                return None
            if any(v is UNKNOWN for v in values):
                return UNKNOWN
            ends = [_ends(v) for v in values]
            los, his = [e[0] for e in ends], [e[1] for e in ends]
            if lowest:  # an open end below stays open; an open end above is outbid
                lo = None if None in los else min(los)
                tops = [h for h in his if h is not None]
                return span(lo, min(tops) if tops else None)
            bottoms = [v for v in los if v is not None]
            hi = None if None in his else max(his)
            return span(max(bottoms) if bottoms else None, hi)

        return extreme_range


class Min(_Extreme):
    __slots__ = ()
    pick = min


class Max(_Extreme):
    __slots__ = ()
    pick = max


class RoundHalfUp(Expr):
    __slots__ = ("exponent", "x")

    def __init__(self, x: Expr, places: int) -> None:
        self.x = x
        self.exponent = Decimal(1).scaleb(-places)

    def children(self) -> tuple[Expr, ...]:
        return (self.x,)

    def _compile(self) -> Fn:
        fx, exponent = self.x.fn, self.exponent

        def rounded(ctx: Ctx) -> Any:
            v = fx(ctx)
            if v is UNKNOWN or v is None:
                return v
            return round_half_up_to(v, exponent)

        return rounded

    def _compile_range(self) -> Fn:
        exponent = self.exponent
        return _monotone(self.x.range_fn, lambda v: round_half_up_to(v, exponent))


_ORDER = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
_COMPARE = {**_ORDER, "==": operator.eq, "!=": operator.ne}
_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}


def _compare_bounds(symbol: str, x: Any, bounds: DateBounds) -> Any:
    """``x <op> y`` for a ``y`` known only to lie within ``bounds``."""
    if symbol not in _ORDER:
        return UNKNOWN
    op = _ORDER[symbol]
    # At an open end the value runs off to infinity: x < +inf and x > -inf hold.
    low = op(x, bounds.earliest) if bounds.earliest is not None else symbol in (">", ">=")
    high = op(x, bounds.latest) if bounds.latest is not None else symbol in ("<", "<=")
    return low if low == high else UNKNOWN


def _compare_const(a: Expr, op: Callable[[Any, Any], Any], symbol: str, y: Any) -> Fn:
    """A comparison with a constant (the most common kind): the constant is not asked
    for at each call, and an answer is read straight from the facts."""
    if type(a) is Fact:
        key = a.id

        def compare_fact(ctx: Ctx) -> Any:
            x = ctx.facts.get(key, UNKNOWN)
            if x is UNKNOWN or x is None:
                return UNKNOWN
            return op(x, y)  # an answer is never a DateBounds

        return compare_fact
    fa, flipped = a.fn, _FLIP.get(symbol, symbol)

    def compare_const(ctx: Ctx) -> Any:
        x = fa(ctx)
        if x is UNKNOWN or x is None:
            return UNKNOWN
        if type(x) is DateBounds:
            return _compare_bounds(flipped, y, x)
        return op(x, y)

    return compare_const


class Cmp(Expr):
    __slots__ = ("a", "b", "symbol")

    def __init__(self, symbol: str, a: Expr, b: Expr) -> None:
        self.symbol, self.a, self.b = symbol, a, b

    def children(self) -> tuple[Expr, ...]:
        return (self.a, self.b)

    def _compile(self) -> Fn:
        fa, fb, symbol = self.a.fn, self.b.fn, self.symbol
        op = _COMPARE[symbol]
        value = self.b.value if type(self.b) is Const else None
        if value is not None and value is not UNKNOWN and type(value) is not DateBounds:
            return _compare_const(self.a, op, symbol, value)

        def compare(ctx: Ctx) -> Any:
            x = fa(ctx)
            if x is UNKNOWN or x is None:
                return UNKNOWN
            y = fb(ctx)
            if y is UNKNOWN or y is None:
                return UNKNOWN
            if type(y) is DateBounds:
                return _compare_bounds(symbol, x, y)
            if type(x) is DateBounds:
                return _compare_bounds(_FLIP.get(symbol, symbol), y, x)
            kind, other = type(x), type(y)
            if (
                kind is not other
                and (kind is Fraction or other is Fraction)
                and kind in _RATIOS
                and other in _RATIOS
            ):  # a fraction beside a decimal: exactly, on whole numbers
                n, d = x.as_integer_ratio()
                m, e = y.as_integer_ratio()
                return op(n * e, m * d)
            return op(x, y)

        return compare

    def _compile_range(self) -> Fn:
        fa, fb, symbol = self.a.range_fn, self.b.range_fn, self.symbol
        op = _COMPARE[symbol]

        def compare_range(ctx: Ctx) -> Any:
            x = fa(ctx)
            if x is UNKNOWN or x is None:
                return UNKNOWN
            y = fb(ctx)
            if y is UNKNOWN or y is None:
                return UNKNOWN
            if _open(x) or _open(y):
                return _decide(symbol, x, y)
            return op(x, y)

        return compare_range


class In(Expr):
    __slots__ = ("values", "x")

    def __init__(self, x: Expr, values: frozenset[object]) -> None:
        self.x, self.values = x, values

    def children(self) -> tuple[Expr, ...]:
        return (self.x,)

    def _compile(self) -> Fn:
        fx, values = self.x.fn, self.values

        def member(ctx: Ctx) -> Any:
            v = fx(ctx)
            if v is UNKNOWN or v is None:
                return UNKNOWN
            return v in values

        return member


class Contains(Expr):
    __slots__ = ("item", "x")

    def __init__(self, x: Expr, item: object) -> None:
        self.x, self.item = x, item

    def children(self) -> tuple[Expr, ...]:
        return (self.x,)

    def _compile(self) -> Fn:
        fx, item = self.x.fn, self.item

        def contains(ctx: Ctx) -> Any:
            v = fx(ctx)
            if v is UNKNOWN or v is None:
                return UNKNOWN
            return item in v

        return contains


class IsNone(Expr):
    __slots__ = ("x",)

    def __init__(self, x: Expr) -> None:
        self.x = x

    def children(self) -> tuple[Expr, ...]:
        return (self.x,)

    def _compile(self) -> Fn:
        fx = self.x.fn

        def is_none(ctx: Ctx) -> Any:
            v = fx(ctx)
            return UNKNOWN if v is UNKNOWN else v is None

        return is_none


class IsUnknown(Expr):
    __slots__ = ("x",)

    def __init__(self, x: Expr) -> None:
        self.x = x

    def children(self) -> tuple[Expr, ...]:
        return (self.x,)

    def _compile(self) -> Fn:
        fx = self.x.fn
        return lambda ctx: fx(ctx) is UNKNOWN

    def _compile_blame(self) -> BlameFn:
        return _blame_nothing


class Floor(Expr):
    """The largest whole number not above ``x``."""

    __slots__ = ("x",)

    def __init__(self, x: Expr) -> None:
        self.x = x

    def children(self) -> tuple[Expr, ...]:
        return (self.x,)

    def _compile(self) -> Fn:
        fx = self.x.fn

        def floor(ctx: Ctx) -> Any:
            v = fx(ctx)
            if v is UNKNOWN or v is None:
                return v
            return _floor(v)

        return floor

    def _compile_range(self) -> Fn:
        return _monotone(self.x.range_fn, _floor)


def _floor(v: Any) -> int:
    if type(v) is int:
        return v
    if type(v) is Fraction:
        return v.numerator // v.denominator
    return int(v.to_integral_value(rounding=ROUND_FLOOR))


# Kleene logic ---------------------------------------------------------------------------


class _Kleene(_NAry):
    """All / any over three values: the ``decisive`` value of one part decides the whole;
    otherwise an unknown part leaves the whole unknown."""

    __slots__ = ()
    decisive: bool

    def _compile(self) -> Fn:
        return _kleene(tuple(i.fn for i in self.items), self.decisive)

    def _compile_range(self) -> Fn:
        return _kleene(tuple(i.range_fn for i in self.items), self.decisive)


def _kleene(fns: tuple[Fn, ...], decisive: bool) -> Fn:
    other = not decisive
    if len(fns) == 2:  # the most common kind (``a & b``, a limited criterion): no loop
        fa, fb = fns

        def kleene2(ctx: Ctx) -> Any:
            a = fa(ctx)
            if a is decisive:
                return decisive
            b = fb(ctx)
            if b is decisive:
                return decisive
            return other if a is other and b is other else UNKNOWN

        return kleene2

    def kleene(ctx: Ctx) -> Any:
        result: Any = other
        for f in fns:
            v = f(ctx)
            if v is decisive:
                return decisive
            if v is not other:
                result = UNKNOWN
        return result

    return kleene


class All(_Kleene):
    __slots__ = ()
    decisive = False


class AnyOf(_Kleene):
    __slots__ = ()
    decisive = True


class Not(Expr):
    __slots__ = ("x",)

    def __init__(self, x: Expr) -> None:
        self.x = x

    def children(self) -> tuple[Expr, ...]:
        return (self.x,)

    def _compile(self) -> Fn:
        return _negate(self.x.fn)

    def _compile_range(self) -> Fn:
        return _negate(self.x.range_fn)


def _negate(fx: Fn) -> Fn:
    def negate(ctx: Ctx) -> Any:
        v = fx(ctx)
        if v is True:
            return False
        if v is False:
            return True
        return UNKNOWN

    return negate


class If(Expr):
    """``then`` when the condition holds, ``otherwise`` when not; when the condition is
    unknown, the common value of both branches if they agree, else unknown."""

    __slots__ = ("cond", "otherwise", "then")

    def __init__(self, cond: Expr, then: Expr, otherwise: Expr) -> None:
        self.cond, self.then, self.otherwise = cond, then, otherwise

    def children(self) -> tuple[Expr, ...]:
        return (self.cond, self.then, self.otherwise)

    def _compile(self) -> Fn:
        fc, ft, fo = self.cond.fn, self.then.fn, self.otherwise.fn

        def choose(ctx: Ctx) -> Any:
            c = fc(ctx)
            if c is True:
                return ft(ctx)
            if c is False:
                return fo(ctx)
            a, b = ft(ctx), fo(ctx)
            return a if a is not UNKNOWN and a == b else UNKNOWN

        return choose

    def _compile_range(self) -> Fn:
        fc, ft, fo = self.cond.range_fn, self.then.range_fn, self.otherwise.range_fn

        def choose_range(ctx: Ctx) -> Any:
            c = fc(ctx)
            if c is True:
                return ft(ctx)
            if c is False:
                return fo(ctx)
            return _hull(ft(ctx), fo(ctx))

        return choose_range

    def _compile_blame(self) -> BlameFn:
        fc, bc = self.cond.range_fn, self.cond.blame_fn
        bt, bo = self.then.blame_fn, self.otherwise.blame_fn

        def blame_choice(ctx: Ctx) -> frozenset[str]:
            c = fc(ctx)
            if c is True:
                return bt(ctx)
            if c is False:
                return bo(ctx)
            return bc(ctx) | bt(ctx) | bo(ctx)

        return blame_choice


def _hull(a: Any, b: Any) -> Any:
    """The smallest interval holding both values or ranges (UNKNOWN when one has none)."""
    if a is UNKNOWN or b is UNKNOWN or a is None or b is None:
        return UNKNOWN
    if not _open(a) and not _open(b):
        return a if type(a) is type(b) and a == b else _hull_ends(a, b)
    return _hull_ends(a, b)


def _hull_ends(a: Any, b: Any) -> Any:
    (al, ah), (bl, bh) = _ends(a), _ends(b)
    if not all(
        isinstance(e, int | Decimal | Fraction | date) for e in (al, ah, bl, bh) if e is not None
    ):
        return UNKNOWN  # booleans, choices, lists: no order to span
    if isinstance(al if al is not None else ah, date) != isinstance(
        bl if bl is not None else bh, date
    ):
        return UNKNOWN
    lo = None if al is None or bl is None else min(al, bl)
    hi = None if ah is None or bh is None else max(ah, bh)
    return span(lo, hi)


class Case(Expr):
    """The branch named by the value of ``x``; ``default`` for any other value."""

    __slots__ = ("branches", "default", "x")

    def __init__(self, x: Expr, branches: Mapping[object, Expr], default: Expr) -> None:
        self.x, self.branches, self.default = x, dict(branches), default

    def children(self) -> tuple[Expr, ...]:
        return (self.x, *self.branches.values(), self.default)

    def _compile(self) -> Fn:
        fx, fd = self.x.fn, self.default.fn
        table = {k: v.fn for k, v in self.branches.items()}

        def select(ctx: Ctx) -> Any:
            v = fx(ctx)
            if v is UNKNOWN:
                return UNKNOWN
            return table.get(v, fd)(ctx)

        return select

    def _compile_range(self) -> Fn:
        fx, fd = self.x.fn, self.default.range_fn
        table = {k: v.range_fn for k, v in self.branches.items()}

        def select_range(ctx: Ctx) -> Any:
            v = fx(ctx)
            if v is UNKNOWN:
                return UNKNOWN
            return table.get(v, fd)(ctx)

        return select_range

    def _compile_blame(self) -> BlameFn:
        fx, bx, bd = self.x.fn, self.x.blame_fn, self.default.blame_fn
        table = {k: v.blame_fn for k, v in self.branches.items()}

        def blame_branch(ctx: Ctx) -> frozenset[str]:
            v = fx(ctx)
            if v is UNKNOWN:
                return bx(ctx)
            return table.get(v, bd)(ctx)

        return blame_branch


# Dates ----------------------------------------------------------------------------------


class _DateOp(Expr):
    __slots__ = ("amount", "day")

    def __init__(self, day: Expr, amount: Expr) -> None:
        self.day, self.amount = day, amount

    def children(self) -> tuple[Expr, ...]:
        return (self.day, self.amount)

    def shift(self, day: date, amount: int) -> date:
        raise NotImplementedError

    def _compile(self) -> Fn:
        fd, fa, shift = self.day.fn, self.amount.fn, self.shift

        def shifted(ctx: Ctx) -> Any:
            d = fd(ctx)
            if d is UNKNOWN or d is None:
                return d
            n = fa(ctx)
            if n is UNKNOWN or n is None:
                return n
            if n != int(n):
                raise ValueError(f"a date can only move by whole units, not {n}")
            if type(d) is DateBounds:
                return DateBounds(
                    earliest=None if d.earliest is None else shift(d.earliest, n),
                    latest=None if d.latest is None else shift(d.latest, n),
                )
            return shift(d, n)

        return shifted

    def _compile_range(self) -> Fn:
        fd, fa, shift = self.day.range_fn, self.amount.range_fn, self.shift

        def shifted_range(ctx: Ctx) -> Any:
            d, n = fd(ctx), fa(ctx)
            if d is None or n is None:
                return None
            if d is UNKNOWN or n is UNKNOWN:
                return UNKNOWN
            (dl, dh), (nl, nh) = _ends(d), _ends(n)
            for whole in (nl, nh):
                if whole is not None and whole != int(whole):
                    raise ValueError(f"a date can only move by whole units, not {whole}")
            # Later days and larger amounts both give later dates: the ends map to ends.
            return span(
                None if dl is None or nl is None else shift(dl, nl),
                None if dh is None or nh is None else shift(dh, nh),
            )

        return shifted_range


class FirstOfMonth(Expr):
    """The first day of the calendar month of a date."""

    __slots__ = ("day",)

    def __init__(self, day: Expr) -> None:
        self.day = day

    def children(self) -> tuple[Expr, ...]:
        return (self.day,)

    def _compile(self) -> Fn:
        fd = self.day.fn

        def first(ctx: Ctx) -> Any:
            d = fd(ctx)
            return d.replace(day=1) if isinstance(d, date) else d

        return first

    def _compile_range(self) -> Fn:
        return _monotone(self.day.range_fn, lambda d: d.replace(day=1))


class FirstOfYear(Expr):
    """1 January of the year of a date."""

    __slots__ = ("day",)

    def __init__(self, day: Expr) -> None:
        self.day = day

    def children(self) -> tuple[Expr, ...]:
        return (self.day,)

    def _compile(self) -> Fn:
        fd = self.day.fn

        def first(ctx: Ctx) -> Any:
            d = fd(ctx)
            return d.replace(month=1, day=1) if isinstance(d, date) else d

        return first


class AddDays(_DateOp):
    __slots__ = ()

    def shift(self, day: date, amount: int) -> date:
        return day + timedelta(days=int(amount))


class AddMonths(_DateOp):
    __slots__ = ()

    def shift(self, day: date, amount: int) -> date:
        return add_months(day, int(amount))


class AddWorkingDays(_DateOp):
    __slots__ = ()

    def shift(self, day: date, amount: int) -> date:
        return add_working_days(day, int(amount))


class DaysBetween(Expr):
    """Days from ``start`` to ``end`` (negative when ``end`` comes first)."""

    __slots__ = ("end", "start")

    def __init__(self, start: Expr, end: Expr) -> None:
        self.start, self.end = start, end

    def children(self) -> tuple[Expr, ...]:
        return (self.start, self.end)

    def _compile(self) -> Fn:
        fs, fe = self.start.fn, self.end.fn

        def days(ctx: Ctx) -> Any:
            s = fs(ctx)
            if s is UNKNOWN or s is None:
                return s
            e = fe(ctx)
            if e is UNKNOWN or e is None:
                return e
            return (e - s).days

        return days

    def _compile_range(self) -> Fn:
        fs, fe = self.start.range_fn, self.end.range_fn

        def days_range(ctx: Ctx) -> Any:
            s, e = fs(ctx), fe(ctx)
            if s is None or e is None:
                return None
            if s is UNKNOWN or e is UNKNOWN:
                return UNKNOWN
            (sl, sh), (el, eh) = _ends(s), _ends(e)
            return span(
                None if el is None or sh is None else (el - sh).days,
                None if eh is None or sl is None else (eh - sl).days,
            )

        return days_range


class YearsBetween(Expr):
    """Completed years from ``start`` to ``end`` (an age): an anniversary is reached on
    the day itself, and one of 29 February on 28 February in a common year, as
    :func:`rules.calendar.add_months` counts."""

    __slots__ = ("end", "start")

    def __init__(self, start: Expr, end: Expr) -> None:
        self.start, self.end = start, end

    def children(self) -> tuple[Expr, ...]:
        return (self.start, self.end)

    def _compile(self) -> Fn:
        fs, fe = self.start.fn, self.end.fn

        def years(ctx: Ctx) -> Any:
            s = fs(ctx)
            if s is UNKNOWN or s is None:
                return s
            e = fe(ctx)
            if e is UNKNOWN or e is None:
                return e
            if type(s) is DateBounds or type(e) is DateBounds:
                return UNKNOWN
            whole = e.year - s.year
            if add_months(s, 12 * whole) > e:
                whole -= 1
            return whole

        return years


class ReachDate(Expr):
    """The date a person born on ``birth`` reaches the age a cohort table fixes."""

    __slots__ = ("birth", "table")

    def __init__(self, birth: Expr, table: Param) -> None:
        self.birth, self.table = birth, table

    def children(self) -> tuple[Expr, ...]:
        return (self.birth, self.table)

    def _compile(self) -> Fn:
        fb, ft = self.birth.fn, self.table.fn

        def reach(ctx: Ctx) -> Any:
            b = fb(ctx)
            if b is UNKNOWN or b is None:
                return b
            table = ft(ctx)
            if not isinstance(table, CohortTable):
                return UNKNOWN
            return table.reach_date(b)

        return reach

    def _compile_range(self) -> Fn:
        fb, ft = self.birth.range_fn, self.table.fn

        def reach_range(ctx: Ctx) -> Any:
            b = fb(ctx)
            if b is UNKNOWN or b is None:
                return b
            table = ft(ctx)
            if not isinstance(table, CohortTable):
                return UNKNOWN
            if type(b) is not Range:
                found = table.reach_date(b)
                return span(found.earliest, found.latest) if type(found) is DateBounds else found
            # A later birth never reaches the age earlier: the ends bound the date.
            low = None if b.lo is None else _ends(table.reach_date(b.lo))[0]
            high = None if b.hi is None else _ends(table.reach_date(b.hi))[1]
            return span(low, high)

        return reach_range


# The names schemes use ------------------------------------------------------------------


def fact(fact_id: str) -> Expr:
    return Fact(fact_id)


def param(param_id: str) -> Expr:
    return Param(param_id)


def param_on(param_id: str, day: object) -> Expr:
    """The parameter's value on ``day`` rather than on the reference date."""
    return ParamOn(param_id, lift(day))


def const(value: object) -> Expr:
    return Const(value)


def out(output_id: str) -> Expr:
    return Out(output_id)


def crit(criterion_id: str) -> Expr:
    return Crit(criterion_id)


def on() -> Expr:
    return On()


def all_(*items: object) -> Expr:
    return All(*items)


def any_(*items: object) -> Expr:
    return AnyOf(*items)


def not_(x: object) -> Expr:
    return Not(lift(x))


def if_(cond: object, then: object, otherwise: object) -> Expr:
    return If(lift(cond), lift(then), lift(otherwise))


def case(x: object, branches: Mapping[object, object], default: object = None) -> Expr:
    return Case(lift(x), {k: lift(v) for k, v in branches.items()}, lift(default))


def min_(*items: object) -> Expr:
    return Min(*items)


def max_(*items: object) -> Expr:
    return Max(*items)


def floor(x: object) -> Expr:
    return Floor(lift(x))


def round_half_up(x: object, places: int = 0) -> Expr:
    return RoundHalfUp(lift(x), places)


def days_between(start: object, end: object) -> Expr:
    return DaysBetween(lift(start), lift(end))


def years_between(start: object, end: object) -> Expr:
    return YearsBetween(lift(start), lift(end))


def reach_date(birth: object, table_param: str) -> Expr:
    return ReachDate(lift(birth), Param(table_param))
