"""The register's controller: what the teacher asks for becomes marks on screen and writes.

``RegisterController`` loads a lesson's register (through ``Operations``, off
the UI thread), starts, closes and reopens it, decides what a key press means
(``rules.decide``: the grace rule, overrides), shows each mark at once and
hands its write to the ``MarkWriter``; it keeps the undo stack, asks for a
reason before a closed register changes, and follows the writer's outcomes
(saved, merged, conflict, failed) row by row.

Several computers may take the same register.  Each mark is written on the
values the screen showed (see ``MarkWriter``); other computers' changes arrive
through ``apply_changes`` and update only the rows they touched.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from attendance_desktop import errors, lessons, rules
from attendance_desktop.db import repository
from attendance_desktop.db.live import RowChange
from attendance_desktop.i18n import translate
from attendance_desktop.lessons import HistoryEntry, LessonInfo, RegisterData, RegisterRow
from attendance_desktop.marking import Someone
from attendance_desktop.outbox import Outbox
from attendance_desktop.rules import Code
from attendance_desktop.ui.mark_writer import Conflict, MarkWriter
from attendance_desktop.ui.operations import Latest, Operations
from attendance_desktop.ui.register_model import RegisterModel


class RegisterController(QObject):
    """Turns what the teacher asks for into marks on screen and writes to the database."""

    #: A line for the status bar.
    message = Signal(str)
    #: The lesson shown changed, or its status did (LessonInfo or None).
    lessonChanged = Signal(object)
    #: A register finished loading (its rows are in the model).
    loaded = Signal()
    #: Marks changed (counts in the header and the lesson list).
    countsChanged = Signal()

    def __init__(
        self,
        operations: Operations,
        model: RegisterModel,
        *,
        actor: Callable[[], repository.Actor],
        clock: rules.Clock = rules.system_clock,
        outbox: Outbox | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.model = model
        self.clock = clock
        self.actor = actor
        self.writer = MarkWriter(operations, actor, outbox, self)
        self.writer.saved.connect(self._on_saved)
        self.writer.stateChanged.connect(self._on_state_changed)
        self.writer.conflictsChanged.connect(self._on_conflicts_changed)
        self.writer.writeFailed.connect(self._on_write_failed)
        self.lesson: LessonInfo | None = None
        self.loading = False
        #: Asks the teacher why a closed register is being changed; None or "" cancels.
        self.reason_provider: Callable[[], str | None] = lambda: None
        #: Asked before closing a register with students not marked (their number):
        #: True closes it.
        self.confirm_close: Callable[[int], bool] = lambda _unmarked: True
        self._closed_reason: str | None = None
        self._undo: list[list[tuple[int, dict[str, Any]]]] = []
        #: Reads whose results count only if nothing newer was asked for (nor another
        #: lesson opened): the register, the lesson's heading, and rows changed elsewhere.
        self._register_load = Latest()
        self._lesson_load = Latest()
        self._rows_load = Latest()
        #: What the row fetch on its way covers (it covers every earlier one too).
        self._rows_wanted: set[int] = set()
        self._rows_all = False
        #: The row as it was when its note editor opened: (attendance_id -> base).
        self._note_bases: dict[int, dict[str, Any]] = {}
        #: Rows changed elsewhere while a mark of ours was on its way: fetched after.
        self._deferred: set[int] = set()
        #: Live changes collected for one fetch (PostgreSQL sends them one by one).
        self._live_rows: set[int] = set()
        self._live_reload = False
        self._live_lesson = False
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(50)
        self._live_timer.timeout.connect(self._flush_live)
        self._conflict_keys: set[tuple[int, str]] = set()
        self._closed = False
        #: "Everyone present" asked for on a register not started: done once it is.
        self._all_present_after_start: int | None = None

    @property
    def closed(self) -> bool:
        return self._closed

    def shutdown(self) -> None:
        """The window is closing: start no more reads (their results would find it gone)."""
        self._closed = True
        self._live_timer.stop()
        self._cancel_reads()

    def _cancel_reads(self) -> None:
        """Drop the results of every read on its way: they are of a register no longer shown."""
        for latest in (self._register_load, self._lesson_load, self._rows_load):
            latest.cancel()
        self._rows_wanted.clear()
        self._rows_all = False

    # --- loading ---------------------------------------------------------------------------

    def open_lesson(self, lesson_id: int | None) -> None:
        """Show a lesson's register (None: none)."""
        self._cancel_reads()
        self._undo.clear()
        self._closed_reason = None
        self._note_bases.clear()
        self._deferred.clear()
        self._live_rows.clear()
        self._live_reload = self._live_lesson = False
        if lesson_id is None:
            self.lesson = None
            self.loading = False
            self.model.set_register(None)
            self.lessonChanged.emit(None)
            return
        if self.lesson is None or self.lesson.id != lesson_id:
            self.model.set_register(None)
        self.reload(lesson_id)

    def reload(self, lesson_id: int | None = None) -> None:
        lesson_id = (
            lesson_id if lesson_id is not None else (self.lesson.id if self.lesson else None)
        )
        if lesson_id is None or self._closed:
            return
        self.loading = True

        def failed(error: BaseException) -> None:
            self.loading = False
            self.lessonChanged.emit(self.lesson)

        self.operations.run(
            partial(lessons.load_register, class_session_id=lesson_id),
            self._show,
            failed,
            latest=self._register_load,
        )

    def _show(self, data: RegisterData) -> None:
        # Rows with marks still on their way show those marks, not the stored ones.
        for row in data.rows:
            for name, value in self.writer.desired(row.attendance_id).items():
                setattr(row, name, value)
            row.save_state, row.save_message = self.writer.state(row.attendance_id)
        self.model.set_register(data)
        self.lesson = data.lesson
        self.loading = False
        self.lessonChanged.emit(self.lesson)
        self.loaded.emit()
        self.countsChanged.emit()
        if self._all_present_after_start is not None:
            wanted, self._all_present_after_start = self._all_present_after_start, None
            if wanted == data.lesson.id and data.lesson.status == "open":
                self.mark_all_present()

    def _refresh_lesson(self) -> None:
        if self.lesson is None or self._closed:
            return

        def done(lesson: LessonInfo) -> None:
            self.lesson = lesson
            self.model.set_lesson(lesson)
            self.lessonChanged.emit(lesson)

        self.operations.run(
            partial(lessons.load_lesson, class_session_id=self.lesson.id),
            done,
            latest=self._lesson_load,
        )

    # --- the lesson's status ---------------------------------------------------------------

    def start(self) -> None:
        """Open the register: one row per enrolled student, in one transaction."""
        if self.lesson is None or self.lesson.status != "planned" or self.loading:
            return
        lesson_id = self.lesson.id
        actor = self.actor()
        self.loading = True
        self.lessonChanged.emit(self.lesson)

        def done(count: int) -> None:
            self.message.emit(translate("Register", "Register started: %n students.", None, count))
            self.reload(lesson_id)

        def failed(error: BaseException) -> None:
            self.loading = False
            self.lessonChanged.emit(self.lesson)

        self.operations.run(
            partial(repository.start_session, class_session_id=lesson_id, actor=actor),
            done,
            failed,
        )

    def close_lesson(self) -> None:
        if self.lesson is None or self.lesson.status != "open" or self.loading:
            return
        unmarked = len(self.model.unmarked_rows())
        if unmarked and not self.confirm_close(unmarked):
            self.message.emit(translate("Register", "The register stays open."))
            return
        lesson_id = self.lesson.id

        def done(_: object) -> None:
            self._closed_reason = None
            self.message.emit(
                translate("Register", "Register closed. Changes from now on ask for a reason.")
            )
            self._refresh_lesson()

        self.operations.run(
            partial(repository.close_session, class_session_id=lesson_id, actor=self.actor()),
            done,
        )

    def reopen_lesson(self) -> None:
        """Reopen a closed register, asking why first: the reason goes into the lesson's
        history (the database refuses a reopening without one).  No reason (or Cancel):
        it stays closed."""
        if self.lesson is None or self.lesson.status != "closed" or self.loading:
            return
        lesson_id = self.lesson.id
        reason = (self.reason_provider() or "").strip()
        if self.lesson is None or self.lesson.id != lesson_id or self.lesson.status != "closed":
            return  # another lesson was opened, or it was reopened elsewhere, meanwhile
        if not reason:
            self.message.emit(
                translate("Register", "The register stays closed: reopening it needs a reason.")
            )
            return

        def done(_: object) -> None:
            self._closed_reason = None
            self.message.emit(translate("Register", "Register reopened."))
            self._refresh_lesson()

        self.operations.run(
            partial(
                repository.reopen_session,
                class_session_id=lesson_id,
                reason=reason,
                actor=self.actor(),
            ),
            done,
        )

    # --- marking ---------------------------------------------------------------------------

    def _edit_allowed(self) -> tuple[bool, str | None]:
        """May the register be changed now, and with which reason (closed registers)."""
        if self.lesson is None or self.loading or not self.model.rows:
            return False, None
        if self.lesson.status != "closed":
            return True, None
        if not self._closed_reason:
            reason = (self.reason_provider() or "").strip()
            if not reason:
                self.message.emit(
                    translate(
                        "Register", "Nothing changed: a closed register needs a reason to change."
                    )
                )
                return False, None
            self._closed_reason = reason
        return True, self._closed_reason

    def _apply(
        self,
        number: int,
        changes: dict[str, Any],
        *,
        kind: str,
        reason: str | None,
        undo: list[tuple[int, dict[str, Any]]] | None,
        base: dict[str, Any] | None = None,
    ) -> None:
        """Show a change at once and queue its write, made on what the screen showed."""
        assert self.lesson is not None
        row = self.model.rows[number]
        base = base if base is not None else row.base()
        if undo is not None:
            undo.append((row.attendance_id, {name: getattr(row, name) for name in changes}))
        for name, value in changes.items():
            setattr(row, name, value)
        row.merged_with = ""
        if reason is not None and kind == "mark":
            kind = "edit"
        code = self.model.codes.get(row.code_id)
        # The journal's and the log's label (not shown as such; "Name:" is read back).
        self.writer.enqueue(
            row.attendance_id,
            changes,
            base=base,
            class_session_id=self.lesson.id,
            kind=kind,
            reason=reason,
            label=f"{row.display_name}: {code.label if code else 'not marked'}",
        )
        row.save_state, row.save_message = self.writer.state(row.attendance_id)
        self.model.row_changed(number)

    def _decide_and_apply(
        self,
        numbers: list[int],
        code: Code,
        *,
        apply_grace: bool,
        reason: str | None,
    ) -> list[tuple[RegisterRow, rules.Decision]]:
        assert self.lesson is not None
        group: list[tuple[int, dict[str, Any]]] = []
        done: list[tuple[RegisterRow, rules.Decision]] = []
        now = self.clock()
        for number in numbers:
            row = self.model.rows[number]
            decision = rules.decide(
                code,
                row.mark,
                codes=self.model.codes,
                lesson_start=self.lesson.start_time,
                grace_minutes=self.lesson.grace_minutes,
                now=now,
                apply_grace=apply_grace,
                lesson_end=self.lesson.end_time,  # caught up afterwards: no one made Late
            )
            changes = decision.changes(row.mark)
            if not changes:
                continue
            self._apply(number, changes, kind=decision.kind, reason=reason, undo=group)
            done.append((row, decision))
        if group:
            self._undo.append(group)
            self.countsChanged.emit()
        return done

    def press(self, numbers: list[int], code: Code) -> bool:
        """A code's key: the grace rule applies (Present may become Late)."""
        allowed, reason = self._edit_allowed()
        if not allowed or not numbers:
            return False
        done = self._decide_and_apply(numbers, code, apply_grace=True, reason=reason)
        late = [row for row, d in done if d.auto_late]
        if late and self.lesson is not None:
            self.message.emit(self._late_message([row.display_name for row in late]))
        elif len(done) == 1:
            row, decision = done[0]
            given = self.model.codes.get(decision.code_id)
            mark = given.label if given else ""
            if decision.kind == "override":
                text = translate("Register", "{student}: {mark} (override)")
            else:
                text = translate("Register", "{student}: {mark}")
            self.message.emit(text.format(student=row.display_name, mark=mark))
        return True

    def _late_message(self, names: list[str]) -> str:
        """Present after the grace period became Late: say so, and how to keep Present."""
        assert self.lesson is not None
        minutes = int((self.clock() - self.lesson.start_time).total_seconds() // 60)
        late_code = self.model.codes.late
        present = self.model.codes.present
        return translate(
            "Register",
            "{students} marked {late}: {minutes} min after the start (grace {grace} min). "
            "Press {key} again to keep {present}.",
        ).format(
            students=", ".join(names),
            late=late_code.label if late_code else translate("Register", "late"),
            minutes=minutes,
            grace=self.lesson.grace_minutes,
            key=present.shortcut if present else "P",
            present=present.label if present else translate("Register", "Present"),
        )

    def choose(self, number: int, code: Code) -> bool:
        """An explicit choice (the menu): taken as given, no grace rule."""
        allowed, reason = self._edit_allowed()
        if not allowed:
            return False
        self._decide_and_apply([number], code, apply_grace=False, reason=reason)
        return True

    def cycle(self, number: int) -> bool:
        """Space or a click on the status: the next code, as given."""
        if not self.model.codes.codes or not 0 <= number < len(self.model.rows):
            return False
        code = self.model.codes.next_in_cycle(self.model.rows[number].code_id)
        return self.choose(number, code)

    def mark_all_present(self) -> int:
        """Everyone not marked yet becomes Present (or Late after the grace period)."""
        present = self.model.codes.present
        if present is None:
            return 0
        if self.lesson is not None and self.lesson.status == "planned" and not self.loading:
            # Not started yet: start it, then everyone present (one key, one click).
            self._all_present_after_start = self.lesson.id
            self.start()
            return 0
        numbers = self.model.unmarked_rows()
        if not numbers:
            if self.model.rows:
                self.message.emit(translate("Register", "Everyone is already marked."))
            return 0
        allowed, reason = self._edit_allowed()
        if not allowed:
            return 0
        done = self._decide_and_apply(numbers, present, apply_grace=True, reason=reason)
        late = sum(1 for _, d in done if d.auto_late)
        count = len(done)
        if late:
            text = translate(
                "Register",
                "Marked %n students present ({late} late: the grace period is over). "
                "Ctrl+Z undoes this in one go.",
                None,
                count,
            ).format(late=late)
        else:
            text = translate(
                "Register", "Marked %n students present. Ctrl+Z undoes this in one go.", None, count
            )
        self.message.emit(text)
        return count

    def set_note(self, number: int, text: str) -> bool:
        if not 0 <= number < len(self.model.rows):
            return False
        allowed, reason = self._edit_allowed()
        if not allowed:
            return False
        row = self.model.rows[number]
        edited = self._note_bases.pop(row.attendance_id, None)
        if row.note == text:
            return False
        # The note shown changed while it was being edited (another computer): the
        # teacher typed over the old one, so that is what this edit was made on.
        base = edited if edited is not None and edited["note"] != row.note else None
        group: list[tuple[int, dict[str, Any]]] = []
        self._apply(number, {"note": text}, kind="note", reason=reason, undo=group, base=base)
        self._undo.append(group)
        return True

    def begin_note_edit(self, number: int) -> None:
        """A note editor opened on a row: remember what it was opened on."""
        if 0 <= number < len(self.model.rows):
            row = self.model.rows[number]
            self._note_bases[row.attendance_id] = row.base()

    def end_note_edit(self) -> None:
        self._note_bases.clear()

    def undo(self) -> bool:
        """Undo the last mark (or the last "everyone present") with versioned "undo" writes."""
        if not self._undo:
            self.message.emit(translate("Register", "Nothing to undo in this register."))
            return False
        allowed, reason = self._edit_allowed()
        if not allowed:
            return False
        group = self._undo.pop()
        names = []
        for attendance_id, before in reversed(group):
            number = self.model.row_of(attendance_id)
            if number is None:
                continue
            row = self.model.rows[number]
            changes = {k: v for k, v in before.items() if getattr(row, k) != v}
            if changes:
                self._apply(number, changes, kind="undo", reason=reason, undo=None)
                names.append(row.display_name)
        self.countsChanged.emit()
        count = len(names)
        if count == 1:
            self.message.emit(translate("Register", "Undone: {student}.").format(student=names[0]))
        elif names:
            self.message.emit(translate("Register", "Undone for %n students.", None, count))
        return bool(names)

    def load_history(self, attendance_id: int, show: Callable[[list[HistoryEntry]], None]) -> None:
        self.operations.run(partial(lessons.load_history, attendance_id=attendance_id), show)

    # --- conflicts -------------------------------------------------------------------------

    def keep_mine(self, conflict: Conflict) -> None:
        """Write ours on top of theirs (a new versioned write: kind "override")."""
        number, row = self._row_for(conflict.attendance_id)
        self.writer.keep_mine(conflict)
        if row is not None and number is not None:
            for name, value in self.writer.desired(row.attendance_id).items():
                setattr(row, name, value)
            row.save_state, row.save_message = self.writer.state(row.attendance_id)
            self.model.row_changed(number)
            self.countsChanged.emit()
        self.message.emit(
            translate("Register", "{student}: keeping yours, on top of theirs.").format(
                student=conflict.student
            )
        )

    def take_theirs(self, conflict: Conflict) -> None:
        """Keep what is stored; ours is not written."""
        self.writer.take_theirs(conflict)
        number, row = self._row_for(conflict.attendance_id)
        if row is not None and number is not None:
            if not self.writer.is_busy(row.attendance_id) and row.version <= int(
                conflict.stored["version"]
            ):
                row.take_stored(conflict.stored)
            row.save_state, row.save_message = self.writer.state(row.attendance_id)
            self.model.row_changed(number)
            self.countsChanged.emit()
            self.refresh_rows([row.attendance_id])
        self.message.emit(
            translate("Register", "{student}: kept theirs; yours was not saved.").format(
                student=conflict.student
            )
        )

    def _on_conflicts_changed(self) -> None:
        keys = {c.key for c in self.writer.conflicts}
        new = [c for c in self.writer.conflicts if c.key not in self._conflict_keys]
        self._conflict_keys = keys
        for conflict in new:
            # Undoing a mark on a row someone else changed would overwrite theirs blindly.
            for group in self._undo:
                group[:] = [entry for entry in group if entry[0] != conflict.attendance_id]
            self._undo = [g for g in self._undo if g]
        if new:
            more = len(new) - 1
            if more:
                text = translate(
                    "Register",
                    "{student} and %n more were changed on another computer at the same "
                    "time: choose Keep mine or Take theirs in the bar above the register.",
                    None,
                    more,
                )
            else:
                text = translate(
                    "Register",
                    "{student} was changed on another computer at the same time: choose "
                    "Keep mine or Take theirs in the bar above the register.",
                )
            self.message.emit(text.format(student=new[0].student))

    # --- other computers' changes ----------------------------------------------------------

    def apply_changes(self, changes: list[RowChange]) -> None:
        """Changes heard from other computers (main thread): fetch only what is needed."""
        lesson = self.lesson
        if lesson is None or self._closed:
            return
        for change in changes:
            if change.session_id != lesson.id:
                continue
            if change.attendance_id is None:
                if change.status is not None and change.status != lesson.status:
                    if lesson.status == "planned" or not self.model.rows:
                        self._live_reload = True  # started elsewhere: its rows are new
                    else:
                        self._live_lesson = True
                continue
            number = self.model.row_of(change.attendance_id)
            if number is None:
                self._live_reload = True  # a row this screen does not have
            elif change.version is None or change.version > self.model.rows[number].version:
                self._live_rows.add(change.attendance_id)
        if (self._live_rows or self._live_reload or self._live_lesson) and (
            not self._live_timer.isActive()
        ):
            self._live_timer.start()

    def _flush_live(self) -> None:
        if self.lesson is None:
            return
        if self._live_lesson:
            self._live_lesson = False
            self._refresh_lesson()
        if self._live_reload:
            self._live_reload = False
            self._live_rows.clear()
            if not self.loading:
                self.reload()
            return
        if self._live_rows:
            ids = sorted(self._live_rows)
            self._live_rows.clear()
            self.refresh_rows(ids)

    def resync(self) -> None:
        """Notifications may have been missed (the listener reconnected, or had not begun
        listening when the register was read): check every row and the lesson once;
        only rows that differ change on screen."""
        if self.lesson is not None and not self.loading:
            self.refresh_rows(None)
            self._refresh_lesson()

    def refresh_rows(self, attendance_ids: list[int] | None) -> None:
        """Fetch some rows (all: None) and show those stored at a newer version.

        A fetch asked for while another is on its way covers the rows of both, and
        only its result counts.
        """
        if self.lesson is None or self._closed:
            return
        if attendance_ids is None:
            self._rows_all = True
        else:
            self._rows_wanted.update(attendance_ids)
        everything = self._rows_all
        wanted = None if everything else sorted(self._rows_wanted)

        def answered() -> None:
            self._rows_wanted.clear()
            self._rows_all = False

        def done(stored_rows: list[dict[str, Any]]) -> None:
            answered()
            if self.loading:
                return
            if everything and {r["id"] for r in stored_rows} != {
                r.attendance_id for r in self.model.rows
            }:
                self.reload()  # students were added or removed: the register is new
                return
            self._show_stored(stored_rows)

        self.operations.run(
            partial(lessons.load_rows, class_session_id=self.lesson.id, attendance_ids=wanted),
            done,
            lambda _error: answered(),
            latest=self._rows_load,
        )

    def _show_stored(self, stored_rows: list[dict[str, Any]]) -> None:
        updated: list[str] = []
        for stored in stored_rows:
            number, row = self._row_for(int(stored["id"]))
            if row is None or number is None or int(stored["version"]) <= row.version:
                continue
            if self.writer.is_busy(row.attendance_id):
                # A mark of ours is on its way: it shows until saved, then this is fetched.
                self._deferred.add(row.attendance_id)
                continue
            row.take_stored(stored)
            row.merged_with = ""
            row.save_state, row.save_message = self.writer.state(row.attendance_id)
            self.model.row_changed(number)
            who = Someone(row.changed_by, row.changed_on).describe()
            updated.append(
                translate("Register", "{student} ({who})").format(student=row.display_name, who=who)
            )
        if updated:
            self.countsChanged.emit()
            shown = ", ".join(updated[:3])
            more = len(updated) - 3
            if more > 0:
                text = translate(
                    "Register", "Changed on another computer: {students} and %n more.", None, more
                )
            else:
                text = translate("Register", "Changed on another computer: {students}.")
            self.message.emit(text.format(students=shown))

    # --- what the writer reports -----------------------------------------------------------

    def _row_for(self, attendance_id: int) -> tuple[int, RegisterRow] | tuple[None, None]:
        number = self.model.row_of(attendance_id)
        return (number, self.model.rows[number]) if number is not None else (None, None)

    def _on_saved(
        self, attendance_id: int, stored: dict[str, Any], status: str, who: Someone | None
    ) -> None:
        number, row = self._row_for(attendance_id)
        if row is None or number is None:
            return
        before = row.code_id
        if int(stored["version"]) >= row.version:
            row.take_stored(stored)
        # Marks still on their way (or kept offline) show over the stored values.
        for name, value in self.writer.desired(attendance_id).items():
            setattr(row, name, value)
        if status == "merged":
            row.merged_with = (
                who.describe(self.model.zone)
                if who is not None
                else translate("Register", "another computer's change")
            )
            self.message.emit(
                translate(
                    "Register",
                    "{student}: your change was merged with one by {who}; both are kept.",
                ).format(student=row.display_name, who=row.merged_with)
            )
        elif status == "saved":
            row.merged_with = ""
        row.save_state, row.save_message = self.writer.state(attendance_id)
        self.model.row_changed(number)
        if row.code_id != before:
            self.countsChanged.emit()
        if attendance_id in self._deferred and not self.writer.is_busy(attendance_id):
            self._deferred.discard(attendance_id)
            self.refresh_rows([attendance_id])

    def _on_state_changed(self, attendance_id: int) -> None:
        number, row = self._row_for(attendance_id)
        if row is None or number is None:
            return
        row.save_state, row.save_message = self.writer.state(attendance_id)
        self.model.row_changed(number)

    def _on_write_failed(self, attendance_id: int, error: BaseException, retrying: bool) -> None:
        _, row = self._row_for(attendance_id)
        name = row.display_name if row else ""
        if isinstance(error, errors.DatabaseUnreachable) and self.writer.offline:
            self.message.emit(
                translate(
                    "Register",
                    "The server can't be reached: marks are kept on this computer and sent "
                    "when it is back. Keep marking.",
                )
            )
        elif retrying:
            why = error.message if isinstance(error, errors.KnownError) else str(error)
            if name:
                text = translate(
                    "Register", "{student}'s mark is not saved yet: {error} Retrying automatically."
                )
            else:
                text = translate(
                    "Register", "A mark is not saved yet: {error} Retrying automatically."
                )
            self.message.emit(text.format(student=name, error=why))
        elif name:
            self.message.emit(
                translate(
                    "Register",
                    "{student}'s mark could not be saved. It is kept: use Retry to send it again.",
                ).format(student=name)
            )
        else:
            self.message.emit(
                translate(
                    "Register", "A mark could not be saved. It is kept: use Retry to send it again."
                )
            )
