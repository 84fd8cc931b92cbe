"""A client reference that looks like a BSN (nine digits passing the elfproef) is refused."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from workspace.validators import looks_like_bsn, passes_elfproef, validate_not_bsn

VALID_BSNS = [
    "111222333",
    "123456782",
    "999999990",
    "1234.56.782",
    "123 456 782",
    "dossier 111222333",
    # Other separators, invisible characters, the eight-digit form, a longer run of digits.
    "935-840-539",
    "935/840/539",
    "935_840_539",
    "935,840,539",
    "935\u200b840\u200b539",
    "935\u00ad840539",
    "935\u2010840\u2010539",
    "\uff19\uff13\uff15\uff18\uff14\uff10\uff15\uff13\uff19",
    "28656878",
    "9358405397",
    "1935840539",
    "BSN: 935 840 539.",
]
NOT_BSNS = [
    "123456789",  # nine digits, fails the elfproef
    "111222334",
    "000000000",  # weighted sum 0
    "12345678",  # eight digits
    "1234567890",  # ten digits, no nine in a row pass
    "A-0001",
    "klant 2024-17",
    "",
]


@pytest.mark.parametrize("value", VALID_BSNS)
def test_a_reference_with_a_valid_bsn_is_refused(value: str) -> None:
    assert looks_like_bsn(value)
    with pytest.raises(ValidationError) as info:
        validate_not_bsn(value)
    assert info.value.code == "looks_like_bsn"


@pytest.mark.parametrize("value", NOT_BSNS)
def test_a_reference_without_a_valid_bsn_is_accepted(value: str) -> None:
    assert not looks_like_bsn(value)
    validate_not_bsn(value)


def test_the_elfproef_weights_the_last_digit_minus_one() -> None:
    # 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 1·3 = 66 = 6 · 11
    assert passes_elfproef("111222333")
    assert not passes_elfproef("111222332")


@pytest.mark.django_db
def test_notes_with_a_bsn_are_refused_too(client: object) -> None:
    from django.utils import translation

    from workspace.forms import CaseForm

    with translation.override("nl"):
        form = CaseForm(data={"client_reference": "A-0002", "notes": "Klant, BSN 935-840-539."})
        assert not form.is_valid()
        [error] = form.errors.as_data()["notes"]
        assert error.code == "looks_like_bsn"
        assert str(error.messages[0]).startswith("Deze aantekeningen bevatten iets wat op een")
