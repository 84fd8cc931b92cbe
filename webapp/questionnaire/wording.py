"""Questions put to a worker about themselves: the schemes word a question for anyone
("de werknemer"); a worker who checks for themselves reads it in the "u" form."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

WORKER: dict[str, Promise] = {
    "wfw_request_type": _("What do you want to change?"),
    "employer_headcount": _("How many employees does your employer have?"),
    "wfw_employment_start_date": _("Since which date have you worked for this employer?"),
    "wfw_weeks_in_service": _(
        "How many weeks will you have worked for this employer on the date the change starts?"
    ),
    "wfw_request_written": _("Did you make the request in writing (letter or e-mail)?"),
    "birth_date": _("What is your date of birth?"),
    "parent_child_under_8": _("Are you a parent of a child under 8?"),
    "informal_carer": _(
        "Do you care for someone who is seriously or life-threateningly ill or in need of "
        "help (partner, child, parent, housemate or other relative)?"
    ),
    "wfw_unforeseen": _("Has something unexpected happened that makes the change urgent?"),
    "household_staff_lt4days": _(
        "Do you work fewer than 4 days a week in a private person's household (for example "
        "as a cleaner or childminder)?"
    ),
    "seafarer": _("Do you work as a seafarer or in sea fishing?"),
    "wfw_previous_decision_date": _(
        "When did your employer grant or refuse an earlier request of the same kind?"
    ),
    "wfw_employer_decision_date": _("On which date did your employer decide in writing?"),
    "wfw_refusal_ground": _("What reason does your employer give if the request is refused?"),
}


def question(fact_id: str, audience: str, default: str) -> str:
    """The question as this audience reads it."""
    if audience == "worker" and fact_id in WORKER:
        return str(WORKER[fact_id])
    return default
