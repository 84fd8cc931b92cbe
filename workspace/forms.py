"""Forms of the adviser workspace. They only coerce input; services decide and save."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from .models import Organisation
from .validators import validate_not_bsn, validate_notes_not_bsn


class LoginForm(AuthenticationForm):
    """Sign in with the e-mail address the account was created with."""

    username = forms.CharField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "username", "autofocus": True}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    error_messages = {
        "invalid_login": _(
            "This e-mail address and password do not match an active account. "
            "Check both and try again."
        ),
        "inactive": _("This account has been deactivated. Ask the admin of your loket."),
    }

    def clean_username(self) -> str:
        return str(self.cleaned_data["username"]).strip().lower()


class CaseForm(forms.Form):
    client_reference = forms.CharField(
        label=_("Client reference"),
        max_length=40,
        validators=[validate_not_bsn],
        help_text=_(
            "A code of your own that does not identify the client outside this loket: "
            "no name, citizen service number (BSN) or date of birth."
        ),
        error_messages={
            "required": _("Enter a client reference."),
            "max_length": _("A client reference has at most 40 characters."),
        },
    )
    notes = forms.CharField(
        label=_("Notes"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Only what you need for the advice. These notes are on the handover."),
        validators=[validate_notes_not_bsn],
    )

    def clean_client_reference(self) -> str:
        return " ".join(str(self.cleaned_data["client_reference"]).split())


class AttachCheckForm(forms.Form):
    code = forms.CharField(
        label=_("Code of the saved check"),
        max_length=16,
        help_text=_(
            "The code of 8 letters and digits the questionnaire showed, for example ABCD-EF23."
        ),
        error_messages={"required": _("Enter the code of the saved check.")},
    )


class CaseFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    mine = forms.BooleanField(label=_("Only my cases"), required=False)
    scheme = forms.ChoiceField(label=_("Scheme checked"), required=False)
    status = forms.ChoiceField(
        label=_("Outcome"),
        required=False,
        choices=[
            ("", _("Any outcome")),
            ("eligible", _("Eligible")),
            ("not_eligible", _("Not eligible")),
            ("undetermined", _("Not yet decided")),
        ],
    )
    active = forms.ChoiceField(
        label=_("Active in the last"),
        required=False,
        choices=[
            ("", _("Any time")),
            ("7", _("7 days")),
            ("30", _("30 days")),
            ("90", _("90 days")),
        ],
    )

    def __init__(self, *args: Any, schemes: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["scheme"].choices = [("", _("Any scheme")), *schemes]


class AdviserForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        error_messages={
            "required": _("Enter the adviser's e-mail address."),
            "invalid": _("Enter a valid e-mail address."),
        },
    )
    is_admin = forms.BooleanField(
        label=_("May manage the advisers and see the audit log"), required=False
    )


class ContactForm(forms.ModelForm):
    """How clients reach the loket: printed on every handover."""

    contact_website = forms.URLField(label=_("website"), required=False, assume_scheme="https")

    class Meta:
        model = Organisation
        fields = [
            "contact_address",
            "contact_phone",
            "contact_email",
            "contact_hours",
            "contact_website",
        ]
        help_texts = {
            "contact_address": _("For example Stationsplein 1, 3511 ED Utrecht."),
            "contact_hours": _("For example Monday to Friday 9.00 to 17.00."),
        }
