"""Saved checks as the questionnaire and the API use them: create, read, update, delete.

Runs on the real database (SQLite by default, PostgreSQL when DATABASE_URL is set).
"""

from __future__ import annotations

import re
import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection
from pytest_django.fixtures import Settings

import rules
from eligibility import checks, clock, services
from eligibility.errors import CheckNotFound, EvaluationInputError, StaleCheck
from eligibility.models import SavedCheck

pytestmark = pytest.mark.django_db

ON = date(2025, 3, 1)
NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
WFW_PARENT = {
    "wfw_request_type": "arbeidsduur_minder",
    "wfw_weeks_in_service": 52,
    "employer_headcount": 40,
    "parent_child_under_8": True,
    "informal_carer": False,
    "birth_date": "1988-05-17",
    "wfw_request_written": True,
    "wfw_intended_start_date": "2025-06-01",
    "wfw_unforeseen": False,
}


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> list[datetime]:
    """A settable clock: tests move `now[0]` forward to let time pass."""
    moment = [NOW]
    monkeypatch.setattr(clock, "now", lambda: moment[0])
    return moment


def wfw_check(answers: dict[str, object] | None = None) -> SavedCheck:
    return checks.create_check("wfw", None, ON, answers or {}, "nl")


def test_a_new_check_stores_answers_result_and_receipt(now: list[datetime]) -> None:
    check = wfw_check(WFW_PARENT)

    stored = SavedCheck.objects.get(pk=check.pk)
    assert stored.answers == WFW_PARENT
    assert stored.scheme == "wfw"
    assert stored.on == ON
    assert stored.lang == "nl"
    assert stored.version == 1
    assert stored.result == services.evaluate("wfw", ON, WFW_PARENT)
    assert stored.result["status"] == "eligible"
    assert stored.result["receipt"]["scheme_version"] == rules.registry.get("wfw").version
    assert stored.result["receipt"]["parameters"]["wfw_min_weeks_in_service"]["value"] == 26
    assert stored.created_at == stored.updated_at == NOW
    assert stored.expires_at == NOW + timedelta(days=30)


def test_the_token_is_unguessable_and_only_its_hash_is_stored() -> None:
    first, second = wfw_check(), wfw_check()

    assert first.token is not None and second.token is not None
    assert re.fullmatch(r"[A-Za-z0-9_-]{32}", first.token)
    assert first.token != second.token
    stored = SavedCheck.objects.get(pk=first.pk)
    assert first.token not in stored.token_hash
    assert checks.get_check(first.token).pk == first.pk


def test_the_code_is_eight_unambiguous_characters_found_in_any_case() -> None:
    check = wfw_check()

    assert re.fullmatch(r"[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}", check.code)
    spoken = checks.format_code(check.code).lower()
    assert spoken[4] == "-"
    assert checks.get_check_by_code(spoken).pk == check.pk
    assert checks.get_check_by_code(f" {check.code[:4]} {check.code[4:]} ").pk == check.pk
    assert checks.get_check_by_code(spoken).token is None


@pytest.mark.parametrize("code", ["", "ABCD-EFG", "ABCD-EFGHJ", "ABCD-EFG0", "ABCD-EFGI"])
def test_a_malformed_code_finds_nothing(code: str) -> None:
    with pytest.raises(CheckNotFound):
        checks.get_check_by_code(code)


def test_a_screening_check_evaluates_every_scheme_of_the_audience() -> None:
    check = checks.create_check(None, "worker", ON, {"birth_date": "1988-05-17"}, "en")

    assert check.scheme == ""
    assert check.audience == "worker"
    assert check.result == services.screen("worker", ON, {"birth_date": "1988-05-17"})
    assert check.result["next_question"] is not None


def test_a_check_without_scheme_or_audience_is_refused_and_not_saved() -> None:
    with pytest.raises(EvaluationInputError) as caught:
        checks.create_check(None, None, ON, {}, "en")

    assert list(caught.value.errors) == ["audience"]
    assert SavedCheck.objects.count() == 0


def test_invalid_answers_on_creation_name_the_fact_and_save_nothing() -> None:
    with pytest.raises(EvaluationInputError) as caught:
        checks.create_check("wfw", None, ON, {"wfw_weeks_in_service": "many"}, "nl")

    assert list(caught.value.errors) == ["wfw_weeks_in_service"]
    assert SavedCheck.objects.count() == 0


def test_an_update_merges_answers_reevaluates_and_extends_the_expiry(
    now: list[datetime],
) -> None:
    check = wfw_check({k: v for k, v in WFW_PARENT.items() if k != "wfw_weeks_in_service"})
    assert check.result["status"] == "undetermined"
    now[0] = NOW + timedelta(days=20)

    updated = checks.update_answers(check.token or "", 1, {"wfw_weeks_in_service": 52})

    stored = SavedCheck.objects.get(pk=check.pk)
    assert stored.answers == WFW_PARENT
    assert stored.result["status"] == "eligible"
    assert stored.version == updated.version == 2
    assert stored.updated_at == NOW + timedelta(days=20)
    assert stored.expires_at == NOW + timedelta(days=50)
    assert stored.created_at == NOW


