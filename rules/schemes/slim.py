"""SLIM: subsidy for SME employers (and partnerships) that build a learning culture.

SLIM-regeling (BWBR0043015; Stcrt. 2019, 70088), in force from 1 January 2020, extended to
1 January 2030 (Stcrt. 2024, 41822). Until 2024 chapter 2 is for individual SMEs, chapter 3
for partnerships of SMEs and chapter 4 for large firms in agriculture, hospitality and
recreation; from 2025 these are paragraphs 2.2 (SMEs) and 2.3 (partnerships) of chapter 2,
and the large-firm chapter and the praktijkleerplaatsen are gone. The SLIM-scholingssubsidie
(chapter 3 since 2025) is a different subsidy with other applicants and conditions; this
scheme does not assess it and says so.

Dated changes, each from the consolidated text on wetten.overheid.nl: 2021-04-29 (EU
enterprise definition, non-affiliated partners, partnership minimum of EUR 210,000 costs);
2022-03-01 (activity b paid as a flat EUR 700 per completed trajectory, art. 13a);
2023-09-01 (refusal while a project for the same activity a or c is still open); by
2024-06-27 the EUR 5,000 minimum covers only activities a and c (art. 4(3)); 2025-01-01
(60 % for every SME, no praktijkleerplaatsen, no large firms, a partnership must include
activity c, art. 2.4(5)); 2026-04-04 (windows no longer in the regulation but set by a
notice, art. 2.6).

Windows come from the regulation itself (art. 5; art. 2.6 for 2025) and are one table:
the availability and the criterion ``window_for_applicant_type`` are both built from it.
Years whose windows no official text read here fixes (2020, 2023, from 2026) are unknown
in both, never guessed.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from rules import expr as x
from rules.facts import (
    Audience,
    BoolFact,
    Choice,
    DecimalFact,
    EnumFact,
    EnumListFact,
    IntFact,
    MoneyFact,
)
from rules.parameters import Parameter, Period, Rhythm
from rules.scheme import AvailabilityRule, Criterion, Note, Output, OutputKind, Scheme, Window
from rules.schemes._shared import DE_MINIMIS_3Y
from rules.texts import Citation, Source, t

IN_FORCE = date(2020, 1, 1)
LAPSES = date(2030, 1, 1)
EU_DEFINITION_FROM = date(2021, 4, 29)
FLAT_B_FROM = date(2022, 3, 1)
OPEN_PROJECT_RULE_FROM = date(2023, 9, 1)
MINIMUM_A_AND_C_BY = date(2024, 6, 27)
OVERHAUL_2025 = date(2025, 1, 1)
LAST_OLD_DAY = OVERHAUL_2025 - timedelta(days=1)
WINDOWS_DELEGATED = date(2026, 4, 4)
DAY = timedelta(days=1)

STCRT_2019 = "https://zoek.officielebekendmakingen.nl/stcrt-2019-70088.html"
STCRT_2024 = "https://zoek.officielebekendmakingen.nl/stcrt-2024-41822.html"
STCRT_2025 = "https://zoek.officielebekendmakingen.nl/stcrt-2025-7276.html"
UVB_2021 = "https://www.uitvoeringvanbeleidszw.nl/subsidies-en-regelingen/slim/nieuws/2021/05/11/opening-tweede-tijdvak-slim-regeling-samenwerking-en-grootbedrijf"
UVB_2023 = "https://www.uitvoeringvanbeleidszw.nl/actueel/nieuws/2023/07/31/slim-regeling-per-1-september-2023-gewijzigd"
UVB_APPLY = "https://www.uitvoeringvanbeleidszw.nl/subsidies-en-regelingen/slim/aanvragen"
UVB_CRITERIA = (
    "https://www.uitvoeringvanbeleidszw.nl/subsidies-en-regelingen/slim/overzicht-aanvraagcriteria"
)

EMPLOYER_SIDE = (Audience.EMPLOYER, Audience.ADVISER)


def _cite(title: str, article: str, url: str, source: Source = "OFF") -> Citation:
    return Citation(title=title, article=article, url=url, source=source)


def _reg(version: str, article: str) -> Citation:
    """The SLIM-regeling as consolidated on ``version``, at ``article`` (e.g. "18 lid 1")."""
    anchor = article.split()[0]
    return _cite(
        f"SLIM-regeling (tekst geldend vanaf {version})",
        f"art. {article}",
        f"https://wetten.overheid.nl/BWBR0043015/{version}#Artikel{anchor}",
    )


ORIGINAL = _cite("SLIM-regeling (Stcrt. 2019, 70088)", "oorspronkelijke tekst", STCRT_2019)
AMENDMENT_2021 = _cite(
    "UVB, Regelwijziging SLIM-regeling per 29 april 2021",
    "art. 1; art. 15 e.v.",
    UVB_2021,
    "EXECUTOR",
)
AMENDMENT_2023 = _cite(
    "UVB, SLIM-regeling per 1 september 2023 gewijzigd", "weigeringsgrond", UVB_2023, "EXECUTOR"
)
AMENDMENT_2024 = _cite(
    "Stcrt. 2024, 41822 (verlenging en wijziging SLIM-regeling)", "art. I", STCRT_2024
)
SCHOLING_2025 = _cite("Stcrt. 2025, 7276 (SLIM-scholingssubsidie)", "hoofdstuk 3", STCRT_2025)
UVB_CRITERIA_CITE = _cite(
    "UVB, SLIM: overzicht aanvraagcriteria", "maximale subsidie", UVB_CRITERIA, "EXECUTOR"
)
EU_SME = _cite(
    "Aanbeveling 2003/361/EG, bijlage",
    "art. 2",
    "https://eur-lex.europa.eu/eli/reco/2003/361/oj",
)

# Facts ------------------------------------------------------------------------------------

ACTIVITY_CHOICES = (
    Choice(id="doorlichting", label=t("a. doorlichting van de onderneming", "a. company scan")),
    Choice(
        id="loopbaanadvies",
        label=t("b. loopbaan- of ontwikkeladviezen", "b. career or development advice"),
    ),
    Choice(
        id="lo_methode",
        label=t("c. een leer- en ontwikkelmethode invoeren", "c. introducing a learning method"),
    ),
    Choice(
        id="praktijkleerplaats",
        label=t("d. praktijkleerplaatsen (derde leerweg)", "d. work-based learning places"),
    ),
)

FACTS = (
    EnumFact(
        id="slim_applicant_type",
        question=t("Wie vraagt de subsidie aan?", "Who applies for the subsidy?"),
        choices=(
            Choice(id="mkb", label=t("een mkb-onderneming", "an SME")),
            Choice(
                id="samenwerkingsverband",
                label=t("een samenwerkingsverband van mkb-ondernemingen", "a partnership of SMEs"),
            ),
            Choice(
                id="grootbedrijf",
                label=t(
                    "een groot bedrijf in de landbouw, horeca of recreatie",
                    "a large firm in agriculture, hospitality or recreation",
                ),
            ),
        ),
        audience=EMPLOYER_SIDE,
    ),
    DecimalFact(
        id="enterprise_staff",
        question=t(
            "Hoeveel personeel heeft de onderneming, in jaarwerkeenheden?",
            "How many staff does the enterprise have, in annual work units?",
        ),
        help=t(
            "Tel partner- en verbonden ondernemingen mee zoals de EU-definitie van het mkb voorschrijft.",
            "Include partner and linked enterprises as the EU SME definition requires.",
        ),
        audience=EMPLOYER_SIDE,
    ),
    MoneyFact(
        id="enterprise_turnover_eur",
        question=t(
            "Wat is de jaaromzet van de onderneming?", "What is the enterprise's annual turnover?"
        ),
        audience=EMPLOYER_SIDE,
        maximum=Decimal(10**12),
    ),
    MoneyFact(
        id="enterprise_balance_eur",
        question=t(
            "Wat is het jaarlijkse balanstotaal?", "What is the annual balance-sheet total?"
        ),
        audience=EMPLOYER_SIDE,
        maximum=Decimal(10**12),
    ),
    EnumFact(
        id="enterprise_sector",
        question=t(
            "In welke sector valt de onderneming (volgens de SBI-code)?",
            "Which sector is the enterprise in (by its SBI code)?",
        ),
        choices=(
            Choice(id="landbouw", label=t("landbouw", "agriculture")),
            Choice(id="horeca", label=t("horeca", "hospitality")),
            Choice(id="recreatie", label=t("recreatie", "recreation")),
            Choice(id="overig", label=t("een andere sector", "another sector")),
        ),
        audience=EMPLOYER_SIDE,
    ),
    EnumListFact(
        id="slim_activities",
        question=t(
            "Voor welke activiteiten vraagt u subsidie?", "For which activities do you apply?"
        ),
        choices=ACTIVITY_CHOICES,
        audience=EMPLOYER_SIDE,
    ),
    MoneyFact(
        id="slim_costs_eur",
        question=t(
            "Wat zijn de subsidiabele kosten van de doorlichting (a) en de leer- en ontwikkelmethode (c)?",
            "What are the eligible costs of the company scan (a) and the learning method (c)?",
        ),
        help=t(
            "Loonkosten van eigen personeel en externe kosten; geen cursusgeld. Vraagt u vóór maart "
            "2022 aan, tel dan ook de kosten van loopbaanadviezen (b) mee.",
            "Wage costs of own staff and external costs; no course fees. If you apply before March "
            "2022, include the costs of career advice (b) too.",
        ),
        audience=EMPLOYER_SIDE,
    ),
    IntFact(
        id="slim_loopbaan_trajecten",
        question=t(
            "Hoeveel loopbaan- of ontwikkeladviestrajecten (activiteit b) vraagt u aan?",
            "How many career or development advice trajectories (activity b) do you apply for?",
        ),
        help=t(
            "Eén traject per medewerker, met samen minstens 4 uur gesprekken met een erkende "
            "loopbaanadviseur. Vanaf maart 2022 is de subsidie € 700 per afgerond traject.",
            "One trajectory per worker, with at least 4 hours of talks with a qualified career "
            "adviser in all. From March 2022 the subsidy is € 700 per completed trajectory.",
        ),
        audience=EMPLOYER_SIDE,
        maximum=Decimal(10_000),
    ),
    IntFact(
        id="slim_praktijkleerplaatsen",
        question=t(
            "Hoeveel praktijkleerplaatsen in de derde leerweg biedt u aan?",
            "How many work-based learning places in the derde leerweg do you offer?",
        ),
        audience=EMPLOYER_SIDE,
    ),
    IntFact(
        id="slim_praktijkleerplaats_weken",
        question=t(
            "Hoeveel weken waren de leerlingen samen aanwezig op de praktijkleerplaatsen?",
            "How many weeks were the learners present at the work-based learning places in all?",
        ),
        help=t(
            "Tel per plaats hoogstens 40 weken. Laat leeg als elke plaats 40 weken of meer had.",
            "Count at most 40 weeks per place. Leave empty if every place had 40 weeks or more.",
        ),
        audience=EMPLOYER_SIDE,
        maximum=Decimal(40_000),
        default=None,
    ),
    BoolFact(
        id="slim_open_project_same_activity",
        question=t(
            "Heeft u nog een SLIM-project voor dezelfde activiteit a of c dat nog niet is vastgesteld?",
            "Do you still have a SLIM project for the same activity a or c that has not been settled?",
        ),
        audience=EMPLOYER_SIDE,
    ),
    IntFact(
        id="partnership_mkb_count",
        question=t(
            "Hoeveel mkb-ondernemingen doen mee in het samenwerkingsverband?",
            "How many SMEs take part in the partnership?",
        ),
        audience=EMPLOYER_SIDE,
    ),
    BoolFact(
        id="partnership_nonaffiliated",
        question=t(
            "Zijn de mkb-ondernemingen in het samenwerkingsverband niet met elkaar verbonden?",
            "Are the SMEs in the partnership not affiliated with each other?",
        ),
        audience=EMPLOYER_SIDE,
    ),
    DE_MINIMIS_3Y,
    BoolFact(
        id="slim_other_application_this_window",
        question=t(
            "Heeft u in dit aanvraagtijdvak al een andere SLIM-aanvraag ingediend?",
            "Have you already submitted another SLIM application in this window?",
        ),
        audience=EMPLOYER_SIDE,
    ),
)

# Windows ----------------------------------------------------------------------------------

MKB, PARTNERSHIP = "mkb", "samenwerking"
W2021 = _reg("2021-05-04", "5")
W2022_MARCH = _reg("2022-03-01", "5")
W2022 = _reg("2022-06-01", "5")
W2024 = _reg("2024-06-27", "5")
W2025 = _reg("2026-01-01", "2.6")
W_DELEGATED = _reg("2026-05-23", "2.6")

# id, opens, closes (both inclusive; the articles give 09:00 or 12:00 to 17:00), applicant
# group (partnerships and, until 2024, large firms share a window), source.
WINDOW_TABLE: tuple[tuple[str, date, date, str, Citation], ...] = (
    ("2021-mkb-1", date(2021, 3, 2), date(2021, 3, 31), MKB, W2021),
    ("2021-samenwerking", date(2021, 6, 1), date(2021, 6, 30), PARTNERSHIP, W2021),
    ("2021-mkb-2", date(2021, 9, 1), date(2021, 9, 30), MKB, W2021),
    ("2022-mkb-1", date(2022, 3, 1), date(2022, 3, 31), MKB, W2022_MARCH),
    ("2022-samenwerking", date(2022, 6, 1), date(2022, 7, 29), PARTNERSHIP, W2022),
    ("2022-mkb-2", date(2022, 9, 1), date(2022, 9, 30), MKB, W2022),
    ("2024-mkb-1", date(2024, 3, 1), date(2024, 3, 28), MKB, W2024),
    ("2024-samenwerking", date(2024, 6, 3), date(2024, 7, 31), PARTNERSHIP, W2024),
    ("2024-mkb-2", date(2024, 9, 2), date(2024, 9, 30), MKB, W2024),
    ("2025-mkb-1", date(2025, 3, 3), date(2025, 3, 31), MKB, W2025),
    ("2025-samenwerking", date(2025, 6, 2), date(2025, 6, 30), PARTNERSHIP, W2025),
    ("2025-mkb-2", date(2025, 9, 1), date(2025, 9, 30), MKB, W2025),
)
WINDOWS = tuple(Window(id=w, opens=o, closes=c) for w, o, c, _, _ in WINDOW_TABLE)
# Stretches whose windows no official text read here fixes: the 2020 windows (before the
# first consolidated text with windows) and the 2023 windows (no consolidated text of
# 2023, so the stretch runs from the last 2022 window to the first of 2024: no date in it
# is "closed" with a wrong next window).
UNKNOWN_SPANS = (
    Window(id="2020", opens=IN_FORCE, closes=date(2020, 12, 31)),
    Window(id="2023", opens=date(2022, 10, 1), closes=date(2024, 2, 29)),
)
# After the September 2025 window: the text valid from 1 January 2026 lists only 2025, and
# from 4 April 2026 art. 2.6 leaves the windows to a notice not found among official texts.
WINDOWS_KNOWN_UNTIL = date(2025, 9, 30)


def _window_open_for(group: str) -> tuple[Period, ...]:
    """True inside this group's windows, False inside another group's window or between
    windows; no value (unknown) in the unknown stretches and after the last known window.
    The same table and stretches give the scheme's availability."""
    periods: list[Period] = []
    cursor = IN_FORCE
    for _, opens, closes, owner, source in WINDOW_TABLE:
        for span in UNKNOWN_SPANS:
            if span.opens <= cursor <= span.closes:
                cursor = span.closes + DAY
        if cursor < opens:
            periods.append(Period(start=cursor, end=opens - DAY, value=False, citation=source))
        periods.append(Period(start=opens, end=closes, value=owner == group, citation=source))
        cursor = closes + DAY
    return tuple(periods)


