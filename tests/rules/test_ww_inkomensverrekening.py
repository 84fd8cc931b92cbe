"""ww_inkomensverrekening: what the scenario file cannot say.

Input errors (D below C), notes that must stay away, the dated maximum dagloon, and a
property check of every amount against an independent exact computation with fractions.
"""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rules

SCHEME = rules.registry.get("ww_inkomensverrekening")
MARCH_2026 = date(2026, 3, 16)


def _evaluate(facts: dict[str, Any], on: date = MARCH_2026) -> rules.Result:
    return rules.evaluate(SCHEME, rules.parse_facts(facts, SCHEME), on)


def _notes(result: rules.Result) -> set[str]:
    return {n.note.id for n in result.notes}


def _first_day_without_a_maximum() -> date:
    """The day after the last published maximum dagloon: it moves on when a figure is added."""
    ends = [p.end for p in SCHEME.parameter("ww_max_dagloon").periods]
    assert all(end is not None for end in ends)
    return max(end for end in ends if end is not None) + timedelta(days=1)


# Input errors ------------------------------------------------------------------------


def test_uncapped_dagloon_below_capped_dagloon_is_an_input_error_naming_d() -> None:
    with pytest.raises(rules.FactsInvalid) as caught:
        rules.parse_facts({"ww_dagloon_eur": "304.25", "ww_dagloon_uncapped_eur": "304.24"}, SCHEME)
    [issue] = caught.value.issues
    assert (issue.fact, issue.code) == ("ww_dagloon_uncapped_eur", "constraint")
    assert "lager" in issue.message("nl")
    assert "lower" in issue.message("en")


@pytest.mark.parametrize("uncapped", ["304.25", "304.26", "12000.00"])
def test_uncapped_dagloon_equal_to_or_above_capped_dagloon_is_accepted(uncapped: str) -> None:
    facts = rules.parse_facts(
        {"ww_dagloon_eur": "304.25", "ww_dagloon_uncapped_eur": uncapped}, SCHEME
    )
    assert facts["ww_dagloon_uncapped_eur"] == int(uncapped.replace(".", ""))


def test_uncapped_dagloon_alone_is_no_error_while_the_capped_one_is_unknown() -> None:
    assert rules.parse_facts({"ww_dagloon_uncapped_eur": "1.00"}, SCHEME) == {
        "ww_dagloon_uncapped_eur": 100
    }


@pytest.mark.parametrize(
    ("fact", "value"),
    [
        ("ww_entitlement_workdays", 24),
        ("ww_entitlement_workdays", -1),
        ("ww_month_number", 0),
        ("ww_dagloon_eur", "0.00"),
        ("income_month_eur", "-1.00"),
        ("income_month_eur", "100.001"),
    ],
)
def test_answers_outside_the_contract_are_refused(fact: str, value: object) -> None:
    with pytest.raises(rules.FactsInvalid) as caught:
        rules.parse_facts({fact: value}, SCHEME)
    assert [i.fact for i in caught.value.issues] == [fact]


# The maximum dagloon note --------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "dagloon", "shown"),
    [
        (date(2026, 3, 16), "304.25", False),  # equal to the maximum: not above it
        (date(2026, 3, 16), "304.26", True),
        (date(2026, 6, 30), "304.26", True),
        (date(2026, 7, 1), "309.91", False),  # 1 July 2026: 309.91 (Wfsv 18(1))
        (date(2026, 12, 7), "309.92", True),
        (date(2024, 3, 15), "274.44", False),
        (date(2024, 6, 30), "274.45", True),
        (date(2024, 7, 1), "282.96", True),  # Rekenregels 1 July 2024: 282.95
        (date(2024, 12, 31), "282.95", False),
        (date(2025, 1, 1), "290.68", True),
        (date(2025, 9, 15), "297.83", True),  # 1 July 2025: 297.82 (Wfsv 18(1))
        (date(2022, 6, 30), "228.77", True),
        (date(2022, 7, 1), "232.91", True),  # Rekenregels 1 July 2022: 232.90
        (date(2021, 7, 1), "225.58", True),
        (date(2018, 1, 1), "209.27", True),
        (date(2017, 7, 1), "207.61", True),
        (date(2019, 3, 1), "214.29", True),  # Rekenregels 1 January 2019: 214.28
    ],
)
def test_maximum_dagloon_note_only_where_the_maximum_on_that_date_is_known(
    on: date, dagloon: str, shown: bool
) -> None:
    result = _evaluate(
        {"ww_dagloon_eur": dagloon, "ww_month_number": 3, "income_month_eur": "1000.00"}, on
    )
    assert ("above_max_dagloon" in _notes(result)) is shown
    assert result.status == "eligible"


