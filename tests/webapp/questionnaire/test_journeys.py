"""Whole journeys, from the start page to a result, for each audience, without JavaScript."""

from __future__ import annotations

import re

from django.test import Client

from .conftest import SKIP, answer, next_question, start, walk

WW_MONTH = {
    "income_month_eur": "1.200,00",
    "ww_dagloon_eur": "150,00",
    "ww_month_number": "3",
    "income_prev_month_above_threshold": "false",
    "income_is_employee_wage": "true",
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
}

WFW = {
    "wfw_request_type": "arbeidsduur_minder",
    "wfw_unforeseen": "false",
    "employer_headcount": "40",
    "wfw_intended_start_date": "01-06-2022",
    "wfw_employment_start_date": SKIP,  # gives the weeks instead
    "wfw_weeks_in_service": "60",
    "wfw_request_made": "ja",
    "wfw_request_written": "true",
    "birth_date": "12-05-1985",
}


def outcome(html: str) -> str:
    found = re.search(r'class="outcome-sentence">([^<]*)<', html)
    assert found, html[:3000]
    return found.group(1)


def test_start_page_asks_who_you_are_and_links_each_audience_to_its_topics(browser: Client) -> None:
    html = browser.get("/check/").content.decode()
    assert "Wie bent u?" in html
    for audience in ("worker", "employer", "adviser"):
        assert f'value="{audience}"' in html

    response = browser.post("/check/", {"audience": "employer"})

    assert response["Location"] == "/check/for/employer/"
    topics = browser.get("/check/for/employer/").content.decode()
    assert 'value="training_subsidy"' in topics and 'value="groepshulp"' in topics
    assert 'value="ww_income"' not in topics  # a worker's topic
    assert 'name="on"' not in topics  # only an adviser sets the reference date


def test_worker_with_income_in_a_month_sees_the_benefit_against_the_threshold(
    browser: Client,
) -> None:
    start(browser, "worker", "ww_income")

    asked = walk(browser, WW_MONTH)

    # Two answers decide that the WW continues; the month number gives the amount on the
    # first result.
    assert asked == ["income_month_eur", "ww_dagloon_eur", "ww_month_number"]
    page = browser.get("/check/results/", follow=True)
    html = page.content.decode()
    assert page.redirect_chain[-1][0] == "/check/results/ww_inkomensverrekening/"
    assert outcome(html) == "Uw WW loopt door. U krijgt deze maand ongeveer €\xa01.443,75."
    amounts = dict(
        re.findall(r'data-output="([a-z_]+)"><dt[^>]*>.*?</dt><dd[^>]*>(?:<span>)?([^<]*)', html)
    )
    assert amounts["threshold_eur"] == "€\xa02.854,69"
    assert amounts["income_counted_eur"] == "€\xa01.200,00"
    assert amounts["benefit_eur"] == "€\xa01.443,75"
    bar = html[html.index('data-testid="income-bar"') :]
    assert "€\xa01.200,00" in bar and "€\xa02.854,69" in bar and "€\xa01.443,75" in bar
    assert "uw WW loopt deze maand door" in bar
    assert 'data-testid="calculate"' not in html


def test_employer_checks_slim_then_groepshulp_and_shared_answers_are_asked_once(
    browser: Client,
) -> None:
    start(browser, "employer", "training_subsidy")
    asked = walk(browser, SLIM)
    assert sorted(asked) == sorted(SLIM)
    assert asked[:2] == ["slim_applicant_type", "enterprise_staff"]  # who applies, then size

    html = browser.get("/check/results/slim/").content.decode()
    # 14 March 2025 lies in the SME window of 3 to 31 March 2025 (art. 2.6 SLIM-regeling).
    assert 'data-status="eligible"' in html
    assert 'data-criterion="mkb_size" data-status="met"' in html
    assert 'data-availability="open"' in html

    start(browser, "employer", "groepshulp")
    asked = walk(browser, GROEPSHULP)

    assert "de_minimis_3y_eur" not in asked  # answered for SLIM, shared with groepshulp
    html = browser.get("/check/results/groepshulp/").content.decode()
    assert outcome(html) == (
        "U voldoet aan de voorwaarden, maar aanvragen kan nu niet. Het volgende "
        "aanvraagtijdvak loopt van 3 november 2025 tot en met 28 november 2025."
    )
    assert 'data-availability="closed"' in html
    assert "Volgende aanvraagtijdvak: 3 november 2025 tot en met 28 november 2025." in html


