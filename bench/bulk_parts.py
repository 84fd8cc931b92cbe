"""Where a bulk evaluation's time goes, per scheme: the whole call, turning the columns
into the loop's arrays, and the loop alone, writing into memory it wrote before and into
fresh memory.

Run from the repository root, pinned to one core:

    taskset -c 1 python bench/bulk_parts.py                  # every scheme
    taskset -c 1 python bench/bulk_parts.py wfw stap          # some

The records are those of ``bench/bulk_schemes.py`` (every fact answered, 250,000 a
scheme). Each figure is the median of 7 calls, in nanoseconds per record. The loop
writing into fresh memory pays for each new page once; the difference between the two
loop figures is that price. A benchmark, not a test.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bulk_schemes import ON, column

import rules
from rules.bulk import Column, evaluate_bulk
from rules.bulk.columns import loop_arrays
from rules.bulk.kernels import kernel_for

N = 250_000


def per_record(call: Callable[[], object], repeats: int = 7) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) / N * 1e9


def parts(scheme: rules.Scheme) -> tuple[float, float, float, float]:
    """The whole call, the columns turned into arrays, the loop, the loop on fresh memory."""
    rng = np.random.default_rng(20261207)
    cols = {}
    for fact in scheme.facts:
        values, _ = column(fact, N, rng)
        choices = fact.choice_ids if fact.kind == "enum" else None
        places = 2 if fact.kind == "decimal" else None
        cols[fact.id] = Column(values, choices=choices, places=places)
    evaluate_bulk(scheme, cols, ON)  # compiles or loads the loop
    built = kernel_for(scheme, ON, {k: False for k in cols})
    assert built is not None
    kernel, gen, args, layout = built
    arrays, _ = loop_arrays(scheme, cols, N, gen, args)

    def blocks() -> list[np.ndarray[Any, Any]]:
        return [
            np.empty((len(layout.small), N), dtype=np.int8),
            np.zeros((len(layout.narrow), N), dtype=np.int32),
            np.zeros((len(layout.wide), N), dtype=np.int64),
            np.empty((len(layout.masks), N), dtype=np.bool_),
        ]

    kept = blocks()
    day = ON.toordinal()
    return (
        per_record(lambda: evaluate_bulk(scheme, cols, ON)),
        per_record(lambda: loop_arrays(scheme, cols, N, gen, args)),
        per_record(lambda: kernel(N, day, *arrays, *kept)),
        per_record(lambda: kernel(N, day, *arrays, *blocks())),
    )


def main() -> None:
    wanted = set(sys.argv[1:])
    print("| scheme | whole call | columns to arrays | loop | loop, fresh memory |")
    print("|---|---:|---:|---:|---:|")
    for scheme in rules.registry.all():
        if not wanted or scheme.id in wanted:
            figures = " | ".join(f"{f:.1f}" for f in parts(scheme))
            print(f"| {scheme.id} | {figures} |")


if __name__ == "__main__":
    main()
