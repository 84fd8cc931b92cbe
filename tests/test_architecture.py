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
