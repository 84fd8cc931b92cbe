"""The start-up check turns every problem in the scheme registry into a system-check error."""

from __future__ import annotations

import pytest
from django.core import checks
from django.core.management import call_command
from django.core.management.base import SystemCheckError

import rules


def eligibility_errors() -> list[checks.CheckMessage]:
    return [m for m in checks.run_checks() if m.id is not None and m.id.startswith("eligibility.")]


def test_the_real_registry_passes_the_check() -> None:
    assert eligibility_errors() == []


def test_each_registry_problem_becomes_an_e001_error(monkeypatch: pytest.MonkeyPatch) -> None:
    problems = [
        "wfw: criterion 'request_timely' uses undefined fact 'wfw_request_dat'",
        "stap: citation 'STAP art. 3' has no URL",
    ]
    monkeypatch.setattr(rules, "validate_registry", lambda: problems)

    errors = eligibility_errors()

    assert [e.id for e in errors] == ["eligibility.E001", "eligibility.E001"]
    assert [e.level for e in errors] == [checks.ERROR, checks.ERROR]
    assert [e.msg for e in errors] == [f"Scheme registry: {p}" for p in problems]


def test_a_broken_scheme_stops_manage_py_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules, "validate_registry", lambda: ["wfw: duplicate criterion id"])

    with pytest.raises(SystemCheckError, match=r"eligibility\.E001.*wfw: duplicate criterion id"):
        call_command("check")
