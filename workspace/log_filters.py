"""A logging filter that drops query strings from log lines.

Search terms in the adviser workspace (a client reference) travel in the query string of
a GET request; `runserver` logs each request line. The filter keeps the path and drops
what follows `?`, so no search term reaches a log file. (For gunicorn, log `%(U)s`, the
path without the query, instead of `%(r)s`.)
"""

from __future__ import annotations

import logging
import re

QUERY = re.compile(r"\?[^\s\"']*")


class RedactQueryStrings(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "?" in message:
            record.msg = QUERY.sub("?…", message)
            record.args = None
        return True
