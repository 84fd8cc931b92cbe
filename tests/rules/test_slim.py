"""SLIM: the application windows come from one table, and today's answer names them.

The scenario file covers the conditions one by one; these tests hold properties over every
date of the regulation's known years and the texts shown on today's date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from urllib.parse import urlparse

import pytest

import rules
from rules.texts import Citation

SCHEME = rules.registry.get("slim")
SMALL = {
    "slim_applicant_type": "mkb",
    "enterprise_staff": "10",
    "enterprise_turnover_eur": "2000000.00",
    "enterprise_balance_eur": "1000000.00",
    "enterprise_sector": "overig",
    "slim_activities": ["doorlichting"],
    "slim_costs_eur": "20000.00",
    "slim_open_project_same_activity": False,
    "de_minimis_3y_eur": "0.00",
    "slim_other_application_this_window": False,
}
TODAY = date(2026, 12, 7)


def _dates() -> list[date]:
    """Every window's edges and the day around them, every span's edges, and each week."""
    days: set[date] = set()
    for window in (*SCHEME.availability.windows, *SCHEME.availability.unknown_spans):
        for edge in (window.opens, window.closes):
            days.update(edge + timedelta(days=d) for d in (-1, 0, 1))
    day = SCHEME.availability.in_force_from
    while day <= date(2027, 1, 31):
        days.add(day)
        day += timedelta(days=7)
    return sorted(d for d in days if d >= SCHEME.availability.in_force_from)


@pytest.mark.parametrize("applicant", ["mkb", "samenwerkingsverband"])
def test_availability_and_the_window_criterion_never_contradict_each_other(
    applicant: str,
) -> None:
    facts = rules.parse_facts({"slim_applicant_type": applicant}, SCHEME)
    for on in _dates():
        result = rules.evaluate(SCHEME, facts, on)
        available = result.availability.status
        window = result.criterion("window_for_applicant_type").status
        if window == "met":
            assert available == "open", on
        if available == "unknown" or window == "unknown":
            assert (available, window) == ("unknown", "unknown"), on
        if available in {"closed", "not_yet_open"}:
            assert window == "not_met", on


def test_on_2020_06_15_a_partnership_hears_unknown_from_both_the_window_and_the_availability() -> (
    None
):
    facts = rules.parse_facts({"slim_applicant_type": "samenwerkingsverband"}, SCHEME)
    result = rules.evaluate(SCHEME, facts, date(2020, 6, 15))
    assert result.availability.status == "unknown"
    assert result.criterion("window_for_applicant_type").status == "unknown"


def test_today_the_employer_hears_the_last_windows_and_where_the_next_are_announced() -> None:
    result = rules.evaluate(SCHEME, rules.parse_facts(SMALL, SCHEME), TODAY)
    assert result.status == "undetermined"
    assert result.missing == ()
    message = result.availability.message.nl
    assert "Staatscourant" in message
    assert "uitvoeringvanbeleidszw.nl" in message
    shown = {n.note.id: n.text("nl") for n in result.notes}
    assert "1 tot en met 30 september 2025" in shown["windows_from_2026"]
    assert "2 tot en met 30 juni 2025" in shown["windows_from_2026"]
    assert result.outputs["subsidy_eur"] == "12000.00"


OFFICIAL_HOSTS = {
    "wetten.overheid.nl",
    "zoek.officielebekendmakingen.nl",
    "www.uitvoeringvanbeleidszw.nl",
    "eur-lex.europa.eu",
}


BOTH = ("slim", "slim_scholing")


def _citations(scheme_id: str) -> list[Citation]:
    scheme = rules.registry.get(scheme_id)
    found = [scheme.legal_basis, scheme.availability.citation]
    found += [c.citation for c in scheme.criteria]
    found += [n.citation for n in scheme.notes if n.citation is not None]
    found += [p.citation for param in scheme.parameters for p in param.periods]
    return found


@pytest.mark.parametrize("scheme_id", BOTH)
def test_every_slim_citation_is_an_official_text_or_the_executor(scheme_id: str) -> None:
    for citation in _citations(scheme_id):
        assert urlparse(citation.url).hostname in OFFICIAL_HOSTS, citation.url
        assert citation.source in {"OFF", "EXECUTOR"}, citation.url


@pytest.mark.parametrize("scheme_id", BOTH)
def test_citations_of_the_regulation_name_the_version_they_quote(scheme_id: str) -> None:
    for citation in _citations(scheme_id):
        if urlparse(citation.url).hostname == "wetten.overheid.nl":
            assert re.search(r"/BWBR0043015/\d{4}-\d{2}-\d{2}", citation.url), citation.url


RESEARCH_WORDS = re.compile(
    r"niet gevonden|niet nagegaan|onduidelijk|aangenomen|waarschijnlijk|not found|"
    r"not verified|unclear|assumed|probably",
    re.IGNORECASE,
)


@pytest.mark.parametrize("scheme_id", BOTH)
def test_research_remarks_are_for_advisers_only(scheme_id: str) -> None:
    scheme = rules.registry.get(scheme_id)
    for note in scheme.notes:
        if not note.for_advisers:
            assert not RESEARCH_WORDS.search(note.text.nl + note.text.en), note.id
    for criterion in scheme.criteria:
        for text in (criterion.met, criterion.not_met, criterion.unknown, criterion.not_applicable):
            if text is not None:
                assert not RESEARCH_WORDS.search(text.nl + text.en), criterion.id
