"""The only module that calls the `rules` engine.

Views, the API and management commands go through these functions. They turn the
engine's exceptions into `EvaluationInputError` with field-level messages, so no caller
needs to know the engine's exception types.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, Literal

import rules

from .errors import EvaluationInputError

Lang = Literal["nl", "en"]


def evaluate(
    scheme_id: str, on: date, raw_facts: Mapping[str, object], lang: Lang = "en"
) -> dict[str, Any]:
    """Evaluate one scheme on reference date `on` with JSON-like facts; return the result JSON.

    Raises `EvaluationInputError` for an unknown scheme or invalid facts, with the
    messages in `lang`.
    """
    scheme = _get_scheme(scheme_id, lang)
    try:
        facts = rules.parse_facts(raw_facts, scheme)
    except rules.FactsInvalid as exc:
        raise EvaluationInputError(_fact_errors(exc, lang)) from exc
    result: dict[str, Any] = rules.evaluate(scheme, facts, on).to_json()
    return result


def screen(
    audience: str, on: date, raw_facts: Mapping[str, object], lang: Lang = "en"
) -> dict[str, Any]:
    """Every scheme for `audience` with one set of answers, and the one next question."""
    if audience not in AUDIENCES:
        raise EvaluationInputError({"audience": [AUDIENCE_MESSAGES[lang].format(value=audience)]})
    try:
        screening = rules.screen(raw_facts, on, audience)
    except rules.FactsInvalid as exc:
        raise EvaluationInputError(_fact_errors(exc, lang)) from exc
    result: dict[str, Any] = screening.to_json()
    return result


AUDIENCES = ("worker", "employer", "adviser")
AUDIENCE_MESSAGES: dict[Lang, str] = {
    "nl": "Doelgroep '{value}' bestaat niet. Kies worker, employer of adviser.",
    "en": "Audience '{value}' does not exist. Choose worker, employer or adviser.",
}


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


def registry_problems() -> list[str]:
    """Problems in the scheme definitions; empty when every scheme is sound."""
    return list(rules.validate_registry())


def _get_scheme(scheme_id: str, lang: Lang) -> Any:
    try:
        return rules.registry.get(scheme_id)
    except rules.UnknownScheme as exc:
        raise EvaluationInputError({"scheme": [exc.message(lang)]}) from exc


def _fact_errors(exc: Any, lang: Lang) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    for issue in exc.issues:
        errors.setdefault(str(issue.fact), []).append(issue.message(lang))
    if not errors:
        errors["facts"] = [str(exc)]
    return errors
