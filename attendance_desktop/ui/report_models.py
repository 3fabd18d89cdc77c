"""The Reports window's item models: the lists to pick from and the three reports' tables.

Each model shows a plain frozen report from ``reports`` (loaded off the UI
thread) and never queries anything itself.  ``SortRole`` gives the value a
column sorts by, ``RowRole`` the row's own object, ``SearchRole`` the text the
pickers' word filter matches (``ui/views.py``: accents and case ignored).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from attendance_desktop import i18n, reports
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate
from attendance_desktop.reports import (
    ClassChoice,
    ClassSummary,
    MissingRegisters,
    StudentChoice,
    StudentHistory,
    StudentSummary,
    day_month,
    format_rate,
)
from attendance_desktop.rules import Code
from attendance_desktop.ui.palette import CHRONIC_BACKGROUND, CHRONIC_TEXT, MUTED, WARNING
from attendance_desktop.ui.table_models import ChoiceListModel, ReadOnlyTableModel
from attendance_desktop.ui.views import plain_tip

Index = QModelIndex | QPersistentModelIndex

#: The class summary's columns after the codes' own (see ``ClassSummaryModel.col_unmarked``).
SUMMARY_HEADERS = (
    QT_TRANSLATE_NOOP("ReportModels", "Unmarked"),
    QT_TRANSLATE_NOOP("ReportModels", "Marked"),
    QT_TRANSLATE_NOOP("ReportModels", "Rate"),
    QT_TRANSLATE_NOOP("ReportModels", "Chronic absence"),
)

#: Custom roles: a value to sort by, and the row's own object.
SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
#: Text the search box matches (name, roster id, teacher, classes).
SearchRole = Qt.ItemDataRole.UserRole + 3


# --- figures and dates the reader's way (the Reports window and its printed pages) ---------------


def _day(moment: date | datetime) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def day_text(moment: date | datetime) -> str:
    """A lesson's day with its weekday: "Tue 24 Nov 2026" / "Di., 24. Nov. 2026"."""
    day = _day(moment)
    weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    medium = i18n.medium_date(day)
    return translate(
        "ReportModels", "{weekday} {date}", "a lesson's day: short weekday name, then the date"
    ).format(weekday=weekday, date=medium)


def time_range(start: datetime, end: datetime) -> str:
    """A lesson's start and end: "08:50 to 09:45" with an en dash."""
    start_text, end_text = i18n.clock(start), i18n.clock(end)
    return translate("ReportModels", "{start}\u2013{end}", "a lesson's start and end times").format(
        start=start_text, end=end_text
    )


def moved_words(joined: date | None, left: date | None) -> str:
    """ "joined 3 Nov, left 20 Nov": when a student joined or left the class in the period."""
    joined_text = day_month(joined) if joined else ""
    left_text = day_month(left) if left else ""
    if joined and left:
        return translate("ReportModels", "joined {joined}, left {left}").format(
            joined=joined_text, left=left_text
        )
    if joined:
        return translate("ReportModels", "joined {joined}").format(joined=joined_text)
    if left:
        return translate("ReportModels", "left {left}").format(left=left_text)
    return ""


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
            if row.active:
                return row.name
            return translate(
                "ReportModels", "{name} (inactive)", "a class no longer taught"
            ).format(name=row.name)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.subject:
                tip = translate("ReportModels", "{name}: {subject}, {teacher}").format(
                    name=row.name, subject=row.subject, teacher=row.teacher_name
                )
            else:
                tip = translate("ReportModels", "{name}: no subject, {teacher}").format(
                    name=row.name, teacher=row.teacher_name
                )
            return plain_tip(tip)
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
            # The number the school knows the student by, else the roster id.
            number = row.student_number or row.source_id
            text = f"{row.list_name}  ({number})" if number else row.list_name
            if row.active:
                return text
            return translate(
                "ReportModels", "{name} (left)", "a student who left the school"
            ).format(name=text)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not row.classes:
                return translate("ReportModels", "In no class")
            return plain_tip(", ".join(row.classes))
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
                return translate("ReportModels", "Student")
            if section <= len(self.codes):
                return self.codes[section - 1].label
            return translate("ReportModels", SUMMARY_HEADERS[section - self.col_unmarked])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(section)
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and section > 0
            and section != self.col_chronic
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _header_tip(self, section: int) -> str | None:
        if 1 <= section <= len(self.codes):
            code = self.codes[section - 1]
            if code.counts_as_present:
                tip = translate(
                    "ReportModels", "Lessons marked {label} ({code}); counted as attended"
                )
            else:
                tip = translate(
                    "ReportModels", "Lessons marked {label} ({code}); counted as missed"
                )
            return plain_tip(tip.format(label=code.label, code=code.code))
        if section == self.col_unmarked:
            return translate(
                "ReportModels", "Register started but this student was never marked (in no rate)"
            )
        if section == self.col_rate:
            return translate("ReportModels", "Attended ÷ marked")
        if section == self.col_chronic:
            return translate(
                "ReportModels", "Missed 10% or more of marked lessons (excused included)"
            )
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
            marked = tally.marked
            if tally.chronic:
                words = translate(
                    "ReportModels",
                    "{name}: attended {attended} of %n marked lessons, missed {missed} "
                    "(10% or more): chronically absent",
                    None,
                    marked,
                )
            else:
                words = translate(
                    "ReportModels",
                    "{name}: attended {attended} of %n marked lessons",
                    None,
                    marked,
                )
            return plain_tip(
                words.format(name=row.name, attended=tally.attended, missed=tally.missed)
            )
        return self._style(row, column, role)

    def _text(self, row: StudentSummary, column: int) -> str:
        if column == 0:
            moved = moved_words(row.joined, row.left)
            if not moved:
                return row.list_name
            return translate("ReportModels", "{name}  ({joined_or_left})").format(
                name=row.list_name, joined_or_left=moved
            )
        if column == self.col_rate:
            return format_rate(row.tally.rate)
        if column == self.col_chronic:
            return translate("ReportModels", "⚠ Chronic absence") if row.tally.chronic else ""
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


