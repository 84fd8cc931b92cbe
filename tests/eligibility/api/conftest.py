"""Helpers for the HTTP API tests: JSON posts and the error shape."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from django.core import signals
from django.db import close_old_connections
from django.test import Client


class Api:
    """A client that speaks JSON to /api/v1/, in Dutch unless told otherwise."""

    def __init__(self, client: Client) -> None:
        self.client = client

    def get(self, path: str, lang: str | None = None, **params: str) -> Any:
        headers = {"accept-language": lang} if lang else {}
        return self.client.get(f"/api/v1/{path}", params, headers=headers)

    def post(self, path: str, body: Any, lang: str | None = None, **headers: str) -> Any:
        if lang:
            headers["accept-language"] = lang
        data = body if isinstance(body, str | bytes) else json.dumps(body)
        content_type = headers.pop("content_type", "application/json")
        return self.client.post(f"/api/v1/{path}", data, content_type=content_type, headers=headers)


@pytest.fixture
def api(client: Client) -> Api:
    return Api(client)


def errors_of(response: Any) -> list[dict[str, Any]]:
    """The `errors` list, after checking the one error shape."""
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert list(body) == ["errors"]
    for error in body["errors"]:
        assert list(error) == ["field", "code", "message"]
        assert error["message"].endswith((".", "?", ")")), error["message"]
    errors: list[dict[str, Any]] = body["errors"]
    return errors


@pytest.fixture(autouse=True)
def keep_the_test_connection() -> Iterator[None]:
    """Fuzzing calls the WSGI application itself, which closes the database connection
    around each request: that breaks a test's transaction (PostgreSQL), and touches a
    connection an earlier test left open where database access is blocked. Django's test
    client keeps the connection the same way."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)
