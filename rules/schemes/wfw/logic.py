"""Wet flexibel werken: may this employee ask for a change, and what must the employer do?

Art. 2 (since 1 January 2016): a request to change the arbeidsduur (fewer or more hours),
the werktijd (including the spreading of hours) or the arbeidsplaats. The employee needs
26 weeks in service at the intended start, a written request at least 2 months ahead and a
year since the last decision; the employer must decide a month before the start or the
change applies as asked. Art. 2 does not apply below 10 employees, and art. 1a excludes
hours requests after AOW age. Art. 2b (since 1 August 2022): a request for more
predictable and secure work, with its own deadlines (1 or 3 months) and exclusions.
Art. 2a (since 2 August 2022): parents of a child under 8 and informal carers are freed
from the small-employer exemption, the one-year wait and the AOW-age exclusion.

The reference date is the date of the request. Where the law changed, a dated parameter
(``wfw_art2a_in_force``, ``wfw_art2b_in_force``) says which text applies on that date.
"""

from __future__ import annotations

from rules import expr as x
from rules.loader import limited
from rules.schemes._common.logic import below_aow_age

# Request types (the choices of ``wfw_request_type``).
MINDER, MEER = "arbeidsduur_minder", "arbeidsduur_meer"
WERKTIJD, ARBEIDSPLAATS, SPREIDING = "werktijd", "arbeidsplaats", "spreiding"
VOORSPELBAAR = "voorspelbaar_werk"

TYPE = x.fact("wfw_request_type")
START = x.fact("wfw_intended_start_date")
UNFORESEEN = x.fact("wfw_unforeseen")
PREVIOUS = x.fact("wfw_previous_decision_date")
DECISION = x.fact("wfw_employer_decision_date")
GROUND = x.fact("wfw_refusal_ground")
EMPLOYED_SINCE = x.fact("wfw_employment_start_date")

IS_2B = TYPE.eq(VOORSPELBAAR)
IS_ART2 = TYPE.ne(VOORSPELBAAR)
# A worker planning a request (not made yet): the form and timing are advice, not a test.
NOT_YET = x.fact("wfw_request_made").eq("nog_niet")
PARENT_OR_CARER = x.fact("parent_child_under_8") | x.fact("informal_carer")
# Art. 2a frees parents and carers from art. 1a, 2(3) last sentence and 2(17)-(19); it
# covers requests under art. 2 only, and only from 2 August 2022.
ART2A_APPLIES = x.all_(IS_ART2, x.param("wfw_art2a_in_force"), PARENT_OR_CARER)
LATEST_REQUEST = x.out("latest_request_date")
ON_TIME = UNFORESEEN | (x.on() <= LATEST_REQUEST)
# Art. 2(3) last sentence, 2b(4): a year after the decision on an earlier request.
REPEAT_FROM = PREVIOUS.plus_months(x.param("wfw_repeat_wait_months"))

CRITERIA = {
    # Art. 2b exists since 1 August 2022.
    "request_type_in_force": limited(x.param("wfw_art2b_in_force").eq(True), applies=IS_2B),
    # Art. 2(18) (until 2 August 2022: 2(16)); art. 2a.
    "employer_size": limited(
        (x.fact("employer_headcount") >= x.param("wfw_small_employer_threshold")) | ART2A_APPLIES,
        applies=IS_ART2,
    ),
    # Art. 1a: not for an hours request after the AOW age, unless art. 2a.
    "aow_age_not_reached": limited(
        below_aow_age() | ART2A_APPLIES, applies=TYPE.is_in(MINDER, MEER)
    ),
    # Art. 2b(5)(a) and (b).
    "not_household_staff": limited(~x.fact("household_staff_lt4days"), applies=IS_2B),
    "not_seafarer": limited(~x.fact("seafarer"), applies=IS_2B),
    # Art. 2(1) makes an exception for unforeseen circumstances; art. 2b(1) does not.
    "weeks_in_service": (x.param("wfw_min_weeks_in_service") <= x.out("weeks_in_service_on_start"))
    | (IS_ART2 & UNFORESEEN),
    # Art. 2(3); art. 2b(1).
    "request_written": limited(x.fact("wfw_request_written").eq(True), applies=~NOT_YET),
    # Art. 2(3): at least two months before the intended start (a request made ...
    "request_on_time": limited(ON_TIME, applies=IS_ART2 & ~NOT_YET),
    # ... or one still to be made).
    "can_still_ask_in_time": limited(ON_TIME, applies=IS_ART2 & NOT_YET),
    # Art. 2(3) last sentence; art. 2a; art. 2b(4).
    "repeat_wait": x.any_(PREVIOUS.is_none(), x.on() >= REPEAT_FROM, UNFORESEEN, ART2A_APPLIES),
}
# Who and what art. 2 (or 2b) covers; all the conditions of a valid request.
ART2_CRITERIA = tuple(CRITERIA)[:5]
ALL_CRITERIA = tuple(c for c in CRITERIA if c != "can_still_ask_in_time")

