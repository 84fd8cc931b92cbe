"""The HTTP API: one thin view per operation over `eligibility.services`.

Each view checks the request's shape with its input serializer, calls one service and
returns its JSON. Errors are raised, never answered here: `errors.exception_handler`
turns them into the one error shape in the request's language.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import orjson
from drf_spectacular.utils import OpenApiResponse, PolymorphicProxySerializer, extend_schema
from rest_framework import renderers
from rest_framework.exceptions import NotFound
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.parsers import JSONParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from eligibility import catalogue, clock, services
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
        read = serializer_class.read(data)
        if read is not None:
            return read
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
        return Response(catalogue.describe_schemes(query.get("on") or clock.today()))


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
            return Response(catalogue.describe_scheme(scheme_id, on, lang=self.lang()))
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
            data["audience"],
            data["on"],
            data["facts"],
            lang=lang,
            detail="outline",
            outputs=compact.shown_outputs,
        )
        return Response(compact.screening(outline, data["facts"], lang))
