"""What the WW schemes share: the citations of the law, the maximum dagloon and 21.75.

``ww_recht`` caps the dagloon at the maximum valid on the first day of unemployment;
``ww_inkomensverrekening`` needs the same figures. They live here once, so the two cannot
drift apart. The benefit maximum follows the minimum wage and is re-indexed on 1 January
and 1 July (Wfsv 18(1), WW 1b(7)); each figure therefore holds for half a year. Every
half-year from July 2017 to December 2026 has its figure; the next one (1 January 2027)
is not published yet, so a later date has no value and nothing is guessed.

Two small expression nodes the engine does not offer yet are defined here as well (see
their docstrings); they use only the public ``Expr`` protocol and can move into
``rules.expr`` unchanged.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules import expr as x
from rules.parameters import GapTexts, Parameter, Period, Rhythm
from rules.scheme import Note
from rules.texts import Citation, t

__all__ = [
    "DAGLOONBESLUIT_URL",
    "DAYS_PER_MONTH",
    "MAX_DAGLOON",
    "MAX_DAGLOON_KNOWN_UNTIL",
    "MAX_DAGLOON_NOTE",
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


WFSV_TITLE = "Wet financiering sociale verzekeringen"


def _max_dagloon(start: date, end: date, euros: str, published_in: str) -> Period:
    """One half-year of the maximum dagloon: the Wfsv art. 17(1) amount for a one-day wage
    period, revised on 1 January and 1 July with the minimum wage (Wfsv 18(1), WW 1b(7)).
    The citation is the statute valid on the first day; ``published_in`` names where the
    figure was announced (WW 1b(8)) or how it was computed."""
    return Period(
        start=start,
        end=end,
        value=int(Decimal(euros) * 100),
        citation=Citation(
            title=f"{WFSV_TITLE} (maximumdagloon; WW art. 1b lid 1, 7 en 8)",
            article=f"art. 17 lid 1 en 18 lid 1; {published_in}",
            url=f"https://wetten.overheid.nl/BWBR0017745/{start.isoformat()}#Artikel17",
            source="OFF",
        ),
    )


def _half_year(year: int, second: bool) -> tuple[date, date]:
    if second:
        return date(year, 7, 1), date(year, 12, 31)
    return date(year, 1, 1), date(year, 6, 30)


_RULES = "Rekenregels (Staatscourant)"
_COMPUTED = "berekend volgens art. 18 lid 1 Wfsv (stijging van het minimumloon)"

# Every half-year from 1 July 2017 to 31 December 2026. Each figure is the published
# amount of the Rekenregels; those of 1 July 2025 and 1 July 2026 are recomputed by the
# statutory method (the previous amount x 261, raised by the minimum-wage percentage,
# rounded to a multiple of EUR 2.61, / 261) and agree with every figure reported for them.
# The maximum for 1 January 2027 is not published yet: no period, never a guess.
_MAX_DAGLOON_FIGURES = (
    (2017, True, "207.60", _RULES),
    (2018, False, "209.26", _RULES),
    (2018, True, "211.42", _RULES),
    (2019, False, "214.28", _RULES),
    (2019, True, "216.90", _RULES),
    (2020, False, "219.28", _RULES),
    (2020, True, "222.78", _RULES),
    (2021, False, "223.40", _RULES),
    (2021, True, "225.57", _RULES),
    (2022, False, "228.76", _RULES),
    (2022, True, "232.90", _RULES),
    (2023, False, "256.54", _RULES),
    (2023, True, "264.57", _RULES),
    (2024, False, "274.44", _RULES),
    (2024, True, "282.95", "Rekenregels per 1 juli 2024 (Stcrt. 2024, 17898)"),
    (2025, False, "290.67", "Stcrt. 2024, 38722"),
    (2025, True, "297.82", _COMPUTED + ": + 2,46 %"),
    (2026, False, "304.25", "Stcrt. 2025, 42324"),
    (2026, True, "309.91", _COMPUTED + ": + 1,86 %"),
)

MAX_DAGLOON_KNOWN_UNTIL = date(2026, 12, 31)

MAX_DAGLOON = Parameter(
    id="ww_max_dagloon",
    label=t("maximumdagloon", "maximum dagloon"),
    unit="money",
    periods=tuple(
        _max_dagloon(*_half_year(year, second), euros, source)
        for year, second, euros, source in _MAX_DAGLOON_FIGURES
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


MAX_DAGLOON_NOTE = Note(
    id="max_dagloon_sources",
    for_advisers=True,
    citation=Citation(
        title=WFSV_TITLE,
        article="art. 17 lid 1 en 18 lid 1",
        url="https://wetten.overheid.nl/BWBR0017745/2026-07-01#Artikel17",
    ),
    text=t(
        "Maximumdagloon: per halfjaar het bedrag uit de Rekenregels (art. 1b lid 8 WW). De "
        "bedragen per 1 juli 2025 (€ 297,82) en 1 juli 2026 (€ 309,91) zijn nagerekend met de "
        "methode van art. 18 lid 1 Wfsv: het vorige bedrag maal 261, verhoogd met het "
        "percentage van het minimumloon (2,46 % en 1,86 %), afgerond op een veelvoud van "
        "€ 2,61 en gedeeld door 261. Het bedrag per 1 januari 2027 is nog niet bekendgemaakt.",
        "Maximum dagloon: for each half-year the amount of the Rekenregels (WW art. 1b(8)). "
        "The amounts from 1 July 2025 (EUR 297.82) and 1 July 2026 (EUR 309.91) were "
        "recomputed by the method of Wfsv art. 18(1): the previous amount times 261, raised by "
        "the minimum-wage percentage (2.46% and 1.86%), rounded to a multiple of EUR 2.61 and "
        "divided by 261. The amount from 1 January 2027 has not been published yet.",
    ),
)
