"""The HTTP API: one thin view per operation over `eligibility.services`.

Each view checks the request's shape with its input serializer, calls one service and
returns its JSON. Errors are raised, never answered here: `errors.exception_handler`
turns them into the one error shape in the request's language.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from collections import Counter
from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal
from operator import itemgetter
from types import SimpleNamespace
from typing import Any

import orjson
from django.conf import settings
from django.http import HttpResponseBase, StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, PolymorphicProxySerializer, extend_schema
from rest_framework import renderers
from rest_framework.exceptions import NotFound
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.parsers import JSONParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from eligibility import clock, services
from eligibility.errors import EvaluationInputError

from . import compact, errors
from . import serializers as s

ERROR_RESPONSES = {
    400: OpenApiResponse(s.ErrorSerializer, description="The request cannot be used."),
    413: OpenApiResponse(s.ErrorSerializer, description="The body is too large."),
    415: OpenApiResponse(s.ErrorSerializer, description="The body is not JSON."),
}


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


class JSONBodyParser(JSONParser):
    """JSON bodies, read once (Django caps their size: DATA_UPLOAD_MAX_MEMORY_SIZE).

    Unlike DRF's parser it also refuses NaN, nesting too deep and numbers too long for
    Python, each as a 400 naming the body.
    """

    def parse(
        self,
        stream: Any,
        media_type: str | None = None,
        parser_context: Mapping[str, Any] | None = None,
    ) -> Any:
        try:
            text = stream.read().decode("utf-8")
        except UnicodeDecodeError:
            raise errors.ApiError("not_utf8", "body") from None
        try:
            return json.loads(text, parse_constant=_reject_constant)
        except json.JSONDecodeError as exc:
            raise errors.ApiError(
                "malformed_json", "body", line=exc.lineno, column=exc.colno
            ) from None
        except (ValueError, RecursionError):
            raise errors.ApiError("unreadable_json", "body") from None


def _json_default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


class JSONRenderer(renderers.JSONRenderer):
    """JSON answers encoded by orjson: a screening answer is some 80 kB, and the standard
    library's encoder spent more time on it than the engine did."""

    def render(
        self,
        data: Any,
        accepted_media_type: str | None = None,
        renderer_context: Mapping[str, Any] | None = None,
    ) -> bytes:
        if data is None:
            return b""
        return orjson.dumps(data, default=_json_default)


class HeaderNegotiation(DefaultContentNegotiation):
    """The answer's format follows the Accept header only; `?format=` is no switch here.
    A request that takes anything gets the first format without parsing Accept (most
    clients send none or `*/*`, and this runs on every request)."""

    settings = SimpleNamespace(URL_FORMAT_OVERRIDE=None)

    def select_renderer(
        self, request: Request, renderers: list[Any], format_suffix: str | None = None
    ) -> tuple[Any, str]:
        if request.META.get("HTTP_ACCEPT", "*/*") == "*/*":
            return renderers[0], renderers[0].media_type
        selected: tuple[Any, str] = super().select_renderer(request, renderers, format_suffix)
        return selected


class ApiView(APIView):
    parser_classes = [JSONBodyParser]
    renderer_classes = [JSONRenderer]
    content_negotiation_class = HeaderNegotiation
    metadata_class = None  # OPTIONS is not offered: the schema documents every operation

    def lang(self) -> services.Lang:
        return errors.request_language(self.request)

    def validated(self, serializer_class: type[s.InputSerializer], data: Any) -> dict[str, Any]:
        serializer = serializer_class(data=data, context={"lang": self.lang()})
        serializer.is_valid(raise_exception=True)
        validated: dict[str, Any] = serializer.validated_data
        return validated

    def json_object(self, request: Request) -> Any:
        """The body as parsed JSON; it must be an object (an empty body counts as `{}`)."""
        has_body = request.META.get("CONTENT_LENGTH") not in (None, "", "0")
        if has_body and request.content_type.split(";")[0].strip() != "application/json":
            raise errors.ApiError(
                "unsupported_media_type",
                "Content-Type",
                415,
                expected="application/json",
                given=request.content_type,
            )
        data = request.data
        if not isinstance(data, dict):
            kind = errors.json_kind(data, self.lang())
            raise errors.ApiError("body_not_an_object", "body", kind=kind)
        return data


