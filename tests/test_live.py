"""Live updates: NOTIFY on PostgreSQL, data_version polling on SQLite."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from attendance_desktop.db import live
from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.db.migrate import upgrade
from attendance_desktop.db.repository import Actor, close_session, mark, start_session
from tests.factories import code_ids, make_lesson

WAIT = 10.0  # generous: a liveness bound, not a speed assertion


class Inbox:
    def __init__(self) -> None:
        self.changes: list[live.RowChange] = []
        self.statuses: list[tuple[bool, bool]] = []
        self._event = threading.Event()
        self._lock = threading.Lock()

    def on_changes(self, batch: list[live.RowChange]) -> None:
        with self._lock:
            self.changes.extend(batch)
        self._event.set()

    def on_status(self, connected: bool, resync: bool) -> None:
        with self._lock:
            self.statuses.append((connected, resync))
        self._event.set()

    def wait_for(self, predicate: object, timeout: float = WAIT) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if predicate():  # type: ignore[operator]
                    return True
            self._event.wait(0.05)
            self._event.clear()
        return False


def _register(engine: Engine, students: int = 3) -> tuple[int, list[int]]:
    lesson = make_lesson(engine, students=students)
    with Session(engine) as session, session.begin():
        start_session(session, lesson.session_id, actor=Actor("setup"))
    with Session(engine) as session:
        ids = session.scalars(
            text("SELECT id FROM attendance WHERE class_session_id = :s ORDER BY id"),
            {"s": lesson.session_id},
        ).all()
    return lesson.session_id, list(ids)


def _mark(engine: Engine, attendance_id: int, code: int) -> int:
    with Session(engine) as session:
        row = mark(session, attendance_id, {"code_id": code}, actor=Actor("other", "PC-2"))
        session.commit()
        return row.version


@pytest.fixture
def pg_engine(pg_url: URL) -> Engine:
    engine = create_app_engine(pg_url)
    upgrade(engine)
    yield engine  # type: ignore[misc]
    engine.dispose()


def test_postgres_listener_hears_changes_to_watched_registers(pg_engine: Engine) -> None:
    watched, rows = _register(pg_engine)
    _other, other_rows = _register(pg_engine)
    inbox = Inbox()
    listener = live.PostgresListener(pg_engine.url, inbox.on_changes, inbox.on_status)
    listener.watch([watched])
    listener.start()
    try:
        assert inbox.wait_for(lambda: inbox.statuses == [(True, False)])
        assert inbox.wait_for(lambda: listener.listening == {watched})
        codes = code_ids(pg_engine)
        _mark(pg_engine, other_rows[0], codes["A"])
        version = _mark(pg_engine, rows[1], codes["P"])
        assert inbox.wait_for(lambda: any(c.attendance_id == rows[1] for c in inbox.changes))
        assert live.RowChange(watched, rows[1], version) in inbox.changes
        assert all(c.session_id == watched for c in inbox.changes)
        with Session(pg_engine) as session, session.begin():
            close_session(session, watched)
        assert inbox.wait_for(lambda: live.RowChange(watched, status="closed") in inbox.changes)
    finally:
        listener.stop()


def test_postgres_listener_reconnects_and_asks_for_a_resync(pg_engine: Engine) -> None:
    watched, rows = _register(pg_engine)
    inbox = Inbox()
    listener = live.PostgresListener(
        pg_engine.url, inbox.on_changes, inbox.on_status, max_backoff=0.5
    )
    listener.watch([watched])
    listener.start()
    try:
        assert inbox.wait_for(lambda: (True, False) in inbox.statuses)
        with pg_engine.begin() as conn:  # the server drops the listener's connection
            killed = conn.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE application_name = 'attendance-desktop-listener' "
                    "AND datname = current_database()"
                )
            ).scalar()
        assert killed == 1
        assert inbox.wait_for(lambda: (True, True) in inbox.statuses)
        assert (False, False) in inbox.statuses
        assert inbox.wait_for(lambda: listener.listening == {watched})
        version = _mark(pg_engine, rows[0], code_ids(pg_engine)["L"])
        assert inbox.wait_for(lambda: live.RowChange(watched, rows[0], version) in inbox.changes)
    finally:
        listener.stop()


def test_notification_payload_is_keys_and_versions_only(pg_engine: Engine) -> None:
    import psycopg

    watched, rows = _register(pg_engine)
    with psycopg.connect(live._conninfo(pg_engine.url), autocommit=True) as conn:
        conn.execute(f'LISTEN "{live.channel(watched)}"')
        _mark(pg_engine, rows[0], code_ids(pg_engine)["P"])
        notes = list(conn.notifies(timeout=WAIT, stop_after=1))
    (note,) = notes
    assert len(note.payload.encode()) < 8000
    assert set(__import__("json").loads(note.payload)) == {"s", "a", "v"}


def test_listener_connects_with_every_parameter_of_the_url() -> None:
    from psycopg.conninfo import conninfo_to_dict

    url = make_url(
        "postgresql+psycopg://teacher:s%40cret@db.school.local:5433/attendance"
        "?sslmode=verify-full&sslrootcert=/etc/attendance/ca.pem&sslcert=/etc/pc.crt"
        "&sslkey=/etc/pc.key&connect_timeout=12&target_session_attrs=read-write"
        "&options=-c%20statement_timeout%3D5s&application_name=someone-else"
    )
    params = conninfo_to_dict(live._conninfo(url))
    assert params == {
        "host": "db.school.local",
        "port": "5433",
        "dbname": "attendance",
        "user": "teacher",
        "password": "s@cret",
        "sslmode": "verify-full",
        "sslrootcert": "/etc/attendance/ca.pem",
        "sslcert": "/etc/pc.crt",
        "sslkey": "/etc/pc.key",
        "connect_timeout": "12",
        "target_session_attrs": "read-write",
        "options": "-c statement_timeout=5s",
        # Not in the URL: the keepalives every connection gets (a dead peer is noticed).
        "keepalives": "1",
        "keepalives_idle": "10",
        "keepalives_interval": "3",
        "keepalives_count": "3",
        "tcp_user_timeout": "10000",
        # Its own name, so IT can tell it apart in pg_stat_activity.
        "application_name": "attendance-desktop-listener",
    }


def test_listener_connection_defaults() -> None:
    from psycopg.conninfo import conninfo_to_dict

    params = conninfo_to_dict(live._conninfo(make_url("postgresql+psycopg://pc@db/attendance")))
    assert params == {
        "host": "db",
        "dbname": "attendance",
        "user": "pc",
        "connect_timeout": "4",
        "keepalives": "1",
        "keepalives_idle": "10",
        "keepalives_interval": "3",
        "keepalives_count": "3",
        "tcp_user_timeout": "10000",
        "application_name": "attendance-desktop-listener",
    }
    # Several servers (a standby to fall back on), in SQLAlchemy's spelling.
    several = make_url("postgresql+psycopg://pc@/attendance?host=db1:5432&host=db2:5433")
    params = conninfo_to_dict(live._conninfo(several))
    assert (params["host"], params["port"]) == ("db1,db2", "5432,5433")


def _listener_ssl(engine: Engine, inbox: Inbox) -> bool:
    """Whether the listener's own backend uses TLS, as the server sees it."""
    assert inbox.wait_for(lambda: (True, False) in inbox.statuses)
    with engine.connect() as conn:
        (ssl,) = conn.execute(
            text(
                "SELECT s.ssl FROM pg_stat_activity a JOIN pg_stat_ssl s USING (pid) "
                "WHERE a.application_name = 'attendance-desktop-listener' "
                "AND a.datname = current_database()"
            )
        ).one()
    return bool(ssl)


