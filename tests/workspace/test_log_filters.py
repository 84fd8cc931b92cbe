"""Request lines reach the log without their query string (a search term is a client reference)."""

from __future__ import annotations

import logging

from workspace.log_filters import RedactQueryStrings


def test_the_query_string_of_a_request_line_is_dropped() -> None:
    record = logging.LogRecord(
        "django.server",
        logging.INFO,
        __file__,
        1,
        '"%s" %s %s',
        ("GET /werkruimte/?q=KLANT-Q7X9Z&mine=on HTTP/1.1", "200", "5120"),
        None,
    )

    assert RedactQueryStrings().filter(record)
    assert record.getMessage() == '"GET /werkruimte/?… HTTP/1.1" 200 5120'


def test_a_line_without_a_query_string_is_unchanged() -> None:
    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "Not Found: %s", ("/werkruimte/x/",), None
    )

    RedactQueryStrings().filter(record)

    assert record.getMessage() == "Not Found: /werkruimte/x/"
