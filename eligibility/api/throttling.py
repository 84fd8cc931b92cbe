"""The API's rate limits, counted with one atomic increment per request.

DRF's own throttles keep, per client, the list of every request time in the window and
read and write that whole list on each request: with a limit of 1,000 a minute that is a
list of up to 1,000 times sent to the cache and back twice per request, which on a shared
cache (Redis) costs more than the evaluation itself. These count requests per client in
fixed windows instead (`cache.incr`, atomic in Redis and in the local memory cache), and
say when the window ends for `Retry-After`. A client may thus send up to twice the limit
across the edge of two windows; the limit is against floods, not an exact quota.
"""

from __future__ import annotations

from typing import Any

from django.core.cache.backends.redis import RedisCache
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

__all__ = ["AnonWindowThrottle", "UserWindowThrottle"]


class _WindowCount:
    rate: str | None
    num_requests: int
    duration: int
    cache: Any
    timer: Any

    def allow_request(self, request: Any, view: Any) -> bool:
        if self.rate is None:
            return True
        key = self.get_cache_key(request, view)  # type: ignore[attr-defined]
        if key is None:
            return True
        now = self.timer()
        window = int(now // self.duration)
        count = _increment(self.cache, f"{key}:{window}", self.duration + 1)
        self._retry_after = (window + 1) * self.duration - now
        return bool(count <= self.num_requests)

    def wait(self) -> float:
        return max(0.0, getattr(self, "_retry_after", 0.0))


def _increment(cache: Any, counter: str, ttl: int) -> int:
    """Add one to `counter` (created at 0, kept `ttl` seconds) and return the new count."""
    if isinstance(cache, RedisCache):
        # One round trip: INCR creates the key at 0, EXPIRE keeps it no longer than the
        # window (Django's own incr would cost three: SET NX, EXISTS, INCR).
        name = cache.make_and_validate_key(counter)
        pipe = cache._cache.get_client(name, write=True).pipeline(transaction=False)
        pipe.incr(name)
        pipe.expire(name, ttl)
        return int(pipe.execute()[0])
    cache.add(counter, 0, timeout=ttl)
    try:
        return int(cache.incr(counter))
    except ValueError:  # the counter expired between add and incr
        cache.add(counter, 1, timeout=ttl)
        return 1


class AnonWindowThrottle(_WindowCount, AnonRateThrottle):
    """Per client address, for requests without an account."""


class UserWindowThrottle(_WindowCount, UserRateThrottle):
    """Per account; a request without an account is the anonymous limit's alone."""

    def get_cache_key(self, request: Any, view: Any) -> str | None:
        user = getattr(request, "user", None)
        if not (user and user.is_authenticated):
            return None
        return str(super().get_cache_key(request, view))
