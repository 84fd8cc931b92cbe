"""Every error of the HTTP API, in one shape and the request's language, from one table.

The shape is ``{"errors": [{"field": ..., "code": ..., "message": ...}]}``: `field` names
what is wrong (`scheme`, `on`, `facts.<fact id>`, `body`, a header), `code` is stable for
programs, `message` is a complete sentence in Dutch or English (`Accept-Language`; Dutch
by default). Messages about a single answer come from the engine's own table through
`eligibility.services`; every other sentence is in `MESSAGES` below.

`exception_handler` is DRF's one exception handler; `not_found` and `server_error` give
the same shape to paths under `/api/` that no view answers, and to a crash.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import translation
from django.views import defaults
from rest_framework import exceptions, status

from eligibility.catalogue import Lang
from eligibility.errors import (
    CheckNotFound,
    EvaluationInputError,
    StaleCheck,
    TooManyCodeGuesses,
)

MESSAGES: dict[str, dict[Lang, str]] = {
    "required": {
        "nl": "'{field}' ontbreekt.",
        "en": "'{field}' is missing.",
    },
    "null": {
        "nl": "'{field}' mag niet null zijn.",
        "en": "'{field}' may not be null.",
    },
    "blank": {
        "nl": "'{field}' mag niet leeg zijn.",
        "en": "'{field}' may not be empty.",
    },
    "not_a_string": {
        "nl": "'{field}' moet tekst zijn.",
        "en": "'{field}' must be text.",
    },
    "invalid_choice": {
        "nl": "'{field}': '{input}' is geen geldige keuze. Kies uit: {choices}.",
        "en": "'{field}': '{input}' is not a valid choice. Choose from: {choices}.",
    },
    "invalid_date": {
        "nl": "'{field}' moet een bestaande datum zijn in de vorm JJJJ-MM-DD, niet '{input}'.",
        "en": "'{field}' must be a real date written as YYYY-MM-DD, not '{input}'.",
    },
    "date_out_of_range": {
        "nl": "'{field}' moet tussen {minimum} en {maximum} liggen, niet {input}.",
        "en": "'{field}' must lie between {minimum} and {maximum}, not {input}.",
    },
    "not_an_object": {
        "nl": "'{field}' moet een JSON-object zijn, niet {kind}.",
        "en": "'{field}' must be a JSON object, not {kind}.",
    },
    "body_not_an_object": {
        "nl": "De inhoud moet een JSON-object zijn, niet {kind}.",
        "en": "The body must be a JSON object, not {kind}.",
    },
    "unknown_field": {
        "nl": "'{field}' is geen bekend veld. Bekende velden: {known}.",
        "en": "'{field}' is not a known field. Known fields: {known}.",
    },
    "malformed_json": {
        "nl": "De inhoud is geen geldige JSON (regel {line}, kolom {column}).",
        "en": "The body is not valid JSON (line {line}, column {column}).",
    },
    "unreadable_json": {
        "nl": "De inhoud is als JSON niet te lezen: te diep genest, of een getal te lang.",
        "en": "The body cannot be read as JSON: nested too deeply, or a number too long.",
    },
    "not_utf8": {
        "nl": "De inhoud is geen geldige UTF-8-tekst.",
        "en": "The body is not valid UTF-8 text.",
    },
    "unsupported_media_type": {
        "nl": "Stuur de inhoud als {expected} (Content-Type), niet als '{given}'.",
        "en": "Send the body as {expected} (Content-Type), not as '{given}'.",
    },
    "not_acceptable": {
        "nl": "Dit antwoord is er alleen als {available}; de Accept-header vraagt '{given}'.",
        "en": "This answer is only available as {available}; the Accept header asks for '{given}'.",
    },
    "too_large": {
        "nl": "De inhoud is te groot: hoogstens {limit} bytes per verzoek.",
        "en": "The body is too large: at most {limit} bytes per request.",
    },
    "too_many_records": {
        "nl": "Het bestand heeft meer dan {limit} records; stuur er hoogstens {limit} per verzoek.",
        "en": "The upload has more than {limit} records; send at most {limit} per request.",
    },
    "no_records": {
        "nl": "Het bestand bevat geen records.",
        "en": "The upload holds no records.",
    },
    "csv_header": {
        "nl": "Regel 1 moet de kopregel zijn met de feit-id's, gescheiden door komma's; "
        "'{input}' komt daarin {count} keer voor.",
        "en": "Line 1 must be the header of fact ids separated by commas; "
        "'{input}' appears {count} times in it.",
    },
    "csv_row_length": {
        "nl": "Regel {line} heeft {count} cellen, maar de kopregel heeft er {expected}.",
        "en": "Line {line} has {count} cells, but the header has {expected}.",
    },
    "csv_malformed": {
        "nl": "Regel {line} is geen geldige CSV: {reason}.",
        "en": "Line {line} is not valid CSV: {reason}.",
    },
    "ndjson_malformed": {
        "nl": "Regel {line} is geen geldige JSON: {reason}.",
        "en": "Line {line} is not valid JSON: {reason}.",
    },
    "ndjson_not_object": {
        "nl": "Regel {line} moet een JSON-object zijn van feit-id's naar antwoorden, niet {kind}.",
        "en": "Line {line} must be a JSON object of fact ids to answers, not {kind}.",
    },
    "not_found": {
        "nl": "Op '{path}' is niets te vinden.",
        "en": "There is nothing at '{path}'.",
    },
    "method_not_allowed": {
        "nl": "'{method}' kan niet op dit adres.",
        "en": "'{method}' is not allowed at this address.",
    },
    "not_a_version": {
        "nl": "'{field}' moet een geheel getal zijn, 1 of hoger (de versie die je las), niet {input}.",
        "en": "'{field}' must be a whole number, 1 or more (the version you read), not {input}.",
    },
    "throttled": {
        "nl": "Te veel verzoeken van dit adres; probeer het over {wait} seconden opnieuw.",
        "en": "Too many requests from this address; try again in {wait} seconds.",
    },
    "invalid": {
        "nl": "'{field}' is ongeldig.",
        "en": "'{field}' is invalid.",
    },
    "more_errors": {
        "nl": "En nog {count} andere fouten; verbeter eerst deze.",
        "en": "And {count} more errors; correct these first.",
    },
    "unavailable": {
        "nl": "De dienst is even niet bereikbaar. Probeer het over {wait} seconden opnieuw.",
        "en": "The service is briefly unavailable. Please try again in {wait} seconds.",
    },
    "server_error": {
        "nl": "Er ging aan onze kant iets mis. Probeer het later opnieuw.",
        "en": "Something went wrong on our side. Please try again later.",
    },
}

JSON_KINDS: dict[str, dict[Lang, str]] = {
    "object": {"nl": "een object", "en": "an object"},
    "array": {"nl": "een lijst (array)", "en": "an array"},
    "string": {"nl": "tekst", "en": "a string"},
    "boolean": {"nl": "true of false", "en": "a boolean"},
    "number": {"nl": "een getal", "en": "a number"},
    "null": {"nl": "null", "en": "null"},
}
_SHOWN = 60  # a 10 MB value is quoted no further than this in a message
MAX_ERRORS = 20  # entries in one answer; one more says how many were left out


def request_language(request: HttpRequest | None = None) -> Lang:
    """The answer's language: English when `Accept-Language` prefers it, else Dutch."""
    lang = (getattr(request, "LANGUAGE_CODE", None) if request else None) or (
        translation.get_language() or "nl"
    )
    return "en" if lang.startswith("en") else "nl"


