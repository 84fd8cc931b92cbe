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
]
NOT_BSNS = [
    "123456789",  # nine digits, fails the elfproef
    "111222334",
    "000000000",  # weighted sum 0
    "12345678",  # eight digits
    "1234567820",  # ten digits: not a BSN, even though the first nine pass
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
