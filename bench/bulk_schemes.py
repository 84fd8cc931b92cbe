"""Every scheme in the compiled bulk loop: time per record from in-memory columns.

Run from the repository root, pinned to one core:

    taskset -c 0 python bench/bulk_schemes.py                 # 250,000 records a scheme
    taskset -c 0 python bench/bulk_schemes.py --records 10000 --check 200

For each registered scheme it draws seeded random records with every fact answered (each
fact from its declared bounds and choices: numbers over several orders of magnitude,
dates from a century before the reference date to three years after it), times the whole
``evaluate_bulk`` call and prints how many records the loop left open for the single path
(a criterion or output the loop cannot settle, such as a date the AOW table gives only as
a range). The time is the median of the repeats, after one call that compiles or loads
the loop. A process's first calls also pay for fresh memory for their results, page by
page, until the allocator keeps that memory between calls (glibc does once the first
large blocks are freed), as in a server's worker after its first uploads: the median of
15 is that steady state, the median of 5 may not be. Afterwards ``--check`` records of each scheme are evaluated one by one and must give
the same status and outputs, or the script stops. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import rules
from rules.bulk import Column, evaluate_bulk
from rules.bulk.kernels import kernel_for

ON = date(2026, 12, 7)


def column(
    fact: Any, n: int, rng: np.random.Generator, objects: bool = False
) -> tuple[np.ndarray[Any, Any], Any]:
    """N values of one fact (a numpy column) and the same values for the single path.

    Choices are dictionary-encoded (positions in the fact's choices), lists of choices
    one boolean column per choice and decimals fixed-point whole numbers at two places,
    as a columnar reader gives them; with ``objects``, choices as texts, lists as Python sets
    and decimals as ``Decimal`` objects instead."""
    kind = fact.kind
    if kind == "bool":
        values = rng.random(n) < 0.5
        return values, lambda i: bool(values[i])
    if kind == "enum":
        positions = rng.integers(0, len(fact.choice_ids), n)
        ids = fact.choice_ids
        if not objects:
            return positions, lambda i: ids[positions[i]]
        values = np.array(ids)[positions]
        return values, lambda i: str(values[i])
    if kind == "enum_list":
        picks = rng.random((n, len(fact.choice_ids))) < 0.4
        if not objects:
            choices = fact.choice_ids
            return picks, lambda i: frozenset(
                c for c, p in zip(choices, picks[i], strict=True) if p
            )
        values = np.empty(n, dtype=object)
        values[:] = [frozenset(np.array(fact.choice_ids)[row].tolist()) for row in picks]
        return values, lambda i: values[i]
    if kind == "date":
        lo = max(fact.minimum, ON - timedelta(days=100 * 366)).toordinal()
        hi = min(fact.maximum, ON + timedelta(days=3 * 366)).toordinal()
        days = rng.integers(lo, hi + 1, n) - date(1970, 1, 1).toordinal()
        values = days.astype("datetime64[D]")
        return values, lambda i: date.fromisoformat(str(values[i]))
    scale = 100 if kind == "money" else 1
    lo = int((fact.minimum or 0) * scale)
    hi = int((fact.maximum if fact.maximum is not None else 10**9) * scale)
    spread = np.exp(rng.uniform(0, np.log(hi - lo + 1), n)).astype(np.int64) - 1
    ints = np.minimum(lo + spread, hi)
    if kind == "decimal":
        cents = rng.integers(0, 100, n)
        cents[ints >= hi] = 0  # the upper bound itself, not past it
        texts = [
            f"{v}.{c:02d}" if c else str(v)
            for v, c in zip(ints.tolist(), cents.tolist(), strict=True)
        ]
        if not objects:  # fixed point at two places, as Arrow's decimal columns hold them
            fixed = ints * 100 + cents
            return fixed, lambda i: Decimal(int(fixed[i])).scaleb(-2)
        values = np.empty(n, dtype=object)
        values[:] = [Decimal(t) for t in texts]
        return values, lambda i: values[i]
    return ints, lambda i: int(ints[i])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=250_000)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--check", type=int, default=500)
    parser.add_argument("--schemes", nargs="*")
    parser.add_argument(
        "--objects",
        action="store_true",
        help="choices as texts, lists as Python sets, decimals as Decimal objects",
    )
    args = parser.parse_args()
    n = args.records
    print(f"load average {os.getloadavg()[0]:.2f}; {n:,} records a scheme, on {ON}")
    print("| scheme | compiled | ms | ns/record | left open | checked |")
    print("|---|---|---:|---:|---:|---:|")
    for scheme in rules.registry.all():
        if args.schemes and scheme.id not in args.schemes:
            continue
        rng = np.random.default_rng(20261207)
        cols, getters = {}, {}
        for fact in scheme.facts:
            values, getter = column(fact, n, rng, args.objects)
            encoded = fact.kind == "enum" and not args.objects
            choices = fact.choice_ids if encoded else None
            places = 2 if fact.kind == "decimal" and not args.objects else None
            column_ = Column(values, choices=choices, places=places)
            cols[fact.id], getters[fact.id] = column_, getter
        first = evaluate_bulk(scheme, cols, ON)  # compiles or loads the loop
        samples = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            result = evaluate_bulk(scheme, cols, ON)
            samples.append(time.perf_counter() - start)
        seconds = statistics.median(samples)
        for i in np.linspace(0, n - 1, min(args.check, n)).astype(int).tolist():
            single = rules.evaluate(scheme, {k: g(i) for k, g in getters.items()}, ON)
            if result.row(i) != {"status": single.status, "outputs": single.outputs}:
                raise SystemExit(f"{scheme.id}: record {i} differs from the single path")
        built = kernel_for(scheme, ON, {k: False for k in cols})
        print(
            f"| {scheme.id} | {'yes' if built is not None and first.compiled else 'no'} "
            f"| {seconds * 1e3:.2f} | {seconds / n * 1e9:.1f} | {len(result.rechecked):,} "
            f"| {min(args.check, n):,} |"
        )
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
