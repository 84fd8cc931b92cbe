"""POST /api/v1/evaluations/bulk/: many records of one scheme, streamed back in order."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from django.test import Client
from pytest_django import Settings

from .conftest import errors_of

URL = "/api/v1/evaluations/bulk/?scheme={scheme}&on={on}"
WW = {"scheme": "ww_inkomensverrekening", "on": "2025-03-15"}

WW_CSV = (
    "ww_dagloon_eur,ww_month_number,income_month_eur,income_prev_month_above_threshold,"
    "income_is_employee_wage,ww_dagloon_uncapped_eur\n"
    "150.00,3,1200.00,false,true,\n"
    "150.00,3,,false,,\n"
    "280.50,12,6000.00,true,false,300.00\n"
    "\n"
    "99.99,60,0,false,true,\n"
)
WW_LINES = [2, 3, 4, 6]


def post(
    client: Client,
    body: str | bytes,
    content_type: str,
    accept: str | None = None,
    lang: str | None = None,
    **query: str,
) -> Any:
    headers = {}
    if accept:
        headers["accept"] = accept
    if lang:
        headers["accept-language"] = lang
    url = URL.format(**(WW | query))
    return client.post(url, body, content_type=content_type, headers=headers)


def streamed(response: Any) -> str:
    assert response.status_code == 200, response.content
    return b"".join(response.streaming_content).decode()


def single(client: Client, scheme: str, on: str, facts: dict[str, Any]) -> dict[str, Any]:
    body = {"scheme": scheme, "on": on, "facts": facts}
    response = client.post("/api/v1/evaluations/", body, content_type="application/json")
    assert response.status_code == 200, response.content
    result: dict[str, Any] = response.json()
    return result


def csv_records(text: str) -> list[dict[str, str]]:
    return [
        {key: value for key, value in row.items() if value != ""}
        for row in csv.DictReader(io.StringIO(text))
    ]


def test_csv_in_json_lines_out_gives_each_records_single_evaluation(client: Client) -> None:
    answer = streamed(post(client, WW_CSV, "text/csv", accept="application/x-ndjson"))

    rows = [json.loads(line) for line in answer.splitlines()]
    assert [row["line"] for row in rows] == WW_LINES
    for row, facts in zip(rows, csv_records(WW_CSV), strict=True):
        expected = single(client, WW["scheme"], WW["on"], facts)
        assert row == {
            "line": row["line"],
            "status": expected["status"],
            "outputs": expected["outputs"],
        }
    assert rows[0]["outputs"]["benefit_eur"] == "1443.75"
    assert rows[1]["status"] == "undetermined"


def test_the_answer_takes_the_uploads_format_unless_accept_asks_another(client: Client) -> None:
    as_csv = streamed(post(client, WW_CSV, "text/csv"))
    from_lines = streamed(post(client, WW_CSV, "text/csv", accept="application/x-ndjson"))

    table = list(csv.DictReader(io.StringIO(as_csv)))
    assert as_csv.startswith("line,status,maandloon_eur,")
    rows = [json.loads(line) for line in from_lines.splitlines()]
    for cells, row in zip(table, rows, strict=True):
        assert cells["line"] == str(row["line"])
        assert cells["status"] == row["status"]
        for key, value in row["outputs"].items():
            shown = (
                "" if value is None else str(value).lower() if isinstance(value, bool) else value
            )
            assert cells[key] == str(shown)


def test_json_lines_in_csv_out(client: Client) -> None:
    records = [
        {"ww_dagloon_eur": "150.00", "ww_month_number": 3, "income_month_eur": "1200.00"},
        {},
        {"ww_month_number": 5, "income_prev_month_above_threshold": True},
    ]
    body = "\n".join(json.dumps(facts) for facts in records)

    answer = streamed(post(client, body, "application/x-ndjson", accept="text/csv"))

    table = list(csv.DictReader(io.StringIO(answer)))
    assert [row["line"] for row in table] == ["1", "2", "3"]
    expected = [single(client, WW["scheme"], WW["on"], facts)["status"] for facts in records]
    assert [row["status"] for row in table] == expected


def test_a_scheme_evaluated_record_by_record_gives_the_same_answers(client: Client) -> None:
    records = [
        {"slim_activities": ["doorlichting", "lo_methode"], "enterprise_staff": "40"},
        {"slim_activities": ["praktijkleerplaats"], "slim_applicant_type": "mkb"},
        {},
    ]
    body = "slim_activities,enterprise_staff,slim_applicant_type\n"
    body += "doorlichting;lo_methode,40,\npraktijkleerplaats,,mkb\n,,\n"

    answer = streamed(
        post(
            client, body, "text/csv", accept="application/x-ndjson", scheme="slim", on="2023-03-01"
        )
    )

    rows = [json.loads(line) for line in answer.splitlines()]
    assert [row["line"] for row in rows] == [2, 3, 4]
    for row, facts in zip(rows, records, strict=True):
        expected = single(client, "slim", "2023-03-01", facts)
        assert (row["status"], row["outputs"]) == (expected["status"], expected["outputs"])


@pytest.mark.parametrize(
    ("body", "content_type", "field", "message"),
    [
        (
            "ww_month_number\n3\nmany\n",
            "text/csv",
            "facts.ww_month_number",
            "Line 3: 'ww_month_number' must be a whole number.",
        ),
        (
            '{"ww_month_number": 3}\n\n{"ww_month_number": 61}\n',
            "application/x-ndjson",
            "facts.ww_month_number",
            "Line 3: 'ww_month_number' must be 60 or less.",
        ),
        (
            "ww_month_nummer\n3\n",
            "text/csv",
            "facts.ww_month_nummer",
            "Line 1: 'ww_month_nummer' is not a known fact. Check the spelling.",
        ),
        (
            "ww_dagloon_eur,ww_dagloon_uncapped_eur\n200.00,250.00\n200.00,150.00\n",
            "text/csv",
            "facts.ww_dagloon_uncapped_eur",
            "Line 3: 'ww_dagloon_uncapped_eur': The dagloon before the cap cannot be lower "
            "than the dagloon after it.",
        ),
    ],
    ids=["csv-bad-cell", "ndjson-out-of-bounds", "unknown-column", "contradiction"],
)
def test_a_bad_record_is_a_400_naming_the_line_and_the_fact(
    client: Client, body: str, content_type: str, field: str, message: str
) -> None:
    response = post(client, body, content_type, lang="en")

    assert response.status_code == 400
    [error] = errors_of(response)
    assert (error["field"], error["message"]) == (field, message)


def test_dutch_is_the_default_language_of_bulk_errors(client: Client) -> None:
    [error] = errors_of(post(client, "ww_month_number\nveel\n", "text/csv"))

    assert error["message"] == "Regel 2: 'ww_month_number' moet een geheel getal zijn."


@pytest.mark.parametrize(
    ("body", "content_type", "code", "fragment"),
    [
        ("a,b\n1\n", "text/csv", "csv_row_length", "Line 2 has 1 cells, but the header has 2."),
        ("x,x\n1,2\n", "text/csv", "csv_header", "'x' appears 2 times"),
        ("", "text/csv", "no_records", "The upload holds no records."),
        ('{"a": 1}\n[1, 2]\n', "application/x-ndjson", "ndjson_not_object", "Line 2 must be"),
        ('{"a": 1\n', "application/x-ndjson", "ndjson_malformed", "Line 1 is not valid JSON"),
        (b"\xff\xfe", "text/csv", "not_utf8", "not valid UTF-8"),
    ],
)
def test_an_unreadable_upload_is_a_400_saying_where(
    client: Client, body: str | bytes, content_type: str, code: str, fragment: str
) -> None:
    response = post(client, body, content_type, lang="en")

    assert response.status_code == 400
    [error] = errors_of(response)
    assert error["code"] == code
    assert fragment in error["message"]


def test_more_records_than_the_limit_is_a_413_saying_the_limit(
    client: Client, settings: Settings
) -> None:
    settings.EVALUATION_BULK_MAX_RECORDS = 3
    body = "ww_month_number\n" + "3\n" * 4

    response = post(client, body, "text/csv", lang="en")

    assert response.status_code == 413
    assert errors_of(response) == [
        {
            "field": "body",
            "code": "too_many_records",
            "message": "The upload has more than 3 records; send at most 3 per request.",
        }
    ]
    assert streamed(post(client, "ww_month_number\n" + "3\n" * 3, "text/csv")).count("\n") == 4


def test_a_body_above_the_byte_limit_is_a_413(client: Client, settings: Settings) -> None:
    settings.EVALUATION_BULK_MAX_BYTES = 1000
    response = post(client, "ww_month_number\n" + "3\n" * 1000, "text/csv", lang="en")

    assert response.status_code == 413
    [error] = errors_of(response)
    assert error["message"] == "The body is too large: at most 1000 bytes per request."


def test_a_body_that_is_neither_csv_nor_json_lines_is_a_415(client: Client) -> None:
    response = post(client, '{"ww_month_number": 3}', "application/json", lang="en")

    assert response.status_code == 415
    [error] = errors_of(response)
    assert error["field"] == "Content-Type"
    assert "text/csv or application/x-ndjson" in error["message"]


def test_an_answer_format_the_endpoint_cannot_give_is_a_406(client: Client) -> None:
    response = post(client, WW_CSV, "text/csv", accept="application/xml", lang="en")

    assert response.status_code == 406
    [error] = errors_of(response)
    assert error["field"] == "Accept"


@pytest.mark.parametrize(
    ("query", "field"),
    [({"scheme": "nope"}, "scheme"), ({"on": "2025-13-01"}, "on")],
)
def test_a_bad_scheme_or_date_in_the_query_names_it(
    client: Client, query: dict[str, str], field: str
) -> None:
    response = post(client, WW_CSV, "text/csv", **query)

    assert response.status_code == 400
    assert [e["field"] for e in errors_of(response)] == [field]


def test_a_column_of_another_schemes_fact_is_ignored(client: Client) -> None:
    with_other = "ww_month_number,wfw_request_written\n3,true\n"
    without = "ww_month_number\n3\n"

    assert streamed(post(client, with_other, "text/csv")) == streamed(
        post(client, without, "text/csv")
    )


def test_a_quoted_cell_may_hold_a_line_break_and_records_keep_their_line_numbers(
    client: Client,
) -> None:
    body = 'ww_month_number,slim_activities\n3,"doorlichting;\nlo_methode"\n4,\n'

    answer = streamed(post(client, body, "text/csv", accept="text/csv"))

    assert [row["line"] for row in csv.DictReader(io.StringIO(answer))] == ["3", "4"]
