"""A scheme's loops, built from its translation: evaluation, screening and the rules on
the answers, each with where it writes (:class:`Layout`), built once per scheme,
figures and set of columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rules.bulk.blame import BOUNDS_BIT
from rules.bulk.cache import KERNELS, numba_loop
from rules.bulk.translate import DECIMAL_SCALES, Gen
from rules.bulk.values import Enum, NotCompilable, Truth
from rules.scheme import OutputKind, Scheme


def kernel_for(
    scheme: Scheme, on: date, present: dict[str, bool], screening: bool = False
) -> tuple[Any, Gen, list[str], Layout] | None:
    params = scheme.plan.params_on(on)
    key = (
        "screening" if screening else "evaluation",
        scheme.id,
        tuple(sorted(present.items())),
        tuple(repr(params[k]) for k in sorted(params)),
        # The loop takes the reference date as an argument: it depends on the date only
        # through the figures, and on whether one is known only within bounds.
        bool(scheme.plan.bounds_on(on)),
    )
    if key in KERNELS:
        return KERNELS[key]  # type: ignore[no-any-return]
    built = None
    uses_decimals = any(f.kind == "decimal" for f in scheme.facts)
    for scale in DECIMAL_SCALES if uses_decimals else DECIMAL_SCALES[:1]:
        try:
            build = _build_screening if screening else _build
            built = build(scheme, on, present, params, scale)
            break
        except NotCompilable as exc:
            if "64 bits" not in str(exc):
                break
    KERNELS[key] = built
    return built


# Rows of ``Layout.small`` after the criteria and outputs: records for the single path.
OPEN = "__open__"
DOUBT = "__doubt__"
RANGE_UNWEIGHED = "__range_unweighed__"


@dataclass
class Layout:
    """Where the kernel writes: one 2-D block per type, so fresh memory is taken in few
    large pieces (the first touch of new pages costs more than the rule itself)."""

    small: list[str] = field(default_factory=list)  # int8 rows: criteria, truth outputs
    narrow: list[str] = field(default_factory=list)  # int32 rows
    wide: list[str] = field(default_factory=list)  # int64 rows
    masks: list[str] = field(default_factory=list)  # one bool row per distinct state
    output_rows: dict[str, tuple[str, int]] = field(default_factory=dict)
    output_mask: dict[str, int | None] = field(default_factory=dict)

    def mask(self, state: str) -> int | None:
        if state == "1":
            return None
        if state not in self.masks:
            self.masks.append(state)
        return self.masks.index(state)


def _build(
    scheme: Scheme,
    on: date,
    present: dict[str, bool],
    params: dict[str, Any],
    decimal_scale: int = DECIMAL_SCALES[0],
) -> tuple[Any, Gen, list[str], Layout]:
    gen = Gen(scheme, present, params, decimal_scale=decimal_scale, follow_bounds=True)
    layout = Layout()
    open_tests: list[str] = []
    open_outputs: list[tuple[str, Any]] = []  # (the test that it is unknown, its tree)
    for criterion in scheme.criteria:
        t = gen.truth(criterion.condition)
        layout.small.append(criterion.id)
        row = len(layout.small) - 1
        gen.emit(f"small[{row}, i] = 2 if {t} == 1 else (0 if {t} == 0 else 1)")
        open_tests.append(f"small[{row}, i] == 1")
    for output in scheme.outputs:
        v = gen.value(output.expr)
        if isinstance(v, Truth):
            layout.small.append(output.id)
            row = len(layout.small) - 1
            layout.output_rows[output.id] = ("small", row)
            gen.emit(f"small[{row}, i] = {v.b}")  # 2 marks unknown
            open_tests.append(f"small[{row}, i] == 2")
            open_outputs.append((open_tests[-1], output.expr))
            layout.output_mask[output.id] = None
            continue
        if v.s not in ("1", "2"):
            open_tests.append(f"({v.s} == 0 or {v.s} == 3)")
            open_outputs.append((open_tests[-1], output.expr))
        if isinstance(v, Enum):
            layout.wide.append(output.id)
            row = len(layout.wide) - 1
            layout.output_rows[output.id] = ("wide", row)
            layout.output_mask[output.id] = layout.mask(v.s)
            gen.emit(f"wide[{row}, i] = {v.code}")
            continue
        scale = 10**output.places if output.kind is OutputKind.DECIMAL else 1
        if output.kind in (OutputKind.MONEY, OutputKind.DECIMAL):
            text = gen.half_up(v, scale)
        elif v.dconst == 1:
            text = v.n
        else:
            text = f"({v.n}) // ({v.d})"
        largest = (max(abs(v.lo), abs(v.hi)) // (v.dconst or 1) + 1) * scale
        block, name = ("narrow", "narrow") if largest < 2**31 else ("wide", "wide")
        rows = layout.narrow if block == "narrow" else layout.wide
        rows.append(output.id)
        row = len(rows) - 1
        layout.output_rows[output.id] = (block, row)
        mask = layout.output_mask[output.id] = layout.mask(v.s)
        if mask is None:
            gen.emit(f"{name}[{row}, i] = {text}")
        else:
            gen.emit(f"if {v.s} == 1:")
            gen.emit(f"    {name}[{row}, i] = {text}")
    for row, state in enumerate(layout.masks):
        gen.emit(f"masks[{row}, i] = {state} == 1")
    layout.small.append(OPEN)
    tests = list(open_tests)
    if any("dfr = 1" in line for line in gen.lines):
        gen.lines.insert(0, "dfr = 0")
        tests.append("dfr == 1")
    if tests and not scheme.plan.bounds_on(on):
        # No unpublished figure with bounds. Where an answer is missing, the loop names
        # what keeps each open criterion and output open (the engine's blame): the single
        # path, deciding from the answers' bounds, would leave them open too unless a part
        # carries BOUNDS_BIT (``bnd``). Otherwise an unknown stays unknown (and "is
        # unknown" is decided as the loop decides it), unless a date known only as a range
        # met a node that does not weigh its ends (``brd``) or an "is unknown" may be
        # answered otherwise (``dfr``).
        gen.lines.insert(0, "brd = 0")
        gen.emit("bnd = 0")
        start = len(gen.lines)
        opened = [(f"small[{row}, i] == 1", c.condition) for row, c in enumerate(scheme.criteria)]
        for test, tree in opened + open_outputs:
            w = gen.blame(tree)
            if w != "0":
                gen.emit(f"if ({test}) and (({w}) >> {BOUNDS_BIT}) & 1 == 1:")
                gen.emit("    bnd = 1")
        # Only a record with an answer missing needs the masks.
        given = [f"p_{key}[i]" for key in present if f"p_{key}" in gen.args]
        indented = ["    " + line for line in gen.lines[start:]]
        if any(f.id not in present for f in scheme.facts):
            gen.lines[start:] = ["if True:", *indented] if indented else []
        elif given and indented:
            gen.lines[start:] = [f"if not ({' and '.join(given)}):", *indented]
        else:
            del gen.lines[start:]  # every record answers every fact
        unknown = " or ".join(open_tests) or "False"
        tests = ["bnd == 1", f"(brd == 1 and ({unknown}))"]
        if "dfr = 0" in gen.lines:
            tests.append("dfr == 1")
    tests = tests or ["False"]
    gen.emit(f"small[{len(layout.small) - 1}, i] = 1 if ({' or '.join(tests)}) else 0")
    args = list(dict.fromkeys(gen.args))
    return numba_loop(args, gen.lines), gen, args, layout


def _build_screening(
    scheme: Scheme,
    on: date,
    present: dict[str, bool],
    params: dict[str, Any],
    decimal_scale: int = DECIMAL_SCALES[0],
) -> tuple[Any, Gen, list[str], Layout]:
    """A loop for a screening: per record each criterion (``small``), for an open one the
    facts that keep it open (``wide``, a blame mask), and whether the single path must
    look again: a range met a node that does not weigh it (``brd``), or an "is unknown"
    the answers' bounds may answer otherwise (``dfr``). No outputs are written."""
    gen = Gen(scheme, present, params, decimal_scale=decimal_scale, follow_bounds=True)
    layout = Layout()
    for row, criterion in enumerate(scheme.criteria):
        t = gen.truth(criterion.condition)
        layout.small.append(criterion.id)
        gen.emit(f"small[{row}, i] = 2 if {t} == 1 else (0 if {t} == 0 else 1)")
    for row, criterion in enumerate(scheme.criteria):
        layout.wide.append(criterion.id)
        w = gen.blame(criterion.condition)
        if w != "0":
            gen.emit(f"if small[{row}, i] == 1:")
            gen.emit(f"    wide[{row}, i] = {w}")
    for flag, row_name in (("brd", RANGE_UNWEIGHED), ("dfr", DOUBT)):
        layout.small.append(row_name)
        used = any(f"{flag} = 1" in line for line in gen.lines)
        if used:
            gen.lines.insert(0, f"{flag} = 0")
        gen.emit(f"small[{len(layout.small) - 1}, i] = {flag if used else 0}")
    args = list(dict.fromkeys(gen.args))
    return numba_loop(args, gen.lines), gen, args, layout


def build_tests(
    scheme: Scheme, present: dict[str, bool], tests: list[Any]
) -> tuple[Any, Gen, list[str]]:
    """A kernel that writes each test's truth (0 false, 1 true, 2 unknown, 3 none) per
    record, from the answers alone (no figures: rules on answers have no date)."""
    gen = Gen(scheme, present, {})
    for row, test in enumerate(tests):
        t = gen.truth(test)
        gen.emit(f"small[{row}, i] = {t}")
    if any("brd = 1" in line for line in gen.lines):
        gen.lines.insert(0, "brd = 0")
    if any("dfr = 1" in line for line in gen.lines):
        gen.lines.insert(0, "dfr = 0")
    args = list(dict.fromkeys(gen.args))
    return numba_loop(args, gen.lines), gen, args
