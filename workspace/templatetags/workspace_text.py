"""Dates as people write them ("7 december 2026"), whether a date or an ISO string, and
"this month" named for the reference date."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django import template
from django.utils import dateformat
from django.utils.translation import get_language

from eligibility import months

register = template.Library()


@register.filter
def long_date(value: Any) -> str:
    """ "7 december 2026" in the active language; an ISO string is read first; anything
    else (None, "…") is shown as it is."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    if isinstance(value, datetime | date):
        return dateformat.format(value, "j F Y")
    return "" if value is None else str(value)


@register.filter
def month_named(text: str, on: date) -> str:
    """ "Uw WW-recht loopt deze maand door." → "… loopt in maart 2025 door." for a result
    on 15 March 2025: a handover or a check page is read later than the check was done."""
    lang = "en" if (get_language() or "nl").startswith("en") else "nl"
    return months.name_months(str(text), on, lang) if on else str(text)
