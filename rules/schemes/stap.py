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
# The consolidated text read for every article below (versions before it were not in reach;
# where a rule's start date rests on announcements only, an adviser note says so).
REGULATION = "https://wetten.overheid.nl/BWBR0045419/2023-09-04"
STCRT_2021 = "https://zoek.officielebekendmakingen.nl/stcrt-2021-35685.html"
STCRT_2022_28947 = "https://zoek.officielebekendmakingen.nl/stcrt-2022-28947.html"
STCRT_2023_4426 = "https://zoek.officielebekendmakingen.nl/stcrt-2023-4426.html"
STCRT_2023_20707 = "https://zoek.officielebekendmakingen.nl/stcrt-2023-20707.html"

WORKER_SIDE = (Audience.WORKER, Audience.ADVISER)


def _reg(article: str, anchor: str) -> Citation:
    """An article of the regulation as it read from 4 September 2023."""
    return Citation(
        title="Subsidieregeling STAP-budget",
        article=article,
        url=f"{REGULATION}#Artikel{anchor}",
    )


def _cite(title: str, article: str, url: str, source: Source = "OFF") -> Citation:
    return Citation(title=title, article=article, url=url, source=source)


AGE_AND_INSURANCE = _reg("art. 5 lid 2", "5")
START_RULES = _reg("art. 5 lid 3", "5")
REFUSAL_GROUNDS = _reg("art. 12 lid 1", "12")
ORIGINAL = _cite(
    "Subsidieregeling STAP-budget (tekst vóór de wijziging)", "Stcrt. 2021, 35685", STCRT_2021
)
DEFINITION_2023 = _cite(
    "Stcrt. 2023, 4426", "art. I, onderdeel A (art. 1, scholing)", STCRT_2023_4426
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
    BoolFact(
        id="training_study_finance_type",
        question=t(
            "Is het een opleiding waarvoor jongeren studiefinanciering of een WTOS-tegemoetkoming "
            "kunnen krijgen, zoals een voltijdse of duale hbo- of wo-opleiding of een mbo-opleiding "
            "in de beroepsopleidende leerweg (bol)?",
            "Is it a programme for which young people can get student finance or a WTOS allowance, "
            "such as a full-time or dual higher-education programme or a vocational (mbo) programme "
            "in the school-based track (bol)?",
        ),
        help=t(
            "Dit telt alleen als u jonger bent dan 30 jaar. Weet u het niet, vraag het de opleider.",
            "This only matters if you are under 30. If you do not know, ask the provider.",
        ),
        audience=WORKER_SIDE,
        default=False,
    ),
    DateFact(
        id="training_start_date",
        question=t("Op welke dag begint de opleiding?", "On what day does the training start?"),
        help=t(
            "Bij een opleiding van meer dan een jaar: de dag waarop het opleidingsjaar begint waarvoor "
            "u aanvraagt.",
            "For a programme of more than a year: the day the study year you apply for begins.",
        ),
        audience=WORKER_SIDE,
    ),
    BoolFact(
        id="stap_provider_cannot_start_in_time",
        question=t(
            "Kan de opleider de opleiding pas later laten beginnen dan 3 maanden na het einde van het "
            "aanvraagtijdvak?",
            "Can the provider only start the training later than 3 months after the end of the "
            "application window?",
        ),
        help=t(
            "Bijvoorbeeld omdat de eerstvolgende groep later start.",
            "For example because the next group starts later.",
        ),
        audience=WORKER_SIDE,
        default=False,
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
    # id, opens, closes. 2022: five windows "van twee maanden" from 1 March 2022 (art. 9a(1));
    # 2023: the dates of art. 9b(1) itself.
    ("2022-1", date(2022, 3, 1), date(2022, 4, 30)),
    ("2022-2", date(2022, 5, 1), date(2022, 6, 30)),
    ("2022-3", date(2022, 7, 1), date(2022, 8, 31)),
    ("2022-4", date(2022, 9, 1), date(2022, 10, 31)),
    ("2022-5", date(2022, 11, 1), date(2022, 12, 31)),
    ("2023-1", date(2023, 3, 17), date(2023, 4, 30)),
    ("2023-2", date(2023, 5, 1), date(2023, 7, 2)),
    ("2023-3", date(2023, 7, 3), date(2023, 9, 3)),
    ("2023-4", date(2023, 9, 18), date(2023, 11, 14)),
    ("2023-5", date(2023, 11, 15), date(2023, 12, 31)),
)
WINDOWS = tuple(Window(id=w, opens=o, closes=c) for w, o, c in WINDOW_TABLE)
WINDOWS_2022 = _reg("art. 9a lid 1", "9a")
WINDOWS_2023 = _reg("art. 9b lid 1", "9b")


def _per_window(values: dict[str, object]) -> tuple[Period, ...]:
    return tuple(
        Period(
            start=o,
            end=c,
            value=values[w],
            citation=WINDOWS_2022 if o.year == 2022 else WINDOWS_2023,
        )
        for w, o, c in WINDOW_TABLE
        if w in values
    )


FIRST_2023 = next(w for w in WINDOWS if w.id == "2023-1")
PLANNED_OPENING = _reg("art. 9b lid 2", "9b")
PLANNED_OPENING_2023 = date(2023, 2, 28)
OCW_ONLY_FROM = date(2023, 9, 18)
MULTIYEAR_FROM = date(2023, 7, 1)
ADVANTAGES_FROM = date(2022, 10, 24)
GRANT_CAP_FROM = date(2023, 2, 28)
DEFINITION_FROM = date(2023, 5, 1)
# Art. 5(3)(b) stands in the text of 4 September 2023, the earliest version read.
LATER_START_FROM = date(2023, 9, 4)

PARAMETERS = (
    AOW_AGE,
    Parameter(
        id="stap_min_age",
        label=t("minimumleeftijd", "minimum age"),
        periods=_since_start(18, _reg("art. 5 lid 2 onder a", "5")),
    ),
    Parameter(
        id="stap_min_insured_months",
        label=t("minimaal aantal verzekerde maanden", "minimum number of insured months"),
        periods=_since_start(6, _reg("art. 5 lid 2 onder b", "5")),
    ),
    Parameter(
        id="stap_max_subsidy",
        label=t("maximaal STAP-budget per kalenderjaar", "maximum STAP budget per calendar year"),
        unit="money",
        periods=_since_start(100_000, _reg("art. 7", "7")),
    ),
    Parameter(
        id="stap_start_after_days",
        label=t(
            "dagen tussen aanvraag en vroegste start", "days between application and earliest start"
        ),
        periods=_since_start(28, _reg("art. 5 lid 3 onder a", "5")),
    ),
    Parameter(
        id="stap_latest_start_months",
        label=t(
            "maanden na het tijdvak voor de laatste start",
            "months after the window for the latest start",
        ),
        periods=_since_start(3, _reg("art. 5 lid 3 onder a", "5")),
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
            Period(start=IN_FORCE, end=date(2023, 3, 16), value=False, citation=PLANNED_OPENING),
            Period(
                start=FIRST_2023.opens, end=FIRST_2023.closes, value=True, citation=PLANNED_OPENING
            ),
            Period(start=date(2023, 5, 1), value=False, citation=PLANNED_OPENING),
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
                citation=PLANNED_OPENING,
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
        periods=_switch(MULTIYEAR_FROM, False, True, _reg("art. 6", "6")),
    ),
    Parameter(
        id="stap_fulltime_min_age",
        label=t(
            "minimumleeftijd voor een opleiding waarvoor studiefinanciering bestaat",
            "minimum age for a programme with student finance",
        ),
        periods=(Period(start=MULTIYEAR_FROM, value=30, citation=_reg("art. 5 lid 4", "5")),),
    ),
    Parameter(
        id="stap_age_30_rule",
        label=t(
            "geen STAP onder de 30 voor een opleiding met studiefinanciering",
            "no STAP under 30 for a programme with student finance",
        ),
        unit="bool",
        periods=_switch(MULTIYEAR_FROM, False, True, _reg("art. 5 lid 4", "5")),
    ),
    Parameter(
        id="stap_later_start_rule",
        label=t(
            "latere start als de opleider niet eerder kan",
            "later start if the provider cannot start earlier",
        ),
        unit="bool",
        periods=_switch(LATER_START_FROM, False, True, _reg("art. 5 lid 3 onder b", "5")),
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
        periods=_switch(DEFINITION_FROM, False, True, DEFINITION_2023),
    ),
)

# Outputs --------------------------------------------------------------------------------

BIRTH = x.fact("birth_date")
start = x.fact("training_start_date")
MULTIYEAR = x.fact("training_fulltime_multiyear")
STUDY_FINANCE_TYPE = x.fact("training_study_finance_type")
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
        citation=_reg("art. 5 lid 2 onder a", "5"),
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
        citation=_reg("art. 5 lid 2 onder a", "5"),
        met=t(
            "U heeft op {on} de AOW-leeftijd nog niet bereikt.",
            "You have not reached the AOW age on {on}.",
        ),
        not_met=t(
            "U heeft op {on} de AOW-leeftijd bereikt. Het STAP-budget is voor mensen onder de AOW-leeftijd.",
            "You have reached the AOW age on {on}. The STAP budget is for people below the AOW age.",
        ),
        unknown=t("Uw geboortedatum is nodig.", "Your date of birth is needed."),
    ),
    Criterion(
        id="insured_six_months",
        label=t(
            "Minstens 6 maanden verzekerd voor de volksverzekeringen",
            "At least 6 months insured for the national insurances",
        ),
        test=x.fact("stap_insured_months") >= x.param("stap_min_insured_months"),
        citation=_reg("art. 5 lid 2 onder b", "5"),
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
        citation=_reg("art. 5 lid 5; art. 12 lid 2", "5"),
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
        citation=_reg("art. 12 lid 1 onder c", "12"),
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
        citation=_reg("art. 5 lid 1; art. 12 lid 1 onder e", "5"),
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
            "Opleiding van meer dan een jaar: aanvragen per opleidingsjaar",
            "Programme of more than a year: apply per study year",
        ),
        applies=MULTIYEAR,
        test=MULTIYEAR_ALLOWED,
        citation=_reg("art. 6", "6"),
        met=t(
            "Voor een opleiding van meer dan een jaar kunt u STAP-budget krijgen voor één "
            "opleidingsjaar per aanvraag.",
            "For a programme of more than a year you can get a STAP budget for one study year per "
            "application.",
        ),
        not_met=t(
            "Voor een opleiding van meer dan een jaar kon u pas vanaf 1 juli 2023 STAP-budget "
            "aanvragen.",
            "For a programme of more than a year you could apply for a STAP budget only from 1 July "
            "2023.",
        ),
        unknown=t(
            "Nodig: of de opleiding langer dan een jaar duurt.",
            "Needed: whether the programme lasts longer than a year.",
        ),
        not_applicable=t(
            "De opleiding duurt niet langer dan een jaar.",
            "The programme does not last longer than a year.",
        ),
    ),
    Criterion(
        id="age_30_for_study_finance_programme",
        label=t(
            "30 jaar of ouder bij een opleiding waarvoor studiefinanciering bestaat",
            "Aged 30 or over for a programme with student finance",
        ),
        applies=x.param("stap_age_30_rule") & (MULTIYEAR | STUDY_FINANCE_TYPE),
        test=_age_reached(x.param("stap_fulltime_min_age")),
        citation=_reg("art. 5 lid 4", "5"),
        met=t(
            "U bent op {on} 30 jaar of ouder. Dan mag het ook een opleiding zijn waarvoor "
            "studiefinanciering bestaat.",
            "You are 30 or older on {on}. Then it may also be a programme with student finance.",
        ),
        not_met=t(
            "U bent op {on} jonger dan 30 jaar. Voor een opleiding waarvoor studiefinanciering of een "
            "WTOS-tegemoetkoming bestaat, krijgt u dan geen STAP-budget.",
            "You are under 30 on {on}. For a programme with student finance or a WTOS allowance you "
            "then get no STAP budget.",
        ),
        unknown=t(
            "Nodig: uw geboortedatum en wat voor opleiding het is.",
            "Needed: your date of birth and what kind of programme it is.",
        ),
        not_applicable=t(
            "Dit geldt alleen voor opleidingen waarvoor studiefinanciering bestaat, bij aanvragen "
            "vanaf 1 juli 2023.",
            "This applies only to programmes with student finance, for applications from 1 July 2023.",
        ),
    ),
    Criterion(
        id="applied_before_start",
        label=t(
            "Aangevraagd voordat de opleiding begint",
            "Applied for before the training starts",
        ),
        test=x.on() < start,
        citation=_reg("art. 8 lid 2; art. 12 lid 1 onder d", "8"),
        met=t(
            "U vraagt aan op {on}, vóór de start op {training_start_date}.",
            "You apply on {on}, before the start on {training_start_date}.",
        ),
        not_met=t(
            "De opleiding begint op {training_start_date}, niet na uw aanvraag op {on}. U moet "
            "aanvragen voordat de opleiding (of het opleidingsjaar) begint.",
            "The training starts on {training_start_date}, not after your application on {on}. You "
            "must apply before the training (or the study year) starts.",
        ),
        unknown=t(
            "Nodig: de startdatum van de opleiding.", "Needed: the start date of the training."
        ),
    ),
    Criterion(
        id="start_not_too_early",
        label=t("Opleiding start niet te vroeg", "Training does not start too early"),
        test=x.out("earliest_start_date") <= start,
        citation=_reg("art. 5 lid 3 onder a; art. 9b lid 2", "5"),
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
    ),
    Criterion(
        id="start_not_too_late",
        label=t(
            "Opleiding start binnen 3 maanden na het tijdvak",
            "Training starts within 3 months after the window",
        ),
        test=(x.out("latest_start_date") >= start)
        | (x.param("stap_later_start_rule") & x.fact("stap_provider_cannot_start_in_time")),
        citation=START_RULES,
        met=t(
            "De opleiding start uiterlijk op {latest_start_date} (3 maanden na het einde van het "
            "tijdvak), of later omdat de opleider niet eerder kan beginnen.",
            "The training starts by {latest_start_date} (3 months after the end of the window), or "
            "later because the provider cannot start earlier.",
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
        citation=DEFINITION_2023,
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
        citation=_reg("art. 9b lid 1 onder e", "9b"),
        text=t(
            "Het STAP-budget bestaat niet meer. Het laatste aanvraagtijdvak liep van 15 november tot "
            "en met 31 december 2023.",
            "The STAP budget no longer exists. The last application window ran from 15 November to "
            "31 December 2023.",
        ),
    ),
    Note(
        id="budget_first_come",
        citation=_reg("art. 10 lid 1", "10"),
        text=t(
            "Ook als u aan alle voorwaarden voldoet, krijgt u alleen STAP-budget zolang het budget van "
            "het aanvraagtijdvak niet op is. Aanvragen werden behandeld op volgorde van binnenkomst, en "
            "het budget was vaak snel op.",
            "Even if you meet every condition, you only get a STAP budget while the window's budget "
            "lasts. Applications were handled in order of receipt, and the budget was often gone "
            "quickly.",
        ),
    ),
    Note(
        id="earliest_start_day_28",
        citation=_reg("art. 5 lid 3 onder a", "5"),
        for_advisers=True,
        text=t(
            "Vroegste start: de regeling zegt 'vanaf vier weken na de dag van de subsidieaanvraag'. "
            "Hier is dat de aanvraagdatum plus 28 dagen, en die dag zelf mag. Secundaire bronnen "
            "schreven soms 'na' die dag.",
            "Earliest start: the regulation says 'from four weeks after the day of the application'. "
            "Here that is the application date plus 28 days, and that day itself is allowed. "
            "Secondary sources sometimes wrote 'after' that day.",
        ),
    ),
    Note(
        id="planned_opening_2023_1",
        when=x.param("stap_count_from_planned_opening"),
        citation=PLANNED_OPENING,
        text=t(
            "Het eerste tijdvak van 2023 ging later open dan gepland. De 4 weken tot de start tellen "
            "vanaf 28 februari 2023: de opleiding mocht beginnen vanaf 28 maart 2023.",
            "The first 2023 window opened later than planned. The 4 weeks to the start count from "
            "28 February 2023: the training could start from 28 March 2023.",
        ),
    ),
    Note(
        id="planned_opening_reading",
        when=x.param("stap_count_from_planned_opening"),
        citation=PLANNED_OPENING,
        for_advisers=True,
        text=t(
            "Art. 9b lid 2 telt voor dit tijdvak 'vanaf 28 februari 2023' (28 maart). De algemene "
            "regel van art. 5 lid 7 telt vanaf de dag na de geplande opening, wat 29 maart zou geven. "
            "Hier gaat de bijzondere regel van art. 9b lid 2 voor.",
            "Art. 9b(2) counts for this window 'from 28 February 2023' (28 March). The general rule "
            "of art. 5(7) counts from the day after the planned opening, which would give 29 March. "
            "Here the specific rule of art. 9b(2) prevails.",
        ),
    ),
    Note(
        id="later_start_reading",
        citation=_reg("art. 5 lid 3 onder b", "5"),
        for_advisers=True,
        text=t(
            "Art. 5 lid 3 onder b (latere start als de opleider niet eerder kan) staat in de tekst "
            "vanaf 4 september 2023; oudere teksten zijn niet vergeleken, dus hier geldt de regel "
            "vanaf die datum. Of de latere dag 'redelijkerwijs nodig' is, beoordeelt UWV.",
            "Art. 5(3)(b) (a later start if the provider cannot start earlier) stands in the text "
            "from 4 September 2023; older texts were not compared, so here the rule applies from that "
            "date. Whether the later day is 'reasonably needed' is for UWV to judge.",
        ),
    ),
    Note(
        id="age_30_reading",
        citation=_reg("art. 5 lid 4", "5"),
        for_advisers=True,
        text=t(
            "Art. 5 lid 4: geen subsidie onder de 30 als de scholing een onderwijssoort is als bedoeld "
            "in art. 2.4, 2.8, 2.10 en 2.11 Wet studiefinanciering 2000 of art. 2.9 en 2.10 WTOS. De "
            "vraag aan de burger noemt daarvan voorbeelden in gewone woorden. De ingangsdatum 1 juli "
            "2023 komt uit aankondigingen van onderwijsinstellingen (Fontys, Avans), niet uit een "
            "gelezen wettekst.",
            "Art. 5(4): no subsidy under 30 if the training is a type of education meant in art. 2.4, "
            "2.8, 2.10 and 2.11 of the Student Finance Act 2000 or art. 2.9 and 2.10 WTOS. The question "
            "to the citizen gives plain examples of these. The start date of 1 July 2023 comes from "
            "announcements by institutions (Fontys, Avans), not from a statutory text that was read.",
        ),
    ),
    Note(
        id="refusal_grounds_reading",
        citation=REFUSAL_GROUNDS,
        for_advisers=True,
        text=t(
            "Eén STAP-budget per kalenderjaar: art. 12 lid 1 onder c. Een weigering bij "
            "studiefinanciering, WTOS of lerarenbeurs staat niet letterlijk in de tekst van 4 september "
            "2023; de tekst die het dichtst komt is art. 5 lid 5 (al subsidie uit een andere regeling "
            "voor dezelfde kosten). De vraag volgt secundaire bronnen (PMC, toetsjekennis.nl).",
            "One STAP budget per calendar year: art. 12(1)(c). A refusal for student finance, WTOS or "
            "teacher's grant is not literally in the text of 4 September 2023; the closest text is art. "
            "5(5) (already a subsidy from another scheme for the same costs). The question follows "
            "secondary sources (PMC, toetsjekennis.nl).",
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
        citation=DEFINITION_2023,
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
        citation=_cite("Stcrt. 2023, 20707", "art. II", STCRT_2023_20707),
        for_advisers=True,
        text=t(
            "De beperking tot OCW-erkende scholing en de uitsluiting van scholing in het buitenland "
            "(regeling van 14 juli 2023) zijn hier toegepast vanaf het tijdvak van 18 september 2023. "
            "De datum van inwerkingtreding in art. II is niet nagegaan; het derde tijdvak sloot op 3 "
            "september en het vierde opende op 18 september, dus voor de uitkomst maakt het geen "
            "verschil.",
            "The restriction to OCW-recognised training and the exclusion of training abroad "
            "(regulation of 14 July 2023) are applied here from the window of 18 September 2023. The "
            "entry-into-force date in art. II was not verified; the third window closed on 3 September "
            "and the fourth opened on 18 September, so it makes no difference to the outcome.",
        ),
    ),
    Note(
        id="multiyear_first_year_may",
        when=MULTIYEAR & _between(date(2023, 5, 1), date(2023, 6, 30)),
        citation=_reg("art. 6", "6"),
        for_advisers=True,
        text=t(
            "Volgens een aankondiging van Avans konden eerstejaars van een meerjarige opleiding al "
            "vanaf 1 mei 2023 aanvragen als hun instelling meedeed. Hier gelden meerjarige opleidingen "
            "vanaf 1 juli 2023 (ook een aankondiging, van Fontys); de wijzigingsregeling is niet "
            "gelezen.",
            "According to an announcement by Avans, first-year students of a multi-year programme "
            "could apply from 1 May 2023 if their institution took part. Here multi-year programmes "
            "count from 1 July 2023 (also an announcement, by Fontys); the amending regulation was "
            "not read.",
        ),
    ),
    Note(
        id="third_party_contribution",
        citation=_reg("art. 5 lid 6", "5"),
        text=t(
            "Betaalt uw werkgever of een ander al een deel van de kosten, dan krijgt u voor dat deel "
            "geen STAP-budget.",
            "If your employer or someone else already pays part of the costs, you get no STAP budget "
            "for that part.",
        ),
    ),
    Note(
        id="decision_and_obligations",
        citation=_reg("art. 11 lid 2; art. 14", "11"),
        text=t(
            "UWV beslist binnen 4 weken. Het geld gaat naar de opleider. U moet de opleiding afmaken: "
            "met een diploma of certificaat, minstens 80 % aanwezigheid of deelname aan het examen.",
            "UWV decides within 4 weeks. The money goes to the provider. You must complete the "
            "training: with a diploma or certificate, at least 80 % attendance, or taking the exam.",
        ),
    ),
    Note(
        id="leerrechten_compartment",
        when=_between(date(2023, 1, 1), date(2023, 12, 31)),
        for_advisers=True,
        text=t(
            "Een apart deelbudget voor mensen met hoogstens mbo-4 is in 2023 voorgesteld (MBO Today); "
            "in de tekst van 4 september 2023 staat het niet (art. 9b lid 4 reserveert alleen 5 % "
            "voor wie niet digitaal kan aanvragen). Deze check houdt er geen rekening mee.",
            "A separate budget for people with at most mbo-4 was proposed in 2023 (MBO Today); the "
            "text of 4 September 2023 does not contain it (art. 9b(4) only reserves 5 % for people who "
            "cannot apply digitally). This check does not take it into account.",
        ),
    ),
)

SCHEME = Scheme(
    id="stap",
    version="2026.2",
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
    not_assessed=(
        t(
            "Of het budget van het aanvraagtijdvak nog niet op was, kunnen we niet zien. UWV "
            "wist dat op de dag van de aanvraag.",
            "We cannot see whether the window's budget was not used up yet. UWV knew on the day "
            "of the application.",
        ),
        t(
            "Of de opleiding in het register mocht blijven staan (prijs, doel, opleider), toetsten "
            "het scholingsregister en UWV. Vraag het na bij de opleider.",
            "Whether the training could stay in the register (price, aim, provider) was tested by "
            "the training register and UWV. Ask the provider.",
        ),
        t(
            "Of een latere start echt nodig was omdat de opleider niet eerder kon, beslist UWV.",
            "Whether a later start was really needed because the provider could not start "
            "earlier is for UWV to decide.",
        ),
    ),
    availability=AvailabilityRule(
        citation=_reg("art. 9a; art. 9b", "9b"),
        in_force_from=IN_FORCE,
        windows=WINDOWS,
        before_text=t(
            "Het STAP-budget bestond toen nog niet. Het eerste aanvraagtijdvak opende op 1 maart 2022.",
            "The STAP budget did not exist yet. The first application window opened on 1 March 2022.",
        ),
        successor=t(
            "Sinds 1 januari 2024 is er geen STAP-budget meer. Voor uw eigen opleiding kunt u het "
            "levenlanglerenkrediet van DUO aanvragen (een lening). Werkgevers kunnen subsidie voor "
            "scholing krijgen via SLIM of de Subsidieregeling praktijkleren.",
            "Since 1 January 2024 there is no STAP budget any more. For your own training you can "
            "apply for DUO's Levenlanglerenkrediet (a loan). Employers can get a training subsidy "
            "through SLIM or the Subsidieregeling praktijkleren.",
        ),
    ),
)
