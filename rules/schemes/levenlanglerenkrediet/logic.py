"""Levenlanglerenkrediet: a DUO loan for tuition fees only (Wet studiefinanciering 2000).

Since studiejaar 2017-2018 (mbo from 1 August 2017, higher education from 1 September
2017) a person who no longer has a right to regular student finance can borrow the
collegegeld, lesgeld or cursusgeld of a recognised programme in the Netherlands: a
full-time mbo programme in the beroepsopleidende leerweg (bol), a full-time, dual or
part-time programme in higher education, a post-initial master (from 2018) or one or more
units of study of an accredited programme (from 2018). The person must not yet have reached
the maximum age (art. 2.3a): 55, then 56 (text from 8 June 2021), and 57 from studiejaar
2024-2025, when the AOW age had risen by a full year. Under 30, a full-time or dual
programme in higher education needs a completed bachelor (hbo) or bachelor and master (wo)
(art. 3.16b(2)(b)); mbo-bol needs 30 or older (art. 2.3a(1)).

The reference date is the day of the application in Mijn DUO. The credit runs per calendar
month from ``credit_start_date``: the month asked for, or the first month that starts on or
after the application (art. 3.21(4): never for a period before the application). Age,
programme and amounts are tested on that first day of the month (art. 1.2), with the
figures of that month's studiejaar: the maximum age and the statutory fee are read with
:func:`rules.expr.param_on` on ``credit_start_date``, not on the reference date.

Per month the loan is at most 1/12 of the fee owed for 12 months and at most 1/12 of five
times the statutory fee of the studiejaar (art. 3.16d(1)). It is repaid in 15 years from
1 January after the credit stops (art. 6.5(1) with 6.19).
"""

from __future__ import annotations

from datetime import date

from rules import expr as x
from rules.loader import limited

# Art. 2.12 with 2.3a: the programmes, as the choices of ``lllk_programme``.
MBO_BOL, MBO_BBL, MBO_DEELTIJD, MBO_CERTIFICAAT = (
    "mbo_bol",
    "mbo_bbl",
    "mbo_deeltijd",
    "mbo_certificaat",
)
HO_VOLTIJD, HO_DUAAL, HO_DEELTIJD = "ho_voltijd", "ho_duaal", "ho_deeltijd"
HO_MASTER, HO_MODULE = "ho_postinitiele_master", "ho_module"
HO = (HO_VOLTIJD, HO_DUAAL, HO_DEELTIJD, HO_MASTER, HO_MODULE)

# The first studiejaar of the credit per sector; later additions to art. 2.12.
MBO_FROM = date(2017, 8, 1)
HO_FROM = date(2017, 9, 1)
POSTINITIAL_MASTER_FROM = date(2018, 1, 1)  # art. 2.12(b), first in the version of 2018-01-01
MODULES_FROM = date(2018, 7, 6)  # art. 2.12(d): not in the version of 2018-05-25, in 2018-07-06
SUSPENSION_READ_FROM = date(2022, 9, 1)  # art. 6.19a: in the version of 2022-09-01, not 2017

PROGRAMME = x.fact("lllk_programme")
BIRTH = x.fact("birth_date")
FEE = x.fact("lllk_fee_eur")
REIMBURSED = x.fact("lllk_fee_reimbursed_eur")
START_WANTED = x.fact("lllk_start_date")
NOMINAL = x.fact("lllk_nominal_months")
S = x.out("credit_start_date")
STATUTORY_FEE = x.out("statutory_fee_eur")
MAX_DURATION = x.out("max_duration_months")


def _month_on_or_after(day: x.Expr) -> x.Expr:
    """The first day of the first calendar month that starts on or after ``day``."""
    return x.if_(day.eq(day.first_of_month()), day, day.first_of_month().plus_months(1))


def _per_sector(mbo: object, ho: object) -> x.Expr:
    """``mbo`` for an mbo programme (and anything else), ``ho`` for higher education."""
    return x.case(PROGRAMME, dict.fromkeys(HO, ho), mbo)


def _reached(years: object) -> x.Expr:
    """On the first day of the credit the person has reached ``years`` of age."""
    return BIRTH.plus_years(years) <= S


