"""Results shaped for people: sentences, formatted amounts, grouped criteria, notes and the
rule version.

Everything here reads the engine's result JSON (from `eligibility.services`) and the fact
and scheme descriptions; nothing decides anything. The questionnaire's result page, its
printed page and PDF handover, and the adviser workspace's check page all use `present`,
so they say the same thing; the questionnaire adds its next steps and pictures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

import rules
from rules.texts import dated_links

from . import catalogue, offers
from .formats import money, number, unbroken

AVAILABILITY_CRITERIA = ("in_force", "application_window")


def availability_criterion(criteria: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The engine's availability entry: always the first criterion."""
    first = criteria[0] if criteria else None
    return first if first is not None and first["id"] in AVAILABILITY_CRITERIA else None


_WINDOW_STATUS = {"met": "open", "not_met": "closed", "unknown": "unknown"}


def availability_parts(
    result: dict[str, Any],
) -> tuple[dict[str, Any] | None, list[dict[str, Any]], dict[str, Any]]:
    """(the criterion that says whether one can apply, the other conditions, availability).

    A scheme whose round depends on an answer (praktijkleren: the round of the training year
    applied for) has a condition ``application_window`` of its own besides the engine's
    entry. While the scheme itself is in force, that condition says whether one can apply:
    it is shown as the availability, with its own explanation, not among the conditions.
    """
    criteria = result["criteria"]
    engine = availability_criterion(criteria)
    own = next((c for i, c in enumerate(criteria) if i and c["id"] == "application_window"), None)
    if own is None or result["availability"]["status"] != "open":
        return (
            engine,
            [c for c in criteria if c is not engine and c is not own],
            result["availability"],
        )
    availability = {
        "status": _WINDOW_STATUS[own["status"]],
        "message": own["explanation"],
        "next_window": None,
    }
    return own, [c for c in criteria if c is not engine and c is not own], availability


STATUS_LABELS = {
    "eligible": gettext_lazy("Meets the conditions"),
    "closed": gettext_lazy("Meets the conditions, but applying is not possible now"),
    "not_eligible": gettext_lazy("Does not meet the conditions"),
    "undetermined": gettext_lazy("Not clear yet"),
}
CRITERION_LABELS = {
    "met": gettext_lazy("Met"),
    "not_met": gettext_lazy("Not met"),
    "unknown": gettext_lazy("Not known yet"),
}
NOT_APPLICABLE_LABEL = gettext_lazy("Does not apply")
AVAILABILITY_LABELS = {
    "open": gettext_lazy("Open: you can apply or invoke it on this date"),
    "closed": gettext_lazy("Closed on this date"),
    "not_yet_open": gettext_lazy("Not open yet on this date"),
    "unknown": gettext_lazy("Not known for this date"),
}
SOURCE_LABELS = {
    "OFF": gettext_lazy("official text"),
    "EXECUTOR": gettext_lazy("executing agency"),
    "SEC": gettext_lazy("secondary source"),
    "INF": gettext_lazy("derived by this check"),
}


@cache
def facts() -> dict[str, dict[str, Any]]:
    """Every fact's description (kind, bounds, choices, question and help), by id."""
    return {fact["id"]: fact for fact in catalogue.fact_catalog()}


@cache
def scheme(scheme_id: str) -> dict[str, Any]:
    """A scheme's fixed description: titles, outputs, criteria (availability left out)."""
    described = catalogue.describe_scheme(scheme_id, date(2000, 1, 1))
    described.pop("availability", None)
    return described


def text(value: dict[str, str] | None, lang: str) -> str:
    if not value:
        return ""
    return value.get(lang) or value.get("nl", "")


# Values ---------------------------------------------------------------------------------


def show_value(value: Any, kind: str, lang: str) -> dict[str, Any]:
    """A value as a person reads it; `lang_of` marks a Dutch legal word inside English."""
    if value is None:
        return {"text": _("not known yet"), "lang_of": None}
    if kind == "bool":
        return {"text": _("yes") if value else _("no"), "lang_of": None}
    if kind == "money":
        return {"text": money(str(value), lang), "lang_of": None}
    if kind == "date":
        return {"date": date.fromisoformat(value), "lang_of": None}
    if kind == "percentage":
        return {"text": f"{number(str(Decimal(str(value)) * 100), lang)} %", "lang_of": None}
    if kind in ("decimal", "int"):
        return {"text": number(str(value), lang), "lang_of": None}
    return {"text": str(value).replace("_", " "), "lang_of": "nl"}


