#!/usr/bin/env bash
# Load benchmark of the HTTP API (not a test: it measures and prints, it does not judge).
#
# Starts gunicorn with 2 workers on 127.0.0.1 and a free port (production settings: DEBUG
# off, no rate limits; threaded workers, so a client's connection is kept open between its
# requests as behind a reverse proxy), then drives POST /api/v1/evaluations/ and POST /api/v1/screenings/
# (the compact answer, its default) with wrk at 50 concurrent clients for DURATION seconds
# each, twice:
#   - paced: every client waits THINK_MS between its requests (50 people using a tool);
#   - flat out: no waiting, so the server is saturated and queueing shows in the latency.
# Prints p50/p95/p99, requests/s, errors and the CPU each worker used per run, then sends
# 100,000 records through the bulk endpoint (bench/load/bulk.py). Needs wrk (Debian:
# apt-get install -y wrk).
#
#   bash bench/load/run.sh                 # 60 s per run
#   DURATION=10 bash bench/load/run.sh     # a quick look
#   BULK_RECORDS=0 bash bench/load/run.sh  # without the bulk step
#   ENDPOINTS=screenings BULK_RECORDS=0 bash bench/load/run.sh   # screenings only
#   FULL_SCREENINGS=1 bash bench/load/run.sh
#       # also screenings with every result in full ("detail": "full"), paced
#   LIMITS=redis REDIS_URL=redis://127.0.0.1:6379/0 bash bench/load/run.sh
#       # the API's rate limits on and counted in Redis, as in production: requests come from
#       # 50 client addresses (X-Forwarded-For behind a simulated proxy), each under its limit
set -euo pipefail

cd "$(dirname "$0")/../.."

DURATION=${DURATION:-60}
CLIENTS=${CLIENTS:-50}
THINK_MS=${THINK_MS:-100}
WORKERS=${WORKERS:-2}
THREADS=${THREADS:-2}  # per worker; on 2 cores more threads only contend for the GIL
BULK_RECORDS=${BULK_RECORDS:-100000}
ENDPOINTS=${ENDPOINTS:-evaluations screenings}

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

