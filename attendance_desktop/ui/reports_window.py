"""The Reports window: a class's summary and chart, a student's history, registers not taken.

A separate, non-modal window: marking goes on in the main window while it is
open.  Every query runs on the ``Operations`` worker (the functions of
``reports``), and only plain frozen dataclasses come back to the main thread,
where the tables are filled and the matplotlib charts drawn into their canvases.

- *Class summary*: pick a class (type to filter), a period (presets or two
  dates); one row per student with their counts per code, the attendance rate
  and a chronic-absence flag, sortable; the class's rate per week (per day for
  a fortnight or less) below it.  To CSV, Excel, PDF or the printer.
- *Student history*: find a student; every lesson in the period with its mark
  (in the code's colour), check-in time and note; totals; bars per code.
- *Missing registers*: lessons that ended in the period, up to now, whose
  register was never taken, grouped by the teacher who should have taken it.

The rate and the chronic-absence rule are those of ``reports`` (attended /
marked; missing 10 % or more, excused included).
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from enum import IntEnum
from pathlib import Path
from typing import Any, Literal

# matplotlib's Qt backend must use the same binding as the app.
os.environ.setdefault("QT_API", "pyside6")

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QDate,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from attendance_desktop import charts, errors, export, reports, rules
from attendance_desktop.db.models import Enrollment, SchoolClass, Student, Teacher
from attendance_desktop.reports import (
    ClassSummary,
    MissingRegisters,
    RateSeries,
    SchoolCalendar,
    StudentHistory,
    StudentSummary,
    describe_range,
    format_rate,
)
from attendance_desktop.rules import Code
from attendance_desktop.ui import printing
from attendance_desktop.ui.error_dialogs import show_known_error
from attendance_desktop.ui.mark_writer import handled_here
from attendance_desktop.ui.operations import Operations
from attendance_desktop.ui.table_models import ChoiceListModel, ReadOnlyTableModel

log = logging.getLogger("attendance.ui.reports")

Index = QModelIndex | QPersistentModelIndex

#: Custom roles: a value to sort by, and the row's own object.
SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
#: Text the search box matches (name, roster id, teacher, classes).
SearchRole = Qt.ItemDataRole.UserRole + 3

CHRONIC_TEXT = "#B3261E"
CHRONIC_BACKGROUND = "#FCE8E6"
MUTED = "#5F6368"
#: Ranges up to this many days are charted per day, longer ones per week.
DAILY_CHART_DAYS = 14
RELOAD_DELAY_MS = 250

HOW_COUNTED = (
    "Rate = attended ÷ marked lessons (Present and Late attend). Chronic absence: missing 10% "
    "or more of marked lessons, excused absences included."
)


class Tab(IntEnum):
    CLASS = 0
    STUDENT = 1
    MISSING = 2


# --- what the worker loads ----------------------------------------------------------------------


@dataclass(frozen=True)
class ClassChoice:
    id: int
    name: str
    subject: str
    teacher_id: int
    teacher_name: str
    active: bool


@dataclass(frozen=True)
class StudentChoice:
    id: int
    list_name: str
    source_id: str
    classes: tuple[str, ...]
    active: bool


@dataclass(frozen=True)
class Choices:
    classes: tuple[ClassChoice, ...]
    students: tuple[StudentChoice, ...]


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key putting "7A" before "10A" (numbers as numbers, words in any case)."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in re.split(r"(\d+)", text)
        if part
    )


def load_choices(session: Session) -> Choices:
    """Every class and student, for the pickers (worker thread)."""
    found = session.execute(
        select(
            SchoolClass.id,
            SchoolClass.name,
            SchoolClass.subject,
            SchoolClass.teacher_id,
            SchoolClass.active,
            Teacher.display_name,
        ).join(Teacher, Teacher.id == SchoolClass.teacher_id)
    ).all()
    classes = tuple(
        ClassChoice(
            row.id, row.name, row.subject or "", row.teacher_id, row.display_name, row.active
        )
        for row in sorted(found, key=lambda r: (not r.active, natural_key(r.name), r.id))
    )
    class_names = {c.id: c.name for c in classes}
    member_of: dict[int, set[str]] = {}
    for student_id, class_id in session.execute(select(Enrollment.student_id, Enrollment.class_id)):
        member_of.setdefault(student_id, set()).add(class_names.get(class_id, ""))
    found = list(
        session.execute(
            select(
                Student.id,
                Student.first_name,
                Student.last_name,
                Student.preferred_name,
                Student.source_id,
                Student.active,
            )
        )
    )
    found.sort(key=lambda s: (not s.active, s.last_name.casefold(), s.first_name.casefold(), s.id))
    students = tuple(
        StudentChoice(
            s.id,
            f"{s.last_name}, {s.preferred_name or s.first_name}",
            s.source_id or "",
            tuple(sorted(member_of.get(s.id, ()), key=str.casefold)),
            s.active,
        )
        for s in found
    )
    return Choices(classes, students)


# --- the models ---------------------------------------------------------------------------------


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
            if row.source_id:
                text += f"  ({row.source_id})"
            return text + ("" if row.active else " (left)")
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(row.classes) or "In no class"
        if role == SearchRole:
            return " ".join((row.list_name, row.source_id, *row.classes))
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
        chronic = row.tally.chronic
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return row.list_name + _moved(row)
            if column == self.col_rate:
                return format_rate(row.tally.rate)
            if column == self.col_chronic:
                return "⚠ Chronic absence" if chronic else ""
            return str(self.value(row, column))
        if role == SortRole:
            value = self.value(row, column)
            if column == 0:
                return index.row()  # the report's own order: surname, then name
            if column == self.col_rate:
                return -1.0 if value is None else float(value)
            if column == self.col_chronic:
                return int(chronic)
            return value
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0 and column != self.col_chronic:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
        if role == Qt.ItemDataRole.ToolTipRole:
            tally = row.tally
            words = f"{row.name}: attended {tally.attended} of {tally.marked} marked lessons"
            if chronic:
                words += f", missed {tally.missed} (10% or more): chronically absent"
            return words
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
        code = row.code
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == H_DATE:
                return f"{row.start:%a} {row.start.day} {row.start:%b %Y}"
            if column == H_TIME:
                return f"{row.start:%H:%M}"
            if column == H_CLASS:
                return row.class_name
            if column == H_MARK:
                return f"{code.label} ({code.code})" if code else "Unmarked"
            if column == H_CHECK_IN:
                return f"{row.check_in:%H:%M}" if row.check_in else ""
            if column == H_NOTE:
                return row.note
        if role == SortRole:
            if column in (H_DATE, H_TIME):
                return row.start.timestamp()
            if column == H_MARK:
                return code.sort_order if code else 10**6
            if column == H_CHECK_IN:
                return row.check_in.timestamp() if row.check_in else 0.0
            return (self.data(index) or "").casefold()
        if role == RowRole:
            return row
        if column == H_MARK:
            if role == Qt.ItemDataRole.DecorationRole and code is not None:
                colour = QColor(code.colour)
                return colour if colour.isValid() else None
            if role == Qt.ItemDataRole.BackgroundRole and code is not None:
                return _tint(code.colour)
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            if role == Qt.ItemDataRole.ForegroundRole and code is None:
                return QColor(MUTED)
        if role == Qt.ItemDataRole.ToolTipRole and column == H_NOTE and row.note:
            return row.note
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
            return QColor(CHRONIC_TEXT if register.status == "planned" else "#B06000")
        return None


# --- periods ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    label: str
    first_day: date
    last_day: date


def school_year_start(today: date) -> date:
    """1 September of the school year ``today`` is in."""
    year = today.year if today.month >= 9 else today.year - 1
    return date(year, 9, 1)


def term_start(today: date) -> date:
    """The start of the term as far as the app can tell: 1 September in the autumn,
    1 January after that (the school's own term dates are not known)."""
    return date(today.year, 9, 1) if today.month >= 9 else date(today.year, 1, 1)


def _short(day: date) -> str:
    return f"{day.day} {day:%b}"


def periods(today: date) -> list[Period]:
    """The preset periods, as of ``today`` (each ends today)."""
    monday = today - timedelta(days=today.weekday())
    term = term_start(today)
    year = school_year_start(today)
    found = [
        Period("This week", monday, today),
        Period("Last 4 weeks", today - timedelta(days=27), today),
        Period(f"This term (since {_short(term)})", term, today),
    ]
    if year != term:
        found.append(Period(f"This school year (since {_short(year)} {year.year})", year, today))
    return found


CUSTOM = "Custom dates"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# --- the window ---------------------------------------------------------------------------------


def _heading(scale: float = 1.2) -> QLabel:
    label = QLabel()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED};")
    return label


