"""User settings: a small JSON file in the platform config folder.

Passwords are never written here: they live in the operating system's keyring
(see ``password_for``), looked up by server, port, database and user, and only
when the person ticked "Remember on this PC" when signing in.
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

#: libpq's TLS modes, weakest first (``sslmode``).
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
#: A new shared-server set-up checks the server's certificate and name.
NEW_SERVER_SSLMODE = "verify-full"
#: What a settings file from before TLS was a setting means: libpq's own default.
LEGACY_SSLMODE = "prefer"
#: Minutes without a key press or a mouse move before a shared PC signs its person out.
DEFAULT_IDLE_SIGN_OUT_MINUTES = 10


@dataclass
class DatabaseSettings:
    #: "sqlite" (the embedded file) or "postgresql" (a shared server).
    kind: str = "sqlite"
    sqlite_path: str = ""
    host: str = "localhost"
    port: int = 5432
    database: str = "attendance"
    #: The login signed in with automatically (peer/Kerberos, or a remembered password);
    #: empty: ask who is there.
    user: str = ""
    #: TLS to the server (libpq ``sslmode``); a new set-up verifies the certificate.
    sslmode: str = NEW_SERVER_SSLMODE
    #: The school's certificate authority (a PEM file), for verify-ca and verify-full;
    #: empty: libpq's default (~/.postgresql/root.crt).
    sslrootcert: str = ""

    def tls_query(self) -> dict[str, str]:
        """The URL query that carries the TLS settings."""
        query = {"sslmode": self.sslmode} if self.sslmode in SSL_MODES else {}
        if self.sslrootcert:
            query["sslrootcert"] = self.sslrootcert
        return query


@dataclass
class Settings:
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    #: The teacher this PC's user picked once ("who are you?").
    teacher_id: int | None = None
    default_grace_minutes: int = 5
    school_name: str = ""
    #: Sign the person out of a shared server after this many idle minutes (0: never).
    idle_sign_out_minutes: float = DEFAULT_IDLE_SIGN_OUT_MINUTES
    #: The app's language: a code of ``i18n.LANGUAGES`` ("de"), or "" for the computer's
    #: (``i18n.SYSTEM``).  Applied at start-up.
    language: str = ""
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
                query=db.tls_query(),
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
    # A file from before TLS was a setting keeps what it did: libpq's default.
    db_raw = {"sslmode": LEGACY_SSLMODE, **db_raw}
    database = DatabaseSettings(**{k: v for k, v in db_raw.items() if k in known_db})
    # Keys no longer kept here are ignored: "time_zone" (the school's zone lives in its
    # database since issue 10, so every PC shows the same day).
    known = Settings.__dataclass_fields__
    rest = {k: v for k, v in raw.items() if k in known and k != "database"}
    if not isinstance(rest.get("language", ""), str):
        log.warning("Ignoring the language setting %r: not a language code", rest["language"])
        del rest["language"]
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


def forget_password(db: DatabaseSettings) -> None:
    """Delete a remembered password (none stored, or no keyring: nothing to do)."""
    try:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring.delete_password(KEYRING_SERVICE, keyring_account(db))
        except PasswordDeleteError:
            pass
        except KeyringError as exc:
            log.warning("The system keyring could not be changed: %s", exc)
    except ImportError:  # pragma: no cover - keyring is a dependency
        pass
