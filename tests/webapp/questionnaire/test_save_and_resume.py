"""Save and resume: a link with an unguessable token and a short code to read aloud,
through the saved checks of `eligibility.checks` (answers are only stored on request)."""

from __future__ import annotations

import re
from datetime import date

from django.test import Client

from eligibility import checks
from eligibility.models import SavedCheck

from .conftest import answer, next_question, start, walk
from .test_journeys import WFW


def save(client: Client) -> tuple[str, str]:
    response = client.post("/check/save/")
    assert response["Location"] == "/check/saved/"
    html = client.get("/check/saved/").content.decode()
    link = re.search(r'data-testid="resume-link">([^<]+)<', html)
    code = re.search(r'data-testid="resume-code">([^<]+)<', html)
    assert link and code
    return link.group(1), code.group(1)


def test_nothing_is_stored_until_the_person_saves(browser: Client) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    walk(browser, WFW)

    assert SavedCheck.objects.count() == 0
    link, code = save(browser)

    check = SavedCheck.objects.get()
    # The key is in the query string, which request logs leave out.
    assert re.fullmatch(r"http://testserver/check/resume/\?key=[A-Za-z0-9_-]{32}", link)
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    assert check.code == code.replace("-", "")
    assert check.scheme == "wfw" and check.audience == "adviser"
    assert check.on.isoformat() == "2022-03-01"
    assert check.answers["employer_headcount"] == "40"


def test_the_resume_link_brings_the_answers_back_in_a_new_browser(
    browser: Client, english: Client
) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    answer(browser, "wfw_request_type", "arbeidsduur_minder")
    answer(browser, "wfw_unforeseen", "false")
    link, _ = save(browser)

    response = english.get(link.removeprefix("http://testserver"))

    assert response["Location"] == "/check/answers/"
    html = english.get("/check/answers/").content.decode()
    assert 'data-fact="wfw_request_type"' in html and 'data-fact="wfw_unforeseen"' in html
    assert "Reference date: 1 March 2022." in html
    assert next_question(english) == "employer_headcount"


def test_a_question_page_offers_to_stop_and_continue_later_at_the_same_question(
    browser: Client, english: Client
) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    answer(browser, "wfw_request_type", "arbeidsduur_minder")

    html = browser.get("/check/question/employer_headcount/").content.decode()

    assert "Nu stoppen en later verdergaan" in html
    # The button sends the question's own form (placed after it), without JavaScript.
    assert 'id="question-form"' in html
    assert re.search(r'<button type="submit" form="question-form" name="action" value="save"', html)
    _, code = save(browser)
    assert SavedCheck.objects.get().answers == {"wfw_request_type": "arbeidsduur_minder"}
    saved = browser.get("/check/saved/").content.decode()
    assert 'href="/check/next/" data-testid="continue"' in saved
    assert next_question(browser) == "employer_headcount"
    # Picked up with the code in another browser: the next question is the same one.
    assert english.post("/check/resume/", {"code": code})["Location"] == "/check/answers/"
    answers = english.get("/check/answers/").content.decode()
    assert 'href="/check/question/employer_headcount/" data-testid="next-question"' in answers


def test_answers_after_saving_are_saved_too(browser: Client) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    answer(browser, "wfw_request_type", "arbeidsduur_minder")
    save(browser)

    answer(browser, "wfw_unforeseen", "true")

    check = SavedCheck.objects.get()
    assert check.answers == {"wfw_request_type": "arbeidsduur_minder", "wfw_unforeseen": True}
    assert check.version == 2


def test_a_change_saved_elsewhere_is_loaded_instead_of_overwritten(browser: Client) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    answer(browser, "wfw_request_type", "arbeidsduur_minder")
    link, _ = save(browser)
    token = link.rsplit("=", 1)[1]
    checks.update_answers(token, 1, {"employer_headcount": 12}, lang="nl")  # another device

    response = browser.post(
        "/check/question/wfw_unforeseen/", {"wfw_unforeseen": "false", "action": "answer"}
    )

    html = browser.get("/check/answers/?stale=1").content.decode()
    assert response["Location"] == "/check/next/?stale=1"
    assert 'data-testid="stale"' in html
    assert 'data-fact="employer_headcount"' in html
    assert SavedCheck.objects.get().answers["employer_headcount"] == 12


def test_the_short_code_finds_the_answers_at_a_counter(browser: Client, english: Client) -> None:
    start(browser, "worker", "ww_income")
    answer(browser, "income_month_eur", "1200")
    _, code = save(browser)

    response = english.post("/check/resume/", {"code": code.lower().replace("-", " ")})

    assert response["Location"] == "/check/answers/"
    html = english.get("/check/answers/").content.decode()
    assert 'data-fact="income_month_eur"' in html
    assert "€1,200.00" in html