def test_beyond_the_last_published_maximum_the_note_is_not_shown() -> None:
    # Above the last known maximum, but whether it is above the next one is not known yet.
    result = _evaluate(
        {"ww_dagloon_eur": "400.00", "ww_month_number": 3, "income_month_eur": "1000.00"},
        _first_day_without_a_maximum(),
    )
    assert "above_max_dagloon" not in _notes(result)
    assert result.status == "eligible"


def test_unknown_maximum_leaves_status_and_amounts_untouched() -> None:
    facts = {"ww_dagloon_eur": "310.00", "ww_month_number": 3, "income_month_eur": "1000.00"}
    gap_day = _first_day_without_a_maximum()
    known, gap = _evaluate(facts, date(2026, 3, 16)), _evaluate(facts, gap_day)
    assert (gap.status, gap.outputs) == (known.status, known.outputs)
    assert [c.status for c in gap.criteria] == [c.status for c in known.criteria]


def test_each_maximum_dagloon_holds_for_one_half_year_at_most() -> None:
    # WW 1b(7): re-indexed with the minimum wage on 1 January and 1 July.
    parameter = SCHEME.parameter("ww_max_dagloon")
    for period in parameter.periods:
        year = period.start.year
        assert period.start in {date(year, 1, 1), date(year, 7, 1)}
        half_year_end = date(year, 6, 30) if period.start.month == 1 else date(year, 12, 31)
        assert period.end is not None
        assert period.end <= half_year_end


# Notes that must not show ---------------------------------------------------------------


def test_a_continuing_right_shows_no_end_notes() -> None:
    result = _evaluate(
        {"ww_dagloon_eur": "160.00", "ww_month_number": 1, "income_month_eur": "3045.00"}
    )
    assert result.status == "eligible"
    assert not _notes(result) & {
        "uwv_two_month_practice",
        "deemed_never_arisen",
        "revival_possible",
    }


def test_a_right_deemed_never_to_have_arisen_is_not_told_it_can_revive() -> None:
    result = _evaluate(
        {"ww_dagloon_eur": "160.00", "ww_month_number": 1, "income_month_eur": "3045.01"}
    )
    assert {"deemed_never_arisen", "uwv_two_month_practice"} <= _notes(result)
    assert "revival_possible" not in _notes(result)


def test_partial_month_note_only_in_the_first_two_months() -> None:
    facts = {"ww_dagloon_eur": "160.00", "ww_entitlement_workdays": 10, "income_month_eur": "0"}
    assert "partial_first_months" in _notes(_evaluate({**facts, "ww_month_number": 2}))
    assert "partial_first_months" not in _notes(_evaluate({**facts, "ww_month_number": 3}))
    full = {"ww_dagloon_eur": "160.00", "ww_month_number": 1, "income_month_eur": "0"}
    assert "partial_first_months" not in _notes(_evaluate(full))


def test_every_half_year_from_july_2017_to_the_last_published_one_has_a_maximum() -> None:
    # Published (Rekenregels) or recomputed by Wfsv 18(1); after the last one, no value is
    # made up: the next half-year has none until its figure is added.
    parameter = SCHEME.parameter("ww_max_dagloon")
    gap_day = _first_day_without_a_maximum()
    assert gap_day >= date(2027, 1, 1)
    assert gap_day.day == 1 and gap_day.month in (1, 7)
    day = date(2017, 7, 1)
    while day < gap_day:
        assert parameter.period_on(day) is not None, day
        day = date(day.year, 7, 1) if day.month == 1 else date(day.year + 1, 1, 1)
    assert parameter.period_on(gap_day) is None
    assert parameter.period_on(date(2026, 12, 7)).value == 30991  # type: ignore[union-attr]


