"""Settings come from the environment; production refuses to start without a secret key."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PRINT_SETTINGS = (
    "import webapp.settings as s; "
    "print(s.DEBUG, s.ALLOWED_HOSTS, s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'])"
)


def load_settings(**env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    return subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS],
        cwd=REPO,
        env={**base, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_development_defaults_use_sqlite_in_the_repository() -> None:
    done = load_settings()

    assert done.returncode == 0, done.stderr
    expected_db = REPO / "db.sqlite3"
    assert done.stdout.split() == [
        "True",
        "['localhost',",
        "'127.0.0.1',",
        "'[::1]']",
        "django.db.backends.sqlite3",
        str(expected_db),
    ]


def test_production_without_a_secret_key_refuses_to_start() -> None:
    done = load_settings(DJANGO_DEBUG="false")

    assert done.returncode != 0
    assert "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is false." in done.stderr


def test_production_reads_hosts_and_database_url_from_the_environment() -> None:
    done = load_settings(
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY="x" * 50,
        DJANGO_ALLOWED_HOSTS="regelingen.example.nl, www.regelingen.example.nl",
        DATABASE_URL="postgres://user:secret@db.example.nl:5432/eligibility",
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [
        "False",
        "['regelingen.example.nl',",
        "'www.regelingen.example.nl']",
        "django.db.backends.postgresql",
        "eligibility",
    ]
