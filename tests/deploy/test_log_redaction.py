"""No check token, short code, resume key, invitation token or search term in any log line
the project writes: the application log (through its configured handler) and gunicorn's
access log (through the shipped configuration)."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.test import Client
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from gunicorn.config import Config

from webapp.redaction import GunicornLogger, RedactSecrets
from workspace import services

CONFIG = Path(__file__).resolve().parents[2] / "deploy" / "gunicorn.conf.py"
ANSWERS = {"wfw_request_type": "arbeidsduur_minder", "wfw_weeks_in_service": 60}


@pytest.fixture
def app_log() -> Iterator[io.StringIO]:
    """What the configured console handler writes, with its own filters and format."""
    [handler] = [
        h
        for h in logging.getLogger().handlers
        if any(isinstance(f, RedactSecrets) for f in h.filters)
    ]
    assert isinstance(handler, logging.StreamHandler)
    buffer = io.StringIO()
    old = handler.setStream(buffer)
    try:
        yield buffer
    finally:
        handler.setStream(old)


@pytest.mark.django_db
def test_a_journey_leaves_no_secret_in_the_application_log(
    client: Client, app_log: io.StringIO, settings: object
) -> None:
    saved = client.post(
        "/api/v1/checks/",
        json.dumps({"scheme": "wfw", "on": "2025-03-01", "answers": ANSWERS}),
        content_type="application/json",
    ).json()
    token, code = saved["token"], saved["code"]
    url = f"/api/v1/checks/{token}/"
    patch = json.dumps({"version": 1, "answers": {"informal_carer": False}})
    assert client.patch(url, patch, content_type="application/json").status_code == 200
    # The same version again: a 409, which Django logs as a warning with the path.
    assert client.patch(url, patch, content_type="application/json").status_code == 409
    bad = json.dumps({"version": 2, "answers": {"wfw_weeks_in_service": "x"}})
    assert client.patch(url, bad, content_type="application/json").status_code == 400
    assert client.get(f"/api/v1/checks/by-code/{code}/").status_code == 200
    assert client.get("/api/v1/checks/by-code/ZZZZ-ZZZZ/").status_code == 404
    client.get(f"/check/resume/?key={token}")

    admin = services.create_organisation("LoketL", "admin@loketl.nl", "een-lang-wachtwoord-1")
    invited = services.invite_adviser(admin, "nieuw@loketl.nl")
    uid = urlsafe_base64_encode(force_bytes(invited.user.pk))
    invitation = default_token_generator.make_token(invited.user)
    client.get(f"/werkruimte/uitnodiging/{uid}/{invitation}x/")
    client.force_login(admin.user)
    client.get(reverse("workspace:case_list"), {"q": "KLANT-SEARCH-77"})
    client.get("/werkruimte/dossiers/00000000-0000-0000-0000-000000000000/")

    logged = app_log.getvalue()
    assert "Conflict: /api/v1/checks/…/" in logged
    assert "Not Found: /api/v1/checks/by-code/…/" in logged
    for secret in (token, code, code.replace("-", ""), "ZZZZ-ZZZZ", invitation, "KLANT-SEARCH-77"):
        assert secret not in logged, secret


def access_line(logger: GunicornLogger, method: str, uri: str, referer: str = "-") -> str:
    path, _, query = uri.partition("?")
    environ = {
        "REQUEST_METHOD": method,
        "RAW_URI": uri,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_REFERER": referer,
    }
    response = SimpleNamespace(status="200 OK", sent=512, headers=[])
    request = SimpleNamespace(headers=[("REFERER", referer)])
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    logger.access_log.addHandler(handler)
    try:
        logger.access(response, request, environ, timedelta(milliseconds=7))
    finally:
        logger.access_log.removeHandler(handler)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("method", "uri", "referer"),
    [
        ("PATCH", "/api/v1/checks/Qm9ndXNUb2tlbi0xMjM0NTY3ODkwYWJj/", "-"),
        ("GET", "/api/v1/checks/by-code/FKH9-SPCU/", "-"),
        ("GET", "/check/resume/?key=Qm9ndXNUb2tlbi0xMjM0NTY3ODkwYWJj", "-"),
        ("GET", "/werkruimte/uitnodiging/Mw/cgb3xq-3e5f0b9e1c2d4a6f8b0c/", "-"),
        ("GET", "/werkruimte/?q=A-b069ae", "https://x.example/check/resume/?key=FKH9SPCU"),
        ("GET", "/check/saved/", "https://x.example/api/v1/checks/by-code/FKH9SPCU/"),
    ],
)
def test_the_shipped_gunicorn_access_log_holds_no_secret(
    method: str, uri: str, referer: str
) -> None:
    config = Config()
    namespace: dict[str, object] = {}
    exec(compile(CONFIG.read_text(), str(CONFIG), "exec"), namespace)
    for name in ("access_log_format", "logger_class", "accesslog"):
        config.set(name, namespace[name])
    assert config.logger_class is GunicornLogger
    logger = GunicornLogger(config)

    line = access_line(logger, method, uri, referer)

    assert f'"{method} ' in line and " 200 512 " in line
    for secret in ("Qm9ndXNUb2tlbi0xMjM0NTY3ODkwYWJj", "FKH9", "SPCU", "cgb3xq", "A-b069ae"):
        assert secret not in line, line
