"""Refuse client references and notes that carry a burgerservicenummer (BSN).

A case is pseudonymous: the adviser chooses a reference that means nothing outside the
loket. A BSN is nine digits that pass the elfproef (weights 9 … 2 and −1, sum divisible by
11); one with a leading zero is often written as eight digits. BSNs are written with
spaces, dots, hyphens, slashes, underscores or commas between the groups (`935-840-539`),
and text pasted from elsewhere can hide invisible characters (a zero-width space, a soft
hyphen) or use other digits (fullwidth, Arabic-Indic). So the text is first read as plain
digits with those left out; then any nine digits in a row that pass the elfproef are
refused, also inside a longer run of digits (`1935840539`), and so is a run of exactly
eight digits that passes with a leading zero.
"""

from __future__ import annotations

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)
DIGIT_RUN = re.compile(r"[0-9]+")


def passes_elfproef(digits: str) -> bool:
    """True when `digits` is nine digits whose weighted sum is a multiple of 11 (and not 0)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits, BSN_WEIGHTS, strict=True))
    return total != 0 and total % 11 == 0


SEPARATORS = re.compile(r"[\s.,/_\-\u00ad\u2010-\u2015\u2212]")


def _plain(value: str) -> str:
    """`value` with other digit forms read as 0–9 and separators and invisible characters
    (Unicode format characters such as U+200B and U+00AD) left out."""
    text = unicodedata.normalize("NFKC", value)
    text = "".join(
        str(unicodedata.digit(c)) if c.isdigit() else c
        for c in text
        if unicodedata.category(c) != "Cf"
    )
    return SEPARATORS.sub("", text)


def looks_like_bsn(value: str) -> bool:
    """True when `value`, read as plain digits, holds a BSN in its nine- or eight-digit form."""
    for run in DIGIT_RUN.findall(_plain(value)):
        if len(run) == 8 and passes_elfproef("0" + run):
            return True
        if any(passes_elfproef(run[i : i + 9]) for i in range(len(run) - 8)):
            return True
    return False


def validate_not_bsn(value: str) -> None:
    if looks_like_bsn(value):
        raise ValidationError(
            _(
                "This reference looks like a citizen service number (BSN). Choose a "
                "reference that does not identify the client outside this loket."
            ),
            code="looks_like_bsn",
        )


def validate_notes_not_bsn(value: str) -> None:
    if looks_like_bsn(value):
        raise ValidationError(
            _(
                "These notes hold what looks like a citizen service number (BSN). Leave it "
                "out: nothing in a case may identify the client outside this loket."
            ),
            code="looks_like_bsn",
        )
