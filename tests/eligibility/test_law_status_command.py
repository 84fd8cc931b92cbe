"""`manage.py law_status`: the schemes, their dated figures and gaps on a fixed date, and
a non-zero exit when a scheme in force needs a figure that is overdue."""

from __future__ import annotations

import json
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


def run(*args: str) -> tuple[str, CommandError | None]:
    out = StringIO()
    try:
        call_command("law_status", *args, stdout=out)
    except CommandError as exc:
        return out.getvalue(), exc
    return out.getvalue(), None


def test_a_date_with_an_overdue_maximum_dagloon_names_it_and_exits_non_zero() -> None:
    # In 2031 every half-year after the last published maximum dagloon (Wfsv art. 18:
    # 1 January and 1 July) is long past its date, and ww_recht is in force.
    text, error = run("--on", "2031-07-15")
    assert error is not None and error.returncode == 1
    assert "ww_recht: ww_max_dagloon" in str(error)
    assert "Law status on 2031-07-15" in text
    assert re.search(r"^ww_recht \(.*\): in force$", text, re.MULTILINE)
    assert "ww_max_dagloon (maximumdagloon)" in text
    assert "rhythm: halfjaarlijks per 1 januari en 1 juli" in text
    assert ": OVERDUE" in text


def test_the_json_report_gives_every_figure_its_periods_gap_and_next_due_date() -> None:
    text, error = run("--on", "2031-07-15", "--json")
    assert error is not None
    report = json.loads(text)
    ww = next(s for s in report["schemes"] if s["id"] == "ww_recht")
    assert ww["state"] == "in_force" and ww["in_force"] is True
    dagloon = next(f for f in ww["figures"] if f["id"] == "ww_max_dagloon")
    covered = dagloon["covered_until"]
    assert dagloon["periods"][-1]["to"] == covered
    assert dagloon["gaps"][-1]["to"] is None  # no figure after the last one
    assert dagloon["has_value"] is False
    nxt = dagloon["next"]
    assert nxt["takes_effect"][5:] in ("01-01", "07-01") and nxt["takes_effect"] > covered
    assert nxt["due"] == nxt["takes_effect"] and nxt["state"] == "overdue"
    assert {"scheme": "ww_recht", "figure": "ww_max_dagloon"} in report["failing"]


def test_a_date_before_any_figure_is_due_exits_zero() -> None:
    # August 2017: every rhythm's next figure lies years ahead; SLIM and STAP did not exist.
    text, error = run("--on", "2017-08-01")
    assert error is None, str(error)
    assert "Overdue figures for schemes in force: none" in text
    assert "slim (" in text and "not in force yet" in text


def test_a_date_that_is_no_date_is_refused() -> None:
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("law_status", "--on", "2031-02-30", stdout=StringIO())
