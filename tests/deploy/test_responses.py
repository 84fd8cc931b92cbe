"""Answers that hold client data are never cached; a database outage is a 503 with
Retry-After; the PDF handover is limited per client; odd input from the questionnaire's
adviser form and its return address gives no error page and no way to another site."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from django.core.cache import cache
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper
from django.test import Client
from django.urls import reverse
from pytest_django import Settings

from workspace import services

pytestmark = pytest.mark.django_db
ANSWERS = {"wfw_request_type": "arbeidsduur_minder"}


@pytest.fixture(autouse=True)
def empty_counters() -> Iterator[None]:
    cache.clear()
    yield
    cache.clear()


def test_answers_with_a_token_or_client_data_are_not_stored_by_any_cache(client: Client) -> None:
    body = json.dumps({"scheme": "wfw", "on": "2025-03-01", "answers": ANSWERS})
    created = client.post("/api/v1/checks/", body, content_type="application/json")
    token = created.json()["token"]
    admin = services.create_organisation("LoketC", "admin@loketc.nl", "een-lang-wachtwoord-1")
    adviser = Client()
    adviser.force_login(admin.user)

    answers = [
        created,
        client.get(f"/api/v1/checks/{token}/"),
        client.get("/check/for/worker/"),
        adviser.get(reverse("workspace:case_list")),
        adviser.get(reverse("workspace:audit_log")),
        adviser.get(reverse("workspace:audit_log_csv")),
    ]

    assert [a.status_code for a in answers] == [201, 200, 200, 200, 200, 200]
    assert {a["Cache-Control"] for a in answers} == {"no-store"}
    assert all("camera=()" in a["Permissions-Policy"] for a in answers)


@pytest.fixture
def database_down(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")

    monkeypatch.setattr(CursorWrapper, "execute", refuse)


def test_the_api_answers_503_with_retry_after_while_the_database_is_away(
    client: Client, database_down: None
) -> None:
    body = json.dumps({"scheme": "wfw", "on": "2025-03-01", "answers": ANSWERS})

    response = client.post(
        "/api/v1/checks/", body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
    )

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    [error] = response.json()["errors"]
    assert error["code"] == "unavailable"
    assert error["message"].startswith("The service is briefly unavailable.")


def test_a_page_answers_503_in_dutch_and_english_while_the_database_is_away(
    client: Client, database_down: None
) -> None:
    response = client.post(reverse("workspace:login"), {"username": "a@b.nl", "password": "x"})

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    page = response.content.decode()
    assert "Even niet bereikbaar" in page and "Briefly unavailable" in page


def test_the_pdf_handover_is_limited_per_client(client: Client, settings: Settings) -> None:
    settings.PDF_PER_MINUTE = 3
    url = "/check/results/wfw/handover.pdf"

    statuses = [client.get(url).status_code for _ in range(4)]
    other = client.get(url, REMOTE_ADDR="192.0.2.9").status_code

    assert statuses[:3] != [429] * 3 and 429 not in statuses[:3]
    assert statuses[3] == 429
    assert other != 429


@pytest.mark.parametrize("day", ["31-12-9999", "01-01-0001", "01-01-2101"])
def test_a_reference_date_far_outside_the_schemes_years_is_refused_with_a_sentence(
    client: Client, day: str
) -> None:
    response = client.post(
        "/check/for/adviser/", {"topic": "flexible_work", "on": day}, HTTP_ACCEPT_LANGUAGE="nl"
    )

    assert response.status_code == 200
    assert "De peildatum moet in 2015 of later liggen, en uiterlijk in " in (
        response.content.decode()
    )
    assert client.get("/check/next/").status_code != 500


@pytest.mark.parametrize("target", ["/\t/evil.example/", "/\n/evil.example/", "/ /evil.example/"])
def test_a_return_address_with_a_tab_newline_or_space_is_refused(
    client: Client, target: str
) -> None:
    page = client.get("/check/for/adviser/", {"return_to": target}).content.decode()
    kept = client.get("/check/for/adviser/", {"return_to": "/werkruimte/"}).content.decode()

    assert 'name="return_to" value="/werkruimte/"' in kept
    assert 'name="return_to" value="/' not in page
