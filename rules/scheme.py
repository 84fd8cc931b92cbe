"""The shape of a scheme: facts, dated parameters, criteria, outputs, notes, availability.

A scheme module builds one :class:`Scheme` from these models and the expressions of
:mod:`rules.expr`. The model checks itself when it is built, so an inconsistent scheme
stops the import (and the Django system check), never a user's request: every fact,
parameter, output and criterion an expression or a text names must exist, ids are
unique, outputs and criteria do not depend on themselves.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction
from typing import Any

from pydantic import BaseModel, ConfigDict, PrivateAttr, model_validator

from rules import expr as x
from rules.facts import Audience, Choice, FactDefinition, cents_to_str
from rules.parameters import DateBounds, Parameter, Rhythm
from rules.texts import Citation, Text, odd_fields, placeholders, t

__all__ = [
    "AvailabilityRule",
    "Constraint",
    "Criterion",
    "Note",
    "Output",
    "OutputKind",
    "Scheme",
    "Window",
]

_MODEL = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)


class Criterion(BaseModel):
    """One condition of the scheme, with the article it rests on.

    ``applies`` limits a condition to some cases (e.g. hours requests only): where it does
    not apply, the criterion is met and its explanation is ``not_applicable``.
    """

    model_config = _MODEL

    id: str
    label: Text
    test: x.Expr
    citation: Citation
    met: Text
    not_met: Text
    unknown: Text
    applies: x.Expr | None = None
    not_applicable: Text | None = None

    _condition: x.Expr = PrivateAttr()

    def model_post_init(self, context: Any, /) -> None:
        if self.applies is None:
            self._condition = self.test
        else:
            self._condition = x.any_(x.not_(self.applies), self.test)

    @property
    def condition(self) -> x.Expr:
        return self._condition

    def texts(self) -> tuple[Text, ...]:
        found = (self.label, self.met, self.not_met, self.unknown, self.not_applicable)
        return tuple(text for text in found if text is not None)


class OutputKind(StrEnum):
    MONEY = "money"
    DECIMAL = "decimal"
    INT = "int"
    BOOL = "bool"
    DATE = "date"
    ENUM = "enum"
    STRING = "string"


class Output(BaseModel):
    """A named value of the contract. Money is eurocents inside and is rounded half-up to
    the cent only when shown; ``places`` sets how a decimal is shown."""

    model_config = _MODEL

    id: str
    kind: OutputKind
    expr: x.Expr
    label: Text
    places: int = 4
    choices: tuple[Choice, ...] = ()  # an enum output's values, each with its label

    def dump(self, value: Any) -> Any:
        """The value as the contract shows it: money and decimals as text, dates ISO."""
        return self.dumper()(value)

    def dumper(self) -> Callable[[Any], Any]:
        """:meth:`dump` specialised to this output's kind, for the plan."""
        kind, exponent = self.kind, Decimal(1).scaleb(-self.places)
        unknown = x.UNKNOWN

        if kind is OutputKind.MONEY:

            def dump(value: Any) -> Any:
                if value is unknown or value is None:
                    return None
                if type(value) is int:
                    return cents_to_str(value)
                if isinstance(value, DateBounds):
                    return None
                return cents_to_str(round_cents(value))

        elif kind is OutputKind.DECIMAL:

            def dump(value: Any) -> Any:
                if value is unknown or value is None or isinstance(value, DateBounds):
                    return None
                return str(x.round_half_up_to(value, exponent))

        elif kind is OutputKind.DATE:

            def dump(value: Any) -> Any:
                if value is unknown or value is None or isinstance(value, DateBounds):
                    return None  # a date known only as a range (an AOW cohort not yet fixed)
                return value.isoformat()

        elif kind is OutputKind.INT:

            def dump(value: Any) -> Any:
                if value is unknown or value is None or isinstance(value, DateBounds):
                    return None
                return math.floor(value)  # the whole number at or below, as the bulk loop does

        else:

            def dump(value: Any) -> Any:
                if value is unknown or value is None or isinstance(value, DateBounds):
                    return None
                return value

        return dump


