"""The schemes: one folder per scheme (see :mod:`rules.loader`).

Folders are found by name, so adding a scheme is adding a folder. ``_common/`` holds what
several schemes share. ``ORDER`` is the order in which schemes are listed; a scheme not in
it comes after these, by id.
"""

from __future__ import annotations

import importlib
import pkgutil

from rules.catalogue import Registry
from rules.loader import LoadResult, load_folders
from rules.scheme import Scheme

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


def load(registry: Registry) -> LoadResult:
    """Register every scheme that builds; the result names the problems of the others."""
    loaded = load_folders(order=_rank)
    schemes = list(loaded.schemes)
    # Schemes still written as one module (until each has its folder).
    for module in pkgutil.iter_modules(__path__):
        if module.name.startswith("_") or module.ispkg:
            continue
        scheme = getattr(importlib.import_module(f"{__name__}.{module.name}"), "SCHEME", None)
        if isinstance(scheme, Scheme):
            schemes.append(scheme)
    for scheme in sorted(schemes, key=lambda s: _rank(s.id)):
        try:
            registry.register(scheme)
        except ValueError as error:
            loaded.problems.append(f"rules/schemes/{scheme.id}: {error}")
    return loaded
