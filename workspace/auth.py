"""Sign-in glue: the account name django-axes counts failed logins against.

Advisers sign in with their e-mail address in any case; `Jan@Loket.nl` and `jan@loket.nl`
are one account, so they must be one lockout counter too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest


def lockout_username(request: HttpRequest, credentials: Mapping[str, Any] | None) -> str:
    raw = (credentials or {}).get("username")
    if raw is None:
        raw = request.POST.get("username", "")
    return str(raw).strip().lower()
