#!/usr/bin/env bash
# System packages for the tests that drive the app on a real X server
# (tests/test_x11.py, tests/test_hands.py: Xvfb, a small window manager, xdotool to
# press keys and click, x11-utils for xwininfo/xdpyinfo, ImageMagick's import for
# screenshots of the whole screen).  Idempotent: installs only what is missing.
# Called by .ci/run before the tests; safe to run by hand (as root, or with sudo).
set -euo pipefail

need=()
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v openbox >/dev/null 2>&1 || need+=(openbox)
command -v xdotool >/dev/null 2>&1 || need+=(xdotool)
command -v xwininfo >/dev/null 2>&1 || need+=(x11-utils)
command -v import >/dev/null 2>&1 || need+=(imagemagick)
# The libraries Qt's xcb platform plugin loads (a desktop has them; a server may not).
for lib in libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-image0 \
           libxcb-render-util0 libxcb-xinerama0 libxcb-shape0; do
    dpkg-query -W -f='${Status}' "$lib" 2>/dev/null | grep -q "install ok installed" \
        || need+=("$lib")
done

if [ ${#need[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing for the X11 tests: ${need[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -o DPkg::Lock::Timeout=600 -y -q --no-install-recommends "${need[@]}" >/dev/null