# Parameters -----------------------------------------------------------------------------


def _from_start(value: object, citation: Citation, end: date | None = None) -> Period:
    return Period(start=IN_FORCE, end=end, value=value, citation=citation)


def _from_2025(value: object, citation: Citation) -> Period:
    return Period(start=OVERHAUL_2025, value=value, citation=citation)


def _cents(euros: int) -> int:
    return euros * 100


EU_THRESHOLDS = _cite(
    "SLIM-regeling art. 1 (kleine en middelgrote onderneming)",
    "art. 1",
    "https://wetten.overheid.nl/BWBR0043015/2024-06-27#Artikel1",
)
DE_MINIMIS_1407 = _cite(
    "Verordening (EU) nr. 1407/2013 (de-minimis)",
    "art. 3 lid 2",
    "https://eur-lex.europa.eu/eli/reg/2013/1407/oj",
)
DE_MINIMIS_2831 = _cite(
    "Verordening (EU) 2023/2831 (de-minimis)",
    "art. 3 lid 2",
    "https://eur-lex.europa.eu/eli/reg/2023/2831/oj",
)

PARAMETERS = (
    Parameter(
        id="slim_window_open_mkb",
        label=t("aanvraagtijdvak voor mkb-ondernemingen", "application window for SMEs"),
        unit="bool",
        periods=_window_open_for(MKB),
    ),
    Parameter(
        id="slim_window_open_samenwerking",
        label=t(
            "aanvraagtijdvak voor samenwerkingsverbanden en grootbedrijven",
            "application window for partnerships and large firms",
        ),
        unit="bool",
        periods=_window_open_for(PARTNERSHIP),
    ),
    Parameter(
        id="slim_small_staff_below",
        label=t(
            "personeel kleine onderneming: minder dan", "staff of a small enterprise: fewer than"
        ),
        periods=(_from_start(50, EU_THRESHOLDS),),
    ),
    Parameter(
        id="slim_small_turnover_max",
        label=t(
            "jaaromzet kleine onderneming: hoogstens", "turnover of a small enterprise: at most"
        ),
        unit="money",
        periods=(_from_start(_cents(10_000_000), EU_THRESHOLDS),),
    ),
    Parameter(
        id="slim_small_balance_max",
        label=t(
            "balanstotaal kleine onderneming: hoogstens",
            "balance sheet of a small enterprise: at most",
        ),
        unit="money",
        periods=(_from_start(_cents(10_000_000), EU_THRESHOLDS),),
    ),
    Parameter(
        id="slim_medium_staff_below",
        label=t(
            "personeel middelgrote onderneming: minder dan",
            "staff of a medium enterprise: fewer than",
        ),
        periods=(_from_start(250, EU_THRESHOLDS),),
    ),
    Parameter(
        id="slim_medium_turnover_max",
        label=t(
            "jaaromzet middelgrote onderneming: hoogstens",
            "turnover of a medium enterprise: at most",
        ),
        unit="money",
        periods=(_from_start(_cents(50_000_000), EU_THRESHOLDS),),
    ),
    Parameter(
        id="slim_medium_balance_max",
        label=t(
            "balanstotaal middelgrote onderneming: hoogstens",
            "balance sheet of a medium enterprise: at most",
        ),
        unit="money",
        periods=(_from_start(_cents(43_000_000), EU_THRESHOLDS),),
    ),
    Parameter(
        id="slim_pct_klein",
        label=t("subsidiepercentage kleine onderneming", "subsidy percentage, small enterprise"),
        periods=(
            _from_start(Decimal("0.80"), _reg("2024-06-27", "18 lid 2"), end=LAST_OLD_DAY),
            _from_2025(Decimal("0.60"), _reg("2026-01-01", "2.20 lid 2")),
        ),
    ),
    Parameter(
        id="slim_pct_middelgroot",
        label=t(
            "subsidiepercentage middelgrote onderneming", "subsidy percentage, medium enterprise"
        ),
        periods=(
            _from_start(Decimal("0.60"), _reg("2024-06-27", "18 lid 2"), end=LAST_OLD_DAY),
            _from_2025(Decimal("0.60"), _reg("2026-01-01", "2.20 lid 2")),
        ),
    ),
    Parameter(
        id="slim_pct_samenwerking",
        label=t("subsidiepercentage samenwerkingsverband", "subsidy percentage, partnership"),
        periods=(
            _from_start(Decimal("0.60"), _reg("2024-06-27", "20 lid 3"), end=LAST_OLD_DAY),
            _from_2025(Decimal("0.60"), _reg("2026-01-01", "2.22 lid 3")),
        ),
    ),
    Parameter(
        id="slim_pct_grootbedrijf",
        label=t("subsidiepercentage grootbedrijf", "subsidy percentage, large firm"),
        periods=(_from_start(Decimal("0.60"), _reg("2024-06-27", "23 lid 2"), end=LAST_OLD_DAY),),
    ),
    Parameter(
        id="slim_cap_mkb",
        label=t("maximale subsidie mkb-onderneming", "maximum subsidy, SME"),
        unit="money",
        periods=(
            _from_start(_cents(25_000), _reg("2024-06-27", "18 lid 1"), end=LAST_OLD_DAY),
            _from_2025(_cents(25_000), _reg("2026-01-01", "2.20 lid 1")),
        ),
    ),
    Parameter(
        id="slim_cap_landbouw",
        label=t("maximale subsidie landbouwbedrijf", "maximum subsidy, agricultural firm"),
        unit="money",
        periods=(
            _from_start(_cents(20_000), _reg("2024-06-27", "18 lid 1"), end=LAST_OLD_DAY),
            _from_2025(_cents(20_000), _reg("2026-01-01", "2.20 lid 1")),
        ),
    ),
    Parameter(
        id="slim_cap_samenwerking",
        label=t("maximale subsidie samenwerkingsverband", "maximum subsidy, partnership"),
        unit="money",
        periods=(
            _from_start(_cents(500_000), _reg("2024-06-27", "20 lid 1"), end=LAST_OLD_DAY),
            _from_2025(_cents(500_000), _reg("2026-01-01", "2.22 lid 1")),
        ),
    ),
    Parameter(
        id="slim_cap_grootbedrijf",
        label=t("maximale subsidie grootbedrijf", "maximum subsidy, large firm"),
        unit="money",
        periods=(_from_start(_cents(200_000), _reg("2024-06-27", "23 lid 1"), end=LAST_OLD_DAY),),
    ),
    Parameter(
        id="slim_min_costs_mkb",
        label=t("minimale subsidiabele kosten mkb-onderneming", "minimum eligible costs, SME"),
        unit="money",
        periods=(
            _from_start(_cents(5_000), _reg("2024-06-27", "4 lid 3"), end=LAST_OLD_DAY),
            _from_2025(_cents(5_000), _reg("2026-01-01", "2.4 lid 4")),
        ),
    ),
    Parameter(
        id="slim_min_costs_samenwerking",
        label=t(
            "minimale subsidiabele kosten samenwerkingsverband",
            "minimum eligible costs, partnership",
        ),
        unit="money",
        periods=(
            _from_start(_cents(5_000), ORIGINAL, end=EU_DEFINITION_FROM - DAY),
            Period(
                start=EU_DEFINITION_FROM,
                end=LAST_OLD_DAY,
                value=_cents(210_000),
                citation=_reg("2021-05-04", "4 lid 3"),
            ),
            _from_2025(_cents(210_000), _reg("2026-01-01", "2.4 lid 5")),
        ),
    ),
    Parameter(
        id="slim_min_costs_grootbedrijf",
        label=t("minimale subsidiabele kosten grootbedrijf", "minimum eligible costs, large firm"),
        unit="money",
        periods=(_from_start(_cents(5_000), _reg("2024-06-27", "4 lid 3"), end=LAST_OLD_DAY),),
    ),
    Parameter(
        id="slim_minimum_covers_b",
        label=t(
            "minimum aan kosten geldt ook voor loopbaanadviezen (b)",
            "minimum costs apply to career advice (b) too",
        ),
        unit="bool",
        # "onderdeel a, b en c" in the texts up to the one of 2022-06-01, "onderdeel a en c"
        # in the one of 2024-06-27; the texts in between were not found, so no value then.
        periods=(
            _from_start(True, _reg("2022-06-01", "4 lid 3"), end=date(2022, 6, 1)),
            Period(
                start=MINIMUM_A_AND_C_BY,
                end=LAST_OLD_DAY,
                value=False,
                citation=_reg("2024-06-27", "4 lid 3"),
            ),
            _from_2025(False, _reg("2026-01-01", "2.4 lid 4")),
        ),
    ),
    Parameter(
        id="slim_b_flat",
        label=t(
            "loopbaanadviezen (b): vast bedrag per traject",
            "career advice (b): fixed amount per trajectory",
        ),
        unit="bool",
        periods=(
            _from_start(False, _reg("2022-01-01", "18 lid 2"), end=FLAT_B_FROM - DAY),
            Period(
                start=FLAT_B_FROM,
                end=LAST_OLD_DAY,
                value=True,
                citation=_reg("2022-03-01", "13a"),
            ),
            _from_2025(True, _reg("2026-01-01", "2.16")),
        ),
    ),
    Parameter(
        id="slim_b_amount",
        label=t(
            "subsidie per afgerond loopbaan- of ontwikkeltraject",
            "subsidy per completed career or development trajectory",
        ),
        unit="money",
        periods=(
            Period(
                start=FLAT_B_FROM,
                end=LAST_OLD_DAY,
                value=_cents(700),
                citation=_reg("2022-03-01", "13a"),
            ),
            _from_2025(_cents(700), _reg("2026-01-01", "2.16")),
        ),
    ),
    Parameter(
        id="slim_partnership_needs_c",
        label=t(
            "samenwerkingsverband moet activiteit c bevatten",
            "partnership must include activity c",
        ),
        unit="bool",
        periods=(
            _from_start(False, _reg("2024-06-27", "4 lid 3"), end=LAST_OLD_DAY),
            _from_2025(True, _reg("2026-01-01", "2.4 lid 5")),
        ),
    ),
    Parameter(
        id="slim_partnership_min_mkb",
        label=t(
            "minimum aantal mkb-ondernemingen in een samenwerkingsverband",
            "minimum number of SMEs in a partnership",
        ),
        periods=(_from_start(2, _reg("2024-06-27", "1 (samenwerkingsverband)")),),
    ),
    Parameter(
        id="slim_nonaffiliated_rule",
        label=t("partners mogen niet verbonden zijn", "partners must not be affiliated"),
        unit="bool",
        periods=(
            _from_start(False, ORIGINAL, end=EU_DEFINITION_FROM - DAY),
            Period(start=EU_DEFINITION_FROM, value=True, citation=AMENDMENT_2021),
        ),
    ),
    Parameter(
        id="slim_open_project_rule",
        label=t(
            "weigering bij een open project voor dezelfde activiteit a of c",
            "refusal while a project for the same activity a or c is open",
        ),
        unit="bool",
        periods=(
            _from_start(False, ORIGINAL, end=OPEN_PROJECT_RULE_FROM - DAY),
            Period(start=OPEN_PROJECT_RULE_FROM, value=True, citation=AMENDMENT_2023),
        ),
    ),
    Parameter(
        id="slim_grootbedrijf_chapter",
        label=t("hoofdstuk grootbedrijven", "chapter for large firms"),
        unit="bool",
        periods=(
            _from_start(True, ORIGINAL, end=LAST_OLD_DAY),
            Period(start=OVERHAUL_2025, value=False, citation=AMENDMENT_2024),
        ),
    ),
    Parameter(
        id="slim_praktijkleerplaats_exists",
        label=t("activiteit praktijkleerplaatsen", "activity work-based learning places"),
        unit="bool",
        periods=(
            _from_start(True, ORIGINAL, end=LAST_OLD_DAY),
            Period(start=OVERHAUL_2025, value=False, citation=AMENDMENT_2024),
        ),
    ),
    Parameter(
        id="slim_praktijkleerplaats_amount",
        label=t("vergoeding per praktijkleerplaats", "allowance per work-based learning place"),
        unit="money",
        periods=(_from_start(_cents(2_700), _reg("2024-06-27", "14 lid 2"), end=LAST_OLD_DAY),),
    ),
    Parameter(
        id="de_minimis_ceiling",
        label=t("de-minimisplafond over drie jaar", "de-minimis ceiling over three years"),
        unit="money",
        periods=(
            _from_start(_cents(200_000), DE_MINIMIS_1407, end=date(2023, 12, 31)),
            Period(start=date(2024, 1, 1), value=_cents(300_000), citation=DE_MINIMIS_2831),
        ),
    ),
)

