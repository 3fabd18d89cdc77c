"""What IT staff ask about a database, answered without Qt.

- ``read_schema``: the schema revision a database is at, beside the one this
  version of the app expects (Help > About);
- ``check_connection``: whether the database a person described in Settings
  can be reached, and what it holds (Settings > Test connection).  It never
  creates or changes anything: a SQLite file is opened read-only, and only if
  it exists.

Both are slow or may hang on a bad network, so the UI runs them on a worker
(``Operations.run`` and ``Operations.run_free``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from attendance_desktop import errors, paths
from attendance_desktop.db import migrate
from attendance_desktop.db.engine import create_app_engine, plain_errors, server_url
from attendance_desktop.db.netfs import refuse_network_database
from attendance_desktop.i18n import translate
from attendance_desktop.settings import DatabaseSettings, password_for


def orm_version() -> str:
    """The database library in use, for the About box ("SQLAlchemy 2.0.36")."""
    return f"SQLAlchemy {sqlalchemy.__version__}"


# --- the schema revision ----------------------------------------------------------------------


@dataclass(frozen=True)
class SchemaInfo:
    """The revision stored in the database, and the one this version of the app expects."""

    stored: str | None
    expected: str

    @property
    def words(self) -> str:
        if self.stored is None:
            return translate("Database", "none (the database is empty)")
        if self.stored == self.expected:
            return translate("Database", "{revision} (up to date)").format(revision=self.stored)
        return translate("Database", "{revision} (this version expects {expected})").format(
            revision=self.stored, expected=self.expected
        )


def read_schema(session: Session) -> SchemaInfo:
    """The stored Alembic revision, read with a plain query (``alembic_version`` has one row)."""
    stored = session.scalar(text("SELECT version_num FROM alembic_version"))
    return SchemaInfo(
        stored=str(stored) if stored is not None else None, expected=migrate.head_revision()
    )


# --- testing a database described in Settings ------------------------------------------------


def check_connection(db: DatabaseSettings, password: str | None = None) -> str:
    """Try the database ``db`` describes; a plain sentence on success, ``KnownError`` if not.

    Without ``password``, a server's password is looked up in the keyring, here
    rather than by the caller: the keyring can be slow (it may ask a desktop
    service), and this runs on a worker.
    """
    if db.kind == "postgresql":
        if not password and db.user:
            password = password_for(db)
        return _check_server(db, password)
    return _check_file(Path(db.sqlite_path).expanduser() if db.sqlite_path else None)


def _check_server(db: DatabaseSettings, password: str | None) -> str:
    url = server_url(
        host=db.host,
        port=db.port,
        database=db.database,
        user=db.user,
        password=password,
        tls=db.tls_query(),
    )
    engine = create_app_engine(url, poolclass=NullPool)
    try:
        with plain_errors(url), engine.connect() as connection:
            server = connection.exec_driver_sql("SHOW server_version").scalar()
        schema = _schema_sentence(migrate.schema_state(engine))
        return translate(
            "Database",
            "Connected to \u201c{database}\u201d on {host}:{port} (PostgreSQL {version}). {schema}",
        ).format(database=db.database, host=db.host, port=db.port, version=server, schema=schema)
    finally:
        engine.dispose()


def _check_file(path: Path | None) -> str:
    path = path or paths.default_database_path()
    refuse_network_database(path)
    if path.is_dir():
        raise errors.BadDatabaseURL(
            translate("Database", "{path} is a folder.").format(path=path),
            hint=translate("Database", "Choose a file name inside it, such as attendance.sqlite3."),
        )
    if not path.exists():
        if not path.parent.is_dir():
            raise errors.DatabaseUnreachable(
                translate("Database", "The folder {folder} does not exist.").format(
                    folder=path.parent
                ),
                hint=translate("Database", "Choose another folder, or create this one first."),
            )
        if not os.access(path.parent, os.W_OK):
            raise errors.DatabaseReadOnly(
                translate("Database", "This account cannot create files in {folder}.").format(
                    folder=path.parent
                ),
                hint=translate(
                    "Database", "Choose a folder of your own, or ask IT for write access."
                ),
            )
        return translate(
            "Database",
            "No database there yet: a new one will be created at {path} on the next start.",
        ).format(path=path)
    url = _read_only_sqlite_url(path)
    engine = create_engine(url, poolclass=NullPool)
    try:
        with plain_errors(url):
            state = migrate.schema_state(engine)
        if not os.access(path, os.W_OK):
            raise errors.DatabaseReadOnly(
                translate(
                    "Database", "The database file {path} can be read but not written to."
                ).format(path=path),
                hint=translate(
                    "Database", "Ask IT to give your account write access to it and its folder."
                ),
            )
        schema = _schema_sentence(state)
        return translate("Database", "Found the database file {path}. {schema}").format(
            path=path, schema=schema
        )
    finally:
        engine.dispose()


def _read_only_sqlite_url(path: Path) -> URL:
    """SQLite's URI form with ``mode=ro``, so testing never writes to the file."""
    return URL.create(
        "sqlite+pysqlite", database=f"{path.resolve().as_uri()}?mode=ro", query={"uri": "true"}
    )


def _schema_sentence(state: migrate.SchemaState) -> str:
    if state.current is None:
        return translate("Database", "It is empty; the app will set it up on the next start.")
    if state.at_head:
        return translate("Database", "It holds an attendance register, up to date.")
    return translate(
        "Database",
        "It holds an attendance register from an older version; it will be upgraded on start.",
    )
