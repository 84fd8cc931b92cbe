"""`manage.py purge_checks` deletes expired saved checks only, and prints no personal data."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from io import StringIO

import pytest
from django.core.management import call_command

from eligibility import checks, clock
from eligibility.models import SavedCheck

pytestmark = pytest.mark.django_db

START = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def save_check_at(moment: datetime, monkeypatch: pytest.MonkeyPatch) -> SavedCheck:
    monkeypatch.setattr(clock, "now", lambda: moment)
    return checks.create_check("wfw", None, date(2025, 3, 1), {"birth_date": "1988-05-17"}, "nl")


def purge(monkeypatch: pytest.MonkeyPatch, at: datetime) -> str:
    monkeypatch.setattr(clock, "now", lambda: at)
    out = StringIO()
    call_command("purge_checks", stdout=out)
    return out.getvalue()


def test_purge_deletes_expired_checks_and_keeps_the_others(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = [save_check_at(START, monkeypatch) for _ in range(2)]
    recent = save_check_at(START + timedelta(days=10), monkeypatch)

    output = purge(monkeypatch, START + timedelta(days=30))

    assert output == "Deleted 2 expired saved checks.\n"
    assert list(SavedCheck.objects.values_list("pk", flat=True)) == [recent.pk]
    for check in old:
        assert check.code not in output
        assert (check.token or "") not in output
    assert "1988" not in output


def test_a_check_updated_before_its_expiry_survives_the_purge(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    check = save_check_at(START, monkeypatch)
    monkeypatch.setattr(clock, "now", lambda: START + timedelta(days=29))
    checks.update_answers(check.token or "", 1, {"informal_carer": False})

    output = purge(monkeypatch, START + timedelta(days=40))

    assert output == "Deleted 0 expired saved checks.\n"
    assert SavedCheck.objects.filter(pk=check.pk).exists()


def test_purge_says_one_check_in_the_singular(monkeypatch: pytest.MonkeyPatch) -> None:
    save_check_at(START, monkeypatch)

    assert purge(monkeypatch, START + timedelta(days=31)) == "Deleted 1 expired saved check.\n"
