"""Settings > School day: bell times, the Week A / Week B rotation, the non-school days and
the terms.

The office's page for what makes the day's lessons (``timetable.school_day``):

- **Bell times**, edited in place: period, start, end, and the days they apply
  to ("Mon-Fri", "Wed", "A-Mon" on a rotation);
- **the two-week rotation**: on or off, and a Monday of a Week A;
- **holidays and closure days**, and **terms**, one tab each beside the bell
  times: a list, with a date range and a name to add (``DateRangesBox``).  With
  terms listed, a day outside every term has no lessons; without, every day
  that is not a holiday may have some.

Like every page of Settings it fills itself with ``load``, says what is wrong with
``check`` (a sentence naming the row) and hands what changed to the dialog with
``unsaved``; ``SettingsDialog`` saves it with the other tabs in one transaction.
"Import bell times…", "Import holidays…" and "Import terms…" open
``TimetableImportDialog`` for that kind of file; what it imports is in the database
at once, and that part of the page is reloaded from it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop import errors
from attendance_desktop.i18n import (
    QT_TRANSLATE_NOOP,
    medium_date,
    translate,
    weekday_date,
)
from attendance_desktop.timetable import reading
from attendance_desktop.timetable.school_day import (
    BellText,
    ClosureRow,
    SchoolDayValues,
    TermRow,
    load_school_day,
    new_closure_problem,
    new_term_problem,
    read_bells,
    school_day_problems,
)
from attendance_desktop.timetable.week import week_of
from attendance_desktop.ui import palette
from attendance_desktop.ui.operations import Operations
from attendance_desktop.ui.table_models import ReadOnlyTableModel
from attendance_desktop.ui.views import plain_tip, setup_table

Index = QModelIndex | QPersistentModelIndex

#: The dates shown in the page's lists and fields.
DATE_FORMAT = "ddd d MMM yyyy"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


# --- bell times ---------------------------------------------------------------------------------


class BellsModel(QAbstractTableModel):
    """The periods of the day, edited in place as text; checked when saved."""

    PERIOD, START, END, DAYS = range(4)
    HEADERS = {
        PERIOD: QT_TRANSLATE_NOOP("SchoolDay", "Period"),
        START: QT_TRANSLATE_NOOP("SchoolDay", "Starts"),
        END: QT_TRANSLATE_NOOP("SchoolDay", "Ends"),
        DAYS: QT_TRANSLATE_NOOP("SchoolDay", "Days"),
    }
    TIPS = {
        PERIOD: QT_TRANSLATE_NOOP(
            "SchoolDay", "The period's name as the timetable writes it: 1, 2, 3 or Reg"
        ),
        START: QT_TRANSLATE_NOOP("SchoolDay", "When it starts, as 08:50"),
        END: QT_TRANSLATE_NOOP("SchoolDay", "When it ends, as 09:45"),
        DAYS: QT_TRANSLATE_NOOP(
            "SchoolDay", "Mon-Fri, Wed, Mon,Tue,Thu; A-Mon or B-Fri on a two-week timetable"
        ),
    }
    _FIELDS = {PERIOD: "period", START: "start", END: "end", DAYS: "days"}

    #: The rows changed (an edit, a row added or removed).
    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BellText] = []
        self._loaded: list[BellText] = []

    def set_rows(self, rows: Sequence[BellText]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._loaded = list(rows)
        self.endResetModel()

    def rows(self) -> list[BellText]:
        return list(self._rows)

    def is_changed(self) -> bool:
        return self._rows != self._loaded

    def add_row(self) -> QModelIndex:
        """A new period after the last, starting when the last ends."""
        last = self._rows[-1] if self._rows else None
        row = BellText(
            str(int(last.period) + 1) if last and last.period.isdigit() else "",
            last.end if last else "08:50",
            "",
            last.days if last else "Mon-Fri",
        )
        number = len(self._rows)
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.append(row)
        self.endInsertRows()
        self.edited.emit()
        return self.index(number, self.PERIOD if not row.period else self.END)

    def remove_row(self, number: int) -> None:
        if 0 <= number < len(self._rows):
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            self.endRemoveRows()
            self.edited.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section not in self.HEADERS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("SchoolDay", self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("SchoolDay", self.TIPS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return str(getattr(row, self._FIELDS[index.column()]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("SchoolDay", self.TIPS[index.column()])
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        row = self._rows[index.row()]
        text = str(value).strip()
        field = self._FIELDS[index.column()]
        if getattr(row, field) == text:
            return True
        self._rows[index.row()] = replace(row, **{field: text})
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


# --- non-school days ----------------------------------------------------------------------------


def _pattern(day: date, pattern: str) -> str:
    return QLocale().toString(_qdate(day), pattern)


def _day_text(day: date) -> str:
    """ "Fri 4 Dec 2026", the reader's way."""
    pattern = translate(
        "SchoolDay", "ddd d MMM yyyy", "QLocale date pattern: short weekday, day, month, year"
    )
    return _pattern(day, pattern)


