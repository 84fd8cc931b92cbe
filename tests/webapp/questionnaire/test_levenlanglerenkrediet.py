"""The Levenlanglerenkrediet in the questionnaire: its own topic, and "check everything"
for a worker, on 7 December 2026."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client

from eligibility import clock

from .conftest import SKIP, answer, next_question, start, walk

TODAY = date(2026, 12, 7)

WORKER_46 = {
    "birth_date": "01-05-1980",
    "lllk_programme": "ho_deeltijd",
    "lllk_sf_entitled": "false",
    "lllk_programme_recognised": "true",
    "lllk_programme_in_nl": "true",
    "lllk_nationality": "nl",
    "lllk_fee_eur": "2600",
}


@pytest.fixture
def worker(db: None, monkeypatch: pytest.MonkeyPatch) -> Client:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return Client()


def test_the_learning_topic_asks_the_loan_questions_and_decides(worker: Client) -> None:
    start(worker, "worker", "learning_loan")

    asked = walk(worker, WORKER_46)

    assert set(asked) == set(WORKER_46)
    html = worker.get("/check/results/", follow=True).content.decode()
    assert 'data-testid="outcome" data-status="eligible"' in html
    assert "Mijn DUO" in html  # where to apply
    assert "1 januari 2027" in html  # the first month of the credit


def test_check_everything_decides_the_loan_for_a_worker_without_student_finance(
    worker: Client,
) -> None:
    start(worker, "worker", "everything")

    # Answer the loan's questions; every other scheme's question is left open.
    for _ in range(80):
        fact = next_question(worker)
        if fact is None:
            break
        answer(worker, fact, WORKER_46.get(fact, SKIP))

    html = worker.get("/check/results/", follow=True).content.decode()
    assert 'data-scheme="levenlanglerenkrediet" data-status="eligible"' in html


def test_check_everything_refuses_the_loan_at_the_maximum_age(worker: Client) -> None:
    start(worker, "worker", "everything")
    # 57 on 1 January 2027, the first month of the credit (art. 2.3a WSF 2000).
    answers = {**WORKER_46, "birth_date": "01-01-1970"}

    for _ in range(80):
        fact = next_question(worker)
        if fact is None:
            break
        answer(worker, fact, answers.get(fact, SKIP))

    html = worker.get("/check/results/", follow=True).content.decode()
    assert 'data-scheme="levenlanglerenkrediet" data-status="not_eligible"' in html
