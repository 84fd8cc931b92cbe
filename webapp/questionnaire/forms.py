"""The forms of the questionnaire: who you are, what you want to know, one question, a code.

The question form has no fields of its own: it gets one field per fact from
`fields.form_field`, built from the engine's definition of that fact.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from eligibility import checks, clock

from . import fields, topics
from .messages import FORM_MESSAGES

# The schemes' rules start in 2015 (the oldest: the Wet flexibel werken of 1 January 2016
# and the WW as it stood then); a date further ahead than this is a typing error.
FIRST_REFERENCE_YEAR = 2015
YEARS_AHEAD = 3


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
        today = clock.today()
        if not FIRST_REFERENCE_YEAR <= day.year <= today.year + YEARS_AHEAD:
            raise forms.ValidationError(
                FORM_MESSAGES["reference_date_range"],
                params={"first": FIRST_REFERENCE_YEAR, "last": today.year + YEARS_AHEAD},
            )
        return day


class SituationForm(forms.Form):
    """The filter question of "check everything": which situations apply, or none."""

    situations = forms.MultipleChoiceField(
        widget=forms.CheckboxSelectMultiple(attrs={"class": "checkbox-input"}),
        error_messages={
            "required": FORM_MESSAGES["situations"],
            "invalid_choice": FORM_MESSAGES["situations"],
        },
    )

    def __init__(self, audience: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [(s.id, s.label) for s in topics.situations_for(audience)]
        none = (
            _("None of these: show everything")
            if audience != "adviser"
            else _("None of these: check every scheme")
        )
        self.fields["situations"].choices = [*choices, (topics.NONE_OF_THESE, none)]
        if audience == "adviser":
            self.fields["closed_too"] = forms.BooleanField(
                required=False,
                label=_("Also ask the questions of schemes one cannot apply for on this date"),
                widget=forms.CheckboxInput(attrs={"class": "checkbox-input"}),
            )

    def clean_situations(self) -> list[str]:
        chosen: list[str] = self.cleaned_data["situations"]
        if topics.NONE_OF_THESE in chosen and len(chosen) > 1:
            raise forms.ValidationError(FORM_MESSAGES["situations_none"])
        return chosen


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
