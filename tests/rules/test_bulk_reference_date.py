"""The compiled loop of a scheme that reads the reference date is the loop of that date:
a second date with the same figures does not reuse the first date's loop."""

from __future__ import annotations

from datetime import date

import pytest

import rules
from tests.rules import test_bulk_schemes as schemes


@pytest.mark.parametrize("scheme_id", ["wfw", "stap"])
def test_a_loop_made_for_one_date_is_not_reused_for_another_with_the_same_figures(
    scheme_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    scheme = rules.registry.get(scheme_id)
    records = schemes._records(scheme, seed=11, leave_out=0)[:300]
    for on in (date(2026, 12, 7), date(2026, 3, 16)):
        monkeypatch.setattr(schemes, "ON", on)
        schemes._compare(scheme, records, masked=False)
