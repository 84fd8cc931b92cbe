"""An adviser checks for a case: the questionnaire names the case on every page, asks about
the client and the reference month, and adds the check to the case in one step."""

from __future__ import annotations

from datetime import date

from django.test import Client
from django.urls import reverse

from webapp.questionnaire import adviser as adviser_wording
from workspace.models import AuditEntry, CaseCheck

from .conftest import Loket

NL = {"HTTP_ACCEPT_LANGUAGE": "nl"}


def start_from_case(client: Client, loket: Loket, on: str = "15-03-2025") -> str:
    """Start a WW-income check from the case; the first question's page."""
    start = client.get(reverse("workspace:case_start_check", kwargs={"case_id": loket.case.pk}))
    topic_url = start["Location"]
    topic = client.get(topic_url, **NL)
    assert "U werkt in dossier A-0001" in topic.content.decode()
    query = dict(p.split("=", 1) for p in topic_url.split("?", 1)[1].split("&"))
    from urllib.parse import unquote_plus

    response = client.post(
        topic_url,
        {
            "topic": "ww_income",
            "on": on,
            "return_to": unquote_plus(query["return_to"]),
            "case_ref": unquote_plus(query["case_ref"]),
            "case_url": unquote_plus(query["case_url"]),
        },
        follow=True,
        **NL,
    )
    assert response.status_code == 200
    return response.content.decode()


def test_every_questionnaire_page_names_the_case_with_a_way_back(
    adviser_a: Client, loket_a: Loket
) -> None:
    html = start_from_case(adviser_a, loket_a)

    case_url = reverse("workspace:case_detail", kwargs={"case_id": loket_a.case.pk})
    assert "U werkt in dossier A-0001" in html
    assert f'href="{case_url}"' in html
    answers = adviser_a.get(reverse("questionnaire:answers"), **NL).content.decode()
    assert "U werkt in dossier A-0001" in answers


def test_questions_speak_of_the_client_and_name_the_reference_month(
    adviser_a: Client, loket_a: Loket
) -> None:
    html = start_from_case(adviser_a, loket_a)

    assert "maart 2025" in html
    assert "deze kalendermaand" not in html
    assert "de klant" in html


def test_add_to_case_attaches_the_check_in_one_step(adviser_a: Client, loket_a: Loket) -> None:
    start_from_case(adviser_a, loket_a)
    before = CaseCheck.objects.filter(case=loket_a.case).count()

    response = adviser_a.post(reverse("questionnaire:save"), {"attach": "1"}, follow=True, **NL)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse(
        "workspace:case_detail", kwargs={"case_id": loket_a.case.pk}
    )
    assert CaseCheck.objects.filter(case=loket_a.case).count() == before + 1
    added = CaseCheck.objects.filter(case=loket_a.case).order_by("-added_at").first()
    assert added is not None and added.on == date(2025, 3, 15)
    assert "De check is aan het dossier toegevoegd" in response.content.decode()
    assert AuditEntry.objects.filter(case_id=loket_a.case.pk, detail="check_added").count() == 2


def test_the_attach_page_takes_nothing_that_was_not_handed_over(
    adviser_a: Client, loket_a: Loket
) -> None:
    before = CaseCheck.objects.filter(case=loket_a.case).count()
    url = reverse("workspace:case_attach_check", kwargs={"case_id": loket_a.case.pk})

    response = adviser_a.get(url)

    assert response.status_code == 302
    assert CaseCheck.objects.filter(case=loket_a.case).count() == before


def test_the_rewrite_reads_as_dutch_about_the_client() -> None:
    on = date(2025, 3, 15)
    assert (
        adviser_wording.reword("Hoeveel inkomen had u in deze kalendermaand?", on, "nl")
        == "Hoeveel inkomen had de klant in maart 2025?"
    )
    assert adviser_wording.reword("Bent u beschikbaar?", on, "nl") == "Is de klant beschikbaar?"
    assert adviser_wording.reword("Wat is uw WW-dagloon?", on, "nl") == (
        "Wat is zijn of haar WW-dagloon?"
    )
    assert adviser_wording.reword("Was uw inkomen vorige maand hoger?", on, "nl") == (
        "Was zijn of haar inkomen in februari 2025 hoger?"
    )
    assert adviser_wording.reword("De hoeveelste maand is deze maand?", on, "nl") == (
        "De hoeveelste maand is maart 2025?"
    )
