"""SLIM: subsidy for SME employers (and partnerships) that build a learning culture.

Stimuleringsregeling voor leren en ontwikkelen in mkb-ondernemingen (Stcrt. 2019, 70088),
in force from 1 January 2020, extended to 1 January 2030 (Stcrt. 2024, 41822). Chapter 2
(since 2025 paragraph 2.2) for individual SMEs, chapter 3 for partnerships of SMEs, and
until 2024 a chapter for large firms in agriculture, hospitality and recreation. The
2025 SLIM-scholingssubsidie (new chapter 3) is a separate rule set, not assessed here.

Dated changes: 29-04-2021 (EU enterprise definition, non-affiliated partners, partnership
minimum of EUR 210,000 costs), 01-09-2023 (refusal while a project for the same activity
a or c is still open), 01-01-2025 (60 % for every SME, no praktijkleerplaatsen, no large
firms). De-minimis ceiling EUR 200,000 (Reg. 1407/2013) until 2023 and EUR 300,000
(Reg. 2023/2831) from 2024.

Windows differ per applicant type: individual SMEs in March and September, partnerships
and large firms in June/July. The engine has one window list per scheme, so the list
holds every type's windows and the criterion ``window_for_applicant_type`` checks that
the window is one for this applicant's type.
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
WINDOWS_KNOWN_UNTIL = date(2023, 12, 31)
EU_DEFINITION_FROM = date(2021, 4, 29)
OPEN_PROJECT_RULE_FROM = date(2023, 9, 1)
OVERHAUL_2025 = date(2025, 1, 1)
LAST_OLD_DAY = OVERHAUL_2025 - timedelta(days=1)

REGULATION = "https://wetten.overheid.nl/BWBR0043015/2020-01-01"
STCRT_2019 = "https://zoek.officielebekendmakingen.nl/stcrt-2019-70088.html"
STCRT_2024 = "https://zoek.officielebekendmakingen.nl/stcrt-2024-41822.html"
STCRT_2025 = "https://zoek.officielebekendmakingen.nl/stcrt-2025-7276.html"
UVB_2021 = "https://www.uitvoeringvanbeleidszw.nl/subsidies-en-regelingen/slim/nieuws/2021/05/11/opening-tweede-tijdvak-slim-regeling-samenwerking-en-grootbedrijf"
UVB_2023 = "https://www.uitvoeringvanbeleidszw.nl/actueel/nieuws/2023/07/31/slim-regeling-per-1-september-2023-gewijzigd"
UVB_APPLY = "https://www.uitvoeringvanbeleidszw.nl/subsidies-en-regelingen/slim/aanvragen"

EMPLOYER_SIDE = (Audience.EMPLOYER, Audience.ADVISER)


def _cite(title: str, article: str, url: str, source: Source = "OFF") -> Citation:
    return Citation(title=title, article=article, url=url, source=source)


def _reg(article: str) -> Citation:
    return _cite(
        "Stimuleringsregeling leren en ontwikkelen in mkb-ondernemingen (SLIM)", article, REGULATION
    )


ORIGINAL = _cite("SLIM-regeling (Stcrt. 2019, 70088)", "oorspronkelijke tekst", STCRT_2019)
AMENDMENT_2021 = _cite(
    "UVB, Regelwijziging SLIM-regeling per 29 april 2021", "art. 1; art. 15 e.v.", UVB_2021
)
AMENDMENT_2023 = _cite(
    "UVB, SLIM-regeling per 1 september 2023 gewijzigd", "weigeringsgrond", UVB_2023
)
AMENDMENT_2024 = _cite(
    "Stcrt. 2024, 41822 (verlenging en wijziging SLIM-regeling)", "art. I", STCRT_2024
)
NLSI_2020 = _cite(
    "NLSI, SLIM-regeling bekendgemaakt",
    "art. 8 en 9 (hoogte subsidie)",
    "https://nlsi.nl/nlsi-nieuws/slim-regeling-bekendgemaakt-stimulans-voor-leren-en-ontwikkelen/",
    "SEC",
)
PCHECK_2023 = _cite(
    "Pcheck, SLIM-subsidieregeling 2023",
    "tijdvakken en bedragen 2023",
    "https://www.pcheck.nl/single-post/slim-subsidieregeling-2023",
    "SEC",
)
WIEDIJK = _cite(
    "Wiedijk, Verlenging SLIM-regeling",
    "wijzigingen per 2025",
    "https://wiedijk.nl/verlenging-slim-regeling",
    "SEC",
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
            "Wat zijn de subsidiabele kosten van de activiteiten a tot en met c?",
            "What are the eligible costs of activities a to c?",
        ),
        help=t(
            "Loonkosten van eigen personeel en externe kosten; geen cursusgeld.",
            "Wage costs of own staff and external costs; no course fees.",
        ),
        audience=EMPLOYER_SIDE,
    ),
    IntFact(
        id="slim_praktijkleerplaatsen",
        question=t(
            "Hoeveel praktijkleerplaatsen in de derde leerweg biedt u aan?",
            "How many work-based learning places in the derde leerweg do you offer?",
        ),
        audience=EMPLOYER_SIDE,
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

# id, opens, closes, applicant group, exact dates known, source
WINDOW_TABLE: tuple[tuple[str, date, date, str, bool, Citation], ...] = (
    ("2020-mkb-1", date(2020, 3, 2), date(2020, 3, 31), MKB, True, NLSI_2020),
    (
        "2020-samenwerking",
        date(2020, 6, 1),
        date(2020, 7, 31),
        PARTNERSHIP,
        False,
        _cite(
            "PGHM, SLIM: leren en ontwikkelen in het mkb",
            "openstelling juni en juli 2020",
            "https://pghm.nl/nieuws/SLIM-subsidie",
            "SEC",
        ),
    ),
    (
        "2020-mkb-2",
        date(2020, 9, 1),
        date(2020, 9, 30),
        MKB,
        True,
        _cite(
            "Aavas, SLIM-subsidieregeling",
            "tijdvakken 2020",
            "https://www.aavas.nl/subsidies/slim-subsidieregeling/",
            "SEC",
        ),
    ),
    (
        "2021-mkb-1",
        date(2021, 3, 2),
        date(2021, 3, 31),
        MKB,
        True,
        _cite(
            "TopHR desk, Opening aanvraagtijdvak SLIM voor individuele mkb-ondernemingen",
            "3e tijdvak",
            "https://tophrdesk.nl/opening-aanvraagtijdvak-slim-voor-individuele-mkb-ondernemingen/",
            "SEC",
        ),
    ),
    (
        "2021-samenwerking",
        date(2021, 6, 1),
        date(2021, 6, 30),
        PARTNERSHIP,
        True,
        _cite(
            "UVB, Opening tweede tijdvak SLIM-regeling Samenwerking en Grootbedrijf",
            "tijdvak",
            UVB_2021,
            "EXECUTOR",
        ),
    ),
    (
        "2021-mkb-2",
        date(2021, 9, 1),
        date(2021, 9, 30),
        MKB,
        True,
        _cite(
            "Pcheck, Aanvraag SLIM-subsidie weer mogelijk per 1 september",
            "tijdvak september 2021",
            "https://www.pcheck.nl/single-post/aanvraag-slim-subsidie-weer-mogelijk-per-1-september",
            "SEC",
        ),
    ),
    (
        "2022-mkb-1",
        date(2022, 3, 1),
        date(2022, 3, 31),
        MKB,
        True,
        _cite(
            "Rendement, Mkb'er kan deze maand weer SLIM-subsidie aanvragen (01-03-2022)",
            "tijdvakken 2022",
            "https://www.rendement.nl/opleiding-en-ontwikkeling/nieuws/mkber-kan-deze-maand-weer-slim-subsidie-aanvragen.html",
            "SEC",
        ),
    ),
    (
        "2022-samenwerking",
        date(2022, 6, 1),
        date(2022, 7, 29),
        PARTNERSHIP,
        True,
        _cite(
            "Subsidiescan, SLIM-samenwerking en grootbedrijf geopend; Rijksoverheid 19-05-2022",
            "tijdvak 1 juni t/m 29 juli 2022",
            "https://www.subsidiescan.nl/blog/slim-samenwerking-en-grootbedrijf-geopend",
            "SEC",
        ),
    ),
    (
        "2022-mkb-2",
        date(2022, 9, 1),
        date(2022, 9, 30),
        MKB,
        True,
        _cite(
            "Rendement, Mkb'er kan deze maand weer SLIM-subsidie aanvragen (01-03-2022)",
            "tijdvakken 2022",
            "https://www.rendement.nl/opleiding-en-ontwikkeling/nieuws/mkber-kan-deze-maand-weer-slim-subsidie-aanvragen.html",
            "SEC",
        ),
    ),
    ("2023-mkb-1", date(2023, 3, 1), date(2023, 3, 30), MKB, True, PCHECK_2023),
    ("2023-samenwerking", date(2023, 7, 1), date(2023, 7, 27), PARTNERSHIP, True, PCHECK_2023),
    ("2023-mkb-2", date(2023, 9, 1), date(2023, 9, 28), MKB, True, PCHECK_2023),
)
WINDOWS = tuple(Window(id=w, opens=o, closes=c) for w, o, c, _, _, _ in WINDOW_TABLE)
NO_WINDOW = _cite(
    "SLIM-regeling, aanvraagtijdvakken (geen tijdvak)",
    "art. 1 (aanvraagtijdvak)",
    REGULATION,
    "INF",
)


def _window_open_for(group: str) -> tuple[Period, ...]:
    """True inside this group's windows, False between them, up to the last known date.

    A window of the group whose exact dates are not known has no period: the test is then
    unknown for that group, not guessed.
    """
    periods: list[Period] = []
    cursor = IN_FORCE
    for _, opens, closes, owner, exact, source in WINDOW_TABLE:
        if cursor < opens:
            periods.append(
                Period(start=cursor, end=opens - timedelta(days=1), value=False, citation=NO_WINDOW)
            )
        if owner != group:
            periods.append(Period(start=opens, end=closes, value=False, citation=source))
        elif exact:
            periods.append(Period(start=opens, end=closes, value=True, citation=source))
        cursor = closes + timedelta(days=1)
    periods.append(Period(start=cursor, end=WINDOWS_KNOWN_UNTIL, value=False, citation=NO_WINDOW))
    return tuple(periods)


# Parameters -----------------------------------------------------------------------------


def _from_start(value: object, citation: Citation, end: date | None = None) -> Period:
    return Period(start=IN_FORCE, end=end, value=value, citation=citation)


def _cents(euros: int) -> int:
    return euros * 100


EU_THRESHOLDS = _cite(
    "SLIM-regeling art. 1 (mkb-onderneming) en Aanbeveling 2003/361/EG",
    "art. 1; bijlage art. 2",
    REGULATION,
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
            _from_start(Decimal("0.80"), NLSI_2020, end=LAST_OLD_DAY),
            Period(start=OVERHAUL_2025, value=Decimal("0.60"), citation=WIEDIJK),
        ),
    ),
    Parameter(
        id="slim_pct_middelgroot",
        label=t(
            "subsidiepercentage middelgrote onderneming", "subsidy percentage, medium enterprise"
        ),
        periods=(_from_start(Decimal("0.60"), NLSI_2020),),
    ),
    Parameter(
        id="slim_pct_samenwerking",
        label=t("subsidiepercentage samenwerkingsverband", "subsidy percentage, partnership"),
        periods=(_from_start(Decimal("0.60"), NLSI_2020),),
    ),
    Parameter(
        id="slim_pct_grootbedrijf",
        label=t("subsidiepercentage grootbedrijf", "subsidy percentage, large firm"),
        periods=(_from_start(Decimal("0.60"), NLSI_2020, end=LAST_OLD_DAY),),
    ),
    Parameter(
        id="slim_cap_mkb",
        label=t("maximale subsidie mkb-onderneming", "maximum subsidy, SME"),
        unit="money",
        periods=(
            _from_start(_cents(24_999), NLSI_2020, end=LAST_OLD_DAY),
            Period(
                start=OVERHAUL_2025,
                value=_cents(24_999),
                citation=_cite(
                    "Stcrt. 2024, 41822 (maximum aangenomen ongewijzigd)",
                    "art. 2.9",
                    STCRT_2024,
                    "INF",
                ),
            ),
        ),
    ),
    Parameter(
        id="slim_cap_landbouw",
        label=t("maximale subsidie landbouwbedrijf", "maximum subsidy, agricultural firm"),
        unit="money",
        # Whether this cap survives 2025 is not known (the definition was deleted): no value then.
        periods=(_from_start(_cents(20_000), NLSI_2020, end=LAST_OLD_DAY),),
    ),
    Parameter(
        id="slim_cap_samenwerking",
        label=t("maximale subsidie samenwerkingsverband", "maximum subsidy, partnership"),
        unit="money",
        periods=(_from_start(_cents(500_000), NLSI_2020),),
    ),
    Parameter(
        id="slim_cap_grootbedrijf",
        label=t("maximale subsidie grootbedrijf", "maximum subsidy, large firm"),
        unit="money",
        periods=(_from_start(_cents(200_000), NLSI_2020, end=LAST_OLD_DAY),),
    ),
    Parameter(
        id="slim_min_costs_mkb",
        label=t("minimale subsidiabele kosten mkb-onderneming", "minimum eligible costs, SME"),
        unit="money",
        periods=(
            _from_start(
                _cents(5_000),
                _cite(
                    "UVB, Overzicht aanvraagcriteria",
                    "ondergrens subsidiabele kosten",
                    "https://www.uitvoeringvanbeleidszw.nl/subsidies-en-regelingen/slim/overzicht-aanvraagcriteria",
                    "EXECUTOR",
                ),
            ),
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
            _from_start(_cents(5_000), ORIGINAL, end=EU_DEFINITION_FROM - timedelta(days=1)),
            Period(start=EU_DEFINITION_FROM, value=_cents(210_000), citation=AMENDMENT_2021),
        ),
    ),
    Parameter(
        id="slim_min_costs_grootbedrijf",
        label=t("minimale subsidiabele kosten grootbedrijf", "minimum eligible costs, large firm"),
        unit="money",
        periods=(_from_start(_cents(5_000), PCHECK_2023, end=LAST_OLD_DAY),),
    ),
    Parameter(
        id="slim_partnership_min_mkb",
        label=t(
            "minimum aantal mkb-ondernemingen in een samenwerkingsverband",
            "minimum number of SMEs in a partnership",
        ),
        periods=(_from_start(2, _reg("art. 1 (samenwerkingsverband)")),),
    ),
    Parameter(
        id="slim_nonaffiliated_rule",
        label=t("partners mogen niet verbonden zijn", "partners must not be affiliated"),
        unit="bool",
        periods=(
            _from_start(False, ORIGINAL, end=EU_DEFINITION_FROM - timedelta(days=1)),
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
            _from_start(False, ORIGINAL, end=OPEN_PROJECT_RULE_FROM - timedelta(days=1)),
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
        periods=(_from_start(_cents(2_700), NLSI_2020, end=LAST_OLD_DAY),),
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
ACTIVITY_A_TO_C = (
    ACTIVITIES.contains("doorlichting")
    | ACTIVITIES.contains("loopbaanadvies")
    | ACTIVITIES.contains("lo_methode")
)
ACTIVITY_D = ACTIVITIES.contains("praktijkleerplaats") & x.param("slim_praktijkleerplaats_exists")
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
        id="subsidy_eur",
        kind=OutputKind.MONEY,
        label=t("subsidie", "subsidy"),
        expr=x.if_(
            ACTIVITY_A_TO_C,
            x.min_(x.out("subsidy_percentage") * costs, x.out("cap_eur")),
            0,
        )
        + x.if_(ACTIVITY_D, x.param("slim_praktijkleerplaats_amount") * places, 0),
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
            "Niet bekend is of op deze datum een tijdvak voor dit type aanvrager liep, of het type "
            "aanvrager ontbreekt nog.",
            "It is not known whether a window for this type of applicant was open on this date, or the "
            "type of applicant is still missing.",
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
        citation=_reg("art. 1 (grootbedrijf; landbouw-, horeca- of recreatiesector)"),
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
        citation=_reg("art. 1 (samenwerkingsverband)"),
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
        citation=NLSI_2020,
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
        applies=ACTIVITY_A_TO_C,
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
            "UVB, Overzicht aanvraagcriteria",
            "ondergrens subsidiabele kosten",
            "https://www.uitvoeringvanbeleidszw.nl/subsidies-en-regelingen/slim/overzicht-aanvraagcriteria",
            "EXECUTOR",
        ),
        met=t(
            "De subsidiabele kosten ({slim_costs_eur}) halen het minimum.",
            "The eligible costs ({slim_costs_eur}) reach the minimum.",
        ),
        not_met=t(
            "De subsidiabele kosten ({slim_costs_eur}) zijn lager dan het minimum: € 5.000, of voor een "
            "samenwerkingsverband vanaf 29 april 2021 € 210.000.",
            "The eligible costs ({slim_costs_eur}) are below the minimum: €5,000, or for a partnership "
            "from 29 April 2021 €210,000.",
        ),
        unknown=t(
            "Nodig: de subsidiabele kosten en het type aanvrager.",
            "Needed: the eligible costs and the type of applicant.",
        ),
        not_applicable=t(
            "Alleen praktijkleerplaatsen: het minimum aan kosten geldt niet.",
            "Work-based learning places only: the minimum costs do not apply.",
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
        citation=_cite(
            "UVB, Opening tweede tijdvak SLIM-regeling",
            "één aanvraag per tijdvak",
            UVB_2021,
            "EXECUTOR",
        ),
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
        test=x.fact("de_minimis_3y_eur") + x.out("subsidy_eur") <= x.param("de_minimis_ceiling"),
        citation=_reg("art. 1 (de-minimisverklaring); Verordening (EU) 1407/2013 en 2023/2831"),
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
        citation=_cite(
            "PNO, SLIM-regeling voor mkb's: uitslag door loting",
            "loting bij overvraging",
            "https://www.pnoconsultants.com/nl/nieuws/slim-regeling-loting/",
            "SEC",
        ),
        text=t(
            "Ook als u aan alle voorwaarden voldoet, is de subsidie niet zeker: elk tijdvak heeft een "
            "budget. Bij meer aanvragen dan budget bepaalt loting de volgorde; het moment van indienen "
            "telt niet en onvolledige aanvragen komen achteraan. Per aanvraag toetst UVB ook de "
            "de-minimisverklaring.",
            "Even if you meet every condition, the subsidy is not certain: each window has a budget. When "
            "applications exceed it, a lottery sets the order; the time of submission does not count and "
            "incomplete applications go last. UVB also checks the de-minimis declaration.",
        ),
    ),
    Note(
        id="partnership_2022_first_come",
        when=IS_PARTNERSHIP & _between(date(2022, 6, 1), date(2022, 7, 29)),
        citation=_cite(
            "Rijksoverheid, SLIM-regeling voor samenwerkingsverbanden en grootbedrijf gewijzigd (19-05-2022)",
            "volgorde van binnenkomst",
            "https://www.rijksoverheid.nl/actueel/nieuws/2022/05/19/slim---regeling-voor-samenwerkingsverbanden-en-grootbedrijf-gewijzigd",
        ),
        text=t(
            "In het tijdvak vanaf 1 juni 2022 voor samenwerkingsverbanden en grootbedrijven was er geen "
            "loting: aanvragen werden op volgorde van binnenkomst behandeld.",
            "In the window from 1 June 2022 for partnerships and large firms there was no lottery: "
            "applications were handled in order of receipt.",
        ),
    ),
    Note(
        id="windows_unknown",
        when=on > WINDOWS_KNOWN_UNTIL,
        citation=_cite(
            "Uitvoering van Beleid SZW, SLIM aanvragen", "aanvraagtijdvakken", UVB_APPLY, "EXECUTOR"
        ),
        text=t(
            "De aanvraagtijdvakken vanaf 2024 zijn in deze check niet vastgelegd. Kijk bij Uitvoering van "
            "Beleid SZW wanneer u kunt aanvragen (voor samenwerkingsverbanden en grootbedrijven liep in "
            "2024 een tijdvak van 3 juni tot en met 31 juli).",
            "The application windows from 2024 are not recorded in this check. See Uitvoering van Beleid "
            "SZW for when you can apply (for partnerships and large firms a window ran from 3 June to "
            "31 July 2024).",
        ),
    ),
    Note(
        id="window_2020_partnership_dates",
        when=_between(date(2020, 6, 1), date(2020, 7, 31)),
        citation=WINDOW_TABLE[1][5],
        text=t(
            "Het tijdvak voor samenwerkingsverbanden en grootbedrijven liep in juni en juli 2020; de precieze "
            "data zijn niet bekend. Daarom is niet te beslissen of u op deze dag kon aanvragen.",
            "The window for partnerships and large firms ran in June and July 2020; its exact dates are "
            "not known. So whether you could apply on this day cannot be decided.",
        ),
    ),
    Note(
        id="windows_2022_secondary",
        when=_between(date(2022, 1, 1), date(2022, 12, 31)),
        citation=WINDOW_TABLE[6][5],
        text=t(
            "De tijdvakken van 2022 (mkb 1 tot en met 31 maart en 1 tot en met 30 september; "
            "samenwerkingsverbanden 1 juni tot en met 29 juli) komen uit secundaire bronnen.",
            "The 2022 windows (SMEs 1-31 March and 1-30 September; partnerships 1 June to 29 July) come "
            "from secondary sources.",
        ),
    ),
    Note(
        id="cap_wording",
        when=IS_MKB,
        citation=NLSI_2020,
        text=t(
            "De regeling zegt 'minder dan € 25.000'; hier is het maximum € 24.999 (de meeste bronnen). "
            "Eén bron noemt € 25.000.",
            "The regulation says 'less than €25,000'; the maximum here is €24,999 (most sources). One "
            "source gives €25,000.",
        ),
    ),
    Note(
        id="cap_and_places",
        when=ACTIVITY_A_TO_C & ACTIVITY_D,
        citation=NLSI_2020,
        text=t(
            "De vergoeding van € 2.700 per praktijkleerplaats is hier opgeteld bij het bedrag voor "
            "activiteiten a tot en met c (dat onder het maximum blijft). Of het maximum ook de "
            "praktijkleerplaatsen omvat, is niet nagegaan.",
            "The allowance of €2,700 per work-based learning place is added to the amount for activities "
            "a to c (which stays under the maximum). Whether the maximum also covers the places was not "
            "verified.",
        ),
    ),
    Note(
        id="cap_from_2025",
        when=IS_MKB & (on >= OVERHAUL_2025),
        citation=WIEDIJK,
        text=t(
            "Vanaf 2025 krijgt elke mkb-onderneming 60%. Dat het maximum van € 24.999 gelijk bleef, is "
            "aangenomen en niet nagegaan.",
            "From 2025 every SME gets 60%. That the maximum of €24,999 stayed the same is assumed, not "
            "verified.",
        ),
    ),
    Note(
        id="landbouw_cap",
        when=LANDBOUW,
        citation=_cite(
            "subsidieregelingslim.help, Veelgestelde vragen",
            "maximum landbouwbedrijven",
            "https://subsidieregelingslim.help/?page_id=223",
            "SEC",
        ),
        text=t(
            "Voor landbouwbedrijven geldt tot en met 2024 een maximum van € 20.000, vanwege de "
            "de-minimisregels voor de landbouw (daar is het plafond lager dan hier getoetst). Dit maximum "
            "is hier ook op grote landbouwbedrijven toegepast ('in alle gevallen'). Een landbouwbedrijf is "
            "hier een bedrijf met een SBI-code in de landbouw. Of het maximum na 2024 blijft, is niet "
            "bekend; dan is het bedrag niet te bepalen.",
            "Agricultural firms have a maximum of €20,000 until 2024, because of the de-minimis rules for "
            "agriculture (whose ceiling is lower than the one checked here). The maximum is applied to "
            "large agricultural firms too ('in all cases'). An agricultural firm is taken as one with an "
            "agricultural SBI code. Whether the maximum continues after 2024 is not known; then the "
            "amount cannot be set.",
        ),
    ),
    Note(
        id="de_minimis_partnership",
        when=IS_PARTNERSHIP,
        citation=_cite(
            "Subsidiescan, SLIM-samenwerking en grootbedrijf geopend",
            "maximum per samenwerkingspartner",
            "https://www.subsidiescan.nl/blog/slim-samenwerking-en-grootbedrijf-geopend",
            "SEC",
        ),
        text=t(
            "Bij een samenwerkingsverband gaat de subsidie naar de deelnemers (volgens een bron hoogstens "
            "€ 200.000 per deelnemer). De de-minimisruimte geldt per deelnemer en is hier niet getoetst. "
            "Alle deelnemende ondernemingen moeten mkb zijn.",
            "For a partnership the subsidy goes to the participants (one source: at most €200,000 per "
            "participant). De-minimis room applies per participant and is not checked here. Every "
            "participating enterprise must be an SME.",
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
        citation=_cite(
            "KHN, Nieuwe subsidieregeling voor scholing medewerkers in mkb",
            "praktijkleerplaatsen derde leerweg",
            "https://www.khn.nl/nieuws/nieuwe-subsidieregeling-voor-scholing-medewerkers-in-mkb-slim-regeling",
            "SEC",
        ),
        text=t(
            "Praktijkleerplaatsen tellen alleen voor een beroepsopleiding in de derde leerweg bij een erkend "
            "leerbedrijf, niet voor bol of bbl (bbl valt onder de Subsidieregeling praktijkleren). De "
            "vergoeding is € 2.700 per gerealiseerde plaats per jaar (hoogstens 40 weken).",
            "Work-based learning places count only for a vocational course in the derde leerweg at a "
            "recognised learning company, not for bol or bbl (bbl falls under the Subsidieregeling "
            "praktijkleren). The allowance is €2,700 per realised place per year (at most 40 weeks).",
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
        citation=_cite(
            "OVP, SLIM-regeling", "subsidiabele kosten", "https://www.ovp.nl/slimregeling/", "SEC"
        ),
        text=t(
            "SLIM betaalt niet voor de scholing zelf (cursusgeld), maar voor de activiteiten a tot en met c: "
            "loonkosten van eigen personeel en externe kosten.",
            "SLIM does not pay for the training itself (course fees) but for activities a to c: wage costs "
            "of own staff and external costs.",
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
            "Het project moet binnen 3 maanden na de verlening starten en duurt hoogstens 12 maanden (mkb) "
            "of 24 maanden (samenwerkingsverband). Realiseert u minder dan 60% van de begrote kosten, dan "
            "werd de subsidie tot juli 2023 op nul gesteld; daarna kan een lager bedrag worden vastgesteld.",
            "The project must start within 3 months of the grant and lasts at most 12 months (SME) or 24 "
            "months (partnership). If less than 60% of budgeted costs is realised, the subsidy was set at "
            "nil until July 2023; after that a lower amount may be set.",
        ),
    ),
    Note(
        id="scholingssubsidie_not_assessed",
        when=date(2025, 2, 20) <= on,
        citation=_cite("Stcrt. 2025, 7276 (SLIM-scholingssubsidie)", "hoofdstuk 3", STCRT_2025),
        text=t(
            "De SLIM-scholingssubsidie voor opleidingen in een sectoraal ontwikkelpad (hoofdstuk 3, vanaf "
            "2025) is een aparte regeling en wordt hier niet beoordeeld.",
            "The SLIM training subsidy for training in a sectoral development path (chapter 3, from 2025) "
            "is a separate rule set and is not assessed here.",
        ),
    ),
)

SCHEME = Scheme(
    id="slim",
    version="2026.1",
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
        "Stimuleringsregeling leren en ontwikkelen in mkb-ondernemingen",
        "Stcrt. 2019, 70088",
        STCRT_2019,
    ),
    facts=FACTS,
    parameters=PARAMETERS,
    criteria=CRITERIA,
    outputs=OUTPUTS,
    notes=NOTES,
    availability=AvailabilityRule(
        citation=_cite("UVB, SLIM aanvragen", "aanvraagtijdvakken", UVB_APPLY, "EXECUTOR"),
        in_force_from=IN_FORCE,
        in_force_to=LAPSES - timedelta(days=1),
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
        before_text=t(
            "De SLIM-regeling gold toen nog niet; zij begon op 1 januari 2020.",
            "The SLIM regulation did not apply yet; it started on 1 January 2020.",
        ),
        unknown_text=t(
            "De aanvraagtijdvakken van SLIM voor deze datum zijn hier niet bekend. Kijk op de website van "
            "Uitvoering van Beleid SZW.",
            "The SLIM application windows for this date are not known here. See the website of Uitvoering "
            "van Beleid SZW.",
        ),
    ),
)
