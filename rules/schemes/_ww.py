"""What the WW schemes share: the citations of the law, the maximum dagloon and 21.75.

``ww_recht`` caps the dagloon at the maximum valid on the first day of unemployment;
``ww_inkomensverrekening`` needs the same figures. They live here once, so the two cannot
drift apart. The benefit maximum follows the minimum wage and is re-indexed on 1 January
and 1 July (WW 1b(7)); each figure therefore holds for half a year at most, and a
half-year whose figure no source gives (1 July 2022, 2024 and 2025, and every half-year
after June 2026) has no value: whatever needs it is unknown, never guessed (spec 2.4).

Two small expression nodes the engine does not offer yet are defined here as well (see
their docstrings); they use only the public ``Expr`` protocol and can move into
``rules.expr`` unchanged.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules import expr as x
from rules.parameters import GapTexts, Parameter, Period, Rhythm
from rules.texts import Citation, Source, t

__all__ = [
    "DAGLOONBESLUIT_URL",
    "DAYS_PER_MONTH",
    "MAX_DAGLOON",
    "UWV_MAX_DAGLOON",
    "WWZ_START",
    "WW_URL",
    "dagloonbesluit",
    "first_of_month",
    "floor",
    "has_no_value",
    "ww",
]

WW_URL = "https://wetten.overheid.nl/BWBR0004045/2026-07-01"
DAGLOONBESLUIT_URL = "https://wetten.overheid.nl/BWBR0033471/2025-01-01"
UWV_MAX_DAGLOON = "https://www.uwv.nl/particulieren/bedragen/detail/maximumdagloon"
BEREKENSITE = "https://berekensite.nl/berekening-dagloon/"
WWZ_START = date(2015, 7, 1)


def ww(article: str, anchor: str) -> Citation:
    """An article of the Werkloosheidswet (consolidated text valid from 2026-07-01)."""
    return Citation(title="Werkloosheidswet", article=article, url=f"{WW_URL}#{anchor}")


def dagloonbesluit(article: str, anchor: str) -> Citation:
    return Citation(
        title="Dagloonbesluit werknemersverzekeringen",
        article=article,
        url=f"{DAGLOONBESLUIT_URL}#{anchor}",
    )


def _max_dagloon(
    start: date,
    end: date,
    euros: str,
    source: str,
    url: str = UWV_MAX_DAGLOON,
    grade: Source = "SEC",
) -> Period:
    return Period(
        start=start,
        end=end,
        value=int(Decimal(euros) * 100),
        citation=Citation(
            title="Maximumdagloon (Wfsv art. 17 lid 1, WW art. 1b lid 1 en 7)",
            article=source,
            url=url,
            source=grade,
        ),
    )


MAX_DAGLOON = Parameter(
    id="ww_max_dagloon",
    label=t("maximumdagloon", "maximum dagloon"),
    unit="money",
    # The same half-years and figures as ww_inkomensverrekening (spec 2.4). Half-years
    # without a published figure stay empty on purpose.
    periods=(
        _max_dagloon(
            date(2017, 7, 1), date(2017, 12, 31), "207.60", "hr-kiosk.nl; ontslag-krijgen.nl"
        ),
        _max_dagloon(date(2018, 1, 1), date(2018, 6, 30), "209.26", "flynth.nl"),
        _max_dagloon(
            date(2021, 7, 1), date(2021, 12, 31), "225.57", "UWV, Bedragen", grade="EXECUTOR"
        ),
        _max_dagloon(date(2022, 1, 1), date(2022, 6, 30), "228.76", "performa-hr.nl"),
        _max_dagloon(date(2023, 1, 1), date(2023, 6, 30), "256.54", "berekensite.nl", BEREKENSITE),
        _max_dagloon(date(2023, 7, 1), date(2023, 12, 31), "264.57", "berekensite.nl", BEREKENSITE),
        _max_dagloon(date(2024, 1, 1), date(2024, 6, 30), "274.44", "berekensite.nl", BEREKENSITE),
        _max_dagloon(
            date(2025, 1, 1),
            date(2025, 6, 30),
            "290.67",
            "Stcrt. 2024, 38722 (via berveling.nl)",
            "https://berveling.nl/premiepercentages-en-maximum-premieloon-2025",
        ),
        _max_dagloon(
            date(2026, 1, 1),
            date(2026, 6, 30),
            "304.25",
            "Stcrt. 2025, 42324 (via accountancyvanmorgen.nl)",
            "https://www.accountancyvanmorgen.nl/2025/12/08/premiepercentages-werknemers-en-volksverzekeringen-2026-vastgesteld/",
        ),
    ),
    # Wfsv art. 18 lid 1-2: revised on the day and by the percentage the minimum wage of
    # WML art. 8 lid 1 onder b is revised (1 January and 1 July, WML art. 14 lid 1-2), made
    # known in the Staatscourant. WML art. 14 lid 4: an indexation that would lower the
    # minimum wage leaves it unchanged, so the maximum does not fall either. (Only an order
    # in council under WML art. 14 lid 5, 13 or 14 could lower it; none is in force.)
    never_falls=Citation(
        title="Wet financiering sociale verzekeringen",
        article="art. 18 lid 1, met art. 14 lid 4 Wet minimumloon en minimumvakantiebijslag",
        url="https://wetten.overheid.nl/BWBR0017745/2026-07-01#Artikel18",
    ),
    rhythm=Rhythm(
        text=t(
            "halfjaarlijks per 1 januari en 1 juli, bekendgemaakt in de Staatscourant in de "
            "maand ervoor",
            "half-yearly on 1 January and 1 July, published in the Staatscourant in the "
            "preceding month",
        ),
        starts=((1, 1), (7, 1)),
    ),
    gap_texts=GapTexts(
        missing=t(
            "Het maximumdagloon voor deze datum is nog niet bekendgemaakt.",
            "The maximum dagloon for this date has not been published yet.",
        ),
        decided=t(
            "Uw dagloon ligt onder het laatst bekende maximum, dus dit bedrag verandert "
            "daardoor niet.",
            "Your dagloon is below the last known maximum, so this amount does not change "
            "because of it.",
        ),
        waiting=t(
            "Uw dagloon ligt boven het laatst bekende maximum; uw dagloon en uitkering volgen "
            "zodra het nieuwe maximum bekend is.",
            "Your dagloon is above the last known maximum; your dagloon and benefit follow "
            "once the new maximum is published.",
        ),
    ),
)

DAYS_PER_MONTH = Parameter(
    id="ww_days_per_month",
    label=t("werkdagen per maand voor het maandloon", "working days a month for the maandloon"),
    periods=(
        Period(
            start=WWZ_START,
            value=Decimal("21.75"),
            citation=ww("art. 1b lid 2", "Artikel1b"),
        ),
    ),
)


# Expression helpers ---------------------------------------------------------------------


def floor(value: x.Expr) -> x.Expr:
    """The whole part of a number that is never negative (durations in months)."""
    return x.floor(value)


def has_no_value(param_id: str) -> x.Expr:
    """True when the parameter has no value on the reference date."""
    return x.param(param_id).is_unknown()


def first_of_month(day: x.Expr) -> x.Expr:
    """The first day of the calendar month of a date (WW 20(1)(d), 21(1))."""
    return day.first_of_month()
