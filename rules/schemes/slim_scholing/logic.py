"""SLIM-scholingssubsidie: subsidy for training in a recognised development path (ontwikkelpad).

Chapter 3 of the SLIM-regeling (BWBR0043015), added by Stcrt. 2025, 7276 (consolidated
text from 28 February 2025) and lapsing on 1 January 2028 (art. 4.3). It is its own scheme,
not a dated part of ``slim``: other applicants (an employer, also a registered
gastouderbureau, or a collective of social partners and O&O-funds), another activity
(buying training listed in a recognised ontwikkelpad, not building a learning culture),
another rate (by NLQF level, art. 3.8(3)), other windows (art. 3.12) and another end date.

What it decides: the training conditions of art. 3.5(2), the collective's minimum
(art. 3.10), the employer's maximum per application "lager dan" a set amount
(art. 3.14(2)), the maximum per applicant per year (art. 3.20(3) from 1 September 2025,
3.20(2) in the text of 23 May 2026) and, in the text of 23 May 2026, the refusal of training
given by the employer itself (art. 3.9(2)(g)).
Windows: the 2025 windows stand in art. 3.12 (text of 2025-02-28); from 2026 art. 3.12
leaves them to a notice, not found among official texts, so availability is unknown then.
"""

from __future__ import annotations

from datetime import date, timedelta

from rules import expr as x
from rules.loader import Here, limited
from rules.parameters import Parameter, Period
from rules.texts import t

here = Here(__file__)
DAY = timedelta(days=1)
assert here.availability.windows_known_until is not None, "scheme.yaml: windows_known_until"
WINDOWS_KNOWN_UNTIL: date = here.availability.windows_known_until
# The text of 2025-09-01 holds until that of 2026-01-01; the texts of 2026-01-01 and
# 2026-04-04 were not read, the next one read is that of 2026-05-23.
LAST_2025_TEXT = date(2025, 12, 31)
TEXT_2026 = date(2026, 5, 23)


def _open_for(group: str) -> tuple[Period, ...]:
    """True inside this group's windows of ``scheme.yaml``, False before and between them up
    to the last known window; no value (unknown) after it."""
    periods: list[Period] = []
    cursor = here.availability.in_force_from
    source = None
    for window in sorted(here.windows, key=lambda w: w.opens):
        if window.group != group:
            continue
        assert window.source is not None, f"window {window.id} has no source"
        source = here.cite(window.source)
        if cursor < window.opens:
            periods.append(
                Period(start=cursor, end=window.opens - DAY, value=False, citation=source)
            )
        periods.append(Period(start=window.opens, end=window.closes, value=True, citation=source))
        cursor = window.closes + DAY
    if source is not None and cursor <= WINDOWS_KNOWN_UNTIL:
        periods.append(Period(start=cursor, end=WINDOWS_KNOWN_UNTIL, value=False, citation=source))
    return tuple(periods)


PARAMETERS = {
    "slim_scholing_window_werkgever": Parameter(
        id="slim_scholing_window_werkgever",
        label=t("aanvraagtijdvak voor werkgevers", "application window for employers"),
        unit="bool",
        periods=_open_for("werkgever"),
    ),
}

on = x.on()
APPLICANT = x.fact("slim_scholing_applicant")
IS_EMPLOYER = APPLICANT.eq("werkgever")
IS_COLLECTIVE = APPLICANT.eq("collectief")
costs = x.fact("slim_scholing_costs_eur")
granted = x.fact("slim_scholing_granted_this_year_eur")
# "één individuele aanvrager" (art. 3.20): an employer. Applied to a collective, the yearly
# cap would defeat its own minimum (art. 3.10).
CAP_EXISTS = IS_EMPLOYER & x.param("slim_scholing_year_cap_exists")
NO_LIMIT = 10**15  # a bound no subsidy reaches

CRITERIA = {
    # Art. 3.12: the window of the applicant's kind.
    "window_for_applicant": x.case(
        APPLICANT,
        {
            "werkgever": x.param("slim_scholing_window_werkgever"),
            "collectief": x.param("slim_scholing_window_collectief"),
        },
    ),
    # Art. 3.5(2): the training is in a recognised ontwikkelpad, not mandatory, free for the
    # participant and bought and started on time.
    "in_ontwikkelpad": x.fact("slim_scholing_in_ontwikkelpad"),
    "not_mandatory": ~x.fact("slim_scholing_mandatory") & ~x.fact("slim_scholing_fully_funded"),
    "free_for_worker": x.fact("slim_scholing_free_for_worker"),
    "timing": x.fact("slim_scholing_timing_ok"),
    # Art. 3.9(2)(g) (text of 2026-05-23): not training given by the employer itself.
    "not_own_provider": limited(
        ~x.fact("slim_scholing_own_provider"),
        applies=IS_EMPLOYER & x.param("slim_scholing_own_provider_rule"),
    ),
    # Art. 3.10: a collective's minimum.
    "collective_minimum": limited(
        x.out("subsidy_eur") >= x.param("slim_scholing_collective_min"), applies=IS_COLLECTIVE
    ),
    # Art. 3.20(3) (2025-09-01), 3.20(2) (2026-05-23): room under the yearly maximum.
    "year_room": ~CAP_EXISTS | (x.out("year_room_eur") > 0),
}

OUTPUTS = {
    # Art. 3.8(3): the percentage by NLQF level.
    "subsidy_percentage": x.case(
        x.fact("slim_scholing_nlqf"),
        {
            "niveau_1_3": x.param("slim_scholing_pct_low"),
            "niveau_4_plus": x.param("slim_scholing_pct_high"),
        },
    ),
    # Art. 3.8(2): a collective also gets a surcharge on the costs and an allowance for the
    # auditor's report.
    "subsidy_before_limits_eur": x.out("subsidy_percentage") * costs
    + x.if_(
        IS_COLLECTIVE,
        x.param("slim_scholing_collective_surcharge") * costs
        + x.param("slim_scholing_accountant_eur"),
        0,
    ),
    "year_room_eur": x.if_(
        CAP_EXISTS, x.max_(x.param("slim_scholing_year_cap") - granted, 0), None
    ),
    # An employer asks "een bedrag dat lager is dan" the maximum (art. 3.14(2)): at most one
    # cent below it. The part above the yearly room is refused (art. 3.20(2)).
    "subsidy_eur": x.min_(
        x.out("subsidy_before_limits_eur"),
        x.if_(IS_EMPLOYER, x.param("slim_scholing_employer_below") - 1, NO_LIMIT),
        x.if_(CAP_EXISTS, x.out("year_room_eur"), NO_LIMIT),
    ),
}

NOTES = {
    # Art. 3.14(2).
    "employer_maximum": IS_EMPLOYER,
    # Art. 3.12 (from 2026): windows set by a notice.
    "windows_from_2026": on > WINDOWS_KNOWN_UNTIL,
    "windows_2026_sources": on > WINDOWS_KNOWN_UNTIL,
    "texts_between": (on > LAST_2025_TEXT) & (on < TEXT_2026),
    # Art. 3.20(2); art. 3.8(2).
    "year_cap_reading": IS_COLLECTIVE,
    "collective_reading": IS_COLLECTIVE,
}
