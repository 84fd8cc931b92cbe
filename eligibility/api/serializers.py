"""Input and output serializers of the HTTP API, and the JSON schema of the facts.

Input serializers only check the shape of a request (which fields, which types, a real
date); whether an answer is valid for a fact is the engine's call, through
`eligibility.services`. Every failure says itself through `errors.MESSAGES`, in the
request's language (serializer context `lang`).

The schema of `facts` is each fact kind's own (`json_schema` in `rules.facts`, built from
the grammar its parse reads), so the OpenAPI document and fuzzing accept exactly the
answers the engine does, and know each answer's bounds and choices. Output serializers exist for that document.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from datetime import date
from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.fields import SkipField, empty

from eligibility import catalogue, clock
from rules.facts import FACT_KINDS, Audience, DateFact

from . import errors

AUDIENCES = tuple(str(audience) for audience in Audience)
SCREENING_DETAIL = ("compact", "full")
# The reference date has a date fact's bounds.
FIRST_DATE: date = DateFact.model_fields["minimum"].default
LAST_DATE: date = DateFact.model_fields["maximum"].default


class TranslatedFailures:
    """Makes a DRF field's failures sentences from `errors.MESSAGES`, naming the field."""

    field_name: str
    context: Mapping[str, Any]

    def fail(self, key: str, **kwargs: Any) -> None:
        lang = self.context.get("lang", "nl")
        params = {"field": self.field_name, **self.message_params(), **kwargs}
        raise serializers.ValidationError(errors.message(key, lang, **params), code=key)

    def message_params(self) -> dict[str, object]:
        return {}


class IdChoiceField(TranslatedFailures, serializers.ChoiceField):
    def to_internal_value(self, data: Any) -> Any:
        if not isinstance(data, str):
            self.fail("not_a_string")
        return super().to_internal_value(data)

    def message_params(self) -> dict[str, object]:
        return {"choices": ", ".join(str(c) for c in self.choices)}


@extend_schema_field({"type": "string", "format": "date", "example": "2025-03-15"})
class IsoDateField(TranslatedFailures, serializers.Field):
    """A real calendar date written exactly as YYYY-MM-DD, between 1900 and 2100."""

    def to_internal_value(self, data: Any) -> date:
        parsed = clock.parse_iso_date(data) if isinstance(data, str) else None
        if parsed is None:
            self.fail("invalid_date", input=data)
        assert parsed is not None
        if not FIRST_DATE <= parsed <= LAST_DATE:
            self.fail("date_out_of_range", input=data, minimum=FIRST_DATE, maximum=LAST_DATE)
        return parsed

    def to_representation(self, value: date) -> str:
        return value.isoformat()


# The facts object ------------------------------------------------------------------------


def facts_schema() -> dict[str, Any]:
    """The JSON schema of a facts object: every fact any scheme asks, each optional."""
    properties = {}
    for fact in catalogue.fact_definitions():
        schema = fact.json_schema()
        for form in schema.get("anyOf", [schema]):
            form["nullable"] = True
        schema["description"] = f"{fact.question.en} {schema.get('description', '')}".strip()
        properties[fact.id] = schema
    return {
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
        "description": "Answers by fact id. An omitted or null answer is unknown; an id no "
        "scheme defines is an error; a fact the scheme does not use is ignored.",
    }


@extend_schema_field(facts_schema())
class FactsField(TranslatedFailures, serializers.Field):
    """A JSON object of fact ids to answers; the answers are checked by the engine."""

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        if not isinstance(data, dict):
            self.fail("not_an_object", kind=errors.json_kind(data, self.context.get("lang", "nl")))
        return dict(data)

    def to_representation(self, value: dict[str, Any]) -> dict[str, Any]:
        return value


# Inputs ----------------------------------------------------------------------------------


