"""Wrap a built bundle (packaging/build.py) in a Debian package, with dpkg-deb.

    python packaging/linux/make_deb.py --bundle dist/attendance-desktop --out dist

What the package installs:

- ``/opt/attendance-desktop/``: the bundle as built (the executable and ``_internal/``);
- ``/usr/bin/attendance-desktop``: a symbolic link to the executable, so that the
  command works from any terminal (the bundle finds its files through the link);
- ``/usr/share/applications/attendance-desktop.desktop``: the menu entry;
- ``/usr/share/icons/hicolor/<size>/apps/attendance-desktop.png`` (and the SVG under
  ``scalable``): the icon the menu entry names;
- ``/usr/share/doc/attendance-desktop/copyright``.

Nothing else: no maintainer scripts (Debian's icon-cache and desktop-database
packages watch those folders with dpkg triggers), and nothing in a user's home, so
removing the package removes exactly these files and leaves every user's data,
settings and logs where they are.

The version is the bundle's own (``attendance-desktop --version``, which prints
``attendance_desktop.__version__``), written the Debian way; the architecture is
``dpkg --print-architecture``'s.  ``Depends`` is worked out from the bundle: every
shared library one of its binaries needs that the bundle does not carry must come
from the system, and ``SYSTEM_PACKAGES`` says which Debian package has it.  A
library missing from that table stops the build with a message, rather than
making a package that installs but cannot start.

Plain Python and dpkg-deb, so that it runs on any Debian or Ubuntu build machine
(no debhelper); ``packaging/build.sh`` calls it after building the bundle.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
NAME = "attendance-desktop"
INSTALL_DIR = Path("opt") / NAME
DESKTOP_FILE = HERE / f"{NAME}.desktop"
ICON_DIR = REPO / "attendance_desktop" / "resources"
LICENSE_FILE = REPO / "LICENSE"
DEFAULT_MAINTAINER = "attendance-desktop developers <maintainers@attendance-desktop.invalid>"

#: Shared libraries the bundle leaves to the system -> the Debian package (or the choice of
#: packages: Debian 13 and Ubuntu 24.04 renamed some for 64-bit time) that provides it.
#: The C library is added with the build machine's version (see ``depends``).
SYSTEM_PACKAGES: dict[str, str] = {
    # the graphics driver's libraries always come from the PC (PyInstaller never bundles them)
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libdrm.so.2": "libdrm2",
    # X11 and Wayland: Qt's xcb and wayland platform plugins
    "libxcb.so.1": "libxcb1",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    # printing: the PC's CUPS client library (see the spec: it is never bundled)
    "libcups.so.2": "libcups2 | libcups2t64",
    # libraries a build machine may lack, which PyInstaller then leaves out
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0 | libglib2.0-0t64",
    "libz.so.1": "zlib1g",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
}
#: The GNU C library's parts (any architecture's dynamic loader included): package libc6.
LIBC = re.compile(
    r"(libc|libm|libdl|libpthread|librt|libresolv|libutil|libanl)\.so\.\d+$|ld-linux.*\.so\.\d+$"
)


class BuildError(Exception):
    """Something the person building has to fix; the message says what."""


# --- what the bundle needs from the system ------------------------------------------------------


def _needed(path: Path) -> list[str]:
    """The DT_NEEDED entries (sonames) of an ELF file; [] when it is not a dynamic ELF."""
    with path.open("rb") as f:
        ident = f.read(16)
        if len(ident) < 16 or ident[:4] != b"\x7fELF":
            return []
        wide, order = ident[4] == 2, "<" if ident[5] == 1 else ">"
        header = f.read(48 if wide else 36)
        if wide:
            (phoff,) = struct.unpack_from(order + "Q", header, 0x20 - 16)
            phentsize, phnum = struct.unpack_from(order + "HH", header, 0x36 - 16)
        else:
            (phoff,) = struct.unpack_from(order + "I", header, 0x1C - 16)
            phentsize, phnum = struct.unpack_from(order + "HH", header, 0x2A - 16)
        loads: list[tuple[int, int, int]] = []  # (virtual address, file offset, size)
        dynamic: tuple[int, int] | None = None
        for index in range(phnum):
            f.seek(phoff + index * phentsize)
            entry = f.read(phentsize)
            if wide:
                kind, _flags, offset, vaddr, _paddr, size = struct.unpack_from(
                    order + "IIQQQQ", entry
                )
            else:
                kind, offset, vaddr, _paddr, size = struct.unpack_from(order + "IIIII", entry)
            if kind == 1:  # PT_LOAD
                loads.append((vaddr, offset, size))
            elif kind == 2:  # PT_DYNAMIC
                dynamic = (offset, size)
        if dynamic is None:
            return []
        f.seek(dynamic[0])
        table = f.read(dynamic[1])
        step, fmt = (16, order + "qQ") if wide else (8, order + "iI")
        entries = [struct.unpack_from(fmt, table, i) for i in range(0, len(table) - step + 1, step)]
        strtab = next((value for tag, value in entries if tag == 5), None)  # DT_STRTAB
        if strtab is None:
            return []
        base = next((off + strtab - va for va, off, n in loads if va <= strtab < va + n), None)
        if base is None:
            return []
        names = []
        for tag, value in entries:
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                f.seek(base + value)
                names.append(f.read(256).split(b"\0", 1)[0].decode("ascii", "replace"))
        return names


def _files(folder: Path) -> Iterator[Path]:
    for root, _dirs, files in os.walk(folder):
        for name in files:
            yield Path(root) / name


def system_libraries(bundle: Path) -> dict[str, list[str]]:
    """Sonames the bundle's binaries need but the bundle does not carry -> who needs them."""
    carried = {path.name for path in _files(bundle)}
    wanted: dict[str, list[str]] = {}
    for path in _files(bundle):
        if path.is_symlink() or not path.is_file():
            continue
        for soname in _needed(path):
            if soname not in carried:
                wanted.setdefault(soname, []).append(path.relative_to(bundle).as_posix())
    return wanted


