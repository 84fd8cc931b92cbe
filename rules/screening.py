"""Screening: one set of answers, one reference date, every scheme for an audience.

Answers are parsed once against every known fact, so a fact two schemes share
(``birth_date``, ``de_minimis_3y_eur``) is asked once. The combined next question is the
fact that can decide the most schemes still undetermined; ties go to the fact that comes
earliest in those schemes' own ``missing`` lists, then to the earlier scheme in the
registry's order (the order the product shows them in).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from rules.catalogue import Registry, parse_facts
from rules.engine import evaluate
from rules.facts import Audience
from rules.result import Result

__all__ = ["Screening", "screen"]


@dataclass(frozen=True)
class Screening:
    on: date
    audience: Audience
    results: tuple[Result, ...]
    missing: tuple[str, ...]

    @property
    def next_question(self) -> str | None:
        return self.missing[0] if self.missing else None

    def to_json(self) -> dict[str, Any]:
        return {
            "on": self.on.isoformat(),
            "audience": self.audience.value,
            "next_question": self.next_question,
            "missing": list(self.missing),
            "decided": [r.scheme for r in self.results if r.status != "undetermined"],
            "results": [r.to_json() for r in self.results],
        }


def screen(
    registry: Registry, raw: Mapping[str, Any], on: date, audience: Audience | str
) -> Screening:
    audience = Audience(audience)
    facts = parse_facts(registry, raw)
    schemes = [s for s in registry if audience in s.audience]
    results = tuple(evaluate(s, facts, on) for s in schemes)
    score: dict[str, list[int]] = {}
    for order, result in enumerate(results):
        for position, fact_id in enumerate(result.missing):
            entry = score.setdefault(fact_id, [0, position, order])
            entry[0] += 1
            entry[1] = min(entry[1], position)
            entry[2] = min(entry[2], order)
    missing = tuple(sorted(score, key=lambda f: (-score[f][0], score[f][1], score[f][2], f)))
    return Screening(on, audience, results, missing)
