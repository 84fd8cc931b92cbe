"""Pictures for what people would rather see than read, drawn from a result's outputs.

- Wet flexibel werken: a timeline of the request, the last day to ask, the employer's
  deadline and the start of the change (also offered as a calendar file).
- Working during WW: this month's income as a bar against the 87.5 % threshold of the
  maandloon, and the benefit that results.

Only data here; the templates draw them in plain HTML and SVG (no script).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from .formats import money


def for_result(result: dict[str, Any], answers: dict[str, Any], lang: str) -> dict[str, Any] | None:
    if result["scheme"] == "wfw":
        return wfw_timeline(result, answers)
    if result["scheme"] == "ww_inkomensverrekening":
        return ww_income_bar(result, lang)
    return None


def wfw_events(result: dict[str, Any], answers: dict[str, Any]) -> list[dict[str, Any]]:
    """The dated steps of a request, in date order; only the dates that are known."""
    outputs = result["outputs"]
    events: list[dict[str, Any]] = [
        {
            "id": "request",
            "date": date.fromisoformat(result["on"]),
            "label": _("Request made (reference date)"),
        }
    ]
    if outputs.get("latest_request_date"):
        events.append(
            {
                "id": "request_by",
                "date": date.fromisoformat(outputs["latest_request_date"]),
                "label": _("Last day to ask in time (2 months before the start)"),
            }
        )
    if outputs.get("decision_deadline"):
        events.append(
            {
                "id": "decision_by",
                "date": date.fromisoformat(outputs["decision_deadline"]),
                "label": _("The employer must decide in writing by this day"),
            }
        )
    start = answers.get("wfw_intended_start_date")
    if start:
        events.append(
            {
                "id": "start",
                "date": date.fromisoformat(start),
                "label": _(
                    "The change starts; without a written decision in time it applies as requested from this day"
                ),
            }
        )
    if outputs.get("next_request_date"):
        events.append(
            {
                "id": "next_request",
                "date": date.fromisoformat(outputs["next_request_date"]),
                "label": _("A new request of the same kind is possible from this day"),
            }
        )
    return sorted(events, key=lambda e: e["date"])


def wfw_timeline(result: dict[str, Any], answers: dict[str, Any]) -> dict[str, Any] | None:
    events = wfw_events(result, answers)
    if len(events) < 2:
        return None
    return {"kind": "timeline", "events": events, "calendar": True}


def ww_income_bar(result: dict[str, Any], lang: str) -> dict[str, Any] | None:
    outputs = result["outputs"]
    needed = ("maandloon_eur", "threshold_eur", "income_counted_eur")
    if any(outputs.get(key) is None for key in needed):
        return None
    maandloon = Decimal(outputs["maandloon_eur"])
    threshold = Decimal(outputs["threshold_eur"])
    income = Decimal(outputs["income_counted_eur"])
    benefit = Decimal(outputs["benefit_eur"]) if outputs.get("benefit_eur") is not None else None
    scale = max(maandloon, income, Decimal(1)) * Decimal("1.1")

    def percent(value: Decimal) -> str:
        return f"{min(value / scale * 100, Decimal(100)):.1f}"

    return {
        "kind": "bar",
        "income": outputs["income_counted_eur"],
        "threshold": outputs["threshold_eur"],
        "maandloon": outputs["maandloon_eur"],
        "benefit": outputs.get("benefit_eur"),
        "income_pct": percent(income),
        "threshold_pct": percent(threshold),
        "maandloon_pct": percent(maandloon),
        "benefit_pct": percent(benefit) if benefit is not None else None,
        "above": income > threshold,
        "income_text": money(outputs["income_counted_eur"], lang),
        "threshold_text": money(outputs["threshold_eur"], lang),
        "maandloon_text": money(outputs["maandloon_eur"], lang),
        "benefit_text": money(outputs["benefit_eur"], lang) if benefit is not None else "",
    }
