"""Fact definitions: the questions a scheme can ask, and how an answer is validated.

A fact is typed (one model per kind, a discriminated union), has bounds, a question and
help text in Dutch and English, and the audiences it is asked of. Parsing turns JSON-like
input into engine values: ``bool``, ``int``, ``Decimal``, money as ``int`` eurocents,
``date``, an enum id (``str``) or a ``frozenset`` of enum ids. Every way an answer can be
wrong has a code; :mod:`rules.messages` turns codes into sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from rules.errors import FactIssue
from rules.texts import Lang, Text, format_date, format_decimal, format_money, format_value

__all__ = [
    "FACT_KINDS",
    "NO_DEFAULT",
    "Audience",
    "BoolFact",
    "Choice",
    "DateFact",
    "DecimalFact",
    "EnumFact",
    "EnumListFact",
    "FactDefinition",
    "IntFact",
    "MoneyFact",
    "parse_value",
]


class Audience(StrEnum):
    WORKER = "worker"
    EMPLOYER = "employer"
    ADVISER = "adviser"


ALL_AUDIENCES = (Audience.WORKER, Audience.EMPLOYER, Audience.ADVISER)


class _NoDefault:
    def __repr__(self) -> str:
        return "NO_DEFAULT"


NO_DEFAULT: Any = _NoDefault()
"""Marks a fact whose absence means *unknown*. Any other default (``None`` included) is
the value an omitted answer takes, as the contract says ("absent = none")."""


class Choice(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    label: Text


class _FactBase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    question: Text
    help: Text | None = None
    audience: tuple[Audience, ...] = ALL_AUDIENCES
    default: Any = NO_DEFAULT
    # A fact with a default that guided questions still ask, before the other facts of an
    # undecided condition it takes part in: the answer can make those unneeded (e.g. "not
    # asked yet" makes "was it in writing?" moot). The default keeps a caller's complete
    # contract case deciding as before.
    ask: bool = False

    money: ClassVar[bool] = False

    @property
    def optional(self) -> bool:
        return self.default is not NO_DEFAULT

    def parse(self, raw: object) -> Any:
        """Validate one answer; raise :class:`FactIssue` naming this fact."""
        raise NotImplementedError

    def dump(self, value: Any) -> Any:
        """The JSON form of an engine value."""
        return value

    def show(self, value: Any, lang: Lang | str) -> str:
        """An engine value as a person reads it (``ja``, ``€ 1.234,56``, ``7 december
        2026``, a choice's label), written by :mod:`rules.texts`."""
        return format_value(value, lang)

    def bounds(self) -> tuple[Any, Any]:
        """The lowest and highest answer, in JSON form; ``None`` where there is none."""
        return None, None

    def describe(self) -> dict[str, Any]:
        """The fact for a client, in JSON: its kind, question, bounds and choices."""
        minimum, maximum = self.bounds()
        choices: tuple[Choice, ...] | None = getattr(self, "choices", None)
        return {
            "id": self.id,
            "kind": getattr(self, "kind"),  # noqa: B009 (each kind sets it)
            "question": self.question.as_dict(),
            "help": None if self.help is None else self.help.as_dict(),
            "audience": [str(a) for a in self.audience],
            "optional": self.optional,
            "default": self.dump(self.default)
            if self.optional and self.default is not None
            else None,
            "minimum": minimum,
            "maximum": maximum,
            "choices": None
            if choices is None
            else [{"id": c.id, "label": c.label.as_dict()} for c in choices],
        }

    def issue(self, code: str, **params: object) -> FactIssue:
        return FactIssue(fact=self.id, code=code, params=params)

    def json_schema(self) -> dict[str, Any]:
        """The JSON schema of an answer: the forms :meth:`parse` reads, and no other. Bounds
        on a number written as text, and a date that does not exist, are said in words;
        left out are forms meant for a person or a CSV cell, not a client (spaces around a
        choice, a list of choices as "a;b", exponents that make decimals go away)."""
        raise NotImplementedError


class BoolFact(_FactBase):
    kind: Literal["bool"] = "bool"

    def json_schema(self) -> dict[str, Any]:
        return {
            "anyOf": [{"type": "boolean"}, {"type": "string", "pattern": BOOL_PATTERN}],
            "description": "true or false (also as text: true/false, ja/nee, yes/no).",
        }

    def parse(self, raw: object) -> bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().lower() in _BOOL_TEXT:
            return _BOOL_TEXT[raw.strip().lower()]
        raise self.issue("not_bool")


_BOOL_TEXT = {"true": True, "false": False, "ja": True, "nee": False, "yes": True, "no": False}


def _any_case(word: str) -> str:
    return "".join(f"[{c.upper()}{c}]" for c in word)


BOOL_PATTERN = rf"^\s*(?:{'|'.join(_any_case(word) for word in _BOOL_TEXT)})\s*$"
"""The texts :meth:`BoolFact.parse` reads as a boolean, in any case, spaces around."""


class _NumberFact(_FactBase):
    minimum: Decimal | None = None
    maximum: Decimal | None = None

    def bounds(self) -> tuple[Any, Any]:
        return self._bound(self.minimum), self._bound(self.maximum)

    def _bound(self, value: Decimal | None) -> Any:
        return None if value is None else str(value)

    def show(self, value: Any, lang: Lang | str) -> str:
        return format_decimal(value, lang)

    def _pattern(self, *, whole: bool = False, cents: bool = False) -> str:
        signed = self.minimum is None or self.minimum < 0
        return number_pattern(signed=signed, whole=whole, cents=cents)

    def _check_bounds(self, value: Decimal) -> None:
        """Before anything else is done with the number, so a huge one costs nothing. The
        numbers go into the message as numbers, to be written the reader's way."""
        if self.minimum is not None and value < self.minimum:
            raise self.issue("below_minimum", value=value, minimum=self.minimum, money=self.money)
        if self.maximum is not None and value > self.maximum:
            raise self.issue("above_maximum", value=value, maximum=self.maximum, money=self.money)


# A number as text: digits with one decimal point or comma, an optional sign and exponent.
_NUMBER_TEXT = re.compile(r"^[+-]?[0-9]+(?:[.,][0-9]+)?(?:[eE][+-]?[0-9]+)?$")


def number_pattern(*, signed: bool = True, whole: bool = False, cents: bool = False) -> str:
    """The texts :func:`_to_decimal` reads (spaces around are stripped), as a JSON schema
    pattern: only a whole number (``whole``: "18", "18.0", "1e2"), or at most two decimals
    (``cents``: "1234,56"; "1.000", one euro or a thousand, is not one), and a minus sign
    only where a number may be below zero. (Also read, not listed: decimals an exponent
    takes away, "1.5e1" for a whole number, "1.234e2" for an amount; and "-0".)"""
    sign = "[+-]?" if signed else r"\+?"
    fraction = "(?:[.,]0+)?" if whole else "(?:[.,][0-9]{1,2})?" if cents else "(?:[.,][0-9]+)?"
    exponent = r"(?:[eE]\+?[0-9]+)?" if whole or cents else "(?:[eE][+-]?[0-9]+)?"
    return rf"^\s*{sign}[0-9]+{fraction}{exponent}\s*$"


def _to_decimal(raw: object) -> Decimal | None:
    """A number from JSON or text: digits 0-9 with one decimal point or comma. A text
    with both separators ("1.000,50") is refused rather than guessed."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return (
            Decimal(raw) if raw.bit_length() < 4000 else Decimal(f"{'-' if raw < 0 else ''}1E1300")
        )
    if isinstance(raw, float):
        raw = repr(raw)
    if isinstance(raw, Decimal):
        return raw if raw.is_finite() else None
    if isinstance(raw, str):
        text = raw.strip()
        if not _NUMBER_TEXT.match(text):
            return None
        try:
            value = Decimal(text.replace(",", "."))
        except InvalidOperation:
            return None
        return value if value.is_finite() else None
    return None


def _bounds(fact: _NumberFact) -> dict[str, Any]:
    return {
        key: int(value) if value == value.to_integral_value() else float(value)
        for key, value in (("minimum", fact.minimum), ("maximum", fact.maximum))
        if value is not None
    }


def _range_words(fact: _NumberFact, shown: Callable[[Decimal], object] = str) -> str:
    words = [f"from {shown(fact.minimum)}" if fact.minimum is not None else ""]
    words.append(f"to {shown(fact.maximum)}" if fact.maximum is not None else "")
    return " ".join(word for word in words if word)


class IntFact(_NumberFact):
    kind: Literal["int"] = "int"
    minimum: Decimal | None = Decimal(0)
    maximum: Decimal | None = Decimal(1_000_000)

    def json_schema(self) -> dict[str, Any]:
        return {
            "anyOf": [
                {"type": "integer", **_bounds(self)},
                {"type": "string", "pattern": self._pattern(whole=True)},
            ],
            "description": f'A whole number {_range_words(self, int)}, e.g. 12 or "12".',
        }

    def _bound(self, value: Decimal | None) -> Any:
        return None if value is None else int(value)

    def parse(self, raw: object) -> int:
        number = _to_decimal(raw)
        if number is None:
            raise self.issue("not_int")
        self._check_bounds(number)
        if number != number.to_integral_value():
            raise self.issue("not_int")
        return int(number)


class DecimalFact(_NumberFact):
    kind: Literal["decimal"] = "decimal"
    minimum: Decimal | None = Decimal(0)
    maximum: Decimal | None = Decimal(1_000_000)

    def json_schema(self) -> dict[str, Any]:
        return {
            "anyOf": [
                {"type": "number", **_bounds(self)},
                {"type": "string", "pattern": self._pattern()},
            ],
            "description": f'A number {_range_words(self)}, e.g. "32.5" or "32,5".',
        }

    def parse(self, raw: object) -> Decimal:
        number = _to_decimal(raw)
        if number is None:
            raise self.issue("not_decimal")
        self._check_bounds(number)
        return number

    def dump(self, value: Any) -> Any:
        return str(value)


class MoneyFact(_NumberFact):
    """An amount in euros at the boundary (``"1234.56"``), integer eurocents inside."""

    kind: Literal["money"] = "money"
    minimum: Decimal | None = Decimal(0)
    maximum: Decimal | None = Decimal(1_000_000_000)
    money: ClassVar[bool] = True

    def json_schema(self) -> dict[str, Any]:
        return {
            "anyOf": [
                {"type": "number", **_bounds(self)},
                {"type": "string", "pattern": self._pattern(cents=True)},
            ],
            "description": f"An amount in euros {_range_words(self, _euros)}, at most two "
            'decimals, e.g. "1234.56" or "1234,56".',
        }

    def parse(self, raw: object) -> int:
        number = _to_decimal(raw)
        if number is None:
            raise self.issue("not_money")
        self._check_bounds(number)
        if isinstance(raw, str) and re.search(r"[.,][0-9]{3,}$", raw.strip()):
            # "1.000" is one euro or a thousand: refused, never guessed.
            raise self.issue("too_many_decimals")
        if number != number.quantize(Decimal("0.01")):
            raise self.issue("too_many_decimals")
        return int(number * 100)

    def dump(self, value: Any) -> Any:
        return None if value is None else cents_to_str(value)

    def _bound(self, value: Decimal | None) -> Any:
        return None if value is None else _euros(value)

    def show(self, value: Any, lang: Lang | str) -> str:
        return format_money(value, lang)


def _euros(value: Decimal) -> str:
    return f"{value:.2f}"


_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
DATE_PATTERN = r"^\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\s*$"
"""The dates :meth:`DateFact.parse` reads: YYYY-MM-DD, spaces around (and a real day)."""


class DateFact(_FactBase):
    kind: Literal["date"] = "date"
    minimum: date = date(1900, 1, 1)
    maximum: date = date(2100, 12, 31)

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "string",
            "format": "date",
            "pattern": DATE_PATTERN,
            "example": "2025-03-15",
            "description": f"A date (YYYY-MM-DD) from {self.minimum} to {self.maximum}.",
        }

    def parse(self, raw: object) -> date:
        if isinstance(raw, datetime):
            raise self.issue("not_date")  # a moment, not a day: refused rather than cut
        if isinstance(raw, date):
            value = raw
        elif isinstance(raw, str) and _ISO_DATE.match(raw.strip()):
            try:
                value = date.fromisoformat(raw.strip())
            except ValueError:
                raise self.issue("impossible_date", value=raw) from None
        else:
            raise self.issue("not_date")
        if not self.minimum <= value <= self.maximum:
            raise self.issue(
                "date_out_of_range", value=value, minimum=self.minimum, maximum=self.maximum
            )
        return value

    def dump(self, value: Any) -> Any:
        return None if value is None else value.isoformat()

    def bounds(self) -> tuple[Any, Any]:
        return self.minimum.isoformat(), self.maximum.isoformat()

    def show(self, value: Any, lang: Lang | str) -> str:
        return format_date(value, lang)


class EnumFact(_FactBase):
    kind: Literal["enum"] = "enum"
    choices: tuple[Choice, ...]

    @property
    def choice_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.choices)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "enum": list(self.choice_ids)}

    def show(self, value: Any, lang: Lang | str) -> str:
        return _label(self.choices, value, lang)

    def parse(self, raw: object) -> str:
        if isinstance(raw, str) and raw.strip() in self.choice_ids:
            return raw.strip()
        raise self.issue("invalid_choice", value=str(raw), choices=", ".join(self.choice_ids))


class EnumListFact(_FactBase):
    kind: Literal["enum_list"] = "enum_list"
    choices: tuple[Choice, ...]

    @property
    def choice_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.choices)

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "array",
            "items": {"type": "string", "enum": list(self.choice_ids)},
            "uniqueItems": True,
        }

    def parse(self, raw: object) -> frozenset[str]:
        if isinstance(raw, str):  # a CSV cell or form value: "a;b" or "a,b"
            raw = [part for part in re.split(r"[;,]", raw) if part.strip()]
        if not isinstance(raw, list | tuple):
            raise self.issue("not_list")
        items = [str(item).strip() for item in raw]
        for item in items:
            if item not in self.choice_ids:
                raise self.issue("invalid_choice", value=item, choices=", ".join(self.choice_ids))
        if len(set(items)) != len(items):
            raise self.issue("duplicate_choice")
        return frozenset(items)

    def dump(self, value: Any) -> Any:
        return None if value is None else [c for c in self.choice_ids if c in value]

    def show(self, value: Any, lang: Lang | str) -> str:
        """The labels chosen, in the order the question lists them."""
        return ", ".join(_label(self.choices, item, lang) for item in self.dump(value))


def _label(choices: tuple[Choice, ...], value: str, lang: Lang | str) -> str:
    return next((c.label.get(lang) for c in choices if c.id == value), value)


_KINDS = (BoolFact, IntFact, DecimalFact, MoneyFact, DateFact, EnumFact, EnumListFact)
FactDefinition = Annotated[
    BoolFact | IntFact | DecimalFact | MoneyFact | DateFact | EnumFact | EnumListFact,
    Field(discriminator="kind"),
]
"""A fact definition of any kind, told apart by ``kind``. (The expression that reads an
answer in a scheme's logic is another thing: :class:`rules.expr.Fact`, built by
``x.fact(...)``.)"""


FACT_KINDS: tuple[str, ...] = tuple(kind.model_fields["kind"].default for kind in _KINDS)
"""Every kind of fact ("bool", "int", ... "enum_list"), in the order the union lists them."""


def cents_to_str(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}{euros}.{rest:02d}"


def parse_value(fact: _FactBase, raw: object) -> Any:
    """``None`` stands for an omitted answer: the default, or unknown."""
    if raw is None or (isinstance(raw, str) and raw.strip() == ""):
        return fact.default
    return fact.parse(raw)


def dump_facts(facts: Mapping[str, _FactBase], values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: facts[k].dump(v) for k, v in values.items() if k in facts}