PORT=$(python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:${PORT}"

export DJANGO_DEBUG=false
export DJANGO_SECRET_KEY=benchmark-only-not-a-secret
export DJANGO_ALLOWED_HOSTS=127.0.0.1
export DJANGO_SECURE_SSL_REDIRECT=false
export DJANGO_LOG_LEVEL=WARNING
LIMITS=${LIMITS:-off}
ADDRESSES=0
if [[ $LIMITS == redis ]]; then
    : "${REDIS_URL:?LIMITS=redis needs REDIS_URL (a redis-server on 127.0.0.1)}"
    export REDIS_URL CACHE_KEY_PREFIX="load-$$"
    export DJANGO_PROXY_COUNT=1
    # 50 addresses at some 10 requests/s each: a limit above that, never reached, but paid.
    export API_THROTTLE_ANON=${LOAD_THROTTLE:-1000/minute}
    ADDRESSES=50
else
    export API_THROTTLE_ANON=
    export API_THROTTLE_USER=
fi
# A new, empty kernel cache: the first bulk request compiles, as on a fresh machine.
export RULES_KERNEL_CACHE=${RULES_KERNEL_CACHE:-$(mktemp -d)}

# Each worker takes at most its share of the clients' connections (plus its threads): wrk
# opens all 50 at once, and without a cap the first worker to wake may accept every one and
# serve them alone on one core while the other idles (as a reverse proxy's pool of kept
# connections can do too: GUNICORN_WORKER_CONNECTIONS in deploy/gunicorn.conf.py).
CONNECTIONS=${CONNECTIONS:-$(( (CLIENTS + WORKERS - 1) / WORKERS + THREADS ))}
LOG=$(mktemp)
gunicorn webapp.wsgi:application --workers "$WORKERS" --worker-class gthread \
    --threads "$THREADS" --worker-connections "$CONNECTIONS" --bind "127.0.0.1:${PORT}" \
    --timeout 120 --log-level warning >"$LOG" 2>&1 &
GUNICORN=$!
trap 'kill "$GUNICORN" 2>/dev/null; wait "$GUNICORN" 2>/dev/null; rm -f "$LOG"' EXIT

for _ in $(seq 50); do
    curl -fsS -o /dev/null "${URL}/api/v1/schemes/" 2>/dev/null && break
    sleep 0.2
done

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(free -g | awk '/Mem:/ {print $2}') GiB; $(python --version);" \
    "gunicorn $(python -c 'import gunicorn; print(gunicorn.__version__)'), ${WORKERS} workers x ${THREADS} threads, at most ${CONNECTIONS} connections a worker;" \
    "limits: ${LIMITS};" \
    "wrk and the server share the machine; $(date -u +%Y-%m-%dT%H:%MZ)"

worker_pids() {  # the gunicorn workers: the processes under $GUNICORN without children
    local pid children queue=("$GUNICORN")
    while ((${#queue[@]})); do
        pid=${queue[0]}
        queue=("${queue[@]:1}")
        children=$(pgrep -P "$pid" || true)
        if [[ -n $children ]]; then
            queue+=($children)
        elif [[ $pid != "$GUNICORN" ]]; then
            echo "$pid"
        fi
    done | sort -n
}

worker_ticks() {  # CPU time used so far by each gunicorn worker, in clock ticks
    local pid stat fields
    for pid in $(worker_pids); do
        stat=$(<"/proc/$pid/stat")
        read -r -a fields <<<"${stat##*) }"  # after the command name: utime, stime are 12, 13
        echo -n "$((fields[11] + fields[12])) "
    done
}

run() {  # name path body think_ms
    # A short warm-up, so each worker has loaded everything before the measured run.
    wrk -t2 -c"$CLIENTS" -d3s -s bench/load/post.lua "$URL" -- "$2" "$3" "$4" "$ADDRESSES" >/dev/null
    local out before after
    before=$(worker_ticks)
    out=$(wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --timeout 10s -s bench/load/post.lua \
        "$URL" -- "$2" "$3" "$4" "$ADDRESSES")
    after=$(worker_ticks)
    echo "$1 (${CLIENTS} clients, think ${4} ms, ${DURATION} s): $(grep '^RESULT' <<<"$out" | cut -d' ' -f2-)"
    echo "    load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
    # Each worker takes connections as they come and keeps them: the clients' kept-alive
    # connections may all land on one worker, which then serves the run alone on one core
    # (half the flat-out rate with 2 workers). The CPU each worker used shows it.
    python - "$before" "$after" "$(getconf CLK_TCK)" <<'PY'
import sys
before, after = (list(map(int, a.split())) for a in sys.argv[1:3])
used = [(b - a) / int(sys.argv[3]) for a, b in zip(before, after, strict=True)]
note = ""
if len(used) > 1 and min(used) < 0.2 * max(used):
    note = " (not shared: one worker served nearly every connection)"
print("    CPU seconds per worker: " + " / ".join(f"{u:.1f}" for u in used) + note)
PY
}

if [[ " $ENDPOINTS " == *" evaluations "* ]]; then
    run "evaluations paced   " /api/v1/evaluations/ bench/load/evaluation.json "$THINK_MS"
    run "evaluations flat out" /api/v1/evaluations/ bench/load/evaluation.json 0
fi
if [[ " $ENDPOINTS " == *" screenings "* ]]; then
    run "screenings paced    " /api/v1/screenings/ bench/load/screening.json "$THINK_MS"
    run "screenings flat out " /api/v1/screenings/ bench/load/screening.json 0
fi
if [[ ${FULL_SCREENINGS:-0} == 1 ]]; then
    # The same screening with every result in full ("detail": "full"), for comparison.
    run "screenings full, paced" /api/v1/screenings/ bench/load/screening-full.json "$THINK_MS"
fi

if (( BULK_RECORDS > 0 )); then
    echo "== bulk: ${BULK_RECORDS} ww_inkomensverrekening records as CSV, answer as JSON lines"
    python bench/load/bulk.py --url "$URL" --records "$BULK_RECORDS" --repeat 4
fi
