"""Dutch by default, English on request, on every page; nothing reachable left untranslated.

The walk visits every page of the questionnaire (every question of every topic for every
audience, each result, errors, the saved page) in one language and fails on text of the
other: the Dutch translations of our own texts and the Dutch side of the engine's texts
must not appear on an English page, and our English source texts not on a Dutch one.
Legal citations stay Dutch; they are marked `lang="nl"` and skipped.
"""

from __future__ import annotations

import gettext
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from eligibility import catalogue
from webapp.questionnaire import presenters, topics

from .conftest import page_texts, start, walk
from .test_journeys import WFW

LOCALE = Path(__file__).resolve().parents[3] / "webapp" / "locale"
DUTCH_WORDS = {
    "de", "het", "een", "van", "uw", "niet", "wordt", "zijn", "voor", "met", "bij", "aan",
    "als", "dat", "die", "er", "ook", "nog", "naar", "kan", "deze", "dit", "hebt", "heeft",
    "wat", "wie", "waar", "u", "je", "wij", "we", "hoe", "hoeveel", "welke", "geen", "ja", "nee",
}  # fmt: skip
ENGLISH_WORDS = {
    "the", "and", "you", "your", "of", "to", "is", "are", "for", "with", "this", "that",
    "what", "which", "how", "not", "no", "yes", "a", "an", "in", "on", "at", "by", "it",
}  # fmt: skip


def catalog(lang: str) -> dict[object, str]:
    with (LOCALE / lang / "LC_MESSAGES" / "django.mo").open("rb") as mo:
        return dict(gettext.GNUTranslations(mo)._catalog)  # type: ignore[attr-defined]


def dutch_only_texts() -> set[str]:
    """Dutch sentences that have an English counterpart: ours and the engine's."""
    texts = {
        value
        for key, value in catalog("nl").items()
        if key and isinstance(value, str) and len(value) >= 12 and value != key
    }
    for fact in presenters.facts().values():
        pairs = [fact["question"], fact["help"] or {}]
        pairs += [choice["label"] for choice in fact["choices"] or []]
        texts |= {p["nl"] for p in pairs if p and p.get("nl") != p.get("en") and len(p["nl"]) >= 12}
    for scheme_id in catalogue.scheme_ids():
        info = presenters.scheme(scheme_id)
        pairs = [info["title"], info["summary"], info["eligible_means"]]
        pairs += [c["label"] for c in info["criteria"]] + [o["label"] for o in info["outputs"]]
        texts |= {p["nl"] for p in pairs if p["nl"] != p["en"] and len(p["nl"]) >= 12}
    return texts


def english_source_texts() -> set[str]:
    """Our English texts whose Dutch translation differs: they must not show on Dutch pages."""
    found = set()
    for key, value in catalog("nl").items():
        msgid = key[0] if isinstance(key, tuple) else key
        if msgid and len(msgid) >= 12 and value != msgid and "%" not in msgid:
            found.add(msgid)
    return found


def every_page(client: Client) -> Iterator[tuple[str, str]]:
    """(url, html) of every page a person can reach, in the client's language."""

    def get(url: str) -> tuple[str, str]:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        return url, response.content.decode()

    yield get("/check/")
    yield "/check/ (error)", client.post("/check/", {}).content.decode()
    yield "/check/resume/ (error)", client.post("/check/resume/", {"code": "x"}).content.decode()
    for audience in topics.AUDIENCES:
        yield get(f"/check/for/{audience}/")
        for topic in topics.for_audience(audience):
            start(client, audience, topic.id, on="01-03-2022" if audience == "adviser" else "")
            scheme_ids = catalogue.schemes_for(audience) if not topic.schemes else topic.schemes
            facts = dict.fromkeys(
                f
                for s in scheme_ids
                if s in catalogue.schemes_for(audience)
                for f in presenters.info_fact_ids(presenters.scheme(s))
            )
            for fact in facts:
                yield get(f"/check/question/{fact}/")
            yield get("/check/answers/")
            for scheme_id in scheme_ids:
                if scheme_id in catalogue.schemes_for(audience):
                    yield get(f"/check/results/{scheme_id}/")
    yield (
        "/check/for/adviser/ (error)",
        client.post("/check/for/adviser/", {"on": "x"}).content.decode(),
    )
    start(client, "adviser", "flexible_work", on="01-03-2022")
    walk(client, WFW)
    first = next(iter(WFW))
    yield (
        "question (error)",
        client.post(f"/check/question/{first}/", {"action": "answer"}).content.decode(),
    )
    client.post(
        "/check/question/wfw_request_type/",
        {"wfw_request_type": "arbeidsplaats", "action": "answer"},
    )
    yield get("/check/answers/")  # with the notice of dropped answers
    yield get("/check/results/wfw/")
    client.post("/check/save/")
    yield get("/check/saved/")


