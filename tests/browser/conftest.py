"""Real-browser tests of the guided questionnaire: Debian's Chromium driven by Playwright
against the app served by pytest-django's `live_server` (127.0.0.1, a free port).

Every page a journey reaches is audited on arrival (`Tab.audit`): axe-core (vendored in
`vendor/`) may find no violation of impact "serious" or "critical", and the layout may not
scroll sideways at 320 CSS pixels wide (WCAG 1.4.10) or at 200 % zoom (WCAG 1.4.4: a
1280 × 800 window zoomed to 200 % lays the page out in 640 × 400 CSS pixels). A page that
answers an error status, fails to load one of its files, logs a JavaScript error or breaks
its own Content Security Policy (which stays on) fails too. Every violation axe-core finds,
of any impact, is written to test-artifacts/axe-violations.json.

The tests skip, saying why, only where /usr/bin/chromium is missing and CI is not set; in
CI (`.ci/run` sets CI=true and installs Chromium) they always run.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eligibility import clock

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"

DESKTOP = {"width": 1280, "height": 800}
NARROW = {"width": 320, "height": 640}  # the narrowest phone layout WCAG 1.4.10 asks for
ZOOMED = {"width": 640, "height": 400}  # DESKTOP at 200 % zoom
BLOCKING_IMPACTS = ("serious", "critical")

SKIP = object()  # answer "I do not know"

# axe.run on the whole document; only what failed, with the selectors of each node.
RUN_AXE = """async () => {
  const results = await axe.run(document, {resultTypes: ["violations"]});
  return results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(" "), summary: n.failureSummary})),
  }));
}"""

# Whether the page scrolls sideways, and if so which elements stick out on the right.
OVERFLOW = """() => {
  const width = window.innerWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  const wide = [];
  if (scrollWidth > width) {
    for (const el of document.body.querySelectorAll("*")) {
      const right = el.getBoundingClientRect().right;
      if (right > width + 0.5) {
        const classes = typeof el.className === "string" && el.className.trim()
          ? "." + el.className.trim().split(/\\s+/).join(".") : "";
        wide.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${classes} (right edge ${Math.round(right)} px)`);
      }
    }
  }
  return {width, scrollWidth, wide: wide.slice(0, 8)};
}"""


def chromium_missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if CHROMIUM.exists():
        return None
    return (
        f"the browser tests need Debian's Chromium at {CHROMIUM} "
        "(apt-get install chromium fonts-dejavu-core); CI always runs them"
    )


@pytest.fixture(scope="package")
def chromium() -> Iterator[Any]:
    """One headless Chromium for the whole browser suite; a fresh context per person."""
    missing = chromium_missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser tests, but {missing}")
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread; Django would then
    # refuse the database calls the test itself makes (fixtures, flushes, assertions).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
            )
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> date:
    """The live server runs in a thread of this process: pinning the one "today" seam here
    pins it for the pages too."""
    day = date(2025, 3, 14)
    monkeypatch.setattr(clock, "today", lambda: day)
    return day


def set_today(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    monkeypatch.setattr(clock, "today", lambda: day)


@dataclass
class Tab:
    """One person's browser tab. Every page it arrives on is audited (unless `audited` is
    off, as it must be without JavaScript) and its address kept in `visited`."""

    page: Any
    base_url: str
    audited: bool = True
    viewport: dict[str, int] = field(default_factory=lambda: dict(DESKTOP))
    visited: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    on_every_page: list[Callable[[Tab], None]] = field(default_factory=list)

    # Moving around ---------------------------------------------------------------

    def open(self, path: str) -> Tab:
        self.page.goto(self.base_url + path)
        return self.arrived()

    def click(self, testid: str) -> Tab:
        """Follow a link or press a button (by its data-testid) that loads a new page."""
        with self.page.expect_navigation():
            self.page.get_by_test_id(testid).first.click()
        return self.arrived()

    def arrived(self) -> Tab:
        self.page.wait_for_load_state("load")
        self.visited.append(self.path)
        assert not self.problems, f"on {self.path}: " + "; ".join(self.problems)
        if self.audited:
            self.audit()
        for check in self.on_every_page:
            check(self)
        return self

    @property
    def path(self) -> str:
        return re.sub(r"^https?://[^/]+", "", self.page.url)

    @property
    def fact(self) -> str | None:
        """The fact this question page asks, or None on any other page."""
        form = self.page.locator('form[data-testid="question-form"]')
        return form.get_attribute("data-fact") if form.count() else None

    # Answering -------------------------------------------------------------------

    def choose(self, name: str, value: str) -> None:
        self.page.locator(f'input[name="{name}"][value="{value}"]').check()

    def fill(self, name: str, text: str) -> None:
        self.page.locator(f'input[name="{name}"]').fill(text)

    def answer(self, value: object) -> Tab:
        """Answer the question on this page as a person would, and continue."""
        fact = self.fact
        assert fact, f"{self.path} is not a question page"
        if value is SKIP:
            return self.click("skip")
        kind = self.page.locator('form[data-testid="question-form"]').get_attribute("data-kind")
        if kind in ("bool", "enum"):
            self.choose(fact, str(value))
        elif kind == "enum_list":
            assert isinstance(value, list | tuple)
            for choice in value:
                self.choose(fact, choice)
        else:
            self.fill(fact, str(value))
        return self.click("continue")

    def walk(self, answers: Mapping[str, object]) -> list[str]:
        """Answer whatever the engine asks, from `answers`, until the answers page.
        Returns the facts in the order asked; a question not in `answers` fails."""
        asked: list[str] = []
        while (fact := self.fact) is not None:
            assert fact in answers, f"unexpected question {fact} after {asked}"
            assert len(asked) < 60, "the questionnaire did not end"
            asked.append(fact)
            self.answer(answers[fact])
        assert self.path.startswith("/check/answers/"), self.path
        return asked

    def start(self, audience: str, topic: str, on: str = "") -> Tab:
        """From the start page: who you are, what you want to know (and, for an adviser,
        the reference date); ends on the first question."""
        self.open("/check/")
        self.choose("audience", audience)
        self.click("continue")
        self.choose("topic", topic)
        if on:
            self.fill("on", on)
        return self.click("continue")

    # Reading ---------------------------------------------------------------------

    def text(self, testid: str) -> str:
        return " ".join(self.page.get_by_test_id(testid).first.inner_text().split())

    def status(self) -> str | None:
        """The outcome on a result page: eligible, not_eligible or undetermined."""
        return self.page.get_by_test_id("outcome").get_attribute("data-status")

    def criterion(self, criterion: str) -> str | None:
        return self.page.locator(f'[data-criterion="{criterion}"]').get_attribute("data-status")

    def availability(self) -> str | None:
        return self.page.get_by_test_id("availability").get_attribute("data-availability")

    def outcome(self) -> str:
        return " ".join(self.page.locator(".outcome-sentence").inner_text().split())

    def screenshot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    # Auditing --------------------------------------------------------------------

    def audit(self) -> None:
        """axe-core on this page, then the layout at 320 px and at 200 % zoom."""
        violations = self.page.evaluate(RUN_AXE)
        record(self.path, violations)
        blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
        assert not blocking, f"axe-core on {self.path}:\n" + describe(blocking)
        try:
            for name, size in (("320 px wide", NARROW), ("200 % zoom", ZOOMED)):
                self.page.set_viewport_size(size)
                found = self.page.evaluate(OVERFLOW)
                assert found["scrollWidth"] <= found["width"], (
                    f"{self.path} scrolls sideways at {name}: {found['scrollWidth']} px of "
                    f"content in {found['width']} px; sticking out: {', '.join(found['wide'])}"
                )
        finally:
            self.page.set_viewport_size(self.viewport)


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']}")
        for node in v["nodes"][:10]:
            lines.append(f"    {node['target']}: {' '.join(node['summary'].split())}")
    return "\n".join(lines)


AXE_LOG: dict[str, Any] = {"pages_audited": 0, "violations": {}}


def record(path: str, violations: list[dict[str, Any]]) -> None:
    """Keep every violation, of any impact, for test-artifacts/axe-violations.json."""
    AXE_LOG["pages_audited"] += 1
    if violations:
        AXE_LOG["violations"].setdefault(path, violations)


def pytest_sessionfinish(session: pytest.Session) -> None:
    if AXE_LOG["pages_audited"]:
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "axe-violations.json").write_text(
            json.dumps(AXE_LOG, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


def console_error(tab: Tab, message: Any) -> None:
    # A file that did not load is reported by `failed_response`, with its address.
    if message.type == "error" and not message.text.startswith("Failed to load resource"):
        tab.problems.append(f"console error: {message.text}")


def failed_response(tab: Tab, response: Any) -> None:
    """A page or one of its files (style sheet, image, the icon) that does not load."""
    if response.status >= 400:
        tab.problems.append(f"{response.url} answered {response.status}")


@pytest.fixture
def person(chromium: Any, live_server: Any, today: date) -> Iterator[Any]:
    """Opens a tab for a new person (a fresh browser context: no cookies) with a Dutch
    browser by default; every one is closed at the end of the test."""
    contexts: list[Any] = []

    def open_tab(locale: str = "nl-NL", javascript: bool = True, **options: Any) -> Tab:
        viewport = options.pop("viewport", DESKTOP)
        context = chromium.new_context(
            base_url=live_server.url,
            locale=locale,
            viewport=viewport,
            java_script_enabled=javascript,
            accept_downloads=True,
            **options,
        )
        if javascript:
            # axe-core is put in every page before it loads, as the browser's own script: a
            # script tag added to the page would be refused by the site's Content Security
            # Policy, and switching that policy off would hide what it blocks.
            context.add_init_script(path=str(AXE))
        contexts.append(context)
        page = context.new_page()
        tab = Tab(page, live_server.url, audited=javascript, viewport=viewport)
        page.on("pageerror", lambda error: tab.problems.append(f"JavaScript error: {error}"))
        page.on("console", lambda message: console_error(tab, message))
        page.on("response", lambda response: failed_response(tab, response))
        return tab

    yield open_tab
    for context in contexts:
        context.close()
