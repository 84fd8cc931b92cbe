"""SLIM: subsidy for SME employers (and partnerships) that build a learning culture.

SLIM-regeling (BWBR0043015; Stcrt. 2019, 70088), in force from 1 January 2020, extended to
1 January 2030 (Stcrt. 2024, 41822). Until 2024 chapter 2 is for individual SMEs, chapter 3
for partnerships of SMEs and chapter 4 for large firms in agriculture, hospitality and
recreation; from 2025 these are paragraphs 2.2 (SMEs) and 2.3 (partnerships) of chapter 2,
and the large-firm chapter and the praktijkleerplaatsen are gone. The SLIM-scholingssubsidie
(chapter 3 since 2025) is a different subsidy with other applicants and conditions; this
scheme does not assess it and says so.

Dated changes, each from the consolidated text on wetten.overheid.nl: 2021-04-29 (EU
enterprise definition, non-affiliated partners, partnership minimum costs); 2022-03-01
(activity b paid as a flat amount per completed trajectory, art. 13a); 2023-09-01 (refusal
while a project for the same activity a or c is still open); by 2024-06-27 the minimum
covers only activities a and c (art. 4(3)); 2025-01-01 (one percentage for every SME, no
praktijkleerplaatsen, no large firms, a partnership must include activity c, art. 2.4(5));
2026-04-04 (windows no longer in the regulation but set by a notice, art. 2.6).

Windows come from the regulation itself (art. 5; art. 2.6 for 2025) and are one table, in
``scheme.yaml``: the availability and the parameters ``slim_window_open_*`` behind the
criterion ``window_for_applicant_type`` are both built from it. Years whose windows no
official text read here fixes (2020, 2023, from 2026) are unknown in both, never guessed.
"""

from __future__ import annotations

from datetime import date, timedelta

from rules import expr as x
from rules.loader import Here, limited
from rules.parameters import Parameter, Period
from rules.texts import t

here = Here(__file__)
DAY = timedelta(days=1)

# Dates on which the regulation changed (the figures themselves are in parameters.yaml).
OPEN_PROJECT_RULE_FROM = date(2023, 9, 1)
MINIMUM_A_AND_C_BY = date(2024, 6, 27)
OVERHAUL_2025 = date(2025, 1, 1)
LAST_OLD_DAY = OVERHAUL_2025 - DAY
SCHOLING_2025 = date(2025, 2, 20)

# Windows ----------------------------------------------------------------------------------


def _window_open_for(group: str) -> tuple[Period, ...]:
    """True inside this group's windows, False inside another group's window or between
    windows (cited by the text of the window that follows); no value (unknown) in the
    unknown stretches and after the last known window. The same table and stretches give
    the scheme's availability."""
    periods: list[Period] = []
    cursor = here.availability.in_force_from
    for window in here.windows:
        assert window.source is not None, f"window {window.id} has no source"
        source = here.cite(window.source)
        for span in here.availability.unknown_spans:
            if span.opens <= cursor <= span.closes:
                cursor = span.closes + DAY
        if cursor < window.opens:
            periods.append(
                Period(start=cursor, end=window.opens - DAY, value=False, citation=source)
            )
        periods.append(
            Period(
                start=window.opens, end=window.closes, value=window.group == group, citation=source
            )
        )
        cursor = window.closes + DAY
    return tuple(periods)


# Partnerships and, until 2024, large firms share the samenwerking windows.
PARAMETERS = {
    "slim_window_open_mkb": Parameter(
        id="slim_window_open_mkb",
        label=t("aanvraagtijdvak voor mkb-ondernemingen", "application window for SMEs"),
        unit="bool",
        periods=_window_open_for("mkb"),
    ),
    "slim_window_open_samenwerking": Parameter(
        id="slim_window_open_samenwerking",
        label=t(
            "aanvraagtijdvak voor samenwerkingsverbanden en grootbedrijven",
            "application window for partnerships and large firms",
        ),
        unit="bool",
        periods=_window_open_for("samenwerking"),
    ),
}

# Facts and intermediate terms -------------------------------------------------------------

on = x.on()
TYPE = x.fact("slim_applicant_type")
IS_MKB = TYPE.eq("mkb")
IS_PARTNERSHIP = TYPE.eq("samenwerkingsverband")
IS_LARGE = TYPE.eq("grootbedrijf")
staff = x.fact("enterprise_staff")
turnover = x.fact("enterprise_turnover_eur")
balance = x.fact("enterprise_balance_eur")
SECTOR = x.fact("enterprise_sector")
LANDBOUW = SECTOR.eq("landbouw")
ACTIVITIES = x.fact("slim_activities")
costs = x.fact("slim_costs_eur")
places = x.fact("slim_praktijkleerplaatsen")
trajecten = x.fact("slim_loopbaan_trajecten")
weken = x.fact("slim_praktijkleerplaats_weken")
de_minimis = x.fact("de_minimis_3y_eur")

