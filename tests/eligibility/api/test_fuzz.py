"""Fuzzing the stateless API against its own OpenAPI schema (schemathesis, in-process).

Schemathesis generates requests from the schema — valid ones and deliberately broken ones
— and sends them to the WSGI application; no answer may be a 500, and every answer must
match the status codes, content types and shapes the schema documents. Examples per
operation are few, so the run stays within CI's budget (about a minute).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from webapp.wsgi import application

STATELESS = r"^/api/v1/(schemes|evaluations|screenings)/"


@schemathesis.serializer("application/x-ndjson")
def ndjson_body(ctx: object, value: object) -> bytes:
    """The bulk body is text (one JSON object per line); send what was generated as is."""
    return value.encode() if isinstance(value, str) else str(value).encode()


schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", application)


@pytest.fixture(autouse=True)
def no_connection_handling() -> Iterator[None]:
    """Like Django's test client: the WSGI app must not close database connections that
    other tests opened (these endpoints use no database)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.slow
@schema.include(path_regex=STATELESS).parametrize()
@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
def test_no_request_the_schema_allows_or_breaks_gives_a_server_error(
    case: schemathesis.Case,
) -> None:
    cache.clear()  # rate limits count per address; fuzzing is one address
    case.call_and_validate(
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ]
    )
