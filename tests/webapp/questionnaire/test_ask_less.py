"""Asking less: "check everything" starts with what applies, each scheme's questions come
together under its name, and a scheme one can no longer apply for asks nothing."""

from __future__ import annotations

import re
from datetime import date

from django.test import Client

from eligibility import catalogue

from .conftest import SKIP, answer, errors_on, next_question, start


def test_everything_starts_with_what_applies(browser: Client) -> None:
    response = browser.post("/check/for/worker/", {"topic": "everything"})

    assert browser.get(response["Location"])["Location"] == "/check/situations/"
    html = browser.get("/check/situations/").content.decode()
    assert "Wat is op u van toepassing?" in html
    assert "Ik krijg nu WW" in html
    assert "Geen van deze: laat alles zien" in html


def test_only_the_schemes_of_the_chosen_situation_ask_questions(browser: Client) -> None:
    start(browser, "worker", "everything", situations=("other_hours",))

    wfw_facts = {f["id"] for f in catalogue.describe_scheme("wfw", date(2025, 3, 14))["facts"]}
    first = next_question(browser)
    assert first in wfw_facts
    response = browser.get("/check/results/")
    if response.status_code == 302:  # one scheme: its result page
        assert response["Location"] == "/check/results/wfw/"
    else:
        shown = re.findall(
            r'class="result-card" data-scheme="([a-z_]+)"', response.content.decode()
        )
        assert shown == ["wfw"]


def test_each_question_names_the_scheme_that_asks_it(browser: Client) -> None:
    start(browser, "worker", "everything", situations=("receives_ww", "other_hours"))

    html = browser.get(f"/check/question/{next_question(browser)}/").content.decode()

    caption = html[html.index('data-testid="caption"') :]
    assert caption[caption.index(">") + 1 :].startswith("Werken tijdens de WW")


def test_a_scheme_that_has_ended_asks_no_questions(browser: Client) -> None:
    # On 14 March 2025 STAP and NL leert door have ended, with no later window.
    start(browser, "worker", "everything", situations=("learning",))

    asked = []
    while (fact := next_question(browser)) is not None and len(asked) < 40:
        asked.append(fact)
        answer(browser, fact, SKIP)  # "I do not know"

    stap_and_nlld = {
        f["id"]
        for s in ("stap", "nlld_ontwikkeladvies", "nlld_scholing")
        for f in catalogue.describe_scheme(s, date(2025, 3, 14))["facts"]
    }
    open_schemes = {
        f["id"]
        for f in catalogue.describe_scheme("levenlanglerenkrediet", date(2025, 3, 14))["facts"]
    }
    assert [f for f in asked if f in stap_and_nlld - open_schemes] == []
    html = browser.get("/check/results/").content.decode()
    assert 'data-scheme="stap" data-status="not_eligible"' in html


def test_an_adviser_may_check_an_ended_scheme_anyway(browser: Client) -> None:
    browser.post("/check/for/adviser/", {"topic": "everything", "on": ""})
    browser.post("/check/situations/", {"situations": ["client_learning"], "closed_too": "on"})

    assert next_question(browser) is not None


def test_none_of_these_cannot_be_combined(browser: Client) -> None:
    browser.post("/check/for/worker/", {"topic": "everything"})

    response = browser.post("/check/situations/", {"situations": ["none", "receives_ww"]})

    assert response.status_code == 200
    assert errors_on(response.content.decode()) == [
        "Fout: Kies ‘Geen van deze’ alleen als niets anders van toepassing is."
    ]