def test_postgres_listener_uses_the_urls_sslmode(
    pg_engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    with pg_engine.connect() as conn:
        server_ssl = conn.execute(text("SHOW ssl")).scalar() == "on"

    # sslmode=disable: in clear even when the server offers TLS (libpq's default would take it).
    inbox = Inbox()
    url = pg_engine.url.update_query_dict({"sslmode": "disable"})
    listener = live.PostgresListener(url, inbox.on_changes, inbox.on_status)
    listener.start()
    try:
        assert _listener_ssl(pg_engine, inbox) is False
    finally:
        listener.stop()

    # sslmode=require: with TLS, or not at all.
    inbox = Inbox()
    url = pg_engine.url.update_query_dict({"sslmode": "require"})
    listener = live.PostgresListener(url, inbox.on_changes, inbox.on_status, max_backoff=0.2)
    with caplog.at_level(logging.WARNING, logger="attendance.live"):
        listener.start()
        try:
            if server_ssl:
                assert _listener_ssl(pg_engine, inbox) is True
            else:
                # This server has no TLS: the listener must refuse to connect in clear.
                assert inbox.wait_for(lambda: "SSL" in caplog.text)
                assert inbox.statuses == [] and not listener.connected
        finally:
            listener.stop()


def test_malformed_payloads_are_ignored() -> None:
    assert live.parse_payload("not json") is None
    assert live.parse_payload('{"a": 1}') is None
    assert live.parse_payload('{"s": 4, "a": 9, "v": 3}') == live.RowChange(4, 9, 3)


def test_sqlite_poller_sees_other_connections_commits(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    engine = create_app_engine(sqlite_url(path))
    upgrade(engine)
    watched, rows = _register(engine)
    _other, other_rows = _register(engine)
    inbox = Inbox()
    poller = live.SqlitePoller(str(path), inbox.on_changes, inbox.on_status, interval=0.1)
    poller.watch([watched])
    poller.start()
    try:
        assert inbox.wait_for(lambda: (True, False) in inbox.statuses)
        time.sleep(0.3)  # first look records the current versions
        assert inbox.changes == []
        codes = code_ids(engine)
        _mark(engine, other_rows[0], codes["A"])
        version = _mark(engine, rows[2], codes["E"])
        assert inbox.wait_for(lambda: inbox.changes)
        assert inbox.changes == [live.RowChange(watched, rows[2], version)]
        with Session(engine) as session, session.begin():
            close_session(session, watched)
        assert inbox.wait_for(lambda: live.RowChange(watched, status="closed") in inbox.changes)
    finally:
        poller.stop()
        engine.dispose()


def _through_silence(engine: Engine, heartbeat: float) -> Inbox | None:
    """Listen through a relay that goes silent; the inbox if the loss was noticed within
    6 s (after which the network heals and a change must arrive again), else None."""
    from tests.netfault import relay

    watched, rows = _register(engine)
    with relay() as r:
        inbox = Inbox()
        listener = live.PostgresListener(
            engine.url.set(host="127.0.0.1", port=r.port),
            inbox.on_changes,
            inbox.on_status,
            heartbeat_seconds=heartbeat,
            answer_seconds=1.0,
            max_backoff=0.5,
        )
        listener.watch([watched])
        listener.start()
        try:
            assert inbox.wait_for(lambda: listener.listening == {watched})
            r.go_silent()
            if not inbox.wait_for(lambda: (False, False) in inbox.statuses, timeout=6):
                return None
            r.heal()
            assert inbox.wait_for(lambda: (True, True) in inbox.statuses)
            assert inbox.wait_for(lambda: listener.listening == {watched})
            version = _mark(engine, rows[0], code_ids(engine)["A"])
            change = live.RowChange(watched, rows[0], version)
            assert inbox.wait_for(lambda: change in inbox.changes)
            return inbox
        finally:
            listener.stop(timeout=1.0)


def test_listener_notices_a_silent_network_and_reconnects(pg_engine: Engine) -> None:
    """A LISTEN connection is idle by nature: when the network goes silent without
    closing, only its own heartbeat can tell.  It must report the loss, reconnect when
    the network is back, and ask the window to resync (notifications were missed).
    Negative control: with the heartbeat off it stays "connected" through the silence."""
    assert _through_silence(pg_engine, heartbeat=3600.0) is None
    assert _through_silence(pg_engine, heartbeat=1.0) is not None
