"""The values of the translated loop: a number, a truth value, a choice and a list of
choices, each as texts of the loop's code with what is known of them beforehand.
"""

from __future__ import annotations

from dataclasses import dataclass


class NotCompilable(Exception):
    """The scheme uses something the loop form does not cover."""


@dataclass
class Num:
    n: str  # expression text of the numerator
    d: str  # denominator text (a literal when constant)
    s: str  # state text: "1" known, "0" unknown, "2" none
    lo: int
    hi: int
    dmax: int
    dconst: int | None  # the denominator when it is a constant
    # In state 3 (a date known only as a range): texts of its ends, OPEN_LOW/OPEN_HIGH
    # for an open end; ``None`` when this value carries no range.
    rlo: str | None = None
    rhi: str | None = None
    # The ends' denominators where ``dconst`` is None (with a constant denominator, the
    # ends are over it too).
    rld: str = "1"
    rhd: str = "1"
    # The ends are the single path's exact, finite bounds in state 4 (an unanswered
    # number within its bounds, carried through arithmetic and conditions); such a value
    # is never in state 3.
    follow: bool = False
    # With ``follow``: 1 where the ends meet (a range of one point, which the single path
    # takes as the value itself).
    pt: str = "0"


# An open end of a date range: far beyond every date, so a comparison with it gives what
# rules.expr gives for an open end (x < +inf, x > -inf).
OPEN_LOW, OPEN_HIGH = -(2**40), 2**40


@dataclass
class Truth:
    b: str  # 1 true, 0 false, 2 unknown, 3 none (taken as unknown by logic, as in rules.expr)


@dataclass
class Enum:
    code: str
    s: str


@dataclass
class Set:
    mask: str  # bit k set: the k-th choice is in the list
    s: str
    choices: tuple[str, ...]