def resume_by_code(client: Client, code: str) -> None:
    response = client.post("/check/resume/", {"code": code})
    assert response["Location"] == "/check/answers/"


def saved_by_code(code: str) -> SavedCheck:
    return checks.get_check_by_code(code)


def test_resumed_by_code_a_change_is_saved_to_the_same_check(
    browser: Client, english: Client
) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    answer(browser, "wfw_request_type", "arbeidsduur_minder")
    answer(browser, "wfw_unforeseen", "false")
    link, code = save(browser)
    resume_by_code(english, code)

    answer(english, "wfw_unforeseen", "true")
    response = english.post("/check/save/")

    assert response["Location"] == "/check/saved/"
    html = english.get("/check/saved/").content.decode()
    assert f'data-testid="resume-code">{code}<' in html
    # Resumed by its code, this browser never had the link's key, so it shows none.
    assert 'data-testid="resume-link"' not in html
    check = SavedCheck.objects.get()
    assert check.answers == {"wfw_request_type": "arbeidsduur_minder", "wfw_unforeseen": True}
    # The same code (and the original link) now bring back the changed answer.
    elsewhere = Client()
    resume_by_code(elsewhere, code)
    answers = elsewhere.get("/check/answers/").content.decode()
    row = re.search(r'data-fact="wfw_unforeseen">(.*?)</div>', answers, re.S)
    assert row and '<dd class="summary-value"><span>ja</span></dd>' in row.group(1)
    assert checks.get_check(link.rsplit("=", 1)[1]).answers["wfw_unforeseen"] is True


def test_resumed_by_link_a_change_is_saved_to_the_same_check(
    browser: Client, english: Client
) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    answer(browser, "wfw_request_type", "arbeidsduur_minder")
    link, code = save(browser)
    english.get(link.removeprefix("http://testserver"))

    answer(english, "wfw_unforeseen", "true")
    again_link, again_code = save(english)

    assert (again_link, again_code) == (link, code)
    assert saved_by_code(code).answers["wfw_unforeseen"] is True
    assert SavedCheck.objects.count() == 1


def test_resumed_by_code_a_stale_save_is_refused_and_says_so(
    browser: Client, english: Client
) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    answer(browser, "wfw_request_type", "arbeidsduur_minder")
    link, code = save(browser)
    resume_by_code(english, code)
    token = link.rsplit("=", 1)[1]
    version = saved_by_code(code).version
    checks.update_answers(token, version, {"employer_headcount": 12}, lang="nl")  # elsewhere

    response = english.post("/check/save/")

    assert response["Location"] == "/check/answers/?stale=1"
    html = english.get(response["Location"]).content.decode()
    assert 'data-testid="stale"' in html
    assert "Your answers were also changed somewhere else" in html
    assert 'data-fact="employer_headcount"' in html  # the other save is loaded, not lost
    check = SavedCheck.objects.get()
    assert check.version == version + 1
    assert check.answers == {"wfw_request_type": "arbeidsduur_minder", "employer_headcount": 12}
    # With the latest version read, the next change is saved to the same check.
    answer(english, "wfw_unforeseen", "true")
    check.refresh_from_db()
    assert check.version == version + 2
    assert check.answers["employer_headcount"] == 12 and check.answers["wfw_unforeseen"] is True


def test_resumed_by_code_a_stale_answer_shows_the_latest_answers_with_a_notice(
    browser: Client, english: Client
) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    answer(browser, "wfw_request_type", "arbeidsduur_minder")
    link, code = save(browser)
    resume_by_code(english, code)
    checks.update_answers(link.rsplit("=", 1)[1], 1, {"employer_headcount": 12}, lang="nl")

    english.post("/check/question/wfw_unforeseen/", {"wfw_unforeseen": "true", "action": "answer"})
    html = english.get("/check/next/?stale=1", follow=True).content.decode()

    assert 'data-testid="stale"' in html and 'data-fact="employer_headcount"' in html
    assert SavedCheck.objects.get().answers == {
        "wfw_request_type": "arbeidsduur_minder",
        "employer_headcount": 12,
    }


def test_an_unknown_code_is_an_error_beside_the_code_field(browser: Client) -> None:
    response = browser.post("/check/resume/", {"code": "ABCD-EFGH"})

    html = response.content.decode()
    assert 'data-testid="error-summary"' in html
    assert '<a href="#id_code">Er is geen opgeslagen check met deze code.' in html
    assert 'value="ABCD-EFGH"' in html


def test_an_unknown_link_says_so_and_offers_a_new_start(browser: Client) -> None:
    response = browser.get("/check/resume/", {"key": "x" * 32})

    assert response.status_code == 404
    assert "Deze link hoort niet bij een opgeslagen check." in response.content.decode()


def test_start_again_forgets_the_answers_in_this_browser(browser: Client) -> None:
    start(browser, "worker", "ww_income")
    answer(browser, "income_month_eur", "1200")

    browser.post("/check/restart/")

    response = browser.get("/check/answers/")
    assert response["Location"] == "/check/?lost=1"


