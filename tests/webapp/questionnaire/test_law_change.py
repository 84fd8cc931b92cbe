"""A person who comes back to a saved check hears when a change of law changed its outcome."""

from __future__ import annotations

from collections.abc import Callable

from django.core.management import call_command
from django.test import Client

from eligibility import checks
from eligibility.models import SavedCheck
from tests.law_change import ANSWERS, SAVED_ON, UNCHANGED_ON


def saved_then_changed(toy_law: Callable[[], None], on: object = SAVED_ON) -> SavedCheck:
    check = checks.create_check("toy", None, on, ANSWERS, "nl")  # type: ignore[arg-type]
    toy_law()
    call_command("reevaluate_checks", stdout=None)
    return check


def answers_page_after_link(client: Client, token: str) -> str:
    response = client.get(f"/check/resume/?key={token}")
    assert response["Location"] == "/check/answers/"
    return client.get("/check/answers/").content.decode()


def test_by_link_the_person_sees_the_old_and_new_outcome_and_why(
    browser: Client, toy_law: Callable[[], None]
) -> None:
    check = saved_then_changed(toy_law)

    html = answers_page_after_link(browser, check.token or "")

    assert "Sinds u deze check bewaarde, is de uitkomst veranderd" in html
    assert "nog niet te zeggen" in html and "u komt in aanmerking" in html
    assert '<td data-testid="old">geen</td><td data-testid="new">€\u00a0720,00</td>' in html
    assert "The benefit rate from 1 January to 30 June 2025 is published: 72 %." in html


def test_by_code_the_person_sees_the_change_in_english_too(
    english: Client, toy_law: Callable[[], None]
) -> None:
    check = saved_then_changed(toy_law)

    response = english.post("/check/resume/", {"code": checks.format_code(check.code)})
    assert response["Location"] == "/check/answers/"
    html = english.get("/check/answers/").content.decode()

    assert "Since you saved this check, the outcome has changed" in html
    assert '<td data-testid="old">none</td><td data-testid="new">€720.00</td>' in html


def test_a_check_whose_outcome_did_not_change_shows_no_change(
    browser: Client, toy_law: Callable[[], None]
) -> None:
    check = saved_then_changed(toy_law, UNCHANGED_ON)

    html = answers_page_after_link(browser, check.token or "")

    assert 'data-testid="outcome-change"' not in html
