"""A scheme's version changes whenever its logic, a figure or a sentence changes.

The lock `rules/schemes/versions.lock` holds each scheme's declared version and the digest
of its content; a change to a scheme without a new version fails here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from rules import expr as x
from rules import registry
from rules.parameters import Parameter, Period
from rules.texts import t
from rules.versions import digest, lock_problems, main, read_lock, updated_lock
from tests.rules import toy_scheme
from tests.rules.toy_scheme import CITATION, RATE, build


def test_every_scheme_version_matches_its_content() -> None:
    problems = lock_problems(read_lock(), registry)
    assert not problems, "\n".join(problems)


def test_the_digest_is_the_same_for_the_same_content() -> None:
    assert digest(build()) == digest(build())
    assert digest(build(version="0.2")) == digest(build())


def _rate_with_new_half_year() -> Parameter:
    extra = Period(
        start=date(2025, 1, 1), end=date(2025, 6, 30), value=Decimal("0.72"), citation=CITATION
    )
    return RATE.model_copy(update={"periods": (RATE.periods[0], extra, RATE.periods[1])})


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(
            {"parameters": (_rate_with_new_half_year(), toy_scheme.LIMIT, toy_scheme.PENSION_AGE)},
            id="a figure for a new half-year",
        ),
        pytest.param(
            {
                "parameters": (
                    RATE,
                    toy_scheme.LIMIT.model_copy(
                        update={
                            "periods": (
                                toy_scheme.LIMIT.periods[0].model_copy(update={"value": 200_001}),
                            )
                        }
                    ),
                    toy_scheme.PENSION_AGE,
                )
            },
            id="a figure changed by one cent",
        ),
        pytest.param(
            {
                "criteria": (
                    toy_scheme.CRITERIA[0].model_copy(update={"test": x.fact("toy_age") >= 19}),
                    *toy_scheme.CRITERIA[1:],
                )
            },
            id="a threshold in the logic",
        ),
        pytest.param({"summary": t("Een andere zin.", "Another sentence.")}, id="a sentence"),
    ],
)
def test_any_change_of_content_changes_the_digest(change: dict[str, object]) -> None:
    assert digest(build(**change)) != digest(build())


def test_a_changed_scheme_without_a_new_version_is_refused_with_how_to_bump() -> None:
    lock = {"toy": {"version": "0.1", "digest": digest(build())}}
    changed = build(
        parameters=(_rate_with_new_half_year(), toy_scheme.LIMIT, toy_scheme.PENSION_AGE)
    )

    (problem,) = lock_problems(lock, [changed])
    assert "content changed but its version is still 0.1" in problem
    assert "CHANGELOG" in problem and "python -m rules.versions --update" in problem
    with pytest.raises(ValueError, match=r"version still 0\.1"):
        updated_lock(lock, [changed])


def test_the_update_takes_a_new_version_with_its_new_digest() -> None:
    lock = {"toy": {"version": "0.1", "digest": digest(build())}}
    bumped = build(
        version="0.2",
        parameters=(_rate_with_new_half_year(), toy_scheme.LIMIT, toy_scheme.PENSION_AGE),
    )

    assert lock_problems(lock, [bumped])  # not yet in the lock
    new = updated_lock(lock, [bumped])

    assert new == {"toy": {"version": "0.2", "digest": digest(bumped)}}
    assert lock_problems(new, [bumped]) == []


def test_the_command_reports_a_clean_lock(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    assert "every scheme version matches its content" in capsys.readouterr().out
