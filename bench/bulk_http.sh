#!/usr/bin/env bash
# The bulk endpoints over HTTP: starts gunicorn as bench/load/run.sh does (2 workers x 2
# threads, production settings, rate limits off) and runs bench/bulk_io.py against it, so
# each line shows the same upload in-process and end to end over HTTP (CSV in, CSV out).
#
#   bash bench/bulk_http.sh                                   # 100,000 records
#   RECORDS=10000 bash bench/bulk_http.sh --schemes ww_inkomensverrekening --audiences worker
#
# Extra arguments go to bench/bulk_io.py.
set -euo pipefail
cd "$(dirname "$0")/.."

RECORDS=${RECORDS:-100000}
PORT=$(python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:${PORT}"

export DJANGO_DEBUG=false
export DJANGO_SECRET_KEY=benchmark-only-not-a-secret
export DJANGO_ALLOWED_HOSTS=127.0.0.1
export DJANGO_SECURE_SSL_REDIRECT=false
export DJANGO_LOG_LEVEL=WARNING
export API_THROTTLE_ANON=
export API_THROTTLE_USER=

LOG=$(mktemp)
gunicorn webapp.wsgi:application --workers 2 --worker-class gthread --threads 2 \
    --bind "127.0.0.1:${PORT}" --timeout 600 --log-level warning >"$LOG" 2>&1 &
GUNICORN=$!
trap 'kill "$GUNICORN" 2>/dev/null; wait "$GUNICORN" 2>/dev/null; rm -f "$LOG"' EXIT

for _ in $(seq 50); do
    curl -fsS -o /dev/null "${URL}/api/v1/schemes/" 2>/dev/null && break
    sleep 0.2
done

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs);" \
    "$(python --version); gunicorn 2 workers x 2 threads; client and server share the" \
    "machine; $(date -u +%Y-%m-%dT%H:%MZ)"
python bench/bulk_io.py --url "$URL" --records "$RECORDS" "$@"
