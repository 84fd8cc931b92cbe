"""A worker who has not asked for the change yet gets planning advice, not a "no".

Wet flexibel werken art. 2(3): the request is made in writing at least two months before
the intended start. Someone still planning is asked "Heeft u het al gevraagd?"; with "Nog
niet" the result says by when to ask in writing instead of failing the written request.
"""

from __future__ import annotations

from django.test import Client

from .conftest import start, walk
from .test_journeys import WFW

# today is 14 March 2025 (conftest); start on 1 July 2025, so ask by 1 May 2025
NOW = {**WFW, "parent_child_under_8": "false", "informal_carer": "false"}
PLANNING = {
    **NOW,
    "wfw_intended_start_date": "01-07-2025",
    "wfw_weeks_in_service": "116",
    "wfw_request_made": "nog_niet",
}


def test_a_worker_who_has_not_asked_yet_is_told_by_when_to_ask(browser: Client) -> None:
    start(browser, "worker", "flexible_work")
    asked = walk(browser, PLANNING)
    assert "wfw_request_made" in asked
    assert "wfw_request_written" not in asked  # moot until the request is made

    html = browser.get("/check/results/wfw/").content.decode()
    assert 'data-status="eligible"' in html
    assert "Voldoet niet" not in html
    row = html[html.index('data-output="ask_in_writing_by"') :]
    row = row[: row.index("</div>")]
    assert "Doe het schriftelijk uiterlijk op" in row
    assert "1 mei 2025" in row
    # the written-request condition waits for the request: "Niet van toepassing", not "Voldaan"
    written = html[html.index('data-criterion="request_written"') :]
    written = written[: written.index("</li>")]
    assert 'data-applies="false"' in written
    assert "Niet van toepassing" in written
    assert "Voldaan" not in written


def test_a_request_already_made_is_still_checked_for_writing(browser: Client) -> None:
    start(browser, "worker", "flexible_work")
    walk(browser, {**NOW, "wfw_intended_start_date": "01-07-2025", "wfw_request_written": "false"})
    html = browser.get("/check/results/wfw/").content.decode()
    assert 'data-criterion="request_written" data-status="not_met"' in html
