"""Taking a register: the controller that turns key presses into saved marks, the table
view that listens to the keyboard and mouse, its delegate, and the panel around it.

Keys in the register (also in Help > Keyboard shortcuts):

- a code's key (P, A, L, E and any the school configured) marks the selected
  student(s) and moves to the next student;
- Space, or a click on the status, steps to the next code;
- Up/Down or J/K move; Ctrl+Enter marks everyone not yet marked as Present;
- Ctrl+Z undoes the last mark (itself saved as an "undo" change);
- N (or F2, or a double click on the note) edits the note;
- typing a letter that is not a code's key finds a student by name; "/" starts
  a search in which every letter counts (for names starting with P, A, L or E);
- Ctrl+H (or right-click > History) shows the row's history.

Several computers may take the same register.  Each mark is written on the
values the screen showed (see ``MarkWriter``); other computers' changes arrive
through ``apply_changes`` and update only the rows they touched.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop import errors, rules
from attendance_desktop.db import repository
from attendance_desktop.db.live import RowChange
from attendance_desktop.outbox import Outbox
from attendance_desktop.rules import Code
from attendance_desktop.ui.conflict_bar import ConflictBar
from attendance_desktop.ui.history_dialog import HistoryDialog, HistoryEntry, load_history
from attendance_desktop.ui.mark_writer import Conflict, MarkWriter, Someone
from attendance_desktop.ui.operations import Operations
from attendance_desktop.ui.register_model import (
    COL_CHECK_IN,
    COL_NOTE,
    COL_RECENT,
    COL_SAVED,
    COL_STATUS,
    COL_STUDENT,
    CodeRole,
    InitialsRole,
    LessonInfo,
    PhotoRole,
    RecentRole,
    RegisterData,
    RegisterModel,
    RegisterRow,
    RowRole,
    SaveState,
    SaveStateRole,
    load_lesson,
    load_register,
    load_rows,
)

log = logging.getLogger("attendance.ui.register")

ROW_HEIGHT = 28
#: How long type-ahead waits for the next letter before it ends, in milliseconds.
SEARCH_TIMEOUT_MS = 1500

UNMARKED_TEXT = QColor("#5F6368")
MERGED_COLOUR = QColor("#1A56C4")
WAITING_COLOUR = QColor("#1967D2")
#: Avatar backgrounds: all dark enough for white initials (contrast 4.5:1 or more).
AVATAR_COLOURS = ("#3F51B5", "#00695C", "#7B1FA2", "#5D4037", "#AD1457", "#01579B", "#33691E")


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (WCAG contrast)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    lum = (
        0.2126 * channel(background.redF())
        + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF())
    )
    on_white = 1.05 / (lum + 0.05)
    on_black = (lum + 0.05) / 0.05
    return QColor("#FFFFFF") if on_white >= on_black else QColor("#000000")


def code_icon(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


# --- the controller --------------------------------------------------------------------------


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
        self._closed_reason: str | None = None
        self._undo: list[list[tuple[int, dict[str, Any]]]] = []
        self._generation = 0
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

    @property
    def closed(self) -> bool:
        return self._closed

    def shutdown(self) -> None:
        """The window is closing: start no more reads (their results would find it gone)."""
        self._closed = True
        self._live_timer.stop()

    # --- loading ---------------------------------------------------------------------------

    def open_lesson(self, lesson_id: int | None) -> None:
        """Show a lesson's register (None: none)."""
        self._generation += 1
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
        generation = self._generation
        self.loading = True

        def done(data: RegisterData) -> None:
            if generation == self._generation:
                self._show(data)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.loading = False
                self.lessonChanged.emit(self.lesson)

        self.operations.run(lambda s: load_register(s, lesson_id), done, failed)

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

    def _refresh_lesson(self) -> None:
        if self.lesson is None or self._closed:
            return
        lesson_id = self.lesson.id
        generation = self._generation

        def done(lesson: LessonInfo) -> None:
            if generation == self._generation:
                self.lesson = lesson
                self.model.set_lesson(lesson)
                self.lessonChanged.emit(lesson)

        self.operations.run(lambda s: load_lesson(s, lesson_id), done)

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
            self.message.emit(f"Register started: {count} students.")
            self.reload(lesson_id)

        def failed(error: BaseException) -> None:
            self.loading = False
            self.lessonChanged.emit(self.lesson)

        self.operations.run(
            lambda s: repository.start_session(s, lesson_id, actor=actor), done, failed
        )

    def close_lesson(self) -> None:
        if self.lesson is None or self.lesson.status != "open":
            return
        lesson_id = self.lesson.id

        def done(_: object) -> None:
            self._closed_reason = None
            self.message.emit("Register closed. Changes from now on ask for a reason.")
            self._refresh_lesson()

        self.operations.run(lambda s: repository.close_session(s, lesson_id), done)

    def reopen_lesson(self) -> None:
        if self.lesson is None or self.lesson.status != "closed":
            return
        lesson_id = self.lesson.id

        def done(_: object) -> None:
            self.message.emit("Register reopened.")
            self._refresh_lesson()

        self.operations.run(lambda s: repository.reopen_session(s, lesson_id), done)

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
                self.message.emit("Nothing changed: a closed register needs a reason to change.")
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
            minutes = int((self.clock() - self.lesson.start_time).total_seconds() // 60)
            names = ", ".join(r.display_name for r in late)
            late_code = self.model.codes.late
            present = self.model.codes.present
            self.message.emit(
                f"{names} marked {late_code.label if late_code else 'late'}: "
                f"{minutes} min after the start (grace {self.lesson.grace_minutes} min). "
                f"Press {present.shortcut if present else 'P'} again to keep Present.",
            )
        elif len(done) == 1:
            row, decision = done[0]
            given = self.model.codes.get(decision.code_id)
            extra = " (override)" if decision.kind == "override" else ""
            self.message.emit(f"{row.display_name}: {given.label if given else ''}{extra}")
        return True

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
        numbers = self.model.unmarked_rows()
        if not numbers:
            if self.model.rows:
                self.message.emit("Everyone is already marked.")
            return 0
        allowed, reason = self._edit_allowed()
        if not allowed:
            return 0
        done = self._decide_and_apply(numbers, present, apply_grace=True, reason=reason)
        late = sum(1 for _, d in done if d.auto_late)
        tail = f" ({late} late: the grace period is over)" if late else ""
        self.message.emit(
            f"Marked {len(done)} students present{tail}. Ctrl+Z undoes this in one go.",
        )
        return len(done)

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
            self.message.emit("Nothing to undo in this register.")
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
        if len(names) == 1:
            self.message.emit(f"Undone: {names[0]}.")
        elif names:
            self.message.emit(f"Undone for {len(names)} students.")
        return bool(names)

    def can_undo(self) -> bool:
        return bool(self._undo)

    def load_history(self, attendance_id: int, show: Callable[[list[HistoryEntry]], None]) -> None:
        self.operations.run(lambda s: load_history(s, attendance_id), show)

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
        self.message.emit(f"{conflict.student}: keeping yours, on top of theirs.")

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
        self.message.emit(f"{conflict.student}: kept theirs; yours was not saved.")

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
            first = new[0]
            others = f" (and {len(new) - 1} more)" if len(new) > 1 else ""
            self.message.emit(
                f"{first.student} was changed on another computer at the same time{others}: "
                "choose Keep mine or Take theirs in the bar above the register."
            )

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
        """Fetch some rows (all: None) and show those stored at a newer version."""
        if self.lesson is None or self._closed:
            return
        lesson_id = self.lesson.id
        generation = self._generation

        def done(stored_rows: list[dict[str, Any]]) -> None:
            if generation != self._generation or self.loading:
                return
            if attendance_ids is None and {r["id"] for r in stored_rows} != {
                r.attendance_id for r in self.model.rows
            }:
                self.reload()  # students were added or removed: the register is new
                return
            self._show_stored(stored_rows)

        self.operations.run(lambda s: load_rows(s, lesson_id, attendance_ids), done)

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
            updated.append(f"{row.display_name} ({who})")
        if updated:
            self.countsChanged.emit()
            shown = ", ".join(updated[:3]) + (
                f" and {len(updated) - 3} more" if updated[3:] else ""
            )
            self.message.emit(f"Changed on another computer: {shown}.")

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
                who.describe(self.model.zone) if who is not None else "another computer's change"
            )
            self.message.emit(
                f"{row.display_name}: your change was merged with one by {row.merged_with}; "
                "both are kept."
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
        who = f"{row.display_name}'s mark" if row else "A mark"
        if isinstance(error, errors.DatabaseUnreachable) and self.writer.offline:
            self.message.emit(
                "The server can't be reached: marks are kept on this computer and sent when "
                "it is back. Keep marking."
            )
        elif retrying:
            text = error.message if isinstance(error, errors.KnownError) else str(error)
            self.message.emit(f"{who} is not saved yet: {text} Retrying automatically.")
        else:
            self.message.emit(f"{who} could not be saved. It is kept: use Retry to send it again.")


# --- painting --------------------------------------------------------------------------------


class RegisterDelegate(QStyledItemDelegate):
    """Paints the avatar and name, the status pill, the save state and the last five marks."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._photos: dict[int, QPixmap] = {}

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), ROW_HEIGHT))

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        view = self.parent()
        if isinstance(view, RegisterView):
            view.controller.begin_note_edit(index.row())
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        # Filled once, when it opens: a change arriving from another computer while the
        # teacher types must not replace what they are typing (it shows once they finish).
        if editor.property("attendanceFilled"):
            return
        super().setEditorData(editor, index)
        editor.setProperty("attendanceFilled", True)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        column = index.column()
        if column not in (COL_STUDENT, COL_STATUS, COL_SAVED, COL_RECENT):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            rect = option.rect
            if column == COL_STUDENT:
                self._paint_student(painter, opt, index, rect)
            elif column == COL_STATUS:
                self._paint_status(painter, opt, index.data(CodeRole), rect)
            elif column == COL_SAVED:
                self._paint_saved(painter, index.data(SaveStateRole), rect)
            else:
                self._paint_recent(painter, opt, index.data(RecentRole) or [], rect)
        finally:
            painter.restore()

    def _text_colour(self, opt: QStyleOptionViewItem) -> QColor:
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        return opt.palette.color(role)

    def _paint_student(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        rect: QRect,
    ) -> None:
        row: RegisterRow = index.data(RowRole)
        side = min(rect.height() - 6, 22)
        avatar = QRect(rect.left() + 6, rect.top() + (rect.height() - side) // 2, side, side)
        photo = self._photo(row.student_id, index.data(PhotoRole), side)
        if photo is not None:
            path = QPainterPath()
            path.addEllipse(QRectF(avatar))
            painter.setClipPath(path)
            painter.drawPixmap(avatar, photo)
            painter.setClipping(False)
        else:
            colour = QColor(AVATAR_COLOURS[row.student_id % len(AVATAR_COLOURS)])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(avatar)
            font = QFont(opt.font)
            font.setPixelSize(max(8, side * 2 // 5))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(avatar, Qt.AlignmentFlag.AlignCenter, index.data(InitialsRole))
        text_rect = rect.adjusted(side + 14, 0, -4, 0)
        if row.merged_with:
            text_rect = self._paint_badge(painter, opt, text_rect, "merged")
        painter.setFont(opt.font)
        painter.setPen(self._text_colour(opt))
        name = opt.fontMetrics.elidedText(
            row.display_name, Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name
        )

    def _paint_badge(
        self, painter: QPainter, opt: QStyleOptionViewItem, rect: QRect, text: str
    ) -> QRect:
        """A small pill at the right of ``rect``; returns the room left for the name."""
        font = QFont(opt.font)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        font.setBold(True)
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(text) + 12
        height = metrics.height() + 2
        pill = QRectF(
            rect.right() - width, rect.top() + (rect.height() - height) / 2, width, height
        )
        painter.setPen(QPen(MERGED_COLOUR, 1))
        painter.setBrush(QColor("#E8F0FE"))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(MERGED_COLOUR)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        return rect.adjusted(0, 0, -(width + 6), 0)

    def _photo(self, student_id: int, data: bytes | None, side: int) -> QPixmap | None:
        if not data:
            return None
        cached = self._photos.get(student_id)
        if cached is None or cached.width() != side:
            pixmap = QPixmap()
            if not pixmap.loadFromData(data):
                return None
            cached = pixmap.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            self._photos[student_id] = cached
        return cached

    def _paint_status(
        self, painter: QPainter, opt: QStyleOptionViewItem, code: Code | None, rect: QRect
    ) -> None:
        pill = QRectF(rect.adjusted(6, 4, -6, -4))
        font = QFont(opt.font)
        if code is None:
            painter.setPen(QPen(QColor("#9AA0A6"), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setFont(font)
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            painter.setPen(self._text_colour(opt) if selected else UNMARKED_TEXT)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, "Not marked")
            return
        colour = QColor(code.colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour_on(colour))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, code.label)

    def _paint_saved(self, painter: QPainter, state: SaveState, rect: QRect) -> None:
        centre = QPointF(rect.center()) + QPointF(0.5, 0.5)
        if state == SaveState.SAVED:
            painter.setPen(QPen(QColor("#7D8B80"), 1.6))
            path = QPainterPath(centre + QPointF(-4, 0))
            path.lineTo(centre + QPointF(-1, 3))
            path.lineTo(centre + QPointF(4, -3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        elif state == SaveState.PENDING:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#80868B"))
            for dx in (-5, 0, 5):
                painter.drawEllipse(centre + QPointF(dx, 0), 1.6, 1.6)
        elif state == SaveState.WAITING:
            # A clock: kept on this computer, waiting for the server.
            painter.setPen(QPen(WAITING_COLOUR, 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, 6, 6)
            painter.drawLine(centre, centre + QPointF(0, -4))
            painter.drawLine(centre, centre + QPointF(3, 0))
        elif state == SaveState.CONFLICT:
            triangle = QPainterPath(centre + QPointF(0, -7))
            triangle.lineTo(centre + QPointF(7.5, 6))
            triangle.lineTo(centre + QPointF(-7.5, 6))
            triangle.closeSubpath()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#E8A600"))
            painter.drawPath(triangle)
            font = painter.font()
            font.setBold(True)
            font.setPixelSize(10)
            painter.setFont(font)
            painter.setPen(QColor("#000000"))
            painter.drawText(
                QRectF(centre.x() - 7, centre.y() - 4, 14, 10), Qt.AlignmentFlag.AlignCenter, "!"
            )
        else:
            colour = QColor("#E37400") if state == SaveState.RETRYING else QColor("#C5221F")
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(centre, 7, 7)
            font = painter.font()
            font.setBold(True)
            font.setPixelSize(11)
            painter.setFont(font)
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(
                QRectF(centre.x() - 7, centre.y() - 7, 14, 14), Qt.AlignmentFlag.AlignCenter, "!"
            )

    def _paint_recent(
        self, painter: QPainter, opt: QStyleOptionViewItem, codes: list[Code | None], rect: QRect
    ) -> None:
        size = 15
        gap = 3
        top = rect.top() + (rect.height() - size) // 2
        font = QFont(opt.font)
        font.setPixelSize(9)
        font.setBold(True)
        painter.setFont(font)
        # Always five boxes: the oldest on the left, empty ones where there is no lesson.
        padded: list[Code | str | None] = ["none"] * (5 - len(codes)) + list(codes[-5:])
        for n, code in enumerate(padded):
            box = QRectF(rect.left() + 6 + n * (size + gap), top, size, size)
            if code == "none":
                painter.setPen(QPen(QColor("#DADCE0"), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
                continue
            if code is None or isinstance(code, str):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#BDC1C6"))
                painter.drawRoundedRect(box, 3, 3)
                continue
            colour = QColor(code.colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(text_colour_on(colour))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, code.code[:1])


# --- the view --------------------------------------------------------------------------------


class RegisterView(QTableView):
    """The register table: keyboard first, the mouse works too."""

    #: Type-ahead text changed ("" when the search ended).
    searchChanged = Signal(str)

    def __init__(self, controller: RegisterController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setModel(controller.model)
        delegate = RegisterDelegate(self)
        self.setItemDelegate(delegate)
        delegate.closeEditor.connect(lambda *_: controller.end_note_edit())
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in DEFAULT_WIDTHS.items():
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(COL_SAVED, QHeaderView.ResizeMode.Fixed)
        self.clicked.connect(self._on_clicked)
        controller.model.noteEdited.connect(controller.set_note)
        controller.loaded.connect(self._on_loaded)
        self._search = ""
        self._search_explicit = False
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_TIMEOUT_MS)
        self._search_timer.timeout.connect(self.end_search)
        #: The last context menu and history window shown (tests drive them).
        self.context_menu: QMenu | None = None
        self.history_dialog: HistoryDialog | None = None

    # --- helpers ---------------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def target_rows(self) -> list[int]:
        """The rows a key acts on: the selection if it holds the current row, else that row."""
        current = self.current_row()
        if current < 0:
            return []
        selection = self.selectionModel()
        rows = sorted({i.row() for i in selection.selectedRows()}) if selection else []
        return rows if current in rows else [current]

    def go_to(self, row: int, column: int | None = None) -> None:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        row = max(0, min(row, model.rowCount() - 1))
        column = self.currentIndex().column() if column is None else column
        index = model.index(row, max(column, 0))
        selection = self.selectionModel()
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)

    def _on_loaded(self) -> None:
        if self.model().rowCount() and not self.currentIndex().isValid():
            self.go_to(0, COL_STUDENT)

    def edit_note(self, row: int | None = None) -> None:
        row = self.current_row() if row is None else row
        if row < 0:
            return
        index = self.model().index(row, COL_NOTE)
        self.setCurrentIndex(index)
        self.edit(index)

    # --- type-ahead --------------------------------------------------------------------------

    def searching(self) -> bool:
        return bool(self._search) or self._search_explicit

    def start_search(self, text: str = "", *, explicit: bool = False) -> None:
        self._search = ""
        self._search_explicit = explicit
        self._extend_search(text) if text else self._announce()
        self._search_timer.start()

    def _extend_search(self, text: str) -> None:
        self._search += text
        found = self.controller.model.find(self._search, max(self.current_row(), 0))
        if found is not None:
            self.go_to(found)
        self._announce(found is None)
        self._search_timer.start()

    def _announce(self, missing: bool = False) -> None:
        self.searchChanged.emit(
            f"Find: {self._search}▏" + (" (no student matches)" if missing else "")
            if self.searching()
            else "",
        )

    def end_search(self) -> None:
        if self.searching():
            self._search = ""
            self._search_explicit = False
            self._search_timer.stop()
            self.searchChanged.emit("")

    # --- input -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        if modifiers & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        ):
            self.end_search()
            super().keyPressEvent(event)
            return
        if self.searching() and self._search_key(key, text):
            return
        codes = self.controller.model.codes
        if key == Qt.Key.Key_Space:
            row = self.current_row()
            if row >= 0:
                for number in self.target_rows():
                    self.controller.cycle(number)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        if text == "/":
            self.start_search(explicit=True)
            return
        if len(text) == 1 and text.isprintable() and not text.isspace():
            code = codes.for_key(text)
            if code is not None:
                self._mark(code)
                return
            lowered = text.lower()
            if lowered == "j":
                self.go_to(self.current_row() + 1)
                return
            if lowered == "k":
                self.go_to(self.current_row() - 1)
                return
            if lowered == "n":
                self.edit_note()
                return
            if text.isalpha():
                self.start_search(text)
                return
        super().keyPressEvent(event)

    def _search_key(self, key: int, text: str) -> bool:
        """Handle a key during type-ahead; False hands it on to the normal keys."""
        if key == Qt.Key.Key_Escape or key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.end_search()
            return True
        if key == Qt.Key.Key_Backspace:
            self._search = self._search[:-1]
            if not self._search and not self._search_explicit:
                self.end_search()
            else:
                self._announce()
                self._search_timer.start()
            return True
        if len(text) == 1 and text.isprintable() and (text.isalpha() or text in " -'"):
            model = self.controller.model
            if (
                not self._search_explicit
                and model.codes.for_key(text)
                and model.find(self._search + text) is None
            ):
                # "R" then "p": if no name goes on like that, the P is a mark.
                self.end_search()
                return False
            self._extend_search(text)
            return True
        self.end_search()
        return False

    def _mark(self, code: Code) -> None:
        rows = self.target_rows()
        if not rows:
            return
        if self.controller.press(rows, code):
            self.go_to(max(rows) + 1)

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() == COL_STATUS:
            self.end_search()
            self.controller.cycle(index.row())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        self.go_to(index.row(), index.column())
        self.context_menu = self.build_context_menu(index.row())
        self.context_menu.popup(event.globalPos())

    def build_context_menu(self, number: int) -> QMenu:
        controller = self.controller
        row = controller.model.rows[number]
        menu = QMenu(self)
        title = menu.addAction(row.display_name)
        title.setEnabled(False)
        menu.addSeparator()
        for code in controller.model.codes.codes:
            action = QAction(code_icon(code.colour), f"{code.label}\t{code.shortcut}", menu)
            action.setCheckable(True)
            action.setChecked(code.id == row.code_id)
            action.triggered.connect(
                lambda _checked=False, c=code, n=number: controller.choose(n, c)
            )
            menu.addAction(action)
        menu.addSeparator()
        note = menu.addAction("Edit note…\tN")
        note.triggered.connect(lambda: self.edit_note(number))
        history = menu.addAction("History…\tCtrl+H")
        history.triggered.connect(lambda: self.show_history(number))
        return menu

    def show_history(self, number: int | None = None) -> HistoryDialog | None:
        """The row's change history in a window of its own (not modal)."""
        number = self.current_row() if number is None else number
        model = self.controller.model
        if not 0 <= number < len(model.rows):
            return None
        row = model.rows[number]
        dialog = HistoryDialog(row.display_name, model.codes, model.zone, self)
        self.history_dialog = dialog

        def show(entries: list[HistoryEntry]) -> None:
            with contextlib.suppress(RuntimeError):  # closed and deleted meanwhile
                dialog.show_entries(entries)

        self.controller.load_history(row.attendance_id, show)
        dialog.show()
        return dialog

    def event(self, event: QEvent) -> bool:
        # Letters are ours while the register has focus, even if a menu claims them.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain = not (
                event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            )
            if plain and event.text() and self.state() != QAbstractItemView.State.EditingState:
                event.accept()
                return True
        return super().event(event)


