"""Runs every scenario file, and guards that each scheme's cases exercise every criterion."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

import rules
from tests.rules.scenarios import Case, load_cases

CASES = load_cases()
MINIMUM_CASES = {"nlld_ontwikkeladvies": 10, "nlld_scholing": 10, "nlld_sectoraal_maatwerk": 10}
DEFAULT_MINIMUM = 20


def _run(case: Case) -> rules.Result:
    scheme = rules.registry.get(case.scheme)
    return rules.evaluate(scheme, rules.parse_facts(case.facts, scheme), case.on)


@pytest.mark.parametrize("case", CASES, ids=[c.test_id for c in CASES])
def test_scenario(case: Case) -> None:
    result = _run(case)
    expect = case.expect
    outputs = {k: result.outputs.get(k) for k in expect.get("outputs", {})}
    actual = {
        "status": result.status,
        "outputs": outputs,
        "missing": list(result.missing),
        "criteria": {k: result.criterion(k).status for k in expect.get("criteria", {})},
        "availability": result.availability.status,
        "notes": [n for n in expect.get("notes", []) if n in {s.note.id for s in result.notes}],
    }
    wanted = {k: expect[k] for k in actual if k in expect}
    assert {k: actual[k] for k in wanted} == wanted
    json.dumps(result.to_json())  # the whole result, explanations included, is JSON


def test_every_scheme_has_enough_scenarios() -> None:
    counts: dict[str, int] = defaultdict(int)
    for case in CASES:
        counts[case.scheme] += 1
    too_few = {
        s.id: counts[s.id]
        for s in rules.registry
        if counts[s.id] < MINIMUM_CASES.get(s.id, DEFAULT_MINIMUM)
    }
    assert too_few == {}


def test_every_criterion_is_both_met_and_not_met_somewhere() -> None:
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for case in CASES:
        for criterion in _run(case).criteria:
            seen[(case.scheme, criterion.id)].add(criterion.status)
    lacking = sorted(
        f"{s.id}.{c.id}"
        for s in rules.registry
        for c in s.criteria
        if not {"met", "not_met"} <= seen[(s.id, c.id)]
    )
    assert lacking == []
