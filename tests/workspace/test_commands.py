"""`create_organisation` sets up a loket and its first admin without the admin site."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command
from django.test import RequestFactory

from workspace.models import Membership, Organisation

PASSWORD = "Lange-Zin-Voor-Het-Loket-7"


def create(name: str, email: str, password: str) -> str:
    out = io.StringIO()
    call_command(
        "create_organisation",
        name,
        "--admin-email",
        email,
        "--admin-password-stdin",
        stdin=io.StringIO(password + "\n"),
        stdout=out,
    )
    return out.getvalue()


@pytest.mark.django_db
def test_creates_the_organisation_and_an_admin_who_can_sign_in() -> None:
    output = create("Leerwerkloket Utrecht", "Beheer@Utrecht.example ", PASSWORD)

    member = Membership.objects.get(user__username="beheer@utrecht.example")
    assert output == (
        "Created organisation 'Leerwerkloket Utrecht' with admin beheer@utrecht.example.\n"
    )
    assert member.is_admin
    assert member.organisation.name == "Leerwerkloket Utrecht"
    request = RequestFactory().post("/werkruimte/inloggen/")
    assert (
        authenticate(request, username="beheer@utrecht.example", password=PASSWORD) == member.user
    )


@pytest.mark.django_db
def test_a_weak_password_is_refused_and_nothing_is_created() -> None:
    with pytest.raises(CommandError, match=r"This password is too short\."):
        create("Leerwerkloket Zwolle", "beheer@zwolle.example", "kort")

    assert not Organisation.objects.filter(name="Leerwerkloket Zwolle").exists()


@pytest.mark.django_db
def test_an_existing_name_is_refused() -> None:
    create("Leerwerkloket Utrecht", "beheer@utrecht.example", PASSWORD)

    with pytest.raises(CommandError, match=r"An organisation with this name already exists\."):
        create("leerwerkloket utrecht", "ander@utrecht.example", PASSWORD)


@pytest.mark.django_db
def test_an_empty_standard_input_is_refused() -> None:
    with pytest.raises(CommandError, match="No password on standard input"):
        create("Leerwerkloket Utrecht", "beheer@utrecht.example", "")
