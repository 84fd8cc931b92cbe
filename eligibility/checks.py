"""Saved checks: answers a person can leave and come back to, with the result of each save.

The service layer for `SavedCheck`, used by the HTTP API, the guided questionnaire and the
adviser workspace. Every function here re-evaluates through `eligibility.services` (the
only caller of the engine), so a stored result is always the engine's answer to the
stored answers.

A check is addressed by an unguessable token (192 random bits, URL-safe; only its SHA-256
is stored, so a copy of the database gives no way in) or looked up by a short code that can
be read aloud at a counter. Anonymous checks expire `CHECK_RETENTION_DAYS` after their last
save; an expired check is gone for every caller, even before `purge_expired` deletes it.

Saves are atomic and never lose an answer silently: each update carries the `version` it
read, and the write is a conditional `UPDATE ... WHERE version = n`. A writer whose version
is no longer current gets `StaleCheck` with the current version and must read again.

When the law changes, `eligibility.reevaluation` evaluates stored checks again beside their
stored result; a person's next save replaces both with the outcome under today's law.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Collection, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F

from . import clock, services
from .errors import CheckNotFound, EvaluationInputError, StaleCheck, TooManyCodeGuesses
from .models import SavedCheck
from .services import Lang

__all__ = [
    "CODE_ALPHABET",
    "create_check",
    "delete_check",
    "delete_checks",
    "evaluate_answers",
    "format_code",
    "get_check",
    "get_check_by_code",
    "purge_expired",
    "update_answers",
    "update_answers_by_code",
]

# No 0/O and 1/I: a code survives being read aloud and typed in again.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
TOKEN_BYTES = 24  # 192 bits; `token_urlsafe` writes them as 32 characters
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{22,64}")
CODE_ATTEMPTS = 5

AUDIENCE_REQUIRED: dict[Lang, str] = {
    "nl": "Kies een regeling of een doelgroep (worker, employer of adviser) om op te slaan.",
    "en": "Choose a scheme or an audience (worker, employer or adviser) to save.",
}
ANSWERS_NOT_OBJECT: dict[Lang, str] = {
    "nl": "De antwoorden moeten een JSON-object zijn van feit-id's naar antwoorden.",
    "en": "The answers must be a JSON object of fact ids to answers.",
}


def create_check(
    scheme_id: str | None,
    audience: str | None,
    on: date,
    answers: Mapping[str, Any],
    lang: Lang,
    *,
    error_lang: Lang | None = None,
) -> SavedCheck:
    """Evaluate `answers` and save them as a new check; return it with its `token` set.

    `scheme_id` None saves a screening across every scheme of `audience`. `lang` is the
    language of the check (the questionnaire's); `error_lang` that of error messages
    (default `lang`). Invalid input raises `EvaluationInputError` and saves nothing.
    """
    msg_lang = error_lang or lang
    scheme = scheme_id or ""
    audience = audience or ""
    answers = _without_nulls(_clean_answers(answers, msg_lang))
    result = evaluate_answers(scheme, audience, on, answers, msg_lang)
    now = clock.now()
    for attempt in range(CODE_ATTEMPTS):
        token = secrets.token_urlsafe(TOKEN_BYTES)
        check = SavedCheck(
            token_hash=_hash(token),
            code=_new_code(),
            scheme=scheme,
            audience=audience,
            on=on,
            lang=lang,
            answers=answers,
            result=result,
            version=1,
            created_at=now,
            updated_at=now,
            expires_at=_expiry(now),
        )
        try:
            # A savepoint, so a code collision does not break a surrounding transaction.
            with transaction.atomic():
                check.save(force_insert=True)
        except IntegrityError:
            if attempt == CODE_ATTEMPTS - 1:
                raise
            continue
        check.token = token
        return check
    raise AssertionError("unreachable")  # pragma: no cover


def get_check(token: str) -> SavedCheck:
    """The live check for `token`; `CheckNotFound` when unknown or expired."""
    check = _live(token_hash=_hash(token)) if TOKEN_SHAPE.fullmatch(token) else None
    if check is None:
        raise CheckNotFound()
    check.token = token
    return check


def get_check_by_code(
    code: str,
    client: str | None = None,
    *,
    counters: Mapping[str, int] | None = None,
    device: str | None = None,
) -> SavedCheck:
    """The live check whose short code is `code`, in any case, with or without the dash.

    The token is not returned: it is stored only as a hash. A code is far easier to guess
    than a token, so a lookup on behalf of a `client` (its address) counts the misses:
    past the limit in the current hour every lookup is refused with `TooManyCodeGuesses`,
    found or not, until the hour is over. `counters` adds other counts with their own
    limits (an adviser, a loket); a miss counts on each, and any one full refuses.

    Many people can share one address (a leerwerkloket, a library). A lookup from a
    `device` (a browser that showed the code form first, known by a random cookie) counts
    its misses on that browser, `CHECK_CODE_MISSES_PER_HOUR`, and on the address under the
    higher `CHECK_CODE_MISSES_PER_HOUR_PER_ADDRESS`: one person's mistakes lock out that
    browser, not the others behind the address. Without a device (the API, a client that
    keeps no cookie) the address has the lower limit. The same wrong code typed again
    counts once: guessing is trying many codes, not retyping one.
    """
    limits = dict(counters or {})
    if client is not None:
        if device:
            limits[f"device:{device}"] = settings.CHECK_CODE_MISSES_PER_HOUR
            limits[client] = settings.CHECK_CODE_MISSES_PER_HOUR_PER_ADDRESS
        else:
            limits[client] = settings.CHECK_CODE_MISSES_PER_HOUR
    for name, limit in limits.items():
        _refuse_guessing(name, limit)
    normalised = normalise_code(code)
    check = _live(code=normalised) if normalised is not None else None
    if check is None:
        for name in limits:
            _count_miss(name, normalised or code.strip().upper())
        raise CheckNotFound()
    return check


def _miss_key(client: str) -> tuple[str, int]:
    """The cache key of this hour's misses for `client`, and the seconds left in the hour.
    The address is hashed so the cache holds no address."""
    now = int(clock.now().timestamp())
    hour = now // 3600
    digest = hashlib.sha256(client.encode()).hexdigest()[:32]
    return f"check-code-misses:{hour}:{digest}", 3600 - now % 3600


def _refuse_guessing(client: str, limit: int) -> None:
    key, left = _miss_key(client)
    if (cache.get(key) or 0) >= limit:
        raise TooManyCodeGuesses(left)


def _count_miss(client: str, code: str) -> None:
    key, left = _miss_key(client)
    # Once per wrong code per counter and hour (hashed: the cache holds no code).
    seen = hashlib.sha256(f"{key}|{code}".encode()).hexdigest()[:32]
    if not cache.add(f"check-code-missed:{seen}", 1, left + 60):
        return
    if not cache.add(key, 1, left + 60):
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, left + 60)


def update_answers(
    token: str,
    version: int,
    changes: Mapping[str, Any],
    on: date | None = None,
    *,
    lang: Lang = "en",
) -> SavedCheck:
    """Merge `changes` into the answers (None removes one), re-evaluate and save.

    `version` is the version the caller read. Raises `StaleCheck` when another save came
    first, `EvaluationInputError` (messages in `lang`) when the merged answers cannot be
    evaluated, `CheckNotFound` when the check is unknown or expired. On any error the
    stored check is unchanged.
    """
    return _update(get_check(token), version, changes, on, lang)


def update_answers_by_code(
    code: str,
    version: int,
    changes: Mapping[str, Any],
    on: date | None = None,
    *,
    lang: Lang = "en",
) -> SavedCheck:
    """`update_answers` for a check found by its short code.

    For the questionnaire, where a person who came back with the code (at a counter, say)
    goes on with the same check; the signed journey holds the code, so only a journey that
    was resumed with it can write. The HTTP API writes by token only.
    """
    return _update(get_check_by_code(code), version, changes, on, lang)


def _update(
    check: SavedCheck, version: int, changes: Mapping[str, Any], on: date | None, lang: Lang
) -> SavedCheck:
    if check.version != version:
        raise StaleCheck(check.version)
    changes = _clean_answers(changes, lang)
    answers = {k: v for k, v in check.answers.items() if k not in changes}
    answers.update(_without_nulls(changes))
    day = on or check.on
    result = evaluate_answers(check.scheme, check.audience, day, answers, lang)
    now = clock.now()
    with transaction.atomic():
        saved = SavedCheck.objects.filter(pk=check.pk, version=version, expires_at__gt=now).update(
            answers=answers,
            on=day,
            result=result,
            # A person's own save shows today's outcome: no change of law is pending.
            current_result=None,
            changes=[],
            changed_at=None,
            version=F("version") + 1,
            updated_at=now,
            expires_at=_expiry(now),
        )
        if not saved:
            current = (
                SavedCheck.objects.filter(pk=check.pk, expires_at__gt=now)
                .values_list("version", flat=True)
                .first()
            )
            if current is None:
                raise CheckNotFound()
            raise StaleCheck(current)
    check.answers, check.on, check.result = answers, day, result
    check.current_result, check.changes, check.changed_at = None, [], None
    check.version, check.updated_at, check.expires_at = version + 1, now, _expiry(now)
    return check


def delete_check(token: str) -> None:
    """Delete the check for `token`; `CheckNotFound` when unknown or expired."""
    deleted = 0
    if TOKEN_SHAPE.fullmatch(token):
        deleted, _ = SavedCheck.objects.filter(
            token_hash=_hash(token), expires_at__gt=clock.now()
        ).delete()
    if not deleted:
        raise CheckNotFound()


def delete_checks(pks: Collection[int]) -> int:
    """Delete the checks with these primary keys, live or expired; return how many.

    For the adviser workspace, which deletes a client case together with the saved checks
    linked to it (inside the caller's transaction).
    """
    if not pks:
        return 0
    deleted, _ = SavedCheck.objects.filter(pk__in=list(pks)).delete()
    return deleted


def purge_expired() -> int:
    """Delete every expired check; return how many were deleted."""
    deleted, _ = SavedCheck.objects.filter(expires_at__lte=clock.now()).delete()
    return deleted


def format_code(code: str) -> str:
    """The code as it is shown and read aloud: two groups of four, `ABCD-EFGH`."""
    return f"{code[:4]}-{code[4:]}"


def normalise_code(text: str) -> str | None:
    """`abcd efgh`, `ABCD-EFGH` → `ABCDEFGH`; None when it cannot be a code."""
    code = re.sub(r"[\s-]", "", text).upper()
    if len(code) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in code):
        return None
    return code


def _live(**lookup: str) -> SavedCheck | None:
    return SavedCheck.objects.filter(expires_at__gt=clock.now(), **lookup).first()


def evaluate_answers(
    scheme: str, audience: str, on: date, answers: dict[str, Any], lang: Lang
) -> dict[str, Any]:
    """The result JSON of one scheme (or, with `scheme` "", a screening of `audience`)."""
    if scheme:
        if audience:
            _check_audience(audience, lang)
        return services.evaluate(scheme, on, answers, lang=lang)
    if not audience:
        raise EvaluationInputError({"audience": [AUDIENCE_REQUIRED[lang]]})
    return services.screen(audience, on, answers, lang=lang)


def _check_audience(audience: str, lang: Lang) -> None:
    if audience not in services.AUDIENCES:
        message = services.AUDIENCE_MESSAGES[lang].format(value=audience)
        raise EvaluationInputError({"audience": [message]})


def _clean_answers(answers: Mapping[str, Any], lang: Lang) -> dict[str, Any]:
    if not isinstance(answers, Mapping) or not all(isinstance(k, str) for k in answers):
        raise EvaluationInputError({"answers": [ANSWERS_NOT_OBJECT[lang]]})
    return dict(answers)


def _without_nulls(answers: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in answers.items() if v is not None}


def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _expiry(now: datetime) -> datetime:
    return now + timedelta(days=settings.CHECK_RETENTION_DAYS)
