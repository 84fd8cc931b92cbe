"""Helpers for driving the questionnaire with the Django test client, as a browser would
without JavaScript: links are followed with GET, forms are posted, redirects followed."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser

import pytest
from django.test import Client

from eligibility import clock

SKIP = object()  # answer "I do not know"


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> date:
    day = date(2025, 3, 14)
    monkeypatch.setattr(clock, "today", lambda: day)
    return day


@pytest.fixture
def browser(db: None, today: date) -> Client:
    """A Dutch browser (the default language) with a fixed today."""
    return Client()


@pytest.fixture
def english(db: None, today: date) -> Client:
    return Client(headers={"accept-language": "en"})


def start(
    client: Client,
    audience: str,
    topic: str,
    on: str = "",
    situations: tuple[str, ...] = ("none",),
) -> None:
    """Choose the audience and topic; for "check everything", also the situations that
    apply (by default: none of them, so every scheme of the audience)."""
    response = client.post(f"/check/for/{audience}/", {"topic": topic, "on": on})
    assert response.status_code == 302, response.content.decode()[:2000]
    if topic == "everything":
        response = client.post("/check/situations/", {"situations": list(situations)})
        assert response.status_code == 302, response.content.decode()[:2000]


def next_question(client: Client) -> str | None:
    """The fact the engine asks next, or None when it needs nothing more."""
    location = client.get("/check/next/")["Location"]
    if location.endswith("/answers/"):
        return None
    found = re.fullmatch(r"/check/question/([a-z0-9_]+)/", location)
    assert found, location
    return found.group(1)


def answer(client: Client, fact: str, value: object) -> None:
    data = {"action": "skip"} if value is SKIP else {fact: value, "action": "answer"}
    response = client.post(f"/check/question/{fact}/", data)
    assert response.status_code == 302, errors_on(response.content.decode())


def walk(client: Client, answers: Mapping[str, object]) -> list[str]:
    """Answer whatever the engine asks, from `answers`, until it asks nothing more.
    Returns the facts in the order asked; a question not in `answers` fails the test."""
    asked: list[str] = []
    for _ in range(80):
        fact = next_question(client)
        if fact is None:
            return asked
        assert fact not in asked or fact in answers, f"{fact} asked twice"
        assert fact in answers, f"unexpected question {fact} after {asked}"
        asked.append(fact)
        answer(client, fact, answers[fact])
    raise AssertionError("the questionnaire did not end")


def errors_on(html: str) -> list[str]:
    found = re.findall(r'class="error-message"[^>]*>(.*?)</p>', html, re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", m).split()) for m in found]


@dataclass
class Page(HTMLParser):
    """The visible text of a page, split by the language it is marked up in."""

    page_lang: str = ""
    texts: list[tuple[str, str]] = field(default_factory=list)  # (lang, text)
    _stack: list[tuple[str, str]] = field(default_factory=list)
    _skip: int = 0

    def __post_init__(self) -> None:
        HTMLParser.__init__(self)

    VOID = frozenset(
        {"br", "img", "input", "meta", "link", "hr", "area", "base", "col", "wbr", "source"}
    )

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        values = dict(attrs)
        lang = values.get("lang") or (self._stack[-1][1] if self._stack else "")
        if tag == "html":
            self.page_lang = lang
        if tag in ("script", "style", "title"):
            self._skip += 1
        self._stack.append((tag, lang))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        while self._stack:
            open_tag, _ = self._stack.pop()
            if open_tag in ("script", "style", "title"):
                self._skip -= 1
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        text = " ".join(data.split())
        if text and not self._skip:
            self.texts.append((self._stack[-1][1] if self._stack else "", text))


def page_texts(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page
