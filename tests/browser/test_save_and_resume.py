"""Save and resume in a real browser: the resume link opens the answers in another
browser, and the short code typed on the start page finds them too."""

from __future__ import annotations

import re
from typing import Any

import pytest

from .test_journeys import WW_MONTH

pytestmark = pytest.mark.browser


def test_saved_answers_come_back_by_link_and_by_code_in_another_browser(person: Any) -> None:
    tab = person()
    tab.start("worker", "ww_income")
    tab.walk(WW_MONTH)
    tab.click("save")
    assert tab.path == "/check/saved/"
    link = tab.page.get_by_test_id("resume-link").get_attribute("href")
    code = tab.text("resume-code")
    assert link.startswith(tab.base_url + "/check/resume/")
    assert re.search(r"[A-Za-z0-9_-]{32}", link)  # an unguessable key
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", code)

    elsewhere = person()  # a new browser: no cookies, nothing in common but the link
    elsewhere.page.goto(link)
    elsewhere.arrived()
    assert elsewhere.path == "/check/answers/"
    answers = elsewhere.text("answers")
    assert "€ 1.200,00" in answers and "€ 150,00" in answers
    elsewhere.click("see-results")
    assert elsewhere.outcome() == "Uw WW loopt door. U krijgt deze maand ongeveer € 1.443,75."

    counter = person()  # at a counter: the code read aloud, typed as heard
    counter.open("/check/")
    counter.fill("code", code.lower().replace("-", " "))
    counter.click("resume-with-code")
    assert counter.path == "/check/answers/"
    assert "€ 1.200,00" in counter.text("answers")
    counter.click("see-results")
    assert counter.status() == "eligible"
    counter.screenshot("worker-ww-income-resumed-by-code")


def test_an_unknown_code_is_reported_in_the_error_summary_which_gets_the_focus(
    person: Any,
) -> None:
    tab = person()
    tab.open("/check/")
    tab.fill("code", "ABCD-EFGH")

    tab.click("resume-with-code")

    summary = tab.page.get_by_test_id("error-summary")
    assert summary.is_visible()
    assert "Er is geen opgeslagen check met deze code." in tab.text("error-summary")
    assert tab.page.evaluate("document.activeElement.dataset.testid") == "error-summary"
    summary.get_by_role("link").first.click()
    assert tab.page.evaluate("document.activeElement.id") == "id_code"
    assert tab.page.locator("#id_code").input_value() == "ABCD-EFGH"
