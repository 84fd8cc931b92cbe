"""WW recht: does a WW right arise, for how long, and roughly how much per month?

A right arises on the first day of unemployment for an employee below the AOW age who
loses at least 5 of their average weekly hours or keeps at most half of them (WW 16(1)),
is available for work, had paid hours in at least 26 of the 36 calendar weeks before
(the wekeneis, WW 17(1)) and has no exclusion ground of WW 19.

The amounts are an estimate: the dagloon is the wage of the reference year divided by
261, capped at the maximum dagloon valid on the first day (WW 1b(1)); UWV computes it
from the sv-loon per aangiftetijdvak (Dagloonbesluit art. 5). Amounts stay exact and are
rounded half-up to the cent only when shown.

The duration (WW 42) is 3 months with only the wekeneis. With the jareneis it is one
month per year of work history for the first 10 years, and beyond 10 years half a month
per year after 2015 and a month per year before 2016, between 3 and 24 months. Which
years are "the first 10" the law leaves open: the oldest years count first (history is
built up in time order); where counting the newest years first would give another
duration, a note says so.
"""

from __future__ import annotations

from rules import expr as x
from rules.loader import limited
from rules.schemes._common.logic import aow_date, below_aow_age, has_no_value

# Which WIA benefit (art. 19(1)(b)): only the IVA and the wage-related WGA benefit exclude.
WIA_NONE = "geen"
WIA_IVA = "iva"
WIA_WGA_LGU = "wga_loongerelateerd"
WIA_WGA_LOONAANVULLING = "wga_loonaanvulling"
WIA_WGA_VERVOLG = "wga_vervolg"

# The other grounds of art. 19(1), asked as one question.
GROUND_NONE = "geen_van_deze"
OTHER_GROUNDS = (
    "wazo_uitkering",  # (m)
    "wao_80",  # (c), (d)
    "staking",  # (l)
    "geen_rechtmatig_verblijf",  # (f)
    "onttrekken_aan_straf",  # (h)
    "gemoedsbezwaren",  # (j)
    "vakantie_buiten_periode",  # (k)
)

# Verwijtbare werkloosheid (art. 24(2)).
CULPABLE_NO = "niet_verwijtbaar"

AVG = x.fact("ww_avg_hours_week")
CURRENT = x.fact("ww_current_hours_week")
WAGE = x.fact("ww_annual_wage_eur")
JARENEIS = x.fact("ww_jareneis_met")
BEFORE = x.fact("ww_work_years_before_2016")
FROM = x.fact("ww_work_years_from_2016")
TEN = x.param("ww_full_month_years")
HALF = x.param("ww_half_month")
MIN_MONTHS = x.param("ww_min_duration_months")
MAX_MONTHS = x.param("ww_max_duration_months")
DURATION = x.out("duration_months")
OTHER = x.fact("ww_other_exclusion")
EXCLUSIONS = (
    x.fact("ww_receives_zw"),
    x.fact("ww_detained"),
    x.fact("ww_abroad"),
    *(OTHER.contains(ground) for ground in OTHER_GROUNDS),
)
WIA_KIND = x.fact("ww_wia_benefit")
RECEIVES_WIA = x.fact("ww_receives_wia")
# Art. 19(1)(b) excludes only the IVA ("arbeidsongeschiktheidsuitkering") and the
# wage-related WGA benefit; 19(12)(c) lifts it when the unemployment arose after the
# wage-related WGA right. Answered only yes/no (the contract's question), a WIA benefit
# is taken as the ordinary case of someone who loses work while on WIA: a benefit that
# does not exclude (a note says so and what the law does otherwise).
WIA_ALLOWS_WW = x.any_(
    WIA_KIND.is_in(WIA_NONE, WIA_WGA_LOONAANVULLING, WIA_WGA_VERVOLG),
    x.case(WIA_KIND, {WIA_WGA_LGU: x.fact("ww_wga_lgu_before_job_loss")}, default=x.const(False)),
    WIA_KIND.is_unknown() & RECEIVES_WIA.is_in(True, False),
)
WIA_ASSUMED = WIA_KIND.is_unknown() & RECEIVES_WIA.eq(True)
NOTICE_END = x.fact("ww_notice_period_end")
CULPABLE = x.fact("ww_culpable")

