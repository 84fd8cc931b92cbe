"""Why a criterion stays open, in the loop: :meth:`rules.expr.Expr.blame` as bit masks
of the unanswered facts, written by the translator (:class:`Blame`, a part of
:class:`rules.bulk.translate.Gen`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rules import expr as x
from rules.bulk.values import Enum, Num, Truth

if TYPE_CHECKING:
    from rules.scheme import Scheme

# Two bits of a blame mask above every fact's: a part the single path may decide from
# bounds (the record goes there), and a part carried within bounds, exactly, to a node that
# weighs it.
BOUNDS_BIT = 62
RANGE_BIT = 61

# Nodes whose single-path range is their first pass: the ends of what they read play no part.
_FIRST_PASS = (x.In, x.Contains, x.IsNone, x.YearsBetween, x.FirstOfYear, x.ParamOn)


def _without_ranges(w: str) -> str:
    if w == "0":
        return w
    if w.isdigit():
        return str(int(w) & ~(1 << RANGE_BIT))
    return f"(({w}) & {~(1 << RANGE_BIT)})"


class Blame:
    """The blame masks of :class:`rules.bulk.translate.Gen`, which reads them from the
    values it translated."""

    if TYPE_CHECKING:
        scheme: Scheme
        memo: dict[Any, Any]
        blames: dict[Any, str]
        exact: set[int]
        followed: set[int]

        def var(self, prefix: str) -> str: ...

        def emit(self, line: str) -> None: ...

        def code(self, enum_id: str) -> int: ...

        def value(self, node: x.Expr, ranged: bool = False) -> Any: ...

        def truth(self, node: x.Expr) -> str: ...

    def blame(self, node: x.Expr) -> str:
        """The loop form of :meth:`rules.expr.Expr.blame` for a translated tree: a bit mask
        of the unanswered facts that keep ``node`` open (bit k: the scheme's k-th fact),
        judged, as the single path judges it, by the state of each part. :data:`RANGE_BIT`
        marks a part known only within bounds that the loop carries exactly; a comparison
        that weighs it drops the bit. :data:`BOUNDS_BIT` marks a part whose openness the
        single path may still narrow from bounds where the loop does not carry them: a
        record whose open criterion carries it is left to the single path."""
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
            if isinstance(v, Num) and v.rlo is not None:
                bit |= 1 << RANGE_BIT  # carried within its bounds
            elif node.id in plan.fact_ranges:
                bit |= 1 << BOUNDS_BIT
            return self.masked(str(bit), _open_text(v))
        if isinstance(node, x.If):
            c = self.truth(node.cond)
            wc, wt, wo = (self.blame(p) for p in (node.cond, node.then, node.otherwise))
            if id(node) not in self.followed:
                wt, wo = self.settled(wt), self.settled(wo)
            hull = self.hull(node) if isinstance(v, Num) else "0"
            either = _union(wc, wt, wo, hull)
            if either == "0":
                return "0"
            # Branch-free, as every mask below: Numba's compiler walks each branch.
            return self.named(
                f"({wt}) * ({c} == 1) + ({wo}) * ({c} == 0) + ({either}) * ({c} >= 2)"
            )
        if isinstance(node, x.Case):
            subject = self.value(node.x)  # the first pass's subject, as rules.expr selects
            carried = isinstance(v, Num) and v.rlo is not None
            chosen = self.blame(node.default)
            if not carried:
                chosen = self.settled(chosen)
            for branch_key, branch in reversed(node.branches.items()):
                if isinstance(subject, Enum):
                    test = f"{subject.code} == {self.code(str(branch_key))}"
                elif isinstance(subject, Num) and subject.dconst is not None:
                    test = f"{subject.n} == {int(str(branch_key)) * subject.dconst}"
                else:
                    return str(1 << BOUNDS_BIT)
                picked = f"(({subject.s} == 1) & ({test}))"
                w = self.blame(branch) if carried else self.settled(self.blame(branch))
                chosen = f"({w}) * {picked} + ({chosen}) * (1 - {picked})"
                chosen = self.named(chosen)
            opened = f"({subject.s} == 0)"
            subject_blame = _without_ranges(self.blame(node.x))
            return self.named(f"({subject_blame}) * {opened} + ({chosen}) * (1 - {opened})")
        parts = []
        for child in node.children():
            w = self.child_blame(node, child, v)
            if w == "0":
                continue
            child_value = self.memo.get(_key(child))
            if child_value is None:
                parts.append(w)  # a constant-like part: its own mask says all
                continue
            parts.append(f"({w}) * ({_open_text(child_value)})")
        if not parts:
            return "0"
        return self.named(_union(*parts))

    def child_blame(self, node: x.Expr, child: x.Expr, v: Any) -> str:
        """A part's blame as its parent sees it. :data:`RANGE_BIT` goes up through a node
        that carries the part's ends exactly; a comparison that weighs them, and a node
        that reads only the first pass's value (where the ends play no part), drop it;
        every other node turns it into :data:`BOUNDS_BIT`: the single path may narrow it
        from bounds where the loop does not."""
        w = self.blame(child)
        if w == "0":
            return w
        if id(node) in self.followed:
            return w
        if isinstance(node, x.AddMonths | x.AddWorkingDays) and child is node.day:
            return w if isinstance(v, Num) and v.rlo is not None else self.settled(w)
        if (isinstance(node, x.Cmp) and id(node) in self.exact) or isinstance(node, _FIRST_PASS):
            return _without_ranges(w)
        return self.settled(w)

    def settled(self, w: str) -> str:
        """``w`` with :data:`RANGE_BIT` turned into :data:`BOUNDS_BIT`."""
        if w == "0" or (w.isdigit() and not int(w) >> RANGE_BIT & 1):
            return w
        if w.isdigit():
            return str(int(w) & ~(1 << RANGE_BIT) | 1 << BOUNDS_BIT)
        return self.named(
            f"(({w}) & {~(1 << RANGE_BIT)}) | ((({w}) >> {RANGE_BIT}) & 1) << {BOUNDS_BIT}"
        )

    def hull(self, node: Any) -> str:
        """Where the single path spans both branches of an open condition
        (:func:`rules.expr._hull`: only when both have a value or a range):
        :data:`RANGE_BIT` where the loop spans them too, else :data:`BOUNDS_BIT`."""
        tests, spanned = [], []
        for branch in (node.then, node.otherwise):
            value = self.memo.get(_key(branch))
            if not isinstance(value, Num):  # not translated as a number: let bounds decide
                return str(1 << BOUNDS_BIT)
            state = value.s
            if state in ("0", "2"):
                return "0"
            if not state.isdigit():
                tests.append(f"({state} != 0) & ({state} != 2)")
                spanned.append(f"(({state} == 1) | ({state} == 4))")
            elif state not in ("1", "4"):
                spanned.append("False")
        both = " & ".join(tests) or "True"
        if id(node) not in self.followed:
            return f"{1 << BOUNDS_BIT} * ({both})"
        ok = " & ".join(spanned) or "True"
        return f"{1 << RANGE_BIT} * (({both}) & ({ok})) + {1 << BOUNDS_BIT} * (({both}) & ~({ok}))"

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


def _key(node: x.Expr) -> Any:
    """A node's key among the translated values (a fact is one value however often read)."""
    return ("fact", node.id) if isinstance(node, x.Fact) else id(node)


def _open_text(v: Any) -> str:
    """Whether a translated value is open, as the single path's blame asks it (unknown, or
    known only as a range)."""
    opened: tuple[str, ...]
    if isinstance(v, Truth):
        state, opened = v.b, ("2",)
    elif isinstance(v, Num) and v.pt != "0":  # a range of one point is a value
        return f"({v.s} == 0) | ({v.s} == 3) | (({v.s} == 4) & ({v.pt} == 0))"
    elif isinstance(v, Num):
        state, opened = v.s, ("0", "3", "4")
    else:
        state, opened = v.s, ("0",)
    if state.isdigit():
        return "True" if state in opened else "False"
    return " | ".join(f"({state} == {o})" for o in opened)


def _union(*parts: str) -> str:
    parts = tuple(p for p in parts if p != "0")
    return " | ".join(parts) if parts else "0"
