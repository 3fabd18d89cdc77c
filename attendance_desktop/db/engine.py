"""One engine factory for both backends, and the translation of driver errors.

SQLite (the embedded default, one PC):
- WAL, so the register can be read while a mark is being written;
- ``synchronous=FULL``: a mark the window shows as saved survives a power cut;
- ``busy_timeout`` plus ``BEGIN IMMEDIATE`` for writes: the write lock is taken
  when the transaction starts, so a second process waits its turn instead of
  failing half-way with "database is locked" when it tries to upgrade a read
  lock (the busy handler is not consulted for that upgrade);
- foreign keys on (SQLite leaves them off unless asked).

PostgreSQL (a shared server for a room, a school or a district) through
psycopg 3.  A pooled connection that rested for a while is pinged before use, so
one dropped overnight (a server restart, a firewall's idle timeout) is replaced
instead of failing the first mark of the day; one in use during a lesson is
not, so a mark costs no extra round trip.  Keepalives and a TCP user timeout go
with every connection (``SERVER_PARAMETERS``), statement and lock timeouts are
set on it once connected (``SESSION_SETTINGS``).
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import time
from collections.abc import Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from attendance_desktop import errors, paths
from attendance_desktop.db.netfs import refuse_network_database
from attendance_desktop.i18n import translate
from attendance_desktop.log import redact as redact  # re-exported: db_engine.redact

log = logging.getLogger("attendance.db")

URL_ENV = paths.URL_ENV

#: Milliseconds a SQLite writer waits for another process before giving up.
SQLITE_BUSY_TIMEOUT_MS = 30_000

#: Execution option: begin SQLite transactions DEFERRED (reads) instead of IMMEDIATE.
READ_ONLY_OPTION = "attendance_read_only"

T = TypeVar("T")


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path))


def server_url(
    *,
    host: str,
    port: int,
    database: str,
    user: str = "",
    password: str | None = None,
    tls: Mapping[str, str] | None = None,
) -> URL:
    """The URL of a PostgreSQL database from the fields a person fills in (empty = unset);
    ``tls``: ``sslmode`` and ``sslrootcert`` (``DatabaseSettings.tls_query``)."""
    return URL.create(
        "postgresql+psycopg",
        username=user or None,
        password=password or None,
        host=host,
        port=port,
        database=database,
        query={k: v for k, v in (tls or {}).items() if v},
    )


def parse_url(raw: str | URL) -> URL:
    """Parse a database URL given by a person, or explain what is wrong with it."""
    if isinstance(raw, URL):
        url = raw
    else:
        raw = raw.strip()
        if not raw:
            raise errors.BadDatabaseURL(translate("Database", "The database URL is empty."))
        if "://" not in raw:
            # A bare path is what people type for a file.
            return sqlite_url(Path(raw).expanduser())
        try:
            url = make_url(raw)
        except (sa_exc.ArgumentError, ValueError):
            given = redact(raw)
            raise errors.BadDatabaseURL(
                translate("Database", "\u201c{url}\u201d is not a database URL.").format(url=given),
                hint=translate(
                    "Database",
                    "Use postgresql://user@host:5432/dbname or sqlite:///path/to/file.sqlite3.",
                ),
            ) from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise errors.BadDatabaseURL(
                translate(
                    "Database",
                    "An in-memory SQLite database would lose every mark when the app closes.",
                ),
                hint=translate(
                    "Database", "Give a file path: sqlite:///path/to/attendance.sqlite3."
                ),
            )
        return url.set(drivername="sqlite+pysqlite")
    if backend in ("postgresql", "postgres"):
        if not url.database:
            given = redact(url.render_as_string(hide_password=True))
            raise errors.BadDatabaseURL(
                translate("Database", "\u201c{url}\u201d names no database.").format(url=given),
                hint=translate(
                    "Database", "Add the database name: postgresql://user@host:5432/attendance."
                ),
            )
        return url.set(drivername="postgresql+psycopg")
    raise errors.BadDatabaseURL(
        translate("Database", "attendance-desktop cannot use a '{kind}' database.").format(
            kind=backend
        ),
        hint=translate(
            "Database",
            "Use SQLite (the default, one computer) or PostgreSQL (shared by many computers).",
        ),
    )


def resolve_url(
    cli_url: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    settings_url: str | URL | None = None,
) -> URL:
    """Pick the database: ``--database``, then the environment, then settings, then the default."""
    env = os.environ if environ is None else environ
    for candidate in (cli_url, env.get(URL_ENV), settings_url):
        if candidate:
            return parse_url(candidate)
    return sqlite_url(paths.default_database_path())


def describe(url: URL) -> str:
    """A URL fit for a log line, an error message, the About box or the outbox's key:
    never a password, neither the user's nor one given as ``?password=`` or
    ``?sslpassword=`` (the key of a client certificate)."""
    return redact(url.render_as_string(hide_password=True))


#: Connection parameters that are secrets wherever they appear in a URL's query.
SECRET_PARAMETERS = ("password", "sslpassword")


def pg_tool_connection(url: URL, folder: Path) -> tuple[str, dict[str, str]]:
    """How to hand ``url`` to a PostgreSQL client program (pg_dump): a ``--dbname``
    value and the environment to run it in, with no secret on its command line.

    Every parameter goes, as SQLAlchemy's psycopg dialect would send it (so TLS
    settings are kept), into a private service file in ``folder`` (mode 0600);
    the command line names only the service.  The caller deletes ``folder``."""
    dialect = url.set(drivername="postgresql+psycopg").get_dialect()()
    _args, params = dialect.create_connect_args(url)
    params.pop("context", None)  # psycopg adapters, not a connection parameter
    params.setdefault("connect_timeout", 5)  # an unreachable server fails, not hangs
    lines = ["[attendance]"]
    for key, value in params.items():
        if value is None:
            continue
        text_value = str(value)
        if "\n" in text_value or "\r" in text_value:
            raise errors.BadDatabaseURL(
                translate("Database", "The database URL\u2019s {part} holds a line break.").format(
                    part=key
                )
            )
        lines.append(f"{key}={text_value}")
    service = folder / "pg_service.conf"
    descriptor = os.open(service, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        stream.write("\n".join(lines) + "\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PGPASSWORD", "PGSERVICE")}
    env["PGSERVICEFILE"] = str(service)
    return "service=attendance", env


def is_sqlite(engine_or_url: Engine | URL) -> bool:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else engine_or_url
    return url.get_backend_name() == "sqlite"


def create_app_engine(url: str | URL, **kwargs: Any) -> Engine:
    """Create the engine for ``url`` with the settings this app relies on."""
    url = parse_url(url)
    if is_sqlite(url):
        return _create_sqlite_engine(url, **kwargs)
    connect_args = kwargs.setdefault("connect_args", {})
    for name, value in server_connection_parameters(url).items():
        connect_args.setdefault(name, value)
    # Crash details and logs never carry a statement's values (students' marks and names).
    kwargs.setdefault("hide_parameters", True)
    engine = create_engine(url, **kwargs)
    _apply_session_settings(engine)
    _ping_rested_connections(engine)
    return engine


#: A pooled connection that rested this long is pinged before it is used again.
IDLE_PING_SECONDS = 30.0


def _ping_rested_connections(engine: Engine) -> None:
    """Ping a connection at checkout only when it sat idle in the pool (cheaper than
    ``pool_pre_ping``, which pings at every checkout: one round trip per mark)."""

    @event.listens_for(engine, "checkin")
    def _rested(_dbapi_connection: Any, record: Any) -> None:
        record.info["rested_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _check(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        rested = record.info.get("rested_at")
        if rested is None or time.monotonic() - rested < IDLE_PING_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:
            # The pool discards this connection and checks out (or opens) another.
            log.info(
                "A connection that rested %.0f s was dead; replacing it", time.monotonic() - rested
            )
            raise sa_exc.DisconnectionError(str(exc)) from exc


#: libpq parameters every connection to the server gets unless its URL says otherwise.
#: keepalives notice a peer that vanished while the connection sat idle; tcp_user_timeout
#: one that stopped acknowledging what was sent.  (Client-side settings: a pooler such as
#: PgBouncer never sees them.)
SERVER_PARAMETERS: dict[str, str | int] = {
    "connect_timeout": 4,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 3,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,
    "application_name": "attendance-desktop",
}

#: Set on each new server connection: one statement, and one wait for a row lock, may
#: take this long (what a mark needs, with room for a district's report).  Sent as SET
#: after connecting, not as the ``options`` start-up parameter, which PgBouncer refuses
#: ("unsupported startup parameter: options") even in session mode.
SESSION_SETTINGS = {"statement_timeout": "30s", "lock_timeout": "5s"}


def server_connection_parameters(url: URL) -> dict[str, str | int]:
    """``SERVER_PARAMETERS`` less any the URL sets itself."""
    return {k: v for k, v in SERVER_PARAMETERS.items() if k not in url.query}


def _apply_session_settings(engine: Engine) -> None:
    """``SESSION_SETTINGS`` on every new connection, unless the URL's ``options`` set
    timeouts of its own."""
    given = str(engine.url.query.get("options", ""))
    wanted = {k: v for k, v in SESSION_SETTINGS.items() if k not in given}
    if not wanted:
        return
    statement = "SELECT " + ", ".join(f"set_config('{k}', '{v}', false)" for k, v in wanted.items())

    @event.listens_for(engine, "connect")
    def _settings(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(statement)  # constants only: nothing from outside
        finally:
            cursor.close()
        dbapi_connection.commit()


def _create_sqlite_engine(url: URL, **kwargs: Any) -> Engine:
    assert url.database is not None
    path = Path(url.database)
    refuse_network_database(path)
    if not path.parent.exists():
        raise errors.DatabaseUnreachable(
            translate(
                "Database", "The folder for the database file does not exist: {folder}."
            ).format(folder=path.parent),
            hint=translate("Database", "Check the path, or create the folder first."),
        )
    kwargs.setdefault("connect_args", {}).setdefault("timeout", SQLITE_BUSY_TIMEOUT_MS / 1000)
    # Crash details and logs never carry a statement's values (students' marks and names).
    kwargs.setdefault("hide_parameters", True)
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # We issue BEGIN ourselves (see _begin); the driver must not.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA synchronous = FULL")
            mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                cursor.execute("PRAGMA journal_mode = WAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        read_only = connection.get_execution_options().get(READ_ONLY_OPTION, False)
        connection.exec_driver_sql("BEGIN DEFERRED" if read_only else "BEGIN IMMEDIATE")

    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """Sessions for one user action each; attributes stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