DEFAULT_WIDTHS = {
    COL_STUDENT: 230,
    COL_STATUS: 116,
    COL_SAVED: 28,
    COL_CHECK_IN: 70,
    COL_RECENT: 104,
}


def ask_reason(parent: QWidget) -> str | None:
    """The dialog behind ``RegisterController.reason_provider``."""
    text, ok = QInputDialog.getText(
        parent,
        "Change a closed register",
        "This register is closed. Why are you changing it?\n"
        "(The reason is kept in the register's history.)",
    )
    return text.strip() if ok and text.strip() else None


# --- the panel around the table --------------------------------------------------------------


class RegisterPanel(QWidget):
    """The register with its heading, its buttons, its banners (offline, unsaved marks),
    the conflict bar, and empty states."""

    def __init__(self, controller: RegisterController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.view = RegisterView(controller, self)
        controller.reason_provider = lambda: ask_reason(self)

        self.title = QLabel()
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.details = QLabel()
        self.details.setStyleSheet("color: palette(placeholder-text);")
        # The counts beside it matter more: this line wraps when space is short, rather
        # than pushing them off or squeezing the lesson list.
        self.details.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.start_button = QPushButton("Start register")
        self.start_button.setToolTip("Creates a row for every student enrolled today (Enter)")
        self.start_button.clicked.connect(controller.start)
        self.close_button = QPushButton("Close register")
        self.close_button.setToolTip("Marks the lesson as done; later changes ask for a reason")
        self.close_button.clicked.connect(controller.close_lesson)
        self.reopen_button = QPushButton("Reopen")
        self.reopen_button.clicked.connect(controller.reopen_lesson)

        heading = QHBoxLayout()
        text_box = QVBoxLayout()
        text_box.setSpacing(2)
        text_box.addWidget(self.title)
        text_box.addWidget(self.details)
        heading.addLayout(text_box, 1)
        heading.addWidget(self.summary)
        heading.addSpacing(12)
        heading.addWidget(self.start_button)
        heading.addWidget(self.close_button)
        heading.addWidget(self.reopen_button)

        self.banner = QFrame()
        self.banner.setObjectName("unsavedBanner")
        self.banner.setStyleSheet(
            "#unsavedBanner { background: #FCE8E6; border: 1px solid #D93025; border-radius: 4px; }"
            "#unsavedBanner QLabel { color: #8C1D18; }"
        )
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.retry_button = QPushButton("Retry now")
        self.retry_button.clicked.connect(controller.writer.retry_now)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 6, 6)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.retry_button)
        self.banner.hide()

        self.offline_banner = QFrame()
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setStyleSheet(
            "#offlineBanner { background: #E8F0FE; border: 1px solid #1967D2; border-radius: 4px; }"
            "#offlineBanner QLabel { color: #0B3D91; }"
        )
        self.offline_text = QLabel()
        self.offline_text.setWordWrap(True)
        self.offline_text.setTextFormat(Qt.TextFormat.RichText)
        self.offline_retry = QPushButton("Try now")
        self.offline_retry.setToolTip("Ask the server again now (it is asked every few seconds)")
        self.offline_retry.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.offline_retry.clicked.connect(controller.writer.retry_now)
        offline_layout = QHBoxLayout(self.offline_banner)
        offline_layout.setContentsMargins(10, 6, 6, 6)
        offline_layout.addWidget(self.offline_text, 1)
        offline_layout.addWidget(self.offline_retry)
        self.offline_banner.hide()

        self.conflict_bar = ConflictBar(
            controller.writer, lambda: controller.model.codes, lambda: controller.model.zone
        )
        self.conflict_bar.keepMine.connect(controller.keep_mine)
        self.conflict_bar.takeTheirs.connect(controller.take_theirs)
        self.conflict_bar.showStudent.connect(self._show_student)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(40)
        self.empty.setStyleSheet("color: palette(placeholder-text); font-size: 12pt;")
        self.empty.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(heading)
        layout.addWidget(self.offline_banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(self.stack, 1)

        controller.lessonChanged.connect(self.refresh)
        controller.countsChanged.connect(self.refresh_summary)
        controller.model.dataChanged.connect(self.refresh_summary)
        controller.writer.unsavedChanged.connect(self.refresh_banner)
        controller.writer.stateChanged.connect(self.refresh_banner)
        controller.writer.offlineChanged.connect(self.refresh_offline)
        controller.writer.waitingChanged.connect(self.refresh_offline)
        self.refresh(None)
        self.refresh_offline()

    def refresh(self, lesson: LessonInfo | None = None) -> None:
        lesson = self.controller.lesson
        model = self.controller.model
        loading = self.controller.loading
        for button in (self.start_button, self.close_button, self.reopen_button):
            button.hide()
        if lesson is None:
            self.title.setText("No lesson selected" if not loading else "Loading…")
            self.details.setText("")
            self.empty.setText(
                "Loading the register…"
                if loading
                else "Pick a lesson on the left to take its register."
            )
            self.stack.setCurrentWidget(self.empty)
            self.refresh_summary()
            return
        zone = model.zone
        start = lesson.start_time.astimezone(zone)
        end = lesson.end_time.astimezone(zone)
        subject = (
            f" · {lesson.subject}"
            if lesson.subject and lesson.subject.casefold() not in lesson.class_name.casefold()
            else ""
        )
        self.title.setText(f"{lesson.class_name}{subject}")
        room = f" · Room {lesson.room}" if lesson.room else ""
        status = {"planned": "Not started", "open": "Open", "closed": "Closed"}[lesson.status]
        details = (
            f"{start:%A %d %B} · {start:%H:%M}\u2013{end:%H:%M}{room} · {lesson.teacher_name}"
            f" · {status} · Late after {lesson.grace_minutes} min"
        )
        # When it wraps, it wraps between the parts, never inside "Late after 5 min".
        parts = [p.replace(" ", "\u00a0") for p in details.split(" · ")]
        self.details.setText("\u00a0· ".join(parts))
        if lesson.status == "planned":
            self.start_button.show()
            self.start_button.setEnabled(not loading)
            self.empty.setText(
                "Starting the register…"
                if loading
                else "This register has not been started.\n\nPress Enter or click "
                "Start register: every student enrolled in "
                f"{lesson.class_name} gets a row, all at once."
            )
            self.stack.setCurrentWidget(self.empty)
        elif not model.rows:
            self.empty.setText(
                "Loading the register…" if loading else "No students are enrolled in this class."
            )
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.view)
        if lesson.status == "open":
            self.close_button.show()
        elif lesson.status == "closed":
            self.reopen_button.show()
        self.refresh_summary()

    def refresh_summary(self, *_: object) -> None:
        model = self.controller.model
        if not model.rows:
            self.summary.setText("")
            return
        counts = model.counts()
        parts = []
        for code in model.codes.codes:
            if counts.get(code.id):
                parts.append(
                    f"<span style='color:{code.colour}; font-weight:600'>"
                    f"{counts[code.id]} {code.label.lower()}</span>"
                )
        unmarked = counts.get(None, 0)
        parts.append(f"<b>{unmarked} not marked</b>" if unmarked else "all marked")
        self.summary.setText(" · ".join(parts))

    def refresh_offline(self, *_: object) -> None:
        writer = self.controller.writer
        waiting = writer.waiting()
        marks = f"{waiting} mark{'s' if waiting != 1 else ''}"
        if writer.offline:
            kept = (
                f"Your marks are kept on this computer (<b>{waiting} waiting</b>)"
                if waiting
                else "Keep marking: your marks are kept on this computer"
            )
            self.offline_text.setText(
                f"<b>The server can't be reached.</b> {kept} and will be sent when it's back."
            )
            self.offline_retry.show()
        elif writer.replaying and waiting:
            self.offline_text.setText(f"Sending {marks} kept on this computer…")
            self.offline_retry.hide()
        else:
            self.offline_banner.hide()
            return
        self.offline_banner.show()

    def _show_student(self, attendance_id: int) -> None:
        number = self.controller.model.row_of(attendance_id)
        if number is not None:
            self.view.go_to(number)
            self.view.setFocus()

    def refresh_banner(self, *_: object) -> None:
        writer = self.controller.writer
        failing = writer.failing()
        if not failing:
            self.banner.hide()
            return
        unsaved = writer.unsaved()
        self.banner_text.setText(
            f"{unsaved} mark{'s' if unsaved != 1 else ''} not saved yet "
            f"({failing} student{'s' if failing != 1 else ''}). They stay in the register "
            "and are retried automatically (rows marked !); keep the app open until they are saved."
        )
        self.banner.show()
