"""An employer with a bbl student asks about work-and-learn places on 7 December 2026: the
answer is praktijkleren, with the round for the training year and its closing date."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client

from eligibility import clock

from .conftest import start, walk
from .test_journeys import outcome

BBL_STUDENT = {
    "pl_category": "mbo_bbl",
    "pl_training_year": "2026",
    "pl_agreement": "true",
    "pl_employer_recognised": "true",
    "pl_programme_qualifying": "true",
    "pl_rod_registered": "true",
    "pl_records_kept": "true",
    "pl_weeks": "40",
}


@pytest.fixture
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 7))


def test_employer_topics_offer_work_and_learn_places(browser: Client, december_2026: None) -> None:
    html = browser.get("/check/for/employer/").content.decode()

    assert 'value="work_learn_places"' in html
    assert "Subsidie voor leerwerkplaatsen" in html


def test_employer_with_a_bbl_student_gets_the_next_round_of_praktijkleren(
    browser: Client, december_2026: None
) -> None:
    start(browser, "employer", "work_learn_places")
    asked = walk(browser, BBL_STUDENT)

    assert asked[:2] == ["pl_category", "pl_training_year"]
    html = browser.get("/check/results/praktijkleren/").content.decode()
    assert 'data-availability="closed"' in html
    assert outcome(html) == (
        "Niet op deze datum: Op 7 december 2026 kunt u niet aanvragen voor studiejaar "
        "2026-2027. De aanvraagronde voor dat studiejaar opent RVO in juni; zij sluit op 17 "
        "september 2027 om 17.00 uur. De andere voorwaarden zijn nog niet allemaal duidelijk."
    )
    assert 'data-criterion="application_window"' not in html  # shown as the availability
    assert "mijn.rvo.nl/praktijkleren" in html  # where to apply
