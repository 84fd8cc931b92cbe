"""The forms of the questionnaire: who you are, what you want to know, one question, a code.

The question form has no fields of its own: it gets one field per fact from
`fields.form_field`, built from the engine's definition of that fact.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from eligibility import checks, clock

from . import fields, topics
from .messages import FORM_MESSAGES

REFERENCE_DATES = (date(1900, 1, 1), date(2100, 12, 31))


class AudienceForm(forms.Form):
    audience = forms.ChoiceField(
        choices=list(topics.AUDIENCES.items()),
        widget=forms.RadioSelect(attrs={"class": "radio-input"}),
        error_messages={
            "required": FORM_MESSAGES["audience"],
            "invalid_choice": FORM_MESSAGES["audience"],
        },
    )


class TopicForm(forms.Form):
    topic = forms.ChoiceField(
        widget=forms.RadioSelect(attrs={"class": "radio-input"}),
        error_messages={
            "required": FORM_MESSAGES["topic"],
            "invalid_choice": FORM_MESSAGES["topic"],
        },
    )

    def __init__(self, audience: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.audience = audience
        self.fields["topic"].choices = [(t.id, t.label) for t in topics.for_audience(audience)]
        if audience == "adviser":
            self.fields["on"] = forms.CharField(
                required=False,
                widget=fields.text_input("text", "input-date"),
            )

    def clean_on(self) -> Any:
        text = self.cleaned_data.get("on", "")
        if not text:
            return clock.today()
        try:
            iso = fields.read_date(text)
        except forms.ValidationError:
            raise forms.ValidationError(FORM_MESSAGES["reference_date_format"]) from None
        day = clock.parse_iso_date(iso)
        if day is None:
            raise forms.ValidationError(FORM_MESSAGES["reference_date_format"])
        if not REFERENCE_DATES[0] <= day <= REFERENCE_DATES[1]:
            # The API's range; the engine cannot count days on from 31-12-9999.
            raise forms.ValidationError(
                _("Choose a reference date from 1 January 1900 to 31 December 2100.")
            )
        return day


class QuestionForm(forms.Form):
    """One question: the field for `fact`, generated from its definition."""

    def __init__(self, fact: dict[str, Any], lang: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fact = fact
        self.fields[fact["id"]] = fields.form_field(fact, lang)

    @property
    def field(self) -> forms.BoundField:
        return self[self.fact["id"]]


class CodeForm(forms.Form):
    code = forms.CharField(
        max_length=20,
        widget=forms.TextInput(
            attrs={"class": "input input-code", "autocomplete": "off", "spellcheck": "false"}
        ),
        error_messages={
            "required": FORM_MESSAGES["code_format"],
            "max_length": FORM_MESSAGES["code_format"],
        },
    )

    def clean_code(self) -> str:
        code = checks.normalise_code(self.cleaned_data["code"])
        if code is None:
            raise forms.ValidationError(FORM_MESSAGES["code_format"])
        return code
