"""Engine benchmarks: one evaluation, screening, and the bulk path.

Run from the repository root (pin to one core for the bulk figures):

    taskset -c 0 python bench/engine.py            # everything
    taskset -c 0 python bench/engine.py --quick    # fewer repeats

Numbers are medians over repeats, printed as a Markdown table for docs/benchmarks.md.
This is a benchmark, not a test: it asserts only that the bulk path agrees with the
single-record path on the records it times.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import rules
from rules.bulk import Column, evaluate_bulk

ON = date(2026, 3, 16)


def per_call(fn: Callable[[], object], loops: int, repeats: int) -> float:
    """Median seconds per call over ``repeats`` runs of ``loops`` calls."""
    fn()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(loops):
            fn()
        samples.append((time.perf_counter() - start) / loops)
    return statistics.median(samples)


WW_FACTS = {
    "ww_dagloon_eur": "150.00",
    "ww_month_number": 3,
    "income_month_eur": "1000.00",
    "income_prev_month_above_threshold": False,
}
WW_CAPPED = {**WW_FACTS, "ww_dagloon_eur": "304.25", "ww_dagloon_uncapped_eur": "400.00"}
WFW_FACTS = {
    "wfw_request_type": "arbeidsduur_minder",
    "employer_headcount": 40,
    "parent_child_under_8": False,
    "informal_carer": False,
    "wfw_unforeseen": False,
    "wfw_intended_start_date": "2026-06-01",
    "wfw_weeks_in_service": 80,
    "wfw_request_written": True,
    "birth_date": "1985-04-12",
    "wfw_refusal_ground": "none",
    "wfw_refusal_reasoned": True,
}
SCREEN_FACTS = {
    "birth_date": "1980-05-05",
    "income_month_eur": "1200.00",
    "ww_dagloon_eur": "120.00",
    "ww_month_number": 4,
    "wfw_request_type": "arbeidsduur_minder",
    "employer_headcount": 40,
}


def single(loops: int, repeats: int) -> list[tuple[str, str]]:
    rows = []
    for label, scheme_id, raw, on in (
        ("ww_inkomensverrekening, uncapped dagloon", "ww_inkomensverrekening", WW_FACTS, ON),
        ("ww_inkomensverrekening, capped dagloon (C/D)", "ww_inkomensverrekening", WW_CAPPED, ON),
        ("wfw, hours request", "wfw", WFW_FACTS, date(2026, 3, 2)),
    ):
        scheme = rules.registry.get(scheme_id)
        facts = rules.parse_facts(raw, scheme)
        assert rules.evaluate(scheme, facts, on).status != "undetermined", label
        t_eval = per_call(lambda s=scheme, f=facts, d=on: rules.evaluate(s, f, d), loops, repeats)
        t_json = per_call(
            lambda s=scheme, f=facts, d=on: rules.evaluate(s, f, d).to_json(), loops // 4, repeats
        )
        t_parse = per_call(
            lambda s=scheme, r=raw, d=on: rules.evaluate(s, rules.parse_facts(r, s), d),
            loops,
            repeats,
        )
        t_outputs = per_call(
            lambda s=scheme, r=raw, d=on: rules.evaluate(s, rules.parse_facts(r, s), d).outputs,
            loops,
            repeats,
        )
        rows.append((f"evaluate (status, criteria, missing): {label}", f"{t_eval * 1e6:.1f} µs"))
        rows.append((f"parse + evaluate: {label}", f"{t_parse * 1e6:.1f} µs"))
        rows.append((f"parse + evaluate + every output: {label}", f"{t_outputs * 1e6:.1f} µs"))
        rows.append(
            (f"evaluate + full JSON (explanations, hints): {label}", f"{t_json * 1e6:.1f} µs")
        )
    return rows


def screening(loops: int, repeats: int) -> list[tuple[str, str]]:
    rows = []
    for audience in ("worker", "employer", "adviser"):
        t = per_call(
            lambda a=audience: rules.screen(SCREEN_FACTS, date(2026, 11, 23), a), loops, repeats
        )
        count = len(rules.screen(SCREEN_FACTS, date(2026, 11, 23), audience).results)
        rows.append((f"screen, {audience} ({count} schemes)", f"{t * 1e6:.0f} µs"))
    return rows


def ww_columns(n: int, seed: int = 7) -> dict[str, Column]:
    rng = np.random.default_rng(seed)
    capped = rng.integers(5_000, 30_425, n)
    uncapped = capped + rng.integers(0, 20_000, n) * (rng.random(n) < 0.1)
    income = rng.integers(0, 700_000, n)
    # a share of records exactly on the 87.5 % threshold and one cent above
    edge = rng.random(n) < 0.05
    threshold_cents = (capped * 2175 * 875) // 100_000  # floor of 0.875 × 21.75 × C
    income = np.where(edge, threshold_cents + rng.integers(0, 2, n), income)
    workdays = rng.integers(0, 24, n)
    return {
        "ww_dagloon_eur": Column(capped),
        "ww_dagloon_uncapped_eur": Column(uncapped),
        "income_month_eur": Column(income),
        "ww_month_number": Column(rng.integers(1, 25, n)),
        "ww_entitlement_workdays": Column(workdays, rng.random(n) < 0.1),
        "income_prev_month_above_threshold": Column(rng.random(n) < 0.3),
    }


def bulk(repeats: int) -> list[tuple[str, str]]:
    scheme = rules.registry.get("ww_inkomensverrekening")
    rows = []
    with tempfile.TemporaryDirectory() as cache:
        compiled = first_call(cache)
        loaded = first_call(cache)
    rows.append(("bulk: first call in a new process, compiling the loop", f"{compiled:.2f} s"))
    rows.append(
        ("bulk: first call in a new process, loop on disk from an earlier one", f"{loaded:.2f} s")
    )
    evaluate_bulk(scheme, ww_columns(1000), ON)
    for n in (10_000, 250_000, 1_000_000):
        cols = ww_columns(n)
        samples = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            result = evaluate_bulk(scheme, cols, ON)
            samples.append(time.perf_counter() - t0)
        assert result.compiled
        t = statistics.median(samples)
        rows.append(
            (
                f"bulk ww_inkomensverrekening, {n:,} records",
                f"{t * 1e3:.2f} ms ({t / n * 1e9:.1f} ns/record)",
            )
        )
        if n == 250_000:
            rows.append(
                ("bulk agrees with single path (records checked)", str(agree(scheme, cols, result)))
            )
    return rows


def first_call(cache: str) -> float:
    """Seconds of the first bulk call in a fresh process using ``cache`` as its kernel
    cache (numpy and Numba already imported, so only compiling or loading is timed)."""
    script = (
        "import sys, time; sys.path[:0] = ['.', 'bench']\n"
        "import numba, rules\n"
        "from rules.bulk import evaluate_bulk\n"
        "from engine import ON, ww_columns\n"
        "cols = ww_columns(1000); scheme = rules.registry.get('ww_inkomensverrekening')\n"
        "t = time.perf_counter(); evaluate_bulk(scheme, cols, ON)\n"
        "print(time.perf_counter() - t)\n"
    )
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "RULES_KERNEL_CACHE": cache}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, env=env, capture_output=True, text=True
    )
    done.check_returncode()
    return float(done.stdout.split()[-1])


def agree(scheme: rules.Scheme, cols: dict[str, Column], result: object, sample: int = 2000) -> int:
    rng = np.random.default_rng(1)
    checked = 0
    for i in rng.choice(len(cols["income_month_eur"].values), sample, replace=False):
        facts = {}
        for key, col in cols.items():
            if col.present is None or col.present[i]:
                facts[key] = col.values[i].item()
        single_result = rules.evaluate(scheme, facts, ON)
        expected = {"status": single_result.status, "outputs": single_result.outputs}
        assert result.row(int(i)) == expected, (i, result.row(int(i)), expected)  # type: ignore[attr-defined]
        checked += 1
    return checked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    loops, repeats = (500, 5) if args.quick else (4000, 15)
    print(f"Python {platform.python_version()}, {platform.machine()}, numpy {np.__version__}")
    print("load average before (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    print("| measure | median |\n|---|---|")
    for row in (
        single(loops, repeats) + screening(loops // 10, repeats) + bulk(5 if args.quick else 15)
    ):
        print(f"| {row[0]} | {row[1]} |")
    print("load average after (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
