"""`manage.py evaluate_bulk`: a CSV of records in, a CSV of results out, same order."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

RECORDS = """ww_dagloon_eur,ww_month_number,income_month_eur,ww_dagloon_uncapped_eur
150.00,3,1000.00,
150.00,1,2854.69,
150.00,1,2854.68,
304.25,2,6000.00,400.00
160.00,4,,
"""


def _run(tmp_path: Path, text: str) -> list[dict[str, str]]:
    source, target = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_text(text, encoding="utf-8")
    call_command(
        "evaluate_bulk",
        "ww_inkomensverrekening",
        "--on",
        "2026-03-16",
        "--input",
        str(source),
        "--output",
        str(target),
        "--no-progress",
    )
    return list(csv.DictReader(target.open(encoding="utf-8")))


def test_each_record_gets_its_status_and_amounts_in_input_order(tmp_path: Path) -> None:
    rows = _run(tmp_path, RECORDS)
    assert [(r["line"], r["status"]) for r in rows] == [
        ("2", "eligible"),
        ("3", "not_eligible"),  # one cent above 87.5 % of 3262.50
        ("4", "eligible"),  # exactly at the threshold, rounded down to the cent
        ("5", "eligible"),
        ("6", "undetermined"),
    ]
    assert rows[0]["benefit_eur"] == "1583.75"
    assert rows[3]["income_counted_eur"] == "4563.75"  # 6000 × 304.25 / 400
    assert rows[4]["benefit_eur"] == ""


def test_a_bad_cell_stops_the_run_naming_line_and_fact(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match=r"Line 3: 'income_month_eur'"):
        _run(tmp_path, "ww_dagloon_eur,income_month_eur\n150.00,100\n150.00,abc\n")


def test_an_unknown_scheme_is_named(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="Unknown scheme 'ww'"):
        call_command("evaluate_bulk", "ww", "--on", "2026-03-16", "--input", "-", "--output", "-")


def test_a_byte_order_mark_and_windows_line_ends_are_read(tmp_path: Path) -> None:
    plain = _run(tmp_path, RECORDS)

    assert _run(tmp_path, "\ufeff" + RECORDS.replace("\n", "\r\n")) == plain


def test_yes_and_no_are_written_as_in_the_api(tmp_path: Path) -> None:
    rows = _run(tmp_path, RECORDS)

    assert rows[0]["right_ends"] == "false" and rows[1]["right_ends"] == "true"


def test_records_beyond_a_chunk_keep_their_order_and_one_header(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eligibility.management.commands import _bulk_io

    monkeypatch.setattr(_bulk_io, "CHUNK", 2)

    rows = _run(tmp_path, RECORDS)

    assert [r["line"] for r in rows] == ["2", "3", "4", "5", "6"]
