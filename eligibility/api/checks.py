"""Saved checks over HTTP (`/api/v1/checks/`): thin views over `eligibility.checks`.

A check is addressed by its token, never by a database id. Every save carries the version
the client read; a stale one is answered 409 with the current version, so two clients
never overwrite each other's answers unnoticed. Errors are raised, never answered here:
`errors.exception_handler` gives them the one error shape (404 for an unknown or expired
check, 409 for a stale version, 400 naming the answer that cannot be used).
"""

from __future__ import annotations

import json
from typing import Any

from django.urls import path
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiResponse,
    PolymorphicProxySerializer,
    extend_schema,
    extend_schema_field,
)
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response

from eligibility import catalogue, checks, clock
from eligibility.clients import client_address
from eligibility.models import SavedCheck

from . import serializers as s
from .views import ERROR_RESPONSES, ApiView

LANGS = ("nl", "en")


# Inputs ----------------------------------------------------------------------------------


@extend_schema_field({"type": "integer", "minimum": 1, "example": 1})
class VersionField(s.TranslatedFailures, serializers.Field):
    """The version the client read: a whole number, 1 or more (not a boolean, not text)."""

    def to_internal_value(self, data: Any) -> int:
        if isinstance(data, bool) or not isinstance(data, int) or data < 1:
            self.fail("not_a_version", input=json.dumps(data))
        return int(data)

    def to_representation(self, value: int) -> int:
        return value


class CheckCreateSerializer(s.InputSerializer):
    scheme = s.IdChoiceField(
        choices=catalogue.scheme_ids(),
        required=False,
        allow_null=True,
        help_text="The scheme id; omitted or null saves a screening across every scheme "
        "of `audience`.",
    )
    audience = s.IdChoiceField(
        choices=s.AUDIENCES,
        required=False,
        allow_null=True,
        help_text="Who is asking; required for a screening.",
    )
    on = s.IsoDateField(required=False, help_text="The reference date; today when omitted.")
    answers = s.FactsField(required=False, default=dict)
    lang = s.IdChoiceField(
        choices=LANGS,
        required=False,
        help_text="The language of the check; the request's language when omitted.",
    )


class CheckUpdateSerializer(s.InputSerializer):
    version = VersionField(help_text="The version this change was made on (as last read).")
    answers = s.FactsField(
        required=False,
        default=dict,
        help_text="Only the answers that change; null removes an answer.",
    )
    on = s.IsoDateField(required=False, help_text="A new reference date; unchanged if omitted.")

    # The answers are the partial part of this PATCH; the body itself never is: `version` is
    # always required. DRF and the schema generator set `partial` for a PATCH; ignore it.
    @property
    def partial(self) -> bool:
        return False

    @partial.setter
    def partial(self, value: bool) -> None:
        pass


# Output (for the OpenAPI document; `check_json` builds it) --------------------------------


@extend_schema_field(
    PolymorphicProxySerializer(
        component_name="CheckResult",
        serializers=[s.ResultSerializer, s.ScreeningSerializer],
        resource_type_field_name=None,
    )
)
class CheckResultField(serializers.JSONField):
    pass


class CheckSerializer(serializers.Serializer):  # type: ignore[type-arg]
    token = serializers.CharField(
        allow_null=True,
        help_text="The key to this check (keep it private). Null when the check was found by "
        "its code: only a hash of the token is stored.",
    )
    code = serializers.CharField(help_text="Short code to read aloud, e.g. K7PM-3XQA.")
    version = serializers.IntegerField(help_text="Send it back with the next change.")
    scheme = serializers.CharField(allow_null=True, help_text="Null for a screening.")
    audience = serializers.CharField(allow_null=True)
    on = serializers.DateField()
    lang = serializers.ChoiceField(choices=LANGS)
    answers = serializers.DictField(
        help_text="The answers as saved, by fact id (see the request's `answers`)."
    )
    result = CheckResultField(
        help_text="The result of the last save: one scheme's, or the screening's; each "
        "with its receipt (rule version, parameter values)."
    )
    current_result = CheckResultField(
        allow_null=True,
        help_text="After a scheme version changed: the same answers on the same reference date "
        "under today's law (`result` stays as saved). Null until then, and after a new save.",
    )
    changes = serializers.ListField(
        child=serializers.DictField(),
        help_text="Each evaluation under a new scheme version that changed the status, an "
        "amount or a date: `at`, `from_versions`, `to_versions`, `differences` (scheme, what, "
        "old, new) and the `changelog` entry of each new version.",
    )
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    expires_at = serializers.DateTimeField(help_text="Each save moves this forward.")


