"""Tijdelijke subsidieregeling NL leert door met inzet van scholing (NLDS), 2020-2022.

Free (mostly online) training: training providers, provider collectives and partnerships
applied in windows and offered the courses free of charge. A participant is a natural person
with a link to the Dutch labour market, 18 or older and below the AOW age (art. 1(f)).
Reference date: the day of participation.

For the participant the relevant period is the course period: courses were available from
1 December 2020 and activities of the third provider window ran until 31 December 2022 (both
secondary sources). The regulation lapsed on 1 July 2023.
"""

from __future__ import annotations

from datetime import date

from rules import expr as x
from rules.facts import Audience
from rules.scheme import AvailabilityRule, Note, Scheme, Window
from rules.schemes._nlld import (
    LLO_LETTER_2025,
    NL_LABOUR_MARKET_LINK,
    PARTICIPANT_STATUS,
    age_criteria,
    aow_table_note,
    labour_market_link_criterion,
    labour_market_link_note,
    min_age_parameter,
    participant_cost,
)
from rules.schemes._shared import AOW_AGE, BIRTH_DATE
from rules.texts import Citation, t

STCRT_2020_46170 = "https://zoek.officielebekendmakingen.nl/stcrt-2020-46170.html"
CONSOLIDATED = "https://wetten.overheid.nl/BWBR0044046/2021-07-10"

DEELNEMER = Citation(
    title="Tijdelijke subsidieregeling NL leert door met inzet van scholing",
    article="art. 1 onder f (deelnemer)",
    url=CONSOLIDATED,
)
THIRD_WINDOW_OFF = Citation(
    title="Wijziging Tijdelijke subsidieregeling NL leert door met inzet van scholing (Stcrt. 2021, 34759)",
    article="derde aanvraagtijdvak (1-8 september 2021), art. 6a",
    url="https://zoek.officielebekendmakingen.nl/stcrt-2021-34759.html",
)

ADOPTED = date(2020, 8, 31)  # regulation of 31 August 2020
COURSE_START = date(2020, 12, 1)
COURSE_END = date(2022, 12, 31)
LAPSED = date(2023, 7, 1)

WINDOWS = (Window(id="cursusaanbod 2020-2022", opens=COURSE_START, closes=COURSE_END),)

CRITERIA = (
    *age_criteria(DEELNEMER, "de dag van deelname", "the day of participation"),
    labour_market_link_criterion(DEELNEMER),
)

NOTES = (
    labour_market_link_note(DEELNEMER),
    aow_table_note(),
    Note(
        id="age_on_day_of_participation",
        citation=DEELNEMER,
        text=t(
            "De regeling zegt niet op welke dag de deelnemer 18 moet zijn en de AOW-leeftijd "
            "nog niet mag hebben; deze check toetst op de dag van deelname.",
            "The regulation does not say on which day the participant must be 18 and below the "
            "AOW age; this check tests on the day of participation.",
        ),
    ),
    Note(
        id="course_period",
        text=t(
            "Er waren beperkt plaatsen per cursus, en cursussen uit de eerste twee tijdvakken "
            "konden eerder eindigen dan eind 2022.",
            "Places per course were limited, and courses from the first two windows could end "
            "before the end of 2022.",
        ),
    ),
    Note(
        id="course_period_from_secondary_sources",
        citation=THIRD_WINDOW_OFF,
        for_advisers=True,
        text=t(
            "De cursusperiode (1 december 2020 tot en met 31 december 2022) komt uit secundaire "
            "bronnen (Leerwerkloket Midden-Gelderland; NLSI); in de gelezen officiële teksten "
            "staan die twee data niet letterlijk.",
            "The course period (1 December 2020 to 31 December 2022) comes from secondary "
            "sources (Leerwerkloket Midden-Gelderland; NLSI); the official texts read do not state "
            "these two dates literally.",
        ),
    ),
    Note(
        id="providers_applied",
        citation=THIRD_WINDOW_OFF,
        text=t(
            "De deelnemer vroeg zelf niets aan: opleiders, opleiderscollectieven en "
            "samenwerkingsverbanden vroegen subsidie aan en boden de cursussen gratis aan. In de "
            "eerste twee tijdvakken ging dat op volgorde van binnenkomst, in het derde (1-8 "
            "september 2021, € 30 miljoen) door loting.",
            "Participants applied for nothing: training providers, collectives and partnerships "
            "applied and offered the courses free of charge. In the first two windows this went "
            "by order of receipt, in the third (1-8 September 2021, €30 million) by lottery.",
        ),
    ),
    Note(
        id="categories_not_verified",
        citation=DEELNEMER,
        for_advisers=True,
        text=t(
            "De precieze inhoud en tarieven van de categorieën A, B en C zijn niet nagegaan.",
            "The exact content and tariffs of categories A, B and C were not verified.",
        ),
    ),
    Note(
        id="target_group_is_policy",
        when=~x.fact("participant_status").is_none(),
        citation=DEELNEMER,
        text=t(
            "De regeling richtte zich vooral op mensen die door corona werk verloren of dreigden "
            "te verliezen, ook zzp'ers en niet-werkenden. Dat is het doel, geen voorwaarde: de "
            "positie van de deelnemer maakt voor de uitkomst niet uit.",
            "The scheme aimed mainly at people who lost or risked losing work because of corona, "
            "including the self-employed and people without work. That is its aim, not a "
            "condition: the participant's position does not change the outcome.",
        ),
    ),
    Note(
        id="what_exists_now",
        when=x.on() > COURSE_END,
        citation=LLO_LETTER_2025,
        text=t(
            "Na 2022 is er geen NL leert door-regeling meer. Voor uw eigen opleiding kunt u het "
            "levenlanglerenkrediet van DUO aanvragen (een lening). Werkgevers kunnen subsidie voor "
            "scholing krijgen via SLIM of de Subsidieregeling praktijkleren.",
            "After 2022 there is no NL leert door scheme any more. For your own training you can "
            "apply for DUO's Levenlanglerenkrediet (a loan). Employers can get a training subsidy "
            "through SLIM or the Subsidieregeling praktijkleren.",
        ),
    ),
)

