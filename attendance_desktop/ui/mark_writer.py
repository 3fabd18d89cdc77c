"""Writes each mark as soon as it is made, and keeps it until the database has it.

Every mark becomes a ``PendingWrite`` carrying its *base*: the row's values
and version as the screen showed them when the mark was made.  It is saved on
the database worker by ``marking.save_mark`` (the Qt-free side of this
module), which merges it, field by field, with anything another computer
wrote meanwhile:

- ``saved``: written as made;
- ``merged``: someone changed another field (one the status, the other the
  note): both are kept, and the row says it was merged and with whom;
- ``agreed``: someone had already made the same change: nothing is written and
  nothing is shown;
- ``conflict``: someone changed the same field to something else.  Nothing of
  theirs is overwritten; a ``Conflict`` waits in ``conflicts`` for the teacher
  to settle (``keep_mine`` is a new versioned write on top of theirs,
  ``take_theirs`` drops ours).  Conflicts queue; none blocks other marks.

Each attendance row has its own queue and only its head is in flight, so one
row waiting for a locked file does not hold up the rest of the class.

When the server cannot be reached (``DatabaseUnreachable``, at the first
failure: no waiting through retries) the writer goes *offline*: that mark and
every later one go to the local ``Outbox``, a file, so closing the app or a
crash loses nothing.  The server is probed every few seconds; when it answers,
the outbox is replayed, oldest first, through the same merging write.  Other
environment errors (a locked file, a busy server) are retried in place,
waiting longer each time.  A bug stays queued, goes to the crash dialog and is
offered again by ``retry_now``.

A write the database refuses for good (``marking.is_refusal``: the register is
not this login's, so its rights or row-level security refuse it; or its values
cannot be stored, such as a NUL in a note) is never shown as a conflict and never
retried by itself: it is set aside in the journal with why, the row says so in
plain words ("This register is not yours ... Ask the office ..."), ``refused``
is emitted, and the marks behind it go on.  The same happens to an entry of the
outbox during a replay.

A write is dropped only after the database settled it, or after the teacher
settled its conflict.  Nothing is ever silently lost.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from attendance_desktop import errors, marking, merge
from attendance_desktop.db import repository
from attendance_desktop.db.deadline import MARK_SECONDS
from attendance_desktop.i18n import translate
from attendance_desktop.lessons import SaveState
from attendance_desktop.marking import Replayed, Settled, Someone
from attendance_desktop.outbox import Outbox, PendingEdit
from attendance_desktop.outbox import refusal as outbox_refusal
from attendance_desktop.ui.operations import Operations

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
    #: The row as the screen showed it when the mark was made (values and version).
    base: dict[str, Any]
    class_session_id: int
    actor: repository.Actor
    kind: str = "mark"
    reason: str | None = None
    #: For messages and the log: "Ava Abbott: Present".
    label: str = ""
    attempts: int = 0
    last_error: str = ""
    errors_seen: list[str] = field(default_factory=list)
    #: The mark's identity, given when it is made: a second sending is recognised.
    mark_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    #: Its entry in the local journal (None only if the journal could not be written).
    journal_id: int | None = None
    #: When the teacher made it (stored with it: the history shows it beside the save time).
    made_at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass(frozen=True)
class Conflict:
    """One field group of one row changed here and on another computer, differently."""

    attendance_id: int
    class_session_id: int
    student: str
    #: "status" (the code and its check-in time) or "note".
    group: str
    #: Every field of the group as this computer wants it.
    mine: dict[str, Any]
    #: Every field of the group as stored now.
    theirs: dict[str, Any]
    #: The whole row as stored: Keep mine is written on top of its version.
    stored: dict[str, Any]
    #: Who made the stored change.
    who: Someone
    reason: str | None = None
    #: The journal entry that keeps this conflict until it is settled (None: memory only).
    journal_id: int | None = None

    @property
    def key(self) -> tuple[int, str]:
        return (self.attendance_id, self.group)

    def keep_mine_changes(self) -> dict[str, Any]:
        return {n: v for n, v in self.mine.items() if self.theirs.get(n) != v}


def _row_name(attendance_id: int) -> str:
    """Who a conflict is about when the student's name is not known."""
    return translate("MarkWriter", "Row {row}").format(row=attendance_id)


