"""`manage.py screen`: every scheme of an audience at once, with one next question."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command


def _screen(*args: str, stdin: str | None = None) -> dict:
    out = StringIO()
    call_command("screen", *args, stdout=out, stdin=StringIO(stdin or ""))
    return json.loads(out.getvalue())


def test_an_employer_sees_only_employer_schemes_and_one_next_question() -> None:
    result = _screen("--audience", "employer", "--on", "2026-11-10", "--facts", "-", stdin="{}")
    schemes = {r["scheme"] for r in result["results"]}
    assert {"slim", "groepshulp", "wfw"} <= schemes
    assert "ww_inkomensverrekening" not in schemes
    assert result["next_question"] == result["missing"][0]


def test_a_shared_fact_is_asked_once_and_decides_several_schemes() -> None:
    facts = json.dumps({"birth_date": "1940-01-01"})
    result = _screen("--audience", "worker", "--on", "2022-06-01", "--facts", "-", stdin=facts)
    by_scheme = {r["scheme"]: r for r in result["results"]}
    # Past the AOW age: the training budget is decided without asking anything else.
    assert by_scheme["stap"]["status"] == "not_eligible"
    assert "birth_date" not in result["missing"]
    assert "stap" in result["decided"]


def test_an_unknown_fact_stops_the_screening_naming_it() -> None:
    with pytest.raises(CommandError, match="birth_dat"):
        _screen(
            "--audience",
            "worker",
            "--on",
            "2026-01-01",
            "--facts",
            "-",
            stdin='{"birth_dat": "1980-01-01"}',
        )