def test_an_answer_set_to_null_is_removed() -> None:
    check = wfw_check(WFW_PARENT)

    checks.update_answers(check.token or "", 1, {"wfw_request_written": None})

    stored = SavedCheck.objects.get(pk=check.pk)
    assert "wfw_request_written" not in stored.answers
    assert stored.result["missing"] == ["wfw_request_written"]


def test_an_update_can_move_the_reference_date() -> None:
    check = wfw_check(WFW_PARENT)

    checks.update_answers(check.token or "", 1, {}, on=date(2021, 3, 1))

    stored = SavedCheck.objects.get(pk=check.pk)
    assert stored.on == date(2021, 3, 1)
    assert stored.result["on"] == "2021-03-01"


def test_invalid_answers_on_update_leave_the_stored_check_unchanged() -> None:
    check = wfw_check(WFW_PARENT)
    before = SavedCheck.objects.values().get(pk=check.pk)

    with pytest.raises(EvaluationInputError) as caught:
        checks.update_answers(
            check.token or "", 1, {"employer_headcount": -3, "informal_carer": True}
        )

    assert list(caught.value.errors) == ["employer_headcount"]
    assert SavedCheck.objects.values().get(pk=check.pk) == before


def test_a_stale_write_is_refused_and_loses_no_answer() -> None:
    check = wfw_check({"birth_date": "1988-05-17"})
    token = check.token or ""
    checks.update_answers(token, 1, {"employer_headcount": 40})

    with pytest.raises(StaleCheck) as caught:
        checks.update_answers(token, 1, {"informal_carer": True})

    assert caught.value.current_version == 2
    assert "version 2" in caught.value.message("en")
    stored = SavedCheck.objects.get(pk=check.pk)
    assert stored.answers == {"birth_date": "1988-05-17", "employer_headcount": 40}
    assert stored.version == 2


def test_a_check_found_by_its_code_is_updated_in_place_with_the_same_version_check() -> None:
    check = wfw_check({"birth_date": "1988-05-17"})
    code = checks.format_code(check.code).lower()

    updated = checks.update_answers_by_code(code, 1, {"employer_headcount": 40}, lang="nl")
    with pytest.raises(StaleCheck) as caught:
        checks.update_answers_by_code(code, 1, {"informal_carer": True})

    assert (updated.pk, updated.code, updated.version) == (check.pk, check.code, 2)
    assert caught.value.current_version == 2
    stored = checks.get_check(check.token or "")
    assert stored.answers == {"birth_date": "1988-05-17", "employer_headcount": 40}
    assert stored.version == 2
    with pytest.raises(CheckNotFound):
        checks.update_answers_by_code("ZZZZ-ZZZZ", 1, {})


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_updates_of_one_version_let_exactly_one_win(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    check = wfw_check()
    token = check.token or ""
    # Both writers read version 1 and evaluate before either writes; then they write in turn.
    both_read = threading.Barrier(2, timeout=10)
    first_wrote = threading.Event()
    evaluate = services.evaluate

    def evaluate_after_both_read(*args: object, **kwargs: object) -> object:
        both_read.wait()
        if threading.current_thread().name == "second":
            first_wrote.wait(timeout=10)
        return evaluate(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(services, "evaluate", evaluate_after_both_read)
    outcomes: dict[str, object] = {}

    def writer(changes: dict[str, object]) -> None:
        name = threading.current_thread().name
        try:
            checks.update_answers(token, 1, changes)
            outcomes[name] = "saved"
        except StaleCheck as exc:
            outcomes[name] = exc.current_version
        finally:
            if name == "first":
                first_wrote.set()
            connection.close()

    threads = [
        threading.Thread(target=writer, name="first", args=({"employer_headcount": 40},)),
        threading.Thread(target=writer, name="second", args=({"informal_carer": True},)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)

    assert outcomes == {"first": "saved", "second": 2}
    stored = SavedCheck.objects.get(pk=check.pk)
    assert stored.answers == {"employer_headcount": 40}
    assert stored.version == 2


def test_an_expired_check_is_gone_for_every_operation(now: list[datetime]) -> None:
    check = wfw_check(WFW_PARENT)
    token = check.token or ""
    now[0] = NOW + timedelta(days=30)

    with pytest.raises(CheckNotFound):
        checks.get_check(token)
    with pytest.raises(CheckNotFound):
        checks.get_check_by_code(check.code)
    with pytest.raises(CheckNotFound):
        checks.update_answers(token, 1, {"informal_carer": True})
    with pytest.raises(CheckNotFound):
        checks.delete_check(token)


def test_the_retention_period_comes_from_the_settings(
    now: list[datetime], settings: Settings
) -> None:
    settings.CHECK_RETENTION_DAYS = 7

    check = wfw_check()

    assert check.expires_at == NOW + timedelta(days=7)


def test_a_deleted_check_cannot_be_read() -> None:
    check = wfw_check(WFW_PARENT)
    token = check.token or ""

    checks.delete_check(token)

    with pytest.raises(CheckNotFound):
        checks.get_check(token)
    assert SavedCheck.objects.count() == 0


@pytest.mark.parametrize("token", ["", "short", "x" * 32, "not a token at all, with spaces!"])
def test_an_unknown_token_is_not_found(token: str) -> None:
    wfw_check()

    with pytest.raises(CheckNotFound):
        checks.get_check(token)
    with pytest.raises(CheckNotFound):
        checks.delete_check(token)