def depends(bundle: Path, glibc: str | None = None) -> list[str]:
    """The package's Depends entries, from what the bundle needs; raises BuildError."""
    if glibc is None:
        libc, glibc = platform.libc_ver()
        if libc != "glibc" or not glibc:
            raise BuildError("this build machine does not use the GNU C library")
    entries = {f"libc6 (>= {glibc})"}
    unknown = []
    for soname, users in sorted(system_libraries(bundle).items()):
        if LIBC.match(soname):
            continue
        package = SYSTEM_PACKAGES.get(soname)
        if package is None:
            unknown.append(f"{soname} (needed by {users[0]})")
        else:
            entries.add(package)
    if unknown:
        raise BuildError(
            "the bundle needs shared libraries that neither it nor SYSTEM_PACKAGES in "
            f"packaging/linux/make_deb.py accounts for: {', '.join(unknown)}. Find their "
            "Debian packages (dpkg -S) and add them there."
        )
    return sorted(entries, key=lambda entry: (not entry.startswith("libc6 "), entry))


# --- version and package fields -----------------------------------------------------------------


def debian_version(version: str) -> str:
    """A (normalised, PEP 440) Python version written so that dpkg sorts it the same way.

    Pre-releases and development releases sort *before* the release in Python;
    in Debian that takes a tilde: 1.2.0rc1 -> 1.2.0~rc1, and two for a development
    release, which comes before the pre-releases too: 1.2.0.dev3 -> 1.2.0~~dev3.
    Post-releases (1.2.0.post1) and a local label (+something) stay as they are.
    """
    public, plus, local = version.partition("+")
    public = re.sub(r"(?<=\d)(a|b|rc)(?=\d)", r"~\1", public)
    public = re.sub(r"\.dev(?=\d)", "~~dev", public)
    result = public + plus + re.sub(r"[^A-Za-z0-9.+~]", ".", local)
    if not re.fullmatch(r"[0-9][A-Za-z0-9.+~]*", result):
        raise BuildError(f"cannot write version {version!r} as a Debian version")
    return result


def bundle_version(bundle: Path) -> str:
    """The version the bundled app reports (``attendance-desktop --version``)."""
    executable = bundle / NAME
    try:
        done = subprocess.run(
            [str(executable), "--version"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    except OSError as exc:
        raise BuildError(f"cannot run {executable}: {exc}") from None
    found = re.fullmatch(rf"{NAME} (\S+)\s*", done.stdout)
    if done.returncode != 0 or found is None:
        raise BuildError(
            f"{executable} --version did not say its version (exit status {done.returncode}): "
            f"{(done.stdout + done.stderr).strip()[:300]}"
        )
    return found.group(1)


def architecture() -> str:
    try:
        done = subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError) as exc:
        raise BuildError(f"dpkg --print-architecture failed: {exc}") from None
    return done.stdout.strip()


def installed_size_kib(root: Path) -> int:
    """Installed-Size as dpkg-gencontrol counts it: KiB per file (rounded up), 1 per link."""
    total = 0
    for folder, dirs, files in os.walk(root):
        for name in [*dirs, *files]:
            path = Path(folder) / name
            if path.is_symlink() or path.is_dir():
                total += 1
            else:
                total += math.ceil(path.stat().st_size / 1024)
    return total


CONTROL = """\
Package: {name}
Version: {version}
Section: education
Priority: optional
Architecture: {arch}
Maintainer: {maintainer}
Installed-Size: {size}
Depends: {depends}
Description: Keyboard-first attendance register for classroom PCs
 Teachers take the register with the keyboard: one key per mark, saved the
 moment it is made, on a local SQLite file or a school's shared PostgreSQL
 server. Reports per class and per student, printing to paper or PDF, and
 roster import from CSV or OneRoster.
 .
 This package installs a self-contained build, with its own Python and Qt, in
 /opt/{name}. IT staff can check an installation with:
 attendance-desktop --self-test
"""


def copyright_text() -> str:
    license_text = LICENSE_FILE.read_text(encoding="utf-8").strip()
    lines = license_text.splitlines()
    holder = next(
        (line.removeprefix("Copyright (c) ") for line in lines if line.startswith("Copyright (c)")),
        "attendance-desktop developers",
    )
    body = "\n".join(f" {line}" if line.strip() else " ." for line in lines)
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {NAME}\n"
        "Comment: The bundle in /opt/attendance-desktop also carries Python, Qt (PySide6)\n"
        " and other libraries, each under its own licence.\n"
        "\n"
        "Files: *\n"
        f"Copyright: {holder}\n"
        "License: MIT\n"
        f"{body}\n"
    )


