"""Two rules for every answer the site gives (static files are served before these).

- `no_store`: no browser or proxy cache keeps an answer: pages and API answers carry a
  client's answers, a check's token or a case. An answer that sets its own
  `Cache-Control` keeps it.
- `Permissions-Policy`: the site uses no camera, microphone, location or payment.
- PDFs are heavy (a third of a second to a second each): one client address may ask for
  `PDF_PER_MINUTE` a minute, counted in the shared cache; above it the answer is 429
  with `Retry-After`.
- `database_unavailable`: while the database cannot be reached, a request that needs it is
  answered 503 with `Retry-After` (the API in its error shape, pages with a short page in
  Dutch and English) instead of a 500; nothing was saved half.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template import loader

from eligibility.api.errors import entry, error_response, message, request_language
from eligibility.clients import client_address

RETRY_AFTER = 30  # seconds
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


class SecurityRules:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.endswith(".pdf"):
            wait = _pdf_wait(request)
            if wait:
                response = HttpResponse(
                    loader.render_to_string("429.html"), status=429, headers={"Retry-After": wait}
                )
                response["Cache-Control"] = "no-store"
                return response
        response = self.get_response(request)
        if not response.has_header("Cache-Control"):
            response["Cache-Control"] = "no-store"
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        if request.path.startswith("/api/"):
            text = message("unavailable", request_language(request), wait=RETRY_AFTER)
            response = error_response([entry(None, "unavailable", text)], 503)
        else:
            response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        return response


def _pdf_wait(request: HttpRequest) -> str | None:
    """Seconds to wait when this client asked for too many PDFs this minute, else None."""
    now = int(time.time())
    digest = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    key = f"pdf:{now // 60}:{digest}"
    if cache.add(key, 1, 120):
        return None
    try:
        count = cache.incr(key)
    except ValueError:
        return None
    return str(60 - now % 60) if count > settings.PDF_PER_MINUTE else None
