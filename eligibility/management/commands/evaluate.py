"""`manage.py evaluate SCHEME --on YYYY-MM-DD --facts FILE.json`: the command-line way in.

Prints the evaluation result as JSON and exits 0 whatever the status. Input that cannot
be evaluated (unknown scheme or fact, wrong type, impossible value, bad date or file)
stops with a `CommandError` naming the problem, so the exit code is non-zero.
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
    help = "Evaluate one scheme for a reference date and a JSON file of facts; print the result."
    # `call_command("evaluate", ..., stdin=StringIO(...))` feeds `--facts -` in tests.
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("scheme", help="Scheme id, for example wfw or ww_inkomensverrekening.")
        parser.add_argument(
            "--on",
            required=True,
            metavar="YYYY-MM-DD",
            help="Reference date; its meaning per scheme is in the scheme's contract.",
        )
        parser.add_argument(
            "--facts",
            metavar="FILE.json",
            help="JSON object of fact ids to answers; '-' reads standard input. "
            "Absent: no facts are known.",
        )
        parser.add_argument(
            "--lang",
            choices=["en", "nl"],
            default="en",
            help="Language of error messages (default: en).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        lang: services.Lang = options["lang"]
        on = parse_date(options["on"], lang)
        raw_facts = read_facts(options["facts"], options.get("stdin") or sys.stdin, lang)
        try:
            result = services.evaluate(options["scheme"], on, raw_facts, lang=lang)
        except EvaluationInputError as exc:
            raise CommandError(message("invalid", lang, details=exc.summary())) from exc
        self.stdout.write(json.dumps(result, indent=2, ensure_ascii=False))
