"""Every registered scheme runs in the compiled loop and gives, record by record, what the
single-record path gives: the status, every criterion's status and every output, on
random records and on edges (each number at its declared bounds, dates at month ends and
around the reference date, decimals with more places than the loop's scale), with every
answer given and with answers left out. (Columns without a presence mask are compared
for ``ww_inkomensverrekening`` and ``wfw`` in ``test_bulk``.)

The records are drawn from the facts' own definitions, so a scheme added later is
covered without a line here. Each scheme compiles once per column layout (a few seconds
the first time on a machine; later runs load the machine code from the kernel cache).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import numpy as np
import pytest

import rules
from rules import expr as x
from rules.bulk import NOT_IN_LOOP, BulkResult, Column, evaluate_bulk
from rules.bulk.kernels import kernel_for
from rules.bulk.translate import LOOP_FORMS
from rules.engine import evaluate
from rules.parameters import CohortTable, DateBounds

SCHEMES = [s.id for s in rules.registry.all()]
ON = date(2026, 12, 7)
RECORDS = 600


def _number(rng: np.random.Generator, lo: int, hi: int) -> int:
    """An edge, a small value or a value spread over several orders of magnitude."""
    pick = rng.random()
    if pick < 0.1:
        return int(rng.choice([lo, hi, max(lo, min(hi, 0)), max(lo, min(hi, 1))]))
    if pick < 0.5:
        return int(rng.integers(lo, min(hi, lo + 60) + 1))
    span = hi - lo
    magnitude = 10 ** rng.uniform(0, np.log10(span + 1))
    return int(min(hi, lo + int(magnitude)))


def _edge_days(scheme: rules.Scheme) -> list[date]:
    """The days where the scheme's dated figures change, a cohort of the AOW table begins
    or ends, or a day known only as a range begins or ends, with the days beside them:
    where the loop's range comparisons and tables must agree with the single path."""
    found: set[date] = set()
    for parameter in scheme.parameters:
        for period in parameter.periods:
            found.update(d for d in (period.start, period.end) if d is not None)
            values = [period.value]
            if isinstance(period.value, CohortTable):
                table = period.value
                found.add(table.reached_before)
                found.update(d for c in table.cohorts for d in (c.born_from, c.born_to))
            for value in values:
                if isinstance(value, DateBounds):
                    found.update(d for d in (value.earliest, value.latest) if d is not None)
                elif isinstance(value, date):
                    found.add(value)
    return sorted({d + timedelta(days=k) for d in found for k in (-1, 0, 1)})


def _value(fact: Any, rng: np.random.Generator, on: date, edges: list[date]) -> Any:
    kind = fact.kind
    if kind == "bool":
        return bool(rng.random() < 0.5)
    if kind == "enum":
        return str(rng.choice(fact.choice_ids))
    if kind == "enum_list":
        return frozenset(c for c in fact.choice_ids if rng.random() < 0.4)
    if kind == "date":
        pick = rng.random()
        if edges and pick > 0.85:
            return min(max(edges[int(rng.integers(len(edges)))], fact.minimum), fact.maximum)
        if pick < 0.05:
            return fact.minimum if rng.random() < 0.5 else fact.maximum
        if pick < 0.35:  # a birth date: any age
            day = on - timedelta(days=int(rng.integers(0, 100 * 366)))
        else:  # around the reference date
            day = on + timedelta(days=int(rng.integers(-3 * 366, 3 * 366)))
        if rng.random() < 0.2:  # the last day of a month
            day = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return min(max(day, fact.minimum), fact.maximum)
    scale = {"money": 100}.get(kind, 1)
    lo = -(10**12) if fact.minimum is None else int(fact.minimum * scale)
    hi = 10**12 if fact.maximum is None else int(fact.maximum * scale)
    if kind == "decimal":
        places = int(rng.choice([0, 1, 2, 7]))
        whole = _number(rng, int(fact.minimum or 0), int(fact.maximum or 10**6))
        value = Decimal(whole) + Decimal(int(rng.integers(0, 10**places))).scaleb(-places)
        return min(max(value, fact.minimum), fact.maximum)
    return _number(rng, lo, hi)


