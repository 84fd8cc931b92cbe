"""WW inkomensverrekening: income in a month during WW, the benefit, and the 87.5 % end rule.

For WW rights that arose on or after 1 July 2015 (Wet werk en zekerheid). Per calendar
month: income B is counted as B x C/D (C the capped dagloon, D the uncapped one); when
that is more than 87.5 % of the maandloon A the right ends by statute from the first day
of the month (WW 20(1)(c)). Otherwise the benefit is 75 % (months 1-2) or 70 % of
A - B x C/D (WW 47(1)). With variable income UWV stops the benefit only after two
months in a row above the threshold; that practice is shown beside the statute, never
instead of it.

Income of nil can never exceed the threshold, so the right continues whatever the
dagloon: the 87.5 % test applies only to a month with income (WW 20(1)(c) speaks of a
person "no longer unemployed because of income"). Amounts stay exact (eurocents and
Decimal) and are rounded half-up to the cent only when shown.
"""

from __future__ import annotations

from decimal import Decimal

from rules import expr as x
from rules.facts import Audience, BoolFact, IntFact, MoneyFact
from rules.parameters import Parameter, Period
from rules.scheme import AvailabilityRule, Constraint, Criterion, Note, Output, OutputKind, Scheme
from rules.schemes._ww import (
    DAYS_PER_MONTH,
    MAX_DAGLOON,
    MAX_DAGLOON_NOTE,
    UWV_MAX_DAGLOON,
    WWZ_START,
    ww,
)
from rules.texts import Citation, t

UWV_TWO_MONTHS = Citation(
    title="UWV, Wisselende inkomsten en seizoenswerk",
    article="uitvoeringspraktijk",
    url="https://www.uwv.nl/particulieren/werkloos/tijdens-ww-uitkering/detail/werken-en-een-ww-uitkering/wisselende-inkomsten-en-seizoenswerk",
    source="EXECUTOR",
)
UWV_WWZ = "https://www.uwv.nl/particulieren/overige-onderwerpen/wet-werk-en-zekerheid/detail/werkloos-op-of-na-1-juli-2015/opgeven-en-verrekenen-van-inkomsten"

WORKER_SIDE = (Audience.WORKER, Audience.ADVISER)

FACTS = (
    MoneyFact(
        id="income_month_eur",
        question=t(
            "Hoeveel inkomen had u in deze kalendermaand (bruto, met vakantiegeld dat u deze maand kreeg)?",
            "How much income did you have in this calendar month (gross, with holiday pay received this month)?",
        ),
        help=t(
            "Het inkomen dat u opgeeft op de Inkomstenopgave van UWV. Had u niet de hele maand "
            "recht op WW? Tel dan alleen het inkomen over de dagen waarop u recht had.",
            "The income you report on UWV's income form (Inkomstenopgave). If you did not have a "
            "WW right for the whole month, count only the income over the days you had one.",
        ),
        audience=WORKER_SIDE,
    ),
    MoneyFact(
        id="ww_dagloon_eur",
        question=t("Wat is uw WW-dagloon?", "What is your WW dagloon (daily wage)?"),
        help=t(
            "Dit staat in de beslissing van UWV over uw WW-uitkering (na het maximumdagloon).",
            "It is in UWV's decision on your WW benefit (after the maximum dagloon).",
        ),
        audience=WORKER_SIDE,
        minimum=Decimal("0.01"),
        maximum=Decimal("10000"),
    ),
    IntFact(
        id="ww_month_number",
        question=t(
            "De hoeveelste maand met WW-uitkering is deze maand?",
            "Which month of your WW benefit is this (1 for the first)?",
        ),
        help=t(
            "Tel vanaf de eerste maand waarin u WW kreeg. In de eerste 2 maanden krijgt u 75 %, "
            "daarna 70 %.",
            "Count from the first month you received WW. In the first 2 months you get 75%, "
            "after that 70%.",
        ),
        audience=WORKER_SIDE,
        minimum=Decimal(1),
        maximum=Decimal(60),
    ),
    MoneyFact(
        id="ww_dagloon_uncapped_eur",
        question=t(
            "Wat was uw dagloon vóór het maximum (als UWV het heeft afgetopt)?",
            "What was your dagloon before the maximum (if UWV capped it)?",
        ),
        help=t(
            "Laat leeg als uw dagloon niet is afgetopt.",
            "Leave empty if your dagloon was not capped.",
        ),
        audience=WORKER_SIDE,
        default=None,
        minimum=Decimal("0.01"),
        # A bound on what can be typed, not a legal figure: no daily wage comes near it.
        maximum=Decimal("100000"),
    ),
    IntFact(
        id="ww_entitlement_workdays",
        question=t(
            "Hoeveel werkdagen met recht op WW had u deze maand (als u niet de hele maand recht had)?",
            "How many working days with a WW right did you have this month (if not the whole month)?",
        ),
        help=t(
            "Tel 5 werkdagen per week. Laat leeg bij een volle maand.",
            "Count 5 working days a week. Leave empty for a full month.",
        ),
        audience=WORKER_SIDE,
        default=None,
        minimum=Decimal(0),
        maximum=Decimal(23),
    ),
    BoolFact(
        id="income_prev_month_above_threshold",
        question=t(
            "Was uw inkomen de maand daarvoor ook hoger dan 87,5 % van uw maandloon?",
            "Was your income in the month before also above 87.5% of your maandloon?",
        ),
        help=t(
            "Bij wisselend inkomen stopt UWV uw WW pas na twee maanden op rij boven deze grens.",
            "With variable income UWV stops your WW only after two months in a row above this "
            "limit.",
        ),
        audience=WORKER_SIDE,
    ),
    BoolFact(
        id="income_is_employee_wage",
        question=t(
            "Komt het inkomen uit werk in loondienst?",
            "Does the income come from work as an employee?",
        ),
        audience=WORKER_SIDE,
        default=True,
    ),
)


