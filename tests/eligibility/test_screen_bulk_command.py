"""`manage.py screen_bulk`: a CSV of people in, each scheme's status and the next question
out, the same as `manage.py screen` gives for each person."""

from __future__ import annotations

import csv
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

PEOPLE = (
    "\ufeffbirth_date,ww_month_number,income_month_eur\n1930-01-01,,\n1980-05-05,3,1000.00\n\n,,\n"
)


def _run(tmp_path: Path, text: str, *extra: str) -> list[dict[str, str]]:
    source, target = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_text(text, encoding="utf-8")
    call_command(
        "screen_bulk",
        "--audience",
        "worker",
        "--on",
        "2026-03-16",
        "--input",
        str(source),
        "--output",
        str(target),
        *extra,
    )
    return list(csv.DictReader(target.open(encoding="utf-8")))


def _screen(facts: dict[str, str]) -> dict:
    out = StringIO()
    call_command(
        "screen",
        "--audience",
        "worker",
        "--on",
        "2026-03-16",
        "--facts",
        "-",
        stdout=out,
        stdin=StringIO(json.dumps(facts)),
    )
    return json.loads(out.getvalue())


def test_each_person_gets_what_one_screening_gives_in_input_order(tmp_path: Path) -> None:
    rows = _run(tmp_path, PEOPLE, "--no-progress")

    assert [r["line"] for r in rows] == ["2", "3", "5"]
    people = [
        {"birth_date": "1930-01-01"},
        {"birth_date": "1980-05-05", "ww_month_number": "3", "income_month_eur": "1000.00"},
        {},
    ]
    for row, facts in zip(rows, people, strict=True):
        single = _screen(facts)
        assert row["next_question"] == (single["next_question"] or "")
        assert {k: v for k, v in row.items() if k not in ("line", "next_question")} == {
            r["scheme"]: r["status"] for r in single["results"]
        }


def test_the_progress_bar_counts_the_people(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(tmp_path, PEOPLE)

    assert "3/3 records" in capsys.readouterr().err


def test_a_bad_cell_stops_the_run_naming_line_and_fact(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match=r"Line 3: 'birth_date'"):
        _run(tmp_path, "birth_date\n1980-01-01\n1980-02-30\n", "--no-progress")


def test_a_line_with_too_many_cells_is_named(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="Line 3 has 2 cells, but the header names 1 facts"):
        _run(tmp_path, "birth_date\n1980-01-01\n1980-01-01,3\n", "--no-progress")