SCHEME = Scheme(
    id="nlld_scholing",
    version="2026.2",
    title=t(
        "NL leert door: gratis scholing (2020-2022)", "NL leert door: free training (2020-2022)"
    ),
    summary=t(
        "Kon iemand tussen december 2020 en eind 2022 gratis een (online) cursus volgen via NL "
        "leert door?",
        "Could someone follow a free (online) course through NL leert door between December "
        "2020 and the end of 2022?",
    ),
    eligible_means=t(
        "Deze persoon kon op de dag van deelname gratis meedoen.",
        "This person could take part free of charge on the day of participation.",
    ),
    audience=(Audience.WORKER, Audience.ADVISER),
    legal_basis=Citation(
        title="Tijdelijke subsidieregeling NL leert door met inzet van scholing",
        article="Stcrt. 2020, 46170",
        url=STCRT_2020_46170,
    ),
    facts=(BIRTH_DATE, NL_LABOUR_MARKET_LINK, PARTICIPANT_STATUS),
    parameters=(AOW_AGE, min_age_parameter(DEELNEMER, ADOPTED)),
    criteria=CRITERIA,
    outputs=(participant_cost(WINDOWS, [c.id for c in CRITERIA]),),
    notes=NOTES,
    not_assessed=(
        t(
            "Of er in een cursus nog plaats was, kunnen we niet zien. Vraag het de opleider.",
            "We cannot see whether a course still had places. Ask the provider.",
        ),
    ),
    availability=AvailabilityRule(
        citation=THIRD_WINDOW_OFF,
        # Nobody could follow a course before 1 December 2020.
        in_force_from=COURSE_START,
        in_force_to=date(2023, 6, 30),  # vervallen per 1 juli 2023
        windows=WINDOWS,
        successor=t(
            "er is geen NL leert door-regeling meer (de laatste cursussen liepen tot eind 2022, "
            "de regeling verviel op 1 juli 2023). Voor uw eigen opleiding kunt u het "
            "levenlanglerenkrediet van DUO aanvragen (een lening). Werkgevers kunnen subsidie "
            "voor scholing krijgen via SLIM of de Subsidieregeling praktijkleren.",
            "there is no NL leert door scheme any more (the last courses ran until the end of "
            "2022, the regulation lapsed on 1 July 2023). For your own training you can apply for "
            "DUO's Levenlanglerenkrediet (a loan). Employers can get a training subsidy through "
            "SLIM or the Subsidieregeling praktijkleren.",
        ),
    ),
)
