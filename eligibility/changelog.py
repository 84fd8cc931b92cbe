"""The changelog entry behind a scheme version, read from `CHANGELOG.md`.

Each released version of the project lists the scheme versions it brings, each under a
heading of its own, ``#### <scheme id> <version>``, followed by bullets saying which
outcomes change::

    ## [0.3.0] - 2027-01-05

    ### Scheme versions

    #### ww_inkomensverrekening 2027.1

    - The maximum dagloon from 1 January 2027 (€ 304,16): amounts for January 2027 on.

`reevaluate_checks` quotes that text beside a changed outcome, so a person or an adviser
reads why it changed.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from django.conf import settings

__all__ = ["entries", "entry"]

# The changelog read; None means `CHANGELOG.md` at the top of the project.
PATH: Path | None = None

_HEADING = re.compile(r"^(#{1,6})\s+`?(?P<id>[a-z][a-z0-9_]*)`?\s+(?P<version>\d[\w.\-]*)\s*$")


def entries(text: str) -> dict[tuple[str, str], str]:
    """Every scheme version's entry in a changelog: (scheme id, version) → its text."""
    found: dict[tuple[str, str], str] = {}
    key: tuple[str, str] | None = None
    lines: list[str] = []
    for line in [*text.splitlines(), "#"]:
        if line.startswith("#"):
            if key is not None:
                found.setdefault(key, "\n".join(lines).strip())
            match = _HEADING.match(line)
            key = (match["id"], match["version"]) if match else None
            lines = []
        elif key is not None:
            lines.append(line)
    return found


@cache
def _entries(path: Path) -> dict[tuple[str, str], str]:
    try:
        return entries(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def entry(scheme_id: str, version: str) -> str:
    """The changelog's text for this scheme version, or "" when it has none."""
    path = PATH or Path(settings.BASE_DIR) / "CHANGELOG.md"
    return _entries(path).get((scheme_id, version), "")
