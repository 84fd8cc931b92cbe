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
INNOFUNDING = Citation(
    title="Innofunding, Nieuwe NL leert door-regeling ondersteunt sectoraal maatwerk (2 maart 2021)",
    article="subsidiebedrag per aanvraag en budget",
    url="https://www.innofunding.nl/nl/nieuws/02/03/21/nieuwenl-leert-doorregeling-ondersteuntsectoraal-maatwerk/",
    source="SEC",
)
RENDEMENT = Citation(
    title="Rendement, Nieuwe subsidie NL leert door voor scholing in sectoren (16 maart 2021)",
    article="aanvragen tot 26 april 2021, 17:00; maximaal 80% van de kosten",
    url="https://www.rendement.nl/opleiding-en-ontwikkeling/nieuws/nieuwe-subsidie-nl-leert-door-voor-scholing-in-sectoren.html",
    source="SEC",
)
AXIS = Citation(
    title="Axis accountants, Verruiming NL leert door sectoraal maatwerk",
    article="verruiming december 2021 (werkzoekenden; € 3,2 miljoen)",
    url="https://axis-accountants.com/axis-nieuws/verruiming-nl-leert-door-sectoraal-maatwerk-c02e5fda32b740a39aa0328d15c5874b/",
    source="SEC",
)
STVDA = Citation(
    title="Stichting van de Arbeid, Regeling maatwerk",
    article="draagvlaktoets",
    url="https://www.stvda.nl/nl/stichting-van-de-arbeid/nieuws/regeling-maatwerk",
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
        periods=_from_adoption(30_000_000, INNOFUNDING),
    ),
    Parameter(
        id="nlld_sm_max_subsidy",
        label=t("maximaal subsidiebedrag per aanvraag", "maximum subsidy per application"),
        unit="money",
        periods=_from_adoption(500_000_000, INNOFUNDING),
    ),
    Parameter(
        id="nlld_sm_max_share",
        label=t("maximaal deel van de projectkosten", "maximum share of the project costs"),
        periods=_from_adoption(Decimal("0.80"), RENDEMENT),
    ),
    Parameter(
        id="nlld_sm_jobseekers_included",
        label=t("werkzoekenden als deelnemer", "jobseekers as participants"),
        unit="bool",
        periods=(
            Period(start=ADOPTED, end=date(2021, 12, 6), value=False, citation=DEELNEMER),
            Period(start=WIDENED, value=True, citation=AXIS),
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
            article="art. 1 (deelnemer); afgeleid",
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
        citation=INNOFUNDING,
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
        citation=INNOFUNDING,
        text=t(
            "Het minimum (€ 300.000), het maximum (€ 5.000.000) per aanvraag en de grens van 80% "
            "van de kosten komen uit secundaire bronnen; de artikelen zelf zijn niet gelezen.",
            "The minimum (€300,000), the maximum (€5,000,000) per application and the 80% limit "
            "come from secondary sources; the articles themselves were not read.",
        ),
    ),
    Note(
        id="capped_at_maximum",
        when=x.param("nlld_sm_max_subsidy") < x.out("subsidy_before_cap_eur"),
        citation=INNOFUNDING,
        text=t(
            "Het bedrag is hier afgetopt op {nlld_sm_max_subsidy}, het maximum per aanvraag. "
            "Of een hogere aanvraag werd afgetopt of afgewezen, is niet nagegaan; vraag ten "
            "hoogste het maximum aan.",
            "The amount is capped here at {nlld_sm_max_subsidy}, the maximum per application. "
            "Whether a higher request was capped or refused was not verified; request at most "
            "the maximum.",
        ),
    ),
    Note(
        id="budget_tranches",
        citation=INNOFUNDING,
        text=t(
            "Budget: € 70 miljoen, waarvan € 14 miljoen voor aanvragen van € 300.000 tot € 1 "
            "miljoen en € 56 miljoen voor aanvragen van € 1 tot € 5 miljoen (andere bronnen "
            "noemen € 71,5 miljoen). Toekenning hing af van het budget.",
            "Budget: €70 million, of which €14 million for applications of €300,000 to €1 "
            "million and €56 million for applications of €1 to €5 million (other sources say "
            "€71.5 million). A grant depended on the budget.",
        ),
    ),
    Note(
        id="traject_rules",
        citation=INNOFUNDING,
        text=t(
            "Eén traject per deelnemer, met ontwikkeladvies, begeleiding, scholing en EVC in elke "
            "combinatie; elke activiteit één keer, behalve scholing (ten hoogste drie). Een "
            "maximum per deelnemer is niet gevonden.",
            "One traject per participant, combining development advice, guidance, training and "
            "EVC in any way; each activity once, except training (at most three). No maximum "
            "per participant was found.",
        ),
    ),
    Note(
        id="sector_support",
        citation=STVDA,
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
        citation=AXIS,
        text=t(
            "Dat werkzoekenden vanaf december 2021 mochten meedoen (met € 3,2 miljoen extra, naar "
            "rato bij overvraging), komt uit een secundaire bron. De ingangsdatum 7 december "
            "2021 is afgeleid uit de tekst die tot en met 6 december 2021 gold.",
            "That jobseekers could take part from December 2021 (with €3.2 million extra, pro "
            "rata if oversubscribed) comes from a secondary source. The start date of 7 "
            "December 2021 is inferred from the text valid until 6 December 2021.",
        ),
    ),
    Note(
        id="labour_market_link_inferred",
        citation=DEELNEMER,
        text=t(
            "Dat deelnemers een band met de Nederlandse arbeidsmarkt moesten hebben, is afgeleid "
            "(deelnemer is 'de werkende'); een aparte toets is niet gevonden.",
            "That participants needed a link with the Dutch labour market is inferred "
            "(participant is 'de werkende'); a separate test was not found.",
        ),
    ),
    Note(
        id="window_times",
        citation=RENDEMENT,
        text=t(
            "Aanvragen kon tot en met 26 april 2021, 17:00 uur. De openingsdatum (15 maart "
            "2021) is afgeleid uit de eerste geconsolideerde tekst; deze check kijkt alleen naar "
            "de datum.",
            "Applications were possible until 26 April 2021, 17:00. The opening date (15 March "
            "2021) is inferred from the first consolidated text; this check looks at the date only.",
        ),
    ),
    Note(
        id="widening_applications_not_verified",
        when=(x.on() >= WIDENED) & (x.on() < LAPSED),
        citation=AXIS,
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
            "Een nieuwe regeling voor leven lang ontwikkelen is nog niet gepubliceerd; het "
            "kabinet reageert in het voorjaar van 2026 op een verkenning (Kamerbrief van 18 "
            "december 2025).",
            "A new lifelong-learning scheme has not been published yet; the cabinet will "
            "respond to an exploration in spring 2026 (letter to parliament of 18 December 2025).",
        ),
    ),
)

