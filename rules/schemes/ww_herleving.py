"""WW herleving: does an ended WW right come back, until when, and on which dagloon?

A right that ended under WW 20(1)(a) (an exclusion ground of art. 19) or (c) (income
above 87.5 % of the maandloon, or less available) revives when the circumstance stops;
after an end on the person's own request (20(1)(d)) it revives from the first day of the
month of the revival request (21(1), second sentence). It does not revive when a new WW
right arises whose maandloon is more than 87.5 % of the old one, or a WIA right arises
(21(2)). Time limits (21(1) "met inachtneming van ... de in artikel 8 en het derde lid
genoemde termijnen"): 6 calendar months for abroad, detention and the like, less
availability and own request (21(3)); for an end only through income from a business,
the business must end within the benefit duration, or within 18 months when the duration
is shorter (8(3)); the remaining duration only for income from the offices of 8(4)
(21(4)); none for an end through employee income. A revived right ends as much later as
the gap between the end and the revival lasted (43(1)).

When the old right does not revive because the new maandloon is above 87.5 %, the new
right keeps at least the old dagloon if the old right followed a job of at least a year,
ended under 20(1)(c) and the new right arose within 12 months after the old right's first
day (Dagloonbesluit art. 12(2)).
"""

from __future__ import annotations

from decimal import Decimal

from rules import expr as x
from rules.facts import Audience, BoolFact, Choice, DateFact, DecimalFact, EnumFact, MoneyFact
from rules.parameters import Parameter, Period
from rules.scheme import AvailabilityRule, Constraint, Criterion, Note, Output, OutputKind, Scheme
from rules.schemes._ww import (
    DAYS_PER_MONTH,
    WWZ_START,
    dagloonbesluit,
    first_of_month,
    floor,
    ww,
)
from rules.texts import Citation, t

WORKER_SIDE = (Audience.WORKER, Audience.ADVISER)

# Why the right ended (contract ids), plus the end by expiry of the duration, which never
# revives.
INCOME_EMPLOYEE = "inkomen_werknemer"
INCOME_SELF_EMPLOYED = "inkomen_zelfstandige"
INCOME_OFFICE = "inkomen_bestuursfunctie"
OWN_REQUEST = "eigen_verzoek"
EXCLUSION = "uitsluitingsgrond"
LESS_AVAILABLE = "minder_beschikbaar"
DURATION_EXPIRED = "uitkeringsduur_verstreken"
ENDED_UNDER_20_1_C = (INCOME_EMPLOYEE, INCOME_SELF_EMPLOYED, INCOME_OFFICE, LESS_AVAILABLE)

# Art. 19 grounds: only those in 21(3)(a) carry the 6-month limit.
GROUND_SIX_MONTHS = "buitenland_detentie_vakantie"
GROUND_ILLNESS = "ziekte_arbeidsongeschiktheid"
GROUND_OTHER = "andere"

