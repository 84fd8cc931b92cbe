"""Links to the law open the text that was valid on the reference date; figures of the law
read in sentences as the law writes them."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from rules import evaluate, parse_facts, registry
from rules.scheme import Note
from rules.texts import Citation, Text, dated_url, format_figure, t
from tests.rules import toy_scheme as toy

ON = date(2025, 3, 15)


@pytest.mark.parametrize(
    ("url", "dated"),
    [
        (
            "https://wetten.overheid.nl/BWBR0004045/2026-07-01#Hoofdstuk2_Artikel21",
            "https://wetten.overheid.nl/BWBR0004045/2025-03-15#Hoofdstuk2_Artikel21",
        ),
        (
            "https://wetten.overheid.nl/BWBR0004045/2020-01-01/0#Artikel21",
            "https://wetten.overheid.nl/BWBR0004045/2025-03-15#Artikel21",
        ),
        (
            "https://wetten.overheid.nl/BWBR0011173",
            "https://wetten.overheid.nl/BWBR0011173/2025-03-15",
        ),
        ("https://www.uwv.nl/nl/ww", "https://www.uwv.nl/nl/ww"),
        (
            "https://zoek.officielebekendmakingen.nl/stcrt-2025-12345.html",
            "https://zoek.officielebekendmakingen.nl/stcrt-2025-12345.html",
        ),
    ],
)
def test_a_link_to_the_law_is_dated_on_the_reference_date(url: str, dated: str) -> None:
    assert dated_url(url, ON) == dated


def test_a_citation_dated_on_a_day_never_links_to_a_later_version() -> None:
    later = Citation(
        title="Werkloosheidswet",
        article="art. 21",
        url="https://wetten.overheid.nl/BWBR0004045/2026-07-01#Artikel21",
    )
    assert later.as_dict(ON)["url"] == "https://wetten.overheid.nl/BWBR0004045/2025-03-15#Artikel21"
    assert later.as_dict()["url"] == later.url


@pytest.mark.parametrize("scheme_id", [s.id for s in registry])
def test_every_link_in_a_result_opens_the_law_of_the_reference_date(scheme_id: str) -> None:
    scheme = registry.get(scheme_id)
    text = str(evaluate(scheme, parse_facts({}, scheme), ON).to_json())

    links = re.findall(r"https://wetten\.overheid\.nl/[^'\s]*", text)
    assert links, "every scheme cites the law"
    for link in links:
        assert re.match(r"https://wetten\.overheid\.nl/BWB[RV]\d+/2025-03-15(#|$)", link), link


# Figures in sentences -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "unit", "nl", "en"),
    [
        (500_000, "money", "€ 5.000", "€5,000"),  # set by law in whole euros: no cents
        (30_000_000, "money", "€ 300.000", "€300,000"),
        (30_991, "money", "€ 309,91", "€309.91"),  # a figure with cents keeps them
        (21_928, "money", "€ 219,28", "€219.28"),
        (Decimal("0.46"), "percent", "0,46 %", "0.46%"),  # stored in points
        (Decimal("2.5"), "percent", "2,5 %", "2.5%"),
        (1280, "int", "1.280", "1,280"),
        (26, "int", "26", "26"),
        (Decimal("26"), "decimal", "26", "26"),
        (Decimal("21.75"), "decimal", "21,75", "21.75"),
        (date(2026, 10, 31), "date", "31 oktober 2026", "31 October 2026"),
        (True, "bool", "ja", "yes"),
    ],
)
def test_a_figure_reads_by_its_unit(value: object, unit: str, nl: str, en: str) -> None:
    assert format_figure(value, unit, "nl") == nl
    assert format_figure(value, unit, "en") == en


def _toy_note(text: Text) -> dict[str, str]:
    scheme = toy.build(notes=(Note(id="figures", text=text),))
    result = evaluate(scheme, {}, toy.ON)
    return result.to_json()["notes"][0]["text"]


def test_a_sentence_names_figures_and_reads_them_as_the_law_writes_them() -> None:
    text = t(
        "Grens {toy_income_limit}, percentage {toy_rate:%}.",
        "Limit {toy_income_limit}, rate {toy_rate:%}.",
    )
    assert _toy_note(text) == {
        "nl": "Grens € 2.000, percentage 75 %.",
        "en": "Limit €2,000, rate 75%.",
    }


def test_a_fraction_reads_as_its_decimal_without_the_percent_sign() -> None:
    assert _toy_note(t("{toy_rate}", "{toy_rate}")) == {"nl": "0,75", "en": "0.75"}


def test_a_figure_without_a_value_on_the_date_reads_as_a_question_mark() -> None:
    scheme = toy.build(notes=(Note(id="figures", text=t("{toy_rate:%}", "{toy_rate:%}")),))
    result = evaluate(scheme, {}, toy.RATE_GAP)
    assert result.to_json()["notes"][0]["text"] == {"nl": "?", "en": "?"}


def test_answers_and_amounts_computed_keep_their_cents() -> None:
    text = t("{toy_income_eur} {benefit_eur}", "{toy_income_eur} {benefit_eur}")
    scheme = toy.build(notes=(Note(id="figures", text=text),))
    result = evaluate(scheme, {"toy_income_eur": 100_000}, toy.ON)  # cents
    assert result.to_json()["notes"][0]["text"] == {
        "nl": "€ 1.000,00 € 750,00",
        "en": "€1,000.00 €750.00",
    }