# Outputs --------------------------------------------------------------------------------

TYPE = x.fact("slim_applicant_type")
staff = x.fact("enterprise_staff")
turnover = x.fact("enterprise_turnover_eur")
balance = x.fact("enterprise_balance_eur")
SECTOR = x.fact("enterprise_sector")
ACTIVITIES = x.fact("slim_activities")
costs = x.fact("slim_costs_eur")
places = x.fact("slim_praktijkleerplaatsen")

SMALL = (x.param("slim_small_staff_below") > staff) & (
    (x.param("slim_small_turnover_max") >= turnover)
    | (x.param("slim_small_balance_max") >= balance)
)
# Every small enterprise is within these limits too: this is "small or medium", i.e. mkb.
SME = (x.param("slim_medium_staff_below") > staff) & (
    (x.param("slim_medium_turnover_max") >= turnover)
    | (x.param("slim_medium_balance_max") >= balance)
)
LANDBOUW = SECTOR.eq("landbouw")
ACTIVITY_A = ACTIVITIES.contains("doorlichting")
ACTIVITY_B = ACTIVITIES.contains("loopbaanadvies")
ACTIVITY_C = ACTIVITIES.contains("lo_methode")
ACTIVITY_A_TO_C = ACTIVITY_A | ACTIVITY_B | ACTIVITY_C
B_FLAT = x.param("slim_b_flat")
# Activities paid as a percentage of their costs: a and c, and b until March 2022.
ON_COSTS = ACTIVITY_A | ACTIVITY_C | (ACTIVITY_B & ~B_FLAT)
ACTIVITY_D = ACTIVITIES.contains("praktijkleerplaats") & x.param("slim_praktijkleerplaats_exists")
trajecten = x.fact("slim_loopbaan_trajecten")
weken = x.fact("slim_praktijkleerplaats_weken")
# Art. 14(2): pro rata to the weeks present, at most 40 weeks and EUR 2,700 per place a year.
PLACE_YEARS = x.if_(weken.is_none(), places, x.min_(weken, places * 40) / 40)
IS_MKB = TYPE.eq("mkb")
IS_PARTNERSHIP = TYPE.eq("samenwerkingsverband")
IS_LARGE = TYPE.eq("grootbedrijf")