# Art. 1 / EU Recommendation 2003/361, annex art. 2: small, and small or medium (mkb).
SMALL = (x.param("slim_small_staff_below") > staff) & (
    (x.param("slim_small_turnover_max") >= turnover)
    | (x.param("slim_small_balance_max") >= balance)
)
# Every small enterprise is within these limits too: this is "small or medium", i.e. mkb.
SME = (x.param("slim_medium_staff_below") > staff) & (
    (x.param("slim_medium_turnover_max") >= turnover)
    | (x.param("slim_medium_balance_max") >= balance)
)

# Art. 4(1) (art. 2.4 from 2025): the activities a to d.
ACTIVITY_A = ACTIVITIES.contains("doorlichting")
ACTIVITY_B = ACTIVITIES.contains("loopbaanadvies")
ACTIVITY_C = ACTIVITIES.contains("lo_methode")
ACTIVITY_A_TO_C = ACTIVITY_A | ACTIVITY_B | ACTIVITY_C
ACTIVITY_D = ACTIVITIES.contains("praktijkleerplaats") & x.param("slim_praktijkleerplaats_exists")
# Art. 13a (from 2022-03-01), 2.16: b is a flat amount per completed trajectory.
B_FLAT = x.param("slim_b_flat")
# Activities paid as a percentage of their costs: a and c, and b until March 2022.
ON_COSTS = ACTIVITY_A | ACTIVITY_C | (ACTIVITY_B & ~B_FLAT)
# Art. 14(2): pro rata to the weeks present, at most 40 weeks a place a year.
PLACE_YEARS = x.if_(weken.is_none(), places, x.min_(weken, places * 40) / 40)


def _by_type(mkb: x.Expr, partnership: x.Expr, large: x.Expr) -> x.Expr:
    return x.case(TYPE, {"mkb": mkb, "samenwerkingsverband": partnership, "grootbedrijf": large})


CRITERIA = {
    # Art. 5 (art. 2.6 from 2025): the window of the applicant's group.
    "window_for_applicant_type": _by_type(
        x.param("slim_window_open_mkb"),
        x.param("slim_window_open_samenwerking"),
        x.param("slim_window_open_samenwerking"),
    ),
    # Art. 1: an SME under the EU definition (chapter 2; paragraph 2.2 from 2025).
    "mkb_size": limited(SME, applies=IS_MKB),
    # Art. 1, chapter 4 (until 2024): a large firm in agriculture, hospitality or recreation.
    "grootbedrijf_qualifies": limited(
        x.param("slim_grootbedrijf_chapter")
        & ~SME
        & SECTOR.is_in("landbouw", "horeca", "recreatie"),
        applies=IS_LARGE,
    ),
    # Art. 1 (samenwerkingsverband): at least two SMEs ...
    "partnership_two_mkb": limited(
        x.fact("partnership_mkb_count") >= x.param("slim_partnership_min_mkb"),
        applies=IS_PARTNERSHIP,
    ),
    # ... not affiliated with each other (from 2021-04-29).
    "partnership_nonaffiliated": limited(
        x.fact("partnership_nonaffiliated"),
        applies=IS_PARTNERSHIP & x.param("slim_nonaffiliated_rule"),
    ),
    # Art. 4(1): at least one eligible activity.
    "activity_subsidiable": ACTIVITY_A_TO_C | (ACTIVITY_D & (places >= 1)),
    # Art. 4(3) (art. 2.4(4) and (5) from 2025): the minimum eligible costs.
    "minimum_costs": limited(
        _by_type(
            x.param("slim_min_costs_mkb"),
            x.param("slim_min_costs_samenwerking"),
            x.param("slim_min_costs_grootbedrijf"),
        )
        <= costs,
        applies=ACTIVITY_A | ACTIVITY_C | (ACTIVITY_B & x.param("slim_minimum_covers_b")),
    ),
    # Art. 2.4(5) (from 2025): a partnership's application includes activity c.
    "partnership_includes_c": limited(
        ACTIVITY_C, applies=IS_PARTNERSHIP & x.param("slim_partnership_needs_c")
    ),
    # Ground for refusal from 2023-09-01: an unsettled project for the same activity a or c.
    "no_open_project_same_activity": limited(
        ~x.fact("slim_open_project_same_activity"),
        applies=x.param("slim_open_project_rule")
        & (ACTIVITIES.contains("doorlichting") | ACTIVITIES.contains("lo_methode")),
    ),
    # Art. 7(5): one application per window.
    "one_application_per_window": ~x.fact("slim_other_application_this_window"),
    # Art. 1 (de-minimisverklaring): decided by the maximum alone when even the maximum fits
    # under the ceiling; a partnership's room is per participant.
    "de_minimis_room": limited(
        (de_minimis + x.out("cap_eur") <= x.param("de_minimis_ceiling"))
        | (de_minimis + x.out("subsidy_eur") <= x.param("de_minimis_ceiling")),
        applies=~IS_PARTNERSHIP,
    ),
}

