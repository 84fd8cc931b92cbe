"""Every citation of every scheme points at an official publication or an executor.

A condition's legal basis is the official text (wetten.overheid.nl, the Staatscourant, EU
law's official journal) or the body that carries the scheme out. Consultancies, news sites,
course providers and blogs may be mentioned as background in a note for advisers, never
cited.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

import rules
from rules.scheme import Scheme
from rules.texts import Citation

OFFICIAL_HOSTS = frozenset(
    {
        "wetten.overheid.nl",
        "zoek.officielebekendmakingen.nl",
        "officielebekendmakingen.nl",
        "www.officielebekendmakingen.nl",
        "uwv.nl",
        "www.uwv.nl",
        "rvo.nl",
        "www.rvo.nl",
        "mijn.rvo.nl",  # RVO's own portal and English pages
        "english.rvo.nl",
        "uitvoeringvanbeleidszw.nl",
        "www.uitvoeringvanbeleidszw.nl",
        "duo.nl",
        "www.duo.nl",
        "mijndiplomas.nl",  # DUO's Mijn Diploma's host; serves DUO's own /particulier/ pages
        "svb.nl",
        "www.svb.nl",
        "eur-lex.europa.eu",
    }
)


def citations(scheme: Scheme) -> list[tuple[str, Citation]]:
    found = [("legal_basis", scheme.legal_basis), ("availability", scheme.availability.citation)]
    found += [(f"criterion {c.id}", c.citation) for c in scheme.criteria]
    found += [(f"note {n.id}", n.citation) for n in scheme.notes if n.citation is not None]
    found += [
        (f"parameter {p.id} from {period.start}", period.citation)
        for p in scheme.parameters
        for period in p.periods
    ]
    return found


SCHEMES = sorted(rules.registry.all(), key=lambda s: s.id)


@pytest.mark.parametrize("scheme", SCHEMES, ids=[s.id for s in SCHEMES])
def test_every_citation_is_an_official_source(scheme: Scheme) -> None:
    wrong = [
        f"{owner}: {citation.url}"
        for owner, citation in citations(scheme)
        if urlsplit(citation.url).hostname not in OFFICIAL_HOSTS
    ]
    assert wrong == []
