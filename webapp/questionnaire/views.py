"""The questionnaire's pages. Thin: each view reads its input, asks the journey (which asks
`eligibility.services`) and renders. The server re-evaluates on every request; nothing a
page shows is remembered from an earlier evaluation.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django import forms as django_forms
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from eligibility import catalogue, checks, clock, offers, reevaluation, services
from eligibility.catalogue import Lang
from eligibility.clients import client_address
from eligibility.errors import CheckNotFound, EvaluationInputError, StaleCheck, TooManyCodeGuesses
from eligibility.models import SavedCheck

from . import adviser, forms, presenters, topics, wording
from .ics import calendar
from .journey import Journey, clear, from_saved, load, start, store
from .messages import engine_message, form_message

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}
# "Add to case": the saved check waits here in the adviser's session for the page that
# takes it back (`return_to`); the workspace reads the same key.
HANDOVER_SESSION_KEY = "questionnaire_handover"
DEVICE_COOKIE = "check_device"


def current_lang() -> Lang:
    return "en" if (get_language() or "nl").startswith("en") else "nl"


def page(
    request: HttpRequest,
    template: str,
    context: dict[str, Any],
    journey: Journey | None = None,
    status: int = 200,
) -> HttpResponse:
    """Render a page with what every page has: the language switch and the journey."""
    lang = current_lang()
    other = "en" if lang == "nl" else "nl"
    switch = reverse("questionnaire:language", args=[other])
    dropped: list[dict[str, str]] = []
    if journey is not None and journey.dropped:
        catalog = presenters.facts()
        dropped = [
            {"id": f, "question": presenters.text(catalog[f]["question"], lang)}
            for f in journey.dropped
            if f in catalog
        ]
        journey.dropped = []
    response = render(
        request,
        template,
        {
            "lang": lang,
            "other_lang": other,
            "other_lang_name": LANGUAGE_NAMES[other],
            "switch_url": f"{switch}?{urlencode({'next': request.get_full_path()})}",
            "journey": journey,
            "dropped": dropped,
            **context,
        },
        status=status,
    )
    if journey is not None:
        store(response, journey)
    return response


def with_journey(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Pages inside a journey: without one (a new browser, an expired cookie), start over."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        journey = load(request)
        if journey is None:
            return redirect(reverse("questionnaire:start") + "?lost=1")
        return view(request, journey, *args, **kwargs)

    return wrapped


def error_list(form: django_forms.Form) -> list[dict[str, str]]:
    """The error summary: one link per message, to the field it belongs to."""
    found = []
    for name, messages in form.errors.items():
        bound = form[name] if name in form.fields else None
        target = bound.auto_id if bound is not None else ""
        if bound is not None and isinstance(
            bound.field.widget, django_forms.RadioSelect | django_forms.CheckboxSelectMultiple
        ):
            target = f"{target}_0"
        for message in messages:
            found.append({"target": target, "message": message})
    return found


# Start: who you are, what you want to know ------------------------------------------------


@require_http_methods(["GET", "POST"])
def start_page(request: HttpRequest) -> HttpResponse:
    journey = load(request)
    form = forms.AudienceForm(
        request.POST if request.method == "POST" else None,
        initial={"audience": journey.audience if journey else None},
    )
    if request.method == "POST" and form.is_valid():
        return redirect("questionnaire:topic", audience=form.cleaned_data["audience"])
    return render_start(request, form, forms.CodeForm(), journey)


def render_start(
    request: HttpRequest,
    form: forms.AudienceForm,
    code_form: forms.CodeForm,
    journey: Journey | None,
    status: int = 200,
    notice: str = "",
) -> HttpResponse:
    errors = error_list(form) + error_list(code_form)
    if request.GET.get("lost") and not notice:
        notice = form_message("no_journey")
    response = page(
        request,
        "questionnaire/start.html",
        {
            "form": form,
            "code_form": code_form,
            "errors": errors,
            "notice": notice,
            "hints": topics.AUDIENCE_HINTS,
        },
        journey,
        status=status,
    )
    if not code_device(request):
        # Short-code misses count per browser too (`checks.get_check_by_code`): one
        # person's mistakes do not lock out everyone behind the same address.
        response.set_cookie(
            DEVICE_COOKIE,
            secrets.token_urlsafe(16),
            max_age=24 * 3600,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )
    return response


def code_device(request: HttpRequest) -> str | None:
    """The random id of this browser for counting short-code misses, or None."""
    value = request.COOKIES.get(DEVICE_COOKIE, "")
    return value if re.fullmatch(r"[A-Za-z0-9_-]{16,64}", value) else None


@require_http_methods(["GET", "POST"])
def topic_page(request: HttpRequest, audience: str) -> HttpResponse:
    if audience not in topics.AUDIENCES:
        raise Http404
    journey = load(request)
    same = journey is not None and journey.audience == audience
    initial: dict[str, Any] = {}
    if same and journey is not None:
        initial["topic"] = journey.topic
        if journey.on:
            initial["on"] = presenters.fields.show_date(journey.on)
    form = forms.TopicForm(
        audience, request.POST if request.method == "POST" else None, initial=initial
    )
    return_to = local_path(request.POST.get("return_to") or request.GET.get("return_to", ""))
    case_ref, case_url = adviser_case(request) if audience == "adviser" else (None, None)
    if request.method == "POST" and form.is_valid():
        on = form.cleaned_data.get("on") if audience == "adviser" else None
        chosen = form.cleaned_data["topic"]
        if (
            same
            and journey is not None
            and journey.topic == chosen
            and journey.on == (on.isoformat() if on else None)
        ):
            response = redirect("questionnaire:next")  # back and forward: keep everything
            if return_to:
                journey.return_to = return_to
            if case_ref:
                journey.case_ref, journey.case_url = case_ref, case_url
            store(response, journey)
            return response
        fresh = start(audience, chosen, on)
        fresh.return_to = return_to or (journey.return_to if same and journey else None)
        if case_ref:
            fresh.case_ref, fresh.case_url = case_ref, case_url
        elif same and journey is not None:
            fresh.case_ref, fresh.case_url = journey.case_ref, journey.case_url
        if same and journey is not None and journey.topic == chosen:
            fresh.situations, fresh.closed_too = journey.situations, journey.closed_too
        if same and journey is not None and journey.answers:
            # Another topic for the same person: keep the answers the new one still uses.
            fresh.answers, fresh.history, fresh.token = (
                dict(journey.answers),
                list(journey.history),
                None,
            )
            fresh.drop_unused()
        response = redirect("questionnaire:next")
        store(response, fresh)
        return response
    return page(
        request,
        "questionnaire/topic.html",
        {
            "form": form,
            "audience": audience,
            "audience_label": topics.AUDIENCES[audience],
            "errors": error_list(form),
            "today": clock.today(),
            "return_to": return_to,
            "case_ref": case_ref or (journey.case_ref if same and journey else None),
            "case_url": case_url or (journey.case_url if same and journey else None),
        },
        journey,
    )


@require_http_methods(["GET", "POST"])
@with_journey
def situations_page(request: HttpRequest, journey: Journey) -> HttpResponse:
    """ "Check everything" starts with what applies, so that only the schemes that fit the
    person's situation ask their questions."""
    initial: dict[str, Any] = {
        "situations": journey.situations or [],
        "closed_too": journey.closed_too,
    }
    form = forms.SituationForm(
        journey.audience, request.POST if request.method == "POST" else None, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        journey.choose_situations(
            form.cleaned_data["situations"], bool(form.cleaned_data.get("closed_too"))
        )
        response = redirect("questionnaire:next")
        store(response, journey)
        return response
    return page(
        request,
        "questionnaire/situations.html",
        {"form": form, "audience": journey.audience, "errors": error_list(form)},
        journey,
    )


# Questions ----------------------------------------------------------------------------------


@require_GET
@with_journey
def next_page(request: HttpRequest, journey: Journey) -> HttpResponse:
    """Ask the engine for the next question; with none left, show the answers. After a
    save that met a newer one (`?stale=1`), show the answers that are now loaded."""
    if journey.needs_situations:
        response = redirect("questionnaire:situations")
        store(response, journey)
        return response
    found = journey.guide()["next_question"]
    if request.GET.get("stale") == "1":
        response = redirect(reverse("questionnaire:answers") + "?stale=1")
    elif found is None:
        response = redirect("questionnaire:answers")
    else:
        response = redirect("questionnaire:question", fact_id=found)
    store(response, journey)
    return response


def journey_facts(journey: Journey) -> set[str]:
    found: set[str] = set()
    for scheme_id in journey.scheme_ids:
        found.update(presenters.info_fact_ids(presenters.scheme(scheme_id)))
    return found


@require_http_methods(["GET", "POST"])
@with_journey
def question_page(request: HttpRequest, journey: Journey, fact_id: str) -> HttpResponse:
    catalog = presenters.facts()
    if fact_id not in catalog or fact_id not in journey_facts(journey):
        raise Http404
    fact = catalog[fact_id]
    lang = current_lang()
    if journey.audience == "adviser":  # about the client, and the reference month by name
        fact = adviser.for_adviser(fact, journey.reference_date, lang)
    changing = request.GET.get("change") == "1"
    initial = {fact_id: presenters.input_value(fact_id, journey.answers.get(fact_id), lang)}
    if request.method == "POST":
        form = forms.QuestionForm(fact, lang, request.POST, initial=initial)
        action = request.POST.get("action")
        if action == "skip":
            journey.dropped = journey.skip(fact_id)
            return after_answer(request, journey, lang)
        # "Save my answers" on a question page keeps the answer given there too; with the
        # question left empty it saves the answers so far.
        done = save_journey if action == "save" else after_answer
        if form.is_valid():
            value = form.cleaned_data[fact_id]
            if value in (None, []) and fact["optional"]:  # left empty: the default applies
                journey.dropped = journey.record(fact_id, None)
                return done(request, journey, lang)
            candidate = {**journey.answers, fact_id: value}
            try:
                services.check_answers(candidate, journey.scheme_ids, lang)
            except EvaluationInputError as exc:
                for field, messages in exc.errors.items():
                    for message in messages:
                        form.add_error(fact_id, engine_message(message, field, fact["kind"]))
            else:
                journey.dropped = journey.record(fact_id, value)
                return done(request, journey, lang)
        elif action == "save" and form.has_error(fact_id, "required"):
            return save_journey(request, journey, lang)
    else:
        form = forms.QuestionForm(fact, lang, initial=initial)
    return render_question(request, journey, form, fact, changing)


def after_answer(request: HttpRequest, journey: Journey, lang: str) -> HttpResponse:
    notice = persist(journey, lang)
    response = redirect(reverse("questionnaire:next") + ("?stale=1" if notice else ""))
    store(response, journey)
    return response


def render_question(
    request: HttpRequest,
    journey: Journey,
    form: forms.QuestionForm,
    fact: dict[str, Any],
    changing: bool,
) -> HttpResponse:
    lang = current_lang()
    guide = journey.guide(explain=fact["id"])
    if changing:
        back = reverse("questionnaire:answers")
    else:
        previous = journey.previous(fact["id"])
        if previous:
            back = reverse("questionnaire:question", args=[previous])
        elif journey.topic == topics.EVERYTHING:
            back = reverse("questionnaire:situations")
        else:
            back = reverse("questionnaire:topic", args=[journey.audience])
    field = field_context(form, fact, lang)
    field["label"] = wording.question(fact["id"], journey.audience, field["label"])
    # Each scheme's questions come together: the caption names the scheme asking (also
    # for a question asked despite its default, which no scheme lists as missing).
    asking = [s["id"] for s in guide["schemes"] if fact["id"] in s["missing"]] or [
        s["id"]
        for s in guide["schemes"]
        if s["status"] == "undetermined"
        and fact["id"] in presenters.info_fact_ids(presenters.scheme(s["id"]))
    ]
    caption = (
        presenters.text(presenters.scheme(asking[0])["title"], lang)
        if asking and len(guide["schemes"]) > 1
        else journey.topic_label
    )
    return page(
        request,
        "questionnaire/question.html",
        {
            "form": form,
            "field": field,
            "errors": error_list(form),
            "back_url": back,
            "caption": caption,
            "reasons": [reason_context(r, lang) for r in guide["reasons"]],
            # Asked only for the amounts and dates: when it is the next question for them,
            # or when no condition uses it (a change page for such a fact).
            "for_outputs": (
                guide["next_question"] == fact["id"] and guide["next_for_outputs"] is not None
            )
            or not guide["reasons"],
            "progress": progress_context(journey, guide, lang),
            "changing": changing,
        },
        journey,
    )


def field_context(form: forms.QuestionForm, fact: dict[str, Any], lang: str) -> dict[str, Any]:
    """What the template needs to lay out one question the accessible way."""
    from .fields import GROUPED_KINDS, INPUT_HINTS

    bound = form.field
    field_id = bound.auto_id
    grouped = fact["kind"] in GROUPED_KINDS
    described = [f"{field_id}-hint"] if bound.help_text else []
    format_hint = INPUT_HINTS.get(fact["kind"], "")
    if format_hint:
        described.append(f"{field_id}-format")
    error = " ".join(str(e) for e in bound.errors)
    if error:
        described.append(f"{field_id}-error")
    attrs = {"aria-describedby": " ".join(described)} if described else {}
    if error:
        attrs["aria-invalid"] = "true"
    context: dict[str, Any] = {
        "id": field_id,
        "name": bound.html_name,
        "kind": fact["kind"],
        "label": bound.label,
        "hint": bound.help_text,
        "format_hint": format_hint,
        "error": error,
        "grouped": grouped,
        "optional": fact["optional"],
        "describedby": " ".join(described),
        "prefix": "€" if fact["kind"] == "money" else "",
    }
    if grouped:
        context["options"] = [
            {
                "input": option.tag(wrap_label=False),
                "id": option.id_for_label,
                "label": option.choice_label,
            }
            for option in bound.subwidgets
        ]
    else:
        widget_attrs = dict(attrs)
        if error:
            widget_attrs["class"] = f"{bound.field.widget.attrs.get('class', '')} input-error"
        context["input"] = bound.as_widget(attrs=widget_attrs)
    return context


def reason_context(reason: dict[str, Any], lang: str) -> dict[str, Any]:
    return {
        "scheme": presenters.text(presenters.scheme(reason["scheme"])["title"], lang),
        "label": presenters.text(reason["label"], lang),
        "citation": reason["citation"],
    }


def progress_context(journey: Journey, guide: dict[str, Any], lang: str) -> dict[str, Any]:
    """Answered so far against what the engine still needs; schemes already decided."""
    answered = len(journey.answers)
    remaining = len(guide["remaining"])
    total = answered + remaining
    decided = [
        {
            "id": s["id"],
            "title": presenters.text(presenters.scheme(s["id"])["title"], lang),
            "status": s["status"],
            "status_label": presenters.STATUS_LABELS[s["status"]],
            # One cannot apply for it any more: say so, and why no questions are asked.
            "ended": s["ended"],
            "availability_message": presenters.text(s["availability_message"], lang)
            if s["ended"]
            else "",
        }
        for s in guide["schemes"]
        if s["status"] != "undetermined" or s["ended"]
    ]
    return {
        "answered": answered,
        "remaining": remaining,
        "percent": round(100 * answered / total) if total else 100,
        "decided": decided,
        "schemes": len(guide["schemes"]),
    }


# Answers and results ------------------------------------------------------------------------


@require_GET
@with_journey
def answers_page(request: HttpRequest, journey: Journey) -> HttpResponse:
    lang = current_lang()
    guide = journey.guide()
    rows = presenters.answer_rows(journey.answers, journey.skipped, journey.history, lang)
    return page(
        request,
        "questionnaire/answers.html",
        {
            "rows": rows,
            "progress": progress_context(journey, guide, lang),
            "next_question": guide["next_question"],
            "back_url": reverse("questionnaire:question", args=[journey.history[-1]])
            if journey.history
            else reverse("questionnaire:topic", args=[journey.audience]),
            "stale": request.GET.get("stale") == "1",
            "stale_message": form_message("stale"),
            "change": law_change(journey, lang),
        },
        journey,
    )


def law_change(journey: Journey, lang: Lang) -> reevaluation.Change | None:
    """For a journey that goes on with a saved check: how a change of law changed the
    outcome stored with it, or None."""
    if not journey.is_saved:
        return None
    try:
        return reevaluation.outcome_change(saved_check(journey), lang)
    except CheckNotFound:
        return None


def evaluate(journey: Journey, scheme_id: str, lang: str) -> dict[str, Any]:
    return services.evaluate(scheme_id, journey.reference_date, journey.answers, lang)


@require_GET
@with_journey
def results_page(request: HttpRequest, journey: Journey) -> HttpResponse:
    lang = current_lang()
    if len(journey.scheme_ids) == 1:
        return redirect("questionnaire:result", scheme_id=journey.scheme_ids[0])
    results = [
        presenters.present(
            evaluate(journey, s, lang),
            lang,
            journey.answers,
            journey.skipped,
            adviser=journey.audience == "adviser",
        )
        for s in journey.scheme_ids
    ]
    order = {"eligible": 0, "undetermined": 1, "not_eligible": 2}
    return page(
        request,
        "questionnaire/results.html",
        {
            "results": sorted(results, key=lambda r: order[r.status]),
            "on": journey.reference_date,
            "back_url": reverse("questionnaire:answers"),
        },
        journey,
    )


def journey_result(journey: Journey, scheme_id: str, lang: str) -> presenters.SchemeResult:
    if scheme_id not in journey.scheme_ids:
        raise Http404
    result = evaluate(journey, scheme_id, lang)
    return presenters.present(
        result, lang, journey.answers, journey.skipped, adviser=journey.audience == "adviser"
    )


@require_GET
@with_journey
def result_page(request: HttpRequest, journey: Journey, scheme_id: str) -> HttpResponse:
    lang = current_lang()
    result = journey_result(journey, scheme_id, lang)
    several = len(journey.scheme_ids) > 1
    return page(
        request,
        "questionnaire/result.html",
        {
            "result": result,
            "rows": presenters.answer_rows(journey.answers, journey.skipped, journey.history, lang),
            "back_url": reverse("questionnaire:results")
            if several
            else reverse("questionnaire:answers"),
            "several": several,
            "follow_up": leads_on_to(journey, scheme_id),
        },
        journey,
    )


@require_POST
@with_journey
def calculate_amounts(request: HttpRequest, journey: Journey, scheme_id: str) -> HttpResponse:
    """The person wants the amounts and dates: ask the facts that fill them."""
    if scheme_id not in journey.scheme_ids:
        raise Http404
    if scheme_id not in journey.outputs_for:
        journey.outputs_for.append(scheme_id)
    response = redirect("questionnaire:next")
    store(response, journey)
    return response


def leads_on_to(journey: Journey, scheme_id: str) -> str | None:
    """The check this result leads on to (its web.yaml's follow-up, e.g. whether the old WW
    revives once income ends it), when its result opens it and it is not asked yet."""
    target = offers.follow_up(scheme_id)
    if (
        target is None
        or target not in catalogue.schemes_for(journey.audience)
        or target in journey.scheme_ids
    ):
        return None
    result = services.evaluate(scheme_id, journey.reference_date, journey.answers)
    return target if offers.leads_on(scheme_id, result) else None


def carried_over(journey: Journey, scheme_id: str) -> dict[str, Any]:
    """What this check already says for the follow-up check, once its result opens it."""
    result = services.evaluate(scheme_id, journey.reference_date, journey.answers)
    if not offers.leads_on(scheme_id, result):
        return {}
    return offers.carried_over(scheme_id, journey.reference_date, journey.answers)


@require_POST
@with_journey
def follow_up(request: HttpRequest, journey: Journey, scheme_id: str) -> HttpResponse:
    """Go on with the check the result points to (WW income: does the old WW revive once
    the work stops?), keeping every answer given so far."""
    target = offers.follow_up(scheme_id)
    if (
        target is None
        or scheme_id not in journey.scheme_ids
        or target not in catalogue.schemes_for(journey.audience)
    ):
        raise Http404
    if target not in journey.scheme_ids:
        journey.schemes = [*journey.scheme_ids, target]
    for fact_id, value in carried_over(journey, scheme_id).items():
        journey.answers.setdefault(fact_id, value)
    response = redirect("questionnaire:next")
    store(response, journey)
    return response


@require_GET
@with_journey
def calendar_file(request: HttpRequest, journey: Journey, scheme_id: str) -> HttpResponse:
    lang = current_lang()
    if not offers.web(scheme_id).pictures.calendar or scheme_id not in journey.scheme_ids:
        raise Http404
    result = evaluate(journey, scheme_id, lang)
    events = offers.timeline(result, journey.answers)
    if len(events) < 2:
        raise Http404
    title = presenters.text(presenters.scheme(scheme_id)["title"], lang)
    body = calendar(
        [
            (f"{scheme_id}-{e['id']}-{e['date']:%Y%m%d}", e["date"], f"{title}: {e['label']}")
            for e in events
        ],
        name=title,
        description=presenters.outcome_sentence(result, presenters.scheme(scheme_id), lang),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{scheme_id}.ics"'
    return response


@require_GET
@with_journey
def handover_pdf(request: HttpRequest, journey: Journey, scheme_id: str) -> HttpResponse:
    """The result as a PDF to hand over: answers, reasons, citations, date, rule version."""
    from .pdf import render_pdf

    lang = current_lang()
    result = journey_result(journey, scheme_id, lang)
    context = {
        "lang": lang,
        "result": result,
        "rows": presenters.answer_rows(journey.answers, journey.skipped, journey.history, lang),
        "journey": journey,
        "generated": clock.today(),
    }
    pdf = render_pdf("questionnaire/handover.html", context, request)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="regelingencheck-{scheme_id}.pdf"'
    return response


# Save and resume ------------------------------------------------------------------------------


def persist(journey: Journey, lang: str) -> str:
    """Once saved (or resumed by link or code), every answer is saved again to the same
    check, so its link and code stay current. Returns "stale" when someone else saved in
    between: their save is kept and the journey then holds it."""
    if not journey.is_saved or journey.version is None:
        return ""
    try:
        stored = saved_check(journey)
        changes: dict[str, Any] = {f: None for f in stored.answers if f not in journey.answers}
        changes.update(journey.answers)
        if journey.token:
            check = checks.update_answers(
                journey.token, journey.version, changes, journey.reference_date, lang=lang
            )
        else:
            check = checks.update_answers_by_code(
                journey.code or "", journey.version, changes, journey.reference_date, lang=lang
            )
    except StaleCheck:
        try:
            check = saved_check(journey)
        except CheckNotFound:
            journey.token = journey.version = journey.code = None
            return ""
        journey.answers = dict(check.answers)
        journey.version = check.version
        return "stale"
    except CheckNotFound:
        journey.token = journey.version = journey.code = None
        return ""
    journey.version = check.version
    return ""


def saved_check(journey: Journey) -> SavedCheck:
    """The saved check the journey goes on with: by its token, or else by its code."""
    if journey.token:
        return checks.get_check(journey.token)
    return checks.get_check_by_code(journey.code or "")


@require_POST
@with_journey
def save(request: HttpRequest, journey: Journey) -> HttpResponse:
    return save_journey(request, journey, current_lang())


def save_journey(request: HttpRequest, journey: Journey, lang: str) -> HttpResponse:
    """Save the journey's answers (a new check, or the one it came from) and show the
    link and code, or the latest answers when someone saved in between."""
    notice = ""
    if journey.is_saved:
        notice = persist(journey, lang)
    if not journey.is_saved:
        scheme = journey.schemes[0] if journey.schemes else None
        check = checks.create_check(
            scheme, journey.audience, journey.reference_date, journey.answers, lang
        )
        journey.token, journey.version, journey.code = check.token, check.version, check.code
    if notice:
        # Saved elsewhere in between: nothing was overwritten; check the latest answers.
        response = redirect(reverse("questionnaire:answers") + "?stale=1")
    elif request.POST.get("attach") and journey.return_to:
        # "Add to case": the page that takes the check back finds it in the adviser's own
        # session (never in the address), for that page only.
        request.session[HANDOVER_SESSION_KEY] = {
            "to": journey.return_to,
            "token": journey.token or "",
            "code": "" if journey.token else (journey.code or ""),
        }
        response = redirect(journey.return_to)
    else:
        response = redirect("questionnaire:saved")
    store(response, journey)
    return response


@require_GET
@with_journey
def saved_page(request: HttpRequest, journey: Journey) -> HttpResponse:
    if not journey.is_saved or not journey.code:
        return redirect("questionnaire:answers")
    # The key travels in the query string, which the request logs leave out. Resumed by
    # its code, the journey has no key: the code alone brings the answers back.
    link = ""
    if journey.token:
        link = request.build_absolute_uri(
            f"{reverse('questionnaire:resume')}?{urlencode({'key': journey.token})}"
        )
    return page(
        request,
        "questionnaire/saved.html",
        {
            "link": link,
            "code": checks.format_code(journey.code),
            "days": settings.CHECK_RETENTION_DAYS,
            "back_url": reverse("questionnaire:answers"),
            "return_to": journey.return_to,
            "token": journey.token,
        },
        journey,
    )


@require_http_methods(["GET", "POST"])
def resume(request: HttpRequest) -> HttpResponse:
    """GET with the key of a resume link, or POST with the short code from the start page."""
    if request.method == "POST":
        return resume_with_code(request)
    token = request.GET.get("key", "")
    if not token:
        return redirect("questionnaire:start")
    try:
        check = checks.get_check(token)
    except CheckNotFound:
        notice = form_message("token_unknown")
        return render_start(request, forms.AudienceForm(), forms.CodeForm(), None, 404, notice)
    journey = from_saved(check.scheme, check.audience, check.on, check.answers, token=token)
    journey.version, journey.code = check.version, check.code
    response = redirect("questionnaire:answers")
    store(response, journey)
    return response


def resume_with_code(request: HttpRequest) -> HttpResponse:
    code_form = forms.CodeForm(request.POST)
    if code_form.is_valid():
        try:
            check = checks.get_check_by_code(
                code_form.cleaned_data["code"],
                client_address(request),
                device=code_device(request),
            )
        except CheckNotFound:
            code_form.add_error("code", form_message("code_unknown"))
        except TooManyCodeGuesses as refused:
            code_form.add_error("code", refused.message(current_lang()))
        else:
            # The code finds the answers, not the key: the journey keeps the code and the
            # version read, so later saves update this check (a stale one is refused).
            journey = from_saved(check.scheme, check.audience, check.on, check.answers)
            journey.version, journey.code = check.version, check.code
            response = redirect("questionnaire:answers")
            store(response, journey)
            return response
    return render_start(request, forms.AudienceForm(), code_form, load(request))


@require_http_methods(["GET", "POST"])
def restart(request: HttpRequest) -> HttpResponse:
    """Starting again forgets the answers: ask first (GET), forget on the confirmation."""
    journey = load(request)
    if request.method == "GET":
        if journey is None:
            return redirect("questionnaire:start")
        return page(
            request, "questionnaire/restart.html", {"back_url": reverse("questionnaire:next")}
        )
    response = redirect("questionnaire:start")
    clear(response)
    return response


@require_GET
def scheme_start(request: HttpRequest, scheme_id: str) -> HttpResponse:
    """Start the check of one scheme (from the start page's list): as the first audience
    it is meant for, with the topic that starts with it."""
    for audience in ("worker", "employer", "adviser"):
        topic = topics.for_scheme(scheme_id, audience)
        if topic is not None and scheme_id in catalogue.schemes_for(audience):
            journey = start(audience, topic.id, None)
            response = redirect("questionnaire:next")
            store(response, journey)
            return response
    raise Http404


def adviser_case(request: HttpRequest) -> tuple[str | None, str | None]:
    """The case an adviser checks for, as the workspace passes it: its reference (shown
    in the banner) and its page (the way back); (None, None) without one."""
    data = request.POST if request.method == "POST" else request.GET
    ref = data.get("case_ref", "").strip()
    url = local_path(data.get("case_url", ""))
    if not ref or not url or len(ref) > 60 or not ref.isprintable():
        return None, None
    return ref, url


def local_path(target: str) -> str | None:
    """A path on this site to hand a saved check back to (the adviser workspace's case),
    or None: never another site."""
    # Browsers drop tabs and line breaks from a URL and read "/ /x" or "/\t/x" as "//x":
    # another site. No whitespace or control character at all, then.
    if any(c.isspace() or not c.isprintable() for c in target):
        return None
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return None


@require_GET
def switch_language(request: HttpRequest, lang: str) -> HttpResponse:
    """The language link on every page: remember the choice, go back to the same page."""
    if lang not in LANGUAGE_NAMES:
        raise Http404
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("questionnaire:start")
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        lang,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )
    return response
