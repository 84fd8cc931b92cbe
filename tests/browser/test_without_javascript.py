"""Without JavaScript the questionnaire works all the same: a browser with JavaScript off
goes from the start page to the result, the amounts and the picture."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .test_journeys import WFW_2023

pytestmark = pytest.mark.browser


def test_a_browser_without_javascript_completes_a_journey(person: Any) -> None:
    tab = person(javascript=False)
    tab.start("adviser", "flexible_work", on="01-03-2023")
    # "Why we ask this" is a <details> element: it opens without any script.
    tab.page.locator("details.why summary").click()
    assert tab.page.locator("details.why ul").is_visible()

    assert tab.walk(WFW_2023) == list(WFW_2023)
    tab.click("see-results")

    assert tab.path == "/check/results/wfw/"
    assert tab.status() == "eligible"
    assert tab.page.get_by_test_id("timeline").is_visible()
    with tab.page.expect_download() as download:
        tab.page.get_by_test_id("calendar-link").click()
    assert "BEGIN:VEVENT" in Path(download.value.path()).read_text(encoding="utf-8")
    tab.screenshot("adviser-wfw-2023-03-01-without-javascript")
