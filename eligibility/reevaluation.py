"""Stored checks follow the law: evaluated again when a scheme's version changes.

A saved check and an adviser's copy of it (every concrete `models.StoredCheck`) keep the
answers, the reference date and the result with its receipt, which names each scheme's
version. After a deploy, `reevaluate_checks` calls :func:`reevaluate_all`: every stored
check whose latest result was made under another version of one of its schemes is
evaluated again with the same answers and reference date. The new result goes beside the
stored one (`current_result`); the stored `result` is never overwritten. Where the status,
an amount or a date changed, a record is appended to `changes` with the old and new
values, both scheme versions and the changelog entry of the new version. A check already
evaluated under today's versions is left alone, so running it again changes nothing.

:func:`outcome_change` is what the pages show: the stored outcome beside today's, and why.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.apps import apps
from django.db import transaction

import rules
from rules.texts import format_date

from . import changelog, checks, clock
from .errors import EvaluationInputError
from .formats import money
from .models import SavedCheck, StoredCheck
from .services import Lang

__all__ = [
    "Change",
    "Report",
    "differences",
    "has_unseen_change",
    "outcome_change",
    "reevaluate",
    "reevaluate_all",
    "scheme_versions",
]

logger = logging.getLogger(__name__)

# The output kinds whose change a person must hear about: amounts and dates.
SHOWN_KINDS = ("money", "date")

STATUS_TEXT: dict[str, dict[Lang, str]] = {
    "eligible": {"nl": "u komt in aanmerking", "en": "you are eligible"},
    "not_eligible": {"nl": "u komt niet in aanmerking", "en": "you are not eligible"},
    "undetermined": {"nl": "nog niet te zeggen", "en": "not yet decided"},
}
COLUMNS: dict[Lang, tuple[str, str, str]] = {
    "nl": ("Wat", "Toen u bewaarde", "Nu"),
    "en": ("What", "When you saved", "Now"),
}
# The adviser workspace and the handover speak about the check, not to the one who saved it.
ADVISER_HEADLINE: dict[Lang, str] = {
    "nl": "Sinds deze check werd bewaard, is de uitkomst veranderd",
    "en": "Since this check was saved, the outcome has changed",
}
ADVISER_COLUMNS: dict[Lang, tuple[str, str, str]] = {
    "nl": ("Wat", "Bij het bewaren", "Nu"),
    "en": ("What", "When saved", "Now"),
}
WHY: dict[Lang, str] = {"nl": "Waarom", "en": "Why"}
OUTCOME_LABEL: dict[Lang, str] = {"nl": "Uitkomst", "en": "Outcome"}
NO_VALUE: dict[Lang, str] = {"nl": "geen", "en": "none"}
HEADLINE: dict[Lang, str] = {
    "nl": "Sinds u deze check bewaarde, is de uitkomst veranderd",
    "en": "Since you saved this check, the outcome has changed",
}
EXPLAINED: dict[Lang, str] = {
    "nl": (
        "De regels of bedragen van {schemes} zijn veranderd. Met dezelfde antwoorden en "
        "dezelfde peildatum ({on}) is dit de uitkomst nu."
    ),
    "en": (
        "The rules or amounts of {schemes} have changed. With the same answers and the same "
        "reference date ({on}) this is the outcome now."
    ),
}


def scheme_versions(result: Mapping[str, Any]) -> dict[str, str]:
    """Each scheme in a stored result (one scheme's, or a screening's) → its version."""
    return {
        r["scheme"]: str((r.get("receipt") or {}).get("scheme_version", ""))
        for r in _scheme_results(result)
    }


def _scheme_results(result: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    if "results" in result:
        return [r for r in result["results"] if isinstance(r, Mapping) and "scheme" in r]
    return [result] if "scheme" in result else []


def _current_versions() -> dict[str, str]:
    return {s.id: s.version for s in rules.registry}


def latest(check: StoredCheck) -> dict[str, Any]:
    """The result the check was last evaluated to: today's law's, or else the stored one."""
    return check.current_result if check.current_result is not None else check.result


def is_behind(check: StoredCheck, current: Mapping[str, str] | None = None) -> bool:
    """True when a scheme of the check's latest result has another version today."""
    current = _current_versions() if current is None else current
    versions = scheme_versions(latest(check))
    return any(current.get(s, v) != v for s, v in versions.items())


