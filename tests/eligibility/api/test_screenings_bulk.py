"""POST /api/v1/screenings/bulk/: many people against every scheme of an audience,
streamed back in order, each with what one screening gives."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from django.test import Client

from .conftest import errors_of

URL = "/api/v1/screenings/bulk/?audience={audience}&on={on}"
PEOPLE = "birth_date,ww_month_number\n1930-01-01,\n1980-05-05,3\n\n,\n"
FACTS = [{"birth_date": "1930-01-01"}, {"birth_date": "1980-05-05", "ww_month_number": "3"}, {}]


def post(
    client: Client, body: str, content_type: str, accept: str | None = None, **query: str
) -> Any:
    headers = {}  # Dutch, the default language
    if accept:
        headers["accept"] = accept
    url = URL.format(**({"audience": "worker", "on": "2026-03-16"} | query))
    return client.post(url, body, content_type=content_type, headers=headers)


def single(client: Client, facts: dict[str, Any]) -> dict[str, Any]:
    body = {"audience": "worker", "on": "2026-03-16", "facts": facts}
    response = client.post("/api/v1/screenings/", body, content_type="application/json")
    assert response.status_code == 200, response.content
    result: dict[str, Any] = response.json()
    return result


def test_csv_in_json_lines_out_gives_each_person_one_screening(client: Client) -> None:
    response = post(client, PEOPLE, "text/csv", accept="application/x-ndjson")

    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "application/x-ndjson; charset=utf-8"
    rows = [json.loads(line) for line in b"".join(response.streaming_content).splitlines()]
    assert [r["line"] for r in rows] == [2, 3, 5]
    for row, facts in zip(rows, FACTS, strict=True):
        expected = single(client, facts)
        assert row["next_question"] == expected["next_question"]
        assert row["statuses"] == {r["scheme"]: r["status"] for r in expected["results"]}


def test_json_lines_in_csv_out(client: Client) -> None:
    body = "\n".join(json.dumps(f) for f in FACTS)

    response = post(client, body, "application/x-ndjson", accept="text/csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    table = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [r["line"] for r in table] == ["1", "2", "3"]
    assert [r["next_question"] for r in table] == [
        single(client, f)["next_question"] or "" for f in FACTS
    ]


@pytest.mark.parametrize(
    ("body", "query", "status", "field", "fragment"),
    [
        ("birth_date\n1980-02-30\n", {}, 400, "facts.birth_date", "Regel 2: 'birth_date'"),
        ("birth_dat\n1980-01-01\n", {}, 400, "facts.birth_dat", "Regel 1: 'birth_dat'"),
        ("a,b\n1\n", {}, 400, "body", "Regel 2 heeft 1 cellen, maar de kopregel heeft er 2."),
        (PEOPLE, {"audience": "minister"}, 400, "audience", ""),
        ("", {}, 400, "body", "Het bestand bevat geen records."),
    ],
)
def test_a_bad_upload_or_query_is_answered_as_for_bulk_evaluations(
    client: Client, body: str, query: dict[str, str], status: int, field: str, fragment: str
) -> None:
    response = post(client, body, "text/csv", **query)

    assert response.status_code == status
    [error] = errors_of(response)
    assert error["field"] == field
    assert fragment in error["message"]
