"""The short-code limit does not lock out everyone behind one address (a leerwerkloket):
misses count per browser, the address has a higher limit, a valid code keeps working in
the other browsers, and the refusal says what to do."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.test import Client

from eligibility import checks

NL = {"HTTP_ACCEPT_LANGUAGE": "nl"}


def counter_browser() -> Client:
    """A browser at the loket's public computer: it opened the start page first."""
    browser = Client(**NL)
    browser.get("/check/")
    return browser


def saved_code() -> str:
    check = checks.create_check("wfw", "worker", date(2025, 3, 1), {}, "nl")
    return checks.format_code(check.code)


def test_one_browsers_misses_do_not_lock_out_the_next_client(db: None, settings: Any) -> None:
    settings.CHECK_CODE_MISSES_PER_HOUR = 3
    settings.CHECK_CODE_MISSES_PER_HOUR_PER_ADDRESS = 50
    code = saved_code()
    guesser = counter_browser()
    for wrong in ("ABCD-EFG2", "ABCD-EFG3", "ABCD-EFG4"):
        guesser.post("/check/resume/", {"code": wrong})

    refused = guesser.post("/check/resume/", {"code": code})
    next_client = counter_browser().post("/check/resume/", {"code": code})

    assert refused.status_code == 200
    html = refused.content.decode()
    assert "te veel onbekende codes geprobeerd" in html
    assert "Vraag de adviseur de check met de code op te zoeken" in html
    assert next_client.status_code == 302
    assert next_client["Location"] == "/check/answers/"


def test_the_same_wrong_code_typed_again_counts_once(db: None, settings: Any) -> None:
    settings.CHECK_CODE_MISSES_PER_HOUR = 2
    code = saved_code()
    browser = counter_browser()
    for _ in range(5):
        browser.post("/check/resume/", {"code": "ABCD-EFG2"})

    found = browser.post("/check/resume/", {"code": code})

    assert found.status_code == 302


def test_the_address_still_has_a_limit_for_many_browsers(db: None, settings: Any) -> None:
    settings.CHECK_CODE_MISSES_PER_HOUR = 3
    settings.CHECK_CODE_MISSES_PER_HOUR_PER_ADDRESS = 4
    code = saved_code()
    for wrong in ("ABCD-EFG2", "ABCD-EFG3", "ABCD-EFG4", "ABCD-EFG5"):
        counter_browser().post("/check/resume/", {"code": wrong})

    refused = counter_browser().post("/check/resume/", {"code": code})

    assert "te veel onbekende codes geprobeerd" in refused.content.decode()
