"""How many questions a person answers on 7 December 2026 before every scheme that fits
has a result: the targets for asking less. Each person answers what they know, and
"Weet ik niet" to anything else."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import pytest
from django.test import Client

from eligibility import clock

from .conftest import SKIP, answer, next_question, start

DAY = date(2026, 12, 7)


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: DAY)
    return DAY


def answer_all(client: Client, known: Mapping[str, object]) -> list[str]:
    """Answer every question asked: from `known`, else "Weet ik niet". The facts asked."""
    asked: list[str] = []
    while (fact := next_question(client)) is not None:
        assert fact not in asked, f"{fact} asked twice"
        asked.append(fact)
        assert len(asked) <= 60, asked
        answer(client, fact, known.get(fact, SKIP))
    return asked


# A 38-year-old on part-time WW: 36 hours a week before, 16 now; dagloon € 150; income of
# € 1.200 in the month checked; the fourth month of WW. Maybe a course.
WW_WORKER = {
    "income_month_eur": "1200",
    "ww_dagloon_eur": "150",
    "ww_month_number": "4",
    "birth_date": "12-05-1988",
    "lllk_nationality": "nl",
}


def test_a_worker_on_part_time_ww_is_done_in_12_questions(browser: Client) -> None:
    start(browser, "worker", "everything", situations=("receives_ww", "learning"))

    asked = answer_all(browser, WW_WORKER)

    assert len(asked) <= 12, asked
    html = browser.get("/check/results/").content.decode()
    assert 'data-scheme="ww_inkomensverrekening" data-status="eligible"' in html


# A childcare centre with 30 staff (28 full-time units), € 1,5 million turnover, that wants
# a learning method for its group assistants (€ 8.000) and checks whether a course of its
# staff qualifies; the course is not in a sector development path.
CHILDCARE_EMPLOYER = {
    "slim_applicant_type": "mkb",
    "enterprise_staff": "28",
    "enterprise_turnover_eur": "1500000",
    "enterprise_sector": "overig",
    "slim_activities": ["lo_methode"],
    "slim_costs_eur": "8000",
    "slim_open_project_same_activity": "false",
    "slim_other_application_this_window": "false",
    "slim_scholing_applicant": "werkgever",
    "slim_scholing_in_ontwikkelpad": "false",
}


def test_a_childcare_employer_checking_everything_is_done_in_12_questions(
    browser: Client,
) -> None:
    start(browser, "employer", "everything", situations=("childcare", "train_staff"))

    asked = answer_all(browser, CHILDCARE_EMPLOYER)

    assert len(asked) <= 12, asked
    assert not [f for f in asked if f.startswith("gh_")]  # groepshulp's window has closed
    html = browser.get("/check/results/").content.decode()
    assert 'data-scheme="slim_scholing" data-status="not_eligible"' in html


def test_a_request_for_fewer_hours_is_done_in_6_questions(browser: Client) -> None:
    start(browser, "worker", "flexible_work")

    asked = answer_all(
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

    assert len(asked) <= 6, asked
    html = browser.get("/check/results/wfw/").content.decode()
    assert 'data-status="eligible"' in html


@pytest.mark.parametrize(
    ("audience", "topic"), [("employer", "groepshulp"), ("worker", "retraining_budget")]
)
def test_a_scheme_already_decided_asks_nothing(browser: Client, audience: str, topic: str) -> None:
    # groepshulp's 2026 window closed on 27 November 2026; STAP and NL leert door have ended
    start(browser, audience, topic)

    assert next_question(browser) is None


def test_a_worker_is_asked_about_themselves(browser: Client) -> None:
    start(browser, "worker", "flexible_work")
    answer(browser, "wfw_request_type", "arbeidsduur_minder")

    html = browser.get("/check/question/employer_headcount/").content.decode()

    assert "Hoeveel werknemers heeft uw werkgever?" in html
    assert "de werkgever" not in html.split("<h1", 1)[1].split("</h1>", 1)[0]
    caption = html[html.index('data-testid="caption"') :]
    assert "Wet flexibel werken" in caption[: caption.index("</")]


def test_an_open_ended_contract_needs_no_number_of_months(browser: Client) -> None:
    from .test_journeys import GROEPSHULP

    # an adviser on 15 November 2026, inside groepshulp's 2026 window
    start(browser, "adviser", "groepshulp", on="15-11-2026")
    known = {k: v for k, v in GROEPSHULP.items() if k != "gh_contract_months"}
    asked = answer_all(browser, {**known, "gh_contract_open_ended": "true"})

    assert "gh_contract_open_ended" in asked
    assert "gh_contract_months" not in asked
    html = browser.get("/check/results/groepshulp/").content.decode()
    assert 'data-criterion="contract_validity_12_months" data-status="met"' in html
    assert "999" not in html


def test_a_worker_who_does_not_know_this_months_income_yet_is_done_in_12_questions(
    browser: Client,
) -> None:
    # 7 December: the income of December is not known yet ("Weet ik niet").
    start(browser, "worker", "everything", situations=("receives_ww", "learning"))

    asked = answer_all(browser, {k: v for k, v in WW_WORKER.items() if k != "income_month_eur"})

    assert "income_month_eur" in asked
    assert len(asked) <= 12, asked
    html = browser.get("/check/results/").content.decode()
    assert 'data-scheme="levenlanglerenkrediet"' in html
