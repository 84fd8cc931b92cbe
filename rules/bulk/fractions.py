# Numba's decorator carries no types; each function below is typed by its own signature.
# mypy: disable-error-code="untyped-decorator"
"""Fractions of 64-bit integers compared without a wider product, for the compiled loop.

Cross-multiplying ``p * s`` against ``r * q`` needs twice the bits of the numbers; the loop
has 64. :func:`compare` instead compares the whole parts, then the reciprocals of the
remainders, as the continued fractions of both numbers unfold: every step stays within the
numbers themselves, and two fractions of 64-bit integers take a few steps at most.
"""

from __future__ import annotations

from typing import Any

import numba  # type: ignore[import-untyped]

__all__ = ["compare"]

_jit: Any = numba.njit(cache=True, nogil=True)


@_jit
def compare(p: int, q: int, r: int, s: int) -> int:  # pragma: no cover - compiled
    """The sign of ``p/q - r/s`` (-1, 0 or 1), for denominators ``q`` and ``s`` above 0."""
    sign = 1
    while True:
        a = p // q
        b = r // s
        if a != b:
            return sign if a > b else -sign
        p -= a * q  # now 0 <= p < q and 0 <= r < s
        r -= b * s
        if p == 0:
            return 0 if r == 0 else -sign
        if r == 0:
            return sign
        # Both in (0, 1): p/q > r/s exactly when q/p < s/r.
        p, q, r, s = q, p, s, r
        sign = -sign
