"""The result page per scheme: the outcome in one sentence, every condition with its reason
and article, amounts and dates, availability apart, what would change the outcome, notes,
next steps; and the calendar file and the PDF handover."""

from __future__ import annotations

import re
from datetime import date
from html import escape

import pytest
from django.test import Client

from eligibility import catalogue, offers, services

from .conftest import SKIP, start, walk
from .test_journeys import GROEPSHULP, SLIM, WFW, WW_MONTH


def section(html: str, testid: str) -> str:
    block = html[html.index(f'data-testid="{testid}"') :]
    return block[: block.index("</section>")]


@pytest.fixture
def above_threshold(browser: Client) -> str:
    start(browser, "worker", "ww_income")
    walk(browser, {**WW_MONTH, "income_month_eur": "3000"})
    return browser.get("/check/results/ww_inkomensverrekening/").content.decode()


def test_every_condition_shows_its_reason_and_links_to_its_article(browser: Client) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    walk(browser, WFW)
    html = browser.get("/check/results/wfw/").content.decode()
    result = services.evaluate("wfw", services_date("2022-03-01"), engine_answers(WFW), "nl")

    conditions = section(html, "conditions")
    for criterion in result["criteria"][1:]:  # the first is availability, shown apart
        item = re.search(
            rf'data-criterion="{criterion["id"]}" data-status="{criterion["status"]}"[^>]*>(.*?)</li>',
            conditions,
            re.S,
        )
        assert item, criterion["id"]
        text = item.group(1)
        assert criterion["label"]["nl"] in text
        assert criterion["explanation"]["nl"] in text
        assert f'href="{criterion["citation"]["url"]}"' in text
        assert criterion["citation"]["article"] in text
    assert 'data-criterion="in_force"' not in conditions


def test_outside_the_window_availability_is_apart_from_the_other_conditions(
    browser: Client,
) -> None:
    start(browser, "employer", "groepshulp")
    walk(browser, {**GROEPSHULP, "de_minimis_3y_eur": "0"})
    html = browser.get("/check/results/groepshulp/").content.decode()

    availability = section(html, "availability")
    assert "Kunt u op deze datum aanvragen?" in availability
    assert "Het volgende aanvraagtijdvak opent op 3 november 2025." in availability
    conditions = section(html, "conditions")
    assert 'data-status="not_met"' not in conditions
    assert 'data-status="unknown"' not in conditions


def test_what_would_change_the_outcome_states_the_bound(above_threshold: str) -> None:
    block = section(above_threshold, "would-change")

    assert "hoogstens € 2.854,68 is." in block


def test_notes_and_next_steps_are_shown(above_threshold: str) -> None:
    notes = section(above_threshold, "notes")
    assert 'data-note="uwv_two_month_practice"' in notes
    steps = section(above_threshold, "next-steps")
    assert "Inkomstenopgave" in steps
    assert offers.next_steps("ww_inkomensverrekening")["link"] in steps  # type: ignore[index]


def test_the_result_says_the_reference_date_and_the_rule_version(above_threshold: str) -> None:
    version = catalogue.describe_scheme("ww_inkomensverrekening", services_date("2025-03-14"))[
        "version"
    ]

    about = section(above_threshold, "about")

    assert f"Peildatum 14 maart 2025; versie van de regels {version}" in about


def test_a_scheme_with_several_results_lists_each_with_its_outcome(browser: Client) -> None:
    start(browser, "worker", "retraining_budget")

    html = browser.get("/check/results/").content.decode()

    cards = re.findall(r'data-scheme="([a-z_]+)" data-status="([a-z_]+)"', html)
    assert dict(cards) == {
        "stap": "not_eligible",
        "nlld_ontwikkeladvies": "not_eligible",
        "nlld_scholing": "not_eligible",
    }
    assert "Wat er nu is:" in html  # the closed schemes name their successor


def test_the_wfw_dates_download_as_a_calendar_file(browser: Client) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    walk(browser, WFW)
    browser.post("/check/results/wfw/amounts/")  # the decision date needs one more answer
    assert walk(browser, {**WFW, "wfw_refusal_ground": SKIP})[0] == "wfw_unforeseen"

    response = browser.get("/check/results/wfw/calendar.ics")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    body = response.content.decode()
    assert body.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert body.endswith("END:VCALENDAR\r\n")
    assert re.findall(r"DTSTART;VALUE=DATE:(\d+)", body) == [
        "20220301",
        "20220401",
        "20220501",
        "20220601",
    ]
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))


def test_no_calendar_file_for_a_scheme_without_dates(browser: Client) -> None:
    start(browser, "worker", "ww_income")

    assert browser.get("/check/results/ww_inkomensverrekening/calendar.ics").status_code == 404


def test_the_pdf_handover_has_the_answers_reasons_citations_date_and_version(
    browser: Client,
) -> None:
    pytest.importorskip("weasyprint")
    start(browser, "employer", "training_subsidy")
    walk(browser, SLIM)

    response = browser.get("/check/results/slim/handover.pdf")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert len(response.content) > 5_000


def test_the_handover_template_holds_what_the_pdf_promises(browser: Client) -> None:
    from django.template.loader import render_to_string

    from webapp.questionnaire import presenters

    start(browser, "employer", "training_subsidy")
    walk(browser, SLIM)
    result = services.evaluate("slim", services_date("2025-03-14"), engine_answers(SLIM), "nl")
    rows = presenters.answer_rows(engine_answers(SLIM), [], list(SLIM), "nl")

    html = render_to_string(
        "questionnaire/handover.html",
        {
            "lang": "nl",
            "result": presenters.present(result, "nl", engine_answers(SLIM), []),
            "rows": rows,
            "generated": services_date("2025-03-14"),
        },
    )

    question = presenters.facts()["enterprise_staff"]["question"]["nl"]
    assert escape(question) in html  # each answer with its question
    assert "Peildatum 14 maart 2025" in html
    assert result["receipt"]["scheme_version"] in html
    assert result["criteria"][2]["citation"]["url"] in html


def test_a_scheme_outside_the_journey_has_no_result_page(browser: Client) -> None:
    start(browser, "worker", "ww_income")

    assert browser.get("/check/results/slim/").status_code == 404


def services_date(iso: str) -> date:
    return date.fromisoformat(iso)


def engine_answers(answers: dict[str, object]) -> dict[str, object]:
    """The test answers as the form stores them (the engine's JSON form)."""
    from webapp.questionnaire import presenters
    from webapp.questionnaire.fields import form_field

    catalog = presenters.facts()
    return {
        fact: form_field(catalog[fact], "nl").clean(value)
        for fact, value in answers.items()
        if value is not SKIP
    }


def test_a_coded_outcome_is_shown_by_its_label_in_the_page_language(english: Client) -> None:
    start(english, "adviser", "flexible_work", on="01-03-2022")
    walk(english, WFW)

    outputs = section(english.get("/check/results/wfw/").content.decode(), "outputs")

    assert "only for serious business or service interests" in outputs
    assert "zwaarwegend" not in outputs
