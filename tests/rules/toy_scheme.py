"""A small scheme for the engine's own tests, registered nowhere but in the tests.

Every fact kind, a benefit rate with two periods and a gap between them (2025 has no
rate), a money limit, an AOW-like cohort table, two criteria, outputs and notes. Tests
vary it with :func:`build` rather than poke at the engine's internals.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from rules import Scheme
from rules import expr as x
from rules.facts import (
    BoolFact,
    Choice,
    DateFact,
    DecimalFact,
    EnumFact,
    EnumListFact,
    IntFact,
    MoneyFact,
)
from rules.parameters import Cohort, CohortTable, Parameter, Period
from rules.scheme import AvailabilityRule, Criterion, Note, Output, OutputKind
from rules.texts import Citation, t

CITATION = Citation(title="Proefwet", article="art. 1", url="https://example.org/proefwet#art1")

ON = date(2026, 3, 16)
"""A reference date in the second period of ``toy_rate``."""

RATE_GAP = date(2025, 6, 1)
"""A reference date between the two periods of ``toy_rate``."""


FACTS = (
    IntFact(
        id="toy_age",
        question=t("Hoe oud bent u?", "How old are you?"),
        minimum=Decimal(0),
        maximum=Decimal(130),
    ),
    MoneyFact(
        id="toy_income_eur",
        question=t("Wat is uw inkomen?", "What is your income?"),
        maximum=Decimal(100_000),
    ),
    BoolFact(id="toy_resident", question=t("Woont u hier?", "Do you live here?")),
    DateFact(id="toy_start_date", question=t("Wanneer begint u?", "When do you start?")),
    EnumFact(
        id="toy_sector",
        question=t("In welke sector werkt u?", "Which sector do you work in?"),
        choices=(
            Choice(id="care", label=t("zorg", "care")),
            Choice(id="education", label=t("onderwijs", "education")),
            Choice(id="other", label=t("anders", "other")),
        ),
    ),
    EnumListFact(
        id="toy_courses",
        question=t("Welke cursussen volgt u?", "Which courses do you take?"),
        choices=(
            Choice(id="dutch", label=t("Nederlands", "Dutch")),
            Choice(id="math", label=t("rekenen", "arithmetic")),
            Choice(id="welding", label=t("lassen", "welding")),
        ),
    ),
    DecimalFact(
        id="toy_hours",
        question=t("Hoeveel uur per week werkt u?", "How many hours a week do you work?"),
        maximum=Decimal(60),
    ),
    MoneyFact(
        id="toy_partner_income_eur",
        question=t("Wat is het inkomen van uw partner?", "What is your partner's income?"),
        default=None,
    ),
    BoolFact(
        id="toy_member",
        question=t("Bent u lid?", "Are you a member?"),
        default=False,
    ),
    DateFact(id="toy_birth_date", question=t("Geboortedatum?", "Date of birth?")),
)

RATE = Parameter(
    id="toy_rate",
    label=t("uitkeringspercentage", "benefit rate"),
    periods=(
        Period(
            start=date(2024, 1, 1), end=date(2024, 12, 31), value=Decimal("0.70"), citation=CITATION
        ),
        Period(start=date(2026, 1, 1), value=Decimal("0.75"), citation=CITATION),
    ),
)

LIMIT = Parameter(
    id="toy_income_limit",
    label=t("inkomensgrens", "income limit"),
    unit="money",
    periods=(Period(start=date(2020, 1, 1), value=200_000, citation=CITATION),),
)

PENSION_AGE = Parameter(
    id="toy_pension_age",
    label=t("pensioenleeftijd per cohort", "pension age by cohort"),
    unit="table",
    periods=(
        Period(
            start=date(1900, 1, 1),
            value=CohortTable(
                cohorts=(
                    Cohort(
                        born_from=date(1950, 1, 1), born_to=date(1959, 12, 31), years=66, months=0
                    ),
                ),
                reached_before=date(2016, 1, 1),
                later_minimum_years=67,
                later_minimum_months=0,
            ),
            citation=CITATION,
        ),
    ),
)

AGE = x.fact("toy_age")
INCOME = x.fact("toy_income_eur")
RESIDENT = x.fact("toy_resident")
PARTNER = x.fact("toy_partner_income_eur")


def criterion(criterion_id: str, test: x.Expr, **changes: Any) -> Criterion:
    """A criterion with plain texts; its explanations name the outcome."""
    fields: dict[str, Any] = {
        "id": criterion_id,
        "label": t(f"label {criterion_id}", f"label {criterion_id}"),
        "test": test,
        "citation": CITATION,
        "met": t(f"{criterion_id}: voldaan", f"{criterion_id}: met"),
        "not_met": t(f"{criterion_id}: niet voldaan", f"{criterion_id}: not met"),
        "unknown": t(f"{criterion_id}: onbekend", f"{criterion_id}: unknown"),
    }
    return Criterion(**(fields | changes))


CRITERIA = (
    criterion("adult", x.all_(AGE >= 18, RESIDENT)),
    criterion(
        "income_low",
        x.all_(RESIDENT, INCOME * x.param("toy_rate") <= x.param("toy_income_limit")),
        met=t("Inkomen {toy_income_eur} onder de grens", "Income {toy_income_eur} below the limit"),
    ),
)

OUTPUTS = (
    Output(
        id="benefit_eur",
        kind=OutputKind.MONEY,
        label=t("uitkering", "benefit"),
        expr=INCOME * x.param("toy_rate"),
    ),
    Output(
        id="end_date",
        kind=OutputKind.DATE,
        label=t("einddatum", "end date"),
        expr=x.fact("toy_start_date").plus_months(3),
    ),
    Output(
        id="household_income_eur",
        kind=OutputKind.MONEY,
        label=t("huishoudinkomen", "household income"),
        expr=INCOME + x.if_(PARTNER.is_none(), 0, PARTNER),
    ),
)

NOTES = (
    Note(id="always", text=t("Altijd getoond.", "Always shown.")),
    Note(id="member", when=x.fact("toy_member"), text=t("U bent lid.", "You are a member.")),
)

AVAILABILITY = AvailabilityRule(in_force_from=date(2020, 1, 1), citation=CITATION)


def build(**changes: Any) -> Scheme:
    """The toy scheme, with any field replaced."""
    fields: dict[str, Any] = {
        "id": "toy",
        "version": "0.1",
        "title": t("Proefregeling", "Toy scheme"),
        "summary": t("Een regeling om de motor te testen.", "A scheme to test the engine."),
        "eligible_means": t("U komt in aanmerking.", "You qualify."),
        "audience": FACTS[0].audience,
        "legal_basis": CITATION,
        "facts": FACTS,
        "parameters": (RATE, LIMIT, PENSION_AGE),
        "criteria": CRITERIA,
        "outputs": OUTPUTS,
        "notes": NOTES,
        "availability": AVAILABILITY,
    }
    return Scheme(**(fields | changes))


SCHEME = build()