def _records(scheme: rules.Scheme, seed: int, leave_out: float) -> list[dict[str, Any]]:
    rng = np.random.default_rng(seed)
    edges = _edge_days(scheme)
    records = []
    for k in range(RECORDS):
        record = {f.id: _value(f, rng, ON, edges) for f in scheme.facts}
        if k < 2 * len(scheme.facts):  # each fact at its lower, then its upper bound
            fact = scheme.facts[k // 2]
            if fact.kind in ("int", "money", "date", "decimal"):
                scale = 100 if fact.kind == "money" else 1
                end = fact.minimum if k % 2 == 0 else fact.maximum
                if end is not None:
                    record[fact.id] = end if fact.kind in ("date", "decimal") else int(end * scale)
        for key in record:
            if rng.random() < leave_out:
                record[key] = None
        records.append(record)
    return records


def _columns(
    scheme: rules.Scheme, records: list[dict[str, Any]], masked: bool
) -> dict[str, Column]:
    columns = {}
    for fact in scheme.facts:
        given = np.array([r[fact.id] is not None for r in records], dtype=np.bool_)
        raw = [r[fact.id] for r in records]
        if fact.kind == "date":
            values = np.array([(v or ON).isoformat() for v in raw], dtype="datetime64[D]")
        elif fact.kind == "enum":
            values = np.array([v or "" for v in raw])
        elif fact.kind == "bool":
            values = np.array([bool(v) for v in raw], dtype=np.bool_)
        elif fact.kind in ("decimal", "enum_list"):
            values = np.empty(len(raw), dtype=object)
            values[:] = [frozenset() if v is None and fact.kind == "enum_list" else v for v in raw]
        else:
            values = np.array([0 if v is None else v for v in raw], dtype=np.int64)
        columns[fact.id] = Column(values, given if masked else None)
    return columns


def _compare(
    scheme: rules.Scheme, records: list[dict[str, Any]], masked: bool, on: date = ON
) -> None:
    bulk = evaluate_bulk(scheme, _columns(scheme, records, masked), on)
    assert bulk.compiled, f"{scheme.id} did not compile to the loop"
    for i, record in enumerate(records):
        single = evaluate(scheme, {k: v for k, v in record.items() if v is not None}, on)
        assert bulk.row(i) == {"status": single.status, "outputs": single.outputs}, (i, record)
        for criterion in single.criteria[1:]:
            code = int(bulk.criteria[criterion.id][i])
            assert ("not_met", "unknown", "met")[code] == criterion.status, (
                i,
                criterion.id,
                record,
            )


def _assert_screening_matches(
    scheme: rules.Scheme, records: list[dict[str, Any]], bulk: BulkResult
) -> None:
    """Each record's status and missing facts (in order) as one evaluation gives them."""
    for i, record in enumerate(records):
        single = evaluate(scheme, {k: v for k, v in record.items() if v is not None}, ON)
        got = (
            ("not_eligible", "undetermined", "eligible")[int(bulk.status[i])],
            bulk.missing_of(i),
        )
        assert got == (single.status, single.missing), (i, record)


@pytest.mark.parametrize("scheme_id", SCHEMES)
def test_the_loop_gives_the_single_path_with_answers_given_and_left_out(scheme_id: str) -> None:
    # One column layout per scheme (each layout compiles once): columns with a presence
    # mask, the first records with every answer given, the rest with 30 % left out.
    scheme = rules.registry.get(scheme_id)
    records = _records(scheme, seed=len(scheme_id), leave_out=0)[: RECORDS // 2]
    records += _records(scheme, seed=7 * len(scheme_id), leave_out=0.3)[: RECORDS // 2]
    _compare(scheme, records, masked=True)


@pytest.mark.parametrize("scheme_id", SCHEMES)
def test_a_screening_loop_gives_the_single_paths_status_and_missing_facts(scheme_id: str) -> None:
    # A screening asks only the status and the facts still missing, in the single path's
    # order (the first is the next question): the loop decides them itself wherever it can
    # follow the answers' bounds, so most records never reach the single path.
    scheme = rules.registry.get(scheme_id)
    records = _records(scheme, seed=3 * len(scheme_id), leave_out=0.15)[: RECORDS // 2]
    records += _records(scheme, seed=11 * len(scheme_id), leave_out=0.4)[: RECORDS // 2]
    bulk = evaluate_bulk(scheme, _columns(scheme, records, True), ON, with_outputs=False)
    _assert_screening_matches(scheme, records, bulk)


def test_one_compiled_loop_serves_every_day_with_the_same_figures_and_reads_that_day() -> None:
    # A server keeps a scheme's compiled loop. On a later day with the same figures it must
    # not compile again (a large loop takes minutes), and it must still read that day:
    # here people who reach the AOW age, or whose notice ends, between the two days.
    scheme = rules.registry.get("ww_recht")
    days = [ON, ON + timedelta(days=9)]
    assert scheme.plan.params_on(days[0]) == scheme.plan.params_on(days[1])
    records = _records(scheme, seed=13, leave_out=0)[: RECORDS // 2]
    for k, record in enumerate(records):
        record["birth_date"] = date(1959, 6, 1) + timedelta(days=k * 3)
        record["ww_notice_period_end"] = days[0] + timedelta(days=k % 12 - 1)
    criteria = []
    for day in days:
        _compare(scheme, records, masked=True, on=day)
        criteria.append([[c.status for c in evaluate(scheme, r, day).criteria] for r in records])
    assert criteria[0] != criteria[1]  # the day is read, not written into the loop
    present = dict.fromkeys((f.id for f in scheme.facts), True)
    assert kernel_for(scheme, days[0], present) is kernel_for(scheme, days[1], present)


def test_a_screening_settles_undecided_records_in_the_loop() -> None:
    # Not a speed test: where only choices and yes/no answers are missing (no bounds to
    # weigh), an undetermined record's missing facts come from the loop, never from a
    # second evaluation by the single path.
    scheme = rules.registry.get("wfw")
    numbers = {f.id for f in scheme.facts if f.kind in ("int", "money", "decimal", "date")}
    records = _records(scheme, seed=5, leave_out=0.3)[:RECORDS]
    complete = _records(scheme, seed=5, leave_out=0)[:RECORDS]
    for record, full in zip(records, complete, strict=True):
        record.update({k: full[k] for k in numbers if record.get(k) is None})
    bulk = evaluate_bulk(scheme, _columns(scheme, records, True), ON, with_outputs=False)
    assert int((bulk.status == 1).sum()) > 50
    assert not bulk.rechecked


@pytest.mark.parametrize(
    ("scheme_id", "left_out"),
    [
        ("ww_inkomensverrekening", ("income_month_eur",)),
        ("slim", ("slim_costs_eur", "de_minimis_3y_eur", "enterprise_turnover_eur")),
        ("wfw", ("birth_date", "wfw_intended_start_date", "wfw_weeks_in_service")),
        ("ww_herleving", ("ww_end_date", "ww_remaining_months_at_end", "ww_new_dagloon_eur")),
    ],
)
def test_bounds_carried_through_arithmetic_and_dates_settle_a_screening_in_the_loop(
    scheme_id: str, left_out: tuple[str, ...]
) -> None:
    # Not a speed test: an unanswered amount, decimal or date that reaches a condition
    # through arithmetic, a minimum, a date shift or the AOW table is weighed in the loop
    # within its bounds, as the single path's second pass weighs it, so a screening says
    # what one screening says without evaluating any record a second time.
    scheme = rules.registry.get(scheme_id)
    records = _records(scheme, seed=13, leave_out=0)[:RECORDS]
    decimals = [f.id for f in scheme.facts if f.kind == "decimal"]
    for record in records:
        record.update(dict.fromkeys(left_out))
        for key in decimals:  # within the loop's scale (more places go to the single path)
            if record[key] is not None:
                record[key] = record[key].quantize(Decimal("0.01"), rounding="ROUND_DOWN")
    bulk = evaluate_bulk(scheme, _columns(scheme, records, True), ON, with_outputs=False)
    assert int((bulk.status == 1).sum()) > 20
    assert not bulk.rechecked
    _assert_screening_matches(scheme, records, bulk)


def _node_classes() -> set[type]:
    found: set[type] = set()
    stack = [x.Expr]
    while stack:
        cls = stack.pop()
        for sub in cls.__subclasses__():
            stack.append(sub)
            if not sub.__name__.startswith("_"):
                found.add(sub)
    return found


def test_every_expression_node_has_a_loop_form_or_a_stated_reason() -> None:
    without = {cls.__name__ for cls in _node_classes() if cls not in LOOP_FORMS}
    assert without == set(NOT_IN_LOOP), (
        "give these nodes a loop form in rules.bulk.translate, or list them in NOT_IN_LOOP "
        f"with the reason: {sorted(without ^ set(NOT_IN_LOOP))}"
    )
    assert all(reason.strip() for reason in NOT_IN_LOOP.values())
