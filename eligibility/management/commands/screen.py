"""`manage.py screen --audience worker --on YYYY-MM-DD --facts FILE.json`.

Prints every scheme's result for the audience and the one next question, as JSON. Exits 0
whatever the statuses; input that cannot be used stops with a message naming the fact.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from eligibility import services
from eligibility.errors import EvaluationInputError
from eligibility.management.input import message, parse_date, read_facts


class Command(BaseCommand):
    help = "Screen one set of facts against every scheme for an audience; print the results."
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--audience", required=True, choices=services.AUDIENCES)
        parser.add_argument("--on", required=True, metavar="YYYY-MM-DD", help="Reference date.")
        parser.add_argument(
            "--facts",
            metavar="FILE.json",
            help="JSON object of fact ids to answers; '-' reads stdin.",
        )
        parser.add_argument("--lang", choices=["en", "nl"], default="en")

    def handle(self, *args: Any, **options: Any) -> None:
        lang: services.Lang = options["lang"]
        on = parse_date(options["on"], lang)
        raw_facts = read_facts(options["facts"], options.get("stdin") or sys.stdin, lang)
        try:
            result = services.screen(options["audience"], on, raw_facts, lang=lang)
        except EvaluationInputError as exc:
            raise CommandError(message("invalid", lang, details=exc.summary())) from exc
        self.stdout.write(json.dumps(result, indent=2, ensure_ascii=False))
