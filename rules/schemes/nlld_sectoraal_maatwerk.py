"""Tijdelijke subsidieregeling NL leert door met inzet van sectoraal maatwerk (NLDSM), 2021-2022.

Sector partnerships (employers' and employees' organisations, branch organisations, O&O-funds
and others) applied for a project of development advice, guidance to other work, training and
EVC for werkenden threatened with losing their job; from December 2021 jobseekers too.
Reference date: the application date of the partnership.

The amounts rest on secondary sources: at least EUR 300,000 and at most EUR 5,000,000 per
application, subsidy at most 80 % of the costs (20 % sector contribution). Below the minimum an
application cannot be granted (not eligible); a request above the maximum is capped at the
maximum. Applications: 15 March (the first consolidated text) until 26 April 2021, 17:00. What
applications were possible for the EUR 3.2 m added with the widening of December 2021 was not
verified, so from then until the regulation lapsed (31 December 2022) availability is unknown.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules import expr as x
from rules.facts import Audience, BoolFact, MoneyFact
from rules.parameters import Parameter, Period
from rules.scheme import AvailabilityRule, Criterion, Note, Output, OutputKind, Scheme, Window
from rules.schemes._nlld import (
    LLO_LETTER_2025,
    NL_LABOUR_MARKET_LINK,
    PARTICIPANT_STATUS,
    participant_cost,
)
from rules.texts import Citation, t

CONSOLIDATED = "https://wetten.overheid.nl/BWBR0044876/2021-03-15"

REGULATION = Citation(
    title="Tijdelijke subsidieregeling NL leert door met inzet van sectoraal maatwerk",
    article="aanhef (samenwerkingsverbanden van sectoren)",
    url=CONSOLIDATED,
)
DEELNEMER = Citation(
    title="Tijdelijke subsidieregeling NL leert door met inzet van sectoraal maatwerk",
    article="art. 1 (deelnemer: de werkende die een activiteit volgt)",
    url=CONSOLIDATED,
)
# The amounts, the widening of December 2021 and the closing time rest on secondary sources
# (Innofunding 2-3-2021, Rendement 16-3-2021, Axis accountants, Stichting van de Arbeid):
# cited here is the official text that frames them, graded SEC; the sources are named in the
# adviser notes.
AMOUNTS = Citation(
    title="Tijdelijke subsidieregeling NL leert door met inzet van sectoraal maatwerk",
    article="subsidiebedrag per aanvraag en deel van de kosten",
    url=CONSOLIDATED,
    source="SEC",
)
WINDOW = Citation(
    title="Tijdelijke subsidieregeling NL leert door met inzet van sectoraal maatwerk",
    article="aanvraagtijdvak (tot en met 26 april 2021, 17:00 uur)",
    url=CONSOLIDATED,
    source="SEC",
)
WIDENING = Citation(
    title="Tijdelijke subsidieregeling NL leert door met inzet van sectoraal maatwerk",
    article="art. 1 (deelnemer), tekst vanaf 7 december 2021",
    url="https://wetten.overheid.nl/BWBR0044876/2021-12-07",
    source="SEC",
)

ADOPTED = date(2021, 2, 23)  # regulation of 23 February 2021
OPENS = date(2021, 3, 15)
WIDENED = date(2021, 12, 7)  # the text valid until 6 December 2021 still said "de werkende"
LAPSED = date(2022, 12, 31)  # "vervallen per 31-12-2022"

WINDOWS = (Window(id="2021", opens=OPENS, closes=date(2021, 4, 26)),)

FACTS = (
    BoolFact(
        id="nlld_applicant_partnership",
        question=t(
            "Vraagt een samenwerkingsverband uit de sector aan (sociale partners, "
            "brancheorganisaties, O&O-fondsen)?",
            "Is the applicant a sector partnership (social partners, branch organisations, "
            "O&O-funds)?",
        ),
        audience=(Audience.EMPLOYER, Audience.ADVISER),
    ),
    PARTICIPANT_STATUS,
    NL_LABOUR_MARKET_LINK,
    MoneyFact(
        id="nlld_requested_eur",
        question=t(
            "Hoeveel subsidie vraagt het samenwerkingsverband aan?",
            "How much subsidy does the partnership request?",
        ),
        audience=(Audience.EMPLOYER, Audience.ADVISER),
    ),
    MoneyFact(
        id="nlld_project_costs_eur",
        question=t("Wat zijn de totale projectkosten?", "What are the total project costs?"),
        audience=(Audience.EMPLOYER, Audience.ADVISER),
    ),
)


def _from_adoption(value: object, citation: Citation) -> tuple[Period, ...]:
    return (Period(start=ADOPTED, value=value, citation=citation),)


PARAMETERS = (
    Parameter(
        id="nlld_sm_min_subsidy",
        label=t("minimaal subsidiebedrag per aanvraag", "minimum subsidy per application"),
        unit="money",
        periods=_from_adoption(30_000_000, AMOUNTS),
    ),
    Parameter(
        id="nlld_sm_max_subsidy",
        label=t("maximaal subsidiebedrag per aanvraag", "maximum subsidy per application"),
        unit="money",
        periods=_from_adoption(500_000_000, AMOUNTS),
    ),
    Parameter(
        id="nlld_sm_max_share",
        label=t("maximaal deel van de projectkosten", "maximum share of the project costs"),
        periods=_from_adoption(Decimal("0.80"), AMOUNTS),
    ),
    Parameter(
        id="nlld_sm_jobseekers_included",
        label=t("werkzoekenden als deelnemer", "jobseekers as participants"),
        unit="bool",
        periods=(
            Period(start=ADOPTED, end=date(2021, 12, 6), value=False, citation=DEELNEMER),
            Period(start=WIDENED, value=True, citation=WIDENING),
        ),
    ),
)

requested = x.fact("nlld_requested_eur")
costs = x.fact("nlld_project_costs_eur")
status = x.fact("participant_status")

OUTPUTS = (
    Output(
        id="subsidy_before_cap_eur",
        kind=OutputKind.MONEY,
        label=t(
            "aangevraagd, ten hoogste 80% van de projectkosten",
            "requested, at most 80% of the project costs",
        ),
        expr=x.min_(requested, x.param("nlld_sm_max_share") * costs),
    ),
    Output(
        id="subsidy_max_eur",
        kind=OutputKind.MONEY,
        label=t("maximale subsidie", "maximum subsidy"),
        expr=x.if_(
            x.param("nlld_sm_min_subsidy") <= x.out("subsidy_before_cap_eur"),
            x.min_(x.out("subsidy_before_cap_eur"), x.param("nlld_sm_max_subsidy")),
            None,
        ),
    ),
)

CRITERIA = (
    Criterion(
        id="applicant_partnership",
        label=t(
            "Aanvrager is een sectoraal samenwerkingsverband", "Applicant is a sector partnership"
        ),
        test=x.fact("nlld_applicant_partnership").eq(True),
        citation=REGULATION,
        met=t(
            "Een samenwerkingsverband uit de sector vraagt aan.",
            "A sector partnership applies.",
        ),
        not_met=t(
            "Alleen een samenwerkingsverband van sectoren (werkgevers- en werknemersorganisaties, "
            "brancheorganisaties, O&O-fondsen en anderen) kon aanvragen; niet een losse werkgever "
            "of opleider.",
            "Only a partnership of sectors (employers' and employees' organisations, branch "
            "organisations, O&O-funds and others) could apply; not a single employer or provider.",
        ),
        unknown=t(
            "Vraagt een samenwerkingsverband uit de sector aan?",
            "Does a sector partnership apply?",
        ),
    ),
    Criterion(
        id="participant_position",
        label=t(
            "Deelnemers zijn werkenden (vanaf december 2021 ook werkzoekenden)",
            "Participants are workers (from December 2021 also jobseekers)",
        ),
        test=x.case(
            status,
            {
                "werkende": True,
                "zelfstandige": True,
                "werkzoekende": x.param("nlld_sm_jobseekers_included"),
            },
            False,
        ),
        citation=DEELNEMER,
        met=t(
            "De deelnemers ({participant_status}) konden op {on} meedoen.",
            "The participants ({participant_status}) could take part on {on}.",
        ),
        not_met=t(
            "Op {on} was een deelnemer 'de werkende'. Werkzoekenden konden pas meedoen na de "
            "verruiming van december 2021.",
            "On {on} a participant was 'de werkende' (a worker). Jobseekers could take part "
            "only after the widening of December 2021.",
        ),
        unknown=t("Wat is de positie van de deelnemers?", "What is the participants' position?"),
    ),
    Criterion(
        id="labour_market_link",
        label=t("Band met de Nederlandse arbeidsmarkt", "Link with the Dutch labour market"),
        test=x.fact("nl_labour_market_link").eq(True),
        citation=Citation(
            title=DEELNEMER.title,
            article="art. 1 (deelnemer)",
            url=CONSOLIDATED,
            source="INF",
        ),
        met=t(
            "De deelnemers hebben een band met de Nederlandse arbeidsmarkt.",
            "The participants have a link with the Dutch labour market.",
        ),
        not_met=t(
            "De regeling was voor werkenden op de Nederlandse arbeidsmarkt; zonder band met die "
            "arbeidsmarkt kon niemand deelnemer zijn.",
            "The scheme was for workers on the Dutch labour market; without a link to it nobody "
            "could be a participant.",
        ),
        unknown=t(
            "Hebben de deelnemers een band met de Nederlandse arbeidsmarkt?",
            "Do the participants have a link with the Dutch labour market?",
        ),
    ),
    Criterion(
        id="minimum_subsidy",
        label=t(
            "Ten minste € 300.000 subsidie per aanvraag",
            "At least €300,000 subsidy per application",
        ),
        test=x.param("nlld_sm_min_subsidy") <= x.out("subsidy_before_cap_eur"),
        citation=AMOUNTS,
        met=t(
            "De subsidie ({subsidy_before_cap_eur}: het aangevraagde bedrag, ten hoogste 80% van "
            "de projectkosten) is ten minste {nlld_sm_min_subsidy}.",
            "The subsidy ({subsidy_before_cap_eur}: the amount requested, at most 80% of the "
            "project costs) is at least {nlld_sm_min_subsidy}.",
        ),
        not_met=t(
            "De subsidie ({subsidy_before_cap_eur}: het aangevraagde bedrag, ten hoogste 80% van "
            "de projectkosten) is minder dan het minimum van {nlld_sm_min_subsidy} per aanvraag.",
            "The subsidy ({subsidy_before_cap_eur}: the amount requested, at most 80% of the "
            "project costs) is below the minimum of {nlld_sm_min_subsidy} per application.",
        ),
        unknown=t(
            "Nodig: het aangevraagde bedrag en de projectkosten.",
            "Needed: the amount requested and the project costs.",
        ),
    ),
)

CRITERION_IDS = [c.id for c in CRITERIA]

NOTES = (
    Note(
        id="amounts_from_secondary_sources",
        citation=AMOUNTS,
        for_advisers=True,
        text=t(
            "Het minimum (€ 300.000), het maximum (€ 5.000.000) per aanvraag en de grens van 80 % "
            "van de kosten komen uit secundaire bronnen (Innofunding, 2 maart 2021; Rendement, 16 "
            "maart 2021); de artikelen zelf zijn niet gelezen.",
            "The minimum (€300,000), the maximum (€5,000,000) per application and the 80 % limit "
            "come from secondary sources (Innofunding, 2 March 2021; Rendement, 16 March 2021); "
            "the articles themselves were not read.",
        ),
    ),
    Note(
        id="capped_at_maximum",
        when=x.param("nlld_sm_max_subsidy") < x.out("subsidy_before_cap_eur"),
        citation=AMOUNTS,
        text=t(
            "Het bedrag is hier afgetopt op {nlld_sm_max_subsidy}, het maximum per aanvraag. Vraag "
            "ten hoogste het maximum aan.",
            "The amount is capped here at {nlld_sm_max_subsidy}, the maximum per application. "
            "Request at most the maximum.",
        ),
    ),
    Note(
        id="capped_or_refused",
        when=x.param("nlld_sm_max_subsidy") < x.out("subsidy_before_cap_eur"),
        citation=AMOUNTS,
        for_advisers=True,
        text=t(
            "Of een aanvraag boven het maximum werd afgetopt of afgewezen, is niet nagegaan.",
            "Whether a request above the maximum was capped or refused was not verified.",
        ),
    ),
    Note(
        id="budget_tranches",
        citation=AMOUNTS,
        text=t(
            "Budget: € 70 miljoen, waarvan € 14 miljoen voor aanvragen van € 300.000 tot € 1 "
            "miljoen en € 56 miljoen voor aanvragen van € 1 tot € 5 miljoen. Toekenning hing af "
            "van het budget.",
            "Budget: €70 million, of which €14 million for applications of €300,000 to €1 "
            "million and €56 million for applications of €1 to €5 million. A grant depended on "
            "the budget.",
        ),
    ),
    Note(
        id="traject_rules",
        citation=AMOUNTS,
        text=t(
            "Eén traject per deelnemer, met ontwikkeladvies, begeleiding, scholing en EVC in elke "
            "combinatie; elke activiteit één keer, behalve scholing (ten hoogste drie).",
            "One traject per participant, combining development advice, guidance, training and "
            "EVC in any way; each activity once, except training (at most three).",
        ),
    ),
    Note(
        id="traject_sources",
        citation=AMOUNTS,
        for_advisers=True,
        text=t(
            "Budget en trajectregels komen uit Innofunding (2 maart 2021); een andere bron noemt "
            "€ 71,5 miljoen. Een maximum per deelnemer is niet gevonden.",
            "Budget and traject rules come from Innofunding (2 March 2021); another source says "
            "€71.5 million. No maximum per participant was found.",
        ),
    ),
    Note(
        id="sector_support",
        citation=REGULATION,
        text=t(
            "Er moest draagvlak in de sector zijn. Aanvragen die niet door werkgevers en "
            "werknemers samen werden gedaan, gingen voor een toets naar de Stichting van de Arbeid.",
            "The sector had to support the project. Applications not made jointly by employers "
            "and employees went to the Stichting van de Arbeid for a support check.",
        ),
    ),
    Note(
        id="self_employed_as_werkende",
        when=status.eq("zelfstandige"),
        citation=DEELNEMER,
        for_advisers=True,
        text=t(
            "Zelfstandigen zijn hier gerekend tot 'de werkende'. De begripsomschrijving van "
            "'werkende' in de regeling is niet gelezen.",
            "The self-employed are counted here as 'de werkende' (workers). The regulation's "
            "definition of 'werkende' was not read.",
        ),
    ),
    Note(
        id="jobseekers_from_december_2021",
        when=status.eq("werkzoekende"),
        citation=WIDENING,
        for_advisers=True,
        text=t(
            "Dat werkzoekenden vanaf december 2021 mochten meedoen (met € 3,2 miljoen extra, naar "
            "rato bij overvraging), komt uit een secundaire bron (Axis accountants). De "
            "ingangsdatum 7 december 2021 is afgeleid uit de tekst die tot en met 6 december 2021 "
            "gold.",
            "That jobseekers could take part from December 2021 (with €3.2 million extra, pro "
            "rata if oversubscribed) comes from a secondary source (Axis accountants). The start "
            "date of 7 December 2021 is inferred from the text valid until 6 December 2021.",
        ),
    ),
    Note(
        id="labour_market_link_inferred",
        citation=DEELNEMER,
        for_advisers=True,
        text=t(
            "Dat deelnemers een band met de Nederlandse arbeidsmarkt moesten hebben, is afgeleid "
            "(deelnemer is 'de werkende'); een aparte toets is niet gevonden.",
            "That participants needed a link with the Dutch labour market is inferred "
            "(participant is 'de werkende'); a separate test was not found.",
        ),
    ),
    Note(
        id="window_times",
        citation=WINDOW,
        for_advisers=True,
        text=t(
            "Het einde (26 april 2021, 17:00 uur) komt uit Rendement (16 maart 2021); de "
            "openingsdatum (15 maart 2021) is afgeleid uit de eerste geconsolideerde tekst. Deze "
            "check kijkt alleen naar de datum.",
            "The end (26 April 2021, 17:00) comes from Rendement (16 March 2021); the opening "
            "date (15 March 2021) is inferred from the first consolidated text. This check looks "
            "at the date only.",
        ),
    ),
    Note(
        id="widening_applications_not_verified",
        when=(x.on() >= WIDENED) & (x.on() < LAPSED),
        citation=WIDENING,
        for_advisers=True,
        text=t(
            "Met de verruiming van december 2021 kwam € 3,2 miljoen extra beschikbaar. Hoe en "
            "wanneer daarvoor aangevraagd kon worden, is niet nagegaan. Uitvoering kon tot 4 "
            "maanden langer, maar niet na 31 december 2022.",
            "The widening of December 2021 added €3.2 million. How and when one could apply for "
            "it was not verified. Projects could run up to 4 months longer, but not after 31 "
            "December 2022.",
        ),
    ),
    Note(
        id="what_exists_now",
        when=x.on() >= LAPSED,
        citation=LLO_LETTER_2025,
        text=t(
            "Voor scholing van werkenden kunnen werkgevers nu subsidie krijgen via SLIM of de "
            "Subsidieregeling praktijkleren. Werkenden kunnen zelf het levenlanglerenkrediet van "
            "DUO aanvragen (een lening).",
            "For training workers, employers can now get a subsidy through SLIM or the "
            "Subsidieregeling praktijkleren. Workers can apply themselves for DUO's "
            "Levenlanglerenkrediet (a loan).",
        ),
    ),
)

SCHEME = Scheme(
    id="nlld_sectoraal_maatwerk",
    version="2026.2",
    title=t(
        "NL leert door: sectoraal maatwerk (2021-2022)",
        "NL leert door: sector projects (2021-2022)",
    ),
    summary=t(
        "Kon een samenwerkingsverband uit een sector in 2021 subsidie aanvragen voor advies, "
        "begeleiding, scholing en EVC voor werkenden, en hoeveel ten hoogste?",
        "Could a sector partnership apply in 2021 for a subsidy for advice, guidance, training "
        "and EVC for workers, and for how much at most?",
    ),
    eligible_means=t(
        "Het samenwerkingsverband kon op de aanvraagdatum met deze bedragen aanvragen.",
        "The partnership could apply on the application date with these figures.",
    ),
    audience=(Audience.EMPLOYER, Audience.ADVISER),
    legal_basis=REGULATION,
    facts=FACTS,
    parameters=PARAMETERS,
    criteria=CRITERIA,
    outputs=(*OUTPUTS, participant_cost(WINDOWS, CRITERION_IDS)),
    notes=NOTES,
    not_assessed=(
        t(
            "Of het budget nog niet op was en of de sector het project steunde, beoordelen we "
            "niet. Uitvoering van Beleid SZW besliste daarover.",
            "We do not judge whether the budget was not used up and whether the sector supported "
            "the project. Uitvoering van Beleid SZW decided on that.",
        ),
    ),
    availability=AvailabilityRule(
        citation=WINDOW,
        in_force_from=OPENS,
        in_force_to=date(2022, 12, 30),
        windows=WINDOWS,
        windows_known_until=date(2021, 12, 6),
        unknown_text=t(
            "Na de verruiming van december 2021 kwam € 3,2 miljoen extra beschikbaar. Of u op "
            "deze datum kon aanvragen, zegt deze check niet; Uitvoering van Beleid SZW weet het.",
            "After the widening of December 2021 €3.2 million was added. This check does not say "
            "whether one could apply on this date; Uitvoering van Beleid SZW knows.",
        ),
        successor=t(
            "er is geen vervolg onder de naam NL leert door (de regeling verviel per 31 december "
            "2022). Werkgevers kunnen subsidie voor scholing krijgen via SLIM of de "
            "Subsidieregeling praktijkleren; werkenden kunnen zelf het levenlanglerenkrediet van "
            "DUO aanvragen (een lening).",
            "there is no follow-up under the name NL leert door (the regulation lapsed as of 31 "
            "December 2022). Employers can get a training subsidy through SLIM or the "
            "Subsidieregeling praktijkleren; workers can apply themselves for DUO's "
            "Levenlanglerenkrediet (a loan).",
        ),
    ),
)
