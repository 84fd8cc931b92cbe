"""Links to the law open the text that was valid on the reference date."""

from __future__ import annotations

import re
from datetime import date

import pytest

from rules import evaluate, parse_facts, registry
from rules.texts import Citation, dated_url

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
