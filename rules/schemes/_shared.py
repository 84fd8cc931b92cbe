"""Building blocks several schemes share: the AOW cohort table and the facts about a person.

A fact used by more than one scheme is defined here once (the registry refuses two
different definitions of one id).
"""

from __future__ import annotations

from datetime import date

from rules import expr as x
from rules.facts import Audience, DateFact, MoneyFact
from rules.parameters import Cohort, CohortTable, Parameter, Period, Rhythm
from rules.scheme import Note
from rules.texts import Citation, t

__all__ = ["AOW_AGE", "AOW_AGE_NOTE", "BIRTH_DATE", "DE_MINIMIS_3Y", "aow_date", "below_aow_age"]

AOW_LAW = Citation(
    title="Algemene Ouderdomswet",
    article="art. 7a",
    url="https://wetten.overheid.nl/BWBR0002221/2025-01-01#Hoofdstuk3_Paragraaf1_Artikel7a",
)

AOW_AGE = Parameter(
    id="aow_age",
    label=t("AOW-leeftijd per geboortecohort", "State-pension (AOW) age by birth cohort"),
    unit="table",
    periods=(
        Period(
            start=date(1957, 1, 1),
            value=CohortTable(
                cohorts=(
                    # 2019-2021: 66 years and 4 months (art. 7a AOW as amended by the Wet
                    # temporisering verhoging AOW-leeftijd, Stb. 2019, 315).
                    Cohort(
                        born_from=date(1952, 9, 1), born_to=date(1955, 8, 31), years=66, months=4
                    ),
                    Cohort(
                        born_from=date(1955, 9, 1), born_to=date(1956, 5, 31), years=66, months=7
                    ),
                    Cohort(
                        born_from=date(1956, 6, 1), born_to=date(1957, 2, 28), years=66, months=10
                    ),
                    Cohort(
                        born_from=date(1957, 3, 1), born_to=date(1957, 12, 31), years=67, months=0
                    ),
                    Cohort(
                        born_from=date(1958, 1, 1), born_to=date(1960, 12, 31), years=67, months=0
                    ),
                    # 2028 to 2031: 67 years and 3 months, each year fixed five years ahead
                    # by ministerial regulation under art. 7a(2) AOW.
                    Cohort(
                        born_from=date(1961, 1, 1), born_to=date(1964, 9, 30), years=67, months=3
                    ),
                ),
                # The table starts with those reaching AOW age in 2019: anyone born
                # earlier reached it before 2019.
                reached_before=date(2019, 1, 1),
                # Art. 7a AOW ties later cohorts to life expectancy and cannot lower the
                # age: at least 67 years and 3 months (Kamerstuk 35 520 nr. 11).
                later_minimum_years=67,
                later_minimum_months=3,
            ),
            citation=Citation(
                title="Algemene Ouderdomswet (pensioengerechtigde leeftijd per geboortedatum)",
                article="art. 7a; voor 2025-2031 de regelingen op grond van art. 7a lid 2",
                url="https://wetten.overheid.nl/BWBR0002221/2026-01-01#Hoofdstuk3_Paragraaf1_Artikel7a",
            ),
        ),
    ),
    # Art. 7a lid 2-3 AOW: the age of each year from 2026 is set yearly, at the latest on
    # 1 January five years before, and made known in the Staatscourant (in November).
    rhythm=Rhythm(
        text=t(
            "jaarlijks: uiterlijk op 1 januari vastgesteld voor het jaar vijf jaar later "
            "(art. 7a lid 2 en 3 AOW), medegedeeld in de Staatscourant in november",
            "yearly: set at the latest on 1 January for the year five years later (art. 7a(2) "
            "and (3) AOW), announced in the Staatscourant in November",
        ),
        starts=((1, 1),),
        published_months_before=2,
        years_ahead=5,
    ),
)

AOW_AGE_NOTE = Note(
    id="aow_age_table",
    for_advisers=True,
    citation=AOW_LAW,
    text=t(
        "AOW-leeftijd: 67 jaar en 3 maanden voor wie geboren is van 1 januari 1961 tot en met "
        "30 september 1964 (vastgesteld voor 2028 tot en met 2031, telkens vijf jaar vooruit, "
        "op grond van art. 7a lid 2 AOW; de jaren 2029-2031 zijn overgenomen uit de berichten "
        "over die regelingen, de Staatscourant-teksten zelf zijn niet geraadpleegd). Voor wie "
        "later geboren is, ligt de leeftijd nog niet vast; die is minstens 67 jaar en 3 maanden.",
        "AOW age: 67 years and 3 months for those born from 1 January 1961 to 30 September 1964 "
        "(set for 2028 to 2031, each five years ahead, under art. 7a(2) AOW; the years 2029-2031 "
        "are taken from the reports of those regulations, the Staatscourant texts themselves "
        "were not consulted). For those born later the age is not fixed yet; it is at least 67 "
        "years and 3 months.",
    ),
)

BIRTH_DATE = DateFact(
    id="birth_date",
    question=t("Wat is de geboortedatum?", "What is the date of birth?"),
    help=t(
        "Nodig om te bepalen of de AOW-leeftijd al bereikt is.",
        "Needed to tell whether the state-pension (AOW) age has been reached.",
    ),
    audience=(Audience.WORKER, Audience.ADVISER),
)


def aow_date(birth: x.Expr | None = None) -> x.Expr:
    """The day the person reaches the AOW age (a range when the cohort is not fixed yet)."""
    return x.reach_date(birth if birth is not None else x.fact("birth_date"), "aow_age")


def below_aow_age(day: x.Expr | None = None) -> x.Expr:
    """``day`` (default: the reference date) falls before the person's AOW date."""
    return (day if day is not None else x.on()) < aow_date()


DE_MINIMIS_3Y = MoneyFact(
    id="de_minimis_3y_eur",
    question=t(
        "Hoeveel de-minimissteun heeft de onderneming in de afgelopen drie jaar al ontvangen?",
        "How much de-minimis aid has the enterprise already received in the past three years?",
    ),
    help=t(
        "Tel alle de-minimissteun in de periode van drie jaar die de steunregeling noemt. Samen "
        "met deze subsidie mag het plafond van de EU-verordening niet worden overschreden.",
        "Count all de-minimis aid in the three-year period the aid rules name. Together with this "
        "subsidy it may not exceed the ceiling of the EU regulation.",
    ),
    audience=(Audience.EMPLOYER, Audience.ADVISER),
)
