"""Results and answers shaped for people in the questionnaire.

The result itself is shaped by `eligibility.presenters` (shared with the adviser
workspace's check page); this module adds what only the questionnaire offers (next steps,
pictures) and the answers read back.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from eligibility import offers
from eligibility.presenters import (
    AVAILABILITY_CRITERIA,
    AVAILABILITY_LABELS,
    CRITERION_LABELS,
    SOURCE_LABELS,
    STATUS_LABELS,
    SchemeResult,
    answer_text,
    facts,
    info_fact_ids,
    outcome_sentence,
    scheme,
    show_value,
    text,
)

from . import fields, pictures

__all__ = [
    "AVAILABILITY_CRITERIA",
    "AVAILABILITY_LABELS",
    "CRITERION_LABELS",
    "SOURCE_LABELS",
    "STATUS_LABELS",
    "SchemeResult",
    "answer_rows",
    "answer_text",
    "facts",
    "info_fact_ids",
    "input_value",
    "outcome_sentence",
    "present",
    "scheme",
    "show_value",
    "text",
]


def present(
    result: dict[str, Any],
    lang: str,
    answers: dict[str, Any],
    skipped: list[str],
    *,
    adviser: bool = False,
) -> SchemeResult:
    from eligibility import presenters

    return presenters.present(
        result,
        lang,
        skipped,
        adviser=adviser,
        next_steps=offers.next_steps(result["scheme"]),
        picture=pictures.for_result(result, answers, lang),
        answers=answers,
    )


# Answers ------------------------------------------------------------------------------------


def answer_rows(
    answers: dict[str, Any], skipped: list[str], order: list[str], lang: str
) -> list[dict[str, Any]]:
    """One row per question asked, in the order asked: the question, the answer or "not
    answered", for the "check your answers" page and the handover."""
    catalog = facts()
    rows = []
    for fact_id in [*order, *[f for f in answers if f not in order]]:
        if fact_id not in catalog or (fact_id not in answers and fact_id not in skipped):
            continue
        fact = catalog[fact_id]
        shown = (
            answer_text(fact, answers[fact_id], lang)
            if fact_id in answers
            else {"text": _("I do not know"), "lang_of": None}
        )
        rows.append(
            {
                "id": fact_id,
                "question": text(fact["question"], lang),
                "answered": fact_id in answers,
                **shown,
            }
        )
    return rows


def input_value(fact_id: str, value: Any, lang: str) -> Any:
    return fields.initial(facts()[fact_id], value, lang)