def read_only(engine: Engine) -> Engine:
    """The same engine, beginning SQLite transactions without taking the write lock."""
    return engine.execution_options(**{READ_ONLY_OPTION: True})


# --- turning driver errors into plain words -------------------------------------------------


def known_error_for(exc: BaseException, url: URL) -> errors.KnownError | None:
    """The plain-words error for a driver exception, or None if it is a bug."""
    if isinstance(exc, errors.KnownError):
        return exc
    original = getattr(exc, "orig", None) or exc
    message = redact(str(original)).strip()
    lowered = message.lower()

    if isinstance(exc, sa_exc.IntegrityError):
        if "unique" in lowered or "duplicate" in lowered:
            return errors.DuplicateRecord(
                translate("Database", "That record already exists; a second copy was not created."),
                hint=first_line(message),
            )
        return None

    if is_sqlite(url):
        return _sqlite_error(lowered, url.database)
    if isinstance(exc, (sa_exc.OperationalError, sa_exc.InterfaceError)) or _is_psycopg_operational(
        original
    ):
        return _server_error(original, message, describe(url))
    if isinstance(original, OSError) and original.errno == errno.ENOSPC:
        return errors.DiskFull(
            translate("Database", "The disk is full; the last change was not saved."),
            hint=translate("Database", "Free some space."),
        )
    return None


