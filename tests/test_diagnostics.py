"""What IT asks about a database, without Qt: the schema revision (Help > About) and
whether a database described in Settings can be reached (Test connection)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from attendance_desktop import errors
from attendance_desktop.db import diagnostics
from attendance_desktop.db.engine import create_app_engine, server_url, sqlite_url
from attendance_desktop.db.migrate import head_revision, upgrade
from attendance_desktop.settings import DatabaseSettings


def test_read_schema_names_the_stored_and_expected_revisions(engine: Engine) -> None:
    with Session(engine) as session:
        info = diagnostics.read_schema(session)
    assert info == diagnostics.SchemaInfo(stored=head_revision(), expected=head_revision())
    assert info.words == f"{head_revision()} (up to date)"
    with Session(engine) as session, session.begin():
        session.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    with Session(engine) as session:
        older = diagnostics.read_schema(session)
    assert older.words == f"0001 (this version expects {head_revision()})"
    assert diagnostics.SchemaInfo(None, "0003").words == "none (the database is empty)"


def test_orm_version_names_the_library() -> None:
    assert diagnostics.orm_version().startswith("SQLAlchemy 2.")


def test_server_url_leaves_empty_fields_unset() -> None:
    url = server_url(host="db.school", port=5433, database="attendance")
    assert (url.drivername, url.username, url.password) == ("postgresql+psycopg", None, None)
    assert (url.host, url.port, url.database) == ("db.school", 5433, "attendance")
    full = server_url(host="db", port=5432, database="a", user="register", password="pw")
    assert (full.username, full.password) == ("register", "pw")


def file_settings(path: Path) -> DatabaseSettings:
    return DatabaseSettings(kind="sqlite", sqlite_path=str(path))


def test_checking_files_never_creates_or_changes_them(tmp_path: Path) -> None:
    new = tmp_path / "new.sqlite3"
    assert "a new one will be created" in diagnostics.check_connection(file_settings(new))
    assert not new.exists()

    existing = tmp_path / "school.sqlite3"
    engine = create_app_engine(sqlite_url(existing))
    engine.connect().close()  # an empty file
    engine.dispose()
    empty = diagnostics.check_connection(file_settings(existing))
    assert empty.startswith(f"Found the database file {existing}.") and "It is empty" in empty

    engine = create_app_engine(sqlite_url(existing))
    upgrade(engine)
    engine.dispose()
    assert "up to date" in diagnostics.check_connection(file_settings(existing))

    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"lesson notes, not a database" * 100)
    with pytest.raises(errors.KnownError, match="not a readable attendance database"):
        diagnostics.check_connection(file_settings(junk))
    assert junk.read_bytes().startswith(b"lesson notes")


def test_checking_a_folder_or_a_missing_folder_explains(tmp_path: Path) -> None:
    with pytest.raises(errors.BadDatabaseURL, match="is a folder"):
        diagnostics.check_connection(file_settings(tmp_path))
    with pytest.raises(errors.DatabaseUnreachable, match="does not exist"):
        diagnostics.check_connection(file_settings(tmp_path / "gone" / "a.sqlite3"))


def test_no_path_means_the_usual_place() -> None:
    assert "a new one will be created" in diagnostics.check_connection(DatabaseSettings())


def server_settings(url: URL) -> DatabaseSettings:
    assert url.database is not None
    return DatabaseSettings(
        kind="postgresql",
        host=url.host or "127.0.0.1",
        port=url.port or 5432,
        database=url.database,
        user=url.username or "postgres",
        sslmode="disable",  # the test server has no TLS
    )


def test_checking_a_server(pg_url: URL) -> None:
    db = server_settings(pg_url)
    first = diagnostics.check_connection(db)
    assert first.startswith(f"Connected to \u201c{db.database}\u201d on {db.host}:{db.port}")
    assert "It is empty" in first
    engine = create_app_engine(pg_url)
    upgrade(engine)
    engine.dispose()
    assert "up to date" in diagnostics.check_connection(db)


def test_a_closed_port_is_a_known_error() -> None:
    db = DatabaseSettings(kind="postgresql", host="127.0.0.1", port=1, database="a", user="u")
    with pytest.raises(errors.DatabaseUnreachable, match="Cannot reach"):
        diagnostics.check_connection(db, "pw")


def test_without_a_password_the_keyring_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[DatabaseSettings] = []

    def password_for(db: DatabaseSettings) -> str:
        asked.append(db)
        return "from-keyring"

    seen: list[str | None] = []

    def check_server(db: DatabaseSettings, password: str | None) -> str:
        seen.append(password)
        return "ok"

    monkeypatch.setattr(diagnostics, "password_for", password_for)
    monkeypatch.setattr(diagnostics, "_check_server", check_server)
    db = DatabaseSettings(kind="postgresql", host="db", database="a", user="register")
    assert diagnostics.check_connection(db) == "ok"
    assert diagnostics.check_connection(db, "typed") == "ok"
    assert seen == ["from-keyring", "typed"] and asked == [db]


def test_the_tls_setting_reaches_the_connection(pg_url: URL) -> None:
    db = server_settings(pg_url)
    assert "Connected to" in diagnostics.check_connection(db)  # the control: no TLS asked
    db.sslmode = "require"
    with pytest.raises(errors.DatabaseUnreachable, match=r"secure connection \(TLS\).*SSL"):
        diagnostics.check_connection(db)
    db.sslmode, db.sslrootcert = "verify-full", "/nonexistent/school-ca.pem"
    with pytest.raises(errors.DatabaseUnreachable):
        diagnostics.check_connection(db)
