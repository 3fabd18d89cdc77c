"""The engine factory: URL choice, SQLite durability settings, write locking, plain errors."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from attendance_desktop import errors, paths, settings
from attendance_desktop.db import engine as db_engine
from attendance_desktop.db.engine import (
    create_app_engine,
    parse_url,
    plain_errors,
    read_only,
    redact,
    resolve_url,
    sqlite_url,
)


def test_url_precedence_cli_then_env_then_settings_then_default(tmp_path: Path) -> None:
    cli, env, conf = tmp_path / "cli.db", tmp_path / "env.db", tmp_path / "conf.db"
    environ = {db_engine.URL_ENV: f"sqlite:///{env}"}
    assert resolve_url(str(cli), environ=environ, settings_url=str(conf)).database == str(cli)
    assert resolve_url(None, environ=environ, settings_url=str(conf)).database == str(env)
    assert resolve_url(None, environ={}, settings_url=str(conf)).database == str(conf)
    default = resolve_url(None, environ={})
    assert default.database == str(paths.default_database_path())
    assert str(paths.data_dir()) in str(default.database)


def test_settings_file_points_at_a_server_without_storing_a_password() -> None:
    value = settings.Settings()
    value.database.kind = "postgresql"
    value.database.host, value.database.user = "db.school.example", "register"
    settings.save(value)
    url = resolve_url(None, environ={}, settings_url=settings.load().database_url())
    assert (url.drivername, url.host, url.username) == (
        "postgresql+psycopg",
        "db.school.example",
        "register",
    )
    stored = json.loads(settings.settings_path().read_text())
    assert "password" not in json.dumps(stored).lower()


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", "empty"),
        ("mysql://u@h/db", "cannot use a 'mysql' database"),
        ("postgresql://u@h", "names no database"),
        ("sqlite:///:memory:", "in-memory"),
        ("postgresql://u:p@h:notaport/db", "not a database URL"),
    ],
)
def test_bad_urls_are_explained(raw: str, message: str) -> None:
    with pytest.raises(errors.BadDatabaseURL, match=message) as caught:
        parse_url(raw)
    assert caught.value.exit_code == 2


def test_postgres_urls_use_psycopg3() -> None:
    assert parse_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert parse_url("postgres://u@h/db").drivername == "postgresql+psycopg"


def test_passwords_are_redacted() -> None:
    assert redact("postgresql+psycopg://teacher:s3cret@host/db") == (
        "postgresql+psycopg://teacher:***@host/db"
    )
    url = parse_url("postgresql://teacher:s3cret@host/db")
    assert "s3cret" not in db_engine.describe(url)


def test_sqlite_pragmas(tmp_path: Path) -> None:
    engine = create_app_engine(sqlite_url(tmp_path / "a.sqlite3"))
    with engine.connect() as conn:
        values = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    engine.dispose()
    assert values == {
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "foreign_keys": 1,
        "busy_timeout": db_engine.SQLITE_BUSY_TIMEOUT_MS,
    }


def _other_writer_can_begin(path: Path) -> bool:
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc)
        return False
    finally:
        other.close()


def test_write_transactions_take_the_lock_up_front(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    engine = create_app_engine(sqlite_url(path))
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))  # only a read so far...
        assert not _other_writer_can_begin(path)  # ...yet the write lock is already ours
    assert _other_writer_can_begin(path)
    engine.dispose()


def test_negative_control_read_only_transactions_do_not_lock(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    engine = create_app_engine(sqlite_url(path))
    with read_only(engine).connect() as conn:
        conn.execute(text("SELECT 1"))
        assert _other_writer_can_begin(path)
    engine.dispose()


def test_a_second_writer_waits_instead_of_failing(tmp_path: Path) -> None:
    """Two sessions in one process, interleaved: the second waits for the first's commit."""
    import threading

    path = tmp_path / "a.sqlite3"
    engine = create_app_engine(sqlite_url(path))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (n integer)"))
    first = engine.connect()
    first.execute(text("INSERT INTO t VALUES (1)"))
    outcome: list[object] = []

    def second() -> None:
        try:
            with Session(engine) as s, s.begin():
                s.execute(text("INSERT INTO t SELECT max(n) + 1 FROM t"))
            outcome.append("ok")
        except Exception as exc:  # recorded for the assertion below
            outcome.append(exc)

    worker = threading.Thread(target=second)
    worker.start()
    worker.join(0.3)
    assert worker.is_alive()  # waiting on the lock, not failed
    first.commit()
    first.close()
    worker.join(10)
    assert outcome == ["ok"]
    with engine.connect() as conn:
        assert conn.execute(text("SELECT n FROM t ORDER BY n")).scalars().all() == [1, 2]
    engine.dispose()


