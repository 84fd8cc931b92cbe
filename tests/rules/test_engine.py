"""Evaluation: status, missing facts, outputs, dated parameters, availability, the result's
shape, and the checks a scheme and the registry run when they are built.

Everything runs on the toy scheme of ``tests/rules/toy_scheme.py``: facts declared in the
order age, income, resident, ...; ``adult`` needs age >= 18 and residence; ``income_low``
needs residence and income x rate <= 2000.00; the rate is 0.70 in 2024, 0.75 from 2026
and has no value in 2025.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import rules
from rules import expr as x
from rules.facts import IntFact
from rules.parameters import Gap, GapTexts, Parameter, Period, Rhythm
from rules.scheme import AvailabilityRule, Note, Output, OutputKind, Window
from rules.texts import Citation, t
from tests.rules.toy_scheme import (
    AGE,
    CITATION,
    FACTS,
    INCOME,
    LIMIT,
    ON,
    PENSION_AGE,
    RATE,
    RATE_GAP,
    RESIDENT,
    SCHEME,
    build,
    criterion,
)

ELIGIBLE = {"toy_age": 30, "toy_resident": True, "toy_income_eur": 100_000}


def evaluate(facts: dict[str, Any], on: date = ON, scheme: rules.Scheme = SCHEME) -> rules.Result:
    return rules.evaluate(scheme, facts, on)


def statuses(result: rules.Result) -> dict[str, str]:
    return {c.id: c.status for c in result.criteria}


# Status -----------------------------------------------------------------------------------


def test_one_criterion_not_met_decides_not_eligible_while_other_facts_are_unknown() -> None:
    result = evaluate({"toy_age": 17})
    assert result.status == "not_eligible"
    assert statuses(result) == {"in_force": "met", "adult": "not_met", "income_low": "unknown"}
    assert result.missing == ()


def test_an_unknown_criterion_and_none_failed_is_undetermined_with_missing_facts() -> None:
    result = evaluate({"toy_age": 30, "toy_resident": True})
    assert result.status == "undetermined"
    assert statuses(result) == {"in_force": "met", "adult": "met", "income_low": "unknown"}
    assert result.missing == ("toy_income_eur",)


def test_every_criterion_met_is_eligible_with_nothing_missing() -> None:
    result = evaluate(ELIGIBLE)
    assert result.status == "eligible"
    assert set(statuses(result).values()) == {"met"}
    assert result.missing == ()


@pytest.mark.parametrize(("income", "status"), [(266_666, "eligible"), (266_667, "not_eligible")])
def test_the_limit_is_tested_on_the_unrounded_amount(income: int, status: str) -> None:
    # 0.75 x 2666.67 = 2000.0025 is more than 2000.00, though it shows as 2000.00.
    result = evaluate({**ELIGIBLE, "toy_income_eur": income})
    assert result.status == status
    assert result.outputs["benefit_eur"] == "2000.00"


# Missing facts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "declared", "missing"),
    [
        # Residence blocks both criteria: first, though it is declared after age and income.
        ({}, FACTS, ("toy_resident", "toy_age", "toy_income_eur")),
        # Ties follow the declared fact order...
        ({"toy_resident": True}, FACTS, ("toy_age", "toy_income_eur")),
        # ... whatever that order is.
        ({"toy_resident": True}, tuple(reversed(FACTS)), ("toy_income_eur", "toy_age")),
        ({}, tuple(reversed(FACTS)), ("toy_resident", "toy_income_eur", "toy_age")),
        # Only facts behind an undecided criterion are listed.
        ({"toy_age": 30, "toy_resident": True}, FACTS, ("toy_income_eur",)),
        ({"toy_income_eur": 100_000}, FACTS, ("toy_resident", "toy_age")),
    ],
)
def test_missing_lists_the_fact_in_most_undecided_criteria_first_then_declared_order(
    facts: dict[str, Any], declared: tuple[Any, ...], missing: tuple[str, ...]
) -> None:
    assert evaluate(facts, scheme=build(facts=declared)).missing == missing


def test_missing_counts_the_facts_behind_a_referenced_criterion_and_where_it_applies() -> None:
    scheme = build(
        criteria=(
            criterion("adult", AGE >= 18, applies=RESIDENT, not_applicable=t("n.v.t.", "n/a")),
            criterion("adult_again", x.crit("adult")),
            criterion("low_income", INCOME <= 100_000),
        )
    )
    # Age 10 fails the test, but residence decides whether it applies: it blocks two criteria.
    assert evaluate({"toy_age": 10}, scheme=scheme).missing == ("toy_resident", "toy_income_eur")


def test_missing_is_empty_once_the_status_is_decided() -> None:
    assert evaluate({"toy_resident": False}).missing == ()


def test_facts_that_would_give_outputs_a_value_are_named_in_declared_order() -> None:
    result = evaluate({"toy_resident": False})
    assert result.status == "not_eligible"
    assert result.needed_for_outputs == ("toy_income_eur", "toy_start_date")


# Outputs ----------------------------------------------------------------------------------


def test_outputs_are_computed_as_soon_as_their_inputs_are_known() -> None:
    result = evaluate({"toy_income_eur": 100_000})
    assert result.status == "undetermined"
    assert result.outputs == {
        "benefit_eur": "750.00",
        "end_date": None,
        "household_income_eur": "1000.00",  # no partner income: the default none counts 0
    }
    dated = evaluate({"toy_start_date": date(2023, 4, 30)})
    assert dated.outputs["end_date"] == "2023-07-30"


def test_the_outputs_a_caller_shows_are_given_as_all_outputs_give_them() -> None:
    facts = {"toy_income_eur": 100_000, "toy_start_date": date(2023, 4, 30)}
    wanted = {"household_income_eur", "end_date", "no_such_output"}

    shown = evaluate(facts).outputs_of(wanted)
    whole = evaluate(facts)

    assert list(shown) == ["end_date", "household_income_eur"]  # the scheme's order
    assert shown == {key: whole.outputs[key] for key in shown}
    assert whole.outputs_of(wanted) == shown  # also once every output is computed


def test_an_output_no_caller_asks_for_is_not_computed() -> None:
    # Moving a date by a fraction of a month fails, but only when the output is computed.
    odd = Output(
        id="odd_date",
        kind=OutputKind.DATE,
        label=t("datum", "date"),
        expr=x.fact("toy_start_date").plus_months(x.fact("toy_age") / 7),
    )
    scheme = build(outputs=(*SCHEME.outputs, odd))
    facts = {"toy_age": 30, "toy_resident": True, "toy_start_date": date(2023, 4, 30)}

    result = evaluate(facts, scheme=scheme)

    assert result.outputs_of({"end_date"}) == {"end_date": "2023-07-30"}
    with pytest.raises(ValueError, match="whole units"):
        result.outputs  # noqa: B018


def test_an_output_with_an_unanswered_input_has_no_value() -> None:
    assert evaluate({}).outputs == {
        "benefit_eur": None,
        "end_date": None,
        "household_income_eur": None,
    }


def test_notes_are_shown_always_or_when_their_condition_holds() -> None:
    assert [n.note.id for n in evaluate({}).notes] == ["always"]
    assert [n.note.id for n in evaluate({"toy_member": True}).notes] == ["always", "member"]


# Dated parameters -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "benefit"),
    [
        (date(2023, 12, 31), None),
        (date(2024, 1, 1), "700.00"),
        (date(2024, 12, 31), "700.00"),
        (date(2025, 1, 1), None),  # no fallback to the 2024 rate
        (date(2025, 12, 31), None),
        (date(2026, 1, 1), "750.00"),
        (date(2040, 1, 1), "750.00"),
    ],
)
def test_a_parameter_takes_the_period_holding_the_date_and_nothing_outside_every_period(
    on: date, benefit: str | None
) -> None:
    assert evaluate(ELIGIBLE, on).outputs["benefit_eur"] == benefit


def test_a_date_outside_every_period_makes_the_criterion_unknown_and_names_the_parameter() -> None:
    result = evaluate(ELIGIBLE, RATE_GAP)
    assert result.status == "undetermined"
    assert statuses(result) == {"in_force": "met", "adult": "met", "income_low": "unknown"}
    assert result.missing == ()
    income_low = result.criterion("income_low")
    assert income_low.explanation("en") == (
        "income_low: unknown No value valid on 2025-06-01 is known for: benefit rate."
    )
    assert income_low.explanation("nl") == (
        "income_low: onbekend Voor 2025-06-01 is geen geldende waarde bekend van: "
        "uitkeringspercentage."
    )
    assert "No value" not in result.criterion("adult").explanation("en")


@pytest.mark.parametrize(
    "periods",
    [
        ((date(2024, 1, 1), date(2024, 12, 31)), (date(2024, 12, 31), None)),
        ((date(2024, 1, 1), None), (date(2026, 1, 1), None)),
        ((date(2026, 1, 1), None), (date(2024, 1, 1), date(2026, 1, 1))),
        ((date(2024, 1, 1), date(2024, 12, 31)), (date(2024, 6, 1), date(2024, 6, 30))),
    ],
    ids=["one-shared-day", "open-end", "out-of-order", "nested"],
)
def test_overlapping_parameter_periods_are_refused_at_construction(
    periods: tuple[tuple[date, date | None], ...],
) -> None:
    with pytest.raises(ValueError, match="overlaps"):
        Parameter(
            id="toy_rate",
            label=t("p", "p"),
            periods=tuple(
                Period(start=start, end=end, value=1, citation=CITATION) for start, end in periods
            ),
        )


def test_a_period_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        Parameter(
            id="toy_rate",
            label=t("p", "p"),
            periods=(
                Period(start=date(2024, 2, 1), end=date(2024, 1, 31), value=1, citation=CITATION),
            ),
        )


def test_adjacent_parameter_periods_are_accepted() -> None:
    parameter = Parameter(
        id="toy_rate",
        label=t("p", "p"),
        periods=(
            Period(start=date(2024, 1, 1), end=date(2024, 12, 31), value=1, citation=CITATION),
            Period(start=date(2025, 1, 1), value=2, citation=CITATION),
        ),
    )
    assert [parameter.period_on(d).value for d in (date(2024, 12, 31), date(2025, 1, 1))] == [1, 2]  # type: ignore[union-attr]


# A scheme checks itself when built -----------------------------------------------------------


def _output(output_id: str, expr: x.Expr) -> Output:
    return Output(id=output_id, kind=OutputKind.MONEY, label=t("o", "o"), expr=expr)


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        (
            {"criteria": (criterion("c", x.fact("toy_agee") >= 18),)},
            "criterion c uses unknown fact 'toy_agee'",
        ),
        (
            {"criteria": (criterion("c", x.param("toy_rat") > 0),)},
            "criterion c uses unknown parameter 'toy_rat'",
        ),
        (
            {"criteria": (criterion("c", x.out("benefit") > 0),)},
            "criterion c uses unknown output 'benefit'",
        ),
        (
            {"criteria": (criterion("c", x.crit("adullt")),)},
            "criterion c uses unknown criterion 'adullt'",
        ),
        (
            {"outputs": (_output("o", x.fact("toy_incom_eur")),)},
            "output o uses unknown fact 'toy_incom_eur'",
        ),
        (
            {"notes": (Note(id="n", text=t("n", "n"), when=x.fact("toy_membr")),)},
            "note n uses unknown fact 'toy_membr'",
        ),
        (
            {"criteria": (criterion("c", AGE >= 18, met=t("{toy_agee}", "{toy_agee}")),)},
            "criterion c: text names {toy_agee}, which is no fact, output or parameter",
        ),
        (
            {"criteria": (criterion("c", AGE >= 18, met=t("{toy_age:>3}", "{toy_age!r}")),)},
            "criterion c: text has {toy_age:>3}; a sentence reads {name} or {name:%}",
        ),
        (
            {
                "parameters": (
                    RATE.model_copy(
                        update={
                            "gap_texts": GapTexts(
                                missing=t("{toy_rat}", "{toy_rat}"),
                                decided=t("d", "d"),
                                waiting=t("w", "w"),
                            )
                        }
                    ),
                    LIMIT,
                    PENSION_AGE,
                )
            },
            "parameter toy_rate gap_texts: text names {toy_rat}, which is no fact",
        ),
        (
            {"criteria": (criterion("c", AGE >= 18), criterion("c", RESIDENT))},
            "criterion id 'c' is declared twice",
        ),
        (
            {"outputs": (_output("o1", x.out("o2")), _output("o2", x.out("o1")))},
            "circular definition: output o1 -> output o2 -> output o1",
        ),
        (
            {"criteria": (criterion("c", AGE >= 18, applies=RESIDENT),)},
            "criterion c limits where it applies but has no not_applicable text",
        ),
        (
            {"parameters": (Parameter(id="toy_rate", label=t("p", "p"), periods=()),)},
            "parameter toy_rate has no period",
        ),
    ],
    ids=[
        "fact",
        "parameter",
        "output",
        "criterion",
        "fact-in-output",
        "fact-in-note",
        "placeholder",
        "placeholder-format",
        "placeholder-in-gap-text",
        "duplicate-id",
        "cycle",
        "applies-without-text",
        "parameter-without-period",
    ],
)
def test_an_inconsistent_scheme_is_refused_at_construction(
    changes: dict[str, Any], problem: str
) -> None:
    with pytest.raises(ValueError, match=re.escape(problem)):
        build(**changes)


@pytest.mark.parametrize(
    "url",
    [
        "http://wetten.overheid.nl/BWBR0004045",
        "wetten.overheid.nl/BWBR0004045",
        "/BWBR0004045",
        "ftp://example.org/wet",
        "",
    ],
)
def test_a_citation_without_an_absolute_https_url_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="https://"):
        Citation(title="Werkloosheidswet", article="art. 1", url=url)


# The registry ---------------------------------------------------------------------------------


def test_the_registry_is_an_instance_and_its_class_lives_in_rules_catalogue() -> None:
    import rules.catalogue

    assert isinstance(rules.registry, rules.catalogue.Registry)
    assert rules.catalogue.parse_facts(rules.registry, {}) == {}
    assert "ww_inkomensverrekening" in rules.registry


def test_the_registry_refuses_a_second_scheme_with_the_same_id() -> None:
    registry = rules.Registry()
    registry.register(SCHEME)
    with pytest.raises(rules.SchemeDefinitionError, match="already registered"):
        registry.register(build(version="0.2"))
    assert registry.get("toy") is SCHEME


def test_the_registry_refuses_a_fact_defined_differently_by_two_schemes() -> None:
    registry = rules.Registry()
    registry.register(SCHEME)
    older = IntFact(id="toy_age", question=t("Leeftijd?", "Age?"), maximum=150)
    with pytest.raises(
        rules.SchemeDefinitionError, match="fact 'toy_age' of scheme 'toy2' differs"
    ):
        registry.register(build(id="toy2", facts=(older, *FACTS[1:])))
    assert "toy2" not in registry


def test_the_registry_accepts_a_fact_shared_with_the_same_definition() -> None:
    registry = rules.Registry()
    registry.register(SCHEME)
    registry.register(build(id="toy2"))
    assert [s.id for s in registry] == ["toy", "toy2"]
    assert rules.validate_registry(registry) == []


def test_an_unknown_scheme_id_is_an_error_listing_the_known_ones() -> None:
    registry = rules.Registry()
    registry.register(SCHEME)
    with pytest.raises(rules.UnknownScheme) as caught:
        registry.get("tooy")
    assert caught.value.message("en") == "Unknown scheme 'tooy'. Known schemes: toy."


# Availability ---------------------------------------------------------------------------------

WINDOWS = (
    Window(id="2024-I", opens=date(2024, 3, 1), closes=date(2024, 3, 31)),
    Window(id="2025-I", opens=date(2025, 3, 1), closes=date(2025, 3, 31)),
)
WINDOWED = build(
    availability=AvailabilityRule(
        in_force_from=date(2024, 1, 1),
        citation=CITATION,
        windows=WINDOWS,
        windows_known_until=date(2025, 12, 31),
        successor=t("Regeling B.", "Scheme B."),
    )
)
LAW = build(
    availability=AvailabilityRule(
        in_force_from=date(2020, 1, 1),
        in_force_to=date(2025, 12, 31),
        citation=CITATION,
        successor=t("Regeling B.", "Scheme B."),
    )
)


@pytest.mark.parametrize(
    ("on", "status", "window", "next_window", "closed_since", "criterion"),
    [
        (date(2023, 6, 1), "not_yet_open", None, "2024-I", None, "not_met"),
        (date(2024, 2, 29), "not_yet_open", None, "2024-I", None, "not_met"),
        (date(2024, 3, 1), "open", "2024-I", None, None, "met"),
        (date(2024, 3, 31), "open", "2024-I", None, None, "met"),
        (date(2024, 4, 1), "closed", None, "2025-I", None, "not_met"),
        (date(2025, 3, 15), "open", "2025-I", None, None, "met"),
        (date(2025, 4, 1), "closed", None, None, date(2025, 4, 1), "not_met"),
        (date(2025, 12, 31), "closed", None, None, date(2025, 4, 1), "not_met"),
        (date(2026, 1, 1), "unknown", None, None, None, "unknown"),
    ],
)
def test_availability_of_a_scheme_with_windows(
    on: date,
    status: str,
    window: str | None,
    next_window: str | None,
    closed_since: date | None,
    criterion: str,
) -> None:
    found = rules.availability(WINDOWED, on)
    shown_next = None if found.next_window is None else found.next_window.id
    assert (found.status, found.window, shown_next, found.closed_since) == (
        status,
        window,
        next_window,
        closed_since,
    )
    assert (found.criterion.id, found.criterion.status) == ("application_window", criterion)


GAPPED = build(
    availability=AvailabilityRule(
        in_force_from=date(2023, 1, 1),
        citation=CITATION,
        windows=WINDOWS,
        windows_known_until=date(2025, 12, 31),
        unknown_spans=(Window(id="2023", opens=date(2023, 1, 1), closes=date(2024, 2, 29)),),
    )
)


@pytest.mark.parametrize(
    ("on", "status", "next_window"),
    [
        # Before the scheme: a window of 2023 existed but its dates are not known.
        (date(2022, 12, 31), "not_yet_open", None),
        (date(2023, 6, 1), "unknown", None),
        (date(2024, 2, 29), "unknown", None),
        (date(2024, 3, 1), "open", None),
        (date(2024, 4, 1), "closed", "2025-I"),
    ],
)
def test_a_date_in_a_span_whose_windows_are_not_known_is_unknown_not_closed(
    on: date, status: str, next_window: str | None
) -> None:
    found = rules.availability(GAPPED, on)
    shown_next = None if found.next_window is None else found.next_window.id
    assert (found.status, shown_next) == (status, next_window)


def test_an_unknown_span_may_not_overlap_a_window() -> None:
    with pytest.raises(ValueError, match="unknown span 2024 overlaps window 2024-I"):
        AvailabilityRule(
            in_force_from=date(2024, 1, 1),
            citation=CITATION,
            windows=WINDOWS,
            unknown_spans=(Window(id="2024", opens=date(2024, 1, 1), closes=date(2024, 3, 1)),),
        )


@pytest.mark.parametrize(
    ("on", "status", "closed_since", "criterion"),
    [
        # Before it applied, the check does not assess what applied then.
        (date(2019, 12, 31), "not_yet_open", None, "unknown"),
        (date(2020, 1, 1), "open", None, "met"),
        (date(2025, 12, 31), "open", None, "met"),
        (date(2026, 1, 1), "closed", date(2026, 1, 1), "not_met"),
    ],
)
def test_availability_of_a_law_in_force(
    on: date, status: str, closed_since: date | None, criterion: str
) -> None:
    found = rules.availability(LAW, on)
    assert (found.status, found.closed_since) == (status, closed_since)
    assert (found.criterion.id, found.criterion.status) == ("in_force", criterion)


@pytest.mark.parametrize(
    ("scheme", "on", "message"),
    [
        (
            WINDOWED,
            date(2024, 3, 10),
            "Applications are open: window 2024-I runs from 1 March 2024 to 31 March 2024 "
            "inclusive.",
        ),
        (
            WINDOWED,
            date(2024, 4, 1),
            "Applications are not open now. The next window opens on 1 March 2025.",
        ),
        (
            WINDOWED,
            date(2025, 4, 1),
            "This scheme is closed since 1 April 2025. What exists now: Scheme B.",
        ),
        (WINDOWED, date(2026, 1, 1), "The application windows for this date are not known."),
        (LAW, date(2024, 1, 1), "The scheme applies on this date."),
        (
            LAW,
            date(2026, 1, 1),
            "This scheme is closed since 1 January 2026. What exists now: Scheme B.",
        ),
    ],
)
def test_availability_says_what_one_can_do_on_the_date(
    scheme: rules.Scheme, on: date, message: str
) -> None:
    assert rules.availability(scheme, on).message.en == message


def test_availability_between_windows_names_the_next_window_and_no_successor() -> None:
    assert rules.availability(WINDOWED, date(2024, 4, 1)).as_dict() == {
        "status": "closed",
        "window": None,
        "next_window": {"id": "2025-I", "opens": "2025-03-01", "closes": "2025-03-31"},
        "closed_since": None,
        "message": {
            "nl": "Aanvragen kan nu niet. Het volgende aanvraagtijdvak opent op 1 maart 2025.",
            "en": "Applications are not open now. The next window opens on 1 March 2025.",
        },
        "successor": None,
    }


def test_outside_a_window_not_eligible_but_every_other_criterion_evaluated() -> None:
    result = evaluate(ELIGIBLE, date(2024, 4, 15), WINDOWED)
    assert result.status == "not_eligible"
    assert statuses(result) == {
        "application_window": "not_met",
        "adult": "met",
        "income_low": "met",
    }
    assert result.outputs["benefit_eur"] == "700.00"
    unanswered = evaluate({"toy_age": 30}, date(2024, 4, 15), WINDOWED)
    assert statuses(unanswered) == {
        "application_window": "not_met",
        "adult": "unknown",
        "income_low": "unknown",
    }


def test_inside_a_window_the_other_criteria_decide() -> None:
    assert evaluate(ELIGIBLE, date(2024, 3, 15), WINDOWED).status == "eligible"
    assert evaluate({**ELIGIBLE, "toy_age": 17}, date(2024, 3, 15), WINDOWED).status == (
        "not_eligible"
    )


def test_windows_not_yet_known_leave_the_status_undetermined() -> None:
    result = evaluate({**ELIGIBLE}, date(2026, 2, 1), WINDOWED)
    assert result.status == "undetermined"
    assert result.criterion("application_window").status == "unknown"


# Receipt ------------------------------------------------------------------------------------


def test_receipt_names_engine_scheme_version_and_parameters_valid_on_the_date() -> None:
    receipt = evaluate({}, date(2024, 6, 1)).receipt
    assert receipt["engine_version"] == rules.ENGINE_VERSION
    assert receipt["scheme_version"] == "0.1"
    assert receipt["parameters"]["toy_rate"] == {
        "value": "0.70",
        "valid_from": "2024-01-01",
        "valid_to": "2024-12-31",
        "source": "https://example.org/proefwet#art1",
    }
    assert receipt["parameters"]["toy_income_limit"] == {
        "value": "2000.00",
        "valid_from": "2020-01-01",
        "valid_to": None,
        "source": "https://example.org/proefwet#art1",
    }
    assert receipt["parameters"]["toy_pension_age"]["value"]["cohorts"] == [
        {"born_from": "1950-01-01", "born_to": "1959-12-31", "years": 66, "months": 0}
    ]


@pytest.mark.parametrize(
    ("on", "rate"),
    [(date(2025, 6, 1), None), (date(2026, 3, 16), "0.75")],
)
def test_the_receipt_shows_no_value_for_a_parameter_without_a_period_on_the_date(
    on: date, rate: str | None
) -> None:
    shown = evaluate({}, on).receipt["parameters"]["toy_rate"]
    assert (shown if shown is None else shown["value"]) == rate


def test_a_real_scheme_receipt_carries_its_own_version() -> None:
    scheme = rules.registry.get("ww_inkomensverrekening")
    receipt = rules.evaluate(scheme, {}, ON).receipt
    assert (receipt["engine_version"], receipt["scheme_version"]) == (
        rules.ENGINE_VERSION,
        scheme.version,
    )
    assert set(receipt["parameters"]) == {p.id for p in scheme.parameters}


# The result as JSON -------------------------------------------------------------------------

CONTRACT_FIELDS = {
    "scheme",
    "on",
    "status",
    "availability",
    "outputs",
    "criteria",
    "missing",
    "notes",
}


def test_the_result_json_has_the_contract_fields_plus_receipt_and_needed_for_outputs() -> None:
    document = evaluate({"toy_age": 30}).to_json()
    # The receipt and the facts needed for outputs are the engine's additions to the contract.
    assert set(document) == CONTRACT_FIELDS | {"receipt", "needed_for_outputs"}
    assert document["scheme"] == "toy"
    assert document["on"] == "2026-03-16"
    assert document["status"] == "undetermined"
    assert document["missing"] == ["toy_resident", "toy_income_eur"]
    assert set(document["availability"]) == {
        "status",
        "window",
        "next_window",
        "closed_since",
        "message",
        "successor",
    }


def test_each_criterion_in_the_json_has_id_status_explanation_facts_and_citation() -> None:
    criteria = evaluate({"toy_age": 30, "toy_resident": True}).to_json()["criteria"]
    assert [c["id"] for c in criteria] == ["in_force", "adult", "income_low"]
    for entry in criteria:
        assert set(entry) == {
            "id",
            "status",
            "label",
            "explanation",
            "facts",
            "citation",
            "would_change",
            "applies",
        }
        assert set(entry["explanation"]) == {"nl", "en"}
        assert set(entry["citation"]) == {"title", "article", "url", "source"}
        assert entry["citation"]["url"].startswith("https://")
    adult = criteria[1]
    assert adult["status"] == "met"
    assert adult["explanation"] == {"nl": "adult: voldaan", "en": "adult: met"}
    assert adult["facts"] == ["toy_age", "toy_resident"]
    assert criteria[2]["facts"] == ["toy_income_eur", "toy_resident"]
    assert criteria[0]["facts"] == []


def test_explanations_fill_in_the_answers_as_people_read_them() -> None:
    result = evaluate(ELIGIBLE)
    assert result.criterion("income_low").explanation("nl") == "Inkomen € 1.000,00 onder de grens"
    assert result.criterion("income_low").explanation("en") == "Income €1,000.00 below the limit"


def test_notes_in_the_json_have_id_text_in_both_languages_and_citation() -> None:
    assert evaluate({}).to_json()["notes"] == [
        {
            "id": "always",
            "text": {"nl": "Altijd getoond.", "en": "Always shown."},
            "citation": None,
            "for_advisers": False,
        }
    ]


def _links(data: Any) -> list[str]:
    if isinstance(data, str):
        return [data] if data.startswith("https://wetten.overheid.nl/") else []
    if isinstance(data, dict):
        return [link for value in data.values() for link in _links(value)]
    if isinstance(data, list):
        return [link for value in data for link in _links(value)]
    return []


def test_every_link_to_the_law_in_the_json_opens_the_text_valid_on_the_reference_date() -> None:
    scheme = rules.registry.get("ww_inkomensverrekening")
    on = date(2026, 3, 16)
    facts = {"ww_dagloon_eur": "150.00", "ww_month_number": 3, "income_month_eur": "1000.00"}
    document = rules.evaluate(scheme, rules.parse_facts(facts, scheme), on).to_json()

    links = _links(document)
    criteria_and_notes = _links(document["criteria"]) + _links(document["notes"])
    assert criteria_and_notes and _links(document["receipt"])
    assert all(
        re.fullmatch(r"https://wetten\.overheid\.nl/BWB[RV]\d+/2026-03-16(#\S*)?", u) for u in links
    )


def test_the_json_is_a_fresh_copy_each_time_it_is_asked_for() -> None:
    scheme = rules.registry.get("wfw")  # its receipt holds the AOW cohort table, nested
    result = rules.evaluate(scheme, {}, date(2026, 3, 2))
    first = result.to_json()
    expected = json.dumps(first)

    first["criteria"][1]["citation"]["url"] = "changed"
    for entry in first["receipt"]["parameters"].values():
        if isinstance(entry, dict):
            entry["source"] = "changed"
            if isinstance(entry["value"], dict):
                entry["value"].clear()

    assert json.dumps(result.to_json()) == expected
    assert json.dumps(rules.evaluate(scheme, {}, date(2026, 3, 2)).to_json()) == expected


# Purity ---------------------------------------------------------------------------------------


def test_the_reference_date_must_be_a_date() -> None:
    with pytest.raises(TypeError, match="must be a date"):
        rules.evaluate(SCHEME, {}, "2026-03-16")  # type: ignore[arg-type]


def test_the_same_question_gets_the_same_answer_whatever_was_asked_before() -> None:
    first = evaluate(ELIGIBLE, date(2024, 6, 1)).to_json()
    evaluate(ELIGIBLE, RATE_GAP).to_json()
    evaluate({"toy_age": 3}, date(2024, 6, 1)).to_json()
    assert evaluate(ELIGIBLE, date(2024, 6, 1)).to_json() == first


class _NoClock(type):
    """Metaclass of the stand-in date classes: real dates still pass ``isinstance``."""

    def __instancecheck__(cls, instance: object) -> bool:
        return isinstance(instance, cls.__mro__[1])


def _clock_read(*args: object, **kwargs: object) -> Any:
    raise AssertionError("the engine read the clock")


class _Date(dt.date, metaclass=_NoClock):
    today = classmethod(_clock_read)  # type: ignore[assignment]


class _DateTime(dt.datetime, metaclass=_NoClock):
    today = classmethod(_clock_read)  # type: ignore[assignment]
    now = classmethod(_clock_read)  # type: ignore[assignment]
    utcnow = classmethod(_clock_read)  # type: ignore[assignment]


@pytest.fixture
def no_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    real_date, real_datetime = dt.date, dt.datetime
    monkeypatch.setattr(dt, "date", _Date)
    monkeypatch.setattr(dt, "datetime", _DateTime)
    monkeypatch.setattr(time, "time", _clock_read)
    monkeypatch.setattr(time, "time_ns", _clock_read)
    for name, module in list(sys.modules.items()):
        if name == "rules" or name.startswith("rules."):
            if getattr(module, "date", None) is real_date:
                monkeypatch.setattr(module, "date", _Date)
            if getattr(module, "datetime", None) is real_datetime:
                monkeypatch.setattr(module, "datetime", _DateTime)


@pytest.mark.usefixtures("no_clock")
def test_evaluation_never_reads_the_clock() -> None:
    for clock in (dt.date.today, sys.modules["rules.engine"].date.today, dt.datetime.now):
        with pytest.raises(AssertionError, match="read the clock"):
            clock()
    on = date(2031, 5, 17)  # a date no other test has cached
    answers = [(s, {}) for s in (*rules.registry, SCHEME, WINDOWED, LAW)]
    answers += [(s, ELIGIBLE) for s in (SCHEME, WINDOWED, LAW)]
    for scheme, facts in answers:
        assert rules.evaluate(scheme, facts, on).to_json()["on"] == "2031-05-17"


def test_the_engine_source_names_no_clock() -> None:
    source = "\n".join(path.read_text() for path in Path(rules.__file__).parent.rglob("*.py"))
    assert re.findall(r"\.today\(|\.now\(|\.utcnow\(|time\.time\(|perf_counter", source) == []


# Figures not published yet ----------------------------------------------------------------

NEVER_FALLS = Citation(title="Proefwet", article="art. 18", url="https://wetten.overheid.nl/x")
GAP_TEXTS = GapTexts(
    missing=t("De grens is nog niet bekendgemaakt.", "The limit is not published yet."),
    decided=t("Uw bedrag verandert daardoor niet.", "Your amount does not change by it."),
    waiting=t("Uw bedrag volgt later.", "Your amount follows later."),
)
HALF_YEARLY = Rhythm(text=t("halfjaarlijks", "half-yearly"), starts=((1, 1), (7, 1)))


def capped_scheme(**changes: Any) -> rules.Scheme:
    """Income capped at a limit published per half-year; none from 1 July 2025."""
    fields: dict[str, Any] = {
        "id": "toy_cap",
        "label": t("grens", "limit"),
        "unit": "money",
        "periods": (
            Period(start=date(2025, 1, 1), end=date(2025, 6, 30), value=300_000, citation=CITATION),
        ),
        "never_falls": NEVER_FALLS,
        "rhythm": HALF_YEARLY,
        "gap_texts": GAP_TEXTS,
    }
    cap = Parameter(**(fields | changes))
    return build(
        parameters=(cap,),
        criteria=(criterion("some_income", INCOME > 0),),
        outputs=(
            Output(
                id="capped_eur",
                kind=OutputKind.MONEY,
                label=t("begrensd", "capped"),
                expr=x.min_(INCOME, x.param("toy_cap")),
            ),
        ),
        notes=(),
    )


AFTER = date(2025, 9, 1)


def test_below_a_figure_that_never_falls_the_amount_is_exact_and_says_so() -> None:
    result = rules.evaluate(capped_scheme(), {"toy_income_eur": 250_000}, AFTER)
    assert result.outputs["capped_eur"] == "2500.00"
    [note] = result.notes
    assert (
        note.text("nl") == "De grens is nog niet bekendgemaakt. Uw bedrag verandert daardoor niet."
    )
    figure = result.receipt["parameters"]["toy_cap"]
    assert figure == {
        "value": None,
        "not_published": {"from": "2025-07-01", "to": None, "expected": "2025-07-01"},
        "at_least": "3000.00",
        "at_most": None,
        "source": NEVER_FALLS.url,
        "bound_used": True,
    }


def test_above_the_last_known_figure_the_amount_stays_unknown_and_is_never_guessed() -> None:
    result = rules.evaluate(capped_scheme(), {"toy_income_eur": 350_000}, AFTER)
    assert result.outputs["capped_eur"] is None
    assert result.notes[0].text("en") == (
        "The limit is not published yet. Your amount follows later."
    )
    assert result.receipt["parameters"]["toy_cap"]["bound_used"] is False


def test_without_the_answer_the_note_says_only_that_the_figure_is_missing() -> None:
    result = rules.evaluate(capped_scheme(), {}, AFTER)
    assert [n.text("en") for n in result.notes] == ["The limit is not published yet."]


def test_without_a_rule_that_it_never_falls_nothing_bounds_the_figure() -> None:
    result = rules.evaluate(capped_scheme(never_falls=None), {"toy_income_eur": 1}, AFTER)
    assert result.outputs["capped_eur"] is None
    assert [n.text("en") for n in result.notes] == ["The limit is not published yet."]


def test_a_declared_gap_gives_its_expected_date_and_upper_bound() -> None:
    gap = Gap(start=date(2025, 7, 1), expected=date(2025, 6, 15), at_most=400_000)
    result = rules.evaluate(capped_scheme(gaps=(gap,)), {"toy_income_eur": 500_000}, AFTER)
    assert result.outputs["capped_eur"] is None  # between 3000.00 and 4000.00
    figure = result.receipt["parameters"]["toy_cap"]
    assert (figure["at_least"], figure["at_most"]) == ("3000.00", "4000.00")
    assert figure["not_published"]["expected"] == "2025-06-15"


def test_between_two_known_figures_the_gap_is_bounded_on_both_sides() -> None:
    later = Period(start=date(2026, 1, 1), value=310_000, citation=CITATION)
    scheme = capped_scheme(
        periods=(
            Period(start=date(2025, 1, 1), end=date(2025, 6, 30), value=300_000, citation=CITATION),
            later,
        )
    )
    parameter = scheme.parameter("toy_cap")
    gap = parameter.gap_on(AFTER)
    assert gap is not None
    assert (gap.start, gap.end, gap.at_least, gap.at_most) == (
        date(2025, 7, 1),
        date(2025, 12, 31),
        300_000,
        310_000,
    )


def test_a_gap_may_not_overlap_a_period() -> None:
    with pytest.raises(ValueError, match="overlaps the period"):
        capped_scheme(gaps=(Gap(start=date(2025, 6, 1)),))


@pytest.mark.parametrize(
    ("after", "start"),
    [
        (date(2026, 12, 7), date(2027, 1, 1)),
        (date(2027, 1, 1), date(2027, 1, 1)),
        (date(2027, 1, 2), date(2027, 7, 1)),
    ],
)
def test_a_rhythm_names_the_next_date_a_figure_takes_effect(after: date, start: date) -> None:
    assert HALF_YEARLY.next_start(after) == start
    assert HALF_YEARLY.due(start) == start
    assert HALF_YEARLY.published_from(date(2027, 1, 1)) == date(2026, 12, 1)


def test_a_figure_fixed_years_ahead_is_due_that_many_years_before_it_applies() -> None:
    yearly = Rhythm(
        text=t("jaarlijks", "yearly"), starts=((1, 1),), published_months_before=2, years_ahead=5
    )
    assert yearly.due(date(2032, 1, 1)) == date(2027, 1, 1)
    assert yearly.published_from(date(2032, 1, 1)) == date(2026, 11, 1)
