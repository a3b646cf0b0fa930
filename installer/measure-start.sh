#!/usr/bin/env bash
# Measures how long the installed workstation takes from the launcher's start until the main
# window is usable (the log line "Workstation ready"), N times, with a fresh data folder each
# time (so every run is a first start: training database created and migrated).
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
times=()
for ((i = 1; i <= N; i++)); do
    data="$WORK/data$i"
    start=$(date +%s%N)
    "$LAUNCHER" --data-dir "$data" >"$WORK/out$i" 2>&1 &
    pid=$!
    until grep -qs "Workstation ready" "$data"/logs/*.log; do
        kill -0 "$pid" 2>/dev/null || { cat "$WORK/out$i" >&2; echo "run $i died" >&2; exit 1; }
        sleep 0.02
    done
    end=$(date +%s%N)
    kill -TERM "$pid"
    wait "$pid" || true
    ms=$(( (end - start) / 1000000 ))
    times+=("$ms")
    echo "run $i: ${ms} ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median of $N: ${median} ms"