def differences(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[dict[str, Any]]:
    """What a person would notice between two results: per scheme the status and every
    amount and date (money and date outputs) that differ."""
    before = {r["scheme"]: r for r in _scheme_results(old)}
    found: list[dict[str, Any]] = []
    for now in _scheme_results(new):
        scheme_id = now["scheme"]
        was = before.get(scheme_id)
        if was is None:
            continue
        if was.get("status") != now.get("status"):
            found.append(
                {
                    "scheme": scheme_id,
                    "what": "status",
                    "kind": "status",
                    "old": was.get("status"),
                    "new": now.get("status"),
                }
            )
        if scheme_id not in rules.registry:
            continue
        old_outputs, new_outputs = was.get("outputs") or {}, now.get("outputs") or {}
        for output in rules.registry.get(scheme_id).outputs:
            if output.kind not in SHOWN_KINDS:
                continue
            if old_outputs.get(output.id) != new_outputs.get(output.id):
                found.append(
                    {
                        "scheme": scheme_id,
                        "what": output.id,
                        "kind": str(output.kind),
                        "old": old_outputs.get(output.id),
                        "new": new_outputs.get(output.id),
                    }
                )
    return found


@dataclass
class Report:
    examined: int = 0
    reevaluated: int = 0
    changed: int = 0
    failed: int = 0


def stored_check_models() -> list[type[StoredCheck]]:
    """Every concrete model holding stored checks (the saved checks, the workspace's
    copies): found by what they inherit, so this app imports no app above it."""
    return [m for m in apps.get_models() if issubclass(m, StoredCheck)]


def reevaluate_all() -> Report:
    """Evaluate again every stored check whose scheme versions changed; see the module."""
    report = Report()
    current = _current_versions()
    now = clock.now()
    for model in stored_check_models():
        stored = model.objects.all()
        if model is SavedCheck:
            stored = stored.filter(expires_at__gt=now)
        for check in stored.iterator():
            report.examined += 1
            if not is_behind(check, current):
                continue
            try:
                changed = reevaluate(check)
            except EvaluationInputError:
                # The answers no longer fit the scheme (a fact was renamed or bounded):
                # nothing is stored, so the next run tries again after a fix.
                logger.warning("stored check %s could not be evaluated again", model.__name__)
                report.failed += 1
                continue
            report.reevaluated += 1
            report.changed += changed
    return report


def reevaluate(check: StoredCheck) -> bool:
    """Evaluate `check` again under today's law and keep the result beside the stored one;
    True when the status, an amount or a date changed (then recorded in `changes`)."""
    before = latest(check)
    after = checks.evaluate_answers(
        check.scheme, check.audience, check.on, dict(check.answers), "nl"
    )
    found = differences(before, after)
    changes = list(check.changes)
    now = clock.now()
    # Against what was stored: two changes that cancel out leave nothing to tell.
    if not differences(check.result, after):
        changed_at = None
    else:
        changed_at = now if found else (check.changed_at or now)
    if found:
        old_versions, new_versions = scheme_versions(before), scheme_versions(after)
        changes.append(
            {
                "at": now.isoformat(),
                "from_versions": old_versions,
                "to_versions": new_versions,
                "differences": found,
                "changelog": [
                    {"scheme": s, "version": v, "entry": changelog.entry(s, v)}
                    for s, v in sorted(new_versions.items())
                    if old_versions.get(s) != v
                ],
            }
        )
    model = type(check)
    with transaction.atomic():
        # Only if nobody saved the check in between: their save re-evaluated it already.
        guard = {"version": check.version} if isinstance(check, SavedCheck) else {}
        if hasattr(check, "updated_at"):
            guard["updated_at"] = check.updated_at
        model.objects.filter(pk=check.pk, **guard).update(
            current_result=after, changes=changes, changed_at=changed_at
        )
    check.current_result, check.changes, check.changed_at = after, changes, changed_at
    return bool(found)


# What the pages show --------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class Reason:
    """A changelog entry (in English, as the changelog is) for a new scheme version."""

    scheme: str
    version: str
    entry: str

    @property
    def lines(self) -> list[str]:
        """The entry as plain sentences: one per bullet, without Markdown marks."""
        found: list[str] = []
        for raw in self.entry.splitlines():
            line = raw.strip()
            if not line:
                continue
            plain = line.removeprefix("- ").removeprefix("* ").replace("**", "").replace("`", "")
            if raw.startswith(("- ", "* ")) or not found:
                found.append(plain)
            else:
                found[-1] += " " + plain
        return found


@dataclass(frozen=True)
class Change:
    """A stored outcome beside today's, for one page in one language."""

    headline: str
    explanation: str
    rows: list[Row]
    reasons: list[Reason]
    old_versions: dict[str, str]
    new_versions: dict[str, str]
    at: datetime | None = None
    lang: Lang = "nl"
    schemes: list[str] = field(default_factory=list)

    for_adviser: bool = False

    @property
    def columns(self) -> tuple[str, str, str]:
        return (ADVISER_COLUMNS if self.for_adviser else COLUMNS)[self.lang]

    @property
    def why(self) -> str:
        return WHY[self.lang]


def outcome_change(check: StoredCheck, lang: Lang, *, for_adviser: bool = False) -> Change | None:
    """The stored outcome and today's where they differ (status, amounts, dates), with the
    changelog entries that explain it; None when nothing a person would notice changed.
    `for_adviser` words it for the workspace and the handover ("since this check was saved")."""
    if check.current_result is None:
        return None
    found = differences(check.result, check.current_result)
    if not found:
        return None
    titles = _titles(lang)
    rows = [_row(d, titles, lang) for d in found]
    reasons: list[Reason] = []
    for record in check.changes:
        for item in record.get("changelog", []):
            reason = Reason(
                titles.get(item["scheme"], item["scheme"]), item["version"], item["entry"]
            )
            if reason not in reasons:
                reasons.append(reason)
    schemes = sorted({d["scheme"] for d in found})
    names = ", ".join(titles.get(s, s) for s in schemes)
    at = _last_change_at(check)
    return Change(
        headline=(ADVISER_HEADLINE if for_adviser else HEADLINE)[lang],
        explanation=EXPLAINED[lang].format(schemes=names, on=format_date(check.on, lang)),
        rows=rows,
        reasons=reasons,
        old_versions=scheme_versions(check.result),
        new_versions=scheme_versions(check.current_result),
        at=at,
        lang=lang,
        schemes=schemes,
        for_adviser=for_adviser,
    )


def has_unseen_change(check: Any) -> bool:
    """For an adviser's copy: a changed outcome not marked as seen since it last changed."""
    if check.changed_at is None:
        return False
    seen: datetime | None = getattr(check, "change_seen_at", None)
    return seen is None or seen < check.changed_at


def _last_change_at(check: StoredCheck) -> datetime | None:
    stamps = [r.get("at") for r in check.changes if r.get("at")]
    return datetime.fromisoformat(stamps[-1]) if stamps else None


def _titles(lang: Lang) -> dict[str, str]:
    return {s.id: s.title.get(lang) for s in rules.registry}


def _row(diff: Mapping[str, Any], titles: Mapping[str, str], lang: Lang) -> Row:
    scheme_id = diff["scheme"]
    title = titles.get(scheme_id, scheme_id)
    if diff["kind"] == "status":
        return Row(
            f"{OUTCOME_LABEL[lang]} {title}",
            STATUS_TEXT.get(diff["old"], {}).get(lang, str(diff["old"])),
            STATUS_TEXT.get(diff["new"], {}).get(lang, str(diff["new"])),
        )
    label = diff["what"]
    if scheme_id in rules.registry:
        label = rules.registry.get(scheme_id).output(diff["what"]).label.get(lang)
    return Row(
        f"{label} ({title})",
        _shown(diff["old"], diff["kind"], lang),
        _shown(diff["new"], diff["kind"], lang),
    )


def _shown(value: Any, kind: str, lang: Lang) -> str:
    if value is None:
        return NO_VALUE[lang]
    if kind == "money":
        return money(str(value), lang)  # as the result pages write amounts
    if kind == "date":
        return format_date(date.fromisoformat(str(value)), lang)
    return str(value)
