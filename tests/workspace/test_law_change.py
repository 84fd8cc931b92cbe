"""An adviser sees which checks of a case a change of law changed, and how.

The case list and the case page mark such a check "Gewijzigd" until the adviser marks it as
seen (an audit entry); the check page and the handover show today's outcome beside the
outcome as saved. The check page presents the result as the questionnaire does: notes,
rule version and the figures used, every link to the law dated on the reference date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from eligibility import checks
from tests.law_change import ANSWERS, SAVED_ON, UNCHANGED_ON
from workspace import services
from workspace.models import AuditEntry, CaseCheck

from .conftest import Loket


def toy_check(loket: Loket, on: date) -> CaseCheck:
    saved = checks.create_check("toy", None, on, ANSWERS, "nl")
    return services.attach_check(loket.case, loket.adviser.user, token=saved.token or "")


def check_url(name: str, case_check: CaseCheck) -> str:
    return reverse(
        f"workspace:{name}", kwargs={"case_id": case_check.case_id, "check_id": case_check.pk}
    )


def case_url(loket: Loket) -> str:
    return reverse("workspace:case_detail", kwargs={"case_id": loket.case.pk})


def test_a_changed_check_is_marked_on_the_case_list_and_page_until_seen(
    adviser_a: Client, loket_a: Loket, toy_law: Callable[[], None]
) -> None:
    case_check = toy_check(loket_a, SAVED_ON)
    toy_law()
    call_command("reevaluate_checks", stdout=None)

    listed = adviser_a.get(reverse("workspace:case_list")).content.decode()
    page = adviser_a.get(case_url(loket_a)).content.decode()

    assert 'data-testid="changed">Gewijzigd<' in listed
    assert 'data-testid="changed">Gewijzigd<' in page
    assert "Sinds deze check werd bewaard, is de uitkomst veranderd" in page
    assert '<td data-testid="old">geen</td><td data-testid="new">€\u00a0720,00</td>' in page
    assert "The benefit rate from 1 January to 30 June 2025 is published" in page

    response = adviser_a.post(check_url("case_check_change_seen", case_check))

    assert response.status_code == 302
    entry = AuditEntry.objects.filter(detail="check_change_seen").get()
    assert entry.case_id == loket_a.case.pk and entry.actor == loket_a.adviser.user
    assert "Gewijzigd" not in adviser_a.get(reverse("workspace:case_list")).content.decode()
    assert 'data-testid="changed"' not in adviser_a.get(case_url(loket_a)).content.decode()


def test_the_check_page_shows_todays_outcome_and_keeps_the_saved_one_readable(
    adviser_a: Client, loket_a: Loket, toy_law: Callable[[], None]
) -> None:
    case_check = toy_check(loket_a, SAVED_ON)
    toy_law()
    call_command("reevaluate_checks", stdout=None)

    html = adviser_a.get(check_url("case_check_detail", case_check)).content.decode()

    today, saved = html.split('data-testid="saved-outcome"')
    assert "Regelversie 0.2" in today and "Regelversie 0.1" in saved
    assert 'data-testid="status">Voldoet aan de voorwaarden<' in today
    assert "€\u00a0720,00" in today
    assert 'data-testid="status">Nog niet duidelijk<' in saved


def test_the_handover_shows_the_current_outcome_and_notes_the_change(
    adviser_a: Client, loket_a: Loket, toy_law: Callable[[], None]
) -> None:
    toy_check(loket_a, SAVED_ON)
    toy_law()
    call_command("reevaluate_checks", stdout=None)

    html = adviser_a.get(
        reverse("workspace:case_handover", kwargs={"case_id": loket_a.case.pk})
    ).content.decode()

    assert "<h3>Proefregeling</h3>" in html
    assert "<strong>U komt in aanmerking.</strong>" in html  # today's outcome, in a sentence
    assert "€\u00a0720,00" in html
    assert "Sinds deze check werd bewaard, is de uitkomst veranderd" in html


def test_a_check_whose_outcome_did_not_change_gets_no_marker(
    adviser_a: Client, loket_a: Loket, toy_law: Callable[[], None]
) -> None:
    case_check = toy_check(loket_a, UNCHANGED_ON)
    toy_law()
    call_command("reevaluate_checks", stdout=None)

    case_check.refresh_from_db()
    assert case_check.current_result is not None  # evaluated again under version 0.2
    for url in (reverse("workspace:case_list"), case_url(loket_a)):
        assert 'data-testid="changed"' not in adviser_a.get(url).content.decode()
    detail = adviser_a.get(check_url("case_check_detail", case_check)).content.decode()
    assert 'data-testid="outcome-change"' not in detail


def test_the_check_page_shows_notes_rule_version_and_figures_like_the_questionnaire(
    adviser_a: Client, loket_a: Loket, toy_law: Callable[[], None]
) -> None:
    case_check = toy_check(loket_a, UNCHANGED_ON)

    html = adviser_a.get(check_url("case_check_detail", case_check)).content.decode()

    assert '<li data-note="always">Altijd getoond.</li>' in html
    assert not re.search(r"<li>\s*</li>", html)
    assert "Regelversie 0.1" in html
    assert 'data-figure="toy_rate"><td>uitkeringspercentage</td><td>0,75</td>' in html


def test_every_link_to_the_law_on_the_check_page_is_dated_on_the_reference_date(
    adviser_a: Client, loket_a: Loket
) -> None:
    html = adviser_a.get(check_url("case_check_detail", loket_a.check)).content.decode()

    links = re.findall(r'href="(https://wetten\.overheid\.nl/[^"]+)"', html)
    assert links
    for link in links:
        assert re.match(r"https://wetten\.overheid\.nl/BWBR\d+/2025-03-01(#|$)", link), link
