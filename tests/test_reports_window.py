"""The Reports window on the demo school (pytest-qt, offscreen, both backends).

What the window shows is compared with the ``reports`` functions called
directly on a second engine; the charts are read back from what their views show.
"""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from attendance_desktop import demo, reports
from attendance_desktop.chart_content import CodesChart, RateChart
from attendance_desktop.db.engine import create_app_engine
from attendance_desktop.db.work import Database
from attendance_desktop.reports import SchoolCalendar, periods
from attendance_desktop.text import natural_key
from attendance_desktop.ui import printing
from attendance_desktop.ui.operations import Operations
from attendance_desktop.ui.palette import CHRONIC_BACKGROUND
from attendance_desktop.ui.report_models import (
    H_CHECK_IN,
    H_CLASS,
    H_DATE,
    H_MARK,
    H_NOTE,
    M_CLASS,
    M_STATE,
    M_WHEN,
    RowRole,
)
from attendance_desktop.ui.reports_window import ReportsWindow, Tab

LONDON = SchoolCalendar.named("Europe/London")
#: A Tuesday in the autumn term; the demo has three weeks of registers before it.
TODAY = date(2026, 11, 24)
#: After the last lesson of the day: every lesson today is over.
NOW = datetime(2026, 11, 24, 15, 40, tzinfo=LONDON.zone)
FOUR_WEEKS = TODAY - timedelta(days=27)


def load_demo(engine: Engine) -> demo.DemoSummary:
    with Session(engine) as session:
        summary = demo.load_demo_school(session, today=TODAY, tz=LONDON.zone)
        session.commit()
    return summary


@dataclass
class Reports:
    window: ReportsWindow
    operations: Operations
    #: A second engine on the same database, for the test's own queries.
    db: Engine
    qtbot: QtBot
    main_thread_checkouts: list[str]

    def settle(self, timeout: int = 20_000) -> None:
        QApplication.processEvents()
        self.qtbot.waitUntil(lambda: self.operations.pending == 0, timeout=timeout)
        self.operations.wait_for_done(timeout)  # files are written on the other worker
        QApplication.processEvents()

    def class_id(self, name: str) -> int:
        with Session(self.db) as session:
            return reports.find_class(session, name)

    def show_class(self, name: str, first: date = FOUR_WEEKS, last: date = TODAY) -> int:
        class_id = self.class_id(name)
        self.window.tabs.setCurrentIndex(Tab.CLASS)
        assert self.window.select_class(class_id)
        self.window.set_period(first, last)
        self.qtbot.waitUntil(
            lambda: (
                self.window.class_summary is not None
                and self.window.class_summary.class_id == class_id
                and (self.window.class_summary.first_day, self.window.class_summary.last_day)
                == (first, last)
            )
        )
        self.settle()
        return class_id


@pytest.fixture
def ui(engine: Engine, qtbot: QtBot) -> Iterator[Reports]:
    load_demo(engine)
    checkouts: list[str] = []

    def on_checkout(*_: object) -> None:
        if threading.current_thread() is threading.main_thread():
            checkouts.append("checked out on the UI thread")

    event.listen(engine, "checkout", on_checkout)
    operations = Operations(Database(engine))
    window = ReportsWindow(None, operations, zone=LONDON, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    db = create_app_engine(engine.url)
    reports_ui = Reports(window, operations, db, qtbot, checkouts)
    qtbot.waitUntil(lambda: window.class_summary is not None)
    reports_ui.settle()
    yield reports_ui
    window.close()
    operations.wait_for_done()
    db.dispose()
    assert checkouts == []


def test_class_summary_table_matches_the_report(ui: Reports, qtmodeltester: Any) -> None:
    class_id = ui.show_class("8B Maths")
    with Session(ui.db) as session:
        expected = reports.class_summary(session, class_id, FOUR_WEEKS, TODAY, LONDON)
    model = ui.window.summary_model
    qtmodeltester.check(model)
    codes = expected.codes
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Student",
        *(c.label for c in codes),
        "Unmarked",
        "Marked",
        "Rate",
        "Chronic absence",
    ]
    assert model.rowCount() == len(expected.rows) > 20
    for number, row in enumerate(expected.rows):
        cells = [model.index(number, c).data() for c in range(model.columnCount())]
        tally = row.tally
        assert cells == [
            row.list_name,
            *(str(tally.count(c.id)) for c in codes),
            str(tally.unmarked),
            str(tally.marked),
            reports.format_rate(tally.rate),
            "⚠ Chronic absence" if tally.chronic else "",
        ]
        background = model.index(number, 0).data(Qt.ItemDataRole.BackgroundRole)
        assert (background == QColor(CHRONIC_BACKGROUND)) == tally.chronic
    chronic = expected.chronic_count
    assert chronic > 0  # the demo has students who are often absent
    facts = ui.window.class_page.facts.text()
    assert f"{chronic} of {len(expected.rows)} students chronically absent" in facts
    assert f"{expected.sessions} lessons, {expected.registers_taken} registers taken" in facts
    assert "8B Maths" in ui.window.class_page.heading.text()


