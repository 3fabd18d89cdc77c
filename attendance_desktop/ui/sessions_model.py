"""A day's lessons as a Qt table model, and the query that fills it.

``load_day`` runs on the worker thread and returns plain ``LessonRow``s: the
time, class, room, teacher, status and how many students are marked.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from attendance_desktop import rules
from attendance_desktop.db.models import (
    Attendance,
    ClassSession,
    Enrollment,
    SchoolClass,
    Student,
    Teacher,
)
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
    "planned": "#5F6368",
    "open": "#137333",
    "closed": "#3C4043",
    "missed": "#B3261E",
}

#: The row's ``LessonRow``.
LessonRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class LessonRow:
    id: int
    class_name: str
    subject: str
    room: str
    teacher_id: int
    teacher_name: str
    start_time: datetime
    end_time: datetime
    status: str
    #: Rows in the register with a mark, and rows in it (or students enrolled, if not started).
    marked: int
    total: int


def load_day(
    session: Session, start: datetime, end: datetime, teacher_id: int | None
) -> list[LessonRow]:
    """The lessons starting in [start, end), one teacher's or everyone's (worker thread)."""
    conditions = [ClassSession.start_time >= start, ClassSession.start_time < end]
    if teacher_id is not None:
        conditions.append(ClassSession.teacher_id == teacher_id)
    found = session.execute(
        select(ClassSession, SchoolClass, Teacher)
        .join(SchoolClass, SchoolClass.id == ClassSession.class_id)
        .join(Teacher, Teacher.id == ClassSession.teacher_id)
        .where(and_(*conditions))
        .order_by(ClassSession.start_time, SchoolClass.name)
    ).all()
    ids = [cs.id for cs, _, _ in found]
    counts: dict[int, tuple[int, int]] = {}
    if ids:
        for session_id, marked, total in session.execute(
            select(
                Attendance.class_session_id,
                func.count(Attendance.code_id),
                func.count(),
            )
            .where(Attendance.class_session_id.in_(ids))
            .group_by(Attendance.class_session_id)
        ):
            counts[session_id] = (int(marked), int(total))
    rows = []
    for cs, klass, teacher in found:
        marked, total = counts.get(cs.id, (0, 0))
        if cs.status == "planned" and not total:
            total = _enrolled(session, klass.id, cs.start_time.date())
        rows.append(
            LessonRow(
                id=cs.id,
                class_name=klass.name,
                subject=klass.subject or "",
                room=cs.room or klass.room or "",
                teacher_id=teacher.id,
                teacher_name=teacher.display_name,
                start_time=cs.start_time,
                end_time=cs.end_time,
                status=cs.status,
                marked=marked,
                total=total,
            )
        )
    return rows


def load_counts(session: Session, lesson_ids: list[int]) -> dict[int, tuple[str, int, int]]:
    """Status, marked and total of some lessons (the list's counts, refreshed live)."""
    if not lesson_ids:
        return {}
    result = {
        lesson_id: (status, 0, 0)
        for lesson_id, status in session.execute(
            select(ClassSession.id, ClassSession.status).where(ClassSession.id.in_(lesson_ids))
        )
    }
    for lesson_id, marked, total in session.execute(
        select(Attendance.class_session_id, func.count(Attendance.code_id), func.count())
        .where(Attendance.class_session_id.in_(lesson_ids))
        .group_by(Attendance.class_session_id)
    ):
        result[lesson_id] = (result[lesson_id][0], int(marked), int(total))
    return result


def _enrolled(session: Session, class_id: int, day: Any) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Enrollment)
            .join(Student, Student.id == Enrollment.student_id)
            .where(
                Enrollment.class_id == class_id,
                Student.active.is_(True),
                or_(Enrollment.start_date.is_(None), Enrollment.start_date <= day),
                or_(Enrollment.end_date.is_(None), Enrollment.end_date > day),
            )
        )
        or 0
    )


def teachers(session: Session) -> list[tuple[int, str]]:
    """Every active teacher, (id, name), by name (worker thread)."""
    return [
        (t.id, t.display_name)
        for t in session.scalars(
            select(Teacher).where(Teacher.active.is_(True)).order_by(Teacher.display_name)
        )
    ]


class SessionsModel(ReadOnlyTableModel):
    """One day's lessons."""

    headers = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[LessonRow] = []
        self.zone: tzinfo = rules.local_zone()
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
            return QColor(STATUS_COLOUR.get(self._status(row), "#000000"))
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
