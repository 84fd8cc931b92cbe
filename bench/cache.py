"""The cost of the shared cache per request: the counter operations one throttled API
request makes, on the embedded cache and on Redis.

The API's rate limit adds one to a counter per client and minute
(`eligibility.api.throttling`: one round trip on Redis); a short-code lookup adds a `get`,
and an `add`/`incr` on a miss. Run with REDIS_URL set to include Redis:

    REDIS_URL=redis://127.0.0.1:6379/0 python bench/cache.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "webapp.settings")

import django

django.setup()

from django.core.cache.backends.locmem import LocMemCache  # noqa: E402
from django.core.cache.backends.redis import RedisCache  # noqa: E402

from eligibility.api.throttling import _increment  # noqa: E402

ROUNDS, REPEAT = 2000, 5


def one_request(cache: object, n: int) -> None:
    """What one anonymous API request does to the cache: the throttle's counter for this
    client and minute, plus a short-code miss counted."""
    _increment(cache, f"bench-throttle-{n % 50}:{int(time.time() // 60)}", 61)
    miss = f"bench-miss-{n % 50}"
    cache.get(miss)  # type: ignore[attr-defined]
    if not cache.add(miss, 1, 60):  # type: ignore[attr-defined]
        cache.incr(miss)  # type: ignore[attr-defined]


def measure(name: str, cache: object) -> None:
    runs = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        for n in range(ROUNDS):
            one_request(cache, n)
        runs.append((time.perf_counter() - start) / ROUNDS * 1e6)
    print(
        f"{name:>10}: median {statistics.median(runs):7.1f} µs per request (best {min(runs):.1f})"
    )


if __name__ == "__main__":
    measure("locmem", LocMemCache("bench", {}))
    url = os.environ.get("REDIS_URL")
    if url:
        redis = RedisCache(url, {"KEY_PREFIX": "bench"})
        measure("redis", redis)
        redis.delete_many([f"bench-{kind}-{n}" for kind in ("throttle", "miss") for n in range(50)])
    else:
        print("     redis: skipped (REDIS_URL not set)")
