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
from decimal import Decimal

from rules import expr as x
from rules.facts import Audience, BoolFact, Choice, DateFact, EnumFact, IntFact, MoneyFact
from rules.parameters import Parameter, Period
from rules.scheme import AvailabilityRule, Constraint, Criterion, Note, Output, OutputKind, Scheme
from rules.schemes._shared import BIRTH_DATE
from rules.texts import Citation, Source, t

WSF = "https://wetten.overheid.nl/BWBR0011453/2026-08-01"
WSF_2017_09 = "https://wetten.overheid.nl/BWBR0011453/2017-09-01"
WSF_2018_07 = "https://wetten.overheid.nl/BWBR0011453/2018-07-06"
WSF_2021_04 = "https://wetten.overheid.nl/BWBR0011453/2021-04-01"
WSF_2021_06 = "https://wetten.overheid.nl/BWBR0011453/2021-06-08"

DUO_PAGE = "https://duo.nl/particulier/levenlanglerenkrediet/"
DUO_PAGE_EN = "https://www.duo.nl/particulier/lifelong-learning-credit/"
# The same DUO page in its 2025 edition (age limit 57, rates for 2024 and 2025), as served
# from DUO's own mijndiplomas.nl host.
DUO_PAGE_EN_2025 = "https://mijndiplomas.nl/particulier/lifelong-learning-credit/index.jsp"
DUO_AMOUNTS = "https://www.duo.nl/particulier/levenlanglerenkrediet/bedragen-en-uitbetaling.jsp"
DUO_2017 = "https://duo.nl/particulier/mbo-er/lesgeld/levenlanglerenkrediet.jsp"
DUO_CONDITIONS = "https://duo.nl/particulier/levenlanglerenkrediet.jsp"
DUO_LENEN = "https://duo.nl/particulier/lenen.jsp"

WORKER = (Audience.WORKER, Audience.ADVISER)


def _wsf(article: str, base: str = WSF) -> Citation:
    anchor = article.split()[1].split("(")[0].rstrip(",")
    return Citation(
        title="Wet studiefinanciering 2000", article=article, url=f"{base}#Artikel{anchor}"
    )


def _duo(title: str, article: str, url: str, source: Source = "EXECUTOR") -> Citation:
    return Citation(title=f"DUO, {title}", article=article, url=url, source=source)


# Dates -----------------------------------------------------------------------------------

APPLICATIONS_FROM = date(2017, 6, 8)  # Mijn DUO, "vanaf juni 2017"
MBO_FROM = date(2017, 8, 1)
HO_FROM = date(2017, 9, 1)
POSTINITIAL_MASTER_FROM = date(2018, 1, 1)  # art. 2.12(b), first in the version of 2018-01-01
MODULES_FROM = date(2018, 7, 6)  # art. 2.12(d): not in the version of 2018-05-25, in 2018-07-06
SUSPENSION_READ_FROM = date(2022, 9, 1)  # art. 6.19a: in the version of 2022-09-01, not 2017

# Programmes ------------------------------------------------------------------------------

MBO_BOL, MBO_BBL, MBO_DEELTIJD, MBO_CERTIFICAAT = (
    "mbo_bol",
    "mbo_bbl",
    "mbo_deeltijd",
    "mbo_certificaat",
)
HO_VOLTIJD, HO_DUAAL, HO_DEELTIJD = "ho_voltijd", "ho_duaal", "ho_deeltijd"
HO_MASTER, HO_MODULE, OTHER = "ho_postinitiele_master", "ho_module", "other"
MBO = (MBO_BOL, MBO_BBL, MBO_DEELTIJD, MBO_CERTIFICAAT)
HO = (HO_VOLTIJD, HO_DUAAL, HO_DEELTIJD, HO_MASTER, HO_MODULE)

PROGRAMME = x.fact("lllk_programme")
BIRTH = x.fact("birth_date")
FEE = x.fact("lllk_fee_eur")
REIMBURSED = x.fact("lllk_fee_reimbursed_eur")
START_WANTED = x.fact("lllk_start_date")
S = x.out("credit_start_date")


def _month_on_or_after(day: x.Expr) -> x.Expr:
    """The first day of the first calendar month that starts on or after ``day``."""
    return x.if_(day.eq(day.first_of_month()), day, day.first_of_month().plus_months(1))


def _per_sector(mbo: object, ho: object) -> x.Expr:
    """``mbo`` for an mbo programme (and anything else), ``ho`` for higher education."""
    return x.case(PROGRAMME, dict.fromkeys(HO, ho), mbo)


def _reached(years: object) -> x.Expr:
    """On the first day of the credit the person has reached ``years`` of age."""
    return BIRTH.plus_years(years) <= S


