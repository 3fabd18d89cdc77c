"""One lesson's register as a Qt table model.

``lessons.load_register`` runs on the worker thread (through ``Operations``)
and returns plain dataclasses; ``RegisterModel`` only ever holds those, so the
UI thread never touches the database or a live ORM object.

What a row shows is what the teacher last asked for (``code_id``,
``check_in_time``, ``note``); ``save_state`` says whether that is in the
database yet.  The model does not write: the register controller does, through
the ``MarkWriter``, and tells the model how each write went.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from attendance_desktop.i18n import QT_TRANSLATE_NOOP, clock, translate
from attendance_desktop.lessons import LessonInfo, RegisterData, RegisterRow, SaveState
from attendance_desktop.rules import Codebook, in_language
from attendance_desktop.text import fold
from attendance_desktop.ui.views import plain_tip

Index = QModelIndex | QPersistentModelIndex

COL_STUDENT, COL_STATUS, COL_SAVED, COL_CHECK_IN, COL_RECENT, COL_NOTE = range(6)
HEADERS = {
    COL_STUDENT: QT_TRANSLATE_NOOP("Register", "Student"),
    COL_STATUS: QT_TRANSLATE_NOOP("Register", "Status"),
    COL_SAVED: "",
    COL_CHECK_IN: QT_TRANSLATE_NOOP("Register", "Arrived"),
    COL_RECENT: QT_TRANSLATE_NOOP("Register", "Last 5"),
    COL_NOTE: QT_TRANSLATE_NOOP("Register", "Note"),
}
HEADER_TIPS = {
    COL_SAVED: QT_TRANSLATE_NOOP("Register", "Saved: a tick once the mark is in the database"),
    COL_RECENT: QT_TRANSLATE_NOOP(
        "Register", "The student's last five lessons, oldest on the left"
    ),
    COL_CHECK_IN: QT_TRANSLATE_NOOP(
        "Register", "Check-in time, recorded when marked present or late"
    ),
}

#: The row's ``RegisterRow``.
RowRole = Qt.ItemDataRole.UserRole + 1
#: The row's current ``Code`` (or None when unmarked).
CodeRole = Qt.ItemDataRole.UserRole + 2
#: The last five codes, oldest first: ``list[Code | None]``.
RecentRole = Qt.ItemDataRole.UserRole + 3
#: The row's ``SaveState``.
SaveStateRole = Qt.ItemDataRole.UserRole + 4
#: Initials for the avatar.
InitialsRole = Qt.ItemDataRole.UserRole + 5
#: The stored photo bytes, or None.
PhotoRole = Qt.ItemDataRole.UserRole + 6
#: A value to sort the column by.
SortRole = Qt.ItemDataRole.UserRole + 7


SAVE_STATE_TEXT = {
    SaveState.SAVED: QT_TRANSLATE_NOOP("Register", "Saved"),
    SaveState.PENDING: QT_TRANSLATE_NOOP("Register", "Saving…"),
    SaveState.RETRYING: QT_TRANSLATE_NOOP("Register", "Not saved yet, retrying"),
    SaveState.FAILED: QT_TRANSLATE_NOOP("Register", "Not saved"),
    SaveState.WAITING: QT_TRANSLATE_NOOP("Register", "Waiting: kept on this computer"),
    SaveState.CONFLICT: QT_TRANSLATE_NOOP("Register", "Changed on another computer too"),
}


def save_state_text(state: SaveState) -> str:
    """The words for a row's save state, in the reader's language."""
    return translate("Register", SAVE_STATE_TEXT[state])


class RegisterModel(QAbstractTableModel):
    """The students of one lesson, their marks, and whether each mark is saved."""

    #: The note of a row was edited in place: (row, new text).  The controller saves it.
    noteEdited = Signal(int, str)

    def __init__(self, parent: Any = None, *, zone: tzinfo = UTC) -> None:
        super().__init__(parent)
        self.rows: list[RegisterRow] = []
        self.codes = Codebook([])
        self.photos: dict[int, bytes] = {}
        self.lesson: LessonInfo | None = None
        #: The school's zone, for check-in times (the window sets it from the database).
        self.zone: tzinfo = zone

    # --- loading ---------------------------------------------------------------------------

    def set_register(self, data: RegisterData | None) -> None:
        self.beginResetModel()
        if data is None:
            self.rows, self.codes, self.photos, self.lesson = [], Codebook([]), {}, None
        else:
            self.rows = list(data.rows)
            # The untouched default codes in the reader's language (their keys too).
            self.codes = Codebook(in_language(data.codes))
            self.photos = dict(data.photos)
            self.lesson = data.lesson
        self.endResetModel()

    def set_lesson(self, lesson: LessonInfo) -> None:
        """The lesson's status changed (started, closed, reopened): no row changes."""
        self.lesson = lesson

    # --- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            # Row numbers: typing one goes to that student (keys that never mark).
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            if role == Qt.ItemDataRole.ToolTipRole:
                number = section + 1
                return translate("Register", "Type {number} to go to this student").format(
                    number=number
                )
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if section not in HEADERS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("Register", HEADERS[section]) if HEADERS[section] else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = HEADER_TIPS.get(section)
            return translate("Register", tip) if tip else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_NOTE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == RowRole:
            return row
        if role == CodeRole:
            return self.codes.get(row.code_id)
        if role == RecentRole:
            return [self.codes.get(code_id) for code_id in reversed(row.recent)]
        if role == SaveStateRole:
            return row.save_state
        if role == InitialsRole:
            return row.initials
        if role == PhotoRole:
            return self.photos.get(row.student_id)
        if role == SortRole:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return row.note if column == COL_NOTE else self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, column)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COL_NOTE or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value or "").strip()
        if text == self.rows[index.row()].note:
            return False
        self.noteEdited.emit(index.row(), text)
        return True

    # --- reading and updating rows ---------------------------------------------------------

    def row_of(self, attendance_id: int) -> int | None:
        for number, row in enumerate(self.rows):
            if row.attendance_id == attendance_id:
                return number
        return None

    def row_changed(self, number: int) -> None:
        """Repaint one row after its ``RegisterRow`` was changed in place."""
        if 0 <= number < len(self.rows):
            self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))

    def counts(self) -> dict[int | None, int]:
        """How many rows have each code (None: not marked yet)."""
        result: dict[int | None, int] = {}
        for row in self.rows:
            result[row.code_id] = result.get(row.code_id, 0) + 1
        return result

    def unmarked_rows(self) -> list[int]:
        return [n for n, row in enumerate(self.rows) if row.code_id is None]

    def find(self, typed: str, start: int = 0) -> int | None:
        """The first row from ``start`` (wrapping) whose name begins with ``typed``."""
        wanted = fold(typed.strip())
        if not wanted or not self.rows:
            return None
        count = len(self.rows)
        for offset in range(count):
            number = (start + offset) % count
            row = self.rows[number]
            full = fold(row.display_name)
            if full.startswith(wanted) or any(fold(n).startswith(wanted) for n in row.names()):
                return number
        return None

    # --- presentation ----------------------------------------------------------------------

    def local_time(self, moment: datetime | None) -> str:
        return clock(moment.astimezone(self.zone)) if moment else ""

    def _display(self, row: RegisterRow, column: int) -> str:
        if column == COL_STUDENT:
            return row.display_name
        if column == COL_STATUS:
            code = self.codes.get(row.code_id)
            return code.label if code else translate("Register", "Not marked")
        if column == COL_SAVED:
            return save_state_text(row.save_state)
        if column == COL_CHECK_IN:
            return self.local_time(row.check_in_time)
        if column == COL_RECENT:
            return " ".join(
                code.code if code else "·" for code in (self.codes.get(c) for c in row.recent)
            )
        if column == COL_NOTE:
            return row.note
        return ""

    def _tooltip(self, row: RegisterRow, column: int) -> str | None:
        if column == COL_STATUS:
            return plain_tip(self._status_tip(row))
        if column == COL_SAVED or (column == COL_STUDENT and row.merged_with):
            state = save_state_text(row.save_state)
            text = (
                translate("Register", "{state}: {message}").format(
                    state=state, message=row.save_message
                )
                if row.save_message
                else state
            )
            if row.merged_with:
                merged = translate(
                    "Register", "Merged with {computer}: both changes are kept."
                ).format(computer=row.merged_with)
                text = f"{text}\n{merged}"
            return plain_tip(text)
        if column == COL_RECENT:
            if not row.recent:
                return translate("Register", "No earlier lessons recorded")
            labels = ", ".join(
                code.label if code else translate("Register", "not marked")
                for code in (self.codes.get(c) for c in reversed(row.recent))
            )
            return plain_tip(
                translate("Register", "Earlier lessons, oldest first: {marks}").format(marks=labels)
            )
        if column == COL_CHECK_IN and row.check_in_time:
            arrived = clock(row.check_in_time.astimezone(self.zone))
            return translate("Register", "Arrived {time}").format(time=arrived)
        if column == COL_NOTE:
            return (
                plain_tip(row.note) if row.note else translate("Register", "Press N to add a note")
            )
        return None

    def _status_tip(self, row: RegisterRow) -> str:
        code = self.codes.get(row.code_id)
        if code is None:
            text = translate("Register", "Not marked yet. Press a code's key, or click to cycle.")
        else:
            text = translate("Register", "{mark} ({key}). Click to change.").format(
                mark=code.label, key=code.shortcut
            )
        if row.changed_by and code:
            who = translate("Register", "Last changed by {person}").format(person=row.changed_by)
            text = f"{text}\n{who}"
        return text

    def _sort_value(self, row: RegisterRow, column: int) -> Any:
        if column == COL_STATUS:
            code = self.codes.get(row.code_id)
            return code.sort_order if code else -1
        if column == COL_CHECK_IN:
            return row.check_in_time.timestamp() if row.check_in_time else 0.0
        if column == COL_STUDENT:
            return (row.last_name.casefold(), row.first_name.casefold())
        return self._display(row, column)