class SchemeListView(ApiView):
    @extend_schema(
        operation_id="schemes_list",
        parameters=[s.SchemeQuerySerializer],
        responses={200: s.SchemeSummarySerializer(many=True), 400: ERROR_RESPONSES[400]},
        summary="Every scheme, with its availability on a date",
    )
    def get(self, request: Request) -> Response:
        query = self.validated(s.SchemeQuerySerializer, request.query_params.dict())
        return Response(services.describe_schemes(query.get("on") or clock.today()))


class SchemeDetailView(ApiView):
    @extend_schema(
        operation_id="schemes_retrieve",
        parameters=[s.SchemeQuerySerializer],
        responses={
            200: s.SchemeDetailSerializer,
            400: ERROR_RESPONSES[400],
            404: OpenApiResponse(s.ErrorSerializer, description="No scheme has this id."),
        },
        summary="One scheme: facts, criteria, outputs, windows",
    )
    def get(self, request: Request, scheme_id: str) -> Response:
        query = self.validated(s.SchemeQuerySerializer, request.query_params.dict())
        on = query.get("on") or clock.today()
        try:
            return Response(services.describe_scheme(scheme_id, on, lang=self.lang()))
        except EvaluationInputError as exc:
            raise NotFound(" ".join(exc.errors.get("scheme", []))) from exc


class EvaluationView(ApiView):
    @extend_schema(
        operation_id="evaluations_create",
        request=s.EvaluationRequestSerializer,
        responses={200: s.ResultSerializer, **ERROR_RESPONSES},
        summary="Evaluate one scheme for a reference date and a set of facts",
    )
    def post(self, request: Request) -> Response:
        data = self.validated(s.EvaluationRequestSerializer, self.json_object(request))
        result = services.evaluate(data["scheme"], data["on"], data["facts"], lang=self.lang())
        return Response(result)


class ScreeningView(ApiView):
    @extend_schema(
        operation_id="screenings_create",
        request=s.ScreeningRequestSerializer,
        responses={
            200: OpenApiResponse(
                PolymorphicProxySerializer(
                    component_name="ScreeningAnswer",
                    serializers=[s.CompactScreeningSerializer, s.ScreeningSerializer],
                    resource_type_field_name=None,
                ),
                description='Compact by default; every result in full with "detail": "full".',
            ),
            **ERROR_RESPONSES,
        },
        summary="Screen one set of facts against every scheme of an audience",
        description="Per scheme, by default: its status, whether one can apply on the date, "
        "the outcome in one sentence in the language of Accept-Language, the amounts that "
        'have a value and its next question. With `"detail": "full"` each scheme\'s whole '
        "result as `POST /api/v1/evaluations/` gives it (every criterion with its explanation "
        "in Dutch and English, citations, notes, receipt): some ten times the bytes and the "
        "time.",
    )
    def post(self, request: Request) -> Response:
        data = self.validated(s.ScreeningRequestSerializer, self.json_object(request))
        lang = self.lang()
        if data["detail"] == "full":
            result = services.screen(data["audience"], data["on"], data["facts"], lang=lang)
            return Response({**result, "detail": "full"})
        outline = services.screen(
            data["audience"], data["on"], data["facts"], lang=lang, detail="outline"
        )
        return Response(compact.screening(outline, data["facts"], lang))


# Bulk ------------------------------------------------------------------------------------

NDJSON, CSV, JSON = "application/x-ndjson", "text/csv", "application/json"


class NDJSONRenderer(renderers.JSONRenderer):
    """Names the media type for content negotiation; the bulk view streams its own body.
    Anything else rendered with it is one JSON line."""

    media_type = NDJSON
    format = "ndjson"


class CSVRenderer(renderers.JSONRenderer):
    media_type = CSV
    format = "csv"


