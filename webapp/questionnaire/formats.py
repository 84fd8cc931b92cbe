"""Amounts and numbers for the questionnaire: the one formatter lives in `eligibility.formats`."""

from __future__ import annotations

from eligibility.formats import money, number

__all__ = ["money", "number"]
