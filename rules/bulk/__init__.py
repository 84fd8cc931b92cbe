"""Bulk evaluation: many records of one scheme on one reference date, from columns.

The rule is not written twice. The scheme's own expression trees are translated, node by
node, into one loop over the records, which Numba compiles to machine code; the single-
record closures of :mod:`rules.expr` and this loop read the same definition.

Exactness carries over. Every number is a fraction ``num / den`` of 64-bit integers
(money in eurocents, parameters such as 0.875 as 7/8), so a threshold is tested on
unrounded values and money is rounded half-up to the cent once, at the end. Dates are
day numbers, and calendar months, working days and ages are computed by the functions of
:mod:`rules.bulk.calendar`, compiled into the loop; a list of choices is a bit mask; a
decimal fact is an integer at a fixed scale (a value with more places goes to the single
path). Before compiling, the bounds of every intermediate are derived from the facts'
declared bounds; a scheme whose intermediates could leave the 64-bit range, or that uses
a node listed in :data:`NOT_IN_LOOP`, is evaluated record by record through
:func:`rules.engine.evaluate` instead. Every registered scheme compiles today. Either way
the result has the same shape, and the test suite checks, for every scheme, that both
paths agree on random and edge records.

Where an answer is missing, the single path decides from the facts' bounds what the known
answers already decide (:attr:`rules.expr.Expr.range_fn`). The loop does the same where it
can: an unanswered whole number, amount, decimal or date stands for its declared bounds
(state 4 below), and arithmetic, minimum and maximum, floor, date shifts and days between,
conditions and cases carry the ends of such a range exactly (each end a fraction; two
fractions are ordered by :func:`rules.bulk.fractions.compare`, which needs no wider
product) to the comparisons that weigh them. A date known only as a range (state 3: a
birth after the AOW table's last cohort, an opening day the law gives as a period) is
weighed the same way. The blame masks follow which parts were carried
(:mod:`rules.bulk.blame`); a record where a range reaches a node the loop does not carry
it through, and something stays open, or on a date with an unpublished figure that has
bounds, is evaluated once more by :func:`rules.engine.evaluate`.

Columns come in the forms a columnar reader gives: choices as texts (``<U``, matched in
compiled code) or Python strings, decimals as texts, whole numbers or ``Decimal`` objects,
a list of choices as one boolean column per choice or as Python sets (each distinct set
converted once).

The translated loop is kept as a file named by its hash, with Numba's machine code
beside it (:func:`kernel_cache_dir`), so only the first process on a machine compiles
it; every later process, such as a second server worker, loads it in a fraction of a
second.

Three values carry over too: a number has a state (1 known, 0 unknown, 2 none: a fact
whose contract says "absent = none", 3 a date known only as a range, 4 a number known only
within bounds, with its ends) and a truth value is
1 true, 0 false, 2 unknown, 3 none, combined with Kleene's rules (none counts as unknown
there, as in :mod:`rules.expr`).

Where each part lives: :mod:`rules.bulk.translate` turns the trees into the loop's lines
(its values in :mod:`rules.bulk.values`, the facts that keep a criterion open in
:mod:`rules.bulk.blame`); :mod:`rules.bulk.kernels` builds a scheme's loops from them and
:mod:`rules.bulk.cache` keeps their code and machine code; :mod:`rules.bulk.columns` turns
the given columns into the loop's arrays; :mod:`rules.bulk.run` runs the loops and the
single path; :mod:`rules.bulk.result` holds :class:`Column` and :class:`BulkResult`.
"""

from __future__ import annotations

from rules.bulk.cache import kernel_cache_dir
from rules.bulk.result import BulkResult, ChoiceColumn, Column
from rules.bulk.run import check_constraints_bulk, evaluate_bulk, next_questions
from rules.bulk.translate import NOT_IN_LOOP

__all__ = [
    "NOT_IN_LOOP",
    "BulkResult",
    "ChoiceColumn",
    "Column",
    "check_constraints_bulk",
    "evaluate_bulk",
    "kernel_cache_dir",
    "next_questions",
]
