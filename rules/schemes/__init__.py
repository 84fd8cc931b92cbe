"""One module per scheme. Each defines ``SCHEME``; this package registers them all.

Modules are found by name, so adding a scheme is adding a file. Modules starting with an
underscore (shared building blocks such as the AOW table) hold no scheme.
"""

from __future__ import annotations

import importlib
import pkgutil

from rules.registry import Registry
from rules.scheme import Scheme

__all__ = ["load"]

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


def load(registry: Registry) -> Registry:
    names = [m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")]
    names.sort(key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
    for name in names:
        module = importlib.import_module(f"{__name__}.{name}")
        scheme = getattr(module, "SCHEME", None)
        if not isinstance(scheme, Scheme):
            raise TypeError(f"rules.schemes.{name} defines no SCHEME")
        registry.register(scheme)
    return registry
