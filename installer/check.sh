#!/usr/bin/env bash
# Cheap checks of the installer scripts (seconds, no build): bash syntax, shellcheck when it is
# installed (apt-get install shellcheck), and that the assets the scripts name exist.
#   installer/check.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

status=0
for script in *.sh; do
    bash -n "$script" || { echo "syntax error: $script"; status=1; }
done
if command -v shellcheck >/dev/null; then
    shellcheck -x ./*.sh || status=1
else
    echo "shellcheck not installed: syntax checked only"
fi
for asset in assets/qabyldau.png assets/qabyldau.svg windows/build-msi.ps1; do
    [[ -s "$asset" ]] || { echo "missing: installer/$asset"; status=1; }
done
[[ $status -eq 0 ]] && echo "installer scripts OK"
exit "$status"
