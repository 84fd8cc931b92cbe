"""Advisers create, find, change and delete cases, and add the checks they did for a client."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from eligibility import checks
from eligibility.models import SavedCheck
from workspace import services
from workspace.models import AuditEntry, Case, CaseCheck

from .conftest import WFW_ANSWERS, Loket

EN = {"HTTP_ACCEPT_LANGUAGE": "en"}


def test_an_adviser_creates_a_case_and_lands_on_it(adviser_a: Client, loket_a: Loket) -> None:
    response = adviser_a.post(
        reverse("workspace:case_create"), {"client_reference": "A-0002", "notes": "Wil omscholen."}
    )

    case = Case.objects.get(client_reference="A-0002")
    assert response.status_code == 302
    assert response["Location"] == reverse("workspace:case_detail", kwargs={"case_id": case.pk})
    assert case.organisation == loket_a.organisation
    assert case.created_by == loket_a.adviser.user
    assert case.notes == "Wil omscholen."


@pytest.mark.parametrize("reference", ["111222333", "BSN 1234.56.782"])
def test_a_bsn_as_client_reference_is_refused_with_a_sentence(
    adviser_a: Client, reference: str
) -> None:
    response = adviser_a.post(
        reverse("workspace:case_create"), {"client_reference": reference, "notes": ""}, **EN
    )

    assert response.status_code == 200
    assert "This reference looks like a citizen service number (BSN)." in response.content.decode()
    assert not Case.objects.filter(client_reference=reference).exists()


def test_a_reference_already_used_in_the_loket_is_refused(
    adviser_a: Client, loket_a: Loket
) -> None:
    response = adviser_a.post(
        reverse("workspace:case_create"), {"client_reference": "A-0001", "notes": ""}, **EN
    )

    assert "This loket already has a case with this client reference." in response.content.decode()
    assert Case.objects.filter(client_reference="A-0001").count() == 1


def test_another_loket_may_use_the_same_reference(adviser_a: Client, loket_b: Loket) -> None:
    adviser_a.post(reverse("workspace:case_create"), {"client_reference": "B-0001", "notes": ""})

    assert Case.objects.filter(client_reference="B-0001").count() == 2


def test_changing_the_notes_moves_the_last_activity(adviser_a: Client, loket_a: Loket) -> None:
    before = loket_a.case.last_activity_at
    url = reverse("workspace:case_edit", kwargs={"case_id": loket_a.case.pk})

    adviser_a.post(url, {"client_reference": "A-0001", "notes": "Tweede gesprek."})

    loket_a.case.refresh_from_db()
    assert loket_a.case.notes == "Tweede gesprek."
    assert loket_a.case.last_activity_at > before
    assert AuditEntry.objects.filter(
        case_id=loket_a.case.pk, action="changed", detail="notes"
    ).exists()


def test_deleting_a_case_deletes_its_checks(adviser_a: Client, loket_a: Loket) -> None:
    url = reverse("workspace:case_delete", kwargs={"case_id": loket_a.case.pk})

    confirm = adviser_a.get(url)
    response = adviser_a.post(url)

    assert confirm.status_code == 200
    assert response.status_code == 302
    assert not Case.objects.filter(pk=loket_a.case.pk).exists()
    assert not CaseCheck.objects.filter(pk=loket_a.check.pk).exists()


def add_saved_check(case: Case, actor: object) -> SavedCheck:
    """A saved check of the client's answers, added to `case`; returned with its token."""
    saved = checks.create_check("wfw", None, date(2025, 3, 1), WFW_ANSWERS, "nl")
    services.attach_check(case, actor, token=saved.token or "")
    return saved


def is_gone(client: Client, saved: SavedCheck) -> bool:
    """Neither its resume link (token) nor its code finds the saved check any more."""
    by_token = client.get(f"/api/v1/checks/{saved.token}/")
    by_code = client.get(f"/api/v1/checks/by-code/{checks.format_code(saved.code)}/")
    assert {by_token.status_code, by_code.status_code} <= {200, 404}
    gone = by_token.status_code == by_code.status_code == 404
    assert gone == (not SavedCheck.objects.filter(pk=saved.pk).exists())
    return gone