def _since_wwz(value: object, citation: Citation) -> tuple[Period, ...]:
    return (Period(start=WWZ_START, value=value, citation=citation),)


PARAMETERS = (
    DAYS_PER_MONTH,
    Parameter(
        id="ww_end_threshold",
        label=t("grens van 87,5% van het maandloon", "threshold of 87.5% of the maandloon"),
        periods=_since_wwz(Decimal("0.875"), ww("art. 20 lid 1 onder c", "Artikel20")),
    ),
    Parameter(
        id="ww_pct_first_months",
        label=t("uitkeringspercentage maand 1 en 2", "benefit percentage months 1 and 2"),
        periods=_since_wwz(Decimal("0.75"), ww("art. 47 lid 1", "Artikel47")),
    ),
    Parameter(
        id="ww_pct_later_months",
        label=t("uitkeringspercentage vanaf maand 3", "benefit percentage from month 3"),
        periods=_since_wwz(Decimal("0.70"), ww("art. 47 lid 1", "Artikel47")),
    ),
    # Re-indexed on 1 January and 1 July (WW 1b(7)); half-years without a published
    # figure have no value (see rules/schemes/_ww.py).
    MAX_DAGLOON,
)

C = x.fact("ww_dagloon_eur")
D = x.if_(x.fact("ww_dagloon_uncapped_eur").is_none(), C, x.fact("ww_dagloon_uncapped_eur"))
B = x.fact("income_month_eur")
WORKDAYS = x.fact("ww_entitlement_workdays")
MONTH = x.fact("ww_month_number")

OUTPUTS = (
    Output(
        id="maandloon_eur",
        kind=OutputKind.MONEY,
        label=t("maandloon", "maandloon"),
        expr=x.if_(WORKDAYS.is_none(), x.param("ww_days_per_month") * C, WORKDAYS * C),
    ),
    Output(
        id="threshold_eur",
        kind=OutputKind.MONEY,
        label=t("87,5% van het maandloon", "87.5% of the maandloon"),
        expr=x.param("ww_end_threshold") * x.out("maandloon_eur"),
    ),
    Output(
        id="income_counted_eur",
        kind=OutputKind.MONEY,
        label=t("meegeteld inkomen", "income counted"),
        # Nil income counts as nil whatever the dagloon (C/D is at most 1).
        expr=x.if_(B.eq(0), 0, B * C / D),
    ),
    Output(
        id="benefit_factor",
        kind=OutputKind.DECIMAL,
        places=2,
        label=t("uitkeringspercentage", "benefit percentage"),
        expr=x.if_(MONTH <= 2, x.param("ww_pct_first_months"), x.param("ww_pct_later_months")),
    ),
    Output(
        id="right_ends",
        kind=OutputKind.BOOL,
        label=t("recht eindigt volgens de wet", "right ends by statute"),
        # Strictly more than 87.5 %, on unrounded values; a month without income never ends it.
        expr=(B > 0) & (x.out("income_counted_eur") > x.out("threshold_eur")),
    ),
    Output(
        id="benefit_eur",
        kind=OutputKind.MONEY,
        label=t("WW-uitkering deze maand", "WW benefit this month"),
        expr=x.if_(
            x.out("right_ends"),
            0,
            x.max_(
                0, x.out("benefit_factor") * (x.out("maandloon_eur") - x.out("income_counted_eur"))
            ),
        ),
    ),
    Output(
        id="uwv_practice_stops",
        kind=OutputKind.BOOL,
        label=t("UWV stopt de uitkering (praktijk)", "UWV stops the benefit (practice)"),
        expr=x.out("right_ends") & x.fact("income_prev_month_above_threshold"),
    ),
    Output(
        id="deemed_never_arisen",
        kind=OutputKind.BOOL,
        label=t("recht geacht nooit te zijn ontstaan", "right deemed never to have arisen"),
        expr=MONTH.eq(1) & x.out("right_ends") & x.fact("income_is_employee_wage"),
    ),
)