def answer_text(fact: dict[str, Any], value: Any, lang: str) -> dict[str, Any]:
    """A stored answer (or an output with choices) as the person reads it back: an answer
    as its fact's kind writes it (`rules.facts`), a date left for the page to write."""
    definition = rules.registry.facts.get(fact["id"]) if "question" in fact else None
    if value is None:
        return show_value(None, fact["kind"], lang)
    if definition is None:
        labels = {c["id"]: text(c["label"], lang) for c in fact["choices"]}
        chosen = value if isinstance(value, list) else [value]
        return {"text": ", ".join(labels.get(v, v) for v in chosen), "lang_of": None}
    try:
        read = definition.parse(value)
    except rules.FactIssue:  # an answer kept before the fact's bounds changed
        return {"text": str(value), "lang_of": None}
    if definition.kind == "date":
        return {"date": read, "lang_of": None}
    return {"text": unbroken(definition.show(read, lang)), "lang_of": None}


# One result -------------------------------------------------------------------------------


@dataclass
class SchemeResult:
    id: str
    title: str
    status: str
    status_label: str
    sentence: str
    availability: dict[str, Any]
    conditions: list[dict[str, Any]]
    outputs: list[dict[str, Any]]
    notes: list[dict[str, Any]]
    adviser_notes: list[dict[str, Any]]
    would_change: list[dict[str, Any]]
    not_assessed: list[dict[str, Any]]
    left_out: list[str]
    next_steps: dict[str, Any] | None
    picture: dict[str, Any] | None
    can_calculate: bool
    receipt: dict[str, Any]
    on: date
    legal_basis: dict[str, Any]
    reasons: list[str]


def present(
    result: dict[str, Any],
    lang: str,
    skipped: list[str],
    *,
    adviser: bool = False,
    next_steps: dict[str, Any] | None = None,
    picture: dict[str, Any] | None = None,
    answers: dict[str, Any] | None = None,
) -> SchemeResult:
    """One scheme's result JSON for a page; `skipped` are the questions left unanswered.

    Notes about the calculation itself (its sources and readings, ``for_advisers``) go to
    ``adviser_notes``, and only when ``adviser`` is set: a worker or employer sees what they
    can act on. Every link to the law opens the text valid on the result's reference date,
    also in a result stored before links were dated.
    """
    on = date.fromisoformat(result["on"])
    result = dated_links(result, on)
    info = scheme(result["scheme"])
    criteria = result["criteria"]
    avail_criterion, others, avail = availability_parts(result)
    conditions = [_condition(c, lang) for c in others]
    availability = _availability(avail, avail_criterion, lang)
    # Only a scheme one applies for in windows says whether one can apply now; a right
    # (WW, Wet flexibel werken) in force has nothing to apply for at a date.
    availability["shown"] = availability["status"] != "open" or _has_windows(result["scheme"])
    availability["last"] = _last_window(result["scheme"], on) if avail["status"] != "open" else None
    outputs = [
        {
            "id": o["id"],
            "label": _capitalised(text(o["label"], lang)),
            **(
                answer_text(o, result["outputs"][o["id"]], lang)
                if o.get("choices")
                else show_value(result["outputs"].get(o["id"]), _output_kind(o), lang)
            ),
        }
        for o in info["outputs"]
        if result["outputs"].get(o["id"]) is not None
    ]
    missing_outputs = [
        text(o["label"], lang) for o in info["outputs"] if result["outputs"].get(o["id"]) is None
    ]
    would_change = [
        {
            "condition": text(c["label"], lang),
            "texts": [text(w["text"], lang) for w in c["would_change"]],
        }
        for c in criteria
        if c["would_change"]
    ]
    catalog = facts()
    relevant = set(info_fact_ids(info))
    not_assessed = [
        {"id": f, "question": text(catalog[f]["question"], lang)} for f in skipped if f in relevant
    ]
    shown_status = "closed" if meets_all_but_availability(result) else result["status"]
    return SchemeResult(
        id=result["scheme"],
        title=text(info["title"], lang),
        status=result["status"],
        status_label=str(STATUS_LABELS[shown_status]),
        sentence=outcome_sentence(result, info, lang, answers),
        availability=availability,
        conditions=conditions,
        outputs=outputs,
        notes=[_note(n, lang) for n in result["notes"] if not n.get("for_advisers")],
        adviser_notes=[_note(n, lang) for n in result["notes"] if n.get("for_advisers")]
        if adviser
        else [],
        would_change=would_change,
        not_assessed=not_assessed,
        left_out=[text(item, lang) for item in info.get("not_assessed", [])],
        next_steps=next_steps,
        picture=picture,
        can_calculate=result["status"] == "eligible"
        and bool(result.get("needed_for_outputs"))
        and bool(missing_outputs),
        receipt=result["receipt"],
        on=on,
        legal_basis=_citation(dated_links(info["legal_basis"], on)),
        reasons=_reasons(conditions),
    )


