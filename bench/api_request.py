"""The cost of one API request in-process: Django's WSGI handler with every middleware, the
settings of bench/load/run.sh (DEBUG off, no rate limits), no network and no server.

Times N requests of each endpoint, REPEAT times, and prints the median microseconds per
request (and the best run). With --bodies DIR it also writes each answer's body to DIR, to
compare answers byte for byte between two commits.

    python bench/api_request.py                       # 2,000 requests per endpoint, 5 times
    taskset -c 1 python bench/api_request.py -n 1000  # pinned to one core
    python bench/api_request.py --profile screenings  # cProfile of one endpoint
    python bench/api_request.py --lang "" screenings-full schemes
    bash bench/api_instructions.sh                    # instructions per request (valgrind)
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# As bench/load/run.sh starts gunicorn.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "webapp.settings")
os.environ["DJANGO_DEBUG"] = "false"
os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-not-a-secret")
os.environ["DJANGO_ALLOWED_HOSTS"] = "127.0.0.1"
os.environ["DJANGO_SECURE_SSL_REDIRECT"] = "false"
os.environ["DJANGO_LOG_LEVEL"] = "WARNING"
os.environ["API_THROTTLE_ANON"] = ""
os.environ["API_THROTTLE_USER"] = ""
os.environ.pop("REDIS_URL", None)

import django  # noqa: E402

django.setup()

from django.core.handlers.wsgi import WSGIHandler  # noqa: E402

LOAD = ROOT / "bench" / "load"
ENDPOINTS = {
    "evaluations": ("POST", "/api/v1/evaluations/", LOAD / "evaluation.json"),
    "screenings": ("POST", "/api/v1/screenings/", LOAD / "screening.json"),
    "screenings-full": ("POST", "/api/v1/screenings/", LOAD / "screening-full.json"),
    "schemes": ("GET", "/api/v1/schemes/", None),
}


def environ(method: str, path: str, body: bytes, lang: str) -> dict[str, object]:
    """A request as gunicorn hands it to Django from bench/load/post.lua (Accept-Language
    given, no Accept header)."""
    meta: dict[str, object] = {
        "REQUEST_METHOD": method,
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "127.0.0.1",
        "HTTP_USER_AGENT": "wrk",
        "CONTENT_TYPE": "application/json" if body else "",
        "CONTENT_LENGTH": str(len(body)) if body else "",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    if lang:
        meta["HTTP_ACCEPT_LANGUAGE"] = lang
    return meta


LANG = "en"  # as bench/load/post.lua asks; --lang changes it ("" sends none: Dutch)


def request(handler: WSGIHandler, method: str, path: str, body: bytes) -> bytes:
    status: list[str] = []

    def start_response(code: str, headers: list[tuple[str, str]], exc_info: object = None) -> None:
        status.append(code)

    response = handler(environ(method, path, body, LANG), start_response)
    try:
        answer = b"".join(response)
    finally:
        response.close()
    if not status[0].startswith("200"):
        raise SystemExit(f"{method} {path}: {status[0]}\n{answer[:500]!r}")
    return answer


def measure(handler: WSGIHandler, name: str, count: int, repeat: int) -> bytes:
    method, path, file = ENDPOINTS[name]
    body = file.read_bytes() if file else b""
    for _ in range(max(count // 10, 20)):  # warm-up: caches filled, code loaded
        answer = request(handler, method, path, body)
    runs, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        for _ in range(count):
            request(handler, method, path, body)
        runs.append((time.perf_counter() - start) / count * 1e6)
        cpu.append((time.process_time() - start_cpu) / count * 1e6)
    # CPU time beside the wall clock: on a shared core the wall clock counts other work too.
    print(
        f"{name:>16}: median {statistics.median(runs):7.1f} µs per request, "
        f"CPU {statistics.median(cpu):7.1f} µs (best {min(runs):.1f}; {len(answer):,} bytes)",
        flush=True,
    )
    return answer


def main() -> None:
    global LANG
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--count", type=int, default=2000, help="requests per run")
    parser.add_argument("-r", "--repeat", type=int, default=5, help="runs per endpoint")
    parser.add_argument("endpoints", nargs="*", default=["evaluations", "screenings"])
    parser.add_argument("--bodies", type=Path, help="write each answer's body to this folder")
    parser.add_argument("--profile", metavar="ENDPOINT", help="cProfile N requests of it")
    parser.add_argument("--lang", default=LANG, help='Accept-Language ("" for none)')
    parser.add_argument(
        "--steps",
        action="store_true",
        help="per endpoint: warm up, print READY, wait for a line on standard input, make N "
        "requests, print DONE, wait again (bench/api_instructions.sh counts the instructions "
        "in between)",
    )
    args = parser.parse_args()
    LANG = args.lang
    handler = WSGIHandler()
    if args.steps:
        for name in args.endpoints:
            method, path, file = ENDPOINTS[name]
            body = file.read_bytes() if file else b""
            for _ in range(60):
                request(handler, method, path, body)
            print("READY", name, flush=True)
            sys.stdin.readline()
            for _ in range(args.count):
                request(handler, method, path, body)
            print("DONE", name, flush=True)
            sys.stdin.readline()
        return
    if args.profile:
        import cProfile
        import pstats

        method, path, file = ENDPOINTS[args.profile]
        body = file.read_bytes() if file else b""
        for _ in range(50):
            request(handler, method, path, body)
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(args.count):
            request(handler, method, path, body)
        profile.disable()
        stats = pstats.Stats(profile).sort_stats("cumulative")
        stats.print_stats(45)
        stats.sort_stats("tottime").print_stats(30)
        return
    print(
        f"{time.strftime('%H:%M:%SZ', time.gmtime())}, load average {os.getloadavg()[0]:.2f}, "
        f"Python {sys.version.split()[0]}, Accept-Language {LANG or '(none)'}"
    )
    for name in args.endpoints:
        answer = measure(handler, name, args.count, args.repeat)
        if args.bodies:
            args.bodies.mkdir(parents=True, exist_ok=True)
            (args.bodies / f"{name}.json").write_bytes(answer)


if __name__ == "__main__":
    main()
