"""After a change of law, stored checks are evaluated again beside what was stored.

`manage.py reevaluate_checks` evaluates every saved check whose scheme version changed with
the same answers and reference date, records what a person would notice (status, amounts,
dates) with both versions and the changelog entry, and leaves the stored result as it was.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

import rules
from eligibility import changelog, checks, reevaluation
from eligibility.models import SavedCheck
from tests.law_change import ANSWERS, ENTRY, SAVED_ON, UNCHANGED_ON

pytestmark = pytest.mark.django_db


def reevaluate() -> str:
    out = StringIO()
    call_command("reevaluate_checks", stdout=out)
    return out.getvalue()


def test_a_figure_for_a_new_half_year_changes_the_amount_and_the_change_is_recorded(
    toy_law: Callable[[], None],
) -> None:
    check = checks.create_check("toy", None, SAVED_ON, ANSWERS, "nl")
    stored = copy.deepcopy(check.result)
    assert stored["status"] == "undetermined"
    assert stored["outputs"]["benefit_eur"] is None
    assert stored["receipt"]["scheme_version"] == "0.1"

    toy_law()
    output = reevaluate()

    assert "evaluated 1 again" in output and "1 changed outcome" in output
    check.refresh_from_db()
    assert check.result == stored  # what the person saved stays readable
    assert check.current_result is not None
    assert check.current_result["status"] == "eligible"
    assert check.current_result["outputs"]["benefit_eur"] == "720.00"
    assert check.current_result["receipt"]["scheme_version"] == "0.2"
    (record,) = check.changes
    assert record["from_versions"] == {"toy": "0.1"}
    assert record["to_versions"] == {"toy": "0.2"}
    assert {(d["what"], d["old"], d["new"]) for d in record["differences"]} == {
        ("status", "undetermined", "eligible"),
        ("benefit_eur", None, "720.00"),
    }
    assert record["changelog"] == [{"scheme": "toy", "version": "0.2", "entry": ENTRY}]


def test_the_change_is_told_with_the_old_and_new_outcome_and_why(
    toy_law: Callable[[], None],
) -> None:
    check = checks.create_check("toy", None, SAVED_ON, ANSWERS, "nl")
    toy_law()
    reevaluate()
    check.refresh_from_db()

    change = reevaluation.outcome_change(check, "nl")

    assert change is not None
    assert change.headline == "Sinds u deze check bewaarde, is de uitkomst veranderd"
    assert [(r.label, r.old, r.new) for r in change.rows] == [
        ("Uitkomst Proefregeling", "nog niet te zeggen", "u komt in aanmerking"),
        ("uitkering (Proefregeling)", "geen", "€\u00a0720,00"),
    ]
    assert change.reasons[0].version == "0.2"
    assert change.reasons[0].lines == [ENTRY.removeprefix("- ")]
    assert "1 juni 2025" in change.explanation


def test_running_it_again_changes_nothing(toy_law: Callable[[], None]) -> None:
    check = checks.create_check("toy", None, SAVED_ON, ANSWERS, "nl")
    toy_law()
    reevaluate()
    first = SavedCheck.objects.values().get(pk=check.pk)

    output = reevaluate()

    assert "evaluated 0 again" in output and "0 changed outcome" in output
    assert SavedCheck.objects.values().get(pk=check.pk) == first


def test_a_check_whose_outcome_did_not_change_gets_no_marker(toy_law: Callable[[], None]) -> None:
    check = checks.create_check("toy", None, UNCHANGED_ON, ANSWERS, "nl")
    toy_law()

    output = reevaluate()

    assert "evaluated 1 again" in output and "0 changed outcome" in output
    check.refresh_from_db()
    assert check.changes == []
    assert check.current_result is not None
    assert check.current_result["receipt"]["scheme_version"] == "0.2"
    assert reevaluation.outcome_change(check, "nl") is None


def test_a_check_under_todays_versions_is_not_evaluated_again(toy_law: Callable[[], None]) -> None:
    check = checks.create_check("toy", None, SAVED_ON, ANSWERS, "nl")

    assert "evaluated 0 again" in reevaluate()
    check.refresh_from_db()
    assert check.current_result is None


def test_a_later_save_by_the_person_shows_todays_outcome_without_a_marker(
    toy_law: Callable[[], None],
) -> None:
    check = checks.create_check("toy", None, SAVED_ON, ANSWERS, "nl")
    toy_law()
    reevaluate()

    saved = checks.update_answers(check.token or "", 1, {"toy_member": True})

    saved.refresh_from_db()
    assert saved.result["status"] == "eligible"
    assert saved.current_result is None and saved.changes == []
    assert reevaluation.outcome_change(saved, "nl") is None


def test_the_changelog_gives_each_scheme_versions_entry() -> None:
    text = "## [0.2.0]\n\n### Scheme versions\n\n#### ww_recht 2026.2\n\n- One.\n- Two.\n\n#### wfw 2026.1\n\n- Three.\n"

    assert changelog.entries(text) == {
        ("ww_recht", "2026.2"): "- One.\n- Two.",
        ("wfw", "2026.1"): "- Three.",
    }


def test_every_scheme_version_has_its_changelog_entry() -> None:
    """What a person reads when a change of law changed their outcome."""
    missing = [
        f"#### {s.id} {s.version}" for s in rules.registry if not changelog.entry(s.id, s.version)
    ]
    assert not missing, "add to CHANGELOG.md, under the release: " + ", ".join(missing)


def test_the_api_gives_the_saved_result_beside_todays(
    client: Client, toy_law: Callable[[], None]
) -> None:
    check = checks.create_check("toy", None, SAVED_ON, ANSWERS, "nl")
    toy_law()
    reevaluate()

    body = client.get(f"/api/v1/checks/{check.token}/").json()

    assert body["result"]["status"] == "undetermined"
    assert body["current_result"]["status"] == "eligible"
    assert body["changes"][0]["to_versions"] == {"toy": "0.2"}
