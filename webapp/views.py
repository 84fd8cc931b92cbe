"""Server-rendered pages. Thin: each view parses its input and asks `eligibility.services`."""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from eligibility import catalogue, clock

from .questionnaire.views import current_lang, page

AVAILABILITY_LABELS = {
    "open": gettext_lazy("Open"),
    "closed": gettext_lazy("Closed"),
    "not_yet_open": gettext_lazy("Not yet open"),
    "unknown": gettext_lazy("Unknown"),
}


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """The start page: what the check does, how long it takes, the way in for people and
    for advisers, and every scheme with whether one can apply on the reference date."""
    raw_on = request.GET.get("on", "")
    if raw_on:
        parsed = clock.parse_iso_date(raw_on)
        if parsed is None:
            message = _("“%(value)s” is not a date. Write the date as YYYY-MM-DD, e.g. 2025-01-31.")
            context = {"message": message % {"value": raw_on}}
            return page(request, "webapp/bad_request.html", context, status=400)
        on = parsed
    else:
        on = clock.today()
    lang = current_lang()
    schemes = []
    for scheme in catalogue.list_schemes(on):
        availability = scheme["availability"]
        message = availability.get("message") or {}
        schemes.append(
            {
                "id": scheme["id"],
                "title": scheme["title"][lang],
                "summary": scheme["summary"][lang],
                "status": availability["status"],
                "status_label": AVAILABILITY_LABELS.get(
                    availability["status"], availability["status"]
                ),
                "availability_message": message.get(lang, ""),
            }
        )
    return page(request, "webapp/home.html", {"on": on, "schemes": schemes})


# The statements every page links to, by their Dutch address; each written out per language.
STATEMENTS = {
    "privacy": ("privacy", gettext_lazy("Privacy statement")),
    "toegankelijkheid": ("accessibility", gettext_lazy("Accessibility statement")),
    "contact": ("contact", gettext_lazy("Contact")),
}


@require_safe
def statement(request: HttpRequest, slug: str) -> HttpResponse:
    if slug not in STATEMENTS:
        raise Http404
    name, title = STATEMENTS[slug]
    body = render_to_string(
        f"webapp/statements/{name}.{current_lang()}.html",
        {
            "operator": settings.SITE_OPERATOR,
            "email": settings.SITE_CONTACT_EMAIL,
            "phone": settings.SITE_CONTACT_PHONE,
            "retention_days": settings.CHECK_RETENTION_DAYS,
        },
        request=request,
    )
    return page(request, "webapp/statement.html", {"title": title, "body": mark_safe(body)})


@require_safe
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico on their own, also for pages without the icon link:
    send them to the site's SVG icon."""
    return redirect(static("webapp/favicon.svg"))
