"""POST /api/v1/evaluations/: the outside contract over HTTP, the same result as the command line."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from .conftest import Api, errors_of

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def example(scheme: str) -> dict[str, object]:
    facts: dict[str, object] = json.loads((EXAMPLES / f"{scheme}.json").read_text())
    return facts


@pytest.mark.parametrize(
    ("scheme", "on"), [("wfw", "2025-03-01"), ("ww_inkomensverrekening", "2025-03-15")]
)
def test_the_answer_is_the_same_result_as_the_command_line(api: Api, scheme: str, on: str) -> None:
    out = StringIO()
    call_command(
        "evaluate", scheme, "--on", on, "--facts", str(EXAMPLES / f"{scheme}.json"), stdout=out
    )

    response = api.post("evaluations/", {"scheme": scheme, "on": on, "facts": example(scheme)})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == json.loads(out.getvalue())


def test_income_during_ww_gives_the_benefit_amount(api: Api) -> None:
    body = {
        "scheme": "ww_inkomensverrekening",
        "on": "2025-03-15",
        "facts": example("ww_inkomensverrekening"),
    }

    result = api.post("evaluations/", body).json()

    assert result["status"] == "eligible"
    assert result["outputs"]["benefit_eur"] == "1443.75"
    assert result["receipt"]["scheme_version"]


def test_without_facts_the_result_is_undetermined_and_names_the_next_question(api: Api) -> None:
    result = api.post("evaluations/", {"scheme": "wfw", "on": "2025-03-01"}).json()

    assert result["status"] == "undetermined"
    assert result["missing"][0] == "wfw_request_type"


def test_a_known_fact_of_another_scheme_is_ignored(api: Api) -> None:
    plain = api.post("evaluations/", {"scheme": "wfw", "on": "2025-03-01", "facts": {}}).json()
    other = {"scheme": "wfw", "on": "2025-03-01", "facts": {"ww_month_number": 3}}

    assert api.post("evaluations/", other).json() == plain


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        (None, "'wfw_weeks_in_servce' is geen bekend gegeven. Controleer de schrijfwijze."),
        (
            "nl-NL,nl;q=0.9",
            "'wfw_weeks_in_servce' is geen bekend gegeven. Controleer de schrijfwijze.",
        ),
        ("en-GB,en;q=0.9", "'wfw_weeks_in_servce' is not a known fact. Check the spelling."),
        ("fr", "'wfw_weeks_in_servce' is geen bekend gegeven. Controleer de schrijfwijze."),
    ],
)
def test_an_unknown_fact_is_an_error_in_the_requests_language(
    api: Api, lang: str | None, message: str
) -> None:
    body = {"scheme": "wfw", "on": "2025-03-01", "facts": {"wfw_weeks_in_servce": 30}}

    response = api.post("evaluations/", body, lang=lang)

    assert response.status_code == 400
    assert errors_of(response) == [
        {"field": "facts.wfw_weeks_in_servce", "code": "unknown_fact", "message": message}
    ]


def test_every_bad_answer_is_reported_at_once(api: Api) -> None:
    facts = {"wfw_weeks_in_service": "many", "employer_headcount": -1, "birth_date": "1970-02-30"}

    response = api.post(
        "evaluations/", {"scheme": "wfw", "on": "2025-03-01", "facts": facts}, lang="en"
    )

    assert response.status_code == 400
    assert {(e["field"], e["code"]) for e in errors_of(response)} == {
        ("facts.wfw_weeks_in_service", "not_int"),
        ("facts.employer_headcount", "below_minimum"),
        ("facts.birth_date", "impossible_date"),
    }


def test_answers_that_contradict_each_other_name_the_fact(api: Api) -> None:
    facts = {"ww_dagloon_eur": "200.00", "ww_dagloon_uncapped_eur": "150.00"}
    body = {"scheme": "ww_inkomensverrekening", "on": "2025-03-15", "facts": facts}

    [error] = errors_of(api.post("evaluations/", body, lang="en"))

    assert error["field"] == "facts.ww_dagloon_uncapped_eur"
    assert error["code"] == "constraint"
    assert "cannot be lower than the dagloon after" in error["message"]


def test_an_unknown_scheme_lists_the_known_ones(api: Api) -> None:
    [error] = errors_of(api.post("evaluations/", {"scheme": "wwf", "on": "2025-03-01"}, lang="en"))

    assert error["field"] == "scheme"
    assert error["code"] == "invalid_choice"
    assert error["message"].startswith(
        "'scheme': 'wwf' is not a valid choice. Choose from: stap, slim,"
    )


def test_scheme_and_on_are_required(api: Api) -> None:
    response = api.post("evaluations/", {"facts": {}}, lang="en")

    assert response.status_code == 400
    assert errors_of(response) == [
        {"field": "scheme", "code": "required", "message": "'scheme' is missing."},
        {"field": "on", "code": "required", "message": "'on' is missing."},
    ]