def date_range(first: date, last: date) -> str:
    """ "Fri 4 Dec 2026", "21-30 Dec 2026", "19 Dec 2026 - 4 Jan 2027" (with en dashes),
    in the reader's language."""
    if first == last:
        return _day_text(first)
    if (first.year, first.month) == (last.year, last.month):
        day = translate("SchoolDay", "d", "QLocale date pattern: the first day of a range")
        return translate("SchoolDay", "{first}\u2013{last}", "a range of days in one month").format(
            first=_pattern(first, day), last=medium_date(last)
        )
    if first.year == last.year:
        day_month = translate(
            "SchoolDay", "d MMM", "QLocale date pattern: the first day of a range, with its month"
        )
        return translate("SchoolDay", "{first} \u2013 {last}").format(
            first=_pattern(first, day_month), last=medium_date(last)
        )
    return translate("SchoolDay", "{first} \u2013 {last}").format(
        first=medium_date(first), last=medium_date(last)
    )


class DateRangesModel(ReadOnlyTableModel):
    """Holidays and closure days, or terms: date ranges with a name, in date order."""

    DATES, NAME = range(2)
    headers = {
        DATES: QT_TRANSLATE_NOOP("SchoolDay", "Dates"),
        NAME: QT_TRANSLATE_NOOP("SchoolDay", "Name"),
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        value = super().headerData(section, orientation, role)
        return translate("SchoolDay", value) if isinstance(value, str) and value else value

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows)
        self.endResetModel()

    def add(self, row: Any) -> int:
        """Add ``row`` in date order; its row number."""
        number = next((n for n, r in enumerate(self.rows) if r > row), len(self.rows))
        self.beginInsertRows(QModelIndex(), number, number)
        self.rows.insert(number, row)
        self.endInsertRows()
        return number

    def remove(self, number: int) -> None:
        if 0 <= number < len(self.rows):
            self.beginRemoveRows(QModelIndex(), number, number)
            del self.rows[number]
            self.endRemoveRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return date_range(row.first, row.last) if column == self.DATES else row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            days = (row.last - row.first).days + 1
            return plain_tip(
                translate("SchoolDay", "{name}: {first} to {last}, %n days", None, days).format(
                    name=row.name, first=_day_text(row.first), last=_day_text(row.last)
                )
            )
        if role == Qt.ItemDataRole.ForegroundRole and row.last < date.today():
            return QColor(palette.DISABLED)  # past: kept for the reports
        return None


#: The list of holidays was called this before terms came; tests and screenshots use it.
ClosuresModel = DateRangesModel