class InputSerializer(serializers.Serializer):
    """Refuses fields it does not know, like the engine refuses unknown facts."""

    @classmethod
    def read(cls, data: Any) -> dict[str, Any] | None:
        """The validated data of a request whose every field is valid, read by the declared
        fields themselves, without a serializer bound to the request (most of what DRF
        spends on a valid request); `None` when anything is wrong or unknown, for the
        serializer to say what, in its words and the request's language."""
        fields = cls._declared_fields
        if not isinstance(data, Mapping) or any(key not in fields for key in data):
            return None
        if cls.validate is not serializers.Serializer.validate:
            return None  # checks across fields are the serializer's
        validated = {}
        for name, field in fields.items():
            if hasattr(cls, f"validate_{name}"):
                return None
            try:
                validated[name] = field.run_validation(data.get(name, empty))
            except SkipField:  # optional, not given and without a default
                continue
            except Exception:  # a failure, said by the serializer
                return None
        return validated

    def get_fields(self) -> dict[str, serializers.Field]:
        """The declared fields, each copied for this request. DRF deep-copies them, which
        builds every field again from its arguments (a choice field its tables of choices):
        a fifth of an evaluation request. What a request sets on a field (its name, parent
        and validators) is set on its own copy."""
        return {name: copy.copy(field) for name, field in self._declared_fields.items()}

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, Mapping):
            unknown = [key for key in data if key not in self.fields]
            if unknown:
                lang = self.context.get("lang", "nl")
                known = ", ".join(self.fields)
                raise serializers.ValidationError(
                    {
                        str(key): [
                            serializers.ErrorDetail(
                                errors.message("unknown_field", lang, field=key, known=known),
                                code="unknown_field",
                            )
                        ]
                        for key in unknown
                    }
                )
        return super().to_internal_value(data)


class EvaluationRequestSerializer(InputSerializer):
    scheme = IdChoiceField(choices=catalogue.scheme_ids(), help_text="The scheme id.")
    on = IsoDateField(help_text="The reference date; its meaning per scheme is in its contract.")
    facts = FactsField(required=False, default=dict)


class ScreeningRequestSerializer(InputSerializer):
    audience = IdChoiceField(choices=AUDIENCES, help_text="Who is asking.")
    on = IsoDateField(help_text="The reference date.")
    facts = FactsField(required=False, default=dict)
    detail = IdChoiceField(
        choices=SCREENING_DETAIL,
        required=False,
        default="compact",
        help_text="compact (the default): per scheme its status, availability, the outcome "
        "in one sentence, amounts and next question. full: every scheme's whole result, as "
        "POST /api/v1/evaluations/ gives it.",
    )


class SchemeQuerySerializer(InputSerializer):
    on = IsoDateField(required=False, help_text="The reference date; today when omitted.")


class BulkQuerySerializer(InputSerializer):
    scheme = IdChoiceField(choices=catalogue.scheme_ids(), help_text="The scheme id.")
    on = IsoDateField(help_text="The reference date for every record.")


class BulkScreeningQuerySerializer(InputSerializer):
    audience = IdChoiceField(
        choices=AUDIENCES, help_text="Whose schemes every record is screened against."
    )
    on = IsoDateField(help_text="The reference date for every record.")


# Outputs (for the OpenAPI document) -------------------------------------------------------


class TextSerializer(serializers.Serializer):
    nl = serializers.CharField()
    en = serializers.CharField()


class CitationSerializer(serializers.Serializer):
    title = serializers.CharField()
    article = serializers.CharField()
    url = serializers.URLField()
    source = serializers.ChoiceField(choices=["OFF", "EXECUTOR", "SEC", "INF"])


class WindowSerializer(serializers.Serializer):
    id = serializers.CharField()
    opens = serializers.DateField()
    closes = serializers.DateField()


class AvailabilitySerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=["open", "closed", "not_yet_open", "unknown"])
    window = serializers.CharField(allow_null=True)
    next_window = WindowSerializer(allow_null=True)
    closed_since = serializers.DateField(allow_null=True)
    message = TextSerializer()
    successor = TextSerializer(allow_null=True)


class ChoiceSerializer(serializers.Serializer):
    id = serializers.CharField()
    label = TextSerializer()


class FactSerializer(serializers.Serializer):
    id = serializers.CharField()
    kind = serializers.ChoiceField(choices=list(FACT_KINDS))
    question = TextSerializer()
    help = TextSerializer(allow_null=True)
    audience = serializers.ListField(child=serializers.ChoiceField(choices=AUDIENCES))
    optional = serializers.BooleanField()
    default = serializers.JSONField(allow_null=True)
    minimum = serializers.JSONField(allow_null=True)
    maximum = serializers.JSONField(allow_null=True)
    choices = ChoiceSerializer(many=True, allow_null=True)


class CriterionSerializer(serializers.Serializer):
    id = serializers.CharField()
    label = TextSerializer()
    citation = CitationSerializer()


