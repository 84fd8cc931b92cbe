"""Who the questionnaire is for, and the topics a person can choose from.

A topic is a question in the person's words, mapped to the schemes that answer it. The
topic "everything" has no fixed schemes: it screens every scheme meant for the audience.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

AUDIENCES: dict[str, Promise] = {
    "worker": _("I work or I am looking for work"),
    "employer": _("I am an employer"),
    "adviser": _("I advise someone else (for example at a counter or as an HR adviser)"),
}
AUDIENCE_HINTS: dict[str, Promise] = {
    "worker": _("Also when you receive WW or want to train."),
    "employer": _("For subsidies, and for requests of your employees."),
    "adviser": _("You can also check a date in the past."),
}

EVERYTHING = "everything"


@dataclass(frozen=True)
class Topic:
    id: str
    label: Promise
    schemes: tuple[str, ...]  # empty for "everything": every scheme of the audience
    audiences: tuple[str, ...]


ALL = ("worker", "employer", "adviser")

TOPICS: tuple[Topic, ...] = (
    Topic(
        "ww_income",
        _("Working during WW: does my benefit continue, and how much do I get?"),
        ("ww_inkomensverrekening",),
        ("worker", "adviser"),
    ),
    Topic(
        "flexible_work",
        _("Working fewer or other hours, for example to study or to care (Wet flexibel werken)"),
        ("wfw",),
        ALL,
    ),
    Topic(
        "training_subsidy",
        _("A subsidy for training my staff (SLIM)"),
        ("slim",),
        ("employer", "adviser"),
    ),
    Topic(
        "work_learn_places",
        _(
            "A subsidy for work-and-learn places: bbl, dual hbo, internships, PhD candidates (praktijkleren)"
        ),
        ("praktijkleren",),
        ("employer", "adviser"),
    ),
    Topic(
        "slim_scholing",
        _(
            "A subsidy for training courses of my staff in a sector development path (SLIM-scholingssubsidie)"
        ),
        ("slim_scholing",),
        ("employer", "adviser"),
    ),
    Topic(
        "groepshulp",
        _("The groepshulp subsidy for childcare"),
        ("groepshulp",),
        ("employer", "adviser"),
    ),
    Topic(
        "learning_loan",
        _("I want to follow a course or programme: how can I pay the tuition fee?"),
        ("levenlanglerenkrediet",),
        ("worker", "adviser"),
    ),
    Topic(
        "retraining_budget",
        _("A budget for training or retraining (STAP, NL leert door)"),
        ("stap", "nlld_ontwikkeladvies", "nlld_scholing"),
        ("worker", "adviser"),
    ),
    Topic(
        "sector_project",
        _("A sector project for training workers (NL leert door)"),
        ("nlld_sectoraal_maatwerk",),
        ("employer", "adviser"),
    ),
    Topic(
        "lost_job",
        _("I lost my job: do I get WW, how much and for how long?"),
        ("ww_recht",),
        ("worker", "adviser"),
    ),
    Topic(
        "ww_again",
        _("WW again after work: does my old WW start again?"),
        ("ww_herleving",),
        ("worker", "adviser"),
    ),
    Topic(EVERYTHING, _("Check everything that may apply"), (), ALL),
)

BY_ID = {topic.id: topic for topic in TOPICS}


@dataclass(frozen=True)
class Situation:
    """A filter question's answer for "check everything": a situation in the person's
    words, and the schemes that can apply in it. Only those schemes are then asked about."""

    id: str
    label: Promise
    schemes: tuple[str, ...]
    audiences: tuple[str, ...]


NONE_OF_THESE = "none"

_LEARNING = ("levenlanglerenkrediet", "stap", "nlld_ontwikkeladvies", "nlld_scholing")

SITUATIONS: tuple[Situation, ...] = (
    Situation("receives_ww", _("I receive WW now"), ("ww_inkomensverrekening",), ("worker",)),
    Situation(
        "losing_job", _("I have lost my job, or will lose it soon"), ("ww_recht",), ("worker",)
    ),
    Situation(
        "ww_stopped",
        _("My WW stopped earlier, and now I am out of work again"),
        ("ww_herleving",),
        ("worker",),
    ),
    Situation(
        "other_hours",
        _("I want to work fewer, more or other hours, or elsewhere"),
        ("wfw",),
        ("worker",),
    ),
    Situation("learning", _("I want to follow a course or training"), _LEARNING, ("worker",)),
    Situation(
        "employee_request",
        _("An employee asks to work other hours, at other times or elsewhere"),
        ("wfw",),
        ("employer",),
    ),
    Situation(
        "train_staff",
        _("Training, career advice or practical learning for my staff"),
        ("slim", "slim_scholing"),
        ("employer",),
    ),
    Situation(
        "work_and_learn",
        _("Work-and-learn places: bbl students, dual students, PhD candidates"),
        ("praktijkleren",),
        ("employer",),
    ),
    Situation(
        "childcare", _("Group assistants in a childcare centre"), ("groepshulp",), ("employer",)
    ),
    Situation(
        "sector_project",
        _("A training project for a whole sector"),
        ("nlld_sectoraal_maatwerk",),
        ("employer",),
    ),
    Situation(
        "client_ww", _("The client receives WW now"), ("ww_inkomensverrekening",), ("adviser",)
    ),
    Situation(
        "client_losing_job",
        _("The client has lost their job, or will lose it soon"),
        ("ww_recht",),
        ("adviser",),
    ),
    Situation(
        "client_ww_stopped",
        _("The client's WW stopped earlier, and they are out of work again"),
        ("ww_herleving",),
        ("adviser",),
    ),
    Situation(
        "client_hours",
        _("The client wants to work other hours, at other times or elsewhere"),
        ("wfw",),
        ("adviser",),
    ),
    Situation(
        "client_learning",
        _("The client wants to follow a course or training"),
        _LEARNING,
        ("adviser",),
    ),
    Situation(
        "client_employer",
        _("The client is an employer looking for support with training or work-and-learn places"),
        ("slim", "slim_scholing", "praktijkleren", "groepshulp", "nlld_sectoraal_maatwerk"),
        ("adviser",),
    ),
)

SITUATIONS_BY_ID = {situation.id: situation for situation in SITUATIONS}


def situations_for(audience: str) -> list[Situation]:
    return [s for s in SITUATIONS if audience in s.audiences]


def schemes_in(situation_ids: list[str], registered: list[str]) -> list[str]:
    """The schemes the chosen situations lead to, each scheme's questions together: in the
    order of the situations, then of each situation's schemes; unregistered ids left out."""
    known = set(registered)
    chosen = [SITUATIONS_BY_ID[s] for s in situation_ids if s in SITUATIONS_BY_ID]
    return list(dict.fromkeys(i for s in chosen for i in s.schemes if i in known))


def for_audience(audience: str) -> list[Topic]:
    return [topic for topic in TOPICS if audience in topic.audiences]


def for_scheme(scheme_id: str, audience: str) -> Topic | None:
    """The topic a saved check of one scheme resumes into: the one that starts with it."""
    for topic in for_audience(audience):
        if topic.schemes[:1] == (scheme_id,):
            return topic
    return None
