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
from rules.facts import (
    Audience,
    BoolFact,
    Choice,
    DateFact,
    DecimalFact,
    EnumFact,
    EnumListFact,
    IntFact,
    MoneyFact,
)
from rules.parameters import Parameter, Period
from rules.scheme import AvailabilityRule, Constraint, Criterion, Note, Output, OutputKind, Scheme
from rules.schemes._shared import AOW_AGE, AOW_AGE_NOTE, BIRTH_DATE, aow_date, below_aow_age
from rules.schemes._ww import (
    DAYS_PER_MONTH,
    MAX_DAGLOON,
    MAX_DAGLOON_NOTE,
    UWV_MAX_DAGLOON,
    WWZ_START,
    dagloonbesluit,
    floor,
    has_no_value,
    ww,
)
from rules.texts import Citation, t

WORKER_SIDE = (Audience.WORKER, Audience.ADVISER)

# Which WIA benefit (art. 19(1)(b)): only the IVA and the wage-related WGA benefit exclude.
WIA_NONE = "geen"
WIA_IVA = "iva"
WIA_WGA_LGU = "wga_loongerelateerd"
WIA_WGA_LOONAANVULLING = "wga_loonaanvulling"
WIA_WGA_VERVOLG = "wga_vervolg"

# The other grounds of art. 19(1), asked as one question.
GROUND_WAZO = "wazo_uitkering"  # (m)
GROUND_WAO_80 = "wao_80"  # (c), (d)
GROUND_STRIKE = "staking"  # (l)
GROUND_UNLAWFUL_STAY = "geen_rechtmatig_verblijf"  # (f)
GROUND_EVADING = "onttrekken_aan_straf"  # (h)
GROUND_CONSCIENCE = "gemoedsbezwaren"  # (j)
GROUND_HOLIDAY = "vakantie_buiten_periode"  # (k)
GROUND_NONE = "geen_van_deze"
OTHER_GROUNDS = (
    GROUND_WAZO,
    GROUND_WAO_80,
    GROUND_STRIKE,
    GROUND_UNLAWFUL_STAY,
    GROUND_EVADING,
    GROUND_CONSCIENCE,
    GROUND_HOLIDAY,
)

