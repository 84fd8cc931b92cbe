"""What the command-line ways in share: reading the reference date and a facts file."""

from __future__ import annotations

import json
from datetime import date
from typing import TextIO

from django.core.management.base import CommandError

from eligibility import clock

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
    "malformed_csv": {
        "en": "Line {line} of the CSV file cannot be read: {reason}.",
        "nl": "Regel {line} van het CSV-bestand is niet te lezen: {reason}.",
    },
    "csv_header": {
        "en": "Line 1 must be the header of fact ids separated by commas; "
        "'{input}' appears {count} times in it.",
        "nl": "Regel 1 moet de kopregel zijn met de feit-id's, gescheiden door komma's; "
        "'{input}' komt daarin {count} keer voor.",
    },
    "not_utf8": {
        "en": "The file '{path}' is not valid UTF-8 text.",
        "nl": "Het bestand '{path}' is geen geldige UTF-8-tekst.",
    },
    "row_length": {
        "en": "Line {line} has {count} cells, but the header names {expected} facts.",
        "nl": "Regel {line} heeft {count} cellen, maar de kopregel noemt {expected} gegevens.",
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


def parse_date(value: str, lang: str) -> date:
    parsed = clock.parse_iso_date(value)
    if parsed is None:
        raise CommandError(message("bad_date", lang, value=value))
    return parsed


def read_facts(path: str | None, stdin: TextIO, lang: str) -> dict[str, object]:
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
        raise CommandError(message("unreadable", lang, path=name, reason=reason)) from exc
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except ValueError as exc:
        raise CommandError(message("malformed", lang, path=name, reason=str(exc))) from exc
    if not isinstance(data, dict):
        kind = "null" if data is None else JSON_KINDS.get(type(data), type(data).__name__)
        raise CommandError(message("not_object", lang, path=name, kind=kind))
    return data


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not allowed")


def message(key: str, lang: str, **values: object) -> str:
    return MESSAGES[key][lang].format(**values)