OUTPUTS = (
    Output(
        id="size_class",
        kind=OutputKind.ENUM,
        label=t("grootteklasse", "size class"),
        expr=x.if_(SMALL, "klein", x.if_(SME, "middelgroot", "groot")),
        choices=(
            Choice(id="klein", label=t("kleine onderneming", "small enterprise")),
            Choice(id="middelgroot", label=t("middelgrote onderneming", "medium-sized enterprise")),
            Choice(id="groot", label=t("grote onderneming", "large enterprise")),
        ),
    ),
    Output(
        id="subsidy_percentage",
        kind=OutputKind.DECIMAL,
        places=2,
        label=t("subsidiepercentage", "subsidy percentage"),
        expr=x.case(
            TYPE,
            {
                "mkb": x.case(
                    x.out("size_class"),
                    {
                        "klein": x.param("slim_pct_klein"),
                        "middelgroot": x.param("slim_pct_middelgroot"),
                    },
                ),
                "samenwerkingsverband": x.param("slim_pct_samenwerking"),
                "grootbedrijf": x.param("slim_pct_grootbedrijf"),
            },
        ),
    ),
    Output(
        id="cap_eur",
        kind=OutputKind.MONEY,
        label=t("maximale subsidie", "maximum subsidy"),
        expr=x.case(
            TYPE,
            {
                "mkb": x.if_(LANDBOUW, x.param("slim_cap_landbouw"), x.param("slim_cap_mkb")),
                "samenwerkingsverband": x.param("slim_cap_samenwerking"),
                "grootbedrijf": x.if_(
                    LANDBOUW, x.param("slim_cap_landbouw"), x.param("slim_cap_grootbedrijf")
                ),
            },
        ),
    ),
    Output(
        id="subsidy_before_cap_eur",
        kind=OutputKind.MONEY,
        label=t("subsidie vóór het maximum", "subsidy before the maximum"),
        expr=x.if_(ON_COSTS, x.out("subsidy_percentage") * costs, 0)
        + x.if_(ACTIVITY_B & B_FLAT, x.param("slim_b_amount") * trajecten, 0)
        + x.if_(ACTIVITY_D, x.param("slim_praktijkleerplaats_amount") * PLACE_YEARS, 0),
    ),
    Output(
        id="subsidy_eur",
        kind=OutputKind.MONEY,
        label=t("subsidie", "subsidy"),
        # The maximum covers every activity of the application, praktijkleerplaatsen and
        # the fixed amounts for b included (art. 18(1), 20(1), 23(1): "een van de in
        # artikel 4 genoemde initiatieven"; art. 2.20(1), 2.22(1)).
        expr=x.min_(x.out("subsidy_before_cap_eur"), x.out("cap_eur")),
    ),
)

# Criteria -------------------------------------------------------------------------------

