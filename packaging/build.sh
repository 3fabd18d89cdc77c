#!/usr/bin/env bash
# Build the packaged app and its Debian package from this checkout (Linux).
#
#   packaging/build.sh [OUTDIR]          OUTDIR defaults to dist/ in the checkout
#
# 1. builds the PyInstaller bundle (packaging/build.py) into OUTDIR/attendance-desktop/;
# 2. runs the bundle's own --self-test (a throwaway database, nothing of yours touched);
# 3. wraps it in OUTDIR/attendance-desktop_<version>_<arch>.deb (packaging/linux/make_deb.py).
#
# The Python used is $PYTHON, else the checkout's .venv/bin/python; in a clean checkout
# with neither, .venv is created with python3 and the app and its build tools are
# installed into it (from the package index).  $DEB_MAINTAINER sets the package's
# Maintainer field ("Name <email>").  Needs dpkg-deb (Debian or Ubuntu).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
out=${1:-$repo/dist}

fail() {
    echo "build.sh: $*" >&2
    exit 1
}

command -v dpkg-deb >/dev/null || fail "dpkg-deb was not found; build the package on Debian or Ubuntu"

python=${PYTHON:-}
if [[ -z $python ]]; then
    python=$repo/.venv/bin/python
    if [[ ! -x $python ]]; then
        echo "No .venv in $repo: creating it and installing attendance-desktop and PyInstaller"
        python3 -m venv "$repo/.venv" || fail "could not create $repo/.venv with python3"
        "$repo/.venv/bin/pip" install --quiet -e "${repo}[test]" || fail "pip install failed"
    fi
fi
"$python" -c 'import PyInstaller, attendance_desktop' 2>/dev/null ||
    fail "$python lacks PyInstaller or attendance-desktop; run: $python -m pip install -e '${repo}[test]'"

mkdir -p "$out"
out=$(cd "$out" && pwd)

"$python" "$here/build.py" --out "$out" --quiet

echo "Checking the bundle with its --self-test"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# A private home: the check writes its log there, not into the builder's own folders.
if ! env -u QT_QPA_PLATFORM ATTENDANCE_DESKTOP_HOME="$scratch" \
    "$out/attendance-desktop/attendance-desktop" --self-test; then
    cat "$scratch"/logs/*.log >&2 2>/dev/null || true
    fail "the bundle's self-test failed (its log is above); no package was built"
fi

"$python" "$here/linux/make_deb.py" --bundle "$out/attendance-desktop" --out "$out"
