"""The language switch in a real browser: chosen once on the start page, English holds on
every page of a journey; switching back returns to the same page in Dutch."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser


def assert_english(tab: Any) -> None:
    page = tab.page
    assert page.evaluate("document.documentElement.lang") == "en", tab.path
    assert page.title().endswith("– Scheme checker"), (tab.path, page.title())
    switch = page.get_by_test_id("language-switch")
    assert switch.inner_text() == "Nederlands", tab.path
    assert switch.get_attribute("lang") == "nl"
    assert page.locator(".skip-link").text_content() == "Skip to the main content"
    footer = page.locator(".site-footer").inner_text()
    assert "This check gives an indication, not a decision." in footer, tab.path
    if tab.fact:
        assert page.get_by_test_id("continue").inner_text() == "Continue"
        assert page.get_by_test_id("skip").inner_text() == "I do not know"


def test_english_holds_on_every_page_of_a_journey(person: Any) -> None:
    tab = person()  # a Dutch browser: the site starts in Dutch
    tab.open("/check/")
    assert tab.page.evaluate("document.documentElement.lang") == "nl"

    tab.on_every_page.append(assert_english)
    tab.click("language-switch")
    assert tab.path == "/check/"
    tab.choose("audience", "worker")
    tab.click("continue")
    tab.choose("topic", "ww_income")
    tab.click("continue")
    for value in ("1,200.00", "150.00", "3"):  # typed the English way
        tab.answer(value)
    tab.click("see-results")
    assert tab.outcome() == "Your WW continues. This month you get about €1,443.75."

    assert tab.path == "/check/results/ww_inkomensverrekening/"
    assert "€1,443.75" in tab.text("income-bar")
    assert len(tab.visited) == 8  # start twice, topic, 3 questions, answers, result
    tab.screenshot("worker-ww-income-english")

    tab.on_every_page.clear()
    tab.click("language-switch")
    assert tab.path == "/check/results/ww_inkomensverrekening/"
    assert tab.page.evaluate("document.documentElement.lang") == "nl"
    assert tab.outcome() == "Uw WW loopt door. U krijgt deze maand ongeveer € 1.443,75."