FACTS = (
    EnumFact(
        id="ww_end_reason",
        question=t("Waarom is uw WW gestopt?", "Why did your WW stop?"),
        choices=(
            Choice(
                id=INCOME_EMPLOYEE,
                label=t(
                    "Mijn inkomen uit loondienst was hoger dan 87,5% van mijn maandloon",
                    "My income as an employee was above 87.5% of my maandloon",
                ),
            ),
            Choice(
                id=INCOME_SELF_EMPLOYED,
                label=t(
                    "Alleen door inkomen uit mijn eigen bedrijf of als zelfstandige boven 87,5 % "
                    "van mijn maandloon",
                    "Only through income from my own business or as self-employed above 87.5% "
                    "of my maandloon",
                ),
            ),
            Choice(
                id=INCOME_OFFICE,
                label=t(
                    "Alleen door inkomen als lid van de Eerste Kamer, een gekozen "
                    "volksvertegenwoordiging (zoals gemeenteraad of Provinciale Staten) of een "
                    "waterschapsbestuur",
                    "Only through income as a member of the Senate, an elected representative "
                    "body (such as a municipal council or provincial council) or a water board",
                ),
            ),
            Choice(
                id=OWN_REQUEST,
                label=t(
                    "Ik heb zelf gevraagd de WW te stoppen (ik werkte weer)",
                    "I asked for the WW to stop myself (I was working again)",
                ),
            ),
            Choice(
                id=EXCLUSION,
                label=t(
                    "Een uitsluitingsgrond, zoals buitenland of detentie",
                    "An exclusion ground, such as abroad or detention",
                ),
            ),
            Choice(
                id=LESS_AVAILABLE,
                label=t(
                    "Ik was minder beschikbaar voor werk (niet door ziekte of scholing)",
                    "I was less available for work (not through illness or training)",
                ),
            ),
            Choice(
                id=DURATION_EXPIRED,
                label=t("De maximale duur was voorbij", "The maximum duration had run out"),
            ),
        ),
        audience=WORKER_SIDE,
    ),
    DateFact(
        id="ww_end_date",
        question=t(
            "Vanaf welke datum had u geen recht op WW meer?",
            "From which date did you no longer have a WW right?",
        ),
        help=t(
            "De eerste dag zonder recht, zoals in de brief van UWV.",
            "The first day without a right, as in UWV's letter.",
        ),
        audience=WORKER_SIDE,
    ),
    DateFact(
        id="ww_first_day",
        question=t(
            "Wat was de eerste dag van de WW die gestopt is?",
            "What was the first day of the WW that stopped?",
        ),
        audience=WORKER_SIDE,
    ),
    BoolFact(
        id="new_ww_right",
        question=t(
            "Ontstaat er nu een nieuw recht op WW (uit het werk dat u nu verliest)?",
            "Does a new WW right arise now (from the work you are losing now)?",
        ),
        audience=WORKER_SIDE,
    ),
    MoneyFact(
        id="ww_old_dagloon_eur",
        question=t(
            "Wat was het dagloon van de WW die gestopt is?",
            "What was the dagloon of the WW that stopped?",
        ),
        audience=WORKER_SIDE,
    ),
    MoneyFact(
        id="ww_new_dagloon_eur",
        question=t(
            "Wat is het dagloon van het nieuwe WW-recht?",
            "What is the dagloon of the new WW right?",
        ),
        help=t(
            "Alleen nodig als er een nieuw WW-recht ontstaat.",
            "Only needed if a new WW right arises.",
        ),
        audience=WORKER_SIDE,
    ),
    BoolFact(
        id="wia_right",
        question=t(
            "Ontstaat er nu een recht op een WIA-uitkering?",
            "Does a right to a WIA benefit arise now?",
        ),
        audience=WORKER_SIDE,
    ),
    DecimalFact(
        id="ww_remaining_months_at_end",
        question=t(
            "Hoeveel maanden WW had u nog over toen uw WW stopte?",
            "How many months of WW did you have left when your WW stopped?",
        ),
        help=t(
            "Nodig als uw WW stopte door inkomen uit een gekozen functie of een "
            "waterschapsbestuur. Een halve maand is 0,5.",
            "Needed if your WW stopped through income from an elected office or a water board. "
            "Half a month is 0.5.",
        ),
        audience=WORKER_SIDE,
        maximum=Decimal(60),
    ),
    DateFact(
        id="ww_original_end_date",
        question=t(
            "Tot welke datum zou uw WW hebben geduurd als die niet was gestopt?",
            "Until which date would your WW have lasted if it had not stopped?",
        ),
        audience=WORKER_SIDE,
    ),
    BoolFact(
        id="ww_prior_employment_1y",
        question=t(
            "Duurde de baan waaruit u toen werkloos werd minstens een jaar?",
            "Did the job from which you then became unemployed last at least a year?",
        ),
        audience=WORKER_SIDE,
    ),
    DateFact(
        id="ww_business_start_date",
        question=t(
            "Op welke dag begon u met het werk in uw eigen bedrijf waardoor uw WW stopte?",
            "On which day did you start the work in your own business that made your WW stop?",
        ),
        help=t(
            "Alleen nodig als uw WW stopte door inkomen uit uw eigen bedrijf. Laat u dit leeg, "
            "dan telt de check vanaf de dag dat uw WW stopte.",
            "Only needed if your WW stopped through income from your own business. If you "
            "leave it empty, the check counts from the day your WW stopped.",
        ),
        audience=WORKER_SIDE,
        default=None,
    ),
    DateFact(
        id="ww_revival_request_date",
        question=t(
            "Op welke datum vroeg u UWV om uw WW weer te laten ingaan?",
            "On which date did you ask UWV to restart your WW?",
        ),
        help=t(
            "Alleen nodig als u eerder zelf vroeg uw WW te stoppen. Laat u dit leeg, dan gaat "
            "de check uit van een aanvraag in de maand waarin u weer werkloos werd.",
            "Only needed if you earlier asked for your WW to stop yourself. If you leave it "
            "empty, the check counts on a request in the month you became unemployed again.",
        ),
        audience=WORKER_SIDE,
        default=None,
    ),
    EnumFact(
        id="ww_exclusion_ground",
        question=t(
            "Welke uitsluitingsgrond liet uw WW stoppen?",
            "Which exclusion ground made your WW stop?",
        ),
        help=t(
            "Alleen nodig bij een uitsluitingsgrond. Laat u dit leeg, dan gaat de check uit "
            "van buitenland, detentie of vakantie buiten de toegestane periode.",
            "Only needed for an exclusion ground. If you leave it empty, the check takes it to be "
            "abroad, detention or holiday outside the allowed period.",
        ),
        choices=(
            Choice(
                id=GROUND_SIX_MONTHS,
                label=t(
                    "Buitenland, detentie, onttrekken aan straf, vakantie buiten de toegestane "
                    "periode of uitreiziger (art. 19 lid 1 onder e, g, h, k, n)",
                    "Abroad, detention, evading a sentence, holiday outside the allowed period "
                    "or uitreiziger (art. 19(1)(e), (g), (h), (k), (n))",
                ),
            ),
            Choice(
                id=GROUND_ILLNESS,
                label=t(
                    "Ziekengeld, WIA/WAO of een vergelijkbare uitkering (art. 19 lid 1 onder a-d)",
                    "Sickness benefit, WIA/WAO or a similar benefit (art. 19(1)(a)-(d))",
                ),
            ),
            Choice(
                id=GROUND_OTHER,
                label=t("Een andere grond van art. 19", "Another ground of art. 19"),
            ),
        ),
        audience=WORKER_SIDE,
        default=None,
    ),
)