def json_kind(value: object, lang: Lang) -> str:
    """What a JSON value is, in words: "een lijst (array)", "a string"."""
    if isinstance(value, dict):
        kind = "object"
    elif isinstance(value, list):
        kind = "array"
    elif isinstance(value, str):
        kind = "string"
    elif isinstance(value, bool):
        kind = "boolean"
    elif value is None:
        kind = "null"
    else:
        kind = "number"
    return JSON_KINDS[kind][lang]


def either(*options: str, lang: Lang) -> str:
    """`a or b` in the request's language."""
    return f" {'of' if lang == 'nl' else 'or'} ".join(options)


def message(code: str, lang: Lang, **params: object) -> str:
    """The sentence for `code` in `lang`; long values are cut short."""
    template = MESSAGES.get(code, MESSAGES["invalid"])[lang]
    shown = {key: _short(value) for key, value in params.items()}
    return template.format(**shown)


def _short(value: object) -> str:
    text = str(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


class ApiError(exceptions.APIException):
    """A problem with the request itself (body, headers, size), found by the API layer.

    The sentence is made when the answer is rendered, in the request's language.
    """

    def __init__(
        self, code: str, field: str | None, status_code: int = 400, **params: object
    ) -> None:
        self.code = code
        self.field = field
        self.status_code = status_code
        self.params = params
        super().__init__(code)


def error_response(
    errors: list[dict[str, Any]],
    status_code: int,
    headers: dict[str, str] | None = None,
    omitted: int = 0,
) -> JsonResponse:
    """The error shape. At most `MAX_ERRORS` entries: a last one (`more_errors`) counts the
    rest, with `omitted` problems the caller already left out."""
    rest = max(0, len(errors) - MAX_ERRORS) + omitted
    if rest:
        text = message("more_errors", request_language(), count=rest)
        errors = [*errors[:MAX_ERRORS], entry(None, "more_errors", text)]
    response = JsonResponse(
        {"errors": errors}, status=status_code, json_dumps_params={"ensure_ascii": False}
    )
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def entry(field: str | None, code: str, text: str) -> dict[str, Any]:
    return {
        "field": None if field is None else _printable(field),
        "code": code,
        "message": _printable(text),
    }


def _printable(text: str) -> str:
    """Text that encodes as UTF-8: a lone surrogate sent in JSON is shown escaped."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def exception_handler(exc: Exception, context: dict[str, Any]) -> HttpResponse | None:
    """DRF's exception handler: every error the API raises becomes the one shape.

    Returns None for an unexpected exception, so a real bug stays a 500 (see
    `server_error`) and is never disguised as bad input.
    """
    request = context.get("request")
    lang = request_language(request)
    if isinstance(exc, EvaluationInputError):
        # A view whose answers travel under another name than `facts` says so.
        facts = getattr(context.get("view"), "facts_field", "facts")
        issues = exc.issues()
        errors = [entry(_field(f, facts), c, text) for f, c, text in issues[:MAX_ERRORS]]
        omitted = exc.omitted + max(0, len(issues) - MAX_ERRORS)
        return error_response(errors, status.HTTP_400_BAD_REQUEST, omitted=omitted)
    if isinstance(exc, CheckNotFound):
        return error_response([entry(None, "check_not_found", exc.message(lang))], 404)
    if isinstance(exc, TooManyCodeGuesses):
        return error_response(
            [entry("code", "too_many_code_guesses", exc.message(lang))],
            429,
            {"Retry-After": str(exc.retry_after)},
        )
    if isinstance(exc, StaleCheck):
        stale = entry("version", "stale_version", exc.message(lang))
        return JsonResponse(
            {"errors": [stale], "current_version": exc.current_version},
            status=409,
            json_dumps_params={"ensure_ascii": False},
        )
    if isinstance(exc, RequestDataTooBig):
        from django.conf import settings

        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        text = message("too_large", lang, limit=limit)
        return error_response([entry("body", "too_large", text)], 413)
    if isinstance(exc, ApiError):
        text = message(exc.code, lang, field=exc.field, **exc.params)
        return error_response([entry(exc.field, exc.code, text)], exc.status_code)
    if isinstance(exc, exceptions.ValidationError):
        return error_response(_validation_entries(exc.detail), status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, exceptions.NotFound):
        return error_response([entry(None, "not_found", str(exc.detail))], 404)
    if isinstance(exc, exceptions.MethodNotAllowed):
        method = request.method if request is not None else "?"
        allowed = ", ".join(context["view"].allowed_methods) if "view" in context else ""
        text = message("method_not_allowed", lang, method=method)
        return error_response(
            [entry(None, "method_not_allowed", text)], 405, {"Allow": allowed} if allowed else {}
        )
    if isinstance(exc, exceptions.UnsupportedMediaType):
        given = request.content_type if request is not None else ""
        text = message("unsupported_media_type", lang, expected="application/json", given=given)
        return error_response([entry("Content-Type", "unsupported_media_type", text)], 415)
    if isinstance(exc, exceptions.NotAcceptable):
        given = request.META.get("HTTP_ACCEPT", "") if request is not None else ""
        view = context.get("view")
        offered = [r.media_type for r in getattr(view, "renderer_classes", [])]
        available = either(*offered, lang=lang) if offered else "application/json"
        text = message("not_acceptable", lang, available=available, given=given)
        return error_response([entry("Accept", "not_acceptable", text)], 406)
    if isinstance(exc, exceptions.ParseError):
        text = message("unreadable_json", lang)
        return error_response([entry("body", "unreadable_json", text)], 400)
    if isinstance(exc, exceptions.Throttled):
        wait = max(1, round(exc.wait or 1))
        text = message("throttled", lang, wait=wait)
        return error_response([entry(None, "throttled", text)], 429, {"Retry-After": str(wait)})
    if isinstance(exc, exceptions.APIException):
        return error_response([entry(None, exc.default_code, str(exc.detail))], exc.status_code)
    return None


TOP_LEVEL_FIELDS = {"scheme", "on", "facts", "audience", "body"}


def _field(name: str, facts: str = "facts") -> str:
    """Service fields are `scheme`, `on`, `facts`, `audience` or a fact id: `facts.<id>`."""
    return name if name in TOP_LEVEL_FIELDS else f"{facts}.{name}"


def _validation_entries(detail: Any, prefix: str = "") -> list[dict[str, Any]]:
    if isinstance(detail, dict):
        found: list[dict[str, Any]] = []
        for key, value in detail.items():
            name = "body" if key == "non_field_errors" else f"{prefix}{key}"
            found += _validation_entries(value, f"{name}.")
        return found
    if isinstance(detail, list):
        found = []
        for item in detail:
            found += _validation_entries(item, prefix)
        return found
    field = prefix[:-1] or "body"
    return [entry(field, getattr(detail, "code", "invalid"), str(detail))]


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """404 for the whole site: the error shape under /api/, the normal page elsewhere."""
    if request.path.startswith("/api/"):
        text = message("not_found", request_language(request), path=request.path)
        return error_response([entry(None, "not_found", text)], 404)
    return defaults.page_not_found(request, exception or Exception())


def server_error(request: HttpRequest) -> HttpResponse:
    """500 for the whole site: the error shape under /api/, the normal page elsewhere."""
    if request.path.startswith("/api/"):
        text = message("server_error", request_language(request))
        return error_response([entry(None, "server_error", text)], 500)
    return defaults.server_error(request)
