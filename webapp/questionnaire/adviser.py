"""Questions as an adviser reads them: about the client, and about the reference month.

The schemes word their questions for the person themselves ("Wat is uw WW-dagloon?",
"in deze kalendermaand"). An adviser answers for a client, often for a date in the past;
the same question then reads "Wat is zijn of haar WW-dagloon?" under the banner that names
the case, and "in maart 2025". One generic rewrite instead of a second text per fact: every
question of every scheme gets it, and a new question needs nothing extra. The rewrite only
touches the subject and possessive forms of "u" and the words for "this month/year", which
the scheme texts use in a small, fixed set of ways (tests/webapp/test_adviser_wording.py
holds it to every question in the registry).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from eligibility import months

# Order matters: irregular verb forms first, then "u" anywhere else.
_NL = [
    (r"\bBent u\b", "Is de klant"),
    (r"\bbent u\b", "is de klant"),
    (r"\bu bent\b", "de klant is"),
    (r"\b([Hh])ebt u\b", r"\1eeft de klant"),
    (r"\bu hebt\b", "de klant heeft"),
    (r"\b([Kk])unt u\b", r"\1an de klant"),
    (r"\bu kunt\b", "de klant kan"),
    (r"\b([Ww])ilt u\b", r"\1il de klant"),
    (r"\bu wilt\b", "de klant wil"),
    (r"\b([Zz])ult u\b", r"\1al de klant"),
    (r"\bUw\b", "Zijn of haar"),
    (r"\buw\b", "zijn of haar"),
    (r"\bU\b", "De klant"),
    (r"\bu\b", "de klant"),
]
_EN = [
    (r"\b([Aa])re you\b", r"\1s the client"),
    (r"\b([Dd])o you\b", r"\1oes the client"),
    (r"\b([Hh])ave you\b", r"\1as the client"),
    (r"\b([Ww])ere you\b", r"\1as the client"),
    (r"\byou are\b", "the client is"),
    (r"\byou have\b", "the client has"),
    (r"\byou were\b", "the client was"),
    (r"\bYour\b", "The client's"),
    (r"\byour\b", "the client's"),
    (r"\bYou\b", "The client"),
    (r"\byou\b", "the client"),
]


def reword(text: str, on: date, lang: str) -> str:
    """One question or help text as an adviser reads it on reference date `on`."""
    if not text:
        return text
    text = months.name_months(text, on, lang)
    for pattern, replacement in _NL if lang == "nl" else _EN:
        text = re.sub(pattern, replacement, text)
    return text


def for_adviser(fact: dict[str, Any], on: date, lang: str) -> dict[str, Any]:
    """A copy of the fact with its question and help reworded for an adviser."""
    fact = dict(fact)
    fact["question"] = {**fact["question"], lang: reword(fact["question"][lang], on, lang)}
    if fact.get("help"):
        fact["help"] = {**fact["help"], lang: reword(fact["help"][lang], on, lang)}
    return fact
