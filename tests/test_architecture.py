"""The engine stays pure Python: importing `rules` loads no Django and no project glue."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

PROBE = (
    "import sys, rules; "
    "assert not any(m.split('.')[0] in {'django','rest_framework','eligibility','webapp'} "
    "for m in sys.modules), sorted(m for m in sys.modules "
    "if m.split('.')[0] in {'django','rest_framework','eligibility','webapp'})"
)


def test_rules_imports_without_django() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"},
    )

    assert done.returncode == 0, done.stderr


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle in ``graph`` (module -> modules it imports), or None."""
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> list[str] | None:
        if module in path:
            return [*path[path.index(module) :], module]
        if module in done:
            return None
        for imported in sorted(graph.get(module, ())):
            found = visit(imported, [*path, module])
            if found:
                return found
        done.add(module)
        return None

    for module in sorted(graph):
        found = visit(module, [])
        if found:
            return found
    return None


def test_no_import_circle_inside_rules() -> None:
    """Every module of the engine can be read from the bottom up: none imports, even for
    typing or inside a function, a module that imports it back."""
    import grimp

    graph = grimp.build_graph("rules", exclude_type_checking_imports=False)
    modules = {m for m in graph.modules if m != "rules"}  # the package front imports all
    imports = {m: graph.find_modules_directly_imported_by(m) & modules for m in modules}

    assert _cycle(imports) is None, " -> ".join(_cycle(imports) or [])


def test_the_cycle_finder_finds_a_circle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None
