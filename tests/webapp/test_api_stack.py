"""The API answers through a middleware stack of its own: no session, messages, CSRF, CSP or
login throttling, and still every rule an API answer must keep."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from workspace import services

pytestmark = pytest.mark.django_db

SCREENING = {"audience": "worker", "on": "2025-03-15", "facts": {"birth_date": "1980-05-17"}}


def post(client: Client, path: str, body: object, **headers: str) -> object:
    return client.post(path, json.dumps(body), content_type="application/json", headers=headers)


def test_an_api_answer_keeps_the_rules_it_needs_and_none_of_the_pages(client: Client) -> None:
    response = post(client, "/api/v1/screenings/", SCREENING, accept_language="en")

    assert response.status_code == 200  # type: ignore[attr-defined]
    assert response["Cache-Control"] == "no-store"  # type: ignore[index]
    assert "camera=()" in response["Permissions-Policy"]  # type: ignore[index]
    assert response["X-Content-Type-Options"] == "nosniff"  # type: ignore[index]
    assert response["Content-Language"] == "en"  # type: ignore[index]
    assert "Accept-Language" in response["Vary"]  # type: ignore[index]
    # A fixed policy that allows nothing, without the pages' per-answer nonce.
    assert response["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"  # type: ignore[index]
    assert response["X-Frame-Options"] == "DENY"  # type: ignore[index]
    assert not response.has_header("Set-Cookie")  # type: ignore[attr-defined]


def test_a_signed_in_advisers_api_request_leaves_the_session_alone(client: Client) -> None:
    admin = services.create_organisation("LoketA", "admin@loketa.nl", "een-lang-wachtwoord-1")
    client.force_login(admin.user)

    api = post(client, "/api/v1/screenings/", SCREENING)
    page = client.get(reverse("workspace:case_list"))

    # The pages save the session on every request (its idle time restarts); the API does
    # not read it, so sends no cookie.
    assert api.cookies == {}  # type: ignore[attr-defined]
    assert "sessionid" in page.cookies
    assert page.status_code == 200


@pytest.mark.parametrize(
    ("language", "word"), [("en", "not a valid choice"), ("nl", "geen geldige")]
)
def test_api_errors_follow_accept_language(client: Client, language: str, word: str) -> None:
    body = {"scheme": "no_such_scheme", "on": "2025-03-15", "facts": {}}

    response = post(client, "/api/v1/evaluations/", body, accept_language=language)

    assert response.status_code == 400  # type: ignore[attr-defined]
    assert word in response.json()["errors"][0]["message"]  # type: ignore[attr-defined]


def test_an_unknown_api_path_is_a_404_in_the_api_error_shape(client: Client) -> None:
    response = client.get("/api/v1/nothing-here/", headers={"accept-language": "en"})

    assert response.status_code == 404
    assert list(response.json()) == ["errors"]


def test_an_api_request_for_another_host_is_refused(client: Client) -> None:
    response = post(client, "/api/v1/screenings/", SCREENING, host="evil.example")

    assert response.status_code == 400  # type: ignore[attr-defined]


def test_the_api_docs_page_keeps_the_pages_content_security_policy(client: Client) -> None:
    response = client.get("/api/v1/docs/")

    assert response.status_code == 200
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_an_api_request_leaves_the_threads_language_as_it_was(client: Client) -> None:
    with translation.override("nl"):
        response = post(client, "/api/v1/screenings/", SCREENING, accept_language="en")

        assert response["Content-Language"] == "en"  # type: ignore[index]
        assert translation.get_language() == "nl"
