"""Every change to the workspace's data, each with its audit entry in the same transaction.

Views and management commands call these functions; objects come in already scoped by
`workspace.selectors`. The audit log records who did what to which case, by the case's
UUID only: no client reference, no answers. Nothing here logs client data.
"""

from __future__ import annotations

import calendar
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from eligibility import checks, clock
from eligibility.errors import CheckNotFound, TooManyCodeGuesses

from .models import AuditAction, AuditEntry, Case, CaseCheck, Membership, Organisation

logger = logging.getLogger(__name__)


class WorkspaceError(Exception):
    """A change that cannot be made; `message` is a complete sentence for the adviser."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


# The audit log -----------------------------------------------------------------------------


def record(
    organisation: Organisation,
    actor: Any,
    action: AuditAction,
    *,
    case_id: Any = None,
    subject_user_id: int | None = None,
    detail: str = "",
) -> AuditEntry:
    """Append one entry to the organisation's audit log."""
    entry = AuditEntry(
        organisation=organisation,
        actor=actor,
        action=action,
        case_id=case_id,
        subject_user_id=subject_user_id,
        detail=detail,
        at=clock.now(),
    )
    entry.save()
    return entry


def record_case_view(case: Case, actor: Any, detail: str = "") -> None:
    record(case.organisation, actor, AuditAction.VIEWED, case_id=case.pk, detail=detail)


def record_case_export(case: Case, actor: Any, detail: str) -> None:
    record(case.organisation, actor, AuditAction.EXPORTED, case_id=case.pk, detail=detail)


def record_audit_export(organisation: Organisation, actor: Any) -> None:
    record(organisation, actor, AuditAction.AUDIT_EXPORTED)


def update_contact(organisation: Organisation, actor: Any, values: dict[str, str]) -> None:
    """Change how clients reach the loket; the audit log keeps that it changed."""
    with transaction.atomic():
        for name, value in values.items():
            setattr(organisation, name, value)
        organisation.save(update_fields=list(values))
        record(organisation, actor, AuditAction.CHANGED, detail="contact")


# Cases -------------------------------------------------------------------------------------


def create_case(organisation: Organisation, actor: Any, client_reference: str, notes: str) -> Case:
    """A new case; `WorkspaceError` when the organisation already has this reference."""
    now = clock.now()
    case = Case(
        organisation=organisation,
        client_reference=client_reference,
        notes=notes,
        created_by=actor,
        created_at=now,
        updated_at=now,
        last_activity_at=now,
    )
    try:
        with transaction.atomic():
            case.save(force_insert=True)
            record(organisation, actor, AuditAction.CREATED, case_id=case.pk)
    except IntegrityError as exc:
        raise _duplicate_reference() from exc
    return case


def update_case(case: Case, actor: Any, client_reference: str, notes: str) -> Case:
    """Change the reference and notes; the audit entry names which of the two changed."""
    changed = [
        name
        for name, value in (("client_reference", client_reference), ("notes", notes))
        if getattr(case, name) != value
    ]
    if not changed:
        return case
    now = clock.now()
    case.client_reference, case.notes = client_reference, notes
    case.updated_at = case.last_activity_at = now
    try:
        with transaction.atomic():
            case.save(update_fields=[*changed, "updated_at", "last_activity_at"])
            record(
                case.organisation,
                actor,
                AuditAction.CHANGED,
                case_id=case.pk,
                detail=",".join(changed),
            )
    except IntegrityError as exc:
        raise _duplicate_reference() from exc
    return case


def delete_case(case: Case, actor: Any) -> None:
    """Delete a case, its checks and the saved checks they link to (`_delete_case`); the
    audit entry keeps only the case's UUID."""
    with transaction.atomic():
        record(case.organisation, actor, AuditAction.DELETED, case_id=case.pk)
        _delete_case(case.pk)