def _one(param_id: str, nl: str, en: str, value: object, citation: Citation) -> Parameter:
    return Parameter(
        id=param_id,
        label=t(nl, en),
        periods=(Period(start=WWZ_START, value=value, citation=citation),),
    )


PARAMETERS = (
    DAYS_PER_MONTH,
    _one(
        "ww_revival_threshold",
        "grens van 87,5% van het oude maandloon",
        "threshold of 87.5% of the old maandloon",
        Decimal("0.875"),
        ww("art. 21 lid 2 onder a", "Artikel21"),
    ),
    _one(
        "ww_revival_limit_months",
        "termijn voor herleving (maanden)",
        "time limit for revival (months)",
        6,
        ww("art. 21 lid 3", "Artikel21"),
    ),
    _one(
        "ww_dagloongarantie_months",
        "termijn dagloongarantie (maanden na de eerste werkloze dag)",
        "dagloon guarantee period (months after the first day of unemployment)",
        12,
        dagloonbesluit("art. 12 lid 2", "Artikel12"),
    ),
    # Art. 8(3): at least 18 months for an end through income from a business.
    _one(
        "ww_self_employed_min_months",
        "termijn om met het bedrijf te stoppen, als de WW korter duurde (maanden)",
        "period to stop the business, if the WW was shorter (months)",
        18,
        ww("art. 8 lid 3", "Artikel8"),
    ),
    # A fraction of a remaining month counts at 30 days (half a month = 15 days, as in WW
    # 42(2)); the law gives no day count for other fractions.
    _one(
        "ww_days_per_fraction_month",
        "dagen per maand voor een deel van een maand",
        "days a month for a fraction of a month",
        30,
        Citation(
            title="Werkloosheidswet (afgeleid)",
            article="art. 21 lid 4 met art. 42 lid 2, slotzin",
            url=ww("art. 42", "Artikel42").url,
            source="INF",
        ),
    ),
)

REASON = x.fact("ww_end_reason")
GROUND = x.fact("ww_exclusion_ground")
END = x.fact("ww_end_date")
FIRST_DAY = x.fact("ww_first_day")
NEW_RIGHT = x.fact("new_ww_right")
OLD_DAGLOON = x.fact("ww_old_dagloon_eur")
NEW_DAGLOON = x.fact("ww_new_dagloon_eur")
REMAINING = x.fact("ww_remaining_months_at_end")

SIX_MONTH_LIMIT_APPLIES = REASON.is_in(OWN_REQUEST, LESS_AVAILABLE) | (
    REASON.eq(EXCLUSION) & (GROUND.is_none() | GROUND.eq(GROUND_SIX_MONTHS))
)
REMAINING_LIMIT_APPLIES = REASON.eq(INCOME_OFFICE)
SELF_EMPLOYED_APPLIES = REASON.eq(INCOME_SELF_EMPLOYED)
ORIGINAL_END = x.fact("ww_original_end_date")
REQUEST = x.fact("ww_revival_request_date")

# Art. 8(3): the business must end within the benefit duration (first day up to the
# original end date, both included), or within 18 months when the duration is shorter,
# counted from the start of the business (without that date: from the end of the WW).
BUSINESS_START = x.if_(
    x.fact("ww_business_start_date").is_none(), END, x.fact("ww_business_start_date")
)
SELF_EMPLOYED_TOO_LATE = x.max_(
    BUSINESS_START.plus_months(x.param("ww_self_employed_min_months")),
    BUSINESS_START.plus_days(x.days_between(FIRST_DAY, ORIGINAL_END) + 1),
)

# The gap allowed by art. 21(4): the whole remaining months as calendar months (same day
# number, clamped to the month's end), then the fraction at 30 days a month, rounded down
# to whole days.
REMAINING_LIMIT_DATE = END.plus_months(floor(REMAINING)).plus_days(
    floor((REMAINING - floor(REMAINING)) * x.param("ww_days_per_fraction_month"))
)

CRITERIA_IDS = (
    "end_reason_revivable",
    "ended_before_on",
    "right_not_deemed_never_arisen",
    "no_new_right_above_threshold",
    "no_wia_right",
    "within_six_months",
    "within_remaining_duration",
    "within_self_employment_period",
)