def test_deleting_a_case_deletes_the_saved_checks_added_to_it(
    adviser_a: Client, loket_a: Loket, loket_b: Loket
) -> None:
    adviser = loket_a.adviser.user
    mine = add_saved_check(loket_a.case, adviser)
    other_case = services.create_case(loket_a.organisation, adviser, "A-0002", "")
    others = add_saved_check(other_case, adviser)
    # The same saved check added (by its code) to this case and another loket's case.
    shared = add_saved_check(loket_a.case, adviser)
    services.attach_check(loket_b.case, loket_b.adviser.user, code=shared.code)
    first = loket_a.check.saved_check
    assert first is not None

    adviser_a.post(reverse("workspace:case_delete", kwargs={"case_id": loket_a.case.pk}))

    assert is_gone(adviser_a, mine)
    assert not SavedCheck.objects.filter(pk=first.pk).exists()
    assert not is_gone(adviser_a, others)
    assert CaseCheck.objects.get(case=other_case).saved_check == others
    # Kept while another case still holds it; that case goes on with it.
    assert not is_gone(adviser_a, shared)
    assert CaseCheck.objects.get(case=loket_b.case, saved_check=shared)
    entry = AuditEntry.objects.get(case_id=loket_a.case.pk, action="deleted")
    assert (entry.actor, entry.detail) == (adviser, "")
    for text in ("A-0001", mine.code, shared.code, "arbeidsduur_minder"):
        assert text not in repr(entry.__dict__)


