"""The catalogue of schemes (:class:`Registry`), and the parsing of answers against it.

``rules.registry`` is the one registry the package loads; this module defines its class.

One registry holds every scheme and refuses a second scheme with the same id. A fact id
may be shared by several schemes (``birth_date``); it must then be defined identically,
so one set of answers means the same thing to every scheme.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from rules.context import Ctx
from rules.errors import FactIssue, FactsInvalid, SchemeDefinitionError, UnknownScheme
from rules.facts import parse_value
from rules.scheme import Scheme

__all__ = ["Registry", "parse_facts"]


class Registry:
    def __init__(self) -> None:
        self._schemes: dict[str, Scheme] = {}
        self._facts: dict[str, Any] = {}

    def register(self, scheme: Scheme) -> Scheme:
        if scheme.id in self._schemes:
            raise SchemeDefinitionError(f"a scheme with id {scheme.id!r} is already registered")
        for fact in scheme.facts:
            known = self._facts.get(fact.id)
            if known is not None and known != fact:
                raise SchemeDefinitionError(
                    f"fact {fact.id!r} of scheme {scheme.id!r} differs from the fact of the "
                    "same id in another scheme; share one definition"
                )
            self._facts.setdefault(fact.id, fact)
        self._schemes[scheme.id] = scheme
        return scheme

    def get(self, scheme_id: str) -> Scheme:
        try:
            return self._schemes[scheme_id]
        except KeyError:
            raise UnknownScheme(scheme_id, sorted(self._schemes)) from None

    def all(self) -> list[Scheme]:
        return list(self._schemes.values())

    def __iter__(self) -> Iterator[Scheme]:
        return iter(self._schemes.values())

    def __contains__(self, scheme_id: object) -> bool:
        return scheme_id in self._schemes

    def fact(self, fact_id: str) -> Any:
        try:
            return self._facts[fact_id]
        except KeyError:
            raise FactsInvalid([FactIssue(fact_id, "unknown_fact")]) from None

    @property
    def facts(self) -> Mapping[str, Any]:
        return self._facts


def parse_facts(registry: Registry, raw: object, scheme: Scheme | None = None) -> dict[str, Any]:
    """Validate JSON-like answers; collect every problem, one per fact.

    Unknown ids are refused (a typo must not become a missing fact). Known facts that
    ``scheme`` does not use are dropped. An omitted or empty answer is unknown, or takes
    the fact's default when its contract gives one.
    """
    if not isinstance(raw, Mapping):
        raise FactsInvalid([FactIssue("facts", "not_an_object")])
    values: dict[str, Any] = {}
    issues: list[FactIssue] = []
    used = None if scheme is None else scheme.plan.facts
    for key, given in raw.items():
        fact = registry.facts.get(key) if isinstance(key, str) else None
        if fact is None:
            issues.append(FactIssue(str(key), "unknown_fact"))
            continue
        if used is not None and key not in used:
            continue
        try:
            value = parse_value(fact, given)
        except FactIssue as issue:
            issues.append(issue)
            continue
        if fact.optional or value is not fact.default:  # NO_DEFAULT means: still unknown
            values[key] = value
    if scheme is not None and not issues:
        issues = check_constraints(scheme, values)
    if issues:
        raise FactsInvalid(issues)
    return values


def check_constraints(scheme: Scheme, values: Mapping[str, Any]) -> list[FactIssue]:
    """Rules on the answers themselves; a constraint that cannot be decided yet passes."""
    if not scheme.constraints:
        return []
    ctx = Ctx(scheme, {**scheme.defaults, **values}, None)
    return [
        FactIssue(c.fact, "constraint", {"detail_nl": c.message.nl, "detail_en": c.message.en})
        for c in scheme.constraints
        if c.test.fn(ctx) is False
    ]
