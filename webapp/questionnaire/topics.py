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


def for_audience(audience: str) -> list[Topic]:
    return [topic for topic in TOPICS if audience in topic.audiences]


def for_scheme(scheme_id: str, audience: str) -> Topic | None:
    """The topic a saved check of one scheme resumes into: the one that starts with it."""
    for topic in for_audience(audience):
        if topic.schemes[:1] == (scheme_id,):
            return topic
    return None
