"""Hardening: `check --deploy` is clean in production, security headers and CSP on every page,
the public API is rate-limited, and production settings come from the environment."""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import cache
from django.test import Client
from rest_framework.throttling import AnonRateThrottle

REPO = Path(__file__).resolve().parents[2]

PRODUCTION = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "regelingen.example.nl",
}


def run(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "API_THROTTLE_", "AXES_", "RETENTION_"))
    }
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env={**base, **env},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_check_deploy_has_no_warnings_under_production_settings() -> None:
    done = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], **PRODUCTION)

    assert done.returncode == 0, done.stdout + done.stderr
    assert "System check identified no issues (0 silenced)." in done.stdout
    assert "WARNINGS" not in done.stdout + done.stderr


def test_check_deploy_catches_a_production_setting_switched_off() -> None:
    # The test above could not fail if the command ignored the settings: it does not.
    done = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        **PRODUCTION,
        DJANGO_HSTS_SECONDS="0",
    )

    assert done.returncode != 0
    assert "security.W004" in done.stderr + done.stdout


PRINT_SECURITY = (
    "import webapp.settings as s; "
    "print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, "
    "s.SECURE_HSTS_PRELOAD, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
    "getattr(s, 'SECURE_PROXY_SSL_HEADER', None)); "
    "print(s.REST_FRAMEWORK['DEFAULT_THROTTLE_RATES']); "
    "print(s.AXES_FAILURE_LIMIT, s.AXES_COOLOFF_TIME, s.RETENTION_CASE_MONTHS)"
)


def test_production_is_https_only_with_hsts_and_secure_cookies() -> None:
    done = run(["-c", PRINT_SECURITY], **PRODUCTION)

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "True 31536000 True True True True None"


def test_security_settings_are_read_from_the_environment() -> None:
    done = run(
        ["-c", PRINT_SECURITY],
        **PRODUCTION,
        DJANGO_HSTS_SECONDS="600",
        DJANGO_SECURE_PROXY_SSL_HEADER="true",
        API_THROTTLE_ANON="5/second",
        API_THROTTLE_USER="",
        AXES_FAILURE_LIMIT="3",
        AXES_COOLOFF_MINUTES="60",
        RETENTION_CASE_MONTHS="6",
    )

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "True 600 True True True True ('HTTP_X_FORWARDED_PROTO', 'https')"
    assert lines[1] == "{'anon': '5/second', 'user': None}"
    assert lines[2] == "3 1:00:00 6"


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("RETENTION_CASE_MONTHS", "1 or more"),
        ("AXES_FAILURE_LIMIT", "1 or more"),
        ("AXES_COOLOFF_MINUTES", "1 or more"),
        ("DJANGO_PROXY_COUNT", "0 or more"),
        ("DJANGO_HSTS_SECONDS", "0 or more"),
    ],
)
def test_a_nonsense_number_stops_the_start_up(name: str, rule: str) -> None:
    done = run(["-c", "import webapp.settings"], **PRODUCTION, **{name: "twaalf"})

    assert done.returncode != 0
    assert f"{name} must be a whole number, {rule}." in done.stderr


@pytest.mark.parametrize("path", ["/", "/werkruimte/inloggen/"])
def test_pages_carry_csp_and_security_headers(client: Client, path: str) -> None:
    response = client.get(path)

    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "object-src 'none'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "'unsafe-inline'" not in csp.split("style-src-attr")[0]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    # A page's own inline style carries the nonce the policy allows; every other style is
    # the site's stylesheet.
    html = response.content.decode()
    if "<style" in html:
        nonce = re.search(r"style-src 'self' 'nonce-([^']+)'", csp)
        assert nonce is not None
        assert html.count("<style") == html.count(f'<style nonce="{nonce.group(1)}">')


@pytest.fixture
def three_per_minute(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "3/minute", "user": None})
    cache.clear()
    yield
    cache.clear()


def test_the_public_api_answers_429_above_the_anonymous_rate(
    client: Client, three_per_minute: None
) -> None:
    statuses = [client.get("/api/v1/schemes/").status_code for _ in range(3)]
    refused = client.get("/api/v1/schemes/", HTTP_ACCEPT_LANGUAGE="nl")
    other_address = client.get("/api/v1/schemes/", REMOTE_ADDR="192.0.2.7").status_code

    assert statuses == [200, 200, 200]
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60  # until the minute's window ends
    assert refused.json()["errors"][0]["code"] == "throttled"
    assert refused.json()["errors"][0]["message"].startswith("Te veel verzoeken")
    assert other_address == 200


def test_a_forwarded_for_header_does_not_escape_the_rate_limit(
    client: Client, three_per_minute: None
) -> None:
    # Without a proxy in front (DJANGO_PROXY_COUNT=0) the client sets that header itself.
    statuses = [
        client.get("/api/v1/schemes/", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code
        for n in range(5)
    ]

    assert statuses == [200, 200, 200, 429, 429]