def test_sorting_by_rate_puts_the_chronically_absent_first(ui: Reports) -> None:
    ui.show_class("8B Maths")
    view = ui.window.class_page.table
    model = ui.window.summary_model
    view.sortByColumn(model.col_rate, Qt.SortOrder.AscendingOrder)
    proxy = view.model()
    rows = [proxy.index(n, 0).data(RowRole) for n in range(proxy.rowCount())]
    rates = [row.tally.rate for row in rows]
    assert rates == sorted(rates)
    chronic = [row.tally.chronic for row in rows]
    assert chronic == sorted(chronic, reverse=True) and chronic[0]

    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # back to the register's order
    names = [proxy.index(n, 0).data(RowRole).list_name for n in range(proxy.rowCount())]
    assert names == [row.list_name for row in ui.window.class_summary.rows]  # type: ignore[union-attr]


def rate_chart(ui: Reports) -> RateChart:
    chart = ui.window.class_page.chart.chart
    assert isinstance(chart, RateChart)
    return chart


def test_the_class_chart_has_a_point_per_week_and_per_day(ui: Reports) -> None:
    class_id = ui.show_class("7A English")
    with Session(ui.db) as session:
        weekly = reports.rate_over_time(session, class_id, FOUR_WEEKS, TODAY, LONDON)
    expected = [p for p in weekly.points if p.rate is not None]
    assert len(expected) >= 3
    chart = rate_chart(ui)
    assert len(chart.points) == len(expected)
    assert [p.y for p in chart.points] == pytest.approx([(p.rate or 0) * 100 for p in expected])
    assert chart.threshold == 90 and ui.window.class_page.chart.isVisible()
    assert ui.window.rate_series is not None and ui.window.rate_series.bucket == "week"

    # A fortnight or less is charted per day.
    first = TODAY - timedelta(days=8)
    ui.show_class("7A English", first, TODAY)
    with Session(ui.db) as session:
        daily = reports.rate_over_time(session, class_id, first, TODAY, LONDON, bucket="day")
    assert ui.window.rate_series is not None and ui.window.rate_series.bucket == "day"
    assert len(rate_chart(ui).points) == len([p for p in daily.points if p.rate]) >= 5


def test_period_presets() -> None:
    names = [(p.label, p.first_day, p.last_day) for p in periods(TODAY)]
    assert names == [
        ("This week", date(2026, 11, 23), TODAY),
        ("Last 4 weeks", date(2026, 10, 28), TODAY),
        ("This term (since 1 Sept)", date(2026, 9, 1), TODAY),
    ]
    march = date(2027, 3, 10)
    assert [(p.label, p.first_day) for p in periods(march)][2:] == [
        ("This term (since 1 Jan)", date(2027, 1, 1)),
        ("This school year (since 1 Sept 2026)", date(2026, 9, 1)),
    ]


def test_choosing_a_preset_or_typing_dates_reloads(ui: Reports) -> None:
    window = ui.window
    assert window.period_box.currentText() == "This term (since 1 Sept)"
    assert window.class_summary is not None
    assert window.class_summary.first_day == date(2026, 9, 1)

    window.period_box.setCurrentIndex(0)  # this week
    ui.qtbot.waitUntil(
        lambda: (
            window.class_summary is not None
            and window.class_summary.first_day == date(2026, 11, 23)
        )
    )
    assert window.from_edit.date() == QDate(2026, 11, 23)

    window.from_edit.setDate(QDate(2026, 11, 9))
    assert window.period_box.currentText() == "Custom dates"
    ui.qtbot.waitUntil(
        lambda: (
            window.class_summary is not None and window.class_summary.first_day == date(2026, 11, 9)
        )
    )
    assert window.class_summary.last_day == TODAY


