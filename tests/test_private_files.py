"""The app's files are private to their user: they hold personal data about children.

Run as a real process (the umask is process-wide): after ``db upgrade`` and ``db backup`` on
a new SQLite file, the data, config and log folders are 0700 and every file the app wrote
is 0600, whatever the umask it was started with.  (Negative control: the same files made by
a process with the usual umask 022 are readable by others.)
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _run(home: Path, *args: str) -> None:
    env = {**os.environ, "ATTENDANCE_DESKTOP_HOME": str(home)}
    env.pop("ATTENDANCE_DATABASE_URL", None)
    code = (
        "import os, sys; os.umask(0o022); from attendance_desktop import cli; "
        "sys.exit(cli.main(sys.argv[1:]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *args],  # the default database, in the data folder
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def _modes(home: Path) -> dict[str, int]:
    return {
        str(p.relative_to(home)): stat.S_IMODE(p.stat().st_mode) for p in sorted(home.rglob("*"))
    }


def test_folders_and_files_are_private(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _run(home, "db", "upgrade")
    _run(home, "db", "backup")
    modes = _modes(home)
    folders = {name: mode for name, mode in modes.items() if (home / name).is_dir()}
    files = {name: mode for name, mode in modes.items() if (home / name).is_file()}
    assert {"data", "logs"} <= folders.keys()
    assert any(name.startswith("data/attendance.backup-") for name in files)
    assert any(name.startswith("logs/") for name in files)
    assert all(mode == 0o700 for mode in folders.values()), folders
    assert all(mode & 0o077 == 0 for mode in files.values()), files


def test_negative_control_the_usual_umask_leaves_files_readable(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        made = tmp_path / "plain.txt"
        made.write_text("x")
        assert stat.S_IMODE(made.stat().st_mode) & 0o044
    finally:
        os.umask(previous)