def test_the_maximum_dagloon_never_falls() -> None:
    # It follows the minimum wage (Wfsv 18(1)), which may not be lowered (WML 14(4)).
    values = [
        p.value for p in sorted(SCHEME.parameter("ww_max_dagloon").periods, key=lambda p: p.start)
    ]
    assert values == sorted(values)


def test_the_july_figures_follow_the_statutory_method() -> None:
    # Wfsv 18(1): previous x 261, raised by the minimum-wage percentage, rounded to the
    # nearest multiple of EUR 2.61, / 261 (in cents: round(previous x (1 + p)) exactly).
    def revised(previous_cents: int, percent: str) -> int:
        raised = Fraction(previous_cents) * (1 + Fraction(percent) / 100)
        return (raised.numerator * 2 + raised.denominator) // (2 * raised.denominator)

    assert revised(29067, "2.46") == 29782  # 1 July 2025
    assert revised(29782, "2.16") == 30425  # 1 January 2026 (Stcrt. 2025, 42324)
    assert revised(30425, "1.86") == 30991  # 1 July 2026


def test_no_text_for_everyone_speaks_of_the_research() -> None:
    words = (
        "niet gevonden",
        "niet nagegaan",
        "onduidelijk",
        "aangenomen",
        "waarschijnlijk",
        "not found",
        "not checked",
        "not verified",
        "unclear",
        "assumed",
        "probably",
        "C/D",
    )
    for scheme_id in ("ww_recht", "ww_inkomensverrekening", "ww_herleving"):
        scheme = rules.registry.get(scheme_id)
        texts = [n.text for n in scheme.notes if not n.for_advisers]
        texts += [text for c in scheme.criteria for text in c.texts()]
        texts += [o.label for o in scheme.outputs]
        texts += [f.question for f in scheme.facts] + [f.help for f in scheme.facts if f.help]
        for text in texts:
            found = [w for w in words if w in text.nl or w in text.en]
            assert not found, (scheme_id, text.nl, found)


# Explanations ----------------------------------------------------------------------------


def test_explanation_names_the_counted_income_and_the_threshold() -> None:
    result = _evaluate(
        {"ww_dagloon_eur": "150.00", "ww_month_number": 3, "income_month_eur": "2854.69"}
    )
    explanation = result.criterion("income_not_above_threshold").explanation("nl")
    assert "€ 2.854,69" in explanation
    assert "eerste dag van deze maand" in explanation
    english = result.criterion("income_not_above_threshold").explanation("en")
    assert "€2,854.69" in english


def test_a_month_without_income_is_explained_as_such() -> None:
    result = _evaluate({"income_month_eur": "0.00"})
    explanation = result.criterion("income_not_above_threshold").explanation("en")
    assert explanation.startswith("You had no income this month")


def test_every_criterion_and_note_cites_the_law_or_its_executor() -> None:
    for criterion in SCHEME.criteria:
        assert criterion.citation.url.startswith("https://wetten.overheid.nl/BWBR0004045/")
    for note in SCHEME.notes:
        assert note.citation is not None
        assert note.citation.url.startswith(("https://wetten.overheid.nl/", "https://www.uwv.nl/"))


# Answers that cannot change the status ---------------------------------------------------


@pytest.mark.parametrize("income", ["0.00", "3045.00", "3045.01"])
def test_month_number_previous_month_and_kind_of_income_never_change_the_status(
    income: str,
) -> None:
    base = {"ww_dagloon_eur": "160.00", "income_month_eur": income}
    statuses = {
        _evaluate({**base, **extra}).status
        for extra in (
            {},
            {"ww_month_number": 1},
            {"ww_month_number": 7, "income_prev_month_above_threshold": True},
            {"income_prev_month_above_threshold": False, "income_is_employee_wage": False},
        )
    }
    assert len(statuses) == 1


