"""Notes about the calculation itself are for advisers; what a check leaves out is for all.

A worker or employer reads what they can act on. The sources, open questions and readings
behind a result (notes marked ``for_advisers``) appear only in adviser mode, folded under
"Over deze berekening". The scheme's own list of what it does not assess, and whom to ask
instead, is shown to everyone.
"""

from __future__ import annotations

import pytest
from django.test import Client

from .conftest import start, walk
from .test_journeys import WFW

SMALL_EMPLOYER = {
    **WFW,
    "employer_headcount": "5",
    "parent_child_under_8": "false",
    "informal_carer": "false",
}


def _result(client: Client, audience: str) -> str:
    start(client, audience, "flexible_work", on="01-03-2022" if audience == "adviser" else "")
    walk(client, SMALL_EMPLOYER)
    return client.get("/check/results/wfw/").content.decode()


def test_a_worker_does_not_see_the_notes_for_advisers(browser: Client) -> None:
    html = _result(browser, "worker")
    assert 'data-testid="adviser-notes"' not in html
    assert 'data-note="small_employer_reading"' not in html
    assert "retail.lawyer" not in html
    # the plain note on the same subject is shown
    assert 'data-note="small_employer_own_arrangement"' in html


def test_an_adviser_sees_them_folded_under_about_this_calculation(browser: Client) -> None:
    html = _result(browser, "adviser")
    block = html[html.index('data-testid="adviser-notes"') :]
    block = block[: block.index("</details>")]
    assert "<summary>Over deze berekening</summary>" in block
    assert 'data-note="small_employer_reading"' in block
    assert 'data-note="small_employer_own_arrangement"' not in block


@pytest.mark.parametrize("audience", ["worker", "adviser"])
def test_everyone_reads_what_the_check_leaves_out_and_whom_to_ask(
    browser: Client, audience: str
) -> None:
    html = _result(browser, audience)
    block = html[html.index('data-testid="left-out"') :]
    block = block[: block.index("</section>")]
    assert "Dit hebben we niet meegenomen" in block
    assert "Juridisch Loket" in block


def test_the_handover_an_adviser_gives_the_client_leaves_the_notes_for_advisers_out() -> None:
    from datetime import date

    from django.template.loader import render_to_string

    from eligibility import services
    from webapp.questionnaire import presenters

    answers = {"wfw_request_type": "arbeidsduur_minder", "employer_headcount": 5}
    result = services.evaluate("wfw", date(2022, 3, 1), answers, "nl")
    shown = presenters.present(result, "nl", answers, [], adviser=True)
    assert shown.adviser_notes  # on the adviser's screen

    html = render_to_string(
        "questionnaire/handover.html",
        {"lang": "nl", "result": shown, "rows": [], "generated": date(2022, 3, 1)},
    )

    assert 'data-testid="adviser-notes"' not in html
