"""Subsidieregeling praktijkleren: a contribution per realised work-and-learn place (OCW, RVO).

An employer that gave practical training to a student or pupil (mbo-bbl, dual or part-time
hbo in three sectors, vmbo leer-werktraject, entree in vo, vso, praktijkonderwijs) or
employed or financed a PhD candidate (promovendus) or technological designer in training
(toio) applies per training year (studiejaar), after it, at RVO. The amount per full realised
place is the category budget divided over all realised places of that category, at most a
maximum (art. 15); all applications of a year are decided together (art. 21).

Everything here depends on the training year applied for (``pl_training_year``), not on the
reference date: the rules of that year's round. The reference date is the application date;
it must lie in that round, which the regulation closes at 17:00 on 17 September after the
training year (art. 17(1); 16 September up to the 2022 round). RVO opens the online form in
June; the regulation sets no opening date and no official opening date was found, so before
the deadline the window is open only as far as that is certain (see ``application_window``).

Versions read: BWBR0034144 valid from 2021-04-03, 2022-08-01, 2024-04-07 and 2025-09-03.
The text that governed the 2022-2023 round (deadline in 2023) and those before 2021 were not
read: what only they decide stays undecided.
"""

from __future__ import annotations

from datetime import date

from rules import expr as x
from rules.loader import limited

# Categories (the choices of ``pl_category``).
MBO = ("mbo_bbl",)
HBO = ("hbo_duaal", "hbo_deeltijd")
WO = ("promovendus", "toio")
VSO = ("vso_arbeidsmarkt", "vso_vervolg_lwt", "vso_entree")
SCHOOL = ("vmbo_lwt", "vo_entree", *VSO, "pro")  # pupils (leerlingen): the 40-week rule
PRACTICE = (*MBO, *HBO, *SCHOOL)  # praktijkleerplaatsen (art. 1(b)); the rest: werkleerplaatsen
COVERED = (*PRACTICE, *WO)  # vso_entree only from the 2025 round, see category_covered

Y = x.fact("pl_training_year")
C = x.fact("pl_category")
weeks = x.fact("pl_weeks")
months = x.fact("pl_months")
hours_week = x.fact("pl_hours_week")
practice_hours = x.fact("pl_practice_hours")
prior = x.fact("pl_prior_places")
programme_years = x.fact("pl_programme_years")
factor = x.fact("pl_oversubscription_factor")
first_year, last_year = x.param("pl_first_training_year"), x.param("pl_last_training_year")

# The round for studiejaar Y-(Y+1) closes in calendar year Y+1; its figures are dated so
# (parameters.yaml), and read on 1 January of that year.
ROUND_DAY = x.const(date(2000, 1, 1)).plus_years(Y - 1999)


def per_round(param_id: str) -> x.Expr:
    """The figure of the round for the training year applied for; none for a year without
    one (no round, or a text not read)."""
    value = x.param_on(param_id, ROUND_DAY)
    return x.if_(value.is_unknown() & ~Y.is_unknown(), None, value)


# The names of the training years the question accepts (facts.yaml: 2013 to 2030).
STUDIEJAAR: dict[object, object] = {y: f"{y}-{y + 1}" for y in range(2013, 2031)}
deadline = per_round("pl_application_deadline")
max_per_place = per_round("pl_max_per_place")
# RVO opens the round in June: not before 1 June of the year it closes, and by its
# closing day at the latest. No official source gives the day, so before the closing day
# the round is open only as far as that is certain. (Written without an ordering
# comparison, so that no "from this date" hint names an opening day the law does not set.)
opens_earliest = x.if_(x.crit("scheme_in_force"), ROUND_DAY.plus_months(5), None)
not_before_opening = x.max_(x.on(), opens_earliest).eq(x.on())
open_for_sure = x.if_(x.on().eq(deadline), True, x.const(x.UNKNOWN))

# Art. 1(b)-(c): weeks up to 40 / 40 (mbo, vo, vso) or up to 42 / 42 (hbo); for a
# promovendus or toio months / 12 x weekly hours up to 36 / 36.
W, W_HBO = x.param("pl_weeks_full_place"), x.param("pl_weeks_full_place_hbo")
H = x.param("pl_hours_week_full_place")
by_weeks, by_weeks_hbo = x.min_(weeks, W) / W, x.min_(weeks, W_HBO) / W_HBO
by_months_and_hours = months * x.min_(hours_week, H) / (12 * H)
raw_fraction = x.case(
    C,
    {
        **dict.fromkeys((*MBO, *SCHOOL), by_weeks),
        **dict.fromkeys(HBO, by_weeks_hbo),
        **dict.fromkeys(WO, by_months_and_hours),
    },
    None,
)
# Art. 20: no more full places for one person with one employer than the programme's
# length in training years (mbo/hbo student; not for 2020-2021, art. 31), 4 for a
# promovendus, 2 for a toio.
limit = x.case(
    C,
    {
        **{c: x.if_(Y.eq(2020), None, programme_years) for c in (*MBO, *HBO)},
        "promovendus": x.param("pl_max_places_promovendus"),
        "toio": x.param("pl_max_places_toio"),
    },
    None,
)
fraction = x.if_(limit.is_none(), raw_fraction, x.max_(0, x.min_(raw_fraction, limit - prior)))

