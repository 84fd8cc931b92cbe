"""The schemes: one folder per scheme (see :mod:`rules.loader`).

Folders are found by name, so adding a scheme is adding a folder. ``_common/`` holds what
several schemes share. ``ORDER`` is the order in which schemes are listed; a scheme not in
it comes after these, by id.
"""

from __future__ import annotations

from pathlib import Path

from rules.catalogue import Registry
from rules.loader import SCHEMES_DIR, LoadResult, load_folders

__all__ = ["ORDER", "load"]

ORDER = (
    "stap",
    "slim",
    "slim_scholing",
    "nlld_ontwikkeladvies",
    "nlld_scholing",
    "nlld_sectoraal_maatwerk",
    "groepshulp",
    "praktijkleren",
    "ww_recht",
    "ww_inkomensverrekening",
    "ww_herleving",
    "wfw",
    "levenlanglerenkrediet",
)


def _rank(scheme_id: str) -> tuple[int, str]:
    return (ORDER.index(scheme_id) if scheme_id in ORDER else len(ORDER), scheme_id)


def load(registry: Registry, root: Path = SCHEMES_DIR) -> LoadResult:
    """Register every scheme that builds; the result names the problems of the others."""
    loaded = load_folders(root, order=_rank)
    for scheme in loaded.schemes:
        try:
            registry.register(scheme)
        except ValueError as error:
            loaded.problems.append(f"rules/schemes/{scheme.id}: {error}")
    return loaded
