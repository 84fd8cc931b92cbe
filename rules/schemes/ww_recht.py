"""WW recht: does a WW right arise, for how long, and roughly how much per month?

A right arises on the first day of unemployment for an employee below the AOW age who
loses at least 5 of their average weekly hours or keeps at most half of them (WW 16(1)),
is available for work, had paid hours in at least 26 of the 36 calendar weeks before
(the wekeneis, WW 17(1)) and has no exclusion ground of WW 19.

The amounts are an estimate: the dagloon is the wage of the reference year divided by
261, capped at the maximum dagloon valid on the first day (WW 1b(1)); UWV computes it
from the sv-loon per aangiftetijdvak (Dagloonbesluit art. 5). Amounts stay exact and are
rounded half-up to the cent only when shown.

The duration (WW 42) is 3 months with only the wekeneis. With the jareneis it is one
month per year of work history for the first 10 years, and beyond 10 years half a month
per year after 2015 and a month per year before 2016, between 3 and 24 months. Which
years are "the first 10" the law leaves open (spec W8): the oldest years count first
(the reading the spec recommends, history built up in time order); where counting the
newest years first would give another duration, a note says so.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules import expr as x
from rules.facts import Audience, BoolFact, DecimalFact, IntFact, MoneyFact
from rules.parameters import Parameter, Period
from rules.scheme import AvailabilityRule, Criterion, Note, Output, OutputKind, Scheme
from rules.schemes._shared import AOW_AGE, BIRTH_DATE, aow_date, below_aow_age
from rules.schemes._ww import (
    DAYS_PER_MONTH,
    MAX_DAGLOON,
    UWV_MAX_DAGLOON,
    WWZ_START,
    dagloonbesluit,
    floor,
    has_no_value,
    ww,
)
from rules.texts import Citation, t

WORKER_SIDE = (Audience.WORKER, Audience.ADVISER)
HALF_MONTH_START = date(2016, 1, 1)
MAX_24_MONTHS_START = date(2019, 4, 1)

FACTS = (
    BIRTH_DATE,
    DecimalFact(
        id="ww_avg_hours_week",
        question=t(
            "Hoeveel uur per week werkte u gemiddeld in de 26 kalenderweken voordat u uren verloor?",
            "How many hours a week did you work on average in the 26 calendar weeks before you "
            "lost hours?",
        ),
        help=t(
            "Tel alle betaalde uren als werknemer. Weken met onbetaald verlof (tot 78 weken) "
            "tellen niet mee, tenzij dat uw gemiddelde lager maakt.",
            "Count all paid hours as an employee. Weeks of unpaid leave (up to 78 weeks) are "
            "left out, unless that makes your average lower.",
        ),
        audience=WORKER_SIDE,
        maximum=Decimal(168),
    ),
    DecimalFact(
        id="ww_current_hours_week",
        question=t(
            "Hoeveel uur per week werkt u nu nog?",
            "How many hours a week do you still work now?",
        ),
        help=t("Vul 0 in als u helemaal niet meer werkt.", "Enter 0 if you no longer work at all."),
        audience=WORKER_SIDE,
        maximum=Decimal(168),
    ),
    BoolFact(
        id="ww_available_for_work",
        question=t(
            "Bent u beschikbaar om (ander) werk aan te nemen?",
            "Are you available to accept (other) work?",
        ),
        audience=WORKER_SIDE,
    ),
    IntFact(
        id="ww_weeks_worked_36",
        question=t(
            "In hoeveel van de 36 kalenderweken voor uw eerste werkloze dag had u minstens één "
            "betaald uur?",
            "In how many of the 36 calendar weeks before your first day of unemployment did you "
            "have at least one paid hour?",
        ),
        help=t(
            "Weken waarin u ziek was of onbetaald verlof had (tot 78 weken), tellen niet mee "
            "bij de 36 weken: tel dan verder terug.",
            "Weeks in which you were ill or on unpaid leave (up to 78 weeks) are left out of "
            "the 36 weeks: count further back instead.",
        ),
        audience=WORKER_SIDE,
        maximum=Decimal(36),
    ),
    BoolFact(
        id="ww_receives_zw",
        question=t("Krijgt u ziekengeld (Ziektewet)?", "Do you receive sickness benefit (ZW)?"),
        audience=WORKER_SIDE,
    ),
    BoolFact(
        id="ww_receives_wia",
        question=t("Krijgt u een WIA-uitkering?", "Do you receive a WIA benefit?"),
        audience=WORKER_SIDE,
    ),
    BoolFact(
        id="ww_detained",
        question=t("Zit u in detentie?", "Are you detained?"),
        audience=WORKER_SIDE,
    ),
    BoolFact(
        id="ww_abroad",
        question=t(
            "Woont of verblijft u buiten Nederland (anders dan voor vakantie)?",
            "Do you live or stay outside the Netherlands (other than on holiday)?",
        ),
        audience=WORKER_SIDE,
    ),
    MoneyFact(
        id="ww_annual_wage_eur",
        question=t(
            "Wat was uw loon in het jaar voordat u werkloos werd (bruto, met vakantiegeld)?",
            "What was your wage in the year before you became unemployed (gross, with holiday "
            "pay)?",
        ),
        help=t(
            "Het sv-loon van alle werkgevers samen. UWV kijkt naar het jaar dat eindigt twee "
            "loonperiodes vóór de periode waarin u uren verloor.",
            "The sv-loon from all employers together. UWV looks at the year that ends two pay "
            "periods before the period in which you lost hours.",
        ),
        audience=WORKER_SIDE,
    ),
    BoolFact(
        id="ww_jareneis_met",
        question=t(
            "Kreeg u in minstens 4 van de 5 kalenderjaren voor het jaar waarin u werkloos werd "
            "loon over minstens 208 uur per jaar?",
            "Were you paid for at least 208 hours a year in at least 4 of the 5 calendar years "
            "before the year you became unemployed?",
        ),
        help=t(
            "Voor jaren vóór 2013 telt 52 dagen met loon in plaats van 208 uur.",
            "For years before 2013, 52 paid days count instead of 208 hours.",
        ),
        audience=WORKER_SIDE,
    ),
    IntFact(
        id="ww_work_years_before_2016",
        question=t(
            "Hoeveel jaren arbeidsverleden heeft u vóór 2016?",
            "How many years of work history (arbeidsverleden) do you have before 2016?",
        ),
        help=t(
            "Tel de jaren vanaf 2013 met loon over minstens 208 uur, de jaren 1998 tot en met "
            "2012 met loon over minstens 52 dagen, en alle jaren vanaf het jaar waarin u 18 "
            "werd tot 1998.",
            "Count the years from 2013 with pay for at least 208 hours, the years 1998 to 2012 "
            "with pay for at least 52 days, and every year from the year you turned 18 up to "
            "1998.",
        ),
        audience=WORKER_SIDE,
        maximum=Decimal(60),
    ),
    IntFact(
        id="ww_work_years_from_2016",
        question=t(
            "Hoeveel jaren arbeidsverleden heeft u vanaf 2016 tot het jaar waarin u werkloos werd?",
            "How many years of work history do you have from 2016 up to the year you became "
            "unemployed?",
        ),
        help=t(
            "Tel de kalenderjaren vanaf 2016 tot en met het jaar vóór uw eerste werkloze dag "
            "waarin u loon kreeg over minstens 208 uur.",
            "Count the calendar years from 2016 to the year before your first day of "
            "unemployment in which you were paid for at least 208 hours.",
        ),
        audience=WORKER_SIDE,
        maximum=Decimal(60),
    ),
)


def _one(
    param_id: str, nl: str, en: str, value: object, citation: Citation, start: date = WWZ_START
) -> Parameter:
    return Parameter(
        id=param_id,
        label=t(nl, en),
        periods=(Period(start=start, value=value, citation=citation),),
    )


PARAMETERS = (
    AOW_AGE,
    MAX_DAGLOON,
    DAYS_PER_MONTH,
    _one(
        "ww_days_per_year",
        "dagloondagen per jaar",
        "dagloon days a year",
        261,
        ww("art. 1b lid 1", "Artikel1b"),
    ),
    _one(
        "ww_hours_loss_min",
        "minimaal urenverlies per week",
        "minimum hours lost a week",
        5,
        ww("art. 16 lid 1 onder a", "Artikel16"),
    ),
    _one(
        "ww_hours_half",
        "deel van de gemiddelde uren (de helft)",
        "share of the average hours (one half)",
        Decimal("0.5"),
        ww("art. 16 lid 1 onder a", "Artikel16"),
    ),
    _one(
        "ww_wekeneis_weeks",
        "weken met werk binnen 36 weken (wekeneis)",
        "weeks with work within 36 weeks (wekeneis)",
        26,
        ww("art. 17 lid 1", "Artikel17"),
    ),
    _one(
        "ww_pct_first_months",
        "uitkeringspercentage maand 1 en 2",
        "benefit percentage months 1 and 2",
        Decimal("0.75"),
        ww("art. 47 lid 1", "Artikel47"),
    ),
    _one(
        "ww_pct_later_months",
        "uitkeringspercentage vanaf maand 3",
        "benefit percentage from month 3",
        Decimal("0.70"),
        ww("art. 47 lid 1", "Artikel47"),
    ),
    _one(
        "ww_min_duration_months",
        "minimale uitkeringsduur in maanden",
        "minimum duration in months",
        3,
        ww("art. 42 lid 1", "Artikel42"),
    ),
    # The maximum fell from 38 to 24 months by one month a quarter from 2016 and reached
    # 24 in April 2019 (spec 2.7); the earlier steps are not encoded, so earlier dates
    # have no maximum and no duration.
    _one(
        "ww_max_duration_months",
        "maximale uitkeringsduur in maanden",
        "maximum duration in months",
        24,
        ww("art. 42 lid 1", "Artikel42"),
        MAX_24_MONTHS_START,
    ),
    _one(
        "ww_full_month_years",
        "jaren arbeidsverleden die elk een hele maand geven",
        "years of work history that each give a whole month",
        10,
        ww("art. 42 lid 2 onder 1°", "Artikel42"),
        HALF_MONTH_START,
    ),
    _one(
        "ww_half_month",
        "opbouw per jaar na 2015 boven 10 jaar (maanden)",
        "build-up per year after 2015 beyond 10 years (months)",
        Decimal("0.5"),
        ww("art. 42 lid 2 onder 2°", "Artikel42"),
        HALF_MONTH_START,
    ),
    _one(
        "ww_half_month_days",
        "kalenderdagen voor een halve maand",
        "calendar days for half a month",
        15,
        ww("art. 42 lid 2, slotzin", "Artikel42"),
        HALF_MONTH_START,
    ),
)

AVG = x.fact("ww_avg_hours_week")
CURRENT = x.fact("ww_current_hours_week")
WAGE = x.fact("ww_annual_wage_eur")
JARENEIS = x.fact("ww_jareneis_met")
BEFORE = x.fact("ww_work_years_before_2016")
FROM = x.fact("ww_work_years_from_2016")
TEN = x.param("ww_full_month_years")
HALF = x.param("ww_half_month")
MIN_MONTHS = x.param("ww_min_duration_months")
MAX_MONTHS = x.param("ww_max_duration_months")
DURATION = x.out("duration_months")
EXCLUSIONS = (
    x.fact("ww_receives_zw"),
    x.fact("ww_receives_wia"),
    x.fact("ww_detained"),
    x.fact("ww_abroad"),
)


def _months(beyond_ten: x.Expr) -> x.Expr:
    """3 with only the wekeneis; with the jareneis a month for each of the first 10
    years plus what the years beyond 10 add, kept between 3 and 24 (WW 42(1)-(2))."""
    built_up = x.min_(BEFORE + FROM, TEN) + beyond_ten
    return x.if_(JARENEIS, x.min_(MAX_MONTHS, x.max_(MIN_MONTHS, built_up)), MIN_MONTHS)


# Oldest years first (spec W8): the years before 2016 fill the first 10; the years beyond
# are the most recent ones, those after 2015 at half a month each.
OLDEST_FIRST = x.max_(0, BEFORE - TEN) + HALF * x.max_(0, FROM - x.max_(0, TEN - BEFORE))
# The other reading: the newest years fill the first 10.
NEWEST_FIRST = x.max_(0, BEFORE - x.max_(0, TEN - FROM)) + HALF * x.max_(0, FROM - TEN)

OUTPUTS = (
    Output(
        id="dagloon_uncapped_eur",
        kind=OutputKind.MONEY,
        label=t("dagloon vóór het maximum", "dagloon before the maximum"),
        expr=WAGE / x.param("ww_days_per_year"),
    ),
    Output(
        id="dagloon_eur",
        kind=OutputKind.MONEY,
        label=t("dagloon", "dagloon"),
        expr=x.min_(x.out("dagloon_uncapped_eur"), x.param("ww_max_dagloon")),
    ),
    Output(
        id="dagloon_capped",
        kind=OutputKind.BOOL,
        label=t("dagloon afgetopt op het maximum", "dagloon capped at the maximum"),
        expr=x.out("dagloon_uncapped_eur") > x.param("ww_max_dagloon"),
    ),
    Output(
        id="maandloon_eur",
        kind=OutputKind.MONEY,
        label=t("maandloon", "maandloon"),
        expr=x.param("ww_days_per_month") * x.out("dagloon_eur"),
    ),
    Output(
        id="benefit_first_months_eur",
        kind=OutputKind.MONEY,
        label=t(
            "WW per maand in maand 1 en 2 (zonder inkomen)",
            "WW a month in months 1 and 2 (no income)",
        ),
        expr=x.param("ww_pct_first_months") * x.out("maandloon_eur"),
    ),
    Output(
        id="benefit_later_months_eur",
        kind=OutputKind.MONEY,
        label=t(
            "WW per maand vanaf maand 3 (zonder inkomen)", "WW a month from month 3 (no income)"
        ),
        expr=x.param("ww_pct_later_months") * x.out("maandloon_eur"),
    ),
    Output(
        id="duration_months",
        kind=OutputKind.DECIMAL,
        places=1,
        label=t("uitkeringsduur in maanden", "duration in months"),
        expr=_months(OLDEST_FIRST),
    ),
    Output(
        id="duration_months_other_reading",
        kind=OutputKind.DECIMAL,
        places=1,
        label=t(
            "uitkeringsduur als de nieuwste jaren eerst tellen",
            "duration if the newest years count first",
        ),
        expr=_months(NEWEST_FIRST),
    ),
    Output(
        id="end_date",
        kind=OutputKind.DATE,
        label=t("einddatum van het recht", "end date of the right"),
        # Whole months first (same day number, clamped to the month's end), then 15
        # calendar days for a half month (WW 42(2), last sentence).
        expr=x.on()
        .plus_months(floor(DURATION))
        .plus_days(x.if_(floor(DURATION) < DURATION, x.param("ww_half_month_days"), 0)),
    ),
)

CRITERIA = (
    Criterion(
        id="below_aow_age",
        label=t("Jonger dan de AOW-leeftijd", "Below the state-pension (AOW) age"),
        test=below_aow_age(),
        citation=ww("art. 3 lid 1 en art. 19 lid 1 onder i", "Artikel19"),
        met=t(
            "U heeft op {on} de AOW-leeftijd nog niet bereikt.",
            "On {on} you have not yet reached the AOW age.",
        ),
        not_met=t(
            "U heeft op {on} de AOW-leeftijd bereikt. Vanaf die dag bestaat geen recht op WW.",
            "On {on} you have reached the AOW age. From that day there is no WW right.",
        ),
        unknown=t(
            "Om te bepalen of u jonger bent dan de AOW-leeftijd, is uw geboortedatum nodig.",
            "Your date of birth is needed to tell whether you are below the AOW age.",
        ),
    ),
    Criterion(
        id="hours_loss",
        label=t(
            "Minstens 5 uur of de helft van uw uren verloren",
            "At least 5 hours or half of your hours lost",
        ),
        test=(x.param("ww_hours_loss_min") <= AVG - CURRENT)
        | (AVG * x.param("ww_hours_half") >= CURRENT),
        citation=ww("art. 16 lid 1 onder a", "Artikel16"),
        met=t(
            "U werkte gemiddeld {ww_avg_hours_week} uur per week en nu {ww_current_hours_week} "
            "uur. U verliest minstens 5 uur per week, of u houdt hooguit de helft over.",
            "You worked {ww_avg_hours_week} hours a week on average and now "
            "{ww_current_hours_week}. You lose at least 5 hours a week, or keep at most half.",
        ),
        not_met=t(
            "U werkte gemiddeld {ww_avg_hours_week} uur per week en nu {ww_current_hours_week} "
            "uur. U verliest minder dan 5 uur per week en houdt meer dan de helft over: u bent "
            "niet werkloos in de zin van de WW.",
            "You worked {ww_avg_hours_week} hours a week on average and now "
            "{ww_current_hours_week}. You lose fewer than 5 hours a week and keep more than "
            "half: you are not unemployed in the sense of the WW.",
        ),
        unknown=t(
            "Om uw urenverlies te bepalen, zijn uw gemiddelde uren en uw huidige uren nodig.",
            "Your average hours and your current hours are needed to work out your hours lost.",
        ),
    ),
    Criterion(
        id="available_for_work",
        label=t("Beschikbaar voor werk", "Available for work"),
        test=x.fact("ww_available_for_work"),
        citation=ww("art. 16 lid 1 onder b", "Artikel16"),
        met=t("U bent beschikbaar om werk aan te nemen.", "You are available to accept work."),
        not_met=t(
            "U bent niet beschikbaar om werk aan te nemen. Dan bent u niet werkloos in de zin "
            "van de WW.",
            "You are not available to accept work, so you are not unemployed in the sense of "
            "the WW.",
        ),
        unknown=t(
            "Nodig is of u beschikbaar bent om werk aan te nemen.",
            "Needed: whether you are available to accept work.",
        ),
    ),
    Criterion(
        id="wekeneis",
        label=t("Wekeneis: 26 van de 36 weken gewerkt", "Weeks test: worked 26 of the 36 weeks"),
        test=x.fact("ww_weeks_worked_36") >= x.param("ww_wekeneis_weeks"),
        citation=ww("art. 17 lid 1", "Artikel17"),
        met=t(
            "U werkte in {ww_weeks_worked_36} van de 36 weken: minstens 26. U voldoet aan de "
            "wekeneis.",
            "You worked in {ww_weeks_worked_36} of the 36 weeks: at least 26. You meet the "
            "weeks test.",
        ),
        not_met=t(
            "U werkte in {ww_weeks_worked_36} van de 36 weken. Dat is minder dan 26: u voldoet "
            "niet aan de wekeneis.",
            "You worked in {ww_weeks_worked_36} of the 36 weeks. That is fewer than 26: you do "
            "not meet the weeks test.",
        ),
        unknown=t(
            "Nodig is in hoeveel van de 36 weken vóór uw eerste werkloze dag u werkte.",
            "Needed: in how many of the 36 weeks before your first day of unemployment you worked.",
        ),
    ),
    Criterion(
        id="no_exclusion_ground",
        label=t("Geen uitsluitingsgrond", "No exclusion ground"),
        test=x.all_(*(x.not_(f) for f in EXCLUSIONS)),
        citation=ww("art. 19 lid 1 onder a, b, e en g", "Artikel19"),
        met=t(
            "U krijgt geen ziekengeld of WIA-uitkering, zit niet in detentie en woont of "
            "verblijft niet buiten Nederland.",
            "You receive no sickness or WIA benefit, are not detained and do not live or stay "
            "outside the Netherlands.",
        ),
        not_met=t(
            "Er is een grond waardoor geen recht op WW bestaat. Ziekengeld: {ww_receives_zw}; "
            "WIA-uitkering: {ww_receives_wia}; detentie: {ww_detained}; buiten Nederland: "
            "{ww_abroad}.",
            "A ground excludes a WW right. Sickness benefit: {ww_receives_zw}; WIA benefit: "
            "{ww_receives_wia}; detained: {ww_detained}; outside the Netherlands: {ww_abroad}.",
        ),
        unknown=t(
            "Nodig is of u ziekengeld of een WIA-uitkering krijgt, in detentie zit of buiten "
            "Nederland woont of verblijft.",
            "Needed: whether you receive sickness or WIA benefit, are detained, or live or stay "
            "outside the Netherlands.",
        ),
    ),
)

NOTES = (
    Note(
        id="estimate_dagloon",
        citation=dagloonbesluit("art. 5", "Artikel5"),
        text=t(
            "De bedragen zijn een schatting. UWV berekent het dagloon uit het sv-loon per "
            "loonperiode in het referentiejaar: loon min uitbetaald vakantiegeld plus opgebouwd "
            "vakantiegeld, gedeeld door 261 (Dagloonbesluit art. 5). Maanden zonder loon tellen "
            "dan niet mee.",
            "The amounts are an estimate. UWV computes the dagloon from the sv-loon per pay "
            "period in the reference year: wage minus holiday pay paid out plus holiday pay "
            "built up, divided by 261 (Dagloonbesluit art. 5). Months without wage are then "
            "left out.",
        ),
    ),
    Note(
        id="max_dagloon_unknown",
        # Only while the amounts wait for the figure (a bound may settle them without it).
        when=has_no_value("ww_max_dagloon") & x.out("dagloon_eur").is_unknown(),
        citation=Citation(
            title="UWV, Maximumdagloon",
            article="Wfsv art. 17 lid 1",
            url=UWV_MAX_DAGLOON,
            source="EXECUTOR",
        ),
        text=t(
            "Het maximumdagloon dat op deze datum geldt, is niet bekend (zo zijn de bedragen "
            "vanaf 1 juli 2024 en 1 juli 2025 niet gevonden). Dagloon, maandloon en uitkering "
            "worden daarom niet berekend; ze worden niet geschat.",
            "The maximum dagloon valid on this date is not known (for instance, the amounts "
            "from 1 July 2024 and 1 July 2025 were not found). The dagloon, maandloon and "
            "benefit are therefore not computed; they are not guessed.",
        ),
    ),
    Note(
        id="max_duration_unknown",
        when=has_no_value("ww_max_duration_months"),
        citation=ww("art. 42 lid 1", "Artikel42"),
        text=t(
            "Vóór 1 april 2019 was de maximale duur langer dan 24 maanden (afbouw vanaf 2016). "
            "Die tussenstappen zijn hier niet opgenomen: de duur wordt niet berekend.",
            "Before 1 April 2019 the maximum duration was longer than 24 months (phased down "
            "from 2016). Those steps are not included here: the duration is not computed.",
        ),
    ),
    Note(
        id="dagloon_capped",
        when=x.out("dagloon_capped"),
        citation=Citation(
            title="UWV, Maximumdagloon",
            article="Wfsv art. 17 lid 1",
            url=UWV_MAX_DAGLOON,
            source="EXECUTOR",
        ),
        text=t(
            "Uw loon is hoger dan het maximum: het dagloon is afgetopt op het maximumdagloon. "
            "Werkt u tijdens de WW, dan telt uw inkomen mee naar de verhouding tussen het "
            "afgetopte en het niet-afgetopte dagloon.",
            "Your wage is above the maximum: the dagloon is capped at the maximum dagloon. If "
            "you work during WW, your income counts in the ratio of the capped to the uncapped "
            "dagloon.",
        ),
    ),
    Note(
        id="duration_reading",
        when=JARENEIS & DURATION.ne(x.out("duration_months_other_reading")),
        citation=ww("art. 42 lid 2 onder 2°", "Artikel42"),
        text=t(
            "De wet zegt niet welke jaren de eerste 10 zijn als uw arbeidsverleden zowel vóór "
            "2016 als na 2015 ligt. Hier tellen de oudste jaren eerst, zoals het verleden is "
            "opgebouwd. Tellen de nieuwste jaren eerst, dan is de duur anders (zie "
            "'uitkeringsduur als de nieuwste jaren eerst tellen'). Vraag UWV welke duur geldt.",
            "The law does not say which years are the first 10 when your work history lies "
            "both before 2016 and after 2015. Here the oldest years count first, as the "
            "history was built up. If the newest years count first, the duration differs (see "
            "'duration if the newest years count first'). Ask UWV which duration applies.",
        ),
    ),
    Note(
        id="duration_wia_route",
        when=~JARENEIS,
        citation=ww("art. 42 lid 2 onder b", "Artikel42"),
        text=t(
            "Zonder jareneis duurt de WW 3 maanden. De langere duur geldt ook als u vlak vóór "
            "of op uw eerste werkloze dag recht had op een WIA- of WAO-uitkering; dat is hier "
            "niet gevraagd.",
            "Without the years test WW lasts 3 months. The longer duration also applies if you "
            "had a right to a WIA or WAO benefit just before or on your first day of "
            "unemployment; that is not asked here.",
        ),
    ),
    Note(
        id="end_date_counting",
        citation=ww("art. 20 lid 1 onder b en art. 43", "Artikel42"),
        text=t(
            "De einddatum is de eerste werkloze dag plus de duur: eerst de hele maanden "
            "(zelfde dagnummer, of de laatste dag van een kortere maand), dan 15 dagen voor een "
            "halve maand. Het recht eindigt met ingang van die dag; UWV kan de dag ervoor als "
            "laatste dag noemen. Werkt u tussendoor en herleeft het recht, dan schuift de "
            "einddatum op.",
            "The end date is the first day of unemployment plus the duration: whole months "
            "first (same day number, or the last day of a shorter month), then 15 days for a "
            "half month. The right ends from that day; UWV may name the day before as the last "
            "day. If you work in between and the right revives, the end date moves later.",
        ),
    ),
    Note(
        id="ends_at_aow_age",
        when=aow_date() < x.out("end_date"),
        citation=ww("art. 19 lid 1 onder i en art. 20 lid 1 onder a", "Artikel19"),
        text=t(
            "U bereikt de AOW-leeftijd vóór de einddatum. Uw WW stopt dan al op de dag dat u "
            "de AOW-leeftijd bereikt.",
            "You reach the AOW age before the end date. Your WW then stops on the day you "
            "reach the AOW age.",
        ),
    ),
    Note(
        id="werknemer_assumed",
        citation=ww("art. 3", "Artikel3"),
        text=t(
            "Deze check gaat ervan uit dat u werknemer was (in loondienst). Zelfstandigen en "
            "directeur-grootaandeelhouders zijn niet verzekerd voor de WW.",
            "This check assumes you were an employee. Self-employed people and majority "
            "shareholder-directors are not insured under the WW.",
        ),
    ),
    Note(
        id="hours_older_wording",
        when=AVG < 10,
        citation=ww("art. 16 lid 1 onder a", "Artikel16"),
        text=t(
            "Oudere teksten zeggen: 5 uur verloren, of de helft als u minder dan 10 uur per "
            "week werkte. Dat geeft dezelfde uitkomst als de huidige wettekst die hier is "
            "toegepast.",
            "Older texts say: 5 hours lost, or half if you worked fewer than 10 hours a week. "
            "That gives the same result as the current statutory test applied here.",
        ),
    ),
    Note(
        id="weeks_left_out",
        when=x.fact("ww_weeks_worked_36") < x.param("ww_wekeneis_weeks"),
        citation=ww("art. 17a", "Artikel17a"),
        text=t(
            "Weken waarin u ziek was, onbetaald verlof had (tot 78 weken) of bepaalde "
            "verlofuitkeringen kreeg, tellen niet mee bij de 36 weken. De periode loopt dan "
            "verder terug; misschien haalt u de 26 weken zo wel.",
            "Weeks in which you were ill, on unpaid leave (up to 78 weeks) or on certain leave "
            "benefits are left out of the 36 weeks. The period then reaches further back; you "
            "may reach 26 weeks that way.",
        ),
    ),
    Note(
        id="exclusion_other_employment",
        when=~x.crit("no_exclusion_ground"),
        citation=ww("art. 19 lid 8", "Artikel19"),
        text=t(
            "Geldt de uitsluitingsgrond alleen vanwege een andere baan dan de baan waaruit u "
            "werkloos werd, dan sluit die u niet uit van WW.",
            "If the exclusion ground arises only from another job than the one you lost, it "
            "does not exclude you from WW.",
        ),
    ),
    Note(
        id="first_two_months",
        citation=ww("art. 47 lid 1", "Artikel47"),
        text=t(
            "75% geldt voor de eerste twee maanden waarin u recht heeft, daarna 70%. Een "
            "gedeeltelijke eerste maand telt waarschijnlijk als een van die twee maanden; dat "
            "is niet nagegaan.",
            "75% applies to the first two months in which you have a right, 70% after. A "
            "partial first month probably counts as one of those two months; that was not "
            "checked.",
        ),
    ),
    Note(
        id="income_related_to_work_e",
        citation=ww("art. 47 lid 2", "Artikel47"),
        text=t(
            "De bedragen gelden voor een maand zonder inkomen. De aftrek E ('inkomen in "
            "verband met arbeid') is op nul gesteld: de regeling die E invult is niet gevonden.",
            "The amounts are for a month without income. The deduction E ('income related to "
            "work') is taken as zero: the regulation that defines E was not found.",
        ),
    ),
    Note(
        id="rounding",
        citation=ww("art. 47 lid 1", "Artikel47"),
        text=t(
            "De wet noemt geen afronding. Dagloon, maandloon en uitkering zijn exact berekend "
            "en pas aan het eind afgerond op hele centen (half naar boven).",
            "The law sets no rounding. The dagloon, maandloon and benefit are computed exactly "
            "and rounded half-up to the cent only at the end.",
        ),
    ),
)

SCHEME = Scheme(
    id="ww_recht",
    version="2026.1",
    title=t("Recht op WW: of, hoe lang en hoeveel", "WW right: whether, how long and how much"),
    summary=t(
        "Heeft u recht op WW als u (een deel van) uw werk verliest, hoe lang, en ongeveer "
        "hoeveel per maand?",
        "Do you have a right to WW when you lose (part of) your work, for how long, and "
        "roughly how much a month?",
    ),
    eligible_means=t(
        "Op uw eerste werkloze dag ontstaat een recht op WW.",
        "A WW right arises on your first day of unemployment.",
    ),
    audience=WORKER_SIDE,
    legal_basis=ww("art. 15-19, 42 en 47", "Artikel15"),
    facts=FACTS,
    parameters=PARAMETERS,
    criteria=CRITERIA,
    outputs=OUTPUTS,
    notes=NOTES,
    availability=AvailabilityRule(
        in_force_from=WWZ_START,
        citation=ww("art. 15 (Wwz, vanaf 1 juli 2015)", "Artikel15"),
        before_text=t(
            "Vóór 1 juli 2015 golden andere regels voor dagloon en duur; die beoordeelt deze "
            "check niet.",
            "Before 1 July 2015 other rules applied to the dagloon and duration; this check "
            "does not assess them.",
        ),
    ),
)
