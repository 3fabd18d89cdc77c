"""Writes each mark as soon as it is made, and keeps it until the database has it.

Every mark becomes a ``PendingWrite`` in a queue of its own attendance row.
Only the head of a row's queue is in flight at a time, carrying the version
the row had when last read or written (``repository.mark`` refuses it if
someone else wrote in between).  Rows are independent: one row waiting for a
locked file does not hold up the rest of the class.

When a write fails:

- a ``KnownError`` such as an unreachable server or a locked file is retried
  automatically, waiting longer each time (``retry_delays_ms``); after the
  last step the row says "Not saved" and it keeps being retried at the
  longest delay, and ``retry_now`` offers it again at once;
- a ``ConflictError`` means another computer changed the row: nothing of ours
  was written, the row's queued marks are handed back (``conflict``) so the
  window can reload the row and say so;
- anything else is a bug: the write stays queued and is offered again
  (``retry_now``), and the error goes to the crash dialog.

A write is dropped only after the database confirmed it, or after a conflict
the user is told about.  Nothing is ever silently lost.
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.orm import Session

from attendance_desktop import errors
from attendance_desktop.db import repository
from attendance_desktop.ui.operations import Operations
from attendance_desktop.ui.register_model import SaveState

log = logging.getLogger("attendance.ui.writer")

_HANDLED = "_attendance_mark_writer_handled"


def handled_here(error: BaseException) -> None:
    """Tag an error the writer reports itself (row state, banner), so no one else does."""
    setattr(error, _HANDLED, True)


def was_handled(error: BaseException) -> bool:
    return bool(getattr(error, _HANDLED, False))


@dataclass
class PendingWrite:
    attendance_id: int
    changes: dict[str, Any]
    kind: str = "mark"
    reason: str | None = None
    #: For messages and the log: "Ava Abbott: Present".
    label: str = ""
    attempts: int = 0
    last_error: str = ""
    errors_seen: list[str] = field(default_factory=list)


class MarkWriter(QObject):
    """The per-row write queues, their retries, and what each row's state is."""

    #: A write was committed: (attendance_id, snapshot of the stored row).
    saved = Signal(int, object)
    #: A row's save state or message changed: (attendance_id,).
    stateChanged = Signal(int)
    #: Someone else changed a row: (attendance_id, ConflictError, list[PendingWrite] not applied).
    conflict = Signal(int, object, object)
    #: A write failed: (attendance_id, error, will retry automatically).
    writeFailed = Signal(int, object, bool)
    #: The number of marks not yet in the database changed.
    unsavedChanged = Signal(int)

    #: Waits before each automatic retry; the last one repeats for as long as it takes.
    retry_delays_ms: tuple[int, ...] = (1_000, 2_000, 4_000, 8_000, 15_000, 30_000)

    def __init__(
        self,
        operations: Operations,
        actor: Callable[[], repository.Actor],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self._actor = actor
        self._queues: dict[int, deque[PendingWrite]] = {}
        self._versions: dict[int, int] = {}
        self._in_flight: set[int] = set()
        self._timers: dict[int, QTimer] = {}
        self._states: dict[int, tuple[SaveState, str]] = {}

    # --- what the window asks ----------------------------------------------------------------

    def unsaved(self) -> int:
        return sum(len(q) for q in self._queues.values())

    def unsaved_writes(self) -> list[PendingWrite]:
        return [w for q in self._queues.values() for w in q]

    def is_busy(self, attendance_id: int) -> bool:
        return bool(self._queues.get(attendance_id))

    def state(self, attendance_id: int) -> tuple[SaveState, str]:
        return self._states.get(attendance_id, (SaveState.SAVED, ""))

    def failing(self) -> int:
        """Rows whose head write has failed at least once."""
        return sum(
            1 for s, _ in self._states.values() if s in (SaveState.RETRYING, SaveState.FAILED)
        )

    def desired(self, attendance_id: int) -> dict[str, Any]:
        """The fields the queued writes of a row will set (what the row should show)."""
        result: dict[str, Any] = {}
        for write in self._queues.get(attendance_id, ()):
            result.update(write.changes)
        return result

    def observe(self, attendance_id: int, version: int) -> None:
        """The version a fresh read found; ignored while our own writes are queued."""
        if not self._queues.get(attendance_id):
            self._versions[attendance_id] = version

    # --- writing -------------------------------------------------------------------------------

    def enqueue(
        self,
        attendance_id: int,
        changes: dict[str, Any],
        *,
        version: int,
        kind: str = "mark",
        reason: str | None = None,
        label: str = "",
    ) -> None:
        """Queue one mark; ``version`` is the row's version as the screen last read it."""
        queue = self._queues.setdefault(attendance_id, deque())
        if not queue:
            # Nothing of ours is on its way: the screen's version is the one to check against.
            self._versions[attendance_id] = version
        queue.append(PendingWrite(attendance_id, dict(changes), kind, reason, label))
        if attendance_id not in self._in_flight and attendance_id not in self._timers:
            self._set_state(attendance_id, SaveState.PENDING, "")
            self._send(attendance_id)
        self.unsavedChanged.emit(self.unsaved())

    def retry_now(self) -> int:
        """Send every waiting or failed write again at once; returns how many rows."""
        rows = [aid for aid, q in self._queues.items() if q and aid not in self._in_flight]
        for aid in rows:
            timer = self._timers.pop(aid, None)
            if timer is not None:
                timer.stop()
                timer.deleteLater()
            self._send(aid)
        return len(rows)

    def _send(self, attendance_id: int) -> None:
        queue = self._queues.get(attendance_id)
        if not queue:
            return
        write = queue[0]
        write.attempts += 1
        version = self._versions[attendance_id]
        actor = self._actor()
        self._in_flight.add(attendance_id)

        def work(session: Session) -> dict[str, Any]:
            row = repository.mark(
                session,
                write.attendance_id,
                write.changes,
                actor=actor,
                expected_version=version,
                kind=write.kind,
                reason=write.reason,
            )
            return repository.snapshot(row)

        self.operations.run(
            work,
            lambda snapshot: self._on_saved(write, snapshot),
            lambda error: self._on_failed(write, error),
        )

    def _on_saved(self, write: PendingWrite, snapshot: dict[str, Any]) -> None:
        aid = write.attendance_id
        self._in_flight.discard(aid)
        queue = self._queues.get(aid)
        if queue and queue[0] is write:
            queue.popleft()
        self._versions[aid] = int(snapshot["version"])
        if write.attempts > 1:
            log.info("Saved %s after %d attempts", write.label or aid, write.attempts)
        self.saved.emit(aid, snapshot)
        if queue:
            self._set_state(aid, SaveState.PENDING, "")
            self._send(aid)
        else:
            self._queues.pop(aid, None)
            self._set_state(aid, SaveState.SAVED, "")
        self.unsavedChanged.emit(self.unsaved())

    def _on_failed(self, write: PendingWrite, error: BaseException) -> None:
        aid = write.attendance_id
        handled_here(error)
        self._in_flight.discard(aid)
        if isinstance(error, errors.ConflictError):
            self._on_conflict(write, error)
            return
        write.last_error = str(error)
        write.errors_seen.append(type(error).__name__)
        if isinstance(error, errors.KnownError):
            steps = self.retry_delays_ms
            delay = steps[min(write.attempts - 1, len(steps) - 1)]
            gave_up_waiting = write.attempts >= len(steps)
            state = SaveState.FAILED if gave_up_waiting else SaveState.RETRYING
            seconds = max(1, round(delay / 1000))
            self._set_state(aid, state, f"{error.message} Trying again in {seconds} s.")
            self._schedule(aid, delay)
            self.writeFailed.emit(aid, error, True)
        else:
            self._set_state(
                aid, SaveState.FAILED, f"An unexpected error stopped this mark: {error!r}."
            )
            self.writeFailed.emit(aid, error, False)
            hook = sys.excepthook
            try:
                hook(type(error), error, error.__traceback__)
            except Exception:  # the crash dialog itself failed: the log has it already
                log.exception("The crash report could not be shown")
        self.unsavedChanged.emit(self.unsaved())

    def _on_conflict(self, write: PendingWrite, error: errors.ConflictError) -> None:
        aid = write.attendance_id
        stored = error.stored
        if all(stored.get(k) == v for k, v in write.changes.items()) and write.attempts > 1:
            # An earlier attempt was committed after all (the reply was lost): it is saved.
            self._on_saved(write, stored)
            return
        dropped = list(self._queues.pop(aid, deque()))
        self._versions[aid] = error.stored_version
        self._set_state(aid, SaveState.SAVED, "")
        log.warning("Conflict on attendance %d: %d mark(s) not applied", aid, len(dropped))
        self.conflict.emit(aid, error, dropped)
        self.unsavedChanged.emit(self.unsaved())

    def _schedule(self, attendance_id: int, delay_ms: int) -> None:
        timer = QTimer(self)
        timer.setSingleShot(True)

        def fire() -> None:
            self._timers.pop(attendance_id, None)
            timer.deleteLater()
            self._send(attendance_id)

        timer.timeout.connect(fire)
        self._timers[attendance_id] = timer
        timer.start(delay_ms)

    def _set_state(self, attendance_id: int, state: SaveState, message: str) -> None:
        if state == SaveState.SAVED:
            self._states.pop(attendance_id, None)
        else:
            self._states[attendance_id] = (state, message)
        self.stateChanged.emit(attendance_id)
