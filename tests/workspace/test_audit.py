"""The audit log records who did what to which case, cannot be changed, and only admins see it."""

from __future__ import annotations

import csv
import io

import pytest
from django.test import Client
from django.urls import reverse

from workspace.models import AppendOnly, AuditEntry

from .conftest import Loket


def test_viewing_creating_changing_exporting_and_deleting_are_each_recorded(
    adviser_a: Client, loket_a: Loket
) -> None:
    case_id = loket_a.case.pk
    adviser_a.get(reverse("workspace:case_detail", kwargs={"case_id": case_id}))
    adviser_a.post(
        reverse("workspace:case_edit", kwargs={"case_id": case_id}),
        {"client_reference": "A-0001-b", "notes": "Eerste gesprek."},
    )
    adviser_a.get(reverse("workspace:case_handover", kwargs={"case_id": case_id}))
    adviser_a.post(reverse("workspace:case_delete", kwargs={"case_id": case_id}))

    entries = AuditEntry.objects.filter(case_id=case_id).order_by("at", "id")
    assert [(e.action, e.detail) for e in entries] == [
        ("created", ""),
        ("changed", "check_added"),
        ("viewed", ""),
        ("changed", "client_reference"),
        ("exported", "handover"),
        ("deleted", ""),
    ]
    assert {e.actor for e in entries} == {loket_a.adviser.user}
    assert {e.organisation for e in entries} == {loket_a.organisation}


def test_an_audit_entry_refuses_every_update_path(loket_a: Loket) -> None:
    entry = AuditEntry.objects.filter(organisation=loket_a.organisation).first()
    assert entry is not None

    entry.detail = "overschreven"
    with pytest.raises(AppendOnly):
        entry.save()
    with pytest.raises(AppendOnly):
        AuditEntry.objects.filter(pk=entry.pk).update(detail="overschreven")
    with pytest.raises(AppendOnly):
        AuditEntry.objects.bulk_update([entry], ["detail"])
    with pytest.raises(AppendOnly):
        AuditEntry._base_manager.filter(pk=entry.pk).update(detail="overschreven")

    entry.refresh_from_db()
    assert entry.detail != "overschreven"


def test_an_audit_entry_refuses_every_delete_path(loket_a: Loket) -> None:
    entry = AuditEntry.objects.filter(organisation=loket_a.organisation).first()
    assert entry is not None
    count = AuditEntry.objects.count()

    with pytest.raises(AppendOnly):
        entry.delete()
    with pytest.raises(AppendOnly):
        AuditEntry.objects.filter(pk=entry.pk).delete()
    with pytest.raises(AppendOnly):
        AuditEntry.objects.all().delete()

    assert AuditEntry.objects.count() == count


def test_an_adviser_without_admin_rights_cannot_see_the_audit_log(
    adviser_a: Client, loket_a: Loket
) -> None:
    assert adviser_a.get(reverse("workspace:audit_log")).status_code == 403
    assert adviser_a.get(reverse("workspace:audit_log_csv")).status_code == 403
    assert adviser_a.get(reverse("workspace:adviser_list")).status_code == 403


def test_the_admin_sees_the_log_with_the_case_reference(admin_a: Client, loket_a: Loket) -> None:
    html = admin_a.get(reverse("workspace:audit_log")).content.decode()

    assert "A-0001" in html
    assert "adviseur@loketa.nl" in html


def test_the_csv_export_has_one_row_per_entry_and_is_itself_recorded(
    admin_a: Client, loket_a: Loket
) -> None:
    before = AuditEntry.objects.filter(organisation=loket_a.organisation).count()

    response = admin_a.get(reverse("workspace:audit_log_csv"))

    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert len(rows) == before + 1
    assert rows[0]["action"] == "audit_exported"
    assert rows[0]["actor"] == "admin@loketa.nl"
    created = [r for r in rows if r["action"] == "created"]
    assert created == [
        {
            "at": created[0]["at"],
            "actor": "adviseur@loketa.nl",
            "action": "created",
            "case_id": str(loket_a.case.pk),
            "subject_user_id": "",
            "detail": "",
        }
    ]
    # No client data leaves with the export: only the case's UUID.
    assert "A-0001" not in response.content.decode()
