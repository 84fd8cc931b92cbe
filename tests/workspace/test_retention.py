"""`purge_cases` deletes cases after RETENTION_CASE_MONTHS without leaving client data behind."""

from __future__ import annotations

import io
import logging
from datetime import UTC, datetime

import pytest
from django.core.management import call_command
from django.test import Client

from eligibility import clock
from workspace import services
from workspace.models import AuditEntry, Case, CaseCheck

from .conftest import Loket
from .test_cases import add_saved_check, is_gone

NOW = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)


def age_case(case_id: object, when: datetime) -> None:
    Case.objects.filter(pk=case_id).update(last_activity_at=when)


@pytest.fixture
def pinned_now(monkeypatch: pytest.MonkeyPatch) -> datetime:
    monkeypatch.setattr(clock, "now", lambda: NOW)
    return NOW


def test_cases_inactive_longer_than_the_retention_are_deleted_others_kept(
    loket_a: Loket, pinned_now: datetime, settings: object, caplog: pytest.LogCaptureFixture
) -> None:
    kept = services.create_case(loket_a.organisation, loket_a.adviser.user, "A-RECENT", "")
    age_case(loket_a.case.pk, datetime(2025, 3, 30, 23, 0, tzinfo=UTC))  # 12 months + 1 day
    age_case(kept.pk, datetime(2025, 3, 31, 13, 0, tzinfo=UTC))  # just under 12 months
    out = io.StringIO()

    with caplog.at_level(logging.DEBUG):
        call_command("purge_cases", stdout=out)

    assert not Case.objects.filter(pk=loket_a.case.pk).exists()
    assert not CaseCheck.objects.filter(pk=loket_a.check.pk).exists()
    assert Case.objects.filter(pk=kept.pk).exists()
    assert out.getvalue() == (
        "Deleted 1 case(s) inactive since before 2025-03-31 (retention 12 months).\n"
    )
    entry = AuditEntry.objects.get(case_id=loket_a.case.pk, action="deleted")
    assert entry.actor is None
    assert entry.detail == "retention"
    assert entry.organisation == loket_a.organisation
    # Nothing that names the client: not in the output, the log or the audit entry.
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "Retention: deleted 1 cases" in logged
    for text in (out.getvalue(), logged, repr(entry.__dict__)):
        assert "A-0001" not in text
        assert "A-RECENT" not in text


def test_the_saved_checks_added_to_a_purged_case_are_deleted_too(
    client: Client, loket_a: Loket, pinned_now: datetime
) -> None:
    adviser = loket_a.adviser.user
    purged = add_saved_check(loket_a.case, adviser)
    kept_case = services.create_case(loket_a.organisation, adviser, "A-RECENT", "")
    kept = add_saved_check(kept_case, adviser)
    age_case(loket_a.case.pk, datetime(2025, 1, 1, tzinfo=UTC))

    call_command("purge_cases", stdout=io.StringIO())

    assert not Case.objects.filter(pk=loket_a.case.pk).exists()
    assert is_gone(client, purged)
    assert not is_gone(client, kept)
    assert CaseCheck.objects.get(case=kept_case).saved_check == kept
    entry = AuditEntry.objects.get(case_id=loket_a.case.pk, action="deleted")
    for text in ("A-0001", purged.code, "arbeidsduur_minder"):
        assert text not in repr(entry.__dict__)


def test_the_retention_period_comes_from_the_settings(
    loket_a: Loket, pinned_now: datetime, settings: object
) -> None:
    settings.RETENTION_CASE_MONTHS = 2  # type: ignore[attr-defined]
    age_case(loket_a.case.pk, datetime(2026, 1, 30, tzinfo=UTC))

    call_command("purge_cases", stdout=io.StringIO())

    assert not Case.objects.filter(pk=loket_a.case.pk).exists()


def test_dry_run_counts_and_deletes_nothing(loket_a: Loket, pinned_now: datetime) -> None:
    age_case(loket_a.case.pk, datetime(2024, 1, 1, tzinfo=UTC))
    out = io.StringIO()

    call_command("purge_cases", "--dry-run", stdout=out)

    assert out.getvalue().startswith("Would delete 1 case(s)")
    assert Case.objects.filter(pk=loket_a.case.pk).exists()


def test_adding_a_check_counts_as_activity(loket_a: Loket, pinned_now: datetime) -> None:
    age_case(loket_a.case.pk, datetime(2024, 1, 1, tzinfo=UTC))
    saved = loket_a.check.saved_check
    assert saved is not None

    services.attach_check(loket_a.case, loket_a.adviser.user, code=saved.code)

    assert Case.objects.get(pk=loket_a.case.pk).last_activity_at == NOW


@pytest.mark.parametrize(
    ("moment", "months", "expected"),
    [
        (datetime(2026, 3, 31, tzinfo=UTC), 1, datetime(2026, 2, 28, tzinfo=UTC)),
        (datetime(2024, 3, 31, tzinfo=UTC), 1, datetime(2024, 2, 29, tzinfo=UTC)),
        (datetime(2026, 1, 15, tzinfo=UTC), 12, datetime(2025, 1, 15, tzinfo=UTC)),
        (datetime(2026, 1, 15, tzinfo=UTC), 13, datetime(2024, 12, 15, tzinfo=UTC)),
    ],
)
def test_months_before_clamps_to_the_end_of_the_month(
    moment: datetime, months: int, expected: datetime
) -> None:
    assert services.months_before(moment, months) == expected
