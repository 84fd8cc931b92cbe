"""Answers read back ("check your answers", the handover) as each fact's kind writes them."""

from __future__ import annotations

from datetime import date

import rules
from webapp.questionnaire import presenters

ANSWERS = {
    "training_price_eur": "1234.56",
    "birth_date": "2026-12-07",
    "stap_granted_same_year": True,
    "enterprise_sector": "landbouw",
    "slim_activities": ["doorlichting", "loopbaanadvies"],
    "enterprise_staff": "66.670",
}


def shown(lang: str) -> dict[str, object]:
    rows = presenters.answer_rows(ANSWERS, [], list(ANSWERS), lang)
    return {row["id"]: row.get("text", row.get("date")) for row in rows}


def test_each_answer_reads_the_way_its_kind_writes_it() -> None:
    activities = rules.registry.fact("slim_activities")
    assert (
        shown("nl")
        == {
            "training_price_eur": "€\u00a01.234,56",  # one line: a no-break space
            "birth_date": date(2026, 12, 7),  # the page writes it: 7 december 2026
            "stap_granted_same_year": "ja",
            "enterprise_sector": "landbouw",
            "slim_activities": ", ".join(c.label.nl for c in activities.choices[:2]),
            "enterprise_staff": "66,67",
        }
    )
    english = shown("en")
    assert english["training_price_eur"] == "€1,234.56"
    assert english["stap_granted_same_year"] == "yes"
    assert english["enterprise_sector"] == "agriculture"
    assert english["enterprise_staff"] == "66.67"


def test_an_answer_kept_before_its_bounds_changed_is_shown_as_it_was_given() -> None:
    rows = presenters.answer_rows({"training_price_eur": "-5"}, [], [], "nl")
    assert rows[0]["text"] == "-5"
