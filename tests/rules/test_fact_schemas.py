"""A fact's JSON schema accepts exactly the answers its parse accepts.

The API publishes each fact's schema (``json_schema`` in ``rules.facts``); clients and the
fuzzer build requests from it. Here every kind's schema and its parse judge the same
answers, valid and invalid, and must agree. Bounds on a number written as text, and a
date that does not exist, are checks the schema states in words: the answers here lie
within the bounds, so only the grammar is compared.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from jsonschema import Draft202012Validator

import rules
from rules.errors import FactIssue

MONEY, INT, DECIMAL = "training_price_eur", "slim_praktijkleerplaatsen", "enterprise_staff"
DATE, BOOL, ENUM, ENUM_LIST = (
    "birth_date",
    "stap_granted_same_year",
    "enterprise_sector",
    ("slim_activities"),
)


def engine_accepts(fact_id: str, raw: object) -> bool:
    try:
        rules.registry.fact(fact_id).parse(raw)
    except FactIssue:
        return False
    return True


def schema_accepts(fact_id: str, raw: object) -> bool:
    return Draft202012Validator(rules.registry.fact(fact_id).json_schema()).is_valid(raw)


NUMBERS: list[object] = [
    "1234,56",
    "1234.56",
    1234.5,
    1234,
    " 12 ",
    "12",
    "+12",
    "1.000",
    "1,000",
    "1e3",
    "1E3",
    "12.0",
    "12,50",
    "0.125",
    "12.",
    ".5",
    "1 000",
    "1.000,50",
    "€ 12",
    "12 euro",
    "twaalf",
    "",
    "NaN",
    "Infinity",
    "0x10",
    "1_000",
    True,
    None,
    [12],
    {"value": 12},
    -1,
    "-1",
    10**13,
    1e300,
]

CASES: list[tuple[str, object]] = [
    *((fact, raw) for fact in (MONEY, INT, DECIMAL) for raw in NUMBERS),
    *(
        (DATE, raw)
        for raw in ["2026-12-07", " 2026-12-07 ", "7-12-2026", "2026-12-7", 20261207, "", None]
    ),
    *(
        (BOOL, raw)
        for raw in [True, False, "true", "FALSE", " ja ", "Nee", "yes", "no", "y", 1, 0, None]
    ),
]


@pytest.mark.parametrize(("fact_id", "raw"), CASES, ids=repr)
def test_the_schema_and_the_parse_agree(fact_id: str, raw: object) -> None:
    assert schema_accepts(fact_id, raw) == engine_accepts(fact_id, raw)


@pytest.mark.parametrize(
    ("fact_id", "raw", "accepted"),
    [
        (MONEY, "1234,56", True),
        (MONEY, 1234.5, True),
        (MONEY, " 12 ", True),
        (MONEY, "1.000", False),
        (MONEY, "1e3", True),
        (INT, "12", True),
        (INT, "12.5", False),
        (BOOL, "ja", True),
    ],
)
def test_the_answers_the_api_used_to_refuse_are_read(
    fact_id: str, raw: object, accepted: bool
) -> None:
    """The published money pattern was ``^\\d{1,10}(\\.\\d{1,2})?$``: a comma, a JSON number,
    spaces and a sign were refused by the schema though the engine read them."""
    assert engine_accepts(fact_id, raw) is accepted
    assert schema_accepts(fact_id, raw) is accepted


@pytest.mark.parametrize(
    ("fact_id", "raw"),
    [
        (INT, "1.5e1"),
        (MONEY, "1.234e2"),
        (MONEY, "-0"),
        (INT, "-0"),
        (ENUM, " landbouw "),
        (ENUM_LIST, "doorlichting;loopbaanadvies"),
    ],
)
def test_the_schema_leaves_out_only_forms_meant_for_people_and_csv(
    fact_id: str, raw: object
) -> None:
    """A fraction an exponent makes whole, minus zero, spaces around a choice and a list of
    choices as one text: read, but not published for clients."""
    assert engine_accepts(fact_id, raw)
    assert not schema_accepts(fact_id, raw)


def test_a_json_number_out_of_bounds_is_refused_by_both() -> None:
    fact = rules.registry.fact(MONEY)
    too_much = int(fact.maximum) + 1
    assert not engine_accepts(MONEY, too_much)
    assert not schema_accepts(MONEY, too_much)
    assert engine_accepts(MONEY, int(fact.maximum))
    assert schema_accepts(MONEY, int(fact.maximum))


@pytest.mark.parametrize(
    ("fact_id", "raw"), [(ENUM, "onderwijs"), (ENUM, "no such sector"), (ENUM_LIST, ["a", "a"])]
)
def test_choices_agree(fact_id: str, raw: object) -> None:
    fact: Any = rules.registry.fact(fact_id)
    assert schema_accepts(fact_id, raw) == engine_accepts(fact_id, raw)
    ids = list(fact.choice_ids)
    assert schema_accepts(fact_id, ids[0] if fact.kind == "enum" else ids[:2])
    assert engine_accepts(fact_id, ids[0] if fact.kind == "enum" else ids[:2])


def test_every_fact_has_a_schema_with_its_bounds_in_words() -> None:
    for fact in rules.registry.facts.values():
        schema = fact.json_schema()
        assert schema, fact.id
        if fact.kind == "money":
            assert f"{fact.maximum:.2f}" in schema["description"]
            assert Decimal(schema["anyOf"][0]["maximum"]) == fact.maximum


# Each kind writes its values for people ----------------------------------------------------


@pytest.mark.parametrize(
    ("fact_id", "answer", "nl", "en"),
    [
        (MONEY, "1234.56", "€ 1.234,56", "€1,234.56"),
        (MONEY, 1234567, "€ 1.234.567,00", "€1,234,567.00"),
        ("gh_window_factor", "0.6667", "0,6667", "0.6667"),
        (DECIMAL, "66.670", "66,67", "66.67"),
        (INT, "1280", "1280", "1280"),
        (DATE, "2026-12-07", "7 december 2026", "7 December 2026"),
        (BOOL, True, "ja", "yes"),
        (BOOL, "nee", "nee", "no"),
        (ENUM, "landbouw", "landbouw", "agriculture"),
    ],
)
def test_a_kind_shows_an_answer_the_way_a_reader_writes_it(
    fact_id: str, answer: object, nl: str, en: str
) -> None:
    fact = rules.registry.fact(fact_id)
    value = fact.parse(answer)
    assert (fact.show(value, "nl"), fact.show(value, "en")) == (nl, en)


def test_a_list_of_choices_shows_its_labels_in_the_order_the_question_lists_them() -> None:
    fact: Any = rules.registry.fact(ENUM_LIST)
    first, second = fact.choices[0], fact.choices[1]
    value = fact.parse([second.id, first.id])
    assert fact.show(value, "nl") == f"{first.label.nl}, {second.label.nl}"


def test_a_fact_describes_its_bounds_in_its_own_json_form() -> None:
    assert rules.registry.fact(MONEY).describe()["maximum"] == "1000000000.00"
    assert rules.registry.fact(INT).describe()["minimum"] == 0
    assert rules.registry.fact(DATE).describe()["minimum"] == "1900-01-01"
    assert rules.registry.fact(BOOL).describe()["minimum"] is None
    assert rules.registry.fact(ENUM).describe()["choices"][0]["id"] == "landbouw"
