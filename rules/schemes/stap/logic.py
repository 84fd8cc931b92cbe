"""STAP-budget: a personal training budget of at most EUR 1,000 a year, paid to the provider.

Subsidieregeling STAP-budget (Stcrt. 2021, 35685), in force from 1 January 2022. Ten
application windows (2022-03-01 to 2023-12-31); no budget from 2024, the regulation
lapses 2027-01-01. The reference date is the application date.

Rules that changed during the scheme's life are dated parameters, so an application in
2022 is judged by the 2022 text: no gifts or trips (24-10-2022), the grant cap per
training (28-02-2023), the stricter definition of training (01-05-2023), multi-year
programmes (01-07-2023) and, for the last two windows, OCW-recognised training only and
no training abroad (18-09-2023). The window an application falls in fixes the latest
start date; for the first 2023 window the earliest start date is counted from the
planned opening of 28-02-2023.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from rules import expr as x
from rules.loader import Here, limited, read_yaml
from rules.parameters import Parameter, Period
from rules.schemes._common.logic import below_aow_age
from rules.texts import Text, t

here = Here(__file__)
DAY = timedelta(days=1)
IN_FORCE = here.availability.in_force_from
# Art. 9b(2): in the first 2023 window the four weeks count from the planned opening.
FIRST_2023 = next(w for w in here.windows if w.id == "2023-1")
LAST = here.windows[-1]

on = x.on()
BIRTH = x.fact("birth_date")
start = x.fact("training_start_date")
MULTIYEAR = x.fact("training_fulltime_multiyear")
STUDY_FINANCE_TYPE = x.fact("training_study_finance_type")
SUBSIDIABLE = x.fact("training_price_eur") - x.fact("training_non_subsidiable_eur")


def _age_reached(years: x.Expr) -> x.Expr:
    """The person has had their ``years``-th birthday on the reference date."""
    return BIRTH.plus_months(years * 12) <= on


def _between(first: date, last: date) -> x.Expr:
    return (first <= on) & (last >= on)


def _per_window(id: str, label: Text, unit: str, value: Callable[[Any], object]) -> Parameter:
    """A figure that follows the application windows (art. 9a(1), 9b(1))."""
    periods = tuple(
        Period(
            start=w.opens,
            end=w.closes,
            value=value(w),
            citation=here.cite(w.source or here.availability.source),
        )
        for w in here.windows
    )
    return Parameter(id=id, label=label, unit=unit, periods=periods)


PARAMETERS = {
    "stap_window": _per_window(
        "stap_window", t("aanvraagtijdvak", "application window"), "text", lambda w: w.id
    ),
    "stap_window_end": _per_window(
        "stap_window_end",
        t("einddatum van het aanvraagtijdvak", "end date of the application window"),
        "date",
        lambda w: w.closes,
    ),
    "stap_count_from_planned_opening": Parameter(
        id="stap_count_from_planned_opening",
        label=t(
            "vier weken tellen vanaf de geplande opening",
            "four weeks counted from the planned opening",
        ),
        unit="bool",
        periods=tuple(
            Period(start=s, end=e, value=v, citation=here.cite("art9b_lid2"))
            for s, e, v in (
                (IN_FORCE, FIRST_2023.opens - DAY, False),
                (FIRST_2023.opens, FIRST_2023.closes, True),
                (FIRST_2023.closes + DAY, None, False),
            )
        ),
    ),
}

OUTPUTS = {
    "window": x.param("stap_window"),
    # Art. 7: at most the yearly maximum, and only the subsidiable part of the price.
    "subsidy_eur": x.min_(x.param("stap_max_subsidy"), SUBSIDIABLE),
    "own_contribution_eur": x.fact("training_price_eur") - x.out("subsidy_eur"),
    # Art. 5(3)(a): from four weeks after the application; art. 9b(2): after the planned
    # opening for the first 2023 window.
    "earliest_start_date": x.if_(
        x.param("stap_count_from_planned_opening"), x.param("stap_planned_opening"), on
    ).plus_days(x.param("stap_start_after_days")),
    # Art. 5(3)(a): at the latest three months after the end of the window.
    "latest_start_date": x.param("stap_window_end").plus_months(
        x.param("stap_latest_start_months")
    ),
}

CRITERIA = {
    # Art. 5(2)(a): 18 or older and below the AOW age.
    "age_18_or_older": _age_reached(x.param("stap_min_age")),
    "below_aow_age": below_aow_age(),
    # Art. 5(2)(b): a link with the labour market, six months insured.
    "insured_six_months": x.fact("stap_insured_months") >= x.param("stap_min_insured_months"),
    # Art. 5(5), 12(2): no other public funding; art. 12(1)(c): one budget per calendar year.
    "no_study_finance": ~x.fact("receives_study_finance"),
    "no_grant_this_year": ~x.fact("stap_granted_same_year"),
    # Art. 5(1), 12(1)(e): training from the register.
    "training_in_register": x.fact("training_in_stap_register"),
    # Art. 1 and 4(4) as amended by Stcrt. 2023, 20707: from the window of 18 September 2023.
    "training_ocw_recognised": limited(
        x.fact("training_ocw_recognised"), applies=x.param("stap_only_ocw_recognised")
    ),
    "training_not_abroad": limited(
        ~x.fact("training_abroad"), applies=x.param("stap_abroad_excluded")
    ),
    # Art. 6: a multi-year programme, one study year per application, from 1 July 2023.
    "fulltime_multiyear_allowed": limited(x.param("stap_multiyear_allowed"), applies=MULTIYEAR),
    # Art. 5(4): under 30, no budget for a programme with student finance.
    "age_30_for_study_finance_programme": limited(
        _age_reached(x.param("stap_fulltime_min_age")),
        applies=x.param("stap_age_30_rule") & (MULTIYEAR | STUDY_FINANCE_TYPE),
    ),
    # Art. 8(2), 12(1)(d): applied before the training starts.
    "applied_before_start": on < start,
    # Art. 5(3)(a), 9b(2): not too early; art. 5(3)(b): later when the provider cannot start
    # earlier (in the text from 4 September 2023).
    "start_not_too_early": x.out("earliest_start_date") <= start,
    "start_not_too_late": (x.out("latest_start_date") >= start)
    | (x.param("stap_later_start_rule") & x.fact("stap_provider_cannot_start_in_time")),
    # Rules added later: art. 4(3) (Stcrt. 2022, 28947), art. 12a (Stcrt. 2023, 4426),
    # art. 1 scholing (Stcrt. 2023, 4426).
    "no_provider_advantages": limited(
        ~x.fact("stap_provider_offers_advantages"), applies=x.param("stap_advantages_rule")
    ),
    "training_grant_cap_not_reached": limited(
        ~x.fact("stap_training_grant_cap_reached"), applies=x.param("stap_grant_cap_rule")
    ),
    "training_meets_definition": limited(
        x.fact("stap_training_meets_definition"), applies=x.param("stap_definition_rule")
    ),
}


def _rule_from(param_id: str) -> date:
    """The day a rule added later took effect: the start of its last period in parameters.yaml."""
    day = _FIGURES[param_id]["periods"][-1]["start"]
    assert isinstance(day, date), param_id
    return day


_FIGURES = read_yaml(Path(__file__).with_name("parameters.yaml"))
ADVANTAGES_FROM = _rule_from("stap_advantages_rule")
OCW_ONLY_FROM = _rule_from("stap_only_ocw_recognised")
MULTIYEAR_FROM = _rule_from("stap_multiyear_allowed")

NOTES = {
    # Art. 9b(1)(e): no window after the last one.
    "ended_2024": LAST.closes + DAY <= on,
    "planned_opening_2023_1": x.param("stap_count_from_planned_opening"),
    "planned_opening_reading": x.param("stap_count_from_planned_opening"),
    "marketconform_test": _between(ADVANTAGES_FROM, OCW_ONLY_FROM - DAY),
    "later_rules_assumed_met": on >= ADVANTAGES_FROM,
    # From the day after the amending regulation of 14 July 2023 (Stcrt. 2023, 20707).
    "ocw_rule_entry_date": _between(date(2023, 7, 15), LAST.closes),
    # Announced by Avans: first-year students from 1 May 2023.
    "multiyear_first_year_may": MULTIYEAR & _between(date(2023, 5, 1), MULTIYEAR_FROM - DAY),
    # Proposed for the year 2023.
    "leerrechten_compartment": _between(date(2023, 1, 1), date(2023, 12, 31)),
}

CONSTRAINTS = {
    "non_subsidiable_within_price": x.fact("training_non_subsidiable_eur")
    <= x.fact("training_price_eur"),
}
