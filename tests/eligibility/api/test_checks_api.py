"""`/api/v1/checks/`: save answers, come back with the token or the spoken code, change them.

Runs on the real database (SQLite by default, PostgreSQL when DATABASE_URL is set).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

import rules
from eligibility import clock
from eligibility.models import SavedCheck

pytestmark = pytest.mark.django_db

NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
WFW_PARENT = {
    "wfw_request_type": "arbeidsduur_minder",
    "wfw_weeks_in_service": 52,
    "employer_headcount": 40,
    "parent_child_under_8": True,
    "informal_carer": False,
    "birth_date": "1988-05-17",
    "wfw_request_written": True,
    "wfw_intended_start_date": "2025-06-01",
    "wfw_unforeseen": False,
}
WITHOUT_WEEKS = {k: v for k, v in WFW_PARENT.items() if k != "wfw_weeks_in_service"}


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> list[datetime]:
    """A settable clock: tests move `now[0]` forward to let time pass."""
    moment = [NOW]
    monkeypatch.setattr(clock, "now", lambda: moment[0])
    return moment


@pytest.fixture(autouse=True)
def fresh_rate_limits() -> None:
    """Each test starts with no requests counted against the API's rate limits."""
    cache.clear()


@pytest.fixture
def http() -> Client:
    return Client(HTTP_ACCEPT_LANGUAGE="en")


def create(http: Client, body: dict[str, Any], **headers: str) -> Any:
    return http.post("/api/v1/checks/", body, content_type="application/json", headers=headers)


def patch(http: Client, token: str, body: dict[str, Any], **headers: str) -> Any:
    return http.patch(
        f"/api/v1/checks/{token}/", body, content_type="application/json", headers=headers
    )


def saved(http: Client, answers: dict[str, Any] | None = None) -> dict[str, Any]:
    response = create(http, {"scheme": "wfw", "on": "2025-03-01", "answers": answers or {}})
    assert response.status_code == 201, response.content
    body: dict[str, Any] = response.json()
    return body


def test_create_answers_201_with_token_code_version_and_result(
    http: Client, now: list[datetime]
) -> None:
    response = create(http, {"scheme": "wfw", "on": "2025-03-01", "answers": WITHOUT_WEEKS})

    assert response.status_code == 201
    body = response.json()
    assert re.fullmatch(r"[A-Za-z0-9_-]{22,}", body["token"])
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}", body["code"])
    assert body["version"] == 1
    assert body["scheme"] == "wfw"
    assert body["audience"] is None
    assert body["on"] == "2025-03-01"
    assert body["lang"] == "en"
    assert body["answers"] == WITHOUT_WEEKS
    assert body["result"]["status"] == "undetermined"
    assert body["result"]["missing"] == ["wfw_weeks_in_service"]
    assert body["result"]["receipt"]["scheme_version"] == rules.registry.get("wfw").version
    assert body["expires_at"] == (NOW + timedelta(days=30)).isoformat()
    assert "id" not in body


def test_read_gives_back_what_was_saved(http: Client) -> None:
    created = saved(http, WFW_PARENT)

    response = http.get(f"/api/v1/checks/{created['token']}/")

    assert response.status_code == 200
    assert response.json() == created


@pytest.mark.parametrize("spoken", [str.lower, lambda c: c.replace("-", ""), lambda c: c])
def test_the_code_finds_the_check_in_any_case_without_giving_the_token(
    http: Client, spoken: Any
) -> None:
    created = saved(http, WFW_PARENT)

    response = http.get(f"/api/v1/checks/by-code/{spoken(created['code'])}/")

    assert response.status_code == 200
    body = response.json()
    assert body["token"] is None
    assert body["answers"] == WFW_PARENT
    assert body["version"] == created["version"]


def test_update_merges_answers_reevaluates_and_extends_the_expiry(
    http: Client, now: list[datetime]
) -> None:
    created = saved(http, WITHOUT_WEEKS)
    now[0] = NOW + timedelta(days=25)

    response = patch(
        http, created["token"], {"version": 1, "answers": {"wfw_weeks_in_service": 52}}
    )

    assert response.status_code == 200
    body = response.json()
    assert body["version"] == 2
    assert body["answers"] == WFW_PARENT
    assert body["result"]["status"] == "eligible"
    assert body["expires_at"] == (NOW + timedelta(days=55)).isoformat()
    assert http.get(f"/api/v1/checks/{created['token']}/").json() == body