class OutputSerializer(serializers.Serializer):
    id = serializers.CharField()
    kind = serializers.CharField()
    label = TextSerializer()
    choices = ChoiceSerializer(
        many=True, allow_null=True, help_text="An enum output's values with their labels."
    )


class SchemeSummarySerializer(serializers.Serializer):
    id = serializers.CharField()
    version = serializers.CharField()
    title = TextSerializer()
    summary = TextSerializer()
    eligible_means = TextSerializer()
    audience = serializers.ListField(child=serializers.ChoiceField(choices=AUDIENCES))
    legal_basis = CitationSerializer()
    availability = AvailabilitySerializer()


class SchemeDetailSerializer(SchemeSummarySerializer):
    in_force_from = serializers.DateField()
    in_force_to = serializers.DateField(allow_null=True)
    windows = WindowSerializer(many=True)
    availability_citation = CitationSerializer()
    facts = FactSerializer(many=True)
    criteria = CriterionSerializer(many=True)
    outputs = OutputSerializer(many=True)


class CriterionResultSerializer(serializers.Serializer):
    id = serializers.CharField()
    status = serializers.ChoiceField(choices=["met", "not_met", "unknown"])
    label = TextSerializer()
    explanation = TextSerializer()
    facts = serializers.ListField(child=serializers.CharField())
    citation = CitationSerializer()
    would_change = serializers.ListField(child=serializers.DictField())


class NoteResultSerializer(serializers.Serializer):
    id = serializers.CharField()
    text = TextSerializer()
    citation = CitationSerializer(allow_null=True)


class ResultSerializer(serializers.Serializer):
    scheme = serializers.CharField()
    on = serializers.DateField()
    status = serializers.ChoiceField(choices=["eligible", "not_eligible", "undetermined"])
    availability = AvailabilitySerializer()
    outputs = serializers.DictField(
        help_text="The named values of the scheme's contract; null where not computable yet."
    )
    criteria = CriterionResultSerializer(many=True)
    missing = serializers.ListField(
        child=serializers.CharField(), help_text="Facts still needed, most useful first."
    )
    needed_for_outputs = serializers.ListField(child=serializers.CharField())
    notes = NoteResultSerializer(many=True)
    receipt = serializers.DictField(help_text="Engine and scheme version, parameter values.")


class ScreeningSerializer(serializers.Serializer):
    on = serializers.DateField()
    audience = serializers.ChoiceField(choices=AUDIENCES)
    detail = serializers.ChoiceField(
        choices=["full"],
        required=False,
        help_text="full in an answer of POST /api/v1/screenings/; a saved check has none.",
    )
    next_question = serializers.CharField(allow_null=True)
    missing = serializers.ListField(child=serializers.CharField())
    decided = serializers.ListField(child=serializers.CharField())
    results = ResultSerializer(many=True)


class CompactAvailabilitySerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=["open", "closed", "not_yet_open", "unknown"])
    next_window = WindowSerializer(allow_null=True)


class CompactResultSerializer(serializers.Serializer):
    scheme = serializers.CharField()
    title = serializers.CharField(help_text="In the language of Accept-Language.")
    status = serializers.ChoiceField(choices=["eligible", "not_eligible", "undetermined"])
    availability = CompactAvailabilitySerializer()
    headline = serializers.CharField(
        help_text="The outcome in one sentence, in the language of Accept-Language."
    )
    amounts = serializers.DictField(
        child=serializers.CharField(),
        help_text='The money outputs that have a value, in euros ("1443.75").',
    )
    next_question = serializers.CharField(
        allow_null=True, help_text="The fact this scheme needs next; null when decided."
    )


class CompactScreeningSerializer(serializers.Serializer):
    on = serializers.DateField()
    audience = serializers.ChoiceField(choices=AUDIENCES)
    detail = serializers.ChoiceField(choices=["compact"])
    next_question = serializers.CharField(
        allow_null=True, help_text="The one question to ask next, across the schemes."
    )
    missing = serializers.ListField(child=serializers.CharField())
    decided = serializers.ListField(child=serializers.CharField())
    results = CompactResultSerializer(many=True)


class ErrorEntrySerializer(serializers.Serializer):
    field = serializers.CharField(
        allow_null=True, help_text="scheme, on, facts.<fact id>, body or a header; null if none."
    )
    code = serializers.CharField()
    message = serializers.CharField(help_text="A sentence in the request's language.")


class ErrorSerializer(serializers.Serializer):
    errors = ErrorEntrySerializer(many=True)
