"""The first result says the outcome in one plain sentence, with the numbers."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.test import Client

from eligibility import clock

from .conftest import SKIP, next_question, start, walk

DAY = date(2026, 12, 7)


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: DAY)
    return DAY


def outcome(html: str) -> str:
    found = re.search(r'class="outcome-sentence">([^<]*)<', html)
    assert found, html[:3000]
    return found.group(1).replace("\xa0", " ")


def test_ww_income_says_it_continues_and_how_much(browser: Client) -> None:
    start(browser, "worker", "ww_income")
    asked = walk(
        browser, {"income_month_eur": "1200", "ww_dagloon_eur": "150", "ww_month_number": "4"}
    )

    assert "ww_month_number" in asked  # asked up front, not behind "Bereken de bedragen"
    html = browser.get("/check/results/ww_inkomensverrekening/").content.decode()
    assert outcome(html) == "Uw WW loopt door. U krijgt deze maand ongeveer € 1.443,75."
    row = html[html.index('data-output="benefit_factor"') :]
    assert "70 %" in row[: row.index("</div>")]
    # nothing to apply for when reporting income during WW
    assert "Kunt u op deze datum aanvragen?" not in html
    assert 'data-testid="calculate"' not in html


def test_ww_income_above_the_limit_says_what_uwv_does(browser: Client) -> None:
    start(browser, "worker", "ww_income")
    walk(
        browser,
        {
            "income_month_eur": "2900",
            "ww_dagloon_eur": "150",
            "ww_month_number": SKIP,
            "income_prev_month_above_threshold": "false",
        },
    )

    html = browser.get("/check/results/ww_inkomensverrekening/").content.decode()
    assert outcome(html).startswith("Uw inkomen is deze maand hoger dan de grens")
    assert "× C/D" not in outcome(html)


def test_a_worker_planning_fewer_hours_is_told_yes_and_by_when(browser: Client) -> None:
    start(browser, "worker", "flexible_work")
    walk(
        browser,
        {
            "wfw_request_type": "arbeidsduur_minder",
            "employer_headcount": "40",
            "wfw_intended_start_date": "01-03-2027",
            "wfw_employment_start_date": "01-12-2024",
            "wfw_request_made": "nog_niet",
            "birth_date": "12-05-1988",
        },
    )

    html = browser.get("/check/results/wfw/").content.decode()
    assert outcome(html) == (
        "Ja, u mag om minder uren vragen. Doe het schriftelijk, uiterlijk op 1 januari 2027."
    )
    assert "Kunt u op deze datum aanvragen?" not in html
    # the reasons are shown, every condition and source folded away
    assert 'data-testid="reasons"' in html
    details = html[html.index('<details class="result-details"') :]
    assert 'data-testid="conditions"' in details


def test_above_the_limit_asks_about_the_month_before(browser: Client) -> None:
    start(browser, "worker", "ww_income")
    asked = walk(
        browser,
        {
            "income_month_eur": "2900",
            "ww_dagloon_eur": "150",
            "ww_month_number": "4",
            "income_prev_month_above_threshold": "true",
        },
    )

    assert "income_prev_month_above_threshold" in asked
    html = browser.get("/check/results/ww_inkomensverrekening/").content.decode()
    assert outcome(html) == (
        "Uw inkomen is voor de tweede maand op rij hoger dan de grens. UWV stopt uw WW; over "
        "deze maand krijgt u geen uitkering."
    )


def test_the_ww_income_result_leads_on_to_the_revival_check_with_the_answers(
    browser: Client,
) -> None:
    start(browser, "worker", "ww_income")
    walk(
        browser,
        {
            "income_month_eur": "2900",
            "ww_dagloon_eur": "150",
            "ww_month_number": "4",
            "income_prev_month_above_threshold": "false",
        },
    )
    html = browser.get("/check/results/ww_inkomensverrekening/").content.decode()
    assert "Check of uw oude WW herleeft" in html

    response = browser.post("/check/results/ww_inkomensverrekening/follow-up/")

    assert response["Location"] == "/check/next/"
    # what the WW income check already says is not asked again
    asked = next_question(browser)
    assert asked not in (None, "ww_end_reason", "ww_end_date", "ww_old_dagloon_eur")
    answers = browser.get("/check/answers/").content.decode()
    assert 'data-fact="ww_end_reason"' in answers
    assert "1 december 2026" in answers  # the WW stops from the first day of the month


def test_no_revival_check_is_offered_while_the_ww_continues(browser: Client) -> None:
    start(browser, "worker", "ww_income")
    walk(browser, {"income_month_eur": "1200", "ww_dagloon_eur": "150", "ww_month_number": "4"})

    html = browser.get("/check/results/ww_inkomensverrekening/").content.decode()

    assert "Check of uw oude WW herleeft" not in html


def test_a_closed_window_names_the_last_one_and_says_no_next_one_is_known(
    browser: Client,
) -> None:
    start(browser, "employer", "groepshulp")  # the 2026 window closed on 27 November

    html = browser.get("/check/results/groepshulp/").content.decode()

    assert "Kunt u op deze datum aanvragen?" in html
    last = html[html.index('data-testid="last-window"') :]
    assert "2 november 2026 tot en met 27 november 2026" in last[: last.index("</p>")]
    assert "Een volgend aanvraagtijdvak is nog niet bekend." in html