def test_an_answer_sent_as_null_is_removed(http: Client) -> None:
    created = saved(http, WFW_PARENT)

    response = patch(
        http, created["token"], {"version": 1, "answers": {"wfw_request_written": None}}
    )

    assert response.status_code == 200
    assert "wfw_request_written" not in response.json()["answers"]
    assert response.json()["result"]["missing"] == ["wfw_request_written"]


def test_a_stale_version_is_answered_409_with_the_current_version(http: Client) -> None:
    created = saved(http, {"birth_date": "1988-05-17"})
    token = created["token"]
    assert (
        patch(http, token, {"version": 1, "answers": {"employer_headcount": 40}}).status_code == 200
    )

    response = patch(http, token, {"version": 1, "answers": {"informal_carer": True}})

    assert response.status_code == 409
    assert response.json() == {
        "errors": [
            {
                "field": "version",
                "code": "stale_version",
                "message": "This check has been saved again in the meantime (now version 2). "
                "Read it again and apply your change to the latest version.",
            }
        ],
        "current_version": 2,
    }
    stored = http.get(f"/api/v1/checks/{token}/").json()
    assert stored["answers"] == {"birth_date": "1988-05-17", "employer_headcount": 40}
    assert stored["version"] == 2


def test_the_409_sentence_is_dutch_by_default(http: Client) -> None:
    created = saved(http)
    patch(http, created["token"], {"version": 1, "answers": {"employer_headcount": 40}})

    response = Client().patch(
        f"/api/v1/checks/{created['token']}/",
        {"version": 1, "answers": {}},
        content_type="application/json",
    )

    assert response.status_code == 409
    assert response.json()["errors"][0]["message"].startswith(
        "Deze check is intussen opnieuw opgeslagen (nu versie 2)."
    )


def test_invalid_answers_are_refused_naming_the_fact_and_change_nothing(http: Client) -> None:
    created = saved(http, WFW_PARENT)
    token = created["token"]

    response = patch(
        http,
        token,
        {"version": 1, "answers": {"informal_carer": True, "employer_headcount": "forty"}},
    )

    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert error["field"] == "answers.employer_headcount"
    assert "employer_headcount" in error["message"]
    assert http.get(f"/api/v1/checks/{token}/").json() == created


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"answers": {}}, "version"),
        ({"version": "1"}, "version"),
        ({"version": 0}, "version"),
        ({"version": True}, "version"),
        ({"version": 1, "answers": []}, "answers"),
        ({"version": 1, "on": "2025-02-30"}, "on"),
        ({"version": 1, "token": "x"}, "token"),
    ],
)
def test_a_malformed_update_is_a_400_naming_the_field(
    http: Client, body: dict[str, Any], field: str
) -> None:
    created = saved(http, WFW_PARENT)

    response = patch(http, created["token"], body)

    assert response.status_code == 400
    assert [e["field"] for e in response.json()["errors"]] == [field]
    assert http.get(f"/api/v1/checks/{created['token']}/").json() == created


def test_an_update_can_change_the_reference_date(http: Client) -> None:
    created = saved(http, WFW_PARENT)

    response = patch(http, created["token"], {"version": 1, "on": "2024-12-01"})

    assert response.json()["on"] == "2024-12-01"
    assert response.json()["result"]["on"] == "2024-12-01"


def test_delete_answers_204_and_the_check_is_gone(http: Client) -> None:
    created = saved(http, WFW_PARENT)

    response = http.delete(f"/api/v1/checks/{created['token']}/")

    assert response.status_code == 204
    assert http.get(f"/api/v1/checks/{created['token']}/").status_code == 404
    assert http.get(f"/api/v1/checks/by-code/{created['code']}/").status_code == 404
    assert SavedCheck.objects.count() == 0


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/checks/{unknown}/",
        "/api/v1/checks/1/",
        "/api/v1/checks/by-code/ABCD-EFGH/",
        "/api/v1/checks/by-code/not-a-code/",
    ],
)
def test_an_unknown_token_or_code_is_a_404(http: Client, path: str) -> None:
    saved(http)

    response = http.get(path.format(unknown="A" * 32))

    assert response.status_code == 404
    assert response.json() == {
        "errors": [
            {
                "field": None,
                "code": "check_not_found",
                "message": "There is no saved check with this key or code; it does not exist "
                "(any more) or has expired.",
            }
        ]
    }