OUTPUTS = {
    # Art. 3.21(4): the month asked for, never a month before the application.
    "credit_start_date": x.if_(
        START_WANTED.is_none(), _month_on_or_after(x.on()), _month_on_or_after(START_WANTED)
    ),
    "earliest_start_date": _month_on_or_after(x.on()),
    # Art. 1.2, 2.3a: age and maximum age on the first day of the credit.
    "age_at_start": x.years_between(BIRTH, S),
    "max_age": _per_sector(x.param_on("lllk_max_age_mbo", S), x.param_on("lllk_max_age_ho", S)),
    # Art. 3.16c: 48 months (lid 1), the nominal length when longer (lid 2), a year more for
    # part-time higher education (lid 3).
    "max_duration_months": 48
    + x.if_(NOMINAL.is_none(), 0, x.max_(NOMINAL - 48, 0))
    + x.if_(PROGRAMME.eq(HO_DEELTIJD), 12, 0),
    "remaining_months": x.max_(MAX_DURATION - x.fact("lllk_months_used"), 0),
    # Art. 3.16d(1): at most the fee owed, and at most five times the statutory fee, per 12
    # months; a twelfth of it per month.
    "statutory_fee_eur": _per_sector(
        x.param_on("lllk_statutory_fee_mbo", S), x.param_on("lllk_statutory_fee_ho", S)
    ),
    "max_yearly_credit_eur": x.min_(FEE - REIMBURSED, 5 * STATUTORY_FEE),
    "max_monthly_credit_eur": x.round_half_up(x.out("max_yearly_credit_eur") / 12),
    # Art. 6.3, 6.4: the interest of the calendar year.
    "interest_rate_percent": x.param_on("lllk_interest_rate", S),
    # Art. 6.5, 6.7, 6.10, 6.19: repaid in 15 years from 1 January after the credit stops, at
    # most 12 % of the income above the exempt amount.
    "repayment_years": x.const(15),
    "draagkracht_percent": x.const(12),
    "repayment_start_date": x.if_(
        x.fact("lllk_end_date").is_none(),
        None,
        x.fact("lllk_end_date").first_of_year().plus_years(1),
    ),
}

CRITERIA = {
    # The credit from studiejaar 2017-2018: mbo from 1 August, higher education from 1 September.
    "scheme_open": _per_sector(MBO_FROM, HO_FROM) <= S,
    # Art. 1.1, 2.3a, 2.12: the programmes that count.
    "programme_type": x.case(
        PROGRAMME,
        {
            MBO_BOL: True,
            HO_VOLTIJD: True,
            HO_DUAAL: True,
            HO_DEELTIJD: True,
            HO_MASTER: S >= POSTINITIAL_MASTER_FROM,
            HO_MODULE: S >= MODULES_FROM,
        },
        False,
    ),
    # Art. 2.4, 2.8, 2.12: recognised; art. 2.13a(1), 2.14(1): in the Netherlands.
    "programme_recognised": x.fact("lllk_programme_recognised"),
    "in_netherlands": x.fact("lllk_programme_in_nl"),
    # Art. 2.2: nationality or residence permit; another permit is for DUO to judge.
    "nationality": x.case(
        x.fact("lllk_nationality"),
        {"nl": True, "eu_eea_ch": True, "permit_2_5": True, "none": False},
        x.UNKNOWN,
    ),
    # Art. 3.1(3), 3.16b(2)(a): no right to regular student finance.
    "no_study_finance_entitlement": x.not_(x.fact("lllk_sf_entitled")),
    # Art. 2.3a(1): mbo-bol from 30; art. 3.16b(2)(b): full-time or dual higher education
    # under 30 only after a degree.
    "minimum_age_or_degree": limited(
        x.case(
            PROGRAMME,
            {
                MBO_BOL: _reached(30),
                HO_VOLTIJD: _reached(30) | x.fact("lllk_ho_degree"),
                HO_DUAAL: _reached(30) | x.fact("lllk_ho_degree"),
            },
            True,
        ),
        applies=PROGRAMME.is_in(MBO_BOL, HO_VOLTIJD, HO_DUAAL),
    ),
    # Art. 2.3a: below the maximum age; art. 2.3a(3): a student who continues keeps the credit.
    "maximum_age": limited(
        BIRTH.plus_years(x.out("max_age")) > S, applies=x.not_(x.fact("lllk_continuing"))
    ),
    # Art. 3.16b(2)(c): a fee not fully reimbursed by someone else.
    "fee_not_fully_reimbursed": FEE - REIMBURSED > 0,
    # Art. 3.16c: months left; art. 3.21(4): not for a month before the application.
    "duration_left": x.fact("lllk_months_used") < MAX_DURATION,
    "not_before_application": x.out("earliest_start_date") <= S,
}

HO_PROGRAMME = PROGRAMME.is_in(*HO)
NO_FEE_FIGURE = x.all_(
    PROGRAMME.is_in(MBO_BOL, *HO), STATUTORY_FEE.is_unknown() | STATUTORY_FEE.is_none()
)

NOTES = {
    "fee_figure_missing": NO_FEE_FIGURE,
    "fee_figure_missing_sources": NO_FEE_FIGURE,
    "interest_rate_in_mijn_duo": x.out("interest_rate_percent").is_unknown(),
    "partly_reimbursed": REIMBURSED > 0,
    "modules_paid_per_5_ec": PROGRAMME.eq(HO_MODULE),
    "keep_after_max_age": HO_PROGRAMME | PROGRAMME.eq(MBO_BOL),
    "repayment_first_months_free": x.on() >= SUSPENSION_READ_FROM,
    "permit_other": x.fact("lllk_nationality").eq("permit_other"),
    "cap_rounding_duo": HO_PROGRAMME,
}

CONSTRAINTS = {
    "reimbursed_not_above_fee": REIMBURSED <= FEE,
}
