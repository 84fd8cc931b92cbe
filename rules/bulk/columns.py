"""The given columns as the loop's arrays: dates as day numbers, choices as the loop's
codes (texts matched in compiled code), decimals at the loop's scale, lists of choices
as bit masks.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import numpy as np

from rules.bulk.cache import compiled
from rules.bulk.result import Column
from rules.bulk.translate import Gen
from rules.scheme import Scheme


def loop_arrays(
    scheme: Scheme, cols: Mapping[str, Column], n: int, gen: Gen, args: list[str]
) -> tuple[list[Any], list[np.ndarray[Any, Any]]]:
    """The kernel's input arrays in the order of ``args``, and the records whose decimals
    are off the loop's scale."""
    arrays: list[Any] = []
    deferred: list[np.ndarray[Any, Any]] = []
    for arg in args:
        fact_id = arg[2:]
        col = cols[fact_id]
        if arg.startswith("p_"):
            arrays.append(np.asarray(col.present, dtype=np.bool_))
            continue
        kind = scheme.fact(fact_id).kind
        if kind == "date":
            days = col.values
            if days.dtype != np.dtype("datetime64[D]"):
                days = days.astype("datetime64[D]")
            arrays.append(days.view(np.int64))  # no copy: the loop adds the epoch
        elif kind == "enum":
            ids = scheme.fact(fact_id).choice_ids
            codes = {c: gen.enum_codes[c] for c in ids}
            if col.choices is not None:  # dictionary-encoded: one look-up per choice
                table = np.array([codes.get(c, 0) for c in col.choices], dtype=np.int64)
                coded = np.empty(n, dtype=np.int64)
                positions = np.asarray(col.values, dtype=np.int64)
                wrong = compiled(_positions_to_codes)(positions, table, _given(col), coded)
            else:
                coded = _enum_codes(col.values, codes)
                unknown = coded == 0 if col.present is None else (coded == 0) & col.present
                wrong = int(np.argmax(unknown)) if unknown.any() else -1
            if wrong >= 0:
                raise ValueError(f"record {wrong} holds a value that is no choice of {fact_id}")
            arrays.append(coded)
        elif kind == "bool":
            arrays.append(np.asarray(col.values, dtype=np.bool_))
        elif kind == "decimal":
            scaled, off_scale = _decimal_column(col, gen.decimal_scale)
            arrays.append(scaled)
            deferred.append(np.flatnonzero(off_scale))
        elif kind == "enum_list":
            arrays.append(_list_masks(col.values, scheme.fact(fact_id).choice_ids))
        else:
            arrays.append(np.asarray(col.values, dtype=np.int64))
    return arrays, deferred


def _decimal_column(col: Column, scale: int) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """Decimals as integers at ``scale``, and the records whose value has more
    places (the loop sees 0 there; the single path evaluates them). Fixed-point columns
    (``places``) and whole numbers are scaled at once, texts read in compiled code, and
    ``Decimal`` objects converted once per distinct value."""
    values = col.values
    present = col.present
    digits = len(str(scale)) - 1
    if col.places is not None or values.dtype.kind in "iu":
        places = 0 if col.places is None else col.places  # whole numbers: 0 places
        scaled = np.empty(len(values), dtype=np.int64)
        off = np.empty(len(values), dtype=np.bool_)
        whole = np.asarray(values, dtype=np.int64)
        compiled(_rescale)(whole, places - digits, _given(col), scaled, off)
        return scaled, off
    if values.dtype.kind == "U" and values.ndim == 1:
        n, width = len(values), values.dtype.itemsize // 4
        chars = np.ascontiguousarray(values).view(np.uint32).reshape(n, width)
        scaled = np.zeros(n, dtype=np.int64)
        off = np.zeros(n, dtype=np.bool_)
        if n and width:
            compiled(_parse_decimals)(chars, len(str(scale)) - 1, scaled, off)
    else:
        seen = _Distinct(lambda value: _scaled_decimal(value, scale))
        scaled = np.fromiter(map(seen.__getitem__, values), dtype=np.int64, count=len(values))
        off = scaled == _OFF_SCALE
        scaled[off] = 0
    if present is not None:
        scaled[~present] = 0
        off &= present
    return scaled, off


