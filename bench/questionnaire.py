"""Questionnaire benchmark: server-side render time of the guided questionnaire's pages.

Run from the repository root:

    python bench/questionnaire.py            # 300 requests per page
    python bench/questionnaire.py --quick    # 60 requests per page

Each page is requested through Django's test client with the journey cookie of a person
part-way through, so every request does what a real one does: read the journey, ask the
engine (`eligibility.services`) for the next question and the progress, build the form
from the fact definition and render the template. Prints medians and 95th percentiles as
a Markdown table for docs/benchmarks.md. The target is a question page in at most 30 ms
(median). This is a benchmark, not a test: it fails only when a page does not answer 200.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "webapp.settings")
_db = Path(tempfile.mkdtemp()) / "bench.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{_db}"  # never the development database

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

WFW = {
    "wfw_request_type": "arbeidsduur_minder",
    "wfw_unforeseen": "false",
    "employer_headcount": "40",
    "wfw_intended_start_date": "01-06-2022",
}
EMPLOYER_EVERYTHING = {
    "slim_applicant_type": "mkb",
    "applicant_lrk_kindercentrum": "true",
    "wfw_request_type": "arbeidsduur_minder",
    "de_minimis_3y_eur": "0",
    "enterprise_staff": "10",
    "slim_activities": ["doorlichting"],
}
ADVISER_EVERYTHING = {
    "birth_date": "17-05-1988",
    "slim_applicant_type": "mkb",
    "income_month_eur": "1200",
    "ww_end_reason": "inkomen_werknemer",
    "wfw_request_type": "arbeidsduur_minder",
    "slim_activities": ["doorlichting"],
    "ww_avg_hours_week": "38",
    "ww_dagloon_eur": "150",
    "employer_headcount": "40",
    "enterprise_staff": "10",
}


def journey(audience: str, topic: str, answers: dict[str, object], on: str = "") -> Client:
    client = Client()
    client.post(f"/check/for/{audience}/", {"topic": topic, "on": on})
    for fact, value in answers.items():
        response = client.post(f"/check/question/{fact}/", {fact: value, "action": "answer"})
        assert response.status_code == 302, (fact, response.status_code)
    return client


def next_url(client: Client) -> str:
    return str(client.get("/check/next/")["Location"])


def timings(request: Callable[[], object], n: int) -> list[float]:
    request()  # warm: templates compiled, plans cached
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        request()
        samples.append(time.perf_counter() - start)
    return samples


def row(name: str, samples: list[float]) -> str:
    ordered = sorted(samples)
    median = statistics.median(ordered) * 1000
    p95 = ordered[int(0.95 * (len(ordered) - 1))] * 1000
    return f"| {name} | {median:.1f} | {p95:.1f} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="60 requests per page")
    n = 60 if parser.parse_args().quick else 300
    setup_test_environment()
    call_command("migrate", verbosity=0)

    pages: list[tuple[str, Callable[[], object]]] = []

    worker = journey("worker", "ww_income", {})
    url = next_url(worker)
    pages.append(("Question, worker, first question of a topic", lambda: worker.get(url)))

    adviser = journey("adviser", "flexible_work", WFW, on="01-03-2022")
    url2 = next_url(adviser)
    pages.append(("Question, adviser, Wfw after 4 answers", lambda: adviser.get(url2)))

    employer = journey("employer", "everything", EMPLOYER_EVERYTHING)
    url3 = next_url(employer)
    pages.append(("Question, employer, screening 4 schemes, 6 answers", lambda: employer.get(url3)))

    wide = journey("adviser", "everything", ADVISER_EVERYTHING, on="14-03-2025")
    url4 = next_url(wide)
    pages.append(("Question, adviser, screening 10 schemes, 10 answers", lambda: wide.get(url4)))

    question_fact = url4.rstrip("/").rsplit("/", 1)[1]
    pages.append(
        (
            "Question with an error (POST, re-rendered)",
            lambda: wide.post(url4, {question_fact: "?", "action": "answer"}),
        )
    )
    pages.append(("Check your answers, adviser, 10 answers", lambda: wide.get("/check/answers/")))
    pages.append(("Result page, Wfw (adviser)", lambda: adviser.get("/check/results/wfw/")))
    pages.append(("All results, screening 10 schemes", lambda: wide.get("/check/results/")))

    print(
        f"Python {platform.python_version()}, Django {django.get_version()}, "
        f"{platform.machine()}, {n} requests per page\n"
    )
    print("| Page (Django test client, server side) | median ms | p95 ms |")
    print("|---|---:|---:|")
    for name, request in pages:
        response = request()
        status = getattr(response, "status_code", None)
        if status != 200:
            raise SystemExit(f"{name}: status {status}")
        print(row(name, timings(request, n)))


if __name__ == "__main__":
    main()
