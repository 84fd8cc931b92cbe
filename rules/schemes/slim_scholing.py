"""SLIM-scholingssubsidie: training in a recognised sectoral development path.

Chapter 3 of the SLIM-regeling (BWBR0043015), added by Stcrt. 2025, 7276 (consolidated
text from 28 February 2025) and lapsing on 1 January 2028 (art. 4.3). It is its own scheme,
not a dated part of ``slim``: other applicants (an employer, also a registered
gastouderbureau, or a collective of social partners and O&O-funds), another activity
(buying training listed in a recognised ontwikkelpad, not building a learning culture),
another rate (90 % or 40 % by NLQF level, art. 3.8(3)), other windows (art. 3.12) and
another end date.

What it decides: the training conditions of art. 3.5(2), the collective's minimum of
EUR 125,000 (art. 3.10), the employer's maximum per application "lager dan € 25.000"
(art. 3.14(2)), the EUR 100,000 per applicant per year (art. 3.20(3) from 1 September 2025,
3.20(2) in the text of 23 May 2026) and, in the text of 23 May 2026, the refusal of training
given by the employer itself (art. 3.9(2)(g)).
Windows: the 2025 windows stand in art. 3.12 (text of 2025-02-28); from 2026 art. 3.12
leaves them to a notice, not found among official texts, so availability is unknown then.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from rules import expr as x
from rules.facts import Audience, BoolFact, Choice, EnumFact, MoneyFact
from rules.parameters import Parameter, Period
from rules.scheme import AvailabilityRule, Criterion, Note, Output, OutputKind, Scheme, Window
from rules.texts import Citation, t

FROM = date(2025, 2, 28)
LAPSES = date(2028, 1, 1)
TEXT_2026 = date(2026, 5, 23)
T2025_09 = date(2025, 9, 1)
LAST_2025_TEXT = date(2025, 12, 31)  # the text of 2025-09-01 holds until that of 2026-01-01
DAY = timedelta(days=1)
WINDOWS_KNOWN_UNTIL = date(2025, 11, 10)

EMPLOYER_SIDE = (Audience.EMPLOYER, Audience.ADVISER)


def _reg(version: str, article: str) -> Citation:
    anchor = article.split()[0]
    return Citation(
        title=f"SLIM-regeling, hoofdstuk 3 (tekst geldend vanaf {version})",
        article=f"art. {article}",
        url=f"https://wetten.overheid.nl/BWBR0043015/{version}#Artikel{anchor}",
        source="OFF",
    )


T2025 = "2025-02-28"
T2026 = "2026-05-23"
STCRT_2025 = Citation(
    title="Stcrt. 2025, 7276 (SLIM-scholingssubsidie)",
    article="hoofdstuk 3",
    url="https://zoek.officielebekendmakingen.nl/stcrt-2025-7276.html",
    source="OFF",
)
UVB = "https://www.uitvoeringvanbeleidszw.nl/subsidies-en-regelingen/slim"

# Facts ------------------------------------------------------------------------------------

APPLICANT = x.fact("slim_scholing_applicant")
IS_EMPLOYER = APPLICANT.eq("werkgever")
IS_COLLECTIVE = APPLICANT.eq("collectief")

FACTS = (
    EnumFact(
        id="slim_scholing_applicant",
        question=t("Wie vraagt de scholingssubsidie aan?", "Who applies for the training subsidy?"),
        choices=(
            Choice(
                id="werkgever",
                label=t(
                    "een werkgever (ook een geregistreerd gastouderbureau)",
                    "an employer (also a registered gastouderbureau)",
                ),
            ),
            Choice(
                id="collectief",
                label=t(
                    "een collectief van werkgevers- en werknemersorganisaties of een O&O-fonds",
                    "a collective of employers' and workers' organisations or an O&O fund",
                ),
            ),
        ),
        audience=EMPLOYER_SIDE,
    ),
    BoolFact(
        id="slim_scholing_in_ontwikkelpad",
        question=t(
            "Stond de opleiding bij de inkoop in een erkend ontwikkelpad (het scholingspakket op "
            "leeroverzicht.nl)?",
            "Was the training listed in a recognised development path (the training package on "
            "leeroverzicht.nl) when it was bought?",
        ),
        help=t(
            "Alleen opleidingen uit een erkend sectoraal ontwikkelpad tellen, bijvoorbeeld in de zorg, "
            "de kinderopvang, de techniek of het onderwijs.",
            "Only training from a recognised sectoral development path counts, for example in care, "
            "childcare, technology or education.",
        ),
        audience=EMPLOYER_SIDE,
    ),
    EnumFact(
        id="slim_scholing_nlqf",
        question=t(
            "Op welk niveau is de opleiding (NLQF of mbo-niveau)?",
            "At what level is the training (NLQF or mbo level)?",
        ),
        choices=(
            Choice(id="niveau_1_3", label=t("niveau 1, 2 of 3", "level 1, 2 or 3")),
            Choice(id="niveau_4_plus", label=t("niveau 4 of hoger", "level 4 or higher")),
        ),
        audience=EMPLOYER_SIDE,
    ),
    MoneyFact(
        id="slim_scholing_costs_eur",
        question=t(
            "Wat kost de opleiding (les-, cursus-, college- of examengeld en verplichte boeken, "
            "zonder btw)?",
            "What does the training cost (tuition or exam fees and required books, without VAT)?",
        ),
        audience=EMPLOYER_SIDE,
        maximum=Decimal(10**9),
    ),
    BoolFact(
        id="slim_scholing_free_for_worker",
        question=t(
            "Volgt de medewerker of werkzoekende de opleiding kosteloos?",
            "Does the worker or jobseeker follow the training free of charge?",
        ),
        audience=EMPLOYER_SIDE,
    ),
    BoolFact(
        id="slim_scholing_mandatory",
        question=t(
            "Is de opleiding wettelijk of in de cao verplicht om het werk te mogen blijven doen?",
            "Is the training required by law or the collective agreement to keep doing the work?",
        ),
        audience=EMPLOYER_SIDE,
        default=False,
    ),
    BoolFact(
        id="slim_scholing_fully_funded",
        question=t(
            "Wordt de opleiding al volledig door de overheid betaald?",
            "Is the training already fully paid for by the government?",
        ),
        audience=EMPLOYER_SIDE,
        default=False,
    ),
    BoolFact(
        id="slim_scholing_timing_ok",
        question=t(
            "Is de opleiding ingekocht nadat zij in het scholingspakket stond, en begint zij uiterlijk "
            "13 weken na uw aanvraag?",
            "Was the training bought after it was in the training package, and does it start no later "
            "than 13 weeks after your application?",
        ),
        help=t(
            "De datum van de factuur geldt als datum van inkoop.",
            "The invoice date counts as the date of purchase.",
        ),
        audience=EMPLOYER_SIDE,
    ),
    BoolFact(
        id="slim_scholing_own_provider",
        question=t(
            "Geeft u (de werkgever) de opleiding zelf?",
            "Do you (the employer) give the training yourself?",
        ),
        audience=EMPLOYER_SIDE,
        default=False,
    ),
    MoneyFact(
        id="slim_scholing_granted_this_year_eur",
        question=t(
            "Hoeveel SLIM-scholingssubsidie kreeg u dit kalenderjaar al verleend?",
            "How much SLIM training subsidy were you already granted this calendar year?",
        ),
        audience=EMPLOYER_SIDE,
        maximum=Decimal(10**9),
        default=0,
    ),
)

# Windows ----------------------------------------------------------------------------------

W2025 = _reg(T2025, "3.12")
# id, opens, closes (09:00 to 17:00), applicant, source. The collective window of
# September 2025 lies inside the employers' second window, so the availability lists the
# employers' windows (which cover it) and each applicant's criterion reads its own.
WINDOW_TABLE = (
    ("2025-werkgevers-1", date(2025, 3, 10), date(2025, 6, 30), "werkgever"),
    ("2025-werkgevers-2", date(2025, 7, 1), date(2025, 11, 10), "werkgever"),
    ("2025-collectieven", date(2025, 9, 1), date(2025, 9, 30), "collectief"),
)
WINDOWS = tuple(
    Window(id=w, opens=o, closes=c) for w, o, c, who in WINDOW_TABLE if who == "werkgever"
)


def _open_for(applicant: str) -> tuple[Period, ...]:
    own = sorted((o, c) for _, o, c, who in WINDOW_TABLE if who == applicant)
    periods: list[Period] = []
    cursor = FROM
    for opens, closes in own:
        if cursor < opens:
            periods.append(Period(start=cursor, end=opens - DAY, value=False, citation=W2025))
        periods.append(Period(start=opens, end=closes, value=True, citation=W2025))
        cursor = closes + DAY
    if cursor <= WINDOWS_KNOWN_UNTIL:
        periods.append(Period(start=cursor, end=WINDOWS_KNOWN_UNTIL, value=False, citation=W2025))
    return tuple(periods)


# Parameters -------------------------------------------------------------------------------


def _cents(euros: int) -> int:
    return euros * 100


PARAMETERS = (
    Parameter(
        id="slim_scholing_window_werkgever",
        label=t("aanvraagtijdvak voor werkgevers", "application window for employers"),
        unit="bool",
        periods=_open_for("werkgever"),
    ),
    Parameter(
        id="slim_scholing_window_collectief",
        label=t("aanvraagtijdvak voor collectieven", "application window for collectives"),
        unit="bool",
        periods=_open_for("collectief"),
    ),
    Parameter(
        id="slim_scholing_pct_low",
        label=t("subsidiepercentage niveau 1 tot en met 3", "subsidy percentage, levels 1 to 3"),
        periods=(Period(start=FROM, value=Decimal("0.90"), citation=_reg(T2025, "3.8 lid 3")),),
    ),
    Parameter(
        id="slim_scholing_pct_high",
        label=t("subsidiepercentage niveau 4 en hoger", "subsidy percentage, level 4 and up"),
        periods=(Period(start=FROM, value=Decimal("0.40"), citation=_reg(T2025, "3.8 lid 3")),),
    ),
    Parameter(
        id="slim_scholing_collective_surcharge",
        label=t("toeslag collectief op de kosten", "collective's surcharge on the costs"),
        periods=(Period(start=FROM, value=Decimal("0.15"), citation=_reg(T2025, "3.8 lid 2")),),
    ),
    Parameter(
        id="slim_scholing_accountant_eur",
        label=t("tegemoetkoming accountantsproduct", "allowance for the auditor's report"),
        unit="money",
        periods=(Period(start=FROM, value=_cents(3_000), citation=_reg(T2025, "3.8 lid 2")),),
    ),
    Parameter(
        id="slim_scholing_employer_below",
        label=t(
            "subsidie per aanvraag van een werkgever: lager dan",
            "subsidy per employer application: below",
        ),
        unit="money",
        periods=(Period(start=FROM, value=_cents(25_000), citation=_reg(T2025, "3.14 lid 2")),),
    ),
    Parameter(
        id="slim_scholing_collective_min",
        label=t("minimale subsidie collectief", "minimum subsidy, collective"),
        unit="money",
        periods=(Period(start=FROM, value=_cents(125_000), citation=_reg(T2025, "3.10")),),
    ),
    Parameter(
        id="slim_scholing_year_cap",
        label=t(
            "subsidie per aanvrager per kalenderjaar: hoogstens",
            "subsidy per applicant per calendar year: at most",
        ),
        unit="money",
        periods=(
            Period(
                start=T2025_09,
                end=LAST_2025_TEXT,
                value=_cents(100_000),
                citation=_reg("2025-09-01", "3.20 lid 3"),
            ),
            Period(start=TEXT_2026, value=_cents(100_000), citation=_reg(T2026, "3.20 lid 2")),
        ),
    ),
    Parameter(
        id="slim_scholing_year_cap_exists",
        label=t("jaarmaximum per aanvrager", "yearly maximum per applicant"),
        unit="bool",
        # Not in the text of 2025-02-28; in those of 2025-09-01 (art. 3.20(3)) and 2026-05-23
        # (art. 3.20(2)). The texts of 2026-01-01 and 2026-04-04 were not read: no value then.
        periods=(
            Period(start=FROM, end=T2025_09 - DAY, value=False, citation=_reg(T2025, "3.20")),
            Period(
                start=T2025_09,
                end=LAST_2025_TEXT,
                value=True,
                citation=_reg("2025-09-01", "3.20 lid 3"),
            ),
            Period(start=TEXT_2026, value=True, citation=_reg(T2026, "3.20 lid 2")),
        ),
    ),
    Parameter(
        id="slim_scholing_own_provider_rule",
        label=t(
            "geen subsidie als de werkgever de opleiding zelf geeft",
            "no subsidy when the employer gives the training itself",
        ),
        unit="bool",
        # Art. 3.9(2)(g) is in the text of 2026-05-23, not in those of 2025-02-28 and
        # 2025-09-01 (whose list of excluded providers, art. 3.20(2), stops at f).
        periods=(
            Period(
                start=FROM,
                end=LAST_2025_TEXT,
                value=False,
                citation=_reg("2025-09-01", "3.20 lid 2"),
            ),
            Period(start=TEXT_2026, value=True, citation=_reg(T2026, "3.9 lid 2")),
        ),
    ),
)

# Outputs ----------------------------------------------------------------------------------

costs = x.fact("slim_scholing_costs_eur")
granted = x.fact("slim_scholing_granted_this_year_eur")
# "één individuele aanvrager" (art. 3.20): an employer. Applied to a collective, the cap of
# EUR 100,000 would defeat its own minimum of EUR 125,000 (art. 3.10).
CAP_EXISTS = IS_EMPLOYER & x.param("slim_scholing_year_cap_exists")

OUTPUTS = (
    Output(
        id="subsidy_percentage",
        kind=OutputKind.DECIMAL,
        places=2,
        label=t("subsidiepercentage", "subsidy percentage"),
        expr=x.case(
            x.fact("slim_scholing_nlqf"),
            {
                "niveau_1_3": x.param("slim_scholing_pct_low"),
                "niveau_4_plus": x.param("slim_scholing_pct_high"),
            },
        ),
    ),
    Output(
        id="subsidy_before_limits_eur",
        kind=OutputKind.MONEY,
        label=t("subsidie vóór de maxima", "subsidy before the maximums"),
        expr=x.out("subsidy_percentage") * costs
        + x.if_(
            IS_COLLECTIVE,
            x.param("slim_scholing_collective_surcharge") * costs
            + x.param("slim_scholing_accountant_eur"),
            0,
        ),
    ),
    Output(
        id="year_room_eur",
        kind=OutputKind.MONEY,
        label=t("ruimte dit kalenderjaar", "room this calendar year"),
        expr=x.if_(CAP_EXISTS, x.max_(x.param("slim_scholing_year_cap") - granted, 0), None),
    ),
    Output(
        id="subsidy_eur",
        kind=OutputKind.MONEY,
        label=t("subsidie", "subsidy"),
        # An employer asks "een bedrag dat lager is dan € 25.000" (art. 3.14(2)): at most
        # one cent below it. The part above the yearly room is refused (art. 3.20(2)).
        expr=x.min_(
            x.out("subsidy_before_limits_eur"),
            x.if_(IS_EMPLOYER, x.param("slim_scholing_employer_below") - 1, 10**15),
            x.if_(CAP_EXISTS, x.out("year_room_eur"), 10**15),
        ),
    ),
)

# Criteria ---------------------------------------------------------------------------------

CRITERIA = (
    Criterion(
        id="window_for_applicant",
        label=t("Aanvraagtijdvak voor dit type aanvrager", "Window for this type of applicant"),
        test=x.case(
            APPLICANT,
            {
                "werkgever": x.param("slim_scholing_window_werkgever"),
                "collectief": x.param("slim_scholing_window_collectief"),
            },
        ),
        citation=W2025,
        met=t(
            "Op {on} loopt een aanvraagtijdvak voor dit type aanvrager.",
            "On {on} a window for this type of applicant is open.",
        ),
        not_met=t(
            "Op {on} loopt geen aanvraagtijdvak voor dit type aanvrager. In 2025 vroegen werkgevers "
            "aan van 10 maart tot en met 10 november en collectieven in september.",
            "On {on} no window for this type of applicant is open. In 2025 employers applied from "
            "10 March to 10 November and collectives in September.",
        ),
        unknown=t(
            "De aanvraagtijdvakken voor deze datum staan niet in deze check, of het type aanvrager "
            "ontbreekt nog. Kijk op uitvoeringvanbeleidszw.nl wanneer u kunt aanvragen.",
            "The windows for this date are not in this check, or the type of applicant is still "
            "missing. See uitvoeringvanbeleidszw.nl for when you can apply.",
        ),
    ),
    Criterion(
        id="in_ontwikkelpad",
        label=t(
            "Opleiding uit een erkend ontwikkelpad", "Training from a recognised development path"
        ),
        test=x.fact("slim_scholing_in_ontwikkelpad"),
        citation=_reg(T2026, "3.5 lid 2"),
        met=t(
            "De opleiding stond bij de inkoop in een erkend ontwikkelpad.",
            "The training was in a recognised development path when it was bought.",
        ),
        not_met=t(
            "Alleen opleidingen die bij de inkoop in een erkend ontwikkelpad stonden, komen in "
            "aanmerking.",
            "Only training that was in a recognised development path when it was bought qualifies.",
        ),
        unknown=t(
            "Nodig: of de opleiding in een erkend ontwikkelpad stond.",
            "Needed: whether the training was in a recognised development path.",
        ),
    ),
    Criterion(
        id="not_mandatory",
        label=t("Geen verplichte opleiding", "Not a mandatory training"),
        test=~x.fact("slim_scholing_mandatory") & ~x.fact("slim_scholing_fully_funded"),
        citation=_reg(T2026, "3.5 lid 2"),
        met=t(
            "De opleiding is niet verplicht om het werk te blijven doen en wordt niet al volledig "
            "door de overheid betaald.",
            "The training is not required to keep doing the work and is not already fully paid for "
            "by the government.",
        ),
        not_met=t(
            "Een opleiding die verplicht is om het werk te blijven doen, of die de overheid al "
            "volledig betaalt, krijgt geen subsidie.",
            "Training required to keep doing the work, or already fully paid for by the "
            "government, gets no subsidy.",
        ),
        unknown=t(
            "Nodig: of de opleiding verplicht is of al volledig wordt betaald.",
            "Needed: whether the training is mandatory or already fully paid for.",
        ),
    ),
    Criterion(
        id="free_for_worker",
        label=t("Kosteloos voor de deelnemer", "Free of charge for the participant"),
        test=x.fact("slim_scholing_free_for_worker"),
        citation=_reg(T2026, "3.5 lid 2"),
        met=t(
            "De deelnemer volgt de opleiding kosteloos.",
            "The participant follows the training free of charge.",
        ),
        not_met=t(
            "De deelnemer moet de opleiding kosteloos kunnen volgen.",
            "The participant must be able to follow the training free of charge.",
        ),
        unknown=t(
            "Nodig: of de deelnemer de opleiding kosteloos volgt.",
            "Needed: whether the participant follows the training free of charge.",
        ),
    ),
    Criterion(
        id="timing",
        label=t("Inkoop en start op tijd", "Purchase and start on time"),
        test=x.fact("slim_scholing_timing_ok"),
        citation=_reg(T2026, "3.5 lid 2"),
        met=t(
            "De opleiding is op tijd ingekocht en begint uiterlijk 13 weken na de aanvraag.",
            "The training was bought in time and starts no later than 13 weeks after the "
            "application.",
        ),
        not_met=t(
            "De opleiding moet zijn ingekocht nadat zij in het scholingspakket stond en uiterlijk "
            "13 weken na de aanvraag beginnen.",
            "The training must have been bought after it was in the training package and start no "
            "later than 13 weeks after the application.",
        ),
        unknown=t(
            "Nodig: wanneer de opleiding is ingekocht en wanneer zij begint.",
            "Needed: when the training was bought and when it starts.",
        ),
    ),
    Criterion(
        id="not_own_provider",
        label=t("Opleiding niet door de werkgever zelf", "Training not given by the employer"),
        applies=IS_EMPLOYER & x.param("slim_scholing_own_provider_rule"),
        test=~x.fact("slim_scholing_own_provider"),
        citation=_reg(T2026, "3.9 lid 2"),
        met=t(
            "Een andere opleider dan de werkgever geeft de opleiding.",
            "A provider other than the employer gives the training.",
        ),
        not_met=t(
            "Geeft de werkgever de opleiding zelf, dan is er geen subsidie.",
            "When the employer gives the training itself, there is no subsidy.",
        ),
        unknown=t(
            "Nodig: of u de opleiding zelf geeft.",
            "Needed: whether you give the training yourself.",
        ),
        not_applicable=t(
            "Deze eis geldt alleen voor werkgevers, en niet in 2025.",
            "This requirement applies only to employers, and not in 2025.",
        ),
    ),
    Criterion(
        id="collective_minimum",
        label=t("Minimaal € 125.000 voor een collectief", "At least € 125,000 for a collective"),
        applies=IS_COLLECTIVE,
        test=x.out("subsidy_eur") >= x.param("slim_scholing_collective_min"),
        citation=_reg(T2026, "3.10"),
        met=t(
            "De subsidie van {subsidy_eur} haalt het minimum voor een collectief.",
            "The subsidy of {subsidy_eur} reaches the minimum for a collective.",
        ),
        not_met=t(
            "Een collectief krijgt minstens € 125.000 per aanvraag; hier is het {subsidy_eur}.",
            "A collective gets at least € 125,000 per application; here it is {subsidy_eur}.",
        ),
        unknown=t(
            "Nodig: de kosten en het niveau van de opleidingen.",
            "Needed: the costs and the level of the training.",
        ),
        not_applicable=t("De aanvrager is geen collectief.", "The applicant is not a collective."),
    ),
    Criterion(
        id="year_room",
        label=t(
            "Ruimte onder € 100.000 per kalenderjaar", "Room under € 100,000 per calendar year"
        ),
        test=~CAP_EXISTS | (x.out("year_room_eur") > 0),
        citation=_reg(T2026, "3.20 lid 2"),
        met=t(
            "Er is dit kalenderjaar nog ruimte voor subsidie.",
            "There is still room for subsidy this calendar year.",
        ),
        not_met=t(
            "U kreeg dit kalenderjaar al € 100.000 of meer; meer subsidie wordt geweigerd.",
            "You were already granted € 100,000 or more this calendar year; more is refused.",
        ),
        unknown=t(
            "Nodig: hoeveel scholingssubsidie u dit kalenderjaar al kreeg.",
            "Needed: how much training subsidy you were granted this calendar year.",
        ),
    ),
)

# Notes ------------------------------------------------------------------------------------

on = x.on()

NOTES = (
    Note(
        id="first_come",
        citation=_reg(T2026, "3.17"),
        text=t(
            "Aanvragen worden behandeld op volgorde van binnenkomst, zolang er budget is; alleen "
            "volledige aanvragen tellen.",
            "Applications are handled in order of receipt while budget lasts; only complete "
            "applications count.",
        ),
    ),
    Note(
        id="employer_maximum",
        when=IS_EMPLOYER,
        citation=_reg(T2026, "3.14 lid 2"),
        text=t(
            "Een werkgever vraagt per aanvraag minder dan € 25.000 aan. Bij hogere kosten is het bedrag "
            "hier € 24.999,99.",
            "An employer asks for less than € 25,000 per application. With higher costs the amount "
            "here is € 24,999.99.",
        ),
    ),
    Note(
        id="windows_from_2026",
        when=on > WINDOWS_KNOWN_UNTIL,
        citation=_reg(T2026, "3.12"),
        text=t(
            "Vanaf 2026 staan de aanvraagtijdvakken niet meer in de regeling: de minister maakt ze "
            "bekend in de Staatscourant en op uitvoeringvanbeleidszw.nl. In 2025 konden werkgevers "
            "aanvragen van 10 maart tot en met 10 november en collectieven van 1 tot en met "
            "30 september.",
            "From 2026 the windows are no longer in the regulation: the minister announces them in "
            "the Staatscourant and on uitvoeringvanbeleidszw.nl. In 2025 employers could apply from "
            "10 March to 10 November and collectives from 1 to 30 September.",
        ),
    ),
    Note(
        id="windows_2026_sources",
        when=on > WINDOWS_KNOWN_UNTIL,
        for_advisers=True,
        citation=_reg(T2026, "3.12"),
        text=t(
            "De bekendmaking van de tijdvakken van 2026 (art. 3.12) is niet gevonden in de "
            "Staatscourant of bij Uitvoering van Beleid SZW; de beschikbaarheid is daarom onbekend. "
            "Art. 3.16 lid 1 noemt voor 2026 wel een meldingsdatum voor centrumgemeenten "
            "(26 maart 2026) en art. 3.11 een kostenperiode tot 31 december 2028.",
            "The notice with the 2026 windows (art. 3.12) was not found in the Staatscourant or at "
            "Uitvoering van Beleid SZW; availability is therefore unknown. Art. 3.16(1) does name a "
            "notification date for centrumgemeenten for 2026 (26 March 2026) and art. 3.11 a cost "
            "period up to 31 December 2028.",
        ),
    ),
    Note(
        id="texts_between",
        when=(on > LAST_2025_TEXT) & (on < TEXT_2026),
        for_advisers=True,
        citation=_reg(T2026, "3.20 lid 2"),
        text=t(
            "Het maximum van € 100.000 per jaar staat in de tekst van 1 september 2025 (art. 3.20 "
            "lid 3) en in die van 23 mei 2026 (art. 3.20 lid 2); de weigering als de werkgever de "
            "opleiding zelf geeft (art. 3.9 lid 2 onder g) alleen in die van 23 mei 2026. De teksten "
            "van 1 januari en 4 april 2026 zijn niet gelezen; van 1 januari tot 23 mei 2026 zijn "
            "beide hier onbekend.",
            "The maximum of € 100,000 per year is in the text of 1 September 2025 (art. 3.20(3)) and "
            "in that of 23 May 2026 (art. 3.20(2)); the refusal when the employer gives the training "
            "itself (art. 3.9(2)(g)) only in that of 23 May 2026. The texts of 1 January and 4 April "
            "2026 were not read; from 1 January to 23 May 2026 both are unknown here.",
        ),
    ),
    Note(
        id="year_cap_reading",
        when=IS_COLLECTIVE,
        for_advisers=True,
        citation=_reg(T2026, "3.20 lid 2"),
        text=t(
            "Het maximum van € 100.000 per jaar geldt voor 'één individuele aanvrager'. Deze check "
            "past het alleen toe op werkgevers: voor een collectief zou het botsen met het minimum "
            "van € 125.000 per aanvraag (art. 3.10).",
            "The maximum of € 100,000 per year applies to 'one individual applicant'. This check "
            "applies it to employers only: for a collective it would clash with the minimum of "
            "€ 125,000 per application (art. 3.10).",
        ),
    ),
    Note(
        id="collective_reading",
        when=IS_COLLECTIVE,
        for_advisers=True,
        citation=_reg(T2026, "3.8 lid 2"),
        text=t(
            "Art. 3.8 lid 2 geeft een collectief 'tevens' een toeslag van 15 % op de kosten en "
            "€ 3.000 voor het accountantsproduct; deze check telt beide bij het percentage van lid 3 "
            "op. De evenredige verdeling bij overvraging (art. 3.17 lid 4) is niet meegerekend.",
            "Art. 3.8(2) gives a collective 'also' a surcharge of 15 % on the costs and € 3,000 for "
            "the auditor's report; this check adds both to the percentage of paragraph 3. The "
            "pro-rata split when oversubscribed (art. 3.17(4)) is not computed.",
        ),
    ),
    Note(
        id="language_and_parts",
        citation=_reg(T2026, "3.8"),
        text=t(
            "Een taalcursus Nederlands telt mee als hij nodig is voor de functie en samengaat met een "
            "opleiding uit het ontwikkelpad, tot de helft van de kosten. Het niveau van een deel van "
            "een opleiding is het niveau van de hele opleiding. Deze check rekent die gevallen niet "
            "apart uit.",
            "A Dutch language course counts when the job needs it and it goes with a training from "
            "the development path, up to half the costs. The level of part of a training is the "
            "level of the whole training. This check does not work those cases out separately.",
        ),
    ),
    Note(
        id="not_slim_learning_culture",
        citation=STCRT_2025,
        text=t(
            "Dit is de SLIM-scholingssubsidie. De gewone SLIM-subsidie voor een doorlichting, "
            "loopbaanadviezen of een leer- en ontwikkelmethode is een andere check.",
            "This is the SLIM training subsidy. The regular SLIM subsidy for a company scan, career "
            "advice or a learning method is a different check.",
        ),
    ),
)

SCHEME = Scheme(
    id="slim_scholing",
    version="2026.1",
    title=t(
        "SLIM-scholingssubsidie voor opleidingen in een ontwikkelpad",
        "SLIM training subsidy for training in a development path",
    ),
    summary=t(
        "Krijgt u subsidie voor een opleiding van uw medewerker uit een erkend ontwikkelpad, en "
        "hoeveel?",
        "Can you get a subsidy for your worker's training from a recognised development path, "
        "and how much?",
    ),
    eligible_means=t(
        "De aanvrager en de opleiding voldoen op de aanvraagdatum aan de voorwaarden van hoofdstuk 3 "
        "van de SLIM-regeling. Of er budget is, hangt af van de volgorde van binnenkomst.",
        "The applicant and the training meet the conditions of chapter 3 of the SLIM regulation on "
        "the application date. Whether budget is left depends on the order of receipt.",
    ),
    audience=EMPLOYER_SIDE,
    legal_basis=Citation(
        title="SLIM-regeling, hoofdstuk 3 (SLIM-scholingssubsidie)",
        article="art. 3.1-3.25",
        url=f"https://wetten.overheid.nl/BWBR0043015/{T2026}#Hoofdstuk3",
        source="OFF",
    ),
    facts=FACTS,
    parameters=PARAMETERS,
    criteria=CRITERIA,
    outputs=OUTPUTS,
    notes=NOTES,
    not_assessed=(
        t(
            "Of een opleiding in een erkend ontwikkelpad staat, kunt u nagaan bij de sector of bij "
            "Uitvoering van Beleid SZW; wij gaan uit van uw antwoord.",
            "Whether a training is part of a recognised development path you can check with the "
            "sector or with Uitvoering van Beleid SZW; we use your answer.",
        ),
        t(
            "Bij meer aanvragen dan geld beslist een loting of de volgorde. Daarom is een "
            "subsidie nooit zeker vooraf.",
            "When there are more applications than money, a lottery or the order decides. So a "
            "subsidy is never certain beforehand.",
        ),
        t(
            "Taalcursussen (hoogstens de helft van de kosten) en de verdeling bij een collectieve "
            "aanvraag rekenen we niet uit.",
            "Language courses (at most half the costs) and the split in a collective application "
            "are not worked out.",
        ),
    ),
    availability=AvailabilityRule(
        citation=_reg(T2026, "3.12"),
        in_force_from=FROM,
        in_force_to=LAPSES - DAY,
        windows=WINDOWS,
        windows_known_until=WINDOWS_KNOWN_UNTIL,
        before_text=t(
            "De SLIM-scholingssubsidie bestond toen nog niet; zij begon op 28 februari 2025.",
            "The SLIM training subsidy did not exist yet; it started on 28 February 2025.",
        ),
        unknown_text=t(
            "De aanvraagtijdvakken van de SLIM-scholingssubsidie voor deze datum staan niet in deze "
            "check. De minister maakt ze bekend in de Staatscourant en op uitvoeringvanbeleidszw.nl; "
            "kijk daar wanneer u kunt aanvragen.",
            "The windows of the SLIM training subsidy for this date are not in this check. The "
            "minister announces them in the Staatscourant and on uitvoeringvanbeleidszw.nl; look "
            "there for when you can apply.",
        ),
        successor=t(
            "De SLIM-scholingssubsidie vervalt op 1 januari 2028 (art. 4.3).",
            "The SLIM training subsidy lapses on 1 January 2028 (art. 4.3).",
        ),
    ),
)
