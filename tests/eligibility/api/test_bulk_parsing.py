"""Reading a bulk upload takes time and memory in proportion to its size.

A quadratic reader (one pass over every record per column, or a count over the header
per header name) needs minutes for a few hundred kilobytes of made-up column names; the
bounds below are far above what a linear reader needs and far below what a quadratic
one does on the same input.
"""

from __future__ import annotations

import json
import time

import pytest
from django.test import Client

from eligibility import bulk

from .conftest import errors_of

pytestmark = pytest.mark.django_db

MANY = 32_000


def timed(function, *args):  # type: ignore[no-untyped-def]
    bulk.fact_ids()  # the registry is loaded once per process, not part of reading
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start


def linear(function, body_of) -> bool:  # type: ignore[no-untyped-def]
    """Reading four times the input takes at most ten times as long (a quadratic reader
    takes sixteen): a bound on growth, not on the speed of a shared machine. Each size is
    read twice and the faster read counts, so a pause of the machine does not decide."""
    small_body, large_body = body_of(MANY // 4), body_of(MANY)
    small = min(timed(function, small_body)[1] for _ in range(2))
    large = min(timed(function, large_body)[1] for _ in range(2))
    return large < 10 * max(small, 0.05)


def test_32000_distinct_json_lines_keys_are_read_in_linear_time() -> None:
    body = "\n".join(json.dumps({f"k{i}": 1}) for i in range(MANY))

    upload, _ = timed(bulk.read_ndjson, body.encode())
    columns, lines, first_lines = upload.columns, upload.lines, upload.first_lines

    assert len(lines) == MANY and len(first_lines) == MANY
    assert first_lines["k31999"] == MANY
    # Made-up keys keep no column of 32,000 cells each (that alone is 10⁹ cells).
    assert sum(len(column) for column in columns.values()) == 0
    assert linear(
        bulk.read_ndjson, lambda n: "\n".join(json.dumps({f"k{i}": 1}) for i in range(n)).encode()
    )


def test_32000_csv_header_columns_are_read_in_linear_time() -> None:
    header = ",".join(f"k{i}" for i in range(MANY))
    body = header + "\n" + ",".join("1" for _ in range(MANY)) + "\n"

    upload, _ = timed(bulk.read_csv, body.encode())

    assert upload.lines.tolist() == [2] and len(upload.columns) == MANY
    assert linear(bulk.read_csv, csv_of)


def csv_of(n: int) -> bytes:
    return (
        ",".join(f"k{i}" for i in range(n)) + "\n" + ",".join("1" for _ in range(n)) + "\n"
    ).encode()


def test_100000_records_of_100_columns_are_read_within_a_bound() -> None:
    facts = sorted(bulk.fact_ids())[:60]
    names = facts + [f"extra_{i}" for i in range(100 - len(facts))]
    body = ",".join(names) + "\n" + (",".join(["1"] * 100) + "\n") * 100_000

    upload, seconds = timed(bulk.read_csv, body.encode())

    assert len(upload.lines) == 100_000 and upload.lines[-1] == 100_001
    assert all(len(upload.columns[name]) == 100_000 for name in facts)
    assert all(upload.columns[name] == [] for name in names[len(facts) :])
    assert seconds < 30.0  # some 0.1 s on an idle machine; a bound against hanging only


def test_100000_json_lines_of_100_keys_fill_each_fact_column_once() -> None:
    facts = sorted(bulk.fact_ids())[:60]
    records = [dict.fromkeys(facts + [f"extra_{i}" for i in range(40)], n) for n in range(100_000)]

    columns = bulk.json_columns(records, dict.fromkeys(records[0], 1))

    assert all(columns[name][99_999] == 99_999 for name in facts)
    assert columns["extra_0"] == []


def test_a_record_that_leaves_out_a_fact_has_it_unknown_in_that_column() -> None:
    body = '{"ww_month_number": 3}\n{"income_month_eur": "10.00"}\n\n{"ww_month_number": 5}\n'

    upload = bulk.read_ndjson(body.encode())
    columns, lines, first_lines = upload.columns, upload.lines.tolist(), upload.first_lines

    assert lines == [1, 2, 4]
    assert columns["ww_month_number"] == [3, None, 5]
    assert columns["income_month_eur"] == [None, "10.00", None]
    assert first_lines == {"ww_month_number": 1, "income_month_eur": 2}


def test_an_upload_of_thousands_of_made_up_keys_is_a_short_400(client: Client) -> None:
    body = "\n".join(json.dumps({f"k{i}": 1}) for i in range(MANY))
    start = time.perf_counter()
    response = client.post(
        "/api/v1/evaluations/bulk/?scheme=ww_inkomensverrekening&on=2025-03-15",
        body,
        content_type="application/x-ndjson",
        headers={"accept-language": "en"},
    )

    assert response.status_code == 400
    assert time.perf_counter() - start < 10.0
    assert errors_of(response)[0]["field"] == "facts.k0"