FACTS = (
    EnumFact(
        id="lllk_programme",
        question=t("Welke opleiding wilt u gaan volgen?", "Which programme do you want to follow?"),
        help=t(
            "Kies de vorm waarin u staat ingeschreven. Bol is de voltijdse mbo-opleiding met "
            "stage; bij de bbl werkt u en gaat u 1 dag per week naar school.",
            "Choose the form you are enrolled in. Bol is the full-time mbo programme with "
            "internships; in bbl you work and go to school 1 day a week.",
        ),
        audience=WORKER,
        choices=(
            Choice(
                id=MBO_BOL,
                label=t("Een voltijdse mbo-opleiding (bol)", "A full-time mbo programme (bol)"),
            ),
            Choice(
                id=MBO_BBL,
                label=t("Een mbo-opleiding in de bbl (werken en leren)", "An mbo-bbl programme"),
            ),
            Choice(
                id=MBO_DEELTIJD,
                label=t("Een deeltijdse mbo-opleiding", "A part-time mbo programme"),
            ),
            Choice(
                id=MBO_CERTIFICAAT,
                label=t(
                    "Een mbo-certificaat of een deel van een mbo-opleiding",
                    "An mbo certificate or part of an mbo programme",
                ),
            ),
            Choice(
                id=HO_VOLTIJD,
                label=t(
                    "Een voltijdse opleiding aan een hogeschool of universiteit",
                    "A full-time programme at a university of applied sciences or university",
                ),
            ),
            Choice(
                id=HO_DUAAL,
                label=t(
                    "Een duale opleiding aan een hogeschool of universiteit",
                    "A dual (work-study) programme at a university of applied sciences or university",
                ),
            ),
            Choice(
                id=HO_DEELTIJD,
                label=t(
                    "Een deeltijdopleiding aan een hogeschool of universiteit",
                    "A part-time programme at a university of applied sciences or university",
                ),
            ),
            Choice(
                id=HO_MASTER,
                label=t("Een postinitiële master", "A post-initial master"),
            ),
            Choice(
                id=HO_MODULE,
                label=t(
                    "Een of meer losse vakken (modules) van een hbo- of universitaire opleiding",
                    "One or more separate units (modules) of a higher-education programme",
                ),
            ),
            Choice(
                id=OTHER,
                label=t(
                    "Iets anders, zoals een cursus of een niet-erkende opleiding",
                    "Something else, such as a course or a non-accredited programme",
                ),
            ),
        ),
    ),
    BIRTH_DATE,
    BoolFact(
        id="lllk_sf_entitled",
        question=t(
            "Hebt u voor deze opleiding nog recht op gewone studiefinanciering (lening, "
            "aanvullende beurs of collegegeldkrediet), ook als u die niet gebruikt?",
            "Do you still have a right to regular student finance for this programme (loan, "
            "supplementary grant or tuition-fee loan), even if you do not use it?",
        ),
        help=t(
            "Gewone studiefinanciering loopt tot en met de maand waarin u 30 wordt. In Mijn DUO "
            "ziet u of u nog recht hebt.",
            "Regular student finance runs up to and including the month in which you turn 30. "
            "Mijn DUO shows whether you still have a right to it.",
        ),
        audience=WORKER,
    ),
    BoolFact(
        id="lllk_programme_recognised",
        question=t(
            "Is de opleiding wettelijk erkend en bij DUO geregistreerd?",
            "Is the programme legally recognised and registered with DUO?",
        ),
        help=t(
            "De school kan dit zeggen. Een hbo- of universitaire opleiding moet geaccrediteerd "
            "zijn; losse vakken moeten horen bij een geaccrediteerde opleiding van de Open "
            "Universiteit, een particuliere hogeschool of een school in een proef met losse vakken.",
            "The school can tell you. A higher-education programme must be accredited; separate "
            "units must belong to an accredited programme of the Open Universiteit, a private "
            "institution or a school in an experiment with separate units.",
        ),
        audience=WORKER,
    ),
    BoolFact(
        id="lllk_programme_in_nl",
        question=t(
            "Volgt u de opleiding in Nederland (niet in het buitenland of in Caribisch Nederland)?",
            "Do you follow the programme in the Netherlands (not abroad or in the Caribbean "
            "Netherlands)?",
        ),
        audience=WORKER,
    ),
    EnumFact(
        id="lllk_nationality",
        question=t("Wat is uw nationaliteit?", "What is your nationality?"),
        audience=WORKER,
        choices=(
            Choice(id="nl", label=t("Nederlands", "Dutch")),
            Choice(
                id="eu_eea_ch",
                label=t(
                    "Van een EU- of EER-land of Zwitserland (ook als uw partner of een ouder daar "
                    "vandaan komt)",
                    "Of an EU or EEA country or Switzerland (also when your partner or a parent "
                    "comes from one)",
                ),
            ),
            Choice(
                id="permit_2_5",
                label=t(
                    "Een andere nationaliteit, met een verblijfsvergunning type II, III, IV of V",
                    "Another nationality, with a residence permit of type II, III, IV or V",
                ),
            ),
            Choice(
                id="permit_other",
                label=t(
                    "Een andere nationaliteit, met een andere verblijfsvergunning (bijvoorbeeld type I)",
                    "Another nationality, with another residence permit (for example type I)",
                ),
            ),
            Choice(
                id="none",
                label=t(
                    "Een andere nationaliteit, zonder verblijfsvergunning",
                    "Another nationality, without a residence permit",
                ),
            ),
        ),
    ),
    BoolFact(
        id="lllk_ho_degree",
        question=t(
            "Hebt u een hbo-bachelor gehaald, of een universitaire bachelor én master?",
            "Have you completed an hbo bachelor, or a university bachelor and master?",
        ),
        audience=WORKER,
    ),
    MoneyFact(
        id="lllk_fee_eur",
        question=t(
            "Hoeveel collegegeld, lesgeld of cursusgeld moet u voor 12 maanden van deze opleiding "
            "betalen?",
            "How much tuition fee (collegegeld, lesgeld or cursusgeld) do you owe for 12 months "
            "of this programme?",
        ),
        help=t(
            "Voor losse vakken: het bedrag voor die vakken. De school zet het op de Verklaring "
            "collegegeld/lesgeld.",
            "For separate units: the fee for those units. The school states it on the tuition "
            "fee statement (Verklaring collegegeld/lesgeld).",
        ),
        audience=WORKER,
        maximum=Decimal(1_000_000),
    ),
    MoneyFact(
        id="lllk_fee_reimbursed_eur",
        question=t(
            "Welk deel daarvan betaalt of vergoedt iemand anders (werkgever, ouders, UWV, "
            "gemeente of een opleidingsfonds)?",
            "What part of it does someone else pay or reimburse (employer, parents, UWV, "
            "municipality or a training fund)?",
        ),
        help=t("Vul 0 in als u alles zelf betaalt.", "Enter 0 if you pay everything yourself."),
        audience=WORKER,
        default=0,
        maximum=Decimal(1_000_000),
    ),
    DateFact(
        id="lllk_start_date",
        question=t(
            "Vanaf welke maand wilt u het krediet krijgen?",
            "From which month do you want to receive the credit?",
        ),
        help=t(
            "Laat leeg voor de eerste maand na uw aanvraag. Een datum na de 1e telt als de "
            "volgende maand.",
            "Leave empty for the first month after your application. A date after the 1st "
            "counts as the next month.",
        ),
        audience=WORKER,
        default=None,
    ),
    BoolFact(
        id="lllk_continuing",
        question=t(
            "Krijgt u nu al levenlanglerenkrediet en loopt dat zonder onderbreking door?",
            "Do you already receive levenlanglerenkrediet, continuing without a break?",
        ),
        audience=WORKER,
        default=False,
    ),
    IntFact(
        id="lllk_months_used",
        question=t(
            "Hoeveel maanden levenlanglerenkrediet hebt u al eerder gekregen?",
            "For how many months have you received levenlanglerenkrediet before?",
        ),
        audience=WORKER,
        default=0,
        maximum=Decimal(600),
    ),
    IntFact(
        id="lllk_nominal_months",
        question=t(
            "Hoeveel maanden duurt de opleiding volgens de school (de nominale duur)?",
            "How many months does the programme last according to the school (its nominal length)?",
        ),
        help=t(
            "Alleen nodig als de opleiding langer dan 4 jaar duurt.",
            "Only needed when the programme lasts longer than 4 years.",
        ),
        audience=WORKER,
        default=None,
        minimum=Decimal(1),
        maximum=Decimal(240),
    ),
    DateFact(
        id="lllk_end_date",
        question=t(
            "In welke maand wilt u het krediet voor het laatst krijgen?",
            "In which month do you want to receive the credit for the last time?",
        ),
        help=t(
            "Nodig om te berekenen wanneer u gaat terugbetalen.",
            "Needed to work out when you start repaying.",
        ),
        audience=WORKER,
        default=None,
    ),
)