def round_cents(value: Any) -> int:
    """Round half-up (away from zero on a tie) to a whole cent."""
    if type(value) is int:
        return value
    if type(value) is Fraction:
        whole = (2 * abs(value.numerator) + value.denominator) // (2 * value.denominator)
        return -whole if value.numerator < 0 else whole
    if type(value) is Decimal:
        return int(value.quantize(_ONE, ROUND_HALF_UP))  # as round_half_up_to does
    return int(x.round_half_up_to(value, _ONE))


_ONE = Decimal(1)


class Note(BaseModel):
    """A caveat the user must see; shown always, or when ``when`` holds.

    ``for_advisers`` marks a note about the calculation itself (the sources, open questions,
    the reading chosen): it is shown to advisers under "Over deze berekening", never to a
    worker or employer.
    """

    model_config = _MODEL

    id: str
    text: Text
    when: x.Expr | None = None
    citation: Citation | None = None
    for_advisers: bool = False


class Constraint(BaseModel):
    """A rule on the answers themselves (e.g. D >= C). A violated constraint is an input
    error naming ``fact``, not an outcome."""

    model_config = _MODEL

    id: str
    fact: str
    test: x.Expr
    message: Text


class Window(BaseModel):
    """An application window, inclusive of both ends."""

    model_config = _MODEL

    id: str
    opens: date
    closes: date

    @model_validator(mode="after")
    def _closes_after_opening(self) -> Window:
        if self.closes < self.opens:
            raise ValueError(f"window {self.id} closes before it opens")
        return self


class AvailabilityRule(BaseModel):
    """When one can apply or invoke the scheme.

    A law in force needs only ``in_force_from``. A scheme with application windows lists
    them; ``windows_known_until`` is the last date for which the list is complete (after
    it, with the scheme still in force, availability is unknown); ``windows_rhythm`` says
    when the next windows are set (for the law-status report). ``unknown_spans`` are
    stretches inside the list whose windows no official text fixes: a date in one is
    unknown too, never "closed". ``successor`` says what exists now, for a closed scheme.
    """

    model_config = _MODEL

    citation: Citation
    in_force_from: date
    in_force_to: date | None = None
    windows: tuple[Window, ...] = ()
    windows_known_until: date | None = None
    windows_rhythm: Rhythm | None = None
    unknown_spans: tuple[Window, ...] = ()
    before_text: Text = t(
        "Deze regeling gold toen nog niet; wat eerder gold, beoordeelt deze check niet.",
        "This scheme did not apply yet; what applied before is not assessed by this check.",
    )
    successor: Text | None = None
    unknown_text: Text | None = None
    window_label: Text = t(
        "Aanvragen binnen een aanvraagtijdvak", "Application within an application window"
    )

    @model_validator(mode="after")
    def _windows_are_ordered(self) -> AvailabilityRule:
        for earlier, later in zip(self.windows, self.windows[1:], strict=False):
            if later.opens <= earlier.closes:
                raise ValueError(f"window {later.id} overlaps or precedes {earlier.id}")
        for span in self.unknown_spans:
            for window in self.windows:
                if span.opens <= window.closes and window.opens <= span.closes:
                    raise ValueError(f"unknown span {span.id} overlaps window {window.id}")
        return self