def test_corrupt_file_gives_a_plain_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    engine = create_app_engine(sqlite_url(path))
    with (
        pytest.raises(errors.DatabaseCorrupt, match=r"broken\.sqlite3"),
        plain_errors(engine.url),
        engine.connect() as conn,
    ):
        conn.execute(text("SELECT 1"))
    engine.dispose()


def test_missing_folder_gives_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(errors.DatabaseUnreachable, match="does not exist"):
        create_app_engine(sqlite_url(tmp_path / "nope" / "a.sqlite3"))


def test_unreachable_server_gives_a_plain_error_without_the_password() -> None:
    engine = create_app_engine("postgresql://teacher:s3cret@127.0.0.1:1/attendance")
    with pytest.raises(errors.DatabaseUnreachable) as caught, plain_errors(engine.url):
        engine.connect().close()
    engine.dispose()
    assert "Cannot reach" in str(caught.value)
    assert "s3cret" not in str(caught.value)


def test_a_connection_dropped_while_resting_is_replaced_without_an_error(
    pg_url: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Overnight the server restarts (or a firewall drops idle connections): the first
    use of the day gets a live connection, not an error."""
    engine: Engine = create_app_engine(pg_url)  # type: ignore[arg-type]
    assert engine.dialect.driver == "psycopg"
    with engine.connect() as conn:
        first_pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
    admin = create_app_engine(
        pg_url.set(database="postgres"),  # type: ignore[attr-defined]
        isolation_level="AUTOCOMMIT",
    )
    with admin.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first_pid})
    admin.dispose()
    monkeypatch.setattr(db_engine, "IDLE_PING_SECONDS", 0.0)  # it rested "all night"
    with engine.connect() as conn:
        again = conn.execute(text("SELECT pg_backend_pid()")).scalar()
    assert again != first_pid
    engine.dispose()


def test_a_connection_in_use_is_not_pinged(pg_url: object) -> None:
    """Within a lesson a connection goes straight back to work: no ping, no extra round
    trip.  (Negative control: with a resting threshold of 0 the same checkout pings.)"""
    engine: Engine = create_app_engine(pg_url)  # type: ignore[arg-type]
    pings: list[object] = []
    original = engine.dialect.do_ping

    def counting(dbapi_connection: object) -> bool:
        pings.append(dbapi_connection)
        return bool(original(dbapi_connection))

    engine.dialect.do_ping = counting  # type: ignore[method-assign]
    for _ in range(3):
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    assert pings == []
    saved = db_engine.IDLE_PING_SECONDS
    db_engine.IDLE_PING_SECONDS = 0.0
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    finally:
        db_engine.IDLE_PING_SECONDS = saved
    assert len(pings) == 1
    engine.dispose()


def test_lock_clash_on_postgresql_is_busy_not_unreachable(pg_url: object) -> None:
    from sqlalchemy import exc as sa_exc

    from attendance_desktop.db.engine import known_error_for

    engine: Engine = create_app_engine(pg_url)  # type: ignore[arg-type]
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (n integer)"))
        conn.execute(text("INSERT INTO t VALUES (1)"))
    holder = engine.connect()
    holder.execute(text("SELECT n FROM t FOR UPDATE"))
    try:
        with pytest.raises(sa_exc.OperationalError) as caught, engine.connect() as conn:
            conn.execute(text("SET lock_timeout = '50ms'"))
            conn.execute(text("SELECT n FROM t FOR UPDATE"))
        known = known_error_for(caught.value, engine.url)
        assert isinstance(known, errors.DatabaseBusy)
        with pytest.raises(sa_exc.ProgrammingError) as bug, engine.connect() as conn:
            conn.execute(text("SELECT no_such_column FROM t"))
        assert known_error_for(bug.value, engine.url) is None  # a bug, not the network
    finally:
        holder.close()
        engine.dispose()