# Parameters ------------------------------------------------------------------------------

AGE_55 = _wsf("art. 2.3a(1)-(3)", WSF_2021_04)
AGE_56 = _wsf("art. 2.3a(4)-(6)", WSF_2021_06)
AGE_57 = _duo(
    "Levenlanglerenkrediet",
    "U bent jonger dan 57 jaar. In studiejaar 2023-2024 is de leeftijdsgrens 56.",
    DUO_PAGE,
)


def _max_age(first_year_start: date) -> Parameter:
    """The maximum age per credit month; ``first_year_start`` is 1 August (mbo) or
    1 September (higher education) 2017, when the studiejaar of the sector starts."""
    sector = "mbo" if first_year_start.month == 8 else "ho"
    return Parameter(
        id=f"lllk_max_age_{sector}",
        label=t(
            f"Maximumleeftijd levenlanglerenkrediet ({sector})",
            f"Maximum age levenlanglerenkrediet ({sector})",
        ),
        unit="years",
        periods=(
            Period(start=first_year_start, end=date(2021, 6, 7), value=55, citation=AGE_55),
            Period(
                start=date(2021, 6, 8),
                end=first_year_start.replace(year=2024) - _ONE_DAY,
                value=56,
                citation=AGE_56,
            ),
            # From the studiejaar that starts in 2024, the year the AOW age reached 67: a
            # full year above the 66 of 2018-2019 (art. 2.3a(5)). The AOW age stays below
            # 68 up to and including 2028 (the shared AOW table: 67 years and 3 months in
            # 2028), so 57 holds for every studiejaar that starts up to 2028.
            Period(
                start=first_year_start.replace(year=2024),
                end=first_year_start.replace(year=2029) - _ONE_DAY,
                value=57,
                citation=AGE_57,
            ),
        ),
    )


_ONE_DAY = date(2000, 1, 2) - date(2000, 1, 1)

MAX_AGE_MBO = _max_age(MBO_FROM)
MAX_AGE_HO = _max_age(HO_FROM)

FEES_DUO = _duo(
    "Bedragen en uitbetaling",
    "maximum bij wettelijk collegegeld of lesgeld per studiejaar",
    DUO_AMOUNTS,
)
FEES_DUO_2017 = _duo("Lenen", "wettelijk collegegeld 2017-2018 en 2018-2019", DUO_LENEN)

FEE_HO = Parameter(
    id="lllk_statutory_fee_ho",
    label=t("Volledig wettelijk collegegeld per studiejaar", "Full statutory tuition fee per year"),
    unit="money",
    periods=(
        Period(
            start=date(2017, 9, 1), end=date(2018, 8, 31), value=200_600, citation=FEES_DUO_2017
        ),
        Period(
            start=date(2018, 9, 1), end=date(2019, 8, 31), value=206_000, citation=FEES_DUO_2017
        ),
        Period(start=date(2023, 9, 1), end=date(2024, 8, 31), value=231_400, citation=FEES_DUO),
        Period(start=date(2024, 9, 1), end=date(2025, 8, 31), value=253_000, citation=FEES_DUO),
    ),
)
FEE_MBO = Parameter(
    id="lllk_statutory_fee_mbo",
    label=t("Lesgeld per studiejaar (mbo)", "Statutory mbo fee (lesgeld) per year"),
    unit="money",
    periods=(
        Period(start=date(2023, 8, 1), end=date(2024, 7, 31), value=135_700, citation=FEES_DUO),
        Period(start=date(2024, 8, 1), end=date(2025, 7, 31), value=141_900, citation=FEES_DUO),
    ),
)

INTEREST = Parameter(
    id="lllk_interest_rate",
    label=t("Rente per kalenderjaar", "Interest rate per calendar year"),
    unit="percent",
    periods=(
        Period(
            start=date(2023, 1, 1),
            end=date(2023, 12, 31),
            value=Decimal("0.46"),
            citation=_duo(
                "Lifelong learning credit", "In 2023 the interest rate is 0.46%", DUO_PAGE_EN
            ),
        ),
        Period(
            start=date(2024, 1, 1),
            end=date(2024, 12, 31),
            value=Decimal("2.56"),
            citation=_duo(
                "Levenlanglerenkrediet", "In 2024 is het rentepercentage 2,56%", DUO_PAGE
            ),
        ),
        Period(
            start=date(2025, 1, 1),
            end=date(2025, 12, 31),
            value=Decimal("2.57"),
            citation=_duo(
                "Lifelong learning credit", "In 2025 the interest rate is 2.57%", DUO_PAGE_EN_2025
            ),
        ),
    ),
)

