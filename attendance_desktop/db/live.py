"""Hearing about other machines' changes, without asking the user to refresh.

``PostgresListener`` keeps its own connection (never the pool's), LISTENs on
the channels of the registers on screen (``attendance_session_<id>``, filled
by the trigger of migration 0003), and reconnects by itself when the server
goes away; after a reconnect it reports ``resync`` because notifications sent
while it was away are lost.

``SqlitePoller`` serves PCs sharing one SQLite file (several windows on one PC,
a kiosk): once a second it reads ``PRAGMA data_version``, which changes only
when *another* connection commits, and only then compares the versions of the
watched registers' rows.

Both call ``on_changes(list[RowChange])`` and ``on_status(connected: bool,
resync: bool)`` from their own thread: the Qt side forwards them to the main
thread through a queued signal.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import URL

from attendance_desktop.db.deadline import cut_after
from attendance_desktop.db.engine import server_connection_parameters

log = logging.getLogger("attendance.live")

CHANNEL_PREFIX = "attendance_session_"

#: The address of the database whose changes are watched: the Qt side names the
#: type through this alias, since nothing under ``ui/`` imports SQLAlchemy.
DatabaseURL = URL


@dataclass(frozen=True)
class RowChange:
    """Row ``attendance_id`` of session ``session_id`` is now at ``version``.

    ``attendance_id`` is None for a change of the session itself (``status``).
    """

    session_id: int
    attendance_id: int | None = None
    version: int | None = None
    status: str | None = None


ChangesCallback = Callable[[list[RowChange]], None]
StatusCallback = Callable[[bool, bool], None]


def channel(session_id: int) -> str:
    return f"{CHANNEL_PREFIX}{int(session_id)}"


def parse_payload(payload: str) -> RowChange | None:
    """Decode a notification; anything malformed is logged and ignored."""
    try:
        data = json.loads(payload)
        return RowChange(
            session_id=int(data["s"]),
            attendance_id=int(data["a"]) if "a" in data else None,
            version=int(data["v"]) if "v" in data else None,
            status=str(data["status"]) if "status" in data else None,
        )
    except (ValueError, KeyError, TypeError):
        log.warning("Ignoring a malformed change notification: %r", payload[:200])
        return None


class _Watcher(threading.Thread):
    """Shared bookkeeping: the watched sessions, start/stop, the callbacks."""

    def __init__(self, on_changes: ChangesCallback, on_status: StatusCallback | None) -> None:
        super().__init__(daemon=True, name=type(self).__name__)
        self._on_changes = on_changes
        self._on_status = on_status or (lambda _connected, _resync: None)
        self._lock = threading.Lock()
        self._watched: set[int] = set()
        self._stopping = threading.Event()
        self.connected = False
        #: Sessions whose changes are being received right now.
        self.listening: frozenset[int] = frozenset()

    def watch(self, session_ids: Iterable[int]) -> None:
        """Replace the set of watched sessions (thread-safe)."""
        with self._lock:
            self._watched = {int(s) for s in session_ids}

    def watched(self) -> set[int]:
        with self._lock:
            return set(self._watched)

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        if self.is_alive():
            self.join(timeout)

    def _set_connected(self, connected: bool, *, resync: bool = False) -> None:
        if connected != self.connected or resync:
            self.connected = connected
            self._on_status(connected, resync)


class PostgresListener(_Watcher):
    """LISTEN/NOTIFY on its own connection, reconnecting with backoff."""

    def __init__(
        self,
        url: URL,
        on_changes: ChangesCallback,
        on_status: StatusCallback | None = None,
        *,
        poll_seconds: float = 0.2,
        max_backoff: float = 10.0,
        heartbeat_seconds: float = 5.0,
        answer_seconds: float = 3.0,
    ) -> None:
        super().__init__(on_changes, on_status)
        self._conninfo = _conninfo(url)
        self._poll = poll_seconds
        self._max_backoff = max_backoff
        # A LISTEN connection is idle by nature: without asking, a network that went
        # silent looks like a quiet register.  So it asks the server every few seconds
        # and cuts the connection when no answer comes (then reconnects as after any loss).
        self._heartbeat = heartbeat_seconds
        self._answer = answer_seconds

    def run(self) -> None:
        import psycopg

        backoff = 0.5
        ever_connected = False
        while not self._stopping.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True) as conn:
                    listening: set[int] = set()
                    self._set_connected(True, resync=ever_connected)
                    ever_connected = True
                    backoff = 0.5
                    asked = time.monotonic()
                    while not self._stopping.is_set():
                        with cut_after(conn, self._answer):
                            listening = self._sync_channels(conn, listening)
                            if time.monotonic() - asked >= self._heartbeat:
                                conn.execute("SELECT 1")
                                asked = time.monotonic()
                        # Hand each change over as it arrives; the timeout only
                        # bounds how soon a new watch() takes effect.
                        for note in conn.notifies(timeout=self._poll):
                            change = parse_payload(note.payload)
                            if change is not None:
                                self._on_changes([change])
            except psycopg.Error as exc:
                log.warning("Change listener lost the server: %s", str(exc).splitlines()[0:1])
                self.listening = frozenset()
                self._set_connected(False)
                self._stopping.wait(backoff)
                backoff = min(backoff * 2, self._max_backoff)
        self._set_connected(False)

    def _sync_channels(self, conn: Any, listening: set[int]) -> set[int]:
        wanted = self.watched()
        for session_id in wanted - listening:
            conn.execute(f'LISTEN "{channel(session_id)}"')  # int-only name: no injection
        for session_id in listening - wanted:
            conn.execute(f'UNLISTEN "{channel(session_id)}"')
        self.listening = frozenset(wanted)
        return wanted


#: The listener's name in ``pg_stat_activity``, so IT can tell it from the app's pool.
LISTENER_APPLICATION_NAME = "attendance-desktop-listener"


def _conninfo(url: URL) -> str:
    """The libpq connection string for ``url``: everything the main connection gets from it.

    SQLAlchemy's own psycopg dialect translates the URL, so host, port, user,
    password, database and every query parameter (``sslmode``, ``sslrootcert``,
    ``sslcert``, ``connect_timeout``, ``options``, several hosts...) reach the
    listener exactly as they reach the pool: a URL that demands
    ``sslmode=verify-full`` must not leave one connection in clear text.
    Only the application name is the listener's own.
    """
    from psycopg.conninfo import make_conninfo

    dialect = url.set(drivername="postgresql+psycopg").get_dialect()()
    _args, params = dialect.create_connect_args(url)
    params.pop("context", None)  # psycopg adapters, not a connection parameter
    for name, value in server_connection_parameters(url).items():
        params.setdefault(name, value)  # keepalives, timeouts: as the pool's connections
    params["application_name"] = LISTENER_APPLICATION_NAME
    return make_conninfo("", **{k: v for k, v in params.items() if v is not None})


class SqlitePoller(_Watcher):
    """Notices commits by other connections to a SQLite file, at most once a second."""

    def __init__(
        self,
        path: str,
        on_changes: ChangesCallback,
        on_status: StatusCallback | None = None,
        *,
        interval: float = 1.0,
    ) -> None:
        super().__init__(on_changes, on_status)
        self._path = path
        self._interval = interval
        self._versions: dict[int, int] = {}
        self._statuses: dict[int, str] = {}
        # Set by watch(): look at newly watched registers now, not at the next commit,
        # or that commit's changes would only be recorded as the "first look".
        self._rescan = threading.Event()

    def watch(self, session_ids: Iterable[int]) -> None:
        super().watch(session_ids)
        self._rescan.set()

    def run(self) -> None:
        conn: sqlite3.Connection | None = None
        last_data_version: int | None = None
        while not self._stopping.is_set():
            try:
                if conn is None:
                    conn = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True, timeout=5)
                    conn.isolation_level = None
                    self._set_connected(True)
                    last_data_version = None
                data_version = int(conn.execute("PRAGMA data_version").fetchone()[0])
                if data_version != last_data_version or self._rescan.is_set():
                    self._rescan.clear()
                    last_data_version = data_version
                    changes = self._diff(conn)
                    if changes:
                        self._on_changes(changes)
            except sqlite3.Error as exc:
                log.warning("Change poller cannot read %s: %s", self._path, exc)
                if conn is not None:
                    conn.close()
                    conn = None
                self._set_connected(False)
            self._stopping.wait(self._interval)
        if conn is not None:
            conn.close()

    def _diff(self, conn: sqlite3.Connection) -> list[RowChange]:
        watched = sorted(self.watched())
        if not watched:
            self.listening = frozenset()
            return []
        marks = ",".join("?" * len(watched))
        rows = conn.execute(
            f"SELECT class_session_id, id, version FROM attendance "  # noqa: S608 - placeholders only
            f"WHERE class_session_id IN ({marks})",
            watched,
        ).fetchall()
        sessions = conn.execute(
            f"SELECT id, status FROM class_session WHERE id IN ({marks})",  # noqa: S608
            watched,
        ).fetchall()
        changes: list[RowChange] = []
        with self._lock:
            first_look = {s for s in watched if s not in self._statuses}
            for session_id, attendance_id, version in rows:
                known = self._versions.get(attendance_id)
                self._versions[attendance_id] = version
                if session_id not in first_look and known != version:
                    changes.append(RowChange(session_id, attendance_id, version))
            for session_id, status in sessions:
                known_status = self._statuses.get(session_id)
                self._statuses[session_id] = status
                if session_id not in first_look and known_status != status:
                    changes.append(RowChange(session_id, status=status))
            # From here on, changes to these registers are reported.
            self.listening = frozenset(s for s in watched if s in self._statuses)
        return changes
