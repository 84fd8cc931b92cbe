"""A change of law to test with: a scheme whose benefit rate for the first half of 2025
is published after people saved their checks.

The toy scheme of `tests/rules/toy_scheme.py` has no rate for 2025, so a check on 1 June
2025 has no benefit amount and its income condition is still open. `publish_rate()` puts
version 0.2 in the registry, with a rate of 72 % for January to June 2025 (one new dated
figure, as a new half-year's maximum dagloon would be), and a changelog entry for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import rules
from eligibility import changelog
from rules.parameters import Period
from tests.rules import toy_scheme

SAVED_ON = toy_scheme.RATE_GAP  # 1 June 2025: no rate published yet
UNCHANGED_ON = toy_scheme.ON  # 16 March 2026: the rate is the same in both versions
ANSWERS = {
    "toy_age": 40,
    "toy_resident": True,
    "toy_income_eur": "1000.00",
    "toy_start_date": "2025-05-01",
}
ENTRY = (
    "- The benefit rate from 1 January to 30 June 2025 is published: 72 %. Checks on "
    "those dates now have an amount."
)
CHANGELOG = f"""# Changelog

## [0.2.0] - 2026-12-07

### Scheme versions

#### toy 0.2

{ENTRY}

#### toy 0.1

- The first version.
"""


def rate_published() -> rules.Scheme:
    rate = toy_scheme.RATE
    half_year = Period(
        start=date(2025, 1, 1),
        end=date(2025, 6, 30),
        value=Decimal("0.72"),
        citation=toy_scheme.CITATION,
    )
    new_rate = rate.model_copy(update={"periods": (rate.periods[0], half_year, rate.periods[1])})
    return toy_scheme.build(
        version="0.2",
        parameters=(new_rate, toy_scheme.LIMIT, toy_scheme.PENSION_AGE),
    )


@pytest.fixture
def toy_law(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Callable[[], None]]:
    """Register the toy scheme (version 0.1); the fixture's value publishes the new rate."""
    registry = rules.registry
    schemes = dict(registry._schemes)
    facts = dict(registry._facts)
    registry.register(toy_scheme.build())
    path = tmp_path / "CHANGELOG.md"
    path.write_text(CHANGELOG, encoding="utf-8")
    monkeypatch.setattr(changelog, "PATH", path)

    def publish_rate() -> None:
        registry._schemes["toy"] = rate_published()

    yield publish_rate
    registry._schemes, registry._facts = schemes, facts
