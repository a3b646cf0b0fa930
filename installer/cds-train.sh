#!/usr/bin/env bash
# Makes the class archive of an unpacked Qabyldau app directory by one training run of the real
# workstation window: with a JDK 25 runtime its ahead-of-time cache lib/app/qabyldau.aot
# (-XX:AOTCacheOutput, JEP 483/514/515: classes loaded and linked, method profiles), with a JDK 17
# runtime the dynamic AppCDS archive lib/app/qabyldau.jsa (-XX:ArchiveClassesAtExit). ADR 0093.
#
#   installer/cds-train.sh STAGED_APP_DIR INSTALL_DIR WORK_DIR
#   e.g. installer/cds-train.sh installer/target/stage/opt/qabyldau /opt/qabyldau /tmp/train
#
# Why it is done this way:
# - JDK 17 accepts a dynamic archive only when the class path is the same as at dump time, path
#   by path (relocation arrived in JDK 19), and JDK 25 checks its cache's class path too. The launcher puts /opt/qabyldau/lib/app/qabyldau.jar
#   on the class path, so the dump must see the jar at that very path. The training therefore
#   runs in a private mount namespace (unshare) where a tmpfs hides the real /opt and the staged
#   directory is bind-mounted at INSTALL_DIR: the build machine's /opt is never touched.
# - The training run must load the JavaFX classes of the first screen, so it opens the real
#   window on a virtual screen (xvfb-run), waits until the log says "Workstation ready", lets
#   the first screen settle and ends the JVM with SIGTERM; -XX:ArchiveClassesAtExit dumps the
#   loaded classes on that orderly exit (-XX:AOTCacheOutput records them then and starts a JVM that
#   assembles the cache). No hook in the app is needed.
# - The JVM options must match the launcher's (from lib/app/Qabyldau.cfg) apart from the archive's
#   own: JDK 25 refuses a cache trained with other module or native-access options.
set -euo pipefail

readonly TIMEOUT_S=180   # a loaded 2-core build machine takes ~10 s; allow for much worse
readonly SETTLE_S=4      # after "ready": let the first screen's lazy classes load too

if [[ "${1:-}" == "--inside" ]]; then
    # -------- inside the mount namespace --------
    shift
    STAGED="$1" INSTALL="$2" WORK="$3"
    mount --make-rprivate /
    mount -t tmpfs -o size=1m qabyldau-cds "$(dirname "$INSTALL")"
    mkdir -p "$INSTALL"
    mount --bind "$STAGED" "$INSTALL"

    CFG=$(find "$INSTALL/lib/app" -maxdepth 1 -name '*.cfg' | head -1)
    APPDIR="$INSTALL/lib/app"
    CLASSPATH_LINE=$(sed -n 's/^app\.classpath=//p' "$CFG" | paste -sd: -)
    MAIN=$(sed -n 's/^app\.mainclass=//p' "$CFG")
    CP="${CLASSPATH_LINE//\$APPDIR/$APPDIR}"
    OPTS=()
    while IFS= read -r opt; do
        opt="${opt//\$APPDIR/$APPDIR}"
        case "$opt" in -XX:SharedArchiveFile=*|-Xshare:*|-XX:AOTCache=*) continue ;; esac
        OPTS+=("$opt")
    done < <(sed -n 's/^java-options=//p' "$CFG")

    RUNTIME_MAJOR=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$INSTALL/lib/runtime/release")
    if (( RUNTIME_MAJOR >= 25 )); then
        ARCHIVE="$APPDIR/qabyldau.aot"
        DUMP="-XX:AOTCacheOutput=$ARCHIVE"
    else
        ARCHIVE="$APPDIR/qabyldau.jsa"
        DUMP="-XX:ArchiveClassesAtExit=$ARCHIVE"
    fi
    rm -f "$ARCHIVE"
    DATA="$WORK/data"
    rm -rf "$DATA" && mkdir -p "$DATA"
    PIDFILE="$WORK/java.pid"
    rm -f "$PIDFILE"
    export DUMP CP MAIN DATA PIDFILE INSTALL
    # shellcheck disable=SC2016 # the inner script expands its own variables
    # The JVM runs in the background of the xvfb-run shell so that this script can signal it.
    xvfb-run -a -s "-screen 0 1366x900x24" bash -c '
        "$INSTALL/lib/runtime/bin/java" "$DUMP" "$@" \
            -cp "$CP" "$MAIN" --data-dir "$DATA" &
        echo $! >"$PIDFILE"
        wait $! || true' training "${OPTS[@]}" >"$WORK/train.out" 2>&1 &
    XVFB=$!

    waited=0
    until grep -qs "Workstation ready" "$DATA"/logs/*.log; do
        sleep 1
        waited=$((waited + 1))
        if ! kill -0 "$XVFB" 2>/dev/null || (( waited > TIMEOUT_S )); then
            cat "$WORK/train.out" >&2
            echo "[installer] error: the training run did not reach 'Workstation ready'" >&2
            [[ -f "$PIDFILE" ]] && kill -KILL "$(cat "$PIDFILE")" 2>/dev/null
            exit 1
        fi
    done
    sleep "$SETTLE_S"
    kill -TERM "$(cat "$PIDFILE")"
    wait "$XVFB" || true
    [[ -s "$ARCHIVE" ]] || { cat "$WORK/train.out" >&2; echo "[installer] error: no archive" >&2; exit 1; }
    echo "[installer] class archive $(basename "$ARCHIVE"): $(du -h "$ARCHIVE" | cut -f1), window ready after ~${waited} s of training" >&2
    exit 0
fi

# -------- outside: enter a private mount namespace --------
[[ $# -eq 3 ]] || { echo "usage: $0 STAGED_APP_DIR INSTALL_DIR WORK_DIR" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "[installer] error: xvfb-run missing (apt-get install xvfb xauth), or set QABYLDAU_NO_CDS=1" >&2; exit 1; }
STAGED=$(realpath "$1")
WORK=$(realpath -m "$3")
mkdir -p "$WORK"
if [[ $EUID -eq 0 ]]; then
    exec unshare --mount -- bash "$(realpath "$0")" --inside "$STAGED" "$2" "$WORK"
else
    # An unprivileged user maps itself to root in a new user namespace to be allowed to mount.
    exec unshare --mount --map-root-user -- bash "$(realpath "$0")" --inside "$STAGED" "$2" "$WORK"
fi
