"""Shared fixtures for the Django-side tests. Engine tests live in tests/rules and need none."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from eligibility import clock
from tests.law_change import toy_law  # noqa: F401  (a change of law, for any test)

FIXED_TODAY = date(2025, 3, 14)


@pytest.fixture
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    """Pin the one "today" seam to a known date."""
    monkeypatch.setattr(clock, "today", lambda: FIXED_TODAY)
    return FIXED_TODAY


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    """Each test starts with an empty cache, so the API's rate limits (counted there) and
    django-axes never carry one test's requests into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
