"""Dump every scenario result, every scheme's canonical definition and description to JSON.

Run before and after a refactor that must not change what the checker says::

    python scripts/scenario_dump.py > /tmp/before.json
    # ... the change ...
    python scripts/scenario_dump.py > /tmp/after.json && diff /tmp/before.json /tmp/after.json

The dump holds, per scheme, its canonical definition (``rules.versions.canonical``: every
fact, figure, window, tree and sentence) and its description on a few dates, and per
scenario case the full JSON result. An empty diff proves nothing a user sees changed.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "webapp.settings")

DATES = (date(2019, 3, 1), date(2023, 6, 1), date(2025, 7, 1), date(2026, 12, 7), date(2027, 7, 1))


def main() -> None:
    import django

    django.setup()
    from eligibility import catalogue
    from rules import evaluate, parse_facts, registry
    from rules.versions import canonical
    from tests.rules.scenarios import load_cases

    dump: dict[str, object] = {"schemes": {}, "cases": {}}
    for scheme in registry:
        dump["schemes"][scheme.id] = {  # type: ignore[index]
            "definition": canonical(scheme),
            "described": {
                f"{on}/{lang}": catalogue.describe_scheme(scheme.id, on, lang)
                for on in DATES
                for lang in ("nl", "en")
            },
        }
    for case in load_cases():
        scheme = registry.get(case.scheme)
        try:
            result = evaluate(scheme, parse_facts(case.facts, scheme), case.on).to_json()
        except Exception as error:
            result = {"error": repr(error)}
        dump["cases"][case.test_id] = result  # type: ignore[index]
    json.dump(dump, sys.stdout, indent=1, sort_keys=True, ensure_ascii=False, default=str)


if __name__ == "__main__":
    main()