def _sqlite_error(lowered: str, path: str | None) -> errors.KnownError | None:
    """The plain-words error for a SQLite message (lower-cased), or None."""
    if "database is locked" in lowered or "database table is locked" in lowered:
        return errors.DatabaseLocked(
            translate("Database", "The database file {path} is locked by another program.").format(
                path=path
            ),
            hint=translate(
                "Database",
                "Wait a moment and try again; if it persists, close other copies of the "
                "app or any program that has the file open.",
            ),
        )
    if "readonly" in lowered or "read-only" in lowered or _not_writable(path):
        return errors.DatabaseReadOnly(
            translate(
                "Database", "The database file {path} cannot be written to (it is read-only)."
            ).format(path=path),
            hint=translate(
                "Database",
                "Check the file's permissions, or ask IT to give your account write access "
                "to it and its folder.",
            ),
        )
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        backups = f"{Path(path or '').stem}.backup-*"
        return errors.DatabaseCorrupt(
            translate(
                "Database",
                "The file {path} is not a readable attendance database (it may be damaged).",
            ).format(path=path),
            hint=translate(
                "Database",
                "Restore the latest backup beside it ({backups}), or point the app at "
                "another file.",
            ).format(backups=backups),
        )
    if "disk is full" in lowered or "disk full" in lowered:
        return errors.DiskFull(
            translate(
                "Database", "The disk holding {path} is full; the last change was not saved."
            ).format(path=path),
            hint=translate("Database", "Free some space and try again."),
        )
    if "unable to open database" in lowered:
        return errors.DatabaseUnreachable(
            translate("Database", "The database file {path} cannot be opened.").format(path=path),
            hint=translate(
                "Database", "Check that the folder exists and that your account may write to it."
            ),
        )
    return None