CRITERIA = (
    Criterion(
        id="window_for_applicant_type",
        label=t(
            "Aanvraagtijdvak voor dit type aanvrager",
            "Application window for this type of applicant",
        ),
        test=x.case(
            TYPE,
            {
                "mkb": x.param("slim_window_open_mkb"),
                "samenwerkingsverband": x.param("slim_window_open_samenwerking"),
                "grootbedrijf": x.param("slim_window_open_samenwerking"),
            },
        ),
        citation=_cite(
            "UVB, SLIM aanvragen (tijdvakken per type aanvrager)",
            "art. 1 (aanvraagtijdvak)",
            UVB_APPLY,
            "EXECUTOR",
        ),
        met=t(
            "Op {on} loopt een aanvraagtijdvak voor dit type aanvrager.",
            "On {on} an application window for this type of applicant is open.",
        ),
        not_met=t(
            "Op {on} loopt geen aanvraagtijdvak voor dit type aanvrager. Mkb-ondernemingen vragen aan in "
            "maart en september, samenwerkingsverbanden en grootbedrijven in juni of juli.",
            "On {on} no application window for this type of applicant is open. SMEs apply in March and "
            "September, partnerships and large firms in June or July.",
        ),
        unknown=t(
            "De aanvraagtijdvakken voor deze datum staan niet in deze check, of het type aanvrager "
            "ontbreekt nog. Kijk op uitvoeringvanbeleidszw.nl wanneer u kunt aanvragen.",
            "The application windows for this date are not in this check, or the type of applicant "
            "is still missing. See uitvoeringvanbeleidszw.nl for when you can apply.",
        ),
    ),
    Criterion(
        id="mkb_size",
        label=t("Mkb-onderneming (EU-definitie)", "SME (EU definition)"),
        applies=IS_MKB,
        test=SME,
        citation=EU_SME,
        met=t(
            "De onderneming valt binnen het mkb (grootteklasse: {size_class}).",
            "The enterprise counts as an SME (size class: {size_class}).",
        ),
        not_met=t(
            "De onderneming is geen mkb-onderneming: 250 of meer werknemers, of zowel een jaaromzet boven "
            "€ 50 miljoen als een balanstotaal boven € 43 miljoen.",
            "The enterprise is not an SME: 250 staff or more, or both a turnover above €50 million and a "
            "balance-sheet total above €43 million.",
        ),
        unknown=t(
            "Nodig: personeel, jaaromzet en balanstotaal van de onderneming.",
            "Needed: staff, turnover and balance-sheet total of the enterprise.",
        ),
        not_applicable=t(
            "De aanvrager is geen individuele mkb-onderneming.",
            "The applicant is not an individual SME.",
        ),
    ),
    Criterion(
        id="grootbedrijf_qualifies",
        label=t(
            "Grootbedrijf in de landbouw, horeca of recreatie (tot en met 2024)",
            "Large firm in agriculture, hospitality or recreation (until 2024)",
        ),
        applies=IS_LARGE,
        test=x.param("slim_grootbedrijf_chapter")
        & ~SME
        & SECTOR.is_in("landbouw", "horeca", "recreatie"),
        citation=_reg("2024-06-27", "1 (grootbedrijf; landbouw-, horeca- of recreatiesector)"),
        met=t(
            "Het bedrijf is groot en valt in de landbouw, horeca of recreatie.",
            "The firm is large and belongs to agriculture, hospitality or recreation.",
        ),
        not_met=t(
            "Als grootbedrijf kan alleen een groot bedrijf (geen mkb) in de landbouw, horeca of recreatie "
            "aanvragen, en alleen tot en met 2024.",
            "Only a large firm (not an SME) in agriculture, hospitality or recreation can apply as a large "
            "firm, and only until 2024.",
        ),
        unknown=t(
            "Nodig: sector, personeel, jaaromzet en balanstotaal.",
            "Needed: sector, staff, turnover and balance-sheet total.",
        ),
        not_applicable=t(
            "De aanvrager is geen grootbedrijf.", "The applicant is not a large firm."
        ),
    ),
    Criterion(
        id="partnership_two_mkb",
        label=t(
            "Samenwerkingsverband van minstens twee mkb-ondernemingen",
            "Partnership of at least two SMEs",
        ),
        applies=IS_PARTNERSHIP,
        test=x.fact("partnership_mkb_count") >= x.param("slim_partnership_min_mkb"),
        citation=_reg("2024-06-27", "1 (samenwerkingsverband)"),
        met=t(
            "In het samenwerkingsverband doen {partnership_mkb_count} mkb-ondernemingen mee.",
            "{partnership_mkb_count} SMEs take part in the partnership.",
        ),
        not_met=t(
            "Een samenwerkingsverband bestaat uit minstens twee mkb-ondernemingen; hier zijn het er "
            "{partnership_mkb_count}.",
            "A partnership consists of at least two SMEs; here there are {partnership_mkb_count}.",
        ),
        unknown=t(
            "Nodig: het aantal mkb-ondernemingen in het samenwerkingsverband.",
            "Needed: the number of SMEs in the partnership.",
        ),
        not_applicable=t(
            "De aanvrager is geen samenwerkingsverband.", "The applicant is not a partnership."
        ),
    ),
    Criterion(
        id="partnership_nonaffiliated",
        label=t("Partners niet met elkaar verbonden", "Partners not affiliated with each other"),
        applies=IS_PARTNERSHIP & x.param("slim_nonaffiliated_rule"),
        test=x.fact("partnership_nonaffiliated"),
        citation=AMENDMENT_2021,
        met=t(
            "De mkb-ondernemingen in het samenwerkingsverband zijn niet met elkaar verbonden.",
            "The SMEs in the partnership are not affiliated with each other.",
        ),
        not_met=t(
            "Vanaf 29 april 2021 mogen de mkb-ondernemingen in een samenwerkingsverband niet met elkaar "
            "verbonden zijn.",
            "From 29 April 2021 the SMEs in a partnership must not be affiliated with each other.",
        ),
        unknown=t(
            "Nodig: of de mkb-ondernemingen met elkaar verbonden zijn.",
            "Needed: whether the SMEs are affiliated with each other.",
        ),
        not_applicable=t(
            "Deze eis geldt alleen voor samenwerkingsverbanden, vanaf 29 april 2021.",
            "This requirement applies only to partnerships, from 29 April 2021.",
        ),
    ),
    Criterion(
        id="activity_subsidiable",
        label=t("Minstens één subsidiabele activiteit", "At least one eligible activity"),
        test=ACTIVITY_A_TO_C | (ACTIVITY_D & (places >= 1)),
        citation=_reg("2024-06-27", "4 lid 1"),
        met=t(
            "De aanvraag bevat een subsidiabele activiteit.",
            "The application includes an eligible activity.",
        ),
        not_met=t(
            "De aanvraag bevat geen activiteit die op {on} subsidiabel is: doorlichting, loopbaan- of "
            "ontwikkeladvies, een leer- en ontwikkelmethode of (tot en met 2024) praktijkleerplaatsen.",
            "The application includes no activity that is eligible on {on}: company scan, career or "
            "development advice, a learning method or (until 2024) work-based learning places.",
        ),
        unknown=t(
            "Nodig: de activiteiten van de aanvraag.", "Needed: the activities of the application."
        ),
    ),
    Criterion(
        id="minimum_costs",
        label=t("Minimale subsidiabele kosten", "Minimum eligible costs"),
        applies=ACTIVITY_A | ACTIVITY_C | (ACTIVITY_B & x.param("slim_minimum_covers_b")),
        test=x.case(
            TYPE,
            {
                "mkb": x.param("slim_min_costs_mkb"),
                "samenwerkingsverband": x.param("slim_min_costs_samenwerking"),
                "grootbedrijf": x.param("slim_min_costs_grootbedrijf"),
            },
        )
        <= costs,
        citation=_cite(
            "SLIM-regeling, art. 4 lid 3 (tot en met 2024); art. 2.4 lid 4 en 5 (vanaf 2025)",
            "art. 4 lid 3",
            "https://wetten.overheid.nl/BWBR0043015/2024-06-27#Artikel4",
        ),
        met=t(
            "De subsidiabele kosten ({slim_costs_eur}) halen het minimum.",
            "The eligible costs ({slim_costs_eur}) reach the minimum.",
        ),
        not_met=t(
            "De subsidiabele kosten ({slim_costs_eur}) zijn lager dan het minimum: € 5.000 voor een "
            "mkb-onderneming of grootbedrijf, € 210.000 voor een samenwerkingsverband (vanaf 29 april "
            "2021).",
            "The eligible costs ({slim_costs_eur}) are below the minimum: € 5,000 for an SME or large "
            "firm, € 210,000 for a partnership (from 29 April 2021).",
        ),
        unknown=t(
            "Nodig: de subsidiabele kosten en het type aanvrager.",
            "Needed: the eligible costs and the type of applicant.",
        ),
        not_applicable=t(
            "Het minimum aan kosten geldt alleen voor de doorlichting (a) en de leer- en "
            "ontwikkelmethode (c), en tot in 2022 ook voor loopbaanadviezen (b).",
            "The minimum costs apply only to the company scan (a) and the learning method (c), and "
            "until 2022 to career advice (b) too.",
        ),
    ),
    Criterion(
        id="partnership_includes_c",
        label=t(
            "Samenwerkingsverband met een leer- en ontwikkelmethode (activiteit c)",
            "Partnership including a learning method (activity c)",
        ),
        applies=IS_PARTNERSHIP & x.param("slim_partnership_needs_c"),
        test=ACTIVITY_C,
        citation=_reg("2026-01-01", "2.4 lid 5"),
        met=t(
            "De aanvraag van het samenwerkingsverband bevat een leer- en ontwikkelmethode.",
            "The partnership's application includes a learning method.",
        ),
        not_met=t(
            "Vanaf 2025 moet de aanvraag van een samenwerkingsverband in elk geval een leer- en "
            "ontwikkelmethode (activiteit c) bevatten.",
            "From 2025 a partnership's application must include a learning method (activity c).",
        ),
        unknown=t(
            "Nodig: de activiteiten van de aanvraag.", "Needed: the activities of the application."
        ),
        not_applicable=t(
            "Deze eis geldt alleen voor samenwerkingsverbanden, vanaf 2025.",
            "This requirement applies only to partnerships, from 2025.",
        ),
    ),
    Criterion(
        id="no_open_project_same_activity",
        label=t(
            "Geen open project voor dezelfde activiteit a of c",
            "No open project for the same activity a or c",
        ),
        applies=x.param("slim_open_project_rule")
        & (ACTIVITIES.contains("doorlichting") | ACTIVITIES.contains("lo_methode")),
        test=~x.fact("slim_open_project_same_activity"),
        citation=AMENDMENT_2023,
        met=t(
            "Er loopt geen niet-vastgesteld SLIM-project voor dezelfde activiteit.",
            "No unsettled SLIM project for the same activity is running.",
        ),
        not_met=t(
            "Vanaf 1 september 2023 wordt een aanvraag voor activiteit a of c geweigerd zolang een eerder "
            "SLIM-project voor dezelfde activiteit niet is vastgesteld.",
            "From 1 September 2023 an application for activity a or c is refused while an earlier SLIM "
            "project for the same activity has not been settled.",
        ),
        unknown=t(
            "Nodig: of er nog een SLIM-project voor dezelfde activiteit openstaat.",
            "Needed: whether a SLIM project for the same activity is still open.",
        ),
        not_applicable=t(
            "Deze weigeringsgrond geldt vanaf 1 september 2023 en alleen voor activiteit a of c.",
            "This ground for refusal applies from 1 September 2023 and only to activity a or c.",
        ),
    ),
    Criterion(
        id="one_application_per_window",
        label=t("Eén aanvraag per aanvraagtijdvak", "One application per window"),
        test=~x.fact("slim_other_application_this_window"),
        citation=_reg("2024-06-27", "7 lid 5"),
        met=t(
            "U heeft in dit tijdvak nog geen andere SLIM-aanvraag ingediend.",
            "You have not submitted another SLIM application in this window.",
        ),
        not_met=t(
            "U heeft in dit tijdvak al een SLIM-aanvraag ingediend; per tijdvak kan één aanvraag.",
            "You already submitted a SLIM application in this window; one application per window is allowed.",
        ),
        unknown=t(
            "Nodig: of u in dit tijdvak al een SLIM-aanvraag indiende.",
            "Needed: whether you already applied for SLIM in this window.",
        ),
    ),
    Criterion(
        id="de_minimis_room",
        label=t("Ruimte onder het de-minimisplafond", "Room under the de-minimis ceiling"),
        applies=~IS_PARTNERSHIP,
        # Decided by the maximum alone when even the maximum fits under the ceiling.
        test=(x.fact("de_minimis_3y_eur") + x.out("cap_eur") <= x.param("de_minimis_ceiling"))
        | (x.fact("de_minimis_3y_eur") + x.out("subsidy_eur") <= x.param("de_minimis_ceiling")),
        citation=_reg("2024-06-27", "1 (de-minimisverklaring)"),
        met=t(
            "Met deze subsidie ({subsidy_eur}) blijft de de-minimissteun binnen {de_minimis_ceiling} in drie jaar.",
            "With this subsidy ({subsidy_eur}) de-minimis aid stays within {de_minimis_ceiling} over three years.",
        ),
        not_met=t(
            "Eerdere de-minimissteun ({de_minimis_3y_eur}) plus deze subsidie ({subsidy_eur}) is meer dan "
            "het plafond van {de_minimis_ceiling} in drie jaar.",
            "Earlier de-minimis aid ({de_minimis_3y_eur}) plus this subsidy ({subsidy_eur}) exceeds the "
            "ceiling of {de_minimis_ceiling} over three years.",
        ),
        unknown=t(
            "Nodig: de de-minimissteun van de afgelopen drie jaar en de gegevens voor het subsidiebedrag.",
            "Needed: de-minimis aid in the past three years and the facts for the subsidy amount.",
        ),
        not_applicable=t(
            "Bij een samenwerkingsverband wordt de de-minimisruimte per deelnemer getoetst.",
            "For a partnership the de-minimis room is checked per participant.",
        ),
    ),
)

