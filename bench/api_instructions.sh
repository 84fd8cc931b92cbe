#!/usr/bin/env bash
# Instructions per API request, counted by valgrind's callgrind: a measure of the work a
# request does that other processes on the machine do not change (timings on a shared
# machine vary by ±25 % and more). Runs bench/api_request.py --steps: per endpoint 60
# requests to warm up, then N requests with the counting switched on for them only.
#
#   bash bench/api_instructions.sh                      # evaluations and screenings, N=50
#   N=20 bash bench/api_instructions.sh screenings-full
#
# Needs valgrind (Debian: apt-get install -y valgrind). Takes about a minute.
set -euo pipefail

cd "$(dirname "$0")/.."

N=${N:-50}
ENDPOINTS=("$@")
if (($# == 0)); then ENDPOINTS=(evaluations screenings); fi
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'exec 3>&-; rm -rf "$WORK"' EXIT
mkfifo "$WORK/in"
exec 3<>"$WORK/in"
PYTHON=$(python -c 'import sys; print(sys.executable)')  # not a shim: valgrind must run Python itself
PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \
    --callgrind-out-file="$WORK/out.%p" "$PYTHON" bench/api_request.py --steps -n "$N" \
    "${ENDPOINTS[@]}" <"$WORK/in" >"$WORK/log" 2>"$WORK/err" &
VALGRIND=$!

wait_for() {
    until grep -q "^$1\$" "$WORK/log"; do
        kill -0 "$VALGRIND" 2>/dev/null || { cat "$WORK/err" >&2; exit 1; }
        sleep 0.5
    done
}

for name in "${ENDPOINTS[@]}"; do
    wait_for "READY $name"
    callgrind_control --zero "$VALGRIND" >/dev/null 2>&1
    callgrind_control --instr=on "$VALGRIND" >/dev/null 2>&1
    echo go >&3
    wait_for "DONE $name"
    callgrind_control --instr=off "$VALGRIND" >/dev/null 2>&1
    callgrind_control --dump="$name" "$VALGRIND" >/dev/null 2>&1
    total=$(grep -h '^totals:' "$WORK"/out.*.[0-9]* | tail -1 | cut -d' ' -f2)
    rm -f "$WORK"/out.*.[0-9]*
    printf '%16s: %s instructions per request (%s requests)\n' "$name" \
        "$(python -c "print(f'{$total / $N:,.0f}')")" "$N"
    echo go >&3
done
wait "$VALGRIND"
