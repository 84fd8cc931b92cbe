#!/usr/bin/env bash
# The peer, measured beside us: the WW month rule as an OpenFisca-core model of our own and
# as this project's scheme, on the same cases in one run (bench/peer/compare.py).
#
#   bash bench/peer/run.sh              # 250,000 records, pinned to core 0
#   CORE=1 bash bench/peer/run.sh --records 100000 --repeats 3
#
# Creates its own virtual environment (bench/peer/.venv, or PEER_VENV) on top of the
# project's Python and installs OpenFisca-core, pinned in bench/peer/requirements.txt, into
# it: the project's requirements.txt never holds it.
set -euo pipefail

cd "$(dirname "$0")/../.."

VENV=${PEER_VENV:-bench/peer/.venv}
CORE=${CORE:-0}

if [[ ! -x "$VENV/bin/python" ]]; then
    # The project's packages (numpy, Numba, pydantic) come from the Python that runs it.
    python -m venv --system-site-packages "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet -r bench/peer/requirements.txt 2> >(grep -v 'is ignored' >&2)

echo "== $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs);" \
    "pinned to core ${CORE}; load average $(cut -d' ' -f1-3 /proc/loadavg);" \
    "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'); $(date -u +%Y-%m-%dT%H:%MZ)"
if command -v taskset >/dev/null; then
    exec taskset -c "$CORE" "$VENV/bin/python" bench/peer/compare.py "$@"
fi
exec "$VENV/bin/python" bench/peer/compare.py "$@"
