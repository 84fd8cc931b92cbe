"""Bilingual text, citations and the formatting of values for people.

Everything a user reads comes in Dutch (first) and English. Values shown inside
explanations are formatted here, once, so money and dates look the same everywhere.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, field_validator

__all__ = [
    "Citation",
    "Lang",
    "Source",
    "Text",
    "dated_links",
    "dated_url",
    "format_figure",
    "format_percent",
    "format_value",
    "odd_fields",
    "placeholders",
    "t",
]


class Lang(StrEnum):
    NL = "nl"
    EN = "en"


class Text(BaseModel):
    """A sentence in Dutch and English. Either may hold ``{name}`` placeholders."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    nl: str
    en: str

    def get(self, lang: Lang | str) -> str:
        return self.en if lang == Lang.EN else self.nl

    def as_dict(self) -> dict[str, str]:
        return {"nl": self.nl, "en": self.en}


def t(nl: str, en: str) -> Text:
    return Text(nl=nl, en=en)


Source = Literal["OFF", "EXECUTOR", "SEC", "INF"]


class Citation(BaseModel):
    """Where a rule or a figure comes from. ``source`` grades it (see the spec's labels)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str
    article: str
    url: str
    source: Source = "OFF"

    @field_validator("url")
    @classmethod
    def _url_is_absolute(cls, value: str) -> str:
        if not value.startswith("https://"):
            raise ValueError("a citation needs an absolute https:// URL")
        return value

    def as_dict(self, on: date | None = None) -> dict[str, str]:
        """The citation as JSON; with ``on``, a link to the law links to the text valid then."""
        return {
            "title": self.title,
            "article": self.article,
            "url": self.url if on is None else dated_url(self.url, on),
            "source": self.source,
        }


# A consolidated text on wetten.overheid.nl: the regulation, the version date (the text in
# force on that day), an optional sequence number and the article anchor.
_WETTEN = re.compile(
    r"https://wetten\.overheid\.nl/(?P<id>BWB[RV]\d+)(?:/\d{4}-\d{2}-\d{2}(?:/\d+)?)?/?"
    r"(?P<anchor>#\S*)?"
)


def dated_url(url: str, on: date) -> str:
    """A link to wetten.overheid.nl that opens the text valid on ``on``, never a later one.

    ``https://wetten.overheid.nl/BWBR0004045/2026-07-01#Artikel21`` on 15 March 2025 becomes
    ``https://wetten.overheid.nl/BWBR0004045/2025-03-15#Artikel21``: the site shows the
    version in force on the date in the address. Other addresses are returned unchanged.
    """
    match = _WETTEN.fullmatch(url)
    if match is None:
        return url
    return f"https://wetten.overheid.nl/{match['id']}/{on.isoformat()}{match['anchor'] or ''}"


def dated_links(data: Any, on: date) -> Any:
    """``data`` (JSON-like) with every link to wetten.overheid.nl dated ``on``; a copy."""
    if isinstance(data, str):
        return dated_url(data, on) if data.startswith("https://wetten.overheid.nl/") else data
    if isinstance(data, dict):
        return {k: dated_links(v, on) for k, v in data.items()}
    if isinstance(data, list):
        return [dated_links(v, on) for v in data]
    return data


_MONTHS = {
    Lang.NL: [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    Lang.EN: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def format_date(value: date, lang: Lang | str) -> str:
    months = _MONTHS[lang if type(lang) is Lang else Lang(lang)]
    return f"{value.day} {months[value.month - 1]} {value.year}"


def format_money(cents: int, lang: Lang | str) -> str:
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    if lang == Lang.EN:
        return f"{sign}€{euros:,}.{_CENTS[rest]}"
    if euros < 1000:  # no thousands to separate
        return f"{sign}€ {euros},{_CENTS[rest]}"
    return f"{sign}€ {f'{euros:,}'.replace(',', '.')},{_CENTS[rest]}"


_CENTS = tuple(f"{rest:02d}" for rest in range(100))  # the cents as shown, "00" to "99"


def format_decimal(value: Decimal | int, lang: Lang | str) -> str:
    text = format(value, "f") if isinstance(value, Decimal) else str(value)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == Lang.NL else text


def format_value(value: object, lang: Lang | str, *, money: bool = False) -> str:
    """A value as a person reads it: ``€ 1.234,56``, ``14 maart 2027``, ``ja``."""
    # the common kinds first, before the checks on abstract types (Fraction's are slow)
    if type(value) is int:
        return format_money(value, lang) if money else str(value)
    if type(value) is str:
        return value
    if value is True:
        return "ja" if lang == Lang.NL else "yes"
    if value is False:
        return "nee" if lang == Lang.NL else "no"
    if isinstance(value, date):
        return format_date(value, lang)
    if money and isinstance(value, int | Decimal | Fraction):
        return format_money(int(value), lang)
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    if isinstance(value, int | Decimal):
        return format_decimal(value, lang)
    if isinstance(value, frozenset | tuple | list):
        return ", ".join(sorted(str(v) for v in value))
    return str(value)


def format_percent(points: Decimal | Fraction | int, lang: Lang | str) -> str:
    """A percentage from its points (87.5): ``87,5 %`` in Dutch, ``87.5%`` in English."""
    if isinstance(points, Fraction):
        points = Decimal(points.numerator) / Decimal(points.denominator)
    shown = format_decimal(points, lang)
    return f"{shown}%" if lang == Lang.EN else f"{shown} %"


def format_figure(value: object, unit: str, lang: Lang | str) -> str:
    """A figure of the law (a parameter) as a sentence names it, by its ``unit``.

    Money the law sets in whole euros reads without cents (``€ 5.000``, ``€5,000``), other
    amounts to the cent (``€ 309,91``); a ``percent`` figure, stored in points (``0.46``),
    reads ``0,46 %``; a whole number has a thousands separator (``1.280``, ``1,280``).
    Anything else reads as :func:`format_value` shows it.
    """
    if unit == "money" and type(value) is int:
        if value % 100:
            return format_money(value, lang)
        text = format_money(value, lang)
        return text[: -len(",00")]
    if isinstance(value, int | Decimal | Fraction) and not isinstance(value, bool):
        if unit == "percent":
            return format_percent(value, lang)
        if unit in ("int", "decimal") and value == int(value):
            grouped = f"{int(value):,}"
            return grouped.replace(",", ".") if lang == Lang.NL else grouped
    return format_value(value, lang, money=unit == "money")


def placeholders(text: Text) -> set[str]:
    """The ``{name}`` fields used in either language."""
    names: set[str] = set()
    for template in (text.nl, text.en):
        for _, field, _, _ in string.Formatter().parse(template):
            if field:
                names.add(field)
    return names


def odd_fields(text: Text) -> list[str]:
    """The fields of either language, as written, that a result's sentence cannot fill: it
    reads ``{name}`` and ``{name:%}`` (a share as a percentage) only."""
    found: list[str] = []
    for template in (text.nl, text.en):
        for _, field, spec, conversion in string.Formatter().parse(template):
            if field is None:
                continue
            if conversion is not None or spec not in ("", "%") or not field.isidentifier():
                written = field + ("" if conversion is None else f"!{conversion}")
                found.append("{" + written + (f":{spec}" if spec else "") + "}")
    return found


def render(text: Text, lang: Lang | str, values: Mapping[str, str]) -> str:
    template = text.get(lang)
    if "{" not in template:
        return template
    return template.format_map(values)
