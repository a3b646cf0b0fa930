#!/usr/bin/env bash
# Builds the Qabyldau installers for Linux: a self-contained app image and a .deb, both with a
# bundled Java runtime (jlink, JavaFX included) and an archive of the started classes for a fast
# start: with a JDK 25 runtime its ahead-of-time cache (JEP 483/514/515), with JDK 17 an AppCDS
# archive (ADR 0093).
#
# Run from anywhere (it works from the repository root):  installer/build.sh
# Needs: JDK 17 and Maven (the jars, --release 17), a Temurin 25 JDK for the runtime (or JDK 17's
# jlink, jpackage, jdeps), dpkg-deb and fakeroot (jpackage's .deb tools), xvfb-run and libgtk-3-0
# (the training run opens the real window on a virtual screen), util-linux's unshare. See
# installer/README.md.
#
# Environment:
#   MVN_ARGS="-o"        extra Maven arguments (e.g. offline)
#   QABYLDAU_RUNTIME_JDK=DIR  the JDK whose jlink/jpackage/jdeps make the runtime and the
#                        packages (default: /usr/lib/jvm/temurin-25-jdk-amd64 when present,
#                        else the JDK of the jlink on PATH)
#   QABYLDAU_NO_CDS=1    skip the training run (no Xvfb on the build machine); the packages
#                        then start without the archive, about twice as slowly
#   QABYLDAU_SKIP_MVN=1  reuse app/target from an earlier Maven build
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly ROOT="$PWD"
readonly HERE="$ROOT/installer"
readonly OUT="$HERE/target"
readonly NAME="Qabyldau"            # launcher and window name
readonly PACKAGE="qabyldau"         # Debian package name
readonly INSTALL_DIR="/opt/$PACKAGE" # where the .deb puts the app (jpackage's default for this name)
readonly VENDOR="Qabyldau project"
readonly DESCRIPTION="Front-office workstation for labour-immigrant permits and qualification certificates"
readonly COMMENT_KK="Еңбек иммигранттарына рұқсат пен біліктілік сәйкестігі туралы анықтамаға өтініш қабылдау"
readonly COMMENT_RU="Приём заявлений на разрешение трудовому иммигранту и справку о соответствии квалификации"
readonly NAME_KK="Қабылдау"
readonly NAME_RU="Кабылдау"
# Modules the app needs beyond what jdeps sees: locale data for Kazakh/Russian dates, HTTPS
# (elliptic curves), HTTP client/server of the sync and the central simulator, libraries that
# reach into sun.misc (jdk.unsupported), JMX/logging/XML used reflectively by logback and Flyway,
# zip file system and extra charsets for imported files.
readonly EXTRA_MODULES="jdk.localedata,java.sql,java.net.http,jdk.httpserver,java.desktop,jdk.crypto.ec,jdk.unsupported,java.logging,java.management,java.naming,java.xml,jdk.charsets,jdk.zipfs,javafx.controls,javafx.swing"

log() { printf '[installer] %s\n' "$*" >&2; }
die() { printf '[installer] error: %s\n' "$*" >&2; exit 1; }

for tool in dpkg-deb fakeroot; do
    command -v "$tool" >/dev/null || die "$tool not found (apt-get install dpkg-dev fakeroot)"
done
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
[[ "$java_major" == 17 ]] || log "warning: Maven's jars are built and checked with JDK 17, this is JDK $java_major"
# The runtime's JDK (ADR 0093): Temurin 25 where the build machine has it, else JDK 17.
TEMURIN_25=/usr/lib/jvm/temurin-25-jdk-amd64
if [[ -z "${QABYLDAU_RUNTIME_JDK:-}" && -x "$TEMURIN_25/bin/jlink" ]]; then
    QABYLDAU_RUNTIME_JDK="$TEMURIN_25"
fi
if [[ -n "${QABYLDAU_RUNTIME_JDK:-}" ]]; then
    JDK_BIN="$QABYLDAU_RUNTIME_JDK/bin"
else
    command -v jlink >/dev/null || die "jlink not found (install JDK 17, or set QABYLDAU_RUNTIME_JDK)"
    JDK_BIN=$(dirname "$(readlink -f "$(command -v jlink)")")
fi
for tool in java jlink jpackage jdeps; do
    [[ -x "$JDK_BIN/$tool" ]] || die "$JDK_BIN/$tool not found"
