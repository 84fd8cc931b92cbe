"""WW herleving: does an ended WW right come back, until when, and on which dagloon?

A right that ended under WW 20(1)(a) (an exclusion ground of art. 19) or (c) (income
above 87.5 % of the maandloon, or less available) revives when the circumstance stops;
after an end on the person's own request (20(1)(d)) it revives from the first day of the
month of the revival request (21(1), second sentence). It does not revive when a new WW
right arises whose maandloon is more than 87.5 % of the old one, or a WIA right arises
(21(2)). Time limits (21(1) "met inachtneming van ... de in artikel 8 en het derde lid
genoemde termijnen"): 6 calendar months for abroad, detention and the like, less
availability and own request (21(3)); for an end only through income from a business,
the business must end within the benefit duration, or within 18 months when the duration
is shorter (8(3)); the remaining duration only for income from the offices of 8(4)
(21(4)); none for an end through employee income. A revived right ends as much later as
the gap between the end and the revival lasted (43(1)).

When the old right does not revive because the new maandloon is above 87.5 %, the new
right keeps at least the old dagloon if the old right followed a job of at least a year,
ended under 20(1)(c) and the new right arose within 12 months after the old right's first
day (Dagloonbesluit art. 12(2)).
"""

from __future__ import annotations

from rules import expr as x
from rules.loader import limited
from rules.schemes._common.logic import first_of_month

# Why the right ended (the fact's choices), plus the end by expiry of the duration, which
# never revives.
INCOME_EMPLOYEE = "inkomen_werknemer"
INCOME_SELF_EMPLOYED = "inkomen_zelfstandige"
INCOME_OFFICE = "inkomen_bestuursfunctie"
OWN_REQUEST = "eigen_verzoek"
EXCLUSION = "uitsluitingsgrond"
LESS_AVAILABLE = "minder_beschikbaar"
DURATION_EXPIRED = "uitkeringsduur_verstreken"
ENDED_UNDER_20_1_C = (INCOME_EMPLOYEE, INCOME_SELF_EMPLOYED, INCOME_OFFICE, LESS_AVAILABLE)

# Art. 19 grounds: only those in 21(3)(a) carry the 6-month limit.
GROUND_SIX_MONTHS = "buitenland_detentie_vakantie"
GROUND_ILLNESS = "ziekte_arbeidsongeschiktheid"

REASON = x.fact("ww_end_reason")
GROUND = x.fact("ww_exclusion_ground")
END = x.fact("ww_end_date")
FIRST_DAY = x.fact("ww_first_day")
NEW_RIGHT = x.fact("new_ww_right")
OLD_DAGLOON = x.fact("ww_old_dagloon_eur")
NEW_DAGLOON = x.fact("ww_new_dagloon_eur")
REMAINING = x.fact("ww_remaining_months_at_end")
ORIGINAL_END = x.fact("ww_original_end_date")
REQUEST = x.fact("ww_revival_request_date")

SIX_MONTH_LIMIT_APPLIES = REASON.is_in(OWN_REQUEST, LESS_AVAILABLE) | (
    REASON.eq(EXCLUSION) & (GROUND.is_none() | GROUND.eq(GROUND_SIX_MONTHS))
)
REMAINING_LIMIT_APPLIES = REASON.eq(INCOME_OFFICE)
SELF_EMPLOYED_APPLIES = REASON.eq(INCOME_SELF_EMPLOYED)

# Art. 8(3): the business must end within the benefit duration (first day up to the
# original end date, both included), or within 18 months when the duration is shorter,
# counted from the start of the business (without that date: from the end of the WW).
BUSINESS_START = x.if_(
    x.fact("ww_business_start_date").is_none(), END, x.fact("ww_business_start_date")
)
SELF_EMPLOYED_TOO_LATE = x.max_(
    BUSINESS_START.plus_months(x.param("ww_self_employed_min_months")),
    BUSINESS_START.plus_days(x.days_between(FIRST_DAY, ORIGINAL_END) + 1),
)

# The gap allowed by art. 21(4): the whole remaining months as calendar months (same day
# number, clamped to the month's end), then the fraction at 30 days a month, rounded down
# to whole days.
REMAINING_LIMIT_DATE = END.plus_months(x.floor(REMAINING)).plus_days(
    x.floor((REMAINING - x.floor(REMAINING)) * x.param("ww_days_per_fraction_month"))
)

