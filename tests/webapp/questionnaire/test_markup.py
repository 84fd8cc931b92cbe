"""Accessible markup without JavaScript: one labelled control per question, groups in a
fieldset with a legend, hints tied to their field, no script, every action a link or a form."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from webapp.questionnaire import presenters

from .conftest import start
from .test_language import every_page

KINDS = {
    "bool": "wfw_unforeseen",
    "int": "employer_headcount",
    "date": "wfw_intended_start_date",
    "enum": "wfw_request_type",
}


def question(client: Client, fact: str) -> str:
    return client.get(f"/check/question/{fact}/").content.decode()


@pytest.mark.parametrize("fact", ["employer_headcount", "wfw_intended_start_date"])
def test_a_single_answer_has_a_label_that_is_the_page_heading(browser: Client, fact: str) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    html = question(browser, fact)
    text = presenters.facts()[fact]["question"]["nl"]

    assert f'<h1 class="question-heading"><label for="id_{fact}">{text}</label></h1>' in html
    control = re.search(rf'<input [^>]*id="id_{fact}"[^>]*>', html)
    assert control
    described = re.search(r'aria-describedby="([^"]+)"', control.group(0))
    hints = re.findall(rf'<div class="hint" id="(id_{fact}-[a-z]+)">', html)
    assert hints and described and described.group(1).split() == hints


@pytest.mark.parametrize("fact", ["wfw_unforeseen", "wfw_request_type"])
def test_a_choice_is_a_fieldset_whose_legend_is_the_heading(browser: Client, fact: str) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    html = question(browser, fact)
    text = presenters.facts()[fact]["question"]["nl"]

    assert re.search(
        rf'<fieldset class="fieldset"[^>]*>\s*<legend class="legend legend-heading"><h1 class="question-heading">{re.escape(text)}</h1></legend>',
        html,
    )
    inputs = re.findall(rf'<input type="radio" name="{fact}"[^>]*id="(id_{fact}_\d+)"', html)
    assert inputs
    for input_id in inputs:
        assert f'<label class="option-label" for="{input_id}">' in html


def test_a_list_of_choices_is_check_boxes_in_a_fieldset(browser: Client) -> None:
    start(browser, "employer", "training_subsidy")

    html = question(browser, "slim_activities")

    assert html.count('type="checkbox" name="slim_activities"') == len(
        presenters.facts()["slim_activities"]["choices"]
    )
    assert "<fieldset" in html


def test_an_amount_has_a_euro_prefix_and_a_format_hint(browser: Client) -> None:
    start(browser, "worker", "ww_income")

    html = question(browser, "income_month_eur")

    assert '<span class="input-prefix" aria-hidden="true">€</span>' in html
    assert 'inputmode="decimal"' in html
    assert "Een bedrag in euro, bijvoorbeeld 1250,50." in html


def test_a_question_says_why_it_is_asked_with_the_article(browser: Client) -> None:
    start(browser, "worker", "ww_income")

    html = question(browser, "income_month_eur")

    why = html[html.index('data-testid="why"') :]
    assert "Waarom we dit vragen" in why
    assert "https://wetten.overheid.nl/" in why


@pytest.mark.slow
def test_no_page_needs_javascript(english: Client) -> None:
    for url, html in every_page(english):
        assert "<script" not in html, url
        assert "onclick" not in html, url
        for form in re.findall(r"<form [^>]*>", html):
            assert 'method="post"' in form or 'method="get"' in form, (url, form)
        # Every page has the language switch and, inside a journey, a way back.
        assert 'data-testid="language-switch"' in html, url


def test_every_page_has_one_main_landmark_and_a_skip_link(browser: Client) -> None:
    html = browser.get("/check/").content.decode()

    assert html.count("<main ") == 1
    assert '<a class="skip-link" href="#main">' in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