def check_json(check: SavedCheck) -> dict[str, Any]:
    return {
        "token": check.token,
        "code": checks.format_code(check.code),
        "version": check.version,
        "scheme": check.scheme or None,
        "audience": check.audience or None,
        "on": check.on.isoformat(),
        "lang": check.lang,
        "answers": check.answers,
        "result": check.result,
        "current_result": check.current_result,
        "changes": check.changes,
        "created_at": check.created_at.isoformat(),
        "updated_at": check.updated_at.isoformat(),
        "expires_at": check.expires_at.isoformat(),
    }


NOT_FOUND = OpenApiResponse(
    s.ErrorSerializer, description="No check has this key, or it has expired."
)
TOO_MANY_GUESSES = OpenApiResponse(
    s.ErrorSerializer,
    description="Too many unknown codes from this address this hour; see `Retry-After`.",
)
STALE = OpenApiResponse(
    s.ErrorSerializer,
    description="Saved again since `version` was read; `current_version` says the latest.",
)
CREATE_EXAMPLE = OpenApiExample(
    "Wet flexibel werken, partly answered",
    value={"scheme": "wfw", "on": "2025-03-01", "answers": {"wfw_weeks_in_service": 52}},
    request_only=True,
)
UPDATE_EXAMPLE = OpenApiExample(
    "Add one answer, remove another",
    value={"version": 1, "answers": {"employer_headcount": 40, "informal_carer": None}},
    request_only=True,
)


# Views -----------------------------------------------------------------------------------


class CheckCreateView(ApiView):
    facts_field = "answers"  # errors about one answer name `answers.<fact id>`

    @extend_schema(
        operation_id="checks_create",
        request=CheckCreateSerializer,
        responses={201: CheckSerializer, **ERROR_RESPONSES},
        examples=[CREATE_EXAMPLE],
        summary="Save answers as a new check; the answer holds its token and code",
        tags=["checks"],
    )
    def post(self, request: Request) -> Response:
        data = self.validated(CheckCreateSerializer, self.json_object(request))
        check = checks.create_check(
            data.get("scheme"),
            data.get("audience"),
            data.get("on") or clock.today(),
            data["answers"],
            data.get("lang") or self.lang(),
            error_lang=self.lang(),
        )
        return Response(check_json(check), status=201)


class CheckDetailView(ApiView):
    facts_field = "answers"  # errors about one answer name `answers.<fact id>`

    @extend_schema(
        operation_id="checks_retrieve",
        responses={200: CheckSerializer, 404: NOT_FOUND},
        summary="Read a saved check",
        tags=["checks"],
    )
    def get(self, request: Request, token: str) -> Response:
        return Response(check_json(checks.get_check(token)))

    @extend_schema(
        operation_id="checks_partial_update",
        request=CheckUpdateSerializer,
        responses={200: CheckSerializer, 404: NOT_FOUND, 409: STALE, **ERROR_RESPONSES},
        examples=[UPDATE_EXAMPLE],
        summary="Change some answers (null removes one) and re-evaluate",
        tags=["checks"],
    )
    def patch(self, request: Request, token: str) -> Response:
        data = self.validated(CheckUpdateSerializer, self.json_object(request))
        check = checks.update_answers(
            token, data["version"], data["answers"], data.get("on"), lang=self.lang()
        )
        return Response(check_json(check))

    @extend_schema(
        operation_id="checks_destroy",
        responses={204: None, 404: NOT_FOUND},
        summary="Delete a saved check",
        tags=["checks"],
    )
    def delete(self, request: Request, token: str) -> Response:
        checks.delete_check(token)
        return Response(status=204)


class CheckByCodeView(ApiView):
    @extend_schema(
        operation_id="checks_by_code_retrieve",
        responses={200: CheckSerializer, 404: NOT_FOUND, 429: TOO_MANY_GUESSES},
        summary="Find a saved check by its short code (any case, dash optional)",
        description="One client address may miss at most `CHECK_CODE_MISSES_PER_HOUR` codes "
        "an hour (20 by default); after that every code lookup from it is answered 429 "
        "with `Retry-After` until the hour is over.",
        tags=["checks"],
    )
    def get(self, request: Request, code: str) -> Response:
        return Response(check_json(checks.get_check_by_code(code, client_address(request))))


urlpatterns = [
    path("", CheckCreateView.as_view(), name="check-create"),
    path("by-code/<str:code>/", CheckByCodeView.as_view(), name="check-by-code"),
    path("<str:token>/", CheckDetailView.as_view(), name="check-detail"),
]
