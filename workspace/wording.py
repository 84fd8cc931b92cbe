"""What the workspace says about its own records: audit-log entries in words.

An audit entry stores a code (`action`, `detail`) so that the log stays stable across
languages and releases; the pages show a sentence instead.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from .models import AuditAction, AuditEntry

_FIELDS = {
    "client_reference": lambda: _("the client reference"),
    "notes": lambda: _("the notes"),
}


def audit_description(entry: AuditEntry) -> str:
    """One sentence for an audit entry, e.g. "Added a check to the case"."""
    action, detail = entry.action, entry.detail
    if action == AuditAction.VIEWED:
        return _("Viewed a check") if detail == "check" else _("Viewed the case")
    if action == AuditAction.CREATED:
        return _("Created the case")
    if action == AuditAction.CHANGED:
        if detail == "check_added":
            return _("Added a check to the case")
        if detail == "check_updated":
            return _("Updated a check in the case")
        if detail == "check_change_seen":
            return _("Marked a changed outcome as seen")
        if detail == "contact":
            return _("Changed the loket's contact details")
        names = [_FIELDS[name]() for name in detail.split(",") if name in _FIELDS]
        if len(names) == 2:
            return _("Changed %(first)s and %(second)s") % {"first": names[0], "second": names[1]}
        if names:
            return _("Changed %(what)s") % {"what": names[0]}
        return _("Changed the case")
    if action == AuditAction.EXPORTED:
        if detail == "handover_pdf":
            return _("Downloaded the handover as PDF")
        return _("Opened the handover")
    if action == AuditAction.DELETED:
        if detail == "retention":
            return _("Deleted after the retention period")
        return _("Deleted the case")
    if action == AuditAction.ADVISER_INVITED:
        return _("Invited an adviser")
    if action == AuditAction.ADVISER_DEACTIVATED:
        return _("Deactivated an adviser")
    if action == AuditAction.ADVISER_ACTIVATED:
        return _("Activated an adviser")
    if action == AuditAction.AUDIT_EXPORTED:
        return _("Downloaded the audit log")
    return str(entry.get_action_display())
