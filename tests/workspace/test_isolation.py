"""One loket never sees another's cases: every workspace URL answers 404 for loket B's objects.

The test walks the URL patterns themselves, so a URL added later is covered; a URL whose
parameter the test cannot fill from loket B fails the test until it is added here.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, reverse

from workspace import urls as workspace_urls

from .conftest import Loket

# Addressed by a secret link, not by an organisation's object: no organisation scope.
NOT_ORGANISATION_SCOPED = {"accept_invitation"}


def parameter_values(other: Loket) -> dict[str, Any]:
    return {
        "case_id": other.case.pk,
        "check_id": other.check.pk,
        "membership_id": other.adviser.pk,
    }


def scoped_patterns() -> list[URLPattern]:
    return [
        p
        for p in workspace_urls.urlpatterns
        if isinstance(p, URLPattern)
        and p.pattern.converters
        and p.name not in NOT_ORGANISATION_SCOPED
    ]


def test_the_isolation_test_covers_every_url_with_an_object_in_it() -> None:
    names = {p.name for p in scoped_patterns()}

    assert {"case_detail", "case_handover", "case_check_detail", "adviser_set_active"} <= names


@pytest.mark.parametrize("pattern", scoped_patterns(), ids=lambda p: p.name)
@pytest.mark.parametrize("who", ["adviser", "admin"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_loket_a_gets_404_for_every_url_of_loket_b(
    client: Client, loket_a: Loket, loket_b: Loket, pattern: URLPattern, who: str, method: str
) -> None:
    values = parameter_values(loket_b)
    missing = set(pattern.pattern.converters) - set(values)
    assert not missing, f"add {missing} of loket B to parameter_values()"
    url = reverse(
        f"workspace:{pattern.name}", kwargs={k: values[k] for k in pattern.pattern.converters}
    )
    client.force_login(getattr(loket_a, who).user)

    response = getattr(client, method)(url, {"code": "ABCD-EFGH", "active": "0"})

    assert response.status_code in (404, 405), (url, response.status_code)
    if response.status_code == 405:
        # A method the view does not take is refused before any lookup; the other method
        # must then be the one that answers 404.
        other = client.get(url) if method == "post" else client.post(url, {"code": "X"})
        assert other.status_code == 404


def test_loket_b_objects_are_unchanged_after_loket_a_tried_every_url(
    client: Client, loket_a: Loket, loket_b: Loket
) -> None:
    client.force_login(loket_a.admin.user)
    values = parameter_values(loket_b)
    for pattern in scoped_patterns():
        url = reverse(
            f"workspace:{pattern.name}", kwargs={k: values[k] for k in pattern.pattern.converters}
        )
        client.post(url, {"client_reference": "gekaapt", "notes": "", "active": "0"})

    loket_b.case.refresh_from_db()
    loket_b.adviser.user.refresh_from_db()
    assert loket_b.case.client_reference == "B-0001"
    assert loket_b.adviser.user.is_active


def test_case_list_and_search_show_only_the_own_lokets_cases(
    adviser_a: Client, loket_b: Loket
) -> None:
    listed = adviser_a.get(reverse("workspace:case_list")).content.decode()
    searched = adviser_a.get(reverse("workspace:case_list"), {"q": "B-0001"}).content.decode()

    assert "A-0001" in listed
    assert "B-0001" not in listed
    assert str(loket_b.case.pk) not in searched
    assert not re.search(r"/werkruimte/dossiers/[0-9a-f-]{36}/", searched)


def test_audit_log_of_the_admin_shows_only_the_own_loket(admin_a: Client, loket_b: Loket) -> None:
    csv_text = admin_a.get(reverse("workspace:audit_log_csv")).content.decode()

    assert str(loket_b.case.pk) not in csv_text
    assert "adviseur@loketb.nl" not in csv_text
    assert "adviseur@loketa.nl" in csv_text


def test_adviser_list_shows_only_the_own_lokets_advisers(admin_a: Client, loket_b: Loket) -> None:
    html = admin_a.get(reverse("workspace:adviser_list")).content.decode()

    assert "adviseur@loketa.nl" in html
    assert "loketb.nl" not in html


def unscoped_patterns() -> list[URLPattern]:
    return [
        p
        for p in workspace_urls.urlpatterns
        if isinstance(p, URLPattern) and not p.pattern.converters and p.name != "logout"
    ]


@pytest.mark.parametrize("pattern", unscoped_patterns(), ids=lambda p: p.name)
def test_no_page_without_an_id_shows_anything_of_loket_b(
    admin_a: Client, loket_b: Loket, pattern: URLPattern
) -> None:
    response = admin_a.get(reverse(f"workspace:{pattern.name}"))

    body = response.content.decode(errors="replace")
    assert response.status_code in (200, 302), response.status_code
    for text in ("B-0001", str(loket_b.case.pk), "loketb.nl", "LoketB"):
        assert text not in body
