"""Who is asking: the client address that rate limits count per."""

from __future__ import annotations

import ipaddress

from django.http import HttpRequest
from rest_framework.throttling import BaseThrottle


def client_address(request: HttpRequest) -> str:
    """The client's address by the rule of the API's rate limits (DRF's ``NUM_PROXIES``,
    set from ``DJANGO_PROXY_COUNT``): the connection's address, or with proxies in front
    the address the outermost trusted proxy saw."""
    return str(BaseThrottle().get_ident(request))


def login_address(request: HttpRequest) -> str | None:
    """`client_address` for login throttling (django-axes); None when the request has no
    address (a test client's forced login), which axes stores as unknown."""
    address = client_address(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None