def test_an_expired_check_is_a_404_for_read_update_delete_and_code(
    http: Client, now: list[datetime]
) -> None:
    created = saved(http, WFW_PARENT)
    token = created["token"]
    now[0] = NOW + timedelta(days=30)

    assert http.get(f"/api/v1/checks/{token}/").status_code == 404
    assert http.get(f"/api/v1/checks/by-code/{created['code']}/").status_code == 404
    assert patch(http, token, {"version": 1, "answers": {}}).status_code == 404
    assert http.delete(f"/api/v1/checks/{token}/").status_code == 404


def test_a_screening_check_needs_an_audience_and_gives_the_next_question(http: Client) -> None:
    response = create(http, {"audience": "worker", "on": "2025-03-01", "lang": "nl"})

    assert response.status_code == 201
    body = response.json()
    assert body["scheme"] is None
    assert body["audience"] == "worker"
    assert body["lang"] == "nl"
    assert body["result"]["audience"] == "worker"
    assert body["result"]["next_question"] == body["result"]["missing"][0]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"on": "2025-03-01"}, "audience"),
        ({"scheme": "stapp", "on": "2025-03-01"}, "scheme"),
        ({"audience": "everyone", "on": "2025-03-01"}, "audience"),
        ({"scheme": "wfw", "answers": {"no_such_fact": True}}, "answers.no_such_fact"),
        ({"scheme": "wfw", "answers": {"birth_date": "17-05-1988"}}, "answers.birth_date"),
        ({"scheme": "wfw", "lang": "de"}, "lang"),
    ],
)
def test_a_check_that_cannot_be_evaluated_is_a_400_and_not_saved(
    http: Client, body: dict[str, Any], field: str
) -> None:
    response = create(http, body)

    assert response.status_code == 400
    assert [e["field"] for e in response.json()["errors"]] == [field]
    assert SavedCheck.objects.count() == 0


def test_without_a_date_the_check_is_for_today(http: Client, fixed_today: Any) -> None:
    response = create(http, {"scheme": "wfw"})

    assert response.json()["on"] == fixed_today.isoformat()


def test_the_openapi_schema_documents_every_check_operation(http: Client) -> None:
    schema = http.get("/api/v1/schema/", headers={"Accept": "application/vnd.oai.openapi+json"})

    paths = schema.json()["paths"]
    assert set(paths["/api/v1/checks/"]) == {"post"}
    assert set(paths["/api/v1/checks/{token}/"]) >= {"get", "patch", "delete"}
    assert set(paths["/api/v1/checks/by-code/{code}/"]) == {"get"}
    update = paths["/api/v1/checks/{token}/"]["patch"]
    assert set(update["responses"]) >= {"200", "400", "404", "409"}
    body = schema.json()["components"]["schemas"]["CheckUpdateRequest"]
    assert body["required"] == ["version"]


def test_after_too_many_unknown_codes_an_address_gets_429_even_for_a_real_code(
    http: Client, settings: Any
) -> None:
    settings.CHECK_CODE_MISSES_PER_HOUR = 3
    real = saved(http)["code"]
    misses = [http.get(f"/api/v1/checks/by-code/ABCD-EF{n}H/").status_code for n in (2, 3, 4)]

    refused = http.get(f"/api/v1/checks/by-code/{real}/")
    forwarded = http.get(f"/api/v1/checks/by-code/{real}/", HTTP_X_FORWARDED_FOR="198.51.100.9")
    elsewhere = http.get(f"/api/v1/checks/by-code/{real}/", REMOTE_ADDR="192.0.2.7")

    assert misses == [404, 404, 404]
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 3600
    assert refused.json()["errors"][0]["field"] == "code"
    assert refused.json()["errors"][0]["code"] == "too_many_code_guesses"
    assert refused.json()["errors"][0]["message"].startswith("Too many unknown codes")
    # A header the client sets itself does not make it another client.
    assert forwarded.status_code == 429
    assert elsewhere.status_code == 200


def test_found_codes_do_not_count_against_the_limit(http: Client, settings: Any) -> None:
    settings.CHECK_CODE_MISSES_PER_HOUR = 2
    real = saved(http)["code"]

    statuses = [http.get(f"/api/v1/checks/by-code/{real}/").status_code for _ in range(5)]

    assert statuses == [200] * 5