class Scheme(BaseModel):
    model_config = _MODEL

    id: str
    version: str
    title: Text
    summary: Text
    eligible_means: Text
    audience: tuple[Audience, ...]
    legal_basis: Citation
    facts: tuple[FactDefinition, ...]
    parameters: tuple[Parameter, ...] = ()
    criteria: tuple[Criterion, ...]
    outputs: tuple[Output, ...] = ()
    notes: tuple[Note, ...] = ()
    constraints: tuple[Constraint, ...] = ()
    availability: AvailabilityRule
    # What this check leaves out, each in one plain sentence with whom to ask instead
    # ("Of u ... telt, beoordeelt UWV; vraag het na bij UWV."). Shown to everyone.
    not_assessed: tuple[Text, ...] = ()

    _plan: Plan = PrivateAttr()

    def model_post_init(self, context: Any, /) -> None:
        self._check()
        self._plan = Plan(self)

    @property
    def plan(self) -> Plan:
        """The scheme compiled for evaluation: plain look-up tables, no validation."""
        # Read from pydantic's store of private attributes: ``self._plan`` is found only
        # after the ordinary look-up fails (BaseModel.__getattr__), about 1.7 µs a read.
        private = self.__pydantic_private__
        assert private is not None
        plan: Plan = private["_plan"]
        return plan

    # Look-ups ---------------------------------------------------------------------------

    def fact(self, fact_id: str) -> Any:
        return self.plan.facts[fact_id]

    def has_fact(self, fact_id: str) -> bool:
        return fact_id in self.plan.facts

    def output(self, output_id: str) -> Output:
        return self.plan.outputs[output_id]

    def criterion(self, criterion_id: str) -> Criterion:
        return self.plan.criteria[criterion_id]

    def parameter(self, param_id: str) -> Parameter:
        return self.plan.params[param_id]

    @property
    def defaults(self) -> dict[str, Any]:
        return self.plan.defaults

    def criterion_facts(self, criterion_id: str) -> tuple[str, ...]:
        return self.plan.criterion_facts[criterion_id]

    def parameters_on(self, on: date) -> dict[str, Any]:
        return self.plan.receipt(on)

    # Consistency ------------------------------------------------------------------------

    def _check(self) -> None:
        problems = self.problems()
        if problems:
            raise ValueError(f"scheme {self.id}: " + "; ".join(problems))

    def problems(self) -> list[str]:
        """Everything inconsistent in the definition (empty when sound)."""
        problems: list[str] = []
        self_facts = {f.id for f in self.facts}
        self_params = {p.id for p in self.parameters}
        self_outputs = {o.id: o for o in self.outputs}
        groups = {
            "fact": [f.id for f in self.facts],
            "parameter": [p.id for p in self.parameters],
            "output": [o.id for o in self.outputs],
            "criterion": [c.id for c in self.criteria],
            "note": [n.id for n in self.notes],
        }
        for kind, ids in groups.items():
            for dup in sorted({i for i in ids if ids.count(i) > 1}):
                problems.append(f"{kind} id {dup!r} is declared twice")
        names = {"on"} | self_facts | self_params | set(self_outputs)
        for owner, tree in self._trees():
            for node in tree.walk():
                problems.extend(self._check_reference(owner, node))
        for owner, text in self._texts():
            for name in sorted(placeholders(text) - names):
                problems.append(
                    f"{owner}: text names {{{name}}}, which is no fact, output or parameter"
                )
            for field in odd_fields(text):
                problems.append(
                    f"{owner}: text has {field}; a sentence reads {{name}} or {{name:%}}"
                )
        problems.extend(self._check_cycles())
        for o in self.outputs:
            if (o.kind is OutputKind.ENUM) != bool(o.choices):
                problems.append(f"output {o.id}: choices (with labels) belong to enum outputs only")
        for c in self.criteria:
            if c.applies is not None and c.not_applicable is None:
                problems.append(
                    f"criterion {c.id} limits where it applies but has no not_applicable text"
                )
        for p in self.parameters:
            if not p.periods:
                problems.append(f"parameter {p.id} has no period")
        return problems

    def _trees(self) -> list[tuple[str, x.Expr]]:
        trees: list[tuple[str, x.Expr]] = [
            (f"criterion {c.id}", c.condition) for c in self.criteria
        ]
        trees += [(f"output {o.id}", o.expr) for o in self.outputs]
        trees += [(f"note {n.id}", n.when) for n in self.notes if n.when is not None]
        trees += [(f"constraint {c.id}", c.test) for c in self.constraints]
        return trees

    def _texts(self) -> list[tuple[str, Text]]:
        texts = [(f"criterion {c.id}", text) for c in self.criteria for text in c.texts()]
        texts += [(f"note {n.id}", n.text) for n in self.notes]
        texts += [("not_assessed", text) for text in self.not_assessed]
        texts += [
            (f"parameter {p.id} gap_texts", text)
            for p in self.parameters
            if p.gap_texts is not None
            for text in (p.gap_texts.missing, p.gap_texts.decided, p.gap_texts.waiting)
        ]
        return texts

    def _check_reference(self, owner: str, node: x.Expr) -> list[str]:
        kinds: list[tuple[type[x.Expr], set[str], str]] = [
            (x.Fact, {f.id for f in self.facts}, "fact"),
            (x.Param, {p.id for p in self.parameters}, "parameter"),
            (x.ParamOn, {p.id for p in self.parameters}, "parameter"),
            (x.Out, {o.id for o in self.outputs}, "output"),
            (x.Crit, {c.id for c in self.criteria}, "criterion"),
        ]
        for cls, known, kind in kinds:
            if isinstance(node, cls) and node.id not in known:  # type: ignore[attr-defined]
                return [f"{owner} uses unknown {kind} {node.id!r}"]  # type: ignore[attr-defined]
        return []

    def _check_cycles(self) -> list[str]:
        def refs(tree: x.Expr) -> set[str]:
            found = set()
            for node in tree.walk():
                if isinstance(node, x.Out):
                    found.add(f"output {node.id}")
                elif isinstance(node, x.Crit):
                    found.add(f"criterion {node.id}")
            return found

        graph = {f"output {o.id}": refs(o.expr) for o in self.outputs}
        graph |= {f"criterion {c.id}": refs(c.condition) for c in self.criteria}
        done: set[str] = set()

        def visit(name: str, path: tuple[str, ...]) -> str | None:
            if name in path:
                return " -> ".join((*path, name))
            if name in done or name not in graph:
                return None
            for nxt in sorted(graph[name]):
                cycle = visit(nxt, (*path, name))
                if cycle:
                    return cycle
            done.add(name)
            return None

        for name in graph:
            cycle = visit(name, ())
            if cycle:
                return [f"circular definition: {cycle}"]
        return []