done
RUNTIME_MAJOR=$("$JDK_BIN/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = //p')
readonly JDK_BIN RUNTIME_MAJOR
log "runtime from $JDK_BIN (Java $RUNTIME_MAJOR)"

# ---------------------------------------------------------------------------------------------
# 1. The jars
if [[ "${QABYLDAU_SKIP_MVN:-}" != 1 ]]; then
    log "mvn package"
    # shellcheck disable=SC2086 # MVN_ARGS is a list of words
    mvn -q -B ${MVN_ARGS:-} -DskipTests package
fi
readonly APP_TARGET="$ROOT/app/target"
[[ -f "$APP_TARGET/qabyldau.jar" ]] || die "app/target/qabyldau.jar is missing"
# jpackage wants a numeric version: 0.1.0-SNAPSHOT -> 0.1.0
VERSION=$(unzip -p "$APP_TARGET/qabyldau.jar" META-INF/MANIFEST.MF \
    | sed -n 's/^Implementation-Version: *\([0-9.]*\).*/\1/p' | tr -d '\r')
[[ -n "$VERSION" ]] || VERSION="0.0.0"
readonly VERSION
log "version $VERSION"

rm -rf "$OUT"
mkdir -p "$OUT/input/lib"
# The app jar and its libraries, without JavaFX: JavaFX goes into the runtime as modules. The
# jar's manifest Class-Path still names lib/javafx-*.jar; the JVM skips entries that are absent.
cp "$APP_TARGET/qabyldau.jar" "$OUT/input/"
find "$APP_TARGET/lib" -maxdepth 1 -name '*.jar' ! -name 'javafx-*' -exec cp {} "$OUT/input/lib/" \;
mapfile -t FX_JARS < <(find "$APP_TARGET/lib" -maxdepth 1 -name 'javafx-*-linux.jar' | sort)
[[ ${#FX_JARS[@]} -gt 0 ]] || die "no javafx-*-linux.jar in app/target/lib"
FX_PATH=$(IFS=:; echo "${FX_JARS[*]}")

# ---------------------------------------------------------------------------------------------
# 2. The runtime
log "jdeps"
mapfile -t LIBS < <(find "$OUT/input/lib" -name '*.jar' | sort)
CP=$(IFS=:; echo "${LIBS[*]}")
DEPS=$("$JDK_BIN/jdeps" -q --multi-release 17 --ignore-missing-deps --print-module-deps \
    --module-path "$FX_PATH" --class-path "$CP" "$OUT/input/qabyldau.jar" "${LIBS[@]}")
MODULES="$DEPS,$EXTRA_MODULES"
MODULES=$(tr ',' '\n' <<<"$MODULES" | sort -u | paste -sd, -)
log "modules: $MODULES"
# --include-locales keeps jdk.localedata's Kazakh and Russian data only (dates, month names).
# --generate-cds-archive gives the runtime its base CDS archive (lib/server/classes.jsa); the
# app's archive below is layered on it. The JDK 25 runtime stays uncompressed: what its cache does
# not hold (resources, the rest of the classes) is then read without inflating it, which started
# faster here (docs/benchmarks.md); the .deb is compressed with xz anyway.
COMPRESS=(--compress=2)
(( RUNTIME_MAJOR >= 25 )) && COMPRESS=()
"$JDK_BIN/jlink" --module-path "$FX_PATH" --add-modules "$MODULES" \
    --include-locales=en,kk,ru --strip-debug --no-header-files --no-man-pages "${COMPRESS[@]}" \
    --generate-cds-archive \
    --output "$OUT/runtime"
# The base archive for heaps over 32 GB (no compressed oops) is never used by a workstation.
rm -f "$OUT/runtime/lib/server/classes_nocoops.jsa"
log "runtime: $(du -sh "$OUT/runtime" | cut -f1)"

# ---------------------------------------------------------------------------------------------
# 3. App image and .deb
# The launcher passes these to the JVM (it ignores JDK_JAVA_OPTIONS). A missing or stale archive
# (an image moved elsewhere) only costs speed, never the start: -Xshare:auto for JDK 17; for JDK 25
# the cache's own default (AOTMode auto) with its complaints silenced (-Xlog:aot=off), since the
# app image has no cache and the commands print to the terminal.
# JDK 25 (ADR 0093): the cache is used only with the very options it was trained with; JavaFX 21
# and SQLite load native libraries and Marlin uses sun.misc.Unsafe, which JDK 25 allows with a
# warning unless told; the serial collector starts with less work than G1 on two cores.
# shellcheck disable=SC2016 # $APPDIR is jpackage's token, expanded by the launcher
if (( RUNTIME_MAJOR >= 25 )); then
    ARCHIVE=qabyldau.aot
    JAVA_OPTS=(--java-options '-XX:AOTCache=$APPDIR/qabyldau.aot' --java-options '-Xlog:aot=off'
               --java-options '-XX:+UseSerialGC'
               --java-options '--enable-native-access=javafx.graphics,ALL-UNNAMED'
               --java-options '--sun-misc-unsafe-memory-access=allow' --java-options '-Dfile.encoding=UTF-8')
else
    ARCHIVE=qabyldau.jsa
    JAVA_OPTS=(--java-options '-XX:SharedArchiveFile=$APPDIR/qabyldau.jsa' --java-options '-Xshare:auto'
               --java-options '-Dfile.encoding=UTF-8')
fi
COMMON=(--name "$NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION"
        --copyright "Qabyldau project")
log "jpackage app-image"
"$JDK_BIN/jpackage" --type app-image "${COMMON[@]}" --dest "$OUT/image" \
    --input "$OUT/input" --main-jar qabyldau.jar --main-class kz.qabyldau.app.Launcher \
    --runtime-image "$OUT/runtime" --icon "$HERE/assets/qabyldau.png" "${JAVA_OPTS[@]}"

log "jpackage deb"
"$JDK_BIN/jpackage" --type deb "${COMMON[@]}" --dest "$OUT/deb" --app-image "$OUT/image/$NAME" \
    --icon "$HERE/assets/qabyldau.png" \
    --linux-package-name "$PACKAGE" --install-dir /opt \
    --linux-package-deps libgtk-3-0 --linux-menu-group "Office;" --linux-app-category misc \
    --linux-shortcut --linux-deb-maintainer "qabyldau@example.kz"
DEB=$(find "$OUT/deb" -name '*.deb' | head -1)
[[ -f "$DEB" ]] || die "jpackage made no .deb"

# ---------------------------------------------------------------------------------------------
# 4. Unpack the .deb to add what jpackage cannot: the class archive (it must be made from the
# installed paths) and the Kazakh/Russian names in the menu entry. dpkg-deb -R keeps the files'
# times, which CDS checks.
STAGE="$OUT/stage"
dpkg-deb -R "$DEB" "$STAGE"
[[ -x "$STAGE$INSTALL_DIR/bin/$NAME" ]] || die "the .deb does not install $INSTALL_DIR/bin/$NAME"
DESKTOP=$(find "$STAGE$INSTALL_DIR/lib" -maxdepth 1 -type f -name '*.desktop' | head -1)
[[ -n "$DESKTOP" ]] || die "the .deb has no desktop entry (jpackage --linux-shortcut)"
sed -i "/^Comment=/a Comment[kk]=$COMMENT_KK\nComment[ru]=$COMMENT_RU" "$DESKTOP"
sed -i "/^Name=/a Name[kk]=$NAME_KK\nName[ru]=$NAME_RU\nGenericName=Application intake" "$DESKTOP"
grep -q '^Keywords=' "$DESKTOP" || echo "Keywords=permit;migrant;qualification;рұқсат;разрешение;" >>"$DESKTOP"

# jpackage's maintainer scripts register the menu entry with xdg-desktop-menu, which fails
# (exit 3, "No writable system menu directory found") on machines without /etc/xdg/menus, and
# then the whole install fails. Fall back to placing the entry in /usr/share/applications.
ENTRY=$(basename "$DESKTOP")
sed -i "s|^xdg-desktop-menu install \(.*\)$|xdg-desktop-menu install \1 2>/dev/null \|\| install -D -m 644 \1 /usr/share/applications/$ENTRY|" \
    "$STAGE/DEBIAN/postinst"
sed -i "s|^xdg-desktop-menu uninstall \(.*\)$|xdg-desktop-menu uninstall \1 2>/dev/null \|\| rm -f /usr/share/applications/$ENTRY|" \
    "$STAGE/DEBIAN/prerm"
grep -q "install -D -m 644" "$STAGE/DEBIAN/postinst" || die "could not patch the postinst script"

if [[ "${QABYLDAU_NO_CDS:-}" == 1 ]]; then
    log "QABYLDAU_NO_CDS=1: no class archive"
else
    "$HERE/cds-train.sh" "$STAGE$INSTALL_DIR" "$INSTALL_DIR" "$OUT/cds-train"
    [[ -s "$STAGE$INSTALL_DIR/lib/app/$ARCHIVE" ]] || die "the training run made no lib/app/$ARCHIVE"
fi

# The archive and the menu-entry fixes changed the size jpackage wrote into the control file.
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $INSTALLED_KB/" "$STAGE/DEBIAN/control"
# The app image keeps no archive: it is valid only at $INSTALL_DIR, and at any other path the
# JVM warns on every start that the archive failed to load.
FINAL_DEB="$OUT/$(basename "$DEB")"   # qabyldau_VERSION-1_amd64.deb
rm -f "$DEB"
fakeroot dpkg-deb --build -Zxz "$STAGE" "$FINAL_DEB" >/dev/null
rm -rf "$OUT/deb"
log "app image: $OUT/image/$NAME ($(du -sh "$OUT/image/$NAME" | cut -f1))"
log "deb:       $FINAL_DEB ($(du -h "$FINAL_DEB" | cut -f1))"