def test_student_history_table_totals_and_bars(ui: Reports, qtmodeltester: Any) -> None:
    window = ui.window
    class_id = ui.class_id("7C Maths")
    with Session(ui.db) as session:
        summary = reports.class_summary(session, class_id, FOUR_WEEKS, TODAY, LONDON)
        student_id = min(summary.rows, key=lambda r: r.tally.rate or 1).student_id
        expected = reports.student_history(session, student_id, FOUR_WEEKS, TODAY, LONDON)
    window.set_period(FOUR_WEEKS, TODAY)
    window.tabs.setCurrentIndex(Tab.STUDENT)
    assert not window.student_page.showing_report  # nobody chosen yet: a hint
    assert not window.csv_action.isEnabled()
    assert window.select_student(student_id)
    ui.qtbot.waitUntil(lambda: window.history is not None)
    ui.settle()

    model = window.history_model
    qtmodeltester.check(model)
    assert model.rowCount() == len(expected.rows) > 20
    for number, row in enumerate(expected.rows):
        cell = [model.index(number, c).data() for c in (H_DATE, H_CLASS, H_MARK, H_CHECK_IN)]
        assert cell == [
            f"{row.start:%a} {row.start.day} {row.start:%b %Y}",
            row.class_name,
            f"{row.code.label} ({row.code.code})" if row.code else "Unmarked",
            f"{row.check_in:%H:%M}" if row.check_in else "",
        ]
        assert model.index(number, H_NOTE).data() == row.note
        if row.code is not None:
            colour = model.index(number, H_MARK).data(Qt.ItemDataRole.DecorationRole)
            assert colour == QColor(row.code.colour)
    totals = window.student_page.facts.text()
    for total in expected.totals:
        assert f"{total.code.label} <b>{total.count}</b>" in totals
    assert reports.format_rate(expected.tally.rate) in totals
    assert window.student_page.heading.text().startswith(expected.student_name)

    chart = window.student_page.chart.chart
    assert isinstance(chart, CodesChart)
    heights = [bar.count for bar in chart.bars]
    unmarked = [expected.tally.unmarked] if expected.tally.unmarked else []
    assert heights == [t.count for t in expected.totals] + unmarked
    assert window.csv_action.isEnabled() and not window.print_action.isEnabled()


def test_finding_a_student_or_class_by_typing(ui: Reports, qtmodeltester: Any) -> None:
    window = ui.window
    students, classes = window.student_page, window.class_page
    qtmodeltester.check(students.choices)
    qtmodeltester.check(classes.choices)
    everyone = students.filter.rowCount()
    assert everyone == len(students.choices.rows) > 100

    students.search.setText("7c maths")  # by class
    in_class = students.filter.rowCount()
    with Session(ui.db) as session:
        class_id = reports.find_class(session, "7C Maths")
        enrolled = reports.class_summary(session, class_id, TODAY, TODAY, LONDON)
    assert in_class == len(enrolled.rows)

    first = students.choices.rows[0]
    surname = first.list_name.split(",")[0]
    students.search.setText(surname.upper())
    shown = [students.filter.index(n, 0).data(RowRole) for n in range(students.filter.rowCount())]
    assert first in shown and all(surname in s.list_name for s in shown)

    # Accents and case ignored, as in the pickers: "chloe" finds Chloé, "MAELLE" Maëlle.
    for typed, wanted in (("chloe", "Chloé"), ("MAELLE", "Maëlle")):
        students.search.setText(typed)
        found = [students.filter.index(n, 0).data() for n in range(students.filter.rowCount())]
        assert found and all(wanted in name for name in found), typed

    classes.search.setText("martinez")  # by teacher (Martínez), without the accent
    names = sorted(classes.filter.index(n, 0).data() for n in range(classes.filter.rowCount()))
    assert names == ["7C Maths", "8B Maths"]

    # Enter picks the first match and shows its report.
    window.tabs.setCurrentIndex(Tab.STUDENT)
    students.search.setText(surname)
    QTest.keyClick(students.search, Qt.Key.Key_Return)
    ui.qtbot.waitUntil(
        lambda: window.history is not None and window.history.student_id == shown[0].id
    )


