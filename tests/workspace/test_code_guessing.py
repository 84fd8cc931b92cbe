"""The workspace's "add a saved check" form counts wrong codes like the public lookup, per
adviser and per loket; a client's check added by its code is read, never deleted, by the
case."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.db.utils import DatabaseError
from django.test import Client
from django.urls import reverse
from pytest_django import Settings

from workspace import services
from workspace.models import AuditEntry

from .conftest import WFW_ANSWERS, Loket

EN = {"HTTP_ACCEPT_LANGUAGE": "en"}


@pytest.fixture(autouse=True)
def empty_counters() -> Iterator[None]:
    cache.clear()
    yield
    cache.clear()


def attach(client: Client, loket: Loket, code: str) -> object:
    url = reverse("workspace:case_attach_check", kwargs={"case_id": loket.case.pk})
    return client.post(url, {"code": code}, **EN)


def public_check(client: Client) -> dict[str, str]:
    body = json.dumps({"scheme": "wfw", "on": "2025-03-01", "answers": WFW_ANSWERS})
    saved: dict[str, str] = client.post(
        "/api/v1/checks/", body, content_type="application/json"
    ).json()
    return saved


def test_an_adviser_who_misses_too_many_codes_is_refused_even_the_right_one(
    adviser_a: Client, loket_a: Loket, settings: Settings
) -> None:
    settings.CHECK_CODE_MISSES_PER_HOUR = 3
    right = public_check(Client())["code"]

    misses = [attach(adviser_a, loket_a, f"ZZZZ-ZZZ{n}").status_code for n in range(2, 5)]
    refused = attach(adviser_a, loket_a, right)

    assert misses == [400, 400, 400]
    assert refused.status_code == 400  # type: ignore[attr-defined]
    assert "Too many unknown codes were tried this hour" in refused.content.decode()  # type: ignore[attr-defined]
    assert not loket_a.case.checks.filter(saved_check__code=right.replace("-", "")).exists()


def test_the_advisers_of_one_loket_share_a_limit(
    client: Client, loket_a: Loket, settings: Settings
) -> None:
    settings.CHECK_CODE_MISSES_PER_HOUR_PER_LOKET = 4
    client.force_login(loket_a.adviser.user)
    colleague = Client()
    colleague.force_login(loket_a.admin.user)

    first = [attach(client, loket_a, f"ZZZZ-ZZZ{n}").status_code for n in range(2, 4)]
    second = [attach(colleague, loket_a, f"ZZZZ-ZZZ{n}").status_code for n in range(4, 6)]
    refused = attach(colleague, loket_a, "ZZZZ-ZZZ6")

    assert first + second == [400] * 4
    assert "Too many unknown codes" in refused.content.decode()  # type: ignore[attr-defined]


def test_deleting_a_case_keeps_the_clients_own_check_added_by_its_code(
    adviser_a: Client, loket_a: Loket
) -> None:
    stranger = Client()
    saved = public_check(stranger)
    assert attach(adviser_a, loket_a, saved["code"]).status_code == 302  # type: ignore[attr-defined]

    services.delete_case(loket_a.case, loket_a.adviser.user)

    assert stranger.get(f"/api/v1/checks/{saved['token']}/").status_code == 200


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger is PostgreSQL's")
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE workspace_auditentry SET detail = 'forged'",
        "DELETE FROM workspace_auditentry",
    ],
)
def test_the_database_itself_refuses_to_change_or_delete_audit_entries(
    loket_a: Loket, statement: str
) -> None:
    assert AuditEntry.objects.exists()
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(statement)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger is PostgreSQL's")
def test_a_plain_queryset_cannot_delete_audit_entries(loket_a: Loket) -> None:
    from django.db.models import QuerySet

    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        QuerySet(AuditEntry).delete()
