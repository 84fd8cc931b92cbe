"""The expression vocabulary, evaluated through a minimal scheme.

Each test puts a tiny tree in the toy scheme, as the test of a criterion ``probe`` (for
truth values: met / not_met / unknown) or as an output ``probe`` of kind string (for
values, which it shows unchanged), and evaluates the scheme like any other.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

import rules
from rules import expr as x
from rules.facts import BoolFact
from rules.parameters import Cohort, CohortTable, DateBounds
from rules.scheme import Output, OutputKind
from rules.texts import t
from tests.rules.toy_scheme import FACTS, INCOME, ON, build, criterion

FLAGS = tuple(BoolFact(id=f"flag_{name}", question=t(name, name)) for name in "abc")
A, B, C = (x.fact(f"flag_{name}") for name in "abc")
AGE = x.fact("toy_age")
SECTOR = x.fact("toy_sector")
COURSES = x.fact("toy_courses")
PARTNER = x.fact("toy_partner_income_eur")
START = x.fact("toy_start_date")
BIRTH = x.fact("toy_birth_date")
PENSION_DATE = x.reach_date(BIRTH, "toy_pension_age")


def judge(test: x.Expr, facts: dict[str, Any] | None = None, on: date = ON) -> str:
    """The status of a criterion whose test is ``test``."""
    scheme = build(facts=FACTS + FLAGS, criteria=(criterion("probe", test),), outputs=())
    return rules.evaluate(scheme, facts or {}, on).criterion("probe").status


def value(
    expr: x.Expr,
    facts: dict[str, Any] | None = None,
    on: date = ON,
    kind: OutputKind = OutputKind.STRING,
) -> Any:
    """The shown value of an output whose expression is ``expr`` (``None``: no value)."""
    output = Output(id="probe", kind=kind, label=t("proef", "probe"), expr=expr)
    scheme = build(facts=FACTS + FLAGS, outputs=(output,))
    return rules.evaluate(scheme, facts or {}, on).outputs["probe"]


def flags(**given: str) -> dict[str, bool]:
    """``a="T", b="U"`` -> the answers: T true, F false, U not answered."""
    return {f"flag_{k}": v == "T" for k, v in given.items() if v != "U"}


# Kleene logic ---------------------------------------------------------------------------

ALL_TABLE = {
    ("T", "T"): "met",
    ("T", "F"): "not_met",
    ("T", "U"): "unknown",
    ("F", "T"): "not_met",
    ("F", "F"): "not_met",
    ("F", "U"): "not_met",
    ("U", "T"): "unknown",
    ("U", "F"): "not_met",
    ("U", "U"): "unknown",
}
ANY_TABLE = {
    ("T", "T"): "met",
    ("T", "F"): "met",
    ("T", "U"): "met",
    ("F", "T"): "met",
    ("F", "F"): "not_met",
    ("F", "U"): "unknown",
    ("U", "T"): "met",
    ("U", "F"): "unknown",
    ("U", "U"): "unknown",
}


@pytest.mark.parametrize(("a", "b"), list(ALL_TABLE))
def test_all_follows_kleene_logic(a: str, b: str) -> None:
    assert judge(x.all_(A, B), flags(a=a, b=b)) == ALL_TABLE[a, b]
    assert judge(A & B, flags(a=a, b=b)) == ALL_TABLE[a, b]


@pytest.mark.parametrize(("a", "b"), list(ANY_TABLE))
def test_any_follows_kleene_logic(a: str, b: str) -> None:
    assert judge(x.any_(A, B), flags(a=a, b=b)) == ANY_TABLE[a, b]
    assert judge(A | B, flags(a=a, b=b)) == ANY_TABLE[a, b]


@pytest.mark.parametrize(("a", "status"), [("T", "not_met"), ("F", "met"), ("U", "unknown")])
def test_not_swaps_true_and_false_and_keeps_unknown(a: str, status: str) -> None:
    assert judge(x.not_(A), flags(a=a)) == status
    assert judge(~A, flags(a=a)) == status


@pytest.mark.parametrize(
    "given",
    [{"flag_a": False}, {"flag_b": False}, {"toy_age": 10}],
    ids=["first", "second", "last"],
)
def test_one_false_part_decides_all_whatever_else_is_unknown(given: dict[str, Any]) -> None:
    assert judge(x.all_(A, B, AGE >= 18), given) == "not_met"


@pytest.mark.parametrize(
    "given",
    [{"flag_a": True}, {"flag_b": True}, {"toy_age": 30}],
    ids=["first", "second", "last"],
)
def test_one_true_part_decides_any_whatever_else_is_unknown(given: dict[str, Any]) -> None:
    assert judge(x.any_(A, B, AGE >= 18), given) == "met"


def test_empty_all_holds_and_empty_any_does_not() -> None:
    assert judge(x.all_()) == "met"
    assert judge(x.any_()) == "not_met"


def test_unknown_has_no_truth_value_in_python() -> None:
    with pytest.raises(TypeError):
        bool(x.UNKNOWN)


# if_ and case ---------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "shown"), [("T", 1), ("F", 2), ("U", None)])
def test_if_picks_a_branch_by_its_condition(a: str, shown: int | None) -> None:
    assert value(x.if_(A, 1, 2), flags(a=a)) == shown


def test_if_with_an_unknown_condition_and_agreeing_branches_has_their_value() -> None:
    assert value(x.if_(A, 5, 5)) == 5
    assert value(x.if_(A, INCOME, 100_000), {"toy_income_eur": 100_000}) == 100_000
    assert judge(x.if_(A, B, B), {"flag_b": True}) == "met"
    assert judge(x.if_(A, B, B), {"flag_b": False}) == "not_met"


def test_if_with_an_unknown_condition_and_differing_branches_is_unknown() -> None:
    assert judge(x.if_(A, 5, 6).eq(5)) == "unknown"
    assert judge(x.if_(A, B, C), {"flag_b": True, "flag_c": False}) == "unknown"


def test_if_with_an_unknown_condition_and_unknown_branches_is_unknown() -> None:
    assert judge(x.if_(A, INCOME, INCOME).eq(0)) == "unknown"


def test_if_with_an_unknown_condition_and_two_empty_branches_has_no_value() -> None:
    assert judge(x.if_(A, None, None).is_none()) == "met"


def test_if_ignores_the_branch_it_does_not_take() -> None:
    assert value(x.if_(A, INCOME, 7), {"flag_a": False}) == 7


@pytest.mark.parametrize(
    ("sector", "status"),
    [("care", "met"), ("education", "not_met"), ("other", "not_met"), (None, "unknown")],
)
def test_case_takes_the_branch_named_by_the_value_else_the_default(
    sector: str | None, status: str
) -> None:
    test = x.case(SECTOR, {"care": A, "education": False}, default=B)
    given = {"flag_a": True, "flag_b": False}
    if sector is not None:
        given["toy_sector"] = sector  # type: ignore[assignment]
    assert judge(test, given) == status


# Membership -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "status"),
    [({"toy_sector": "care"}, "met"), ({"toy_sector": "other"}, "not_met"), ({}, "unknown")],
)
def test_is_in_tells_whether_an_enum_is_one_of_the_values(
    given: dict[str, Any], status: str
) -> None:
    assert judge(SECTOR.is_in("care", "education"), given) == status


@pytest.mark.parametrize(
    ("courses", "status"),
    [(frozenset({"math", "dutch"}), "met"), (frozenset({"dutch"}), "not_met"), (None, "unknown")],
)
def test_contains_tells_whether_a_list_holds_a_choice(
    courses: frozenset[str] | None, status: str
) -> None:
    given = {} if courses is None else {"toy_courses": courses}
    assert judge(COURSES.contains("math"), given) == status


# None ("absent = none") and unknown --------------------------------------------------------


def test_an_omitted_fact_with_default_none_has_no_value_rather_than_unknown() -> None:
    assert judge(PARTNER.is_none()) == "met"
    assert judge(PARTNER.is_none(), {"toy_partner_income_eur": 0}) == "not_met"


def test_is_none_of_an_unanswered_fact_is_unknown() -> None:
    assert judge(INCOME.is_none()) == "unknown"


def test_is_unknown_is_true_only_while_the_fact_is_unanswered() -> None:
    assert judge(INCOME.is_unknown()) == "met"
    assert judge(INCOME.is_unknown(), {"toy_income_eur": 0}) == "not_met"


@pytest.mark.parametrize(
    "expr",
    [INCOME + 1, INCOME - 1, INCOME * 2, INCOME / 2, x.min_(INCOME, 500), x.max_(INCOME, 5)],
    ids=["add", "sub", "mul", "div", "min", "max"],
)
def test_arithmetic_on_an_unanswered_fact_is_unknown_while_its_bounds_leave_it_open(
    expr: x.Expr,
) -> None:
    # The income lies between € 0 and € 100.000 (its declared bounds): 100 cents is inside.
    assert judge(expr >= 100) == "unknown"
    assert value(expr) is None


@pytest.mark.parametrize("symbol", ["<", "<=", ">", ">=", "==", "!="])
def test_comparison_with_an_unanswered_fact_is_unknown(symbol: str) -> None:
    compare = {
        "<": INCOME < 5,
        "<=": INCOME <= 5,
        ">": INCOME > 5,
        ">=": INCOME >= 5,
        "==": INCOME.eq(5),
        "!=": INCOME.ne(5),
    }[symbol]
    assert judge(compare) == "unknown"


# Exact numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(("income", "status"), [(190_331, "met"), (190_332, "not_met")])
def test_threshold_of_87_5_percent_of_21_75_days_is_compared_exactly(
    income: int, status: str
) -> None:
    # A dagloon of 100.01: 0.875 x 21.75 x 10001 cents = 190331.53125 cents exactly.
    threshold = x.const("0.875") * x.const("21.75") * x.const(10_001)
    assert value(threshold) == Decimal("190331.53125")
    assert judge(threshold >= INCOME, {"toy_income_eur": income}) == status


def test_decimal_arithmetic_has_no_binary_rounding_error() -> None:
    assert judge((x.const("0.1") + x.const("0.2")).eq(x.const("0.3"))) == "met"
    assert value(x.const("0.7") * 3) == Decimal("2.1")
    assert value(x.const("1.10") - x.const("0.10") * 11) == Decimal("0")


def test_a_quotient_is_an_exact_fraction() -> None:
    assert value(INCOME / 3, {"toy_income_eur": 100}) == Fraction(100, 3)
    assert judge((INCOME / 3 * 3).eq(INCOME), {"toy_income_eur": 100}) == "met"
    assert value(INCOME / 3 * x.const("0.75"), {"toy_income_eur": 100}) == 25
    assert value(INCOME / 4, {"toy_income_eur": 100}) == 25


def test_a_quotient_of_whole_numbers_that_divides_stays_an_integer() -> None:
    result = value(INCOME / 4, {"toy_income_eur": 100})
    assert type(result) is int


@pytest.mark.parametrize(
    "divisor",
    [x.const(0), x.const("0.00"), AGE],
    ids=["int", "decimal", "fact"],
)
def test_division_by_zero_gives_no_value(divisor: x.Expr) -> None:
    given = {"toy_income_eur": 100, "toy_age": 0}
    assert value(INCOME / divisor, given) is None
    assert judge((INCOME / divisor).is_none(), given) == "met"
    assert judge(INCOME / divisor > 0, given) == "unknown"


@pytest.mark.parametrize(
    ("income", "rounded"),
    [(100, Decimal(13)), (4, Decimal(1)), (3, Decimal(0)), (0, Decimal(0))],
)
def test_round_half_up_rounds_a_half_away_from_zero(income: int, rounded: Decimal) -> None:
    # income / 8: 12.5 -> 13, 0.5 -> 1, 0.375 -> 0
    assert value(x.round_half_up(INCOME / 8), {"toy_income_eur": income}) == rounded
    assert value(x.round_half_up(0 - INCOME / 8), {"toy_income_eur": income}) == -rounded


def test_round_half_up_to_places() -> None:
    assert value(x.round_half_up(x.const("2.345"), 2)) == Decimal("2.35")
    assert value(x.round_half_up(x.const("2.3449"), 2)) == Decimal("2.34")


@pytest.mark.parametrize(
    ("cents", "shown"),
    [(Fraction(1, 2), "0.01"), (Fraction(49, 100), "0.00"), (Fraction(-1, 2), "-0.01")],
)
def test_a_money_output_is_rounded_half_up_to_the_cent_once_at_the_end(
    cents: Fraction, shown: str
) -> None:
    expr = x.const(cents.numerator) / x.const(cents.denominator)
    assert value(expr, kind=OutputKind.MONEY) == shown


@pytest.mark.parametrize(("income", "floored"), [(100, 33), (99, 33), (0, 0)])
def test_floor_is_the_largest_whole_number_not_above(income: int, floored: int) -> None:
    assert value(x.floor(INCOME / 3), {"toy_income_eur": income}) == floored
    negative = value(x.floor(0 - INCOME / 3), {"toy_income_eur": income})
    assert negative == (-floored if income % 3 == 0 else -floored - 1)


@pytest.mark.parametrize(
    "build_tree",
    [
        lambda: x.const(0.875),
        lambda: INCOME * 0.5,
        lambda: 0.5 * INCOME,
        lambda: INCOME > 1.5,
        lambda: x.if_(A, 1.5, 2),
        lambda: x.min_(INCOME, 2.0),
    ],
    ids=["const", "mul", "rmul", "compare", "if", "min"],
)
def test_a_float_constant_is_refused_when_the_tree_is_built(build_tree: Any) -> None:
    with pytest.raises(TypeError, match="never a float"):
        build_tree()


def test_a_decimal_written_as_text_becomes_an_exact_decimal_and_other_text_stays_text() -> None:
    assert value(x.const("0.875")) == Decimal("0.875")
    assert type(value(x.const("0.875"))) is Decimal
    assert value(x.const("care")) == "care"


# Dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tree", "start", "expected"),
    [
        (START.plus_days(1), date(2024, 2, 28), date(2024, 2, 29)),
        (START.plus_weeks(2), date(2024, 2, 20), date(2024, 3, 5)),
        (START.plus_months(3), date(2023, 4, 30), date(2023, 7, 30)),
        (START.plus_months(-1), date(2024, 3, 31), date(2024, 2, 29)),
        (START.plus_years(1), date(2024, 2, 29), date(2025, 2, 28)),
        (START.plus_working_days(1), date(2024, 3, 15), date(2024, 3, 18)),
        (START.first_of_month(), date(2024, 3, 15), date(2024, 3, 1)),
    ],
    ids=["days", "weeks", "months", "months-back", "years", "working-days", "first-of-month"],
)
def test_date_arithmetic_follows_the_calendar_conventions(
    tree: x.Expr, start: date, expected: date
) -> None:
    assert value(tree, {"toy_start_date": start}) == expected


def test_days_between_counts_days_and_is_negative_backwards() -> None:
    given = {"toy_start_date": date(2024, 2, 1)}
    assert value(x.days_between(START, x.on()), given, on=date(2024, 3, 1)) == 29
    assert value(x.days_between(x.on(), START), given, on=date(2024, 3, 1)) == -29


def test_a_date_moves_only_by_whole_units() -> None:
    with pytest.raises(ValueError, match="whole units"):
        value(START.plus_days(INCOME / 2), {"toy_start_date": ON, "toy_income_eur": 3})


def test_a_date_moved_from_an_unanswered_date_is_unknown() -> None:
    assert judge(START.plus_months(3) <= x.on()) == "unknown"


# Dates known only as a range (a pension age cohort not fixed yet) ---------------------------

IN_TABLE = date(1955, 6, 15)  # reaches the age on 2021-06-15
BEFORE_TABLE = date(1949, 12, 31)  # reached it on a date before 2016-01-01
AFTER_TABLE = date(1960, 1, 1)  # reaches it on 2027-01-01 at the earliest


@pytest.mark.parametrize(
    ("birth", "on", "status"),
    [
        (IN_TABLE, date(2021, 6, 14), "met"),
        (IN_TABLE, date(2021, 6, 15), "not_met"),
        # Born before the table: the age was reached before 2016, exact date unknown.
        (BEFORE_TABLE, date(2016, 1, 1), "not_met"),
        (BEFORE_TABLE, date(2015, 12, 31), "not_met"),
        (BEFORE_TABLE, date(2015, 12, 30), "unknown"),
        (BEFORE_TABLE, date(1990, 1, 1), "unknown"),
        # Born after the table: at least 67 years, exact date unknown.
        (AFTER_TABLE, date(2026, 12, 31), "met"),
        (AFTER_TABLE, date(2027, 1, 1), "unknown"),
        (AFTER_TABLE, date(2040, 1, 1), "unknown"),
    ],
)
def test_comparison_with_a_date_range_is_decided_only_where_the_bound_decides(
    birth: date, on: date, status: str
) -> None:
    given = {"toy_birth_date": birth}
    assert judge(x.on() < PENSION_DATE, given, on) == status
    assert judge(PENSION_DATE > x.on(), given, on) == status  # noqa: SIM300 - the range on the left
    opposite = {"met": "not_met", "not_met": "met", "unknown": "unknown"}[status]
    assert judge(x.on() >= PENSION_DATE, given, on) == opposite
    assert judge(PENSION_DATE <= x.on(), given, on) == opposite  # noqa: SIM300


@pytest.mark.parametrize(
    ("birth", "on", "status"),
    [
        (IN_TABLE, date(2021, 6, 15), "met"),
        (IN_TABLE, date(2021, 6, 16), "not_met"),
        (AFTER_TABLE, date(2027, 1, 1), "unknown"),
        # Before the earliest date the range allows, the date cannot be equal to it.
        (AFTER_TABLE, date(2020, 1, 1), "not_met"),
    ],
)
def test_equality_is_decided_for_a_fixed_date_and_for_a_range_that_excludes_it(
    birth: date, on: date, status: str
) -> None:
    assert judge(PENSION_DATE.eq(x.on()), {"toy_birth_date": birth}, on) == status


@pytest.mark.parametrize(
    ("on", "status"), [(date(2026, 11, 30), "met"), (date(2026, 12, 1), "unknown")]
)
def test_moving_a_date_range_moves_both_ends(on: date, status: str) -> None:
    before = PENSION_DATE.plus_months(-1)  # from 2026-12-01 at the earliest
    assert judge(x.on() < before, {"toy_birth_date": AFTER_TABLE}, on) == status


def test_a_birth_beyond_the_table_gets_the_bounds_of_its_own_table_however_often_asked() -> None:
    cohort = Cohort(born_from=date(1950, 1, 1), born_to=date(1959, 12, 31), years=66, months=0)
    at_67 = CohortTable(
        cohorts=(cohort,),
        reached_before=date(2016, 1, 1),
        later_minimum_years=67,
        later_minimum_months=0,
    )
    at_68 = at_67.model_copy(update={"later_minimum_years": 68, "reached_before": date(2017, 1, 1)})

    for _ in range(2):
        assert at_67.reach_date(AFTER_TABLE) == DateBounds(earliest=date(2027, 1, 1), latest=None)
        assert at_68.reach_date(AFTER_TABLE) == DateBounds(earliest=date(2028, 1, 1), latest=None)
        assert at_67.reach_date(BEFORE_TABLE) == DateBounds(
            earliest=None, latest=date(2015, 12, 31)
        )
        assert at_68.reach_date(BEFORE_TABLE) == DateBounds(
            earliest=None, latest=date(2016, 12, 31)
        )


def test_a_date_range_is_shown_as_no_value_and_a_fixed_date_as_the_date() -> None:
    assert value(PENSION_DATE, {"toy_birth_date": AFTER_TABLE}, kind=OutputKind.DATE) is None
    assert value(PENSION_DATE, {"toy_birth_date": IN_TABLE}, kind=OutputKind.DATE) == "2021-06-15"


# Deciding from what is known ------------------------------------------------------------
# An unanswered fact lies within its declared bounds: the toy income between € 0 and
# € 100.000 (0 to 10,000,000 cents), the age between 0 and 130, a date from 1900 to 2100.


@pytest.mark.parametrize(
    ("test", "status"),
    [
        (x.min_(INCOME, 250_00) >= 300_00, "not_met"),  # the minimum can never be reached
        (x.max_(INCOME, 300_00) >= 300_00, "met"),
        (INCOME * 2 <= 20_000_000, "met"),  # twice the declared maximum at most
        (INCOME + 1 > 0, "met"),
        (INCOME - 10_000_001 < 0, "met"),
        (INCOME / 4 <= 2_500_000, "met"),
        (INCOME.eq(-1), "not_met"),  # outside the bounds: never equal
        (INCOME.ne(-1), "met"),
        (AGE * Decimal("0.5") > 65, "not_met"),
        (x.if_(A, 3, 5) >= 3, "met"),  # both branches agree on the answer
        (x.if_(A, 3, 5) >= 4, "unknown"),
        (x.all_(INCOME >= 0, A), "unknown"),  # the bound settles one part, not the flag
        (x.any_(INCOME >= 0, A), "met"),
        (~(INCOME < 0), "met"),
        (START.plus_days(10) > date(1900, 1, 10), "met"),
        (x.days_between(START, date(2101, 1, 1)) > 0, "met"),
        (x.floor(INCOME / 3) <= 3_333_333, "met"),
        (x.round_half_up(AGE, 0) <= 130, "met"),
    ],
)
def test_a_comparison_is_decided_when_the_bounds_of_the_unanswered_facts_decide_it(
    test: x.Expr, status: str
) -> None:
    assert judge(test) == status


def test_a_known_answer_and_a_bounded_unknown_one_decide_together() -> None:
    subsidy = x.min_(INCOME, AGE * Decimal("0.8"))  # requested, 80 % of a cost
    assert judge(subsidy >= 50, {"toy_income_eur": 40}) == "not_met"
    assert judge(subsidy >= 50, {"toy_income_eur": 400}) == "unknown"
    assert judge(subsidy >= 50, {"toy_income_eur": 400, "toy_age": 100}) == "met"
    # Even the largest age allowed (130) gives 104 at most: 300 is out of reach.
    assert judge(subsidy >= 300, {"toy_income_eur": 400}) == "not_met"


def test_missing_leaves_out_the_facts_a_decided_part_does_not_need() -> None:
    subsidy = x.min_(INCOME, AGE * Decimal("0.8"))
    scheme = build(
        facts=FACTS + FLAGS,
        criteria=(criterion("minimum", subsidy >= 50), criterion("flag", A)),
        outputs=(),
    )
    # The income alone is too low: the age can no longer change the outcome.
    low = rules.evaluate(scheme, {"toy_income_eur": 40}, ON)
    assert low.status == "not_eligible"
    assert low.missing == ()
    # A high income leaves the minimum to the age; with the flag still open, both are asked.
    high = rules.evaluate(scheme, {"toy_income_eur": 4_000}, ON)
    assert high.status == "undetermined"
    assert set(high.missing) == {"toy_age", "flag_a"}


def test_an_output_the_bounds_fix_to_one_value_is_shown_exactly() -> None:
    assert value(x.min_(INCOME, 0), kind=OutputKind.MONEY) == "0.00"
    assert value(x.max_(INCOME, 10_000_000), kind=OutputKind.MONEY) == "100000.00"
    assert value(x.min_(INCOME, 1), kind=OutputKind.MONEY) is None  # still 0 or 1 cent


def test_an_open_interval_keeps_an_exact_fraction_at_its_ends() -> None:
    third = x.min_(INCOME, 100) / 3  # at most 33 1/3 cents, kept as a fraction
    assert judge(third <= Fraction(100, 3)) == "met"
    assert judge(third < Fraction(100, 3)) == "unknown"


@pytest.mark.parametrize(
    ("birth", "day", "years"),
    [
        (date(1969, 9, 1), date(2026, 9, 1), 57),  # the birthday itself completes the year
        (date(1969, 9, 2), date(2026, 9, 1), 56),
        (date(1996, 2, 29), date(2026, 2, 28), 30),  # 29 February counts on 28 February
        (date(1996, 2, 29), date(2026, 2, 27), 29),
    ],
)
def test_years_between_counts_completed_years(birth: date, day: date, years: int) -> None:
    given = {"toy_birth_date": birth, "toy_start_date": day}
    assert value(x.years_between(BIRTH, START), given) == years


def test_first_of_year_is_1_january_of_that_year() -> None:
    assert value(START.first_of_year(), {"toy_start_date": date(2024, 7, 15)}) == date(2024, 1, 1)


@pytest.mark.parametrize(
    ("day", "expected"),
    [(date(2024, 6, 1), "0.7000"), (date(2025, 6, 1), None), (date(2027, 1, 1), "0.7500")],
    ids=["first-period", "gap", "second-period"],
)
def test_param_on_reads_the_parameter_on_another_day_than_the_reference_date(
    day: date, expected: str | None
) -> None:
    # The reference date ON lies in the second period; the day asked for decides.
    shown = value(x.param_on("toy_rate", START), {"toy_start_date": day}, kind=OutputKind.DECIMAL)
    assert shown == expected


def test_param_on_names_an_existing_parameter() -> None:
    output = Output(
        id="probe", kind=OutputKind.DECIMAL, label=t("p", "p"), expr=x.param_on("nope", x.on())
    )
    with pytest.raises(ValueError, match="unknown parameter 'nope'"):
        build(outputs=(output,))
