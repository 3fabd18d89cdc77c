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

#: The Settings dialog's choice for a server, word for word (ui/settings_pages.py).
SETTINGS_SERVER_OPTION = "On a shared PostgreSQL server (several computers)"
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
    """Why ``path`` is on a network drive (e.g. "an SMB share (cifs)"), or None if it is local."""
    raw = str(path)
    if raw.startswith(("\\\\", "//")) and not raw.startswith(("\\\\?\\", "\\\\.\\")):
        return "a network share (UNC path)"
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_remote(Path(raw))
    real = _existing(Path(raw))
    if sys.platform == "darwin":  # pragma: no cover - exercised on macOS only
        fstype = _mac_filesystem_type(real)
    else:
        fstype = linux_filesystem_type(real)
    if fstype and fstype.lower() in NETWORK_FILESYSTEMS:
        return f"a network drive ({fstype})"
    return None


def _windows_remote(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(str(path.absolute()))[0]
    if not drive:
        return None
    drive_remote = 4
    if ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote:  # type: ignore[attr-defined]
        return f"a mapped network drive ({drive})"
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
        raise errors.NetworkDatabaseRefused(
            f"The database file {path} is on {where}. SQLite cannot be shared safely over a "
            "network: marks could be lost or the file damaged.",
            hint="To share one register between several computers, use a PostgreSQL server "
            f"(File > Settings\u2026 > Database: \u201c{SETTINGS_SERVER_OPTION}\u201d; see "
            f"{DEPLOYMENT_GUIDE}). To use this computer alone, keep the database on a local disk.",
        )
