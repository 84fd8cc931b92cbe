"""`manage.py law_status [--on YYYY-MM-DD] [--json]`: what the law and its figures are on a date.

Per scheme: in force, open, closed or ended; every dated figure with the periods it
covers and the stretches without one; the next figure due by its declared rhythm and
whether it is overdue. Run it daily (cron, monitoring): it exits 1 when a scheme in force
on the date reads a figure whose due date has passed and that is not in the checker yet,
so a missing maximum dagloon or AOW age is noticed the day it is needed, not by a user.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from eligibility import clock, services
from eligibility.management.input import parse_date

STATES = {
    "in_force": "in force",
    "open": "in force, application window open",
    "closed": "in force, no application window open",
    "ended": "ended",
    "not_yet": "not in force yet",
    "unknown": "in force, application windows not known",
}


class Command(BaseCommand):
    help = (
        "Report per scheme whether it is in force on a date, its dated figures and gaps, and "
        "the next figure due; exit 1 when a scheme in force needs a figure that is overdue."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--on", metavar="YYYY-MM-DD", help="The date (default: today).")
        parser.add_argument("--json", action="store_true", help="Print the report as JSON.")

    def handle(self, *args: Any, **options: Any) -> None:
        on = parse_date(options["on"], "en") if options["on"] else clock.today()
        report = services.law_status(on)
        if options["json"]:
            self.stdout.write(json.dumps(report, indent=2, ensure_ascii=False))
        else:
            self.stdout.write("\n".join(_lines(report)))
        failing = report["failing"]
        if failing:
            names = ", ".join(f"{f['scheme']}: {f['figure']}" for f in failing)
            raise CommandError(
                f"{len(failing)} figure(s) due on {report['on']} are missing: {names}.",
                returncode=1,
            )


def _lines(report: dict[str, Any]) -> list[str]:
    lines = [f"Law status on {report['on']}", ""]
    for scheme in report["schemes"]:
        lines.append(f"{scheme['id']} ({scheme['title']}): {STATES[scheme['state']]}")
        for figure in scheme["figures"]:
            lines += ["  " + line for line in _figure(figure)]
        lines.append("")
    failing = report["failing"]
    lines.append(
        "Overdue figures for schemes in force: "
        + (", ".join(f"{f['scheme']}: {f['figure']}" for f in failing) if failing else "none")
    )
    return lines


def _figure(figure: dict[str, Any]) -> list[str]:
    lines = [f"{figure['id']} ({figure['label']})"]
    if figure["rhythm"]:
        lines.append(f"  rhythm: {figure['rhythm']}")
    for period in figure["periods"]:
        value = "" if period["value"] is None else f": {period['value']}"
        lines.append(f"  {_span(period)}{value}")
    for gap in figure["gaps"]:
        lines.append(f"  {_span(gap)}: no figure")
    held = figure["on_date"]
    if figure["has_value"]:
        lines.append(f"  on the date: {held['value'] if held else 'known'}")
    else:
        lines.append("  on the date: no figure" + (f" ({_span(held)})" if held else ""))
    nxt = figure["next"]
    if nxt:
        lines.append(
            f"  next figure: takes effect {nxt['takes_effect']}, expected from "
            f"{nxt['published_from']}, due {nxt['due']}: {nxt['state'].upper()}"
        )
    return lines


def _span(coverage: dict[str, Any]) -> str:
    start = coverage["from"] or "…"
    end = coverage["to"] or "…"
    return f"{start} to {end}"