OUTPUTS = (
    Output(
        id="old_maandloon_eur",
        kind=OutputKind.MONEY,
        label=t("maandloon van het oude recht", "maandloon of the old right"),
        expr=x.param("ww_days_per_month") * OLD_DAGLOON,
    ),
    Output(
        id="revival_threshold_eur",
        kind=OutputKind.MONEY,
        label=t("87,5% van het oude maandloon", "87.5% of the old maandloon"),
        expr=x.param("ww_revival_threshold") * x.out("old_maandloon_eur"),
    ),
    Output(
        id="new_maandloon_eur",
        kind=OutputKind.MONEY,
        label=t("maandloon van het nieuwe recht", "maandloon of the new right"),
        expr=x.if_(NEW_RIGHT, x.param("ww_days_per_month") * NEW_DAGLOON, None),
    ),
    Output(
        id="latest_revival_date",
        kind=OutputKind.DATE,
        label=t("uiterste datum voor herleving", "latest date for revival"),
        expr=x.if_(
            SIX_MONTH_LIMIT_APPLIES,
            END.plus_months(x.param("ww_revival_limit_months")),
            x.if_(
                REMAINING_LIMIT_APPLIES,
                REMAINING_LIMIT_DATE,
                x.if_(SELF_EMPLOYED_APPLIES, SELF_EMPLOYED_TOO_LATE.plus_days(-1), None),
            ),
        ),
    ),
    Output(
        id="revives",
        kind=OutputKind.BOOL,
        label=t("het oude recht herleeft", "the old right revives"),
        expr=x.all_(*(x.crit(c) for c in CRITERIA_IDS)),
    ),
    Output(
        id="new_end_date",
        kind=OutputKind.DATE,
        label=t("nieuwe einddatum", "new end date"),
        # Art. 43(1): as much later as the gap between the end and the revival lasted;
        # after an own-request end the revival is on the first of the month of the
        # request (21(1), second sentence).
        expr=x.if_(
            x.out("revives"),
            ORIGINAL_END.plus_days(x.days_between(END, x.out("revival_effective_date"))),
            None,
        ),
    ),
    Output(
        id="revival_effective_date",
        kind=OutputKind.DATE,
        label=t("herleving gaat in op", "revival takes effect on"),
        # After an end on own request: the first day of the month of the revival request
        # (21(1), second sentence); otherwise the day the circumstance stopped.
        expr=x.if_(
            x.out("revives"),
            x.case(
                REASON,
                {OWN_REQUEST: first_of_month(x.if_(REQUEST.is_none(), x.on(), REQUEST))},
                default=x.on(),
            ),
            None,
        ),
    ),
    Output(
        id="dagloongarantie",
        kind=OutputKind.BOOL,
        label=t("dagloongarantie (Dagloonbesluit art. 12 lid 2)", "dagloon guarantee (art. 12(2))"),
        expr=x.all_(
            x.fact("ww_prior_employment_1y"),
            REASON.is_in(*ENDED_UNDER_20_1_C),
            x.crit("ended_before_on"),
            x.crit("right_not_deemed_never_arisen"),
            x.not_(x.crit("no_new_right_above_threshold")),
            x.on() <= FIRST_DAY.plus_months(x.param("ww_dagloongarantie_months")),
        ),
    ),
    Output(
        id="guaranteed_dagloon_eur",
        kind=OutputKind.MONEY,
        label=t("gegarandeerd dagloon", "guaranteed dagloon"),
        expr=x.if_(x.out("dagloongarantie"), OLD_DAGLOON, None),
    ),
    Output(
        id="new_right_dagloon_eur",
        kind=OutputKind.MONEY,
        label=t(
            "dagloon van het nieuwe recht met de garantie",
            "dagloon of the new right with the guarantee",
        ),
        expr=x.if_(x.out("dagloongarantie"), x.max_(NEW_DAGLOON, OLD_DAGLOON), None),
    ),
)

