"""Every platform directory the app uses, in one place.

``ATTENDANCE_DESKTOP_HOME`` puts all of them under one folder: tests point it at
a temporary directory, and IT staff can use it for a portable install (a USB
stick, a shared kiosk profile).

The folders are private to their user (0700 on POSIX): they hold personal data
about children (the database, its backups, the journal, the log).  Files the
app writes in them are private too (``private_files`` sets the process umask).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from attendance_desktop import APP_NAME

HOME_ENV = "ATTENDANCE_DESKTOP_HOME"
#: The database URL IT staff can push to every PC (before the settings file).
URL_ENV = "ATTENDANCE_DATABASE_URL"


def private_files() -> None:
    """From now on, files and folders this process creates are its user's alone (umask 077)."""
    os.umask(0o077)


def _private_folder(path: Path) -> Path:
    """Make ``path`` (and its parents) and keep it private to this user (POSIX)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        try:
            if path.stat().st_mode & 0o077:
                path.chmod(0o700)
        except OSError:  # not ours (a shared portable folder): leave it as IT set it
            pass
    return path


def _override() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Where the embedded database, its backups and the offline outbox live."""
    base = _override()
    path = base / "data" if base else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return _private_folder(path)


def config_dir() -> Path:
    """Where the settings file lives (never a password: those go to the keyring)."""
    base = _override()
    path = (
        base / "config" if base else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )
    return _private_folder(path)


def log_dir() -> Path:
    """Where the rotating log file lives."""
    base = _override()
    path = base / "logs" if base else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    return _private_folder(path)


def default_database_path() -> Path:
    """The embedded SQLite database used when nothing else is configured."""
    return data_dir() / "attendance.sqlite3"
