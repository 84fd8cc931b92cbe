"""Advisers sign in and out; admins invite and deactivate advisers; guessing passwords locks out."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from workspace.models import AuditEntry, Membership

from .conftest import Loket

PASSWORD = "een-lang-wachtwoord-1"
EN = {"HTTP_ACCEPT_LANGUAGE": "en"}


def sign_in(client: Client, email: str, password: str, **extra: str) -> object:
    return client.post(
        reverse("workspace:login"), {"username": email, "password": password}, **extra
    )


def test_an_admin_signs_in_with_email_and_password(client: Client, loket_a: Loket) -> None:
    response = sign_in(client, "Admin@LoketA.nl ", PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == reverse("workspace:case_list")
    assert client.get(reverse("workspace:case_list")).status_code == 200


def test_the_login_page_is_dutch_by_default_and_english_on_request(client: Client) -> None:
    dutch = client.get(reverse("workspace:login")).content.decode()
    english = client.get(reverse("workspace:login"), **EN).content.decode()

    assert "Inloggen" in dutch
    assert "Sign in" in english


def test_a_wrong_password_is_answered_with_a_sentence(client: Client, loket_a: Loket) -> None:
    response = sign_in(client, "admin@loketa.nl", "fout", **EN)

    assert response.status_code == 200
    assert (
        "This e-mail address and password do not match an active account."
        in response.content.decode()
    )


def test_repeated_failures_lock_the_account_even_for_the_right_password(
    client: Client, loket_a: Loket, settings: object
) -> None:
    limit = settings.AXES_FAILURE_LIMIT  # type: ignore[attr-defined]
    for attempt in range(limit - 1):
        assert sign_in(client, "admin@loketa.nl", f"fout-{attempt}").status_code == 200
    # Another spelling of the same address counts for the same account.
    locked = sign_in(client, "ADMIN@loketa.nl", "fout-laatste", **EN)
    right = sign_in(client, "admin@loketa.nl", PASSWORD, **EN)

    assert locked.status_code == 429
    assert right.status_code == 429
    assert "too many failed attempts" in right.content.decode()
    assert client.get(reverse("workspace:case_list")).status_code == 302  # not signed in


def test_signing_out_takes_a_post_and_ends_the_session(admin_a: Client) -> None:
    assert admin_a.get(reverse("workspace:logout")).status_code == 405

    admin_a.post(reverse("workspace:logout"))

    assert admin_a.get(reverse("workspace:case_list")).status_code == 302


def test_an_admin_invites_an_adviser_who_sets_a_password_and_signs_in(
    admin_a: Client, loket_a: Loket
) -> None:
    page = admin_a.post(
        reverse("workspace:adviser_list"), {"email": "Nieuw@LoketA.nl"}, **EN
    ).content.decode()
    link = re.search(r'<code class="invitation-link">http://testserver([^<]+)</code>', page)
    assert link is not None
    member = Membership.objects.get(user__username="nieuw@loketa.nl")
    assert member.organisation == loket_a.organisation
    assert not member.is_admin
    assert not member.user.has_usable_password()
    assert AuditEntry.objects.filter(
        action="adviser_invited", subject_user_id=member.user_id
    ).exists()

    invited = Client()
    form_url = invited.get(link.group(1))["Location"]  # Django swaps the token for a session
    new_password = "Zomer-aan-de-Vecht-2026"
    done = invited.post(form_url, {"new_password1": new_password, "new_password2": new_password})
    assert done.status_code == 302

    assert sign_in(invited, "nieuw@loketa.nl", new_password).status_code == 302
    assert invited.get(reverse("workspace:case_list")).status_code == 200
    # The link works once.
    reused = Client().get(link.group(1), follow=True, **EN).content.decode()
    assert "This invitation link is no longer valid" in reused


def test_an_address_that_already_has_an_account_is_refused(admin_a: Client, loket_b: Loket) -> None:
    response = admin_a.post(
        reverse("workspace:adviser_list"), {"email": "adviseur@loketb.nl"}, **EN
    )

    assert "An account with this e-mail address already exists." in response.content.decode()
    assert Membership.objects.filter(user__username="adviseur@loketb.nl").count() == 1


def test_a_deactivated_adviser_is_signed_out_and_cannot_sign_in(
    admin_a: Client, loket_a: Loket
) -> None:
    adviser = Client()
    adviser.force_login(loket_a.adviser.user)
    url = reverse("workspace:adviser_set_active", kwargs={"membership_id": loket_a.adviser.pk})

    admin_a.post(url, {"active": "0"})

    loket_a.adviser.user.refresh_from_db()
    assert not loket_a.adviser.user.is_active
    assert adviser.get(reverse("workspace:case_list")).status_code == 302
    assert AuditEntry.objects.filter(
        action="adviser_deactivated", subject_user_id=loket_a.adviser.user_id
    ).exists()

    admin_a.post(url, {"active": "1"})

    loket_a.adviser.user.refresh_from_db()
    assert loket_a.adviser.user.is_active


def test_an_admin_cannot_deactivate_their_own_account(admin_a: Client, loket_a: Loket) -> None:
    url = reverse("workspace:adviser_set_active", kwargs={"membership_id": loket_a.admin.pk})

    response = admin_a.post(url, {"active": "0"}, follow=True, **EN)

    loket_a.admin.user.refresh_from_db()
    assert loket_a.admin.user.is_active
    assert "You cannot deactivate your own account." in response.content.decode()


@pytest.mark.parametrize("url_name", ["case_list", "case_create"])
def test_an_account_without_a_loket_gets_403(
    client: Client, django_user_model: type, url_name: str
) -> None:
    user = django_user_model.objects.create_user("los@example.nl")
    client.force_login(user)

    assert client.get(reverse(f"workspace:{url_name}")).status_code == 403
