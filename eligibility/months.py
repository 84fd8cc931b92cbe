"""The month a text means, by name: "deze maand" → "in maart 2025".

Scheme texts speak to a person about now ("Uw WW-recht loopt deze maand door.", "Hoeveel
inkomen had u in deze kalendermaand?"). Read on another day, or for another reference date
(an adviser's check, a handover on paper), "this month" is ambiguous; named, it is not.
"""

from __future__ import annotations

import re
from datetime import date

from django.utils import dateformat, translation


def name_months(text: str, on: date, lang: str) -> str:
    """`text` with "this month", "the previous month" and "this calendar year" named for
    the reference date `on`, in `lang` ("nl" or "en")."""
    if not text:
        return text
    with translation.override(lang):
        month = dateformat.format(on, "F Y")
        before = date(on.year - (on.month == 1), (on.month - 2) % 12 + 1, 1)
        previous = dateformat.format(before, "F Y")
    year = str(on.year)
    if lang == "nl":
        text = re.sub(r"\bin (deze|dezelfde) (kalender)?maand\b", f"in {month}", text)
        # "is deze maand?" names the month; elsewhere "deze maand" means "in this month".
        text = re.sub(r"(?<=\bis )(deze|dezelfde) (kalender)?maand\b", month, text)
        text = re.sub(r"\b(deze|dezelfde) (kalender)?maand\b", f"in {month}", text)
        text = re.sub(r"\bin de vorige (kalender)?maand\b", f"in {previous}", text)
        text = re.sub(r"(?<=\bwas )vorige (kalender)?maand\b", previous, text)
        text = re.sub(r"\bvorige (kalender)?maand\b", f"in {previous}", text)
        text = re.sub(r"\b(in )?dit kalenderjaar\b", f"in {year}", text)
        return text
    text = re.sub(r"\b(in )?this (calendar )?month\b", f"in {month}", text)
    text = re.sub(r"\b(in )?the previous (calendar )?month\b", f"in {previous}", text)
    text = re.sub(r"\b(in )?this calendar year\b", f"in {year}", text)
    return text
