"""Dates as people write them ("7 december 2026"), whether a date or an ISO string."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django import template
from django.utils import dateformat

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
