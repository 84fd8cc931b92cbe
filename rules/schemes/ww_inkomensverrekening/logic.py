"""WW inkomensverrekening: income in a month during WW, the benefit, and the 87.5 % end rule.

For WW rights that arose on or after 1 July 2015 (Wet werk en zekerheid). Per calendar
month: income B is counted as B x C/D (C the capped dagloon, D the uncapped one); when
that is more than 87.5 % of the maandloon A the right ends by statute from the first day
of the month (WW 20(1)(c)). Otherwise the benefit is 75 % (months 1-2) or 70 % of
A - B x C/D (WW 47(1)). With variable income UWV stops the benefit only after two
months in a row above the threshold; that practice is shown beside the statute, never
instead of it.

Income of nil can never exceed the threshold, so the right continues whatever the
dagloon: the 87.5 % test applies only to a month with income (WW 20(1)(c) speaks of a
person "no longer unemployed because of income"). Amounts stay exact (eurocents and
Decimal) and are rounded half-up to the cent only when shown.
"""

from __future__ import annotations

from rules import expr as x
from rules.loader import limited

C = x.fact("ww_dagloon_eur")
D = x.if_(x.fact("ww_dagloon_uncapped_eur").is_none(), C, x.fact("ww_dagloon_uncapped_eur"))
B = x.fact("income_month_eur")
WORKDAYS = x.fact("ww_entitlement_workdays")
MONTH = x.fact("ww_month_number")

OUTPUTS = {
    # Art. 1b(2): the maandloon A (21.75 days, or the workdays of a partial month).
    "maandloon_eur": x.if_(WORKDAYS.is_none(), x.param("ww_days_per_month") * C, WORKDAYS * C),
    # Art. 20(1)(c): 87.5 % of the maandloon.
    "threshold_eur": x.param("ww_end_threshold") * x.out("maandloon_eur"),
    # Art. 47(1): income counts as B x C/D. Nil income counts as nil whatever the dagloon
    # (C/D is at most 1).
    "income_counted_eur": x.if_(B.eq(0), 0, B * C / D),
    "benefit_factor": x.if_(
        MONTH <= 2, x.param("ww_pct_first_months"), x.param("ww_pct_later_months")
    ),
    # Art. 20(1)(c): strictly more than 87.5 %, on unrounded values; a month without income
    # never ends it.
    "right_ends": (B > 0) & (x.out("income_counted_eur") > x.out("threshold_eur")),
    # Art. 47(1): 75 % or 70 % of A - B x C/D.
    "benefit_eur": x.if_(
        x.out("right_ends"),
        0,
        x.max_(0, x.out("benefit_factor") * (x.out("maandloon_eur") - x.out("income_counted_eur"))),
    ),
    # UWV's practice: it stops the benefit after two months in a row above the threshold.
    "uwv_practice_stops": x.out("right_ends") & x.fact("income_prev_month_above_threshold"),
    # Art. 16(8): above the threshold in the first month, from wage as an employee.
    "deemed_never_arisen": MONTH.eq(1) & x.out("right_ends") & x.fact("income_is_employee_wage"),
}

CRITERIA = {
    # Art. 20(1)(c): applies only to a month with income.
    "income_not_above_threshold": limited(
        x.out("income_counted_eur") <= x.out("threshold_eur"), applies=B > 0
    ),
}

NOTES = {
    "uwv_two_month_practice": x.out("right_ends"),
    "deemed_never_arisen": x.out("deemed_never_arisen"),
    # Art. 21(1), 8(3), 43(1).
    "revival_possible": x.out("right_ends") & ~x.out("deemed_never_arisen"),
    "no_entitlement_workdays": WORKDAYS.eq(0),
    "partial_first_months": ~WORKDAYS.is_none() & (MONTH <= 2),
    "above_max_dagloon": x.param("ww_max_dagloon") < C,
    "two_month_practice_basis": x.out("right_ends"),
}

CONSTRAINTS = {
    "uncapped_not_below_capped": D >= C,
}
