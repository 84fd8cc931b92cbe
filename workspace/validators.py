"""Refuse client references that carry a burgerservicenummer (BSN).

A case is pseudonymous: the adviser chooses a reference that means nothing outside the
loket. A BSN is nine digits that pass the elfproef (weights 9 … 2 and −1, sum divisible by
11). Advisers write BSNs with spaces or dots (`1234.56.782`, `123 456 782`), so those are
ignored; any run of nine digits that passes the test is refused, also inside a longer
reference (`dossier 123456782`).
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)
DIGIT_RUN = re.compile(r"\d+")


def passes_elfproef(digits: str) -> bool:
    """True when `digits` is nine digits whose weighted sum is a multiple of 11 (and not 0)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits, BSN_WEIGHTS, strict=True))
    return total != 0 and total % 11 == 0


def looks_like_bsn(value: str) -> bool:
    """True when `value`, read without spaces and dots, holds nine digits passing the elfproef."""
    compact = re.sub(r"[\s.]", "", value)
    return any(passes_elfproef(run) for run in DIGIT_RUN.findall(compact))


def validate_not_bsn(value: str) -> None:
    if looks_like_bsn(value):
        raise ValidationError(
            _(
                "This reference looks like a citizen service number (BSN). Choose a "
                "reference that does not identify the client outside this loket."
            ),
            code="looks_like_bsn",
        )
