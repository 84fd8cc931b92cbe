"""Compiled code, kept: a loop's text (with the calendar it calls) and Numba's machine
code in a folder shared by processes (:func:`kernel_cache_dir`), the loops built in
this process, and the helpers compiled once.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

# The loops built in this process, each with its translation and where it writes (None:
# the scheme has no loop form), by kind, scheme, set of columns and figures.
KERNELS: dict[tuple[Any, ...], Any] = {}

# The compiled helpers' text, in every kernel's text: new helper code, new kernels.
_CALENDAR_DIGEST = hashlib.sha256(
    b"".join(
        (Path(__file__).parent / name).read_bytes() for name in ("calendar.py", "fractions.py")
    )
).hexdigest()[:16]


def kernel_cache_dir() -> Path | None:
    """Where translated kernels and their machine code are kept between processes:
    ``RULES_KERNEL_CACHE`` (``off`` keeps nothing), by default a folder in the user's
    cache. A process that finds a kernel there loads it instead of compiling it again."""
    setting = os.environ.get("RULES_KERNEL_CACHE", "")
    if setting.lower() == "off":
        return None
    if setting:
        return Path(setting)
    try:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    except RuntimeError:  # no home folder to be found: keep nothing
        return None
    return Path(base) / "regelingencheck" / "kernels"


def _load(source: str) -> tuple[Any, bool]:
    """The ``kernel`` function of ``source``, and whether it was loaded from a file (named
    by the source's hash, so Numba can keep its machine code beside it) rather than from
    memory, as when no folder is writable."""
    folder = kernel_cache_dir()
    name = "kernel_" + hashlib.sha256(source.encode()).hexdigest()[:24]
    if folder is not None:
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            path = folder / f"{name}.py"
            if not path.exists() or path.read_text() != source:
                scratch = folder / f".{name}.{os.getpid()}.tmp"
                scratch.write_text(source)
                scratch.replace(path)  # atomic: a reader sees the whole file or none
            spec = importlib.util.spec_from_file_location(name, path)
            if spec is not None and spec.loader is not None:
                module = importlib.util.module_from_spec(spec)
                sys.modules[name] = module  # Numba finds the module again by its name
                spec.loader.exec_module(module)
                return module.kernel, True
        except OSError:
            pass  # a read-only or full disk: compile in memory, as below
    namespace: dict[str, Any] = {}
    exec(compile(source, f"<{name}>", "exec"), namespace)
    return namespace["kernel"], False


def numba_loop(args: list[str], lines: list[str]) -> Any:
    """The loop over the records, from the translated ``lines``: its source (kept on disk
    by ``_load``) and its machine code."""
    import numba  # type: ignore[import-untyped]  # only the bulk path pays for importing it

    once, per_record = _same_for_every_record(lines)
    body = [
        f"# calendar {_CALENDAR_DIGEST}",
        "from rules.bulk.calendar import add_months as cal_add_months",
        "from rules.bulk.calendar import add_working_days as cal_add_working_days",
        "from rules.bulk.calendar import first_of_month as cal_first_of_month",
        "from rules.bulk.calendar import first_of_year as cal_first_of_year",
        "from rules.bulk.calendar import years_between as cal_years_between",
        "from rules.bulk.fractions import compare as frac_compare",
        "",
        "",
        f"def kernel(n, on_day, {', '.join([*args, 'small', 'narrow', 'wide', 'masks'])}):",
        *("    " + line for line in once),
        "    for i in range(n):",
        *("        " + line for line in per_record),
        "    return -1",
    ]
    kernel, from_file = _load("\n".join(body) + "\n")  # the scheme's own trees, translated
    # Numba orders a function's blocks by a recursive walk, one level per block in a row: a
    # scheme's loop has thousands. Python-to-Python calls take no C stack, so the limit is
    # raised (never lowered) to what the largest loop needs, with room to spare.
    sys.setrecursionlimit(max(sys.getrecursionlimit(), _RECURSION))
    return numba.njit(error_model="numpy", nogil=True, cache=from_file)(kernel)


_RECURSION = 50_000


def _same_for_every_record(lines: list[str]) -> tuple[list[str], list[str]]:
    """The loop's lines split in two: those that give every record the same value, run
    once before the loop, and the rest. A line is run once when it assigns a name that no
    other line assigns, from the reference date, numbers and names run once (such as the
    first day of the reference month), through the calendar's functions; the compiler
    would compute it again for each record."""
    assigned = Counter(
        name.strip()
        for line in lines
        if (found := _ASSIGNS.match(line))
        for name in found.group(1).split(",")
    )
    once: list[str] = []
    known = {"on_day"}
    per_record: list[str] = []
    for line in lines:
        found = _ASSIGNMENT.fullmatch(line)
        if found and assigned[found.group(1)] == 1 and "[" not in found.group(2):
            names = set(_NAME.findall(found.group(2))) - _WORDS
            if all(name in known or name.startswith("cal_") for name in names):
                once.append(line)
                known.add(found.group(1))
                continue
        per_record.append(line)
    return once, per_record


_ASSIGNS = re.compile(r"\s*([a-z]\w*(?:\s*,\s*[a-z]\w*)*)\s*(?:=|\+=|-=)[^=]")
_ASSIGNMENT = re.compile(r"([a-z]\w*) = (.*)")  # at the top of the loop's body
_NAME = re.compile(r"\b[a-z_]\w*\b")
_WORDS = {"if", "else", "and", "or", "not", "abs", "min", "max", "int"}


_HELPERS: dict[Any, Any] = {}


def compiled(helper: Any) -> Any:
    """A helper function compiled by Numba (once; its machine code is cached)."""
    if helper not in _HELPERS:
        import numba

        _HELPERS[helper] = numba.njit(cache=True, nogil=True)(helper)
    return _HELPERS[helper]