H_DATE, H_TIME, H_CLASS, H_MARK, H_CHECK_IN, H_NOTE = range(6)
HISTORY_HEADERS = {
    H_DATE: QT_TRANSLATE_NOOP("ReportModels", "Date"),
    H_TIME: QT_TRANSLATE_NOOP("ReportModels", "Time"),
    H_CLASS: QT_TRANSLATE_NOOP("ReportModels", "Class"),
    H_MARK: QT_TRANSLATE_NOOP("ReportModels", "Mark"),
    H_CHECK_IN: QT_TRANSLATE_NOOP("ReportModels", "Check-in"),
    H_NOTE: QT_TRANSLATE_NOOP("ReportModels", "Note"),
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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        title = super().headerData(section, orientation, role)
        return translate("ReportModels", title) if isinstance(title, str) else title

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
            return plain_tip(row.note)
        return None


def _history_text(row: reports.HistoryRow, column: int) -> str | None:
    if column == H_DATE:
        return day_text(row.start)
    if column == H_TIME:
        return i18n.clock(row.start)
    if column == H_CLASS:
        return row.class_name
    if column == H_MARK:
        if row.code is None:
            return translate("ReportModels", "Unmarked")
        return translate(
            "ReportModels", "{label} ({code})", "a mark: its name, then its code"
        ).format(label=row.code.label, code=row.code.code)
    if column == H_CHECK_IN:
        return i18n.clock(row.check_in) if row.check_in else ""
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
    M_WHEN: QT_TRANSLATE_NOOP("ReportModels", "Teacher / date"),
    M_TIME: QT_TRANSLATE_NOOP("ReportModels", "Time"),
    M_CLASS: QT_TRANSLATE_NOOP("ReportModels", "Class"),
    M_ROOM: QT_TRANSLATE_NOOP("ReportModels", "Room"),
    M_STATE: QT_TRANSLATE_NOOP("ReportModels", "Register"),
}
#: What a register not taken is, by its lesson's status.
MISSING_REASONS = {
    "planned": QT_TRANSLATE_NOOP("ReportModels", "Never started"),
    "open": QT_TRANSLATE_NOOP("ReportModels", "Started, nobody marked"),
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
            return translate("ReportModels", MISSING_HEADERS[section])
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
                    count = len(teacher.registers)
                    return translate("ReportModels", "%n not taken", None, count)
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
            return _missing_text(register, column)
        if role == RowRole:
            return register
        if role == Qt.ItemDataRole.ForegroundRole and column == M_STATE:
            return QColor(CHRONIC_TEXT if register.status == "planned" else WARNING)
        return None


def _missing_text(register: reports.MissingRegister, column: int) -> str | None:
    if column == M_WHEN:
        return day_text(register.start)
    if column == M_TIME:
        return time_range(register.start, register.end)
    if column == M_CLASS:
        return register.class_name
    if column == M_ROOM:
        return register.room or ""
    if column == M_STATE:
        reason = MISSING_REASONS.get(register.status, MISSING_REASONS["open"])
        return translate("ReportModels", reason)
    return None
