"""Who is asking: the client address that rate limits count per."""

from __future__ import annotations

from django.http import HttpRequest
from rest_framework.throttling import BaseThrottle


def client_address(request: HttpRequest) -> str:
    """The client's address by the rule of the API's rate limits (DRF's ``NUM_PROXIES``,
    set from ``DJANGO_PROXY_COUNT``): the connection's address, or with proxies in front
    the address the outermost trusted proxy saw."""
    return str(BaseThrottle().get_ident(request))