_OFF_SCALE = -(2**63)  # a decimal with more places than the loop's scale, or none at all


def _scaled_decimal(value: Any, scale: int) -> int:
    if value is None:
        return 0
    try:
        exact = Decimal(value) * scale
        whole = int(exact)
    except (ArithmeticError, TypeError, ValueError):
        return _OFF_SCALE  # the single path says what is wrong with it
    return _OFF_SCALE if whole != exact or abs(whole) > 2**62 else whole


class _Distinct(dict[Any, int]):
    """A value's conversion, computed the first time the value is seen."""

    def __init__(self, convert: Any) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, key: Any) -> int:
        found: int = self.convert(key)
        self[key] = found
        return found


def _enum_codes(values: np.ndarray[Any, Any], codes: dict[str, int]) -> np.ndarray[Any, Any]:
    """The loop's code of each choice id (0: no choice of the fact). A text column
    (``<U``) is matched character by character in compiled code; other columns look each
    distinct value up once."""
    n = len(values)
    if values.dtype.kind == "U" and values.ndim == 1 and codes:
        out = np.zeros(n, dtype=np.int64)
        width = values.dtype.itemsize // 4  # code points (32-bit words) a text takes
        if width > len(_HASH_WEIGHTS):
            return _enum_codes(values.astype(object), codes)
        if not n or not width:
            return out  # no values, or only empty texts: no choice
        words = np.ascontiguousarray(values).view(np.uint32).reshape(n, width)
        table = np.zeros((len(codes), width), dtype=np.int64)
        wanted = np.zeros(len(codes), dtype=np.int64)
        slots = np.full(1 << (2 * len(codes)).bit_length(), -1, dtype=np.int64)
        for row, (choice, code) in enumerate(codes.items()):
            if not choice or len(choice) > width:
                continue  # never equal to a value of the column
            table[row, : len(choice)] = [ord(c) for c in choice]
            wanted[row] = code
            j = _words_hash(table[row]) & (len(slots) - 1)
            while slots[j] >= 0:
                j = (j + 1) & (len(slots) - 1)
            slots[j] = row
        compiled(_match_choices)(words, table, wanted, slots, out)
        return out
    lookup = _Distinct(lambda value: codes.get(value, 0) if isinstance(value, str) else 0)
    return np.fromiter(map(lookup.__getitem__, values.tolist()), dtype=np.int64, count=n)


def _list_masks(values: np.ndarray[Any, Any], choices: tuple[str, ...]) -> np.ndarray[Any, Any]:
    """Each list of choices as a bit mask (bit k: the k-th choice). A 2-D boolean column
    (one column per choice, in the fact's order) is folded at once; a column of sets
    converts each distinct set once."""
    if values.ndim == 2:
        if values.shape[1] != len(choices):
            raise ValueError(f"a list column needs one column per choice ({len(choices)})")
        folded = np.empty(len(values), dtype=np.int64)
        compiled(_fold_choices)(np.asarray(values), folded)
        return folded
    bits = {c: 1 << k for k, c in enumerate(choices)}
    masks = _Distinct(lambda key: sum(bits.get(c, 0) for c in key))
    return np.fromiter(
        map(masks.__getitem__, map(frozenset, values)), dtype=np.int64, count=len(values)
    )


def _given(col: Column) -> np.ndarray[Any, Any]:
    """The column's presence mask for the helpers below (empty: every record answered)."""
    if col.present is None:
        return np.empty(0, dtype=np.bool_)
    return np.asarray(col.present, dtype=np.bool_)


def _positions_to_codes(
    positions: Any, table: Any, given: Any, out: Any
) -> int:  # pragma: no cover
    """Each position in a column's choices as the loop's code (``table``), 0 outside
    them; the first answered record outside them, or -1. One pass, compiled."""
    every = len(given) == 0
    wrong = -1
    for i in range(len(positions)):
        p = positions[i]
        code = table[p] if 0 <= p < len(table) else 0
        out[i] = code
        if code == 0 and wrong < 0 and (every or given[i]):
            wrong = i
    return wrong


