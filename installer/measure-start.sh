#!/usr/bin/env bash
# Measures how long the installed workstation takes from the launcher's start until the main
# window is usable (the log line "Workstation ready"), N times. By default every run reuses one
# data folder made by an uncounted first run (a clerk's daily start); FRESH=1 gives every run a
# new folder (a first start: the training database is created and migrated, ~1 s more).
# hyperfine does not fit: the window never exits by itself.
#
#   xvfb-run -a -s "-screen 0 1366x900x24" installer/measure-start.sh [LAUNCHER] [N]
#
# LAUNCHER defaults to /opt/qabyldau/bin/Qabyldau; N to 5. Prints one line per run and the median.
set -euo pipefail

LAUNCHER="${1:-/opt/qabyldau/bin/Qabyldau}"
N="${2:-5}"
[[ -x "$LAUNCHER" ]] || { echo "no launcher at $LAUNCHER" >&2; exit 2; }
[[ -n "${DISPLAY:-}" ]] || { echo "no DISPLAY: run under xvfb-run" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# Starts the launcher on data folder $1 and waits for "Workstation ready"; prints the ms taken.
start_once() {
    local data="$1" out="$2" start end pid
    rm -f "$data"/logs/*.log
    start=$(date +%s%N)
    "$LAUNCHER" --data-dir "$data" >"$out" 2>&1 &
    pid=$!
    until grep -qs "Workstation ready" "$data"/logs/*.log; do
        kill -0 "$pid" 2>/dev/null || { cat "$out" >&2; echo "the workstation died" >&2; exit 1; }
        sleep 0.02
    done
    end=$(date +%s%N)
    kill -TERM "$pid"
    wait "$pid" || true
    echo $(( (end - start) / 1000000 ))
}

[[ "${FRESH:-}" == 1 ]] || start_once "$WORK/daily" "$WORK/warmup.out" >/dev/null
times=()
for ((i = 1; i <= N; i++)); do
    data="$WORK/daily"
    [[ "${FRESH:-}" == 1 ]] && data="$WORK/data$i"
    ms=$(start_once "$data" "$WORK/out$i")
    times+=("$ms")
    echo "run $i: ${ms} ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median of $N: ${median} ms"
