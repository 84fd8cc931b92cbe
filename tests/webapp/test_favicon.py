"""The site has its own icon: linked from every page and found at /favicon.ico."""

from __future__ import annotations

import pytest
from django.test import Client

ICON = "/static/webapp/favicon.svg"


def test_favicon_ico_leads_to_the_sites_own_icon(client: Client) -> None:
    response = client.get("/favicon.ico")

    assert response.status_code == 302
    assert response["Location"] == ICON
    icon = client.get(ICON)
    assert icon.status_code == 200
    assert icon["Content-Type"] == "image/svg+xml"
    svg = icon.getvalue().decode()
    assert svg.startswith("<svg ") and "<script" not in svg


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/check/", "/werkruimte/inloggen/"])
def test_pages_link_the_icon_and_their_policy_allows_it(client: Client, url: str) -> None:
    response = client.get(url)

    assert f'<link rel="icon" href="{ICON}" type="image/svg+xml">' in response.content.decode()
    policy = dict(
        directive.strip().split(" ", 1)
        for directive in response["Content-Security-Policy"].split(";")
        if directive.strip()
    )
    assert "'self'" in policy["img-src"].split()