def _rescale(whole: Any, shift: int, given: Any, out: Any, off: Any) -> None:  # pragma: no cover
    """Whole numbers at some places as integers ``shift`` places fewer (``shift`` < 0:
    more), and ``off`` (the loop sees 0) where that drops a digit that is not 0 or the
    result passes 2**62; unanswered records 0 and not off. One pass, compiled."""
    every = len(given) == 0
    factor = 1
    for _ in range(-shift if shift < 0 else shift):
        factor *= 10
    limit = 2**62 // factor
    for i in range(len(whole)):
        value = whole[i]
        if not (every or given[i]):
            out[i], off[i] = 0, False
        elif shift > 0:
            bad = value % factor != 0
            out[i], off[i] = (0 if bad else value // factor), bad
        else:
            bad = value > limit or value < -limit
            out[i], off[i] = (0 if bad else value * factor), bad


def _fold_choices(picks: Any, out: Any) -> None:  # pragma: no cover
    """Each row of a 2-D column (one column per choice) as a bit mask. Compiled."""
    for i in range(picks.shape[0]):
        mask = 0
        for k in range(picks.shape[1]):
            if picks[i, k]:
                mask |= 1 << k
        out[i] = mask


def _parse_decimals(chars: Any, places: int, out: Any, off: Any) -> None:  # pragma: no cover
    """Each row of ``chars`` (code points, 0-padded), a decimal text such as ``-12.5``, as
    an integer at ``places`` decimal places; ``off`` where the text is no such number, has
    more places or more than 18 digits at the scale (the single path then reads it)."""
    width = chars.shape[1]
    for i in range(chars.shape[0]):
        value = 0
        digits = 0
        fraction = -1  # places after the point; -1: no point yet
        negative = False
        bad = False
        k = 0
        if width and (chars[i, 0] == 45 or chars[i, 0] == 43):  # "-" or "+"
            negative = chars[i, 0] == 45
            k = 1
        while k < width and chars[i, k] != 0:
            c = chars[i, k]
            if c == 46 and fraction < 0:  # "."
                fraction = 0
            elif 48 <= c <= 57:
                if fraction >= 0:
                    fraction += 1
                    if fraction > places:
                        if c != 48:  # a digit beyond the scale that is not 0
                            bad = True
                        k += 1
                        continue
                value = value * 10 + (c - 48)
                digits += 1
                if digits > 18:
                    bad = True
            else:
                bad = True
            k += 1
        kept = fraction if 0 <= fraction <= places else (places if fraction > places else 0)
        if digits == 0 or digits + places - kept > 18:
            bad = True
        if bad:
            off[i] = True
            out[i] = 0
            continue
        for _ in range(places - kept):
            value *= 10
        out[i] = -value if negative else value


def _match_choices(
    words: Any, table: Any, wanted: Any, slots: Any, out: Any
) -> None:  # pragma: no cover
    """For each row of ``words`` (a text's code points, 0-padded), the
    code of the equal row of ``table`` (0 when none is equal): the row's hash picks a slot
    of ``slots`` (open addressing, -1 empty, filled with :func:`_words_hash`), and the
    words are then compared. Compiled by :func:`rules.bulk.cache.compiled`."""
    width = words.shape[1]
    mask = len(slots) - 1
    for i in range(words.shape[0]):
        h = 0
        for k in range(width):  # independent products: no chain of multiplications
            h += words[i, k] * _HASH_WEIGHTS[k]  # wraps around in 64 bits, as _words_hash
        out[i] = 0
        j = h & mask
        while slots[j] >= 0:
            row = slots[j]
            same = True
            for k in range(width):
                if words[i, k] != table[row, k]:
                    same = False
                    break
            if same:
                out[i] = wanted[row]
                break
            j = (j + 1) & mask


def _words_hash(words: np.ndarray[Any, Any]) -> int:
    """The hash :func:`_match_choices` computes for one row of words."""
    h = 0
    for w, weight in zip(words.tolist(), _HASH_WEIGHTS.tolist(), strict=False):
        h = (h + w * weight) % 2**64
    return h


# A weight per code point position (odd, below 2**31; the texts of a column of choices
# are short, and a longer one is never a choice).
_HASH_WEIGHTS = (np.random.default_rng(31).integers(1, 2**30, 4096) * 2 + 1).astype(np.int64)
