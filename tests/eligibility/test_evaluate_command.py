"""`manage.py evaluate`: result JSON on stdout for any status, CommandError for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


def run(*args: str, stdin: str | None = None) -> dict[str, object]:
    out = StringIO()
    extra = {} if stdin is None else {"stdin": StringIO(stdin)}
    call_command("evaluate", *args, stdout=out, **extra)
    result: dict[str, object] = json.loads(out.getvalue())
    return result


def write_facts(tmp_path: Path, content: str) -> str:
    path = tmp_path / "facts.json"
    path.write_text(content, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("scheme", "on", "outputs"),
    [
        ("wfw", "2025-03-01", {"latest_request_date": "2025-04-01", "request_timely": True}),
        (
            "ww_inkomensverrekening",
            "2025-03-15",
            {"maandloon_eur": "3262.50", "benefit_eur": "1443.75", "right_ends": False},
        ),
    ],
)
def test_readme_example_prints_the_result_json(
    scheme: str, on: str, outputs: dict[str, object]
) -> None:
    result = run(scheme, "--on", on, "--facts", str(EXAMPLES / f"{scheme}.json"))

    assert result["scheme"] == scheme
    assert result["on"] == on
    assert result["status"] == "eligible"
    assert result["missing"] == []
    assert {"availability", "outputs", "criteria", "notes"} <= result.keys()
    assert isinstance(result["outputs"], dict)
    assert {k: result["outputs"][k] for k in outputs} == outputs


def test_without_facts_the_result_is_undetermined_and_names_missing_facts() -> None:
    result = run("wfw", "--on", "2025-03-01")

    assert result["status"] == "undetermined"
    assert result["missing"]


def test_output_is_indented_utf8_json() -> None:
    out = StringIO()
    call_command("evaluate", "wfw", "--on", "2025-03-01", stdout=out)

    text = out.getvalue()
    assert text.startswith('{\n  "')
    assert "\\u00" not in text  # ensure_ascii=False keeps Dutch characters readable


def test_facts_dash_reads_standard_input() -> None:
    facts = (EXAMPLES / "wfw.json").read_text(encoding="utf-8")

    from_stdin = run("wfw", "--on", "2025-03-01", "--facts", "-", stdin=facts)
    from_file = run("wfw", "--on", "2025-03-01", "--facts", str(EXAMPLES / "wfw.json"))

    assert from_stdin == from_file


def test_a_known_fact_of_another_scheme_is_ignored(tmp_path: Path) -> None:
    path = write_facts(tmp_path, '{"ww_month_number": 3}')

    assert run("wfw", "--on", "2025-03-01", "--facts", path) == run("wfw", "--on", "2025-03-01")


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ('{"wfw_weeks_in_servce": 30}', "wfw_weeks_in_servce"),
        ('{"wfw_weeks_in_service": "many"}', "wfw_weeks_in_service"),
        ('{"employer_headcount": 0}', "employer_headcount"),
        ('{"wfw_request_type": "sabbatical"}', "wfw_request_type"),
        ('{"birth_date": "1970-02-30"}', "birth_date"),
        ('{"wfw_request_written": "perhaps"}', "wfw_request_written"),
    ],
    ids=["unknown-fact", "wrong-type", "impossible-value", "bad-choice", "bad-date", "not-bool"],
)
def test_invalid_fact_raises_command_error_naming_the_fact(
    tmp_path: Path, facts: str, expected: str
) -> None:
    path = write_facts(tmp_path, facts)

    with pytest.raises(CommandError, match=expected):
        run("wfw", "--on", "2025-03-01", "--facts", path)


def test_unknown_scheme_raises_command_error_listing_known_schemes() -> None:
    with pytest.raises(CommandError, match=r"Unknown scheme 'no_such_scheme'.*wfw"):
        run("no_such_scheme", "--on", "2025-03-01")


@pytest.mark.parametrize("on", ["2025-02-30", "01-03-2025", "20250301", "tomorrow"])
def test_bad_reference_date_raises_command_error(on: str) -> None:
    with pytest.raises(
        CommandError, match=f"--on must be a real date written as YYYY-MM-DD, got '{on}'"
    ):
        run("wfw", "--on", on)


def test_missing_facts_file_raises_command_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="Cannot read the facts file"):
        run("wfw", "--on", "2025-03-01", "--facts", str(tmp_path / "absent.json"))


@pytest.mark.parametrize("content", ["{not json", '{"birth_date": NaN}', ""])
def test_malformed_json_raises_command_error(tmp_path: Path, content: str) -> None:
    path = write_facts(tmp_path, content)

    with pytest.raises(CommandError, match="are not valid JSON"):
        run("wfw", "--on", "2025-03-01", "--facts", path)


@pytest.mark.parametrize(
    ("content", "kind"),
    [("[]", "an array"), ('"wfw"', "a string"), ("null", "null"), ("true", "a boolean")],
)
def test_facts_that_are_not_a_json_object_raise_command_error(
    tmp_path: Path, content: str, kind: str
) -> None:
    path = write_facts(tmp_path, content)

    with pytest.raises(
        CommandError, match=f"must be a JSON object of fact ids to answers, got {kind}"
    ):
        run("wfw", "--on", "2025-03-01", "--facts", path)


def test_lang_nl_gives_dutch_messages(tmp_path: Path) -> None:
    path = write_facts(tmp_path, '{"wfw_weeks_in_service": "many"}')

    with pytest.raises(CommandError, match=r"Kan niet beoordelen: .*wfw_weeks_in_service"):
        run("wfw", "--on", "2025-03-01", "--facts", path, "--lang", "nl")


def run_process(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", "evaluate", *args],
        cwd=REPO,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


def test_process_exits_zero_and_reads_stdin() -> None:
    facts = (EXAMPLES / "wfw.json").read_text(encoding="utf-8")

    done = run_process("wfw", "--on", "2025-03-01", "--facts", "-", stdin=facts)

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["scheme"] == "wfw"


def test_process_exits_non_zero_on_bad_input_with_the_fact_on_stderr() -> None:
    done = run_process(
        "wfw", "--on", "2025-03-01", "--facts", "-", stdin='{"employer_headcount": -1}'
    )

    assert done.returncode != 0
    assert done.stdout == ""
    assert "employer_headcount" in done.stderr
