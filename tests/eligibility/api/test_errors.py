"""Bad input never gives a 500: every request below is answered 4xx in the one error shape,
with a message naming what is wrong, in the request's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client

from eligibility.api import errors

from .conftest import Api, errors_of

API = Path(errors.__file__).parent

OK = {"scheme": "wfw", "on": "2025-03-01"}


def body(**changes: object) -> str:
    import json

    return json.dumps({**OK, **changes})


@pytest.mark.parametrize(
    ("raw", "status", "field", "code"),
    [
        # wrong types
        (body(scheme=5), 400, "scheme", "not_a_string"),
        (body(scheme=None), 400, "scheme", "null"),
        (body(on=20250301), 400, "on", "invalid_date"),
        (body(facts=[]), 400, "facts", "not_an_object"),
        (body(facts="birth_date=1980-01-01"), 400, "facts", "not_an_object"),
        (body(facts={"employer_headcount": [40]}), 400, "facts.employer_headcount", "not_int"),
        (body(facts={"birth_date": 19800101}), 400, "facts.birth_date", "not_date"),
        (
            body(facts={"wfw_request_written": "maybe"}),
            400,
            "facts.wfw_request_written",
            "not_bool",
        ),
        (
            body(facts={"wfw_request_type": {"id": "x"}}),
            400,
            "facts.wfw_request_type",
            "invalid_choice",
        ),
        # unknown ids
        (body(facts={"birth_dat": "1980-01-01"}), 400, "facts.birth_dat", "unknown_fact"),
        (body(extra=1), 400, "extra", "unknown_field"),
        # huge numbers
        (
            body(facts={"employer_headcount": 10**30}),
            400,
            "facts.employer_headcount",
            "above_maximum",
        ),
        (
            body(facts={"employer_headcount": 1e308}),
            400,
            "facts.employer_headcount",
            "above_maximum",
        ),
        (
            '{"scheme": "wfw", "on": "2025-03-01", "facts": {"employer_headcount": 1e400}}',
            400,
            "facts.employer_headcount",
            "not_int",
        ),
        (
            '{"scheme": "wfw", "on": "2025-03-01", "facts": {"employer_headcount": '
            + "9" * 5000
            + "}}",
            400,
            "body",
            "unreadable_json",
        ),
        # invalid and impossible dates
        (body(on="2025-02-29"), 400, "on", "invalid_date"),
        (body(on="2025-3-1"), 400, "on", "invalid_date"),
        (body(on="0001-01-01"), 400, "on", "date_out_of_range"),
        (body(on="9999-12-31"), 400, "on", "date_out_of_range"),
        (body(facts={"birth_date": "1980-13-01"}), 400, "facts.birth_date", "impossible_date"),
        (body(facts={"birth_date": "1800-01-01"}), 400, "facts.birth_date", "date_out_of_range"),
        # malformed JSON
        ("{", 400, "body", "malformed_json"),
        ("{'scheme': 'wfw'}", 400, "body", "malformed_json"),
        ('{"scheme": "wfw", "on": NaN}', 400, "body", "unreadable_json"),
        ("[" * 100_000, 400, "body", "unreadable_json"),
        # arrays and other values instead of an object
        ("[]", 400, "body", "body_not_an_object"),
        (f"[{body()}]", 400, "body", "body_not_an_object"),
        ('"wfw"', 400, "body", "body_not_an_object"),
        ("null", 400, "body", "body_not_an_object"),
        # empty body
        ("", 400, "scheme", "required"),
        ("{}", 400, "scheme", "required"),
        # text a client cannot have meant
        (body(scheme="\ud800"), 400, "scheme", "invalid_choice"),
        (body(facts={"\ud800": 1}), 400, "facts.\\ud800", "unknown_fact"),
        (b'{"scheme": "w\xff"}', 400, "body", "not_utf8"),
    ],
)
def test_bad_evaluation_input_is_a_4xx_naming_the_field(
    api: Api, raw: str | bytes, status: int, field: str, code: str
) -> None:
    response = api.post("evaluations/", raw, lang="en")

    assert response.status_code == status
    found = errors_of(response)
    assert (found[0]["field"], found[0]["code"]) == (field, code)
    named = field.removeprefix("facts.")
    if field not in ("body",) and code != "unreadable_json":
        assert f"'{named}'" in found[0]["message"]


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "application/xml", "text/csv"],
)
def test_a_body_that_is_not_json_is_a_415_naming_the_content_type(
    api: Api, content_type: str
) -> None:
    response = api.post("evaluations/", body(), lang="en", content_type=content_type)

    assert response.status_code == 415
    [error] = errors_of(response)
    assert error["field"] == "Content-Type"
    assert error["message"] == (
        f"Send the body as application/json (Content-Type), not as '{content_type}'."
    )


@pytest.mark.parametrize("path", ["evaluations/", "screenings/"])
def test_a_10_mb_body_is_a_413(api: Api, path: str) -> None:
    huge = '{"scheme": "' + "a" * 10_000_000 + '"}'

    response = api.post(path, huge, lang="en")

    assert response.status_code == 413
    [error] = errors_of(response)
    assert error["field"] == "body"
    assert error["message"].startswith("The body is too large: at most ")


@pytest.mark.parametrize(
    ("raw", "field", "code"),
    [
        ('{"audience": "workers", "on": "2025-03-01"}', "audience", "invalid_choice"),
        ('{"audience": ["worker"], "on": "2025-03-01"}', "audience", "not_a_string"),
        ('{"audience": "worker", "on": "2025-02-30"}', "on", "invalid_date"),
        ('{"audience": "worker", "on": "2025-03-01", "facts": [1]}', "facts", "not_an_object"),
        (
            '{"audience": "worker", "on": "2025-03-01", "facts": {"x": 1}}',
            "facts.x",
            "unknown_fact",
        ),
        ("[1]", "body", "body_not_an_object"),
    ],
)
def test_bad_screening_input_is_a_400_naming_the_field(
    api: Api, raw: str, field: str, code: str
) -> None:
    response = api.post("screenings/", raw)

    assert response.status_code == 400
    [error] = errors_of(response)
    assert (error["field"], error["code"]) == (field, code)


def test_messages_are_dutch_by_default_and_english_on_request(api: Api) -> None:
    dutch = errors_of(api.post("evaluations/", body(on="morgen")))
    english = errors_of(api.post("evaluations/", body(on="morgen"), lang="en"))

    assert dutch[0]["message"] == (
        "'on' moet een bestaande datum zijn in de vorm JJJJ-MM-DD, niet 'morgen'."
    )
    assert english[0]["message"] == "'on' must be a real date written as YYYY-MM-DD, not 'morgen'."


def test_a_path_under_the_api_that_does_not_exist_is_a_json_404(api: Api) -> None:
    response = api.get("evaluation/", lang="en")

    assert response.status_code == 404
    assert errors_of(response) == [
        {
            "field": None,
            "code": "not_found",
            "message": "There is nothing at '/api/v1/evaluation/'.",
        }
    ]


def test_outside_the_api_a_404_stays_a_page(client: Client) -> None:
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


def test_a_method_the_endpoint_does_not_take_is_a_405_with_allow(api: Api) -> None:
    response = api.client.get("/api/v1/evaluations/", headers={"accept-language": "en"})

    assert response.status_code == 405
    assert "POST" in response["Allow"]
    [error] = errors_of(response)
    assert error["message"] == "'GET' is not allowed at this address."


def test_an_answer_format_the_api_cannot_give_is_a_406(api: Api) -> None:
    response = api.client.get("/api/v1/schemes/", headers={"accept": "text/html"})

    assert response.status_code == 406
    [error] = errors_of(response)
    assert error["field"] == "Accept"


def test_every_message_has_a_dutch_and_an_english_sentence() -> None:
    for code, sentences in errors.MESSAGES.items():
        assert set(sentences) == {"nl", "en"}, code
        for sentence in sentences.values():
            assert sentence.rstrip().endswith((".", ")")), (code, sentence)


def test_every_error_code_the_api_raises_has_a_message() -> None:
    source = "\n".join(path.read_text() for path in API.glob("*.py"))
    raised = set(re.findall(r'ApiError\(\s*"([a-z_]+)"', source))
    raised |= set(re.findall(r'self\.fail\(\s*"([a-z_]+)"', source))
    raised |= {"required", "null", "blank", "invalid_choice", "unknown_field"}

    assert raised, "the pattern no longer finds the codes"
    assert raised <= set(errors.MESSAGES)