# Notes ----------------------------------------------------------------------------------

on = x.on()


def _between(first: date, last: date) -> x.Expr:
    return (first <= on) & (last >= on)


NOTES = (
    Note(
        id="allocation_lottery",
        citation=_reg("2026-05-23", "2.10"),
        text=t(
            "Ook als u aan alle voorwaarden voldoet, is de subsidie niet zeker: elk tijdvak heeft een "
            "budget. Wordt er meer aangevraagd dan het budget, dan bepaalt loting de volgorde; "
            "onvolledige aanvragen komen achteraan.",
            "Even if you meet every condition, the subsidy is not certain: each window has a budget. "
            "When more is asked than the budget, a lottery sets the order; incomplete applications "
            "go last.",
        ),
    ),
    Note(
        id="partnership_first_come",
        when=IS_PARTNERSHIP & _between(date(2022, 6, 1), date(2025, 12, 31)),
        citation=_reg("2022-06-01", "8 lid 4"),
        text=t(
            "Aanvragen van samenwerkingsverbanden werden in deze jaren behandeld op volgorde van "
            "binnenkomst, zonder loting.",
            "Partnership applications were handled in order of receipt in these years, without a "
            "lottery.",
        ),
    ),
    Note(
        id="windows_from_2026",
        when=on > WINDOWS_KNOWN_UNTIL,
        citation=W_DELEGATED,
        text=t(
            "Vanaf 2026 staan de aanvraagtijdvakken niet meer in de regeling zelf: de minister maakt ze "
            "bekend in de Staatscourant en op uitvoeringvanbeleidszw.nl. De laatste tijdvakken in de "
            "regeling waren voor samenwerkingsverbanden van 2 tot en met 30 juni 2025 en voor "
            "mkb-ondernemingen van 1 tot en met 30 september 2025.",
            "From 2026 the application windows are no longer in the regulation itself: the minister "
            "announces them in the Staatscourant and on uitvoeringvanbeleidszw.nl. The last windows in "
            "the regulation were 2 to 30 June 2025 for partnerships and 1 to 30 September 2025 for "
            "SMEs.",
        ),
    ),
    Note(
        id="windows_2026_sources",
        when=on > WINDOWS_KNOWN_UNTIL,
        for_advisers=True,
        citation=W_DELEGATED,
        text=t(
            "De bekendmaking van de tijdvakken van 2026 (art. 2.6, tekst vanaf 4 april 2026) is niet "
            "gevonden in de Staatscourant of bij Uitvoering van Beleid SZW. Alleen een adviesbureau "
            "noemt voor mkb-ondernemingen 7 april tot en met 4 mei en 10 augustus tot en met "
            "7 september 2026, en voor samenwerkingsverbanden twee verschillende perioden; die data "
            "zijn niet gebruikt. Tussen 1 oktober 2025 en 3 april 2026 opende de regeling geen "
            "tijdvak (de tekst van 1 januari 2026 noemt alleen 2025); ook die periode staat hier als "
            "onbekend, zodat de check nooit 'gesloten' zegt zonder het volgende tijdvak te kennen.",
            "The notice with the 2026 windows (art. 2.6, text from 4 April 2026) was not found in the "
            "Staatscourant or at Uitvoering van Beleid SZW. Only a consultancy gives 7 April to 4 May "
            "and 10 August to 7 September 2026 for SMEs, and two different periods for partnerships; "
            "those dates are not used. Between 1 October 2025 and 3 April 2026 the regulation opened "
            "no window (the text of 1 January 2026 lists only 2025); that stretch is shown as "
            "unknown too, so the check never says 'closed' without knowing the next window.",
        ),
    ),
    Note(
        id="windows_2020_2023_sources",
        when=_between(UNKNOWN_SPANS[0].opens, UNKNOWN_SPANS[0].closes)
        | _between(UNKNOWN_SPANS[1].opens, UNKNOWN_SPANS[1].closes),
        for_advisers=True,
        citation=AMENDMENT_2023,
        text=t(
            "De tijdvakken van 2020 en 2023 staan in geen officiële tekst die voor deze check is "
            "gelezen: de geconsolideerde teksten met artikel 5 beginnen bij 2021, en een tekst van 2023 "
            "is niet gevonden. Uitvoering van Beleid SZW noemt in 2023 alleen 'het tijdvak september "
            "2023' en een tijdvak voor samenwerkingsverbanden in juli. Secundaire bronnen (1 tot en "
            "met 30 maart, 1 tot en met 28 september, samenwerkingsverbanden 1 tot en met 27 juli "
            "2023) zijn niet gebruikt.",
            "The 2020 and 2023 windows are in no official text read for this check: the consolidated "
            "texts with article 5 start in 2021, and a 2023 text was not found. Uitvoering van Beleid "
            "SZW names only 'the September 2023 window' and a partnership window in July. Secondary "
            "sources (1-30 March, 1-28 September, partnerships 1-27 July 2023) are not used.",
        ),
    ),
    Note(
        id="cap_wording",
        when=IS_MKB,
        citation=UVB_CRITERIA_CITE,
        text=t(
            "De regeling zegt 'niet meer dan € 25.000' (vanaf 2025 'tot € 25.000'); Uitvoering van "
            "Beleid SZW noemt € 24.999. Deze check rekent met het bedrag uit de regeling.",
            "The regulation says 'not more than € 25,000' (from 2025 'up to € 25,000'); Uitvoering "
            "van Beleid SZW gives € 24,999. This check uses the amount in the regulation.",
        ),
    ),
    Note(
        id="cap_wording_reading",
        when=IS_MKB,
        for_advisers=True,
        citation=_reg("2024-06-27", "18 lid 1"),
        text=t(
            "Art. 18 lid 1 (teksten 2021-2024): 'bedraagt niet meer dan € 25.000'; art. 2.20 lid 1 "
            "(vanaf 2025): 'een subsidie verstrekt tot € 25.000'. De regeling is de wettelijke "
            "grondslag en gaat voor de website van de uitvoerder; het verschil is hoogstens € 1.",
            "Art. 18(1) (texts 2021-2024): 'bedraagt niet meer dan € 25.000'; art. 2.20(1) (from "
            "2025): 'een subsidie verstrekt tot € 25.000'. The regulation is the legal basis and "
            "prevails over the executor's website; the difference is at most € 1.",
        ),
    ),
    Note(
        id="cap_covers_everything",
        when=(ACTIVITY_B & B_FLAT) | ACTIVITY_D,
        citation=_reg("2024-06-27", "18 lid 1"),
        text=t(
            "Het maximum geldt voor de hele aanvraag, ook voor de vaste bedragen voor "
            "loopbaanadviezen en praktijkleerplaatsen.",
            "The maximum covers the whole application, including the fixed amounts for career advice "
            "and work-based learning places.",
        ),
    ),
    Note(
        id="loopbaan_flat",
        when=ACTIVITY_B & B_FLAT,
        citation=_reg("2026-01-01", "2.16"),
        text=t(
            "Voor loopbaan- of ontwikkeladvies krijgt u € 700 per afgerond traject, geen percentage "
            "van de kosten. Een traject telt als de adviseur met de medewerker samen minstens 4 uur "
            "gesprekken voerde.",
            "For career or development advice you get € 700 per completed trajectory, not a "
            "percentage of the costs. A trajectory counts when the adviser held at least 4 hours of "
            "talks with the worker in all.",
        ),
    ),
    Note(
        id="loopbaan_flat_reading",
        when=ACTIVITY_B & B_FLAT & ~IS_MKB & (on <= LAST_OLD_DAY),
        for_advisers=True,
        citation=_reg("2022-03-01", "13a"),
        text=t(
            "Art. 20 lid 3 en 23 lid 2 noemen 60 % voor de activiteiten a, b en c; art. 13a geeft "
            "€ 700 per afgerond traject voor b, zonder uitzondering. Deze check past art. 13a ook toe "
            "op samenwerkingsverbanden en grootbedrijven.",
            "Art. 20(3) and 23(2) give 60 % for activities a, b and c; art. 13a gives € 700 per "
            "completed trajectory for b, without exception. This check applies art. 13a to "
            "partnerships and large firms too.",
        ),
    ),
    Note(
        id="minimum_b_between_texts",
        when=ACTIVITY_B & _between(date(2022, 6, 2), MINIMUM_A_AND_C_BY - DAY),
        for_advisers=True,
        citation=_reg("2024-06-27", "4 lid 3"),
        text=t(
            "Art. 4 lid 3 noemt in de tekst van 1 juni 2022 de activiteiten 'a, b en c' en in de tekst "
            "van 27 juni 2024 alleen 'a en c'. De teksten daartussen zijn niet gevonden; voor een "
            "aanvraag met alleen activiteit b is het minimum van € 5.000 in die periode daarom niet "
            "beoordeeld.",
            "Art. 4(3) names activities 'a, b and c' in the text of 1 June 2022 and only 'a and c' in "
            "the text of 27 June 2024. The texts in between were not found; for an application with "
            "activity b only, the € 5,000 minimum is therefore not assessed in that period.",
        ),
    ),
    Note(
        id="landbouw_cap",
        when=LANDBOUW & ~IS_PARTNERSHIP,
        citation=_reg("2026-01-01", "2.20 lid 1"),
        text=t(
            "Voor een landbouwbedrijf is de subsidie hoogstens € 20.000.",
            "For an agricultural firm the subsidy is at most € 20,000.",
        ),
    ),
    Note(
        id="landbouw_reading",
        when=LANDBOUW & ~IS_PARTNERSHIP,
        for_advisers=True,
        citation=_reg("2024-06-27", "1 (landbouwbedrijven)"),
        text=t(
            "Een landbouwbedrijf is in de regeling een onderneming onder art. 1 van Verordening (EU) "
            "1408/2013; deze check neemt daarvoor de SBI-code in de landbouw. Het maximum van € 20.000 "
            "staat in art. 18 lid 1 en 23 lid 1 (tot en met 2024) en in art. 2.20 lid 1 (vanaf 2025).",
            "An agricultural firm is, in the regulation, an undertaking under art. 1 of Regulation "
            "(EU) 1408/2013; this check takes the agricultural SBI code for it. The € 20,000 maximum "
            "is in art. 18(1) and 23(1) (until 2024) and in art. 2.20(1) (from 2025).",
        ),
    ),
    Note(
        id="partnership_shares",
        when=IS_PARTNERSHIP,
        citation=_reg("2026-01-01", "2.22"),
        text=t(
            "Geen deelnemer in het samenwerkingsverband kan € 200.000 of meer krijgen. Voor een "
            "landbouwbedrijf is het maximum per deelnemer € 20.000, voor een visserijbedrijf € 30.000 "
            "en voor goederenvervoer over de weg € 100.000. Ook de de-minimisruimte geldt per "
            "deelnemer; die toetst deze check niet.",
            "No participant in the partnership can get € 200,000 or more. For an agricultural firm "
            "the maximum per participant is € 20,000, for a fishery € 30,000 and for road haulage "
            "€ 100,000. The de-minimis room applies per participant too; this check does not test "
            "it.",
        ),
    ),
    Note(
        id="mkb_declaration",
        when=IS_MKB & (on >= OPEN_PROJECT_RULE_FROM),
        citation=AMENDMENT_2023,
        text=t(
            "Vanaf september 2023 moet u een ondertekende mkb-verklaring bij de aanvraag voegen.",
            "From September 2023 you must add a signed SME declaration to the application.",
        ),
    ),
    Note(
        id="size_measurement",
        when=IS_MKB | IS_LARGE,
        citation=AMENDMENT_2024,
        text=t(
            "De grootte telt personeel, omzet en balans van partner- en verbonden ondernemingen mee. Tot en "
            "met 2024 rekende de regeling over het laatst afgesloten boekjaar vóór de aanvraag; vanaf 2025 "
            "volgens artikel 3 tot en met 6 van de bijlage bij de EU-aanbeveling.",
            "Size counts staff, turnover and balance of partner and linked enterprises. Until 2024 the "
            "regulation used the last closed financial year before the application; from 2025 articles 3 "
            "to 6 of the annex to the EU recommendation.",
        ),
    ),
    Note(
        id="derde_leerweg",
        when=ACTIVITIES.contains("praktijkleerplaats"),
        citation=_reg("2024-06-27", "14 lid 2"),
        text=t(
            "Praktijkleerplaatsen tellen alleen voor een beroepsopleiding in de derde leerweg bij een erkend "
            "leerbedrijf, niet voor bol of bbl. De vergoeding is € 2.700 per plaats per jaar, naar rato "
            "van het aantal weken dat de leerling er was (hoogstens 40 weken).",
            "Work-based learning places count only for a vocational course in the derde leerweg at a "
            "recognised learning company, not for bol or bbl. The allowance is € 2,700 per place per "
            "year, pro rata to the weeks the learner was there (at most 40 weeks).",
        ),
    ),
    Note(
        id="praktijkleerplaats_removed",
        when=ACTIVITIES.contains("praktijkleerplaats") & (on >= OVERHAUL_2025),
        citation=AMENDMENT_2024,
        text=t(
            "Vanaf 2025 bestaat de activiteit praktijkleerplaatsen niet meer in SLIM; zij telt niet mee.",
            "From 2025 the activity work-based learning places no longer exists in SLIM; it does not count.",
        ),
    ),
    Note(
        id="no_course_fees",
        when=ACTIVITY_A_TO_C,
        citation=_reg("2024-06-27", "13"),
        text=t(
            "SLIM betaalt niet voor de scholing zelf (cursusgeld), maar voor de doorlichting, de "
            "loopbaanadviezen en de leer- en ontwikkelmethode.",
            "SLIM does not pay for the training itself (course fees) but for the company scan, the "
            "career advice and the learning method.",
        ),
    ),
    Note(
        id="project_obligations",
        citation=_cite(
            "UVB, SLIM-regeling per 1 september 2023 gewijzigd",
            "art. 24 lid 4",
            UVB_2023,
            "EXECUTOR",
        ),
        text=t(
            "Het project duurt hoogstens 12 maanden (mkb) of 24 maanden (samenwerkingsverband). "
            "Realiseert u minder dan 60 % van de begrote kosten, dan werd de subsidie tot juli 2023 op "
            "nul gesteld; daarna kan een lager bedrag worden vastgesteld.",
            "The project lasts at most 12 months (SME) or 24 months (partnership). If less than 60 % "
            "of budgeted costs is realised, the subsidy was set at nil until July 2023; after that a "
            "lower amount may be set.",
        ),
    ),
    Note(
        id="scholingssubsidie_not_assessed",
        when=date(2025, 2, 20) <= on,
        citation=SCHOLING_2025,
        text=t(
            "De SLIM-scholingssubsidie, voor opleidingen van medewerkers binnen een erkend sectoraal "
            "ontwikkelpad, is een andere subsidie met een eigen check in deze website.",
            "The SLIM training subsidy, for training of workers within a recognised sectoral "
            "development path, is a different subsidy with its own check on this website.",
        ),
    ),
    Note(
        id="sources",
        for_advisers=True,
        citation=_reg("2026-05-23", "2.6"),
        text=t(
            "Tijdvakken, bedragen en voorwaarden komen uit de geconsolideerde teksten van de "
            "SLIM-regeling op wetten.overheid.nl (versies van 4 mei 2021, 1 maart 2022, 1 juni 2022, "
            "27 juni 2024, 1 januari 2026 en 23 mei 2026). Bedragen en percentages vóór 2021 zijn gelezen "
            "in latere teksten met dezelfde bepaling.",
            "Windows, amounts and conditions come from the consolidated texts of the SLIM regulation "
            "on wetten.overheid.nl (versions of 4 May 2021, 1 March 2022, 1 June 2022, 27 June 2024, "
            "1 January 2026 and 23 May 2026). Amounts and percentages before 2021 were read in later "
            "texts with the same provision.",
        ),
    ),
)

