"""The Reports window: a class's summary and chart, a student's history, registers not taken.

A separate, non-modal window: marking goes on in the main window while it is
open.  Every query is a function of ``reports`` run on the ``Operations``
worker; only plain frozen dataclasses come back to the main thread, where the
tables are filled (``report_models``) and the charts painted (``chart_view``).

- *Class summary*: pick a class (type to filter), a period (presets or two
  dates); one row per student with their counts per code, the attendance rate
  and a chronic-absence flag, sortable; the class's rate per week (per day for
  a fortnight or less) below it.  To CSV, Excel, PDF or the printer.
- *Student history*: find a student; every lesson in the period with its mark
  (in the code's colour), check-in time and note; totals; bars per code.
  These two tabs are one page class (``report_pages.ReportPage``).
- *Missing registers*: lessons that ended in the period, up to now, whose
  register was never taken, grouped by the teacher who should have taken it.

Each tab has its own ``Latest``: when the period or the pick changes before a
report has loaded, only the newest request is shown.  The rate and the
chronic-absence rule are those of ``reports`` (attended / marked; missing
10 % or more, excused included).
"""

from __future__ import annotations

import html
import logging
import re
import sys
from collections.abc import Callable
from datetime import date, timedelta, tzinfo
from enum import IntEnum
from functools import partial
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QDate, QSize, QStandardPaths, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop import chart_content, errors, export, i18n, reports, rules
from attendance_desktop.chart_content import RateChart
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate
from attendance_desktop.reports import (
    Choices,
    ClassSummary,
    MissingRegisters,
    RateSeries,
    SchoolCalendar,
    StudentHistory,
    describe_range,
    format_rate,
    periods,
)
from attendance_desktop.ui import printing
from attendance_desktop.ui.app_window import fit_size, keep_on_screen
from attendance_desktop.ui.error_dialogs import show_known_error
from attendance_desktop.ui.list_keys import tab_keys
from attendance_desktop.ui.mark_writer import handled_here
from attendance_desktop.ui.operations import Latest, Operations
from attendance_desktop.ui.palette import CHRONIC_TEXT, MUTED
from attendance_desktop.ui.report_models import (
    H_CHECK_IN,
    H_CLASS,
    H_DATE,
    H_MARK,
    H_TIME,
    M_CLASS,
    M_ROOM,
    M_TIME,
    M_WHEN,
    ClassListModel,
    ClassSummaryModel,
    HistoryModel,
    MissingModel,
    StudentListModel,
    day_text,
)
from attendance_desktop.ui.report_pages import ReportPage, heading_label, muted_label
from attendance_desktop.ui.views import setup_tree

log = logging.getLogger("attendance.ui.reports")

#: Ranges up to this many days are charted per day, longer ones per week.
DAILY_CHART_DAYS = 14
RELOAD_DELAY_MS = 250
CUSTOM = QT_TRANSLATE_NOOP("ReportsWindow", "Custom dates")


