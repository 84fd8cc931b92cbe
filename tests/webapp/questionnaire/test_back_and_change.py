"""Back links keep answers; the answers page changes one answer; changes drop what no
longer matters and the engine re-evaluates."""

from __future__ import annotations

import re

from django.test import Client

from webapp.questionnaire import presenters

from .conftest import SKIP, answer, next_question, start, walk
from .test_journeys import WFW, WW_MONTH


def back_link(html: str) -> str:
    found = re.search(r'class="back-link" href="([^"]+)" data-testid="back-link"', html)
    assert found
    return found.group(1)


def test_back_link_goes_to_the_previous_question_with_the_answer_kept(browser: Client) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    answer(browser, "wfw_request_type", "arbeidsduur_minder")
    answer(browser, "wfw_unforeseen", "false")
    html = browser.get(f"/check/question/{next_question(browser)}/").content.decode()

    back = back_link(html)

    assert back == "/check/question/wfw_unforeseen/"
    previous = browser.get(back).content.decode()
    assert re.search(
        r'<input type="radio" name="wfw_unforeseen" value="false"[^>]*checked', previous
    )
    assert back_link(previous) == "/check/question/wfw_request_type/"
    first = browser.get("/check/question/wfw_request_type/").content.decode()
    assert back_link(first) == "/check/for/adviser/"
    topic = browser.get("/check/for/adviser/").content.decode()
    assert 'value="01-03-2022"' in topic
    assert re.search(r'value="flexible_work"[^>]*checked', topic)


def test_going_back_to_the_topic_and_forward_again_keeps_every_answer(browser: Client) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    answer(browser, "wfw_request_type", "arbeidsduur_minder")

    start(browser, "adviser", "flexible_work", on="01-03-2022")

    assert (
        next_question(browser) == "employer_headcount"
    )  # the next question after the request type


def test_each_answer_has_a_change_link_that_returns_to_the_answers(browser: Client) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    asked = walk(browser, WFW)

    html = browser.get("/check/answers/").content.decode()

    for fact in asked:
        assert f'href="/check/question/{fact}/?change=1" data-testid="change-{fact}"' in html
    change = browser.get("/check/question/employer_headcount/?change=1").content.decode()
    assert back_link(change) == "/check/answers/"
    assert 'value="40"' in change


def test_changing_an_answer_re_evaluates_and_asks_what_is_now_needed(browser: Client) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    asked = walk(browser, {**WFW, "wfw_request_type": "arbeidsplaats"})
    assert "birth_date" not in asked  # the state-pension age matters only for hours

    answer(browser, "wfw_request_type", "arbeidsduur_minder")

    assert next_question(browser) == "birth_date"
    answer(browser, "birth_date", "12-05-1950")  # past the state-pension age in 2022
    assert next_question(browser) is None
    html = browser.get("/check/results/wfw/").content.decode()
    assert 'data-criterion="aow_age_not_reached" data-status="not_met"' in html


def test_a_change_that_decides_the_outcome_asks_nothing_more(browser: Client) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    walk(browser, WFW)

    # A small employer before 2 August 2022: no art. 2a exemption to ask about.
    answer(browser, "employer_headcount", "6")

    assert next_question(browser) is None
    html = browser.get("/check/results/wfw/").content.decode()
    assert 'data-criterion="employer_size" data-status="not_met"' in html


def test_changing_an_answer_drops_the_answers_that_no_longer_matter(browser: Client) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    walk(browser, WFW)

    # A request about the workplace: the state-pension age and the date of birth no
    # longer matter (art. 1a is about hours), and the answers page says what was removed.
    answer(browser, "wfw_request_type", "arbeidsplaats")
    html = browser.get("/check/next/", follow=True).content.decode()

    assert 'data-testid="dropped-answers"' in html
    assert '<li data-fact="birth_date">' in html
    answers = browser.get("/check/answers/").content.decode()
    assert 'data-fact="birth_date"' not in answers
    assert 'data-fact="wfw_intended_start_date"' in answers
    again = browser.get("/check/answers/").content.decode()
    assert 'data-testid="dropped-answers"' not in again  # said once


def test_i_do_not_know_moves_on_and_the_result_names_what_was_not_assessed(
    browser: Client,
) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    walk(browser, {**WFW, "birth_date": SKIP})

    html = browser.get("/check/results/wfw/").content.decode()

    assert 'data-status="undetermined"' in html
    assert 'data-criterion="aow_age_not_reached" data-status="unknown"' in html
    not_assessed = html[html.index('data-testid="not-assessed"') :]
    assert "Wat is de geboortedatum?" in not_assessed
    answers = browser.get("/check/answers/").content.decode()
    assert re.search(r'data-fact="birth_date">.*?Weet ik niet', answers, re.S)


def test_changing_an_answer_still_says_why_it_is_asked_once_the_outcome_is_clear(
    browser: Client,
) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    walk(browser, WFW)
    assert next_question(browser) is None  # every condition is decided

    html = browser.get("/check/question/employer_headcount/?change=1").content.decode()

    assert 'data-testid="why"' in html
    why = html[html.index('data-testid="why"') :]
    assert "Waarom we dit vragen" in why
    criterion = next(c for c in presenters.scheme("wfw")["criteria"] if c["id"] == "employer_size")
    assert criterion["label"]["nl"] in why
    assert 'href="https://wetten.overheid.nl/BWBR0011173/' in why


def test_changing_an_answer_used_only_for_the_amounts_says_so(browser: Client) -> None:
    start(browser, "worker", "ww_income")
    walk(browser, WW_MONTH)

    html = browser.get("/check/question/ww_month_number/?change=1").content.decode()
    condition = browser.get("/check/question/income_month_eur/?change=1").content.decode()

    assert "We vragen dit om de bedragen en data te berekenen." in html
    assert "We vragen dit om de bedragen en data te berekenen." not in condition