covered_now = x.any_(
    C.is_in(*(c for c in COVERED if c != "vso_entree")),
    # Art. 9a(5) (vso entree) is in the version valid from 2025-09-03, not in that of
    # 2024-04-07: covered from the 2025-2026 round, undecided for the 2024-2025 round (the
    # new text took effect before its deadline).
    C.eq("vso_entree") & x.if_(Y >= 2025, True, x.if_(Y.eq(2024), x.const(x.UNKNOWN), False)),
)
min_hours = x.param("pl_min_practice_hours")
hours_ok = x.if_(
    C.eq("vmbo_lwt"),
    (practice_hours >= min_hours) & (practice_hours <= x.param("pl_max_practice_hours_vmbo")),
    x.fact("pl_final_school_year").eq(True) & (practice_hours >= min_hours),
)

CRITERIA = {
    # Art. 17(1) and 34: the training years with a round.
    "scheme_in_force": (first_year <= Y) & (last_year >= Y),
    # Art. 4, 6, 8, 9a, 9c and 10.
    "category_covered": covered_now,
    # Art. 17(1): in the round of the training year.
    "application_window": x.all_(not_before_opening, x.on() <= deadline, open_for_sure),
    # Art. 4(3), 5(1)(a) and (c), 7(a), 11.
    "programme_qualifying": limited(
        x.fact("pl_programme_qualifying").eq(True),
        applies=C.is_in("mbo_bbl", "vo_entree", "vmbo_lwt", *HBO),
    ),
    # Art. 7(a).
    "hbo_sector": limited(
        x.any_(
            x.fact("pl_hbo_sector").is_in("techniek", "landbouw_natuurlijke_omgeving"),
            x.all_(
                x.fact("pl_hbo_sector").eq("gezondheidszorg_gedrag_maatschappij"),
                # in the budget from 2018-2019 (Stcrt. 2019, 48191); before: not read
                x.if_(Y >= 2018, True, x.const(x.UNKNOWN)),
            ),
        ),
        applies=C.is_in(*HBO),
    ),
    # Art. 5(1)(d), 9b(e), 9d(1)(e), 11(2).
    "employer_recognised": limited(
        x.fact("pl_employer_recognised").eq(True),
        applies=C.is_in("mbo_bbl", "vo_entree", *VSO, "pro"),
    ),
    # Art. 5(1)(d), 7(c), 9, 9b(c), 11.
    "agreement": limited(x.fact("pl_agreement").eq(True), applies=C.is_in(*COVERED)),
    # Art. 5(1)(b), 7(b), 9b(d), 11: required by the text valid from 2024-04-07 (rounds
    # from 2023-2024); not in those of 2021 and 2022; the text for the 2022-2023 round was
    # not read.
    "rod_registered": limited(
        x.any_(
            x.fact("pl_rod_registered").eq(True),
            x.if_(Y >= 2023, False, x.const(x.UNKNOWN)),
        ),
        applies=C.is_in(*PRACTICE) & (Y >= 2022),
    ),
    # Art. 5(1)(e) and (f), 7(d) and (e), 9b, 9d, 11.
    "records_kept": limited(x.fact("pl_records_kept").eq(True), applies=C.is_in(*PRACTICE)),
    # Art. 9b(a) and (b), 9d(1)(a) and (b), 11(1)(b).
    "school_year_and_hours": limited(hours_ok, applies=C.is_in(*VSO, "pro") | C.eq("vmbo_lwt")),
    # Art. 6(2) and 8(2).
    "employer_type": limited(
        x.if_(
            C.is_in(*WO),
            x.fact("pl_employer_private_entity").eq(True),
            x.fact("pl_employer_in_nl").eq(True),
        ),
        applies=C.is_in(*WO, *HBO),
    ),
    # Art. 1(b) and (c), art. 20.
    "realised_place": limited(
        x.all_(raw_fraction > 0, x.if_(limit.is_none(), True, prior < limit)),
        applies=C.is_in(*COVERED),
    ),
}

OUTPUTS = {
    "pl_studiejaar": x.if_(x.crit("scheme_in_force"), x.case(Y, STUDIEJAAR, None), None),
    # RVO sets the opening; no official publication of the day was found for any round.
    "application_window_start": x.const(None),
    "application_deadline": deadline,
    # Art. 22.
    "decision_deadline": per_round("pl_decision_deadline"),
    # Art. 15.
    "max_amount_per_place_eur": max_per_place,
    "realised_place_fraction": fraction,
    "subsidy_eur": max_per_place * fraction * x.if_(factor.is_none(), 1, factor),
    # Art. 15b: landbouw, horeca, recreatie.
    "sector_supplement_possible": x.all_(
        C.eq("mbo_bbl"),
        x.param("pl_supplement_first_training_year") <= Y,
        x.param("pl_supplement_last_training_year") >= Y,
        x.fact("enterprise_sector").is_in("landbouw", "horeca", "recreatie"),
    ),
}

NOTES = {
    "derde_leerweg_not_assessed": C.is_in("mbo_derde_leerweg", "mbo_bol"),
    "sector_supplement": x.out("sector_supplement_possible").eq(True),
    "climate_supplement_2025": C.eq("mbo_bbl") & Y.eq(2025),
    "earlier_rounds": Y <= 2022,
    "hbo_sector_before_2018": C.is_in(*HBO) & (Y < 2018),
    "maximum_from_2025": Y >= 2025,
    "recognition_for_mbo": C.eq("mbo_bbl"),
    "vmbo_hours_from_rvo": C.eq("vmbo_lwt"),
}
