"""The home page lists every scheme with its availability on the reference date."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.test import Client

import rules

STATUS_NL = {
    "open": "Open",
    "closed": "Gesloten",
    "not_yet_open": "Nog niet open",
    "unknown": "Onbekend",
}


def scheme_items(html: str) -> dict[str, str]:
    """Scheme id → the HTML of its list item."""
    return dict(re.findall(r'<li id="scheme-([a-z0-9_]+)">(.*?)</li>', html, flags=re.S))


def test_home_lists_every_scheme_with_its_status_on_today(
    client: Client, fixed_today: date
) -> None:
    response = client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    items = scheme_items(html)
    schemes = rules.registry.all()
    assert list(items) == [scheme.id for scheme in schemes]
    for scheme in schemes:
        status = rules.availability(scheme, fixed_today).status
        assert scheme.title.nl in items[scheme.id]
        assert f'data-status="{status}"' in items[scheme.id]
        assert STATUS_NL[status] in items[scheme.id]
    assert 'value="2025-03-14"' in html


def test_home_is_dutch_html5_by_default(client: Client, fixed_today: date) -> None:
    html = client.get("/").content.decode()

    assert html.startswith('<!DOCTYPE html>\n<html lang="nl">')
    assert "<script" not in html
    assert "Regelingen voor werk en inkomen" in html


def test_home_speaks_english_when_the_browser_asks(client: Client, fixed_today: date) -> None:
    html = client.get("/", headers={"accept-language": "en"}).content.decode()

    assert '<html lang="en">' in html
    for scheme in rules.registry.all():
        assert scheme.title.en in html


def test_on_parameter_sets_the_reference_date(client: Client) -> None:
    on = date(2022, 6, 1)

    response = client.get("/", {"on": on.isoformat()})

    assert response.status_code == 200
    items = scheme_items(response.content.decode())
    for scheme in rules.registry.all():
        status = rules.availability(scheme, on).status
        assert f'data-status="{status}"' in items[scheme.id]


@pytest.mark.parametrize("on", ["2025-02-30", "31-01-2025", "yesterday", "2025-1-5"])
def test_invalid_on_parameter_gives_a_400_page_with_a_message(client: Client, on: str) -> None:
    response = client.get("/", {"on": on})

    assert response.status_code == 400
    html = response.content.decode()
    assert "is geen datum. Schrijf de datum als JJJJ-MM-DD" in html
    assert on in html


def test_home_is_a_start_page_with_a_way_in_for_people_and_for_advisers(
    client: Client, fixed_today: date
) -> None:
    html = client.get("/").content.decode()

    assert "Het duurt ongeveer 5 minuten." in html
    assert 'href="/check/" role="button"' in html and "Start de check" in html
    assert 'href="/werkruimte/inloggen/"' in html and "Inloggen voor adviseurs" in html
    for scheme in rules.registry.all():
        assert f'href="/check/scheme/{scheme.id}/"' in html


def test_a_scheme_on_the_start_page_leads_to_its_own_questions(
    client: Client, fixed_today: date
) -> None:
    response = client.get("/check/scheme/wfw/")

    assert response.status_code == 302
    assert client.get(response["Location"])["Location"].startswith("/check/question/wfw_")
    assert client.get("/check/scheme/no_such_scheme/").status_code == 404


@pytest.mark.parametrize(
    ("slug", "heading"),
    [
        ("privacy", "Privacyverklaring"),
        ("toegankelijkheid", "Toegankelijkheidsverklaring"),
        ("contact", "Contact"),
    ],
)
def test_every_page_links_to_the_statements(
    client: Client, fixed_today: date, slug: str, heading: str
) -> None:
    for address in ("/", "/check/", "/werkruimte/inloggen/"):
        assert f'href="/over/{slug}/"' in client.get(address).content.decode(), address

    html = client.get(f"/over/{slug}/").content.decode()

    assert f"<h1>{heading}</h1>" in html
    assert client.get("/over/nothing/").status_code == 404


def test_the_contact_page_names_the_operator_when_configured(
    client: Client, fixed_today: date, settings: pytest.FixtureRequest
) -> None:
    settings.SITE_OPERATOR = "Leerwerkloket Voorbeeldstad"  # type: ignore[attr-defined]
    settings.SITE_CONTACT_EMAIL = "loket@example.org"  # type: ignore[attr-defined]

    html = client.get("/over/contact/").content.decode()

    assert "Deze site wordt beheerd door Leerwerkloket Voorbeeldstad." in html
    assert 'href="mailto:loket@example.org"' in html
    assert "contact met UWV" in html
