"""File > Import timetable: choose a file, see what it would change, apply it in one go.

The same three steps as a roster (``ui/import_dialog.py``), for the four kinds of
file ``timetable.reading`` recognises by content: bell times (CSV), a timetable
(CSV), weekly lessons or non-school days (iCalendar).

1. *Preview*: ``school_day.preview_file`` reads the file in the school's time zone
   and runs the import in a transaction it rolls back (a dry run) on the
   ``Operations`` worker: what the file holds, how many periods, lessons or
   non-school days would be added, changed or removed, every problem with file,
   line and column (which block the import) and warnings (which do not).
2. *Import*: ``school_day.apply_file`` writes the previewed plan in one
   transaction: all of it, or nothing when the register changed meanwhile.
3. Importing the same file again previews "nothing to change".

Settings > School day opens the same dialog for one kind of file only
(``expected``): its "Import bell times…" cannot replace the timetable.
"""

from __future__ import annotations

import functools
import html
import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop import errors, roster
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, clock, number, translate
from attendance_desktop.timetable import reading, school_day
from attendance_desktop.timetable.week import WEEKDAY_NAMES, describe_days
from attendance_desktop.ui import palette
from attendance_desktop.ui.app_window import fitting_minimum
from attendance_desktop.ui.error_dialogs import show_known_error
from attendance_desktop.ui.import_dialog import COL_COLUMN as PROBLEM_COLUMN
from attendance_desktop.ui.import_dialog import COL_FILE as PROBLEM_FILE
from attendance_desktop.ui.import_dialog import COL_LINE as PROBLEM_LINE
from attendance_desktop.ui.import_dialog import COL_MESSAGE, ProblemsModel
from attendance_desktop.ui.mark_writer import handled_here
from attendance_desktop.ui.operations import Latest, Operations
from attendance_desktop.ui.school_day_page import date_range
from attendance_desktop.ui.table_models import ReadOnlyTableModel
from attendance_desktop.ui.views import setup_table

log = logging.getLogger("attendance.ui.timetable_import")

Index = QModelIndex | QPersistentModelIndex

#: Warnings listed in the preview; past this, "and N more".
_SHOWN_WARNINGS = 12

FILE_FILTERS = {
    None: QT_TRANSLATE_NOOP("SchoolDay", "Timetable files (*.csv *.ics *.txt);;All files (*)"),
    reading.BELL_TIMES: QT_TRANSLATE_NOOP("SchoolDay", "Bell times (*.csv *.txt);;All files (*)"),
    reading.NON_SCHOOL_DAYS: QT_TRANSLATE_NOOP("SchoolDay", "Calendars (*.ics);;All files (*)"),
    reading.TERMS: QT_TRANSLATE_NOOP("SchoolDay", "Calendars (*.ics);;All files (*)"),
}

FORMATS_HELP = QT_TRANSLATE_NOOP(
    "SchoolDay",
    "<b>Bell times</b>: a CSV file with the columns <i>period, start, end</i> and, when "
    "some days differ, <i>days</i> (Mon-Fri, Wed, A-Mon...).<br>"
    "<b>A timetable</b>: a CSV file with <i>class, day, period, room, teacher</i> (day Mon..Fri, "
    "or A-Mon..B-Fri on a two-week rotation; <i>start, end</i> may stand for the period), or "
    "an iCalendar (.ics) export of weekly lessons.<br>"
    "<b>Holidays and closure days</b>: an iCalendar (.ics) file of all-day events, as "
    "education authorities publish term dates.<br><br>"
    "The kind of file is recognised from what it holds. Nothing is written until you press "
    "<b>Import</b>; an import is all or nothing. Bell times and a timetable replace the ones "
    "there; holidays are added to those already known. Lessons already registered never move.",
)

