"""Server-rendered pages. Thin: each view parses its input and asks `eligibility.services`."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from eligibility import clock, services

AVAILABILITY_LABELS = {
    "open": gettext_lazy("Open"),
    "closed": gettext_lazy("Closed"),
    "not_yet_open": gettext_lazy("Not yet open"),
    "unknown": gettext_lazy("Unknown"),
}


def home(request: HttpRequest) -> HttpResponse:
    """Every scheme with its title and whether one can apply on the reference date."""
    raw_on = request.GET.get("on", "")
    if raw_on:
        parsed = clock.parse_iso_date(raw_on)
        if parsed is None:
            message = _("“%(value)s” is not a date. Write the date as YYYY-MM-DD, e.g. 2025-01-31.")
            context = {"message": message % {"value": raw_on}}
            return render(request, "webapp/bad_request.html", context, status=400)
        on = parsed
    else:
        on = clock.today()
    lang = "en" if (get_language() or "nl").startswith("en") else "nl"
    schemes = []
    for scheme in services.list_schemes(on):
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
    return render(request, "webapp/home.html", {"on": on, "schemes": schemes})


@require_safe
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico on their own, also for pages without the icon link:
    send them to the site's SVG icon."""
    return redirect(static("webapp/favicon.svg"))
