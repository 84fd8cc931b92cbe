"""Parsing answers through ``rules.parse_facts``: every fact kind, every way to be wrong.

The kinds are exercised on the toy scheme's facts (one of each kind). For each test the
registry is replaced by one holding every real scheme and the toy scheme, so the real
facts keep their meaning too.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import rules
from rules.messages import FACT_ISSUE_MESSAGES, fact_issue_message
from tests.rules.toy_scheme import SCHEME as TOY

RULES_DIR = Path(rules.__file__).parent


REAL = rules.registry


@pytest.fixture(autouse=True)
def registry_with_toy(monkeypatch: pytest.MonkeyPatch) -> rules.Registry:
    registry = rules.Registry()
    for scheme in (*REAL, TOY):
        registry.register(scheme)
    monkeypatch.setattr(rules, "registry", registry)
    return registry


def parsed(fact: str, raw: object) -> Any:
    return rules.parse_facts({fact: raw}, TOY)[fact]


def refusal(fact: str, raw: object) -> rules.FactIssue:
    with pytest.raises(rules.FactsInvalid) as caught:
        rules.parse_facts({fact: raw}, TOY)
    [issue] = caught.value.issues
    return issue


# Booleans -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        (True, True),
        (False, False),
        ("true", True),
        ("false", False),
        ("TRUE", True),
        (" False ", False),
        ("ja", True),
        ("nee", False),
        ("yes", True),
        ("no", False),
    ],
)
def test_bool_accepts_json_booleans_and_yes_no_words(raw: object, value: bool) -> None:
    assert parsed("toy_resident", raw) is value


@pytest.mark.parametrize("raw", [1, 0, "1", "y", "waar", 1.0, [], {}])
def test_bool_refuses_numbers_and_other_words(raw: object) -> None:
    assert refusal("toy_resident", raw).code == "not_bool"


# Whole numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [(0, 0), (18, 18), ("18", 18), (" 18 ", 18), ("18.0", 18), (130, 130), ("1e2", 100)],
)
def test_int_accepts_whole_numbers(raw: object, value: int) -> None:
    result = parsed("toy_age", raw)
    assert result == value
    assert type(result) is int


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (1.5, "not_int"),
        ("1.5", "not_int"),
        (True, "not_int"),
        (False, "not_int"),
        ("achttien", "not_int"),
        ("NaN", "not_int"),
        ("Infinity", "not_int"),
        ([18], "not_int"),
        (-1, "below_minimum"),
        (131, "above_maximum"),
        (10**30, "above_maximum"),
        ("1e400", "above_maximum"),
    ],
    ids=str,
)
def test_int_refuses_fractions_booleans_and_values_out_of_bounds(raw: object, code: str) -> None:
    assert refusal("toy_age", raw).code == code


@pytest.mark.parametrize("raw", ["1e4300", 10**4300], ids=["text", "json-int"])
def test_int_refuses_an_astronomically_large_number_as_above_the_maximum(raw: object) -> None:
    assert refusal("toy_age", raw).code == "above_maximum"


# Decimals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [("37.5", Decimal("37.5")), (37.5, Decimal("37.5")), ("37,5", Decimal("37.5")), (0, 0)],
)
def test_decimal_keeps_the_exact_value(raw: object, value: Decimal) -> None:
    assert parsed("toy_hours", raw) == value


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("veel", "not_decimal"),
        (True, "not_decimal"),
        ("-0.5", "below_minimum"),
        ("60.01", "above_maximum"),
    ],
)
def test_decimal_refuses_words_and_values_out_of_bounds(raw: object, code: str) -> None:
    assert refusal("toy_hours", raw).code == code


# Money ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "cents"),
    [
        ("1234.56", 123456),
        (1234.5, 123450),
        (1234, 123400),
        ("1234", 123400),
        ("1234,56", 123456),
        (" 12.50 ", 1250),
        ("0.01", 1),
        ("0", 0),
        ("100000.00", 10_000_000),
    ],
)
def test_money_becomes_integer_eurocents(raw: object, cents: int) -> None:
    result = parsed("toy_income_eur", raw)
    assert result == cents
    assert type(result) is int


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("1234.567", "too_many_decimals"),
        ("0.001", "too_many_decimals"),
        (0.1 + 0.2, "too_many_decimals"),  # the float 0.30000000000000004 is not whole cents
        ("-0.01", "below_minimum"),
        (-5, "below_minimum"),
        ("100000.01", "above_maximum"),
        ("1e9", "above_maximum"),
        ("€ 12", "not_money"),
        ("twaalf", "not_money"),
        ("NaN", "not_money"),
        ("-Infinity", "not_money"),
        (True, "not_money"),
        ([12], "not_money"),
    ],
)
def test_money_refuses_fractions_of_cents_negative_huge_and_non_numbers(
    raw: object, code: str
) -> None:
    assert refusal("toy_income_eur", raw).code == code


@pytest.mark.parametrize("raw", ["1.000", "1,000", "1234.500", "1.000,50"])
def test_money_text_that_could_be_thousands_is_refused_not_guessed(raw: str) -> None:
    # "1.000" is one euro to a program and a thousand to a Dutch reader.
    assert refusal("toy_income_eur", raw).code in {"too_many_decimals", "not_money"}


def test_money_below_minimum_names_the_amounts_the_readers_way() -> None:
    issue = refusal("toy_income_eur", "-0.5")
    assert issue.message("en") == "'toy_income_eur' must be €0.00 or more."
    assert issue.message("nl") == "'toy_income_eur' moet € 0,00 of meer zijn."


def test_a_huge_number_is_refused_with_the_limit_not_the_number() -> None:
    issue = refusal("toy_income_eur", "1e26")
    assert issue.message("nl") == "'toy_income_eur' moet € 100.000,00 of minder zijn."


@pytest.mark.parametrize("raw", ["100000000000000000000000000", "1e26", 1e30, 10**30])
def test_money_refuses_a_huge_amount_as_above_the_maximum(raw: object) -> None:
    assert refusal("toy_income_eur", raw).code == "above_maximum"


# Dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("2024-02-29", date(2024, 2, 29)),
        (" 2023-04-30 ", date(2023, 4, 30)),
        ("1900-01-01", date(1900, 1, 1)),
        ("2100-12-31", date(2100, 12, 31)),
        (date(2023, 4, 30), date(2023, 4, 30)),
    ],
)
def test_date_accepts_iso_dates_within_range(raw: object, value: date) -> None:
    assert parsed("toy_start_date", raw) == value


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("30-04-2023", "not_date"),
        ("2023/04/30", "not_date"),
        ("2023-4-30", "not_date"),
        ("20230430", "not_date"),
        ("2023-04-30T00:00", "not_date"),
        ("30 april 2023", "not_date"),
        (20230430, "not_date"),
        ("2023-02-30", "impossible_date"),
        ("2023-02-29", "impossible_date"),
        ("2023-13-01", "impossible_date"),
        ("2023-04-31", "impossible_date"),
        ("0000-01-01", "impossible_date"),
        ("1899-12-31", "date_out_of_range"),
        ("2101-01-01", "date_out_of_range"),
    ],
)
def test_date_refuses_other_formats_impossible_dates_and_dates_out_of_range(
    raw: object, code: str
) -> None:
    assert refusal("toy_start_date", raw).code == code


def test_out_of_range_date_names_the_range() -> None:
    issue = refusal("toy_start_date", "1899-12-31")
    assert issue.message("nl") == (
        "'toy_start_date' moet tussen 1 januari 1900 en 31 december 2100 liggen."
    )


def test_date_with_non_ascii_digits_is_not_an_iso_date() -> None:
    assert refusal("toy_start_date", "٢٠٢٣-٠١-٠١").code == "not_date"


def test_date_refuses_a_datetime_with_a_fact_issue() -> None:
    assert refusal("toy_start_date", datetime(2023, 4, 30, 12, 0)).code == "not_date"


# Enumerations ------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "value"), [("care", "care"), (" other ", "other")])
def test_enum_accepts_a_listed_choice(raw: object, value: str) -> None:
    assert parsed("toy_sector", raw) == value


@pytest.mark.parametrize("raw", ["Care", "zorg", "nursing", 1, True, ["care"]])
def test_enum_refuses_anything_but_a_listed_lower_case_id(raw: object) -> None:
    issue = refusal("toy_sector", raw)
    assert issue.code == "invalid_choice"
    assert issue.message("en") == (
        f"'toy_sector': '{raw}' is not a valid choice. Choose from: care, education, other."
    )


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        (["dutch", "math"], frozenset({"dutch", "math"})),
        (("welding",), frozenset({"welding"})),
        ([], frozenset()),
        ("dutch;math", frozenset({"dutch", "math"})),
        ("dutch, welding", frozenset({"dutch", "welding"})),
    ],
)
def test_enum_list_accepts_a_list_of_distinct_choices(raw: object, value: frozenset[str]) -> None:
    assert parsed("toy_courses", raw) == value


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (["dutch", "dutch"], "duplicate_choice"),
        ("math;math", "duplicate_choice"),
        (["dutch", "french"], "invalid_choice"),
        ({"dutch": True}, "not_list"),
        (3, "not_list"),
    ],
)
def test_enum_list_refuses_duplicates_unknown_choices_and_non_lists(raw: object, code: str) -> None:
    assert refusal("toy_courses", raw).code == code


# Omitted answers, unknown and unused ids ------------------------------------------------


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_an_empty_answer_leaves_a_fact_without_default_unknown(raw: object) -> None:
    assert rules.parse_facts({"toy_age": raw, "toy_sector": raw}, TOY) == {}


@pytest.mark.parametrize("raw", [None, ""])
def test_an_empty_answer_takes_the_contract_default(raw: object) -> None:
    assert rules.parse_facts({"toy_partner_income_eur": raw, "toy_member": raw}, TOY) == {
        "toy_partner_income_eur": None,
        "toy_member": False,
    }


def test_an_omitted_fact_is_absent_from_the_parsed_answers() -> None:
    assert rules.parse_facts({}, TOY) == {}


def test_an_unknown_fact_id_is_refused_not_taken_as_missing() -> None:
    issue = refusal("toy_agee", 30)
    assert (issue.fact, issue.code) == ("toy_agee", "unknown_fact")
    assert issue.message("en") == "'toy_agee' is not a known fact. Check the spelling."
    assert issue.message("nl") == "'toy_agee' is geen bekend gegeven. Controleer de schrijfwijze."


def test_answers_that_are_not_an_object_are_refused() -> None:
    with pytest.raises(rules.FactsInvalid) as caught:
        rules.parse_facts([("toy_age", 30)], TOY)
    assert [(i.fact, i.code) for i in caught.value.issues] == [("facts", "not_an_object")]


def test_every_bad_answer_is_reported_once_in_the_given_order() -> None:
    with pytest.raises(rules.FactsInvalid) as caught:
        rules.parse_facts(
            {"toy_age": 1.5, "toy_resident": True, "toy_typo": 1, "toy_start_date": "2023-02-30"},
            TOY,
        )
    assert [(i.fact, i.code) for i in caught.value.issues] == [
        ("toy_age", "not_int"),
        ("toy_typo", "unknown_fact"),
        ("toy_start_date", "impossible_date"),
    ]


def test_without_a_scheme_every_known_fact_is_parsed() -> None:
    assert rules.parse_facts({"toy_age": "30", "toy_courses": []}) == {
        "toy_age": 30,
        "toy_courses": frozenset(),
    }


def test_a_known_fact_the_scheme_does_not_use_is_ignored() -> None:
    # One set of answers can be screened against every scheme.
    scheme = rules.registry.get("ww_inkomensverrekening")
    assert rules.parse_facts(
        {"ww_month_number": 3, "wfw_request_type": "werktijd", "birth_date": "1970-01-01"}, scheme
    ) == {"ww_month_number": 3}


def test_a_typo_in_a_real_fact_id_is_refused() -> None:
    scheme = rules.registry.get("ww_inkomensverrekening")
    with pytest.raises(rules.FactsInvalid) as caught:
        rules.parse_facts({"ww_month_numbr": 3}, scheme)
    assert [(i.fact, i.code) for i in caught.value.issues] == [("ww_month_numbr", "unknown_fact")]


# Every error is a sentence in both languages ----------------------------------------------

BAD_ANSWERS = [
    ("toy_resident", "misschien"),
    ("toy_age", 1.5),
    ("toy_age", 131),
    ("toy_age", -1),
    ("toy_hours", "veel"),
    ("toy_income_eur", "12.345"),
    ("toy_income_eur", "twaalf"),
    ("toy_start_date", "30-04-2023"),
    ("toy_start_date", "2023-02-30"),
    ("toy_start_date", "2101-01-01"),
    ("toy_sector", "zorg"),
    ("toy_courses", "math;math"),
    ("toy_courses", 3),
    ("toy_unknown", 1),
]


@pytest.mark.parametrize(("fact", "raw"), BAD_ANSWERS)
def test_every_refusal_names_the_fact_in_dutch_and_english(fact: str, raw: object) -> None:
    issue = refusal(fact, raw)
    assert issue.fact == fact
    nl, en = issue.message("nl"), issue.message("en")
    assert f"'{fact}'" in nl
    assert f"'{fact}'" in en
    assert nl != en
    assert issue.as_dict() == {"fact": fact, "code": issue.code, "message": {"nl": nl, "en": en}}


def test_refusals_cover_every_code_a_user_can_trigger_through_a_fact() -> None:
    codes = {refusal(fact, raw).code for fact, raw in BAD_ANSWERS}
    assert codes == set(FACT_ISSUE_MESSAGES) - {"constraint", "not_an_object"}


def test_every_message_code_has_a_dutch_and_an_english_sentence() -> None:
    for code, sentences in FACT_ISSUE_MESSAGES.items():
        assert set(sentences) == {"nl", "en"}, code
        assert sentences["nl"].strip(), code
        assert sentences["en"].strip(), code
        assert sentences["nl"] != sentences["en"], code


def _codes_raised_in(source: str) -> set[str]:
    by_fact = re.findall(r"\bissue\(\s*\"([a-z_]+)\"", source)
    direct = re.findall(r"\bFactIssue\(\s*[^,()]+(?:\([^()]*\))?\s*,\s*\"([a-z_]+)\"", source)
    return set(by_fact) | set(direct)


def test_every_code_raised_in_the_engine_has_a_message() -> None:
    facts_codes = _codes_raised_in((RULES_DIR / "facts.py").read_text())
    assert {
        "not_bool",
        "not_int",
        "not_money",
        "impossible_date",
        "duplicate_choice",
    } <= facts_codes
    every_code: set[str] = set()
    for path in RULES_DIR.rglob("*.py"):
        every_code |= _codes_raised_in(path.read_text())
    assert {"unknown_fact", "not_an_object", "constraint"} <= every_code
    assert every_code - set(FACT_ISSUE_MESSAGES) == set()


def test_a_violated_constraint_is_an_error_naming_its_fact_in_both_languages() -> None:
    # ww_inkomensverrekening: the dagloon before the cap (D) cannot be below C.
    scheme = rules.registry.get("ww_inkomensverrekening")
    with pytest.raises(rules.FactsInvalid) as caught:
        rules.parse_facts({"ww_dagloon_eur": "100.00", "ww_dagloon_uncapped_eur": "99.99"}, scheme)
    [issue] = caught.value.issues
    assert (issue.fact, issue.code) == ("ww_dagloon_uncapped_eur", "constraint")
    assert issue.message("en").startswith("'ww_dagloon_uncapped_eur': The dagloon before the cap")
    assert issue.message("nl").startswith("'ww_dagloon_uncapped_eur': Het dagloon vóór aftopping")


def test_a_rejected_answer_is_said_from_plain_values_in_the_readers_way() -> None:
    params = {"minimum": Decimal("1000.00"), "money": True}
    assert fact_issue_message("below_minimum", "income", params, "nl") == (
        "'income' moet € 1.000,00 of meer zijn."
    )
    assert fact_issue_message("below_minimum", "income", params, "en") == (
        "'income' must be €1,000.00 or more."
    )
    issue = rules.FactIssue("income", "below_minimum", params)
    assert issue.message("nl") == fact_issue_message("below_minimum", "income", params, "nl")