CRITERIA = (
    Criterion(
        id="end_reason_revivable",
        label=t(
            "Gestopt om een reden waarna de WW kan herleven",
            "Ended for a reason after which WW can revive",
        ),
        test=REASON.ne(DURATION_EXPIRED),
        citation=ww("art. 21 lid 1", "Artikel21"),
        met=t(
            "Uw WW stopte door inkomen, een uitsluitingsgrond, minder beschikbaarheid of op uw "
            "eigen verzoek. Zo'n recht kan herleven.",
            "Your WW stopped through income, an exclusion ground, less availability or at your "
            "own request. Such a right can revive.",
        ),
        not_met=t(
            "Uw WW stopte omdat de maximale duur voorbij was. Dat recht kan niet herleven; "
            "alleen een nieuw recht is mogelijk.",
            "Your WW stopped because the maximum duration had run out. That right cannot "
            "revive; only a new right is possible.",
        ),
        unknown=t(
            "Nodig is waarom uw WW stopte.",
            "Needed: why your WW stopped.",
        ),
    ),
    Criterion(
        id="ended_before_on",
        label=t("De WW was al gestopt", "The WW had already stopped"),
        test=x.on() >= END,
        citation=ww("art. 21 lid 1", "Artikel21"),
        met=t(
            "Uw WW is gestopt op {ww_end_date}.",
            "Your WW stopped on {ww_end_date}.",
        ),
        not_met=t(
            "Uw WW stopt pas op {ww_end_date}, na {on}. Wat nog niet gestopt is, kan niet "
            "herleven.",
            "Your WW stops only on {ww_end_date}, after {on}. What has not stopped cannot revive.",
        ),
        unknown=t(
            "Nodig is de datum waarop uw WW stopte.",
            "Needed: the date your WW stopped.",
        ),
    ),
    Criterion(
        id="right_not_deemed_never_arisen",
        label=t("Het recht heeft echt bestaan", "The right really existed"),
        # A right that ends under 20(1)(c) from the first day of the month in which it
        # arose, through employee income, is deemed never to have arisen (16(8)).
        test=~(REASON.eq(INCOME_EMPLOYEE) & (END <= FIRST_DAY)),
        citation=ww("art. 16 lid 8", "Artikel16"),
        met=t(
            "Uw WW liep langer dan de maand waarin die begon, of stopte niet door loon: het "
            "recht heeft bestaan.",
            "Your WW ran beyond the month in which it started, or did not stop through wage: "
            "the right existed.",
        ),
        not_met=t(
            "Uw WW begon op {ww_first_day} en stopte al vanaf {ww_end_date} door loon uit "
            "dienstbetrekking. Zo'n recht geldt als nooit ontstaan en kan niet herleven.",
            "Your WW started on {ww_first_day} and stopped from {ww_end_date} through employee "
            "wage. Such a right is deemed never to have arisen and cannot revive.",
        ),
        unknown=t(
            "Nodig zijn de reden, de eerste dag en de einddatum van uw WW.",
            "Needed: the reason, the first day and the end date of your WW.",
        ),
    ),
    Criterion(
        id="no_new_right_above_threshold",
        label=t(
            "Geen nieuw WW-recht met een maandloon boven 87,5% van het oude",
            "No new WW right with a maandloon above 87.5% of the old one",
        ),
        test=x.out("new_maandloon_eur") <= x.out("revival_threshold_eur"),
        applies=NEW_RIGHT,
        citation=ww("art. 21 lid 2 onder a", "Artikel21"),
        met=t(
            "Het maandloon van uw nieuwe WW ({new_maandloon_eur}) is niet meer dan 87,5% van "
            "uw oude maandloon ({revival_threshold_eur}).",
            "The maandloon of your new WW ({new_maandloon_eur}) is not more than 87.5% of your "
            "old maandloon ({revival_threshold_eur}).",
        ),
        not_applicable=t(
            "Er ontstaat geen nieuw recht op WW.",
            "No new WW right arises.",
        ),
        not_met=t(
            "Het maandloon van uw nieuwe WW ({new_maandloon_eur}) is meer dan 87,5% van uw "
            "oude maandloon ({revival_threshold_eur}). Dan herleeft het oude recht niet; u "
            "krijgt het nieuwe.",
            "The maandloon of your new WW ({new_maandloon_eur}) is more than 87.5% of your old "
            "maandloon ({revival_threshold_eur}). Then the old right does not revive; you get "
            "the new one.",
        ),
        unknown=t(
            "Nodig is of er een nieuw WW-recht ontstaat, en zo ja het oude en het nieuwe dagloon.",
            "Needed: whether a new WW right arises and, if so, the old and the new dagloon.",
        ),
    ),
    Criterion(
        id="no_wia_right",
        label=t("Geen nieuw recht op WIA", "No new WIA right"),
        test=~x.fact("wia_right"),
        citation=ww("art. 21 lid 2 onder b", "Artikel21"),
        met=t("Er ontstaat geen recht op een WIA-uitkering.", "No right to a WIA benefit arises."),
        not_met=t(
            "Er ontstaat een recht op een WIA-uitkering. Dan herleeft de WW niet.",
            "A right to a WIA benefit arises. Then the WW does not revive.",
        ),
        unknown=t(
            "Nodig is of er een recht op een WIA-uitkering ontstaat.",
            "Needed: whether a right to a WIA benefit arises.",
        ),
    ),
    Criterion(
        id="within_six_months",
        label=t("Binnen 6 maanden", "Within 6 months"),
        test=x.on() <= END.plus_months(x.param("ww_revival_limit_months")),
        applies=SIX_MONTH_LIMIT_APPLIES,
        citation=ww("art. 21 lid 3", "Artikel21"),
        met=t(
            "Uw WW stopte op {ww_end_date}. Op {on} zijn er niet meer dan 6 maanden verstreken "
            "(uiterlijk {latest_revival_date}).",
            "Your WW stopped on {ww_end_date}. On {on} no more than 6 months have passed "
            "(at the latest {latest_revival_date}).",
        ),
        not_applicable=t(
            "De termijn van 6 maanden geldt niet voor de reden waarom uw WW stopte.",
            "The 6-month limit does not apply to the reason your WW stopped.",
        ),
        not_met=t(
            "Uw WW stopte op {ww_end_date}. Herleven kon tot en met {latest_revival_date}; "
            "{on} is later. Het oude recht herleeft niet meer.",
            "Your WW stopped on {ww_end_date}. Revival was possible up to and including "
            "{latest_revival_date}; {on} is later. The old right no longer revives.",
        ),
        unknown=t(
            "Nodig zijn de reden waarom uw WW stopte en de datum waarop die stopte.",
            "Needed: why your WW stopped and the date it stopped.",
        ),
    ),
    Criterion(
        id="within_self_employment_period",
        label=t(
            "Op tijd gestopt met het eigen bedrijf",
            "Stopped the own business in time",
        ),
        test=x.on() < SELF_EMPLOYED_TOO_LATE,
        applies=SELF_EMPLOYED_APPLIES,
        citation=ww("art. 8 lid 3 en art. 21 lid 1", "Artikel8"),
        met=t(
            "U stopte op {on} met uw bedrijf, binnen de duur van uw WW of binnen 18 maanden als "
            "uw WW korter was (uiterlijk {latest_revival_date}). Dan kan uw oude WW terugkomen.",
            "You stopped your business on {on}, within the duration of your WW or within 18 "
            "months if your WW was shorter (at the latest {latest_revival_date}). Then your old "
            "WW can come back.",
        ),
        not_applicable=t(
            "Uw WW stopte niet door inkomen uit een eigen bedrijf.",
            "Your WW did not stop through income from your own business.",
        ),
        not_met=t(
            "Uw oude WW kon terugkomen als u uiterlijk {latest_revival_date} met uw bedrijf "
            "stopte: binnen de duur van uw WW, of binnen 18 maanden als uw WW korter was. U "
            "stopte op {on}; dat is later.",
            "Your old WW could come back if you stopped your business by {latest_revival_date}: "
            "within the duration of your WW, or within 18 months if your WW was shorter. You "
            "stopped on {on}; that is later.",
        ),
        unknown=t(
            "Nodig zijn de eerste dag van uw WW, de datum tot wanneer die zou duren en de datum "
            "waarop die stopte.",
            "Needed: the first day of your WW, the date it would have lasted until and the date "
            "it stopped.",
        ),
    ),
    Criterion(
        id="within_remaining_duration",
        label=t("Binnen de resterende duur", "Within the remaining duration"),
        test=x.on() <= REMAINING_LIMIT_DATE,
        applies=REMAINING_LIMIT_APPLIES,
        citation=ww("art. 21 lid 4 en art. 8 lid 4", "Artikel21"),
        met=t(
            "U had nog {ww_remaining_months_at_end} maanden over. Herleven kan tot en met "
            "{latest_revival_date}; {on} valt daarbinnen.",
            "You had {ww_remaining_months_at_end} months left. Revival is possible up to and "
            "including {latest_revival_date}; {on} falls within that.",
        ),
        not_applicable=t(
            "De grens van de resterende duur geldt alleen als de WW stopte door inkomen uit een "
            "gekozen functie of een waterschapsbestuur.",
            "The remaining-duration limit applies only if the WW stopped through income from an "
            "elected office or a water board.",
        ),
        not_met=t(
            "U had nog {ww_remaining_months_at_end} maanden over. Herleven kon tot en met "
            "{latest_revival_date}; {on} is later. Het oude recht herleeft niet meer.",
            "You had {ww_remaining_months_at_end} months left. Revival was possible up to and "
            "including {latest_revival_date}; {on} is later. The old right no longer revives.",
        ),
        unknown=t(
            "Nodig zijn de datum waarop uw WW stopte en hoeveel maanden u toen nog over had.",
            "Needed: the date your WW stopped and how many months you had left then.",
        ),
    ),
)