def test_a_check_started_from_a_case_offers_to_hand_the_saved_check_back(
    browser: Client,
) -> None:
    response = browser.get("/check/for/adviser/", {"return_to": "/werkruimte/cases/7/checks/"})
    assert 'name="return_to" value="/werkruimte/cases/7/checks/"' in response.content.decode()
    browser.post(
        "/check/for/adviser/",
        {"topic": "flexible_work", "on": "", "return_to": "/werkruimte/cases/7/checks/"},
    )
    answer(browser, "wfw_request_type", "arbeidsduur_minder")
    link, _ = save(browser)

    html = browser.get("/check/saved/").content.decode()

    form = html[html.index('data-testid="hand-back"') - 80 :]
    assert 'action="/werkruimte/cases/7/checks/"' in form
    assert f'name="token" value="{link.rsplit("=", 1)[1]}"' in form


def test_a_check_is_never_handed_to_another_site(browser: Client) -> None:
    browser.post(
        "/check/for/adviser/",
        {"topic": "flexible_work", "on": "", "return_to": "//example.org/steal"},
    )
    answer(browser, "wfw_request_type", "arbeidsduur_minder")
    save(browser)

    assert 'data-testid="hand-back"' not in browser.get("/check/saved/").content.decode()


def test_a_saved_answer_the_rules_no_longer_accept_is_dropped_and_named(browser: Client) -> None:
    check = checks.create_check(
        "wfw",
        "adviser",
        date(2022, 3, 1),
        # A choice the scheme does not (or no longer) know, for a fact wfw does not use:
        # saved as it was, never evaluated.
        {"wfw_request_type": "arbeidsduur_minder", "ww_end_reason": "verhuisd"},
        "nl",
    )

    browser.get("/check/resume/", {"key": check.token})

    html = browser.get("/check/answers/").content.decode()
    assert 'data-testid="dropped-answers"' in html
    assert '<li data-fact="ww_end_reason">' in html
    assert next_question(browser) == "employer_headcount"


def test_after_too_many_unknown_codes_the_start_page_asks_to_wait(
    browser: Client, settings: object
) -> None:
    settings.CHECK_CODE_MISSES_PER_HOUR = 2  # type: ignore[attr-defined]
    start(browser, "worker", "ww_income")
    answer(browser, "income_month_eur", "1200")
    _, code = save(browser)
    other = Client()
    other.get("/check/")  # the code form first: misses count on this browser
    for wrong in ("ABCD-EFGH", "ABCD-EFGJ"):
        other.post("/check/resume/", {"code": wrong})

    refused = other.post("/check/resume/", {"code": code}).content.decode()

    assert 'data-testid="error-summary"' in refused
    assert "te veel onbekende codes geprobeerd" in refused
    assert SavedCheck.objects.get().code == code.replace("-", "")


def test_saving_on_a_question_page_keeps_the_answer_given_there(browser: Client) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    answer(browser, "wfw_request_type", "arbeidsduur_minder")

    response = browser.post(
        "/check/question/wfw_unforeseen/", {"wfw_unforeseen": "false", "action": "save"}
    )

    assert response["Location"] == "/check/saved/"
    assert SavedCheck.objects.get().answers == {
        "wfw_request_type": "arbeidsduur_minder",
        "wfw_unforeseen": False,
    }


def test_saving_on_a_question_left_empty_saves_the_answers_so_far(browser: Client) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    answer(browser, "wfw_request_type", "arbeidsduur_minder")

    response = browser.post("/check/question/wfw_unforeseen/", {"action": "save"})

    assert response["Location"] == "/check/saved/"
    assert SavedCheck.objects.get().answers == {"wfw_request_type": "arbeidsduur_minder"}


def test_saving_with_an_unusable_answer_shows_the_error_and_saves_nothing(
    browser: Client,
) -> None:
    start(browser, "adviser", "flexible_work", on="01-03-2022")
    answer(browser, "wfw_request_type", "arbeidsduur_minder")

    response = browser.post(
        "/check/question/employer_headcount/", {"employer_headcount": "-3", "action": "save"}
    )

    assert response.status_code == 200
    assert 'data-testid="error-summary"' in response.content.decode()
    assert 'value="-3"' in response.content.decode()
    assert not SavedCheck.objects.exists()


def test_starting_again_asks_for_confirmation_first(browser: Client) -> None:
    from .conftest import start

    start(browser, "worker", "flexible_work")

    page = browser.get("/check/restart/").content.decode()

    assert "Opnieuw beginnen?" in page
    assert browser.cookies["questionnaire"].value  # nothing forgotten yet
    response = browser.post("/check/restart/")
    assert response["Location"] == "/check/"
    assert browser.cookies["questionnaire"].value == ""