# Every amount against an exact computation with fractions ---------------------------------


def _cents_half_up(value: Fraction) -> str:
    cents = Fraction(value * 100)
    whole = (cents.numerator * 2 + cents.denominator) // (2 * cents.denominator)
    return f"{whole // 100}.{whole % 100:02d}"


@settings(max_examples=400, deadline=None)
@given(
    capped=st.integers(min_value=1, max_value=40_000),
    extra=st.one_of(st.none(), st.integers(min_value=0, max_value=60_000)),
    workdays=st.one_of(st.none(), st.integers(min_value=0, max_value=23)),
    month=st.integers(min_value=1, max_value=30),
    income=st.integers(min_value=0, max_value=2_000_000),
)
def test_amounts_equal_an_exact_fraction_computation(
    capped: int, extra: int | None, workdays: int | None, month: int, income: int
) -> None:
    facts: dict[str, Any] = {
        "ww_dagloon_eur": _euros(capped),
        "ww_month_number": month,
        "income_month_eur": _euros(income),
    }
    uncapped = capped if extra is None else capped + extra
    if extra is not None:
        facts["ww_dagloon_uncapped_eur"] = _euros(uncapped)
    if workdays is not None:
        facts["ww_entitlement_workdays"] = workdays
    result = _evaluate(facts)

    c, d, b = Fraction(capped, 100), Fraction(uncapped, 100), Fraction(income, 100)
    a = (Fraction(2175, 100) if workdays is None else workdays) * c
    threshold = Fraction(7, 8) * a
    counted = b * c / d
    ends = b > 0 and counted > threshold
    factor = Fraction(3, 4) if month <= 2 else Fraction(7, 10)
    benefit = Fraction(0) if ends else max(Fraction(0), factor * (a - counted))

    assert result.status == ("not_eligible" if ends else "eligible")
    assert result.outputs["maandloon_eur"] == _cents_half_up(a)
    assert result.outputs["threshold_eur"] == _cents_half_up(threshold)
    assert result.outputs["income_counted_eur"] == _cents_half_up(counted)
    assert result.outputs["benefit_eur"] == _cents_half_up(benefit)
    assert result.outputs["right_ends"] is ends
    assert result.outputs["deemed_never_arisen"] is (ends and month == 1)


def _euros(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def test_the_threshold_test_is_exact_one_cent_either_side_for_many_daglonen() -> None:
    # For each dagloon, the largest income not above 87.5 % of 21.75 x C continues and one
    # cent more ends the right. In cents: 800 x B <= 7 x 2175 x C, all in integers.
    for cents in range(10_000, 10_400):
        limit = (7 * 2175 * cents) // 800
        below = _evaluate({"ww_dagloon_eur": _euros(cents), "income_month_eur": _euros(limit)})
        above = _evaluate({"ww_dagloon_eur": _euros(cents), "income_month_eur": _euros(limit + 1)})
        assert (below.status, above.status) == ("eligible", "not_eligible"), cents


def test_no_float_reaches_an_output() -> None:
    result = _evaluate(
        {
            "ww_dagloon_eur": "290.67",
            "ww_dagloon_uncapped_eur": "350.00",
            "ww_month_number": 1,
            "income_month_eur": "5000.00",
        },
        date(2025, 3, 14),
    )
    for value in result.outputs.values():
        assert value is None or isinstance(value, str | bool)
    assert result.outputs["income_counted_eur"] == "4152.43"


def test_reference_dates_around_the_wwz_start() -> None:
    facts = {"ww_dagloon_eur": "160.00", "ww_month_number": 3, "income_month_eur": "1000.00"}
    start = date(2015, 7, 1)
    assert _evaluate(facts, start - timedelta(days=1)).availability.status == "not_yet_open"
    assert _evaluate(facts, start).availability.status == "open"
