"""A SQLite file on a network drive is refused with directions to PostgreSQL."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from attendance_desktop import errors
from attendance_desktop.db import netfs
from attendance_desktop.db.engine import create_app_engine, sqlite_url


def _mountinfo(tmp_path: Path, mounts: list[tuple[str, str]]) -> Path:
    lines = [
        f"{20 + i} 1 0:{40 + i} / {point} rw,relatime shared:{i} - {fstype} src{i} rw"
        for i, (point, fstype) in enumerate(mounts)
    ]
    path = tmp_path / "mountinfo"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_longest_mount_point_decides(tmp_path: Path) -> None:
    info = _mountinfo(
        tmp_path,
        [("/", "ext4"), ("/mnt/school", "cifs"), ("/mnt/school/local", "ext4"), ("/srv", "nfs4")],
    )
    assert netfs.linux_filesystem_type(Path("/mnt/school/registers/a.db"), info) == "cifs"
    assert netfs.linux_filesystem_type(Path("/mnt/school/local/a.db"), info) == "ext4"
    assert netfs.linux_filesystem_type(Path("/mnt/schoolhouse/a.db"), info) == "ext4"
    assert netfs.linux_filesystem_type(Path("/srv/a.db"), info) == "nfs4"


def test_escaped_mount_points(tmp_path: Path) -> None:
    info = _mountinfo(tmp_path, [("/", "ext4"), ("/media/Staff\\040Share", "smb3")])
    assert netfs.linux_filesystem_type(Path("/media/Staff Share/x.db"), info) == "smb3"


@pytest.mark.parametrize(
    "path", ["\\\\fileserver\\staff\\attendance.sqlite3", "//nas/registers/a.db"]
)
def test_unc_paths_are_refused(path: str) -> None:
    with pytest.raises(errors.NetworkDatabaseRefused, match="PostgreSQL"):
        create_app_engine(sqlite_url(Path(path)))


def test_engine_refuses_a_file_on_a_cifs_mount(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = _mountinfo(tmp_path, [("/", "ext4"), (str(tmp_path / "share"), "cifs")])
    monkeypatch.setattr(netfs, "MOUNTINFO", info)
    (tmp_path / "share").mkdir()
    with pytest.raises(errors.NetworkDatabaseRefused) as caught:
        create_app_engine(sqlite_url(tmp_path / "share" / "attendance.sqlite3"))
    assert "network drive (cifs)" in str(caught.value)
    assert not (tmp_path / "share" / "attendance.sqlite3").exists()
    # The same folder, seen as a local disk, is accepted.
    monkeypatch.setattr(netfs, "MOUNTINFO", _mountinfo(tmp_path, [("/", "ext4")]))
    create_app_engine(sqlite_url(tmp_path / "share" / "attendance.sqlite3")).dispose()


REPO = Path(__file__).resolve().parent.parent


def test_the_refusal_points_to_the_real_settings_option_and_guide() -> None:
    with pytest.raises(errors.NetworkDatabaseRefused) as caught:
        netfs.refuse_network_database("//nas/registers/a.db")
    hint = caught.value.hint
    # The option as the Settings dialog labels it, word for word (read from its source,
    # so that this test needs no Qt).
    dialog = (REPO / "attendance_desktop" / "ui" / "settings_pages.py").read_text("utf-8")
    radios = re.findall(r'QRadioButton\(\s*translate\(\s*"Settings",\s*"([^"]+)"', dialog)
    (server_option,) = [label for label in radios if "PostgreSQL" in label]
    assert f"File > Settings\u2026 > Database: \u201c{server_option}\u201d" in hint
    (guide,) = re.findall(r"docs/[\w.-]+\.md", hint)
    assert guide == "docs/deploy.md" and (REPO / guide).is_file()
    assert "deployment.md" not in hint


def test_this_machines_temp_folder_is_local(tmp_path: Path) -> None:
    assert netfs.network_location(tmp_path / "a.sqlite3") is None


def test_command_line_refuses_a_network_path() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "attendance_desktop",
            "--database",
            "//nas/share/a.db",
            "db",
            "upgrade",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    assert "PostgreSQL" in result.stderr and "network" in result.stderr
    assert netfs.SETTINGS_SERVER_OPTION in result.stderr and "docs/deploy.md" in result.stderr