class Tab(IntEnum):
    CLASS = 0
    STUDENT = 1
    MISSING = 2


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


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
        self.setWindowTitle(translate("ReportsWindow", "Reports"))
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
        self._missing_latest = Latest()
        self._choices_latest = Latest()
        self._stale = set(Tab)
        self._last_folder: Path | None = None

        self._build_toolbar()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_class_tab(), translate("ReportsWindow", "Class summary"))
        self.tabs.addTab(self._build_student_tab(), translate("ReportsWindow", "Student history"))
        self.tabs.addTab(self._build_missing_tab(), translate("ReportsWindow", "Missing registers"))
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

        close = QAction(translate("ReportsWindow", "Close"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        self.addAction(close)
        find = QAction(translate("ReportsWindow", "Find"), self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(self._focus_search)
        self.addAction(find)

        self.resize(fit_size(self, QSize(1280, 820)))
        tab_keys(self, self.tabs)
        self._update_actions()
        self.load_choices()

    # --- building ------------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(translate("ReportsWindow", "Period and export"))
        bar.setObjectName("reportsToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.period_box = QComboBox()
        self.period_box.setObjectName("periodBox")
        self.periods = periods(self.today)
        for period in self.periods:
            self.period_box.addItem(period.label)
        self.period_box.addItem(translate("ReportsWindow", CUSTOM))
        self.period_box.setCurrentIndex(2)  # this term
        self.period_box.currentIndexChanged.connect(self._on_period_chosen)
        date_pattern = translate(
            "ReportsWindow",
            "d MMM yyyy",
            "QLocale date pattern of the period's two dates: day, short month, year",
        )
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_pattern)
            edit.dateChanged.connect(self._on_dates_edited)
        self._set_dates(self.periods[2].first_day, self.periods[2].last_day)
        period_label = QLabel(translate("ReportsWindow", "Period:"))
        period_label.setContentsMargins(8, 0, 4, 0)
        from_label = QLabel(
            translate("ReportsWindow", "from", "Period: [This term] from [date] to [date]")
        )
        from_label.setContentsMargins(10, 0, 4, 0)
        to_label = QLabel(
            translate("ReportsWindow", "to", "Period: [This term] from [date] to [date]")
        )
        to_label.setContentsMargins(4, 0, 4, 0)
        bar.addWidget(period_label)
        bar.addWidget(self.period_box)
        bar.addWidget(from_label)
        bar.addWidget(self.from_edit)
        bar.addWidget(to_label)
        bar.addWidget(self.to_edit)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.csv_action = QAction(translate("ReportsWindow", "Export CSV…"), self)
        self.csv_action.setToolTip(
            translate("ReportsWindow", "Save this report as a CSV file (for any spreadsheet)")
        )
        self.csv_action.triggered.connect(lambda: self.export_report("csv"))
        self.xlsx_action = QAction(translate("ReportsWindow", "Export Excel…"), self)
        self.xlsx_action.setToolTip(
            translate("ReportsWindow", "Save this report as an Excel workbook (.xlsx)")
        )
        self.xlsx_action.triggered.connect(lambda: self.export_report("xlsx"))
        self.print_action = QAction(translate("ReportsWindow", "Print…"), self)
        print_key = QKeySequence(QKeySequence.StandardKey.Print)
        self.print_action.setShortcut(print_key)
        shortcut = print_key.toString(QKeySequence.SequenceFormat.NativeText)
        self.print_action.setToolTip(
            translate(
                "ReportsWindow", "Print the class summary with its chart ({shortcut})"
            ).format(shortcut=shortcut)
        )
        self.print_action.triggered.connect(lambda: self.print_summary())
        self.pdf_action = QAction(translate("ReportsWindow", "Save as PDF…"), self)
        self.pdf_action.setToolTip(
            translate(
                "ReportsWindow", "Save the class summary with its chart as a PDF, to file or email"
            )
        )
        self.pdf_action.triggered.connect(lambda: self.save_pdf())
        for action in (self.csv_action, self.xlsx_action, self.print_action, self.pdf_action):
            bar.addAction(action)
        self.addToolBar(bar)

    def _build_class_tab(self) -> QWidget:
        self.summary_model = ClassSummaryModel(self)
        page = self.class_page = ReportPage(
            ClassListModel(self),
            self.summary_model,
            search_hint=translate("ReportsWindow", "Find a class or teacher…"),
            waiting=translate("ReportsWindow", "Loading the classes…"),
            widths=(230, 1050),
            heights=(380, 320),
        )
        page.list_view.setObjectName("classList")
        page.table.setObjectName("classSummaryTable")
        page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        page.chart.setObjectName("classChart")
        page.picked.connect(lambda: self._reload(Tab.CLASS))
        self.summary_model.modelReset.connect(self._size_summary_columns)
        return page

    def _build_student_tab(self) -> QWidget:
        self.history_model = HistoryModel(self)
        page = self.student_page = ReportPage(
            StudentListModel(self),
            self.history_model,
            search_hint=translate("ReportsWindow", "Find a student, roster id or class…"),
            waiting=translate(
                "ReportsWindow",
                "Find a student on the left to see every lesson they had in the period.",
            ),
            widths=(260, 1020),
            heights=(400, 300),
            muted_facts=False,
        )
        page.list_view.setObjectName("studentList")
        page.table.setObjectName("historyTable")
        page.table.sortByColumn(H_DATE, Qt.SortOrder.AscendingOrder)
        for column, width in {
            H_DATE: 130,
            H_TIME: 60,
            H_CLASS: 140,
            H_MARK: 130,
            H_CHECK_IN: 80,
        }.items():
            page.table.setColumnWidth(column, width)
        page.facts.setObjectName("studentTotals")
        page.chart.setObjectName("studentChart")
        page.picked.connect(lambda: self._reload(Tab.STUDENT))
        return page

    def _build_missing_tab(self) -> QWidget:
        self.missing_model = MissingModel(self)
        self.missing_view = QTreeView()
        self.missing_view.setObjectName("missingTree")
        self.missing_view.setModel(self.missing_model)
        setup_tree(self.missing_view, padding="3px 0px")
        self.missing_view.setRootIsDecorated(True)  # a branch per teacher
        for column, width in {M_WHEN: 240, M_TIME: 110, M_CLASS: 180, M_ROOM: 90}.items():
            self.missing_view.setColumnWidth(column, width)
        self.missing_heading = heading_label()
        self.missing_facts = muted_label()
        self.only_mine = QCheckBox(translate("ReportsWindow", "Only my lessons"))
        self.only_mine.setToolTip(
            translate("ReportsWindow", "Only the lessons the teacher at this computer takes")
        )
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
        self.operations.run(
            reports.load_choices,
            self._show_choices,
            self._failed,
            owner=self,
            latest=self._choices_latest,
        )

    def _show_choices(self, choices: Choices) -> None:
        keep_class = self.class_page.selected_id()
        keep_student = self.student_page.selected_id()
        self.choices = choices
        self.class_page.choices.set_rows(choices.classes)
        self.student_page.choices.set_rows(choices.students)
        if not choices.classes:
            self.class_page.show_message(
                translate(
                    "ReportsWindow",
                    "There are no classes yet. Import a roster (File > Import roster) first.",
                )
            )
            return
        wanted = keep_class
        if wanted is None and self.teacher_id is not None:
            wanted = next((c.id for c in choices.classes if c.teacher_id == self.teacher_id), None)
        self.select_class(wanted if wanted is not None else choices.classes[0].id)
        if keep_student is not None:
            self.select_student(keep_student)

    def select_class(self, class_id: int) -> bool:
        """Pick a class in the list (its summary follows); False if it is not listed."""
        return self.class_page.select(class_id)

    def select_student(self, student_id: int) -> bool:
        """Pick a student in the list (their history follows); False if not listed."""
        return self.student_page.select(student_id)

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
        {Tab.CLASS: self._load_class, Tab.STUDENT: self._load_history}.get(
            tab, self._load_missing
        )()

    def _load_class(self) -> None:
        class_id = self.class_page.selected_id()
        if class_id is None:
            return
        first, last = self.period()
        bucket: reports.Bucket = "day" if (last - first).days < DAILY_CHART_DAYS else "week"
        work = partial(
            reports.class_report,
            class_id=class_id,
            first_day=first,
            last_day=last,
            tz=self.tz,
            bucket=bucket,
        )
        self.statusBar().showMessage(translate("ReportsWindow", "Loading the class summary…"))
        self._load(work, lambda result: self._show_class(*result), self.class_page.latest)

    def _load_history(self) -> None:
        student_id = self.student_page.selected_id()
        if student_id is None:
            return
        first, last = self.period()
        work = partial(
            reports.student_history,
            student_id=student_id,
            first_day=first,
            last_day=last,
            tz=self.tz,
        )
        self.statusBar().showMessage(translate("ReportsWindow", "Loading the student's history…"))
        self._load(work, self._show_history, self.student_page.latest)

    def _load_missing(self) -> None:
        first, last = self.period()
        end_of_period = SchoolCalendar.of_zone(self.zone).start_of(last + timedelta(days=1))
        work = partial(
            reports.missing_registers,
            until=min(self.clock(), end_of_period),
            tz=self.tz,
            since=first,
            teacher_id=self.teacher_id if self.only_mine.isChecked() else None,
        )
        self.statusBar().showMessage(translate("ReportsWindow", "Looking for registers not taken…"))
        self._load(work, self._show_missing, self._missing_latest)

    def _load(
        self, work: Callable[[Any], Any], show: Callable[[Any], None], latest: Latest
    ) -> None:
        """Run ``work(session)`` on the database worker; only ``latest``'s newest answer shows."""

        def reported_here(session: Any) -> Any:
            try:
                return work(session)
            except BaseException as error:
                # Shown by this window, or dropped if a newer request replaced it: the main
                # window's catch-all need not show it again.
                handled_here(error)
                raise

        self.operations.run(reported_here, show, self._failed, owner=self, latest=latest)

    # --- showing -------------------------------------------------------------------------------

    def _show_class(self, summary: ClassSummary, series: RateSeries) -> None:
        self.class_summary = summary
        self.rate_series = series
        self.summary_model.set_summary(summary)
        period = describe_range(summary.first_day, summary.last_day)
        if summary.teacher_name:
            heading = translate("ReportsWindow", "{class_name} · {teacher} · {period}").format(
                class_name=summary.class_name, teacher=summary.teacher_name, period=period
            )
        else:
            heading = translate("ReportsWindow", "{class_name} · {period}").format(
                class_name=summary.class_name, period=period
            )
        self.class_page.heading.setText(heading)
        self.class_page.facts.setText(self._class_facts(summary))
        self.class_page.chart.set_chart(chart_content.rate_chart(series))
        self.class_page.show_report()
        students = len(summary.rows)
        self.statusBar().showMessage(
            translate(
                "ReportsWindow", "{class_name}: %n students, {period}", None, students
            ).format(class_name=summary.class_name, period=period),
            5000,
        )
        self._update_actions()
        self.reportShown.emit(int(Tab.CLASS))

    @staticmethod
    def _class_facts(summary: ClassSummary) -> str:
        """The line of figures over the class's table (rich text: no names in it)."""
        total = summary.tally
        students = len(summary.rows)
        chronic = summary.chronic_count
        if chronic:
            words = translate(
                "ReportsWindow", "{chronic} of %n students chronically absent", None, students
            ).format(chronic=chronic)
            flagged = f"<b style='color: {CHRONIC_TEXT};'>{html.escape(words)}</b>"
            chronic_words = translate(
                "ReportsWindow", "{chronically_absent} (highlighted)", "rich text"
            ).format(chronically_absent=flagged)
        else:
            chronic_words = translate(
                "ReportsWindow", "none of the %n students chronically absent", None, students
            )
        sessions, registers_taken = summary.sessions, summary.registers_taken
        lessons = translate("ReportsWindow", "%n lessons", None, sessions)
        taken = translate("ReportsWindow", "%n registers taken", None, registers_taken)
        return translate(
            "ReportsWindow",
            "{lessons}, {registers_taken} · class attendance <b>{rate}</b> "
            "({attended} of {marked} marked) · {chronic}",
            "rich text: keep <b> and </b>",
        ).format(
            lessons=lessons,
            registers_taken=taken,
            rate=format_rate(total.rate),
            attended=i18n.number(total.attended),
            marked=i18n.number(total.marked),
            chronic=chronic_words,
        )

    @Slot()
    def _size_summary_columns(self) -> None:
        view = self.class_page.table
        view.setColumnWidth(0, 230)
        for column in range(1, self.summary_model.columnCount()):
            view.setColumnWidth(column, 86)
        view.setColumnWidth(self.summary_model.col_rate, 80)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)

    def _show_history(self, history: StudentHistory) -> None:
        self.history = history
        self.history_model.set_history(history)
        period = describe_range(history.first_day, history.last_day)
        if history.source_id:
            heading = translate("ReportsWindow", "{name} ({roster_id}) · {period}").format(
                name=history.student_name, roster_id=history.source_id, period=period
            )
        else:
            heading = translate("ReportsWindow", "{name} · {period}").format(
                name=history.student_name, period=period
            )
        self.student_page.heading.setText(heading)
        self.student_page.facts.setText(self._history_facts(history))
        self.student_page.chart.set_chart(chart_content.codes_chart(history))
        self.student_page.show_report()
        lessons = len(history.rows)
        self.statusBar().showMessage(
            translate("ReportsWindow", "{name}: %n lessons", None, lessons).format(
                name=history.student_name
            ),
            5000,
        )
        self._update_actions()
        self.reportShown.emit(int(Tab.STUDENT))

    @staticmethod
    def _history_facts(history: StudentHistory) -> str:
        """The student's totals per code and rate (rich text: the codes' names escaped)."""
        tally = history.tally
        marked = tally.marked
        chips = []
        for total in history.totals:
            colour = QColor(total.code.colour)
            swatch = colour.name() if colour.isValid() else MUTED
            chips.append(
                f"<span style='color: {swatch};'>■</span> {html.escape(total.code.label)} "
                f"<b>{total.count}</b>"
            )
        if tally.unmarked:
            chips.append(
                translate("ReportsWindow", "Unmarked <b>{count}</b>", "rich text").format(
                    count=tally.unmarked
                )
            )
        rate = translate(
            "ReportsWindow",
            "Attendance <b>{rate}</b> ({attended} of %n marked lessons)",
            "rich text",
            marked,
        ).format(rate=format_rate(tally.rate), attended=tally.attended)
        parts = ["&nbsp;&nbsp; ".join(chips), rate] if chips else [rate]
        if tally.chronic:
            words = html.escape(translate("ReportsWindow", "⚠ chronically absent"))
            parts.append(f"<b style='color: {CHRONIC_TEXT};'>{words}</b>")
        return "&nbsp;&nbsp;·&nbsp;&nbsp;".join(parts)

    def _show_missing(self, report: MissingRegisters) -> None:
        self.missing = report
        self.missing_model.set_report(report)
        self.missing_view.expandAll()
        first, _last = self.period()
        until = report.calendar.local(report.until)
        count = report.count
        teachers = len(report.teachers)
        registers = translate("ReportsWindow", "%n registers not taken", None, count)
        if count:
            teacher_words = translate("ReportsWindow", "%n teachers", None, teachers)
            registers = translate("ReportsWindow", "{registers_not_taken}, {teachers}").format(
                registers_not_taken=registers, teachers=teacher_words
            )
        self.missing_heading.setText(registers)
        self.missing_facts.setText(
            translate(
                "ReportsWindow",
                "Lessons from {first_day} that ended by {day} {time} with no register: never "
                "started, or started with nobody marked. A lesson counts for the teacher who "
                "takes it (cover included).",
            ).format(first_day=i18n.medium_date(first), day=day_text(until), time=i18n.clock(until))
        )
        self.statusBar().showMessage(
            translate("ReportsWindow", "%n registers not taken", None, count), 5000
        )
        self._update_actions()
        self.reportShown.emit(int(Tab.MISSING))

    def current_report(self) -> export.Report | None:
        """The report on show in the current tab, if it has loaded."""
        tab = Tab(self.tabs.currentIndex())
        if tab == Tab.CLASS:
            return self.class_summary
        if tab == Tab.STUDENT:
            return self.history if self.student_page.showing_report else None
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
        search = {Tab.CLASS: self.class_page.search, Tab.STUDENT: self.student_page.search}.get(tab)
        if search is not None:
            search.setFocus()
            search.selectAll()

    # --- exporting and printing ----------------------------------------------------------------

    def _suggested_name(self, report: export.Report, suffix: str) -> str:
        # Dates in file names stay ISO (2026-11-24): they sort in a folder.
        if isinstance(report, ClassSummary):
            stem = translate(
                "ReportsWindow", "{class_name} summary {first} to {last}", "a file name"
            ).format(class_name=report.class_name, first=report.first_day, last=report.last_day)
        elif isinstance(report, StudentHistory):
            stem = translate(
                "ReportsWindow", "{name} attendance {first} to {last}", "a file name"
            ).format(name=report.student_name, first=report.first_day, last=report.last_day)
        elif isinstance(report, MissingRegisters):
            until = report.calendar.local_date(report.until)
            stem = translate("ReportsWindow", "Registers not taken to {day}", "a file name").format(
                day=until
            )
        else:
            stem = translate("ReportsWindow", "report", "a file name")
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
            if kind == "csv":
                title = translate("ReportsWindow", "Export as CSV")
                file_filter = translate("ReportsWindow", "CSV files (*.csv)")
            else:
                title = translate("ReportsWindow", "Export as an Excel workbook")
                file_filter = translate("ReportsWindow", "Excel workbooks (*.xlsx)")
            path = self.choose_save_path(title, self._suggested_name(report, suffix), file_filter)
            if path is None:
                return
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self._last_folder = path.parent
        self.statusBar().showMessage(
            translate("ReportsWindow", "Saving {file}…").format(file=path.name)
        )

        def done(written: Path) -> None:
            if not self.closed:
                self.statusBar().showMessage(
                    translate("ReportsWindow", "Saved {path}").format(path=written), 10_000
                )

        # Writing a file needs no database: it never waits behind a report being loaded.
        self.operations.run_free(
            partial(export.export, report, path, format=kind), done, self._failed, owner=self
        )

    def _summary_chart(self) -> RateChart | None:
        """The class's chart for paper (drawn again there, at the page's resolution)."""
        return chart_content.rate_chart(self.rate_series) if self.rate_series else None

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Save the class summary and its chart as a PDF; returns where, or None."""
        summary = self.class_summary
        if summary is None:
            return None
        if path is None:
            path = self.choose_save_path(
                translate("ReportsWindow", "Save class summary as PDF"),
                self._suggested_name(summary, ".pdf"),
                translate("ReportsWindow", "PDF (*.pdf)"),
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
            translate("ReportsWindow", "Saved {path} (%n pages)", None, pages).format(path=path),
            10_000,
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
                translate("ReportsWindow", "Sent {class_name}'s summary to the printer").format(
                    class_name=summary.class_name
                ),
                10_000,
            )
        return printed

    # --- errors and closing --------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        handled_here(error)  # shown here; the main window's catch-all need not again
        if self.closed:
            return
        if isinstance(error, errors.KnownError):
            self.statusBar().showMessage(str(error))
            show_known_error(self, error)
        else:
            self.statusBar().showMessage(
                translate("ReportsWindow", "Something went wrong; the details are in the log.")
            )
            sys.excepthook(type(error), error, error.__traceback__)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: keep_on_screen(self))
        QTimer.singleShot(300, self, lambda: keep_on_screen(self))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Answers still on their way have no one to show them to.
        self.closed = True
        self._reload_timer.stop()
        for latest in (
            self.class_page.latest,
            self.student_page.latest,
            self._missing_latest,
            self._choices_latest,
        ):
            latest.cancel()
        super().closeEvent(event)
