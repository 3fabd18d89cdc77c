"""Refuse to put the SQLite database on a network drive.

SQLite's documentation warns that its file locking is unreliable on network
filesystems and that WAL mode does not work across machines at all: two PCs
sharing one file over SMB or NFS can silently lose marks or damage the file.
A register shared by several PCs belongs on a PostgreSQL server.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from attendance_desktop import errors
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate

#: Filesystem types (as Linux and macOS name them) that live on another machine.
NETWORK_FILESYSTEMS = frozenset(
    {
        "9p",
        "acfs",
        "afpfs",
        "afs",
        "beegfs",
        "ceph",
        "cifs",
        "coda",
        "davfs",
        "fuse.davfs2",
        "fuse.glusterfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.sshfs",
        "gfs2",
        "glusterfs",
        "gpfs",
        "lustre",
        "ncpfs",
        "nfs",
        "nfs4",
        "ocfs2",
        "smb3",
        "smbfs",
        "sshfs",
        "webdav",
    }
)

MOUNTINFO = Path("/proc/self/mountinfo")

#: The Settings dialog's choice for a server, word for word (ui/settings_pages.py, whose
#: translation context is "Settings").
SETTINGS_SERVER_OPTION = QT_TRANSLATE_NOOP(
    "Settings", "On a shared PostgreSQL server (several computers)"
)
#: Where IT staff read how to set one up.
DEPLOYMENT_GUIDE = "docs/deploy.md"


def _unescape(field: str) -> str:
    # mountinfo escapes space, tab, newline and backslash as octal (\040 ...).
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def linux_filesystem_type(path: Path, mountinfo: Path | None = None) -> str | None:
    """The type of the filesystem holding ``path``, from the longest matching mount point."""
    try:
        lines = (mountinfo or MOUNTINFO).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best: tuple[int, str] | None = None
    target = str(path)
    for line in lines:
        left, sep, right = line.partition(" - ")
        if not sep:
            continue
        fields = left.split()
        if len(fields) < 5:
            continue
        mount_point = _unescape(fields[4])
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) >= best[0]):
            best = (len(mount_point), right.split()[0])
    return best[1] if best else None


def _existing(path: Path) -> Path:
    path = path.expanduser().absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path.resolve()


def network_location(path: Path | str) -> str | None:
    """Where ``path`` is when on a network drive (e.g. "a network drive (cifs)"), or None
    if it is local: the end of the sentence "The database file ... is on {where}."."""
    raw = str(path)
    if raw.startswith(("\\\\", "//")) and not raw.startswith(("\\\\?\\", "\\\\.\\")):
        return translate("Database", "a network share (UNC path)")
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_remote(Path(raw))
    real = _existing(Path(raw))
    if sys.platform == "darwin":  # pragma: no cover - exercised on macOS only
        fstype = _mac_filesystem_type(real)
    else:
        fstype = linux_filesystem_type(real)
    if fstype and fstype.lower() in NETWORK_FILESYSTEMS:
        return translate("Database", "a network drive ({type})").format(type=fstype)
    return None


def _windows_remote(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(str(path.absolute()))[0]
    if not drive:
        return None
    drive_remote = 4
    if ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote:  # type: ignore[attr-defined]
        return translate("Database", "a mapped network drive ({drive})").format(drive=drive)
    return None


def _mac_filesystem_type(path: Path) -> str | None:  # pragma: no cover - macOS only
    done = subprocess.run(
        ["/usr/bin/stat", "-f", "%T", str(path)], capture_output=True, text=True, check=False
    )
    return done.stdout.strip() or None


def refuse_network_database(path: Path | str) -> None:
    """Raise ``NetworkDatabaseRefused`` when the SQLite file would live on a network drive."""
    where = network_location(path)
    if where:
        option = translate("Settings", SETTINGS_SERVER_OPTION)
        raise errors.NetworkDatabaseRefused(
            translate(
                "Database",
                "The database file {path} is on {where}. SQLite cannot be shared safely over a "
                "network: marks could be lost or the file damaged.",
            ).format(path=path, where=where),
            hint=translate(
                "Database",
                "To share one register between several computers, use a PostgreSQL server "
                "(File > Settings… > Database: “{option}”; see {guide}). To use "
                "this computer alone, keep the database on a local disk.",
            ).format(option=option, guide=DEPLOYMENT_GUIDE),
        )