CRITERIA = (
    Criterion(
        id="income_not_above_threshold",
        label=t(
            "Uw inkomen is niet hoger dan 87,5 % van uw maandloon",
            "Your income is not more than 87.5% of your maandloon",
        ),
        test=x.out("income_counted_eur") <= x.out("threshold_eur"),
        applies=B > 0,
        citation=ww("art. 20 lid 1 onder c", "Artikel20"),
        met=t(
            "Uw meegetelde inkomen van {income_counted_eur} is niet meer dan 87,5% van uw "
            "maandloon ({threshold_eur}). Uw WW loopt deze maand door.",
            "Your counted income of {income_counted_eur} is not more than 87.5% of your "
            "maandloon ({threshold_eur}). Your WW continues this month.",
        ),
        not_applicable=t(
            "U had deze maand geen inkomen. Dan kan uw inkomen niet boven 87,5% van uw maandloon "
            "komen: uw WW loopt deze maand door.",
            "You had no income this month, so it cannot be above 87.5% of your maandloon: your "
            "WW continues this month.",
        ),
        not_met=t(
            "Uw meegetelde inkomen van {income_counted_eur} is meer dan 87,5% van uw maandloon "
            "({threshold_eur}). Volgens de wet eindigt uw WW vanaf de eerste dag van deze maand.",
            "Your counted income of {income_counted_eur} is more than 87.5% of your maandloon "
            "({threshold_eur}). By statute your WW ends from the first day of this month.",
        ),
        unknown=t(
            "Om te bepalen of uw WW doorloopt, zijn uw inkomen deze maand en uw dagloon nodig.",
            "To tell whether your WW continues, your income this month and your dagloon are needed.",
        ),
    ),
)

