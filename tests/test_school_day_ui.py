"""Settings > School day and File > Import timetable, driven as the office would, on real
widgets, on SQLite and on a real PostgreSQL (the ``engine`` fixture runs each test on both).

The files are the ones tests/test_school_day.py imports (tests/data/timetable/)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from attendance_desktop.db.models import (
    BellPeriod,
    ClassSession,
    NonSchoolDay,
    SchoolClass,
    SchoolSetting,
    Teacher,
)
from attendance_desktop.db.work import Database
from attendance_desktop.settings import Settings
from attendance_desktop.timetable import BELL_TIMES, NON_SCHOOL_DAYS, read_timetable
from attendance_desktop.timetable.school_day import build_day, import_plan
from attendance_desktop.ui import timetable_import_dialog as tid
from attendance_desktop.ui.operations import Operations
from attendance_desktop.ui.school_day_page import BellsModel, ClosuresModel
from attendance_desktop.ui.settings_dialog import SettingsDialog
from attendance_desktop.ui.timetable_import_dialog import (
    Stage,
    TimetableImportDialog,
    import_timetable,
)

DATA = Path(__file__).parent / "data" / "timetable"
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def operations(engine: Engine, qapp: QApplication) -> Iterator[Operations]:
    ops = Operations(Database(engine))
    yield ops
    ops.wait_for_done()


@pytest.fixture
def roster(engine: Engine) -> Engine:
    """A London school whose roster has the timetable's classes and teachers, and its
    timetable, but no bell times or holidays yet."""
    with Session(engine) as session, session.begin():
        martinez = Teacher(display_name="Mr José Martínez", email="j.martinez@example.org")
        okafor = Teacher(display_name="Ms Ngozi Okafor")
        session.add_all([martinez, okafor])
        session.flush()
        session.add_all(
            [
                SchoolClass(name="8B Maths", room="M1", teacher_id=martinez.id),
                SchoolClass(name="7A English", room="E1", teacher_id=okafor.id),
            ]
        )
        session.merge(SchoolSetting(key="time_zone", value="Europe/London"))
    with Session(engine) as session, session.begin():
        plan = read_timetable(DATA / "timetable.csv")
        assert import_plan(session, plan).problems == []
    return engine


def _bells(engine: Engine) -> list[tuple[str, str, str, str]]:
    with Session(engine) as session:
        return sorted(
            (b.period, f"{b.start_time:%H:%M}", f"{b.end_time:%H:%M}", b.days)
            for b in session.scalars(select(BellPeriod))
        )


def _import_file(engine: Engine, name: str) -> None:
    with Session(engine) as session, session.begin():
        assert import_plan(session, read_timetable(DATA / name)).problems == []


def _settings(qtbot: QtBot, operations: Operations) -> SettingsDialog:
    dialog = SettingsDialog(None, operations, Settings())
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.shared_settings_loaded, timeout=20_000)
    dialog.tabs.setCurrentIndex(dialog.SCHOOL_DAY_TAB)
    return dialog


def _type_in_cell(qtbot: QtBot, view: QTableView, row: int, column: int, text: str) -> None:
    """Click a cell, press F2, replace its text, press Enter: as a person edits a table."""
    model = view.model()
    index = model.index(row, column)
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert view.currentIndex() == index
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit), "the cell did not open for editing"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: model.data(index) == text)


def _school_name(session: Session) -> str | None:
    row = session.get(SchoolSetting, "school_name")
    return row.value if row is not None else None


def _save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _dialogs() -> list[TimetableImportDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, TimetableImportDialog) and w.isVisible()
    ]


def _when_shown(qtbot: QtBot, drive: Callable[[TimetableImportDialog], None]) -> None:
    """Run ``drive`` on the import dialog about to open (modal: its own event loop)."""
    before = set(_dialogs())

    def find() -> None:
        dialogs = [d for d in _dialogs() if d not in before]
        if not dialogs:
            QTimer.singleShot(20, find)
            return
        try:
            drive(dialogs[0])
        finally:  # never leave a modal dialog open: the test would hang, not fail
            if dialogs[0].isVisible():
                dialogs[0].done(0)

    QTimer.singleShot(0, find)


def _import_in(qtbot: QtBot, path: Path) -> Callable[[TimetableImportDialog], None]:
    def drive(dialog: TimetableImportDialog) -> None:
        dialog.load(path)
        qtbot.waitUntil(lambda: dialog.stage != Stage.CHECKING, timeout=20_000)
        if dialog.stage == Stage.READY and dialog.import_button.isEnabled():
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.stage == Stage.DONE, timeout=20_000)
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    return drive


# --- Settings > School day ---------------------------------------------------------------------


def test_bell_times_edited_on_the_page_are_stored_when_saved(
    qtbot: QtBot, operations: Operations, roster: Engine
) -> None:
    _import_file(roster, "bells.csv")
    dialog = _settings(qtbot, operations)
    page = dialog.school_day_page
    assert page.isVisible() and page.isEnabled()
    assert page.bells_model.rowCount() == 6
    # Period 1 starts 5 minutes earlier; a period 6 is added after the last.
    _type_in_cell(qtbot, page.bells_view, 0, BellsModel.START, "08:45")
    qtbot.mouseClick(page.add_bell_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    new = page.bells_model.rowCount() - 1
    assert page.bells_model.data(page.bells_model.index(new, BellsModel.PERIOD)) == "6"
    _type_in_cell(qtbot, page.bells_view, new, BellsModel.END, "15:30")
    assert not page.bells_problem.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        _save(qtbot, dialog)
    stored = _bells(roster)
    assert ("1", "08:45", "09:45", "Mon,Tue,Wed,Thu,Fri") in stored
    assert ("6", "14:35", "15:30", "Mon,Tue,Wed,Thu,Fri") in stored
    assert ("1", "08:50", "09:45", "Mon,Tue,Wed,Thu,Fri") not in stored
    assert len(stored) == 7
    # The lessons follow: Monday's period 1 (8B Maths) at the new time.
    with Session(roster) as session, session.begin():
        assert build_day(session, date(2026, 12, 7), LONDON) == 1
        lesson = session.scalars(select(ClassSession)).one()
        assert f"{lesson.start_time.astimezone(LONDON):%H:%M}" == "08:45"


def test_a_bad_row_is_refused_by_name_and_nothing_is_saved(
    qtbot: QtBot, operations: Operations, roster: Engine
) -> None:
    _import_file(roster, "bells.csv")
    before = _bells(roster)
    dialog = _settings(qtbot, operations)
    page = dialog.school_day_page
    # Another tab's change rides in the same save: it must not be stored either.
    dialog.register_page.school_edit.setText("Riverside Academy")
    _type_in_cell(qtbot, page.bells_view, 2, BellsModel.END, "10:30")  # period 3 ends at 10:30
    assert page.bells_problem.isVisible()
    assert "row 3 (period 3): it ends at 10:30, before it starts at 11:00" in (
        page.bells_problem.text()
    )
    dialog.tabs.setCurrentIndex(dialog.REGISTER_TAB)
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == dialog.SCHOOL_DAY_TAB  # taken to the row at fault
    assert dialog.problem_label.text().startswith("Bell times, row 3 (period 3): it ends at")
    # An overlap and an unknown day are refused the same way.
    _type_in_cell(qtbot, page.bells_view, 2, BellsModel.END, "11:55")
    _type_in_cell(qtbot, page.bells_view, 2, BellsModel.START, "10:00")
    _save(qtbot, dialog)
    assert "row 3 (period 3): on Mon, period 3 starts before period 2 ends (row 2)" in (
        dialog.problem_label.text()
    )
    _type_in_cell(qtbot, page.bells_view, 2, BellsModel.START, "11:00")
    _type_in_cell(qtbot, page.bells_view, 2, BellsModel.DAYS, "Mon-Fryday")
    _save(qtbot, dialog)
    assert 'row 3 (period 3): "Fryday" is not a day of the week' in dialog.problem_label.text()
    assert dialog.isVisible()
    with Session(roster) as session:  # nothing half-saved
        assert _school_name(session) != "Riverside Academy"
    assert _bells(roster) == before
    # Negative control: put the row right and the same save goes through.
    _type_in_cell(qtbot, page.bells_view, 2, BellsModel.DAYS, "Mon-Fri")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        _save(qtbot, dialog)
    with Session(roster) as session:
        assert _school_name(session) == "Riverside Academy"
    assert _bells(roster) == before


def test_holidays_added_and_removed_on_the_page_with_the_rotation(
    qtbot: QtBot, operations: Operations, roster: Engine
) -> None:
    _import_file(roster, "bells.csv")
    dialog = _settings(qtbot, operations)
    page = dialog.school_day_page
    assert not page.rotation_check.isChecked() and not page.week_a_edit.isEnabled()
    page.rotation_check.click()
    page.week_a_edit.setDate(page.week_a_edit.date().fromString("2026-12-09", "yyyy-MM-dd"))
    # A range ending before it starts is refused at once.
    page.first_edit.setDate(page.first_edit.date().fromString("2026-12-15", "yyyy-MM-dd"))
    page.last_edit.setDate(page.last_edit.date().fromString("2026-12-14", "yyyy-MM-dd"))
    qtbot.keyClicks(page.name_edit, "Snow")
    qtbot.mouseClick(page.add_closure_button, Qt.MouseButton.LeftButton)
    assert "ends on 14 Dec 2026, before it starts on 15 Dec 2026" in page.closure_problem.text()
    assert page.closures_model.rowCount() == 0
    page.last_edit.setDate(page.last_edit.date().fromString("2026-12-16", "yyyy-MM-dd"))
    qtbot.mouseClick(page.add_closure_button, Qt.MouseButton.LeftButton)
    assert page.closures_model.rowCount() == 1
    assert page.closures_model.data(page.closures_model.index(0, 0)) == "15\u201316 Dec 2026"
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        _save(qtbot, dialog)
    with Session(roster) as session:
        rows = session.scalars(select(NonSchoolDay))
        stored = [(c.first_date, c.last_date, c.name) for c in rows]
        assert stored == [(date(2026, 12, 15), date(2026, 12, 16), "Snow")]
        assert session.get(SchoolSetting, "rotation_week_a").value == "2026-12-07"  # its Monday
    with Session(roster) as session, session.begin():
        assert build_day(session, date(2026, 12, 16), LONDON) == 0  # the snow day
        assert build_day(session, date(2026, 12, 14), LONDON) == 1

    second = _settings(qtbot, operations)
    again = second.school_day_page
    assert again.rotation_check.isChecked()
    again.closures_view.setCurrentIndex(again.closures_model.index(0, 0))
    qtbot.mouseClick(again.remove_closure_button, Qt.MouseButton.LeftButton)
    assert again.closures_model.rowCount() == 0
    with qtbot.waitSignal(second.accepted, timeout=20_000):
        _save(qtbot, second)
    with Session(roster) as session:
        assert session.scalar(select(func.count()).select_from(NonSchoolDay)) == 0


def _set_date(edit: Any, iso: str) -> None:
    edit.setDate(edit.date().fromString(iso, "yyyy-MM-dd"))


def test_terms_added_on_the_page_an_overlap_refused_and_days_between_without_lessons(
    qtbot: QtBot, operations: Operations, roster: Engine
) -> None:
    from attendance_desktop.timetable.school_day import TermRow, load_terms

    _import_file(roster, "bells.csv")
    dialog = _settings(qtbot, operations)
    page = dialog.school_day_page
    terms = page.terms
    page.calendar_tabs.setCurrentWidget(terms)  # the Terms tab beside the holidays
    for first, last, name in (
        ("2026-09-02", "2026-12-18", "Autumn term"),
        ("2027-01-05", "2027-03-26", "Spring term"),
    ):
        _set_date(terms.first_edit, first)
        _set_date(terms.last_edit, last)
        qtbot.keyClicks(terms.name_edit, name)
        qtbot.keyClick(terms.name_edit, Qt.Key.Key_Return)
    assert page.terms_model.rowCount() == 2
    assert not dialog.saving(), "Enter in the name field adds the term, it does not save"
    # A third term overlapping the autumn term is refused at once, naming it.
    _set_date(terms.first_edit, "2026-12-01")
    _set_date(terms.last_edit, "2026-12-31")
    qtbot.keyClicks(terms.name_edit, "Winter")
    qtbot.mouseClick(terms.add_button, Qt.MouseButton.LeftButton)
    assert terms.problem.isVisible()
    assert terms.problem.text() == (
        "This term overlaps Autumn term, which runs 2 Sept 2026 to 18 Dec 2026."
    )
    assert page.terms_model.rowCount() == 2
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        _save(qtbot, dialog)
    with Session(roster) as session:
        assert [t.name for t in load_terms(session)] == ["Autumn term", "Spring term"]
    with Session(roster) as session, session.begin():
        assert build_day(session, date(2027, 1, 4), LONDON) == 0  # between the terms
        assert build_day(session, date(2027, 1, 11), LONDON) == 1  # the spring term

    # Removing one on the page and saving removes it from the database.
    second = _settings(qtbot, operations)
    again = second.school_day_page
    assert again.terms_model.rows[1] == TermRow(date(2027, 1, 5), date(2027, 3, 26), "Spring term")
    again.terms_view.setCurrentIndex(again.terms_model.index(1, 0))
    qtbot.mouseClick(again.terms.remove_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(second.accepted, timeout=20_000):
        _save(qtbot, second)
    with Session(roster) as session:
        assert [t.name for t in load_terms(session)] == ["Autumn term"]


def test_terms_imported_from_the_page(
    qtbot: QtBot, operations: Operations, roster: Engine, tmp_path: Path
) -> None:
    from attendance_desktop.timetable.reading import TERMS
    from attendance_desktop.timetable.school_day import load_terms

    path = tmp_path / "term-dates.ics"
    path.write_text(
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Example//Terms//EN\n"
        "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260902\nDTEND;VALUE=DATE:20261219\n"
        "SUMMARY:Autumn term\nUID:a@example.org\nDTSTAMP:20260101T000000Z\nEND:VEVENT\n"
        "END:VCALENDAR\n"
    )
    dialog = _settings(qtbot, operations)
    page = dialog.school_day_page
    _when_shown(qtbot, _import_in(qtbot, path))
    assert page.import_file(TERMS) is True
    qtbot.waitUntil(lambda: page.terms_model.rowCount() == 1, timeout=20_000)
    with Session(roster) as session:
        (term,) = load_terms(session)
    assert (term.first, term.last, term.name) == (
        date(2026, 9, 2),
        date(2026, 12, 18),
        "Autumn term",
    )
    assert page.unsaved() is None  # what was imported is what the page shows


# --- File > Import timetable --------------------------------------------------------------------


def test_bell_times_imported_through_the_dialog_then_nothing_to_change(
    qtbot: QtBot, operations: Operations, roster: Engine, qtmodeltester: Any
) -> None:
    dialog = TimetableImportDialog(None, operations)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.load(DATA / "bells.csv")
    qtbot.waitUntil(lambda: dialog.stage == Stage.READY, timeout=20_000)
    assert dialog.changes_model.count(tid.COL_ADDED) == 6
    assert dialog.changes_model.count(tid.COL_REMOVED) == 0
    assert dialog.preview_details.text() == "bells.csv holds bell times: 6 periods."
    assert dialog.contents_model.rowCount() == 6
    qtmodeltester.check(dialog.changes_model)
    qtmodeltester.check(dialog.contents_model)
    assert _bells(roster) == [], "the preview is a dry run"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stage == Stage.DONE, timeout=20_000)
    assert dialog.applied
    assert len(_bells(roster)) == 6
    with Session(roster) as session, session.begin():
        assert build_day(session, date(2026, 12, 7), LONDON) == 1

    # The same file again, through File > Import timetable's own function: nothing to change.
    seen: dict[str, Any] = {}

    def drive(again: TimetableImportDialog) -> None:
        qtbot.waitUntil(lambda: again.stage == Stage.READY, timeout=20_000)
        seen["heading"] = again.preview_heading.text()
        seen["import enabled"] = again.import_button.isEnabled()
        seen["added"] = again.changes_model.count(tid.COL_ADDED)
        qtbot.mouseClick(again.close_button, Qt.MouseButton.LeftButton)

    _when_shown(qtbot, drive)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert import_timetable(parent, operations, path=DATA / "bells.csv") is False
    assert seen == {
        "heading": "The register already matches this file: there is nothing to change.",
        "import enabled": False,
        "added": 0,
    }
    assert len(_bells(roster)) == 6


def test_a_file_with_problems_shows_every_one_and_writes_nothing(
    qtbot: QtBot, operations: Operations, roster: Engine, tmp_path: Path
) -> None:
    bad = tmp_path / "timetable.csv"
    bad.write_text("class,day,period,room,teacher\n8B Maths,Tue,4,M2,\n9Z Art,Mon,1,A1,\n")
    dialog = TimetableImportDialog(None, operations)
    qtbot.addWidget(dialog)
    dialog.load(bad)
    qtbot.waitUntil(lambda: dialog.stage == Stage.PROBLEMS, timeout=20_000)
    (problem,) = dialog.problems_model.problems
    assert (problem.file, problem.line, problem.column) == ("timetable.csv", 3, "class")
    assert 'no class called "9Z Art"' in problem.message
    assert not dialog.import_button.isEnabled()
    assert "timetable.csv, line 3" in dialog.problems_text()
    # Settings' "Import bell times…" refuses a file of another kind.
    dialog = TimetableImportDialog(None, operations, BELL_TIMES)
    qtbot.addWidget(dialog)
    dialog.load(DATA / "holidays.ics")
    qtbot.waitUntil(lambda: dialog.stage == Stage.PROBLEMS, timeout=20_000)
    assert "holds non-school days, not bell times" in dialog.problems_text()
    with Session(roster) as session:
        assert session.scalar(select(func.count()).select_from(NonSchoolDay)) == 0


def test_holidays_imported_from_the_page_close_the_school_on_those_days(
    qtbot: QtBot, operations: Operations, roster: Engine
) -> None:
    _import_file(roster, "bells.csv")
    dialog = _settings(qtbot, operations)
    page = dialog.school_day_page
    _when_shown(qtbot, _import_in(qtbot, DATA / "holidays.ics"))
    assert page.import_file(NON_SCHOOL_DAYS) is True
    qtbot.waitUntil(lambda: page.closures_model.rowCount() > 0, timeout=20_000)
    names = {row.name for row in page.closures_model.rows}
    assert {"Christmas holiday", "INSET day (school closed to pupils)"} <= names
    with Session(roster) as session:
        christmas = session.scalars(
            select(NonSchoolDay).where(NonSchoolDay.name == "Christmas holiday")
        ).one()
        assert christmas.first_date == date(2026, 12, 21)
        assert christmas.last_date == date(2026, 12, 30)
    with Session(roster) as session, session.begin():
        assert build_day(session, date(2026, 12, 22), LONDON) == 0  # Tuesday in the holiday
        assert build_day(session, date(2026, 12, 15), LONDON) == 1  # Tuesday before: 7A English
    # Saving the dialog afterwards neither doubles nor drops them.
    with Session(roster) as session:
        imported = session.scalar(select(func.count()).select_from(NonSchoolDay))
    assert imported == page.closures_model.rowCount() == len(names) + 2  # New Year's Days
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        _save(qtbot, dialog)
    with Session(roster) as session:
        assert session.scalar(select(func.count()).select_from(NonSchoolDay)) == imported


def test_the_page_models_pass_the_model_tester(qapp: QApplication, qtmodeltester: Any) -> None:
    from attendance_desktop.timetable.school_day import BellText, ClosureRow

    bells = BellsModel()
    bells.set_rows([BellText("1", "08:50", "09:45", "Mon-Fri")])
    bells.add_row()
    qtmodeltester.check(bells)
    closures = ClosuresModel()
    closures.set_rows([ClosureRow(date(2026, 12, 21), date(2026, 12, 30), "Christmas")])
    closures.add(ClosureRow(date(2026, 12, 4), date(2026, 12, 4), "INSET"))
    qtmodeltester.check(closures)
    assert closures.data(closures.index(0, 0)) == "Fri 4 Dec 2026"