def _reasons(conditions: list[dict[str, Any]]) -> list[str]:
    """Why: the conditions not met, else those not clear yet, else those that apply."""
    for wanted in ("not_met", "unknown", "met"):
        found = [c["explanation"] for c in conditions if c["applies"] and c["status"] == wanted]
        if found:
            return found[:3] if wanted == "met" else found
    return []


def _last_window(scheme_id: str, on: date) -> dict[str, date] | None:
    """The application window that closed last before `on`, if the scheme has one."""
    if scheme_id not in rules.registry:
        return None
    windows = [w for w in rules.registry.get(scheme_id).availability.windows if w.closes < on]
    if not windows:
        return None
    last = max(windows, key=lambda w: w.closes)
    return {"opens": last.opens, "closes": last.closes}


def _has_windows(scheme_id: str) -> bool:
    if scheme_id not in rules.registry:
        return True
    rule = rules.registry.get(scheme_id).availability
    return bool(rule.windows or rule.unknown_spans or rule.windows_known_until)


def _output_kind(output: dict[str, Any]) -> str:
    """A share of one (0.7) is read as a percentage (70 %)."""
    if output["kind"] == "decimal" and "percentage" in text(output["label"], "nl"):
        return "percentage"
    return str(output["kind"])


def meets_all_but_availability(result: dict[str, Any]) -> bool:
    """Every condition is met, but one cannot apply on the date."""
    avail, others, _availability = availability_parts(result)
    return (
        result["status"] == "not_eligible"
        and avail is not None
        and avail["status"] == "not_met"
        and all(c["status"] == "met" for c in others)
    )


def _note(note: dict[str, Any], lang: str) -> dict[str, Any]:
    return {
        "id": note["id"],
        "text": text(note["text"], lang),
        "citation": _citation(note["citation"]) if note.get("citation") else None,
    }


def _capitalised(label: str) -> str:
    return label[:1].upper() + label[1:]


def info_fact_ids(info: dict[str, Any]) -> list[str]:
    return [f["id"] for f in info["facts"]]


def outcome_sentence(
    result: dict[str, Any],
    info: dict[str, Any],
    lang: str,
    answers: dict[str, Any] | None = None,
    parts: tuple[dict[str, Any] | None, list[dict[str, Any]], dict[str, Any]] | None = None,
) -> str:
    """The outcome in one sentence, in the person's words: what they can do, with the
    numbers where the answers give them; whether one can apply is kept apart from the
    conditions, and a failed condition is told by its reason, never by its label.
    `parts` is `availability_parts(result)` when the caller has it already."""
    plain = _scheme_sentence(result, answers or {}, lang)
    if plain:
        return plain
    status = result["status"]
    avail, others, availability = parts or availability_parts(result)
    failed = [c for c in others if c["status"] == "not_met"]
    unknown = [c for c in others if c["status"] == "unknown"]
    message = text(availability["message"], lang)
    if status == "eligible":
        return text(info["eligible_means"], lang)
    if failed:
        return _("No. %(reason)s") % {"reason": text(failed[0]["explanation"], lang)}
    if avail and avail["status"] == "not_met" and not unknown:
        nxt = availability.get("next_window")
        if nxt:
            return _(
                "You meet the conditions, but applying is not possible now. The next application "
                "window runs from %(opens)s to %(closes)s."
            ) % {
                "opens": long_date(date.fromisoformat(nxt["opens"]), lang),
                "closes": long_date(date.fromisoformat(nxt["closes"]), lang),
            }
        return _("You meet the conditions, but applying is not possible now. %(availability)s") % {
            "availability": message
        }
    if avail and avail["status"] == "not_met":
        return _(
            "Not on this date: %(availability)s The other conditions are not all clear yet."
        ) % {"availability": message}
    if avail and avail["status"] == "unknown" and not unknown:
        return _(
            "You meet every other condition, but whether one can apply on this date is not "
            "known: %(availability)s"
        ) % {"availability": message}
    return ngettext(
        "Not clear yet: %(count)d condition cannot be decided yet; below you read why.",
        "Not clear yet: %(count)d conditions cannot be decided yet; below you read why.",
        len(unknown),
    ) % {"count": len(unknown)}


