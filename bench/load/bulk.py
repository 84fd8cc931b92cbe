"""Bulk benchmark: N ww_inkomensverrekening records through POST /api/v1/evaluations/bulk/.

Generates a CSV of N records (seeded, so every run sends the same file), posts it to a
running server, reads the streamed answer to its end and prints the wall time from the
first byte sent to the last byte received, with the answer's size and status counts.

    python bench/load/bulk.py --url http://127.0.0.1:8000 --records 100000

`bench/load/run.sh` starts gunicorn and runs this after the load test. Not a test: it
measures, it does not judge.
"""

from __future__ import annotations

import argparse
import csv
import http.client
import io
import random
import sys
import time
from collections import Counter
from urllib.parse import urlsplit

COLUMNS = [
    "ww_dagloon_eur",
    "ww_dagloon_uncapped_eur",
    "ww_month_number",
    "ww_entitlement_workdays",
    "income_month_eur",
    "income_prev_month_above_threshold",
    "income_is_employee_wage",
]


def generate(records: int, seed: int = 20250315) -> bytes:
    """A CSV of plausible answers: amounts to the cent, some cells left empty (unknown)."""
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for _ in range(records):
        dagloon = rng.randint(5_000, 29_000)  # eurocents
        uncapped = dagloon + rng.randint(0, 5_000) if rng.random() < 0.1 else None
        writer.writerow(
            [
                f"{dagloon / 100:.2f}",
                "" if uncapped is None else f"{uncapped / 100:.2f}",
                rng.randint(1, 38),
                rng.choice(["", "", "", "20", "21", "22", "23"]),
                "" if rng.random() < 0.05 else f"{rng.randint(0, 600_000) / 100:.2f}",
                rng.choice(["true", "false", "false", ""]),
                rng.choice(["true", "true", "true", "false", ""]),
            ]
        )
    return out.getvalue().encode()


def post(url: str, body: bytes, scheme: str, on: str, accept: str) -> tuple[float, int, bytes]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=120)
    path = f"/api/v1/evaluations/bulk/?scheme={scheme}&on={on}"
    headers = {"Content-Type": "text/csv", "Accept": accept, "Accept-Language": "en"}
    start = time.perf_counter()
    conn.request("POST", path, body=body, headers=headers)
    response = conn.getresponse()
    answer = response.read()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed, response.status, answer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True, help="Base URL of the running server.")
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="Runs; each is reported.")
    parser.add_argument("--accept", default="application/x-ndjson")
    args = parser.parse_args()

    body = generate(args.records)
    print(f"CSV: {args.records} records, {len(body):,} bytes; answer as {args.accept}")
    times = []
    for run in range(1, args.repeat + 1):
        elapsed, status, answer = post(
            args.url, body, "ww_inkomensverrekening", "2025-03-15", args.accept
        )
        if status != 200:
            print(f"run {run}: HTTP {status}: {answer[:500].decode(errors='replace')}")
            return 1
        lines = answer.count(b"\n")
        statuses = Counter(
            word
            for word in ("eligible", "not_eligible", "undetermined")
            for _ in range(answer.count(f'"{word}"'.encode()))
        )
        times.append(elapsed)
        print(
            f"run {run}: {elapsed:.2f} s end to end, HTTP {status}, {lines:,} lines, "
            f"{len(answer):,} bytes, statuses {dict(statuses)}"
        )
    print(f"best {min(times):.2f} s, median {sorted(times)[len(times) // 2]:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
