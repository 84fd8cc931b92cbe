"""What a bulk run takes and gives: :class:`Column`, one fact for N records, and
:class:`BulkResult`, the records' statuses, criteria and outputs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np

from rules.facts import cents_to_str
from rules.scheme import OutputKind

STATUS_NAMES = ("not_eligible", "undetermined", "eligible")


@dataclass(frozen=True)
class Column:
    """One fact for N records, as parsed values: integer eurocents for money, 0/1 for a
    bool, ``datetime64[D]`` for a date, the id for an enum. ``present`` marks the records
    that answered it (``None``: all did). With ``choices``, an enum column is dictionary-
    encoded (as Arrow and Polars give it): each value is a position in ``choices``. With
    ``places``, a decimal column holds whole numbers at that many decimal places (1234 at
    2 places is 12.34), as Arrow's decimal columns do."""

    values: np.ndarray[Any, Any]
    present: np.ndarray[Any, Any] | None = None
    choices: tuple[str, ...] | None = None
    places: int | None = None

    def cell(self, i: int) -> Any:
        """Record ``i``'s value (a choice's id where the column is dictionary-encoded)."""
        value = self.values[i]
        if self.places is not None:
            return Decimal(int(value)).scaleb(-self.places)
        if self.choices is None:
            return value
        position = int(value)
        if not 0 <= position < len(self.choices):
            raise ValueError(f"record {i} holds a position outside the column's choices")
        return self.choices[position]


@dataclass(frozen=True)
class ChoiceColumn:
    """An output that is a choice, for N records, as the loop writes it: a code per record
    into ``names`` (``None`` where the output is unknown). Read a record with ``[i]``;
    a writer takes the codes and names at once."""

    codes: np.ndarray[Any, Any]
    names: tuple[str | None, ...]

    def __getitem__(self, i: int) -> str | None:
        return self.names[int(self.codes[i])]

    def __len__(self) -> int:
        return len(self.codes)


@dataclass
class BulkResult:
    scheme: str
    on: date
    status: np.ndarray[Any, Any]  # int8: 0 not_eligible, 1 undetermined, 2 eligible
    criteria: dict[str, np.ndarray[Any, Any]]  # int8: 0 not_met, 1 unknown, 2 met
    outputs: dict[str, list[Any] | np.ndarray[Any, Any] | ChoiceColumn]
    output_known: dict[str, np.ndarray[Any, Any] | None]
    output_kinds: dict[str, tuple[OutputKind, int]]
    compiled: bool
    # Records the loop left open, evaluated by the single path: their JSON outputs.
    rechecked: dict[int, dict[str, Any]] = field(default_factory=dict)
    # The facts still missing, in the single path's order, for each record it evaluated;
    # a record the loop settled misses nothing that could change its status.
    missing: dict[int, tuple[str, ...]] = field(default_factory=dict)
    # A screening's missing facts for every record: each fact's place in the record's
    # ``missing`` (-1: not in it), columns in the scheme's fact order.
    missing_rank: np.ndarray[Any, Any] | None = None
    fact_ids: tuple[str, ...] = ()  # the columns of ``missing_rank``

    def ranks(self) -> np.ndarray[Any, Any]:
        """``missing_rank``, made from ``missing`` where the loop did not write it."""
        if self.missing_rank is None:
            rank = np.full((len(self), len(self.fact_ids)), -1, dtype=np.int8)
            column = {f: k for k, f in enumerate(self.fact_ids)}
            for i, facts in self.missing.items():
                for position, fact_id in enumerate(facts):
                    rank[i, column[fact_id]] = position
            self.missing_rank = rank
        return self.missing_rank

    def missing_of(self, i: int) -> tuple[str, ...]:
        """Record ``i``'s missing facts, in the single path's order."""
        if self.missing_rank is None:
            return self.missing.get(i, ())
        places = self.missing_rank[i].tolist()
        return tuple(
            f
            for _, f in sorted((p, f) for p, f in zip(places, self.fact_ids, strict=True) if p >= 0)
        )

    def __len__(self) -> int:
        return len(self.status)

    def output(self, key: str, i: int) -> Any:
        """Output ``key`` of record ``i`` as the single-record JSON shows it."""
        if i in self.rechecked:
            return self.rechecked[i][key]
        known = self.output_known[key]
        if known is not None and not known[i]:
            return None
        value: Any = self.outputs[key][i]
        if not self.compiled:
            return value
        kind, places = self.output_kinds[key]
        if kind is OutputKind.MONEY:
            return cents_to_str(int(value))
        if kind is OutputKind.DECIMAL:
            return str(Decimal(int(value)).scaleb(-places))
        if kind is OutputKind.BOOL:
            return None if value == 3 else bool(value)
        if kind is OutputKind.DATE:
            return date.fromordinal(int(value)).isoformat()
        if kind is OutputKind.INT:
            return int(value)
        return value

    def row(self, i: int) -> dict[str, Any]:
        """Record ``i``: its status and outputs, in the single-record JSON form."""
        return {
            "status": STATUS_NAMES[int(self.status[i])],
            "outputs": {key: self.output(key, i) for key in self.outputs},
        }
