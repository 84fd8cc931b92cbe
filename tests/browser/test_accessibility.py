"""Accessibility a person notices beyond what axe-core checks on every page: the layout
on a phone and at 200 % zoom, the error summary taking the focus, and a focus indicator
on everything the keyboard reaches."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import NARROW
from .test_journeys import WFW_2023, WW_MONTH

pytestmark = pytest.mark.browser

# How an element looks: with the focus (while tabbing) and without (after).
_LOOK = """[style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow,
          style.backgroundColor, style.color, style.textDecorationLine].join(" | ")"""
LOOK = f"el => {{ const style = getComputedStyle(el); return {_LOOK}; }}"
# The focused element, marked with its place in the tab order, and how it looks now.
FOCUSED = f"""index => {{
  const el = document.activeElement;
  if (!el || el === document.body || el.dataset.tabOrder) return null;
  el.dataset.tabOrder = index;
  const style = getComputedStyle(el);
  const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.name ? `[name=${{el.name}}]` : "");
  return {{name, look: {_LOOK}}};
}}"""


@pytest.mark.parametrize(
    ("name", "options"),
    [
        pytest.param("320px", {"viewport": NARROW}, id="phone-320px"),
        # A 1280 × 800 window at 200 % zoom: 640 × 400 CSS pixels at twice the pixel density.
        pytest.param(
            "zoom-200",
            {"viewport": {"width": 640, "height": 400}, "device_scale_factor": 2},
            id="zoom-200-percent",
        ),
    ],
)
def test_a_journey_works_on_a_phone_and_at_200_percent_zoom(
    person: Any, name: str, options: dict[str, Any]
) -> None:
    tab = person(**options)
    tab.start("worker", "ww_income")
    tab.walk(WW_MONTH)
    tab.click("see-results")

    bar = tab.page.get_by_test_id("income-bar")
    box = bar.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= tab.viewport["width"]
    assert "€ 1.443,75" in tab.text("income-bar")
    tab.screenshot(f"worker-ww-income-{name}")


def test_the_error_summary_takes_the_focus_and_links_to_the_field(person: Any) -> None:
    tab = person()
    tab.start("worker", "ww_income")

    tab.fill("income_month_eur", "veel")
    tab.click("continue")

    assert tab.page.title().startswith("Fout:")
    summary = tab.page.get_by_test_id("error-summary")
    assert tab.page.evaluate("document.activeElement.dataset.testid") == "error-summary"
    assert tab.text("field-error").startswith("Fout:")
    assert tab.page.locator('input[name="income_month_eur"]').input_value() == "veel"
    assert tab.page.locator('input[name="income_month_eur"]').get_attribute("aria-invalid") == (
        "true"
    )
    summary.get_by_role("link").first.click()
    assert tab.page.evaluate("document.activeElement.name") == "income_month_eur"


def test_everything_the_keyboard_reaches_shows_that_it_has_the_focus(person: Any) -> None:
    tab = person()
    tab.start("adviser", "flexible_work", on="01-03-2023")
    tab.answer(WFW_2023["wfw_request_type"])  # a page with a yes/no question
    page = tab.page

    page.mouse.move(0, 0)  # no hover effect to mistake for a focus indicator
    focused = []
    for index in range(40):
        page.keyboard.press("Tab")
        if index == 0:
            assert page.evaluate("document.activeElement.className") == "skip-link"
            skip = page.locator(".skip-link").bounding_box()
            assert skip["x"] >= 0 and skip["y"] >= 0  # on screen while it has the focus
        found = page.evaluate(FOCUSED, index)
        if found is None:  # back at the start: every element has had the focus
            break
        focused.append(found)
    page.evaluate("document.activeElement.blur()")
    without_indicator = [
        f["name"]
        for i, f in enumerate(focused)
        if page.locator(f'[data-tab-order="{i}"]').evaluate(LOOK) == f["look"]
    ]
    # The skip link, the header's two links, the back link, the first option, "why we ask
    # this", the two buttons, "start again".
    assert len(focused) >= 9, [f["name"] for f in focused]
    assert not without_indicator, f"no visible focus on {without_indicator} at {tab.path}"

    page.locator(".skip-link").focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