CRITERIA = {
    # Art. 21(1): a right that ran its full duration does not revive.
    "end_reason_revivable": REASON.ne(DURATION_EXPIRED),
    "ended_before_on": x.on() >= END,
    # A right that ends under 20(1)(c) from the first day of the month in which it
    # arose, through employee income, is deemed never to have arisen (16(8)).
    "right_not_deemed_never_arisen": ~(REASON.eq(INCOME_EMPLOYEE) & (END <= FIRST_DAY)),
    # Art. 21(2)(a): a new right with a maandloon above 87.5 % of the old one.
    "no_new_right_above_threshold": limited(
        x.out("new_maandloon_eur") <= x.out("revival_threshold_eur"), applies=NEW_RIGHT
    ),
    # Art. 21(2)(b).
    "no_wia_right": ~x.fact("wia_right"),
    # Art. 21(3): 6 calendar months.
    "within_six_months": limited(
        x.on() <= END.plus_months(x.param("ww_revival_limit_months")),
        applies=SIX_MONTH_LIMIT_APPLIES,
    ),
    # Art. 8(3) with 21(1).
    "within_self_employment_period": limited(
        x.on() < SELF_EMPLOYED_TOO_LATE, applies=SELF_EMPLOYED_APPLIES
    ),
    # Art. 21(4) with 8(4).
    "within_remaining_duration": limited(
        x.on() <= REMAINING_LIMIT_DATE, applies=REMAINING_LIMIT_APPLIES
    ),
}

# The order in which ``revives`` joins the criteria.
REVIVES_IF = (
    "end_reason_revivable",
    "ended_before_on",
    "right_not_deemed_never_arisen",
    "no_new_right_above_threshold",
    "no_wia_right",
    "within_six_months",
    "within_remaining_duration",
    "within_self_employment_period",
)

OUTPUTS = {
    # Art. 21(2)(a): the maandlonen of the old and the new right.
    "old_maandloon_eur": x.param("ww_days_per_month") * OLD_DAGLOON,
    "revival_threshold_eur": x.param("ww_revival_threshold") * x.out("old_maandloon_eur"),
    "new_maandloon_eur": x.if_(NEW_RIGHT, x.param("ww_days_per_month") * NEW_DAGLOON, None),
    # Art. 21(3), 21(4), 8(3): the last day the right can revive.
    "latest_revival_date": x.if_(
        SIX_MONTH_LIMIT_APPLIES,
        END.plus_months(x.param("ww_revival_limit_months")),
        x.if_(
            REMAINING_LIMIT_APPLIES,
            REMAINING_LIMIT_DATE,
            x.if_(SELF_EMPLOYED_APPLIES, SELF_EMPLOYED_TOO_LATE.plus_days(-1), None),
        ),
    ),
    "revives": x.all_(*(x.crit(c) for c in REVIVES_IF)),
    # Art. 43(1): as much later as the gap between the end and the revival lasted;
    # after an own-request end the revival is on the first of the month of the
    # request (21(1), second sentence).
    "new_end_date": x.if_(
        x.out("revives"),
        ORIGINAL_END.plus_days(x.days_between(END, x.out("revival_effective_date"))),
        None,
    ),
    # After an end on own request: the first day of the month of the revival request
    # (21(1), second sentence); otherwise the day the circumstance stopped.
    "revival_effective_date": x.if_(
        x.out("revives"),
        x.case(
            REASON,
            {OWN_REQUEST: first_of_month(x.if_(REQUEST.is_none(), x.on(), REQUEST))},
            default=x.on(),
        ),
        None,
    ),
    # Dagloonbesluit art. 12(2): the dagloon guarantee.
    "dagloongarantie": x.all_(
        x.fact("ww_prior_employment_1y"),
        REASON.is_in(*ENDED_UNDER_20_1_C),
        x.crit("ended_before_on"),
        x.crit("right_not_deemed_never_arisen"),
        x.not_(x.crit("no_new_right_above_threshold")),
        x.on() <= FIRST_DAY.plus_months(x.param("ww_dagloongarantie_months")),
    ),
    "guaranteed_dagloon_eur": x.if_(x.out("dagloongarantie"), OLD_DAGLOON, None),
    "new_right_dagloon_eur": x.if_(
        x.out("dagloongarantie"), x.max_(NEW_DAGLOON, OLD_DAGLOON), None
    ),
}

NOTES = {
    "no_time_limit_employee_income": REASON.eq(INCOME_EMPLOYEE),
    "uwv_date_basis": REASON.eq(INCOME_EMPLOYEE),
    "remaining_duration_in_days": REMAINING_LIMIT_APPLIES,
    "exclusion_ground_limit": REASON.eq(EXCLUSION),
    "sickness_gap": REASON.eq(EXCLUSION) & GROUND.eq(GROUND_ILLNESS),
    "own_request_start": REASON.eq(OWN_REQUEST),
    "assumes_request_this_month": REASON.eq(OWN_REQUEST) & REQUEST.is_none(),
    "business_counted_from_end": SELF_EMPLOYED_APPLIES & x.fact("ww_business_start_date").is_none(),
    "new_and_old_right_together": x.out("revives") & NEW_RIGHT,
    "dagloongarantie_applies": x.out("dagloongarantie"),
    "dagloon_54_weeks": NEW_RIGHT,
    "remaining_duration_added": ~x.out("revives") & NEW_RIGHT,
}

CONSTRAINTS = {
    "original_end_after_first_day": ORIGINAL_END > FIRST_DAY,
}
