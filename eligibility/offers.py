"""What the web offers with each scheme, read from the scheme folders' ``web.yaml``.

Topics and situations of the questionnaire, next steps, the documents that prove a fact,
the one-sentence headline, pictures (a timeline, a bar), the check a result leads on to
and its carried-over answers. All of it is data in ``rules/schemes/<id>/web.yaml`` (shared
parts in ``rules/schemes/_common/web.yaml``); this module only reads it and says it in the
active language, so no web or workspace code names a scheme.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from string import Formatter
from typing import Any

from django.utils.functional import lazy
from django.utils.translation import get_language

import rules
from rules.loader import Headline, SchemeWeb, TimelineEvent
from rules.texts import Text

__all__ = [
    "Topic",
    "amounts_up_front",
    "carried_over",
    "fact_documents",
    "follow_up",
    "headline",
    "headline_outputs",
    "next_steps",
    "situations",
    "timeline",
    "topics",
    "web",
]

_NONE = SchemeWeb()


def _say(text: Text) -> str:
    return text.get("en" if (get_language() or "nl").startswith("en") else "nl")


say_lazily = lazy(_say, str)
"""A scheme text in the language active when it is shown (for form choices built once)."""


def web(scheme_id: str) -> SchemeWeb:
    return rules.SCHEME_WEB.get(scheme_id, _NONE)


@dataclass(frozen=True)
class Topic:
    """A question in the person's words, and the schemes that answer it (registry order)."""

    id: str
    label: Any  # a lazy string: the language is the one active when it is shown
    schemes: tuple[str, ...]
    audiences: tuple[str, ...]


def _grouped(kind: str) -> tuple[Topic, ...]:
    common = getattr(rules.COMMON_WEB, kind)
    order = [s.id for s in rules.registry]
    return tuple(
        Topic(
            id=entry.id,
            label=say_lazily(entry.label),
            schemes=tuple(s for s in order if entry.id in getattr(web(s), kind)),
            audiences=tuple(a.value for a in entry.audiences),
        )
        for entry in common
    )


def topics() -> tuple[Topic, ...]:
    return _grouped("topics")


def situations() -> tuple[Topic, ...]:
    return _grouped("situations")


def next_steps(scheme_id: str) -> dict[str, Any] | None:
    """Where and how to apply, in the active language (``None`` when not declared)."""
    steps = web(scheme_id).next_steps
    if steps is None:
        return None
    return {
        "body": _say(steps.body),
        "steps": [_say(s) for s in steps.steps],
        "documents": [_say(d) for d in steps.documents],
        "link": steps.link,
    }


def fact_documents() -> dict[str, tuple[str, ...]]:
    """Per fact, the documents (ids of the workspace's catalogue) that prove it."""
    found = dict(rules.COMMON_WEB.documents)
    for scheme in rules.registry:
        found.update(web(scheme.id).documents)
    return found


def amounts_up_front(scheme_ids: list[str]) -> list[str]:
    """The schemes whose amounts are asked together with their conditions."""
    return [s for s in scheme_ids if web(s).amounts_up_front]


def follow_up(scheme_id: str) -> str | None:
    """The scheme a result of ``scheme_id`` may lead on to."""
    found = web(scheme_id).follow_up
    return None if found is None else found.scheme


def leads_on(scheme_id: str, result: Mapping[str, Any]) -> bool:
    """The result's output that opens the follow-up is true."""
    found = web(scheme_id).follow_up
    return found is not None and bool((result.get("outputs") or {}).get(found.when))


def carried_over(scheme_id: str, on: date, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The answers the follow-up check starts with, as its web.yaml declares them."""
    found = web(scheme_id).follow_up
    if found is None:
        return {}
    given: dict[str, Any] = {}
    for fact_id, carry in found.carry.items():
        if carry.answer is not None:
            value = answers.get(carry.answer)
        elif carry.month_start:
            value = on.replace(day=1).isoformat()
        else:
            value = carry.value
        ruled_out = any(answers.get(f) == v for f, v in carry.unless.items())
        if value is not None and not ruled_out:
            given[fact_id] = value
    return given


def headline(result: Mapping[str, Any], answers: Mapping[str, Any], show: Mapping[str, str]) -> str:
    """The first declared headline that fits the result, its outputs filled in (``show``
    holds each output as people read it); empty when none fits."""
    outputs = result.get("outputs") or {}
    for case in web(result["scheme"]).headlines:
        if _fits(case, result["status"], outputs, answers):
            return _say(case.text).format_map(show)
    return ""


@cache
def headline_outputs(scheme_id: str) -> frozenset[str]:
    """The outputs the scheme's headlines read: to choose the one that fits and to fill it
    in (its ``{output}`` placeholders, in either language)."""
    found: set[str] = set()
    for case in web(scheme_id).headlines:
        found.update(case.outputs_true, case.outputs_present)
        for template in (case.text.nl, case.text.en):
            for _, field, _, _ in Formatter().parse(template):
                if field:
                    found.add(re.split(r"[.\[]", field, maxsplit=1)[0])
    return frozenset(found)


def _fits(
    case: Headline, status: str, outputs: Mapping[str, Any], answers: Mapping[str, Any]
) -> bool:
    return (
        (not case.status or status in case.status)
        and all(outputs.get(o) is True for o in case.outputs_true)
        and all(outputs.get(o) is not None for o in case.outputs_present)
        and all(str(answers.get(f)) == str(v) for f, v in case.answers.items())
    )


def timeline(result: Mapping[str, Any], answers: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The dated steps of the scheme's timeline that are known, in date order."""
    outputs = result.get("outputs") or {}
    events = []
    for event in web(result["scheme"]).pictures.timeline:
        day = _day(event, result, outputs, answers)
        if day is not None:
            events.append({"id": event.id, "date": day, "label": _say(event.label)})
    return sorted(events, key=lambda e: e["date"])


def _day(
    event: TimelineEvent,
    result: Mapping[str, Any],
    outputs: Mapping[str, Any],
    answers: Mapping[str, Any],
) -> date | None:
    if event.reference_date:
        raw = result["on"]
    elif event.output is not None:
        raw = outputs.get(event.output)
    else:
        raw = answers.get(event.answer or "")
    if not raw:
        return None
    return raw if isinstance(raw, date) else date.fromisoformat(str(raw))