PARAMETERS = (MAX_AGE_MBO, MAX_AGE_HO, FEE_HO, FEE_MBO, INTEREST)

# Outputs ---------------------------------------------------------------------------------

STATUTORY_FEE = x.out("statutory_fee_eur")
MAX_DURATION = x.out("max_duration_months")
NOMINAL = x.fact("lllk_nominal_months")

OUTPUTS = (
    Output(
        id="credit_start_date",
        kind=OutputKind.DATE,
        label=t("Eerste maand van het krediet", "First month of the credit"),
        expr=x.if_(
            START_WANTED.is_none(), _month_on_or_after(x.on()), _month_on_or_after(START_WANTED)
        ),
    ),
    Output(
        id="earliest_start_date",
        kind=OutputKind.DATE,
        label=t(
            "Eerste maand die na de aanvraag begint",
            "First month that starts after the application",
        ),
        expr=_month_on_or_after(x.on()),
    ),
    Output(
        id="age_at_start",
        kind=OutputKind.INT,
        label=t("Leeftijd in de eerste maand", "Age in the first month"),
        expr=x.years_between(BIRTH, S),
    ),
    Output(
        id="max_age",
        kind=OutputKind.INT,
        label=t("Maximumleeftijd", "Maximum age"),
        expr=_per_sector(x.param_on("lllk_max_age_mbo", S), x.param_on("lllk_max_age_ho", S)),
    ),
    Output(
        id="max_duration_months",
        kind=OutputKind.INT,
        label=t("Maximaal aantal maanden krediet", "Maximum number of months of credit"),
        expr=48
        + x.if_(NOMINAL.is_none(), 0, x.max_(NOMINAL - 48, 0))
        + x.if_(PROGRAMME.eq(HO_DEELTIJD), 12, 0),
    ),
    Output(
        id="remaining_months",
        kind=OutputKind.INT,
        label=t("Maanden krediet die u nog kunt krijgen", "Months of credit still available"),
        expr=x.max_(MAX_DURATION - x.fact("lllk_months_used"), 0),
    ),
    Output(
        id="statutory_fee_eur",
        kind=OutputKind.MONEY,
        label=t(
            "Wettelijk collegegeld of lesgeld van het studiejaar",
            "Statutory tuition fee of the school year",
        ),
        expr=_per_sector(
            x.param_on("lllk_statutory_fee_mbo", S), x.param_on("lllk_statutory_fee_ho", S)
        ),
    ),
    Output(
        id="max_yearly_credit_eur",
        kind=OutputKind.MONEY,
        label=t("Hoogstens te lenen per 12 maanden", "At most to borrow per 12 months"),
        expr=x.min_(FEE - REIMBURSED, 5 * STATUTORY_FEE),
    ),
    Output(
        id="max_monthly_credit_eur",
        kind=OutputKind.MONEY,
        label=t("Hoogstens te lenen per maand", "At most to borrow per month"),
        expr=x.round_half_up(x.out("max_yearly_credit_eur") / 12),
    ),
    Output(
        id="interest_rate_percent",
        kind=OutputKind.DECIMAL,
        label=t(
            "Rente in het jaar van de eerste maand (%)",
            "Interest rate in the year of the first month (%)",
        ),
        places=2,
        expr=x.param_on("lllk_interest_rate", S),
    ),
    Output(
        id="repayment_years",
        kind=OutputKind.INT,
        label=t("Aantal jaren om terug te betalen", "Years to repay"),
        expr=x.const(15),
    ),
    Output(
        id="draagkracht_percent",
        kind=OutputKind.DECIMAL,
        label=t(
            "Terugbetaling hoogstens, als deel van uw inkomen boven de vrije voet (%)",
            "Repayment at most, as a share of your income above the exempt amount (%)",
        ),
        places=0,
        expr=x.const(12),
    ),
    Output(
        id="repayment_start_date",
        kind=OutputKind.DATE,
        label=t("Begin van de terugbetaling", "Start of repayment"),
        expr=x.if_(
            x.fact("lllk_end_date").is_none(),
            None,
            x.fact("lllk_end_date").first_of_year().plus_years(1),
        ),
    ),
)

# Criteria --------------------------------------------------------------------------------


