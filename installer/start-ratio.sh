#!/usr/bin/env bash
# Start-up against the floor, in one run: a bare JavaFX window with 40 labelled text fields
# (installer/bench/BareWindow.java, plain `java`, the JavaFX jars of the build), the workstation
# started with `java -jar app/target/qabyldau.jar` and, when given, the installed launcher. The
# three are started in turn, N rounds, so a loaded machine slows each alike; prints every time,
# the medians and the ratios to the floor. Ready means: the bare window printed "Bare window
# ready", the workstation logged "Workstation ready" (its desk is in the window, taking keys).
#
#   xvfb-run -a -s "-screen 0 1366x900x24" installer/start-ratio.sh [N] [LAUNCHER]
#
# N defaults to 7. DATA=DIR measures the workstation on that data folder (e.g. one filled by
# `qabyldau generate`; it is used in place, not copied); by default a folder made by an uncounted
# first start is reused (a clerk's daily start). JAVA=... picks the `java` of the floor and of
# `java -jar` (default: the one on PATH). JAVA_OPTS adds JVM options to `java -jar`.
# hyperfine does not fit: a window never exits by itself.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
N="${1:-7}"
LAUNCHER="${2:-}"
JAVA="${JAVA:-java}"
JAR="$ROOT/app/target/qabyldau.jar"
[[ -f "$JAR" ]] || { echo "no $JAR: mvn -q -B -DskipTests package first" >&2; exit 2; }
[[ -n "${DISPLAY:-}" ]] || { echo "no DISPLAY: run under xvfb-run" >&2; exit 2; }
[[ -z "$LAUNCHER" || -x "$LAUNCHER" ]] || { echo "no launcher at $LAUNCHER" >&2; exit 2; }
mapfile -t FX < <(find "$ROOT/app/target/lib" -maxdepth 1 -name 'javafx-*-linux.jar' | sort)
[[ ${#FX[@]} -gt 0 ]] || { echo "no javafx-*-linux.jar in app/target/lib" >&2; exit 2; }
FX_CP=$(IFS=:; echo "${FX[*]}")

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"${JAVA%java}javac" -d "$WORK/bare" -cp "$FX_CP" "$ROOT/installer/bench/BareWindow.java"
DATA="${DATA:-$WORK/daily}"

# Runs "$@" until file $1 contains $2, then ends it; prints the milliseconds from start to ready.
# Polls with shell built-ins only: a grep forked every 20 ms would itself load the machine.
time_until() {
    local watch="$1" word="$2" start end pid text=""
    shift 2
    start=$(date +%s%N)
    "$@" >"$WORK/out" 2>&1 &
    pid=$!
    while true; do
        for f in $watch; do
            [[ -f "$f" ]] && text=$(<"$f")
        done
        [[ "$text" == *"$word"* ]] && break
        kill -0 "$pid" 2>/dev/null || { cat "$WORK/out" >&2; echo "it died before ready: $*" >&2; exit 1; }
        sleep 0.01
    done
    end=$(date +%s%N)
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo $(( (end - start) / 1000000 ))
}

bare() {
    time_until "$WORK/out" "Bare window ready" "$JAVA" -cp "$WORK/bare:$FX_CP" BareWindow
}
desk() {
    rm -f "$DATA"/logs/*.log
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of words
    time_until "$DATA/logs/*.log" "Workstation ready" "$JAVA" ${JAVA_OPTS:-} -jar "$JAR" --data-dir "$DATA"
}
installed() {
    rm -f "$DATA"/logs/*.log
    time_until "$DATA/logs/*.log" "Workstation ready" "$LAUNCHER" --data-dir "$DATA"
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"
# Uncounted: the first start makes the data folder; the others warm the page cache alike.
bare >/dev/null
desk >/dev/null
[[ -z "$LAUNCHER" ]] || installed >/dev/null
B=() D=() I=()
for ((i = 1; i <= N; i++)); do
    b=$(bare); d=$(desk)
    B+=("$b"); D+=("$d")
    line="run $i: bare $b ms, java -jar $d ms"
    if [[ -n "$LAUNCHER" ]]; then
        n=$(installed); I+=("$n"); line+=", installed $n ms"
    fi
    echo "$line"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
mb=$(median "${B[@]}"); md=$(median "${D[@]}")
echo "median of $N: bare window $mb ms"
echo "median of $N: java -jar    $md ms  ratio $(ratio "$md" "$mb")"
if [[ -n "$LAUNCHER" ]]; then
    mi=$(median "${I[@]}")
    echo "median of $N: installed    $mi ms  ratio $(ratio "$mi" "$mb")"
fi
