"""The one way the UI talks to the database: off the UI thread, one action at a time.

The window hands ``Operations.run`` a plain function that takes a ``Session``.
It runs on a single worker thread (so marks are written in the order they were
made), inside its own session, committed when the function returns (and rolled
back if it raises).  The function may itself roll back and go on, as the merge
of a conflicting mark does.  The result, or the error, comes back on the main thread through a
queued signal; widgets are never touched from the worker.

Errors a person can act on (server unreachable, file locked, conflict) arrive
as ``KnownError``; anything else is a bug and arrives as itself.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from attendance_desktop import errors
from attendance_desktop.db.engine import known_error_for

log = logging.getLogger("attendance.ui.operations")

T = TypeVar("T")
Work = Callable[[Session], Any]
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the main thread; its signals carry results back to it."""

    finished = Signal(int, object)
    failed = Signal(int, object)


class _Task(QRunnable):
    def __init__(self, ticket: int, work: Work, make_session: sessionmaker[Session], relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self._ticket = ticket
        self._work = work
        self._make_session = make_session
        self._relay = relay

    def run(self) -> None:
        try:
            with self._make_session() as session:
                result = self._work(session)
                session.commit()
        except BaseException as exc:  # handed to the main thread, never swallowed
            bind = self._make_session.kw.get("bind")
            known = known_error_for(exc, bind.url) if bind is not None else None
            self._relay.failed.emit(self._ticket, known or exc)
        else:
            self._relay.finished.emit(self._ticket, result)


class Operations(QObject):
    """Runs database work on one background thread and reports back on the main thread."""

    #: Emitted for every failure, after the caller's own handler (for banners and logs).
    failed = Signal(object)
    #: Number of operations queued or running changed.
    busy_changed = Signal(int)

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._make_session = sessionmaker(bind=engine, expire_on_commit=False)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one worker: writes land in the order they were made
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._tickets = itertools.count(1)
        self._pending: dict[int, tuple[Success | None, Failure | None]] = {}

    def run(
        self,
        work: Work,
        on_success: Success | None = None,
        on_failure: Failure | None = None,
    ) -> int:
        """Queue ``work(session)``; returns a ticket number (for tests and logs)."""
        ticket = next(self._tickets)
        self._pending[ticket] = (on_success, on_failure)
        self.busy_changed.emit(len(self._pending))
        self._pool.start(_Task(ticket, work, self._make_session, self._relay))
        return ticket

    @property
    def pending(self) -> int:
        return len(self._pending)

    def forget_pending(self) -> int:
        """Drop the callbacks of work not finished yet (its window is closing): the work
        still runs and commits, its result goes nowhere.  Returns how many."""
        count = len(self._pending)
        self._pending.clear()
        self.busy_changed.emit(0)
        return count

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle (shutdown and tests; never from a slot)."""
        return bool(self._pool.waitForDone(msecs))

    @Slot(int, object)
    def _on_finished(self, ticket: int, result: object) -> None:
        on_success, _ = self._pending.pop(ticket, (None, None))
        self.busy_changed.emit(len(self._pending))
        if on_success is not None:
            on_success(result)

    @Slot(int, object)
    def _on_failed(self, ticket: int, error: BaseException) -> None:
        _, on_failure = self._pending.pop(ticket, (None, None))
        self.busy_changed.emit(len(self._pending))
        if isinstance(error, errors.KnownError):
            log.warning("Operation %d failed: %s", ticket, error)
        else:
            log.error("Operation %d failed with a bug", ticket, exc_info=error)
        if on_failure is not None:
            on_failure(error)
        self.failed.emit(error)
