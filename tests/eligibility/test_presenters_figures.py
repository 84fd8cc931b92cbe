"""The receipt's figures as the adviser's check page lists them."""

from __future__ import annotations

from datetime import date

from eligibility import presenters
from rules import evaluate, parse_facts, registry
from tests.rules.scenarios import load_cases


def test_a_figure_not_published_for_the_date_is_listed_without_a_value() -> None:
    """Before 1 July 2017 no maximum dagloon is known to the checker (only a ceiling): the
    row says so instead of the page failing."""
    case = next(
        c for c in load_cases() if c.scheme == "ww_inkomensverrekening" and c.on == date(2015, 7, 1)
    )
    scheme = registry.get(case.scheme)
    result = evaluate(scheme, parse_facts(case.facts, scheme), case.on).to_json()
    assert result["receipt"]["parameters"]["ww_max_dagloon"]["value"] is None

    rows = {row["id"]: row for row in presenters.figures(result, "nl")}

    assert rows["ww_max_dagloon"]["value"] is None
    assert any(row["value"] is not None for row in rows.values())
