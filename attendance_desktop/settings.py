"""User settings: a small JSON file in the platform config folder.

Passwords are never written here: they live in the operating system's keyring
(see ``password_for``), looked up by server, port, database and user.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attendance_desktop import paths
from attendance_desktop.files import replacing

if TYPE_CHECKING:  # SQLAlchemy is imported only when a URL is needed (start-up time)
    from sqlalchemy.engine import URL

log = logging.getLogger("attendance.settings")

SETTINGS_FILE_NAME = "settings.json"
KEYRING_SERVICE = "attendance-desktop"


@dataclass
class DatabaseSettings:
    #: "sqlite" (the embedded file) or "postgresql" (a shared server).
    kind: str = "sqlite"
    sqlite_path: str = ""
    host: str = "localhost"
    port: int = 5432
    database: str = "attendance"
    user: str = ""


@dataclass
class Settings:
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    #: The teacher this PC's user picked once ("who are you?").
    teacher_id: int | None = None
    default_grace_minutes: int = 5
    school_name: str = ""
    ui: dict[str, Any] = field(default_factory=dict)

    def database_url(self) -> URL | None:
        """The URL the settings point at, or None for the embedded default."""
        from sqlalchemy.engine import URL

        db = self.database
        if db.kind == "postgresql":
            return URL.create(
                "postgresql+psycopg",
                username=db.user or None,
                password=password_for(db),
                host=db.host,
                port=db.port,
                database=db.database,
            )
        if db.sqlite_path:
            return URL.create("sqlite+pysqlite", database=db.sqlite_path)
        return None


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE_NAME


def load() -> Settings:
    """Read the settings file; a missing or damaged file gives the defaults (and a log line)."""
    path = settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("Ignoring unreadable settings file %s: %s", path, exc)
        return Settings()
    if not isinstance(raw, dict):
        log.warning("Ignoring settings file %s: not a JSON object", path)
        return Settings()
    db_raw: dict[str, Any] = raw["database"] if isinstance(raw.get("database"), dict) else {}
    known_db = DatabaseSettings.__dataclass_fields__
    database = DatabaseSettings(**{k: v for k, v in db_raw.items() if k in known_db})
    # Keys no longer kept here are ignored: "time_zone" (the school's zone lives in its
    # database since issue 10, so every PC shows the same day).
    known = Settings.__dataclass_fields__
    rest = {k: v for k, v in raw.items() if k in known and k != "database"}
    return Settings(database=database, **rest)


def save(value: Settings) -> None:
    """Write the settings atomically (a crash mid-write leaves the old file)."""
    path = settings_path()
    with replacing(path, "w", encoding="utf-8") as stream:
        stream.write(json.dumps(asdict(value), indent=2, sort_keys=True))


def keyring_account(db: DatabaseSettings) -> str:
    return f"{db.user}@{db.host}:{db.port}/{db.database}"


def password_for(db: DatabaseSettings) -> str | None:
    """The server password from the OS keyring, or None if none is stored or no keyring exists."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, keyring_account(db))
        except KeyringError as exc:
            log.warning("The system keyring could not be read: %s", exc)
    except ImportError:  # pragma: no cover - keyring is a dependency
        pass
    return None


def store_password(db: DatabaseSettings, password: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, keyring_account(db), password)
