"""POST /api/v1/screenings/: one set of facts against every scheme of an audience."""

from __future__ import annotations

from datetime import date

import pytest

import rules

from .conftest import Api, errors_of

FACTS = {"birth_date": "1980-01-01", "ww_month_number": 3, "wfw_request_type": "arbeidsduur_minder"}


@pytest.mark.parametrize("audience", ["worker", "employer", "adviser"])
def test_screening_answers_every_scheme_of_the_audience_and_one_next_question(
    api: Api, audience: str
) -> None:
    response = api.post("screenings/", {"audience": audience, "on": "2025-03-15", "facts": FACTS})

    assert response.status_code == 200
    body = response.json()
    expected = rules.screen(FACTS, date(2025, 3, 15), audience)
    assert [r["scheme"] for r in body["results"]] == [r.scheme for r in expected.results]
    assert body["next_question"] == expected.next_question
    assert body["missing"] == list(expected.missing)


def test_an_unknown_audience_is_a_400_naming_audience(api: Api) -> None:
    response = api.post("screenings/", {"audience": "student", "on": "2025-03-15"}, lang="en")

    assert response.status_code == 400
    assert errors_of(response) == [
        {
            "field": "audience",
            "code": "invalid_choice",
            "message": "'audience': 'student' is not a valid choice. Choose from: worker, "
            "employer, adviser.",
        }
    ]


def test_a_bad_answer_names_the_fact(api: Api) -> None:
    body = {"audience": "worker", "on": "2025-03-15", "facts": {"birth_date": "yesterday"}}

    [error] = errors_of(api.post("screenings/", body))

    assert error["field"] == "facts.birth_date"
    assert error["code"] == "not_date"
