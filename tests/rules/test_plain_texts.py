"""Texts a worker or employer reads carry no research status and no formula letters.

"Niet gevonden", "aangenomen" and the like describe how a rule was modelled; a citizen
cannot act on them. They belong in a note for advisers (``for_advisers=True``), shown under
"Over deze berekening". Formula letters ("× C/D") belong in the law, not in a label.
"""

from __future__ import annotations

import re

import pytest

import rules
from rules.scheme import Scheme
from rules.texts import Text

RESEARCH_WORDS = (
    "niet gevonden",
    "niet nagegaan",
    "onduidelijk",
    "aangenomen",
    "waarschijnlijk",
    "not found",
    "not verified",
    "unclear",
    "assumed",
    "probably",
)
FORMULA = re.compile(r"×\s*[A-Z]\b|\b[A-Z]\s*/\s*[A-Z]\b")


def citizen_texts(scheme: Scheme) -> list[tuple[str, Text]]:
    rule = scheme.availability
    found: list[tuple[str, Text]] = [
        ("title", scheme.title),
        ("summary", scheme.summary),
        ("eligible_means", scheme.eligible_means),
        ("availability before_text", rule.before_text),
        ("availability window_label", rule.window_label),
    ]
    found += [
        (f"availability {name}", text)
        for name, text in (("successor", rule.successor), ("unknown_text", rule.unknown_text))
        if text is not None
    ]
    found += [(f"criterion {c.id}", text) for c in scheme.criteria for text in c.texts()]
    found += [(f"note {n.id}", n.text) for n in scheme.notes if not n.for_advisers]
    found += [(f"output {o.id}", o.label) for o in scheme.outputs]
    found += [(f"output {o.id} choice", c.label) for o in scheme.outputs for c in o.choices]
    found += [("not_assessed", text) for text in scheme.not_assessed]
    for fact in scheme.facts:
        found += [(f"fact {fact.id} question", fact.question)]
        found += [(f"fact {fact.id} help", fact.help)] if fact.help is not None else []
    return found


def problems(scheme: Scheme) -> list[str]:
    found = []
    for owner, text in citizen_texts(scheme):
        for lang, sentence in (("nl", text.nl), ("en", text.en)):
            lowered = sentence.lower()
            found += [f"{owner} ({lang}): {word!r}" for word in RESEARCH_WORDS if word in lowered]
            if FORMULA.search(sentence):
                found.append(f"{owner} ({lang}): formula letters")
    return found


SCHEMES = sorted(rules.registry.all(), key=lambda s: s.id)


@pytest.mark.parametrize("scheme", SCHEMES, ids=[s.id for s in SCHEMES])
def test_citizen_texts_carry_no_research_status(scheme: Scheme) -> None:
    assert problems(scheme) == []


def test_every_scheme_says_what_it_leaves_out() -> None:
    assert [s.id for s in SCHEMES if not s.not_assessed] == []
