"""What an adviser reads in the workspace: Dutch dates and audit entries in words, cases
found by a check's code, hints and errors tied to their fields, and a handover with the
outcome, the amounts, the next steps, the documents and the loket's contact details."""

from __future__ import annotations

import re
from datetime import date

from django.test import Client
from django.urls import reverse

from eligibility import checks
from workspace import services

from .conftest import Loket

NL = {"HTTP_ACCEPT_LANGUAGE": "nl"}
WW_INCOME = {"income_month_eur": "1200.00", "ww_dagloon_eur": "150.00"}


def test_a_case_is_found_by_the_code_of_a_check_as_read_out(
    adviser_a: Client, loket_a: Loket
) -> None:
    code = loket_a.check.saved_check.code
    spoken = f"{code[:4].lower()} {code[4:].lower()}"

    html = adviser_a.get(reverse("workspace:case_list"), {"q": spoken}, **NL).content.decode()

    assert "A-0001" in html
    other = adviser_a.get(reverse("workspace:case_list"), {"q": "ZZZZ-ZZZZ"}, **NL)
    assert "A-0001" not in other.content.decode()


def test_dates_are_dutch_and_the_audit_log_speaks_in_words(admin_a: Client, loket_a: Loket) -> None:
    admin_a.get(reverse("workspace:case_handover_pdf", kwargs={"case_id": loket_a.case.pk}))
    cases = admin_a.get(reverse("workspace:case_list"), **NL).content.decode()
    log = admin_a.get(reverse("workspace:audit_log"), **NL).content.decode()

    month = r"\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}"
    assert re.search(month, cases)
    assert re.search(month, log)
    assert "Voegde een check toe aan het dossier" in log
    assert "Downloadde de overdracht als pdf" in log
    for code in ("check_added", "handover_pdf", "(check)", "gewijzigd (", "Dec 20"):
        assert code not in log


def test_hints_and_errors_are_tied_to_their_fields(adviser_a: Client, loket_a: Loket) -> None:
    html = adviser_a.post(
        reverse("workspace:case_create"), {"client_reference": "", "notes": ""}, **NL
    ).content.decode()

    described = set()
    for value in re.findall(r'aria-describedby="([^"]+)"', html):
        described.update(value.split())
    assert described
    for target in described:
        assert f'id="{target}"' in html, target
    assert "id_client_reference_error" in described
    assert re.search(r'class="error-summary"[^>]*autofocus', html)
    assert html.count("<title>Fout:") == 1


def test_flash_messages_are_paragraphs_in_a_status_region(
    adviser_a: Client, loket_a: Loket
) -> None:
    response = adviser_a.post(
        reverse("workspace:case_create"), {"client_reference": "KL-0412", "notes": ""}, follow=True
    )
    html = response.content.decode()

    region = re.search(r'<div class="messages" role="status"[^>]*>(.*?)</div>', html, re.S)
    assert region is not None
    assert "<li" not in region.group(1)
    assert '<ul class="messages"' not in html


def test_every_table_scrolls_in_its_own_labelled_region(admin_a: Client, loket_a: Loket) -> None:
    for url in (
        reverse("workspace:case_list"),
        reverse("workspace:case_detail", kwargs={"case_id": loket_a.case.pk}),
        reverse(
            "workspace:case_check_detail",
            kwargs={"case_id": loket_a.case.pk, "check_id": loket_a.check.pk},
        ),
        reverse("workspace:audit_log"),
        reverse("workspace:adviser_list"),
    ):
        html = admin_a.get(url).content.decode()
        tables = html.count("<table")
        assert tables and tables == len(
            re.findall(
                r'<div class="table-scroll" role="region" aria-label="[^"]+" tabindex="0">\s*<table',
                html,
            )
        ), url


def test_the_handover_gives_per_check_the_outcome_amounts_steps_and_contact(
    adviser_a: Client, loket_a: Loket
) -> None:
    organisation = loket_a.organisation
    organisation.contact_address = "Stationsplein 1, 3511 ED Utrecht"
    organisation.contact_phone = "030 123 45 67"
    organisation.contact_hours = "maandag tot en met vrijdag 9.00-17.00 uur"
    organisation.save()
    saved = checks.create_check(
        "ww_inkomensverrekening", "adviser", date(2025, 3, 15), WW_INCOME, "nl"
    )
    services.attach_check(loket_a.case, loket_a.adviser.user, token=saved.token or "")

    for name in ("case_handover",):
        html = adviser_a.get(
            reverse(f"workspace:{name}", kwargs={"case_id": loket_a.case.pk}), **NL
        ).content.decode()
        assert "Uw WW loopt in maart 2025 door." in html  # the month named
        assert "€\u00a0" in html  # an amount of the WW-income check
        assert "15 maart 2025" in html
        assert "Inkomstenopgave" in html  # what to do next for WW income
        assert "Stationsplein 1, 3511 ED Utrecht" in html
        assert "030 123 45 67" in html
        assert "Komt in aanmerking" not in html
    pdf = adviser_a.get(
        reverse("workspace:case_handover_pdf", kwargs={"case_id": loket_a.case.pk}), **NL
    )
    assert pdf.content.startswith(b"%PDF-")


def test_an_admin_sets_the_contact_details_the_handover_prints(
    admin_a: Client, loket_a: Loket
) -> None:
    url = reverse("workspace:organisation_contact")

    response = admin_a.post(
        url,
        {"contact_phone": "030 765 43 21", "contact_email": "loket@example.nl"},
        follow=True,
        **NL,
    )

    assert "De contactgegevens zijn opgeslagen" in response.content.decode()
    handover = admin_a.get(
        reverse("workspace:case_handover", kwargs={"case_id": loket_a.case.pk}), **NL
    ).content.decode()
    assert "030 765 43 21" in handover and "loket@example.nl" in handover
    log = admin_a.get(reverse("workspace:audit_log"), **NL).content.decode()
    assert "Wijzigde de contactgegevens van het loket" in log


def test_only_admins_change_the_contact_details(adviser_a: Client, loket_a: Loket) -> None:
    response = adviser_a.get(reverse("workspace:organisation_contact"))

    assert response.status_code == 403
