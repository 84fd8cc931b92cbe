"""The rules engine: pure Python, no Django, no clock, no I/O.

Import from here, not from submodules::

    from rules import registry, parse_facts, evaluate

    scheme = registry.get("wfw")
    result = evaluate(scheme, parse_facts(answers, scheme), on=date(2026, 3, 1))
    result.to_json()
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from rules.catalogue import Registry
from rules.catalogue import parse_facts as _parse_facts
from rules.engine import ENGINE_VERSION, availability, evaluate
from rules.errors import FactIssue, FactsInvalid, RulesError, SchemeDefinitionError, UnknownScheme
from rules.guidance import Guide
from rules.guidance import answers_in_use as _answers_in_use
from rules.guidance import guide as _guide
from rules.loader import CommonWeb, SchemeWeb
from rules.result import Result
from rules.scheme import Scheme
from rules.schemes import load as _load
from rules.screening import Screening
from rules.screening import screen as _screen
from rules.status import LawStatus
from rules.status import law_status as _law_status
from rules.texts import Lang, Text

__all__ = [
    "ENGINE_VERSION",
    "FactIssue",
    "FactsInvalid",
    "Guide",
    "Lang",
    "LawStatus",
    "Registry",
    "Result",
    "RulesError",
    "Scheme",
    "SchemeDefinitionError",
    "Screening",
    "Text",
    "UnknownScheme",
    "answers_in_use",
    "availability",
    "evaluate",
    "guide",
    "law_status",
    "parse_facts",
    "registry",
    "screen",
    "validate_registry",
]

registry: Registry = Registry()
_loaded = _load(registry)
LOAD_PROBLEMS: tuple[str, ...] = tuple(_loaded.problems)
"""What stopped a scheme folder from loading (file and key named); the system check
reports them."""
SCHEME_WEB: dict[str, SchemeWeb] = _loaded.web
"""Per scheme, its ``web.yaml``: what the web offers with it (topics, next steps, documents)."""
COMMON_WEB: CommonWeb = _loaded.common_web
"""The questionnaire's topics and situations, and the documents of shared facts."""


def parse_facts(raw: object, scheme: Scheme | None = None) -> dict[str, Any]:
    """Validate answers against every known fact; keep those ``scheme`` uses."""
    return _parse_facts(registry, raw, scheme)


def screen(raw: Mapping[str, Any], on: date, audience: str) -> Screening:
    """Every scheme for ``audience`` with one set of answers, and the next question."""
    return _screen(registry, raw, on, audience)


def guide(
    scheme_ids: Sequence[str] | None,
    audience: str,
    on: date,
    raw: Mapping[str, object],
    **options: Any,
) -> Guide:
    """Where a guided questionnaire stands and the one next question (see
    :func:`rules.guidance.guide`)."""
    return _guide(registry, scheme_ids, audience, on, raw, parse_facts(raw), **options)


def answers_in_use(
    scheme_ids: Sequence[str],
    on: date,
    raw: Mapping[str, object],
    outputs_for: Sequence[str] = (),
    closed_too: bool = False,
) -> set[str]:
    """The answered facts that still matter to a scheme of the journey."""
    return _answers_in_use(registry, scheme_ids, on, parse_facts(raw), outputs_for, closed_too)


def law_status(on: date) -> LawStatus:
    """Every scheme's state on ``on``, its dated figures, their gaps and what is due."""
    return _law_status(registry, on)


def validate_registry(reg: Registry | None = None) -> list[str]:
    """Problems that must stop start-up (the Django system check reports them).

    Each scheme checks itself when built; this runs the same checks again over the
    registry as loaded, plus what spans schemes: a fact shared by two schemes must be
    defined once.
    """
    problems: list[str] = [] if reg is not None else list(LOAD_PROBLEMS)
    seen: dict[str, object] = {}
    for scheme in reg or registry:
        problems += [f"{scheme.id}: {p}" for p in scheme.problems()]
        for fact in scheme.facts:
            if fact.id in seen and seen[fact.id] != fact:
                problems.append(
                    f"{scheme.id}: fact {fact.id} differs from its definition elsewhere"
                )
            seen.setdefault(fact.id, fact)
    return problems