#: What the rows of each kind of file are called.
ROW_NAMES = {
    reading.BELL_TIMES: QT_TRANSLATE_NOOP("SchoolDay", "Periods"),
    reading.TIMETABLE: QT_TRANSLATE_NOOP("SchoolDay", "Weekly lessons"),
    reading.CALENDAR_LESSONS: QT_TRANSLATE_NOOP("SchoolDay", "Weekly lessons"),
    reading.NON_SCHOOL_DAYS: QT_TRANSLATE_NOOP("SchoolDay", "Non-school days"),
    reading.TERMS: QT_TRANSLATE_NOOP("SchoolDay", "Terms"),
}


# --- what the file changes ----------------------------------------------------------------------

COL_KIND, COL_ADDED, COL_CHANGED, COL_REMOVED, COL_UNCHANGED = range(5)
CHANGE_HEADERS = {
    COL_KIND: "",
    COL_ADDED: QT_TRANSLATE_NOOP("SchoolDay", "Added"),
    COL_CHANGED: QT_TRANSLATE_NOOP("SchoolDay", "Changed"),
    COL_REMOVED: QT_TRANSLATE_NOOP("SchoolDay", "Removed"),
    COL_UNCHANGED: QT_TRANSLATE_NOOP("SchoolDay", "Unchanged"),
}
CHANGE_TIPS = {
    COL_ADDED: QT_TRANSLATE_NOOP("SchoolDay", "Not in the register yet: will be added"),
    COL_CHANGED: QT_TRANSLATE_NOOP(
        "SchoolDay",
        "The same period, or the same class on the same day, with new times, room or teacher",
    ),
    COL_REMOVED: QT_TRANSLATE_NOOP(
        "SchoolDay",
        "In the register but not in the file: future lessons made from it go; "
        "lessons already registered stay",
    ),
    COL_UNCHANGED: QT_TRANSLATE_NOOP(
        "SchoolDay", "Already in the register exactly as in this file"
    ),
}
CHANGE_COLOURS = {COL_ADDED: palette.SUCCESS, COL_CHANGED: palette.INFO, COL_REMOVED: palette.ERROR}


