"""Loading the scenario files: YAML cases a policy officer can read.

Each scheme folder's ``rules/schemes/<scheme>/scenarios.yaml`` holds::

    scheme: ww_inkomensverrekening
    cases:
      - name: Inkomen precies 87,5% van het maandloon - de WW loopt door
        "on": 2026-03-16                 # quoted: YAML 1.1 reads a bare on as true
        facts: {ww_dagloon_eur: "100.00", ...}
        expect:
          status: eligible                 # required
          outputs: {benefit_eur: "0.00"}   # the outputs named, exactly
          missing: [income_month_eur]      # exact list, in order
          criteria: {income_not_above_threshold: met}
          availability: open
          notes: [uwv_two_month_practice]  # these notes are shown (others may be too)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

SCHEMES_DIR = Path(__file__).resolve().parents[2] / "rules" / "schemes"


def scenario_files() -> list[Path]:
    """Each scheme folder's ``scenarios.yaml``."""
    return sorted(SCHEMES_DIR.glob("*/scenarios.yaml"))


@dataclass(frozen=True)
class Case:
    scheme: str
    name: str
    on: date
    facts: dict[str, Any]
    expect: dict[str, Any]
    file: str

    @property
    def test_id(self) -> str:
        return f"{self.scheme}: {self.name}"


def load_cases() -> list[Case]:
    cases: list[Case] = []
    for path in scenario_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for raw in data["cases"]:
            facts = {
                k: (v.isoformat() if isinstance(v, date) else v) for k, v in raw["facts"].items()
            }
            given = raw["on"] if "on" in raw else raw[True]  # YAML 1.1 reads a bare `on:` as true
            on = given if isinstance(given, date) else date.fromisoformat(given)
            cases.append(Case(data["scheme"], raw["name"], on, facts, raw["expect"], path.name))
    return cases
