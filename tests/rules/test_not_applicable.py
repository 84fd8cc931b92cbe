"""A condition met only because it does not apply says so in the result ("applies": false),
so a page can show "Niet van toepassing" rather than "Voldaan"."""

from __future__ import annotations

from datetime import date

import rules

FACTS = {
    "wfw_request_type": "arbeidsduur_minder",
    "employer_headcount": 40,
    "parent_child_under_8": False,
    "informal_carer": False,
    "wfw_unforeseen": False,
    "wfw_intended_start_date": "2027-03-01",
    "wfw_weeks_in_service": 116,
    "birth_date": "1988-04-02",
}


def _criteria(**extra: object) -> dict[str, dict[str, object]]:
    scheme = rules.registry.get("wfw")
    result = rules.evaluate(
        scheme, rules.parse_facts({**FACTS, **extra}, scheme), date(2026, 12, 7)
    )
    return {c["id"]: c for c in result.to_json()["criteria"]}


def test_the_written_request_does_not_apply_before_the_request_is_made() -> None:
    criteria = _criteria(wfw_request_made="nog_niet")
    assert criteria["request_written"]["status"] == "met"
    assert criteria["request_written"]["applies"] is False
    assert criteria["can_still_ask_in_time"]["applies"] is True


def test_once_made_the_written_request_applies_and_is_tested() -> None:
    criteria = _criteria(wfw_request_made="ja", wfw_request_written=False)
    assert criteria["request_written"]["status"] == "not_met"
    assert criteria["request_written"]["applies"] is True
    assert criteria["can_still_ask_in_time"]["applies"] is False
