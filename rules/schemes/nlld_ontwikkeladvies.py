"""Tijdelijke subsidieregeling NL leert door met inzet van ontwikkeladvies (NLDOA), 2020-2021.

Free development advice: a career adviser registered the participant in UVB's portal and was
subsidised afterwards. A participant is a natural person with a link to the Dutch labour
market, 18 or older and below the AOW age on the day of registration (art. 1(d)). Reference
date: the day of registration.

Registrations opened on 1 August 2020 and stopped on 2 September 2020, when the maximum of
about 22,000 was reached. The amendment of 16 November 2020 (Stcrt. 2020, 60837) ended the
first period formally on 31 December 2020 and added a second period with EUR 35 m for 2021,
whose dates were not verified: from that amendment until the regulation lapsed on 1 January
2022 availability is unknown.
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

STCRT_2020_39785 = "https://zoek.officielebekendmakingen.nl/stcrt-2020-39785.html"
STCRT_2020_60837 = "https://zoek.officielebekendmakingen.nl/stcrt-2020-60837.html"
CONSOLIDATED = "https://wetten.overheid.nl/BWBR0043943/2020-09-05"

DEELNEMER = Citation(
    title="Tijdelijke subsidieregeling NL leert door met inzet van ontwikkeladvies",
    article="art. 1 onder d (deelnemer)",
    url=STCRT_2020_39785,
)
AMENDMENT_2020 = Citation(
    title="Wijziging NL leert door-subsidieregelingen (Stcrt. 2020, 60837)",
    article="art. I (art. 4, 5 en 6)",
    url=STCRT_2020_60837,
)

WINDOWS = (
    # Open from 1 August 2020; "from now on" closed on 2 September 2020 (maximum reached).
    Window(id="registratie 2020", opens=date(2020, 8, 1), closes=date(2020, 9, 1)),
)
AMENDMENT_DATE = date(2020, 11, 16)
LAPSED = date(2022, 1, 1)

CRITERIA = (
    *age_criteria(DEELNEMER, "de dag van registratie", "the day of registration"),
    labour_market_link_criterion(DEELNEMER),
)

NOTES = (
    labour_market_link_note(DEELNEMER),
    aow_table_note(),
    Note(
        id="registration_by_adviser",
        citation=AMENDMENT_2020,
        text=t(
            "De deelnemer meldde zich niet zelf aan: een loopbaanadviseur registreerde de "
            "deelnemer en vroeg daarna de subsidie aan. De adviseur moest gecertificeerd zijn "
            "(CMI of Noloc-erkend; vanaf november 2020 ook Noloc Register Loopbaanprofessional) "
            "en mocht vanaf november 2020 ten hoogste 25 trajecten per dag registreren. In de "
            "praktijk kreeg de deelnemer vier gratis gesprekken.",
            "Participants did not sign up themselves: a career adviser registered them and then "
            "applied for the subsidy. The adviser had to be certified (CMI or Noloc-recognised; "
            "from November 2020 also Noloc Register Loopbaanprofessional) and from November "
            "2020 could register at most 25 trajects a day. In practice the participant had four "
            "free sessions.",
        ),
    ),
    Note(
        id="first_period_closed_early",
        when=(x.on() >= date(2020, 9, 1)) & (x.on() <= date(2020, 12, 31)),
        citation=AMENDMENT_2020,
        text=t(
            "Op 2 september 2020 was het maximum van ongeveer 22.000 registraties bereikt; "
            "daarna kon niemand zich meer aanmelden. Formeel liep de eerste periode tot 31 "
            "december 2020, 17:00 uur.",
            "On 2 September 2020 the maximum of about 22,000 registrations was reached; after "
            "that nobody could sign up. Formally the first period ran until 31 December 2020, "
            "17:00.",
        ),
    ),
    Note(
        id="first_period_closing_source",
        when=(x.on() >= date(2020, 9, 1)) & (x.on() <= date(2020, 12, 31)),
        citation=AMENDMENT_2020,
        for_advisers=True,
        text=t(
            "De sluiting op 2 september 2020 komt uit een nieuwsbericht van de Rijksoverheid "
            "('Maximum aantal ontwikkeladviezen bereikt'); het precieze tijdstip is niet "
            "gepubliceerd. Hier is 1 september de laatste dag.",
            "The closing on 2 September 2020 comes from a government news item ('Maximum aantal "
            "ontwikkeladviezen bereikt'); the exact time was not published. Here 1 September is "
            "the last day.",
        ),
    ),
    Note(
        id="second_period_dates_not_verified",
        when=(x.on() > AMENDMENT_DATE) & (x.on() <= date(2021, 12, 31)),
        citation=AMENDMENT_2020,
        for_advisers=True,
        text=t(
            "De wijziging van 16 november 2020 voegde een tweede registratieperiode toe met "
            "€ 35 miljoen voor 2021. De data van die periode zijn niet nagegaan; of registratie "
            "op {on} kon, is daarom niet bepaald.",
            "The amendment of 16 November 2020 added a second registration period with €35 "
            "million for 2021. Its dates were not verified, so whether registration was "
            "possible on {on} is not decided.",
        ),
    ),
    Note(
        id="all_positions_could_join",
        when=~x.fact("participant_status").is_none(),
        citation=DEELNEMER,
        text=t(
            "Werkenden, werkzoekenden en zelfstandigen konden alle drie meedoen; de positie "
            "van de deelnemer maakt voor de uitkomst niet uit.",
            "Employed people, jobseekers and the self-employed could all take part; the "
            "participant's position does not change the outcome.",
        ),
    ),
    Note(
        id="what_exists_now",
        when=x.on() >= LAPSED,
        citation=LLO_LETTER_2025,
        text=t(
            "Er is nu geen regeling meer voor gratis ontwikkeladvies. Voor een opleiding kunt u "
            "het levenlanglerenkrediet van DUO aanvragen (een lening). Werkgevers kunnen via SLIM "
            "subsidie krijgen voor loopbaanadvies en scholing, en via de Subsidieregeling "
            "praktijkleren voor leerwerkplekken.",
            "There is no scheme for free development advice any more. For a training you can "
            "apply for DUO's Levenlanglerenkrediet (a loan). Employers can get a subsidy for "
            "career advice and training through SLIM, and for work-based learning places through "
            "the Subsidieregeling praktijkleren.",
        ),
    ),
    Note(
        id="adviser_subsidy_not_verified",
        citation=DEELNEMER,
        for_advisers=True,
        text=t(
            "Het subsidiebedrag dat de adviseur per traject kreeg, is niet gevonden (geschat "
            "rond € 700). Voor de deelnemer was het traject gratis.",
            "The subsidy the adviser received per traject was not found (estimated at around "
            "€700). For the participant the traject was free.",
        ),
    ),
)

SCHEME = Scheme(
    id="nlld_ontwikkeladvies",
    version="2026.2",
    title=t(
        "NL leert door: gratis ontwikkeladvies (2020-2021)",
        "NL leert door: free development advice (2020-2021)",
    ),
    summary=t(
        "Kon iemand in 2020 of 2021 gratis ontwikkeladvies krijgen bij een loopbaanadviseur?",
        "Could someone get free development advice from a career adviser in 2020 or 2021?",
    ),
    eligible_means=t(
        "Deze persoon kon op de dag van registratie gratis meedoen.",
        "This person could take part free of charge on the day of registration.",
    ),
    audience=(Audience.WORKER, Audience.ADVISER),
    legal_basis=Citation(
        title="Tijdelijke subsidieregeling NL leert door met inzet van ontwikkeladvies",
        article="Stcrt. 2020, 39785",
        url=CONSOLIDATED,
    ),
    facts=(BIRTH_DATE, NL_LABOUR_MARKET_LINK, PARTICIPANT_STATUS),
    parameters=(AOW_AGE, min_age_parameter(DEELNEMER, date(2020, 7, 17))),
    criteria=CRITERIA,
    outputs=(participant_cost(WINDOWS, [c.id for c in CRITERIA]),),
    notes=NOTES,
    not_assessed=(
        t(
            "Of er op de dag van registratie nog plaats was, kunnen we niet zien; de plaatsen "
            "waren snel op. Uitvoering van Beleid SZW weet het.",
            "We cannot see whether there was still room on the day of registration; the places "
            "went quickly. Uitvoering van Beleid SZW knows.",
        ),
        t(
            "Of de loopbaanadviseur erkend was, beoordelen we niet. Vraag het de adviseur.",
            "We do not judge whether the career adviser was certified. Ask the adviser.",
        ),
    ),
    availability=AvailabilityRule(
        citation=Citation(
            title="Tijdelijke subsidieregeling NL leert door met inzet van ontwikkeladvies",
            article="art. 6 (registratie); vervallen per 1 januari 2022",
            url=CONSOLIDATED,
        ),
        # Registration opened on 1 August 2020; nobody could take part before.
        in_force_from=date(2020, 8, 1),
        in_force_to=date(2021, 12, 31),  # vervallen per 1 januari 2022
        windows=WINDOWS,
        windows_known_until=AMENDMENT_DATE,
        unknown_text=t(
            "Vanaf 16 november 2020 was er een tweede registratieperiode (€ 35 miljoen voor "
            "2021). Of registratie op deze datum kon, zegt deze check niet; Uitvoering van Beleid "
            "SZW weet het.",
            "From 16 November 2020 there was a second registration period (€35 million for "
            "2021). This check does not say whether registration was possible on this date; "
            "Uitvoering van Beleid SZW knows.",
        ),
        successor=t(
            "er is geen gratis ontwikkeladvies via NL leert door meer (de regeling verviel op "
            "1 januari 2022). Voor een opleiding kunt u het levenlanglerenkrediet van DUO "
            "aanvragen (een lening). Werkgevers kunnen via SLIM subsidie krijgen voor "
            "loopbaanadvies en scholing, en via de Subsidieregeling praktijkleren voor "
            "leerwerkplekken.",
            "there is no free development advice under NL leert door any more (the regulation "
            "lapsed on 1 January 2022). For a training you can apply for DUO's "
            "Levenlanglerenkrediet (a loan). Employers can get a subsidy for career advice and "
            "training through SLIM, and for work-based learning places through the "
            "Subsidieregeling praktijkleren.",
        ),
    ),
)