def foreign_texts(html: str, lang: str, forbidden: set[str]) -> list[str]:
    page = page_texts(html)
    assert page.page_lang == lang
    problems = []
    visible = [text for text_lang, text in page.texts if text_lang in ("", lang)]
    joined = " ".join(visible)
    problems += [text for text in forbidden if text in joined]
    if lang == "en":
        for text in visible:
            words = re.findall(r"[a-zà-ÿ]+", text.lower())
            dutch = sum(w in DUTCH_WORDS for w in words)
            english = sum(w in ENGLISH_WORDS for w in words)
            if dutch >= 3 and english == 0:
                problems.append(text)
    return problems


@pytest.mark.slow
def test_every_page_in_english_has_no_dutch_only_text(english: Client) -> None:
    forbidden = dutch_only_texts()
    failures = {}
    for url, html in every_page(english):
        found = foreign_texts(html, "en", forbidden)
        if found:
            failures[url] = found
    assert failures == {}


@pytest.mark.slow
def test_every_page_in_dutch_has_no_untranslated_text(browser: Client) -> None:
    forbidden = english_source_texts()
    failures = {}
    for url, html in every_page(browser):
        found = foreign_texts(html, "nl", forbidden)
        if found:
            failures[url] = found
    assert failures == {}


def test_the_language_link_switches_and_returns_to_the_same_page(browser: Client) -> None:
    start(browser, "worker", "ww_income")
    html = browser.get("/check/question/income_month_eur/").content.decode()
    link = re.search(r'class="language-switch" href="([^"]+)" hreflang="en" lang="en"', html)
    assert link
    url = link.group(1).replace("&amp;", "&")

    response = browser.get(url)

    assert response.status_code == 302
    assert response["Location"] == "/check/question/income_month_eur/"
    english = browser.get(response["Location"]).content.decode()
    assert '<html lang="en">' in english
    assert "How much income did you have in this calendar month" in english
    back = re.search(r'class="language-switch" href="([^"]+)" hreflang="nl" lang="nl"', english)
    assert back and ">Nederlands<" in english


def test_the_language_link_does_not_send_people_to_another_site(browser: Client) -> None:
    response = browser.get("/check/language/en/", {"next": "https://example.org/"})

    assert response["Location"] == "/check/"


def test_the_dutch_catalogue_is_complete() -> None:
    po = (LOCALE / "nl" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    entries = po.split("\n\n")[1:]
    empty = [e for e in entries if re.search(r'msgstr(\[\d\])? ""\n*$', e.strip() + "\n")]
    assert empty == []
    assert "#, fuzzy" not in po


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_compiled_catalogues_match_their_po_files(lang: str, tmp_path: Path) -> None:
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "msgfmt (Debian package gettext) is needed to compile translations"
    po = LOCALE / lang / "LC_MESSAGES" / "django.po"
    subprocess.run(
        [msgfmt, "--check-format", "-o", str(tmp_path / "django.mo"), str(po)], check=True
    )
    with (tmp_path / "django.mo").open("rb") as fresh:
        assert gettext.GNUTranslations(fresh)._catalog == catalog(lang)  # type: ignore[attr-defined]


def test_every_text_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    """makemessages on a copy of the questionnaire finds no text the .po lacks."""
    webapp = LOCALE.parent
    copy = tmp_path / "webapp"
    shutil.copytree(webapp / "questionnaire", copy / "questionnaire")
    shutil.copytree(webapp / "templates" / "questionnaire", copy / "templates" / "questionnaire")
    (copy / "locale").mkdir()
    import os

    here = Path.cwd()
    os.chdir(copy)
    try:
        call_command("makemessages", locale=["nl"], verbosity=0, no_location=True)
    finally:
        os.chdir(here)
    fresh = (copy / "locale" / "nl" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    committed = (LOCALE / "nl" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    assert msgids(fresh) - msgids(committed) == set()


def msgids(po: str) -> set[str]:
    found = set()
    for block in re.findall(r'^msgid ((?:".*"\n)+)', po, re.M):
        text = "".join(re.findall(r'"(.*)"', block))
        if text:
            found.add(text)
    return found