NOTES = (
    Note(
        id="uwv_two_month_practice",
        when=x.out("right_ends"),
        citation=UWV_TWO_MONTHS,
        text=t(
            "Volgens de wet eindigt de WW na één maand boven 87,5 %. UWV stopt bij wisselend "
            "inkomen of seizoenswerk de uitkering pas na twee maanden op rij boven de grens; "
            "deze maand krijgt u in elk geval geen uitkering.",
            "By statute WW ends after one month above 87.5%. With variable income or seasonal "
            "work, UWV stops the benefit only after two months in a row above the threshold; "
            "either way this month pays nothing.",
        ),
    ),
    Note(
        id="deemed_never_arisen",
        when=x.out("deemed_never_arisen"),
        citation=ww("art. 16 lid 8", "Artikel16"),
        text=t(
            "Het recht eindigt in de eerste maand door loon uit dienstbetrekking: het recht wordt "
            "geacht nooit te zijn ontstaan. Het kan dan ook niet herleven.",
            "The right ends in its first month through employee wage: it is deemed never to have "
            "arisen, so it cannot revive either.",
        ),
    ),
    Note(
        id="revival_possible",
        when=x.out("right_ends") & ~x.out("deemed_never_arisen"),
        citation=ww("art. 21 lid 1, art. 8 lid 3 en art. 43 lid 1", "Artikel21"),
        text=t(
            "Uw WW kan terugkomen als uw inkomen weer daalt; de einddatum schuift dan op met de "
            "tussenliggende periode. Stopt uw WW door inkomen uit een eigen bedrijf, dan kunt u "
            "de oude WW terugkrijgen als u binnen de duur van uw WW (of binnen 18 maanden, als "
            "uw WW korter duurde) met het bedrijf stopt. UWV noemt in de brief tot wanneer.",
            "Your WW can come back when your income falls again; the end date then moves later "
            "by the gap. If your WW stops through income from your own business, you can get the "
            "old WW back if you stop the business within the duration of your WW (or within 18 "
            "months, if your WW was shorter). UWV's letter says until when.",
        ),
    ),
    Note(
        id="no_entitlement_workdays",
        when=WORKDAYS.eq(0),
        citation=ww("art. 1b lid 2 en 4", "Artikel1b"),
        text=t(
            "Met 0 werkdagen met recht is het maandloon nul; tel alleen inkomen over de dagen "
            "waarop u recht had (art. 1b lid 4). UWV kan zo'n maand anders behandelen; de "
            "beslissing van UWV geldt.",
            "With 0 working days with a right the maandloon is nil; count only income over the "
            "days you had a right (art. 1b(4)). UWV may treat such a month differently; UWV's "
            "decision applies.",
        ),
    ),
    Note(
        id="partial_first_months",
        when=~WORKDAYS.is_none() & (MONTH <= 2),
        citation=ww("art. 47 lid 1", "Artikel47"),
        text=t(
            "Een gedeeltelijke maand telt hier als een van de eerste twee maanden (75 %). UWV "
            "kan een gedeeltelijke eerste maand anders tellen; het bedrag in de beslissing van "
            "UWV geldt.",
            "A partial month counts here as one of the first two months (75%). UWV may count a "
            "partial first month differently; the amount in UWV's decision applies.",
        ),
    ),
    Note(
        id="above_max_dagloon",
        when=x.param("ww_max_dagloon") < C,
        citation=Citation(
            title="UWV, Maximumdagloon",
            article="Wfsv art. 17 lid 1",
            url=UWV_MAX_DAGLOON,
            source="EXECUTOR",
        ),
        text=t(
            "Het opgegeven dagloon is hoger dan het maximumdagloon op deze datum. Kijk uw "
            "dagloon na in de beslissing van UWV en vul het dagloon vóór aftopping apart in.",
            "The dagloon given is above the maximum dagloon on this date. Check your dagloon in "
            "UWV's decision and give the dagloon before the cap separately.",
        ),
    ),
    Note(
        id="income_related_to_work_e",
        for_advisers=True,
        citation=ww("art. 47 lid 2", "Artikel47"),
        text=t(
            "De aftrek E ('inkomen in verband met arbeid') is op nul gesteld: de regeling die E "
            "invult is niet gevonden.",
            "The deduction E ('income related to work') is taken as zero: the regulation that "
            "defines E was not found.",
        ),
    ),
    Note(
        id="minimum_payment_not_applied",
        citation=ww("art. 41", "Artikel41"),
        text=t(
            "Is uw uitkering meestal heel laag (minder dan een achtste van het minimumloon), "
            "dan kan UWV die niet uitbetalen; dat is hier niet berekend.",
            "If your benefit is usually very low (less than an eighth of the minimum wage), UWV "
            "may not pay it out; that is not computed here.",
        ),
    ),
    Note(
        id="minimum_payment_reading",
        for_advisers=True,
        citation=ww("art. 41 en art. 14 lid 2", "Artikel41"),
        text=t(
            "Art. 41 WW is niet toegepast: art. 14 lid 2 definieert het minimumloon als een "
            "bedrag per dag, zodat de maatstaf '1/8 van het minimumloon' per maand onduidelijk "
            "is.",
            "WW art. 41 is not applied: art. 14(2) defines the minimum wage as a daily amount, "
            "so the yardstick '1/8 of the minimum wage' per month is unclear.",
        ),
    ),
    Note(
        id="two_month_practice_basis",
        for_advisers=True,
        when=x.out("right_ends"),
        citation=UWV_TWO_MONTHS,
        text=t(
            "Voor de praktijk van UWV (pas stoppen na twee maanden op rij boven 87,5 %) is geen "
            "wettelijke grondslag gevonden; de status volgt de wet (art. 20 lid 1 onder c).",
            "No legal basis was found for UWV's practice (stopping only after two months in a "
            "row above 87.5%); the status follows the statute (art. 20(1)(c)).",
        ),
    ),
    MAX_DAGLOON_NOTE,
    Note(
        id="fictitious_income",
        citation=ww("art. 1b lid 5", "Artikel1b"),
        text=t(
            "Werkt u als zelfstandige, of bent u minder beschikbaar voor werk (anders dan door "
            "ziekte of scholing), dan telt UWV ook een fictief inkomen mee: de uren maal het "
            "dagloon vóór aftopping, gedeeld door een vijfde van uw gemiddelde uren per week. "
            "Reken dat bedrag mee in uw inkomen van deze maand.",
            "If you work as self-employed, or are less available for work (other than through "
            "illness or training), UWV also counts a fictitious income: the hours times the "
            "dagloon before the cap, divided by one fifth of your average weekly hours. Include "
            "that amount in this month's income.",
        ),
    ),
    Note(
        id="payment_per_month",
        citation=Citation(
            title="UWV, Opgeven en verrekenen van inkomsten",
            article="Inkomstenopgave",
            url=UWV_WWZ,
            source="EXECUTOR",
        ),
        text=t(
            "De uitkering geldt per kalendermaand. UWV betaalt binnen 10 kalenderdagen nadat u "
            "de Inkomstenopgave over de maand hebt gedaan (ook zonder inkomen). Een oudere "
            "UWV-pagina noemt betaling per 4 weken; voor rechten vanaf 1 juli 2015 geldt de maand.",
            "The benefit is per calendar month. UWV pays within 10 calendar days after you file "
            "the income form (Inkomstenopgave) for the month (also without income). An older "
            "UWV page mentions payment every 4 weeks; for rights from 1 July 2015 the month "
            "applies.",
        ),
    ),
    Note(
        id="rounding",
        citation=ww("art. 47 lid 1", "Artikel47"),
        text=t(
            "De wet noemt geen afronding. Bedragen zijn exact berekend en pas aan het eind "
            "afgerond op hele centen (half naar boven); de toets aan 87,5% gebeurt onafgerond.",
            "The law sets no rounding. Amounts are computed exactly and rounded half-up to the "
            "cent only at the end; the 87.5% test uses unrounded values.",
        ),
    ),
    Note(
        id="only_rights_since_2015_07",
        text=t(
            "Geldt voor WW-rechten die op of na 1 juli 2015 zijn ontstaan. Oudere rechten "
            "(urenverrekening) beoordeelt deze check niet.",
            "Applies to WW rights that arose on or after 1 July 2015. Older rights (hours "
            "offsetting) are not assessed by this check.",
        ),
        citation=Citation(
            title="UWV, Opgeven en verrekenen van inkomsten",
            article="Wwz, overgangsrecht",
            url=UWV_WWZ,
            source="EXECUTOR",
        ),
    ),
)