class BulkEvaluationView(ApiView):
    renderer_classes = [NDJSONRenderer, CSVRenderer]
    chunk_rows = 5000

    @extend_schema(
        operation_id="evaluations_bulk_create",
        parameters=[s.BulkQuerySerializer],
        request={
            NDJSON: {"type": "string", "description": "One JSON object of facts per line."},
            CSV: {
                "type": "string",
                "description": "Header of fact ids; an empty cell is unknown; "
                "choices of a list separated by ';'.",
            },
        },
        responses={
            (200, NDJSON): OpenApiResponse(
                OpenApiTypes.STR, description='Per line: {"line", "status", "outputs"}.'
            ),
            (200, CSV): OpenApiResponse(
                OpenApiTypes.STR, description="Columns line, status and each output."
            ),
            (400, JSON): ERROR_RESPONSES[400],
            (406, JSON): OpenApiResponse(
                s.ErrorSerializer, description="Accept is not CSV or NDJSON."
            ),
            (413, JSON): OpenApiResponse(
                s.ErrorSerializer, description="Too many records or bytes."
            ),
            (415, JSON): OpenApiResponse(
                s.ErrorSerializer, description="Body is not CSV or NDJSON."
            ),
        },
        summary="Evaluate up to EVALUATION_BULK_MAX_RECORDS records of one scheme",
    )
    def post(self, request: Request) -> HttpResponseBase:
        query = self.validated(s.BulkQuerySerializer, request.query_params.dict())
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
        text = self._read_text(request)
        if given == CSV:
            columns, lines, first_lines = _read_csv(text)
        else:
            columns, lines, first_lines = _read_ndjson(text, self.lang())
        if not lines:
            raise errors.ApiError("no_records", "body")
        result = services.evaluate_columns(
            query["scheme"], query["on"], columns, lines, self.lang(), first_lines
        )
        answer = self._answer_format(request, given)
        rows = _csv_rows(result) if answer == CSV else _ndjson_rows(result)
        return StreamingHttpResponse(rows, content_type=f"{answer}; charset=utf-8")

    def _read_text(self, request: Request) -> str:
        limit = settings.EVALUATION_BULK_MAX_BYTES
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0
        if declared > limit:
            raise errors.ApiError("too_large", "body", 413, limit=limit)
        raw = request.read(limit + 1)
        if len(raw) > limit:
            raise errors.ApiError("too_large", "body", 413, limit=limit)
        try:
            return str(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise errors.ApiError("not_utf8", "body") from None

    def _answer_format(self, request: Request, given: str) -> str:
        """What Accept asks for; the upload's own format when it takes either."""
        accept = request.META.get("HTTP_ACCEPT", "")
        if CSV in accept and NDJSON not in accept:
            return CSV
        if NDJSON in accept and CSV not in accept:
            return NDJSON
        return given


Columns = tuple[dict[str, list[Any]], list[int], dict[str, int]]


def _too_many() -> errors.ApiError:
    limit = settings.EVALUATION_BULK_MAX_RECORDS
    return errors.ApiError("too_many_records", "body", 413, limit=limit)


def _read_csv(text: str) -> Columns:
    """Columns of cells by fact id from CSV with a header line of fact ids."""
    limit = settings.EVALUATION_BULK_MAX_RECORDS
    reader = csv.reader(io.StringIO(text))
    try:
        header = [name.strip() for name in next(reader, [])]
        if not header:
            raise errors.ApiError("no_records", "body")
        counts = Counter(header)
        for name in header:
            if counts[name] > 1 or not name:
                raise errors.ApiError("csv_header", "body", input=name, count=counts[name])
        if '"' in text or "\r" in text.replace("\r\n", ""):
            rows, lines = _csv_records_as_read(reader, len(header), limit)
        else:  # no quotes: every record is one physical line
            rows = list(reader)
            lines = [number for number, row in enumerate(rows, start=2) if row]
            if len(lines) != len(rows):
                rows = [row for row in rows if row]
            if len(rows) > limit:
                raise _too_many()
            for line, row in zip(lines, rows, strict=True):
                if len(row) != len(header):
                    raise _row_length(line, row, header)
    except csv.Error as exc:
        raise errors.ApiError("csv_malformed", "body", line=reader.line_num, reason=exc) from None
    # A column no scheme asks for is only named in the error: its cells are not kept.
    known = _fact_ids()
    columns = {
        name: list(map(itemgetter(j), rows)) if name in known else []
        for j, name in enumerate(header)
    }
    return columns, lines, dict.fromkeys(header, 1)


def _csv_records_as_read(reader: Any, width: int, limit: int) -> tuple[list[list[str]], list[int]]:
    """Records one by one, numbered by the line they end on (a quoted cell may hold a
    line break)."""
    rows: list[list[str]] = []
    lines: list[int] = []
    for row in reader:
        if not row:
            continue
        if len(row) != width:
            raise _row_length(reader.line_num, row, [""] * width)
        if len(rows) == limit:
            raise _too_many()
        rows.append(row)
        lines.append(reader.line_num)
    return rows, lines


def _row_length(line: int, row: list[str], header: list[str]) -> errors.ApiError:
    return errors.ApiError(
        "csv_row_length", "body", line=line, count=len(row), expected=len(header)
    )


def _read_ndjson(text: str, lang: services.Lang) -> Columns:
    """Columns of answers by fact id from one JSON object per line."""
    limit = settings.EVALUATION_BULK_MAX_RECORDS
    records: list[dict[str, Any]] = []
    lines: list[int] = []
    first_lines: dict[str, int] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line, parse_constant=_reject_constant)
        except (ValueError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else type(exc).__name__
            raise errors.ApiError("ndjson_malformed", "body", line=number, reason=reason) from None
        if not isinstance(record, dict):
            kind = errors.json_kind(record, lang)
            raise errors.ApiError("ndjson_not_object", "body", line=number, kind=kind)
        if len(records) == limit:
            raise _too_many()
        for key in record:
            first_lines.setdefault(key, number)
        records.append(record)
        lines.append(number)
    return _columns(records, first_lines), lines, first_lines


def _columns(records: list[dict[str, Any]], keys: Mapping[str, int]) -> dict[str, list[Any]]:
    """One column per key, filled in one pass over the answers given (linear in the upload).

    Only a key that is a fact gets a full column; any other key is only named in the
    error, so thousands of made-up keys cost no more than their own bytes.
    """
    known = _fact_ids()
    size = len(records)
    columns: dict[str, list[Any]] = {key: [None] * size if key in known else [] for key in keys}
    full = {key: column for key, column in columns.items() if key in known}
    for i, record in enumerate(records):
        for key, value in record.items():
            column = full.get(key)
            if column is not None:
                column[i] = value
    return columns


@functools.cache
def _fact_ids() -> frozenset[str]:
    """Every fact id any scheme asks (the registry is fixed once the process runs)."""
    return frozenset(fact["id"] for fact in services.fact_catalog())


def _encoded(values: list[Any], encode: Any) -> list[str]:
    """Each value encoded once per distinct value (outputs repeat a lot across records)."""
    memo: dict[Any, str] = {}
    out = []
    for value in values:
        text = memo.get(value)
        if text is None:
            text = memo[value] = encode(value)
        out.append(text)
    return out


def _ndjson_rows(result: services.BulkEvaluation) -> Iterator[str]:
    keys = list(result.outputs)
    prefixes = [json.dumps(key) + ":" for key in keys]
    columns = [_encoded(result.outputs[key], json.dumps) for key in keys]
    statuses = [f'"status":"{status}","outputs":{{' for status in result.statuses]
    lines, size = result.lines, len(result.lines)
    for start in range(0, size, BulkEvaluationView.chunk_rows):
        end = min(start + BulkEvaluationView.chunk_rows, size)
        yield "".join(
            f'{{"line":{lines[i]},{statuses[i]}'
            + ",".join([p + c[i] for p, c in zip(prefixes, columns, strict=True)])
            + "}}\n"
            for i in range(start, end)
        )


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    return str(value)


def _csv_rows(result: services.BulkEvaluation) -> Iterator[str]:
    keys = list(result.outputs)
    columns = [_encoded(result.outputs[key], _csv_cell) for key in keys]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["line", "status", *keys])
    rows = zip(result.lines, result.statuses, *columns, strict=True)
    size = len(result.lines)
    for start in range(0, size, BulkEvaluationView.chunk_rows):
        for _ in range(min(BulkEvaluationView.chunk_rows, size - start)):
            writer.writerow(next(rows))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if size == 0:
        yield buffer.getvalue()
