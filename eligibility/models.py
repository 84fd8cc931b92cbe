"""Database models of the eligibility app.

An evaluation is computed, not stored. What is stored is a *saved check*: the answers a
person gave so far, so they can stop and come back — with the result and its receipt as it
was at the last save. `eligibility.checks` is the only module that writes them.

When the law behind a stored check changes (a scheme's version moves), `reevaluate_checks`
evaluates it again and keeps the new result beside the stored one, never over it
(`StoredCheck`): the adviser workspace's copies of checks follow the law the same way.
"""

from __future__ import annotations

from django.db import models


class StoredCheck(models.Model):
    """What a stored check needs to follow changes of law; `eligibility.reevaluation` reads
    and writes these fields, for every concrete model that inherits them.

    `result` is what the person or adviser saw when they saved and stays as it was.
    `current_result` is the latest evaluation of the same answers on the same reference
    date under the law as it is now (None until a scheme version changed). `changes` lists,
    oldest first, each re-evaluation that changed the status, an amount or a date: the old
    and new values, both scheme versions and the changelog entry of the new version.
    """

    scheme = models.CharField(max_length=64, blank=True, default="")
    audience = models.CharField(max_length=16, blank=True, default="")
    on = models.DateField()
    answers = models.JSONField(default=dict)
    result = models.JSONField(default=dict)
    current_result = models.JSONField(null=True, blank=True, default=None)
    changes = models.JSONField(default=list, blank=True)
    # When `current_result` last came to differ from `result` in the status, an amount or
    # a date; None while they agree. What the markers on the pages look at.
    changed_at = models.DateTimeField(null=True, blank=True, default=None, db_index=True)

    class Meta:
        abstract = True


class SavedCheck(StoredCheck):
    """One person's answers for one scheme (or a screening across schemes), and the result.

    Addressed from outside by an unguessable token, of which only the SHA-256 is stored, or
    by a short code read aloud at a counter; never by the sequential primary key.
    """

    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    code = models.CharField(max_length=8, unique=True, editable=False)
    # `scheme` is a scheme id, or "" for a screening across every scheme of `audience`;
    # `result` is `Result.to_json()` (or the screening's), with the receipt: rule version
    # and parameters.
    lang = models.CharField(max_length=2)
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    expires_at = models.DateTimeField(db_index=True)

    # The plain token, set by `eligibility.checks` only when the caller presented it (or on
    # creation); never stored.
    token: str | None = None

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(scheme="") | ~models.Q(audience=""),
                name="saved_check_scheme_or_audience",
            ),
        ]

    def __str__(self) -> str:
        return f"check {self.code[:4]}-{self.code[4:]}"
