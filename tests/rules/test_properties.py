"""Properties of the engine on real schemes, with Hypothesis.

For ``ww_inkomensverrekening`` and ``wfw``: draw a complete, valid set of answers and a
part of it (some answers left out; answers whose absence means "none" are kept, since
leaving them out says something). Then:

1. a decided status of the part is the status of the whole: adding answers consistent
   with the part never changes it, and no decided criterion changes either;
2. a decided result lists no missing fact, and no result lists an answered one;
3. every money output is a string with exactly two decimals (and for
   ``ww_inkomensverrekening`` the amounts are never negative), and an output with a value
   keeps it when more answers come in;
4. ``ww_inkomensverrekening``'s amounts equal an independent exact computation with
   fractions, rounded half-up to the cent.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

import rules
from rules.scheme import OutputKind

SCHEMES = ("ww_inkomensverrekening", "wfw")
PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TWO_DECIMALS = re.compile(r"^-?\d+\.\d{2}$")


def _euros(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def _generic(fact: Any) -> st.SearchStrategy[Any]:
    """Any valid answer to ``fact``, in the form a JSON request carries it."""
    if fact.kind == "bool":
        return st.booleans()
    if fact.kind == "int":
        return st.integers(int(fact.minimum), int(fact.maximum))
    if fact.kind == "decimal":
        return st.decimals(fact.minimum, fact.maximum, places=2).map(str)
    if fact.kind == "money":
        return st.integers(int(fact.minimum * 100), int(fact.maximum * 100)).map(_euros)
    if fact.kind == "date":
        return st.dates(fact.minimum, fact.maximum).map(date.isoformat)
    if fact.kind == "enum":
        return st.sampled_from(fact.choice_ids)
    if fact.kind == "enum_list":
        return st.lists(st.sampled_from(fact.choice_ids), unique=True)
    raise AssertionError(f"no strategy for fact kind {fact.kind}")


# ww_inkomensverrekening: amounts around the 87.5 % threshold ------------------------------


@st.composite
def _ww_answers(draw: st.DrawFn) -> tuple[date, dict[str, Any]]:
    on = draw(st.dates(date(2015, 1, 1), date(2027, 12, 31)))
    capped = draw(st.integers(1, 40_000))
    uncapped = draw(st.one_of(st.none(), st.integers(capped, capped + 60_000)))
    workdays = draw(st.one_of(st.none(), st.integers(0, 23)))
    maandloon = Fraction(2175, 100) * capped if workdays is None else workdays * capped
    threshold = Fraction(7, 8) * maandloon * (uncapped or capped) / capped
    near = max(0, int(threshold) + draw(st.integers(-2, 2)))
    income = draw(st.one_of(st.just(0), st.just(near), st.integers(0, 2_000_000)))
    answers: dict[str, Any] = {
        "income_month_eur": _euros(income),
        "ww_dagloon_eur": _euros(capped),
        "ww_month_number": draw(st.integers(1, 60)),
    }
    if uncapped is not None:
        answers["ww_dagloon_uncapped_eur"] = _euros(uncapped)
    if workdays is not None:
        answers["ww_entitlement_workdays"] = workdays
    return on, answers


# wfw: dates around the reference date ----------------------------------------------------


@st.composite
def _wfw_answers(draw: st.DrawFn) -> tuple[date, dict[str, Any]]:
    on = draw(st.dates(date(2015, 6, 1), date(2027, 12, 31)))
    answers: dict[str, Any] = {
        "wfw_intended_start_date": (on + timedelta(draw(st.integers(-30, 200)))).isoformat(),
        "birth_date": draw(st.dates(date(1940, 1, 1), date(2005, 12, 31))).isoformat(),
        "employer_headcount": draw(st.integers(1, 40)),
        "wfw_weeks_in_service": draw(st.integers(0, 60)),
    }
    if draw(st.booleans()):
        days = draw(st.integers(1, 800))
        answers["wfw_previous_decision_date"] = (on - timedelta(days)).isoformat()
    if draw(st.booleans()):
        answers["wfw_employer_decision_date"] = (
            on + timedelta(draw(st.integers(0, 120)))
        ).isoformat()
    return on, answers


SPECIFIC = {"ww_inkomensverrekening": _ww_answers(), "wfw": _wfw_answers()}

_DERIVED = {
    # Optional facts the specific strategies already decide on (given or left out).
    "ww_dagloon_uncapped_eur",
    "ww_entitlement_workdays",
    "wfw_previous_decision_date",
    "wfw_employer_decision_date",
}


@st.composite
def cases(
    draw: st.DrawFn, scheme_id: str
) -> tuple[rules.Scheme, date, dict[str, Any], dict[str, Any]]:
    """A scheme, a reference date, a complete set of answers and a part of it."""
    scheme = rules.registry.get(scheme_id)
    on, full = draw(SPECIFIC[scheme_id])
    for fact in scheme.facts:
        if fact.id in full or fact.id in _DERIVED:
            continue
        if fact.optional and draw(st.booleans()):
            continue  # left out: the contract's default
        full[fact.id] = draw(_generic(fact))
    droppable = sorted(f.id for f in scheme.facts if not f.optional and f.id in full)
    dropped = draw(st.sets(st.sampled_from(droppable))) if droppable else set()
    part = {k: v for k, v in full.items() if k not in dropped}
    return scheme, on, full, part


def _evaluate(scheme: rules.Scheme, answers: dict[str, Any], on: date) -> rules.Result:
    try:
        facts = rules.parse_facts(answers, scheme)
    except rules.FactsInvalid as invalid:
        if all(issue.code == "constraint" for issue in invalid.issues):
            reject()  # answers that contradict each other are no case
        raise
    return rules.evaluate(scheme, facts, on)


def _draw(data: st.DataObject, scheme_id: str) -> tuple[rules.Result, rules.Result]:
    scheme, on, full, part = data.draw(cases(scheme_id))
    return _evaluate(scheme, part, on), _evaluate(scheme, full, on)


# 1 and 2: decided stays decided, and lists nothing missing --------------------------------


@pytest.mark.parametrize("scheme_id", SCHEMES)
@PROPERTY_SETTINGS
@given(data=st.data())
def test_adding_consistent_answers_never_changes_a_decided_status(
    scheme_id: str, data: st.DataObject
) -> None:
    part, full = _draw(data, scheme_id)
    if part.status != "undetermined":
        assert full.status == part.status
    decided = {c.id: c.status for c in part.criteria if c.status != "unknown"}
    assert {c.id: c.status for c in full.criteria if c.id in decided} == decided


@pytest.mark.parametrize("scheme_id", SCHEMES)
@PROPERTY_SETTINGS
@given(data=st.data())
def test_a_decided_result_lists_no_missing_fact_and_none_lists_an_answered_one(
    scheme_id: str, data: st.DataObject
) -> None:
    scheme, on, full, part = data.draw(cases(scheme_id))
    for answers in (part, full):
        result = _evaluate(scheme, answers, on)
        if result.status != "undetermined":
            assert result.missing == ()
        assert len(set(result.missing)) == len(result.missing)
        assert not set(result.missing) & set(answers)
        assert not set(result.needed_for_outputs) & set(answers)


# 3: money is shown with two decimals, and a value once known stays --------------------------


NEVER_NEGATIVE = {
    "ww_inkomensverrekening": {
        "benefit_eur",
        "maandloon_eur",
        "threshold_eur",
        "income_counted_eur",
    },
    "wfw": set(),
}


@pytest.mark.parametrize("scheme_id", SCHEMES)
@PROPERTY_SETTINGS
@given(data=st.data())
def test_money_outputs_have_exactly_two_decimals_and_known_outputs_stay(
    scheme_id: str, data: st.DataObject
) -> None:
    part, full = _draw(data, scheme_id)
    scheme = rules.registry.get(scheme_id)
    money = {o.id for o in scheme.outputs if o.kind is OutputKind.MONEY}
    assert NEVER_NEGATIVE[scheme_id] <= money
    for result in (part, full):
        for key in money:
            shown = result.outputs[key]
            assert shown is None or (isinstance(shown, str) and TWO_DECIMALS.match(shown)), shown
            if key in NEVER_NEGATIVE[scheme_id] and shown is not None:
                assert not shown.startswith("-"), (key, shown)
    known = {k: v for k, v in part.outputs.items() if v is not None}
    assert {k: full.outputs[k] for k in known} == known


# 4: ww_inkomensverrekening's amounts, computed again with fractions -------------------------


def _half_up(value: Fraction) -> str:
    """Eurocents (a fraction) rounded half away from zero, shown as euros."""
    whole = (2 * abs(value.numerator) + value.denominator) // (2 * value.denominator)
    return ("-" if value < 0 and whole else "") + _euros(whole)


def _ww_expected(facts: dict[str, Any]) -> dict[str, Any]:
    b = facts["income_month_eur"]
    c = facts["ww_dagloon_eur"]
    d = facts.get("ww_dagloon_uncapped_eur") or c
    workdays = facts.get("ww_entitlement_workdays")
    month = facts["ww_month_number"]
    a = Fraction(2175, 100) * c if workdays is None else Fraction(workdays * c)
    threshold = Fraction(875, 1000) * a
    counted = Fraction(0) if b == 0 else Fraction(b * c, d)
    ends = b > 0 and counted > threshold
    factor = Fraction(75, 100) if month <= 2 else Fraction(70, 100)
    benefit = Fraction(0) if ends else max(Fraction(0), factor * (a - counted))
    return {
        "maandloon_eur": _half_up(a),
        "threshold_eur": _half_up(threshold),
        "income_counted_eur": _half_up(counted),
        "benefit_factor": "0.75" if month <= 2 else "0.70",
        "right_ends": ends,
        "benefit_eur": _half_up(benefit),
        "uwv_practice_stops": ends and facts["income_prev_month_above_threshold"],
        "deemed_never_arisen": month == 1 and ends and facts.get("income_is_employee_wage", True),
    }


@PROPERTY_SETTINGS
@given(data=st.data())
def test_ww_amounts_equal_an_exact_computation_with_fractions(data: st.DataObject) -> None:
    scheme, on, full, _ = data.draw(cases("ww_inkomensverrekening"))
    on = max(on, date(2015, 7, 1))  # the Wwz rules, from their start
    result = _evaluate(scheme, full, on)
    expected = _ww_expected(rules.parse_facts(full, scheme))
    assert result.outputs == expected
    assert result.status == ("not_eligible" if expected["right_ends"] else "eligible")
