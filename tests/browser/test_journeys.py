"""The three journeys of the issue in a real browser, each from the start page to a result
page (saved as a screenshot under test-artifacts/screenshots/), every page on the way
checked with axe-core and at 320 px and 200 % zoom (see conftest)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from .conftest import SKIP, set_today

pytestmark = pytest.mark.browser

WW_MONTH = {
    "income_month_eur": "1.200,00",
    "ww_dagloon_eur": "150,00",
    "ww_month_number": "3",
}

SLIM = {
    "slim_applicant_type": "mkb",
    "slim_activities": ["doorlichting"],
    "enterprise_staff": "10",
    "enterprise_turnover_eur": "2.000.000",
    "slim_costs_eur": "20000",
    "enterprise_sector": "overig",
    "slim_open_project_same_activity": "false",
    "de_minimis_3y_eur": "0",
    "slim_other_application_this_window": "false",
}

GROEPSHULP = {
    "gh_training": "mbo2",
    "applicant_lrk_kindercentrum": "true",
    "praktijkleren_subsidy_for_person": "true",
    "gh_role_groepsondersteunend": "true",
    "gh_deployed_formatief": "false",
    "gh_months_employed": "14",
    "gh_contract_start_date": "1-9-2023",
    "gh_contract_open_ended": "false",
    "gh_contract_months": "24",
    "gh_contract_hours": "24",
    "gh_previously_subsidised": "false",
    "gh_wage_costs_other_scheme": "false",
    "gh_training_start_date": "01-09-2023",
    "de_minimis_3y_eur": "0",  # asked here only when SLIM did not ask it first
}

WFW_2023 = {  # in the order asked
    "wfw_request_type": "arbeidsduur_minder",
    "employer_headcount": "40",
    "wfw_intended_start_date": "01-06-2023",
    "wfw_employment_start_date": "07-04-2022",  # 60 weeks before the start
    "wfw_request_made": "ja",
    "wfw_request_written": "true",
    "birth_date": "12-05-1985",
}


def amounts(tab: Any) -> dict[str, str]:
    rows = tab.page.locator("[data-output]")
    return {
        rows.nth(i).get_attribute("data-output"): " ".join(
            rows.nth(i).locator("dd").inner_text().split()
        )
        for i in range(rows.count())
    }


def test_worker_with_ww_income_in_a_month_sees_the_bar_and_the_benefit(person: Any) -> None:
    tab = person()
    tab.start("worker", "ww_income")

    # the month number comes right after the conditions: the amount is on the first result
    assert tab.walk(WW_MONTH) == ["income_month_eur", "ww_dagloon_eur", "ww_month_number"]
    tab.click("see-results")
    assert tab.path == "/check/results/ww_inkomensverrekening/"
    assert tab.outcome() == "Uw WW loopt door. U krijgt deze maand ongeveer € 1.443,75."

    bar = tab.page.get_by_test_id("income-bar")
    assert bar.is_visible()
    assert "87,5%" in tab.text("income-bar")
    assert re.search(r"€\s1\.200,00.*€\s2\.854,69.*€\s1\.443,75", tab.text("income-bar"))
    assert "uw WW loopt deze maand door" in tab.text("income-bar")
    # The income bar stops short of the limit line: 1,200.00 of the scale where 2,854.69 is.
    income = bar.locator(".bar-income").bounding_box()
    limit = bar.locator(".bar-limit").first.bounding_box()
    assert income["width"] > 0 and income["x"] + income["width"] < limit["x"]
    found = amounts(tab)
    assert found["benefit_eur"] == "€ 1.443,75"
    assert found["threshold_eur"] == "€ 2.854,69"
    assert tab.page.get_by_test_id("calculate").count() == 0
    tab.screenshot("worker-ww-income")


EMPLOYER_DAYS = [
    # today; SLIM: (status, availability) or None when not checked; groepshulp: (status,
    # availability, part of the outcome sentence)
    pytest.param(
        date(2023, 3, 15),
        ("undetermined", "unknown"),  # no official text read fixes the SLIM windows of 2023
        ("not_eligible", "not_yet_open", "Het volgende aanvraagtijdvak opent op 4 november 2024."),
        id="slim-window-unknown-groepshulp-before-its-first",
    ),
    pytest.param(
        date(2025, 3, 14),
        ("eligible", "open"),  # SLIM mkb window 3 to 31 March 2025 (art. 2.6)
        (
            "not_eligible",
            "closed",
            "U voldoet aan de voorwaarden, maar aanvragen kan nu niet. Het volgende "
            "aanvraagtijdvak loopt van 3 november 2025 tot en met 28 november 2025.",
        ),
        id="slim-inside-its-window-groepshulp-outside-its-window",
    ),
    pytest.param(
        date(2025, 11, 10),
        None,
        ("eligible", "open", "De aanvraag voor deze groepshulp voldoet op de aanvraagdatum"),
        id="groepshulp-inside-its-window",
    ),
]


@pytest.mark.parametrize(("day", "slim", "groepshulp"), EMPLOYER_DAYS)
def test_employer_checks_slim_and_groepshulp_inside_and_outside_a_window(
    person: Any,
    monkeypatch: pytest.MonkeyPatch,
    day: date,
    slim: tuple[str, str] | None,
    groepshulp: tuple[str, str, str],
) -> None:
    set_today(monkeypatch, day)
    tab = person()
    asked: list[str] = []

    if slim is not None:
        tab.start("employer", "training_subsidy")
        asked += tab.walk(SLIM)
        tab.click("see-results")
        assert tab.path == "/check/results/slim/"
        assert (tab.status(), tab.availability()) == slim
        assert tab.criterion("mkb_size") == "met"
        tab.screenshot(f"employer-slim-{day.isoformat()}")

    tab.start("employer", "groepshulp")
    asked += tab.walk(GROEPSHULP)
    tab.click("see-results")

    assert tab.path == "/check/results/groepshulp/"
    assert asked.count("de_minimis_3y_eur") == 1  # shared by the two schemes: asked once
    status, availability, sentence = groepshulp
    assert (tab.status(), tab.availability()) == (status, availability)
    assert sentence in tab.outcome()
    tab.screenshot(f"employer-groepshulp-{day.isoformat()}")


def test_adviser_checks_a_wfw_request_on_a_historical_date(person: Any) -> None:
    tab = person()
    tab.start("adviser", "flexible_work", on="01-03-2023")

    assert tab.walk(WFW_2023) == list(WFW_2023)
    tab.click("see-results")

    assert tab.path == "/check/results/wfw/"
    assert tab.status() == "eligible"
    # The decision date needs one more answer (whether the request is about unforeseen
    # circumstances): asked only for the dates, after the outcome.
    tab.click("calculate")
    tab.walk({"wfw_unforeseen": "false", "wfw_refusal_ground": SKIP})
    tab.click("see-results")
    tab.page.locator('[data-testid="details"] > summary').click()  # the folded details
    assert "Peildatum 1 maart 2023" in tab.text("about")
    events = tab.page.locator("[data-event]")
    timeline = [
        (
            events.nth(i).get_attribute("data-event"),
            events.nth(i).locator("time").get_attribute("datetime"),
        )
        for i in range(events.count())
    ]
    assert timeline == [
        ("request", "2023-03-01"),
        ("request_by", "2023-04-01"),
        ("decision_by", "2023-05-01"),
        ("start", "2023-06-01"),
    ]
    assert tab.page.get_by_test_id("timeline").is_visible()
    tab.screenshot("adviser-wfw-2023-03-01")

    link = tab.page.get_by_test_id("calendar-link")
    with tab.page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename == "wfw.ics"
    # The download's headers, by the same request with the same cookies.
    response = tab.page.request.get(link.get_attribute("href"))
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    assert response.headers["content-disposition"] == 'attachment; filename="wfw.ics"'
    calendar = Path(download.path()).read_text(encoding="utf-8")
    assert calendar.startswith("BEGIN:VCALENDAR")
    assert re.findall(r"DTSTART;VALUE=DATE:(\d+)", calendar) == [
        "20230301",
        "20230401",
        "20230501",
        "20230601",
    ]
    assert calendar.count("BEGIN:VEVENT") == 4
