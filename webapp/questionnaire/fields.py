"""Form fields generated from the engine's fact definitions, in one place.

One table (`KINDS`) says per fact kind how a fact (kind, bounds, choices, question and
help in Dutch and English) becomes a Django form field with its widget, its hint and how
a kept answer is written back into it. A field's `clean` gives
the answer in the engine's JSON form ("1234.56", "2025-03-31", true, an enum id, a list
of ids); whether that answer is acceptable is the engine's to say (`services`), so the
fields only read what a person typed. No scheme has a hand-written form.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django import forms
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .messages import FORM_MESSAGES

Lang = str
StrOrPromise = str | Promise


def _errors(required: str = "required") -> dict[str, Any]:
    return {"required": FORM_MESSAGES[required], "invalid_choice": FORM_MESSAGES["invalid_choice"]}


class _Text(forms.CharField):
    """A text box whose value is read by `read` and handed to the engine as a string."""

    def __init__(self, *, read: Callable[[str], str], **kwargs: Any) -> None:
        self.read = read
        super().__init__(**kwargs)

    def clean(self, value: Any) -> Any:
        text = super().clean(value)
        return self.read(text) if text else None


def text_input(inputmode: str, css: str, **extra: str) -> forms.TextInput:
    attrs = {
        "class": f"input {css}",
        "inputmode": inputmode,
        "autocomplete": "off",
        "spellcheck": "false",
    }
    return forms.TextInput(attrs={**attrs, **extra})


# Reading what people type -----------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u202f€]|EUR|eur")
_GROUPED = re.compile(r"^-?\d{1,3}([.,]\d{3})+$")


def read_number(text: str, lang: Lang) -> str:
    """'1.250' (nl) / '1,250' (en) → '1250'; '12,5' → '12.5'. Left for the engine to judge
    when it is no number at all."""
    text = _SPACES.sub("", text)
    if "," in text and "." in text:  # the last one is the decimal separator
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        grouping = "." if decimal == "," else ","
        return text.replace(grouping, "").replace(decimal, ".")
    separator = "," if "," in text else "."
    if text.count(separator) > 1 or (
        _GROUPED.match(text) and separator == ("." if lang == "nl" else ",")
    ):
        return text.replace(separator, "")
    return text.replace(",", ".")


_AMOUNT = re.compile(r"^-?\d+(\.\d+)?$")


def read_amount(text: str, lang: Lang) -> str:
    number = read_number(text, lang)
    if number.endswith(".-"):  # "125,-"
        number = number[:-2]
    if not _AMOUNT.match(number):
        raise forms.ValidationError(FORM_MESSAGES["amount_format"], code="amount_format")
    return number


_DMY = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")
_D_MONTH_Y = re.compile(r"^(\d{1,2})\.?\s+([a-zë]+)\.?\s+(\d{4})$")
# Month names as people write them, Dutch and English, in full or cut short.
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "january", "jan"),
            ("februari", "february", "feb"),
            ("maart", "march", "mrt", "mar", "maa"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("augustus", "august", "aug"),
            ("september", "sept", "sep"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def read_date(text: str) -> str:
    """'31-3-2025', '31/03/2025', '31.03.2025', '31 maart 2025', '31 mrt 2025' or
    '2025-03-31' → '2025-03-31'. A date that does not exist ('31-02-2025') is refused with
    what was typed."""
    text = " ".join(text.strip().split())
    if found := _DMY.match(text):
        day, month, year = found.groups()
    elif (found := _D_MONTH_Y.match(text.lower())) and found.group(2) in _MONTHS:
        day, year = found.group(1), found.group(3)
        month = str(_MONTHS[found.group(2)])
    elif found := _YMD.match(text):
        year, month, day = found.groups()
    else:
        raise forms.ValidationError(FORM_MESSAGES["date_format"], code="date_format")
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        raise forms.ValidationError(
            FORM_MESSAGES["date_not_real"], code="date_not_real", params={"typed": text}
        ) from None
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


def show_date(iso: str) -> str:
    """How a stored date is written back into the box: day-month-year."""
    try:
        value = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{value.day:02d}-{value.month:02d}-{value.year}"


def show_number(value: str, lang: Lang) -> str:
    return value.replace(".", ",") if lang == "nl" else value


# One entry per fact kind ------------------------------------------------------------


def bool_field(fact: dict[str, Any], lang: Lang) -> forms.Field:
    return forms.TypedChoiceField(
        choices=[("true", _("Yes")), ("false", _("No"))],
        coerce=lambda value: value == "true",
        widget=forms.RadioSelect(attrs={"class": "radio-input"}),
        error_messages=_errors("required_choice"),
    )


def number_field(inputmode: str) -> Callable[[dict[str, Any], Lang], forms.Field]:
    """A box for a number: whole ("numeric" keyboard) or with decimals ("decimal")."""

    def build(fact: dict[str, Any], lang: Lang) -> forms.Field:
        return _Text(
            read=lambda text: read_number(text, lang),
            widget=text_input(inputmode, "input-number"),
            error_messages=_errors(),
        )

    return build


def money_field(fact: dict[str, Any], lang: Lang) -> forms.Field:
    return _Text(
        read=lambda text: read_amount(text, lang),
        widget=text_input("decimal", "input-money"),
        error_messages=_errors(),
    )


def date_field(fact: dict[str, Any], lang: Lang) -> forms.Field:
    return _Text(
        read=read_date,
        widget=text_input("text", "input-date"),
        error_messages=_errors(),
    )


def enum_field(fact: dict[str, Any], lang: Lang) -> forms.Field:
    return forms.ChoiceField(
        choices=[(c["id"], c["label"][lang]) for c in fact["choices"]],
        widget=forms.RadioSelect(attrs={"class": "radio-input"}),
        error_messages=_errors("required_choice"),
    )


def enum_list_field(fact: dict[str, Any], lang: Lang) -> forms.Field:
    return forms.MultipleChoiceField(
        choices=[(c["id"], c["label"][lang]) for c in fact["choices"]],
        widget=forms.CheckboxSelectMultiple(attrs={"class": "checkbox-input"}),
        error_messages=_errors("required_list"),
    )


def _as_is(value: Any, lang: Lang) -> Any:
    return value


@dataclass(frozen=True)
class KindForm:
    """How the form asks a fact of one kind: its field, whether it is a group of options
    (a fieldset) or one labelled box, the hint on how to write it, and how a stored answer
    (engine JSON form) is written back into it."""

    field: Callable[[dict[str, Any], Lang], forms.Field]
    grouped: bool = False
    hint: StrOrPromise = ""
    again: Callable[[Any, Lang], Any] = _as_is


KINDS: dict[str, KindForm] = {
    "bool": KindForm(bool_field, grouped=True, again=lambda v, lang: "true" if v else "false"),
    "int": KindForm(number_field("numeric"), again=lambda v, lang: show_number(str(v), lang)),
    "decimal": KindForm(number_field("decimal"), again=lambda v, lang: show_number(str(v), lang)),
    "money": KindForm(
        money_field,
        hint=_("An amount in euros, for example 1250,50."),
        again=lambda v, lang: show_number(str(v), lang),
    ),
    "date": KindForm(
        date_field,
        hint=_("Write day-month-year, for example 31-03-2025."),
        again=lambda v, lang: show_date(str(v)),
    ),
    "enum": KindForm(enum_field, grouped=True),
    "enum_list": KindForm(enum_list_field, grouped=True),
}
"""Every fact kind of the engine (`rules.facts.FACT_KINDS`), as the form asks it."""

GROUPED_KINDS = {kind for kind, form in KINDS.items() if form.grouped}
INPUT_HINTS = {kind: form.hint for kind, form in KINDS.items() if form.hint}


def form_field(fact: dict[str, Any], lang: Lang) -> forms.Field:
    field = KINDS[fact["kind"]].field(fact, lang)
    field.required = not fact["optional"]
    field.label = fact["question"][lang]
    help_text = fact["help"][lang] if fact["help"] else ""
    field.help_text = help_text
    return field


def initial(fact: dict[str, Any], value: Any, lang: Lang) -> Any:
    """A stored answer (engine JSON form) as the field shows it again."""
    return None if value is None else KINDS[fact["kind"]].again(value, lang)
