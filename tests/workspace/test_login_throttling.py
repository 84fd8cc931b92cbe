"""Login throttling per client behind a proxy, never reset by the attacker's own login;
adviser sessions end after a working day without activity."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from pytest_django import Settings

from .conftest import Loket

PASSWORD = "een-lang-wachtwoord-1"
PROXY = "127.0.0.1"


def sign_in(client: Client, email: str, password: str, forwarded: str | None = None) -> int:
    extra = {"REMOTE_ADDR": PROXY}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    response = client.post(
        reverse("workspace:login"), {"username": email, "password": password}, **extra
    )
    return int(response.status_code)


@pytest.fixture
def behind_one_proxy(settings: Settings) -> None:
    settings.PROXY_COUNT = 1
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}


def test_behind_a_proxy_one_clients_failures_do_not_lock_out_another(
    client: Client, loket_a: Loket, behind_one_proxy: None
) -> None:
    attacker = [
        sign_in(client, f"onbekend-{n}@example.nl", "fout", f"198.51.100.{n}, 10.0.0.66")
        for n in range(5)
    ]
    again = sign_in(Client(), "nog-een@example.nl", "fout", "10.0.0.66")
    victim = sign_in(Client(), "admin@loketa.nl", PASSWORD, "10.0.0.77")

    # The forged first entries are the client's own: the proxy's last entry counts.
    assert attacker == [200, 200, 200, 200, 429]
    assert again == 429
    assert victim == 302


def test_an_own_successful_login_does_not_wipe_the_addresss_failures(
    client: Client, loket_a: Loket
) -> None:
    statuses = [sign_in(Client(), f"onbekend-{n}@example.nl", "fout") for n in range(4)]
    own = sign_in(Client(), "admin@loketa.nl", PASSWORD)
    fifth = sign_in(Client(), "onbekend-5@example.nl", "fout")

    assert statuses == [200, 200, 200, 200]
    assert own == 302
    assert fifth == 429


def test_an_adviser_session_ends_after_a_working_day_without_activity(
    client: Client, loket_a: Loket, settings: Settings
) -> None:
    assert 8 * 3600 <= settings.SESSION_COOKIE_AGE <= 9 * 3600
    assert sign_in(client, "admin@loketa.nl", PASSWORD) == 302
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["max-age"] == ""  # a browser-session cookie
    session = Session.objects.get(session_key=cookie.value)
    left = session.expire_date - timezone.now()
    assert timedelta(hours=8) <= left <= timedelta(hours=9)

    Session.objects.filter(pk=session.pk).update(expire_date=timezone.now() - timedelta(seconds=1))

    assert client.get(reverse("workspace:case_list")).status_code == 302


def test_each_request_moves_the_end_of_the_session(
    client: Client, loket_a: Loket, settings: Settings
) -> None:
    sign_in(client, "admin@loketa.nl", PASSWORD)
    key = client.cookies[settings.SESSION_COOKIE_NAME].value
    Session.objects.filter(pk=key).update(expire_date=timezone.now() + timedelta(minutes=5))

    assert client.get(reverse("workspace:case_list")).status_code == 200

    left = Session.objects.get(pk=key).expire_date - timezone.now()
    assert left > timedelta(hours=8)


def test_the_invitation_link_of_a_deactivated_adviser_no_longer_works(
    client: Client, loket_a: Loket
) -> None:
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    from workspace import services

    invited = services.invite_adviser(loket_a.admin, "later@loketa.nl")
    uid = urlsafe_base64_encode(force_bytes(invited.user.pk))
    url = reverse(
        "workspace:accept_invitation",
        kwargs={"uidb64": uid, "token": default_token_generator.make_token(invited.user)},
    )
    services.set_adviser_active(loket_a.admin, invited, False)

    page = client.get(url, follow=True, HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "This invitation link is no longer valid" in page
