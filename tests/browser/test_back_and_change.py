"""Back and change in a real browser: the back links keep every answer, and changing one
answer on the answers page changes the result."""

from __future__ import annotations

from typing import Any

import pytest

from .test_journeys import WW_MONTH

pytestmark = pytest.mark.browser


def test_going_back_keeps_the_answers_and_a_changed_answer_changes_the_result(
    person: Any,
) -> None:
    tab = person()
    tab.start("worker", "ww_income")
    tab.walk(WW_MONTH)
    tab.click("see-results")
    assert tab.status() == "eligible"
    assert tab.outcome() == "Uw WW loopt door. U krijgt deze maand ongeveer € 1.443,75."

    # Back from the result to the answers, and back again through the questions.
    tab.click("back-link")
    assert tab.path == "/check/answers/"
    tab.click("back-link")
    assert tab.path == "/check/question/ww_month_number/"
    tab.click("back-link")
    assert tab.path == "/check/question/ww_dagloon_eur/"
    assert tab.page.locator('input[name="ww_dagloon_eur"]').input_value() == "150,00"
    tab.click("back-link")
    assert tab.path == "/check/question/income_month_eur/"
    assert tab.page.locator('input[name="income_month_eur"]').input_value() == "1200,00"

    # Continuing unchanged asks nothing new; then change the income on the answers page.
    tab.answer("1200,00")
    assert tab.path == "/check/answers/"
    tab.click("change-income_month_eur")
    assert tab.path == "/check/question/income_month_eur/?change=1"
    tab.answer("3.000,00")  # above 87.5 % of the maandloon (€ 2,854.69)
    # Above the limit, UWV's practice turns on the month before: that is asked next.
    assert tab.path == "/check/question/income_prev_month_above_threshold/"
    tab.answer("false")
    assert tab.path == "/check/answers/"
    assert "€ 3.000,00" in tab.text("answers")
    tab.click("see-results")

    assert tab.status() == "not_eligible"
    assert tab.outcome() != "Uw WW loopt door. U krijgt deze maand ongeveer € 1.443,75."
    assert tab.criterion("income_not_above_threshold") == "not_met"
    tab.screenshot("worker-ww-income-changed")
