"""The compact screening answer: per scheme what a client shows in one line.

`POST /api/v1/screenings/` answers this by default. Per scheme: its status, whether one can
apply on the date, the outcome in one sentence in the request's language (the sentence the
result pages give), the amounts in euros that have a value, and the scheme's own next
question. The full result of a scheme (every criterion with its explanation in both
languages, citations, notes, receipt) is `"detail": "full"` in the request, or
`POST /api/v1/evaluations/` with the same facts for that scheme.

A screening evaluates every scheme of the audience; rendering every explanation of every
criterion in two languages cost five times the evaluation itself, and made an answer of
some 100 kB of which a client shows a few lines. For the same reason only the outputs the
answer reads are computed (`shown_outputs`), and whatever the statuses read.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from django.utils import translation

from eligibility import offers, presenters, services


@cache
def _money_outputs(scheme_id: str) -> tuple[str, ...]:
    return tuple(o["id"] for o in presenters.scheme(scheme_id)["outputs"] if o["kind"] == "money")


@cache
def shown_outputs(scheme_id: str) -> frozenset[str]:
    """The outputs of a scheme the compact answer reads: its amounts and those its headline
    reads. `services.screen(..., outputs=shown_outputs)` computes only these."""
    return frozenset(_money_outputs(scheme_id)) | offers.headline_outputs(scheme_id)


def screening(
    outline: dict[str, Any], facts: Mapping[str, Any], lang: services.Lang
) -> dict[str, Any]:
    """The compact answer from `services.screen(..., detail="outline")`."""
    answers = dict(facts)
    with translation.override(lang):
        results = [_scheme(result, answers, lang) for result in outline["results"]]
    return {
        "on": outline["on"],
        "audience": outline["audience"],
        "detail": "compact",
        "next_question": outline["next_question"],
        "missing": outline["missing"],
        "decided": outline["decided"],
        "results": results,
    }


def _scheme(result: dict[str, Any], answers: dict[str, Any], lang: services.Lang) -> dict[str, Any]:
    scheme_id = result["scheme"]
    info = presenters.scheme(scheme_id)
    parts = presenters.availability_parts(result)
    availability = parts[2]
    outputs = result["outputs"]
    return {
        "scheme": scheme_id,
        "title": presenters.text(info["title"], lang),
        "status": result["status"],
        "availability": {
            "status": availability["status"],
            "next_window": availability.get("next_window"),
        },
        "headline": presenters.outcome_sentence(result, info, lang, answers, parts),
        "amounts": {
            key: outputs[key] for key in _money_outputs(scheme_id) if outputs.get(key) is not None
        },
        "next_question": result["missing"][0] if result["missing"] else None,
    }
