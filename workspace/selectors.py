"""The one place that reads the workspace's data, always within the adviser's organisation.

Every view and service gets cases, checks, advisers and audit entries from here. Each
function starts from the organisation of the signed-in adviser, so an object of another
loket is simply not found: the caller answers 404, exactly as for an id that never
existed, and learns nothing about the other loket.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, F, Max, OuterRef, Q, QuerySet
from django.http import Http404

from eligibility import checks

from .models import AuditEntry, Case, CaseCheck, Membership, Organisation


def membership(user: Any) -> Membership:
    """The signed-in adviser's membership; `PermissionDenied` for an account without a loket."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        raise PermissionDenied
    found = Membership.objects.select_related("organisation").filter(user=user).first()
    if found is None:
        raise PermissionDenied
    return found


def organisation(user: Any) -> Organisation:
    return membership(user).organisation


def admin_membership(user: Any) -> Membership:
    """The membership of an organisation admin; `PermissionDenied` for other advisers."""
    found = membership(user)
    if not found.is_admin:
        raise PermissionDenied
    return found


# Cases -------------------------------------------------------------------------------------


def cases(user: Any) -> QuerySet[Case]:
    """Every case of the adviser's organisation."""
    return Case.objects.filter(organisation=organisation(user))


def case(user: Any, case_id: UUID | str) -> Case:
    """One case of the adviser's organisation; `Http404` for any other id."""
    found = cases(user).filter(pk=case_id).first()
    if found is None:
        raise Http404
    return found


def case_check(user: Any, case_id: UUID | str, check_id: int) -> CaseCheck:
    """One check of one case of the adviser's organisation; `Http404` otherwise."""
    found = (
        CaseCheck.objects.filter(case__organisation=organisation(user), case_id=case_id)
        .filter(pk=check_id)
        .select_related("case")
        .first()
    )
    if found is None:
        raise Http404
    return found


def unseen_changes() -> QuerySet[CaseCheck]:
    """Checks whose outcome a change of law changed, not marked as seen since."""
    return CaseCheck.objects.filter(changed_at__isnull=False).filter(
        Q(change_seen_at__isnull=True) | Q(change_seen_at__lt=F("changed_at"))
    )


def case_checks(case: Case) -> QuerySet[CaseCheck]:
    """The checks of a case the caller already got from `case()`."""
    return CaseCheck.objects.filter(case=case).select_related("added_by")


@dataclass(frozen=True)
class CaseFilter:
    """What the case list is narrowed to; empty values do not narrow."""

    query: str = ""
    mine_only: bool = False
    scheme: str = ""
    status: str = ""
    active_since: datetime | None = None


def search_cases(user: Any, flt: CaseFilter) -> QuerySet[Case]:
    """Cases of the adviser's organisation matching the filter, most recently active first.

    `query` matches the client reference and the notes (case-insensitive) and the code of
    a check in the case (written any way `checks.normalise_code` reads); `scheme` and
    `status` keep cases with at least one check of that scheme / with that outcome.
    """
    found = cases(user)
    if flt.query:
        matches = Q(client_reference__icontains=flt.query) | Q(notes__icontains=flt.query)
        code = checks.normalise_code(flt.query)
        if code is not None:  # a check's code as read out at the counter: "EASK-CHZQ"
            matches |= Q(checks__saved_check__code=code)
        found = found.filter(matches)
    if flt.mine_only:
        found = found.filter(created_by=user)
    if flt.scheme:
        found = found.filter(checks__scheme=flt.scheme)
    if flt.status:
        found = found.filter(checks__result__status=flt.status)
    if flt.active_since is not None:
        found = found.filter(last_activity_at__gte=flt.active_since)
    return (
        found.distinct()
        .annotate(
            check_count=Count("checks", distinct=True),
            last_check_at=Max("checks__updated_at"),
            changed=Exists(unseen_changes().filter(case=OuterRef("pk"))),
        )
        .select_related("created_by")
        .order_by("-last_activity_at")
    )


# Advisers and the audit log (organisation admins) -----------------------------------------


def advisers(admin: Any) -> QuerySet[Membership]:
    """Every adviser of the admin's organisation."""
    return (
        Membership.objects.filter(organisation=admin_membership(admin).organisation)
        .select_related("user")
        .order_by("user__username")
    )


def adviser(user: Any, membership_id: int) -> Membership:
    """One adviser of the user's organisation; `Http404` for any other id.

    Found before the caller checks for an admin, so another loket's id is a 404 for
    everyone, as for cases.
    """
    found = (
        Membership.objects.filter(organisation=organisation(user), pk=membership_id)
        .select_related("user")
        .first()
    )
    if found is None:
        raise Http404
    return found


def audit_entries(admin: Any) -> QuerySet[AuditEntry]:
    """The audit log of the admin's organisation, newest first."""
    return AuditEntry.objects.filter(
        organisation=admin_membership(admin).organisation
    ).select_related("actor")


def case_references(admin: Any, case_ids: set[UUID]) -> dict[UUID, str]:
    """Client references of the cases that still exist, for showing the audit log."""
    return dict(cases(admin).filter(pk__in=case_ids).values_list("pk", "client_reference"))
