"""The adviser workspace in a real browser, at the questionnaire's bar and stricter: every
page the journeys reach has no axe-core finding of any impact and nothing of critical
impact left to review, and does not scroll sideways at 320 px or at 200 % zoom (conftest's
audit). Screenshots go to test-artifacts/screenshots/ like the questionnaire's.

The journeys: an adviser from signing in to a handover PDF, with a check done in the
questionnaire in adviser mode and added to the case in one step; and a worker and an
employer checking everything, from the start page to the results."""

from __future__ import annotations

import re
from typing import Any

import pytest

from workspace import services

from .conftest import SKIP, Tab

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "een-lang-wachtwoord-1"

# Every finding, of any impact, and what axe could not decide with critical impact.
RUN_AXE_STRICT = """async () => {
  const results = await axe.run(document, {resultTypes: ["violations", "incomplete"]});
  const shape = v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => n.target.join(" "))});
  return {
    violations: results.violations.map(shape),
    review: results.incomplete.filter(v => v.impact === "critical").map(shape),
  };
}"""


def strict_axe(tab: Tab) -> None:
    found = tab.page.evaluate(RUN_AXE_STRICT)
    assert not found["violations"], f"axe-core on {tab.path}: {found['violations']}"
    assert not found["review"], f"axe-core needs review on {tab.path}: {found['review']}"


def go(tab: Tab, locator: Any) -> Tab:
    """Follow a link or press a button found by role and name."""
    with tab.page.expect_navigation():
        locator.click()
    return tab.arrived()


@pytest.fixture
def adviser(person: Any, db: None) -> Tab:
    services.create_organisation("Leerwerkloket Utrecht", "adviseur@loket.nl", PASSWORD)
    tab: Tab = person()
    tab.on_every_page.append(strict_axe)
    return tab


def sign_in(tab: Tab) -> None:
    tab.open("/werkruimte/inloggen/")
    tab.screenshot("workspace-01-login")
    tab.page.get_by_label("E-mailadres").fill("adviseur@loket.nl")
    tab.page.get_by_label("Wachtwoord").fill(PASSWORD)
    go(tab, tab.page.get_by_role("button", name="Inloggen"))
    assert tab.path == "/werkruimte/"


def test_a_failed_sign_in_focuses_the_error_summary(adviser: Tab) -> None:
    tab = adviser
    tab.open("/werkruimte/inloggen/")
    go(tab, tab.page.get_by_role("button", name="Inloggen"))

    focused = tab.page.evaluate("document.activeElement.dataset.testid || ''")
    assert focused == "error-summary"


def test_the_adviser_journey_from_sign_in_to_the_handover_pdf(adviser: Tab) -> None:
    tab = adviser
    sign_in(tab)
    tab.screenshot("workspace-02-case-list-empty")

    # A new case; an empty reference first: the summary takes the focus, the hint and the
    # error are read with the field.
    go(tab, tab.page.get_by_role("link", name="Nieuw dossier").first)
    go(tab, tab.page.get_by_role("button", name="Opslaan"))
    assert tab.page.evaluate("document.activeElement.dataset.testid || ''") == "error-summary"
    described = tab.page.get_by_label("Klantkenmerk").get_attribute("aria-describedby") or ""
    assert "id_client_reference_error" in described.split()
    tab.screenshot("workspace-03-new-case-error")
    tab.page.get_by_label("Klantkenmerk").fill("KL-0412")
    tab.page.get_by_label("Aantekeningen").fill("Werkt 20 uur, WW sinds januari.")
    go(tab, tab.page.get_by_role("button", name="Opslaan"))
    assert tab.page.get_by_test_id("messages").is_visible()
    tab.screenshot("workspace-04-case-page-with-message")
    case_path = tab.path

    # The check in the questionnaire, in adviser mode, for March 2025.
    go(tab, tab.page.get_by_role("link", name="Een nieuwe check starten in de vragenlijst"))
    assert "U werkt in dossier KL-0412" in tab.text("adviser-banner")
    tab.choose("topic", "ww_income")
    tab.fill("on", "15-03-2025")
    tab.click("continue")
    label = tab.page.locator("h1").first.inner_text()
    assert "maart 2025" in label and "de klant" in label, label
    assert "U werkt in dossier KL-0412" in tab.text("adviser-banner")
    tab.screenshot("workspace-05-adviser-question")
    tab.walk({"income_month_eur": "1.200,00", "ww_dagloon_eur": "150,00", "ww_month_number": "3"})
    go(tab, tab.page.locator('a[href*="/check/results/"]').first)
    if not re.match(r"^/check/results/[^/]+/$", tab.path):
        go(tab, tab.page.locator('a[href*="/check/results/ww_"]').first)
    tab.screenshot("workspace-06-adviser-result")
    tab.click("attach-to-case")
    assert tab.path == case_path
    assert "toegevoegd" in tab.text("messages")

    # The check page, the handover and its PDF.
    go(tab, tab.page.locator('a[href*="/checks/"]').first)
    tab.screenshot("workspace-07-check-page")
    go(tab, tab.page.get_by_role("link", name=re.compile("Terug naar dossier")).first)
    go(tab, tab.page.get_by_role("link", name="Overdracht voor de klant"))
    outcome = tab.text("handover-outcome")
    assert "WW" in outcome
    assert "15 maart 2025" in tab.page.inner_text("main")
    tab.screenshot("workspace-08-handover")
    with tab.page.expect_download() as download:
        tab.page.get_by_role("link", name="Downloaden als pdf").click()
    assert download.value.suggested_filename.endswith(".pdf")

    # Found again by the code read out at the counter.
    code = tab.page.inner_text("main")
    found = re.search(r"\b([A-Z2-9]{4}-[A-Z2-9]{4})\b", code)
    assert found
    tab.open("/werkruimte/?q=" + found.group(1).lower().replace("-", "+"))
    assert "KL-0412" in tab.page.inner_text("main")
    tab.screenshot("workspace-09-case-list-found-by-code")

    # The rest of the workspace: the law status page and the audit log.
    go(tab, tab.page.get_by_role("link", name="Stand van de wet"))
    tab.screenshot("workspace-10-law-status")
    go(tab, tab.page.get_by_role("link", name="Logboek", exact=True))
    log = tab.page.inner_text("main")
    assert "Voegde een check toe aan het dossier" in log and "check_added" not in log
    tab.screenshot("workspace-11-audit-log")
    go(tab, tab.page.get_by_role("link", name="Adviseurs", exact=True))
    tab.screenshot("workspace-12-advisers")
    go(tab, tab.page.get_by_role("link", name="Contactgegevens", exact=True))
    tab.page.get_by_label("Telefoon").fill("030 123 45 67")
    go(tab, tab.page.get_by_role("button", name="Opslaan"))
    tab.screenshot("workspace-13-contact-details")
    tab.open(case_path + "overdracht/")
    assert "030 123 45 67" in tab.text("handover-contact")


@pytest.mark.parametrize("audience", ["worker", "employer"])
def test_checking_everything_reaches_the_results(person: Any, audience: str) -> None:
    tab: Tab = person()
    tab.start(audience, "everything")
    if tab.path.startswith("/check/situations/"):  # "none of these": every scheme
        tab.page.locator('input[name="situations"][value="none"]').check()
        tab.click("continue")
    asked = 0
    while tab.fact is not None:
        assert asked < 80, "the questionnaire did not end"
        tab.answer(SKIP)
        asked += 1
    assert tab.path.startswith("/check/answers/"), tab.path
    go(tab, tab.page.locator('a[href="/check/results/"]').first)
    tab.screenshot(f"journey-{audience}-everything-results")