CRITERIA = {
    # Art. 3(1) and 19(1)(i): no right from the AOW age.
    "below_aow_age": below_aow_age(),
    # Art. 16(1)(a): at least 5 hours lost, or at most half of the hours kept.
    "hours_loss": (x.param("ww_hours_loss_min") <= AVG - CURRENT)
    | (AVG * x.param("ww_hours_half") >= CURRENT),
    # Art. 16(1)(b).
    "available_for_work": x.fact("ww_available_for_work"),
    # Art. 17(1): the wekeneis.
    "wekeneis": x.fact("ww_weeks_worked_36") >= x.param("ww_wekeneis_weeks"),
    # Art. 19(1).
    "no_exclusion_ground": x.all_(*(x.not_(f) for f in EXCLUSIONS)),
    # Art. 19(1)(b) and (12)(c).
    "no_wia_exclusion": WIA_ALLOWS_WW,
    # Art. 19(3)-(4): no right while the notice period the contract skipped runs.
    "notice_period_passed": limited(x.on() > NOTICE_END, applies=~NOTICE_END.is_none()),
    # Art. 24(1)(a) and (2), 27(1).
    "not_culpably_unemployed": CULPABLE.eq(CULPABLE_NO),
}


def _months(beyond_ten: x.Expr) -> x.Expr:
    """3 with only the wekeneis; with the jareneis a month for each of the first 10
    years plus what the years beyond 10 add, kept between 3 and 24 (WW 42(1)-(2))."""
    built_up = x.min_(BEFORE + FROM, TEN) + beyond_ten
    return x.if_(JARENEIS, x.min_(MAX_MONTHS, x.max_(MIN_MONTHS, built_up)), MIN_MONTHS)


# Oldest years first: the years before 2016 fill the first 10; the years beyond
# are the most recent ones, those after 2015 at half a month each.
OLDEST_FIRST = x.max_(0, BEFORE - TEN) + HALF * x.max_(0, FROM - x.max_(0, TEN - BEFORE))
# The other reading: the newest years fill the first 10.
NEWEST_FIRST = x.max_(0, BEFORE - x.max_(0, TEN - FROM)) + HALF * x.max_(0, FROM - TEN)

OUTPUTS = {
    # Art. 1b(1): the wage of the reference year / 261, capped at the maximum dagloon.
    "dagloon_uncapped_eur": WAGE / x.param("ww_days_per_year"),
    "dagloon_eur": x.min_(x.out("dagloon_uncapped_eur"), x.param("ww_max_dagloon")),
    "dagloon_capped": x.out("dagloon_uncapped_eur") > x.param("ww_max_dagloon"),
    # Art. 1b(2): the maandloon.
    "maandloon_eur": x.param("ww_days_per_month") * x.out("dagloon_eur"),
    # Art. 47(1): 75 % in the first two months, 70 % after.
    "benefit_first_months_eur": x.param("ww_pct_first_months") * x.out("maandloon_eur"),
    "benefit_later_months_eur": x.param("ww_pct_later_months") * x.out("maandloon_eur"),
    # Art. 42(1)-(2): the duration.
    "duration_months": _months(OLDEST_FIRST),
    "duration_months_other_reading": _months(NEWEST_FIRST),
    # Whole months first (same day number, clamped to the month's end), then 15
    # calendar days for a half month (WW 42(2), last sentence).
    "end_date": x.on()
    .plus_months(x.floor(DURATION))
    .plus_days(x.if_(x.floor(DURATION) < DURATION, x.param("ww_half_month_days"), 0)),
}

NOTES = {
    # Only while the amounts wait for the figure (a bound may settle them without it).
    "max_dagloon_unknown": has_no_value("ww_max_dagloon") & x.out("dagloon_eur").is_unknown(),
    "max_duration_unknown": has_no_value("ww_max_duration_months"),
    "dagloon_capped": x.out("dagloon_capped"),
    "duration_reading": JARENEIS & DURATION.ne(x.out("duration_months_other_reading")),
    "duration_wia_route": ~JARENEIS,
    "ends_at_aow_age": aow_date() < x.out("end_date"),
    # The older wording: half of the hours below 10 hours a week (5 = half of 10).
    "hours_older_wording": AVG < 10,
    "weeks_left_out": x.fact("ww_weeks_worked_36") < x.param("ww_wekeneis_weeks"),
    "exclusion_other_employment": ~x.crit("no_exclusion_ground") | ~x.crit("no_wia_exclusion"),
    "wia_benefit_assumed": WIA_ASSUMED,
    "assumes_notice_period_over": NOTICE_END.is_none(),
    "assumes_not_culpable": CULPABLE.eq(CULPABLE_NO),
    "assumes_no_other_ground": OTHER.contains(GROUND_NONE),
    "culpable_partly": ~x.crit("not_culpably_unemployed"),
}

CONSTRAINTS = {
    "none_of_these_alone": ~(
        OTHER.contains(GROUND_NONE) & x.any_(*(OTHER.contains(g) for g in OTHER_GROUNDS))
    ),
    "wia_answers_agree": RECEIVES_WIA.eq(WIA_KIND.ne(WIA_NONE)),
}
