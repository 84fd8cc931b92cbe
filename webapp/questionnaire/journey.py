"""One person's way through the questionnaire, kept in a signed cookie.

A journey holds who the person is, the topic, the reference date (only an adviser sets
one; everyone else gets today), the answers in the engine's JSON form, the questions the
person could not answer, and the order in which questions were asked (for the back link).
The engine decides everything else: what to ask next and what the answers mean.

The journey lives in the person's browser (signed, so it cannot be altered unnoticed, and
gone when the browser closes): nothing about a person is stored on the server until they
choose to save their answers as a saved check (`eligibility.checks`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse

from eligibility import catalogue, clock, offers, services

from . import topics

COOKIE = "questionnaire"
_SALT = "webapp.questionnaire.journey"


@dataclass
class Journey:
    audience: str
    topic: str
    schemes: list[str] | None  # None: every scheme of the audience ("check everything")
    on: str | None = None  # ISO date an adviser chose; None means today
    answers: dict[str, Any] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    outputs_for: list[str] = field(default_factory=list)
    # The saved check the journey goes on with: saved here, or resumed by its link (token)
    # or by its short code (code only: the token is never stored). Later saves update it.
    token: str | None = None
    version: int | None = None  # as last read or saved: a save with an older one is refused
    code: str | None = None
    dropped: list[str] = field(default_factory=list)  # shown once on the next page
    return_to: str | None = None  # a page of this site that takes the saved check back
    # Adviser mode: the case the check is for (its pseudonymous reference) and its page.
    case_ref: str | None = None
    case_url: str | None = None
    # "Check everything": the situations chosen on the filter page (None: not asked yet;
    # empty: none of them, every scheme of the audience).
    situations: list[str] | None = None
    closed_too: bool = False  # an adviser also checks schemes one cannot apply for now

    @property
    def needs_situations(self) -> bool:
        """ "Check everything" asks first which situations apply."""
        return self.topic == topics.EVERYTHING and self.situations is None

    def choose_situations(self, situation_ids: list[str], closed_too: bool = False) -> None:
        """Only the schemes that fit the chosen situations are asked about (every scheme of
        the audience for "none of these")."""
        self.situations = list(situation_ids)
        self.closed_too = closed_too
        chosen = [s for s in situation_ids if s != topics.NONE_OF_THESE]
        registered = catalogue.schemes_for(self.audience)
        self.schemes = topics.schemes_in(chosen, registered) if chosen else None
        self.outputs_for = amounts_up_front(self.scheme_ids)
        self.drop_unused()

    @property
    def is_saved(self) -> bool:
        """The journey goes on with a saved check, found by its token or else its code."""
        return bool(self.token or self.code) and self.version is not None

    @property
    def reference_date(self) -> date:
        return date.fromisoformat(self.on) if self.on else clock.today()

    @property
    def scheme_ids(self) -> list[str]:
        return catalogue.schemes_for(self.audience) if self.schemes is None else self.schemes

    @property
    def topic_label(self) -> str:
        topic = topics.BY_ID.get(self.topic)
        return str(topic.label) if topic else ""

    def guide(self, explain: str | None = None) -> dict[str, Any]:
        return services.guide(
            self.schemes,
            self.audience,
            self.reference_date,
            self.answers,
            skipped=self.skipped,
            outputs_for=self.outputs_for,
            explain=explain,
            closed_too=self.closed_too,
        )

    def record(self, fact_id: str, value: Any) -> list[str]:
        """Keep one answer (None: no answer, the fact's default applies); when it changed an
        earlier answer, drop the answers that no longer matter to any scheme of the
        journey. Returns the dropped fact ids."""
        changed = fact_id in self.answers and self.answers[fact_id] != value
        if value is None:
            self.answers.pop(fact_id, None)
        else:
            self.answers[fact_id] = value
        if fact_id in self.skipped:
            self.skipped.remove(fact_id)
        self._asked(fact_id)
        return self.drop_unused() if changed else []

    def skip(self, fact_id: str) -> list[str]:
        """The person does not know: forget any answer and do not ask again."""
        had_answer = self.answers.pop(fact_id, None) is not None
        if fact_id not in self.skipped:
            self.skipped.append(fact_id)
        self._asked(fact_id)
        return self.drop_unused() if had_answer else []

    def drop_unused(self) -> list[str]:
        in_use = services.answers_in_use(
            self.schemes,
            self.audience,
            self.reference_date,
            self.answers,
            self.outputs_for,
            closed_too=self.closed_too,
        )
        dropped = [f for f in self.answers if f not in in_use]
        for fact_id in dropped:
            del self.answers[fact_id]
            if fact_id in self.history:
                self.history.remove(fact_id)
        return dropped

    def previous(self, fact_id: str) -> str | None:
        """The question asked before `fact_id` (for the back link), None at the first."""
        if fact_id in self.history:
            index = self.history.index(fact_id)
            return self.history[index - 1] if index > 0 else None
        return self.history[-1] if self.history else None

    def _asked(self, fact_id: str) -> None:
        if fact_id not in self.history:
            self.history.append(fact_id)


def start(audience: str, topic_id: str, on: date | None) -> Journey:
    topic = topics.BY_ID[topic_id]
    schemes = None if topic.id == topics.EVERYTHING else _for_audience(topic.schemes, audience)
    return Journey(
        audience=audience,
        topic=topic.id,
        schemes=schemes,
        on=_iso(on),
        outputs_for=amounts_up_front(schemes or []),
    )


def amounts_up_front(scheme_ids: list[str]) -> list[str]:
    """The schemes whose amounts are asked with their conditions (their web.yaml says so)."""
    return offers.amounts_up_front(scheme_ids)


def from_saved(
    scheme: str, audience: str, on: date, answers: dict[str, Any], *, token: str | None = None
) -> Journey:
    """A journey from a saved check (a screening when `scheme` is empty)."""
    audience = audience or _first_audience(scheme)
    if not scheme:
        journey = start(audience, topics.EVERYTHING, on if audience == "adviser" else None)
        journey.situations = []  # a saved screening covers every scheme of the audience
    else:
        topic = topics.for_scheme(scheme, audience)
        schemes = _for_audience(topic.schemes, audience) if topic else [scheme]
        journey = Journey(
            audience=audience,
            topic=topic.id if topic else "",
            schemes=schemes,
            on=_iso(on) if audience == "adviser" else None,
        )
    journey.answers, journey.dropped = services.usable_answers(answers)
    journey.history = list(journey.answers)
    journey.token = token
    return journey


def load(request: HttpRequest) -> Journey | None:
    raw = request.COOKIES.get(COOKIE)
    if not raw:
        return None
    try:
        data = signing.loads(raw, salt=_SALT)
        journey = Journey(**data)
    except (signing.BadSignature, TypeError, ValueError):  # tampered, or an older shape
        return None
    # Answers given before a scheme changed may no longer be valid: say so, ask again.
    journey.answers, dropped = services.usable_answers(journey.answers)
    journey.dropped += dropped
    return journey


def store(response: HttpResponse, journey: Journey) -> None:
    response.set_cookie(
        COOKIE,
        signing.dumps(asdict(journey), salt=_SALT, compress=True),
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def clear(response: HttpResponse) -> None:
    response.delete_cookie(COOKIE, samesite="Lax")


def _for_audience(scheme_ids: tuple[str, ...], audience: str) -> list[str]:
    mine = set(catalogue.schemes_for(audience))
    return [s for s in scheme_ids if s in mine]


def _first_audience(scheme: str) -> str:
    for audience in services.AUDIENCES:
        if not scheme or scheme in catalogue.schemes_for(audience):
            return audience
    return "adviser"


def _iso(on: date | None) -> str | None:
    return None if on is None else on.isoformat()