#: libpq's words when TLS could not be set up (not a connection dropped later, "SSL SYSCALL").
_TLS_PROBLEMS = (
    "certificate",
    "ssl was required",
    "does not support ssl",
    "sslmode",
    "root.crt",
    "sslrootcert",
    "ssl negotiation",
)


def _server_error(original: BaseException, message: str, where: str) -> errors.KnownError | None:
    """The plain-words error for a PostgreSQL connection or server error, or None (a bug)."""
    lowered = message.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return errors.DatabaseUnreachable(
            translate(
                "Database", "The server at {server} refused the user name or password."
            ).format(server=where),
            hint=translate(
                "Database",
                "Check them in Settings > Database (the password is kept in the system keyring).",
            ),
        )
    if any(words in lowered for words in _TLS_PROBLEMS):
        details = first_line(message)
        return errors.DatabaseUnreachable(
            translate(
                "Database", "The secure connection (TLS) to {server} could not be set up."
            ).format(server=where),
            hint=translate(
                "Database",
                "Check the server name, and the school's certificate file (CA) in "
                "Settings > Database; IT can say which TLS mode the server needs. "
                "Details: {details}",
            ).format(details=details),
        )
    if "does not exist" in lowered and "database" in lowered:
        return errors.DatabaseUnreachable(
            translate(
                "Database", "The server is reachable but has no such database: {server}."
            ).format(server=where),
            hint=translate(
                "Database", "Ask IT to create it, or check the name in Settings > Database."
            ),
        )
    if "permission denied for database" in lowered:
        return errors.DatabaseUnreachable(
            translate("Database", "This login may not use the database {server}.").format(
                server=where
            ),
            hint=translate(
                "Database",
                "Ask IT to run “attendance-desktop staff sync”, which lets staff "
                "logins connect, or to check that this login is a member of a staff group.",
            ),
        )
    if "no space left" in lowered or "could not extend file" in lowered:
        return errors.DiskFull(
            translate(
                "Database", "The database server's disk is full; the last change was not saved."
            ),
            hint=translate("Database", "Tell IT: the server needs more space."),
        )
    sqlstate = getattr(original, "sqlstate", None)
    if sqlstate in ("40001", "40P01", "55P03"):  # serialization, deadlock, lock timeout
        return errors.DatabaseBusy(
            translate(
                "Database",
                "The database was busy with another computer's change; yours was not saved.",
            ),
            hint=translate("Database", "Try again."),
        )
    if sqlstate and not sqlstate.startswith(("08", "57P")):
        return None  # the server understood us and said no: a bug, not the network
    details = first_line(message)
    return errors.DatabaseUnreachable(
        translate("Database", "Cannot reach the attendance database server ({server}).").format(
            server=where
        ),
        hint=translate(
            "Database",
            "Check the network cable or Wi-Fi, and that the server is running. Details: {details}",
        ).format(details=details),
    )


def _not_writable(path: str | None) -> bool:
    """True when the SQLite file (or the folder its journal goes in) cannot be written."""
    if not path:
        return False
    file = Path(path)
    if file.exists() and not os.access(file, os.W_OK):
        return True
    return file.parent.exists() and not os.access(file.parent, os.W_OK)


def _is_psycopg_operational(exc: BaseException) -> bool:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    return isinstance(exc, psycopg.OperationalError)


def first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


@contextmanager
def plain_errors(url: URL) -> Any:
    """Re-raise driver errors that a person can act on as ``KnownError``."""
    try:
        yield
    except errors.KnownError:
        raise
    except (sa_exc.DBAPIError, sa_exc.OperationalError, sqlite3.Error, OSError) as exc:
        known = known_error_for(exc, url)
        if known is None:
            raise
        raise known from exc
