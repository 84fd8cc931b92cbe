"""Pictures for what people would rather see than read, drawn from a result's outputs.

A scheme's web.yaml declares which: a timeline of dated steps (the Wet flexibel werken:
the request, the last day to ask, the employer's deadline, the start; also offered as a
calendar file), or a bar of an amount against its limit (working during WW: this month's
income against 87.5 % of the maandloon, and the benefit that results).

Only data here; the templates draw them in plain HTML and SVG (no script).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from eligibility import offers
from rules.loader import Bar

from .formats import money


def for_result(result: dict[str, Any], answers: dict[str, Any], lang: str) -> dict[str, Any] | None:
    """The picture the scheme's web.yaml declares: a timeline of dated steps, or a bar."""
    pictures = offers.web(result["scheme"]).pictures
    if pictures.timeline:
        return timeline(result, answers, calendar=pictures.calendar)
    if pictures.bar is not None:
        return bar(result, pictures.bar, lang)
    return None


def timeline(
    result: dict[str, Any], answers: dict[str, Any], *, calendar: bool
) -> dict[str, Any] | None:
    events = offers.timeline(result, answers)
    if len(events) < 2:
        return None
    return {"kind": "timeline", "events": events, "calendar": calendar}


def bar(result: dict[str, Any], shape: Bar, lang: str) -> dict[str, Any] | None:
    """An amount against its limit within the whole (WW: this month's income counted against
    87.5 % of the maandloon), and what results (the benefit)."""
    outputs = result["outputs"]
    if any(outputs.get(key) is None for key in (shape.whole, shape.limit, shape.value)):
        return None
    maandloon = Decimal(outputs[shape.whole])
    threshold = Decimal(outputs[shape.limit])
    income = Decimal(outputs[shape.value])
    given = outputs.get(shape.result) if shape.result else None
    benefit = Decimal(given) if given is not None else None
    scale = max(maandloon, income, Decimal(1)) * Decimal("1.1")

    def percent(value: Decimal) -> str:
        return f"{min(value / scale * 100, Decimal(100)):.1f}"

    return {
        "kind": "bar",
        "income": outputs[shape.value],
        "threshold": outputs[shape.limit],
        "maandloon": outputs[shape.whole],
        "benefit": given,
        "income_pct": percent(income),
        "threshold_pct": percent(threshold),
        "maandloon_pct": percent(maandloon),
        "benefit_pct": percent(benefit) if benefit is not None else None,
        "above": income > threshold,
        "income_text": money(outputs[shape.value], lang),
        "threshold_text": money(outputs[shape.limit], lang),
        "maandloon_text": money(outputs[shape.whole], lang),
        "benefit_text": money(str(given), lang) if given is not None else "",
    }