class ChangesModel(ReadOnlyTableModel):
    """What an import would do (or did): one row, the file's kind of record."""

    headers = CHANGE_HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, school_day.ImportResult]] = []

    def set_result(self, kind: str, result: school_day.ImportResult | None) -> None:
        self.beginResetModel()
        name = translate("SchoolDay", ROW_NAMES[kind]) if kind in ROW_NAMES else kind
        self.rows = [] if result is None else [(name, result)]
        self.endResetModel()

    @staticmethod
    def value(result: school_day.ImportResult, column: int) -> int:
        return {
            COL_ADDED: result.new,
            COL_CHANGED: result.changed,
            COL_REMOVED: result.gone,
            COL_UNCHANGED: result.kept,
        }[column]

    def count(self, column: int) -> int:
        """The figure shown in ``column`` (tests)."""
        return self.value(self.rows[0][1], column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and section in CHANGE_HEADERS:
            if role == Qt.ItemDataRole.DisplayRole:
                title = CHANGE_HEADERS[section]
                return translate("SchoolDay", title) if title else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                tip = CHANGE_TIPS.get(section)
                return translate("SchoolDay", tip) if tip else None
            if role == Qt.ItemDataRole.TextAlignmentRole and section != COL_KIND:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        label, result = self.rows[index.row()]
        column = index.column()
        value = None if column == COL_KIND else self.value(result, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return label if value is None else number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_KIND:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and value is not None:
            if value == 0:
                return QColor(palette.DISABLED)
            if column in CHANGE_COLOURS:
                return QColor(CHANGE_COLOURS[column])
        if role == Qt.ItemDataRole.FontRole and (
            column == COL_KIND or (value and column != COL_UNCHANGED)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = CHANGE_TIPS.get(column)
            return translate("SchoolDay", tip) if tip else None
        return None


# --- what the file holds ------------------------------------------------------------------------


def _time(value: Any) -> str:
    return clock(value) if value is not None else ""


def recognised(plan: reading.TimetablePlan) -> str:
    """ "bells.csv holds bell times: 6 periods." """
    file, n = plan.file, len(plan.slots)
    if plan.kind == reading.BELL_TIMES:
        n = len(plan.bells)
        text = translate("SchoolDay", "{file} holds bell times: %n periods.", None, n)
    elif plan.kind == reading.TIMETABLE:
        text = translate("SchoolDay", "{file} holds a timetable: %n lessons a week.", None, n)
    elif plan.kind == reading.CALENDAR_LESSONS:
        text = translate(
            "SchoolDay", "{file} holds lessons from a calendar: %n weekly lessons.", None, n
        )
    elif plan.kind == reading.NON_SCHOOL_DAYS:
        n = len(plan.closures)
        text = translate(
            "SchoolDay", "{file} holds non-school days: %n holidays or closure days.", None, n
        )
    elif plan.kind == reading.TERMS:
        n = len(plan.closures)
        text = translate("SchoolDay", "{file} holds terms: %n terms.", None, n)
    else:
        text = translate("SchoolDay", "{file} holds nothing that can be imported.")
    return text.format(file=file)


def contents(plan: reading.TimetablePlan) -> tuple[list[str], list[list[str]]]:
    """The file's rows as the preview lists them: column titles and text."""
    if plan.kind == reading.BELL_TIMES:
        titles = [
            translate("SchoolDay", "Period"),
            translate("SchoolDay", "Starts"),
            translate("SchoolDay", "Ends"),
            translate("SchoolDay", "Days"),
        ]
        return titles, [
            [b.period, _time(b.start), _time(b.end), describe_days(b.days)] for b in plan.bells
        ]
    if plan.kind in (reading.NON_SCHOOL_DAYS, reading.TERMS):
        titles = [translate("SchoolDay", "Dates"), translate("SchoolDay", "Name")]
        return titles, [[date_range(c.first, c.last), c.name] for c in plan.closures]
    rows = []
    for slot in plan.slots:
        when = (
            translate("SchoolDay", "period {period}").format(period=slot.period)
            if slot.period
            else translate("SchoolDay", "{start}\u2013{end}").format(
                start=_time(slot.start), end=_time(slot.end)
            )
        )
        day = str(slot.day) if slot.day.week else WEEKDAY_NAMES[slot.day.weekday]
        rows.append([slot.class_name, day, when, slot.room, slot.teacher])
    titles = [
        translate("SchoolDay", "Class"),
        translate("SchoolDay", "Day"),
        translate("SchoolDay", "When"),
        translate("SchoolDay", "Room"),
        translate("SchoolDay", "Teacher"),
    ]
    return titles, rows


def changes_heading(kind: str, *, done: bool) -> str:
    """ "Importing this file would change the bell times:" (or, ``done``, "were made")."""
    if done:
        headings = {
            "bell times": translate(
                "SchoolDay", "Imported. These changes were made to the bell times:"
            ),
            "timetable": translate(
                "SchoolDay", "Imported. These changes were made to the timetable:"
            ),
            "non-school days": translate(
                "SchoolDay", "Imported. These changes were made to the non-school days:"
            ),
            "terms": translate("SchoolDay", "Imported. These changes were made to the terms:"),
        }
    else:
        headings = {
            "bell times": translate(
                "SchoolDay", "Importing this file would change the bell times:"
            ),
            "timetable": translate("SchoolDay", "Importing this file would change the timetable:"),
            "non-school days": translate(
                "SchoolDay", "Importing this file would change the non-school days:"
            ),
            "terms": translate("SchoolDay", "Importing this file would change the terms:"),
        }
    return headings.get(kind, headings["timetable"])


class ContentsModel(ReadOnlyTableModel):
    """The rows of the file, as read (the office checks them before importing)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.titles: list[str] = []
        self.rows: list[list[str]] = []

    def set_plan(self, plan: reading.TimetablePlan | None) -> None:
        self.beginResetModel()
        self.titles, self.rows = contents(plan) if plan is not None else ([], [])
        self.endResetModel()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.titles)
        ):
            return self.titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.rows[index.row()]
            return row[index.column()] if index.column() < len(row) else None
        return None


# --- the dialog ---------------------------------------------------------------------------------


class Stage(Enum):
    """Where the dialog is (public for tests)."""

    EMPTY = "empty"
    CHECKING = "checking"
    READY = "ready"
    PROBLEMS = "problems"
    IMPORTING = "importing"
    DONE = "done"
    FAILED = "failed"


def _heading(text: str = "") -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _quiet(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {palette.MUTED};")
    return label


class TimetableImportDialog(QDialog):
    """Choose a timetable file, preview it, import it: all of it or none of it.

    ``expected`` limits it to one kind of file (``reading.BELL_TIMES`` or
    ``reading.NON_SCHOOL_DAYS``, from Settings > School day).  ``applied`` is True
    once an import has been committed.
    """

    def __init__(
        self, parent: QWidget | None, operations: Operations, expected: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timetableImportDialog")
        self.operations = operations
        self.expected = expected
        self.stage = Stage.EMPTY
        self.path: Path | None = None
        self.preview: school_day.FilePreview | None = None
        self.outcome: school_day.ImportResult | None = None
        self.applied = False
        self._latest = Latest()
        title = {
            reading.BELL_TIMES: translate("SchoolDay", "Import bell times"),
            reading.NON_SCHOOL_DAYS: translate("SchoolDay", "Import holidays and closure days"),
            reading.TERMS: translate("SchoolDay", "Import terms"),
        }.get(expected or "", translate("SchoolDay", "Import timetable"))
        self.setWindowTitle(title)
        self.setMinimumSize(fitting_minimum(self, QSize(640, 480)))

        intro = QLabel(
            {
                reading.BELL_TIMES: translate(
                    "SchoolDay", "Bring in the times of the school day's periods from a CSV file."
                ),
                reading.NON_SCHOOL_DAYS: translate(
                    "SchoolDay",
                    "Bring in holidays and closure days from an iCalendar (.ics) file, such as "
                    "your education authority's term dates.",
                ),
                reading.TERMS: translate(
                    "SchoolDay",
                    "Bring in the terms from an iCalendar (.ics) file with one all-day event for "
                    "each term, such as your education authority's term dates.",
                ),
            }.get(
                expected or "",
                translate(
                    "SchoolDay",
                    "Bring in bell times, the weekly timetable, or holidays from a file your "
                    "school's information system or education authority exports.",
                ),
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("timetablePath")
        self.path_edit.setAccessibleName(translate("SchoolDay", "File to import"))
        self.path_edit.setPlaceholderText(
            translate("SchoolDay", "A .ics file")
            if expected in (reading.NON_SCHOOL_DAYS, reading.TERMS)
            else translate("SchoolDay", "A .csv or .ics file")
        )
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.returnPressed.connect(self._path_entered)
        self.file_button = QPushButton(translate("SchoolDay", "Choose file\u2026"))
        self.file_button.clicked.connect(self.choose_file)
        chooser = QHBoxLayout()
        chooser.addWidget(self.path_edit, 1)
        chooser.addWidget(self.file_button)

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedWidth(120)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.hide()
        self.status = QLabel()
        self.status.setObjectName("timetableImportStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        status_row = QHBoxLayout()
        status_row.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignVCenter)
        status_row.addWidget(self.status, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._help_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._problems_page())

        self.import_button = QPushButton(translate("SchoolDay", "Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(translate("SchoolDay", "Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self._close)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(chooser)
        layout.addLayout(status_row)
        layout.addWidget(self.pages, 1)
        layout.addWidget(line)
        layout.addLayout(buttons)
        self.resize(self.minimumSize().expandedTo(QSize(760, 560)))
        self._set_stage(Stage.EMPTY)

    # --- building ----------------------------------------------------------------------------

    def _help_page(self) -> QLabel:
        help_label = QLabel(translate("SchoolDay", FORMATS_HELP))
        help_label.setWordWrap(True)
        help_label.setTextFormat(Qt.TextFormat.RichText)
        help_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        help_label.setStyleSheet(f"color: {palette.MUTED};")
        help_label.setContentsMargins(4, 12, 4, 4)
        return help_label

    def _preview_page(self) -> QWidget:
        self.changes_model = ChangesModel(self)
        self.changes_view = setup_table(QTableView(), row_height=30)
        self.changes_view.setModel(self.changes_model)
        self.changes_view.setObjectName("timetableChanges")
        self.changes_view.setAccessibleName(translate("SchoolDay", "What the import changes"))
        self.changes_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.changes_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.changes_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.changes_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for policy in (
            self.changes_view.setVerticalScrollBarPolicy,
            self.changes_view.setHorizontalScrollBarPolicy,
        ):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview_heading = _heading()
        self.preview_details = _quiet()
        self.notes = QLabel()
        self.notes.setObjectName("timetableNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.hide()
        self.contents_label = QLabel(translate("SchoolDay", "In the file:"))
        self.contents_model = ContentsModel(self)
        self.contents_view = setup_table(QTableView(), row_height=26)
        self.contents_view.setModel(self.contents_model)
        self.contents_view.setObjectName("timetableContents")
        self.contents_view.setAccessibleName(translate("SchoolDay", "What the file holds"))
        self.contents_view.horizontalHeader().setStretchLastSection(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.preview_heading)
        layout.addWidget(self.preview_details)
        layout.addWidget(self.changes_view)
        layout.addWidget(self.notes)
        layout.addSpacing(4)
        layout.addWidget(self.contents_label)
        layout.addWidget(self.contents_view, 1)
        return page

    def _problems_page(self) -> QWidget:
        self.problems_model = ProblemsModel(self)
        self.problems_view = setup_table(QTableView(), grid=True, wrap=True)
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setObjectName("timetableProblems")
        self.problems_view.setAccessibleName(translate("SchoolDay", "Problems in the file"))
        header = self.problems_view.horizontalHeader()
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        for column, width in {PROBLEM_FILE: 130, PROBLEM_LINE: 50, PROBLEM_COLUMN: 110}.items():
            self.problems_view.setColumnWidth(column, width)
        self.problems_heading = _heading()
        self.problems_heading.setStyleSheet(palette.text_style(palette.ERROR))
        hint = QLabel(
            translate(
                "SchoolDay",
                "Nothing has been written. Fix these in the file (or in your school's system and "
                "export again), then choose the file again.",
            )
        )
        hint.setWordWrap(True)
        self.copy_button = QPushButton(translate("SchoolDay", "Copy problems"))
        self.copy_button.setToolTip(
            translate("SchoolDay", "Copy the list, to send to whoever keeps the file")
        )
        self.copy_button.clicked.connect(self.copy_problems)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.problems_heading)
        layout.addWidget(hint)
        layout.addWidget(self.problems_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    # --- choosing ----------------------------------------------------------------------------

    @Slot()
    def choose_file(self) -> None:
        start = str(self.path.parent if self.path else Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.windowTitle(),
            start,
            translate("SchoolDay", FILE_FILTERS.get(self.expected, FILE_FILTERS[None])),
        )
        if chosen:
            self.load(Path(chosen))

    @Slot()
    def _path_entered(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            self.load(Path(text).expanduser())

    def load(self, path: Path) -> None:
        """Read ``path`` and preview what importing it would change (a dry run)."""
        if self.stage == Stage.IMPORTING:
            return
        self.path = Path(path)
        self.preview = None
        self.outcome = None
        self.path_edit.setText(str(self.path))
        self.status.setText(
            translate(
                "SchoolDay", "Reading {file} and comparing it with the register\u2026"
            ).format(file=self.path.name)
        )
        self._set_stage(Stage.CHECKING)
        self.operations.run(
            functools.partial(school_day.preview_file, path=self.path, expected=self.expected),
            self._show_preview,
            lambda error: self._failed(
                error, translate("SchoolDay", "The file could not be read.")
            ),
            owner=self,
            latest=self._latest,
            deadline=None,
        )

    # --- the preview -------------------------------------------------------------------------

    def _show_preview(self, preview: school_day.FilePreview) -> None:
        self.preview = preview
        if preview.problems or preview.result is None:
            self._show_problems(preview.problems)
            return
        result = preview.result
        plan = preview.plan
        self._set_changes(plan.kind, result)
        self.preview_heading.setText(
            translate(
                "SchoolDay", "The register already matches this file: there is nothing to change."
            )
            if result.nothing_to_do
            else changes_heading(result.kind, done=False)
        )
        self.preview_details.setText(recognised(plan))
        self._show_warnings(preview.warnings)
        self.contents_model.set_plan(plan)
        self.contents_view.resizeColumnsToContents()
        for column in range(self.contents_model.columnCount() - 1):  # a little air
            self.contents_view.setColumnWidth(column, self.contents_view.columnWidth(column) + 16)
        self.pages.setCurrentIndex(1)
        self._set_stage(Stage.READY)
        self.import_button.setEnabled(not result.nothing_to_do)
        self.status.setText(
            translate("SchoolDay", "Nothing to do.")
            if result.nothing_to_do
            else translate("SchoolDay", "Press Import to write these changes, all in one go.")
        )
        if not result.nothing_to_do:
            self.import_button.setFocus()

    def _set_changes(self, kind: str, result: school_day.ImportResult) -> None:
        self.changes_model.set_result(kind, result)
        view = self.changes_view
        view.setFixedHeight(
            view.horizontalHeader().sizeHint().height()
            + view.verticalHeader().length()
            + 2 * view.frameWidth()
        )

    def _show_warnings(self, warnings: list[roster.RosterProblem]) -> None:
        if not warnings:
            self.notes.clear()
            self.notes.hide()
            return
        shown = warnings[:_SHOWN_WARNINGS]
        items = "".join(
            f"<li>{html.escape(roster.format_problem(w), quote=False)}</li>" for w in shown
        )
        hidden = len(warnings) - len(shown)
        if hidden:
            more = translate("SchoolDay", "\u2026 and %n more.", None, hidden)
            items += f"<li>{html.escape(more, quote=False)}</li>"
        n = len(warnings)
        heading = translate("SchoolDay", "%n warnings (the import can go ahead)", None, n)
        self.notes.setText(
            f"<b style='color: {palette.WARNING};'>{html.escape(heading, quote=False)}</b>"
            f"<ul style='margin-left: 0px;'>{items}</ul>"
        )
        self.notes.show()

    def _show_problems(self, problems: list[roster.RosterProblem]) -> None:
        self.problems_model.set_problems(problems)
        self.problems_view.resizeRowsToContents()
        n = roster.problem_count(problems)
        self.problems_heading.setText(
            translate(
                "SchoolDay",
                "The file has %n problems. It cannot be imported until they are fixed.",
                None,
                n,
            )
        )
        if self.path:
            self.status.setText(
                translate(
                    "SchoolDay", "Nothing was imported: %n problems in {file}.", None, n
                ).format(file=self.path.name)
            )
        else:
            self.status.setText(
                translate("SchoolDay", "Nothing was imported: %n problems in the file.", None, n)
            )
        self.pages.setCurrentIndex(2)
        self._set_stage(Stage.PROBLEMS)

    def problems_text(self) -> str:
        problems = self.problems_model.problems
        return roster.format_problems(problems, limit=None) + "\n"

    @Slot()
    def copy_problems(self) -> None:
        QGuiApplication.clipboard().setText(self.problems_text())
        self.copy_button.setText(translate("SchoolDay", "Copied"))
        QTimer.singleShot(
            2000, self, lambda: self.copy_button.setText(translate("SchoolDay", "Copy problems"))
        )

    # --- importing ---------------------------------------------------------------------------

    @Slot()
    def start_import(self) -> None:
        """Write the previewed file in one transaction."""
        preview = self.preview
        if (
            self.stage not in (Stage.READY, Stage.FAILED)
            or preview is None
            or preview.result is None
            or preview.result.nothing_to_do
        ):
            return
        self.status.setText(
            translate("SchoolDay", "Importing {file}\u2026").format(file=preview.plan.file)
        )
        self._set_stage(Stage.IMPORTING)
        log.info("importing %s", preview.plan.describe())
        self.operations.run(
            functools.partial(school_day.apply_file, plan=preview.plan),
            self._on_imported,
            lambda error: self._failed(
                error, translate("SchoolDay", "The import failed. Nothing was imported.")
            ),
            owner=self,
            deadline=None,
        )

    def _on_imported(self, result: school_day.ImportResult) -> None:
        self.outcome = result
        if result.problems:
            self._show_problems(result.problems)  # the register changed since the preview
            return
        assert self.preview is not None
        log.info("imported %s: %s", self.preview.plan.file, result.describe())
        self.applied = True
        self._set_changes(self.preview.plan.kind, result)
        self.preview_heading.setText(changes_heading(result.kind, done=True))
        self._set_stage(Stage.DONE)
        self.status.setText(
            translate(
                "SchoolDay",
                "{file} was imported. Lessons from today on follow it; registers already taken "
                "are left as they are.",
            ).format(file=self.preview.plan.file)
        )
        self.close_button.setFocus()

    def _failed(self, error: BaseException, words: str) -> None:
        """A file that cannot be read, a database that cannot be reached: plain words; a bug
        goes to the crash dialog."""
        handled_here(error)
        self._set_stage(Stage.FAILED)
        if self.preview is None:
            self.pages.setCurrentIndex(0)
        if isinstance(error, errors.KnownError):
            self.status.setText(
                translate("SchoolDay", "{what} {why}").format(what=words, why=error.message)
            )
            show_known_error(self, error)
        else:
            self.status.setText(words)
            sys.excepthook(type(error), error, error.__traceback__)
        ready = self.preview is not None and self.preview.result is not None
        self.import_button.setEnabled(ready and not self.applied)

    # --- state -------------------------------------------------------------------------------

    def _set_stage(self, stage: Stage) -> None:
        self.stage = stage
        busy = stage in (Stage.CHECKING, Stage.IMPORTING)
        self.busy_bar.setVisible(busy)
        for widget in (self.path_edit, self.file_button):
            widget.setEnabled(stage != Stage.IMPORTING)
        if stage != Stage.READY:
            self.import_button.setEnabled(False)
        self.close_button.setEnabled(stage != Stage.IMPORTING)
        self.copy_button.setEnabled(stage == Stage.PROBLEMS)
        if stage == Stage.EMPTY:
            self.pages.setCurrentIndex(0)
            self.status.setText(translate("SchoolDay", "Choose the file to import."))
        self.status.setStyleSheet(
            palette.text_style(palette.ERROR)
            if stage in (Stage.PROBLEMS, Stage.FAILED)
            else palette.text_style(palette.SUCCESS, bold=True)
            if stage == Stage.DONE
            else ""
        )
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    @Slot()
    def _close(self) -> None:
        if self.applied:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        if self.stage == Stage.IMPORTING:
            return  # one short transaction: it finishes, then the dialog can close
        self._latest.cancel()
        if self.applied:
            super().accept()
        else:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the path field reads it; it must not also press Import.
        if self.path_edit.hasFocus() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)


def import_timetable(
    parent: QWidget,
    operations: Operations,
    *,
    expected: str | None = None,
    path: Path | None = None,
) -> bool:
    """File > Import timetable: the dialog, modal over ``parent``; True when something was
    imported (the caller reloads the day's lessons).  ``path`` previews that file at once."""
    dialog = TimetableImportDialog(parent, operations, expected)
    if path is not None:
        QTimer.singleShot(0, dialog, lambda: dialog.load(path))
    try:
        dialog.exec()
        return dialog.applied
    finally:
        dialog.deleteLater()
