"""Whether a scheme can be applied for on a date: in force, and within a window.

Availability is decided apart from the criteria: it depends on the date alone, so it is
computed once per scheme and date and kept in the scheme's plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from rules.result import MET, NOT_MET, UNKNOWN, AvailabilityResult, CriterionResult
from rules.scheme import Plan, Scheme, Window
from rules.texts import Lang, format_value, t

__all__ = ["availability", "cached_availability"]

_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class _Availability:
    status: str
    window: Window | None = None
    next_window: Window | None = None
    closed_since: date | None = None


def cached_availability(scheme: Scheme, on: date, plan: Plan | None = None) -> AvailabilityResult:
    """:func:`availability`, computed once per scheme and date."""
    cache = (plan or scheme.plan).availability_cache
    found = cache.get(on)
    if found is None:
        found = cache[on] = availability(scheme, on)
    assert isinstance(found, AvailabilityResult)
    return found


def availability(scheme: Scheme, on: date) -> AvailabilityResult:
    rule = scheme.availability
    found = _find_availability(scheme, on)
    if found.status == "open" and found.window is not None:
        message = t(
            f"Aanvragen kan nu: het aanvraagtijdvak {found.window.id} loopt van "
            f"{format_value(found.window.opens, Lang.NL)} tot en met "
            f"{format_value(found.window.closes, Lang.NL)}.",
            f"Applications are open: window {found.window.id} runs from "
            f"{format_value(found.window.opens, Lang.EN)} to "
            f"{format_value(found.window.closes, Lang.EN)} inclusive.",
        )
    elif found.status == "open":
        message = t("De regeling geldt op deze datum.", "The scheme applies on this date.")
    elif found.status == "unknown":
        message = rule.unknown_text or t(
            "Voor deze datum zijn de aanvraagtijdvakken niet bekend.",
            "The application windows for this date are not known.",
        )
    elif found.next_window is not None:
        opens_nl = format_value(found.next_window.opens, Lang.NL)
        opens_en = format_value(found.next_window.opens, Lang.EN)
        message = t(
            f"Aanvragen kan nu niet. Het volgende aanvraagtijdvak opent op {opens_nl}.",
            f"Applications are not open now. The next window opens on {opens_en}.",
        )
    elif found.status == "not_yet_open":
        message = rule.before_text
    else:
        since = found.closed_since
        message = t(
            "Deze regeling is gesloten"
            + (f" sinds {format_value(since, Lang.NL)}" if since else "")
            + "."
            + (f" Wat er nu is: {rule.successor.nl}" if rule.successor else ""),
            "This scheme is closed"
            + (f" since {format_value(since, Lang.EN)}" if since else "")
            + "."
            + (f" What exists now: {rule.successor.en}" if rule.successor else ""),
        )
    result = AvailabilityResult(
        status=found.status,
        window=found.window.id if found.window else None,
        next_window=found.next_window,
        closed_since=found.closed_since,
        message=message,
        successor=rule.successor
        if found.status == "closed" and found.next_window is None
        else None,
    )
    result.criterion = _availability_criterion(scheme, result)
    return result


def _find_availability(scheme: Scheme, on: date) -> _Availability:
    rule = scheme.availability
    if rule.in_force_to is not None and on > rule.in_force_to:
        return _Availability("closed", closed_since=rule.in_force_to + _DAY)
    if on < rule.in_force_from:
        first = rule.windows[0] if rule.windows else None
        if first is not None and any(s.opens < first.opens for s in rule.unknown_spans):
            first = None  # an earlier window exists, but no official text gives its dates
        return _Availability("not_yet_open", next_window=first)
    if not rule.windows:
        return _Availability("open")
    for window in rule.windows:
        if window.opens <= on <= window.closes:
            return _Availability("open", window=window)
    if any(span.opens <= on <= span.closes for span in rule.unknown_spans):
        return _Availability("unknown")
    upcoming = next((w for w in rule.windows if w.opens > on), None)
    if upcoming is not None:
        status = "not_yet_open" if on < rule.windows[0].opens else "closed"
        return _Availability(status, next_window=upcoming)
    if rule.windows_known_until is not None and on > rule.windows_known_until:
        return _Availability("unknown")
    return _Availability("closed", closed_since=rule.windows[-1].closes + _DAY)


def _availability_criterion(scheme: Scheme, avail: AvailabilityResult) -> CriterionResult:
    rule = scheme.availability
    if rule.windows:
        criterion_id = "application_window"
        label = rule.window_label
        status = {"open": MET, "unknown": UNKNOWN}.get(avail.status, NOT_MET)
    else:
        criterion_id = "in_force"
        label = t("De regeling geldt op de peildatum", "The scheme applies on the reference date")
        status = {"open": MET, "closed": NOT_MET}.get(avail.status, UNKNOWN)
    return CriterionResult.fixed(criterion_id, label, status, avail.message, rule.citation)
