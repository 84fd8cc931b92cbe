"""Every sentence a user sees for a rejected answer, from one table.

A code without both a Dutch and an English sentence fails the test suite.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from rules.texts import format_date, format_decimal, format_money

__all__ = ["FACT_ISSUE_MESSAGES", "fact_issue_message"]

FACT_ISSUE_MESSAGES: dict[str, dict[str, str]] = {
    "unknown_fact": {
        "nl": "'{fact}' is geen bekend gegeven. Controleer de schrijfwijze.",
        "en": "'{fact}' is not a known fact. Check the spelling.",
    },
    "not_bool": {
        "nl": "'{fact}' moet ja of nee zijn (true of false).",
        "en": "'{fact}' must be yes or no (true or false).",
    },
    "not_int": {
        "nl": "'{fact}' moet een geheel getal zijn.",
        "en": "'{fact}' must be a whole number.",
    },
    "not_decimal": {
        "nl": "'{fact}' moet een getal zijn.",
        "en": "'{fact}' must be a number.",
    },
    "not_money": {
        "nl": "'{fact}' moet een bedrag in euro's zijn, bijvoorbeeld \"1234.56\".",
        "en": "'{fact}' must be an amount in euros, for example \"1234.56\".",
    },
    "too_many_decimals": {
        "nl": "'{fact}' mag hoogstens twee cijfers achter de komma hebben (hele centen).",
        "en": "'{fact}' may have at most two decimals (whole cents).",
    },
    "below_minimum": {
        "nl": "'{fact}' moet {minimum} of meer zijn.",
        "en": "'{fact}' must be {minimum} or more.",
    },
    "above_maximum": {
        "nl": "'{fact}' moet {maximum} of minder zijn.",
        "en": "'{fact}' must be {maximum} or less.",
    },
    "not_date": {
        "nl": "'{fact}' moet een datum zijn in de vorm JJJJ-MM-DD.",
        "en": "'{fact}' must be a date in the form YYYY-MM-DD.",
    },
    "impossible_date": {
        "nl": "'{fact}' moet een bestaande datum zijn; {value} bestaat niet.",
        "en": "'{fact}' must be a real date; {value} does not exist.",
    },
    "date_out_of_range": {
        "nl": "'{fact}' moet tussen {minimum} en {maximum} liggen.",
        "en": "'{fact}' must be between {minimum} and {maximum}.",
    },
    "invalid_choice": {
        "nl": "'{fact}': '{value}' is geen geldige keuze. Kies uit: {choices}.",
        "en": "'{fact}': '{value}' is not a valid choice. Choose from: {choices}.",
    },
    "not_list": {
        "nl": "'{fact}' moet een lijst van keuzes zijn.",
        "en": "'{fact}' must be a list of choices.",
    },
    "duplicate_choice": {
        "nl": "'{fact}' noemt een keuze meer dan eens.",
        "en": "'{fact}' names a choice more than once.",
    },
    "constraint": {
        "nl": "'{fact}': {detail_nl}",
        "en": "'{fact}': {detail_en}",
    },
    "not_an_object": {
        "nl": "De gegevens moeten een object zijn met per gegeven een waarde.",
        "en": "The facts must be an object with one value per fact.",
    },
}


def fact_issue_message(code: str, fact: str, params: Mapping[str, object], lang: str) -> str:
    """The sentence for answer ``fact`` rejected with ``code``, its ``params`` filled in."""
    lang = "nl" if lang == "nl" else "en"
    template = FACT_ISSUE_MESSAGES[code][lang]
    money = params.get("money") is True
    shown = {key: _shown(value, lang, money=money) for key, value in params.items()}
    return template.format(fact=fact, **shown)


def _shown(value: object, lang: str, *, money: bool) -> str:
    """A number or date in the reader's way (``€ 1.000,00``, ``14 maart 2027``); an
    enormous number in short scientific form."""
    if isinstance(value, date):
        return format_date(value, lang)
    if isinstance(value, Decimal):
        if abs(value.adjusted()) > 15:
            return f"{value:.3E}"
        if money and value == value.quantize(_CENT):
            return format_money(int(value * 100), lang)
        return format_decimal(value, lang)
    return str(value)


_CENT = Decimal("0.01")