UWV_BUSINESS_ENDED = Citation(
    title="UWV, Opnieuw WW na einde eigen bedrijf",
    article="art. 8 lid 3 WW; voorbeelden Mathijs en Renate",
    url="https://www.uwv.nl/particulieren/eigen-bedrijf-starten/starten-vanuit-ww-uitkering/einde-eigen-bedrijf/detail/opnieuw-ww-na-einde-eigen-bedrijf",
    source="EXECUTOR",
)

UWV_AGAIN_UNEMPLOYED = Citation(
    title="UWV, Eerder een WW-uitkering en weer werkloos",
    article="uitvoeringspraktijk",
    url="https://www.uwv.nl/particulieren/werkloos/ik-word-werkloos/detail/kan-ik-een-ww-uitkering-krijgen/eerder-een-ww-uitkering-en-weer-werkloos",
    source="EXECUTOR",
)

NOTES = (
    Note(
        id="no_time_limit_employee_income",
        when=REASON.eq(INCOME_EMPLOYEE),
        citation=UWV_AGAIN_UNEMPLOYED,
        text=t(
            "Stopte uw WW door inkomen uit loondienst, dan noemt de wet geen termijn voor "
            "herleving en schuift de einddatum op met de tussenliggende periode; UWV noemt in de "
            "brief over het stoppen tot wanneer u de oude uitkering terug kunt krijgen.",
            "If your WW stopped through employee income, the law sets no time limit for revival "
            "and the end date moves later by the gap; UWV's letter on the end says until when "
            "you can get the old benefit back.",
        ),
    ),
    Note(
        id="uwv_date_basis",
        for_advisers=True,
        when=REASON.eq(INCOME_EMPLOYEE),
        citation=UWV_AGAIN_UNEMPLOYED,
        text=t(
            "Art. 21 en 43 lid 1 WW kennen na een einde door loon geen termijn. Hoe UWV de "
            "datum in de beëindigingsbrief bepaalt, is niet gevonden.",
            "WW art. 21 and 43(1) set no time limit after an end through wage. How UWV sets "
            "the date in its termination letter was not found.",
        ),
    ),
    Note(
        id="remaining_duration_in_days",
        for_advisers=True,
        when=REMAINING_LIMIT_APPLIES,
        citation=ww("art. 21 lid 4", "Artikel21"),
        text=t(
            "De periode tussen het stoppen en het herleven mag niet langer zijn dan de "
            "resterende duur. Hier tellen de hele resterende maanden als kalendermaanden vanaf "
            "de einddatum (zelfde dagnummer, of de laatste dag van een kortere maand), en een "
            "deel van een maand als 30 dagen per maand, naar beneden afgerond (een halve maand "
            "is 15 dagen). De wet zegt niet hoe een deel van een maand telt.",
            "The period between the end and the revival may not be longer than the remaining "
            "duration. Here the whole remaining months count as calendar months from the end "
            "date (same day number, or the last day of a shorter month), and a fraction of a "
            "month at 30 days a month, rounded down (half a month is 15 days). The law does not "
            "say how a fraction of a month counts.",
        ),
    ),
    Note(
        id="exclusion_ground_limit",
        when=REASON.eq(EXCLUSION),
        citation=ww("art. 21 lid 3 onder a", "Artikel21"),
        text=t(
            "De termijn van 6 maanden geldt alleen bij buitenland, detentie, onttrekken aan "
            "straf, vakantie buiten de toegestane periode of uitreiziger. Stopte uw WW door "
            "ziekengeld, een WIA- of WAO-uitkering of een andere grond, geef dat dan op: dan "
            "geldt die termijn niet.",
            "The 6-month limit applies only to abroad, detention, evading a sentence, holiday "
            "outside the allowed period or uitreiziger. If your WW stopped through sickness "
            "benefit, a WIA or WAO benefit or another ground, say so: then that limit does not "
            "apply.",
        ),
    ),
    Note(
        id="sickness_gap",
        when=REASON.eq(EXCLUSION) & GROUND.eq(GROUND_ILLNESS),
        citation=ww("art. 43 lid 2 en 3", "Artikel43"),
        text=t(
            "Stopte uw WW door ziekte, dan tellen de eerste 13 weken ziekengeld soms niet mee "
            "bij het opschuiven van de einddatum. De nieuwe einddatum kan dan vroeger liggen "
            "dan hier berekend.",
            "If your WW stopped through illness, the first 13 weeks of sickness benefit "
            "sometimes do not count when the end date moves. The new end date may then be "
            "earlier than computed here.",
        ),
    ),
    Note(
        id="own_request_start",
        when=REASON.eq(OWN_REQUEST),
        citation=ww("art. 21 lid 1 en art. 43 lid 1", "Artikel21"),
        text=t(
            "Na stoppen op eigen verzoek herleeft de WW vanaf de eerste dag van de maand waarin "
            "u om herleving vraagt; de einddatum schuift op met de tijd tussen het stoppen en "
            "die dag.",
            "After an end on your own request, WW revives from the first day of the month in "
            "which you ask for revival; the end date moves later by the time between the end "
            "and that day.",
        ),
    ),
    Note(
        id="assumes_request_this_month",
        when=REASON.eq(OWN_REQUEST) & REQUEST.is_none(),
        citation=ww("art. 21 lid 1", "Artikel21"),
        text=t(
            "Deze uitkomst gaat uit van een aanvraag om herleving in de maand waarin u weer "
            "werkloos werd; vraagt u het later aan, dan gaat uw WW later in en schuift de "
            "einddatum minder op.",
            "This outcome holds if you ask for revival in the month you became unemployed "
            "again; if you ask later, your WW starts later and the end date moves less.",
        ),
    ),
    Note(
        id="business_counted_from_end",
        when=SELF_EMPLOYED_APPLIES & x.fact("ww_business_start_date").is_none(),
        citation=UWV_BUSINESS_ENDED,
        text=t(
            "De termijn om met uw bedrijf te stoppen telt hier vanaf de dag dat uw WW stopte; "
            "UWV telt vanaf de start van uw bedrijf, dus begon u eerder, dan eindigt de termijn "
            "ook eerder.",
            "The period to stop your business is counted here from the day your WW stopped; "
            "UWV counts from the start of your business, so if you started earlier, the period "
            "also ends earlier.",
        ),
    ),
    Note(
        id="new_and_old_right_together",
        when=x.out("revives") & NEW_RIGHT,
        citation=UWV_AGAIN_UNEMPLOYED,
        text=t(
            "UWV zegt: als het nieuwe dagloon niet hoger is dan 87,5% van het oude, krijgt u "
            "de nieuwe WW en een deel van de oude WW. Samen zijn die even hoog als de oude "
            "uitkering.",
            "UWV says: if the new dagloon is not above 87.5% of the old one, you get the new "
            "WW and part of the old WW. Together they equal the old benefit.",
        ),
    ),
    Note(
        id="dagloongarantie_applies",
        when=x.out("dagloongarantie"),
        citation=dagloonbesluit("art. 12 lid 2", "Artikel12"),
        text=t(
            "Het oude recht herleeft niet, maar uw nieuwe WW krijgt minstens het dagloon van "
            "het oude recht: de oude baan duurde minstens een jaar, de oude WW stopte door "
            "inkomen en het nieuwe recht ontstaat binnen 12 maanden na de eerste werkloze dag "
            "van het oude.",
            "The old right does not revive, but your new WW gets at least the dagloon of the "
            "old right: the old job lasted at least a year, the old WW stopped through income "
            "and the new right arises within 12 months after the old right's first day of "
            "unemployment.",
        ),
    ),
    Note(
        id="dagloon_54_weeks",
        when=NEW_RIGHT,
        citation=dagloonbesluit("art. 12 lid 1", "Artikel12"),
        text=t(
            "Niet beoordeeld: gaat u na een baan van minstens een jaar direct aan nieuw werk "
            "zonder WW, en eindigt dat binnen 54 weken, dan is het nieuwe dagloon niet lager "
            "dan wat de eerdere baan had opgeleverd (Dagloonbesluit art. 12 lid 1).",
            "Not assessed: if after a job of at least a year you went straight into new work "
            "without WW and it ends within 54 weeks, the new dagloon is no lower than the "
            "earlier job would have given (Dagloonbesluit art. 12(1)).",
        ),
    ),
    Note(
        id="remaining_duration_added",
        when=~x.out("revives") & NEW_RIGHT,
        citation=ww("art. 42b", "Artikel42b"),
        text=t(
            "Herleeft het oude recht niet en voldoet u voor het nieuwe recht niet aan de "
            "jareneis, dan kan de resterende duur van het oude recht bij het nieuwe worden "
            "opgeteld (art. 42b WW). Dat is hier niet berekend.",
            "If the old right does not revive and you do not meet the years test for the new "
            "right, the remaining duration of the old right may be added to the new one "
            "(art. 42b WW). That is not computed here.",
        ),
    ),
    Note(
        id="only_rights_since_2015_07",
        citation=Citation(
            title="UWV, Opgeven en verrekenen van inkomsten",
            article="Wwz, overgangsrecht",
            url="https://www.uwv.nl/particulieren/overige-onderwerpen/wet-werk-en-zekerheid/detail/werkloos-op-of-na-1-juli-2015/opgeven-en-verrekenen-van-inkomsten",
            source="EXECUTOR",
        ),
        text=t(
            "Geldt voor WW-rechten die op of na 1 juli 2015 zijn ontstaan. Oudere rechten "
            "(urensysteem) beoordeelt deze check niet.",
            "Applies to WW rights that arose on or after 1 July 2015. Older rights (hours "
            "system) are not assessed by this check.",
        ),
    ),
)

