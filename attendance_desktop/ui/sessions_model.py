"""A day's lessons as a Qt table model.

``lessons.load_day`` runs on the worker thread and returns plain
``LessonRow``s: the time, class, room, teacher, status and how many students
are marked.  Times are shown in the school's zone, which the window gives it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from attendance_desktop.lessons import LessonRow
from attendance_desktop.ui import palette
from attendance_desktop.ui.table_models import ReadOnlyTableModel

Index = QModelIndex | QPersistentModelIndex

COL_TIME, COL_CLASS, COL_ROOM, COL_TEACHER, COL_STATUS, COL_MARKED = range(6)
HEADERS = {
    COL_TIME: "Time",
    COL_CLASS: "Class",
    COL_ROOM: "Room",
    COL_TEACHER: "Teacher",
    COL_STATUS: "Status",
    COL_MARKED: "Marked",
}
STATUS_TEXT = {"planned": "Not started", "open": "Open", "closed": "Closed", "missed": "Not taken"}
STATUS_COLOUR = {
    "planned": palette.MUTED,
    "open": palette.SUCCESS,
    "closed": palette.TEXT,
    "missed": palette.ERROR,
}

#: The row's ``LessonRow``.
LessonRole = Qt.ItemDataRole.UserRole + 1


class SessionsModel(ReadOnlyTableModel):
    """One day's lessons."""

    headers = HEADERS

    def __init__(self, parent: Any = None, *, zone: tzinfo = UTC) -> None:
        super().__init__(parent)
        self.rows: list[LessonRow] = []
        #: The school's zone (the window sets it from the database).
        self.zone: tzinfo = zone
        self.now: datetime | None = None

    def set_rows(self, rows: list[LessonRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, lesson_id: int) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.id == lesson_id), None)

    def update_lesson(self, lesson_id: int, **changes: Any) -> None:
        """Change one lesson's status or counts in place (the register knows them first)."""
        number = self.row_of(lesson_id)
        if number is None:
            return
        self.rows[number] = replace(self.rows[number], **changes)
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == LessonRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            colour = STATUS_COLOUR.get(self._status(row))
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.FontRole and (
            (column == COL_STATUS and self._status(row) in ("open", "missed")) or self._is_now(row)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_MARKED and row.status == "planned":
                return f"{row.total} students enrolled; start the register to mark them"
            if column == COL_CLASS and row.subject:
                return f"{row.class_name}: {row.subject}"
            if column == COL_STATUS and self._status(row) == "missed":
                return "This lesson is over and its register was never started"
            if self._is_now(row):
                return "On now"
        return None

    def _status(self, row: LessonRow) -> str:
        """The lesson's status, with "missed" for a register never started after it ended."""
        if row.status == "planned" and self.now is not None and row.end_time <= self.now:
            return "missed"
        return row.status

    def _is_now(self, row: LessonRow) -> bool:
        return self.now is not None and row.start_time <= self.now < row.end_time

    def _display(self, row: LessonRow, column: int) -> str:
        if column == COL_TIME:
            start = row.start_time.astimezone(self.zone)
            end = row.end_time.astimezone(self.zone)
            return f"{start:%H:%M}\u2013{end:%H:%M}"
        if column == COL_CLASS:
            return row.class_name
        if column == COL_ROOM:
            return row.room
        if column == COL_TEACHER:
            return row.teacher_name
        if column == COL_STATUS:
            return STATUS_TEXT.get(self._status(row), row.status)
        if column == COL_MARKED:
            if row.status == "planned":
                return f"\u2013 / {row.total}"
            return f"{row.marked} / {row.total}"
        return ""
