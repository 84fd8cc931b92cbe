"""This project's engine beside OpenFisca-core on the WW month rule, in one run.

Run it with `bash bench/peer/run.sh` (which makes the virtual environment with
OpenFisca-core and pins the process to one core). Both sides get the same cases:

1. Hand-worked cases (below, each worked out in its comment): both must give the amount to
   the cent, or the run stops.
2. One case at a time: from the answers of one person to the benefit of the month. Ours:
   `rules.parse_facts` (reading and checking the JSON answers) + `rules.evaluate` + the
   outputs (status, every criterion and every amount of the scheme), and the same from
   answers already parsed. OpenFisca: its quickest path for one person, a default
   simulation of one, `set_input` of each input (numpy arrays made beforehand, so nothing
   is parsed or checked) and `calculate("ww_benefit")`.
3. A batch of N records (250,000 by default) at once. Ours: `rules.bulk.evaluate_bulk` from
   in-memory columns (eurocents). OpenFisca: a simulation of N persons, `set_input` of each
   column, `calculate("ww_benefit")`. Plain float64 numpy on the same columns is timed for
   scale.

Every amount is then checked against exact arithmetic (fractions of eurocents, rounded
half-up to the cent once at the end): the number each side gets wrong is printed. The
timings alternate between the sides, `--rounds` times; the best round of each side counts.
This is a benchmark, not a test: beyond the hand-worked cases it measures and prints.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent.parent), str(HERE)]

import ww_openfisca  # noqa: E402
from openfisca_core.simulation_builder import SimulationBuilder  # noqa: E402

import rules  # noqa: E402
from rules.bulk import Column, evaluate_bulk  # noqa: E402

ON = date(2026, 3, 16)
PERIOD = "2026-03"
SCHEME = rules.registry.get("ww_inkomensverrekening")
SYSTEM = ww_openfisca.tax_benefit_system()


@dataclass(frozen=True)
class Cases:
    """N WW months: dagloon C, dagloon before the cap D (0: not capped), income B, all in
    eurocents, and the month of the benefit."""

    capped: np.ndarray[Any, Any]
    uncapped: np.ndarray[Any, Any]
    income: np.ndarray[Any, Any]
    month: np.ndarray[Any, Any]

    def __len__(self) -> int:
        return len(self.capped)

    def take(self, start: int, stop: int) -> Cases:
        return Cases(
            self.capped[start:stop],
            self.uncapped[start:stop],
            self.income[start:stop],
            self.month[start:stop],
        )


# (C, D or 0, B, month) in euros, and the benefit worked out by hand.
HAND_WORKED = [
    # A = 21.75 × 150 = 3,262.50; 87.5 % = 2,854.6875; 70 % × (3,262.50 − 1,200) = 1,443.75.
    (("150.00", "0", "1200.00", 3), "1443.75"),
    # Month 1: A = 2,175; 75 % × (2,175 − 500) = 1,256.25.
    (("100.00", "0", "500.00", 1), "1256.25"),
    # Capped: counted 2,000 × 304.25 / 400 = 1,521.25; A = 6,617.4375;
    # 70 % × 5,096.1875 = 3,567.33125 → 3,567.33.
    (("304.25", "400.00", "2000.00", 3), "3567.33"),
    # A = 2,175, 87.5 % = 1,903.125 < 2,000: the right ends, nothing this month.
    (("100.00", "0", "2000.00", 3), "0.00"),
    # A = 3,480, 87.5 % = 3,045.00: exactly on the limit is not above it; 70 % × 435 = 304.50.
    (("160.00", "0", "3045.00", 3), "304.50"),
    # One cent above the limit: the right ends.
    (("160.00", "0", "3045.01", 3), "0.00"),
    # No income: 70 % of A = 70 % × 1,305 = 913.50.
    (("60.00", "0", "0.00", 5), "913.50"),
]


def cents(euros: str) -> int:
    whole, _, part = euros.partition(".")
    return int(whole) * 100 + int((part + "00")[:2])


def hand_cases() -> tuple[Cases, list[int]]:
    rows = [tuple(cents(v) if isinstance(v, str) else v for v in case) for case, _ in HAND_WORKED]
    columns = [np.array(column, dtype=np.int64) for column in zip(*rows, strict=True)]
    return Cases(*columns), [cents(expected) for _, expected in HAND_WORKED]


def random_cases(n: int, seed: int = 7) -> Cases:
    """Seeded WW months: dagloon € 50.00 to € 304.24, one in ten capped (D above C), income
    € 0 to € 7,000, and one in twenty exactly on the 87.5 % limit or one cent above it."""
    rng = np.random.default_rng(seed)
    capped = rng.integers(5_000, 30_425, n)
    uncapped = np.where(rng.random(n) < 0.1, capped + rng.integers(1, 20_000, n), 0)
    income = rng.integers(0, 700_000, n)
    # On the limit: the largest income in cents whose counted income is at most 87.5 % of A.
    d = np.where(uncapped > 0, uncapped, capped)
    on_limit = (1_903_125 * d) // 100_000
    edge = rng.random(n) < 0.05
    income = np.where(edge, on_limit + rng.integers(0, 2, n), income)
    return Cases(capped, uncapped, income, rng.integers(1, 25, n))


# Exact arithmetic --------------------------------------------------------------------------


def exact_benefit(c: int, d: int, b: int, month: int) -> int:
    """The benefit in eurocents, in fractions, rounded half-up to the cent once."""
    d = d or c
    maandloon = Fraction(2175, 100) * c
    counted = Fraction(b * c, d)
    if b > 0 and counted > Fraction(875, 1000) * maandloon:
        return 0
    pct = Fraction(75, 100) if month <= 2 else Fraction(70, 100)
    value = max(Fraction(0), pct * (maandloon - counted))
    return int((value + Fraction(1, 2)) // 1)


def exact(cases: Cases) -> np.ndarray[Any, Any]:
    return np.array(
        [
            exact_benefit(int(c), int(d), int(b), int(m))
            for c, d, b, m in zip(
                cases.capped, cases.uncapped, cases.income, cases.month, strict=True
            )
        ],
        dtype=np.int64,
    )


def float_cents(euros: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """A float amount as the cents it shows: rounded half-up to the cent."""
    return np.floor(euros.astype(np.float64) * 100 + 0.5).astype(np.int64)


# Our side ----------------------------------------------------------------------------------


def euros(value: int) -> str:
    return f"{value // 100}.{value % 100:02d}"


def our_facts(cases: Cases) -> list[dict[str, Any]]:
    """The answers as a client sends them (JSON: amounts as decimal strings)."""
    facts = []
    for c, d, b, m in zip(cases.capped, cases.uncapped, cases.income, cases.month, strict=True):
        one = {
            "ww_dagloon_eur": euros(int(c)),
            "income_month_eur": euros(int(b)),
            "ww_month_number": int(m),
            # Not part of the amount (only of UWV's two-month practice), but a complete
            # answer: without it the scheme leaves that output open.
            "income_prev_month_above_threshold": False,
        }
        if d:
            one["ww_dagloon_uncapped_eur"] = euros(int(d))
        facts.append(one)
    return facts


def ours_one(raw: dict[str, Any]) -> int:
    result = rules.evaluate(SCHEME, rules.parse_facts(raw, SCHEME), ON)
    return cents(result.outputs["benefit_eur"])


def ours_one_parsed(facts: Any) -> int:
    """The same from answers already parsed and checked (as OpenFisca's arrays are)."""
    return cents(rules.evaluate(SCHEME, facts, ON).outputs["benefit_eur"])


def our_columns(cases: Cases) -> dict[str, Column]:
    return {
        "ww_dagloon_eur": Column(cases.capped),
        "ww_dagloon_uncapped_eur": Column(cases.uncapped, cases.uncapped > 0),
        "income_month_eur": Column(cases.income),
        "ww_month_number": Column(cases.month),
        "income_prev_month_above_threshold": Column(np.zeros(len(cases), dtype=np.bool_)),
    }


def ours_batch(columns: dict[str, Column]) -> Any:
    return evaluate_bulk(SCHEME, columns, ON)


def ours_batch_cents(result: Any) -> np.ndarray[Any, Any]:
    return np.array(
        [cents(result.output("benefit_eur", i)) for i in range(len(result))], dtype=np.int64
    )


# OpenFisca's side --------------------------------------------------------------------------


def peer_inputs(cases: Cases) -> dict[str, np.ndarray[Any, Any]]:
    """OpenFisca's inputs: euros as floats, the month as an integer."""
    return {
        "ww_dagloon": cases.capped / 100,
        "ww_dagloon_uncapped": cases.uncapped / 100,
        "income_month": cases.income / 100,
        "ww_month_number": cases.month,
    }


def peer(inputs: dict[str, np.ndarray[Any, Any]]) -> np.ndarray[Any, Any]:
    n = len(inputs["ww_month_number"])
    simulation = SimulationBuilder().build_default_simulation(SYSTEM, n)
    for name, values in inputs.items():
        simulation.set_input(name, PERIOD, values)
    result: np.ndarray[Any, Any] = simulation.calculate("ww_benefit", PERIOD)
    return result


def peer_one(one: dict[str, np.ndarray[Any, Any]]) -> int:
    return int(float_cents(peer(one))[0])


def numpy_float64(cases: Cases) -> np.ndarray[Any, Any]:
    """The rule in plain float64 numpy, for scale."""
    c = cases.capped / 100
    d = np.where(cases.uncapped > 0, cases.uncapped / 100, c)
    b = cases.income / 100
    maandloon = 21.75 * c
    counted = b * c / d
    ends = (b > 0) & (counted > 0.875 * maandloon)
    pct = np.where(cases.month <= 2, 0.75, 0.70)
    return np.where(ends, 0.0, np.maximum(0.0, pct * (maandloon - counted)))


# Timing ------------------------------------------------------------------------------------


def median_of(fn: Callable[[], object], repeats: int) -> float:
    """Median seconds of `repeats` calls."""
    fn()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def per_case(fn: Callable[[Any], object], items: list[Any], repeats: int) -> float:
    """Median seconds per case over `repeats` passes over `items`."""

    def one_pass() -> None:
        for item in items:
            fn(item)

    return median_of(one_pass, repeats) / len(items)


def check_hand_worked() -> None:
    cases, expected = hand_cases()
    ours = [ours_one(raw) for raw in our_facts(cases)]
    theirs = float_cents(peer(peer_inputs(cases))).tolist()
    alone = [peer_one(peer_inputs(cases.take(i, i + 1))) for i in range(len(cases))]
    for i, want in enumerate(expected):
        got = {"ours": ours[i], "openfisca": theirs[i], "openfisca, one case": alone[i]}
        wrong = {side: euros(value) for side, value in got.items() if value != want}
        if wrong:
            raise SystemExit(
                f"hand-worked case {HAND_WORKED[i][0]}: {euros(want)} expected, {wrong}"
            )
    print(f"hand-worked cases: {len(expected)} of {len(expected)} agree on both sides")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=250_000)
    parser.add_argument("--single", type=int, default=1_000, help="cases timed one at a time")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    print(
        f"Python {platform.python_version()}, numpy {np.__version__}, "
        f"OpenFisca-core {version('openfisca-core')}"
    )
    check_hand_worked()

    cases = random_cases(args.records)
    few = cases.take(0, args.single)
    our_few = our_facts(few)
    our_parsed = [rules.parse_facts(raw, SCHEME) for raw in our_few]
    peer_few = [peer_inputs(few.take(i, i + 1)) for i in range(len(few))]
    columns = our_columns(cases)
    inputs = peer_inputs(cases)
    ours_batch(columns)  # the loop compiled (or loaded) before timing

    times: dict[str, list[float]] = {
        k: [] for k in ("ours_one", "ours_parsed", "peer_one", "ours", "peer", "np")
    }
    for _ in range(args.rounds):
        times["ours_one"].append(per_case(ours_one, our_few, args.repeats))
        times["ours_parsed"].append(per_case(ours_one_parsed, our_parsed, args.repeats))
        times["peer_one"].append(per_case(peer_one, peer_few, max(1, args.repeats // 2)))
        times["ours"].append(median_of(lambda: ours_batch(columns), args.repeats))
        times["peer"].append(median_of(lambda: peer(inputs), args.repeats))
        times["np"].append(median_of(lambda: numpy_float64(cases), args.repeats))
    best = {k: min(v) for k, v in times.items()}

    truth = exact(cases)
    result = ours_batch(columns)
    wrong = {
        "ours, batch": int(np.count_nonzero(ours_batch_cents(result) != truth)),
        "OpenFisca, batch": int(np.count_nonzero(float_cents(peer(inputs)) != truth)),
        "numpy float64": int(np.count_nonzero(float_cents(numpy_float64(cases)) != truth)),
        "ours, one case": sum(ours_one(r) != t for r, t in zip(our_few, truth, strict=False)),
        "OpenFisca, one case": sum(peer_one(p) != t for p, t in zip(peer_few, truth, strict=False)),
    }

    n = len(cases)
    print()
    print("| measure | ours | OpenFisca | OpenFisca ÷ ours |")
    print("|---|---:|---:|---:|")
    print(
        f"| one case from its JSON answers (mean of {len(few):,} cases) "
        f"| {best['ours_one'] * 1e6:.1f} µs | {best['peer_one'] * 1e6:.1f} µs "
        f"| **{best['peer_one'] / best['ours_one']:.1f}×** |"
    )
    print(
        f"| one case from parsed answers | {best['ours_parsed'] * 1e6:.1f} µs "
        f"| {best['peer_one'] * 1e6:.1f} µs | **{best['peer_one'] / best['ours_parsed']:.1f}×** |"
    )
    print(
        f"| {n:,} records at once | {best['ours'] * 1e3:.2f} ms | {best['peer'] * 1e3:.2f} ms "
        f"| **{best['peer'] / best['ours']:.1f}×** |"
    )
    print(
        f"| plain float64 numpy, {n:,} records | | | {best['np'] * 1e3:.2f} ms "
        f"(ours ÷ numpy {best['ours'] / best['np']:.1f}×) |"
    )
    print()
    print("| amounts wrong against exact arithmetic | records | wrong |")
    print("|---|---:|---:|")
    for label, count in wrong.items():
        size = len(few) if "one case" in label else n
        print(f"| {label} | {size:,} | {count:,} ({count / size:.2%}) |")
    print()
    for key, label in (
        ("ours_one", "ours, one case (µs)"),
        ("ours_parsed", "ours, one case from parsed answers (µs)"),
        ("peer_one", "OpenFisca, one case (µs)"),
        ("ours", "ours, batch (ms)"),
        ("peer", "OpenFisca, batch (ms)"),
        ("np", "numpy float64, batch (ms)"),
    ):
        scale = 1e6 if "µs" in label else 1e3
        print(f"rounds, {label}: " + ", ".join(f"{t * scale:.2f}" for t in times[key]))


if __name__ == "__main__":
    main()