class DateRangesBox(QWidget):
    """A list of named date ranges, with fields to add one and buttons to remove one or
    import a calendar of them: the holidays, and the terms.

    ``problem_for(rows, row)`` says why ``row`` cannot be added to ``rows`` (or None);
    ``make_row(first, last, name)`` makes a row."""

    #: The list changed (added or removed a row).
    edited = Signal()

    def __init__(
        self,
        title: str,
        names: dict[str, str],
        make_row: Callable[[date, date, str], Any],
        problem_for: Callable[[Sequence[Any], Any], str | None],
    ) -> None:
        super().__init__()
        self.setAccessibleName(title)
        self._make_row = make_row
        self._problem_for = problem_for
        self.model = DateRangesModel(self)
        view = setup_table(QTableView(), row_height=26)
        view.setObjectName(names["list"])
        view.setAccessibleName(title)
        view.setModel(self.model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setColumnWidth(DateRangesModel.DATES, 150)
        view.horizontalHeader().setStretchLastSection(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view = view

        today = QDate.currentDate()
        self.first_edit = QDateEdit(today)
        self.first_edit.setObjectName(names["first"])
        self.last_edit = QDateEdit(today)
        self.last_edit.setObjectName(names["last"])
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
        self.first_edit.dateChanged.connect(self._first_changed)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName(names["name"])
        self.name_edit.setMaxLength(200)
        # Enter adds the row, and only that: the dialog's Save must not take it too.
        self.name_edit.installEventFilter(self)
        self.add_button = QPushButton(translate("SchoolDay", "Add"))
        self.add_button.setObjectName(names["add"])
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(translate("SchoolDay", "Remove"))
        self.remove_button.setObjectName(names["remove"])
        self.remove_button.clicked.connect(self.remove_row)
        self.import_button = QPushButton()
        self.import_button.setObjectName(names["import"])
        self.problem = QLabel()
        self.problem.setObjectName(names["problem"])
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(palette.text_style(palette.ERROR))
        self.problem.hide()
        self.hint = _hint("")
        self.add_label = QLabel()

        dates = QHBoxLayout()
        dates.addWidget(self.first_edit, 1)
        dates.addWidget(QLabel(translate("SchoolDay", "to")))
        dates.addWidget(self.last_edit, 1)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        inner = QVBoxLayout(self)
        inner.setContentsMargins(8, 8, 8, 8)
        inner.addWidget(self.hint)
        inner.addWidget(view, 1)
        inner.addLayout(buttons)
        inner.addSpacing(4)
        inner.addWidget(self.add_label)
        inner.addLayout(dates)
        inner.addLayout(name_row)
        inner.addWidget(self.problem)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.name_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_row()
            return True
        return super().eventFilter(watched, event)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.problem.hide()
        self.scroll_to_coming()

    def rows(self) -> tuple[Any, ...]:
        return tuple(self.model.rows)

    @Slot()
    def _first_changed(self) -> None:
        if self.last_edit.date() < self.first_edit.date():
            self.last_edit.setDate(self.first_edit.date())

    @Slot()
    def add_row(self) -> None:
        row = self._make_row(
            _pydate(self.first_edit.date()),
            _pydate(self.last_edit.date()),
            self.name_edit.text().strip(),
        )
        problem = self._problem_for(self.model.rows, row)
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.problem.hide()
        number = self.model.add(row)
        self.view.setCurrentIndex(self.model.index(number, 0))
        self.name_edit.clear()
        self.edited.emit()

    @Slot()
    def remove_row(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove(index.row())
            self.edited.emit()

    def scroll_to_coming(self) -> None:
        """Show the first row not yet past at the top."""
        today = date.today()
        rows = self.model.rows
        number = next((n for n, r in enumerate(rows) if r.last >= today), len(rows) - 1)
        if number >= 0:
            self.view.scrollTo(
                self.model.index(number, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )

    def update_buttons(self, usable: bool, can_import: bool) -> None:
        self.remove_button.setEnabled(usable and self.view.currentIndex().isValid())
        self.add_button.setEnabled(usable)
        self.import_button.setEnabled(can_import)


# --- the page -----------------------------------------------------------------------------------


class SchoolDayPage(QWidget):
    """Bell times, rotation and non-school days, shared by every PC."""

    def __init__(self, operations: Operations | None = None) -> None:
        super().__init__()
        self.setObjectName("schoolDayPage")
        self.ready = False
        self._operations = operations
        self._loaded = SchoolDayValues()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("schoolDayStatus")

        layout = QGridLayout(self)
        layout.setHorizontalSpacing(14)
        layout.setVerticalSpacing(10)
        # Holidays and terms share the right-hand side, one tab each: both need their list
        # and a row to add to it, which two boxes above each other leave no room for.
        self.calendar_tabs = QTabWidget()
        self.calendar_tabs.setObjectName("calendarTabs")
        self.calendar_tabs.setAccessibleName(translate("SchoolDay", "Holidays and terms"))
        self.calendar_tabs.addTab(
            self._closures_box(), translate("SchoolDay", "Holidays and closure days")
        )
        self.calendar_tabs.addTab(self._terms_box(), translate("SchoolDay", "Terms"))
        layout.addWidget(self.status, 0, 0, 1, 2)
        layout.addWidget(self._bells_box(), 1, 0)
        layout.addWidget(self._rotation_box(), 2, 0)
        layout.addWidget(self.calendar_tabs, 1, 1, 2, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        layout.setRowStretch(1, 1)
        self._update_buttons()

    # -- building ------------------------------------------------------------------------------

    def _bells_box(self) -> QGroupBox:
        self.bells_model = BellsModel(self)
        view = QTableView()
        view.setObjectName("bellTimes")
        view.setAccessibleName(translate("SchoolDay", "Bell times"))
        view.setModel(self.bells_model)
        setup_table(view, grid=True, row_height=28)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = view.horizontalHeader()
        for column, width in ((BellsModel.PERIOD, 64), (BellsModel.START, 64)):
            view.setColumnWidth(column, width)
        view.setColumnWidth(BellsModel.END, 64)
        header.setSectionResizeMode(BellsModel.DAYS, QHeaderView.ResizeMode.Stretch)
        self.bells_view = view
        self.bells_problem = QLabel()
        self.bells_problem.setObjectName("bellsProblem")
        self.bells_problem.setWordWrap(True)
        self.bells_problem.setStyleSheet(palette.text_style(palette.ERROR))
        self.bells_problem.hide()
        self.bells_model.edited.connect(self._bells_edited)
        view.selectionModel().currentRowChanged.connect(self._update_buttons)

        self.add_bell_button = QPushButton(translate("SchoolDay", "Add period"))
        self.add_bell_button.clicked.connect(self._add_bell)
        self.remove_bell_button = QPushButton(translate("SchoolDay", "Remove"))
        self.remove_bell_button.setObjectName("removePeriod")
        self.remove_bell_button.clicked.connect(self._remove_bell)
        self.import_bells_button = QPushButton(translate("SchoolDay", "Import bell times\u2026"))
        self.import_bells_button.setObjectName("importBellTimes")
        self.import_bells_button.setToolTip(
            translate(
                "SchoolDay", "A CSV file with the columns period, start, end and optionally days"
            )
        )
        self.import_bells_button.clicked.connect(lambda: self.import_file(reading.BELL_TIMES))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_bell_button)
        buttons.addWidget(self.remove_bell_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_bells_button)

        box = QGroupBox(translate("SchoolDay", "Bell times"))
        inner = QVBoxLayout(box)
        inner.addWidget(
            _hint(
                translate(
                    "SchoolDay",
                    "Double-click a cell to change it. Days: Mon-Fri, Wed or Mon,Tue,Thu; "
                    "A-Mon or B-Fri on a two-week timetable.",
                )
            )
        )
        inner.addWidget(view, 1)
        inner.addWidget(self.bells_problem)
        inner.addLayout(buttons)
        return box

    def _rotation_box(self) -> QGroupBox:
        self.rotation_check = QCheckBox(translate("SchoolDay", "Week A and Week B alternate"))
        self.rotation_check.setObjectName("rotation")
        self.rotation_check.toggled.connect(self._rotation_toggled)
        self.week_a_edit = QDateEdit()
        self.week_a_edit.setObjectName("weekAMonday")
        self.week_a_edit.setAccessibleName(translate("SchoolDay", "A Monday of Week A"))
        self.week_a_edit.setCalendarPopup(True)
        self.week_a_edit.setDisplayFormat(DATE_FORMAT)
        self.week_a_edit.setMinimumWidth(150)
        self.week_a_edit.dateChanged.connect(self._week_a_changed)
        self.this_week = _hint("")
        self.this_week.setObjectName("thisWeek")
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("SchoolDay", "Week A includes:")))
        row.addWidget(self.week_a_edit)
        row.addStretch(1)
        box = QGroupBox(translate("SchoolDay", "Two-week timetable"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.rotation_check)
        inner.addLayout(row)
        inner.addWidget(self.this_week)
        return box

    def _closures_box(self) -> DateRangesBox:
        box = DateRangesBox(
            translate("SchoolDay", "Holidays and closure days"),
            {
                "list": "nonSchoolDays",
                "first": "closureFrom",
                "last": "closureTo",
                "name": "closureName",
                "add": "addClosure",
                "remove": "removeClosure",
                "import": "importHolidays",
                "problem": "closureProblem",
            },
            ClosureRow,
            new_closure_problem,
        )
        box.hint.setText(
            translate(
                "SchoolDay",
                "No lessons on these days. Your authority's term-dates calendar (.ics) has them.",
            )
        )
        box.add_label.setText(translate("SchoolDay", "Add days closed:"))
        box.first_edit.setAccessibleName(translate("SchoolDay", "First day closed"))
        box.last_edit.setAccessibleName(translate("SchoolDay", "Last day closed"))
        box.name_edit.setAccessibleName(translate("SchoolDay", "Name of the holiday"))
        box.name_edit.setPlaceholderText(translate("SchoolDay", "Name, such as Half term"))
        box.import_button.setText(translate("SchoolDay", "Import holidays\u2026"))
        box.import_button.setToolTip(
            translate(
                "SchoolDay",
                "An iCalendar (.ics) file of all-day events, such as your authority's term dates",
            )
        )
        box.import_button.clicked.connect(lambda: self.import_file(reading.NON_SCHOOL_DAYS))
        box.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        box.edited.connect(self._update_buttons)
        self.closures = box
        # The parts tests and the dialog reach by name.
        self.closures_model = box.model
        self.closures_view = box.view
        self.first_edit, self.last_edit, self.name_edit = (
            box.first_edit,
            box.last_edit,
            box.name_edit,
        )
        self.add_closure_button = box.add_button
        self.remove_closure_button = box.remove_button
        self.import_closures_button = box.import_button
        self.closure_problem = box.problem
        return box

    def _terms_box(self) -> DateRangesBox:
        box = DateRangesBox(
            translate("SchoolDay", "Terms"),
            {
                "list": "terms",
                "first": "termFrom",
                "last": "termTo",
                "name": "termName",
                "add": "addTerm",
                "remove": "removeTerm",
                "import": "importTerms",
                "problem": "termProblem",
            },
            TermRow,
            new_term_problem,
        )
        box.hint.setText(
            translate(
                "SchoolDay",
                "With terms listed, days outside every term have no lessons. "
                "Leave the list empty to use the holidays alone.",
            )
        )
        box.add_label.setText(translate("SchoolDay", "Add a term:"))
        box.first_edit.setAccessibleName(translate("SchoolDay", "First day of the term"))
        box.last_edit.setAccessibleName(translate("SchoolDay", "Last day of the term"))
        box.name_edit.setAccessibleName(translate("SchoolDay", "Name of the term"))
        box.name_edit.setPlaceholderText(translate("SchoolDay", "Name, such as Autumn term"))
        box.import_button.setText(translate("SchoolDay", "Import terms\u2026"))
        box.import_button.setToolTip(
            translate(
                "SchoolDay",
                "An iCalendar (.ics) file with one all-day event for each term",
            )
        )
        box.import_button.clicked.connect(lambda: self.import_file(reading.TERMS))
        box.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        box.edited.connect(self._update_buttons)
        self.terms = box
        self.terms_model = box.model
        self.terms_view = box.view
        return box

    # -- load, check, save ---------------------------------------------------------------------

    def load(self, values: SchoolDayValues) -> None:
        self._loaded = values
        self.bells_model.set_rows(values.bells)
        self.closures.set_rows(values.closures)
        self.terms.set_rows(values.terms)
        monday = values.week_a_monday
        self.rotation_check.setChecked(monday is not None)
        self.week_a_edit.setDate(_qdate(monday or self._this_monday()))
        self._rotation_toggled(monday is not None)
        self.ready = True
        self._bells_edited()
        self._update_buttons()

    def value(self) -> SchoolDayValues:
        return SchoolDayValues(
            bells=tuple(self.bells_model.rows()),
            week_a_monday=self._week_a() if self.rotation_check.isChecked() else None,
            closures=self.closures.rows(),
            terms=self.terms.rows(),
        )

    def check(self) -> str | None:
        """The first thing stopping a save, naming the row; or None."""
        if not self.ready:
            return None
        value = self.value()
        problems = school_day_problems(value)
        return problems[0] if problems else None

    def unsaved(self) -> SchoolDayValues | None:
        """What to write, or None when nothing changed (or nothing was loaded)."""
        if not self.ready:
            return None
        value = self.value()
        loaded = self._loaded
        same = (
            value.bells == loaded.bells
            and value.closures == tuple(sorted(loaded.closures))
            and value.terms == tuple(sorted(loaded.terms))
            and self._same_week(value.week_a_monday, loaded.week_a_monday)
        )
        return None if same else value

    def saved(self) -> None:
        """What the page shows is what the database holds now."""
        self._loaded = self.value()
        self.bells_model.set_rows(self._loaded.bells)

    @staticmethod
    def _same_week(one: date | None, other: date | None) -> bool:
        if one is None or other is None:
            return one is other
        return one - timedelta(days=one.weekday()) == other - timedelta(days=other.weekday())

    # -- bell times ----------------------------------------------------------------------------

    @Slot()
    def _bells_edited(self) -> None:
        rotation = self.rotation_check.isChecked()
        _bells, problems = read_bells(self.bells_model.rows(), rotation=rotation)
        self.bells_problem.setText(problems[0] if problems else "")
        self.bells_problem.setVisible(bool(problems))
        self._update_buttons()

    @Slot()
    def _add_bell(self) -> None:
        index = self.bells_model.add_row()
        self.bells_view.setCurrentIndex(index)
        self.bells_view.edit(index)

    @Slot()
    def _remove_bell(self) -> None:
        index = self.bells_view.currentIndex()
        if index.isValid():
            self.bells_model.remove_row(index.row())

    # -- rotation ------------------------------------------------------------------------------

    @staticmethod
    def _this_monday() -> date:
        today = date.today()
        return today - timedelta(days=today.weekday())

    def _week_a(self) -> date:
        chosen = _pydate(self.week_a_edit.date())
        return chosen - timedelta(days=chosen.weekday())

    @Slot(bool)
    def _rotation_toggled(self, on: bool) -> None:
        self.week_a_edit.setEnabled(on)
        self._week_a_changed()
        if self.ready:
            self._bells_edited()

    @Slot()
    def _week_a_changed(self) -> None:
        if not self.rotation_check.isChecked():
            self.this_week.setText(translate("SchoolDay", "Every week has the same timetable."))
            return
        monday = self._this_monday()
        week = week_of(monday, self._week_a())
        self.this_week.setText(
            translate("SchoolDay", "This week (from {monday}) is Week {week}.").format(
                monday=weekday_date(monday), week=week
            )
        )

    # -- importing files -----------------------------------------------------------------------

    def import_file(self, kind: str) -> bool:
        """Preview and import a file of ``kind`` (bell times or holidays); once imported,
        that part of the page is reloaded from the database.  True when something was."""
        if self._operations is None:
            return False
        from attendance_desktop.ui.timetable_import_dialog import import_timetable

        if not import_timetable(self, self._operations, expected=kind):
            return False
        self.status.setText(translate("SchoolDay", "Loading what was imported\u2026"))
        self.status.show()
        self._operations.run(
            load_school_day,
            functools.partial(self._imported, kind),
            self._reload_failed,
            owner=self,
        )
        return True

    def _imported(self, kind: str, values: SchoolDayValues) -> None:
        """Show the imported part as stored; edits to the other parts stay unsaved."""
        self.status.clear()
        self.status.hide()
        if kind == reading.BELL_TIMES:
            self.bells_model.set_rows(values.bells)
            self._loaded = replace(self._loaded, bells=values.bells)
            self._bells_edited()
        elif kind == reading.TERMS:
            self.terms.set_rows(values.terms)
            self._loaded = replace(self._loaded, terms=values.terms)
        else:
            self.closures.set_rows(values.closures)
            self._loaded = replace(self._loaded, closures=values.closures)
        self._update_buttons()

    def _reload_failed(self, error: BaseException) -> None:
        message = (
            str(error)
            if isinstance(error, errors.KnownError)
            else translate(
                "SchoolDay", "The school day could not be read again; the details are in the log."
            )
        )
        self.status.setText(message)
        self.status.setStyleSheet(palette.text_style(palette.ERROR))

    @Slot()
    def _update_buttons(self) -> None:
        usable = self.ready
        self.add_bell_button.setEnabled(usable)
        self.remove_bell_button.setEnabled(usable and self.bells_view.currentIndex().isValid())
        can_import = usable and self._operations is not None
        self.import_bells_button.setEnabled(can_import)
        self.closures.update_buttons(usable, can_import)
        self.terms.update_buttons(usable, can_import)