OUTPUTS = {
    # Weeks in service on the intended start: counted from the date employment began when
    # the person gave it, else the number of weeks they gave.
    "weeks_in_service_on_start": x.if_(
        EMPLOYED_SINCE.is_none(),
        x.fact("wfw_weeks_in_service"),
        x.floor(x.days_between(EMPLOYED_SINCE, START) / 7),
    ),
    "art2_applies": x.all_(*(x.crit(c) for c in ART2_CRITERIA)),
    # Art. 2(3). Art. 2b sets no lead time: no date for a voorspelbaar_werk request.
    "latest_request_date": x.if_(
        IS_2B, None, START.plus_months(0 - x.param("wfw_request_lead_months"))
    ),
    # None once asked.
    "ask_in_writing_by": x.if_(NOT_YET, LATEST_REQUEST, None),
    "request_timely": x.if_(NOT_YET, None, x.crit("request_written") & x.crit("request_on_time")),
    # Art. 2b(2): 1 month, 3 below 10 employees; art. 2(12): a month before the start, or
    # 5 working days in unforeseen circumstances.
    "decision_deadline": x.if_(
        IS_2B,
        x.on().plus_months(
            x.if_(
                x.fact("employer_headcount") >= x.param("wfw_2b_small_employer_threshold"),
                x.param("wfw_2b_decision_months"),
                x.param("wfw_2b_decision_months_small"),
            )
        ),
        x.if_(
            UNFORESEEN,
            x.on().plus_working_days(x.param("wfw_unforeseen_decision_working_days")),
            START.plus_months(0 - x.param("wfw_decision_lead_months")),
        ),
    ),
    # Art. 2(12), 2b(3): deemed granted when the employer decides late.
    "deemed_granted": x.if_(DECISION.is_none(), None, x.out("decision_deadline") < DECISION),
    "next_request_date": x.if_(PREVIOUS.is_none() | ART2A_APPLIES, None, REPEAT_FROM),
    # Art. 2(5), (9)-(11) and (7); art. 2b(2) sets no substantive test, only a written,
    # reasoned decision: the closest value of the contract (see note refusal_test_2b).
    "refusal_test": x.case(
        TYPE,
        {
            MINDER: "zwaarwegend_belang",
            MEER: "zwaarwegend_belang",
            WERKTIJD: "zwaarwegend_belang",
            ARBEIDSPLAATS: "afwegen_en_overleggen",
            SPREIDING: "redelijkheid_en_billijkheid",
            VOORSPELBAAR: "afwegen_en_overleggen",
        },
    ),
    # Art. 2(9) fewer hours, (10) more hours, (11) working time: the statutory examples.
    "refusal_ground_statutory": x.if_(
        GROUND.eq("none"),
        None,
        x.case(
            TYPE,
            {
                MINDER: GROUND.is_in(
                    "bedrijfsvoering_herbezetting", "veiligheid", "roostertechnisch"
                ),
                MEER: GROUND.is_in(
                    "financieel_organisatorisch", "onvoldoende_werk", "formatie_budget"
                ),
                WERKTIJD: GROUND.is_in(
                    "veiligheid", "roostertechnisch", "financieel_organisatorisch"
                ),
            },
        ),
    ),
}

NOTES = {
    "deemed_grant_if_no_decision": DECISION.is_none(),
    "deemed_grant_needs_valid_request": x.out("deemed_granted")
    & ~x.all_(*(x.crit(c) for c in ALL_CRITERIA)),
    "f1_unforeseen_deemed_grant": IS_ART2 & UNFORESEEN,
    "working_days_no_holidays": IS_ART2 & UNFORESEEN,
    "f2_court_decides": TYPE.is_in(MINDER, MEER, WERKTIJD),
    "refusal_ground_none": GROUND.eq("none") & TYPE.is_in(MINDER, MEER, WERKTIJD),
    "refusal_not_reasoned": x.not_(GROUND.eq("none")) & x.fact("wfw_refusal_reasoned").eq(False),
    "refusal_test_2b": IS_2B,
    "f4_illness_claim_not_encoded": TYPE.eq(MEER),
    "f5_small_employer_2b": IS_2B
    & (x.fact("employer_headcount") < x.param("wfw_2b_small_employer_threshold")),
    "small_employer_own_arrangement": ~x.crit("employer_size"),
    "small_employer_reading": ~x.crit("employer_size"),
    "art2a_plausible": ART2A_APPLIES,
    "art2a_not_yet": IS_ART2 & PARENT_OR_CARER & x.param("wfw_art2a_in_force").eq(False),
    "art2a_not_for_2b": IS_2B & PARENT_OR_CARER,
    "repeat_2b_same_kind": IS_2B & ~PREVIOUS.is_none(),
    "request_content": IS_ART2,
    "cao_deviation": IS_ART2,
    "spreiding_as_werktijd": TYPE.eq(SPREIDING),
    "atw_limits": TYPE.is_in(MEER, WERKTIJD, SPREIDING),
    "military_officials": IS_ART2,
}

CONSTRAINTS = {
    "previous_decision_before_decision": PREVIOUS < DECISION,
}