def test_adviser_checks_a_wfw_request_on_a_historical_date(browser: Client) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")

    asked = walk(browser, WFW)

    # No unforeseen circumstances are needed to decide: 60 weeks in service, asked in time.
    assert sorted(asked) == sorted(f for f in WFW if f != "wfw_unforeseen")
    assert asked[:3] == ["wfw_request_type", "employer_headcount", "wfw_intended_start_date"]
    browser.post("/check/results/wfw/amounts/")  # the employer's decision date needs it
    assert walk(browser, {**WFW, "wfw_refusal_ground": SKIP})[0] == "wfw_unforeseen"
    html = browser.get("/check/results/", follow=True).content.decode()
    assert 'data-status="eligible"' in html
    assert "Peildatum 1 maart 2022" in html
    # The law as it was on that date: art. 2 lid 16 until 2 August 2022.
    assert "art. 2 lid 18 (tot 2 augustus 2022: lid 16)" in html
    timeline = html[html.index('data-testid="timeline"') :]
    dates = re.findall(
        r'data-event="([a-z_]+)"><time class="timeline-date" datetime="([0-9-]+)"', timeline
    )
    assert dates == [
        ("request", "2022-03-01"),
        ("request_by", "2022-04-01"),
        ("decision_by", "2022-05-01"),
        ("start", "2022-06-01"),
    ]


def test_check_everything_follows_the_screenings_next_question(browser: Client) -> None:
    start(browser, "worker", "everything")

    first = next_question(browser)

    assert first == "birth_date"  # the fact that can decide the most worker schemes
    answer(browser, "birth_date", "17-05-1988")
    html = browser.get(f"/check/question/{next_question(browser)}/").content.decode()
    assert 'data-testid="progress"' in html


def test_schemes_decided_along_the_way_are_shown_as_already_clear(browser: Client) -> None:
    start(browser, "worker", "everything")
    answer(browser, "birth_date", "17-05-1988")

    html = browser.get(f"/check/question/{next_question(browser)}/").content.decode()

    clear = html[html.index('data-testid="already-clear"') :]
    # On 14 March 2025 STAP and NL leert door have ended: decided without another answer.
    assert 'data-scheme="stap" data-status="not_eligible"' in clear
    assert 'data-scheme="nlld_scholing" data-status="not_eligible"' in clear


SLIM_SCHOLING = {
    "slim_scholing_applicant": "werkgever",
    "slim_scholing_in_ontwikkelpad": "true",
    "slim_scholing_free_for_worker": "true",
    "slim_scholing_timing_ok": "true",
    "slim_scholing_nlqf": "niveau_1_3",
    "slim_scholing_costs_eur": "10.000",
}


def test_employer_checks_the_slim_training_subsidy_for_a_course_in_a_development_path(
    browser: Client,
) -> None:
    start(browser, "employer", "slim_scholing")
    asked = walk(browser, SLIM_SCHOLING)
    # Level and costs only set the amount: they are asked after the outcome, on request.
    assert asked == [
        "slim_scholing_applicant",
        "slim_scholing_in_ontwikkelpad",
        "slim_scholing_free_for_worker",
        "slim_scholing_timing_ok",
    ]

    html = browser.get("/check/results/slim_scholing/").content.decode()
    # 14 March 2025 lies in the employers' window of 10 March to 30 June 2025 (art. 3.12).
    assert 'data-status="eligible"' in html
    assert 'data-availability="open"' in html
    assert 'data-testid="calculate"' in html