def _full_mine(conflict: merge.FieldConflict, base: dict[str, Any]) -> dict[str, Any]:
    """Our side of a conflict with every field of its group (a field we did not change
    keeps the value we saw: Absent on a row showing no check-in stays without one)."""
    return {n: conflict.mine.get(n, base.get(n)) for n in merge.FIELD_GROUPS[conflict.group]}


class MarkWriter(QObject):
    """The per-row write queues, their retries, conflicts, and the offline outbox."""

    #: A write was settled: (attendance_id, the row as stored, status, Someone or None).
    #: ``status`` is save_edit's: saved / merged / agreed / conflict; or ``refused`` (the
    #: database refused it for good; the row as it was before it).
    saved = Signal(int, object, str, object)
    #: A row's save state or message changed: (attendance_id,).
    stateChanged = Signal(int)
    #: Conflicts were added or settled.
    conflictsChanged = Signal()
    #: A write failed: (attendance_id, error, will retry automatically).
    writeFailed = Signal(int, object, bool)
    #: The number of marks waiting in memory (not yet in the database) changed.
    unsavedChanged = Signal(int)
    #: The server went away (True) or is back and the outbox is empty (False).
    offlineChanged = Signal(bool)
    #: The number of marks kept in the local outbox changed.
    waitingChanged = Signal(int)
    #: The outbox was replayed: (marks sent, conflicts among them, left over from a
    #: previous run).
    replayed = Signal(int, int, bool)
    #: The database refused a mark for good; it is set aside in the journal:
    #: (attendance_id, why in plain words).
    refused = Signal(int, str)

    #: Waits before each automatic retry; the last one repeats for as long as it takes.
    retry_delays_ms: tuple[int, ...] = (1_000, 2_000, 4_000, 8_000, 15_000, 30_000)

    def __init__(
        self,
        operations: Operations,
        actor: Callable[[], repository.Actor],
        outbox: Outbox | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.outbox = outbox
        self._actor = actor
        self._queues: dict[int, deque[PendingWrite]] = {}
        self._in_flight: set[int] = set()
        self._timers: dict[int, QTimer] = {}
        self._failures: dict[int, tuple[SaveState, str]] = {}
        #: Rows whose last mark the database refused for good (set aside): why.  Not
        #: failures being retried, so the retry banner leaves them out.
        self._refused: dict[int, str] = {}
        #: Marks in the outbox per row, and the values they will set.
        self._waiting: dict[int, int] = {}
        self._waiting_changes: dict[int, dict[str, Any]] = {}
        self.conflicts: list[Conflict] = []
        #: The server could not be reached: marks go to the outbox.
        self.offline = False
        #: The outbox is being sent: new marks queue behind it, in the outbox.
        self.replaying = False
        self._probing = False
        self._closed = False
        self._probe_timer = QTimer(self)
        self._probe_timer.setInterval(3_000)
        self._probe_timer.timeout.connect(self.probe)
        self._load_waiting()
        self._load_set_aside()

    @property
    def probe_interval_ms(self) -> int:
        return int(self._probe_timer.interval())

    @probe_interval_ms.setter
    def probe_interval_ms(self, value: int) -> None:
        self._probe_timer.setInterval(value)

    # --- what the window asks ----------------------------------------------------------------

    def unsaved(self) -> int:
        """Marks held in memory only (the outbox's are safe on disk)."""
        return sum(len(q) for q in self._queues.values())

    def unsaved_writes(self) -> list[PendingWrite]:
        return [w for q in self._queues.values() for w in q]

    def waiting(self) -> int:
        """Marks kept in the local outbox until the server answers."""
        return sum(self._waiting.values())

    def is_busy(self, attendance_id: int) -> bool:
        """True while a mark of ours for the row is not in the database yet."""
        return bool(self._queues.get(attendance_id)) or bool(self._waiting.get(attendance_id))

    def state(self, attendance_id: int) -> tuple[SaveState, str]:
        failure = self._failures.get(attendance_id)
        if failure is not None:
            return failure
        if attendance_id in self._refused and not self._queues.get(attendance_id):
            return SaveState.FAILED, self._refused[attendance_id]
        if self._queues.get(attendance_id):
            return SaveState.PENDING, ""
        if self._waiting.get(attendance_id):
            return (
                SaveState.WAITING,
                translate(
                    "MarkWriter",
                    "The server can't be reached: this mark is kept on this computer and is "
                    "sent when the server is back.",
                ),
            )
        if any(c.attendance_id == attendance_id for c in self.conflicts):
            return (
                SaveState.CONFLICT,
                translate(
                    "MarkWriter",
                    "Someone changed this student on another computer at the same time. "
                    "Choose Keep mine or Take theirs in the bar above the register.",
                ),
            )
        return SaveState.SAVED, ""

    def failing(self) -> int:
        """Rows whose head write has failed at least once (and is being retried)."""
        return len(self._failures)

    def desired(self, attendance_id: int) -> dict[str, Any]:
        """The fields our unsaved marks of a row will set (what the row should show)."""
        result = dict(self._waiting_changes.get(attendance_id, {}))
        for write in self._queues.get(attendance_id, ()):
            result.update(write.changes)
        return result

    # --- writing -------------------------------------------------------------------------------

    def enqueue(
        self,
        attendance_id: int,
        changes: dict[str, Any],
        *,
        base: dict[str, Any],
        class_session_id: int,
        kind: str = "mark",
        reason: str | None = None,
        label: str = "",
    ) -> None:
        """Queue one mark made on ``base`` (the row's values and version as shown)."""
        write = PendingWrite(
            attendance_id,
            dict(changes),
            dict(base),
            class_session_id,
            self._actor(),
            kind,
            reason,
            label,
        )
        self._journal(write)  # on disk before it is sent: a power cut loses nothing
        self._queues.setdefault(attendance_id, deque()).append(write)
        if attendance_id not in self._in_flight and attendance_id not in self._timers:
            self._send(attendance_id)
        self._changed(attendance_id)

    def _journal(self, write: PendingWrite) -> bool:
        """Keep ``write`` in the local journal (once); False if the journal cannot be written."""
        if self.outbox is None or write.journal_id is not None:
            return write.journal_id is not None
        try:
            write.journal_id = self.outbox.add(
                write.attendance_id,
                write.class_session_id,
                write.changes,
                base=write.base,
                actor=write.actor,
                kind=write.kind,
                reason=write.reason,
                mark_id=write.mark_id,
                label=write.label,
                made_at=write.made_at,
            )
        except (OSError, sqlite3.Error) as exc:
            log.error("Cannot keep a mark in the journal %s: %s", self.outbox.path, exc)
            return False
        return True

    def _release(self, write: PendingWrite, outcome: repository.EditOutcome) -> None:
        """The database has ``write``: it leaves the journal, or stays there in conflict."""
        if self.outbox is None or write.journal_id is None:
            return
        try:
            if outcome.conflicts:
                self.outbox.set_conflict(write.journal_id, outcome)
            else:
                self.outbox.remove(write.journal_id)
        except (OSError, sqlite3.Error) as exc:  # sent again later: recognised as done
            log.error("Cannot update the journal %s: %s", self.outbox.path, exc)

    def _in_memory(self) -> frozenset[int]:
        """Journal entries of the marks this window holds (being sent, or about to be)."""
        return frozenset(
            w.journal_id for q in self._queues.values() for w in q if w.journal_id is not None
        )

    def retry_now(self) -> int:
        """Send every waiting or failed write again at once; returns how many rows."""
        if self.offline:
            self.probe()
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
        if not queue or self._closed:
            return
        if (self.offline or self.replaying) and self.outbox is not None:
            # Behind the outbox: sent with it, in order, when the server answers.
            self._to_outbox(attendance_id)
            return
        write = queue[0]
        write.attempts += 1
        self._in_flight.add(attendance_id)
        work = partial(
            marking.save_mark,
            attendance_id=write.attendance_id,
            changes=write.changes,
            base=dict(write.base),
            actor=write.actor,
            kind=write.kind,
            reason=write.reason,
            mark_id=write.mark_id,
            made_at=write.made_at,
            offline=lambda: self.offline,
        )
        self.operations.run(
            work,
            lambda settled: self._on_settled(write, settled),
            lambda error: self._on_failed(write, error),
            deadline=MARK_SECONDS,
        )

    def _on_settled(self, write: PendingWrite, settled: Settled) -> None:
        if self._closed:
            return
        aid = write.attendance_id
        self._in_flight.discard(aid)
        self._failures.pop(aid, None)
        self._refused.pop(aid, None)
        queue = self._queues.get(aid)
        if queue and queue[0] is write:
            queue.popleft()
        outcome = settled.outcome
        if outcome.status == "saved" and queue:
            # Later marks were made on the screen this write produced: they follow it.
            for later in queue:
                if later.base.get("version") == write.base.get("version"):
                    later.base["version"] = outcome.row["version"]
        if write.attempts > 1:
            log.info("Saved %s after %d attempts", write.label or aid, write.attempts)
        self._release(write, outcome)
        self._settle(
            aid,
            write.class_session_id,
            write.changes,
            write.base,
            write.reason,
            settled,
            label=write.label,
            journal_id=write.journal_id,
        )
        if queue:
            self._send(aid)
        else:
            self._queues.pop(aid, None)
        self._changed(aid)

    def _settle(
        self,
        aid: int,
        class_session_id: int,
        changes: dict[str, Any],
        base: dict[str, Any],
        reason: str | None,
        settled: Settled,
        *,
        label: str = "",
        journal_id: int | None = None,
    ) -> int:
        """Record an outcome: settle older conflicts, queue new ones; returns how many."""
        outcome = settled.outcome
        stored = outcome.row
        conflicting = {c.group for c in outcome.conflicts}
        written = {merge.group_of(n) for n in changes} - conflicting
        # A later mark that reached the database settles an older conflict on that field.
        superseded = [c for c in self.conflicts if c.attendance_id == aid and c.group in written]
        for old in superseded:
            self._drop_conflict(old, announce=False)
        changed = bool(superseded)
        who = settled.who or Someone(
            stored.get("changed_by") or "", stored.get("changed_on") or "", stored.get("updated_at")
        )
        for found in outcome.conflicts:
            conflict = Conflict(
                attendance_id=aid,
                class_session_id=class_session_id,
                student=settled.student or label.split(":", 1)[0] or _row_name(aid),
                group=found.group,
                mine=_full_mine(found, base),
                theirs=dict(found.theirs),
                stored=dict(stored),
                who=who,
                reason=reason,
                journal_id=journal_id,
            )
            log.warning(
                "Conflict on attendance %d (%s): ours %r, theirs %r by %s",
                aid,
                found.group,
                conflict.mine,
                conflict.theirs,
                who.describe(),
            )
            self._add_conflict(conflict)
            changed = True
        if outcome.status == "merged":
            log.info("Merged a mark for attendance %d with a change by %s", aid, who.describe())
        self.saved.emit(aid, stored, outcome.status, settled.who)
        if changed:
            self.conflictsChanged.emit()
        return len(outcome.conflicts)

    def _add_conflict(self, conflict: Conflict) -> None:
        for number, existing in enumerate(self.conflicts):
            if existing.key == conflict.key:
                self.conflicts[number] = conflict  # the latest mark is what we want
                return
        self.conflicts.append(conflict)

    def _on_failed(self, write: PendingWrite, error: BaseException) -> None:
        handled_here(error)
        if self._closed:
            return
        aid = write.attendance_id
        self._in_flight.discard(aid)
        write.last_error = str(error)
        write.errors_seen.append(type(error).__name__)
        if marking.is_refusal(error):
            self._set_aside(write, error)
            return
        if isinstance(error, errors.DatabaseUnreachable) and self.outbox is not None:
            self.go_offline()
            self._to_outbox(aid)
            self.writeFailed.emit(aid, error, True)
            return
        if isinstance(error, errors.KnownError):
            steps = self.retry_delays_ms
            delay = steps[min(write.attempts - 1, len(steps) - 1)]
            gave_up_waiting = write.attempts >= len(steps)
            state = SaveState.FAILED if gave_up_waiting else SaveState.RETRYING
            seconds = max(1, round(delay / 1000))
            retrying = translate("MarkWriter", "{message} Trying again in {seconds} s.")
            self._failures[aid] = (state, retrying.format(message=error.message, seconds=seconds))
            self._schedule(aid, delay)
            self._changed(aid)
            self.writeFailed.emit(aid, error, True)
            return
        self._failures[aid] = (
            SaveState.FAILED,
            translate("MarkWriter", "An unexpected error stopped this mark: {error}.").format(
                error=repr(error)
            ),
        )
        self._changed(aid)
        self.writeFailed.emit(aid, error, False)
        try:
            sys.excepthook(type(error), error, error.__traceback__)
        except Exception:  # the crash dialog itself failed: the log has it already
            log.exception("The crash report could not be shown")

    def _set_aside(self, write: PendingWrite, error: BaseException) -> None:
        """The database refused ``write`` for good: keep it in the journal, out of the
        way, show the row as stored with why, and send the row's next mark."""
        aid = write.attendance_id
        self._in_flight.discard(aid)
        self._failures.pop(aid, None)
        why = outbox_refusal(error) if isinstance(error, errors.KnownError) else str(error)
        queue = self._queues.get(aid)
        if queue and queue[0] is write:
            queue.popleft()
        if not queue:
            self._queues.pop(aid, None)
        if self.outbox is not None and write.journal_id is not None:
            try:
                self.outbox.set_aside(write.journal_id, why)
            except (OSError, sqlite3.Error) as exc:
                log.error("Cannot update the journal %s: %s", self.outbox.path, exc)
        log.warning("The database refused %s: %s", write.label or f"row {aid}", why)
        self._show_refusal(aid, why, write.base)
        if queue:
            self._send(aid)

    def _show_refusal(self, attendance_id: int, why: str, base: dict[str, Any]) -> None:
        """The row shows what it showed before the refused mark (nothing was written)."""
        self._refused[attendance_id] = why
        self.saved.emit(attendance_id, dict(base), "refused", None)
        self._changed(attendance_id)
        self.refused.emit(attendance_id, why)

    def _load_set_aside(self) -> None:
        """At start-up: rows whose marks the database refused in an earlier run say so."""
        if self.outbox is None:
            return
        for entry in self.outbox.set_aside_entries():
            self._refused[entry.attendance_id] = entry.problem or ""
            self.stateChanged.emit(entry.attendance_id)

    def set_aside(self) -> list[PendingEdit]:
        """Marks the database refused for good, kept in the journal (oldest first)."""
        return self.outbox.set_aside_entries() if self.outbox is not None else []

    def dismiss(self, entry: PendingEdit) -> None:
        """The teacher has seen a refused mark (and asked the office): let it go."""
        if self.outbox is not None:
            self.outbox.remove(entry.id)
        self._refused.pop(entry.attendance_id, None)
        self.stateChanged.emit(entry.attendance_id)

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

    def _changed(self, attendance_id: int) -> None:
        self.stateChanged.emit(attendance_id)
        self.unsavedChanged.emit(self.unsaved())

    # --- conflicts -------------------------------------------------------------------------

    def keep_mine(self, conflict: Conflict) -> None:
        """Write ours again, on top of theirs (a new versioned write, kind "override").

        The new write is journalled before the conflict leaves the journal, so a
        crash in between keeps one or the other, never neither."""
        changes = conflict.keep_mine_changes()
        if changes:
            self.enqueue(
                conflict.attendance_id,
                changes,
                base=conflict.stored,
                class_session_id=conflict.class_session_id,
                kind="override",
                reason=conflict.reason,
                label=f"{conflict.student}: kept mine",
            )
        self._drop_conflict(conflict)

    def take_theirs(self, conflict: Conflict) -> None:
        """Keep what is stored; ours is dropped (nothing to write)."""
        self._drop_conflict(conflict)

    def _drop_conflict(self, conflict: Conflict, *, announce: bool = True) -> None:
        self.conflicts = [c for c in self.conflicts if c.key != conflict.key]
        entry = conflict.journal_id
        if (
            entry is not None
            and self.outbox is not None
            and all(c.journal_id != entry for c in self.conflicts)
        ):
            try:
                self.outbox.remove(entry)  # settled by the teacher: the journal lets it go
            except (OSError, sqlite3.Error) as exc:
                log.error("Cannot update the journal %s: %s", self.outbox.path, exc)
        if announce:
            self.conflictsChanged.emit()
            self.stateChanged.emit(conflict.attendance_id)

    # --- offline: the outbox ---------------------------------------------------------------

    def _load_waiting(self) -> list[PendingEdit]:
        """Read what the journal holds that this window is not sending itself (at start-up
        and after a replay), and the conflicts it keeps for the teacher."""
        entries = self.outbox.pending(self._in_memory()) if self.outbox is not None else []
        self._load_conflicts()
        before = set(self._waiting)
        self._waiting = {}
        self._waiting_changes = {}
        for entry in entries:
            aid = entry.attendance_id
            self._waiting[aid] = self._waiting.get(aid, 0) + 1
            self._waiting_changes.setdefault(aid, {}).update(entry.changes)
        for aid in before | set(self._waiting):
            self.stateChanged.emit(aid)
        self.waitingChanged.emit(self.waiting())
        return entries

    def _load_conflicts(self) -> None:
        """Show the conflicts the journal keeps (found before a crash or a restart)."""
        if self.outbox is None:
            return
        known = {c.journal_id for c in self.conflicts}
        added = False
        for entry in self.outbox.conflicts():
            if entry.id in known or entry.conflict is None:
                continue
            stored = dict(entry.conflict.get("stored", {}))
            who = Someone(
                str(stored.get("changed_by") or ""),
                str(stored.get("changed_on") or ""),
                stored.get("updated_at"),
            )
            for found in entry.conflict.get("conflicts", []):
                kept = merge.FieldConflict(found["group"], found["mine"], found["theirs"])
                self._add_conflict(
                    Conflict(
                        attendance_id=entry.attendance_id,
                        class_session_id=entry.class_session_id,
                        student=entry.label.split(":", 1)[0] or _row_name(entry.attendance_id),
                        group=kept.group,
                        mine=_full_mine(kept, entry.base),
                        theirs=dict(kept.theirs),
                        stored=stored,
                        who=who,
                        reason=entry.reason,
                        journal_id=entry.id,
                    )
                )
                added = True
            self.stateChanged.emit(entry.attendance_id)
        if added:
            log.info("Showing %d conflict(s) kept in the journal", len(self.conflicts))
            self.conflictsChanged.emit()

    def _to_outbox(self, attendance_id: int) -> None:
        """Move a row's queued marks (none in flight) to the outbox, in order."""
        assert self.outbox is not None
        queue = self._queues.get(attendance_id)
        timer = self._timers.pop(attendance_id, None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()
        while queue:
            write = queue[0]
            if not self._journal(write):  # journalled when made, unless the disk refused
                self._failures[attendance_id] = (
                    SaveState.FAILED,
                    translate(
                        "MarkWriter",
                        "The server can't be reached and this computer cannot keep the mark "
                        "either (its journal file cannot be written; the log says why). Keep "
                        "the app open; it is retried.",
                    ),
                )
                self._schedule(attendance_id, self.retry_delays_ms[-1])
                break
            queue.popleft()
            self._failures.pop(attendance_id, None)
            self._waiting[attendance_id] = self._waiting.get(attendance_id, 0) + 1
            self._waiting_changes.setdefault(attendance_id, {}).update(write.changes)
        if not queue:
            self._queues.pop(attendance_id, None)
        self._changed(attendance_id)
        self.waitingChanged.emit(self.waiting())

    def go_offline(self) -> None:
        """The server can't be reached: keep marks locally and probe until it answers."""
        if self.outbox is None or self._closed:
            return
        if not self.offline:
            log.warning("The server can't be reached: marks go to the outbox %s", self.outbox.path)
            self.offline = True
            self._probe_timer.start()
            self.offlineChanged.emit(True)
        for aid in [a for a, q in self._queues.items() if q and a not in self._in_flight]:
            self._to_outbox(aid)

    def probe(self) -> None:
        """Ask the server for ``SELECT 1``; when it answers, send the outbox."""
        if not self.offline or self._probing or self.replaying or self._closed:
            return
        self._probing = True

        def answered(_: object) -> None:
            self._probing = False
            if self.offline:
                self.replay()

        def silent(error: BaseException) -> None:
            handled_here(error)  # the banner says it already
            self._probing = False

        self.operations.run(marking.probe, answered, silent, deadline=MARK_SECONDS)

    def replay_left_over(self) -> bool:
        """At start-up: send marks a previous run kept (closed offline, or crashed)."""
        if self.outbox is None or not self.waiting():
            return False
        log.info("Sending %d mark(s) kept in the outbox by an earlier run", self.waiting())
        self.replay(left_over=True)
        return True

    def replay(self, *, left_over: bool = False) -> None:
        """Send the outbox, oldest first, through the merging write (on the worker)."""
        if self.outbox is None or self.replaying or self._closed:
            return
        self.replaying = True
        self.waitingChanged.emit(self.waiting())

        def done(result: Replayed) -> None:
            self.replaying = False
            if self._closed:
                return
            reports, stopped = result.reports, result.stopped
            self._load_waiting()
            for entry, why in result.set_aside:
                self._show_refusal(entry.attendance_id, why, entry.base)
            conflicts = 0
            for entry, outcome in reports:
                who, student = result.details.get(entry.id, (None, ""))
                conflicts += self._settle(
                    entry.attendance_id,
                    entry.class_session_id,
                    entry.changes,
                    entry.base,
                    entry.reason,
                    Settled(outcome, who, student),
                    label=entry.label,
                    journal_id=entry.id,
                )
                self.stateChanged.emit(entry.attendance_id)
            if stopped is not None:
                handled_here(stopped)
                if isinstance(stopped, errors.DatabaseUnreachable):
                    self.go_offline()
                    self.waitingChanged.emit(self.waiting())
                else:  # locked or busy: try again shortly
                    QTimer.singleShot(self.retry_delays_ms[0], self, self.replay)
            elif self.waiting():
                self.replay()  # marks kept while this replay ran
            else:
                self._back_online()
            if reports:
                log.info("Sent %d mark(s) from the outbox, %d conflict(s)", len(reports), conflicts)
                self.replayed.emit(len(reports), conflicts, left_over)

        def failed(error: BaseException) -> None:
            self.replaying = False  # a bug: the crash dialog shows it; the outbox keeps all
            self.waitingChanged.emit(self.waiting())

        work = partial(
            marking.replay_outbox,
            outbox=self.outbox,
            database=self.operations.database,
            skip=self._in_memory(),
        )
        # Each entry has a mark's deadline of its own (outbox.send_entry).
        self.operations.run(work, done, failed, deadline=None)

    def _back_online(self) -> None:
        self._probe_timer.stop()
        if self.offline:
            log.info("The server answers again; the outbox is empty")
            self.offline = False
            self.offlineChanged.emit(False)
        self.waitingChanged.emit(self.waiting())
        self.retry_now()

    # --- closing -----------------------------------------------------------------------------

    def keep_unsaved(self) -> int:
        """On quit: move marks still in memory to the outbox; returns how many are left
        that could not be kept (0 when everything is safe on disk)."""
        self._probe_timer.stop()
        if self.outbox is None:
            return self.unsaved()
        kept = 0
        for aid in list(self._queues):
            self._in_flight.discard(aid)  # if it lands after all, its replay agrees
            before = len(self._queues.get(aid, ()))
            self._to_outbox(aid)
            kept += before - len(self._queues.get(aid, ()))
        if kept:
            log.info("Kept %d unsaved mark(s) in the outbox for the next start", kept)
        left = self.unsaved()
        if not left:
            self._closed = True
            for timer in self._timers.values():
                timer.stop()
            self._timers.clear()
        return left
