"""Every platform directory the app uses, in one place.

``ATTENDANCE_DESKTOP_HOME`` puts all of them under one folder: tests point it at
a temporary directory, and IT staff can use it for a portable install (a USB
stick, a shared kiosk profile).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from attendance_desktop import APP_NAME

HOME_ENV = "ATTENDANCE_DESKTOP_HOME"
#: The database URL IT staff can push to every PC (before the settings file).
URL_ENV = "ATTENDANCE_DATABASE_URL"


def _override() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Where the embedded database, its backups and the offline outbox live."""
    base = _override()
    path = base / "data" if base else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Where the settings file lives (never a password: those go to the keyring)."""
    base = _override()
    path = (
        base / "config" if base else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """Where the rotating log file lives."""
    base = _override()
    path = base / "logs" if base else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    """The embedded SQLite database used when nothing else is configured."""
    return data_dir() / "attendance.sqlite3"
