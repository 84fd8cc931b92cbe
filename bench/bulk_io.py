"""CSV to CSV at the loop's speed: bulk evaluation and bulk screening, in-process and over
HTTP, with one command.

Run from the repository root, pinned to one core:

    taskset -c 0 python bench/bulk_io.py                        # 100,000 records
    taskset -c 0 python bench/bulk_io.py --records 10000 --check 100
    taskset -c 0 python bench/bulk_io.py --url http://127.0.0.1:8000   # and over HTTP

Evaluation: for each scheme, a seeded CSV of N records with every fact as a text cell
(amounts to the cent, ISO dates, choices, lists joined by `;`; 5 % of the cells empty),
from the bytes of the upload to the bytes of the answer: reading it as columns, parsing,
the rule checks on the answers, the compiled loop (and the single path for the records it
leaves open) and writing `line,status,<outputs>`. Median of the repeats, after a first
call that compiles or loads the loop.

Screening: for each audience, a seeded CSV of N people, each fact of the audience's
schemes left empty with probability `--empty-screening` (so many schemes stay
undetermined and a next question is due): every scheme of the audience and the next
question per person. Timed twice: from the parsed columns (`bulk.screen_columns`: every
scheme's loop and the next questions, which must give the same statuses), and from bytes
to bytes (reading and parsing the CSV, the screening, writing the answer). Then `--check`
people are screened one by one with `rules.screen` and must give the same statuses and
next question, or the script stops.

With `--url`, both uploads are also posted to a running server
(`POST /api/v1/evaluations/bulk/` and `/api/v1/screenings/bulk/`, CSV in, CSV out), timed
from the first byte sent to the last byte received. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "webapp.settings")

import django

django.setup()

from bulk_schemes import column  # noqa: E402

import rules  # noqa: E402
from eligibility import bulk, catalogue, services  # noqa: E402

ON = date(2026, 12, 7)


def texts(fact: Any, n: int, rng: np.random.Generator, empty: float) -> list[str]:
    """N answers to one fact as CSV cells; a share `empty` left empty."""
    values, _ = column(fact, n, rng, objects=True)  # choices as texts, lists as sets
    kind = fact.kind
    if kind == "bool":
        cells = np.where(values, "true", "false").tolist()
    elif kind == "money":
        cells = [f"{v // 100}.{v % 100:02d}" for v in values.tolist()]
    elif kind == "enum_list":
        cells = [";".join(sorted(v)) for v in values]
    else:
        cells = [str(v) for v in values.tolist()] if kind != "date" else values.astype(str).tolist()
    blank = rng.random(n) < empty
    return [("" if b else c) for c, b in zip(cells, blank, strict=True)]


def csv_of(facts: list[Any], n: int, seed: int, empty: float, schemes: list[Any]) -> bytes:
    """The upload; where a record breaks a rule on the answers of one of `schemes` (the
    uncapped dagloon below the capped one), the cell the rule is about is left empty."""
    rng = np.random.default_rng(seed)
    columns = [texts(f, n, rng, empty) for f in facts]
    index = {f.id: k for k, f in enumerate(facts)}
    for scheme in schemes:
        for constraint in scheme.constraints:
            about = columns[index[constraint.fact]]
            read = [f.id for f in scheme.facts if f.id in index]
            for i in range(n):
                if about[i] == "":
                    continue
                record = {k: columns[index[k]][i] for k in read if columns[index[k]][i] != ""}
                try:
                    rules.parse_facts(record, scheme)
                except rules.FactsInvalid as exc:
                    for issue in exc.issues:
                        columns[index[issue.fact]][i] = ""
    header = ",".join(f.id for f in facts)
    body = "\n".join(",".join(row) for row in zip(*columns, strict=True))
    return (header + "\n" + body + "\n").encode()


def timed(function: Any, repeats: int) -> tuple[float, Any]:
    function()  # compiles or loads the loops
    samples, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), result


def post(url: str, path: str, body: bytes) -> tuple[float, int, bytes]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=300)
    headers = {"Content-Type": "text/csv", "Accept": "text/csv", "Accept-Language": "en"}
    start = time.perf_counter()
    conn.request("POST", path, body=body, headers=headers)
    response = conn.getresponse()
    answer = response.read()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed, response.status, answer


def over_http(url: str, path: str, body: bytes, repeats: int) -> str:
    times = []
    for _ in range(repeats + 1):  # the first request may compile or load the loops
        elapsed, status, answer = post(url, path, body)
        if status != 200:
            raise SystemExit(f"{path}: HTTP {status}: {answer[:300]!r}")
        times.append(elapsed)
    return f"{statistics.median(times[1:]):.2f} s (first {times[0]:.2f} s)"


def evaluations(args: argparse.Namespace) -> None:
    n = args.records
    print(f"\n### Evaluation, CSV to CSV: {n:,} records a scheme, on {ON}\n")
    header = "| scheme | facts | MB in | in-process s | ns/record | left open |"
    header += " over HTTP |" if args.url else ""
    print(header)
    print("|---|---:|---:|---:|---:|---:|" + ("---:|" if args.url else ""))
    for scheme in rules.registry.all():
        if args.schemes and scheme.id not in args.schemes:
            continue
        data = csv_of(list(scheme.facts), n, 20261207, args.empty, [scheme])

        def run(data: bytes = data, scheme_id: str = scheme.id) -> bytes:
            upload = bulk.read_csv(data)
            return b"".join(bulk.evaluation_csv(bulk.evaluate_upload(scheme_id, ON, upload)))

        seconds, answer = timed(run, args.repeats)
        lines = answer.count(b"\n")
        if lines != n + 1:
            raise SystemExit(f"{scheme.id}: {lines} lines for {n} records")
        upload = bulk.read_csv(data)
        used = {k: c for k, c in upload.columns.items()}
        opened = _left_open(scheme, used, upload)
        line = (
            f"| {scheme.id} | {len(scheme.facts)} | {len(data) / 1e6:.1f} | {seconds:.3f} "
            f"| {seconds / n * 1e9:,.0f} | {opened:,} |"
        )
        if args.url:
            path = f"/api/v1/evaluations/bulk/?scheme={scheme.id}&on={ON}"
            line += f" {over_http(args.url, path, data, args.http_repeats)} |"
        print(line, flush=True)


def _left_open(scheme: Any, columns: Any, upload: bulk.Upload) -> int:
    from rules.bulk import evaluate_bulk

    parsed = bulk._parse_columns({k: scheme.fact(k) for k in columns}, upload, "en")
    return len(evaluate_bulk(scheme, parsed.columns, ON).rechecked)


def screenings(args: argparse.Namespace) -> None:
    n = args.records
    print(
        f"\n### Screening, CSV to CSV: {n:,} people, each fact answered with probability "
        f"{1 - args.empty_screening:.0%}, on {ON}\n"
    )
    header = (
        "| audience | schemes | facts | MB in | from columns s | CSV to CSV s "
        "| ns/record×scheme (CSV) | checked |"
    )
    header += " over HTTP |" if args.url else ""
    print(header)
    print("|---|---:|---:|---:|---:|---:|---:|---:|" + ("---:|" if args.url else ""))
    for audience in args.audiences:
        ids = catalogue.schemes_for(audience)
        facts = list({f.id: f for s in ids for f in rules.registry.get(s).facts}.values())
        data = csv_of(facts, n, 20261208, args.empty_screening, [])

        def run(data: bytes = data, audience: str = audience) -> Any:
            result = bulk.screen_upload(audience, ON, bulk.read_csv(data))
            return result, b"".join(bulk.screening_csv(result))

        seconds, (result, _answer) = timed(run, args.repeats)
        checked = _check_screening(audience, data, result, args.check)
        upload = bulk.read_csv(data)
        parsed = bulk._parse_columns(
            {k: rules.registry.facts[k] for k in upload.columns}, upload, "en"
        )

        def from_columns(columns: Any = parsed.columns, audience: str = audience) -> Any:
            return bulk.screen_columns(audience, ON, columns, n)

        in_loop, (statuses, _questions) = timed(from_columns, args.repeats)
        if any((statuses[k] != result.statuses[k]).any() for k in statuses):
            raise SystemExit(f"{audience}: the screening from columns differs from the upload's")
        line = (
            f"| {audience} | {len(ids)} | {len(facts)} | {len(data) / 1e6:.1f} | {in_loop:.3f} "
            f"| {seconds:.3f} | {seconds / n / len(ids) * 1e9:,.0f} | {checked:,} |"
        )
        if args.url:
            path = f"/api/v1/screenings/bulk/?audience={audience}&on={ON}"
            line += f" {over_http(args.url, path, data, args.http_repeats)} |"
        print(line, flush=True)


def _check_screening(audience: str, data: bytes, result: bulk.BulkScreening, count: int) -> int:
    """`count` people screened one by one must give what the bulk screening gave."""
    text = data.decode().split("\n")
    header = text[0].split(",")
    rows = np.linspace(0, len(result.lines) - 1, min(count, len(result.lines))).astype(int)
    for i in rows.tolist():
        cells = text[int(result.lines[i]) - 1].split(",")
        raw = {k: v for k, v in zip(header, cells, strict=True) if v != ""}
        single = rules.screen(raw, ON, audience)
        statuses = {r.scheme: r.status for r in single.results}
        got = {k: bulk.STATUS_NAMES[int(v[i])] for k, v in result.statuses.items()}
        if got != statuses or result.next_question[i] != single.next_question:
            raise SystemExit(
                f"{audience}: line {result.lines[i]} differs from rules.screen: "
                f"{got} / {result.next_question[i]} against {statuses} / {single.next_question}"
            )
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--check", type=int, default=300)
    parser.add_argument("--schemes", nargs="*")
    parser.add_argument("--audiences", nargs="*", default=list(services.AUDIENCES))
    parser.add_argument("--empty", type=float, default=0.05, help="Share of empty cells.")
    parser.add_argument("--empty-screening", type=float, default=0.2)
    parser.add_argument("--url", help="A running server: time the HTTP bulk endpoints too.")
    parser.add_argument("--http-repeats", type=int, default=2)
    parser.add_argument("--only", choices=["evaluations", "screenings"])
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f} at the start")
    if args.only != "screenings":
        evaluations(args)
    if args.only != "evaluations":
        screenings(args)
    print(f"\nload average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
