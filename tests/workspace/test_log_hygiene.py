"""No personal data in the application logs: a whole adviser journey, every log record captured.

The journey signs in (once wrongly), evaluates and saves answers through the public API
(once with a wrong value), creates, searches, views, changes and exports a case, adds the
check, hits another loket's case, exports the audit log, deletes a case and runs the
retention purge. No record may hold the client reference, the notes or an answer value.
"""

from __future__ import annotations

import io
import json
import logging
from datetime import UTC, datetime

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from workspace.models import Case

from .conftest import Loket

REFERENCE = "KLANT-Q7X9Z"
NOTES = "Gesprek-met-unieke-aantekening-4711"
ANSWERS = {
    "wfw_request_type": "arbeidsduur_minder",
    "wfw_weeks_in_service": 173,
    "employer_headcount": 4127,
    "parent_child_under_8": True,
    "informal_carer": False,
    "birth_date": "1961-07-23",
    "wfw_request_written": True,
    "wfw_intended_start_date": "2025-06-17",
    "wfw_unforeseen": False,
}
SECRETS = [REFERENCE, NOTES, "1961-07-23", "2025-06-17", "4127", "173", "1961-13-45"]


def all_logged_text(records: list[logging.LogRecord]) -> str:
    parts = []
    for record in records:
        parts.append(record.getMessage())
        parts.append(repr(record.args))
        if record.exc_text:
            parts.append(record.exc_text)
        for name in ("request", "status_code"):
            if hasattr(record, name):
                parts.append(repr(getattr(record, name)))
    return "\n".join(parts)


@pytest.mark.django_db(transaction=False)
def test_a_full_adviser_journey_logs_no_client_reference_and_no_answer(
    client: Client, loket_a: Loket, loket_b: Loket, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    # Sign in, once with a wrong password.
    login = reverse("workspace:login")
    client.post(login, {"username": "admin@loketa.nl", "password": "fout"})
    assert (
        client.post(
            login, {"username": "admin@loketa.nl", "password": "een-lang-wachtwoord-1"}
        ).status_code
        == 302
    )

    # The public API: an evaluation, a wrong value, and a saved check.
    evaluation = {"scheme": "wfw", "on": "2025-03-01", "facts": ANSWERS}
    assert (
        client.post("/api/v1/evaluations/", evaluation, content_type="application/json").status_code
        == 200
    )
    wrong = {**evaluation, "facts": {**ANSWERS, "birth_date": "1961-13-45"}}
    assert (
        client.post("/api/v1/evaluations/", wrong, content_type="application/json").status_code
        == 400
    )
    saved = client.post(
        "/api/v1/checks/",
        json.dumps({"scheme": "wfw", "on": "2025-03-01", "answers": ANSWERS}),
        content_type="application/json",
    )
    assert saved.status_code == 201, saved.content
    code = saved.json()["code"]

    # The case: create, search, view, add the check, change, export.
    client.post(reverse("workspace:case_create"), {"client_reference": REFERENCE, "notes": NOTES})
    case = Case.objects.get(client_reference=REFERENCE)
    kwargs = {"case_id": case.pk}
    client.get(reverse("workspace:case_list"), {"q": REFERENCE})
    client.get(reverse("workspace:case_detail", kwargs=kwargs))
    assert (
        client.post(
            reverse("workspace:case_attach_check", kwargs=kwargs), {"code": code}
        ).status_code
        == 302
    )
    client.post(reverse("workspace:case_attach_check", kwargs=kwargs), {"code": "ZZZZ-ZZZZ"})
    check_id = case.checks.get().pk
    client.get(reverse("workspace:case_check_detail", kwargs={**kwargs, "check_id": check_id}))
    client.post(
        reverse("workspace:case_edit", kwargs=kwargs),
        {"client_reference": REFERENCE, "notes": NOTES + "!"},
    )
    client.get(reverse("workspace:case_handover", kwargs=kwargs))
    client.post(reverse("workspace:case_create"), {"client_reference": "111222333", "notes": NOTES})
    # Another loket's case, and the audit log.
    assert (
        client.get(
            reverse("workspace:case_detail", kwargs={"case_id": loket_b.case.pk})
        ).status_code
        == 404
    )
    client.get(reverse("workspace:audit_log_csv"))
    # Delete one case; the retention purge takes another.
    client.post(reverse("workspace:case_delete", kwargs=kwargs))
    Case.objects.filter(pk=loket_a.case.pk).update(
        last_activity_at=datetime(2020, 1, 1, tzinfo=UTC)
    )
    call_command("purge_cases", stdout=io.StringIO())

    logged = all_logged_text(caplog.records)
    # The journey did log: the failed login, the refused request, the 404 and the purge.
    assert "Bad Request: /api/v1/evaluations/" in logged
    assert "Not Found: /werkruimte/dossiers/" in logged
    assert "Retention: deleted 1 cases" in logged
    assert "AXES: Repeated login failure" in logged or "AXES: New login failure" in logged
    for secret in SECRETS:
        assert secret not in logged, secret