SCHEME = Scheme(
    id="ww_inkomensverrekening",
    version="2026.4",
    title=t(
        "Werken tijdens de WW: inkomen en de 87,5%-grens",
        "Working during WW: income and the 87.5% rule",
    ),
    summary=t(
        "Wat krijgt u deze maand aan WW als u inkomen heeft, en stopt uw WW?",
        "What WW do you get this month when you have income, and does your WW stop?",
    ),
    eligible_means=t(
        "Uw WW-recht loopt deze maand door.",
        "Your WW right continues this month.",
    ),
    audience=WORKER_SIDE,
    legal_basis=ww("art. 1b, 20, 47", "Artikel20"),
    facts=FACTS,
    parameters=PARAMETERS,
    criteria=CRITERIA,
    outputs=OUTPUTS,
    notes=NOTES,
    not_assessed=(
        t(
            "Inkomen uit een eigen bedrijf (als zzp'er) telt UWV op een eigen manier. Die "
            "berekening maken we hier niet. Vraag het na bij UWV.",
            "Income from your own business (as a freelancer) is counted by UWV in its own way. "
            "That calculation is not made here. Ask UWV.",
        ),
        t(
            "Een aftrek voor ander inkomen in verband met werk, zoals een pensioen of een "
            "uitkering, rekenen we niet. UWV noemt die in de beslissing.",
            "A deduction for other income related to work, such as a pension or another benefit, "
            "is not calculated. UWV states it in its decision.",
        ),
        t(
            "WW-rechten van vóór 1 juli 2015 (het oude urensysteem) beoordelen we niet. Vraag het "
            "na bij UWV.",
            "WW rights from before 1 July 2015 (the old hours system) are not assessed. Ask UWV.",
        ),
    ),
    constraints=(
        Constraint(
            id="uncapped_not_below_capped",
            fact="ww_dagloon_uncapped_eur",
            test=D >= C,
            message=t(
                "Het dagloon vóór aftopping kan niet lager zijn dan het dagloon na aftopping.",
                "The dagloon before the cap cannot be lower than the dagloon after it.",
            ),
        ),
    ),
    availability=AvailabilityRule(
        in_force_from=WWZ_START,
        citation=ww("art. 20 lid 1 onder c (Wwz, vanaf 1 juli 2015)", "Artikel20"),
        before_text=t(
            "Vóór 1 juli 2015 gold urenverrekening; die beoordeelt deze check niet.",
            "Before 1 July 2015 hours offsetting applied; this check does not assess it.",
        ),
    ),
)
