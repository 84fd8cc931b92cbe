"""STAP-budget: a personal training budget of at most EUR 1,000 a year, paid to the provider.

Subsidieregeling STAP-budget (Stcrt. 2021, 35685), in force from 1 January 2022. Ten
application windows (2022-03-01 to 2023-12-31); no budget from 2024, the regulation
lapses 2027-01-01. The reference date is the application date.

Rules that changed during the scheme's life are dated parameters, so an application in
2022 is judged by the 2022 text: no gifts or trips (24-10-2022), the grant cap per
training (28-02-2023), the stricter definition of training (01-05-2023), multi-year
programmes (01-07-2023) and, for the last two windows, OCW-recognised training only and
no training abroad (18-09-2023). The window an application falls in fixes the latest
start date; for the first 2023 window the earliest start date is counted from the
planned opening of 28-02-2023.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules import expr as x
from rules.facts import Audience, BoolFact, DateFact, IntFact, MoneyFact
from rules.parameters import Parameter, Period
from rules.scheme import (
    AvailabilityRule,
    Constraint,
    Criterion,
    Note,
    Output,
    OutputKind,
    Scheme,
    Window,
)
from rules.schemes._shared import AOW_AGE, BIRTH_DATE, below_aow_age
from rules.texts import Citation, Source, t

IN_FORCE = date(2022, 1, 1)
REGULATION = "https://wetten.overheid.nl/BWBR0045419/2023-05-01"
STCRT_2021 = "https://zoek.officielebekendmakingen.nl/stcrt-2021-35685.html"
STCRT_2022_28947 = "https://zoek.officielebekendmakingen.nl/stcrt-2022-28947.html"
STCRT_2023_4426 = "https://zoek.officielebekendmakingen.nl/stcrt-2023-4426.html"
STCRT_2023_20707 = "https://zoek.officielebekendmakingen.nl/stcrt-2023-20707.html"

WORKER_SIDE = (Audience.WORKER, Audience.ADVISER)


def _reg(article: str) -> Citation:
    return Citation(title="Subsidieregeling STAP-budget", article=article, url=REGULATION)


def _cite(title: str, article: str, url: str, source: Source = "OFF") -> Citation:
    return Citation(title=title, article=article, url=url, source=source)


FINTOOL = _cite(
    "Fintool, Wijziging van de Subsidieregeling STAP-budget (11-05-2022)",
    "art. 5 lid 2",
    "https://www.fintool.nl/32883/wijziging-subsidieregeling-stap-budget.htm",
    "SEC",
)
HOEWERKTNEDERLAND = _cite(
    "Hoe werkt Nederland, Voor wie is het STAP-budget?",
    "art. 5 lid 2",
    "https://www.hoewerktnederland.nl/onderwerpen/duizend-euro-budget-voor-opleiding-met-stap-budget/voor-wie-is-het-stap-budget",
)
PMC = _cite(
    "PMC, Voor wie is het STAP-budget?",
    "weigeringsgronden (art. 12, niet geverifieerd)",
    "https://www.pmc.nl/stap-budget/voor-wie-is-het-stap-budget/",
    "SEC",
)
STAP_BUDGET_NL = _cite(
    "stap-budget.nl, Aanvraagtijdvakken en startdata",
    "startdatum scholing",
    "https://www.stap-budget.nl/overzicht-aanvraagtijdvakken-stapbudget",
    "SEC",
)
SDPWERKT_2023 = _cite(
    "SDP werkt, Subsidieregeling STAP-budget gewijzigd (nieuwe openstelling 2023)",
    "art. 9 (openstelling eerste tijdvak 2023)",
    "https://www.sdpwerkt.nl/subsidieregeling-stap-budget-gewijzigd/",
    "SEC",
)
FONTYS_2023 = _cite(
    "Fontys, Nu ook STAP-budget voor student meerjarige opleiding",
    "meerjarige opleidingen (vanaf 1 juli 2023)",
    "https://bron.fontys.nl/nu-ook-stap-budget-voor-student-meerjarige-opleiding/",
    "SEC",
)
AVANS_2023 = _cite(
    "Avans Punt, STAP-subsidie nu ook voor meerjarige opleidingen",
    "meerjarige opleidingen",
    "https://punt.avans.nl/2023/04/stap-subsidie-nu-ook-voor-meerjarige-opleidingen/",
    "SEC",
)
KANTOORABRI = _cite(
    "Kantoor Abri, Aangescherpte regels STAP-budget bekendgemaakt",
    "art. 1 (scholing), art. 12a",
    "https://kantoorabri.nl/aangescherpte-regels-stap-budget-bekendgemaakt/",
    "SEC",
)
RIJKSOVERHEID_2023 = _cite(
    "Rijksoverheid, STAP-budget in aangepaste vorm verder (13-06-2023)",
    "einde STAP per 2024",
    "https://www.rijksoverheid.nl/actueel/nieuws/2023/06/13/stap-budget-in-aangepaste-vorm-verder",
)
ORIGINAL = _cite(
    "Subsidieregeling STAP-budget (tekst vóór de wijziging)", "Stcrt. 2021, 35685", STCRT_2021
)
NIEUWS_2023_03 = _cite(
    "nieuws.nl, 250.000 wachtenden voor aanvragen STAP-budget (17-03-2023)",
    "verdeling op volgorde van binnenkomst",
    "https://nieuws.nl/economie/20230317/250-000-wachtenden-voor-aanvragen-stap-budget/",
    "SEC",
)
VWG_2023 = _cite(
    "VWG, STAP-budget flink ingeperkt (02-08-2023)",
    "art. 9 (tijdvakken september en november 2023)",
    "https://vwg.nl/nieuws/stap-budget-flink-ingeperkt/",
    "SEC",
)

# Facts ------------------------------------------------------------------------------------

FACTS = (
    BIRTH_DATE,
    IntFact(
        id="stap_insured_months",
        question=t(
            "Hoeveel maanden was u verzekerd voor de volksverzekeringen in de periode van 27 tot 3 "
            "maanden vóór de kalendermaand van uw aanvraag?",
            "For how many months were you insured for the Dutch national insurances in the period "
            "from 27 to 3 months before the calendar month of your application?",
        ),
        help=t(
            "U bent verzekerd als u in Nederland woonde of werkte, of een Nederlandse uitkering had.",
            "You are insured if you lived or worked in the Netherlands, or received a Dutch benefit.",
        ),
        audience=WORKER_SIDE,
        minimum=Decimal(0),
        maximum=Decimal(24),
    ),
    BoolFact(
        id="receives_study_finance",
        question=t(
            "Krijgt u op de dag van de aanvraag studiefinanciering, een tegemoetkoming (WTOS), een "
            "lerarenbeurs of andere publieke financiering voor een opleiding?",
            "On the day of application, do you receive student finance, a WTOS allowance, a "
            "teacher's grant or other public funding for education?",
        ),
        help=t(
            "Het levenlanglerenkrediet (een lening) telt niet mee.",
            "The Levenlanglerenkrediet (a loan) does not count.",
        ),
        audience=WORKER_SIDE,
    ),
    BoolFact(
        id="stap_granted_same_year",
        question=t(
            "Heeft u dit kalenderjaar al een STAP-budget toegekend gekregen?",
            "Has a STAP budget already been granted to you this calendar year?",
        ),
        audience=WORKER_SIDE,
    ),
    BoolFact(
        id="training_in_stap_register",
        question=t(
            "Staat de opleiding in het STAP-scholingsregister (en is zij daar niet uitgesloten)?",
            "Is the training listed in the STAP training register (and not excluded there)?",
        ),
        audience=WORKER_SIDE,
    ),
    BoolFact(
        id="training_ocw_recognised",
        question=t(
            "Is de opleiding een door OCW erkende mbo- of hbo/wo-opleiding, of een deel daarvan?",
            "Is the training an OCW-recognised vocational (mbo) or higher-education programme, or a "
            "part of one?",
        ),
        audience=WORKER_SIDE,
    ),
    BoolFact(
        id="training_abroad",
        question=t(
            "Wordt de opleiding in het buitenland gegeven?", "Does the training take place abroad?"
        ),
        audience=WORKER_SIDE,
    ),
    BoolFact(
        id="training_fulltime_multiyear",
        question=t(
            "Is het een voltijdse, door de NVAO geaccrediteerde opleiding van meer dan 12 maanden?",
            "Is it a full-time, NVAO-accredited programme of more than 12 months?",
        ),
        audience=WORKER_SIDE,
    ),
    DateFact(
        id="training_start_date",
        question=t("Op welke dag begint de opleiding?", "On what day does the training start?"),
        audience=WORKER_SIDE,
    ),
    MoneyFact(
        id="training_price_eur",
        question=t(
            "Wat is de catalogusprijs van de opleiding, inclusief btw?",
            "What is the catalogue price of the training, including VAT?",
        ),
        audience=WORKER_SIDE,
    ),
    MoneyFact(
        id="training_non_subsidiable_eur",
        question=t(
            "Welk deel van de prijs is niet subsidiabel (zoals maaltijden, reizen of verblijf)?",
            "Which part of the price is not subsidiable (such as meals, travel or stay)?",
        ),
        audience=WORKER_SIDE,
        default=0,
    ),
    # Rules added during the scheme's life. The training register and UWV check them; an
    # applicant who knows better can say so. Left empty, they do not stand in the way.
    BoolFact(
        id="stap_provider_offers_advantages",
        question=t(
            "Biedt de opleider cadeaus, kortingen, reizen of andere voordelen aan deelnemers aan?",
            "Does the provider offer gifts, discounts, trips or other advantages to participants?",
        ),
        audience=WORKER_SIDE,
        default=False,
    ),
    BoolFact(
        id="stap_training_grant_cap_reached",
        question=t(
            "Heeft UWV gemeld dat voor deze opleiding dit jaar het maximale aantal subsidies al is "
            "verleend (verleningsgrens)?",
            "Has UWV announced that the maximum number of grants for this training has been "
            "reached this year (verleningsgrens)?",
        ),
        audience=WORKER_SIDE,
        default=False,
    ),
    BoolFact(
        id="stap_training_meets_definition",
        question=t(
            "Heeft de opleiding een vast programma, een docent en een toets van wat u leert?",
            "Does the training have a fixed programme, a teacher and a test of what you learn?",
        ),
        audience=WORKER_SIDE,
        default=True,
    ),
)

# Parameters -----------------------------------------------------------------------------


def _since_start(value: object, citation: Citation) -> tuple[Period, ...]:
    return (Period(start=IN_FORCE, value=value, citation=citation),)


def _switch(on_from: date, before: object, after: object, citation: Citation) -> tuple[Period, ...]:
    """A rule that changed once: ``before`` from the start, ``after`` from ``on_from``."""
    return (
        Period(
            start=IN_FORCE,
            end=date.fromordinal(on_from.toordinal() - 1),
            value=before,
            citation=ORIGINAL,
        ),
        Period(start=on_from, value=after, citation=citation),
    )


def _amending(url: str, article: str, title: str) -> Citation:
    return _cite(title, article, url)


WINDOW_TABLE = (
    # id, opens, closes. End dates [INF] from the two-month-period definition (art. 9).
    ("2022-1", date(2022, 3, 1), date(2022, 4, 30)),
    ("2022-2", date(2022, 5, 1), date(2022, 6, 30)),
    ("2022-3", date(2022, 7, 1), date(2022, 8, 31)),
    ("2022-4", date(2022, 9, 1), date(2022, 10, 31)),
    ("2022-5", date(2022, 11, 1), date(2022, 12, 31)),
    ("2023-1", date(2023, 3, 17), date(2023, 4, 30)),
    ("2023-2", date(2023, 5, 1), date(2023, 6, 30)),
    ("2023-3", date(2023, 7, 3), date(2023, 8, 31)),
    ("2023-4", date(2023, 9, 18), date(2023, 10, 31)),
    ("2023-5", date(2023, 11, 15), date(2023, 12, 31)),
)
WINDOWS = tuple(Window(id=w, opens=o, closes=c) for w, o, c in WINDOW_TABLE)
WINDOW_CITATION = Citation(
    title="Subsidieregeling STAP-budget; aanvraagtijdvakken (einddata afgeleid)",
    article="art. 9",
    url=REGULATION,
    source="INF",
)


def _per_window(values: dict[str, object]) -> tuple[Period, ...]:
    return tuple(
        Period(start=o, end=c, value=values[w], citation=WINDOW_CITATION)
        for w, o, c in WINDOW_TABLE
        if w in values
    )


FIRST_2023 = next(w for w in WINDOWS if w.id == "2023-1")
PLANNED_OPENING_2023 = date(2023, 2, 28)
OCW_ONLY_FROM = date(2023, 9, 18)
MULTIYEAR_FROM = date(2023, 7, 1)
ADVANTAGES_FROM = date(2022, 10, 24)
GRANT_CAP_FROM = date(2023, 2, 28)
DEFINITION_FROM = date(2023, 5, 1)

PARAMETERS = (
    AOW_AGE,
    Parameter(
        id="stap_min_age",
        label=t("minimumleeftijd", "minimum age"),
        periods=_since_start(18, _reg("art. 5 lid 2")),
    ),
    Parameter(
        id="stap_min_insured_months",
        label=t("minimaal aantal verzekerde maanden", "minimum number of insured months"),
        periods=_since_start(6, _reg("art. 5 lid 2")),
    ),
    Parameter(
        id="stap_max_subsidy",
        label=t("maximaal STAP-budget per kalenderjaar", "maximum STAP budget per calendar year"),
        unit="money",
        periods=_since_start(
            100_000,
            _cite(
                "HVG Law, Het STAP-budget (22-03-2022)",
                "art. 6 (hoogte subsidie)",
                "https://www.hvglaw.nl/2022/03/22/het-stap-budget/",
                "SEC",
            ),
        ),
    ),
    Parameter(
        id="stap_start_after_days",
        label=t(
            "dagen tussen aanvraag en vroegste start", "days between application and earliest start"
        ),
        periods=_since_start(28, STAP_BUDGET_NL),
    ),
    Parameter(
        id="stap_latest_start_months",
        label=t(
            "maanden na het tijdvak voor de laatste start",
            "months after the window for the latest start",
        ),
        periods=_since_start(3, STAP_BUDGET_NL),
    ),
    Parameter(
        id="stap_window",
        label=t("aanvraagtijdvak", "application window"),
        unit="text",
        periods=_per_window({w: w for w, _, _ in WINDOW_TABLE}),
    ),
    Parameter(
        id="stap_window_end",
        label=t("einddatum van het aanvraagtijdvak", "end date of the application window"),
        unit="date",
        periods=_per_window({w: c for w, _, c in WINDOW_TABLE}),
    ),
    Parameter(
        id="stap_count_from_planned_opening",
        label=t(
            "vier weken tellen vanaf de geplande opening",
            "four weeks counted from the planned opening",
        ),
        unit="bool",
        periods=(
            Period(start=IN_FORCE, end=date(2023, 3, 16), value=False, citation=SDPWERKT_2023),
            Period(
                start=FIRST_2023.opens, end=FIRST_2023.closes, value=True, citation=SDPWERKT_2023
            ),
            Period(start=date(2023, 5, 1), value=False, citation=SDPWERKT_2023),
        ),
    ),
    Parameter(
        id="stap_planned_opening",
        label=t("geplande opening eerste tijdvak 2023", "planned opening of the first 2023 window"),
        unit="date",
        periods=(
            Period(
                start=FIRST_2023.opens,
                end=FIRST_2023.closes,
                value=PLANNED_OPENING_2023,
                citation=SDPWERKT_2023,
            ),
        ),
    ),
    Parameter(
        id="stap_only_ocw_recognised",
        label=t("alleen OCW-erkende scholing", "OCW-recognised training only"),
        unit="bool",
        periods=_switch(
            OCW_ONLY_FROM,
            False,
            True,
            _amending(
                STCRT_2023_20707, "art. I, onderdeel A (art. 1, scholing)", "Stcrt. 2023, 20707"
            ),
        ),
    ),
    Parameter(
        id="stap_abroad_excluded",
        label=t("scholing in het buitenland uitgesloten", "training abroad excluded"),
        unit="bool",
        periods=_switch(
            OCW_ONLY_FROM,
            False,
            True,
            _amending(STCRT_2023_20707, "art. I, onderdeel B (art. 4 lid 4)", "Stcrt. 2023, 20707"),
        ),
    ),
    Parameter(
        id="stap_multiyear_allowed",
        label=t(
            "meerjarige voltijdopleidingen toegestaan", "multi-year full-time programmes allowed"
        ),
        unit="bool",
        periods=_switch(MULTIYEAR_FROM, False, True, FONTYS_2023),
    ),
    Parameter(
        id="stap_fulltime_min_age",
        label=t(
            "minimumleeftijd voor een meerjarige voltijdopleiding",
            "minimum age for a multi-year full-time programme",
        ),
        periods=(Period(start=MULTIYEAR_FROM, value=30, citation=FONTYS_2023),),
    ),
    Parameter(
        id="stap_advantages_rule",
        label=t("verbod op cadeaus en reizen", "ban on gifts and trips"),
        unit="bool",
        periods=_switch(
            ADVANTAGES_FROM,
            False,
            True,
            _amending(STCRT_2022_28947, "art. 4 lid 3", "Stcrt. 2022, 28947"),
        ),
    ),
    Parameter(
        id="stap_grant_cap_rule",
        label=t("verleningsgrens per opleiding", "grant cap per training"),
        unit="bool",
        periods=_switch(
            GRANT_CAP_FROM,
            False,
            True,
            _amending(STCRT_2023_4426, "art. 12a", "Stcrt. 2023, 4426"),
        ),
    ),
    Parameter(
        id="stap_definition_rule",
        label=t(
            "scholing met vast programma, docent en toets",
            "training with fixed programme, teacher and test",
        ),
        unit="bool",
        periods=_switch(DEFINITION_FROM, False, True, KANTOORABRI),
    ),
)

# Outputs --------------------------------------------------------------------------------

BIRTH = x.fact("birth_date")
start = x.fact("training_start_date")
MULTIYEAR = x.fact("training_fulltime_multiyear")
SUBSIDIABLE = x.fact("training_price_eur") - x.fact("training_non_subsidiable_eur")


def _age_reached(years: x.Expr) -> x.Expr:
    """The person has had their ``years``-th birthday on the reference date."""
    return BIRTH.plus_months(years * 12) <= x.on()


OUTPUTS = (
    Output(
        id="window",
        kind=OutputKind.STRING,
        label=t("aanvraagtijdvak", "application window"),
        expr=x.param("stap_window"),
    ),
    Output(
        id="subsidy_eur",
        kind=OutputKind.MONEY,
        label=t("STAP-budget", "STAP budget"),
        expr=x.min_(x.param("stap_max_subsidy"), SUBSIDIABLE),
    ),
    Output(
        id="own_contribution_eur",
        kind=OutputKind.MONEY,
        label=t("eigen bijdrage", "own contribution"),
        expr=x.fact("training_price_eur") - x.out("subsidy_eur"),
    ),
    Output(
        id="earliest_start_date",
        kind=OutputKind.DATE,
        label=t("vroegste startdatum", "earliest start date"),
        expr=x.if_(
            x.param("stap_count_from_planned_opening"),
            x.param("stap_planned_opening"),
            x.on(),
        ).plus_days(x.param("stap_start_after_days")),
    ),
    Output(
        id="latest_start_date",
        kind=OutputKind.DATE,
        label=t("laatste startdatum", "latest start date"),
        expr=x.param("stap_window_end").plus_months(x.param("stap_latest_start_months")),
    ),
)

# Criteria -------------------------------------------------------------------------------

MULTIYEAR_ALLOWED = x.param("stap_multiyear_allowed")

CRITERIA = (
    Criterion(
        id="age_18_or_older",
        label=t("18 jaar of ouder", "18 or older"),
        test=_age_reached(x.param("stap_min_age")),
        citation=HOEWERKTNEDERLAND,
        met=t("U bent op {on} 18 jaar of ouder.", "You are 18 or older on {on}."),
        not_met=t(
            "U bent op {on} nog geen 18 jaar. Het STAP-budget is voor mensen van 18 jaar en ouder.",
            "You are not yet 18 on {on}. The STAP budget is for people aged 18 and over.",
        ),
        unknown=t("Uw geboortedatum is nodig.", "Your date of birth is needed."),
    ),
    Criterion(
        id="below_aow_age",
        label=t("AOW-leeftijd nog niet bereikt", "State-pension (AOW) age not yet reached"),
        test=below_aow_age(),
        citation=FINTOOL,
        met=t(
            "U heeft op {on} de AOW-leeftijd nog niet bereikt.",
            "You have not reached the AOW age on {on}.",
        ),
        not_met=t(
            "U heeft op {on} de AOW-leeftijd bereikt. Het STAP-budget is voor mensen onder de AOW-leeftijd.",
            "You have reached the AOW age on {on}. The STAP budget is for people below the AOW age.",
        ),
        unknown=t(
            "Uw geboortedatum is nodig. Voor wie na 30 september 1961 is geboren ligt de AOW-leeftijd "
            "nog niet vast (minstens 67 jaar en 3 maanden); na die leeftijd valt dit niet te beslissen.",
            "Your date of birth is needed. For people born after 30 September 1961 the AOW age is not "
            "fixed yet (at least 67 years and 3 months); past that age this cannot be decided.",
        ),
    ),
    Criterion(
        id="insured_six_months",
        label=t(
            "Minstens 6 maanden verzekerd voor de volksverzekeringen",
            "At least 6 months insured for the national insurances",
        ),
        test=x.fact("stap_insured_months") >= x.param("stap_min_insured_months"),
        citation=HOEWERKTNEDERLAND,
        met=t(
            "U was {stap_insured_months} maanden verzekerd; minstens 6 is nodig. U heeft een band met "
            "de Nederlandse arbeidsmarkt.",
            "You were insured for {stap_insured_months} months; at least 6 are needed. You have a link "
            "with the Dutch labour market.",
        ),
        not_met=t(
            "U was {stap_insured_months} maanden verzekerd in de periode van 27 tot 3 maanden vóór uw "
            "aanvraag; minstens 6 is nodig.",
            "You were insured for {stap_insured_months} months in the period from 27 to 3 months before "
            "your application; at least 6 are needed.",
        ),
        unknown=t(
            "Nodig: hoeveel maanden u verzekerd was voor de volksverzekeringen.",
            "Needed: how many months you were insured for the national insurances.",
        ),
    ),
    Criterion(
        id="no_study_finance",
        label=t("Geen andere publieke studiefinanciering", "No other public study funding"),
        test=~x.fact("receives_study_finance"),
        citation=PMC,
        met=t(
            "U krijgt geen studiefinanciering, WTOS-tegemoetkoming of lerarenbeurs.",
            "You receive no student finance, WTOS allowance or teacher's grant.",
        ),
        not_met=t(
            "U krijgt al publieke financiering voor onderwijs (zoals studiefinanciering). Dan kunt u "
            "geen STAP-budget krijgen.",
            "You already receive public funding for education (such as student finance). Then you "
            "cannot get a STAP budget.",
        ),
        unknown=t(
            "Nodig: of u studiefinanciering of andere publieke studiefinanciering krijgt.",
            "Needed: whether you receive student finance or other public study funding.",
        ),
    ),
    Criterion(
        id="no_grant_this_year",
        label=t("Dit kalenderjaar nog geen STAP-budget", "No STAP budget yet this calendar year"),
        test=~x.fact("stap_granted_same_year"),
        citation=PMC,
        met=t(
            "U heeft dit kalenderjaar nog geen STAP-budget gekregen.",
            "You have not been granted a STAP budget this calendar year.",
        ),
        not_met=t(
            "U heeft dit kalenderjaar al een STAP-budget gekregen. Dat kan maar één keer per kalenderjaar.",
            "You have already been granted a STAP budget this calendar year. That is possible only once "
            "per calendar year.",
        ),
        unknown=t(
            "Nodig: of u dit kalenderjaar al een STAP-budget kreeg.",
            "Needed: whether you already got a STAP budget this calendar year.",
        ),
    ),
    Criterion(
        id="training_in_register",
        label=t(
            "Opleiding in het STAP-scholingsregister", "Training in the STAP training register"
        ),
        test=x.fact("training_in_stap_register"),
        citation=_reg("art. 5 lid 1; art. 12 lid 1 onder e"),
        met=t(
            "De opleiding staat in het STAP-scholingsregister.",
            "The training is listed in the STAP training register.",
        ),
        not_met=t(
            "De opleiding staat niet in het STAP-scholingsregister, of is daar uitgesloten. Alleen "
            "opleidingen uit het register komen in aanmerking.",
            "The training is not listed in the STAP training register, or is excluded there. Only "
            "training from the register qualifies.",
        ),
        unknown=t(
            "Nodig: of de opleiding in het STAP-scholingsregister staat.",
            "Needed: whether the training is in the STAP training register.",
        ),
    ),
    Criterion(
        id="training_ocw_recognised",
        label=t(
            "OCW-erkende opleiding (tijdvakken vanaf 18 september 2023)",
            "OCW-recognised training (windows from 18 September 2023)",
        ),
        applies=x.param("stap_only_ocw_recognised"),
        test=x.fact("training_ocw_recognised"),
        citation=_cite(
            "Stcrt. 2023, 20707", "art. I, onderdeel A (art. 1, scholing)", STCRT_2023_20707
        ),
        met=t(
            "De opleiding is door OCW erkend (mbo of hoger onderwijs).",
            "The training is recognised by OCW (vocational or higher education).",
        ),
        not_met=t(
            "In de tijdvakken vanaf 18 september 2023 komen alleen door OCW erkende opleidingen (of "
            "delen daarvan) in aanmerking. Deze opleiding is dat niet.",
            "In the windows from 18 September 2023 only OCW-recognised programmes (or parts of them) "
            "qualify. This training is not one.",
        ),
        unknown=t(
            "Nodig: of de opleiding door OCW erkend is.",
            "Needed: whether the training is recognised by OCW.",
        ),
        not_applicable=t(
            "Op {on} gold de eis van een OCW-erkende opleiding nog niet.",
            "On {on} the requirement of OCW-recognised training did not apply yet.",
        ),
    ),
    Criterion(
        id="training_not_abroad",
        label=t("Opleiding niet in het buitenland", "Training not abroad"),
        applies=x.param("stap_abroad_excluded"),
        test=~x.fact("training_abroad"),
        citation=_cite(
            "Stcrt. 2023, 20707", "art. I, onderdeel B (art. 4 lid 4)", STCRT_2023_20707
        ),
        met=t(
            "De opleiding wordt in Nederland gegeven.",
            "The training takes place in the Netherlands.",
        ),
        not_met=t(
            "Scholing die buiten Nederland wordt gegeven is niet subsidiabel (vanaf de tijdvakken van "
            "september 2023).",
            "Training given outside the Netherlands is not subsidiable (from the windows of September 2023).",
        ),
        unknown=t(
            "Nodig: of de opleiding in het buitenland wordt gegeven.",
            "Needed: whether the training takes place abroad.",
        ),
        not_applicable=t(
            "Op {on} gold de uitsluiting van scholing in het buitenland nog niet.",
            "On {on} the exclusion of training abroad did not apply yet.",
        ),
    ),
    Criterion(
        id="fulltime_multiyear_allowed",
        label=t(
            "Meerjarige voltijdopleiding: toegestaan en 30 jaar of ouder",
            "Multi-year full-time programme: allowed and aged 30 or over",
        ),
        applies=MULTIYEAR,
        test=x.if_(MULTIYEAR_ALLOWED, _age_reached(x.param("stap_fulltime_min_age")), False),
        citation=FONTYS_2023,
        met=t(
            "Een meerjarige voltijdopleiding kan vanaf 1 juli 2023 per studiejaar; u bent 30 jaar of ouder.",
            "A multi-year full-time programme qualifies per study year from 1 July 2023; you are 30 or older.",
        ),
        not_met=t(
            "Een voltijdse meerjarige opleiding komt alleen in aanmerking bij een aanvraag vanaf 1 juli "
            "2023 en als u op de aanvraagdatum 30 jaar of ouder bent.",
            "A full-time multi-year programme qualifies only for applications from 1 July 2023 and if "
            "you are 30 or older on the application date.",
        ),
        unknown=t(
            "Nodig: of het een meerjarige voltijdopleiding is, en uw geboortedatum.",
            "Needed: whether it is a multi-year full-time programme, and your date of birth.",
        ),
        not_applicable=t(
            "Het is geen voltijdse meerjarige opleiding.",
            "It is not a full-time multi-year programme.",
        ),
    ),
    Criterion(
        id="start_not_too_early",
        label=t("Opleiding start niet te vroeg", "Training does not start too early"),
        applies=~(MULTIYEAR & MULTIYEAR_ALLOWED),
        test=x.out("earliest_start_date") <= start,
        citation=STAP_BUDGET_NL,
        met=t(
            "De opleiding start op of na {earliest_start_date} (4 weken na de aanvraag).",
            "The training starts on or after {earliest_start_date} (4 weeks after the application).",
        ),
        not_met=t(
            "De opleiding start op {training_start_date}, vóór {earliest_start_date}. Zij mag niet eerder "
            "beginnen dan 4 weken na de aanvraag.",
            "The training starts on {training_start_date}, before {earliest_start_date}. It may not start "
            "earlier than 4 weeks after the application.",
        ),
        unknown=t(
            "Nodig: de startdatum van de opleiding.", "Needed: the start date of the training."
        ),
        not_applicable=t(
            "Bij een meerjarige geaccrediteerde opleiding mag de startdatum vanaf 1 juli 2023 in het "
            "verleden liggen.",
            "For a multi-year accredited programme the start date may lie in the past from 1 July 2023.",
        ),
    ),
    Criterion(
        id="start_not_too_late",
        label=t(
            "Opleiding start binnen 3 maanden na het tijdvak",
            "Training starts within 3 months after the window",
        ),
        test=x.out("latest_start_date") >= start,
        citation=STAP_BUDGET_NL,
        met=t(
            "De opleiding start uiterlijk op {latest_start_date} (3 maanden na het einde van het tijdvak).",
            "The training starts by {latest_start_date} (3 months after the end of the window).",
        ),
        not_met=t(
            "De opleiding start op {training_start_date}, na {latest_start_date}. Zij moet beginnen binnen "
            "3 maanden na het einde van het aanvraagtijdvak.",
            "The training starts on {training_start_date}, after {latest_start_date}. It must start within "
            "3 months after the end of the application window.",
        ),
        unknown=t(
            "Nodig: de startdatum van de opleiding, en een aanvraag binnen een aanvraagtijdvak.",
            "Needed: the start date of the training, and an application within an application window.",
        ),
    ),
    Criterion(
        id="no_provider_advantages",
        label=t("Geen cadeaus of reizen van de opleider", "No gifts or trips from the provider"),
        applies=x.param("stap_advantages_rule"),
        test=~x.fact("stap_provider_offers_advantages"),
        citation=_cite("Stcrt. 2022, 28947", "art. 4 lid 3", STCRT_2022_28947),
        met=t(
            "Er is niet gemeld dat de opleider cadeaus, kortingen of reizen aanbiedt.",
            "It has not been reported that the provider offers gifts, discounts or trips.",
        ),
        not_met=t(
            "Vanaf 24 oktober 2022 is scholing niet subsidiabel als de opleider deelnemers cadeaus, "
            "kortingen, reizen of andere voordelen aanbiedt.",
            "From 24 October 2022 training is not subsidiable if the provider offers participants gifts, "
            "discounts, trips or other advantages.",
        ),
        unknown=t(
            "Nodig: of de opleider voordelen aanbiedt.",
            "Needed: whether the provider offers advantages.",
        ),
        not_applicable=t(
            "Op {on} gold het verbod op cadeaus en reizen nog niet.",
            "On {on} the ban on gifts and trips did not apply yet.",
        ),
    ),
    Criterion(
        id="training_grant_cap_not_reached",
        label=t(
            "Verleningsgrens van de opleiding niet bereikt", "Grant cap of the training not reached"
        ),
        applies=x.param("stap_grant_cap_rule"),
        test=~x.fact("stap_training_grant_cap_reached"),
        citation=_cite("Stcrt. 2023, 4426", "art. 12a", STCRT_2023_4426),
        met=t(
            "Er is niet gemeld dat de verleningsgrens van deze opleiding is bereikt.",
            "It has not been reported that the grant cap of this training has been reached.",
        ),
        not_met=t(
            "Voor deze opleiding is dit kalenderjaar het maximale aantal subsidies al verleend "
            "(verleningsgrens, vanaf 28 februari 2023).",
            "The maximum number of grants for this training this calendar year has been reached "
            "(grant cap, from 28 February 2023).",
        ),
        unknown=t(
            "Nodig: of de verleningsgrens van de opleiding is bereikt.",
            "Needed: whether the grant cap of the training has been reached.",
        ),
        not_applicable=t(
            "Op {on} bestond de verleningsgrens nog niet.",
            "On {on} the grant cap did not exist yet.",
        ),
    ),
    Criterion(
        id="training_meets_definition",
        label=t(
            "Scholing met vast programma, docent en toets",
            "Training with fixed programme, teacher and test",
        ),
        applies=x.param("stap_definition_rule"),
        test=x.fact("stap_training_meets_definition"),
        citation=_cite(
            "Stcrt. 2023, 4426", "art. I, onderdeel A (art. 1, scholing)", STCRT_2023_4426
        ),
        met=t(
            "Er is niet gemeld dat de opleiding een vast programma, docent of toets mist.",
            "It has not been reported that the training lacks a fixed programme, teacher or test.",
        ),
        not_met=t(
            "Vanaf 1 mei 2023 telt alleen scholing met een vooraf vastgesteld programma, een docent en "
            "een toets van de opgedane kennis of vaardigheden.",
            "From 1 May 2023 only training with a pre-set programme, a teacher and a test of the "
            "knowledge or skills gained counts.",
        ),
        unknown=t(
            "Nodig: of de opleiding een vast programma, docent en toets heeft.",
            "Needed: whether the training has a fixed programme, teacher and test.",
        ),
        not_applicable=t(
            "Op {on} gold deze omschrijving van scholing nog niet.",
            "On {on} this definition of training did not apply yet.",
        ),
    ),
)

# Notes ----------------------------------------------------------------------------------

on = x.on()


def _between(first: date, last: date) -> x.Expr:
    return (first <= on) & (last >= on)


NOTES = (
    Note(
        id="ended_2024",
        when=date(2024, 1, 1) <= on,
        citation=RIJKSOVERHEID_2023,
        text=t(
            "Het kabinet heeft in het voorjaar van 2023 besloten vanaf 2024 geen geld meer voor het "
            "STAP-budget uit te trekken. Het laatste aanvraagtijdvak opende op 15 november 2023.",
            "In spring 2023 the cabinet decided to fund the STAP budget no longer from 2024. The last "
            "application window opened on 15 November 2023.",
        ),
    ),
    Note(
        id="budget_first_come",
        citation=NIEUWS_2023_03,
        text=t(
            "Ook als u aan alle voorwaarden voldoet, krijgt u alleen STAP-budget zolang het budget van "
            "het aanvraagtijdvak niet op is. Aanvragen werden behandeld op volgorde van binnenkomst; in de "
            "praktijk kreeg wie vóór de opening in de digitale wachtrij stond een willekeurige plaats. "
            "Budgetten waren vaak binnen enkele uren op. De bedragen per tijdvak verschillen per bron.",
            "Even if you meet every condition, you only get a STAP budget while the window's budget "
            "lasts. Applications were handled in order of receipt; in practice those in the online "
            "queue before opening got a random place. Budgets were often gone within hours. Sources "
            "differ on the amount per window.",
        ),
    ),
    Note(
        id="earliest_start_day_28",
        citation=STAP_BUDGET_NL,
        text=t(
            "De vroegste startdatum is hier de aanvraagdatum plus 28 dagen, en die dag zelf telt als "
            "toegestaan. Sommige bronnen zeggen 'na' die dag; controleer dit bij een start op precies "
            "die dag.",
            "The earliest start date is taken as the application date plus 28 days, and that day itself "
            "is allowed. Some sources say 'after' that day; check this for a start on exactly that day.",
        ),
    ),
    Note(
        id="planned_opening_2023_1",
        when=x.param("stap_count_from_planned_opening"),
        citation=SDPWERKT_2023,
        text=t(
            "Het eerste tijdvak van 2023 zou op 28 februari 2023 opengaan, maar opende door een storing "
            "pas op 17 maart. De 4 weken tot de start tellen vanaf 28 februari: vroegste start 28 maart "
            "2023. Sommige bronnen noemen 29 maart.",
            "The first 2023 window was to open on 28 February 2023 but opened on 17 March after an "
            "outage. The 4 weeks to the start count from 28 February: earliest start 28 March 2023. Some "
            "sources name 29 March.",
        ),
    ),
    Note(
        id="window_end_dates_inferred",
        citation=WINDOW_CITATION,
        text=t(
            "De einddata van de aanvraagtijdvakken zijn afgeleid uit de regel dat een tijdvak twee "
            "maanden duurt. De laatste startdatum hangt daarvan af.",
            "The end dates of the windows are derived from the rule that a window lasts two months. The "
            "latest start date depends on them.",
        ),
    ),
    Note(
        id="window_2023_4_end",
        when=_between(date(2023, 9, 18), date(2023, 11, 14)),
        citation=VWG_2023,
        text=t(
            "Een bron (VWG) noemt als tijdvakken 18 september tot en met 14 november en 15 november tot "
            "en met 31 december 2023. Hier loopt het septembertijdvak tot en met 31 oktober; bij een "
            "aanvraag van 1 tot en met 14 november of een start in februari 2024 kan dat verschil tellen.",
            "One source (VWG) gives the windows as 18 September to 14 November and 15 November to 31 "
            "December 2023. Here the September window runs to 31 October; for an application from 1 to "
            "14 November or a start in February 2024 that difference may matter.",
        ),
    ),
    Note(
        id="insurance_period_anchor",
        citation=_cite(
            "Stcrt. 2022, 32789 (Tijdelijke overbruggingsregeling EVC-procedures STAP)",
            "zelfde toets, geteld vanaf de kalendermaand",
            "https://zoek.officielebekendmakingen.nl/stcrt-2022-32789.html",
            "INF",
        ),
        text=t(
            "De periode van 27 tot 3 maanden is hier geteld vanaf de kalendermaand van de aanvraag, zoals "
            "in de verwante EVC-regeling. Of STAP vanaf de aanvraagdatum telt, is niet nagegaan.",
            "The period from 27 to 3 months is counted from the calendar month of application, as in the "
            "related EVC regulation. Whether STAP counts from the application date was not verified.",
        ),
    ),
    Note(
        id="refusal_grounds_unverified",
        citation=PMC,
        text=t(
            "De weigering bij studiefinanciering (of WTOS, lerarenbeurs) en bij een eerder STAP-budget in "
            "hetzelfde jaar komt uit secundaire bronnen; het artikel is niet nagegaan. 'Al een STAP-budget' "
            "is gelezen als: een toekenning in hetzelfde kalenderjaar. Het levenlanglerenkrediet mag wel.",
            "The refusal for student finance (or WTOS, teacher's grant) and for an earlier STAP budget in "
            "the same year comes from secondary sources; the article was not verified. 'Already a STAP "
            "budget' is read as: a grant in the same calendar year. The Levenlanglerenkrediet is allowed.",
        ),
    ),
    Note(
        id="marketconform_test",
        when=_between(ADVANTAGES_FROM, date(2023, 9, 17)),
        citation=_cite("Stcrt. 2022, 28947", "art. 5 lid 1", STCRT_2022_28947),
        text=t(
            "In deze periode moest de opleiding ook marktconform geprijsd en arbeidsmarktgericht zijn. "
            "Dat toetsten het scholingsregister en de Toetsingskamer STAP; deze check toetst het niet apart.",
            "In this period the training also had to be priced at market rates and aimed at the labour "
            "market. The training register and the Toetsingskamer STAP tested that; this check does not "
            "test it separately.",
        ),
    ),
    Note(
        id="later_rules_assumed_met",
        when=on >= ADVANTAGES_FROM,
        citation=KANTOORABRI,
        text=t(
            "Regels die later zijn toegevoegd (geen cadeaus of reizen, de verleningsgrens van 300 "
            "subsidies per opleiding, een vast programma met docent en toets) gelden hier als vervuld, "
            "tenzij u anders opgeeft. Het scholingsregister en UWV controleren ze.",
            "Rules added later (no gifts or trips, the grant cap of 300 grants per training, a fixed "
            "programme with teacher and test) are taken as met unless you say otherwise. The training "
            "register and UWV check them.",
        ),
    ),
    Note(
        id="ocw_rule_entry_date",
        when=_between(date(2023, 7, 15), date(2023, 12, 31)),
        citation=_cite(
            "Stcrt. 2023, 20707", "art. II (inwerkingtreding, niet nagegaan)", STCRT_2023_20707
        ),
        text=t(
            "De beperking tot OCW-erkende scholing en de uitsluiting van scholing in het buitenland "
            "(regeling van 14 juli 2023) zijn hier toegepast vanaf het tijdvak van 18 september 2023. De "
            "precieze datum van inwerkingtreding is niet nagegaan.",
            "The restriction to OCW-recognised training and the exclusion of training abroad (regulation "
            "of 14 July 2023) are applied here from the window of 18 September 2023. The exact date of "
            "entry into force was not verified.",
        ),
    ),
    Note(
        id="multiyear_first_year_may",
        when=MULTIYEAR & _between(date(2023, 5, 1), date(2023, 6, 30)),
        citation=AVANS_2023,
        text=t(
            "Volgens een bron konden eerstejaars van een meerjarige opleiding al vanaf 1 mei 2023 "
            "aanvragen als hun instelling meedeed. Hier gelden meerjarige opleidingen vanaf 1 juli 2023.",
            "According to one source, first-year students of a multi-year programme could apply from "
            "1 May 2023 if their institution took part. Here multi-year programmes count from 1 July 2023.",
        ),
    ),
    Note(
        id="parttime_multiyear",
        when=date(2023, 5, 1) <= on,
        citation=FONTYS_2023,
        text=t(
            "Voor deeltijdse meerjarige opleidingen gold geen leeftijdsgrens van 30 jaar; deze check "
            "vraagt alleen naar voltijdse meerjarige opleidingen.",
            "Part-time multi-year programmes had no age limit of 30; this check asks only about "
            "full-time multi-year programmes.",
        ),
    ),
    Note(
        id="third_party_contribution",
        citation=_reg("art. 1 (bijdrage van een derde)"),
        text=t(
            "Een bijdrage van uw werkgever of een ander mag, maar niet voor hetzelfde deel als het "
            "STAP-budget. De precieze regel is niet nagegaan.",
            "A contribution from your employer or another party is allowed, but not for the same part as "
            "the STAP budget. The exact rule was not verified.",
        ),
    ),
    Note(
        id="decision_and_obligations",
        citation=_cite(
            "Toets je kennis, voorwaarden STAP (art. 14)",
            "art. 14",
            "https://toetsjekennis.nl/pe-hypothecair-krediet-samenvatting/onderwerpen/stimulering-arbeidsmarktpositie/voorwaarden/",
            "SEC",
        ),
        text=t(
            "UWV besliste meestal binnen 4 weken (geen wettelijke termijn gevonden). Het geld gaat naar de "
            "opleider. U moet de opleiding afmaken: diploma of certificaat, minstens 80% aanwezigheid of "
            "deelname aan het examen.",
            "UWV usually decided within 4 weeks (no statutory term found). The money goes to the provider. "
            "You must complete the training: diploma or certificate, at least 80% attendance, or taking "
            "the exam.",
        ),
    ),
    Note(
        id="leerrechten_compartment",
        when=_between(date(2023, 1, 1), date(2023, 12, 31)),
        citation=_cite(
            "MBO Today, Extra geld voor leerrechten gaat naar STAP-regeling",
            "deelbudget mbo-4 (niet bevestigd)",
            "https://mbo-today.nl/extra-geld-voor-leerrechten-gaat-naar-stap-regeling/",
            "SEC",
        ),
        text=t(
            "Een apart deelbudget voor mensen met hoogstens mbo-4 is in 2023 voorgesteld, maar het is "
            "niet bevestigd dat het ooit werkte. Deze check houdt er geen rekening mee.",
            "A separate budget for people with at most mbo-4 was proposed in 2023, but it is not confirmed "
            "that it ever operated. This check does not take it into account.",
        ),
    ),
)

SCHEME = Scheme(
    id="stap",
    version="2026.1",
    title=t("STAP-budget", "STAP budget"),
    summary=t(
        "Kon u een STAP-budget van maximaal € 1.000 krijgen voor een opleiding, en hoeveel?",
        "Could you get a STAP budget of at most €1,000 for a training, and how much?",
    ),
    eligible_means=t(
        "Op de aanvraagdatum kon u voor deze opleiding een STAP-budget krijgen, zolang het budget van "
        "het aanvraagtijdvak niet op was.",
        "On the application date you could be granted a STAP budget for this training, as long as the "
        "window's budget lasted.",
    ),
    audience=WORKER_SIDE,
    legal_basis=_cite("Subsidieregeling STAP-budget", "Stcrt. 2021, 35685", STCRT_2021),
    facts=FACTS,
    parameters=PARAMETERS,
    criteria=CRITERIA,
    outputs=OUTPUTS,
    notes=NOTES,
    constraints=(
        Constraint(
            id="non_subsidiable_within_price",
            fact="training_non_subsidiable_eur",
            test=x.fact("training_non_subsidiable_eur") <= x.fact("training_price_eur"),
            message=t(
                "Het niet-subsidiabele deel kan niet hoger zijn dan de catalogusprijs.",
                "The non-subsidiable part cannot be higher than the catalogue price.",
            ),
        ),
    ),
    availability=AvailabilityRule(
        citation=_reg("art. 9"),
        in_force_from=IN_FORCE,
        windows=WINDOWS,
        before_text=t(
            "Het STAP-budget bestond toen nog niet. Het eerste aanvraagtijdvak opende op 1 maart 2022.",
            "The STAP budget did not exist yet. The first application window opened on 1 March 2022.",
        ),
        successor=t(
            "Sinds 1 januari 2024 is er geen STAP-budget meer (de regeling vervalt op 1 januari 2027 en "
            "geldt tot dan alleen voor de afhandeling van toegekende budgetten). Het overgebleven geld "
            "gaat naar de SLIM-scholingssubsidie voor werkgevers. Zelf kunt u voor scholing het "
            "levenlanglerenkrediet van DUO gebruiken (een lening).",
            "Since 1 January 2024 there is no STAP budget any more (the regulation lapses on 1 January "
            "2027 and until then only serves to settle granted budgets). The money left went to the SLIM "
            "training subsidy for employers. For your own training you can use DUO's "
            "Levenlanglerenkrediet (a loan).",
        ),
    ),
)