SCHEME = Scheme(
    id="nlld_sectoraal_maatwerk",
    version="2026.1",
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
    availability=AvailabilityRule(
        citation=RENDEMENT,
        in_force_from=OPENS,
        in_force_to=date(2022, 12, 30),
        windows=WINDOWS,
        windows_known_until=date(2021, 12, 6),
        unknown_text=t(
            "Na de verruiming van december 2021 kwam € 3,2 miljoen extra beschikbaar; of en "
            "wanneer daarvoor aangevraagd kon worden, is niet nagegaan.",
            "After the widening of December 2021 €3.2 million was added; whether and when one "
            "could apply for it was not verified.",
        ),
        successor=t(
            "er is geen vervolg onder de naam NL leert door (de regeling verviel per 31 december "
            "2022). Voor scholing via de werkgever is er de SLIM-scholingssubsidie (sinds 2025). "
            "Een nieuwe regeling voor leven lang ontwikkelen is nog niet gepubliceerd (Kamerbrief "
            "van 18 december 2025).",
            "there is no follow-up under the name NL leert door (the regulation lapsed as of 31 "
            "December 2022). For training through the employer there is the SLIM training "
            "subsidy (since 2025). A new lifelong-learning scheme has not been published yet "
            "(letter to parliament of 18 December 2025).",
        ),
    ),
)
