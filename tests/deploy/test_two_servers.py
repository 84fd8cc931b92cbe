"""Two gunicorn servers sharing PostgreSQL and Redis behave as one site.

Runs where DATABASE_URL names PostgreSQL and REDIS_URL is set (as in `.ci/run`); skipped
otherwise. Each server is started with the shipped gunicorn configuration on its own
127.0.0.1 port, one worker each, small limits so they are quick to reach.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.cookiejar import CookieJar, DefaultCookiePolicy
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
DATABASE_URL = os.environ.get("DATABASE_URL", "")
REDIS_URL = os.environ.get("REDIS_URL", "")

pytestmark = [
    pytest.mark.skipif(
        not DATABASE_URL.startswith("postgres") or not REDIS_URL,
        reason="needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL)",
    ),
    pytest.mark.django_db(transaction=True),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def servers(live_database: dict[str, str]) -> Iterator[list[str]]:
    env = {
        **os.environ,
        **live_database,
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "two-servers-test-only-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": f"two-servers-{os.getpid()}-{time.time_ns()}",
        "API_THROTTLE_ANON": "30/minute",
        "CHECK_CODE_MISSES_PER_HOUR": "4",
        "AXES_FAILURE_LIMIT": "3",
        "GUNICORN_WORKERS": "1",
        "GUNICORN_THREADS": "2",
    }
    processes, urls = [], []
    for _ in range(2):
        port = free_port()
        env["GUNICORN_BIND"] = f"127.0.0.1:{port}"
        processes.append(
            subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "webapp.wsgi"],
                cwd=REPO,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        )
        urls.append(f"http://127.0.0.1:{port}")
    try:
        for url in urls:
            for _ in range(200):
                try:
                    urllib.request.urlopen(f"{url}/check/", timeout=20)
                    break
                except OSError:
                    time.sleep(0.1)
            else:
                pytest.fail(f"{url} did not start")
        yield urls
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture
def live_database(django_db_setup: None, django_db_blocker: Any) -> dict[str, str]:
    """The test database's URL, for the servers (they share it with this test)."""
    from django.db import connection

    s = connection.settings_dict
    url = f"postgres://{s['USER']}:{s['PASSWORD']}@{s['HOST']}:{s['PORT']}/{s['NAME']}"
    return {"DATABASE_URL": url}


class PlainHttpPolicy(DefaultCookiePolicy):
    """Sends the Secure cookies back over the test's plain HTTP (TLS ends at the proxy)."""

    def return_ok_secure(self, cookie: Any, request: Any) -> bool:
        return True


def session_opener() -> tuple[CookieJar, Any]:
    jar = CookieJar(policy=PlainHttpPolicy())
    return jar, urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def call(
    url: str, method: str = "GET", body: Any = None, opener: Any = None, **headers: str
) -> tuple[int, Any]:
    data = None
    if body is not None:
        data = json.dumps(body).encode() if not isinstance(body, bytes) else body
        headers.setdefault("Content-Type", "application/json")
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with (opener or urllib.request.build_opener()).open(request, timeout=10) as response:
            raw = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        raw, status = error.read(), error.code
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, raw.decode(errors="replace")


def test_a_check_saved_on_one_server_is_read_and_updated_on_the_other(servers: list[str]) -> None:
    one, two = servers
    answers = {"wfw_request_type": "arbeidsduur_minder"}
    status, saved = call(
        f"{one}/api/v1/checks/", "POST", {"scheme": "wfw", "on": "2025-03-01", "answers": answers}
    )
    assert status == 201
    token = saved["token"]

    status, read = call(f"{two}/api/v1/checks/{token}/")
    assert (status, read["version"]) == (200, 1)
    change = {"version": 1, "answers": {"informal_carer": False}}
    assert call(f"{two}/api/v1/checks/{token}/", "PATCH", change)[0] == 200
    status, stale = call(f"{one}/api/v1/checks/{token}/", "PATCH", change)
    assert (status, stale["current_version"]) == (409, 2)


def test_the_short_code_limit_counts_across_both_servers(servers: list[str]) -> None:
    statuses = [
        call(f"{servers[n % 2]}/api/v1/checks/by-code/ZZZZ-ZZZ{n + 2}/")[0] for n in range(6)
    ]

    assert statuses == [404, 404, 404, 404, 429, 429]


def test_the_api_rate_limit_counts_across_both_servers(servers: list[str]) -> None:
    statuses = [call(f"{servers[n % 2]}/api/v1/schemes/")[0] for n in range(32)]

    assert statuses[:30] == [200] * 30
    assert statuses[30:] == [429, 429]


def test_a_login_lockout_on_one_server_holds_on_the_other(servers: list[str]) -> None:
    from workspace import services

    services.create_organisation("LoketS", "admin@lokets.nl", "een-lang-wachtwoord-1")
    one, two = servers

    def sign_in(url: str, password: str) -> int:
        jar, opener = session_opener()
        call(f"{url}/werkruimte/inloggen/", opener=opener)
        csrf = next(c.value for c in jar if c.name == "csrftoken")
        form = f"username=admin%40lokets.nl&password={password}&csrfmiddlewaretoken={csrf}"
        return call(
            f"{url}/werkruimte/inloggen/",
            "POST",
            form.encode(),
            opener=opener,
            **{"Content-Type": "application/x-www-form-urlencoded", "Referer": url + "/"},
        )[0]

    failures = [sign_in(one, "fout-1"), sign_in(one, "fout-2"), sign_in(one, "fout-3")]
    right_on_two = sign_in(two, "een-lang-wachtwoord-1")

    assert failures == [200, 200, 429]
    assert right_on_two == 429


def test_a_session_started_on_one_server_works_on_the_other(servers: list[str]) -> None:
    from workspace import services

    services.create_organisation("LoketT", "admin@lokett.nl", "een-lang-wachtwoord-1")
    one, two = servers
    jar, opener = session_opener()
    call(f"{one}/werkruimte/inloggen/", opener=opener)
    csrf = next(c.value for c in jar if c.name == "csrftoken")
    form = f"username=admin%40lokett.nl&password=een-lang-wachtwoord-1&csrfmiddlewaretoken={csrf}"
    call(
        f"{one}/werkruimte/inloggen/",
        "POST",
        form.encode(),
        opener=opener,
        **{"Content-Type": "application/x-www-form-urlencoded", "Referer": one + "/"},
    )

    status, page = call(f"{two}/werkruimte/", opener=opener)

    assert status == 200
    assert "LoketT" in page or "admin@lokett.nl" in page
