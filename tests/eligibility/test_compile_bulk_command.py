"""`manage.py compile_bulk`: the loops an upload runs are compiled ahead, whatever columns
the upload gives or leaves empty, so no upload waits minutes for a compile."""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from eligibility import bulk
from rules.bulk.cache import KERNELS

ON = date(2026, 12, 7)


def test_after_compile_bulk_an_upload_of_the_scheme_compiles_nothing() -> None:
    out = StringIO()
    call_command("compile_bulk", "--schemes", "nlld_scholing", "--on", "2026-12-07", stdout=out)
    assert out.getvalue().startswith("nlld_scholing: ready (")
    compiled = set(KERNELS)
    uploads = [
        "birth_date,participant_status\n1980-05-05,werkende\n",  # every cell given
        "birth_date,nl_labour_market_link\n1980-05-05,\n,true\n",  # some left empty
        "participant_status,birth_date\n,\n",  # no answer at all
    ]
    for text in uploads:
        result = bulk.evaluate_upload("nlld_scholing", ON, bulk.read_csv(text.encode()))
        assert len(result.lines) >= 1
    assert set(KERNELS) == compiled  # every upload ran a loop compiled ahead
    # A later day with the same figures runs the same loops.
    bulk.evaluate_upload("nlld_scholing", date(2026, 12, 20), bulk.read_csv(uploads[0].encode()))
    assert set(KERNELS) == compiled


def test_compile_bulk_names_an_unknown_scheme() -> None:
    with pytest.raises(CommandError, match="No scheme nlld_nothing"):
        call_command("compile_bulk", "--schemes", "nlld_nothing", stdout=StringIO())