CRITERIA = (
    Criterion(
        id="scheme_open",
        label=t("Het krediet bestond in de eerste maand", "The credit existed in the first month"),
        test=_per_sector(MBO_FROM, HO_FROM) <= S,
        citation=_duo(
            "Levenlanglerenkrediet (2017)",
            "mbo per 1 augustus 2017, hbo en universiteit per 1 september 2017",
            DUO_2017,
        ),
        met=t(
            "Het krediet bestaat in de eerste maand ({credit_start_date}).",
            "The credit exists in the first month ({credit_start_date}).",
        ),
        not_met=t(
            "Het krediet begon voor het mbo op 1 augustus 2017 en voor hbo en universiteit op "
            "1 september 2017; de eerste maand ({credit_start_date}) valt daarvoor.",
            "The credit started on 1 August 2017 for mbo and on 1 September 2017 for higher "
            "education; the first month ({credit_start_date}) is before that.",
        ),
        unknown=t(
            "Nog niet bekend welke opleiding het is.", "It is not yet known which programme it is."
        ),
    ),
    Criterion(
        id="programme_type",
        label=t(
            "Een opleiding waarvoor het krediet bestaat",
            "A programme for which the credit exists",
        ),
        test=x.case(
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
        citation=_wsf("art. 1.1 (beroepsonderwijs), 2.3a, 2.12"),
        met=t(
            "Voor deze opleiding bestaat het levenlanglerenkrediet.",
            "The levenlanglerenkrediet exists for this programme.",
        ),
        not_met=t(
            "Voor deze opleiding bestaat het krediet niet: het geldt alleen voor de voltijdse "
            "mbo-opleiding (bol) en voor opleidingen en losse vakken in het hoger onderwijs "
            "(losse vakken en postinitiële masters vanaf 2018).",
            "The credit does not exist for this programme: it covers only the full-time mbo "
            "programme (bol) and programmes and separate units in higher education (units and "
            "post-initial masters from 2018).",
        ),
        unknown=t(
            "Nog niet bekend welke opleiding het is.", "It is not yet known which programme it is."
        ),
    ),
    Criterion(
        id="programme_recognised",
        label=t("De opleiding is erkend", "The programme is recognised"),
        test=x.fact("lllk_programme_recognised"),
        citation=_wsf("art. 2.4, 2.8, 2.12"),
        met=t(
            "De opleiding is erkend en bij DUO geregistreerd.",
            "The programme is recognised and registered with DUO.",
        ),
        not_met=t(
            "Het krediet geldt alleen voor een erkende opleiding die bij DUO geregistreerd is.",
            "The credit applies only to a recognised programme registered with DUO.",
        ),
        unknown=t(
            "Nog niet bekend of de opleiding erkend is.",
            "It is not yet known whether the programme is recognised.",
        ),
    ),
    Criterion(
        id="in_netherlands",
        label=t("De opleiding is in Nederland", "The programme is in the Netherlands"),
        test=x.fact("lllk_programme_in_nl"),
        citation=_wsf("art. 2.13a(1), 2.14(1)"),
        met=t("U volgt de opleiding in Nederland.", "You follow the programme in the Netherlands."),
        not_met=t(
            "Voor een opleiding in het buitenland of in Caribisch Nederland bestaat het krediet "
            "niet.",
            "The credit does not exist for a programme abroad or in the Caribbean Netherlands.",
        ),
        unknown=t(
            "Nog niet bekend waar u de opleiding volgt.",
            "It is not yet known where you follow the programme.",
        ),
    ),
    Criterion(
        id="nationality",
        label=t("Nationaliteit of verblijfsvergunning", "Nationality or residence permit"),
        test=x.case(
            x.fact("lllk_nationality"),
            {"nl": True, "eu_eea_ch": True, "permit_2_5": True, "none": False},
            x.UNKNOWN,
        ),
        citation=_wsf("art. 2.2"),
        met=t(
            "Uw nationaliteit of verblijfsvergunning geeft recht op het krediet.",
            "Your nationality or residence permit gives a right to the credit.",
        ),
        not_met=t(
            "Zonder Nederlandse of EU/EER/Zwitserse nationaliteit en zonder verblijfsvergunning "
            "bestaat geen recht op het krediet.",
            "Without Dutch or EU/EEA/Swiss nationality and without a residence permit there is "
            "no right to the credit.",
        ),
        unknown=t(
            "Nog niet bekend. Met een andere verblijfsvergunning beslist DUO met zijn "
            "nationaliteitenschema.",
            "Not yet known. With another residence permit DUO decides with its nationality scheme.",
        ),
    ),
    Criterion(
        id="no_study_finance_entitlement",
        label=t(
            "Geen recht meer op gewone studiefinanciering",
            "No right to regular student finance any more",
        ),
        test=x.not_(x.fact("lllk_sf_entitled")),
        citation=_wsf("art. 3.1(3), 3.16b(2)(a)"),
        met=t(
            "U hebt geen recht meer op gewone studiefinanciering.",
            "You no longer have a right to regular student finance.",
        ),
        not_met=t(
            "U hebt nog recht op gewone studiefinanciering; dan krijgt u die en geen "
            "levenlanglerenkrediet.",
            "You still have a right to regular student finance; you then get that and not the "
            "levenlanglerenkrediet.",
        ),
        unknown=t(
            "Nog niet bekend of u nog recht hebt op gewone studiefinanciering.",
            "It is not yet known whether you still have a right to regular student finance.",
        ),
    ),
    Criterion(
        id="minimum_age_or_degree",
        label=t(
            "30 jaar of ouder, of al een diploma",
            "30 or older, or a degree already",
        ),
        test=x.case(
            PROGRAMME,
            {
                MBO_BOL: _reached(30),
                HO_VOLTIJD: _reached(30) | x.fact("lllk_ho_degree"),
                HO_DUAAL: _reached(30) | x.fact("lllk_ho_degree"),
            },
            True,
        ),
        applies=PROGRAMME.is_in(MBO_BOL, HO_VOLTIJD, HO_DUAAL),
        not_applicable=t(
            "Voor deze opleiding geldt geen minimumleeftijd.",
            "There is no minimum age for this programme.",
        ),
        citation=_wsf("art. 2.3a(1), 3.16b(2)(b)"),
        met=t(
            "U bent in de eerste maand 30 jaar of ouder, of u hebt het vereiste diploma.",
            "You are 30 or older in the first month, or you have the required degree.",
        ),
        not_met=t(
            "U bent in de eerste maand jonger dan 30. Voor het mbo moet u 30 zijn; voor een "
            "voltijdse of duale hbo- of universitaire opleiding moet u dan al een hbo-bachelor "
            "of een universitaire bachelor en master hebben.",
            "You are under 30 in the first month. For mbo you must be 30; for a full-time or "
            "dual programme in higher education you then need an hbo bachelor or a university "
            "bachelor and master already.",
        ),
        unknown=t(
            "Nog niet bekend hoe oud u bent of welk diploma u hebt.",
            "It is not yet known how old you are or which degree you have.",
        ),
    ),
    Criterion(
        id="maximum_age",
        label=t("Jonger dan de maximumleeftijd", "Below the maximum age"),
        test=BIRTH.plus_years(x.out("max_age")) > S,
        applies=x.not_(x.fact("lllk_continuing")),
        not_applicable=t(
            "U krijgt het krediet al zonder onderbreking; dan houdt u het ook na de "
            "maximumleeftijd.",
            "You already receive the credit without a break; you then keep it after the "
            "maximum age too.",
        ),
        citation=_wsf("art. 2.3a"),
        met=t(
            "U bent in de eerste maand {age_at_start} jaar; de grens is {max_age} jaar.",
            "You are {age_at_start} in the first month; the limit is {max_age}.",
        ),
        not_met=t(
            "U bent in de eerste maand {age_at_start} jaar en hebt de maximumleeftijd van "
            "{max_age} jaar bereikt.",
            "You are {age_at_start} in the first month and have reached the maximum age of "
            "{max_age}.",
        ),
        unknown=t(
            "Nog niet bekend hoe oud u bent, of de maximumleeftijd voor die maand is nog niet "
            "bekendgemaakt.",
            "It is not yet known how old you are, or the maximum age for that month has not "
            "been published yet.",
        ),
    ),
    Criterion(
        id="fee_not_fully_reimbursed",
        label=t(
            "U betaalt (een deel van) het collegegeld zelf",
            "You pay (part of) the tuition fee yourself",
        ),
        test=FEE - REIMBURSED > 0,
        citation=_wsf("art. 3.16b(2)(c)"),
        met=t(
            "U betaalt zelf {lllk_fee_eur} min {lllk_fee_reimbursed_eur} vergoeding.",
            "You pay {lllk_fee_eur} yourself, less {lllk_fee_reimbursed_eur} reimbursed.",
        ),
        not_met=t(
            "Iemand anders betaalt of vergoedt het hele collegegeld of lesgeld; dan bestaat geen "
            "recht op het krediet.",
            "Someone else pays or reimburses the whole tuition fee; there is then no right to "
            "the credit.",
        ),
        unknown=t(
            "Nog niet bekend hoeveel collegegeld of lesgeld u zelf betaalt.",
            "It is not yet known how much tuition fee you pay yourself.",
        ),
    ),
    Criterion(
        id="duration_left",
        label=t("Er zijn nog maanden krediet over", "Months of credit are left"),
        test=x.fact("lllk_months_used") < MAX_DURATION,
        citation=_wsf("art. 3.16c"),
        met=t(
            "U kunt nog {remaining_months} maanden krediet krijgen.",
            "You can still receive {remaining_months} months of credit.",
        ),
        not_met=t(
            "U hebt het krediet al {lllk_months_used} maanden gehad; het kan hoogstens "
            "{max_duration_months} maanden.",
            "You have had the credit for {lllk_months_used} months; it runs for at most "
            "{max_duration_months} months.",
        ),
        unknown=t(
            "Nog niet bekend hoeveel maanden u al krediet hebt gehad.",
            "It is not yet known for how many months you have had the credit.",
        ),
    ),
    Criterion(
        id="not_before_application",
        label=t("Niet voor een maand voor de aanvraag", "Not for a month before the application"),
        test=x.out("earliest_start_date") <= S,
        citation=_wsf("art. 3.21(4)"),
        met=t(
            "Het krediet begint na uw aanvraag, op {credit_start_date}.",
            "The credit starts after your application, on {credit_start_date}.",
        ),
        not_met=t(
            "Het krediet kan niet ingaan voor de aanvraag: de eerste maand is op zijn vroegst "
            "{earliest_start_date}, de eerste maand die na de aanvraag begint.",
            "The credit cannot start before the application: the first month is at the "
            "earliest {earliest_start_date}, the first month that starts after the application.",
        ),
        unknown=t(
            "Nog niet bekend vanaf welke maand u het krediet wilt.",
            "It is not yet known from which month you want the credit.",
        ),
    ),
)

# Notes -----------------------------------------------------------------------------------

HO_PROGRAMME = PROGRAMME.is_in(*HO)
NO_FEE_FIGURE = x.all_(
    PROGRAMME.is_in(MBO_BOL, *HO), STATUTORY_FEE.is_unknown() | STATUTORY_FEE.is_none()
)

NOTES = (
    Note(
        id="apply_before_start",
        citation=_wsf("art. 3.21(4)"),
        text=t(
            "Vraag het krediet aan in Mijn DUO voor de maand waarin u het wilt krijgen: over "
            "maanden voor uw aanvraag krijgt u niets.",
            "Apply in Mijn DUO before the month in which you want the credit: you get nothing "
            "for months before your application.",
        ),
    ),
    Note(
        id="tuition_only",
        citation=_duo("Bedragen en uitbetaling", "U kunt nooit meer lenen dan ...", DUO_AMOUNTS),
        text=t(
            "U leent alleen voor collegegeld, lesgeld of cursusgeld, niet voor boeken, "
            "materiaal, reiskosten of levensonderhoud. U mag ook minder lenen.",
            "You borrow only for the tuition fee, not for books, materials, travel or living "
            "costs. You may also borrow less.",
        ),
    ),
    Note(
        id="fee_figure_missing",
        when=NO_FEE_FIGURE,
        citation=_wsf("art. 3.16d(1)"),
        text=t(
            "U kunt per 12 maanden hoogstens het collegegeld of lesgeld lenen dat u betaalt, en "
            "nooit meer dan 5 keer het wettelijk collegegeld of lesgeld van dat studiejaar. Dat "
            "bedrag staat nog niet in deze check; DUO noemt het bij de aanvraag.",
            "Per 12 months you can borrow at most the tuition fee you pay, and never more than 5 "
            "times the statutory fee of that school year. That amount is not in this check yet; "
            "DUO states it when you apply.",
        ),
    ),
    Note(
        id="fee_figure_missing_sources",
        when=NO_FEE_FIGURE,
        for_advisers=True,
        citation=FEES_DUO,
        text=t(
            "Voor het studiejaar van {credit_start_date} is geen officieel bedrag van het "
            "wettelijk collegegeld of lesgeld gevonden (DUO noemt 2023-2024 en 2024-2025, DUO "
            "'Lenen' 2017-2018 en 2018-2019). De bedragen zijn daarom leeg gelaten; de uitkomst "
            "hangt er niet van af.",
            "No official figure of the statutory fee was found for the school year of "
            "{credit_start_date} (DUO gives 2023-2024 and 2024-2025, DUO 'Lenen' 2017-2018 and "
            "2018-2019). The amounts are therefore left empty; the outcome does not depend on "
            "them.",
        ),
    ),
    Note(
        id="interest_rate_in_mijn_duo",
        when=x.out("interest_rate_percent").is_unknown(),
        citation=_wsf("art. 6.3, 6.4"),
        text=t(
            "Over de lening betaalt u rente. DUO stelt de rente elk jaar uiterlijk in december "
            "vast; in Mijn DUO ziet u welke rente voor u geldt.",
            "You pay interest on the loan. DUO sets the rate every year by December at the "
            "latest; Mijn DUO shows the rate that applies to you.",
        ),
    ),
    Note(
        id="partly_reimbursed",
        when=REIMBURSED > 0,
        citation=_wsf("art. 3.16b(2)(c)"),
        text=t(
            "Wat iemand anders betaalt of vergoedt, gaat af van wat u kunt lenen.",
            "What someone else pays or reimburses is deducted from what you can borrow.",
        ),
    ),
    Note(
        id="modules_paid_per_5_ec",
        when=PROGRAMME.eq(HO_MODULE),
        citation=_duo("Bedragen en uitbetaling", "Modulair onderwijs", DUO_AMOUNTS),
        text=t(
            "Bij losse vakken betaalt DUO het krediet in maandtermijnen: het aantal studiepunten "
            "gedeeld door 5 (15 studiepunten geeft 3 termijnen).",
            "For separate units DUO pays the credit in monthly instalments: the number of "
            "credits divided by 5 (15 credits gives 3 instalments).",
        ),
    ),
    Note(
        id="keep_after_max_age",
        when=HO_PROGRAMME | PROGRAMME.eq(MBO_BOL),
        citation=_wsf("art. 2.3a(3)"),
        text=t(
            "Wie de maximumleeftijd bereikt terwijl het krediet zonder onderbreking doorloopt, "
            "houdt het. Stopt u het krediet daarna, dan krijgt u het niet opnieuw.",
            "If you reach the maximum age while the credit continues without a break, you keep "
            "it. If you stop it after that, you cannot get it again.",
        ),
    ),
    Note(
        id="repayment",
        citation=_wsf("art. 6.5, 6.7, 6.10, 6.19"),
        text=t(
            "U betaalt terug vanaf 1 januari na het jaar waarin het krediet stopt, in 15 jaar, "
            "met rente. U betaalt nooit meer dan 12 % van uw inkomen boven een vrije voet; wat "
            "na 15 jaar over is, vervalt.",
            "You repay from 1 January after the year in which the credit stops, over 15 years, "
            "with interest. You never pay more than 12 % of your income above an exempt amount; "
            "what remains after 15 years lapses.",
        ),
    ),
    Note(
        id="repayment_first_months_free",
        when=x.on() >= SUSPENSION_READ_FROM,
        citation=_wsf("art. 6.19a"),
        text=t(
            "De eerste 4 maanden van de terugbetaling hoeft u nog niets te betalen.",
            "In the first 4 months of repayment you do not pay anything yet.",
        ),
    ),
    Note(
        id="repayment_sources",
        for_advisers=True,
        citation=_wsf("art. 6.19", WSF_2017_09),
        text=t(
            "Terugbetaling als lening beroepsonderwijs (art. 6.19): 15 jaar, minimaal € 545 per "
            "jaar, draagkracht 12 % boven 84 % (met partner of als alleenstaande ouder 120 %) van "
            "het belastbaar minimumloon, geen aanloopfase; zo gelezen in de versies van "
            "1 september 2017, 1 september 2022 en 1 augustus 2026. De schorsing van de eerste "
            "4 maanden (art. 6.19a) staat in de versies van 2022 en 2026, niet in die van 2017; "
            "de notitie daarover verschijnt vanaf 1 september 2022.",
            "Repayment as a lening beroepsonderwijs (art. 6.19): 15 years, at least € 545 a year, "
            "12 % of income above 84 % (with a partner or as a single parent 120 %) of the "
            "taxable minimum wage, no start-up phase; read so in the versions of 1 September "
            "2017, 1 September 2022 and 1 August 2026. The suspension of the first 4 months (art. "
            "6.19a) is in the versions of 2022 and 2026, not in that of 2017; the note on it is "
            "shown from 1 September 2022.",
        ),
    ),
    Note(
        id="permit_other",
        when=x.fact("lllk_nationality").eq("permit_other"),
        citation=_duo(
            "Levenlanglerenkrediet", "Hebt u een verblijfsvergunning type I?", DUO_CONDITIONS
        ),
        text=t(
            "Met een andere verblijfsvergunning beslist DUO of u recht hebt. Vul de "
            "voorwaardenhulp op duo.nl in.",
            "With another residence permit DUO decides whether you have a right. Fill in the "
            "eligibility assistant on duo.nl.",
        ),
    ),
    Note(
        id="max_age_sources",
        for_advisers=True,
        citation=AGE_57,
        text=t(
            "Maximumleeftijd: 55 volgens art. 2.3a tot 8 juni 2021, daarna 56 (art. 2.3a lid 4). "
            "DUO schreef dat 56 al gold vanaf studiejaar 2020-2021; deze check volgt de wettekst. "
            "57 vanaf studiejaar 2024-2025 volgt DUO ('In studiejaar 2023-2024 is de "
            "leeftijdsgrens 56') en het mechanisme van art. 2.3a lid 5 (AOW-leeftijd 67 in "
            "2024); de bekendmaking in de Staatscourant (lid 6) is niet gevonden, en DUO's "
            "Engelse pagina noemt 56 voor 2024-2025. Het studiejaar begint voor het mbo op "
            "1 augustus en voor het hoger onderwijs op 1 september (art. 1.1).",
            "Maximum age: 55 under art. 2.3a until 8 June 2021, then 56 (art. 2.3a(4)). DUO wrote "
            "that 56 applied from school year 2020-2021; this check follows the statute. 57 from "
            "school year 2024-2025 follows DUO ('In studiejaar 2023-2024 is de leeftijdsgrens "
            "56') and the mechanism of art. 2.3a(5) (AOW age 67 in 2024); the notice in the "
            "Staatscourant (para. 6) was not found, and DUO's English page gives 56 for "
            "2024-2025. The school year starts on 1 August for mbo and on 1 September for "
            "higher education (art. 1.1).",
        ),
    ),
    Note(
        id="programme_history",
        for_advisers=True,
        citation=_wsf("art. 2.12", WSF_2018_07),
        text=t(
            "Art. 2.12 in de versie van 1 september 2017 noemt naast de voltijdse en duale "
            "opleidingen alleen deeltijdopleidingen; de postinitiële master staat erin vanaf de "
            "versie van 1 januari 2018, losse onderwijseenheden (onderdeel d) vanaf de versie van "
            "6 juli 2018 (niet in die van 25 mei 2018). De mbo-kant is alleen de bol: "
            "'beroepsonderwijs' is de opleiding van art. 7.2.7 lid 3 WEB (art. 1.1).",
            "Art. 2.12 in the version of 1 September 2017 names, besides full-time and dual "
            "programmes, only part-time programmes; the post-initial master is in it from the "
            "version of 1 January 2018, separate units of study (point d) from the version of "
            "6 July 2018 (not in that of 25 May 2018). On the mbo side only the bol counts: "
            "'beroepsonderwijs' is the programme of art. 7.2.7(3) WEB (art. 1.1).",
        ),
    ),
    Note(
        id="duration_counted_over_all_credit",
        for_advisers=True,
        citation=_wsf("art. 3.16c"),
        text=t(
            "Art. 3.16c zegt niet of de 4 jaar per opleiding of in totaal gelden; deze check telt "
            "alle eerder ontvangen maanden levenlanglerenkrediet mee.",
            "Art. 3.16c does not say whether the 4 years apply per programme or in total; this "
            "check counts every month of levenlanglerenkrediet received before.",
        ),
    ),
    Note(
        id="cap_rounding_duo",
        for_advisers=True,
        when=HO_PROGRAMME,
        citation=FEES_DUO,
        text=t(
            "DUO noemt voor 2024-2025 een maximum van € 12.650,04: 12 maandbedragen van "
            "€ 1.054,17. Deze check rekent 5 × € 2.530,00 = € 12.650,00 per 12 maanden en rondt "
            "het maandbedrag af op hele centen.",
            "DUO gives a maximum of € 12,650.04 for 2024-2025: 12 monthly amounts of € 1,054.17. "
            "This check computes 5 × € 2,530.00 = € 12,650.00 per 12 months and rounds the "
            "monthly amount to whole cents.",
        ),
    ),
)

AVAILABILITY = AvailabilityRule(
    citation=_duo(
        "Levenlanglerenkrediet (2017)", "aanvragen vanaf juni 2017 via Mijn DUO", DUO_2017
    ),
    in_force_from=APPLICATIONS_FROM,
    before_text=t(
        "Het levenlanglerenkrediet bestond toen nog niet: aanvragen kon vanaf juni 2017.",
        "The levenlanglerenkrediet did not exist yet: applications opened in June 2017.",
    ),
)

CONSTRAINTS = (
    Constraint(
        id="reimbursed_not_above_fee",
        fact="lllk_fee_reimbursed_eur",
        test=REIMBURSED <= FEE,
        message=t(
            "Het vergoede deel kan niet hoger zijn dan het collegegeld of lesgeld zelf.",
            "The reimbursed part cannot be higher than the tuition fee itself.",
        ),
    ),
)

SCHEME = Scheme(
    id="levenlanglerenkrediet",
    version="2026.2",
    title=t("Levenlanglerenkrediet (DUO)", "Levenlanglerenkrediet: lifelong learning credit (DUO)"),
    summary=t(
        "Kunt u bij DUO geld lenen voor het collegegeld of lesgeld van een opleiding, als u "
        "geen recht meer hebt op gewone studiefinanciering?",
        "Can you borrow from DUO for the tuition fee of a programme when you no longer have a "
        "right to regular student finance?",
    ),
    eligible_means=t(
        "U kunt voor deze opleiding levenlanglerenkrediet krijgen vanaf de eerste maand. DUO "
        "beslist op uw aanvraag in Mijn DUO.",
        "You can get the levenlanglerenkrediet for this programme from the first month. DUO "
        "decides on your application in Mijn DUO.",
    ),
    audience=WORKER,
    legal_basis=_wsf("art. 2.3a, 2.12, 3.16b-3.16d"),
    facts=FACTS,
    parameters=PARAMETERS,
    criteria=CRITERIA,
    outputs=OUTPUTS,
    notes=NOTES,
    not_assessed=(
        t(
            "Hoeveel u later per maand terugbetaalt, hangt af van uw inkomen en de rente. Dat "
            "rekenen we niet uit; DUO doet dat in Mijn DUO.",
            "How much you repay per month later depends on your income and the interest. That is "
            "not worked out here; DUO does it in Mijn DUO.",
        ),
        t(
            "Of uw opleiding geaccrediteerd of erkend is, kunt u nagaan bij de school of in het "
            "register van DUO; wij gaan uit van uw antwoord.",
            "Whether your programme is accredited or recognised you can check with the school or "
            "in DUO's register; we use your answer.",
        ),
        t(
            "Een gewone studiefinanciering (basisbeurs, lening voor levensonderhoud) beoordelen we "
            "niet. Vraag het na bij DUO.",
            "Regular student finance (grant, loan for living costs) is not assessed. Ask DUO.",
        ),
    ),
    constraints=CONSTRAINTS,
    availability=AVAILABILITY,
)
