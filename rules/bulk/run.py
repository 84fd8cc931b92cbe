"""Running the loops: :func:`evaluate_bulk` and screenings, :func:`next_questions`, the
rules on the answers, and the single path for the records a loop leaves open or cannot
take.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np

from rules import expr as x
from rules.bulk.blame import BOUNDS_BIT
from rules.bulk.cache import KERNELS, compiled
from rules.bulk.columns import loop_arrays
from rules.bulk.kernels import DOUBT, OPEN, RANGE_UNWEIGHED, Layout, build_tests, kernel_for
from rules.bulk.result import STATUS_NAMES, BulkResult, ChoiceColumn, Column
from rules.bulk.translate import Gen, declared_bounds
from rules.bulk.values import NotCompilable
from rules.engine import MET, NOT_MET, UNKNOWN, cached_availability, evaluate
from rules.scheme import OutputKind, Scheme

_CODES = {NOT_MET: 0, UNKNOWN: 1, MET: 2}


def evaluate_bulk(
    scheme: Scheme,
    columns: Mapping[str, Column | Sequence[Any] | np.ndarray[Any, Any]],
    on: date,
    *,
    with_outputs: bool = True,
) -> BulkResult:
    """Evaluate N records given as columns (one per fact, parsed values) on ``on``.

    Without ``with_outputs`` (a screening: statuses and missing facts only), only the
    records whose status the loop leaves undecided go to the single path, and they get no
    outputs (``rechecked`` maps them to ``{}``); a decided record's criteria then show
    unknown where only the answers' bounds would decide them."""
    cols = {k: v if isinstance(v, Column) else Column(np.asarray(v)) for k, v in columns.items()}
    n = len(next(iter(cols.values())).values) if cols else 0
    for key, col in cols.items():
        if not scheme.has_fact(key):
            raise ValueError(f"scheme {scheme.id} has no fact {key}")
        if len(col.values) != n or (col.present is not None and len(col.present) != n):
            raise ValueError(f"column {key} does not have {n} records")
    present = {k: c.present is not None for k, c in cols.items()}
    built = kernel_for(scheme, on, present, screening=not with_outputs)
    if built is None:
        return _record_by_record(scheme, cols, n, on)
    if not with_outputs:
        return _screen(scheme, cols, n, on, *built)
    return _run(scheme, cols, n, on, *built)


def _execute(
    scheme: Scheme,
    cols: Mapping[str, Column],
    n: int,
    on: date,
    kernel: Any,
    gen: Gen,
    args: list[str],
    layout: Layout,
) -> tuple[Any, ...]:
    """Run the loop: its four blocks, each record's status from the availability and the
    criteria, the criteria's rows, and the records whose decimals are off its scale."""
    arrays, deferred = loop_arrays(scheme, cols, n, gen, args)
    small = np.empty((len(layout.small), n), dtype=np.int8)
    narrow = np.zeros((len(layout.narrow), n), dtype=np.int32)
    wide = np.zeros((len(layout.wide), n), dtype=np.int64)
    masks = np.empty((len(layout.masks), n), dtype=np.bool_)
    bad = kernel(n, on.toordinal(), *arrays, small, narrow, wide, masks)
    if bad >= 0:
        raise ValueError(f"record {bad} holds a value outside its fact's bounds")
    status = np.full(n, _CODES[cached_availability(scheme, on).criterion.status], dtype=np.int8)
    criteria = {c.id: small[row] for row, c in enumerate(scheme.criteria)}
    for codes_row in criteria.values():
        np.minimum(status, codes_row, out=status)
    return small, narrow, wide, masks, status, criteria, deferred