def _scheme_sentence(result: dict[str, Any], facts_given: dict[str, Any], lang: str) -> str:
    """The sentence for a scheme whose outcome reads best with its own numbers: the first
    of its web.yaml's headlines that fits, with amounts and dates written out."""
    return offers.headline(result, facts_given, _Shown(result, lang))


class _Shown(dict[str, str]):
    """The outputs of a result as people read them (an amount, a date), each written when a
    headline names it: most results have no headline, and a headline names one or two of
    a scheme's outputs. An output without a value, or not the scheme's, is missing."""

    def __init__(self, result: dict[str, Any], lang: str) -> None:
        super().__init__()
        self.result, self.lang = result, lang

    def __missing__(self, output_id: str) -> str:
        value = (self.result.get("outputs") or {}).get(output_id)
        scheme = rules.registry.get(self.result["scheme"])
        if value is None or output_id not in scheme.plan.outputs:
            raise KeyError(output_id)
        kind = scheme.output(output_id).kind
        if kind == "money":
            shown = money(str(value), self.lang)
        elif kind == "date":
            shown = long_date(date.fromisoformat(str(value)), self.lang)
        else:
            shown = str(value)
        self[output_id] = shown
        return shown


def long_date(day: date, lang: str) -> str:
    """'1 januari 2027' in the active language."""
    return date_format(day, "j F Y")


def _condition(criterion: dict[str, Any], lang: str) -> dict[str, Any]:
    applies = criterion.get("applies", True)
    return {
        "id": criterion["id"],
        "status": criterion["status"],
        "applies": applies,
        "status_label": str(
            CRITERION_LABELS[criterion["status"]] if applies else NOT_APPLICABLE_LABEL
        ),
        "label": text(criterion["label"], lang),
        "explanation": text(criterion["explanation"], lang),
        "citation": _citation(criterion["citation"]),
    }


def _citation(citation: dict[str, Any]) -> dict[str, Any]:
    return {**citation, "source_label": str(SOURCE_LABELS.get(citation["source"], ""))}


def _availability(
    availability: dict[str, Any], criterion: dict[str, Any] | None, lang: str
) -> dict[str, Any]:
    nxt = availability.get("next_window")
    return {
        "status": availability["status"],
        "label": str(AVAILABILITY_LABELS.get(availability["status"], availability["status"])),
        "message": text(availability["message"], lang),
        "next_opens": date.fromisoformat(nxt["opens"]) if nxt else None,
        "next_closes": date.fromisoformat(nxt["closes"]) if nxt else None,
        "decides": bool(criterion and criterion["status"] == "not_met"),
        "citation": _citation(criterion["citation"]) if criterion else None,
    }


# The receipt ----------------------------------------------------------------------------


def figures(result: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    """The receipt's figures as rows: label, value as read, the period it holds for, its
    source; a figure with no value on the reference date says so."""
    scheme_id = result.get("scheme", "")
    if scheme_id not in rules.registry:
        return []
    definition = rules.registry.get(scheme_id)
    rows = []
    for param_id, used in (result.get("receipt", {}).get("parameters") or {}).items():
        try:
            parameter = definition.parameter(param_id)
        except KeyError:
            parameter = None
        label = parameter.label.get(lang) if parameter else param_id
        unit = parameter.unit if parameter else "decimal"
        if used is None or used.get("value") is None:  # not published for the date
            rows.append({"id": param_id, "label": label, "value": None})
            continue
        value = used.get("value")
        shown = (
            show_value(value, unit, lang)
            if unit in ("money", "decimal", "int") and isinstance(value, str | int)
            else {"text": str(value), "lang_of": None}
        )
        rows.append(
            {
                "id": param_id,
                "label": label,
                "value": shown,
                "valid_from": date.fromisoformat(used["valid_from"]),
                "valid_to": date.fromisoformat(used["valid_to"]) if used.get("valid_to") else None,
                "source": used.get("source", ""),
            }
        )
    return rows
