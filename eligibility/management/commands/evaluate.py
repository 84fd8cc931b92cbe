"""`manage.py evaluate SCHEME --on YYYY-MM-DD --facts FILE.json`: the command-line way in.

Prints the evaluation result as JSON and exits 0 whatever the status. Input that cannot
be evaluated (unknown scheme or fact, wrong type, impossible value, bad date or file)
stops with a `CommandError` naming the problem, so the exit code is non-zero.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any, TextIO

from django.core.management.base import BaseCommand, CommandError, CommandParser

from eligibility import clock, services
from eligibility.errors import EvaluationInputError

MESSAGES: dict[str, dict[str, str]] = {
    "bad_date": {
        "en": "--on must be a real date written as YYYY-MM-DD, got '{value}'.",
        "nl": "--on moet een bestaande datum zijn in de vorm JJJJ-MM-DD, niet '{value}'.",
    },
    "unreadable": {
        "en": "Cannot read the facts file '{path}': {reason}.",
        "nl": "Het feitenbestand '{path}' is niet te lezen: {reason}.",
    },
    "malformed": {
        "en": "The facts in '{path}' are not valid JSON: {reason}.",
        "nl": "De feiten in '{path}' zijn geen geldige JSON: {reason}.",
    },
    "not_object": {
        "en": "The facts in '{path}' must be a JSON object of fact ids to answers, got {kind}.",
        "nl": "De feiten in '{path}' moeten een JSON-object zijn van feit-id's naar antwoorden, "
        "niet {kind}.",
    },
    "invalid": {
        "en": "Cannot evaluate: {details}",
        "nl": "Kan niet beoordelen: {details}",
    },
}

JSON_KINDS = {
    list: "an array",
    str: "a string",
    bool: "a boolean",
    int: "a number",
    float: "a number",
}


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
        on = self._parse_date(options["on"], lang)
        raw_facts = self._read_facts(options["facts"], options.get("stdin") or sys.stdin, lang)
        try:
            result = services.evaluate(options["scheme"], on, raw_facts, lang=lang)
        except EvaluationInputError as exc:
            raise CommandError(_message("invalid", lang, details=exc.summary())) from exc
        self.stdout.write(json.dumps(result, indent=2, ensure_ascii=False))

    def _parse_date(self, value: str, lang: str) -> date:
        parsed = clock.parse_iso_date(value)
        if parsed is None:
            raise CommandError(_message("bad_date", lang, value=value))
        return parsed

    def _read_facts(self, path: str | None, stdin: TextIO, lang: str) -> dict[str, object]:
        if path is None:
            return {}
        name = "<stdin>" if path == "-" else path
        try:
            if path == "-":
                text = stdin.read()
            else:
                with open(path, encoding="utf-8") as handle:
                    text = handle.read()
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise CommandError(_message("unreadable", lang, path=name, reason=reason)) from exc
        try:
            data = json.loads(text, parse_constant=_reject_constant)
        except ValueError as exc:
            raise CommandError(_message("malformed", lang, path=name, reason=str(exc))) from exc
        if not isinstance(data, dict):
            kind = "null" if data is None else JSON_KINDS.get(type(data), type(data).__name__)
            raise CommandError(_message("not_object", lang, path=name, kind=kind))
        return data


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not allowed")


def _message(key: str, lang: str, **values: object) -> str:
    return MESSAGES[key][lang].format(**values)
