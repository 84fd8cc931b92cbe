"""Secrets kept out of log lines: the app's own records and gunicorn's access log.

A saved check's token and its short code, an invitation link's token, the resume key
and a search term (a client reference) all travel in URLs. Anyone who reads a log file
must not be able to use them, so every logged URL loses its query string and every path
segment that is a secret is replaced by `…`:

- `/api/v1/checks/<token>/` and `/api/v1/checks/by-code/<code>/`;
- `/werkruimte/uitnodiging/<uid>/<token>/`;
- any other segment that looks like a token: 20 or more URL-safe characters with a capital
  or a digit among them (scheme and fact ids have neither), and not a UUID.

`RedactSecrets` is the logging filter of `settings.LOGGING`; `GunicornLogger` is the
access logger of `deploy/gunicorn.conf.py`, which redacts the request line, the path,
the query and the referrer the same way.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from gunicorn.glogging import Logger

HIDDEN = "…"
QUERY = re.compile(r"\?[^\s\"']*")
ROUTES = re.compile(
    r"(?P<prefix>/api/v1/checks/by-code/|/api/v1/checks/(?!by-code/)|/werkruimte/uitnodiging/"
    r"(?!klaar/)(?:[^/\s\"'?]+/)?)(?P<secret>[^/\s\"'?]+)"
)
UUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
MIXED = re.compile(r"[A-Z0-9]")
TOKEN_SEGMENT = re.compile(r"(?<=/)[A-Za-z0-9_-]{20,}(?=/|\s|$|\"|')")


def redact(text: str) -> str:
    """`text` with every query string and secret path segment replaced by `…`."""
    if "?" in text:
        text = QUERY.sub("?" + HIDDEN, text)
    if "/" not in text:
        return text
    text = ROUTES.sub(_hide_route, text)
    return TOKEN_SEGMENT.sub(_hide_token, text)


def _hide_route(match: re.Match[str]) -> str:
    prefix = match["prefix"]
    if prefix.startswith("/werkruimte/uitnodiging/") and prefix.count("/") == 4:
        prefix = "/werkruimte/uitnodiging/" + HIDDEN + "/"
    return prefix + HIDDEN


def _hide_token(match: re.Match[str]) -> str:
    segment = match[0]
    if UUID.fullmatch(segment) or not MIXED.search(segment):
        return segment
    return HIDDEN


class RedactSecrets(logging.Filter):
    """Rewrites each record's message with `redact` (the arguments merged in first)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        return True


class GunicornLogger(Logger):
    """gunicorn's logger with every URL of the access log redacted."""

    URL_ATOMS = ("r", "U", "q", "f", "{referer}i")

    def atoms(self, resp: Any, req: Any, environ: Any, request_time: Any) -> dict[str, Any]:
        atoms: dict[str, Any] = super().atoms(resp, req, environ, request_time)
        for name in self.URL_ATOMS:
            value = atoms.get(name)
            if isinstance(value, str) and value:
                atoms[name] = redact(value) if name != "q" else HIDDEN
        return atoms
