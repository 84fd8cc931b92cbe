"""Database models of the eligibility app.

An evaluation is computed, not stored. What is stored is a *saved check*: the answers a
person gave so far, so they can stop and come back — with the result and its receipt as it
was at the last save. `eligibility.checks` is the only module that writes them.
"""

from __future__ import annotations

from django.db import models


class SavedCheck(models.Model):
    """One person's answers for one scheme (or a screening across schemes), and the result.

    Addressed from outside by an unguessable token, of which only the SHA-256 is stored, or
    by a short code read aloud at a counter; never by the sequential primary key.
    """

    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    code = models.CharField(max_length=8, unique=True, editable=False)
    # A scheme id, or "" for a screening across every scheme of `audience` ("" when unset).
    scheme = models.CharField(max_length=64, blank=True, default="")
    audience = models.CharField(max_length=16, blank=True, default="")
    on = models.DateField()
    lang = models.CharField(max_length=2)
    answers = models.JSONField(default=dict)
    # `Result.to_json()` (or the screening's), with the receipt: rule version and parameters.
    result = models.JSONField(default=dict)
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