OUTPUTS = {
    "size_class": x.if_(SMALL, "klein", x.if_(SME, "middelgroot", "groot")),
    # Art. 18(2), 20(3), 23(2); art. 2.20(2), 2.22(3) from 2025.
    "subsidy_percentage": _by_type(
        x.case(
            x.out("size_class"),
            {"klein": x.param("slim_pct_klein"), "middelgroot": x.param("slim_pct_middelgroot")},
        ),
        x.param("slim_pct_samenwerking"),
        x.param("slim_pct_grootbedrijf"),
    ),
    # Art. 18(1), 20(1), 23(1); art. 2.20(1), 2.22(1) from 2025.
    "cap_eur": _by_type(
        x.if_(LANDBOUW, x.param("slim_cap_landbouw"), x.param("slim_cap_mkb")),
        x.param("slim_cap_samenwerking"),
        x.if_(LANDBOUW, x.param("slim_cap_landbouw"), x.param("slim_cap_grootbedrijf")),
    ),
    "subsidy_before_cap_eur": x.if_(ON_COSTS, x.out("subsidy_percentage") * costs, 0)
    + x.if_(ACTIVITY_B & B_FLAT, x.param("slim_b_amount") * trajecten, 0)
    + x.if_(ACTIVITY_D, x.param("slim_praktijkleerplaats_amount") * PLACE_YEARS, 0),
    # The maximum covers every activity of the application, praktijkleerplaatsen and the
    # fixed amounts for b included (art. 18(1), 20(1), 23(1): "een van de in artikel 4
    # genoemde initiatieven"; art. 2.20(1), 2.22(1)).
    "subsidy_eur": x.min_(x.out("subsidy_before_cap_eur"), x.out("cap_eur")),
}


def _between(first: date, last: date) -> x.Expr:
    return (first <= on) & (last >= on)


UNKNOWN_2020, UNKNOWN_2023 = here.availability.unknown_spans
assert here.availability.windows_known_until is not None, "scheme.yaml: windows_known_until"
WINDOWS_KNOWN_UNTIL: date = here.availability.windows_known_until

NOTES = {
    # Art. 8(4) (text of 2022-06-01): partnerships first come, first served.
    "partnership_first_come": IS_PARTNERSHIP & _between(date(2022, 6, 1), date(2025, 12, 31)),
    # Art. 2.6 (from 2026-04-04): windows set by a notice.
    "windows_from_2026": on > WINDOWS_KNOWN_UNTIL,
    "windows_2026_sources": on > WINDOWS_KNOWN_UNTIL,
    "windows_2020_2023_sources": _between(UNKNOWN_2020.opens, UNKNOWN_2020.closes)
    | _between(UNKNOWN_2023.opens, UNKNOWN_2023.closes),
    # Art. 18(1); art. 2.20(1).
    "cap_wording": IS_MKB,
    "cap_wording_reading": IS_MKB,
    "cap_covers_everything": (ACTIVITY_B & B_FLAT) | ACTIVITY_D,
    # Art. 13a; art. 2.16.
    "loopbaan_flat": ACTIVITY_B & B_FLAT,
    "loopbaan_flat_reading": ACTIVITY_B & B_FLAT & ~IS_MKB & (on <= LAST_OLD_DAY),
    # Art. 4(3): the texts between 2022-06-01 and 2024-06-27 were not found.
    "minimum_b_between_texts": ACTIVITY_B & _between(date(2022, 6, 2), MINIMUM_A_AND_C_BY - DAY),
    "landbouw_cap": LANDBOUW & ~IS_PARTNERSHIP,
    "landbouw_reading": LANDBOUW & ~IS_PARTNERSHIP,
    # Art. 2.22: the maxima per participant.
    "partnership_shares": IS_PARTNERSHIP,
    "mkb_declaration": IS_MKB & (on >= OPEN_PROJECT_RULE_FROM),
    "size_measurement": IS_MKB | IS_LARGE,
    # Art. 14(2) (until 2024).
    "derde_leerweg": ACTIVITIES.contains("praktijkleerplaats"),
    "praktijkleerplaats_removed": ACTIVITIES.contains("praktijkleerplaats") & (on >= OVERHAUL_2025),
    # Art. 13.
    "no_course_fees": ACTIVITY_A_TO_C,
    # Stcrt. 2025, 7276: the SLIM-scholingssubsidie, a different scheme.
    "scholingssubsidie_not_assessed": on >= SCHOLING_2025,
}
