"""Build the packaged app (a PyInstaller one-folder bundle) into a given folder.

    python packaging/build.py --out DIR [--work DIR] [--quiet]

Run it with the Python of an environment where attendance-desktop is installed
(``pip install -e '.[test]'`` installs PyInstaller too), on the operating system
you are building for: PyInstaller does not cross-compile.  The bundle ends up in
``DIR/attendance-desktop/`` (and ``DIR/attendance-desktop.app`` on macOS).  It is
plain Python so that it runs the same on Windows, macOS and Linux.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = HERE / "attendance-desktop.spec"
NAME = "attendance-desktop"


def executable_path(out: Path) -> Path:
    """The main executable inside a bundle built into ``out``."""
    suffix = ".exe" if sys.platform == "win32" else ""
    return out / NAME / f"{NAME}{suffix}"


def folder_size(folder: Path) -> int:
    """Bytes taken by the files under ``folder`` (links counted once, as links)."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            total += (Path(root) / name).lstat().st_size
    return total


def build_translations() -> list[Path]:
    """Compile the translations when they are missing (a source tree never installed):
    the bundle carries them, and the spec refuses to build without them."""
    compiled = HERE.parent / "attendance_desktop" / "resources" / "translations"
    sources = sorted((HERE.parent / "translations").glob("attendance_*.ts"))
    if all((compiled / f"{ts.stem}.qm").is_file() for ts in sources):
        return []
    sys.path.insert(0, str(HERE.parent / "scripts"))
    import translations

    return list(translations.build(quiet=True))


def build(out: Path, work: Path, *, quiet: bool = False) -> int:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        f"--distpath={out}",
        f"--workpath={work}",
    ]
    if quiet:
        command.append("--log-level=WARN")
    command.append(str(SPEC))
    return subprocess.run(command, check=False).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to put the bundle in")
    parser.add_argument(
        "--work",
        type=Path,
        help="PyInstaller's working folder; keep one to make rebuilds faster "
        "(default: a temporary folder, removed afterwards)",
    )
    parser.add_argument("--quiet", action="store_true", help="show warnings and errors only")
    args = parser.parse_args(argv)

    try:
        import PyInstaller
    except ImportError:
        print(
            "build.py: PyInstaller is not installed in this Python; run: "
            "pip install -e '.[test]' (or pip install pyinstaller)",
            file=sys.stderr,
        )
        return 2
    built = build_translations()
    if built:
        print(f"Compiled {len(built)} translations", flush=True)
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    print(f"Building {NAME} with PyInstaller {PyInstaller.__version__} into {out}", flush=True)
    started = time.monotonic()
    if args.work:
        status = build(out, args.work.resolve(), quiet=args.quiet)
    else:
        with tempfile.TemporaryDirectory(prefix="attendance-desktop-build-") as work:
            status = build(out, Path(work), quiet=args.quiet)
    if status != 0:
        print(f"build.py: PyInstaller failed (exit status {status})", file=sys.stderr)
        return status
    exe = executable_path(out)
    print(
        f"Built {exe} in {time.monotonic() - started:.0f} s; "
        f"the folder {exe.parent} is {folder_size(exe.parent) / 1e6:.0f} MB",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