def _run(
    scheme: Scheme,
    cols: Mapping[str, Column],
    n: int,
    on: date,
    kernel: Any,
    gen: Gen,
    args: list[str],
    layout: Layout,
) -> BulkResult:
    small, narrow, wide, masks, status, criteria, deferred = _execute(
        scheme, cols, n, on, kernel, gen, args, layout
    )
    rows = np.flatnonzero(small[layout.small.index(OPEN)])
    if deferred:
        rows = np.union1d(rows, np.concatenate(deferred))
    rechecked = _recheck(scheme, cols, on, rows)
    for i, result in rechecked.items():
        status[i] = STATUS_NAMES.index(result.status)
        for criterion in result.criteria[1:]:
            criteria[criterion.id][i] = _CODES[criterion.status]
    blocks: dict[str, np.ndarray[Any, Any]] = {"small": small, "narrow": narrow, "wide": wide}
    inverse = {code: enum_id for enum_id, code in gen.enum_codes.items()}
    outputs: dict[str, Any] = {}
    known: dict[str, Any] = {}
    for o in scheme.outputs:
        block, row = layout.output_rows[o.id]
        values = blocks[block][row]
        mask_row = layout.output_mask[o.id]
        if block == "small":
            known[o.id] = values != 2
        else:
            known[o.id] = None if mask_row is None else masks[mask_row]
        if o.kind in (OutputKind.ENUM, OutputKind.STRING):
            names = tuple(inverse.get(code) for code in range(max(inverse, default=0) + 1))
            outputs[o.id] = ChoiceColumn(values, names)  # code 0: unknown
        else:
            outputs[o.id] = values
    return BulkResult(
        scheme.id,
        on,
        status,
        criteria,
        outputs,
        known,
        {o.id: (o.kind, o.places) for o in scheme.outputs},
        compiled=True,
        rechecked={i: r.outputs for i, r in rechecked.items()},
        missing={i: result.missing for i, result in rechecked.items() if result.missing},
        fact_ids=tuple(f.id for f in scheme.facts),
    )


def _screen(
    scheme: Scheme,
    cols: Mapping[str, Column],
    n: int,
    on: date,
    kernel: Any,
    gen: Gen,
    args: list[str],
    layout: Layout,
) -> BulkResult:
    """Statuses and missing facts only. A status the loop decides is the single path's
    too (bounds decide only what the loop leaves open); an undecided record's missing
    facts come from the loop's blame masks, ranked as :func:`rules.engine.evaluate` ranks
    them, unless the single path might narrow something from bounds: such a record, and
    one the loop cannot follow, is evaluated by the single path."""
    small, _, blames, _, status, criteria, deferred = _execute(
        scheme, cols, n, on, kernel, gen, args, layout
    )
    criteria_count = len(scheme.criteria)
    undecided = status == 1
    if scheme.plan.bounds_on(on):  # a figure known only within bounds: the single path
        narrowed = undecided
    else:
        bounded = np.zeros(n, dtype=np.bool_)
        for row in range(criteria_count):
            bounded |= (blames[row] >> BOUNDS_BIT) & 1 == 1
        narrowed = undecided & (bounded | (small[layout.small.index(RANGE_UNWEIGHED)] == 1))
    single = narrowed | (small[layout.small.index(DOUBT)] == 1)
    if deferred:
        single[np.concatenate(deferred)] = True
    rechecked = _recheck(scheme, cols, on, np.flatnonzero(single))
    settled = undecided & ~single
    rank = np.full((n, len(scheme.facts)), -1, dtype=np.int8)
    compiled(_rank_missing)(blames, settled, rank)
    for i, result in rechecked.items():
        status[i] = STATUS_NAMES.index(result.status)
        for criterion in result.criteria[1:]:
            criteria[criterion.id][i] = _CODES[criterion.status]
        rank[i] = -1
        for position, fact_id in enumerate(result.missing):
            rank[i, scheme.plan.fact_rank[fact_id]] = position
    return BulkResult(
        scheme.id,
        on,
        status,
        criteria,
        {},
        {},
        {},
        compiled=True,
        rechecked={i: {} for i in rechecked},
        missing={i: result.missing for i, result in rechecked.items() if result.missing},
        missing_rank=rank,
        fact_ids=tuple(f.id for f in scheme.facts),
    )