# Verwijtbare werkloosheid (art. 24(2)).
CULPABLE_NO = "niet_verwijtbaar"
CULPABLE_RESIGNED = "zelf_ontslag"
CULPABLE_URGENT = "dringende_reden"
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
            "betaald uur in de baan die u nu verliest?",
            "In how many of the 36 calendar weeks before your first day of unemployment did you "
            "have at least one paid hour in the job you are now losing?",
        ),
        help=t(
            "Tel alleen de uren in de baan die u verliest (en in de baan die u daarvoor had bij "
            "een werkgever die door deze werd opgevolgd). Uren in een andere baan tellen niet, "
            "en ook niet uren waaruit u al eerder WW kreeg. Weken waarin u ziek was of "
            "onbetaald verlof had (tot 78 weken), tellen niet mee bij de 36 weken: tel dan "
            "verder terug.",
            "Count only the hours in the job you are losing (and in the job it replaced with a "
            "successor employer). Hours in another job do not count, nor hours that already "
            "gave you WW before. Weeks in which you were ill or on unpaid leave (up to 78 "
            "weeks) are left out of the 36 weeks: count further back instead.",
        ),
        audience=WORKER_SIDE,
        maximum=Decimal(36),
    ),
    BoolFact(
        id="ww_receives_zw",
        question=t("Krijgt u ziekengeld (Ziektewet)?", "Do you receive sickness benefit (ZW)?"),
        audience=WORKER_SIDE,
    ),
    EnumFact(
        id="ww_wia_benefit",
        question=t(
            "Welke WIA-uitkering krijgt u?",
            "Which WIA benefit do you receive?",
        ),
        help=t(
            "Dit staat in de brief van UWV over uw WIA-uitkering. Alleen een IVA-uitkering en "
            "de loongerelateerde WGA-uitkering kunnen WW in de weg staan.",
            "It is in UWV's letter about your WIA benefit. Only an IVA benefit and the "
            "wage-related WGA benefit can stand in the way of WW.",
        ),
        choices=(
            Choice(id=WIA_NONE, label=t("Geen WIA-uitkering", "No WIA benefit")),
            Choice(
                id=WIA_IVA,
                label=t(
                    "IVA-uitkering (volledig en duurzaam arbeidsongeschikt)",
                    "IVA benefit (fully and permanently unable to work)",
                ),
            ),
            Choice(
                id=WIA_WGA_LGU,
                label=t(
                    "Loongerelateerde WGA-uitkering (de eerste WGA-uitkering)",
                    "Wage-related WGA benefit (the first WGA benefit)",
                ),
            ),
            Choice(
                id=WIA_WGA_LOONAANVULLING,
                label=t("WGA-loonaanvullingsuitkering", "WGA wage-supplement benefit"),
            ),
            Choice(
                id=WIA_WGA_VERVOLG,
                label=t("WGA-vervolguitkering", "WGA follow-up benefit"),
            ),
        ),
        audience=WORKER_SIDE,
    ),
    BoolFact(
        id="ww_wga_lgu_before_job_loss",
        question=t(
            "Kreeg u die loongerelateerde WGA-uitkering al voordat u dit werk verloor?",
            "Did you already receive that wage-related WGA benefit before you lost this work?",
        ),
        help=t(
            "Ja: dan kunt u WW krijgen naast uw WGA. Nee, de WGA-uitkering begon pas daarna: "
            "dan heeft u zolang geen recht op WW.",
            "Yes: then you can get WW next to your WGA. No, the WGA benefit started only "
            "afterwards: then you have no right to WW while you receive it.",
        ),
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
    EnumListFact(
        id="ww_other_exclusion",
        question=t(
            "Is een van deze op u van toepassing?",
            "Does one of these apply to you?",
        ),
        help=t(
            "Zolang een van deze geldt, heeft u geen recht op WW. Kies 'Geen van deze' als er "
            "geen geldt; laat u de vraag leeg, dan gaat de check daarvan uit.",
            "While one of these applies, you have no right to WW. Choose 'None of these' if "
            "none applies; if you leave the question empty, the check takes it that none does.",
        ),
        choices=(
            Choice(
                id=GROUND_WAZO,
                label=t(
                    "Ik krijg een zwangerschaps- of bevallingsuitkering of een andere uitkering "
                    "uit de Wet arbeid en zorg",
                    "I receive a pregnancy or maternity benefit or another benefit under the "
                    "Work and Care Act",
                ),
            ),
            Choice(
                id=GROUND_WAO_80,
                label=t(
                    "Ik krijg een WAO-uitkering (of een militaire invaliditeitsuitkering) voor "
                    "80 % of meer arbeidsongeschiktheid",
                    "I receive a WAO benefit (or military disability benefit) for 80% or more "
                    "incapacity",
                ),
            ),
            Choice(
                id=GROUND_STRIKE,
                label=t(
                    "Ik ben werkloos door een staking of uitsluiting",
                    "I am unemployed because of a strike or lockout",
                ),
            ),
            Choice(
                id=GROUND_UNLAWFUL_STAY,
                label=t(
                    "Ik verblijf niet rechtmatig in Nederland",
                    "I do not stay lawfully in the Netherlands",
                ),
            ),
            Choice(
                id=GROUND_EVADING,
                label=t(
                    "Ik onttrek me aan een gevangenisstraf of maatregel",
                    "I am evading a prison sentence or detention order",
                ),
            ),
            Choice(
                id=GROUND_CONSCIENCE,
                label=t(
                    "Ik heb een ontheffing van premies wegens gemoedsbezwaren (of die is minder "
                    "dan 3 maanden geleden ingetrokken)",
                    "I have an exemption from contributions on grounds of conscience (or it was "
                    "withdrawn less than 3 months ago)",
                ),
            ),
            Choice(
                id=GROUND_HOLIDAY,
                label=t(
                    "Ik ben op vakantie buiten de periode die UWV toestaat",
                    "I am on holiday outside the period UWV allows",
                ),
            ),
            Choice(id=GROUND_NONE, label=t("Geen van deze", "None of these")),
        ),
        audience=WORKER_SIDE,
        default=frozenset({GROUND_NONE}),
    ),
    DateFact(
        id="ww_notice_period_end",
        question=t(
            "Stopte uw contract voordat de opzegtermijn voorbij was? Tot en met welke dag had "
            "die termijn dan gelopen?",
            "Did your contract end before the notice period was over? Up to which day would "
            "that period have run?",
        ),
        help=t(
            "Bij een vaststellingsovereenkomst (beëindiging met wederzijds goedvinden) geldt de "
            "opzegtermijn van uw werkgever, gerekend vanaf de dag waarop u het samen eens werd. "
            "Stopte een tijdelijk contract eerder met wederzijds goedvinden zonder afspraak dat "
            "het tussentijds kon worden opgezegd, vul dan de einddatum van dat contract in. "
            "Laat leeg als de opzegtermijn is aangehouden of niet geldt, bijvoorbeeld bij "
            "ontbinding door de kantonrechter.",
            "With a settlement agreement (ending by mutual consent) your employer's notice "
            "period applies, counted from the day you agreed. If a fixed-term contract ended "
            "early by mutual consent without a clause allowing early termination, enter that "
            "contract's end date. Leave empty if the notice period was kept or does not apply, "
            "for instance when the court dissolved the contract.",
        ),
        audience=WORKER_SIDE,
        default=None,
    ),
    EnumFact(
        id="ww_culpable",
        question=t(
            "Hoe is uw baan geëindigd?",
            "How did your job end?",
        ),
        help=t(
            "Nam u zelf ontslag zonder dat doorwerken redelijkerwijs van u kon worden gevraagd, "
            "of werd u op staande voet ontslagen om iets wat u te verwijten valt, dan bent u "
            "verwijtbaar werkloos. Instemmen met een ontslag dat uw werkgever wilde, is dat "
            "niet.",
            "If you resigned although you could reasonably have gone on working, or were "
            "dismissed on the spot for something you are to blame for, you are culpably "
            "unemployed. Agreeing to a dismissal your employer wanted is not.",
        ),
        choices=(
            Choice(
                id=CULPABLE_NO,
                label=t(
                    "Anders: de werkgever wilde het, het contract liep af, of doorwerken kon "
                    "echt niet meer",
                    "Otherwise: the employer wanted it, the contract ran out, or going on "
                    "working was really not possible",
                ),
            ),
            Choice(
                id=CULPABLE_RESIGNED,
                label=t(
                    "Ik heb zelf ontslag genomen terwijl ik had kunnen blijven",
                    "I resigned although I could have stayed",
                ),
            ),
            Choice(
                id=CULPABLE_URGENT,
                label=t(
                    "Ik ben op staande voet ontslagen om iets wat mij te verwijten valt",
                    "I was dismissed on the spot for something I am to blame for",
                ),
            ),
        ),
        audience=WORKER_SIDE,
        default=CULPABLE_NO,
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
OTHER = x.fact("ww_other_exclusion")
EXCLUSIONS = (
    x.fact("ww_receives_zw"),
    x.fact("ww_detained"),
    x.fact("ww_abroad"),
    *(OTHER.contains(ground) for ground in OTHER_GROUNDS),
)
WIA_KIND = x.fact("ww_wia_benefit")
RECEIVES_WIA = x.fact("ww_receives_wia")
# Art. 19(1)(b) excludes only the IVA ("arbeidsongeschiktheidsuitkering") and the
# wage-related WGA benefit; 19(12)(c) lifts it when the unemployment arose after the
# wage-related WGA right. Answered only yes/no (the contract's question), a WIA benefit
# is taken as the ordinary case of someone who loses work while on WIA: a benefit that
# does not exclude (a note says so and what the law does otherwise).
WIA_ALLOWS_WW = x.any_(
    WIA_KIND.is_in(WIA_NONE, WIA_WGA_LOONAANVULLING, WIA_WGA_VERVOLG),
    x.case(WIA_KIND, {WIA_WGA_LGU: x.fact("ww_wga_lgu_before_job_loss")}, default=x.const(False)),
    WIA_KIND.is_unknown() & RECEIVES_WIA.is_in(True, False),
)
WIA_ASSUMED = WIA_KIND.is_unknown() & RECEIVES_WIA.eq(True)
NOTICE_END = x.fact("ww_notice_period_end")
CULPABLE = x.fact("ww_culpable")


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
            "Dit is nog niet te bepalen: zonder geboortedatum is uw AOW-leeftijd niet bekend, "
            "en voor wie na 30 september 1964 is geboren ligt die nog niet vast (minstens 67 "
            "jaar en 3 maanden).",
            "This cannot be decided yet: without a date of birth your AOW age is not known, and "
            "for those born after 30 September 1964 it is not fixed yet (at least 67 years and "
            "3 months).",
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
        label=t("Geen reden die WW uitsluit", "No ground that excludes WW"),
        test=x.all_(*(x.not_(f) for f in EXCLUSIONS)),
        citation=ww("art. 19 lid 1", "Artikel19"),
        met=t(
            "U krijgt geen ziekengeld, zit niet in detentie, woont of verblijft niet buiten "
            "Nederland en geen van de andere redenen uit art. 19 geldt voor u.",
            "You receive no sickness benefit, are not detained, do not live or stay outside "
            "the Netherlands and none of the other grounds of art. 19 applies to you.",
        ),
        not_met=t(
            "U krijgt ziekengeld, zit in detentie, woont of verblijft buiten Nederland, of een "
            "andere reden uit de lijst geldt voor u. Zolang dat zo is, heeft u geen recht op WW.",
            "You receive sickness benefit, are detained, live or stay outside the Netherlands, "
            "or another ground from the list applies to you. While that lasts, you have no "
            "right to WW.",
        ),
        unknown=t(
            "Nodig is of u ziekengeld krijgt, in detentie zit of buiten Nederland woont of "
            "verblijft.",
            "Needed: whether you receive sickness benefit, are detained, or live or stay "
            "outside the Netherlands.",
        ),
    ),
    Criterion(
        id="no_wia_exclusion",
        label=t(
            "Geen WIA-uitkering die WW uitsluit",
            "No WIA benefit that excludes WW",
        ),
        test=WIA_ALLOWS_WW,
        citation=ww("art. 19 lid 1 onder b en lid 12 onder c", "Artikel19"),
        met=t(
            "U krijgt geen WIA-uitkering die WW uitsluit. Alleen een IVA-uitkering of een "
            "loongerelateerde WGA-uitkering die pas begon nadat u dit werk verloor, sluit WW uit.",
            "You receive no WIA benefit that excludes WW. Only an IVA benefit, or a wage-related "
            "WGA benefit that began only after you lost this work, excludes WW.",
        ),
        not_met=t(
            "U krijgt een IVA-uitkering, of een loongerelateerde WGA-uitkering die begon nadat "
            "u dit werk verloor. Zolang u die krijgt, heeft u geen recht op WW.",
            "You receive an IVA benefit, or a wage-related WGA benefit that began after you "
            "lost this work. While you receive it, you have no right to WW.",
        ),
        unknown=t(
            "Nodig is of u een WIA-uitkering krijgt, en zo ja welke.",
            "Needed: whether you receive a WIA benefit and, if so, which one.",
        ),
    ),
    Criterion(
        id="notice_period_passed",
        label=t("De opzegtermijn is voorbij", "The notice period is over"),
        test=x.on() > NOTICE_END,
        applies=~NOTICE_END.is_none(),
        citation=ww("art. 19 lid 3 en 4", "Artikel19"),
        met=t(
            "De opzegtermijn liep tot en met {ww_notice_period_end}; op {on} is die voorbij.",
            "The notice period ran up to and including {ww_notice_period_end}; on {on} it is over.",
        ),
        not_met=t(
            "Uw contract stopte voordat de opzegtermijn voorbij was. Tot en met "
            "{ww_notice_period_end} heeft u geen recht op WW; daarna kan het recht ingaan, en "
            "dan telt de wekeneis vanaf de dag dat u uren verloor.",
            "Your contract ended before the notice period was over. Up to and including "
            "{ww_notice_period_end} you have no right to WW; after that the right can start, "
            "and the weeks test then counts from the day you lost hours.",
        ),
        not_applicable=t(
            "Er loopt geen opzegtermijn meer die WW tegenhoudt.",
            "No notice period is running that holds WW back.",
        ),
        unknown=t(
            "Nodig is tot wanneer de opzegtermijn liep.",
            "Needed: until when the notice period ran.",
        ),
    ),
    Criterion(
        id="not_culpably_unemployed",
        label=t("Niet verwijtbaar werkloos", "Not culpably unemployed"),
        test=CULPABLE.eq(CULPABLE_NO),
        citation=ww("art. 24 lid 1 onder a en lid 2, art. 27 lid 1", "Artikel24"),
        met=t(
            "U nam niet zelf zonder goede reden ontslag en werd niet op staande voet ontslagen "
            "om iets wat u te verwijten valt.",
            "You did not resign without good reason and were not dismissed on the spot for "
            "something you are to blame for.",
        ),
        not_met=t(
            "U bent verwijtbaar werkloos. UWV trekt dan blijvend af wat u aan WW zou krijgen "
            "voor de uren die u zo verloor; verloor u zo uw hele baan, dan krijgt u daaruit "
            "geen WW.",
            "You are culpably unemployed. UWV then permanently deducts the WW you would get for "
            "the hours you lost that way; if you lost your whole job that way, it gives you no "
            "WW.",
        ),
        unknown=t(
            "Nodig is hoe uw baan is geëindigd.",
            "Needed: how your job ended.",
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
            "Het maximumdagloon voor deze datum is nog niet bekendgemaakt. Daarom berekenen we "
            "uw dagloon, maandloon en uitkering hier niet.",
            "The maximum dagloon for this date has not been published yet. So we do not "
            "compute your dagloon, maandloon and benefit here.",
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
            "This check takes it that you were an employee. Self-employed people and majority "
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
        when=~x.crit("no_exclusion_ground") | ~x.crit("no_wia_exclusion"),
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
            "U krijgt 75 % in de eerste twee maanden waarin u recht heeft, daarna 70 %. UWV kan "
            "een gedeeltelijke eerste maand anders tellen; het bedrag in de beslissing van UWV "
            "geldt.",
            "You get 75% in the first two months in which you have a right, 70% after. UWV may "
            "count a partial first month differently; the amount in UWV's decision applies.",
        ),
    ),
    Note(
        id="income_related_to_work_e",
        for_advisers=True,
        citation=ww("art. 47 lid 2", "Artikel47"),
        text=t(
            "De bedragen gelden voor een maand zonder inkomen. De aftrek E ('inkomen in "
            "verband met arbeid', art. 47) is op nul gesteld: de regeling die E invult is niet "
            "gevonden.",
            "The amounts are for a month without income. The deduction E ('income related to "
            "work', art. 47) is taken as zero: the regulation that defines E was not found.",
        ),
    ),
    Note(
        id="wia_benefit_assumed",
        when=WIA_ASSUMED,
        citation=ww("art. 19 lid 1 onder b en lid 12 onder c", "Artikel19"),
        text=t(
            "U gaf aan dat u een WIA-uitkering krijgt, maar niet welke: deze uitkomst geldt "
            "voor een WGA-loonaanvulling of -vervolguitkering, of een loongerelateerde WGA die "
            "al liep voordat u dit werk verloor; bij een IVA-uitkering, of een loongerelateerde "
            "WGA die pas daarna begon, heeft u geen recht op WW.",
            "You said you receive a WIA benefit but not which one: this outcome holds for a WGA "
            "wage supplement or follow-up benefit, or a wage-related WGA that was already "
            "running before you lost this work; with an IVA benefit, or a wage-related WGA that "
            "began only afterwards, you have no right to WW.",
        ),
    ),
    Note(
        id="assumes_notice_period_over",
        when=NOTICE_END.is_none(),
        citation=ww("art. 19 lid 3 en 4", "Artikel19"),
        text=t(
            "Deze uitkomst geldt als uw opzegtermijn is aangehouden of niet geldt; stopte uw "
            "contract met een vaststellingsovereenkomst of eerder dan de opzegtermijn toestaat, "
            "dan krijgt u pas WW als die termijn voorbij is.",
            "This outcome holds if your notice period was kept or does not apply; if your "
            "contract ended with a settlement agreement or sooner than the notice period "
            "allows, you get WW only once that period is over.",
        ),
    ),
    Note(
        id="assumes_not_culpable",
        when=CULPABLE.eq(CULPABLE_NO),
        citation=ww("art. 24 lid 2 en art. 27 lid 1", "Artikel24"),
        text=t(
            "Deze uitkomst geldt als u niet zelf zonder goede reden ontslag nam en niet op "
            "staande voet bent ontslagen om iets wat u te verwijten valt; anders trekt UWV de "
            "WW voor de uren die u zo verloor blijvend af.",
            "This outcome holds if you did not resign without good reason and were not "
            "dismissed on the spot for something you are to blame for; otherwise UWV "
            "permanently deducts the WW for the hours you lost that way.",
        ),
    ),
    Note(
        id="assumes_no_other_ground",
        when=OTHER.contains(GROUND_NONE),
        citation=ww("art. 19 lid 1", "Artikel19"),
        text=t(
            "Deze uitkomst geldt als u geen zwangerschaps-, bevallings- of andere "
            "WAZO-uitkering krijgt, geen WAO-uitkering voor 80 % of meer, niet werkloos bent "
            "door een staking, rechtmatig in Nederland verblijft en niet buiten de toegestane "
            "periode op vakantie bent; geldt er een wel, dan heeft u zolang geen recht op WW.",
            "This outcome holds if you receive no pregnancy, maternity or other Work and Care "
            "benefit, no WAO benefit for 80% or more, are not unemployed through a strike, stay "
            "lawfully in the Netherlands and are not on holiday outside the allowed period; if "
            "one of these applies, you have no right to WW while it lasts.",
        ),
    ),
    Note(
        id="culpable_partly",
        for_advisers=True,
        when=~x.crit("not_culpably_unemployed"),
        citation=ww("art. 27 lid 1 en 11", "Artikel27"),
        text=t(
            "Art. 27 lid 1 WW: bij verwijtbare werkloosheid brengt UWV blijvend een bedrag op de "
            "uitkering in mindering (lid 11: 0,75 of 0,7 maal de uren die de werknemer zou "
            "hebben gewerkt maal het dagloon per uur). Verloor de werknemer zo al zijn uren, dan "
            "resteert geen uitkering; hier is dat als 'geen recht' weergegeven. Is het de "
            "werknemer niet in overwegende mate te verwijten, dan gaat de helft af over ten "
            "hoogste 26 weken; dat beoordeelt UWV en deze check niet.",
            "WW art. 27(1): with culpable unemployment UWV permanently deducts an amount from "
            "the benefit (paragraph 11: 0.75 or 0.7 times the hours the employee would have "
            "worked times the dagloon per hour). If all hours were lost that way, nothing is "
            "left; this check shows that as 'no right'. If the employee is not predominantly to "
            "blame, half is deducted for at most 26 weeks; UWV judges that, this check does not.",
        ),
    ),
    Note(
        id="other_exclusion_sources",
        for_advisers=True,
        citation=ww("art. 19 lid 1, 2 en 8", "Artikel19"),
        text=t(
            "Art. 19 lid 1 onder n (uitreiziger) valt onder 'buiten Nederland' (onder e). Een "
            "uitkering uit lid 1 onder a-d die niet wordt betaald door wachtdagen of door eigen "
            "schuld, telt als ontvangen (lid 2). Een grond die alleen voortkomt uit een andere "
            "baan dan de verloren baan, sluit niet uit (lid 8).",
            "Art. 19(1)(n) (uitreiziger) falls under 'outside the Netherlands' (e). A benefit "
            "under (1)(a)-(d) not paid because of waiting days or own fault counts as received "
            "(paragraph 2). A ground that arises only from another job than the lost one does "
            "not exclude (paragraph 8).",
        ),
    ),
    MAX_DAGLOON_NOTE,
    AOW_AGE_NOTE,
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
    version="2026.2",
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
    not_assessed=(
        t(
            "Of u werknemer bent voor de WW (bijvoorbeeld als directeur-grootaandeelhouder), "
            "beoordelen we niet. Vraag het na bij UWV.",
            "Whether you count as an employee for the WW (for example as a director and major "
            "shareholder) is not assessed. Ask UWV.",
        ),
        t(
            "Inkomsten naast de WW, zoals uit een andere baan, een uitkering of een pensioen, "
            "rekenen we hier niet mee. UWV trekt die af van uw WW.",
            "Income next to the WW, such as from another job, a benefit or a pension, is not "
            "counted here. UWV deducts it from your WW.",
        ),
        t(
            "Of u een deel van uw WW-uitkering kwijtraakt omdat u zelf (deels) schuld heeft aan "
            "het ontslag, beslist UWV. Wij gaan uit van de antwoorden die u gaf.",
            "Whether you lose part of your WW because the dismissal was (partly) your own fault is "
            "decided by UWV. We use the answers you gave.",
        ),
        t(
            "De uitkering die u krijgt, staat in de beslissing van UWV. Die kan afwijken door "
            "afronding, wachtdagen of een gedeeltelijke eerste maand.",
            "The benefit you get is in UWV's decision. It can differ because of rounding, waiting "
            "days or a partial first month.",
        ),
    ),
    constraints=(
        Constraint(
            id="none_of_these_alone",
            fact="ww_other_exclusion",
            test=~(
                OTHER.contains(GROUND_NONE) & x.any_(*(OTHER.contains(g) for g in OTHER_GROUNDS))
            ),
            message=t(
                "'Geen van deze' kan niet samen met een andere keuze.",
                "'None of these' cannot be combined with another choice.",
            ),
        ),
        Constraint(
            id="wia_answers_agree",
            fact="ww_wia_benefit",
            test=RECEIVES_WIA.eq(WIA_KIND.ne(WIA_NONE)),
            message=t(
                "Het antwoord op welke WIA-uitkering u krijgt, past niet bij uw antwoord of u "
                "een WIA-uitkering krijgt.",
                "The answer on which WIA benefit you receive does not match your answer on "
                "whether you receive one.",
            ),
        ),
    ),
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
