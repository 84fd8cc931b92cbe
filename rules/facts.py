"""Fact definitions: the questions a scheme can ask, and how an answer is validated.

A fact is typed (one model per kind, a discriminated union), has bounds, a question and
help text in Dutch and English, and the audiences it is asked of. Parsing turns JSON-like
input into engine values: ``bool``, ``int``, ``Decimal``, money as ``int`` eurocents,
``date``, an enum id (``str``) or a ``frozenset`` of enum ids. Every way an answer can be
wrong has a code; :mod:`rules.messages` turns codes into sentences.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from rules.errors import FactIssue
from rules.texts import Text

__all__ = [
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

    def issue(self, code: str, **params: object) -> FactIssue:
        return FactIssue(fact=self.id, code=code, params=params)


class BoolFact(_FactBase):
    kind: Literal["bool"] = "bool"

    def parse(self, raw: object) -> bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().lower() in _BOOL_TEXT:
            return _BOOL_TEXT[raw.strip().lower()]
        raise self.issue("not_bool")


_BOOL_TEXT = {"true": True, "false": False, "ja": True, "nee": False, "yes": True, "no": False}


class _NumberFact(_FactBase):
    minimum: Decimal | None = None
    maximum: Decimal | None = None

    def _check_bounds(self, value: Decimal) -> None:
        """Before anything else is done with the number, so a huge one costs nothing. The
        numbers go into the message as numbers, to be written the reader's way."""
        if self.minimum is not None and value < self.minimum:
            raise self.issue("below_minimum", value=value, minimum=self.minimum, money=self.money)
        if self.maximum is not None and value > self.maximum:
            raise self.issue("above_maximum", value=value, maximum=self.maximum, money=self.money)


_NUMBER_TEXT = re.compile(r"^[+-]?[0-9]+(?:[.,][0-9]+)?(?:[eE][+-]?[0-9]+)?$")


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


class IntFact(_NumberFact):
    kind: Literal["int"] = "int"
    minimum: Decimal | None = Decimal(0)
    maximum: Decimal | None = Decimal(1_000_000)

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


_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


class DateFact(_FactBase):
    kind: Literal["date"] = "date"
    minimum: date = date(1900, 1, 1)
    maximum: date = date(2100, 12, 31)

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


class EnumFact(_FactBase):
    kind: Literal["enum"] = "enum"
    choices: tuple[Choice, ...]

    @property
    def choice_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.choices)

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


FactDefinition = Annotated[
    BoolFact | IntFact | DecimalFact | MoneyFact | DateFact | EnumFact | EnumListFact,
    Field(discriminator="kind"),
]
"""A fact definition of any kind, told apart by ``kind``. (The expression that reads an
answer in a scheme's logic is another thing: :class:`rules.expr.Fact`, built by
``x.fact(...)``.)"""


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
