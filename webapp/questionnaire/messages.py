"""Every error message the questionnaire shows, from one table.

Two sources, one place: the sentences for what only a form knows (no answer given, a
date or an amount written in a way we cannot read), translated with gettext; and the
engine's own sentences for an answer it refuses (`FactIssue` messages, already Dutch and
English), adapted to stand beside the field they belong to.
"""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

FORM_MESSAGES: dict[str, Promise] = {
    "required": _("Answer this question, or choose “I do not know”."),
    "required_choice": _("Choose one of the options, or choose “I do not know”."),
    "required_list": _("Choose at least one option, or choose “I do not know”."),
    "invalid_choice": _("Choose one of the options shown."),
    "date_format": _("Write the date as day-month-year, for example 31-03-2025 or 31 maart 2025."),
    "date_not_real": _(
        "%(typed)s is not a real date. Write a date that exists, for example 28-02-2025."
    ),
    "amount_format": _("Write an amount in euros, for example 1250,50."),
    "audience": _("Choose who you are."),
    "topic": _("Choose what you want to know."),
    "situations": _("Choose what applies, or “None of these”."),
    "situations_none": _("Choose “None of these” only when nothing else applies."),
    "reference_date_format": _(
        "Write the reference date as day-month-year, for example 31-03-2025."
    ),
    "reference_date_range": _(
        "The reference date must be in %(first)s or later, and in %(last)s at the latest."
    ),
    "code_format": _("Write the code of 8 letters and digits, for example ABCD-EF23."),
    "code_unknown": _(
        "There is no saved check with this code. Check the code; a saved check is kept for "
        "a limited number of days."
    ),
    "token_unknown": _(
        "This link does not lead to a saved check. It may have expired; start a new check."
    ),
    "stale": _(
        "Your answers were also changed somewhere else (in another window or on another "
        "device). We loaded the latest saved answers; check them and answer again."
    ),
    "no_journey": _("Your answers were not found. Start the check again."),
}


def form_message(code: str) -> str:
    return str(FORM_MESSAGES[code])


# What the answer is called beside its field, by the kind of fact.
SUBJECTS: dict[str, Promise] = {
    "money": _("The amount"),
    "date": _("The date"),
    "int": _("The number"),
    "decimal": _("The number"),
}


def engine_message(message: str, fact_id: str, kind: str = "") -> str:
    """The engine's sentence for a refused answer, said about the field it stands beside.

    The engine names the fact by its id ("'income_month_eur' must be ..."), which is
    right for the API and the command line; beside a form field it becomes "The amount
    must be ..." (or "Your answer must be ..." for other kinds of answer).
    """
    quoted = f"'{fact_id}'"
    if message.startswith(quoted + ": "):
        rest = message[len(quoted) + 2 :]
        return rest[:1].upper() + rest[1:]
    if message.startswith(quoted):
        subject = SUBJECTS.get(kind) or _("Your answer")
        return gettext(str(subject)) + message[len(quoted) :]
    return message