def next_questions(results: Sequence[BulkResult]) -> list[str | None]:
    """Per record, the next question of a screening over the schemes of ``results`` (in
    the registry's order), as :func:`rules.screen` chooses it: the fact in the most
    missing lists, then the earliest place in one, then the earlier scheme, then the id."""
    if not results:
        return []
    n = len(results[0])
    fact_ids = sorted({f for r in results for f in r.fact_ids})
    index = {f: k for k, f in enumerate(fact_ids)}
    ranks = np.concatenate([r.ranks() for r in results], axis=1)
    columns = [(order, index[f]) for order, r in enumerate(results) for f in r.fact_ids]
    orders = np.array([c[0] for c in columns], dtype=np.int64)
    globals_ = np.array([c[1] for c in columns], dtype=np.int64)
    chosen = np.full(n, -1, dtype=np.int64)
    compiled(_first_questions)(ranks, orders, globals_, len(fact_ids), chosen)
    return [None if k < 0 else fact_ids[k] for k in chosen.tolist()]


def _first_questions(  # pragma: no cover
    ranks: Any, orders: Any, facts: Any, fact_count: int, chosen: Any
) -> None:
    """The compiled part of :func:`next_questions` (facts numbered in id order)."""
    count = np.zeros(fact_count, dtype=np.int64)
    place = np.zeros(fact_count, dtype=np.int64)
    first = np.zeros(fact_count, dtype=np.int64)
    touched = np.zeros(ranks.shape[1], dtype=np.int64)
    for i in range(ranks.shape[0]):
        seen = 0
        for t in range(ranks.shape[1]):
            p = ranks[i, t]
            if p < 0:
                continue
            f = facts[t]
            if count[f] == 0:
                touched[seen] = f
                seen += 1
                place[f] = p
                first[f] = orders[t]
            else:
                place[f] = min(place[f], p)
                first[f] = min(first[f], orders[t])
            count[f] += 1
        best = -1
        for k in range(seen):
            f = touched[k]
            if best < 0 or (
                (-count[f], place[f], first[f], f) < (-count[best], place[best], first[best], best)
            ):
                best = f
        chosen[i] = best
        for k in range(seen):
            count[touched[k]] = 0


def _rank_missing(masks: Any, settled: Any, rank: Any) -> None:  # pragma: no cover
    """For each settled record: each fact's place in ``missing`` (-1: not in it). A fact
    behind more open criteria comes first, ties in the scheme's fact order (the bit
    order), as :func:`rules.engine.evaluate` orders them. Compiled by
    :func:`rules.bulk.cache.compiled`."""
    facts = rank.shape[1]
    counts = np.zeros(facts, dtype=np.int64)
    for i in range(masks.shape[1]):
        if not settled[i]:
            continue
        for f in range(facts):
            counts[f] = 0
        for c in range(masks.shape[0]):
            m = masks[c, i]
            f = 0
            while m != 0 and f < facts:
                if m & 1:
                    counts[f] += 1
                m >>= 1
                f += 1
        for f in range(facts):
            if counts[f] == 0:
                continue
            place = 0
            for g in range(facts):
                if counts[g] > counts[f] or (counts[g] == counts[f] and g < f):
                    place += 1
            rank[i, f] = place


def check_constraints_bulk(
    scheme: Scheme, columns: Mapping[str, Column], on: date
) -> dict[str, np.ndarray[Any, Any]] | None:
    """Per rule on the answers (``scheme.constraints``), per record: 0 the rule is broken,
    1 it holds or cannot be decided yet (as :func:`rules.registry.check_constraints`
    decides: only a test that is false breaks it), 2 the loop cannot tell (a decimal off
    its scale): the caller checks those records one by one. ``None`` when the rules have
    no loop form; they are then checked record by record."""
    if not scheme.constraints:
        return {}
    nodes = [node for c in scheme.constraints for node in c.test.walk()]
    if any(isinstance(node, x.On | x.Param | x.ParamOn | x.Out | x.Crit) for node in nodes):
        return None  # the rules are checked without a reference date or outputs
    cols = dict(columns)
    n = len(next(iter(cols.values())).values) if cols else 0
    present = {k: c.present is not None for k, c in cols.items()}
    key = ("constraints", scheme.id, tuple(sorted(present.items())))
    if key not in KERNELS:
        try:
            KERNELS[key] = build_tests(scheme, present, [c.test for c in scheme.constraints])
        except NotCompilable:
            KERNELS[key] = None
    built = KERNELS[key]
    if built is None:
        return None
    kernel, gen, args = built
    arrays, deferred = loop_arrays(scheme, cols, n, gen, args)
    small = np.empty((len(scheme.constraints), n), dtype=np.int8)
    narrow, wide = np.zeros((0, n), dtype=np.int32), np.zeros((0, n), dtype=np.int64)
    bad = kernel(n, on.toordinal(), *arrays, small, narrow, wide, np.zeros((0, n), dtype=np.bool_))
    if bad >= 0:
        raise ValueError(f"record {bad} holds a value outside its fact's bounds")
    found = {}
    for row, constraint in enumerate(scheme.constraints):
        holds = np.where(small[row] == 0, 0, 1).astype(np.int8)
        if deferred:
            holds[np.concatenate(deferred)] = 2
        found[constraint.id] = holds
    return found