# --- assembling ---------------------------------------------------------------------------------


def _normalise_modes(root: Path) -> None:
    """0755 for folders and anything executable, 0644 for the rest (the umask may differ)."""
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            (Path(folder) / name).chmod(0o755)
        for name in files:
            path = Path(folder) / name
            if not path.is_symlink():
                path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)
    root.chmod(0o755)


def stage(bundle: Path, root: Path, *, version: str, arch: str, maintainer: str) -> None:
    """Lay out the package's files under ``root`` (which must not exist yet)."""
    if not (bundle / NAME).is_file() or not (bundle / "_internal").is_dir():
        raise BuildError(f"{bundle} is not a built bundle (no {NAME} and _internal/ in it)")
    if not DESKTOP_FILE.is_file() or not (ICON_DIR / f"{NAME}.svg").is_file():
        raise BuildError(f"the menu entry {DESKTOP_FILE} or the icons in {ICON_DIR} are missing")
    needs = depends(bundle)
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    # Absolute, as Debian wants for a link from one top-level folder into another.
    (root / "usr" / "bin" / NAME).symlink_to(Path("/") / INSTALL_DIR / NAME)
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(DESKTOP_FILE, share / "applications" / DESKTOP_FILE.name)
    icons = share / "icons" / "hicolor"
    for png in sorted(ICON_DIR.glob(f"{NAME}-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        (icons / f"{size}x{size}" / "apps").mkdir(parents=True)
        shutil.copyfile(png, icons / f"{size}x{size}" / "apps" / f"{NAME}.png")
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copyfile(ICON_DIR / f"{NAME}.svg", icons / "scalable" / "apps" / f"{NAME}.svg")
    (share / "doc" / NAME).mkdir(parents=True)
    (share / "doc" / NAME / "copyright").write_text(copyright_text(), encoding="utf-8")
    (root / "DEBIAN").mkdir()
    _normalise_modes(root)
    control = CONTROL.format(
        name=NAME,
        version=version,
        arch=arch,
        maintainer=maintainer,
        size=installed_size_kib(root),
        depends=", ".join(needs),
    )
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    (root / "DEBIAN" / "control").chmod(0o644)


def build_deb(
    bundle: Path, out: Path, *, maintainer: str = DEFAULT_MAINTAINER, fast: bool = False
) -> Path:
    """Build the .deb from ``bundle`` into ``out``; returns its path.  Raises BuildError.

    ``fast`` compresses less (xz level 1 rather than 6): about 12% bigger, built in a
    quarter of the time; for tests and trial builds.
    """
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb was not found; build the package on Debian or Ubuntu")
    bundle = bundle.resolve()
    version = debian_version(bundle_version(bundle))
    arch = architecture()
    out.mkdir(parents=True, exist_ok=True)
    target = out.resolve() / f"{NAME}_{version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix=f"{NAME}-deb-") as scratch:
        root = Path(scratch) / "root"
        stage(bundle, root, version=version, arch=arch, maintainer=maintainer)
        done = subprocess.run(
            [
                "dpkg-deb",
                "--root-owner-group",
                "-Zxz",
                "-z1" if fast else "-z6",
                "--build",
                str(root),
                str(target),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        raise BuildError(f"dpkg-deb failed: {(done.stderr or done.stdout).strip()}")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--bundle", type=Path, required=True, help="the built bundle (.../attendance-desktop)"
    )
    parser.add_argument("--out", type=Path, required=True, help="folder to write the .deb to")
    parser.add_argument(
        "--maintainer",
        default=os.environ.get("DEB_MAINTAINER") or DEFAULT_MAINTAINER,
        help="the Maintainer field, 'Name <email>' (default: $DEB_MAINTAINER, else "
        f"{DEFAULT_MAINTAINER!r})",
    )
    parser.add_argument(
        "--fast", action="store_true", help="compress less: a bigger file, built much faster"
    )
    args = parser.parse_args(argv)
    try:
        deb = build_deb(args.bundle, args.out, maintainer=args.maintainer, fast=args.fast)
    except BuildError as exc:
        print(f"make_deb.py: {exc}", file=sys.stderr)
        return 1
    print(f"Built {deb} ({deb.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
