"""Rules for every answer the site gives (static files are served before these).

- `no_store`: no browser or proxy cache keeps an answer: pages and API answers carry a
  client's answers, a check's token or a case. An answer that sets its own
  `Cache-Control` keeps it.
- `Permissions-Policy`: the site uses no camera, microphone, location or payment.
- PDFs are heavy (a third of a second to a second each): one client address may ask for
  `PDF_PER_MINUTE` a minute, counted in the shared cache; above it the answer is 429
  with `Retry-After`.
- `database_unavailable`: while the database cannot be reached, a request that needs it is
  answered 503 with `Retry-After` (the API in its error shape, pages with a short page in
  Dutch and English) instead of a 500; nothing was saved half (`DatabaseUnavailable`).

`ApiStack` then takes the API's requests out of the pages' middleware: they go through
`API_MIDDLEWARE` only (their language, the host check and the 503), not through sessions,
messages, CSRF, the content security policy and login throttling.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import MiddlewareNotUsed
from django.core.handlers.base import BaseHandler
from django.core.handlers.exception import convert_exception_to_response
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.module_loading import import_string

from eligibility.api.errors import entry, error_response, message, request_language
from eligibility.clients import client_address

RETRY_AFTER = 30  # seconds
API_CSP = "default-src 'none'; frame-ancestors 'none'"
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


class DatabaseUnavailable:
    """503 with `Retry-After` for a view that found the database away (in `MIDDLEWARE` for
    the pages and in `API_MIDDLEWARE` for the API)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

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


class _ApiHandler(BaseHandler):
    """Django's own request handling (URL resolution, view and exception hooks, error
    pages) behind `API_MIDDLEWARE` instead of `MIDDLEWARE`; synchronous, as the site runs."""

    def load_middleware(self, is_async: bool = False) -> None:
        self._view_middleware: list[Any] = []
        self._template_response_middleware: list[Any] = []
        self._exception_middleware: list[Any] = []
        handler = convert_exception_to_response(self._get_response)
        for path in reversed(settings.API_MIDDLEWARE):
            try:
                middleware = import_string(path)(handler)
            except MiddlewareNotUsed:
                continue
            if hasattr(middleware, "process_view"):
                self._view_middleware.insert(0, middleware.process_view)
            if hasattr(middleware, "process_template_response"):
                self._template_response_middleware.append(middleware.process_template_response)
            if hasattr(middleware, "process_exception"):
                self._exception_middleware.append(middleware.process_exception)
            handler = convert_exception_to_response(middleware)
        self._middleware_chain = handler


class ApiStack:
    """The API's requests through `API_MIDDLEWARE` only; pages (and the HTML pages under
    /api/ that `API_PAGES` lists) on through the rest of `MIDDLEWARE`.

    The API sets and reads no cookie, takes no form and renders no HTML: sessions, messages,
    CSRF, the pages' content security policy (a nonce per answer) and login throttling cost
    it about a third of a request and protect nothing there; its answers get a fixed policy
    that allows nothing, and `X-Frame-Options: DENY`. What it needs comes before this middleware or is in
    `API_MIDDLEWARE`: HTTPS and HSTS, `no-store`, the 503 while the database is away, the
    host check; its rate limits are DRF's, its logs redacted like every other.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.api = _ApiHandler()
        self.api.load_middleware()
        self.pages = tuple(settings.API_PAGES)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        if path.startswith("/api/") and not path.startswith(self.pages):
            response: HttpResponse = self.api._middleware_chain(request)
            # An answer of the API is no page: nothing in it may load, run or be framed. A
            # fixed policy says so without the pages' per-answer nonce.
            response.headers.setdefault("Content-Security-Policy", API_CSP)
            response.headers.setdefault("X-Frame-Options", "DENY")
            return response
        return self.get_response(request)


class ApiLanguage:
    """The API's language, found as the pages' LocaleMiddleware finds it (the language
    cookie, then Accept-Language; Dutch by default), without its URL-prefix machinery.
    It holds for this request only: the thread's language is as before afterwards."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        language = translation.get_language_from_request(request)
        request.LANGUAGE_CODE = language
        with translation.override(language):
            response = self.get_response(request)
        patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", language)
        return response
