"""Errors in the GOV.UK / NL Design System pattern: a summary linking to the field, the
message beside the field, the input kept, every message a translated sentence."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from webapp.questionnaire.messages import FORM_MESSAGES, engine_message

from .conftest import errors_on, start


def post(client: Client, fact: str, value: object) -> str:
    response = client.post(f"/check/question/{fact}/", {fact: value, "action": "answer"})
    assert response.status_code == 200
    return response.content.decode()


def summary_links(html: str) -> list[tuple[str, str]]:
    block = html[html.index('data-testid="error-summary"') :]
    block = block[: block.index("</div>")]
    return re.findall(r'<a href="#([^"]+)">([^<]+)</a>', block)


def test_an_amount_we_cannot_read_is_summarised_shown_beside_the_field_and_kept(
    browser: Client,
) -> None:
    start(browser, "worker", "ww_income")

    html = post(browser, "income_month_eur", "twaalfhonderd")

    message = "Schrijf een bedrag in euro, bijvoorbeeld 1250,50."
    assert summary_links(html) == [("id_income_month_eur", message)]
    assert errors_on(html) == [f"Fout: {message}"]
    assert 'value="twaalfhonderd"' in html
    assert re.search(r'id="id_income_month_eur"[^>]*aria-invalid="true"', html) or re.search(
        r'aria-invalid="true"[^>]*id="id_income_month_eur"', html
    )
    assert "<title>Fout: " in html
    assert 'role="alert"' in html and "autofocus" in html


def test_the_engines_sentence_is_used_for_an_answer_it_refuses(browser: Client) -> None:
    start(browser, "worker", "ww_income")

    html = post(browser, "income_month_eur", "12,345")

    assert errors_on(html) == [
        "Fout: Het bedrag mag hoogstens twee cijfers achter de komma hebben (hele centen)."
    ]
    assert 'value="12,345"' in html


def test_a_date_that_does_not_exist_is_refused_with_the_date_named(browser: Client) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")

    html = post(browser, "wfw_intended_start_date", "31-02-2022")

    assert errors_on(html) == [
        "Fout: 31-02-2022 is geen bestaande datum. "
        "Schrijf een datum die bestaat, bijvoorbeeld 28-02-2025."
    ]
    assert 'value="31-02-2022"' in html


def test_no_choice_links_the_summary_to_the_first_option(browser: Client) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")

    response = browser.post("/check/question/wfw_request_type/", {"action": "answer"})

    html = response.content.decode()
    assert summary_links(html) == [
        ("id_wfw_request_type_0", "Kies een van de antwoorden, of kies ‘Weet ik niet’.")
    ]
    assert 'id="id_wfw_request_type_0"' in html


def test_errors_are_english_on_an_english_page(english: Client) -> None:
    start(english, "worker", "ww_income")

    html = post(english, "income_month_eur", "-5")

    assert errors_on(html) == ["Error: The amount must be €0.00 or more."]


def test_a_start_page_without_a_choice_shows_the_error_summary(browser: Client) -> None:
    html = browser.post("/check/", {}).content.decode()

    assert summary_links(html) == [("id_audience_0", "Kies wie u bent.")]


def test_a_huge_amount_is_refused_without_machine_notation(browser: Client) -> None:
    start(browser, "worker", "ww_income")

    html = post(browser, "income_month_eur", "2000000000000000000000")

    assert "E+" not in html
    assert errors_on(html) == ["Fout: Het bedrag moet € 1.000.000.000,00 of minder zijn."]


def test_an_adviser_reference_date_far_outside_the_schemes_years_is_refused(
    browser: Client,
) -> None:
    for typed in ("31-12-9999", "01-01-1999"):
        response = browser.post("/check/for/adviser/", {"topic": "flexible_work", "on": typed})

        assert response.status_code == 200
        assert errors_on(response.content.decode()) == [
            "Fout: De peildatum moet in 2015 of later liggen, en uiterlijk in 2028."
        ]


def test_an_adviser_reference_date_we_cannot_read_is_refused(browser: Client) -> None:
    response = browser.post("/check/for/adviser/", {"topic": "flexible_work", "on": "maart"})

    assert response.status_code == 200
    assert errors_on(response.content.decode()) == [
        "Fout: Schrijf de peildatum als dag-maand-jaar, bijvoorbeeld 31-03-2025."
    ]


@pytest.mark.parametrize("code", sorted(FORM_MESSAGES))
def test_every_form_message_is_a_translated_sentence(code: str) -> None:
    from django.utils import translation

    with translation.override("nl"):
        dutch = str(FORM_MESSAGES[code])
    with translation.override("en"):
        english = str(FORM_MESSAGES[code])
    assert dutch != english
    assert dutch.endswith(".") and english.endswith(".")


def test_the_engines_fact_id_becomes_your_answer() -> None:
    from django.utils import translation

    with translation.override("en"):
        assert (
            engine_message("'x_eur' must be a number.", "x_eur") == "Your answer must be a number."
        )
        assert engine_message("'x_eur' must be €0.00 or more.", "x_eur", "money") == (
            "The amount must be €0.00 or more."
        )
        assert engine_message("'x_eur': 'y' is not a valid choice.", "x_eur") == (
            "'y' is not a valid choice."
        )
        assert engine_message("Something else.", "x_eur") == "Something else."