def _dump_param(parameter: Parameter, value: Any) -> Any:
    if parameter.unit == "money" and isinstance(value, int):
        return cents_to_str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, Decimal):
        return str(value)
    return value


_ORDERING = ("<", "<=", ">", ">=")


def _declared_range(fact: Any) -> Any:
    """What an unanswered fact can still be, in engine units (cents for money)."""
    if fact.kind == "date":
        return x.span(fact.minimum, fact.maximum)
    if fact.kind not in ("int", "money", "decimal"):
        return x.UNKNOWN
    scale = 100 if fact.kind == "money" else 1

    def end(bound: Decimal | None) -> Any:
        if bound is None:
            return None
        return int(bound * scale) if fact.kind != "decimal" else bound

    return x.span(end(fact.minimum), end(fact.maximum))


class Plan:
    """A scheme compiled for evaluation: dictionaries and closures, built once."""

    __slots__ = (
        "_bounds_on",
        "_gaps_on",
        "_params_on",
        "_receipts",
        "availability_cache",
        "criteria",
        "criterion_blames",
        "criterion_comparisons",
        "criterion_fact_set",
        "criterion_facts",
        "criterion_fns",
        "criterion_params",
        "criterion_ranges",
        "dated_json",
        "dated_receipts",
        "defaults",
        "fact_ranges",
        "fact_rank",
        "facts",
        "hint_targets",
        "notes",
        "output_blames",
        "output_dumps",
        "output_fact_set",
        "output_facts",
        "output_fns",
        "output_ranges",
        "outputs",
        "param_dependents",
        "params",
    )

    def __init__(self, scheme: Scheme) -> None:
        self.facts: dict[str, Any] = {f.id: f for f in scheme.facts}
        self.params: dict[str, Parameter] = {p.id: p for p in scheme.parameters}
        self.outputs: dict[str, Output] = {o.id: o for o in scheme.outputs}
        self.criteria: dict[str, Criterion] = {c.id: c for c in scheme.criteria}
        self.defaults: dict[str, Any] = {f.id: f.default for f in scheme.facts if f.optional}
        self.fact_rank: dict[str, int] = {f.id: i for i, f in enumerate(scheme.facts)}
        self.output_fns = {o.id: o.expr.fn for o in scheme.outputs}
        self.output_dumps = tuple((o.id, o.dumper()) for o in scheme.outputs)
        self.criterion_fns = {c.id: c.condition.fn for c in scheme.criteria}
        self.fact_ranges = {
            f.id: found for f in scheme.facts if (found := _declared_range(f)) is not x.UNKNOWN
        }
        # The second pass (deciding from bounds) only for trees that read something with a
        # bound: a numeric or date fact, a figure the law bounds, a cohort table. For any
        # other tree it would only repeat the first pass.
        bounded = self._bounded_trees(scheme)
        self.output_ranges = {
            o.id: o.expr.range_fn if f"output {o.id}" in bounded else None for o in scheme.outputs
        }
        self.criterion_ranges = {
            c.id: c.condition.range_fn if f"criterion {c.id}" in bounded else None
            for c in scheme.criteria
        }
        self.output_blames = {o.id: o.expr.blame_fn for o in scheme.outputs}
        self.criterion_blames = {c.id: c.condition.blame_fn for c in scheme.criteria}
        # Found once here rather than by walking the trees for every result: the ordering
        # comparisons of each test (for "what would change") and the parameters it reads.
        self.criterion_comparisons = {
            c.id: tuple(n for n in c.test.walk() if isinstance(n, x.Cmp) and n.symbol in _ORDERING)
            for c in scheme.criteria
        }
        self.criterion_params = {
            c.id: tuple(dict.fromkeys(n.id for n in c.condition.walk() if isinstance(n, x.Param)))
            for c in scheme.criteria
        }
        self.notes = tuple((n, None if n.when is None else n.when.fn) for n in scheme.notes)
        # Per parameter: the outputs and criteria that read it, directly or through others
        # (an output that is the bare figure is left out: it waits for the figure anyway).
        self.param_dependents: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        for p in scheme.parameters:
            outs = tuple(
                o.id
                for o in scheme.outputs
                if not (isinstance(o.expr, x.Param) and o.expr.id == p.id)
                and p.id in self._params_behind(o.expr)
            )
            crits = tuple(c.id for c in scheme.criteria if p.id in self._params_behind(c.condition))
            self.param_dependents[p.id] = (outs, crits)
        self.criterion_facts = {
            c.id: tuple(sorted(self._facts_behind(c.condition), key=self.fact_rank.__getitem__))
            for c in scheme.criteria
        }
        self.output_facts = {o.id: tuple(self._facts_behind(o.expr)) for o in scheme.outputs}
        self.criterion_fact_set = {k: frozenset(v) for k, v in self.criterion_facts.items()}
        self.output_fact_set = {k: frozenset(v) for k, v in self.output_facts.items()}
        self._params_on: dict[date, dict[str, Any]] = {}
        self._bounds_on: dict[date, dict[str, Any]] = {}
        self._gaps_on: dict[date, tuple[str, ...]] = {}
        self._receipts: dict[date, dict[str, Any]] = {}
        self.availability_cache: dict[date, Any] = {}
        self.dated_receipts: dict[date, Any] = {}  # the receipt as JSON, to copy (rules.result)
        self.hint_targets: dict[x.Expr, tuple[str, ...]] = {}  # per tree (rules.hints)
        self.dated_json: dict[date, Any] = {}  # criteria and notes as JSON (rules.result)

    def params_on(self, on: date) -> dict[str, Any]:
        """Every parameter's value on ``on``; ``UNKNOWN`` where no period holds it."""
        values = self._params_on.get(on)
        if values is None:
            values = {}
            for p in self.params.values():
                period = p.period_on(on)
                values[p.id] = x.UNKNOWN if period is None else period.value
            self._params_on[on] = values
        return values

    def gaps_on(self, on: date) -> tuple[str, ...]:
        """The parameters without a value on ``on`` that an output or a criterion reads, in
        declared order."""
        found = self._gaps_on.get(on)
        if found is None:
            values = self.params_on(on)
            found = self._gaps_on[on] = tuple(
                param_id
                for param_id, value in values.items()
                if value is x.UNKNOWN and any(self.param_dependents[param_id])
            )
        return found

    def bounds_on(self, on: date) -> dict[str, Any]:
        """For each parameter without a value on ``on``: the bounds the law gives it, as a
        :class:`rules.expr.Range` (parameters with no bound are left out)."""
        found = self._bounds_on.get(on)
        if found is None:
            found = {}
            for p in self.params.values():
                if p.period_on(on) is None:
                    gap = p.gap_on(on)
                    if gap is not None and (gap.at_least is not None or gap.at_most is not None):
                        found[p.id] = x.span(gap.at_least, gap.at_most)
            self._bounds_on[on] = found
        return found

    def receipt(self, on: date) -> dict[str, Any]:
        """The receipt's part on parameters: each value valid on ``on`` with its period and
        source; a figure not published yet is ``None``, or its gap where one is declared
        or bounded: from when, when it is expected, and the bounds the law gives it."""
        cached = self._receipts.get(on)
        if cached is None:
            cached = {}
            for p in self.params.values():
                period = p.period_on(on)
                if period is not None:
                    cached[p.id] = {
                        "value": _dump_param(p, period.value),
                        "valid_from": period.start.isoformat(),
                        "valid_to": None if period.end is None else period.end.isoformat(),
                        "source": period.citation.url,
                    }
                    continue
                gap = p.gap_on(on)
                bounded = gap is not None and (gap.at_least is not None or gap.at_most is not None)
                if gap is None or not (bounded or p.gaps or p.gap_texts or p.rhythm):
                    cached[p.id] = None
                    continue
                cached[p.id] = {
                    "value": None,
                    "not_published": {
                        "from": None if gap.start is None else gap.start.isoformat(),
                        "to": None if gap.end is None else gap.end.isoformat(),
                        "expected": None if gap.expected is None else gap.expected.isoformat(),
                    },
                    "at_least": None if gap.at_least is None else _dump_param(p, gap.at_least),
                    "at_most": None if gap.at_most is None else _dump_param(p, gap.at_most),
                    "source": None if gap.basis is None else gap.basis.url,
                }
            self._receipts[on] = cached
        return cached

    def _bounded_trees(self, scheme: Scheme) -> set[str]:
        """The outputs and criteria whose trees read, directly or through others, a
        source of bounds (or choose between branches that may agree)."""
        params = {p.id for p in scheme.parameters if p.never_falls or p.gaps or p.unit == "table"}
        trees = {f"output {o.id}": o.expr for o in scheme.outputs}
        trees |= {f"criterion {c.id}": c.condition for c in scheme.criteria}
        direct: dict[str, bool] = {}
        refs: dict[str, set[str]] = {}
        for name, tree in trees.items():
            found = False
            refs[name] = set()
            for node in tree.walk():
                if (isinstance(node, x.Fact) and node.id in self.fact_ranges) or (
                    isinstance(node, x.Param) and node.id in params
                ):
                    found = True
                elif isinstance(node, x.If):
                    found = True  # both branches may agree while the condition is open
                elif isinstance(node, x.Out):
                    refs[name].add(f"output {node.id}")
                elif isinstance(node, x.Crit):
                    refs[name].add(f"criterion {node.id}")
            direct[name] = found
        bounded = {name for name, found in direct.items() if found}
        changed = True
        while changed:  # through references to other outputs and criteria
            changed = False
            for name, targets in refs.items():
                if name not in bounded and targets & bounded:
                    bounded.add(name)
                    changed = True
        return bounded

    def _params_behind(self, tree: x.Expr) -> set[str]:
        """The parameters a tree reads, following references to outputs and criteria."""
        return self._leaves_behind(tree, x.Param, set())

    def _facts_behind(self, tree: x.Expr) -> set[str]:
        """The facts a tree reads, following references to outputs and criteria."""
        return self._leaves_behind(tree, x.Fact, set())

    def _leaves_behind(
        self, tree: x.Expr, kind: type[x.Param | x.Fact], seen: set[int]
    ) -> set[str]:
        if id(tree) in seen:
            return set()
        seen.add(id(tree))
        found: set[str] = set()
        for node in tree.walk():
            if isinstance(node, kind):
                found.add(node.id)
            elif isinstance(node, x.Out):
                found |= self._leaves_behind(self.outputs[node.id].expr, kind, seen)
            elif isinstance(node, x.Crit):
                found |= self._leaves_behind(self.criteria[node.id].condition, kind, seen)
        return found
