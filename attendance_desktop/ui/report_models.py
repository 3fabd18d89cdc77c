"""The Reports window's item models: the lists to pick from and the three reports' tables.

Each model shows a plain frozen report from ``reports`` (loaded off the UI
thread) and never queries anything itself.  ``SortRole`` gives the value a
column sorts by, ``RowRole`` the row's own object, ``SearchRole`` the text the
pickers' word filter matches (``ui/views.py``: accents and case ignored).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from attendance_desktop import reports
from attendance_desktop.reports import (
    ClassChoice,
    ClassSummary,
    MissingRegisters,
    StudentChoice,
    StudentHistory,
    StudentSummary,
    format_rate,
)
from attendance_desktop.rules import Code
from attendance_desktop.ui.palette import CHRONIC_BACKGROUND, CHRONIC_TEXT, MUTED, WARNING
from attendance_desktop.ui.table_models import ChoiceListModel, ReadOnlyTableModel

Index = QModelIndex | QPersistentModelIndex

#: Custom roles: a value to sort by, and the row's own object.
SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
#: Text the search box matches (name, roster id, teacher, classes).
SearchRole = Qt.ItemDataRole.UserRole + 3


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class ClassListModel(ChoiceListModel):
    """The classes to pick from."""

    rows: list[ClassChoice]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.name + ("" if row.active else " (inactive)")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.name}: {row.subject or 'no subject'}, {row.teacher_name}"
        if role == SearchRole:
            return f"{row.name} {row.subject} {row.teacher_name}"
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QColor(MUTED)
        return None


class StudentListModel(ChoiceListModel):
    """The students to pick from: "Surname, Name", roster id and classes to search by."""

    rows: list[StudentChoice]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = row.list_name
            # The number the school knows the student by, else the roster id.
            if row.student_number or row.source_id:
                text += f"  ({row.student_number or row.source_id})"
            return text + ("" if row.active else " (left)")
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(row.classes) or "In no class"
        if role == SearchRole:
            return " ".join((row.list_name, row.source_id, row.student_number, *row.classes))
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QColor(MUTED)
        return None


class ClassSummaryModel(QAbstractTableModel):
    """One row per student: counts per code, unmarked, marked, rate, chronic absence.

    The code columns are the summary's own (every active code, and any retired
    one it counted), so the columns change with the report.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.summary: ClassSummary | None = None
        self.rows: tuple[StudentSummary, ...] = ()
        self.codes: tuple[Code, ...] = ()

    def set_summary(self, summary: ClassSummary | None) -> None:
        self.beginResetModel()
        self.summary = summary
        self.rows = summary.rows if summary else ()
        self.codes = summary.codes if summary else ()
        self.endResetModel()

    # Columns: 0 student, then one per code, then unmarked, marked, rate, chronic.
    @property
    def col_unmarked(self) -> int:
        return 1 + len(self.codes)

    @property
    def col_marked(self) -> int:
        return self.col_unmarked + 1

    @property
    def col_rate(self) -> int:
        return self.col_unmarked + 2

    @property
    def col_chronic(self) -> int:
        return self.col_unmarked + 3

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.codes) + 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return "Student"
            if section <= len(self.codes):
                return self.codes[section - 1].label
            return {
                self.col_unmarked: "Unmarked",
                self.col_marked: "Marked",
                self.col_rate: "Rate",
                self.col_chronic: "Chronic absence",
            }[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if 1 <= section <= len(self.codes):
                code = self.codes[section - 1]
                counted = "attended" if code.counts_as_present else "missed"
                return f"Lessons marked {code.label} ({code.code}); counted as {counted}"
            if section == self.col_unmarked:
                return "Register started but this student was never marked (in no rate)"
            if section == self.col_rate:
                return "Attended ÷ marked"
            if section == self.col_chronic:
                return "Missed 10% or more of marked lessons (excused included)"
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and section > 0
            and section != self.col_chronic
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def value(self, row: StudentSummary, column: int) -> Any:
        """The plain value of a cell (what the table shows and sorts by)."""
        tally = row.tally
        if column == 0:
            return row.list_name
        if column <= len(self.codes):
            return tally.count(self.codes[column - 1].id)
        if column == self.col_unmarked:
            return tally.unmarked
        if column == self.col_marked:
            return tally.marked
        if column == self.col_rate:
            return tally.rate
        return tally.chronic

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == SortRole:
            return self._sort_value(row, column, index.row())
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0 and column != self.col_chronic:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            tally = row.tally
            words = f"{row.name}: attended {tally.attended} of {tally.marked} marked lessons"
            if tally.chronic:
                words += f", missed {tally.missed} (10% or more): chronically absent"
            return words
        return self._style(row, column, role)

    def _text(self, row: StudentSummary, column: int) -> str:
        if column == 0:
            return row.list_name + _moved(row)
        if column == self.col_rate:
            return format_rate(row.tally.rate)
        if column == self.col_chronic:
            return "⚠ Chronic absence" if row.tally.chronic else ""
        return str(self.value(row, column))

    def _sort_value(self, row: StudentSummary, column: int, number: int) -> Any:
        if column == 0:
            return number  # the report's own order: surname, then name
        value = self.value(row, column)
        if column == self.col_rate:
            return -1.0 if value is None else float(value)
        if column == self.col_chronic:
            return int(row.tally.chronic)
        return value

    def _style(self, row: StudentSummary, column: int, role: int) -> Any:
        """Chronic absence highlighted; zero counts muted; the rate in bold."""
        chronic = row.tally.chronic
        if role == Qt.ItemDataRole.BackgroundRole and chronic:
            return QColor(CHRONIC_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if chronic and column in (self.col_rate, self.col_chronic):
                return QColor(CHRONIC_TEXT)
            if 0 < column < self.col_rate and self.value(row, column) == 0:
                return QColor(MUTED)
        if role == Qt.ItemDataRole.FontRole and (
            column == self.col_rate or (chronic and column == self.col_chronic)
        ):
            return _bold()
        return None


def _moved(row: StudentSummary) -> str:
    moved = []
    if row.joined:
        moved.append(f"joined {row.joined.day} {row.joined:%b}")
    if row.left:
        moved.append(f"left {row.left.day} {row.left:%b}")
    return f"  ({', '.join(moved)})" if moved else ""


H_DATE, H_TIME, H_CLASS, H_MARK, H_CHECK_IN, H_NOTE = range(6)
HISTORY_HEADERS = {
    H_DATE: "Date",
    H_TIME: "Time",
    H_CLASS: "Class",
    H_MARK: "Mark",
    H_CHECK_IN: "Check-in",
    H_NOTE: "Note",
}


def _tint(colour: str, alpha: int = 48) -> QColor | None:
    tint = QColor(colour)
    if not tint.isValid():
        return None
    tint.setAlpha(alpha)
    return tint


class HistoryModel(ReadOnlyTableModel):
    """Every lesson of one student in the period, in the school's local time."""

    headers = HISTORY_HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history: StudentHistory | None = None
        self.rows: tuple[reports.HistoryRow, ...] = ()

    def set_history(self, history: StudentHistory | None) -> None:
        self.beginResetModel()
        self.history = history
        self.rows = history.rows if history else ()
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _history_text(row, column)
        if role == SortRole:
            return _history_sort_value(row, column)
        if role == RowRole:
            return row
        if column == H_MARK:
            return _mark_style(row.code, role)
        if role == Qt.ItemDataRole.ToolTipRole and column == H_NOTE and row.note:
            return row.note
        return None


def _history_text(row: reports.HistoryRow, column: int) -> str | None:
    if column == H_DATE:
        return f"{row.start:%a} {row.start.day} {row.start:%b %Y}"
    if column == H_TIME:
        return f"{row.start:%H:%M}"
    if column == H_CLASS:
        return row.class_name
    if column == H_MARK:
        return f"{row.code.label} ({row.code.code})" if row.code else "Unmarked"
    if column == H_CHECK_IN:
        return f"{row.check_in:%H:%M}" if row.check_in else ""
    if column == H_NOTE:
        return row.note
    return None


def _history_sort_value(row: reports.HistoryRow, column: int) -> Any:
    if column in (H_DATE, H_TIME):
        return row.start.timestamp()
    if column == H_MARK:
        return row.code.sort_order if row.code else 10**6
    if column == H_CHECK_IN:
        return row.check_in.timestamp() if row.check_in else 0.0
    return (_history_text(row, column) or "").casefold()


def _mark_style(code: Code | None, role: int) -> Any:
    """The mark column: the code's colour as a swatch and a tint; bold; "Unmarked" muted."""
    if role == Qt.ItemDataRole.DecorationRole and code is not None:
        colour = QColor(code.colour)
        return colour if colour.isValid() else None
    if role == Qt.ItemDataRole.BackgroundRole and code is not None:
        return _tint(code.colour)
    if role == Qt.ItemDataRole.FontRole:
        return _bold()
    if role == Qt.ItemDataRole.ForegroundRole and code is None:
        return QColor(MUTED)
    return None


M_WHEN, M_TIME, M_CLASS, M_ROOM, M_STATE = range(5)
MISSING_HEADERS = {
    M_WHEN: "Teacher / date",
    M_TIME: "Time",
    M_CLASS: "Class",
    M_ROOM: "Room",
    M_STATE: "Register",
}
#: internalId of a teacher's row; a lesson's row holds its teacher's row number + 1.
_TOP = 0


class MissingModel(QAbstractItemModel):
    """Registers not taken: one branch per teacher, one leaf per lesson."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: MissingRegisters | None = None
        self.teachers: tuple[reports.TeacherMissingRegisters, ...] = ()

    def set_report(self, report: MissingRegisters | None) -> None:
        self.beginResetModel()
        self.report = report
        self.teachers = report.teachers if report else ()
        self.endResetModel()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        if parent.internalId() == _TOP:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.teachers)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self.teachers[parent.row()].registers)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(MISSING_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and section in MISSING_HEADERS
        ):
            return MISSING_HEADERS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if index.internalId() == _TOP:
            if not 0 <= index.row() < len(self.teachers):
                return None
            teacher = self.teachers[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if column == M_WHEN:
                    return teacher.teacher_name
                if column == M_STATE:
                    n = len(teacher.registers)
                    return f"{n} not taken"
                return None
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            if role == RowRole:
                return teacher
            if role == Qt.ItemDataRole.ForegroundRole and column == M_STATE:
                return QColor(CHRONIC_TEXT)
            return None
        teacher_row = int(index.internalId()) - 1
        if not 0 <= teacher_row < len(self.teachers):
            return None
        registers = self.teachers[teacher_row].registers
        if not 0 <= index.row() < len(registers):
            return None
        register = registers[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                M_WHEN: f"{register.start:%a} {register.start.day} {register.start:%b %Y}",
                M_TIME: f"{register.start:%H:%M}\u2013{register.end:%H:%M}",
                M_CLASS: register.class_name,
                M_ROOM: register.room or "",
                M_STATE: register.reason.capitalize(),
            }.get(column)
        if role == RowRole:
            return register
        if role == Qt.ItemDataRole.ForegroundRole and column == M_STATE:
            return QColor(CHRONIC_TEXT if register.status == "planned" else WARNING)
        return None
