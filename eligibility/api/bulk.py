"""The bulk operations of the HTTP API: many records in one request, streamed back.

`POST evaluations/bulk/?scheme=…&on=…` evaluates every record for one scheme;
`POST screenings/bulk/?audience=…&on=…` screens every record against every scheme of an
audience. The body is CSV (a header of fact ids) or JSON lines (one object of facts per
line); the answer is streamed as CSV or JSON lines, in the upload's order, each record
with its line number. Reading, parsing and writing work on columns (`eligibility.bulk`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.conf import settings
from django.http import HttpResponseBase, StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import renderers
from rest_framework.request import Request

from eligibility import bulk

from . import errors
from . import serializers as s
from .views import ERROR_RESPONSES, ApiView

NDJSON, CSV, JSON = "application/x-ndjson", "text/csv", "application/json"


class NDJSONRenderer(renderers.JSONRenderer):
    """Names the media type for content negotiation; the bulk views stream their own body.
    Anything else rendered with it is one JSON line."""

    media_type = NDJSON
    format = "ndjson"


class CSVRenderer(renderers.JSONRenderer):
    media_type = CSV
    format = "csv"


_REQUEST = {
    NDJSON: {"type": "string", "description": "One JSON object of facts per line."},
    CSV: {
        "type": "string",
        "description": "Header of fact ids; an empty cell is unknown; "
        "choices of a list separated by ';'.",
    },
}


def _responses(ndjson: str, csv: str) -> dict[Any, Any]:
    return {
        (200, NDJSON): OpenApiResponse(OpenApiTypes.STR, description=ndjson),
        (200, CSV): OpenApiResponse(OpenApiTypes.STR, description=csv),
        (400, JSON): ERROR_RESPONSES[400],
        (406, JSON): OpenApiResponse(s.ErrorSerializer, description="Accept is not CSV or NDJSON."),
        (413, JSON): OpenApiResponse(s.ErrorSerializer, description="Too many records or bytes."),
        (415, JSON): OpenApiResponse(s.ErrorSerializer, description="Body is not CSV or NDJSON."),
    }


class _BulkView(ApiView):
    renderer_classes = [NDJSONRenderer, CSVRenderer]

    def upload(self, request: Request) -> tuple[bulk.Upload, str]:
        """The records of the body, and the format the answer takes."""
        if request.META.get("CONTENT_LENGTH") in (None, "", "0"):
            raise errors.ApiError("no_records", "body")
        given = request.content_type.split(";")[0].strip()
        if given not in (NDJSON, CSV):
            raise errors.ApiError(
                "unsupported_media_type",
                "Content-Type",
                415,
                expected=errors.either(CSV, NDJSON, lang=self.lang()),
                given=request.content_type,
            )
        data = self._read_body(request)
        limit = settings.EVALUATION_BULK_MAX_RECORDS
        try:
            upload = bulk.read_csv(data, limit) if given == CSV else bulk.read_ndjson(data, limit)
        except bulk.UploadProblem as problem:
            raise self._problem(problem) from None
        if not len(upload):
            raise errors.ApiError("no_records", "body")
        return upload, self._answer_format(request, given)

    def _problem(self, problem: bulk.UploadProblem) -> errors.ApiError:
        params = dict(problem.params)
        if problem.code == "too_many_records":
            return errors.ApiError("too_many_records", "body", 413, **params)
        if problem.code == "ndjson_not_object":
            params = {
                "line": params["line"],
                "kind": errors.json_kind(params["value"], self.lang()),
            }
        return errors.ApiError(problem.code, "body", **params)

    def _read_body(self, request: Request) -> bytes:
        limit = settings.EVALUATION_BULK_MAX_BYTES
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0
        if declared > limit:
            raise errors.ApiError("too_large", "body", 413, limit=limit)
        raw: bytes = request.read(limit + 1)
        if len(raw) > limit:
            raise errors.ApiError("too_large", "body", 413, limit=limit)
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            raise errors.ApiError("not_utf8", "body") from None
        return raw

    def _answer_format(self, request: Request, given: str) -> str:
        """What Accept asks for; the upload's own format when it takes either."""
        accept = request.META.get("HTTP_ACCEPT", "")
        if CSV in accept and NDJSON not in accept:
            return CSV
        if NDJSON in accept and CSV not in accept:
            return NDJSON
        return given

    @staticmethod
    def stream(chunks: Iterator[bytes], answer: str) -> StreamingHttpResponse:
        return StreamingHttpResponse(chunks, content_type=f"{answer}; charset=utf-8")


class BulkEvaluationView(_BulkView):
    @extend_schema(
        operation_id="evaluations_bulk_create",
        parameters=[s.BulkQuerySerializer],
        request=_REQUEST,
        responses=_responses(
            'Per line: {"line", "status", "outputs"}.', "Columns line, status and each output."
        ),
        summary="Evaluate up to EVALUATION_BULK_MAX_RECORDS records of one scheme",
    )
    def post(self, request: Request) -> HttpResponseBase:
        query = self.validated(s.BulkQuerySerializer, request.query_params.dict())
        upload, answer = self.upload(request)
        result = bulk.evaluate_upload(query["scheme"], query["on"], upload, self.lang())
        if answer == CSV:
            return self.stream(bulk.evaluation_csv(result), answer)
        return self.stream(bulk.evaluation_ndjson(result), answer)


class BulkScreeningView(_BulkView):
    @extend_schema(
        operation_id="screenings_bulk_create",
        parameters=[s.BulkScreeningQuerySerializer],
        request=_REQUEST,
        responses=_responses(
            'Per line: {"line", "next_question", "statuses": {scheme id: status}}.',
            "Columns line, next_question and each scheme's status.",
        ),
        summary="Screen up to EVALUATION_BULK_MAX_RECORDS people against every scheme of "
        "an audience",
    )
    def post(self, request: Request) -> HttpResponseBase:
        query = self.validated(s.BulkScreeningQuerySerializer, request.query_params.dict())
        upload, answer = self.upload(request)
        result = bulk.screen_upload(query["audience"], query["on"], upload, self.lang())
        if answer == CSV:
            return self.stream(bulk.screening_csv(result), answer)
        return self.stream(bulk.screening_ndjson(result), answer)