def _delete_case(case_id: Any, **still: Any) -> bool:
    """Delete one case with its checks and the saved checks linked to them, within the
    caller's transaction; False when no case matches (`still` adds conditions, such as
    the retention's cut-off, checked on the locked row).

    The saved checks hold the client's answers too, so they go with the case. One that
    another case also links to is kept for that case; it still expires
    `CHECK_RETENTION_DAYS` after its last save. One added by its short code stays too: the
    client made it and holds its link, and handing over a code lets an adviser read the
    check, not delete it (the case's copy goes with the case).
    """
    # Lock the case first, so a check being added at the same moment is either seen here
    # (and its saved check deleted too) or refused because the case is gone.
    if not list(
        Case.objects.select_for_update().filter(pk=case_id, **still).values_list("pk", flat=True)
    ):
        return False
    linked = set(
        CaseCheck.objects.filter(
            case_id=case_id, saved_check__isnull=False, by_code=False
        ).values_list("saved_check_id", flat=True)
    )
    Case.objects.filter(pk=case_id).delete()
    shared = set(
        CaseCheck.objects.filter(saved_check_id__in=linked).values_list("saved_check_id", flat=True)
    )
    checks.delete_checks(linked - shared)
    return True


def attach_check(case: Case, actor: Any, *, token: str = "", code: str = "") -> CaseCheck:
    """Copy a saved check (by its token, or its short code) into the case.

    Attaching the same saved check again refreshes the copy: the adviser went on with it
    in the questionnaire. `WorkspaceError` when no live check has this token or code.
    """
    try:
        if token:
            saved = checks.get_check(token)
        else:
            # Guesses count like the public lookup's: per adviser and per loket.
            counters = {
                f"adviser:{actor.pk}": settings.CHECK_CODE_MISSES_PER_HOUR,
                f"loket:{case.organisation_id}": settings.CHECK_CODE_MISSES_PER_HOUR_PER_LOKET,
            }
            saved = checks.get_check_by_code(code, counters=counters)
    except CheckNotFound as exc:
        raise WorkspaceError(
            _("No saved check has this code; it does not exist or has expired."), field="code"
        ) from exc
    except TooManyCodeGuesses as exc:
        minutes = max(1, -(-exc.retry_after // 60))
        raise WorkspaceError(
            _(
                "Too many unknown codes were tried this hour. Try again in %(minutes)s "
                "minutes, or ask the client for the link."
            )
            % {"minutes": minutes},
            field="code",
        ) from exc
    now = clock.now()
    values = {
        "scheme": saved.scheme,
        "audience": saved.audience,
        "on": saved.on,
        "answers": saved.answers,
        "result": saved.result,
        # A change of law already found for the saved check comes along with it.
        "current_result": saved.current_result,
        "changes": saved.changes,
        "changed_at": saved.changed_at,
        "updated_at": now,
    }
    with transaction.atomic():
        case_check = CaseCheck.objects.filter(case=case, saved_check=saved).first()
        if case_check is None:
            case_check = CaseCheck.objects.create(
                case=case,
                saved_check=saved,
                by_code=not token,
                added_by=actor,
                added_at=now,
                **values,
            )
            detail = "check_added"
        else:
            for name, value in values.items():
                setattr(case_check, name, value)
            case_check.save(update_fields=list(values))
            detail = "check_updated"
        Case.objects.filter(pk=case.pk).update(last_activity_at=now)
        record(case.organisation, actor, AuditAction.CHANGED, case_id=case.pk, detail=detail)
    case.last_activity_at = now
    return case_check


def mark_change_seen(case_check: CaseCheck, actor: Any) -> None:
    """The adviser has seen how a change of law changed this check's outcome: the
    "changed" marker goes until the outcome changes again."""
    now = clock.now()
    with transaction.atomic():
        CaseCheck.objects.filter(pk=case_check.pk).update(change_seen_at=now)
        record(
            case_check.case.organisation,
            actor,
            AuditAction.CHANGED,
            case_id=case_check.case_id,
            detail="check_change_seen",
        )
    case_check.change_seen_at = now


def _duplicate_reference() -> WorkspaceError:
    return WorkspaceError(
        _("This loket already has a case with this client reference. Choose another one."),
        field="client_reference",
    )


# Retention ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PurgeReport:
    cutoff: datetime
    deleted: int


def purge_cases(months: int, *, dry_run: bool = False) -> PurgeReport:
    """Delete every case whose last activity is more than `months` months ago, with its
    checks and the saved checks linked to them (`_delete_case`).

    Each deletion gets an audit entry by the system (no actor) that names the case's UUID
    only; the log line gives the count and the cut-off, never a client reference.
    """
    cutoff = months_before(clock.now(), months)
    expired = Case.objects.filter(last_activity_at__lt=cutoff)
    if dry_run:
        return PurgeReport(cutoff, expired.count())
    deleted = 0
    for case_id, organisation_id in list(expired.values_list("pk", "organisation_id")):
        with transaction.atomic():
            if _delete_case(case_id, last_activity_at__lt=cutoff):
                record(
                    Organisation(pk=organisation_id),
                    None,
                    AuditAction.DELETED,
                    case_id=case_id,
                    detail="retention",
                )
                deleted += 1
    logger.info(
        "Retention: deleted %d cases inactive since before %s (%d months).",
        deleted,
        cutoff.date().isoformat(),
        months,
    )
    return PurgeReport(cutoff, deleted)


def months_before(moment: datetime, months: int) -> datetime:
    """`moment` minus whole calendar months, the day clamped to the target month's end."""
    index = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


# Organisations and advisers ----------------------------------------------------------------


def create_organisation(name: str, admin_email: str, admin_password: str) -> Membership:
    """A new organisation with its first admin, who signs in with `admin_email`."""
    name = name.strip()
    if not name:
        raise WorkspaceError(_("Give the organisation a name."), field="name")
    if Organisation.objects.filter(name__iexact=name).exists():
        raise WorkspaceError(_("An organisation with this name already exists."), field="name")
    with transaction.atomic():
        organisation = Organisation.objects.create(name=name)
        user = _new_user(admin_email, password=admin_password)
        return Membership.objects.create(user=user, organisation=organisation, is_admin=True)


def invite_adviser(admin: Membership, email: str, is_admin: bool = False) -> Membership:
    """A new adviser in the admin's organisation, without a password until they set one."""
    with transaction.atomic():
        user = _new_user(email, password=None)
        member = Membership.objects.create(
            user=user, organisation=admin.organisation, is_admin=is_admin
        )
        record(
            admin.organisation,
            admin.user,
            AuditAction.ADVISER_INVITED,
            subject_user_id=user.pk,
        )
    return member


def set_adviser_active(admin: Membership, member: Membership, active: bool) -> None:
    """(De)activate an adviser of the admin's own organisation; an admin cannot lock themself out."""
    if member.user_id == admin.user_id:
        raise WorkspaceError(_("You cannot deactivate your own account."))
    if member.user.is_active == active:
        return
    with transaction.atomic():
        member.user.is_active = active
        member.user.save(update_fields=["is_active"])
        record(
            admin.organisation,
            admin.user,
            AuditAction.ADVISER_ACTIVATED if active else AuditAction.ADVISER_DEACTIVATED,
            subject_user_id=member.user_id,
        )


def _new_user(email: str, password: str | None) -> Any:
    user_model = get_user_model()
    email = user_model.objects.normalize_email(email.strip()).lower()
    if not email or "@" not in email:
        raise WorkspaceError(_("Enter a valid e-mail address."), field="email")
    if user_model.objects.filter(username__iexact=email).exists():
        raise WorkspaceError(
            _("An account with this e-mail address already exists."), field="email"
        )
    user = user_model(username=email, email=email)
    if password is None:
        user.set_unusable_password()
    else:
        try:
            validate_password(password, user)
        except ValidationError as exc:
            raise WorkspaceError(" ".join(exc.messages), field="password") from exc
        user.set_password(password)
    user.save()
    return user
