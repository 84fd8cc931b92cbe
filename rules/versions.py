"""Scheme versions that mean something: a digest of each scheme's content, and its lock.

A scheme's ``version`` is what a receipt, a saved check and the changelog name. It must
change whenever the scheme's logic or any of its figures change, so that a stored check
can be re-evaluated when (and only when) the law it was evaluated under has changed.

:func:`digest` is a SHA-256 over a canonical form of the whole definition except the
version itself: facts, parameters with every period and its value, criteria and output
trees, notes, constraints, availability windows and every sentence. The lock file
``rules/schemes/versions.lock`` (JSON) maps each scheme id to its declared version and
digest; ``tests/rules/test_versions.py`` fails when a digest changed without a version
bump. After a deliberate change::

    # 1. raise `version:` in rules/schemes/<id>/scheme.yaml
    # 2. add a changelog entry under that scheme version
    python -m rules.versions --update

The update refuses a scheme whose digest changed while its version did not. Only the
command-line entry point reads or writes the file; the functions are pure.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from rules.expr import Expr
from rules.scheme import Scheme

__all__ = ["LOCK_PATH", "canonical", "digest", "lock_problems", "updated_lock"]

LOCK_PATH = Path(__file__).parent / "schemes" / "versions.lock"

HOW_TO_BUMP = (
    "raise `version:` in rules/schemes/{id}/scheme.yaml, add to CHANGELOG.md under the release a "
    "heading `#### {id} <new version>` saying which outcomes change and for whom, then run "
    "`python -m rules.versions --update`"
)


def canonical(value: object) -> Any:
    """A JSON-able form of a scheme part that is equal exactly when the parts are.

    Expression nodes are written as their class and slots (compiled closures left out),
    pydantic models as their fields in declaration order, sets sorted.
    """
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Enum):
        return [type(value).__name__, value.value]
    if isinstance(value, Decimal | Fraction | float):
        return [type(value).__name__, str(value)]
    if isinstance(value, date):
        return ["date", value.isoformat()]
    if isinstance(value, BaseModel):
        fields = type(value).model_fields
        return [type(value).__name__, {k: canonical(getattr(value, k)) for k in fields}]
    if isinstance(value, Mapping):
        return {"map": sorted([canonical(k), canonical(v)] for k, v in value.items())}
    if isinstance(value, frozenset | set):
        return {"set": sorted((canonical(v) for v in value), key=repr)}
    if isinstance(value, tuple | list):
        return [canonical(v) for v in value]
    if callable(value) and hasattr(value, "__qualname__"):
        return ["fn", f"{value.__module__}.{value.__qualname__}"]
    if isinstance(value, Expr):
        names = _slots(type(value))
        names += sorted(k for k in getattr(value, "__dict__", {}) if not k.startswith("_"))
        return [type(value).__name__, {n: canonical(getattr(value, n, None)) for n in names}]
    if type(value).__repr__ is not object.__repr__:  # sentinels such as NO_DEFAULT
        return [type(value).__name__, repr(value)]
    raise TypeError(f"no canonical form for {type(value).__name__}; teach rules.versions one")


def _slots(cls: type) -> list[str]:
    names: list[str] = []
    for klass in reversed(cls.__mro__):
        for name in getattr(klass, "__slots__", ()):
            if not name.startswith("_") and name not in names:
                names.append(name)
    return names


def digest(scheme: Scheme) -> str:
    """SHA-256 of the scheme's content, its version left out."""
    fields = type(scheme).model_fields
    content = {k: canonical(getattr(scheme, k)) for k in fields if k != "version"}
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def lock_problems(lock: Mapping[str, Mapping[str, str]], schemes: Iterable[Scheme]) -> list[str]:
    """Why the lock does not match the schemes (empty when it does)."""
    problems: list[str] = []
    seen: set[str] = set()
    for scheme in schemes:
        seen.add(scheme.id)
        entry = lock.get(scheme.id)
        how = HOW_TO_BUMP.format(id=scheme.id)
        if entry is None:
            problems.append(
                f"{scheme.id}: not in the versions lock; run `python -m rules.versions --update`"
            )
            continue
        changed = entry.get("digest") != digest(scheme)
        if changed and entry.get("version") == scheme.version:
            problems.append(
                f"{scheme.id}: its content changed but its version is still {scheme.version}: {how}"
            )
        elif changed or entry.get("version") != scheme.version:
            problems.append(
                f"{scheme.id}: version {scheme.version} is not in the versions lock "
                f"(it holds {entry.get('version')}); run `python -m rules.versions --update`"
            )
    for gone in sorted(set(lock) - seen):
        problems.append(f"{gone}: in the versions lock but no such scheme; run the update")
    return problems


def updated_lock(
    lock: Mapping[str, Mapping[str, str]], schemes: Iterable[Scheme]
) -> dict[str, dict[str, str]]:
    """The lock for ``schemes``; ``ValueError`` when a digest changed without a new version."""
    new: dict[str, dict[str, str]] = {}
    refused: list[str] = []
    for scheme in schemes:
        entry = lock.get(scheme.id)
        now = digest(scheme)
        if (
            entry is not None
            and entry.get("digest") != now
            and entry.get("version") == scheme.version
        ):
            refused.append(
                f"{scheme.id}: content changed, version still {scheme.version}: "
                + HOW_TO_BUMP.format(id=scheme.id)
            )
        new[scheme.id] = {"version": scheme.version, "digest": now}
    if refused:
        raise ValueError("\n".join(refused))
    return dict(sorted(new.items()))


def read_lock(path: Path = LOCK_PATH) -> dict[str, dict[str, str]]:
    if not path.exists():
        return {}
    data: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rules.versions", description=__doc__)
    parser.add_argument(
        "--update", action="store_true", help="rewrite the lock after a deliberate version bump"
    )
    args = parser.parse_args(argv)
    from rules import registry

    lock = read_lock()
    if not args.update:
        problems = lock_problems(lock, registry)
        for problem in problems:
            print(problem, file=sys.stderr)
        if not problems:
            print("every scheme version matches its content")
        return 1 if problems else 0
    try:
        new = updated_lock(lock, registry)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 1
    LOCK_PATH.write_text(json.dumps(new, indent=2) + "\n", encoding="utf-8")
    for scheme_id, entry in new.items():
        old = lock.get(scheme_id, {}).get("version")
        mark = "" if old == entry["version"] else f" (was {old})"
        print(f"{scheme_id} {entry['version']}{mark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