def test_missing_registers_per_teacher(ui: Reports, qtmodeltester: Any) -> None:
    window = ui.window
    window.set_period(FOUR_WEEKS, TODAY)
    window.tabs.setCurrentIndex(Tab.MISSING)
    ui.qtbot.waitUntil(lambda: window.missing is not None)
    ui.settle()
    with Session(ui.db) as session:
        expected = reports.missing_registers(session, NOW.astimezone(UTC), LONDON, since=FOUR_WEEKS)
    assert expected.count == 15  # every lesson today; the past weeks were all taken
    model = window.missing_model
    qtmodeltester.check(model)
    assert model.rowCount() == len(expected.teachers) == 5
    for number, teacher in enumerate(expected.teachers):
        branch = model.index(number, M_WHEN)
        assert branch.data() == teacher.teacher_name
        assert model.index(number, M_STATE).data() == f"{len(teacher.registers)} not taken"
        assert model.rowCount(branch) == len(teacher.registers)
        for row, register in enumerate(teacher.registers):
            assert model.index(row, M_CLASS, branch).data() == register.class_name
            assert model.index(row, M_STATE, branch).data() == "Never started"
            assert model.parent(model.index(row, M_CLASS, branch)) == branch
    assert window.missing_heading.text() == "15 registers not taken, 5 teachers"

    # A period that ended last week: nothing missing (the past was all taken).
    window.set_period(FOUR_WEEKS, TODAY - timedelta(days=2))
    ui.qtbot.waitUntil(lambda: window.missing is not None and window.missing.count == 0)
    assert model.rowCount() == 0
    assert window.missing_heading.text() == "0 registers not taken"