def _placeholder(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setMargin(24)
    label.setStyleSheet("color: palette(placeholder-text); font-size: 11pt;")
    return label


class _Filter(QSortFilterProxyModel):
    """Every word typed must appear somewhere in the row's search text (any case)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        words = text.casefold().split()
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.words = words
            self.endFilterChange()
        else:
            self.words = words
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        text = str(model.index(source_row, 0, source_parent).data(SearchRole) or "").casefold()
        return all(word in text for word in self.words)


def _picker(model: QAbstractListModel, placeholder: str) -> tuple[QLineEdit, QListView, _Filter]:
    search = QLineEdit()
    search.setPlaceholderText(placeholder)
    search.setClearButtonEnabled(True)
    proxy = _Filter(search)
    proxy.setSourceModel(model)
    view = QListView()
    view.setModel(proxy)
    view.setUniformItemSizes(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSpacing(2)
    search.textChanged.connect(proxy.set_text)

    def pick_first() -> None:
        # Enter in the search box: the first match, as a person typing a name expects.
        if proxy.rowCount():
            view.setCurrentIndex(proxy.index(0, 0))
            view.setFocus()

    search.returnPressed.connect(pick_first)
    return search, view, proxy


def _report_table(model: QAbstractTableModel) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = QTableView()
    view.setModel(proxy)
    proxy.setParent(view)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(False)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    return view, proxy


class ChartCanvas(FigureCanvasQTAgg):
    """A matplotlib canvas that does not draw while it is too small to lay a chart out.

    A canvas in a tab or page not yet shown has a placeholder size; drawing then
    only makes the layout engine give up (with a warning).  It is drawn again as
    soon as it is resized to its real size.
    """

    MIN_WIDTH = 240
    MIN_HEIGHT = 160

    def __init__(self) -> None:
        super().__init__(Figure(figsize=charts.FIGURE_SIZE, dpi=charts.DPI))  # type: ignore[no-untyped-call]
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(240)

    def draw(self) -> None:
        if self.width() < self.MIN_WIDTH or self.height() < self.MIN_HEIGHT:
            return
        super().draw()  # type: ignore[no-untyped-call]


def _safe_file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|]+', "-", text).strip(" .") or "report"


ExportFormat = Literal["csv", "xlsx"]


class ReportsWindow(QMainWindow):
    """Class summaries, student histories and missing registers, with charts and exports.

    ``zone`` is the school's time zone (a ``tzinfo`` or a ``SchoolCalendar``);
    None uses the school's setting in the database.  ``teacher_id`` (the person
    at this computer) picks their first class to begin with and offers "Only my
    lessons" for missing registers.
    """

    #: A report finished loading and is on screen (tests and screenshots wait for it).
    reportShown = Signal(int)

    def __init__(
        self,
        parent: QWidget | None,
        operations: Operations,
        *,
        zone: tzinfo | SchoolCalendar | None = None,
        teacher_id: int | None = None,
        clock: rules.Clock = rules.system_clock,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsWindow")
        self.setWindowTitle("Reports")
        self.operations = operations
        self.tz: tzinfo | SchoolCalendar | None = zone
        self.zone: tzinfo = (
            (zone.zone or rules.local_zone()) if isinstance(zone, SchoolCalendar) else zone
        ) or rules.local_zone()
        self.teacher_id = teacher_id
        self.clock = clock
        self.today = rules.local_day(clock(), self.zone)
        self.closed = False
        self.choices: Choices | None = None
        self.class_summary: ClassSummary | None = None
        self.rate_series: RateSeries | None = None
        self.history: StudentHistory | None = None
        self.missing: MissingRegisters | None = None
        self._generation = {tab: 0 for tab in Tab}
        self._stale = set(Tab)
        self._last_folder: Path | None = None

        self._build_toolbar()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_class_tab(), "Class summary")
        self.tabs.addTab(self._build_student_tab(), "Student history")
        self.tabs.addTab(self._build_missing_tab(), "Missing registers")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(90)
        self.busy.setMaximumHeight(12)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        operations.busy_changed.connect(self._on_busy)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self._reload_all)

        close = QAction("Close", self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        self.addAction(close)
        find = QAction("Find", self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(self._focus_search)
        self.addAction(find)

        self.resize(1280, 820)
        self._update_actions()
        self.load_choices()

    # --- building ------------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar("Period and export")
        bar.setObjectName("reportsToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.period_box = QComboBox()
        self.period_box.setObjectName("periodBox")
        self.periods = periods(self.today)
        for period in self.periods:
            self.period_box.addItem(period.label)
        self.period_box.addItem(CUSTOM)
        self.period_box.setCurrentIndex(2)  # this term
        self.period_box.currentIndexChanged.connect(self._on_period_chosen)
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.dateChanged.connect(self._on_dates_edited)
        self._set_dates(self.periods[2].first_day, self.periods[2].last_day)
        period_label = QLabel("Period:")
        period_label.setContentsMargins(8, 0, 4, 0)
        bar.addWidget(period_label)
        bar.addWidget(self.period_box)
        bar.addWidget(QLabel("  from "))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(" to "))
        bar.addWidget(self.to_edit)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.csv_action = QAction("Export CSV…", self)
        self.csv_action.setToolTip("Save this report as a CSV file (for any spreadsheet)")
        self.csv_action.triggered.connect(lambda: self.export_report("csv"))
        self.xlsx_action = QAction("Export Excel…", self)
        self.xlsx_action.setToolTip("Save this report as an Excel workbook (.xlsx)")
        self.xlsx_action.triggered.connect(lambda: self.export_report("xlsx"))
        self.print_action = QAction("Print…", self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setToolTip("Print the class summary with its chart (Ctrl+P)")
        self.print_action.triggered.connect(lambda: self.print_summary())
        self.pdf_action = QAction("Save as PDF…", self)
        self.pdf_action.setToolTip(
            "Save the class summary with its chart as a PDF, to file or email"
        )
        self.pdf_action.triggered.connect(lambda: self.save_pdf())
        for action in (self.csv_action, self.xlsx_action, self.print_action, self.pdf_action):
            bar.addAction(action)
        self.addToolBar(bar)

    def _build_class_tab(self) -> QWidget:
        self.class_list = ClassListModel(self)
        self.class_search, self.class_view, self.class_proxy = _picker(
            self.class_list, "Find a class or teacher…"
        )
        self.class_view.setObjectName("classList")
        self.class_view.selectionModel().selectionChanged.connect(self._on_class_picked)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addWidget(self.class_search)
        left_layout.addWidget(self.class_view, 1)

        self.summary_model = ClassSummaryModel(self)
        self.summary_view, self.summary_proxy = _report_table(self.summary_model)
        self.summary_view.setObjectName("classSummaryTable")
        self.summary_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.summary_model.modelReset.connect(self._size_summary_columns)
        self.class_heading = _heading()
        self.class_facts = _muted()
        self.class_facts.setTextFormat(Qt.TextFormat.RichText)
        self.class_canvas = ChartCanvas()
        self.class_canvas.setObjectName("classChart")
        charts_split = QSplitter(Qt.Orientation.Vertical)
        charts_split.addWidget(self.summary_view)
        charts_split.addWidget(self.class_canvas)
        charts_split.setChildrenCollapsible(False)
        charts_split.setSizes([380, 320])
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(8, 8, 8, 4)
        content_layout.addWidget(self.class_heading)
        content_layout.addWidget(self.class_facts)
        content_layout.addWidget(charts_split, 1)
        content_layout.addWidget(_muted(HOW_COUNTED))
        self.class_stack = QStackedWidget()
        self.class_empty = _placeholder("Loading the classes…")
        self.class_stack.addWidget(self.class_empty)
        self.class_stack.addWidget(content)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.class_stack)
        split.setStretchFactor(1, 1)
        split.setSizes([230, 1050])
        split.setChildrenCollapsible(False)
        return split

    def _build_student_tab(self) -> QWidget:
        self.student_list = StudentListModel(self)
        self.student_search, self.student_view, self.student_proxy = _picker(
            self.student_list, "Find a student, roster id or class…"
        )
        self.student_view.setObjectName("studentList")
        self.student_view.selectionModel().selectionChanged.connect(self._on_student_picked)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addWidget(self.student_search)
        left_layout.addWidget(self.student_view, 1)

        self.history_model = HistoryModel(self)
        self.history_view, self.history_proxy = _report_table(self.history_model)
        self.history_view.setObjectName("historyTable")
        self.history_view.sortByColumn(H_DATE, Qt.SortOrder.AscendingOrder)
        for column, width in {
            H_DATE: 130,
            H_TIME: 60,
            H_CLASS: 140,
            H_MARK: 130,
            H_CHECK_IN: 80,
        }.items():
            self.history_view.setColumnWidth(column, width)
        self.student_heading = _heading()
        self.student_totals = QLabel()
        self.student_totals.setObjectName("studentTotals")
        self.student_totals.setTextFormat(Qt.TextFormat.RichText)
        self.student_totals.setWordWrap(True)
        self.student_canvas = ChartCanvas()
        self.student_canvas.setObjectName("studentChart")
        split_content = QSplitter(Qt.Orientation.Vertical)
        split_content.addWidget(self.history_view)
        split_content.addWidget(self.student_canvas)
        split_content.setChildrenCollapsible(False)
        split_content.setSizes([400, 300])
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(8, 8, 8, 4)
        content_layout.addWidget(self.student_heading)
        content_layout.addWidget(self.student_totals)
        content_layout.addWidget(split_content, 1)
        content_layout.addWidget(_muted(HOW_COUNTED))
        self.student_stack = QStackedWidget()
        self.student_empty = _placeholder(
            "Find a student on the left to see every lesson they had in the period."
        )
        self.student_stack.addWidget(self.student_empty)
        self.student_stack.addWidget(content)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.student_stack)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 1020])
        split.setChildrenCollapsible(False)
        return split

    def _build_missing_tab(self) -> QWidget:
        self.missing_model = MissingModel(self)
        self.missing_view = QTreeView()
        self.missing_view.setObjectName("missingTree")
        self.missing_view.setModel(self.missing_model)
        self.missing_view.setUniformRowHeights(True)
        self.missing_view.setAlternatingRowColors(True)
        self.missing_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missing_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.missing_view.setStyleSheet("QTreeView::item { padding: 3px 0px; }")
        for column, width in {M_WHEN: 240, M_TIME: 110, M_CLASS: 180, M_ROOM: 90}.items():
            self.missing_view.setColumnWidth(column, width)
        self.missing_heading = _heading()
        self.missing_facts = _muted()
        self.only_mine = QCheckBox("Only my lessons")
        self.only_mine.setToolTip("Only the lessons the teacher at this computer takes")
        self.only_mine.setVisible(self.teacher_id is not None)
        self.only_mine.toggled.connect(lambda _on: self._reload(Tab.MISSING))
        top = QHBoxLayout()
        top.addWidget(self.missing_heading, 1)
        top.addWidget(self.only_mine)
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.missing_facts)
        layout.addWidget(self.missing_view, 1)
        return widget

    # --- period --------------------------------------------------------------------------------

    def _set_dates(self, first: date, last: date) -> None:
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def period(self) -> tuple[date, date]:
        """The first and last day of the period shown (local dates, both included)."""
        first, last = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        return (first, last) if first <= last else (last, first)

    def set_period(self, first: date, last: date) -> None:
        """Show ``first`` to ``last`` (a preset when one matches, else custom dates)."""
        self._set_dates(first, last)
        match = next(
            (n for n, p in enumerate(self.periods) if (p.first_day, p.last_day) == (first, last)),
            len(self.periods),
        )
        self.period_box.blockSignals(True)
        self.period_box.setCurrentIndex(match)
        self.period_box.blockSignals(False)
        self._reload_all()

    @Slot(int)
    def _on_period_chosen(self, number: int) -> None:
        if 0 <= number < len(self.periods):
            period = self.periods[number]
            self._set_dates(period.first_day, period.last_day)
            self._reload_all()
        else:
            self.from_edit.setFocus()

    @Slot()
    def _on_dates_edited(self) -> None:
        self.period_box.blockSignals(True)
        self.period_box.setCurrentIndex(len(self.periods))  # custom
        self.period_box.blockSignals(False)
        self._reload_timer.start()  # one reload once the typing stops

    # --- loading -------------------------------------------------------------------------------

    def load_choices(self) -> None:
        """(Re)load the classes and students to pick from (after an import, say)."""

        def done(choices: Choices) -> None:
            if self.closed:
                return
            self._show_choices(choices)

        self.operations.run(load_choices, done, self._failed)

    def _show_choices(self, choices: Choices) -> None:
        keep_class = self.selected_class_id()
        keep_student = self.selected_student_id()
        self.choices = choices
        self.class_list.set_rows(list(choices.classes))
        self.student_list.set_rows(list(choices.students))
        if not choices.classes:
            self.class_empty.setText(
                "There are no classes yet. Import a roster (File > Import roster) first."
            )
            self.class_stack.setCurrentWidget(self.class_empty)
            return
        wanted = keep_class
        if wanted is None and self.teacher_id is not None:
            wanted = next((c.id for c in choices.classes if c.teacher_id == self.teacher_id), None)
        self.select_class(wanted if wanted is not None else choices.classes[0].id)
        if keep_student is not None:
            self.select_student(keep_student)

    def select_class(self, class_id: int) -> bool:
        """Pick a class in the list (its summary follows); False if it is not listed."""
        return self._select(self.class_view, self.class_proxy, self.class_list.row_of(class_id))

    def select_student(self, student_id: int) -> bool:
        """Pick a student in the list (their history follows); False if not listed."""
        return self._select(
            self.student_view, self.student_proxy, self.student_list.row_of(student_id)
        )

    @staticmethod
    def _select(view: QListView, proxy: _Filter, row: int | None) -> bool:
        if row is None:
            return False
        index = proxy.mapFromSource(proxy.sourceModel().index(row, 0))
        if not index.isValid():
            return False
        view.setCurrentIndex(index)
        view.scrollTo(index)
        return True

    def selected_class_id(self) -> int | None:
        index = self.class_view.currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        return row.id if isinstance(row, ClassChoice) else None

    def selected_student_id(self) -> int | None:
        index = self.student_view.currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        return row.id if isinstance(row, StudentChoice) else None

    @Slot(QItemSelection, QItemSelection)
    def _on_class_picked(self, *_: object) -> None:
        self._reload(Tab.CLASS)

    @Slot(QItemSelection, QItemSelection)
    def _on_student_picked(self, *_: object) -> None:
        self._reload(Tab.STUDENT)

    @Slot(int)
    def _on_tab_changed(self, number: int) -> None:
        tab = Tab(number)
        if tab in self._stale:
            self._reload(tab)
        self._update_actions()

    @Slot()
    def _reload_all(self) -> None:
        self._stale = set(Tab)
        self._reload(Tab(self.tabs.currentIndex()))

    def refresh(self) -> None:
        """Load everything again (the lists, and the report on show)."""
        self.load_choices()
        self._reload_all()

    def _reload(self, tab: Tab) -> None:
        """Load ``tab``'s report now if it is on show, else when it is next shown."""
        if self.closed:
            return
        if tab != Tab(self.tabs.currentIndex()):
            self._stale.add(tab)
            return
        self._stale.discard(tab)
        self._generation[tab] += 1
        generation = self._generation[tab]
        first, last = self.period()
        tz = self.tz

        def current() -> bool:
            return not self.closed and generation == self._generation[tab]

        if tab == Tab.CLASS:
            class_id = self.selected_class_id()
            if class_id is None:
                return
            bucket: reports.Bucket = "day" if (last - first).days < DAILY_CHART_DAYS else "week"

            def load_class(session: Session) -> tuple[ClassSummary, RateSeries]:
                return (
                    reports.class_summary(session, class_id, first, last, tz),
                    reports.rate_over_time(session, class_id, first, last, tz, bucket),
                )

            def class_done(result: tuple[ClassSummary, RateSeries]) -> None:
                if current():
                    self._show_class(*result)

            self.statusBar().showMessage("Loading the class summary…")
            self.operations.run(load_class, class_done, self._failed_if(current))
        elif tab == Tab.STUDENT:
            student_id = self.selected_student_id()
            if student_id is None:
                return

            def student_done(history: StudentHistory) -> None:
                if current():
                    self._show_history(history)

            self.statusBar().showMessage("Loading the student's history…")
            self.operations.run(
                lambda s: reports.student_history(s, student_id, first, last, tz),
                student_done,
                self._failed_if(current),
            )
        else:
            now = self.clock()
            end_of_period = SchoolCalendar.of_zone(self.zone).start_of(last + timedelta(days=1))
            until = min(now, end_of_period)
            teacher = self.teacher_id if self.only_mine.isChecked() else None

            def missing_done(report: MissingRegisters) -> None:
                if current():
                    self._show_missing(report)

            self.statusBar().showMessage("Looking for registers not taken…")
            self.operations.run(
                lambda s: reports.missing_registers(s, until, tz, since=first, teacher_id=teacher),
                missing_done,
                self._failed_if(current),
            )

    # --- showing -------------------------------------------------------------------------------

    def _show_class(self, summary: ClassSummary, series: RateSeries) -> None:
        self.class_summary = summary
        self.rate_series = series
        self.summary_model.set_summary(summary)
        total = summary.tally
        teacher = f" · {summary.teacher_name}" if summary.teacher_name else ""
        self.class_heading.setText(
            f"{summary.class_name}{teacher} · {describe_range(summary.first_day, summary.last_day)}"
        )
        students = len(summary.rows)
        chronic = summary.chronic_count
        chronic_words = (
            f"<b style='color: {CHRONIC_TEXT};'>{chronic} of {students} students chronically "
            "absent</b> (highlighted)"
            if chronic
            else f"none of the {students} students chronically absent"
        )
        self.class_facts.setText(
            f"{summary.sessions} lessons, {summary.registers_taken} registers taken · class "
            f"attendance <b>{format_rate(total.rate)}</b> ({total.attended:,} of "
            f"{total.marked:,} marked) · {chronic_words}"
        )
        charts.class_rate_figure(series, figure=self.class_canvas.figure)
        self.class_canvas.draw_idle()  # type: ignore[no-untyped-call]
        self.class_stack.setCurrentIndex(1)
        self.statusBar().showMessage(
            f"{summary.class_name}: {students} students, "
            f"{describe_range(summary.first_day, summary.last_day)}",
            5000,
        )
        self._update_actions()
        self.reportShown.emit(int(Tab.CLASS))

    @Slot()
    def _size_summary_columns(self) -> None:
        view = self.summary_view
        view.setColumnWidth(0, 230)
        for column in range(1, self.summary_model.columnCount()):
            view.setColumnWidth(column, 86)
        view.setColumnWidth(self.summary_model.col_rate, 80)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)

    def _show_history(self, history: StudentHistory) -> None:
        self.history = history
        self.history_model.set_history(history)
        tally = history.tally
        who = history.student_name + (f" ({history.source_id})" if history.source_id else "")
        self.student_heading.setText(
            f"{who} · {describe_range(history.first_day, history.last_day)}"
        )
        chips = []
        for total in history.totals:
            colour = QColor(total.code.colour)
            swatch = colour.name() if colour.isValid() else MUTED
            chips.append(
                f"<span style='color: {swatch};'>■</span> {total.code.label} <b>{total.count}</b>"
            )
        if tally.unmarked:
            chips.append(f"Unmarked <b>{tally.unmarked}</b>")
        rate = (
            f"Attendance <b>{format_rate(tally.rate)}</b> ({tally.attended} of {tally.marked} "
            "marked lessons)"
        )
        if tally.chronic:
            rate += f" · <b style='color: {CHRONIC_TEXT};'>⚠ chronically absent</b>"
        self.student_totals.setText(
            "&nbsp;&nbsp; ".join(chips) + f"&nbsp;&nbsp;·&nbsp;&nbsp;{rate}"
        )
        charts.student_codes_figure(history, figure=self.student_canvas.figure)
        self.student_canvas.draw_idle()  # type: ignore[no-untyped-call]
        self.student_stack.setCurrentIndex(1)
        self.statusBar().showMessage(f"{history.student_name}: {len(history.rows)} lessons", 5000)
        self._update_actions()
        self.reportShown.emit(int(Tab.STUDENT))

    def _show_missing(self, report: MissingRegisters) -> None:
        self.missing = report
        self.missing_model.set_report(report)
        self.missing_view.expandAll()
        first, _last = self.period()
        until = report.calendar.local(report.until)
        count = report.count
        teachers = len(report.teachers)
        self.missing_heading.setText(
            f"{count} register{'s' if count != 1 else ''} not taken"
            + (f", {teachers} teacher{'s' if teachers != 1 else ''}" if count else "")
        )
        self.missing_facts.setText(
            f"Lessons from {describe_range(first, first)} that ended by "
            f"{until:%a} {until.day} {until:%b %H:%M} with no register: never started, or started "
            "with nobody marked. A lesson counts for the teacher who takes it (cover included)."
        )
        self.statusBar().showMessage(f"{count} registers not taken", 5000)
        self._update_actions()
        self.reportShown.emit(int(Tab.MISSING))

    def current_report(self) -> export.Report | None:
        """The report on show in the current tab, if it has loaded."""
        tab = Tab(self.tabs.currentIndex())
        if tab == Tab.CLASS:
            return self.class_summary
        if tab == Tab.STUDENT:
            return self.history if self.student_stack.currentIndex() == 1 else None
        return self.missing

    def _update_actions(self) -> None:
        has_report = self.current_report() is not None
        self.csv_action.setEnabled(has_report)
        self.xlsx_action.setEnabled(has_report)
        summary_shown = Tab(self.tabs.currentIndex()) == Tab.CLASS and has_report
        self.print_action.setEnabled(summary_shown)
        self.pdf_action.setEnabled(summary_shown)

    @Slot(int)
    def _on_busy(self, pending: int) -> None:
        if not self.closed:
            self.busy.setVisible(pending > 0)

    @Slot()
    def _focus_search(self) -> None:
        tab = Tab(self.tabs.currentIndex())
        search = {Tab.CLASS: self.class_search, Tab.STUDENT: self.student_search}.get(tab)
        if search is not None:
            search.setFocus()
            search.selectAll()

    # --- exporting and printing ----------------------------------------------------------------

    def _suggested_name(self, report: export.Report, suffix: str) -> str:
        if isinstance(report, ClassSummary):
            stem = f"{report.class_name} summary {report.first_day} to {report.last_day}"
        elif isinstance(report, StudentHistory):
            stem = f"{report.student_name} attendance {report.first_day} to {report.last_day}"
        elif isinstance(report, MissingRegisters):
            stem = f"Registers not taken to {report.calendar.local_date(report.until)}"
        else:
            stem = "report"
        return _safe_file_name(stem) + suffix

    def choose_save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        """Ask where to save (tests replace this); None when the person cancels."""
        folder = self._last_folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self, title, str(folder / suggested), file_filter
        )
        return Path(chosen) if chosen else None

    def export_report(self, kind: ExportFormat, path: Path | None = None) -> None:
        """Save the report on show as CSV or XLSX (the file is written off the UI thread)."""
        report = self.current_report()
        if report is None:
            return
        suffix = f".{kind}"
        if path is None:
            path = self.choose_save_path(
                "Export as CSV" if kind == "csv" else "Export as an Excel workbook",
                self._suggested_name(report, suffix),
                "CSV files (*.csv)" if kind == "csv" else "Excel workbooks (*.xlsx)",
            )
            if path is None:
                return
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self._last_folder = path.parent
        self.statusBar().showMessage(f"Saving {path.name}…")

        def done(written: Path) -> None:
            if not self.closed:
                self.statusBar().showMessage(f"Saved {written}", 10_000)

        self.operations.run(
            lambda _session: export.export(report, path, format=kind), done, self._failed
        )

    def _summary_chart(self) -> Figure | None:
        """A fresh chart for paper (the on-screen canvas has the window's proportions)."""
        return charts.class_rate_figure(self.rate_series) if self.rate_series else None

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Save the class summary and its chart as a PDF; returns where, or None."""
        summary = self.class_summary
        if summary is None:
            return None
        if path is None:
            path = self.choose_save_path(
                "Save class summary as PDF", self._suggested_name(summary, ".pdf"), "PDF (*.pdf)"
            )
            if path is None:
                return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._last_folder = path.parent
        try:
            pages = printing.render_class_summary_pdf(summary, path, self._summary_chart())
        except errors.KnownError as error:
            self._failed(error)
            return None
        self.statusBar().showMessage(
            f"Saved {path} ({pages} page{'s' if pages != 1 else ''})", 10_000
        )
        return path

    def print_summary(self) -> bool:
        """Print the class summary and its chart (the print dialog first)."""
        summary = self.class_summary
        if summary is None:
            return False
        try:
            printed = printing.print_class_summary(self, summary, self._summary_chart())
        except errors.KnownError as error:
            self._failed(error)
            return False
        if printed:
            self.statusBar().showMessage(
                f"Sent {summary.class_name}'s summary to the printer", 10_000
            )
        return printed

    # --- errors and closing --------------------------------------------------------------------

    def _failed_if(self, current: Callable[[], bool]) -> Callable[[BaseException], None]:
        def failed(error: BaseException) -> None:
            if current():
                self._failed(error)
            else:
                handled_here(error)  # an answer nobody is waiting for

        return failed

    def _failed(self, error: BaseException) -> None:
        handled_here(error)  # shown here; the main window's catch-all need not again
        if self.closed:
            return
        if isinstance(error, errors.KnownError):
            self.statusBar().showMessage(str(error))
            show_known_error(self, error)
        else:
            self.statusBar().showMessage("Something went wrong; the details are in the log.")
            sys.excepthook(type(error), error, error.__traceback__)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Answers still on their way have no one to show them to.
        self.closed = True
        self._reload_timer.stop()
        super().closeEvent(event)