def test_a_failed_deletion_keeps_the_case_and_its_saved_checks(
    loket_a: Loket, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = add_saved_check(loket_a.case, loket_a.adviser.user)

    def broken(pks: object) -> int:
        raise RuntimeError("database gone")

    monkeypatch.setattr(checks, "delete_checks", broken)
    with pytest.raises(RuntimeError):
        services.delete_case(loket_a.case, loket_a.adviser.user)

    assert Case.objects.filter(pk=loket_a.case.pk).exists()
    assert SavedCheck.objects.filter(pk=saved.pk).exists()
    assert not AuditEntry.objects.filter(case_id=loket_a.case.pk, action="deleted").exists()


def listed_references(client: Client, **params: str) -> list[str]:
    html = client.get(reverse("workspace:case_list"), params).content.decode()
    return re.findall(r'<a href="/werkruimte/dossiers/[0-9a-f-]{36}/">([^<]+)</a>', html)


def test_search_finds_cases_by_reference_or_notes(adviser_a: Client, loket_a: Loket) -> None:
    services.create_case(
        loket_a.organisation, loket_a.adviser.user, "A-0002", "Zoekt werk in de zorg"
    )
    services.create_case(loket_a.organisation, loket_a.adviser.user, "X-0003", "")

    assert listed_references(adviser_a, q="a-000") == ["A-0002", "A-0001"]
    assert listed_references(adviser_a, q="ZORG") == ["A-0002"]
    assert listed_references(adviser_a, q="nergens") == []


def test_filters_narrow_by_adviser_scheme_outcome_and_activity(
    adviser_a: Client, loket_a: Loket
) -> None:
    services.create_case(loket_a.organisation, loket_a.admin.user, "A-ADMIN", "")
    old = services.create_case(loket_a.organisation, loket_a.adviser.user, "A-OUD", "")
    Case.objects.filter(pk=old.pk).update(
        last_activity_at=old.last_activity_at - timedelta(days=40)
    )

    assert sorted(listed_references(adviser_a)) == ["A-0001", "A-ADMIN", "A-OUD"]
    assert sorted(listed_references(adviser_a, mine="on")) == ["A-0001", "A-OUD"]
    assert listed_references(adviser_a, scheme="wfw") == ["A-0001"]
    assert listed_references(adviser_a, scheme="stap") == []
    assert listed_references(adviser_a, status="eligible") == ["A-0001"]
    assert listed_references(adviser_a, status="not_eligible") == []
    assert sorted(listed_references(adviser_a, active="30")) == ["A-0001", "A-ADMIN"]


def test_a_saved_check_is_added_by_its_code_and_shown_with_its_outcome(
    adviser_a: Client, loket_a: Loket
) -> None:
    saved = checks.create_check("wfw", None, date(2024, 5, 1), WFW_ANSWERS, "nl")
    url = reverse("workspace:case_attach_check", kwargs={"case_id": loket_a.case.pk})

    response = adviser_a.post(url, {"code": checks.format_code(saved.code).lower()})

    added = CaseCheck.objects.get(case=loket_a.case, saved_check=saved)
    assert response.status_code == 302
    assert added.on == date(2024, 5, 1)
    assert added.answers == saved.answers
    assert added.result["status"] == "eligible"
    page = adviser_a.get(reverse("workspace:case_detail", kwargs={"case_id": loket_a.case.pk}))
    assert checks.format_code(saved.code) in page.content.decode()


def test_adding_the_same_check_again_refreshes_the_copy(adviser_a: Client, loket_a: Loket) -> None:
    saved = loket_a.check.saved_check
    assert saved is not None
    checks.update_answers(saved.token or "", saved.version, {"employer_headcount": 5}, lang="nl")
    # The token is not stored, so the adviser adds the check again by its code.
    url = reverse("workspace:case_attach_check", kwargs={"case_id": loket_a.case.pk})

    adviser_a.post(url, {"code": saved.code})

    assert CaseCheck.objects.filter(case=loket_a.case).count() == 1
    loket_a.check.refresh_from_db()
    assert loket_a.check.answers["employer_headcount"] == 5


def test_an_unknown_code_is_answered_with_a_sentence_and_adds_nothing(
    adviser_a: Client, loket_a: Loket
) -> None:
    url = reverse("workspace:case_attach_check", kwargs={"case_id": loket_a.case.pk})

    response = adviser_a.post(url, {"code": "ZZZZ-ZZZZ"}, **EN)

    assert response.status_code == 400
    assert "No saved check has this code" in response.content.decode()
    assert CaseCheck.objects.filter(case=loket_a.case).count() == 1


def test_the_check_page_shows_each_criterion_with_its_reason_and_citation(
    adviser_a: Client, loket_a: Loket
) -> None:
    url = reverse(
        "workspace:case_check_detail",
        kwargs={"case_id": loket_a.case.pk, "check_id": loket_a.check.pk},
    )

    html = adviser_a.get(url).content.decode()

    for criterion in loket_a.check.result["criteria"]:
        assert criterion["label"]["nl"] in html
        assert criterion["citation"]["url"] in html


def test_starting_a_check_opens_the_questionnaire_for_advisers_with_the_case(
    adviser_a: Client, loket_a: Loket
) -> None:
    response = adviser_a.get(
        reverse("workspace:case_start_check", kwargs={"case_id": loket_a.case.pk})
    )

    attach = reverse("workspace:case_attach_check", kwargs={"case_id": loket_a.case.pk})
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith(reverse("questionnaire:topic", kwargs={"audience": "adviser"}) + "?")
    assert f"case={loket_a.case.pk}" in location
    assert "return_to=" + attach.replace("/", "%2F") in location


def test_the_handover_lists_notes_outcomes_and_the_documents_to_bring(
    adviser_a: Client, loket_a: Loket
) -> None:
    url = reverse("workspace:case_handover", kwargs={"case_id": loket_a.case.pk})

    html = adviser_a.get(url, **EN).content.decode()

    assert "Eerste gesprek." in html
    assert "Flexible Working Act" in html
    # wfw relies on the written request, the contract and the child's age.
    assert "The written request to the employer (letter or e-mail) with its date" in html
    assert "The employment contract (start date, duration and hours)" in html
    assert "A birth certificate or BRP extract of the child" in html
    assert AuditEntry.objects.filter(case_id=loket_a.case.pk, action="exported").exists()


def test_the_handover_pdf_is_a_pdf(adviser_a: Client, loket_a: Loket) -> None:
    url = reverse("workspace:case_handover_pdf", kwargs={"case_id": loket_a.case.pk})

    response = adviser_a.get(url)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert AuditEntry.objects.filter(
        case_id=loket_a.case.pk, action="exported", detail="handover_pdf"
    ).exists()


def test_pages_need_a_signed_in_adviser(client: Client, loket_a: Loket) -> None:
    response = client.get(reverse("workspace:case_detail", kwargs={"case_id": loket_a.case.pk}))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("workspace:login"))