SCHEME = Scheme(
    id="ww_herleving",
    version="2026.2",
    title=t("Herleving van de WW", "Revival of WW"),
    summary=t(
        "Uw WW stopte en u verliest weer werk: komt uw oude WW terug, tot wanneer, en met "
        "welk dagloon?",
        "Your WW stopped and you lose work again: does your old WW come back, until when, and "
        "on which dagloon?",
    ),
    eligible_means=t("Uw oude WW-recht herleeft.", "Your old WW right revives."),
    audience=WORKER_SIDE,
    legal_basis=ww("art. 21 en 43", "Artikel21"),
    facts=FACTS,
    parameters=PARAMETERS,
    criteria=CRITERIA,
    outputs=OUTPUTS,
    notes=NOTES,
    not_assessed=(
        t(
            "Of er een nieuw WW-recht ontstaat uit het werk dat u nu verliest, rekenen we niet "
            "helemaal uit. UWV vergelijkt het nieuwe en het oude recht en kiest.",
            "Whether a new WW right arises from the work you are losing now is not fully worked "
            "out. UWV compares the new and the old right and chooses.",
        ),
        t(
            "WW-rechten van vóór 1 juli 2015 (het oude urensysteem) beoordelen we niet. Vraag het "
            "na bij UWV.",
            "WW rights from before 1 July 2015 (the old hours system) are not assessed. Ask UWV.",
        ),
        t(
            "Hoeveel WW u na het herleven krijgt, staat in de beslissing van UWV.",
            "How much WW you get after it revives is in UWV's decision.",
        ),
    ),
    constraints=(
        Constraint(
            id="original_end_after_first_day",
            fact="ww_original_end_date",
            test=x.fact("ww_original_end_date") > FIRST_DAY,
            message=t(
                "De oorspronkelijke einddatum moet na de eerste dag van de WW liggen.",
                "The original end date must fall after the first day of the WW.",
            ),
        ),
    ),
    availability=AvailabilityRule(
        in_force_from=WWZ_START,
        citation=ww("art. 21 (Wwz, vanaf 1 juli 2015)", "Artikel21"),
        before_text=t(
            "Vóór 1 juli 2015 golden andere regels; die beoordeelt deze check niet.",
            "Before 1 July 2015 other rules applied; this check does not assess them.",
        ),
    ),
)
