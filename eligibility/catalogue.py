"""What the schemes are, for people and clients: their ids, titles, facts and windows.

Reads scheme definitions from the registry; evaluates nothing (`eligibility.services`
does). The API's scheme and fact descriptions, the questionnaire's lists and the
workspace's titles come from here.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

import rules

from .errors import EvaluationInputError

Lang = Literal["nl", "en"]


def unknown_scheme_message(scheme_id: str, lang: Lang) -> str:
    return rules.UnknownScheme(scheme_id, scheme_ids()).message(lang)


def get_scheme(scheme_id: str, lang: Lang) -> Any:
    try:
        return rules.registry.get(scheme_id)
    except rules.UnknownScheme as exc:
        raise EvaluationInputError(
            {"scheme": [exc.message(lang)]}, {"scheme": ["unknown_scheme"]}
        ) from exc


def list_schemes(on: date) -> list[dict[str, Any]]:
    """Every registered scheme, in registry order, with its titles and availability on `on`."""
    return [
        {
            "id": scheme.id,
            "title": {"nl": scheme.title.nl, "en": scheme.title.en},
            "summary": {"nl": scheme.summary.nl, "en": scheme.summary.en},
            "availability": rules.availability(scheme, on).as_dict(),
        }
        for scheme in rules.registry.all()
    ]


def scheme_ids() -> list[str]:
    """Every scheme id, in registry order."""
    return [scheme.id for scheme in rules.registry.all()]


def fact_definitions() -> list[Any]:
    """Every fact any scheme asks, as the engine defines it (`rules.facts`)."""
    return list(rules.registry.facts.values())


def fact_catalog() -> list[dict[str, Any]]:
    """Every fact any scheme asks, described once (id, kind, bounds, choices, questions)."""
    return [_describe_fact(fact) for fact in rules.registry.facts.values()]


def describe_schemes(on: date) -> list[dict[str, Any]]:
    """Every scheme in registry order: what it is, its legal basis and availability on `on`."""
    return [_describe_scheme_summary(scheme, on) for scheme in rules.registry.all()]


def describe_scheme(scheme_id: str, on: date, lang: Lang = "en") -> dict[str, Any]:
    """One scheme in full: its facts, criteria, outputs and windows, and availability on `on`.

    Raises `EvaluationInputError` (code `unknown_scheme`) for an id no scheme has.
    """
    scheme = get_scheme(scheme_id, lang)
    rule = scheme.availability
    return {
        **_describe_scheme_summary(scheme, on),
        "in_force_from": rule.in_force_from.isoformat(),
        "in_force_to": None if rule.in_force_to is None else rule.in_force_to.isoformat(),
        "windows": [
            {"id": w.id, "opens": w.opens.isoformat(), "closes": w.closes.isoformat()}
            for w in rule.windows
        ],
        "availability_citation": rule.citation.as_dict(on),
        "facts": [_describe_fact(fact) for fact in scheme.facts],
        "criteria": [
            {"id": c.id, "label": c.label.as_dict(), "citation": c.citation.as_dict(on)}
            for c in scheme.criteria
        ],
        "outputs": [_describe_output(o) for o in scheme.outputs],
        "not_assessed": [text.as_dict() for text in scheme.not_assessed],
    }


def _describe_scheme_summary(scheme: Any, on: date) -> dict[str, Any]:
    return {
        "id": scheme.id,
        "version": scheme.version,
        "title": scheme.title.as_dict(),
        "summary": scheme.summary.as_dict(),
        "eligible_means": scheme.eligible_means.as_dict(),
        "audience": [str(a) for a in scheme.audience],
        "legal_basis": scheme.legal_basis.as_dict(on),
        "availability": rules.availability(scheme, on).as_dict(),
    }


def _describe_output(output: Any) -> dict[str, Any]:
    return {
        "id": output.id,
        "kind": str(output.kind),
        "label": output.label.as_dict(),
        "choices": [{"id": c.id, "label": c.label.as_dict()} for c in output.choices]
        if output.choices
        else None,
    }


def _describe_fact(fact: Any) -> dict[str, Any]:
    """A fact as its kind describes it (`rules.facts`: bounds, choices, default)."""
    described: dict[str, Any] = fact.describe()
    return described


# The guided questionnaire: what to ask next, and which answers still matter -------------


def schemes_for(audience: str) -> list[str]:
    """The ids of the schemes meant for `audience`, in registry order (the order shown)."""
    return [s.id for s in rules.registry.all() if audience in s.audience]
