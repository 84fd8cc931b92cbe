"""The module that calls the `rules` engine for one set of answers (`eligibility.bulk`
does for many records at once).

Views, the API and management commands go through these functions. They turn the
engine's exceptions into `EvaluationInputError` with field-level messages, so no caller
needs to know the engine's exception types.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import date
from typing import Any, Literal

import rules
import rules.guidance

from . import catalogue
from .catalogue import Lang, get_scheme
from .errors import EvaluationInputError


def evaluate(
    scheme_id: str, on: date, raw_facts: Mapping[str, object], lang: Lang = "en"
) -> dict[str, Any]:
    """Evaluate one scheme on reference date `on` with JSON-like facts; return the result JSON.

    Raises `EvaluationInputError` for an unknown scheme or invalid facts, with the
    messages in `lang`.
    """
    scheme = get_scheme(scheme_id, lang)
    try:
        facts = rules.parse_facts(raw_facts, scheme)
    except rules.FactsInvalid as exc:
        raise EvaluationInputError(_fact_errors(exc, lang), _fact_codes(exc)) from exc
    result: dict[str, Any] = rules.evaluate(scheme, facts, on).to_json()
    return result


def screen(
    audience: str,
    on: date,
    raw_facts: Mapping[str, object],
    lang: Lang = "en",
    detail: Literal["full", "outline"] = "full",
    outputs: Callable[[str], Collection[str]] | None = None,
) -> dict[str, Any]:
    """Every scheme for `audience` with one set of answers, and the one next question.

    `detail="full"` gives each scheme's whole result (every criterion with its explanation
    in both languages, citations, notes, receipt). `detail="outline"` gives per scheme only
    what a one-line answer needs, at a fraction of the cost: status, availability, outputs,
    `missing`, and the criteria as id and status, with the explanation (in `lang`) only of
    those not met and of an application window of the scheme's own; the rest is left out.
    With `outputs` (a scheme's id to the outputs shown of it) the outline gives, and the
    engine computes, only those outputs of each scheme.
    """
    if audience not in AUDIENCES:
        raise EvaluationInputError(
            {"audience": [AUDIENCE_MESSAGES[lang].format(value=audience)]},
            {"audience": ["invalid_choice"]},
        )
    try:
        screening = rules.screen(raw_facts, on, audience)
    except rules.FactsInvalid as exc:
        raise EvaluationInputError(_fact_errors(exc, lang), _fact_codes(exc)) from exc
    if detail == "full":
        result: dict[str, Any] = screening.to_json()
        return result
    return {
        "on": on.isoformat(),
        "audience": audience,
        "next_question": screening.next_question,
        "missing": list(screening.missing),
        "decided": [r.scheme for r in screening.results if r.status != "undetermined"],
        "results": [_outline(r, lang, outputs) for r in screening.results],
    }


def _outline(
    result: rules.Result, lang: Lang, shown: Callable[[str], Collection[str]] | None
) -> dict[str, Any]:
    """The part of one result that says its outcome in a sentence (see `screen`)."""
    return {
        "scheme": result.scheme,
        "on": result.on.isoformat(),
        "status": result.status,
        "availability": result.availability.as_dict(),
        "outputs": dict(result.outputs)
        if shown is None
        else result.outputs_of(shown(result.scheme)),
        "criteria": [
            {
                "id": c.id,
                "status": c.status,
                "explanation": {lang: c.explanation(lang)}
                if c.status == "not_met" or c.id == "application_window"
                else None,
            }
            for c in result.criteria
        ],
        "missing": list(result.missing),
    }


AUDIENCES = ("worker", "employer", "adviser")
AUDIENCE_MESSAGES: dict[Lang, str] = {
    "nl": "Doelgroep '{value}' bestaat niet. Kies worker, employer of adviser.",
    "en": "Audience '{value}' does not exist. Choose worker, employer or adviser.",
}


def law_status(on: date) -> dict[str, Any]:
    """Every scheme on `on`: in force, open, closed or ended; its dated figures with the
    periods they cover and their gaps; the next figure due by its rhythm. `failing` lists
    each scheme in force that reads a figure whose due date has passed without it."""
    status: dict[str, Any] = rules.law_status(on).as_dict()
    return status


def registry_problems() -> list[str]:
    """Problems in the scheme definitions; empty when every scheme is sound."""
    return list(rules.validate_registry())


def _fact_errors(exc: Any, lang: Lang) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    for issue in exc.issues:
        errors.setdefault(str(issue.fact), []).append(issue.message(lang))
    if not errors:
        errors["facts"] = [str(exc)]
    return errors


def _fact_codes(exc: Any) -> dict[str, list[str]]:
    codes: dict[str, list[str]] = {}
    for issue in exc.issues:
        codes.setdefault(str(issue.fact), []).append(str(issue.code))
    return codes


# Describing schemes and facts (the API's catalogue) --------------------------------------


def check_answers(
    raw_facts: Mapping[str, object], scheme_ids: Sequence[str], lang: Lang = "en"
) -> None:
    """Raise `EvaluationInputError` when an answer cannot be used by the engine, or breaks
    a rule on the answers of one of `scheme_ids` (e.g. an uncapped dagloon below the capped
    one). Messages in `lang`, per fact."""
    try:
        rules.parse_facts(raw_facts)
        for scheme_id in scheme_ids:
            rules.parse_facts(raw_facts, rules.registry.get(scheme_id))
    except rules.FactsInvalid as exc:
        raise EvaluationInputError(_fact_errors(exc, lang), _fact_codes(exc)) from exc


def usable_answers(raw_facts: Mapping[str, object]) -> tuple[dict[str, Any], list[str]]:
    """The answers the engine can still use, and the ids of those it cannot (an unknown
    fact or a value no longer valid, e.g. kept from before a scheme changed). Each answer
    is judged on its own; rules between answers are `check_answers`' job."""
    usable: dict[str, Any] = {}
    dropped: list[str] = []
    for fact_id, value in raw_facts.items():
        try:
            rules.parse_facts({fact_id: value})
        except rules.FactsInvalid:
            dropped.append(str(fact_id))
        else:
            usable[fact_id] = value
    return usable, dropped


def guide(
    scheme_ids: Sequence[str] | None,
    audience: str,
    on: date,
    raw_facts: Mapping[str, object],
    *,
    skipped: Sequence[str] = (),
    outputs_for: Sequence[str] = (),
    explain: str | None = None,
    closed_too: bool = False,
) -> dict[str, Any]:
    """Where a guided questionnaire stands: each scheme's status and the one next question,
    as the engine decides them (`rules.guidance`). `reasons` names the criteria that use
    `explain` (default: the next question), with their citations. Light on purpose:
    statuses, fact ids and labels, no rendered explanations. Answers must have passed
    `check_answers`."""
    found = rules.guide(
        scheme_ids,
        audience,
        on,
        raw_facts,
        skipped=skipped,
        outputs_for=outputs_for,
        explain=explain,
        closed_too=closed_too,
    )
    return {
        "schemes": [
            {
                "id": r.scheme,
                "status": r.status,
                "missing": list(r.missing),
                "needed_for_outputs": list(r.needed_for_outputs) if r.status == "eligible" else [],
                "availability": r.availability.status,
                "availability_message": r.availability.message.as_dict(),
                "ended": rules.guidance.ended(r),
            }
            for r in found.results
        ],
        "next_question": found.next_question,
        "next_for_outputs": found.next_for_outputs,
        "remaining": list(found.remaining),
        "reasons": [
            {
                "scheme": result.scheme,
                "label": criterion.label.as_dict(),
                "citation": criterion.citation.as_dict(result.on),
            }
            for result, criterion in found.reasons
        ],
    }


def answers_in_use(
    scheme_ids: Sequence[str] | None,
    audience: str,
    on: date,
    raw_facts: Mapping[str, object],
    outputs_for: Sequence[str] = (),
    closed_too: bool = False,
) -> set[str]:
    """The answered facts that still matter to at least one scheme of the journey (every
    scheme of `audience` when `scheme_ids` is None); see `rules.guidance.answers_in_use`."""
    ids = catalogue.schemes_for(audience) if scheme_ids is None else list(scheme_ids)
    return rules.answers_in_use(ids, on, raw_facts, outputs_for, closed_too)
