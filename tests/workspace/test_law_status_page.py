"""The adviser page "Stand van de wet": the law_status report, for signed-in advisers only."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse


def test_an_adviser_sees_the_overdue_maximum_dagloon_on_a_fixed_date(adviser_a: Client) -> None:
    response = adviser_a.get(reverse("workspace:law_status"), {"op": "2031-07-15"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "Stand van de wet" in body
    assert "ww_recht: ww_max_dagloon" in body  # named among the figures due but missing
    assert "halfjaarlijks per 1 januari en 1 juli" in body
    assert "te laat" in body


def test_someone_not_signed_in_is_sent_to_the_login_page(client: Client) -> None:
    response = client.get(reverse("workspace:law_status"))
    assert response.status_code == 302
    assert reverse("workspace:login") in response["Location"]