SCHEME = Scheme(
    id="slim",
    version="2026.2",
    title=t(
        "SLIM-subsidie voor leren en ontwikkelen in het mkb",
        "SLIM subsidy for learning and development in SMEs",
    ),
    summary=t(
        "Kan uw onderneming of samenwerkingsverband SLIM-subsidie krijgen, en hoeveel?",
        "Can your enterprise or partnership get a SLIM subsidy, and how much?",
    ),
    eligible_means=t(
        "De aanvrager en de aanvraag voldoen op de aanvraagdatum aan de voorwaarden van de SLIM-regeling. "
        "Of er budget is, hangt af van loting of volgorde van binnenkomst.",
        "The applicant and the application meet the conditions of the SLIM regulation on the application "
        "date. Whether budget is left depends on a lottery or the order of receipt.",
    ),
    audience=EMPLOYER_SIDE,
    legal_basis=_cite(
        "SLIM-regeling (BWBR0043015)",
        "Stcrt. 2019, 70088",
        "https://wetten.overheid.nl/BWBR0043015/2026-05-23",
    ),
    facts=FACTS,
    parameters=PARAMETERS,
    criteria=CRITERIA,
    outputs=OUTPUTS,
    notes=NOTES,
    not_assessed=(
        t(
            "Of uw scan, advies of leermethode inhoudelijk voldoet, beoordeelt Uitvoering van "
            "Beleid SZW bij de aanvraag en bij de vaststelling.",
            "Whether your company scan, advice or learning method meets the requirements in "
            "substance is judged by Uitvoering van Beleid SZW on application and on settlement.",
        ),
        t(
            "Bij meer aanvragen dan geld beslist een loting of de volgorde. Daarom is een "
            "subsidie nooit zeker vooraf.",
            "When there are more applications than money, a lottery or the order decides. So a "
            "subsidy is never certain beforehand.",
        ),
        t(
            "De verdeling binnen een samenwerkingsverband per deelnemer (de maxima per deelnemer "
            "en per sector) rekenen we niet uit.",
            "The split per participant within a partnership (the maxima per participant and per "
            "sector) is not worked out.",
        ),
    ),
    availability=AvailabilityRule(
        citation=_cite(
            "SLIM-regeling, aanvraagtijdvakken",
            "art. 5 (tot en met 2024); art. 2.6 (vanaf 2025)",
            "https://wetten.overheid.nl/BWBR0043015/2026-05-23#Artikel2.6",
        ),
        in_force_from=IN_FORCE,
        in_force_to=LAPSES - DAY,
        windows=WINDOWS,
        windows_known_until=WINDOWS_KNOWN_UNTIL,
        windows_rhythm=Rhythm(
            text=t(
                "jaarlijks: de minister stelt de aanvraagtijdvakken van een jaar vast en maakt "
                "ze bekend in de Staatscourant (art. 2.6)",
                "yearly: the minister sets the application windows of a year and publishes "
                "them in the Staatscourant (art. 2.6)",
            ),
            starts=((1, 1),),
        ),
        unknown_spans=UNKNOWN_SPANS,
        before_text=t(
            "De SLIM-regeling gold toen nog niet; zij begon op 1 januari 2020.",
            "The SLIM regulation did not apply yet; it started on 1 January 2020.",
        ),
        unknown_text=t(
            "De aanvraagtijdvakken van SLIM voor deze datum staan niet in deze check. De minister maakt "
            "ze bekend in de Staatscourant en op uitvoeringvanbeleidszw.nl; kijk daar wanneer u kunt "
            "aanvragen.",
            "The SLIM application windows for this date are not in this check. The minister announces "
            "them in the Staatscourant and on uitvoeringvanbeleidszw.nl; look there for when you can "
            "apply.",
        ),
    ),
)
