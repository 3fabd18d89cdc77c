"""A day's lessons as a Qt table model.

``lessons.load_day`` runs on the worker thread and returns plain
``LessonRow``s: the time, class, room, teacher, status and how many students
are marked.  Times are shown in the school's zone, which the window gives it.

A lesson the office gave to a cover teacher says so after the class: "Cover for
<absent teacher>" on the cover teacher's own list, "Covered by <cover teacher>"
everywhere else (the absent teacher's day, All teachers); the tooltip has it whole.
The status says it too, where a narrow list cuts the class: "Cover" until the cover
teacher starts it, "Covered" on the absent teacher's list.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from attendance_desktop.i18n import QT_TRANSLATE_NOOP, clock, translate
from attendance_desktop.lessons import LessonRow
from attendance_desktop.ui import palette
from attendance_desktop.ui.table_models import ReadOnlyTableModel
from attendance_desktop.ui.views import plain_tip

Index = QModelIndex | QPersistentModelIndex

COL_TIME, COL_CLASS, COL_ROOM, COL_TEACHER, COL_STATUS, COL_MARKED = range(6)
HEADERS = {
    COL_TIME: QT_TRANSLATE_NOOP("Lessons", "Time"),
    COL_CLASS: QT_TRANSLATE_NOOP("Lessons", "Class"),
    COL_ROOM: QT_TRANSLATE_NOOP("Lessons", "Room"),
    COL_TEACHER: QT_TRANSLATE_NOOP("Lessons", "Teacher"),
    COL_STATUS: QT_TRANSLATE_NOOP("Lessons", "Status"),
    COL_MARKED: QT_TRANSLATE_NOOP("Lessons", "Marked"),
}
#: A lesson's status as the list shows it (translated where shown).
STATUS_TEXT = {
    "planned": QT_TRANSLATE_NOOP("Lessons", "Not started"),
    "open": QT_TRANSLATE_NOOP("Lessons", "Open"),
    "closed": QT_TRANSLATE_NOOP("Lessons", "Closed"),
    "missed": QT_TRANSLATE_NOOP("Lessons", "Not taken"),
    "covered": QT_TRANSLATE_NOOP("Lessons", "Covered"),
    "cover": QT_TRANSLATE_NOOP("Lessons", "Cover"),
}
#: The status inside a sentence ("now: not started"), where a capital would be wrong.
STATUS_IN_SENTENCE = {
    "planned": QT_TRANSLATE_NOOP("Lessons", "not started"),
    "open": QT_TRANSLATE_NOOP("Lessons", "open"),
    "closed": QT_TRANSLATE_NOOP("Lessons", "closed"),
    "missed": QT_TRANSLATE_NOOP("Lessons", "not taken"),
}
#: Statuses that want the teacher's eye.
BOLD_STATUS = ("open", "missed", "cover")
STATUS_COLOUR = {
    "covered": palette.INFO,
    "cover": palette.INFO,
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
        #: The teacher using the window: whose list it is ("Cover for" / "Covered by").
        self.viewer_id: int | None = None

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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        title = super().headerData(section, orientation, role)
        return translate("Lessons", title) if isinstance(title, str) and title else title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == LessonRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_STATUS:
                colour = STATUS_COLOUR.get(self._status(row))
                return QColor(colour) if colour else None
            if self._covered_away(row):
                return QColor(palette.MUTED)  # someone else takes this register
            if column == COL_CLASS and row.cover_for_teacher_id is not None:
                return QColor(palette.INFO)  # a cover lesson: seen even when cut short
            if column == COL_TEACHER and row.teacher_id is None:
                return QColor(palette.MUTED)  # "no teacher": a class with no teacher yet
            return None
        if role == Qt.ItemDataRole.FontRole and (
            (column == COL_STATUS and self._status(row) in BOLD_STATUS) or self._is_now(row)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: LessonRow, column: int) -> str | None:
        tip = self._tip_text(row, column)
        return plain_tip(tip) if tip else None  # names come from the database

    def _tip_text(self, row: LessonRow, column: int) -> str | None:
        status = self._status(row)
        if column == COL_MARKED and row.status == "planned":
            total = row.total
            return translate(
                "Lessons", "%n students enrolled; start the register to mark them", None, total
            )
        if column == COL_CLASS and (row.subject or row.cover_for_teacher_id is not None):
            return self._class_tip(row)
        if column == COL_TEACHER and row.cover_for_teacher_id is not None:
            return translate("Lessons", "{teacher}, cover for {absent}").format(
                teacher=row.teacher_name, absent=row.cover_for_name
            )
        if column == COL_STATUS and status == "missed":
            return translate("Lessons", "This lesson is over and its register was never started")
        if column == COL_STATUS and status == "cover":
            return translate(
                "Lessons", "{cover}: not started yet; Enter starts its register"
            ).format(cover=self.cover_text(row))
        if column == COL_STATUS and status == "covered":
            theirs = "missed" if row.status == "planned" and self._over(row) else row.status
            word = STATUS_IN_SENTENCE.get(theirs, theirs)
            state = translate("Lessons", word)
            return translate("Lessons", "{cover}, who takes its register (now: {state})").format(
                cover=self.cover_text(row), state=state
            )
        if self._is_now(row):
            return translate("Lessons", "On now")
        return None

    def _status(self, row: LessonRow) -> str:
        """The lesson's status, with "missed" for a register never started after it ended,
        and "covered" on the list of the teacher whose lesson the office gave away."""
        if self._covered_away(row):
            return "covered"
        if row.status == "planned" and self._over(row):
            return "missed"
        if row.status == "planned" and self._covering(row):
            return "cover"  # the cover teacher's list: seen even where the class is cut
        return row.status

    def _covering(self, row: LessonRow) -> bool:
        """A lesson the viewer takes as cover."""
        return (
            row.cover_for_teacher_id is not None
            and self.viewer_id is not None
            and row.teacher_id == self.viewer_id
        )

    def _over(self, row: LessonRow) -> bool:
        return self.now is not None and row.end_time <= self.now

    def cover_text(self, row: LessonRow) -> str:
        """ "Cover for Ms Rivera" (the viewer covers it), "Covered by Mr Young", or ""."""
        if row.cover_for_teacher_id is None:
            return ""
        if self._covering(row):
            return translate("Lessons", "Cover for {teacher}").format(teacher=row.cover_for_name)
        return translate("Lessons", "Covered by {teacher}").format(teacher=row.teacher_name)

    def _covered_away(self, row: LessonRow) -> bool:
        """The viewer's own lesson, given to a cover teacher."""
        return row.cover_for_teacher_id is not None and row.cover_for_teacher_id == self.viewer_id

    def _class_tip(self, row: LessonRow) -> str:
        if row.subject:
            name = translate("Lessons", "{class_name}: {subject}").format(
                class_name=row.class_name, subject=row.subject
            )
        else:
            name = row.class_name
        if row.cover_for_teacher_id is None:
            return name
        if self._covering(row):
            why = translate(
                "Lessons", "Cover for {absent}: you cover it for {absent}, and take its register"
            )
        else:
            why = translate(
                "Lessons",
                "Covered by {teacher}: {teacher} covers it for {absent}, and takes its register",
            )
        text = why.format(teacher=row.teacher_name, absent=row.cover_for_name)
        return f"{name}\n{text}"  # two lines: the class, then who covers it

    def _is_now(self, row: LessonRow) -> bool:
        return self.now is not None and row.start_time <= self.now < row.end_time

    def _display(self, row: LessonRow, column: int) -> str:
        if column == COL_TIME:
            start = row.start_time.astimezone(self.zone)
            end = row.end_time.astimezone(self.zone)
            return translate("Lessons", "{start}\u2013{end}").format(
                start=clock(start), end=clock(end)
            )
        if column == COL_CLASS:
            cover = self.cover_text(row)
            if not cover:
                return row.class_name
            return translate("Lessons", "{class_name} \u00b7 {cover}").format(
                class_name=row.class_name, cover=cover
            )
        if column == COL_ROOM:
            return row.room
        if column == COL_TEACHER:
            if row.cover_for_teacher_id is not None:
                return translate("Lessons", "{teacher} (cover)").format(teacher=row.teacher_name)
            return row.teacher_name
        if column == COL_STATUS:
            status = self._status(row)
            return translate("Lessons", STATUS_TEXT[status]) if status in STATUS_TEXT else status
        if column == COL_MARKED:
            if row.status == "planned":
                return translate("Lessons", "\u2013 / {total}").format(total=row.total)
            return translate("Lessons", "{marked} / {total}").format(
                marked=row.marked, total=row.total
            )
        return ""
