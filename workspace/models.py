"""Organisations, advisers' memberships, client cases, their checks and the audit log.

Every row that holds client data belongs to one organisation (a leerwerkloket); reading
goes through `workspace.selectors`, which scopes every query to the adviser's
organisation, and writing through `workspace.services`, which writes the audit entry in
the same transaction.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from eligibility.models import SavedCheck, StoredCheck

from .validators import validate_not_bsn


class Organisation(models.Model):
    """A leerwerkloket: the unit that owns cases and advisers."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    # How a client reaches the loket: printed on every handover.
    contact_address = models.CharField(_("visiting address"), max_length=200, blank=True)
    contact_phone = models.CharField(_("telephone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("e-mail address"), blank=True)
    contact_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    contact_website = models.URLField(_("website"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name

    @property
    def has_contact(self) -> bool:
        return any(
            (
                self.contact_address,
                self.contact_phone,
                self.contact_email,
                self.contact_hours,
                self.contact_website,
            )
        )


class Membership(models.Model):
    """An adviser's place in exactly one organisation; `is_admin` may manage its advisers."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="memberships"
    )
    is_admin = models.BooleanField(_("organisation admin"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"membership {self.pk}"


class Case(models.Model):
    """One client of a loket, known only by the pseudonymous reference the adviser chose.

    Addressed by a random UUID, so a URL reveals nothing about how many cases a loket has.
    `last_activity_at` moves on every change and every check added; `purge_cases` deletes
    a case `RETENTION_CASE_MONTHS` after it.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="cases")
    client_reference = models.CharField(
        _("client reference"),
        max_length=40,
        validators=[validate_not_bsn],
        help_text=_(
            "A code of your own that does not identify the client outside this loket: "
            "no name, citizen service number (BSN) or date of birth."
        ),
    )
    notes = models.TextField(_("notes"), blank=True, default="")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    last_activity_at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "client_reference"], name="case_reference_per_organisation"
            )
        ]
        ordering = ["-last_activity_at"]

    def __str__(self) -> str:
        return f"case {self.pk}"


class CaseCheck(StoredCheck):
    """A check done for a case: a copy of the saved check's answers, date and result.

    The copy keeps what the adviser checked, and why, for as long as the case exists —
    an anonymous saved check expires sooner. `saved_check` links to the live check while it
    exists, so the adviser can go on with it in the questionnaire. When a change of law
    changed its outcome (`StoredCheck.changes`), the adviser marks it as seen
    (`change_seen_at`, with an audit entry).
    """

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="checks")
    saved_check = models.ForeignKey(
        SavedCheck, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Added by the client's short code (their own check), not started from the case: the
    # saved check is then the client's and is not deleted with the case.
    by_code = models.BooleanField(default=False)
    change_seen_at = models.DateTimeField(null=True, blank=True, default=None)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    added_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "saved_check"], name="case_check_once_per_case")
        ]
        ordering = ["-updated_at"]

    def __str__(self) -> str:
        return f"case check {self.pk}"


class AuditAction(models.TextChoices):
    VIEWED = "viewed", _("viewed")
    CREATED = "created", _("created")
    CHANGED = "changed", _("changed")
    EXPORTED = "exported", _("exported")
    DELETED = "deleted", _("deleted")
    ADVISER_INVITED = "adviser_invited", _("adviser invited")
    ADVISER_DEACTIVATED = "adviser_deactivated", _("adviser deactivated")
    ADVISER_ACTIVATED = "adviser_activated", _("adviser activated")
    AUDIT_EXPORTED = "audit_exported", _("audit log exported")


class AppendOnly(Exception):
    """An audit entry was about to be changed or deleted: the log only grows."""


class AuditEntryQuerySet(models.QuerySet["AuditEntry"]):
    def update(self, **kwargs: Any) -> int:
        raise AppendOnly("Audit entries cannot be changed.")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AppendOnly("Audit entries cannot be deleted.")

    def bulk_update(self, objs: Any, fields: Any, batch_size: Any = None) -> int:
        raise AppendOnly("Audit entries cannot be changed.")

    # The paths `save()` of a stored row and the deletion collector take.
    def _update(self, values: Any) -> Any:
        raise AppendOnly("Audit entries cannot be changed.")

    def _raw_delete(self, using: Any) -> int:
        raise AppendOnly("Audit entries cannot be deleted.")


class AuditEntry(models.Model):
    """Who did what to which case, when. Append-only: no update or delete path exists.

    Holds no client data — only the case's UUID, which outlives the case — so the log
    can be kept and exported after the case is gone. `actor` is None for the system
    (the retention purge).
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    action = models.CharField(max_length=32, choices=AuditAction.choices)
    case_id = models.UUIDField(null=True, blank=True, db_index=True)
    subject_user_id = models.BigIntegerField(null=True, blank=True)
    detail = models.CharField(max_length=64, blank=True, default="")
    at = models.DateTimeField(db_index=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        base_manager_name = "objects"
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"audit {self.pk}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnly("Audit entries cannot be changed.")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnly("Audit entries cannot be deleted.")
