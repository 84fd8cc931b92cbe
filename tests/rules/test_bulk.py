"""Bulk evaluation gives, record by record, what the single-record path gives.

``ww_inkomensverrekening`` is compiled into one integer loop; its rows are compared with
``rules.evaluate`` on random records and on hand-picked edges (the 87.5 % threshold to the
cent, 0 and 23 working days, D = C and D > C, the facts' bounds, months 1-3), once with
every column complete and once with columns that leave answers out. ``wfw`` (calendar
months, working days, the AOW cohort table) compiles too; its rows must be the same.
Each distinct set of columns compiles once (about two seconds), so the tests share two
column layouts for ``ww_inkomensverrekening``. Every other scheme is compared in
``test_bulk_schemes``.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import numpy as np
import pytest

import rules
from rules.bulk import BulkResult, Column, evaluate_bulk
from rules.bulk.translate import _all, _any, _one_of
from rules.scheme import Output, OutputKind
from rules.texts import t
from tests.rules.toy_scheme import INCOME, build

WW = rules.registry.get("ww_inkomensverrekening")
WFW = rules.registry.get("wfw")
ON = date(2026, 3, 16)
RANDOM_RECORDS = 1_200

MONEY = ("income_month_eur", "ww_dagloon_eur", "ww_dagloon_uncapped_eur")
INTS = ("ww_month_number", "ww_entitlement_workdays")
BOOLS = ("income_prev_month_above_threshold", "income_is_employee_wage")
WW_FACTS = (*MONEY, *INTS, *BOOLS)


def _record(
    income: int,
    capped: int,
    uncapped: int | None = None,
    workdays: int | None = None,
    month: int = 3,
    previous_above: bool | None = False,
    employee: bool | None = True,
) -> dict[str, Any]:
    """One record in parsed values (eurocents); ``None`` leaves an answer out."""
    return {
        "income_month_eur": income,
        "ww_dagloon_eur": capped,
        "ww_dagloon_uncapped_eur": capped if uncapped is None else uncapped,
        "ww_month_number": month,
        "ww_entitlement_workdays": workdays,
        "income_prev_month_above_threshold": previous_above,
        "income_is_employee_wage": employee,
    }


# Edges with every answer given: a maandloon of workdays x C, so thresholds are whole cents.
COMPLETE_EDGES = [
    # 20 days x 160.00 = 3200.00; 87.5 % = 2800.00: exactly at it continues, a cent more ends.
    _record(280_000, 16_000, workdays=20),
    _record(280_001, 16_000, workdays=20),
    # D > C: income counts as B x C/D = B/2; 5600.01 counts as 2800.005, above the threshold.
    _record(560_000, 16_000, 32_000, workdays=20),
    _record(560_001, 16_000, 32_000, workdays=20),
    _record(560_002, 16_000, 32_000, workdays=20),
    # 23 days: 3680.00, threshold 3220.00.
    _record(322_000, 16_000, workdays=23),
    _record(322_001, 16_000, workdays=23),
    # 0 days: a maandloon of nil; no income continues, any income ends.
    _record(0, 16_000, workdays=0),
    _record(1, 16_000, workdays=0),
    # Months 1, 2 and 3: 75 %, 75 %, 70 %, and the right deemed never to have arisen.
    *(_record(100_000, 16_000, workdays=20, month=m) for m in (1, 2, 3)),
    *(_record(300_000, 16_000, workdays=20, month=m) for m in (1, 2, 3)),
    _record(300_000, 16_000, workdays=20, month=1, previous_above=True, employee=False),
    # The facts' bounds.
    _record(0, 1, workdays=0, month=1),
    _record(0, 1, 1, workdays=23, month=60),
    _record(100_000_000_000, 1, 10_000_000, workdays=23, month=60),
    _record(100_000_000_000, 1_000_000, 10_000_000, workdays=23, month=1),
    _record(100_000_000_000, 1_000_000, workdays=0, month=2),
    _record(0, 1_000_000, 1_000_000, workdays=23, month=3),
    _record(1, 1, 10_000_000, workdays=1, month=1),
]

# Edges with answers left out: without workdays the maandloon is 21.75 x C.
PARTIAL_EDGES = [
    # 21.75 x 160.00 = 3480.00; 87.5 % = 3045.00.
    _record(304_500, 16_000),
    _record(304_501, 16_000),
    # 21.75 x 100.01 x 87.5 % = 1903.3153125: 1903.31 continues, 1903.32 ends.
    _record(190_331, 10_001),
    _record(190_332, 10_001),
    # D left out (taken as C) against D given equal to C.
    {**_record(200_000, 12_345), "ww_dagloon_uncapped_eur": None},
    _record(200_000, 12_345, 12_345),
    # Nothing known; only the income; only the dagloon; no previous-month answer.
    {key: None for key in WW_FACTS},
    {**{key: None for key in WW_FACTS}, "income_month_eur": 100_000},
    {**{key: None for key in WW_FACTS}, "ww_dagloon_eur": 16_000},
    _record(400_000, 16_000, previous_above=None, employee=None, month=1),
    _record(0, 16_000, month=1, previous_above=None),
    # Bounds, with the optional answers left out.
    _record(0, 1, month=1),
    _record(100_000_000_000, 1_000_000, month=60),
]


def _random_records(rng: np.random.Generator, n: int) -> list[dict[str, Any]]:
    records = []
    for _ in range(n):
        capped = int(rng.integers(1, 40_001))
        uncapped = capped + (0 if rng.random() < 0.5 else int(rng.integers(0, 60_001)))
        workdays = int(rng.integers(0, 24))
        month = int(rng.integers(1, 4)) if rng.random() < 0.6 else int(rng.integers(1, 61))
        threshold = 7 * workdays * capped * uncapped // (8 * capped)
        income = int(
            rng.choice(
                [
                    0,
                    max(0, threshold + int(rng.integers(-2, 3))),
                    int(rng.integers(0, 2_000_001)),
                    int(rng.integers(0, 100_000_000_001)),
                ],
                p=[0.1, 0.4, 0.4, 0.1],
            )
        )
        records.append(
            _record(
                income,
                capped,
                uncapped,
                workdays,
                month,
                bool(rng.random() < 0.5),
                bool(rng.random() < 0.8),
            )
        )
    return records


def _columns(records: list[dict[str, Any]], masked: bool) -> dict[str, Column]:
    """Columns of parsed values; with ``masked``, a presence mask and junk where absent."""
    columns = {}
    for key in WW_FACTS:
        given = [r[key] is not None for r in records]
        junk = False if key in BOOLS else -7  # outside every bound: must never be read
        values = [r[key] if r[key] is not None else junk for r in records]
        dtype = np.bool_ if key in BOOLS else np.int64
        present = np.array(given, dtype=np.bool_) if masked else None
        columns[key] = Column(np.array(values, dtype=dtype), present)
    return columns


def _single(scheme: rules.Scheme, record: dict[str, Any], on: date) -> dict[str, Any]:
    facts = {k: v for k, v in record.items() if v is not None}
    result = rules.evaluate(scheme, facts, on)
    return {"status": result.status, "outputs": result.outputs}


def _assert_rows_match(
    scheme: rules.Scheme, bulk: BulkResult, records: list[dict[str, Any]], on: date
) -> None:
    assert len(bulk) == len(records)
    for i, record in enumerate(records):
        assert bulk.row(i) == _single(scheme, record, on), (i, record)


# ww_inkomensverrekening, compiled ------------------------------------------------------------


@pytest.fixture(scope="module")
def complete_records() -> list[dict[str, Any]]:
    return COMPLETE_EDGES + _random_records(np.random.default_rng(20260316), RANDOM_RECORDS)


@pytest.fixture(scope="module")
def partial_records() -> list[dict[str, Any]]:
    rng = np.random.default_rng(20150701)
    records = _random_records(rng, RANDOM_RECORDS)
    for record in records:
        for key in WW_FACTS:
            if rng.random() < 0.25:
                record[key] = None
    return PARTIAL_EDGES + records


def test_complete_columns_give_the_single_record_results(
    complete_records: list[dict[str, Any]],
) -> None:
    bulk = evaluate_bulk(WW, _columns(complete_records, masked=False), ON)
    assert bulk.compiled
    _assert_rows_match(WW, bulk, complete_records, ON)


def test_partial_columns_give_the_single_record_results(
    partial_records: list[dict[str, Any]],
) -> None:
    bulk = evaluate_bulk(WW, _columns(partial_records, masked=True), ON)
    assert bulk.compiled
    _assert_rows_match(WW, bulk, partial_records, ON)


def test_the_edges_have_the_expected_outcomes() -> None:
    # A guard that the edges are edges: the single path, checked by hand.
    statuses = [_single(WW, r, ON)["status"] for r in COMPLETE_EDGES[:9]]
    assert statuses == [
        "eligible",
        "not_eligible",
        "eligible",
        "not_eligible",
        "not_eligible",
        "eligible",
        "not_eligible",
        "eligible",
        "not_eligible",
    ]
    partial = [_single(WW, r, ON)["status"] for r in PARTIAL_EDGES[:4]]
    assert partial == ["eligible", "not_eligible", "eligible", "not_eligible"]


def test_plain_arrays_are_complete_columns(complete_records: list[dict[str, Any]]) -> None:
    records = complete_records[:50]
    columns = {k: c.values for k, c in _columns(records, masked=False).items()}
    _assert_rows_match(WW, evaluate_bulk(WW, columns, ON), records, ON)


@pytest.mark.parametrize(
    ("fact", "value"),
    [
        ("ww_dagloon_eur", 0),
        ("ww_dagloon_eur", 1_000_001),
        ("income_month_eur", -1),
        ("income_month_eur", 100_000_000_001),
        ("ww_month_number", 61),
        ("ww_entitlement_workdays", 24),
        ("ww_dagloon_uncapped_eur", 10_000_001),
    ],
)
@pytest.mark.parametrize("masked", [False, True], ids=["complete", "partial"])
def test_a_value_outside_its_facts_bounds_is_an_error_naming_the_record(
    fact: str, value: int, masked: bool
) -> None:
    records = [dict(r) for r in COMPLETE_EDGES[:5]]
    records[3][fact] = value
    with pytest.raises(ValueError, match=r"^record 3 holds a value outside its fact's bounds$"):
        evaluate_bulk(WW, _columns(records, masked=masked), ON)


def test_a_column_the_scheme_does_not_have_is_refused() -> None:
    with pytest.raises(ValueError, match="has no fact birth_date"):
        evaluate_bulk(WW, {"birth_date": np.array(["1970-01-01"], dtype="datetime64[D]")}, ON)


def test_columns_of_different_lengths_are_refused() -> None:
    columns = {"income_month_eur": np.array([0, 1]), "ww_dagloon_eur": np.array([100])}
    with pytest.raises(ValueError, match="does not have 2 records"):
        evaluate_bulk(WW, columns, ON)


# wfw: calendar months, working days and the AOW cohort table in the loop ---------------------------------------------------------------------------

WFW_ON = date(2024, 9, 2)
WFW_TYPES = WFW.fact("wfw_request_type").choice_ids
WFW_GROUNDS = WFW.fact("wfw_refusal_ground").choice_ids


def _wfw_records(rng: np.random.Generator, n: int) -> list[dict[str, Any]]:
    def day(low: int, high: int) -> date:
        return WFW_ON + timedelta(days=int(rng.integers(low, high)))

    def flag() -> bool:
        return bool(rng.random() < 0.5)

    records = []
    for _ in range(n):
        records.append(
            {
                "wfw_request_type": str(rng.choice(WFW_TYPES)),
                "employer_headcount": int(rng.integers(1, 30)),
                "parent_child_under_8": flag(),
                "informal_carer": flag(),
                "wfw_unforeseen": flag(),
                "wfw_intended_start_date": day(-20, 150),
                "wfw_weeks_in_service": int(rng.integers(0, 60)),
                "wfw_request_written": flag(),
                "birth_date": date(1950, 1, 1) + timedelta(days=int(rng.integers(0, 20_000))),
                "household_staff_lt4days": flag(),
                "seafarer": flag(),
                "wfw_previous_decision_date": day(-800, -1) if flag() else None,
                "wfw_employer_decision_date": day(0, 60) if flag() else None,
                "wfw_refusal_ground": str(rng.choice(WFW_GROUNDS)),
                "wfw_refusal_reasoned": flag(),
            }
        )
    return records


def _wfw_columns(records: list[dict[str, Any]], masked: bool) -> dict[str, Column]:
    columns = {}
    for key in records[0]:
        given = np.array([r[key] is not None for r in records], dtype=np.bool_)
        sample = next((r[key] for r in records if r[key] is not None), None)
        if isinstance(sample, date):
            values = np.array(
                [(r[key] or WFW_ON).isoformat() for r in records], dtype="datetime64[D]"
            )
        elif isinstance(sample, str):
            values = np.array([r[key] or "" for r in records])
        elif isinstance(sample, bool):
            values = np.array([bool(r[key]) for r in records], dtype=np.bool_)
        else:
            values = np.array([r[key] if r[key] is not None else 0 for r in records])
        columns[key] = Column(values, given if masked or not given.all() else None)
    return columns


@pytest.mark.parametrize("masked", [False, True], ids=["complete", "partial"])
def test_calendar_months_and_the_cohort_table_in_the_loop_give_the_same_rows(
    masked: bool,
) -> None:
    rng = np.random.default_rng(2 if masked else 1)
    records = _wfw_records(rng, 50)
    if masked:
        for record in records:
            for key in record:
                if rng.random() < 0.2:
                    record[key] = None
    bulk = evaluate_bulk(WFW, _wfw_columns(records, masked), WFW_ON)
    assert bulk.compiled
    _assert_rows_match(WFW, bulk, records, WFW_ON)


@pytest.mark.parametrize(
    ("fact", "values", "problem"),
    [
        (
            "employer_headcount",
            np.array([12, 0]),
            "record 1 holds a value outside its fact's bounds",
        ),
        (
            "wfw_weeks_in_service",
            np.array([30, 5201]),
            "record 1 holds a value outside its fact's bounds",
        ),
        (
            "birth_date",
            np.array(["1970-01-01", "1899-12-31"], dtype="datetime64[D]"),
            "record 1 holds a value outside its fact's bounds",
        ),
        (
            "wfw_request_type",
            np.array(["werktijd", "fewer_hours"]),
            "record 1 holds a value that is no choice of wfw_request_type",
        ),
    ],
    ids=["below-minimum", "above-maximum", "date-out-of-range", "no-choice"],
)
def test_a_value_outside_its_fact_is_an_error_naming_the_record_on_the_wfw_path(
    fact: str, values: np.ndarray[Any, Any], problem: str
) -> None:
    with pytest.raises(ValueError, match=f"^{problem}$"):
        evaluate_bulk(WFW, {fact: values}, WFW_ON)


def test_a_bool_column_of_zeros_and_ones_means_no_and_yes_on_the_wfw_path() -> None:
    # Column takes a bool as 0/1; the single-record logic knows only True and False.
    request = {
        "employer_headcount": 20,
        "wfw_weeks_in_service": 40,
        "wfw_intended_start_date": WFW_ON + timedelta(days=90),
        "birth_date": date(1980, 1, 1),
        "wfw_request_written": True,
        "wfw_unforeseen": False,
        "household_staff_lt4days": False,
        "seafarer": False,
    }
    records = [
        {**request, "wfw_request_type": "werktijd"},
        {**request, "wfw_request_type": "voorspelbaar_werk"},
    ]
    assert [_single(WFW, r, WFW_ON)["status"] for r in records] == ["eligible", "eligible"]
    columns = _wfw_columns(records, masked=False)
    for key in ("wfw_request_written", "wfw_unforeseen", "household_staff_lt4days", "seafarer"):
        columns[key] = Column(columns[key].values.astype(np.int64))
    _assert_rows_match(WFW, evaluate_bulk(WFW, columns, WFW_ON), records, WFW_ON)


# An integer output of a negative fraction -----------------------------------------------------


def test_an_integer_output_is_the_whole_number_at_or_below_on_both_paths() -> None:
    output = Output(id="share", kind=OutputKind.INT, label=t("deel", "share"), expr=0 - INCOME / 3)
    scheme = build(outputs=(output,))
    records = [{"toy_income_eur": cents} for cents in (100, 99, 0, 300)]
    assert [_single(scheme, r, ON)["outputs"]["share"] for r in records] == [-34, -33, 0, -100]
    bulk = evaluate_bulk(scheme, {"toy_income_eur": np.array([100, 99, 0, 300])}, ON)
    assert bulk.compiled
    _assert_rows_match(scheme, bulk, records, ON)


_IN_A_NEW_PROCESS = """
import json, sys
import rules
from rules.bulk import evaluate_bulk
from rules.bulk.cache import KERNELS
from datetime import date
scheme = rules.registry.get("ww_inkomensverrekening")
columns = {
    "ww_dagloon_eur": [15000, 15000, 15000],
    "income_month_eur": [100000, 285468, 285469],
    "ww_month_number": [3, 3, 3],
    "income_prev_month_above_threshold": [False, False, False],
}
bulk = evaluate_bulk(scheme, columns, date(2026, 3, 16))
hits = sum(sum(k[0].stats.cache_hits.values()) for k in KERNELS.values() if k)
print(json.dumps({"rows": [bulk.row(i) for i in range(3)], "hits": hits}))
"""


def _bulk_in_a_new_process(cache: str) -> dict[str, Any]:
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "RULES_KERNEL_CACHE": cache, "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", _IN_A_NEW_PROCESS],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    found: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return found


def test_a_second_process_loads_the_compiled_loop_instead_of_compiling_it(tmp_path: Any) -> None:
    first = _bulk_in_a_new_process(str(tmp_path))
    second = _bulk_in_a_new_process(str(tmp_path))
    assert first["hits"] == 0
    assert second["hits"] >= 1
    assert first["rows"] == second["rows"]
    assert [r["status"] for r in second["rows"]] == ["eligible", "eligible", "not_eligible"]
    assert list(tmp_path.glob("kernel_*.py"))


def test_the_loop_compiles_in_memory_when_the_cache_is_off_or_unwritable(tmp_path: Any) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    for setting in ("off", str(blocked / "kernels")):
        found = _bulk_in_a_new_process(setting)
        assert found["hits"] == 0
        assert [r["status"] for r in found["rows"]] == ["eligible", "eligible", "not_eligible"]


# The calendar in the loop, and the column forms ----------------------------------------


def _days(start: date, end: date) -> list[int]:
    return list(range(start.toordinal(), end.toordinal()))


def test_the_loops_calendar_gives_the_calendars_dates_inside_and_outside_its_month_table() -> None:
    from rules import calendar
    from rules.bulk import calendar as cal

    rng = np.random.default_rng(7)
    days = (
        _days(date(1599, 11, 1), date(1600, 3, 2))  # the month table starts in 1600
        + _days(date(2399, 11, 1), date(2400, 3, 2))  # and ends after 2399
        + _days(date(1999, 12, 25), date(2001, 3, 5))
        + rng.integers(1, date(9990, 1, 1).toordinal(), 4000).tolist()
    )
    for day in days:
        when = date.fromordinal(day)
        for months in (-9600, -13, -12, -1, 0, 1, 11, 12, 13, 796, 807, 9599, 9601):
            try:
                expected = calendar.add_months(when, months).toordinal()
            except (ValueError, OverflowError):
                continue
            assert cal.add_months(day, months) == expected, (when, months)
        for count in (-23, -6, -5, -4, -1, 0, 1, 4, 5, 6, 23):
            expected = calendar.add_working_days(when, count).toordinal()
            assert cal.add_working_days(day, count) == expected, (when, count)
        assert cal.first_of_month(day) == when.replace(day=1).toordinal(), when
        assert cal.first_of_year(day) == when.replace(month=1, day=1).toordinal(), when
        end = date.fromordinal(int(rng.choice(days)))
        years = end.year - when.year - ((end.month, end.day) < (when.month, when.day))
        if when > end or calendar.add_months(when, 12 * years) > end:
            years = end.year - when.year
            while calendar.add_months(when, 12 * years) > end:
                years -= 1
        assert cal.years_between(day, end.toordinal()) == years, (when, end)


def test_decimal_and_list_columns_in_their_columnar_forms_give_the_same_rows() -> None:
    """Decimals as texts (as a CSV column gives them), fixed-point or whole numbers, lists of choices
    as one boolean column per choice, choices as texts or dictionary-encoded: the same
    rows as Decimal objects, sets and Python texts."""
    from tests.rules.test_bulk_schemes import _records

    scheme = rules.registry.get("ww_recht")
    records = _records(scheme, seed=11, leave_out=0.0)
    on = date(2026, 12, 7)
    objects: dict[str, Column] = {}
    columnar: dict[str, Column] = {}
    for fact in scheme.facts:
        raw = [r[fact.id] for r in records]
        if fact.kind == "decimal":
            objects[fact.id] = Column(np.array(raw, dtype=object))
            # Texts such as "1E-7" (str of a Decimal) are read by the single path.
            columnar[fact.id] = Column(np.array([str(v) for v in raw[2:]]))
        elif fact.kind == "enum_list":
            objects[fact.id] = Column(np.array(raw, dtype=object))
            columnar[fact.id] = Column(
                np.array([[c in v for c in fact.choice_ids] for v in raw[2:]], dtype=np.bool_)
            )
        elif fact.kind == "date":
            values = np.array([v.isoformat() for v in raw], dtype="datetime64[D]")
            objects[fact.id], columnar[fact.id] = Column(values), Column(values[2:])
        elif fact.kind == "enum":
            objects[fact.id] = Column(np.array(raw, dtype=object))  # Python texts
            if len(columnar) % 2:  # dictionary-encoded: positions in the choices
                choices = tuple(reversed(fact.choice_ids))
                positions = np.array([choices.index(v) for v in raw[2:]], dtype=np.int32)
                columnar[fact.id] = Column(positions, choices=choices)
            else:
                columnar[fact.id] = Column(np.array(raw[2:]))
        else:
            values = np.array(raw, dtype=np.bool_ if fact.kind == "bool" else np.int64)
            objects[fact.id], columnar[fact.id] = Column(values), Column(values[2:])
    by_objects = evaluate_bulk(scheme, objects, on)
    by_columns = evaluate_bulk(scheme, columnar, on)
    assert by_objects.compiled and by_columns.compiled
    for i in range(2, len(records)):
        assert by_columns.row(i - 2) == by_objects.row(i), i
    fixed = dict(columnar)  # decimals at 7 places, as whole numbers (Arrow's decimals)
    for fact in scheme.facts:
        if fact.kind == "decimal":
            raw = [records[i][fact.id] for i in range(2, len(records))]
            fixed[fact.id] = Column(
                np.array([int(v.scaleb(7)) for v in raw], dtype=np.int64), places=7
            )
    by_fixed = evaluate_bulk(scheme, fixed, on)
    for i in range(2, len(records)):
        assert by_fixed.row(i - 2) == by_objects.row(i), i
    whole = dict(columnar)
    for fact in scheme.facts:
        if fact.kind == "decimal":
            whole[fact.id] = Column(np.arange(len(records) - 2, dtype=np.int64) % 60)
    check = evaluate_bulk(scheme, whole, on)
    for i in range(0, len(records) - 2, 37):
        facts = {f.id: records[i + 2][f.id] for f in scheme.facts}
        for fact in scheme.facts:
            if fact.kind == "decimal":
                facts[fact.id] = Decimal(i % 60)
        single = rules.evaluate(scheme, facts, on)
        assert check.row(i) == {"status": single.status, "outputs": single.outputs}, i
    bad = dict(columnar)
    name = next(f.id for f in scheme.facts if f.kind == "decimal")
    texts = np.array([str(r[name]) for r in records])
    texts[5] = "twelve"
    bad[name] = Column(texts[2:])
    with pytest.raises(ValueError, match="record 3 holds a value that is no number"):
        evaluate_bulk(scheme, bad, on)
    encoded = next(k for k, c in columnar.items() if c.choices is not None)
    wrong = columnar[encoded].values.copy()
    wrong[4] = len(columnar[encoded].choices or ())
    bad = dict(columnar)
    bad[encoded] = Column(wrong, choices=columnar[encoded].choices)
    with pytest.raises(ValueError, match=f"record 4 holds a value that is no choice of {encoded}"):
        evaluate_bulk(scheme, bad, on)


def test_the_month_of_every_day_of_the_loops_month_table() -> None:
    from rules.bulk import calendar as cal

    days = np.arange(cal._FIRST_DAY, cal._END_DAY)
    expected = np.searchsorted(cal._STARTS, days, side="right") - 1
    estimate = (days - cal._FIRST_DAY + cal._ESTIMATE_SHIFT) * 4800 // 146097
    assert set(np.unique(expected - estimate).tolist()) <= {-1, 0}
    assert all(
        cal._month_index(int(d)) == int(k) for d, k in zip(days[::97], expected[::97], strict=True)
    )


def test_the_loop_orders_fractions_of_64_bit_integers_as_exact_arithmetic_does() -> None:
    from fractions import Fraction

    from rules.bulk.fractions import compare

    rng = np.random.default_rng(11)
    top = 2**63 - 1
    cases = [(top, 1, top - 1, 1), (-top, 3, -top, 3), (top, top, 1, 1), (0, 5, 0, 7)]
    for _ in range(20000):
        p, r = (int(v) for v in rng.integers(-top, top, 2) >> int(rng.integers(0, 63)))
        q, s = (max(1, int(v)) for v in rng.integers(1, top, 2) >> int(rng.integers(0, 62)))
        cases.append((p, q, r, s))
        cases.append((p, q, p // 2 * 2, q // 2 * 2 or 1))  # equal or close fractions
    for p, q, r, s in cases:
        exact = Fraction(p, q) - Fraction(r, s)
        assert compare(p, q, r, s) == (exact > 0) - (exact < 0), (p, q, r, s)


def test_the_loops_tests_without_branches_say_what_or_and_and_in_say() -> None:
    """The loop joins its tests with | and & and tests a choice among several as one bit:
    the same truth as Python's own ``or``, ``and`` and ``in`` for every code, also past the
    64-bit mask, where it falls back to comparisons."""
    for codes in ([1, 5, 9], [3], [], [2, 62], [1, 63, 70]):
        test = _one_of("code", codes)
        assert (">>" in test) == bool(codes and max(codes) < 63)
        for code in range(72):
            assert eval(test, {"code": code}) is (code in codes), (codes, code)
    for a in (0, 1, 2):
        for b in (0, 1, 2):
            scope = {"a": a, "b": b}
            assert eval(_any(["a == 1", "b == 1"]), scope) is (a == 1 or b == 1)
            assert eval(_all(["a == 0", "b == 0"]), scope) is (a == 0 and b == 0)
    assert eval(_any([]), {}) is False and eval(_all([]), {}) is True