def _recheck(
    scheme: Scheme, cols: Mapping[str, Column], on: date, rows: np.ndarray[Any, Any]
) -> dict[int, Any]:
    """The single path's results for the records the loop left open."""
    definitions = {key: scheme.fact(key) for key in cols}
    found: dict[int, Any] = {}
    for i in rows.tolist():
        facts: dict[str, Any] = {}
        for key, col in cols.items():
            if col.present is None or col.present[i]:
                facts[key] = _engine_value(definitions[key], col.cell(i), i)
        found[i] = evaluate(scheme, facts, on)
    return found


def _engine_value(fact: Any, value: Any, record: int) -> Any:
    """A column cell as the single-record engine takes it, within the fact's bounds (the
    same check the compiled loop makes)."""
    if isinstance(value, np.datetime64):
        value = date.fromisoformat(str(value.astype("datetime64[D]")))
    elif isinstance(value, np.generic):
        value = value.item()
    kind = fact.kind
    if kind == "bool":
        return bool(value)
    if kind == "enum_list":
        if isinstance(value, np.ndarray):  # one column per choice
            return frozenset(c for c, given in zip(fact.choice_ids, value, strict=True) if given)
        return frozenset(value)
    if kind in ("int", "money", "date"):
        lo, hi = declared_bounds(fact)
        position = value.toordinal() if kind == "date" else int(value)
        if not lo <= position <= hi:
            raise ValueError(f"record {record} holds a value outside its fact's bounds")
        return value if kind == "date" else int(value)
    if kind == "decimal" and not isinstance(value, Decimal):
        try:
            return Decimal(value if isinstance(value, str) else int(value))
        except (ArithmeticError, TypeError, ValueError):
            raise ValueError(f"record {record} holds a value that is no number") from None
    if kind == "enum" and value not in fact.choice_ids:
        raise ValueError(f"record {record} holds a value that is no choice of {fact.id}")
    return value


def _record_by_record(scheme: Scheme, cols: Mapping[str, Column], n: int, on: date) -> BulkResult:
    status = np.empty(n, dtype=np.int8)
    criteria = {c.id: np.empty(n, dtype=np.int8) for c in scheme.criteria}
    outputs: dict[str, list[Any]] = {o.id: [] for o in scheme.outputs}
    missing: dict[int, tuple[str, ...]] = {}
    definitions = {key: scheme.fact(key) for key in cols}
    for i in range(n):
        facts: dict[str, Any] = {}
        for key, col in cols.items():
            if col.present is None or col.present[i]:
                facts[key] = _engine_value(definitions[key], col.cell(i), i)
        result = evaluate(scheme, facts, on)
        status[i] = STATUS_NAMES.index(result.status)
        for criterion in result.criteria[1:]:
            criteria[criterion.id][i] = _CODES[criterion.status]
        for key, value in result.outputs.items():
            outputs[key].append(value)
        if result.missing:
            missing[i] = result.missing
    return BulkResult(
        scheme.id,
        on,
        status,
        criteria,
        dict(outputs),
        {k: None for k in outputs},
        {o.id: (o.kind, o.places) for o in scheme.outputs},
        compiled=False,
        missing=missing,
        fact_ids=tuple(f.id for f in scheme.facts),
    )