def test_only_my_lessons(engine: Engine, qtbot: QtBot) -> None:
    load_demo(engine)
    with Session(engine) as session:
        class_id = reports.find_class(session, "9D History")
        teacher_id = session.get(reports.SchoolClass, class_id).teacher_id  # type: ignore[union-attr]
    operations = Operations(Database(engine))
    window = ReportsWindow(None, operations, zone=LONDON, teacher_id=teacher_id, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.class_summary is not None)
    # The teacher's own first class is picked to begin with.
    assert window.class_summary is not None and window.class_summary.teacher_name.endswith(
        "Wiśniewski"
    )
    window.tabs.setCurrentIndex(Tab.MISSING)
    qtbot.waitUntil(lambda: window.missing is not None and window.missing.count == 15)
    assert window.only_mine.isVisibleTo(window)
    window.only_mine.setChecked(True)
    qtbot.waitUntil(lambda: window.missing is not None and window.missing.count == 3)
    assert [t.teacher_id for t in window.missing.teachers] == [teacher_id]
    window.close()
    operations.wait_for_done()


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def test_exports_write_readable_files(
    ui: Reports, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = ui.window
    out = tmp_path / "exports"
    out.mkdir()
    ui.show_class("8B Maths")
    summary = window.class_summary
    assert summary is not None and window.csv_action.isEnabled()

    window.export_report("csv", out / "summary.csv")
    ui.settle()
    rows = read_csv(out / "summary.csv")
    assert rows[0][0] == "Student" and rows[0][-1] == "Chronic absence"
    assert [r[0] for r in rows[1:]] == [row.list_name for row in summary.rows]
    assert [r[-1] for r in rows[1:]] == ["Yes" if r.tally.chronic else "No" for r in summary.rows]

    # Through the file dialog: the suffix is added when the person leaves it off.
    asked: list[str] = []

    def choose(title: str, suggested: str, file_filter: str) -> Path:
        asked.append(suggested)
        return out / "from the dialog"

    monkeypatch.setattr(window, "choose_save_path", choose)
    window.xlsx_action.trigger()
    ui.settle()
    assert asked == ["8B Maths summary 2026-10-28 to 2026-11-24.xlsx"]
    book = openpyxl.load_workbook(out / "from the dialog.xlsx")
    sheet = book.worksheets[0]
    assert sheet["A1"].value.startswith(demo.DEMO_SCHOOL_NAME)
    names = [sheet.cell(n, 1).value for n in range(5, 5 + len(summary.rows))]
    assert names == [row.list_name for row in summary.rows]

    # Cancelling the dialog writes nothing.
    monkeypatch.setattr(window, "choose_save_path", lambda *_: None)
    window.csv_action.trigger()
    ui.settle()
    assert sorted(p.name for p in out.iterdir()) == ["from the dialog.xlsx", "summary.csv"]

    # A student's history: two sheets (lessons and totals).
    student = summary.rows[0].student_id
    window.tabs.setCurrentIndex(Tab.STUDENT)
    window.select_student(student)
    ui.qtbot.waitUntil(lambda: window.history is not None)
    ui.settle()
    window.export_report("xlsx", out / "history.xlsx")
    window.export_report("csv", out / "history.csv")
    ui.settle()
    history = window.history
    assert history is not None
    assert [ws.title for ws in openpyxl.load_workbook(out / "history.xlsx")] == [
        "History",
        "Totals",
    ]
    assert len(read_csv(out / "history.csv")) == 1 + len(history.rows)

    # Missing registers.
    window.tabs.setCurrentIndex(Tab.MISSING)
    ui.qtbot.waitUntil(lambda: window.missing is not None)
    ui.settle()
    window.export_report("csv", out / "missing.csv")
    ui.settle()
    missing = read_csv(out / "missing.csv")
    assert missing[0][0] == "Teacher" and len(missing) == 1 + 15


def test_class_summary_to_pdf_and_printer(
    ui: Reports, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = ui.window
    ui.show_class("8B Maths")
    summary = window.class_summary
    assert summary is not None and window.pdf_action.isEnabled()

    path = window.save_pdf(tmp_path / "8B Maths")
    assert path == tmp_path / "8B Maths.pdf"
    reader = pypdf.PdfReader(path)
    first_page = " ".join(reader.pages[0].extract_text().split())
    assert first_page.startswith(f"{demo.DEMO_SCHOOL_NAME} Class summary: 8B Maths")
    assert len(reader.pages[0].images) == 1  # the chart
    assert " ".join(p.extract_text() for p in reader.pages).count("CHRONIC") == (
        summary.chronic_count
    )

    printed = tmp_path / "printed.pdf"

    def printer_dialog(parent: Any, printer: Any, title: str) -> bool:
        assert parent is window and title == "Print class summary"
        printer.setOutputFormat(printer.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(printing, "_ask", printer_dialog)
    assert window.print_summary()
    assert "Class summary: 8B Maths" in pypdf.PdfReader(printed).pages[0].extract_text().replace(
        "\t", " "
    )


def test_a_file_that_cannot_be_written_is_said_in_plain_words(ui: Reports, tmp_path: Path) -> None:
    window = ui.window
    window.export_report("csv", tmp_path / "no such folder" / "summary.csv")
    ui.settle()
    ui.qtbot.waitUntil(
        lambda: any(w.objectName() == "knownErrorBox" for w in QApplication.topLevelWidgets())
    )
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "knownErrorBox")
    assert isinstance(box, QMessageBox) and "Could not write" in box.text()
    box.close()
    assert window.save_pdf(tmp_path / "no such folder" / "summary.pdf") is None


def test_an_empty_school_says_what_to_do(engine: Engine, qtbot: QtBot) -> None:
    operations = Operations(Database(engine))
    window = ReportsWindow(None, operations, zone=LONDON, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.choices is not None)
    assert not window.class_page.showing_report
    assert "Import a roster" in window.class_page.placeholder.text()
    assert not window.csv_action.isEnabled() and not window.print_action.isEnabled()
    window.close()
    operations.wait_for_done()


def test_classes_are_listed_as_a_school_counts_them(ui: Reports) -> None:
    names = [choice.name for choice in ui.window.class_page.choices.rows]
    assert names[:2] == ["7A English", "7A French"] and names[-2:] == ["10A French", "10A History"]
    assert natural_key("Year 9 Set 2") < natural_key("year 10 set 1")
