"""The start-up check turns every problem in the scheme registry into a system-check error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from django.core import checks
from django.core.management import call_command
from django.core.management.base import SystemCheckError

import rules
from rules import Registry
from rules.loader import SCHEMES_DIR
from rules.schemes import load as load_schemes


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


def test_a_broken_scheme_folder_stops_manage_py_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real folder with a criterion whose sentences are missing, loaded by the real loader:
    its problem reaches `manage.py check` by file and key."""
    shutil.copytree(SCHEMES_DIR / "_common", tmp_path / "_common")
    shutil.copytree(SCHEMES_DIR / "nlld_scholing", tmp_path / "nlld_scholing")
    texts = tmp_path / "nlld_scholing" / "texts.yaml"
    data = yaml.safe_load(texts.read_text(encoding="utf-8"))
    del data["criteria"]["min_age_18"]["met"]
    texts.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    problems = load_schemes(Registry(), root=tmp_path).problems
    monkeypatch.setattr(rules, "LOAD_PROBLEMS", tuple(problems))

    with pytest.raises(
        SystemCheckError,
        match=r"eligibility\.E001.*rules/schemes/nlld_scholing/texts\.yaml.*min_age_18\.met",
    ):
        call_command("check")
