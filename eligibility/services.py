"""The module that calls the `rules` engine for one set of answers (`eligibility.bulk`
does for many records at once).

Views, the API and management commands go through these functions. They turn the
engine's exceptions into `EvaluationInputError` with field-level messages, so no caller
needs to know the engine's exception types.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
        raise EvaluationInputError(_fact_errors(exc, lang), _fact_codes(exc)) from exc
    result: dict[str, Any] = rules.evaluate(scheme, facts, on).to_json()
    return result


def screen(
    audience: str,
    on: date,
    raw_facts: Mapping[str, object],
    lang: Lang = "en",
    detail: Literal["full", "outline"] = "full",
) -> dict[str, Any]:
    """Every scheme for `audience` with one set of answers, and the one next question.

    `detail="full"` gives each scheme's whole result (every criterion with its explanation
    in both languages, citations, notes, receipt). `detail="outline"` gives per scheme only
    what a one-line answer needs, at a fraction of the cost: status, availability, outputs,
    `missing`, and the criteria as id and status, with the explanation (in `lang`) only of
    those not met and of an application window of the scheme's own; the rest is left out.
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
        "results": [_outline(r, lang) for r in screening.results],
    }


def _outline(result: Any, lang: Lang) -> dict[str, Any]:
    """The part of one result that says its outcome in a sentence (see `screen`)."""
    return {
        "scheme": result.scheme,
        "on": result.on.isoformat(),
        "status": result.status,
        "availability": result.availability.as_dict(),
        "outputs": dict(result.outputs),
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


def law_status(on: date) -> dict[str, Any]:
    """Every scheme on `on`: in force, open, closed or ended; its dated figures with the
    periods they cover and their gaps; the next figure due by its rhythm. `failing` lists
    each scheme in force that reads a figure whose due date has passed without it."""
    status: dict[str, Any] = rules.law_status(on).as_dict()
    return status


def registry_problems() -> list[str]:
    """Problems in the scheme definitions; empty when every scheme is sound."""
    return list(rules.validate_registry())


def unknown_scheme_message(scheme_id: str, lang: Lang) -> str:
    return rules.UnknownScheme(scheme_id, scheme_ids()).message(lang)


def _get_scheme(scheme_id: str, lang: Lang) -> Any:
    try:
        return rules.registry.get(scheme_id)
    except rules.UnknownScheme as exc:
        raise EvaluationInputError(
            {"scheme": [exc.message(lang)]}, {"scheme": ["unknown_scheme"]}
        ) from exc


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


def scheme_ids() -> list[str]:
    """Every scheme id, in registry order."""
    return [scheme.id for scheme in rules.registry.all()]


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
    scheme = _get_scheme(scheme_id, lang)
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
    described: dict[str, Any] = {
        "id": fact.id,
        "kind": fact.kind,
        "question": fact.question.as_dict(),
        "help": None if fact.help is None else fact.help.as_dict(),
        "audience": [str(a) for a in fact.audience],
        "optional": fact.optional,
        "default": fact.dump(fact.default) if fact.optional and fact.default is not None else None,
        "minimum": None,
        "maximum": None,
        "choices": None,
    }
    if fact.kind in ("int", "decimal", "money", "date"):
        described["minimum"] = _bound(fact, fact.minimum)
        described["maximum"] = _bound(fact, fact.maximum)
    if fact.kind in ("enum", "enum_list"):
        described["choices"] = [{"id": c.id, "label": c.label.as_dict()} for c in fact.choices]
    return described


def _bound(fact: Any, value: Any) -> Any:
    if value is None:
        return None
    if fact.kind == "date":
        return value.isoformat()
    if fact.kind == "int":
        return int(value)
    if fact.kind == "money":
        return f"{value:.2f}"
    return str(value)


# The guided questionnaire: what to ask next, and which answers still matter -------------


def schemes_for(audience: str) -> list[str]:
    """The ids of the schemes meant for `audience`, in registry order (the order shown)."""
    return [s.id for s in rules.registry.all() if audience in s.audience]


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
    """Where a guided questionnaire stands: each scheme's status and the one next question.

    `scheme_ids` None screens every scheme of `audience` and takes the screening's next
    question; otherwise the first question the first undecided scheme still needs. Facts
    in `skipped` (the person does not know) are not asked again. Once nothing decides a
    status any more, the facts that would fill the amounts and dates of the schemes in
    `outputs_for` are asked. `reasons` names the criteria that use `explain` (default: the
    next question), with their citations: why the question is asked (see `_reasons`). Light
    on purpose: statuses, fact ids and labels, no rendered explanations. Answers must have
    passed `check_answers`.

    A scheme one cannot apply for on the date gets more questions only while a next window
    is known (to prepare for it), or with `closed_too` (an adviser checking it anyway): a
    question for a scheme that has ended changes nothing anyone can do.
    """
    facts = rules.parse_facts(raw_facts)
    if scheme_ids is None:
        screening = rules.screen(raw_facts, on, audience)
        results = list(screening.results)
        ranked: list[str] = list(screening.missing)
    else:
        results = [rules.evaluate(rules.registry.get(s), facts, on) for s in scheme_ids]
        ranked = [f for r in results for f in _in_declared_order(r)]
    for result in results:
        ranked += _beyond_the_window(result, facts, closed_too)
    ranked = _asked_despite_default(results, raw_facts, ranked)
    skip = set(skipped)
    remaining = [f for f in dict.fromkeys(ranked) if f not in skip]
    next_question = remaining[0] if remaining else None
    for_outputs: str | None = None
    # Amounts and dates once the outcome is clear: for an eligible result, and for one
    # whose conditions decide "no" while its figures still say what happens (WW income
    # above the limit: whether UWV stops the benefit).
    wanted = [
        r
        for r in results
        if r.scheme in outputs_for
        and (r.status == "eligible" or (r.status == "not_eligible" and not _ended(r)))
    ]
    for result in wanted:
        for fact_id in result.needed_for_outputs:
            if fact_id not in skip and fact_id not in remaining:
                remaining.append(fact_id)
                if next_question is None:
                    next_question, for_outputs = fact_id, result.scheme
    return {
        "schemes": [
            {
                "id": r.scheme,
                "status": r.status,
                "missing": list(r.missing),
                "needed_for_outputs": list(r.needed_for_outputs) if r.status == "eligible" else [],
                "availability": r.availability.status,
                "availability_message": r.availability.message.as_dict(),
                "ended": _ended(r),
            }
            for r in results
        ],
        "next_question": next_question,
        "next_for_outputs": for_outputs,
        "remaining": remaining,
        "reasons": _reasons(results, explain or next_question),
    }


def _in_declared_order(result: Any) -> list[str]:
    """The facts a result still misses, in its scheme's declared fact order: a scheme lists
    its facts in the order a person can answer them (the request before the employer's
    size, that before the child and carer questions, which only an exception needs)."""
    rank = rules.registry.get(result.scheme).plan.fact_rank
    return sorted(result.missing, key=rank.__getitem__)


def _asked_despite_default(
    results: Sequence[Any], answered: Mapping[str, object], ranked: list[str]
) -> list[str]:
    """`ranked` with the unanswered facts marked `ask` put just before the first other fact
    of an undecided criterion that uses them and is declared after them (their default
    would hide the question)."""
    ranked = list(ranked)
    for result in results:
        scheme = rules.registry.get(result.scheme)
        for criterion in result.criteria:
            if criterion.status != "unknown":
                continue
            for fact_id in criterion.facts:
                fact = scheme.fact(fact_id)
                if not fact.ask or fact_id in answered or fact_id in ranked:
                    continue
                rank = scheme.plan.fact_rank
                used = [f for f in criterion.facts if f in ranked]
                if not used:  # nothing else of it is asked (a scheme that has ended)
                    continue
                later = [ranked.index(f) for f in used if rank[f] > rank[fact_id]]
                # Before the first fact declared after it; else after those declared before.
                where = (
                    min(later)
                    if later
                    else max((ranked.index(f) + 1 for f in used), default=len(ranked))
                )
                ranked.insert(where, fact_id)
    return ranked


def _reasons(results: Sequence[Any], fact_id: str | None) -> list[dict[str, Any]]:
    """Why `fact_id` is asked: the undecided criteria that use it. Once none is undecided
    (an answer changed after the outcome is clear), every criterion whose definition uses
    it, decided or not: the reason for the question does not go away with the doubt."""
    using = [(r, c) for r in results for c in r.criteria if fact_id in c.facts]
    undecided = [(r, c) for r, c in using if c.status == "unknown"]
    return [
        {
            "scheme": result.scheme,
            "label": criterion.label.as_dict(),
            "citation": criterion.citation.as_dict(result.on),
        }
        for result, criterion in undecided or using
    ]


def _ended(result: Any) -> bool:
    """No application is possible on the date, and no later window is known."""
    availability = result.availability
    return availability.status == "closed" and availability.next_window is None


def _beyond_the_window(result: Any, facts: Mapping[str, Any], closed_too: bool) -> list[str]:
    """For a result that fails only on availability (outside every window, not in force):
    the facts the other, still unknown conditions need. The engine stops asking once one
    condition fails; a person outside the window still wants to hear "you meet every other
    condition, and applications open on ...". Not for a scheme that has ended, unless
    `closed_too`. Most widely used first, then scheme order."""
    if (
        (_ended(result) and not closed_too)
        or result.status != "not_eligible"
        or any(
            c.status == "not_met" and c is not result.availability.criterion
            for c in result.criteria
        )
    ):
        return []
    scheme = rules.registry.get(result.scheme)
    counts: dict[str, int] = {}
    for criterion in result.criteria:
        if criterion.status == "unknown":
            for fact_id in criterion.facts:
                if fact_id not in facts and not scheme.fact(fact_id).optional:
                    counts[fact_id] = counts.get(fact_id, 0) + 1
    rank = {fact.id: i for i, fact in enumerate(scheme.facts)}
    return sorted(counts, key=lambda f: (-counts[f], rank[f]))


def answers_in_use(
    scheme_ids: Sequence[str] | None,
    audience: str,
    on: date,
    raw_facts: Mapping[str, object],
    outputs_for: Sequence[str] = (),
    closed_too: bool = False,
) -> set[str]:
    """The answered facts that still matter to at least one scheme of the journey.

    An answer matters when leaving it out would change a criterion, an amount or a date,
    or would make the questionnaire ask for it again. An answer that matters to none (after
    another answer changed, e.g. a request about the workplace instead of the hours) can
    be dropped without changing any outcome.
    """
    facts = rules.parse_facts(raw_facts)
    ids = schemes_for(audience) if scheme_ids is None else list(scheme_ids)
    schemes = [rules.registry.get(s) for s in ids]
    full = {s.id: rules.evaluate(s, facts, on) for s in schemes}
    in_use: set[str] = set()
    for fact_id in facts:
        without = {k: v for k, v in facts.items() if k != fact_id}
        for scheme in schemes:
            if not scheme.has_fact(fact_id):
                continue
            before, after = full[scheme.id], rules.evaluate(scheme, without, on)
            if (
                fact_id in after.missing
                or fact_id in _beyond_the_window(after, without, closed_too)
                or (scheme.id in outputs_for and fact_id in after.needed_for_outputs)
                or [c.status for c in before.criteria] != [c.status for c in after.criteria]
                or before.outputs != after.outputs
            ):
                in_use.add(fact_id)
                break
    return in_use
