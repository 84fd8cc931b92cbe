"""A sentence names a figure of the law, it does not type it again.

The explanations of criteria and the notes are filled in when a result is shown, so a
figure the scheme holds as a dated parameter is written there as ``{parameter_id}`` (a
fraction as ``{parameter_id:%}``): when the figure changes, the sentence follows. This
test reads every such sentence for typed percentages and euro amounts and fails when one
equals a value of one of the scheme's parameters, unless the sentence is listed below with
the reason it must keep the figure typed. Labels and summaries are shown as written, not
filled in, and are not read here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

import pytest

import rules
from rules.scheme import Scheme
from rules.texts import Text

# (scheme, sentence) -> why the figure stays typed.
ALLOWED = {
    ("ww_recht", "note first_two_months"): (
        "shown with every result, also before 1 July 2015 when the percentages have no value"
    ),
    ("ww_recht", "note max_dagloon_sources"): "names the amounts of 1 July 2025 and 2026, dated",
    ("ww_inkomensverrekening", "note rounding"): (
        "shown with every result, also on a date before 1 July 2015 when the figure has no value"
    ),
    ("ww_inkomensverrekening", "note partial_first_months"): (
        "shown for the first two months on any date, also before 1 July 2015"
    ),
    ("ww_inkomensverrekening", "note max_dagloon_sources"): (
        "names the amounts of 1 July 2025 and 2026, dated"
    ),
    ("praktijkleren", "note maximum_from_2025"): "quotes RVO's amount for 2025-2026, dated",
    ("slim", "criterion mkb_size not_met"): (
        "the EU definition's thresholds, written in millions as the recommendation does"
    ),
    ("slim", "criterion minimum_costs not_met"): (
        "names the partnership minimum with the date it began (29 April 2021); before that date "
        "the figure was € 5.000"
    ),
    ("slim", "note cap_wording"): "quotes the wording of the regulation and of the executor",
    ("slim", "note cap_wording_reading"): "quotes the articles of the texts of 2021-2024 and 2025",
    (
        "slim",
        "note loopbaan_flat_reading",
    ): "says what articles 20, 23 and 13a of the old texts name",
    ("slim", "note landbouw_cap"): (
        "shown for any date, also before 2020 when the figure has no value"
    ),
    ("slim", "note landbouw_reading"): "says in which articles of which texts the maximum stands",
    ("slim", "note partnership_shares"): (
        "the maxima per participant of art. 2.22, another rule than the figures they equal"
    ),
    ("slim", "note derde_leerweg"): (
        "also shown from 2025, when the activity and its figure no longer exist"
    ),
    ("slim", "note project_obligations"): (
        "60 % of the budgeted costs realised: another rule than the subsidy percentage"
    ),
    ("slim_scholing", "criterion year_room not_met"): (
        "the yearly maximum has no value from 1 January to 22 May 2026"
    ),
    ("slim_scholing", "note employer_maximum"): (
        "shown for an employer on any date, also before the chapter began (28 February 2025)"
    ),
    ("slim_scholing", "note texts_between"): "says which texts hold the maximum, dated",
    ("slim_scholing", "note year_cap_reading"): (
        "shown for a collective on any date; the yearly maximum has a gap in 2026"
    ),
    ("slim_scholing", "note collective_reading"): "quotes art. 3.8 lid 2",
    ("nlld_sectoraal_maatwerk", "note amounts_from_secondary_sources"): (
        "shown with every result, also before the figures hold (23 February 2021)"
    ),
    (
        "nlld_sectoraal_maatwerk",
        "note budget_tranches",
    ): "the budget and its parts, not figures of the check",
    ("levenlanglerenkrediet", "note cap_rounding_duo"): (
        "compares DUO's figure for 2024-2025 with the fee of that year, dated"
    ),
}

PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s?%")
EURO = {
    "nl": re.compile(r"€\s?(\d{1,3}(?:\.\d{3})*(?:,\d+)?)(\s(?:miljoen))?"),
    "en": re.compile(r"€\s?(\d{1,3}(?:,\d{3})*(?:\.\d+)?)(\s(?:million))?"),
}


def sentences(scheme: Scheme) -> Iterator[tuple[str, Text]]:
    """The texts filled in when a result is shown: explanations and notes."""
    for c in scheme.criteria:
        for kind in ("met", "not_met", "unknown", "not_applicable"):
            text = getattr(c, kind)
            if text is not None:
                yield f"criterion {c.id} {kind}", text
    for n in scheme.notes:
        yield f"note {n.id}", n.text


def typed_percentages(text: Text) -> set[Decimal]:
    return {Decimal(m.replace(",", ".")) for m in PERCENT.findall(f"{text.nl} {text.en}")}


def typed_cents(text: Text) -> set[int]:
    found = set()
    for lang, sep, point in (("nl", ".", ","), ("en", ",", ".")):
        for number, million in EURO[lang].findall(text.get(lang)):
            euros = Decimal(number.replace(sep, "").replace(point, "."))
            found.add(int(euros * (1_000_000 if million else 1) * 100))
    return found


def figures(scheme: Scheme) -> tuple[dict[Decimal, str], dict[int, str]]:
    """Every value of the scheme's percentages (in points) and amounts (in cents)."""
    percentages: dict[Decimal, str] = {}
    amounts: dict[int, str] = {}
    for p in scheme.parameters:
        for period in p.periods:
            value = period.value
            if p.unit == "money" and isinstance(value, int):
                amounts[value] = p.id
            elif p.unit == "percent" and isinstance(value, Decimal):
                percentages[value] = p.id
            elif p.unit == "decimal" and isinstance(value, Decimal) and 0 < value < 1:
                percentages[value * 100] = p.id  # a share: 0.875 is 87.5 %
    return percentages, amounts


def retyped(scheme: Scheme) -> dict[str, list[str]]:
    percentages, amounts = figures(scheme)
    found: dict[str, list[str]] = {}
    for key, text in sentences(scheme):
        hits = [percentages[v] for v in typed_percentages(text) if v in percentages]
        hits += [amounts[v] for v in typed_cents(text) if v in amounts]
        if hits:
            found[key] = sorted(set(hits))
    return found


@pytest.mark.parametrize("scheme_id", [s.id for s in rules.registry])
def test_no_sentence_types_a_figure_the_scheme_holds(scheme_id: str) -> None:
    found = retyped(rules.registry.get(scheme_id))
    unexplained = {k: v for k, v in found.items() if (scheme_id, k) not in ALLOWED}
    assert unexplained == {}, "name these figures as {parameter_id} placeholders"


def test_every_allowed_sentence_still_types_a_figure() -> None:
    found = {(s.id, key) for s in rules.registry for key in retyped(s)}
    assert sorted(set(ALLOWED) - found) == []


def test_a_typed_figure_is_found_in_either_language() -> None:
    scheme = rules.registry.get("ww_inkomensverrekening")
    text = Text(nl="boven 87,5 % van € 219,28", en="above 87.5% of €219.28")
    assert typed_percentages(text) == {Decimal("87.5")}
    assert typed_cents(text) == {21_928}
    percentages, amounts = figures(scheme)
    assert percentages[Decimal("87.5")] == "ww_end_threshold"
    assert amounts[21_928] == "ww_max_dagloon"
