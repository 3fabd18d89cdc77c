"""A deadline for one unit of database work, enforced from outside the waiting thread.

A network that goes away without closing the connection (a pulled cable
behind a switch, a sleeping switch, a Wi-Fi roam, a relay that stops
forwarding) leaves a PostgreSQL client waiting on its socket for ever: TCP
keepalives and the kernel's retransmission timeout only help when nothing
on the path still acknowledges, and ``statement_timeout`` only when the
statement reached the server.  So each unit of work gets a deadline: if it has
not finished by then, a timer shuts the socket of the connection it holds,
the driver's wait returns with "server closed the connection", and the work
fails as *unreachable* like any other lost server.  The marks it carried are
already in the local journal, so nothing is lost; the writer goes offline and
replays them when the server answers again.

SQLite needs none of this (a local file never goes silent); its busy timeout
covers another process holding the lock.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import logging
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event

log = logging.getLogger("attendance.db.deadline")

#: Seconds one mark (or the "is the server back?" probe) may take before its connection is
#: cut.  With libpq's 4 s connect timeout (db/engine.py) a PC whose network went silent
#: is offline, its marks in the journal, within about 8 s.
MARK_SECONDS = 4.0
#: Seconds any other work of the window's database worker may take (a day's lessons, a
#: register, a report).  Long, deliberate work (a roster import) passes None.
DEFAULT_SECONDS = 30.0
# How long the watchdog sleeps when no work is being timed.  Not for ever: work due
# before its planned wake wakes it, and a mark (due MARK_SECONDS on) arriving while it
# slept for ever would wake it every time, as the mark is often done before it runs.
IDLE_WAKE_SECONDS = MARK_SECONDS


@dataclass(order=True)
class _Watch:
    """One unit of work being timed: cut thread ``ident``'s connection at ``due``."""

    due: float
    order: int
    ident: int = field(compare=False)
    seconds: float = field(compare=False)
    finished: bool = field(default=False, compare=False)


