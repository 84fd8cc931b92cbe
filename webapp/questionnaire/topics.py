"""Who the questionnaire is for, and the topics a person can choose from.

A topic is a question in the person's words, mapped to the schemes that answer it; each
scheme names its topics in its folder (``web.yaml``). The topic "everything" has no fixed
schemes: it screens every scheme meant for the audience.
"""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from eligibility import offers
from eligibility.offers import Topic

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


ALL = ("worker", "employer", "adviser")

# The topics and situations are the schemes' own data (their web.yaml); "everything" is the
# questionnaire's: it screens every scheme of the audience, or those of the situations chosen.
TOPICS: tuple[Topic, ...] = (
    *offers.topics(),
    Topic(EVERYTHING, _("Check everything that may apply"), (), ALL),
)

BY_ID = {topic.id: topic for topic in TOPICS}

Situation = Topic
"""A filter question's answer for "check everything": a situation in the person's words,
and the schemes that can apply in it. Only those schemes are then asked about."""

NONE_OF_THESE = "none"

SITUATIONS: tuple[Situation, ...] = offers.situations()

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
