"""What the three NL leert door schemes (2020-2022) share: participant facts and conditions.

NL leert door was a corona crisis package. Participants never applied themselves: a career
adviser, a training provider or a sector partnership applied, and the participant paid
nothing. The participant of the advice and training schemes is a natural person with a link
to the Dutch labour market, 18 or older and below the AOW age (art. 1 of each regulation).
The facts here are shared by the three scheme modules; ``birth_date`` and the AOW table come
from :mod:`rules.schemes._shared`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rules import expr as x
from rules.facts import BoolFact, Choice, EnumFact
from rules.parameters import Parameter, Period
from rules.scheme import Criterion, Note, Output, OutputKind, Window
from rules.schemes._shared import AOW_LAW, below_aow_age
from rules.texts import Citation, t

__all__ = [
    "LLO_LETTER_2025",
    "NL_LABOUR_MARKET_LINK",
    "PARTICIPANT_STATUS",
    "age_criteria",
    "aow_table_note",
    "in_windows",
    "labour_market_link_criterion",
    "labour_market_link_note",
    "min_age_parameter",
    "participant_cost",
]

LLO_LETTER_2025 = Citation(
    title="Kamerbrief Voortgang Leven Lang Ontwikkelen (Kamerstuk 30 012, nr. 161)",
    article="brief van 18 december 2025",
    url="https://zoek.officielebekendmakingen.nl/kst-30012-161.html",
)

NL_LABOUR_MARKET_LINK = BoolFact(
    id="nl_labour_market_link",
    question=t(
        "Heeft de deelnemer een band met de Nederlandse arbeidsmarkt (werkt, werkte of zoekt "
        "werk in Nederland)?",
        "Does the participant have a link with the Dutch labour market (works, worked or "
        "seeks work in the Netherlands)?",
    ),
)

PARTICIPANT_STATUS = EnumFact(
    id="participant_status",
    question=t(
        "Wat is de positie van de deelnemer?",
        "What is the participant's position?",
    ),
    choices=(
        Choice(id="werkende", label=t("werkende (in loondienst)", "employed")),
        Choice(id="werkzoekende", label=t("werkzoekende", "jobseeker")),
        Choice(id="zelfstandige", label=t("zelfstandige (zzp'er)", "self-employed")),
    ),
)

BIRTH = x.fact("birth_date")

# The shared AOW table starts with the cohorts that reached the AOW age in 2022; for people
# born earlier it knows only that their AOW date lay before 2022.
_TABLE_FIRST_COHORT = date(1955, 9, 1)
_TABLE_FIRST_YEAR = date(2022, 1, 1)


def min_age_parameter(citation: Citation, start: date) -> Parameter:
    return Parameter(
        id="nlld_min_age_years",
        label=t("minimumleeftijd van de deelnemer", "minimum age of the participant"),
        unit="int",
        periods=(Period(start=start, value=18, citation=citation),),
    )


def age_criteria(citation: Citation, day_nl: str, day_en: str) -> tuple[Criterion, Criterion]:
    """18 or older, and below the AOW age, on the reference date (``day_*`` names it)."""
    adult = Criterion(
        id="min_age_18",
        label=t("18 jaar of ouder", "18 or older"),
        test=x.on() >= BIRTH.plus_months(x.param("nlld_min_age_years") * 12),
        citation=citation,
        met=t(
            f"Op {{on}} ({day_nl}) was de deelnemer {{nlld_min_age_years}} jaar of ouder.",
            f"On {{on}} ({day_en}) the participant was {{nlld_min_age_years}} or older.",
        ),
        not_met=t(
            f"Op {{on}} ({day_nl}) was de deelnemer (geboren {{birth_date}}) nog geen "
            "{nlld_min_age_years} jaar.",
            f"On {{on}} ({day_en}) the participant (born {{birth_date}}) was not yet "
            "{nlld_min_age_years}.",
        ),
        unknown=t("Nodig: de geboortedatum.", "Needed: the date of birth."),
    )
    below_aow = Criterion(
        id="below_aow_age",
        label=t("AOW-leeftijd nog niet bereikt", "Below the state-pension (AOW) age"),
        test=below_aow_age(),
        citation=citation,
        met=t(
            f"Op {{on}} ({day_nl}) had de deelnemer de AOW-leeftijd nog niet bereikt.",
            f"On {{on}} ({day_en}) the participant had not yet reached the AOW age.",
        ),
        not_met=t(
            f"Op {{on}} ({day_nl}) had de deelnemer (geboren {{birth_date}}) de AOW-leeftijd "
            "al bereikt.",
            f"On {{on}} ({day_en}) the participant (born {{birth_date}}) had already reached "
            "the AOW age.",
        ),
        unknown=t(
            "De AOW-datum is niet bekend: de geboortedatum ontbreekt, of de deelnemer is vóór "
            "1 september 1955 geboren (voor hen kent deze check de AOW-datum vóór 2022 niet "
            "precies).",
            "The AOW date is not known: the date of birth is missing, or the participant was "
            "born before 1 September 1955 (for them this check does not know the exact AOW "
            "date before 2022).",
        ),
    )
    return adult, below_aow


def aow_table_note() -> Note:
    return Note(
        id="aow_date_before_2022_not_known",
        when=(BIRTH < _TABLE_FIRST_COHORT) & (x.on() < _TABLE_FIRST_YEAR),
        citation=AOW_LAW,
        text=t(
            "Deze check kent de AOW-leeftijd per geboortedatum pas vanaf wie in 2022 AOW-"
            "gerechtigd werd. Voor wie vóór 1 september 1955 is geboren, is daarom niet "
            "bepaald of de AOW-leeftijd op {on} al was bereikt. Kijk uw AOW-datum na bij de SVB.",
            "This check knows the AOW age by date of birth only from those who reached it in "
            "2022. For people born before 1 September 1955 it therefore cannot tell whether "
            "the AOW age was reached on {on}. Look up your AOW date with the SVB.",
        ),
    )


def labour_market_link_criterion(citation: Citation) -> Criterion:
    return Criterion(
        id="labour_market_link",
        label=t("Band met de Nederlandse arbeidsmarkt", "Link with the Dutch labour market"),
        test=x.fact("nl_labour_market_link").eq(True),
        citation=citation,
        met=t(
            "De deelnemer heeft een band met de Nederlandse arbeidsmarkt.",
            "The participant has a link with the Dutch labour market.",
        ),
        not_met=t(
            "Alleen wie een band heeft met de Nederlandse arbeidsmarkt (werkt, werkte of werk "
            "zoekt in Nederland) kon meedoen.",
            "Only people with a link to the Dutch labour market (who work, worked or seek work "
            "in the Netherlands) could take part.",
        ),
        unknown=t(
            "Heeft de deelnemer een band met de Nederlandse arbeidsmarkt?",
            "Does the participant have a link with the Dutch labour market?",
        ),
    )


def labour_market_link_note(citation: Citation) -> Note:
    return Note(
        id="labour_market_link_test_not_verified",
        citation=citation,
        for_advisers=True,
        text=t(
            "Hoe de regeling 'band met de Nederlandse arbeidsmarkt' precies toetste, is niet "
            "gevonden. Hier geldt: de deelnemer werkt, werkte of zoekt werk in Nederland. Een "
            "latere regeling (EVC, 2022) eiste verzekerd werk in Nederland; of zo'n toets in "
            "2020 ook gold, is niet nagegaan.",
            "How the regulation tested the 'link with the Dutch labour market' exactly was not "
            "found. Here it means: the participant works, worked or seeks work in the "
            "Netherlands. A later regulation (EVC, 2022) required insured work in the "
            "Netherlands; whether such a test applied in 2020 was not verified.",
        ),
    )


def in_windows(windows: Sequence[Window]) -> x.Expr:
    """The reference date lies in one of ``windows`` (both ends included)."""
    return x.any_(*((x.on() >= w.opens) & (x.on() <= w.closes) for w in windows))


def participant_cost(windows: Sequence[Window], criterion_ids: Sequence[str]) -> Output:
    """0.00 for an eligible participant (inside a window, every criterion met); else none."""
    eligible = x.all_(in_windows(windows), *(x.crit(c) for c in criterion_ids))
    return Output(
        id="participant_cost_eur",
        kind=OutputKind.MONEY,
        label=t("kosten voor de deelnemer", "cost to the participant"),
        expr=x.if_(eligible, 0, None),
    )