class Deadlines:
    """Tracks the PostgreSQL connection each thread has checked out, and can cut it.

    One watchdog thread serves every deadline (a heap ordered by when each falls
    due), started with the first: a timer thread per unit of work cost 1.5 to 3 ms
    per mark on a busy PC, as much as the mark's own round trips.  A finished unit
    leaves the heap at once when it is on top (one mark after another), else when it
    falls due; the watchdog wakes at the time it planned, or for work due earlier,
    so about once per deadline length while marks come, not once per mark.
    """

    def __init__(self, engine: Engine) -> None:
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._heap: list[_Watch] = []
        self._order = itertools.count()
        self._watchdog: threading.Thread | None = None
        self._next_wake = 0.0  # when the watchdog plans to wake (time.monotonic())
        self._held: dict[int, Any] = {}  # thread id -> the DBAPI connection it holds
        self._idle: list[Any] = []  # connections resting in the pool
        self._all: list[Any] = []  # every connection the pool has opened and not closed
        self.cut_count = 0
        if engine.dialect.name != "postgresql":
            self.active = False
            return
        self.active = True
        event.listen(engine, "connect", self._connect)
        event.listen(engine, "close", self._close)
        event.listen(engine, "close_detached", self._close_detached)
        event.listen(engine, "checkout", self._checkout)
        event.listen(engine, "checkin", self._checkin)

    def _connect(self, dbapi_connection: Any, _record: Any) -> None:
        with self._lock:
            self._all.append(dbapi_connection)

    def _close(self, dbapi_connection: Any, _record: Any) -> None:
        self._close_detached(dbapi_connection)

    def _close_detached(self, dbapi_connection: Any) -> None:
        with self._lock:
            self._all = [c for c in self._all if c is not dbapi_connection]
            self._idle = [c for c in self._idle if c is not dbapi_connection]
            self._forget_held(dbapi_connection)

    def _checkout(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        with self._lock:
            self._idle = [c for c in self._idle if c is not dbapi_connection]
            self._held[threading.get_ident()] = dbapi_connection

    def _checkin(self, dbapi_connection: Any, _record: Any) -> None:
        with self._lock:
            self._forget_held(dbapi_connection)
            if dbapi_connection is not None:
                self._idle.append(dbapi_connection)

    def _forget_held(self, dbapi_connection: Any) -> None:
        for ident, held in list(self._held.items()):
            if held is dbapi_connection:
                del self._held[ident]

    def _suspects(self, ident: int) -> list[Any]:
        """The connections thread ``ident`` may be waiting on: the one it checked out or,
        while the pool is still pinging one before handing it over (no checkout event yet),
        every one no other thread holds (cutting a resting connection only makes the pool
        open a fresh one next time)."""
        held = self._held.get(ident)
        if held is not None:
            return [held]
        others = [c for i, c in self._held.items() if i != ident]
        return [c for c in self._all if all(c is not other for other in others)]

    @contextlib.contextmanager
    def enforce(self, seconds: float | None) -> Iterator[None]:
        """Cut this thread's connection if the block has not finished within ``seconds``."""
        if not self.active or seconds is None:
            yield
            return
        due = time.monotonic() + seconds
        watch = _Watch(due, next(self._order), threading.get_ident(), seconds)
        with self._lock:
            heapq.heappush(self._heap, watch)
            if self._watchdog is None:
                self._watchdog = threading.Thread(
                    target=self._watch, name="attendance-deadlines", daemon=True
                )
                self._watchdog.start()
            elif due < self._next_wake:
                self._wake.notify()
        try:
            yield
        finally:
            with self._lock:  # a cut holds the lock while it touches the socket
                watch.finished = True
                self._drop_finished()

    def _drop_finished(self) -> None:
        """Take finished work off the top of the heap (the lock is held): one mark after
        another leaves the heap empty, and the watchdog is not woken for them."""
        while self._heap and self._heap[0].finished:
            heapq.heappop(self._heap)

    def _watch(self) -> None:
        """The watchdog: sleep until the next deadline, cut what has not finished by then.

        It wakes when its planned time comes (then plans the next from the heap, or
        ``IDLE_WAKE_SECONDS`` on when it is empty) or when work due earlier than planned
        arrives; marks made one after another wake it about once per deadline length,
        not once each.
        """
        with self._lock:
            while True:
                now = time.monotonic()
                while self._heap and (self._heap[0].finished or self._heap[0].due <= now):
                    watch = heapq.heappop(self._heap)
                    if not watch.finished:
                        self._cut(watch)
                self._next_wake = self._heap[0].due if self._heap else now + IDLE_WAKE_SECONDS
                self._wake.wait(self._next_wake - now)

    def _cut(self, watch: _Watch) -> None:
        """Shut the sockets ``watch``'s thread may be waiting on (the lock is held)."""
        suspects = self._suspects(watch.ident)
        for connection in suspects:
            _shut(connection)
        if suspects:
            self.cut_count += 1
            log.warning("No answer from the server within %.0f s: connection cut", watch.seconds)


def _shut(connection: Any) -> None:
    """Shut a psycopg connection's socket down, so a wait on it returns at once."""
    try:
        fd = connection.pgconn.socket
    except Exception:  # closed already, or not a psycopg connection
        return
    sock = socket.socket(fileno=fd)
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        sock.detach()  # the driver still owns the descriptor


@contextlib.contextmanager
def cut_after(connection: Any, seconds: float) -> Iterator[None]:
    """Shut ``connection``'s socket if the block has not finished within ``seconds``
    (for a connection of its own, such as the change listener's)."""
    done = threading.Lock()
    timer = threading.Timer(seconds, lambda: _shut_unless(done, connection))
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        done.acquire()  # a cut in progress finishes first; none starts after this
        timer.cancel()


def _shut_unless(done: threading.Lock, connection: Any) -> None:
    if done.acquire(blocking=False):
        try:
            _shut(connection)
            log.warning("No answer from the server: the listener's connection was cut")
        finally:
            done.release()
