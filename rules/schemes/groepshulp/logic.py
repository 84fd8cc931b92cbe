"""Subsidieregeling groepshulpen kinderopvang: a one-off amount per groepshulp (2024-2026).

A houder of a registered kindercentrum applies in a November window (2024, 2025, 2026) for
a groepshulp who works under an employment contract in the CAO function
"groepsondersteunende functie" and follows a praktijkleren path in the mbo. The amount is
the maximum amount x deeltijdpercentage (contract hours, capped at a full week, divided by
the full week), reduced pro rata when a window is oversubscribed (art. 7(4)). Reference
date: the application date. The regulation lapses on 1 January 2027 (art. 17(1)); it keeps
governing files applied for before then (art. 17(2)), so its figures stay open-ended.

The consolidated text valid from 12 July 2025 raises the maximum number of groepshulpen per
applicant in the 2025 and 2026 windows and holds the closed list of learning paths of
art. 4(2); whether that list was already in the 2024 original is not verified, so for
earlier dates a path outside the list stays undecided.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from rules import expr as x
from rules.loader import Here, limited, read_yaml
from rules.parameters import Parameter, Period
from rules.texts import t

here = Here(__file__)
_FIGURES = read_yaml(Path(__file__).with_name("parameters.yaml"))


def _rule_from(param_id: str) -> date:
    """The day a rule added later took effect: the start of its last period in parameters.yaml."""
    day = _FIGURES[param_id]["periods"][-1]["start"]
    assert isinstance(day, date), param_id
    return day


AMENDED = _rule_from("gh_training_list_applies")  # the text valid from 12 July 2025
LAST_DAY = here.availability.in_force_to
assert LAST_DAY is not None
LAPSES = LAST_DAY + timedelta(days=1)  # art. 17(1)

# Art. 4(2): the closed list of courses (from the text of 12 July 2025).
TRAINING_IN_LIST = ("mbo1", "mbo2", "mbo3_c0123", "mbo3_c0125", "mbo3_c0126")

# Art. 5(1)(a)-(c): the closing day of the window the application date falls in.
PARAMETERS = {
    "gh_window_closes": Parameter(
        id="gh_window_closes",
        label=t("sluitingsdatum van het aanvraagtijdvak", "closing date of the window"),
        unit="date",
        periods=tuple(
            Period(
                start=w.opens,
                end=w.closes,
                value=w.closes,
                citation=here.cite(w.source or here.availability.source),
            )
            for w in here.windows
        ),
    ),
}

hours = x.fact("gh_contract_hours")
full_time = x.param("gh_full_time_hours")
capped_hours = x.min_(hours, full_time)
factor = x.fact("gh_window_factor")
factor_or_one = x.if_(factor.is_none(), 1, factor)
training = x.fact("gh_training")
count = x.fact("gh_count_in_application")
months_employed = x.fact("gh_months_employed")
contract_months = x.fact("gh_contract_months")
min_months = x.param("gh_min_months")
earliest = x.param("gh_earliest_start")

OUTPUTS = {
    # Art. 1 (deeltijdpercentage): contract hours, at most a full week, over a full week.
    "deeltijdpercentage": capped_hours / full_time,
    # Art. 7(3)-(4): the maximum x deeltijdpercentage x the window's factor, multiplied first
    # and divided once, so the amount is exact before it is rounded half-up to the cent.
    "subsidy_eur": x.param("gh_max_amount") * capped_hours * factor_or_one / full_time,
    # Art. 7(1): at most so many groepshulpen per applicant per window.
    "max_groepshulpen": x.param("max_groepshulpen"),
    "subsidised_count": x.min_(count, x.param("max_groepshulpen")),
    # Art. 11: the decision within so many weeks after the window closes.
    "decision_deadline": x.param("gh_window_closes").plus_days(x.param("gh_decision_weeks") * 7),
}

CRITERIA = {
    # Art. 1: the applicant is the houder of a registered kindercentrum.
    "applicant_registered_kindercentrum": x.fact("applicant_lrk_kindercentrum").eq(True),
    # Art. 4(1)(a)-(b): a praktijkleren (or derde leerweg) subsidy for the same person.
    "praktijkleren_subsidy_same_person": x.fact("praktijkleren_subsidy_for_person").eq(True),
    # Art. 1 (groepshulp): the CAO function, under an employment contract.
    "groepsondersteunende_functie": x.fact("gh_role_groepsondersteunend").eq(True),
    # RVO's conditions: not counted in the staff-child ratio.
    "not_deployed_formatief": x.fact("gh_deployed_formatief").eq(False),
    # Art. 4(1)(e): employed for at least the minimum months on the application date.
    "employed_12_months": months_employed >= min_months,
    # Art. 4(1)(f): an open-ended contract, or one for at least the minimum months ...
    "contract_validity_12_months": x.fact("gh_contract_open_ended")
    | (contract_months >= min_months),
    # ... that started on or after the earliest start.
    "contract_start_from_2023_08": x.fact("gh_contract_start_date") >= earliest,
    # Art. 4(1)(g): once per groepshulp.
    "not_previously_subsidised": x.fact("gh_previously_subsidised").eq(False),
    # Art. 4(1)(h): the wage costs not paid from another scheme.
    "no_other_wage_financing": x.fact("gh_wage_costs_other_scheme").eq(False),
    # Art. 4(1)(c) and (2). From 12 July 2025 the closed list applies. Before, the parameter
    # has no value: a listed course or no course still decides; another mbo-3 course stays open.
    "training_path": x.if_(
        x.param("gh_training_list_applies"),
        training.is_in(*TRAINING_IN_LIST),
        training.ne("none"),
    ),
    # Art. 4(1)(d): the course started between the earliest and the latest start.
    "training_start_period": limited(
        x.all_(
            x.fact("gh_training_start_date") >= earliest,
            x.fact("gh_training_start_date") <= x.param("gh_latest_training_start"),
        ),
        applies=training.ne("none"),
    ),
    # Art. 4(1)(i): within the de-minimis ceiling.
    "de_minimis_ceiling": x.fact("de_minimis_3y_eur") + x.out("subsidy_eur")
    <= x.param("de_minimis_ceiling"),
}

NOTES = {
    "employed_12_months_other_reading": (months_employed < min_months)
    & (contract_months >= min_months),
    "formatief_is_rvo_condition": x.fact("gh_deployed_formatief").eq(True),
    "training_list_before_2025_07_12": x.on() < AMENDED,
    "amendment_2025_source": x.on() >= AMENDED,
    "amendment_2025_reading": x.on() >= AMENDED,
    "pro_rata_if_oversubscribed": factor.is_none(),
    "pro_rata_base": ~factor.is_none(),
    "count_above_maximum": count > x.param("max_groepshulpen"),
    "de_minimis_whole_application": count > 1,
    "after_expiry": x.on() >= LAPSES,
}

CONSTRAINTS = {
    "contract_hours_positive": hours > 0,
}
