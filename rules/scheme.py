"""The shape of a scheme: facts, dated parameters, criteria, outputs, notes, availability.

A scheme module builds one :class:`Scheme` from these models and the expressions of
:mod:`rules.expr`. The model checks itself when it is built, so an inconsistent scheme
stops the import (and the Django system check), never a user's request: every fact,
parameter, output and criterion an expression or a text names must exist, ids are
unique, outputs and criteria do not depend on themselves.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, PrivateAttr, model_validator

from rules import expr as x
from rules.facts import Audience, Fact, cents_to_str
from rules.parameters import Parameter
from rules.texts import Citation, Text, placeholders, t

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

    def dump(self, value: Any) -> Any:
        if value is x.UNKNOWN or value is None:
            return None
        if self.kind is OutputKind.MONEY:
            return cents_to_str(round_cents(value))
        if self.kind is OutputKind.DECIMAL:
            return str(x.DECIMAL_CONTEXT.quantize(value, x.Decimal(1).scaleb(-self.places)))
        if self.kind is OutputKind.DATE:
            return value.isoformat()
        if self.kind is OutputKind.INT:
            return int(value)
        return value


def round_cents(value: Any) -> int:
    """Round half-up (away from zero on a tie) to a whole cent."""
    if type(value) is int:
        return value
    return int(x.DECIMAL_CONTEXT.quantize(value, x.Decimal(1)))


class Note(BaseModel):
    """A caveat the user must see; shown always, or when ``when`` holds."""

    model_config = _MODEL

    id: str
    text: Text
    when: x.Expr | None = None
    citation: Citation | None = None


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
    it, with the scheme still in force, availability is unknown). ``successor`` says what
    exists now, for a closed scheme.
    """

    model_config = _MODEL

    citation: Citation
    in_force_from: date
    in_force_to: date | None = None
    windows: tuple[Window, ...] = ()
    windows_known_until: date | None = None
    before_text: Text = t(
        "Deze regeling gold toen nog niet; wat eerder gold, beoordeelt deze check niet.",
        "This scheme did not apply yet; what applied before is not assessed by this check.",
    )
    successor: Text | None = None
    unknown_text: Text | None = None

    @model_validator(mode="after")
    def _windows_are_ordered(self) -> AvailabilityRule:
        for earlier, later in zip(self.windows, self.windows[1:], strict=False):
            if later.opens <= earlier.closes:
                raise ValueError(f"window {later.id} overlaps or precedes {earlier.id}")
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
    facts: tuple[Fact, ...]
    parameters: tuple[Parameter, ...] = ()
    criteria: tuple[Criterion, ...]
    outputs: tuple[Output, ...] = ()
    notes: tuple[Note, ...] = ()
    constraints: tuple[Constraint, ...] = ()
    availability: AvailabilityRule

    _facts: dict[str, Any] = PrivateAttr()
    _params: dict[str, Parameter] = PrivateAttr()
    _outputs: dict[str, Output] = PrivateAttr()
    _criteria: dict[str, Criterion] = PrivateAttr()
    _defaults: dict[str, Any] = PrivateAttr()
    _criterion_facts: dict[str, tuple[str, ...]] = PrivateAttr()
    _fact_rank: dict[str, int] = PrivateAttr()
    _receipts: dict[date, dict[str, Any]] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: Any, /) -> None:
        self._facts = {f.id: f for f in self.facts}
        self._params = {p.id: p for p in self.parameters}
        self._outputs = {o.id: o for o in self.outputs}
        self._criteria = {c.id: c for c in self.criteria}
        self._defaults = {f.id: f.default for f in self.facts if f.optional}
        self._fact_rank = {f.id: i for i, f in enumerate(self.facts)}
        self._check()
        self._criterion_facts = {
            c.id: tuple(sorted(self._facts_behind(c.condition), key=self._fact_rank.__getitem__))
            for c in self.criteria
        }

    # Look-ups used by the engine ----------------------------------------------------------

    def fact(self, fact_id: str) -> Any:
        return self._facts[fact_id]

    def has_fact(self, fact_id: str) -> bool:
        return fact_id in self._facts

    def output(self, output_id: str) -> Output:
        return self._outputs[output_id]

    def criterion(self, criterion_id: str) -> Criterion:
        return self._criteria[criterion_id]

    def parameter(self, param_id: str) -> Parameter:
        return self._params[param_id]

    @property
    def defaults(self) -> dict[str, Any]:
        return self._defaults

    def fact_rank(self, fact_id: str) -> int:
        return self._fact_rank[fact_id]

    def criterion_facts(self, criterion_id: str) -> tuple[str, ...]:
        return self._criterion_facts[criterion_id]

    def parameters_on(self, on: date) -> dict[str, Any]:
        """The receipt's part on parameters: each value valid on ``on`` and its source."""
        cached = self._receipts.get(on)
        if cached is None:
            cached = {}
            for p in self.parameters:
                period = p.period_on(on)
                cached[p.id] = None if period is None else {
                    "value": _dump_param(p, period.value),
                    "valid_from": period.start.isoformat(),
                    "valid_to": None if period.end is None else period.end.isoformat(),
                    "source": period.citation.url,
                }
            self._receipts[on] = cached
        return cached

    # Consistency ------------------------------------------------------------------------

    def _check(self) -> None:
        problems: list[str] = []
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
        names = {"on"} | set(self._facts) | set(self._params) | set(self._outputs)
        for owner, tree in self._trees():
            for node in tree.walk():
                problems.extend(self._check_reference(owner, node))
        for owner, text in self._texts():
            for name in sorted(placeholders(text) - names):
                problems.append(f"{owner}: text names {{{name}}}, which is no fact, output or parameter")
        problems.extend(self._check_cycles())
        if problems:
            raise ValueError(f"scheme {self.id}: " + "; ".join(problems))

    def _trees(self) -> list[tuple[str, x.Expr]]:
        trees: list[tuple[str, x.Expr]] = [(f"criterion {c.id}", c.condition) for c in self.criteria]
        trees += [(f"output {o.id}", o.expr) for o in self.outputs]
        trees += [(f"note {n.id}", n.when) for n in self.notes if n.when is not None]
        trees += [(f"constraint {c.id}", c.test) for c in self.constraints]
        return trees

    def _texts(self) -> list[tuple[str, Text]]:
        texts = [(f"criterion {c.id}", text) for c in self.criteria for text in c.texts()]
        texts += [(f"note {n.id}", n.text) for n in self.notes]
        return texts

    def _check_reference(self, owner: str, node: x.Expr) -> list[str]:
        kinds: list[tuple[type[x.Expr], dict[str, Any], str]] = [
            (x.Fact, self._facts, "fact"),
            (x.Param, self._params, "parameter"),
            (x.Out, self._outputs, "output"),
            (x.Crit, self._criteria, "criterion"),
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

    def _facts_behind(self, tree: x.Expr, seen: set[int] | None = None) -> set[str]:
        """The facts a tree reads, following references to outputs and criteria."""
        seen = set() if seen is None else seen
        if id(tree) in seen:
            return set()
        seen.add(id(tree))
        found: set[str] = set()
        for node in tree.walk():
            if isinstance(node, x.Fact):
                found.add(node.id)
            elif isinstance(node, x.Out):
                found |= self._facts_behind(self._outputs[node.id].expr, seen)
            elif isinstance(node, x.Crit):
                found |= self._facts_behind(self._criteria[node.id].condition, seen)
        return found


def _dump_param(parameter: Parameter, value: Any) -> Any:
    if parameter.unit == "money" and isinstance(value, int):
        return cents_to_str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, x.Decimal):
        return str(value)
    return value


ONE_DAY = timedelta(days=1)
