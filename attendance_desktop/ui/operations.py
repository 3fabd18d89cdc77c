"""The one way the UI runs work off its thread, and hears back on it.

``Operations.run`` hands a plain function that takes a session to a single
database worker (so marks are written in the order they were made); it runs
through ``Database.run``: its own session, committed when the function returns
and rolled back if it raises.  ``Operations.run_free`` runs work that needs no
database (reading a roster file, testing a connection to another server) on a
separate worker, so a slow file never holds up a mark.  The result, or the
error, comes back on the main thread through a queued signal; widgets are
never touched from a worker.

Two guards every caller can use instead of writing its own:

- ``owner``: a widget whose callbacks are dropped once it has been deleted
  (a dialog closed while its file was still being read);
- ``latest``: a ``Latest`` whose newest request is the only one whose result
  counts (a day picked, then another before the first had loaded).

Errors a person can act on (server unreachable, file locked, conflict) arrive
as ``KnownError``; anything else is a bug and arrives as itself.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from attendance_desktop import errors
from attendance_desktop.db.deadline import DEFAULT_SECONDS
from attendance_desktop.db.work import Database

log = logging.getLogger("attendance.ui.operations")

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class Latest:
    """ "Only the latest result counts": a counter that makes older requests stale.

    ``Operations.run(..., latest=x)`` takes a new ticket from ``x``; when the
    result arrives, it is delivered only if no newer request took a ticket
    since (and ``cancel`` was not called, e.g. by a window that closed).
    """

    def __init__(self) -> None:
        self._current = 0

    def take(self) -> int:
        """A new ticket; every earlier one is stale from now on."""
        self._current += 1
        return self._current

    def is_current(self, ticket: int) -> bool:
        return ticket == self._current

    def cancel(self) -> None:
        """Make every ticket taken so far stale (nothing is waiting for them any more)."""
        self._current += 1


@dataclass
class _Callbacks:
    on_success: Success | None
    on_failure: Failure | None
    owner: QObject | None
    latest: Latest | None
    ticket: int

    def wanted(self) -> bool:
        """Whether anyone still wants this result."""
        if self.owner is not None and not shiboken6.isValid(self.owner):
            return False
        return self.latest is None or self.latest.is_current(self.ticket)


class _Relay(QObject):
    """Lives on the main thread; its signals carry results back to it."""

    finished = Signal(int, object)
    failed = Signal(int, object)


class _Task(QRunnable):
    def __init__(self, number: int, call: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._number = number
        self._call = call
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._call()
        except BaseException as exc:  # handed to the main thread, never swallowed
            self._relay.failed.emit(self._number, exc)
        else:
            self._relay.finished.emit(self._number, result)


class Operations(QObject):
    """Runs work on background threads and reports back on the main thread."""

    #: Emitted for every failure of database work, after the caller's own handler
    #: (for banners and logs).
    failed = Signal(object)
    #: Number of database operations queued or running changed.
    busy_changed = Signal(int)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one worker: writes land in the order they were made
        self._free_pool = QThreadPool(self)
        self._free_pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._numbers = itertools.count(1)
        self._pending: dict[int, _Callbacks] = {}
        self._free: set[int] = set()

    @property
    def engine(self) -> Any:
        """The database's engine (for the outbox, live updates and the About box)."""
        return self.database.engine

    def run(
        self,
        work: Callable[[Any], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        *,
        owner: QObject | None = None,
        latest: Latest | None = None,
        deadline: float | None = DEFAULT_SECONDS,
    ) -> int:
        """Queue ``work(session)`` on the database worker; returns a number (for tests, logs).

        ``deadline``: seconds after which a server that does not answer (a network gone
        silent) fails the work as unreachable, so it never blocks the work behind it;
        None for long, deliberate work such as a roster import.
        """
        number = self._remember(on_success, on_failure, owner, latest)
        self.busy_changed.emit(self.pending)
        database = self.database
        self._pool.start(_Task(number, lambda: database.run(work, deadline=deadline), self._relay))
        return number

    def run_free(
        self,
        work: Callable[[], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        *,
        owner: QObject | None = None,
        latest: Latest | None = None,
    ) -> int:
        """Queue ``work()``, which needs no database, on its own worker."""
        number = self._remember(on_success, on_failure, owner, latest)
        self._free.add(number)
        self._free_pool.start(_Task(number, work, self._relay))
        return number

    def _remember(
        self,
        on_success: Success | None,
        on_failure: Failure | None,
        owner: QObject | None,
        latest: Latest | None,
    ) -> int:
        number = next(self._numbers)
        ticket = latest.take() if latest is not None else 0
        self._pending[number] = _Callbacks(on_success, on_failure, owner, latest, ticket)
        return number

    @property
    def pending(self) -> int:
        """Database operations queued or running."""
        return len(self._pending.keys() - self._free)

    def forget_pending(self) -> int:
        """Drop the callbacks of work not finished yet (its window is closing): the work
        still runs and commits, its result goes nowhere.  Returns how many."""
        count = self.pending
        self._pending = {n: c for n, c in self._pending.items() if n in self._free}
        self.busy_changed.emit(0)
        return count

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until both workers are idle (shutdown and tests; never from a slot)."""
        database_done = bool(self._pool.waitForDone(msecs))
        return bool(self._free_pool.waitForDone(msecs)) and database_done

    def _take(self, number: int) -> tuple[_Callbacks | None, bool]:
        callbacks = self._pending.pop(number, None)
        free = number in self._free
        self._free.discard(number)
        if not free:
            self.busy_changed.emit(self.pending)
        return callbacks, free

    @Slot(int, object)
    def _on_finished(self, number: int, result: object) -> None:
        callbacks, _ = self._take(number)
        if callbacks is not None and callbacks.on_success is not None and callbacks.wanted():
            callbacks.on_success(result)

    @Slot(int, object)
    def _on_failed(self, number: int, error: BaseException) -> None:
        callbacks, free = self._take(number)
        if isinstance(error, errors.KnownError):
            log.warning("Operation %d failed: %s", number, error)
        else:
            log.error("Operation %d failed with a bug", number, exc_info=error)
        wanted = callbacks is not None and callbacks.wanted()
        if wanted and callbacks is not None and callbacks.on_failure is not None:
            callbacks.on_failure(error)
        if not free:
            self.failed.emit(error)
