"""A request with thousands of mistakes gets a short answer: the first 20 errors and a
last entry that counts the rest."""

from __future__ import annotations

import pytest
from django.test import Client

from eligibility.api.errors import MAX_ERRORS

from .conftest import Api, errors_of

pytestmark = pytest.mark.django_db

KEYS = 10_000


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("evaluations/", {"scheme": "wfw", "on": "2025-03-01"}),
        ("screenings/", {"audience": "worker", "on": "2025-03-01"}),
        ("checks/", {"scheme": "wfw", "on": "2025-03-01"}),
    ],
)
def test_thousands_of_unknown_facts_give_20_errors_and_the_count_of_the_rest(
    api: Api, path: str, body: dict[str, object]
) -> None:
    facts_field = "answers" if path == "checks/" else "facts"
    body = body | {facts_field: {f"k{i}": 1 for i in range(KEYS)}}

    response = api.post(path, body, lang="en")

    assert response.status_code == 400
    errors = errors_of(response)
    assert len(errors) == MAX_ERRORS + 1
    assert errors[-1]["code"] == "more_errors"
    assert errors[-1]["message"] == f"And {KEYS - MAX_ERRORS} more errors; correct these first."
    assert len(response.content) < 10_000


def test_the_count_of_the_rest_is_dutch_by_default(api: Api) -> None:
    body = {"scheme": "wfw", "on": "2025-03-01", "facts": {f"k{i}": 1 for i in range(25)}}

    errors = errors_of(api.post("evaluations/", body))

    assert errors[-1]["message"] == "En nog 5 andere fouten; verbeter eerst deze."


def test_a_short_list_of_errors_is_given_whole(api: Api) -> None:
    body = {"scheme": "wfw", "on": "2025-03-01", "facts": {f"k{i}": 1 for i in range(MAX_ERRORS)}}

    errors = errors_of(api.post("evaluations/", body))

    assert len(errors) == MAX_ERRORS
    assert "more_errors" not in {error["code"] for error in errors}


def test_a_bulk_upload_with_many_bad_cells_counts_those_not_listed(client: Client) -> None:
    body = "ww_month_number\n" + "zero\n" * 500

    response = client.post(
        "/api/v1/evaluations/bulk/?scheme=ww_inkomensverrekening&on=2025-03-15",
        body,
        content_type="text/csv",
        headers={"accept-language": "en"},
    )

    errors = errors_of(response)
    assert response.status_code == 400
    assert len(errors) == MAX_ERRORS + 1
    assert errors[-1]["message"] == "And 480 more errors; correct these first."


def test_a_rate_limit_costs_one_small_counter_per_request_in_the_cache() -> None:
    """The shared cache holds one integer per client and minute, not a list of times."""
    import time

    from django.core.cache import cache
    from django.test import Client
    from rest_framework.throttling import AnonRateThrottle

    cache.clear()
    original = AnonRateThrottle.THROTTLE_RATES
    AnonRateThrottle.THROTTLE_RATES = {"anon": "1000/minute", "user": None}
    try:
        client = Client()
        first = int(time.time() // 60)
        for _ in range(5):
            assert client.get("/api/v1/schemes/").status_code == 200
        last = int(time.time() // 60)
        counts = [cache.get(f"throttle_anon_127.0.0.1:{w}") for w in range(first, last + 1)]
        assert sum(int(c or 0) for c in counts) == 5
    finally:
        AnonRateThrottle.THROTTLE_RATES = original
        cache.clear()
