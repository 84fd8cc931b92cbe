"""Form fields from fact definitions: one function per kind, reading what people type."""

from __future__ import annotations

import pytest
from django import forms

from rules.facts import FACT_KINDS
from webapp.questionnaire import presenters
from webapp.questionnaire.fields import (
    KINDS,
    form_field,
    read_amount,
    read_date,
    read_number,
)


def test_every_fact_kind_of_the_engine_has_a_field() -> None:
    kinds = {fact["kind"] for fact in presenters.facts().values()}

    assert kinds <= set(KINDS) == set(FACT_KINDS)


def test_every_fact_becomes_a_field_with_its_question_in_both_languages() -> None:
    for fact in presenters.facts().values():
        for lang in ("nl", "en"):
            field = form_field(fact, lang)
            assert field.label == fact["question"][lang]
            assert field.required is not fact["optional"]


@pytest.mark.parametrize(
    ("typed", "lang", "read"),
    [
        ("1250,50", "nl", "1250.50"),
        ("1.250,50", "nl", "1250.50"),
        ("€ 1.250", "nl", "1250"),
        ("1250.50", "nl", "1250.50"),
        ("1,250.50", "en", "1250.50"),
        ("1,250", "en", "1250"),
        ("125,-", "nl", "125"),
        ("12,345", "nl", "12.345"),  # too many decimals: the engine says so
    ],
)
def test_amounts_are_read_with_a_decimal_comma_or_point(typed: str, lang: str, read: str) -> None:
    assert read_amount(typed, lang) == read


@pytest.mark.parametrize("typed", ["twaalf", "12a", "1.2.3,4,5"])
def test_what_is_no_amount_at_all_is_refused_by_the_form(typed: str) -> None:
    with pytest.raises(forms.ValidationError):
        read_amount(typed, "nl")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("31-03-2025", "2025-03-31"),
        ("1-4-2025", "2025-04-01"),
        ("31/03/2025", "2025-03-31"),
        ("31.03.2025", "2025-03-31"),
        ("2025-03-31", "2025-03-31"),
        ("1 april 2025", "2025-04-01"),
        ("1 April 2025", "2025-04-01"),
        ("31 mrt 2025", "2025-03-31"),
        ("3 oct. 2025", "2025-10-03"),
    ],
)
def test_dates_are_read_day_month_year_or_iso(typed: str, read: str) -> None:
    assert read_date(typed) == read


def test_a_date_that_does_not_exist_is_refused_with_what_was_typed() -> None:
    from django import forms
    from django.utils import translation

    with translation.override("nl"):
        with pytest.raises(forms.ValidationError) as refused:
            read_date("31-02-2025")
        message = refused.value.messages[0]  # a lazy text: read in Dutch, whatever ran before

    assert message.startswith("31-02-2025 is geen bestaande datum.")


def test_a_date_in_another_shape_is_refused_with_the_format_message() -> None:
    with pytest.raises(forms.ValidationError, match=r"dag-maand-jaar|day-month-year"):
        read_date("maart 2025")


@pytest.mark.parametrize(
    ("typed", "lang", "read"),
    [("12,5", "nl", "12.5"), ("1.000", "nl", "1000"), ("12.5", "en", "12.5")],
)
def test_numbers_take_the_comma_of_the_language(typed: str, lang: str, read: str) -> None:
    assert read_number(typed, lang) == read
