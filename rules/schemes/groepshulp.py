"""Subsidieregeling groepshulpen kinderopvang: a one-off amount per groepshulp (2024-2026).

A houder of a registered kindercentrum applies in a November window (2024, 2025, 2026) for
a groepshulp who works under an employment contract in the CAO function
"groepsondersteunende functie" and follows a praktijkleren path in the mbo. The amount is
EUR 10,056 x deeltijdpercentage (contract hours, at most 36, divided by 36), reduced pro rata
when a window is oversubscribed (art. 7(4)). The regulation lapses on 1 January 2027
(art. 17(1)); it keeps governing files applied for before then (art. 17(2)).

The consolidated text valid from 12 July 2025 raises the maximum to ten groepshulpen per
applicant in the 2025 and 2026 windows (was two) and holds the closed list of learning paths
of art. 4(2); whether that list was already in the 2024 original is not verified, so for
earlier dates a path outside the list stays undecided.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules import expr as x
from rules.facts import Audience, BoolFact, Choice, DateFact, DecimalFact, EnumFact, IntFact
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
from rules.schemes._shared import DE_MINIMIS_3Y
from rules.texts import Citation, t

TEXT_2025 = "https://wetten.overheid.nl/BWBR0049599/2025-07-12"
STCRT_2024 = "https://zoek.officielebekendmakingen.nl/stcrt-2024-13538.html"
RVO_CONDITIONS = Citation(
    title="RVO, Subsidieregeling groepshulpen kinderopvang: Voorwaarden",
    article="voorwaarden (uitvoeringspraktijk)",
    url="https://www.rvo.nl/subsidies-financiering/subsidieregeling-groepshulpen-kinderopvang/voorwaarden",
    source="EXECUTOR",
)
DE_MINIMIS_REG = Citation(
    title="Verordening (EU) 2023/2831 (de-minimissteun)",
    article="art. 3 lid 2",
    url="https://eur-lex.europa.eu/eli/reg/2023/2831/oj",
)

IN_FORCE_FROM = date(2024, 4, 24)  # art. 17(1): day after Stcrt. 2024, 13538 of 23 April 2024
AMENDED = date(2025, 7, 12)  # consolidated text BWBR0049599/2025-07-12
LAPSES = date(2027, 1, 1)  # art. 17(1)

EMPLOYER_SIDE = (Audience.EMPLOYER, Audience.ADVISER)


def _art(article: str, anchor: str) -> Citation:
    return Citation(
        title="Subsidieregeling groepshulpen kinderopvang",
        article=article,
        url=f"{TEXT_2025}#{anchor}",
    )


def _original(article: str) -> Citation:
    return Citation(
        title="Subsidieregeling groepshulpen kinderopvang (Stcrt. 2024, 13538)",
        article=article,
        url=STCRT_2024,
    )


WINDOWS = (
    Window(id="2024", opens=date(2024, 11, 4), closes=date(2024, 11, 29)),
    Window(id="2025", opens=date(2025, 11, 3), closes=date(2025, 11, 28)),
    Window(id="2026", opens=date(2026, 11, 2), closes=date(2026, 11, 27)),
)

TRAINING_IN_LIST = ("mbo1", "mbo2", "mbo3_c0123", "mbo3_c0125", "mbo3_c0126")

FACTS = (
    BoolFact(
        id="applicant_lrk_kindercentrum",
        question=t(
            "Is de aanvrager houder van een kindercentrum dat in het Landelijk Register "
            "Kinderopvang (LRK) staat?",
            "Is the applicant the houder of a kindercentrum registered in the national "
            "childcare register (LRK)?",
        ),
        help=t(
            "Gastouders en gastouderbureaus kunnen deze subsidie niet krijgen.",
            "Childminders (gastouders) and childminding agencies cannot get this subsidy.",
        ),
        audience=EMPLOYER_SIDE,
    ),
    BoolFact(
        id="praktijkleren_subsidy_for_person",
        question=t(
            "Heeft de aanvrager voor deze groepshulp subsidie gekregen uit de Subsidieregeling "
            "praktijkleren of de Subsidieregeling praktijkleren in de derde leerweg?",
            "Was the applicant granted a subsidy for this groepshulp under the Subsidieregeling "
            "praktijkleren or the Subsidieregeling praktijkleren in de derde leerweg?",
        ),
        audience=EMPLOYER_SIDE,
    ),
    BoolFact(
        id="gh_role_groepsondersteunend",
        question=t(
            "Werkt de persoon met een arbeidsovereenkomst in de cao-functie "
            "'groepsondersteunende functie' in uw kindercentrum?",
            "Does the person work under an employment contract in the CAO function "
            "'groepsondersteunende functie' in your kindercentrum?",
        ),
        help=t(
            "Niet: beroepskracht in opleiding, pedagogisch medewerker in ontwikkeling of "
            "student-medewerker.",
            "Not: a beroepskracht in opleiding, pedagogisch medewerker in ontwikkeling or "
            "student-medewerker.",
        ),
        audience=EMPLOYER_SIDE,
    ),
    BoolFact(
        id="gh_deployed_formatief",
        question=t(
            "Telt de groepshulp mee in de beroepskracht-kindratio (formatief ingezet)?",
            "Is the groepshulp counted in the staff-child ratio (deployed 'formatief')?",
        ),
        audience=EMPLOYER_SIDE,
    ),
    IntFact(
        id="gh_months_employed",
        question=t(
            "Hoeveel volle maanden werkt de groepshulp op de aanvraagdatum met een "
            "arbeidsovereenkomst bij uw kindercentrum?",
            "How many full months has the groepshulp worked at your kindercentrum under an "
            "employment contract on the application date?",
        ),
        audience=EMPLOYER_SIDE,
        minimum=Decimal(0),
        maximum=Decimal(600),
    ),
    DateFact(
        id="gh_contract_start_date",
        question=t(
            "Op welke datum is de arbeidsovereenkomst ingegaan?",
            "On what date did the employment contract start?",
        ),
        audience=EMPLOYER_SIDE,
    ),
    BoolFact(
        id="gh_contract_open_ended",
        question=t(
            "Is de arbeidsovereenkomst voor onbepaalde tijd?",
            "Is the employment contract open-ended (permanent)?",
        ),
        help=t(
            "Kies 'Nee' bij een contract voor bepaalde tijd; dan vragen we hoe lang het geldt.",
            "Choose 'No' for a fixed-term contract; we then ask how long it runs.",
        ),
        audience=EMPLOYER_SIDE,
        default=False,
        ask=True,
    ),
    IntFact(
        id="gh_contract_months",
        question=t(
            "Voor hoeveel maanden geldt de arbeidsovereenkomst voor bepaalde tijd?",
            "For how many months is the fixed-term employment contract valid?",
        ),
        audience=EMPLOYER_SIDE,
        minimum=Decimal(0),
        maximum=Decimal(999),
    ),
    DecimalFact(
        id="gh_contract_hours",
        question=t(
            "Hoeveel contracturen per week staan in de arbeidsovereenkomst?",
            "How many contract hours per week are in the employment contract?",
        ),
        audience=EMPLOYER_SIDE,
        minimum=Decimal(0),
        maximum=Decimal(168),
    ),
    BoolFact(
        id="gh_previously_subsidised",
        question=t(
            "Is voor deze groepshulp al eerder subsidie uit deze regeling toegekend (aan u of aan "
            "een andere houder)?",
            "Was a subsidy under this regulation already granted for this groepshulp (to you or "
            "to another houder)?",
        ),
        audience=EMPLOYER_SIDE,
    ),
    BoolFact(
        id="gh_wage_costs_other_scheme",
        question=t(
            "Worden de loonkosten van de groepshulp (deels) betaald uit een andere regeling?",
            "Are the wage costs of the groepshulp (partly) paid from another scheme?",
        ),
        help=t(
            "De subsidie praktijkleren telt hier niet mee: die is juist een voorwaarde.",
            "The praktijkleren subsidy does not count here: it is a condition of this scheme.",
        ),
        audience=EMPLOYER_SIDE,
    ),
    EnumFact(
        id="gh_training",
        question=t(
            "Welke opleiding volgt of volgde de groepshulp via praktijkleren in het mbo?",
            "Which course does or did the groepshulp follow through praktijkleren in the mbo?",
        ),
        audience=EMPLOYER_SIDE,
        choices=(
            Choice(
                id="mbo1",
                label=t(
                    "mbo-1 (of een deel met certificaat of praktijkverklaring)",
                    "mbo-1 (or a part with a certificate or praktijkverklaring)",
                ),
            ),
            Choice(
                id="mbo2",
                label=t(
                    "mbo-2 (of een deel met certificaat of praktijkverklaring)",
                    "mbo-2 (or a part with a certificate or praktijkverklaring)",
                ),
            ),
            Choice(
                id="mbo3_c0123",
                label=t(
                    "mbo-3 certificaat C0123 Ontwikkeling en spelen stimuleren in de kinderopvang",
                    "mbo-3 certificate C0123",
                ),
            ),
            Choice(
                id="mbo3_c0125",
                label=t(
                    "mbo-3 certificaat C0125 Pedagogisch klimaat in de kinderopvang",
                    "mbo-3 certificate C0125",
                ),
            ),
            Choice(
                id="mbo3_c0126",
                label=t(
                    "mbo-3 certificaat C0126 Professioneel samenwerken en communiceren in de kinderopvang",
                    "mbo-3 certificate C0126",
                ),
            ),
            Choice(
                id="mbo3_other",
                label=t(
                    "een andere mbo-3-opleiding of ander certificaat",
                    "another mbo-3 course or certificate",
                ),
            ),
            Choice(
                id="none", label=t("geen opleiding via praktijkleren", "no praktijkleren course")
            ),
        ),
    ),
    DateFact(
        id="gh_training_start_date",
        question=t(
            "Op welke datum is de opleiding (de praktijkleerplaats) begonnen?",
            "On what date did the course (the work-based learning place) start?",
        ),
        audience=EMPLOYER_SIDE,
    ),
    IntFact(
        id="gh_count_in_application",
        question=t(
            "Voor hoeveel groepshulpen vraagt u in deze aanvraag subsidie aan?",
            "For how many groepshulpen does this application ask a subsidy?",
        ),
        audience=EMPLOYER_SIDE,
        minimum=Decimal(1),
        maximum=Decimal(1000),
    ),
    DecimalFact(
        id="gh_window_factor",
        question=t(
            "Was het aanvraagtijdvak overtekend? Zo ja: het subsidieplafond gedeeld door het "
            "totaal aangevraagde bedrag (tussen 0 en 1).",
            "Was the window oversubscribed? If so: the subsidy ceiling divided by the total "
            "amount applied for (between 0 and 1).",
        ),
        help=t(
            "Dit is pas na sluiting van het tijdvak bekend. Laat leeg als het plafond niet is "
            "overschreden.",
            "Known only after the window closes. Leave empty when the ceiling was not exceeded.",
        ),
        audience=EMPLOYER_SIDE,
        default=None,
        minimum=Decimal(0),
        maximum=Decimal(1),
    ),
    DE_MINIMIS_3Y,
)


def _always(value: object, citation: Citation, start: date = IN_FORCE_FROM) -> tuple[Period, ...]:
    # Open-ended: after the regulation lapses it still governs pending files (art. 17(2)).
    return (Period(start=start, value=value, citation=citation),)


PARAMETERS = (
    Parameter(
        id="gh_max_amount",
        label=t("maximumbedrag per groepshulp", "maximum amount per groepshulp"),
        unit="money",
        periods=_always(1_005_600, _art("art. 7 lid 3", "Artikel7")),
    ),
    Parameter(
        id="gh_full_time_hours",
        label=t(
            "contracturen voor een volledig deeltijdpercentage",
            "contract hours for a full deeltijdpercentage",
        ),
        periods=_always(36, _art("art. 1 (deeltijdpercentage)", "Artikel1")),
    ),
    Parameter(
        id="max_groepshulpen",
        label=t(
            "maximum aantal groepshulpen per aanvrager per tijdvak",
            "maximum groepshulpen per applicant per window",
        ),
        unit="int",
        periods=(
            Period(
                start=IN_FORCE_FROM,
                end=date(2025, 7, 11),
                value=2,
                citation=_original("art. 7 lid 1"),
            ),
            Period(
                start=AMENDED,
                value=10,
                citation=_art("art. 7 lid 1 onder b", "Artikel7"),
            ),
        ),
    ),
    Parameter(
        id="gh_training_list_applies",
        label=t(
            "gesloten lijst van opleidingen (art. 4 lid 2)",
            "closed list of courses (art. 4(2))",
        ),
        unit="bool",
        # Seen only in the text valid from 12 July 2025; for earlier dates not verified.
        periods=_always(True, _art("art. 4 lid 2", "Artikel4"), start=AMENDED),
    ),
    Parameter(
        id="gh_earliest_start",
        label=t(
            "vroegste startdatum van opleiding en contract", "earliest start of course and contract"
        ),
        unit="date",
        periods=_always(date(2023, 8, 1), _art("art. 4 lid 1 onder d en f", "Artikel4")),
    ),
    Parameter(
        id="gh_latest_training_start",
        label=t("laatste startdatum van de opleiding", "latest start of the course"),
        unit="date",
        periods=_always(date(2026, 10, 31), _art("art. 4 lid 1 onder d", "Artikel4")),
    ),
    Parameter(
        id="gh_min_months",
        label=t("minimaal aantal maanden", "minimum number of months"),
        unit="int",
        periods=_always(12, _art("art. 4 lid 1 onder e en f", "Artikel4")),
    ),
    Parameter(
        id="gh_window_closes",
        label=t("sluitingsdatum van het aanvraagtijdvak", "closing date of the window"),
        unit="date",
        periods=tuple(
            Period(
                start=w.opens,
                end=w.closes,
                value=w.closes,
                citation=_art(f"art. 5 lid 1 onder {letter}", "Artikel5"),
            )
            for w, letter in zip(WINDOWS, "abc", strict=True)
        ),
    ),
    Parameter(
        id="gh_decision_weeks",
        label=t("beslistermijn in weken na sluiting", "decision term in weeks after closing"),
        unit="int",
        periods=_always(13, _art("art. 11", "Artikel11")),
    ),
    Parameter(
        id="de_minimis_ceiling",
        label=t("de-minimisplafond over drie jaar", "de-minimis ceiling over three years"),
        unit="money",
        periods=(Period(start=date(2024, 1, 1), value=30_000_000, citation=DE_MINIMIS_REG),),
    ),
)

hours = x.fact("gh_contract_hours")
capped_hours = x.min_(hours, x.param("gh_full_time_hours"))
factor = x.fact("gh_window_factor")
factor_or_one = x.if_(factor.is_none(), 1, factor)
training = x.fact("gh_training")
count = x.fact("gh_count_in_application")
months_employed = x.fact("gh_months_employed")
contract_months = x.fact("gh_contract_months")

OUTPUTS = (
    Output(
        id="deeltijdpercentage",
        kind=OutputKind.DECIMAL,
        places=4,
        label=t("deeltijdpercentage", "part-time percentage (deeltijdpercentage)"),
        expr=capped_hours / x.param("gh_full_time_hours"),
    ),
    Output(
        id="subsidy_eur",
        kind=OutputKind.MONEY,
        label=t("subsidie voor deze groepshulp", "subsidy for this groepshulp"),
        # 10,056 x (hours / 36) x factor, multiplied first and divided once, so the amount
        # is exact before it is rounded half-up to the cent when shown.
        expr=x.param("gh_max_amount")
        * capped_hours
        * factor_or_one
        / x.param("gh_full_time_hours"),
    ),
    Output(
        id="max_groepshulpen",
        kind=OutputKind.INT,
        label=t(
            "maximum aantal groepshulpen in dit tijdvak", "maximum groepshulpen in this window"
        ),
        expr=x.param("max_groepshulpen"),
    ),
    Output(
        id="subsidised_count",
        kind=OutputKind.INT,
        label=t("aantal groepshulpen met subsidie", "number of groepshulpen subsidised"),
        expr=x.min_(count, x.param("max_groepshulpen")),
    ),
    Output(
        id="decision_deadline",
        kind=OutputKind.DATE,
        label=t("uiterste beslisdatum", "decision deadline"),
        expr=x.param("gh_window_closes").plus_days(x.param("gh_decision_weeks") * 7),
    ),
)

CRITERIA = (
    Criterion(
        id="applicant_registered_kindercentrum",
        label=t(
            "Aanvrager is houder van een geregistreerd kindercentrum",
            "Applicant is the houder of a registered kindercentrum",
        ),
        test=x.fact("applicant_lrk_kindercentrum").eq(True),
        citation=_art("art. 1 (aanvrager, geregistreerd kindercentrum)", "Artikel1"),
        met=t(
            "U bent houder van een kindercentrum in het Landelijk Register Kinderopvang.",
            "You are the houder of a kindercentrum in the national childcare register.",
        ),
        not_met=t(
            "Alleen een houder van een geregistreerd kindercentrum kan aanvragen. Gastouders en "
            "gastouderbureaus kunnen dat niet.",
            "Only the houder of a registered kindercentrum can apply. Childminders and "
            "childminding agencies cannot.",
        ),
        unknown=t(
            "Staat uw kindercentrum in het Landelijk Register Kinderopvang?",
            "Is your kindercentrum in the national childcare register?",
        ),
    ),
    Criterion(
        id="praktijkleren_subsidy_same_person",
        label=t(
            "Subsidie praktijkleren voor dezelfde groepshulp",
            "Praktijkleren subsidy for the same groepshulp",
        ),
        test=x.fact("praktijkleren_subsidy_for_person").eq(True),
        citation=_art("art. 4 lid 1 onder a en b", "Artikel4"),
        met=t(
            "U kreeg voor deze groepshulp subsidie praktijkleren (of praktijkleren in de derde leerweg).",
            "You were granted a praktijkleren subsidy (or derde leerweg subsidy) for this groepshulp.",
        ),
        not_met=t(
            "U moet voor deze zelfde groepshulp subsidie hebben gekregen uit de Subsidieregeling "
            "praktijkleren of praktijkleren in de derde leerweg.",
            "You must have been granted a praktijkleren or derde leerweg subsidy for this same "
            "groepshulp.",
        ),
        unknown=t(
            "Kreeg u voor deze groepshulp subsidie praktijkleren?",
            "Were you granted a praktijkleren subsidy for this groepshulp?",
        ),
    ),
    Criterion(
        id="groepsondersteunende_functie",
        label=t(
            "Groepsondersteunende functie met een arbeidsovereenkomst",
            "Groepsondersteunende functie under an employment contract",
        ),
        test=x.fact("gh_role_groepsondersteunend").eq(True),
        citation=_art("art. 1 (groepshulp)", "Artikel1"),
        met=t(
            "De persoon werkt met een arbeidsovereenkomst in de groepsondersteunende functie van "
            "de Cao Kinderopvang 2023–2024.",
            "The person works under an employment contract in the groepsondersteunende functie of "
            "the Cao Kinderopvang 2023–2024.",
        ),
        not_met=t(
            "Subsidie is er alleen voor een groepshulp: iemand met een arbeidsovereenkomst in de "
            "groepsondersteunende functie. Niet voor een beroepskracht in opleiding, pedagogisch "
            "medewerker in ontwikkeling of student-medewerker.",
            "The subsidy is only for a groepshulp: someone with an employment contract in the "
            "groepsondersteunende functie. Not for a beroepskracht in opleiding, pedagogisch "
            "medewerker in ontwikkeling or student-medewerker.",
        ),
        unknown=t(
            "Werkt de persoon in de groepsondersteunende functie?",
            "Does the person work in the groepsondersteunende functie?",
        ),
    ),
    Criterion(
        id="not_deployed_formatief",
        label=t("Niet formatief ingezet", "Not counted in the staff-child ratio"),
        test=x.fact("gh_deployed_formatief").eq(False),
        citation=RVO_CONDITIONS,
        met=t(
            "De groepshulp telt niet mee in de beroepskracht-kindratio.",
            "The groepshulp is not counted in the staff-child ratio.",
        ),
        not_met=t(
            "RVO stelt als voorwaarde dat de groepshulp niet formatief wordt ingezet (niet "
            "meetelt in de beroepskracht-kindratio).",
            "RVO requires that the groepshulp is not deployed 'formatief' (not counted in the "
            "staff-child ratio).",
        ),
        unknown=t(
            "Telt de groepshulp mee in de beroepskracht-kindratio?",
            "Is the groepshulp counted in the staff-child ratio?",
        ),
    ),
    Criterion(
        id="employed_12_months",
        label=t("Ten minste 12 maanden werkzaam", "Employed for at least 12 months"),
        test=months_employed >= x.param("gh_min_months"),
        citation=_art("art. 4 lid 1 onder e", "Artikel4"),
        met=t(
            "De groepshulp werkt op de aanvraagdatum {gh_months_employed} maanden bij u; dat is "
            "ten minste {gh_min_months}.",
            "On the application date the groepshulp has worked for you for {gh_months_employed} "
            "months; that is at least {gh_min_months}.",
        ),
        not_met=t(
            "De groepshulp werkt op de aanvraagdatum {gh_months_employed} maanden bij u; nodig "
            "is ten minste {gh_min_months}.",
            "On the application date the groepshulp has worked for you for {gh_months_employed} "
            "months; at least {gh_min_months} are needed.",
        ),
        unknown=t(
            "Hoeveel maanden werkt de groepshulp op de aanvraagdatum bij u?",
            "How many months has the groepshulp worked for you on the application date?",
        ),
    ),
    Criterion(
        id="contract_validity_12_months",
        label=t(
            "Arbeidsovereenkomst van ten minste 12 maanden",
            "Employment contract of at least 12 months",
        ),
        test=x.fact("gh_contract_open_ended") | (contract_months >= x.param("gh_min_months")),
        citation=_art("art. 4 lid 1 onder f", "Artikel4"),
        met=t(
            "De arbeidsovereenkomst is voor onbepaalde tijd, of geldt ten minste {gh_min_months} "
            "maanden.",
            "The employment contract is open-ended, or valid for at least {gh_min_months} months.",
        ),
        not_met=t(
            "De arbeidsovereenkomst geldt {gh_contract_months} maanden; nodig is ten minste {gh_min_months}.",
            "The employment contract is valid for {gh_contract_months} months; at least {gh_min_months} are needed.",
        ),
        unknown=t(
            "Voor hoeveel maanden geldt de arbeidsovereenkomst?",
            "For how many months is the employment contract valid?",
        ),
    ),
    Criterion(
        id="contract_start_from_2023_08",
        label=t(
            "Arbeidsovereenkomst gestart op of na 1 augustus 2023",
            "Contract started on or after 1 August 2023",
        ),
        test=x.fact("gh_contract_start_date") >= x.param("gh_earliest_start"),
        citation=_art("art. 4 lid 1 onder f", "Artikel4"),
        met=t(
            "De arbeidsovereenkomst begon op {gh_contract_start_date}, niet vóór {gh_earliest_start}.",
            "The employment contract started on {gh_contract_start_date}, not before {gh_earliest_start}.",
        ),
        not_met=t(
            "De arbeidsovereenkomst begon op {gh_contract_start_date}. Die moet op of na "
            "{gh_earliest_start} zijn begonnen.",
            "The employment contract started on {gh_contract_start_date}. It must have started on "
            "or after {gh_earliest_start}.",
        ),
        unknown=t(
            "Wanneer is de arbeidsovereenkomst begonnen?",
            "When did the employment contract start?",
        ),
    ),
    Criterion(
        id="not_previously_subsidised",
        label=t(
            "Niet eerder subsidie voor deze groepshulp", "No earlier subsidy for this groepshulp"
        ),
        test=x.fact("gh_previously_subsidised").eq(False),
        citation=_art("art. 4 lid 1 onder g", "Artikel4"),
        met=t(
            "Voor deze groepshulp is nog geen subsidie uit deze regeling toegekend.",
            "No subsidy under this regulation has been granted for this groepshulp yet.",
        ),
        not_met=t(
            "Voor deze groepshulp is al subsidie uit deze regeling toegekend. De subsidie is "
            "eenmalig per groepshulp, ook als een andere houder haar kreeg.",
            "A subsidy under this regulation was already granted for this groepshulp. It is "
            "one-off per groepshulp, also when another houder received it.",
        ),
        unknown=t(
            "Is voor deze groepshulp al eerder subsidie uit deze regeling toegekend?",
            "Was a subsidy under this regulation already granted for this groepshulp?",
        ),
    ),
    Criterion(
        id="no_other_wage_financing",
        label=t(
            "Loonkosten niet uit een andere regeling betaald",
            "Wage costs not paid from another scheme",
        ),
        test=x.fact("gh_wage_costs_other_scheme").eq(False),
        citation=_art("art. 4 lid 1 onder h", "Artikel4"),
        met=t(
            "De loonkosten worden niet uit een andere regeling betaald.",
            "The wage costs are not paid from another scheme.",
        ),
        not_met=t(
            "De loonkosten mogen niet (deels) uit een andere regeling worden betaald.",
            "The wage costs may not be (partly) paid from another scheme.",
        ),
        unknown=t(
            "Worden de loonkosten (deels) uit een andere regeling betaald?",
            "Are the wage costs (partly) paid from another scheme?",
        ),
    ),
    Criterion(
        id="training_path",
        label=t(
            "Opleiding via praktijkleren in het mbo", "Course through praktijkleren in the mbo"
        ),
        # From 12 July 2025 the closed list of art. 4(2) applies. Before, the parameter has no
        # value: a listed course or no course still decides; another mbo-3 course stays open.
        test=x.if_(
            x.param("gh_training_list_applies"),
            training.is_in(*TRAINING_IN_LIST),
            training.ne("none"),
        ),
        citation=_art("art. 4 lid 1 onder c en lid 2", "Artikel4"),
        met=t(
            "De groepshulp volgt of volgde een opleiding via praktijkleren die de regeling toestaat.",
            "The groepshulp follows or followed a praktijkleren course the regulation allows.",
        ),
        not_met=t(
            "De groepshulp moet via praktijkleren in het mbo een opleiding volgen of gevolgd "
            "hebben: mbo-1, mbo-2 (of een deel met certificaat of praktijkverklaring) of een van "
            "de mbo-3-certificaten C0123, C0125 of C0126.",
            "The groepshulp must follow or have followed a praktijkleren course in the mbo: "
            "mbo-1, mbo-2 (or a part with a certificate or praktijkverklaring) or one of the "
            "mbo-3 certificates C0123, C0125 or C0126.",
        ),
        unknown=t(
            "Nodig: welke opleiding de groepshulp via praktijkleren volgt. Een andere "
            "mbo-3-opleiding kan deze check vóór 12 juli 2025 niet beoordelen; vraag het na bij "
            "RVO.",
            "Needed: which praktijkleren course the groepshulp follows. This check cannot judge "
            "another mbo-3 course before 12 July 2025; ask RVO.",
        ),
    ),
    Criterion(
        id="training_start_period",
        label=t(
            "Opleiding gestart tussen 1 augustus 2023 en 31 oktober 2026",
            "Course started between 1 August 2023 and 31 October 2026",
        ),
        applies=training.ne("none"),
        test=x.all_(
            x.fact("gh_training_start_date") >= x.param("gh_earliest_start"),
            x.fact("gh_training_start_date") <= x.param("gh_latest_training_start"),
        ),
        citation=_art("art. 4 lid 1 onder d", "Artikel4"),
        met=t(
            "De opleiding begon op {gh_training_start_date}, tussen {gh_earliest_start} en "
            "{gh_latest_training_start}.",
            "The course started on {gh_training_start_date}, between {gh_earliest_start} and "
            "{gh_latest_training_start}.",
        ),
        not_met=t(
            "De opleiding begon op {gh_training_start_date}. Die moet tussen {gh_earliest_start} "
            "en {gh_latest_training_start} zijn begonnen.",
            "The course started on {gh_training_start_date}. It must have started between "
            "{gh_earliest_start} and {gh_latest_training_start}.",
        ),
        unknown=t(
            "Wanneer is de opleiding (de praktijkleerplaats) begonnen?",
            "When did the course (the work-based learning place) start?",
        ),
        not_applicable=t(
            "Er is geen opleiding via praktijkleren, dus geen startdatum om te toetsen.",
            "There is no praktijkleren course, so no start date to check.",
        ),
    ),
    Criterion(
        id="de_minimis_ceiling",
        label=t("Binnen het de-minimisplafond", "Within the de-minimis ceiling"),
        test=x.fact("de_minimis_3y_eur") + x.out("subsidy_eur") <= x.param("de_minimis_ceiling"),
        citation=_art("art. 4 lid 1 onder i", "Artikel4"),
        met=t(
            "Met deze subsidie ({subsidy_eur}) en de eerdere de-minimissteun ({de_minimis_3y_eur}) "
            "blijft u binnen het plafond van {de_minimis_ceiling} over drie jaar.",
            "With this subsidy ({subsidy_eur}) and the earlier de-minimis aid ({de_minimis_3y_eur}) "
            "you stay within the ceiling of {de_minimis_ceiling} over three years.",
        ),
        not_met=t(
            "Deze subsidie ({subsidy_eur}) en de eerdere de-minimissteun ({de_minimis_3y_eur}) "
            "samen zijn meer dan het plafond van {de_minimis_ceiling} over drie jaar.",
            "This subsidy ({subsidy_eur}) and the earlier de-minimis aid ({de_minimis_3y_eur}) "
            "together exceed the ceiling of {de_minimis_ceiling} over three years.",
        ),
        unknown=t(
            "Nodig: de de-minimissteun van de afgelopen drie jaar en het subsidiebedrag (dus de "
            "contracturen).",
            "Needed: the de-minimis aid of the past three years and the subsidy amount (so the "
            "contract hours).",
        ),
    ),
)

NOTES = (
    Note(
        id="employed_12_months_other_reading",
        when=(months_employed < x.param("gh_min_months"))
        & (contract_months >= x.param("gh_min_months")),
        citation=_art("art. 4 lid 1 onder e", "Artikel4"),
        text=t(
            "'Ten minste 12 maanden werkzaam of werkzaam geweest' is hier gelezen als: op de "
            "aanvraagdatum al 12 maanden in dienst. Het kan ook gelezen worden als: in dienst met "
            "een contract dat 12 maanden of langer loopt. Met die lezing voldoet u wel. Vraag RVO "
            "welke lezing het toepast.",
            "'Employed for at least 12 months' is read here as: 12 months in service on the "
            "application date. It can also be read as: employed under a contract covering 12 "
            "months or more. Under that reading you would qualify. Ask RVO which reading it "
            "applies.",
        ),
    ),
    Note(
        id="formatief_is_rvo_condition",
        when=x.fact("gh_deployed_formatief").eq(True),
        citation=RVO_CONDITIONS,
        text=t(
            "Dat een groepshulp niet formatief mag worden ingezet, staat op de website van RVO, "
            "niet in de tekst van de regeling (die verwijst alleen naar de cao-functie).",
            "That a groepshulp may not be counted in the staff-child ratio is stated on RVO's "
            "website, not in the regulation's text (which only refers to the CAO function).",
        ),
    ),
    Note(
        id="cao_2023_2024",
        citation=_art("art. 1 (groepshulp)", "Artikel1"),
        text=t(
            "De regeling verwijst naar de functie in de Cao Kinderopvang 2023–2024, ook in de "
            "tekst van 2025. Hoe een latere cao-versie van de functie telt, zegt de regeling niet.",
            "The regulation refers to the function in the Cao Kinderopvang 2023–2024, also in the "
            "2025 text. It does not say how a later version of the function counts.",
        ),
    ),
    Note(
        id="training_list_before_2025_07_12",
        when=x.on() < AMENDED,
        citation=_original("art. 4"),
        for_advisers=True,
        text=t(
            "De lijst van toegestane opleidingen (art. 4 lid 2: mbo-1, mbo-2, mbo-3-certificaten "
            "C0123, C0125, C0126) staat in de tekst die geldt vanaf 12 juli 2025. Of die lijst al "
            "in de regeling van 2024 stond, is niet nagegaan; RVO noemde in 2024 alleen mbo-bbl "
            "of mbo-derde leerweg.",
            "The list of allowed courses (art. 4(2): mbo-1, mbo-2, mbo-3 certificates C0123, "
            "C0125, C0126) is in the text valid from 12 July 2025. Whether it was already in the "
            "2024 regulation was not verified; in 2024 RVO only named mbo-bbl or mbo derde leerweg.",
        ),
    ),
    Note(
        id="amendment_2025_source",
        when=x.on() >= AMENDED,
        citation=_art("art. 4 lid 2 en art. 7 lid 1", "Artikel7"),
        text=t(
            "Vanaf 12 juli 2025 kunt u per tijdvak in 2025 en 2026 subsidie aanvragen voor "
            "maximaal tien groepshulpen (was twee).",
            "From 12 July 2025 you can apply for at most ten groepshulpen per window in 2025 and "
            "2026 (was two).",
        ),
    ),
    Note(
        id="amendment_2025_reading",
        when=x.on() >= AMENDED,
        citation=_art("art. 4 lid 2 en art. 7 lid 1", "Artikel7"),
        for_advisers=True,
        text=t(
            "Gelezen is de geconsolideerde tekst vanaf 12 juli 2025; de wijzigingsregeling zelf en "
            "de actuele RVO-pagina's voor 2025 en 2026 zijn niet gelezen.",
            "Read was the consolidated text from 12 July 2025; the amending regulation itself and "
            "RVO's current pages for 2025 and 2026 were not read.",
        ),
    ),
    Note(
        id="variable_contract_hours",
        citation=_art("art. 1 (deeltijdpercentage) en art. 7 lid 2", "Artikel7"),
        text=t(
            "Het bedrag gaat uit van de contracturen per week in de arbeidsovereenkomst. Voor "
            "min-max- of oproepcontracten zegt de regeling niet welke uren tellen.",
            "The amount uses the weekly contract hours in the employment contract. For min-max "
            "or on-call contracts the regulation does not say which hours count.",
        ),
    ),
    Note(
        id="pro_rata_if_oversubscribed",
        when=factor.is_none(),
        citation=_art("art. 6 en art. 7 lid 3 en 4", "Artikel7"),
        text=t(
            "Het bedrag geldt als het subsidieplafond van het tijdvak niet wordt overschreden. "
            "Vragen aanvragers samen meer aan, dan krijgt iedereen naar verhouding minder "
            "(plafond gedeeld door het totaal aangevraagde bedrag). Dat is pas na sluiting bekend.",
            "The amount holds when the window's subsidy ceiling is not exceeded. If applicants "
            "together ask for more, everyone gets proportionally less (ceiling divided by the "
            "total applied for). That is known only after the window closes.",
        ),
    ),
    Note(
        id="pro_rata_base",
        when=~factor.is_none(),
        citation=_art("art. 7 lid 4", "Artikel7"),
        text=t(
            "De regeling zegt niet precies wat 'totaal aangevraagd bedrag' is (bijvoorbeeld of "
            "onvolledige of afgewezen aanvragen meetellen). De factor die u opgaf, is gebruikt "
            "zoals gegeven.",
            "The regulation does not say exactly what 'total amount applied for' is (for example "
            "whether incomplete or refused applications count). The factor you gave is used as given.",
        ),
    ),
    Note(
        id="count_above_maximum",
        when=count > x.param("max_groepshulpen"),
        citation=_art("art. 7 lid 1", "Artikel7"),
        text=t(
            "U vraagt voor {gh_count_in_application} groepshulpen aan; per tijdvak krijgt een "
            "aanvrager subsidie voor ten hoogste {max_groepshulpen}. De aanvraag blijft geldig, "
            "maar voor de groepshulpen boven het maximum krijgt u niets.",
            "You apply for {gh_count_in_application} groepshulpen; per window an applicant gets "
            "a subsidy for at most {max_groepshulpen}. The application stays valid, but the "
            "groepshulpen above the maximum get nothing.",
        ),
    ),
    Note(
        id="de_minimis_whole_application",
        when=count > 1,
        citation=DE_MINIMIS_REG,
        text=t(
            "De de-minimistoets hier telt alleen de subsidie voor deze groepshulp. De subsidie "
            "voor de andere groepshulpen in dezelfde aanvraag telt ook mee voor het plafond; "
            "controleer het totaal.",
            "The de-minimis check here counts only the subsidy for this groepshulp. The subsidy "
            "for the other groepshulpen in the same application counts towards the ceiling too; "
            "check the total.",
        ),
    ),
    Note(
        id="window_hours",
        citation=_art("art. 5 lid 1", "Artikel5"),
        text=t(
            "Een tijdvak opent op de eerste dag om 09:00 uur en sluit op de laatste dag om 17:00 "
            "uur. Deze check kijkt alleen naar de datum.",
            "A window opens on its first day at 09:00 and closes on its last day at 17:00. This "
            "check looks at the date only.",
        ),
    ),
    Note(
        id="complete_application_date",
        citation=_art("art. 5 lid 3", "Artikel5"),
        text=t(
            "Alleen volledige aanvragen worden behandeld. Vult u een aanvraag aan op verzoek van "
            "RVO, dan telt de datum waarop de volledige aanvraag binnenkwam.",
            "Only complete applications are handled. If you complete an application at RVO's "
            "request, the date the complete application arrived counts.",
        ),
    ),
    Note(
        id="after_expiry",
        when=x.on() >= LAPSES,
        citation=_art("art. 17", "Artikel17"),
        text=t(
            "De regeling is vervallen op 1 januari 2027. Zij blijft gelden voor de afhandeling "
            "van aanvragen die daarvoor zijn gedaan. Een opvolger is niet bekend.",
            "The regulation lapsed on 1 January 2027. It still governs the handling of "
            "applications made before then. No successor is known.",
        ),
    ),
)

SCHEME = Scheme(
    id="groepshulp",
    version="2026.3",
    title=t("Subsidie groepshulpen kinderopvang", "Childcare group assistant (groepshulp) subsidy"),
    summary=t(
        "Eenmalig tot € 10.056 per groepshulp voor een kinderopvangorganisatie die een "
        "groepshulp in dienst heeft die via praktijkleren een mbo-opleiding volgt.",
        "A one-off amount of up to €10,056 per groepshulp for a childcare organisation that "
        "employs a groepshulp following an mbo course through praktijkleren.",
    ),
    eligible_means=t(
        "De aanvraag voor deze groepshulp voldoet op de aanvraagdatum aan de voorwaarden.",
        "The application for this groepshulp meets the conditions on the application date.",
    ),
    audience=EMPLOYER_SIDE,
    legal_basis=Citation(
        title="Subsidieregeling groepshulpen kinderopvang", article="art. 1-18", url=TEXT_2025
    ),
    facts=FACTS,
    parameters=PARAMETERS,
    criteria=CRITERIA,
    outputs=OUTPUTS,
    notes=NOTES,
    constraints=(
        Constraint(
            id="contract_hours_positive",
            fact="gh_contract_hours",
            test=hours > 0,
            message=t(
                "Het aantal contracturen per week moet meer dan 0 zijn.",
                "The weekly contract hours must be more than 0.",
            ),
        ),
    ),
    not_assessed=(
        t(
            "Hoeveel u krijgt als er in het tijdvak te veel aanvragen zijn, weten we pas na de "
            "sluiting. RVO beslist binnen 13 weken na het tijdvak.",
            "How much you get if the window is oversubscribed is known only after it closes. RVO "
            "decides within 13 weeks after the window.",
        ),
        t(
            "Of het werk van de groepshulp past bij de cao-functie 'groepsondersteunende "
            "functie', beoordeelt RVO. Vraag het na bij RVO.",
            "Whether the groepshulp's work fits the collective-agreement function "
            "'groepsondersteunende functie' is for RVO to judge. Ask RVO.",
        ),
    ),
    availability=AvailabilityRule(
        citation=_art("art. 5 lid 1 en art. 17", "Artikel5"),
        in_force_from=IN_FORCE_FROM,
        in_force_to=date(2026, 12, 31),
        windows=WINDOWS,
        before_text=t(
            "De regeling gold toen nog niet (in werking vanaf 24 april 2024). Het eerste "
            "aanvraagtijdvak liep van 4 tot en met 29 november 2024.",
            "The regulation did not apply yet (in force from 24 April 2024). The first window "
            "ran from 4 to 29 November 2024.",
        ),
    ),
)
