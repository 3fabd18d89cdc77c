"""The main window around the register: today's lessons, days, teachers, the lesson's
status, errors, menus and remembered layout (pytest-qt, offscreen, both backends)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session

from attendance_desktop import settings as settings_module
from attendance_desktop.db import repository
from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.db.migrate import upgrade
from attendance_desktop.db.models import (
    Attendance,
    ClassSession,
    SchoolClass,
    SchoolSetting,
    Teacher,
)
from attendance_desktop.db.work import Database
from attendance_desktop.settings import Settings
from attendance_desktop.ui.main_window import MainWindow
from attendance_desktop.ui.operations import Operations
from attendance_desktop.ui.register_model import COL_NOTE, COL_STATUS
from attendance_desktop.ui.sessions_model import COL_MARKED, COL_TEACHER, COL_TIME
from attendance_desktop.ui.sessions_model import COL_STATUS as LESSON_STATUS
from tests.factories import make_lesson
from tests.test_register import START, UI, FakeClock, Inputs, build_ui, busy_error


@pytest.fixture
def ui(engine: Engine, qtbot: QtBot) -> Iterator[UI]:
    yield from build_ui(engine, qtbot)


def lesson_cell(ui: UI, column: int, row: int = 0) -> str:
    return str(ui.window.sessions_model.index(row, column).data())


def test_the_main_flow_open_mark_undo_close_reopen(ui: UI) -> None:
    """Today's lesson is selected at start; Enter starts it; keys and clicks mark; the
    register is closed and reopened; everything is checked in the database."""
    window = ui.window
    assert window.sessions_model.rowCount() == 1
    assert lesson_cell(ui, LESSON_STATUS) == "Not started"
    assert lesson_cell(ui, COL_MARKED) == "\u2013 / 30"
    assert "(today)" in window.day_label.text()
    assert window.register_panel.start_button.isVisibleTo(window)

    ui.open_register()
    with Session(ui.db) as session:
        rows = session.scalar(
            select(func.count())
            .select_from(Attendance)
            .where(Attendance.class_session_id == ui.lesson.session_id)
        )
        lesson = session.get(ClassSession, ui.lesson.session_id)
        assert rows == 30
        assert lesson is not None and lesson.status == "open" and lesson.opened_at is not None
    assert lesson_cell(ui, LESSON_STATUS) == "Open"

    inputs = Inputs(ui.qtbot)
    inputs.key(ui.view, Qt.Key.Key_A)  # row 0 absent
    inputs.key(ui.view, Qt.Key.Key_L)  # row 1 late
    inputs.click(ui.view, 2, COL_STATUS)  # row 2: unmarked -> Present
    inputs.key(ui.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo row 2
    ui.settle()
    stored = ui.codes_in_db()
    rows_now = ui.model.rows
    assert [stored[r.student_id] for r in rows_now[:3]] == ["A", "L", None]
    assert lesson_cell(ui, COL_MARKED) == "2 / 30"
    assert "28 not marked" in window.register_panel.summary.text()

    asked: list[int] = []
    window.controller.confirm_close = lambda unmarked: asked.append(unmarked) is None
    window.close_register_action.trigger()
    ui.settle()
    assert asked == [28]  # students not marked: asked first (here: yes, close it)
    with Session(ui.db) as session:
        lesson = session.get(ClassSession, ui.lesson.session_id)
        assert lesson is not None and lesson.status == "closed"
    assert lesson_cell(ui, LESSON_STATUS) == "Closed"
    assert window.reopen_action.isEnabled() and not window.close_register_action.isEnabled()

    window.controller.reason_provider = lambda: "Marked the wrong class"
    window.reopen_action.trigger()
    ui.settle()
    with Session(ui.db) as session:
        lesson = session.get(ClassSession, ui.lesson.session_id)
        assert lesson is not None and lesson.status == "open"
        reopened = repository.lesson_history(session, ui.lesson.session_id)[-1]
        assert (reopened.kind, reopened.reason) == ("reopen", "Marked the wrong class")
        assert reopened.changed_by == window.actor().name
    window.controller.reload()
    ui.settle()
    assert [r.code_id is not None for r in ui.model.rows[:3]] == [True, True, False]
    assert "✓" in window.save_label.text()


def test_day_navigation_and_the_empty_state(ui: UI) -> None:
    window = ui.window
    window.previous_action.trigger()
    ui.idle()
    assert window.day == START.date() - timedelta(days=1)
    assert "(yesterday)" in window.day_label.text()
    assert window.sessions_stack.currentWidget() is window.sessions_empty
    assert "No lessons for you" in window.sessions_empty.text()
    assert window.today_action.isEnabled()
    assert window.register_panel.title.text() == "No lesson selected"
    window.next_action.trigger()
    window.next_action.trigger()
    ui.idle()
    assert "(tomorrow)" in window.day_label.text()
    window.today_action.trigger()
    ui.idle()
    assert window.sessions_model.rowCount() == 1
    assert not window.today_action.isEnabled()
    # The keyboard: Alt+Left is the previous day.
    window.sessions_view.setFocus()
    QTest.keyClick(window.sessions_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    ui.idle()
    assert window.day == START.date() - timedelta(days=1)


def test_all_teachers_shows_other_teachers_lessons(ui: UI) -> None:
    with Session(ui.db) as session, session.begin():
        other = Teacher(display_name="Mr Okafor")
        klass = SchoolClass(name="10C History", room="H2", teacher=other)
        session.add_all([other, klass])
        session.flush()
        session.add(
            ClassSession(
                class_id=klass.id,
                teacher_id=other.id,
                start_time=START + timedelta(hours=2),
                end_time=START + timedelta(hours=3),
            )
        )
    window = ui.window
    window.refresh()
    ui.idle()
    assert window.sessions_model.rowCount() == 1
    assert window.sessions_view.isColumnHidden(COL_TEACHER)
    window.all_teachers_box.setChecked(True)
    ui.idle()
    assert window.all_teachers_action.isChecked()
    assert window.sessions_model.rowCount() == 2
    assert not window.sessions_view.isColumnHidden(COL_TEACHER)
    assert lesson_cell(ui, COL_TEACHER, 1) == "Mr Okafor"
    assert lesson_cell(ui, LESSON_STATUS, 1) == "Not started"


def test_a_lesson_never_started_shows_as_not_taken_once_it_is_over(ui: UI) -> None:
    ui.clock.advance(hours=2)
    ui.window.refresh()
    ui.idle()
    assert lesson_cell(ui, LESSON_STATUS) == "Not taken"


def test_a_failed_load_shows_a_plain_words_dialog_without_blocking(ui: UI) -> None:
    failures = {"left": 1}

    def fail_once(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if failures["left"] and "FROM class_session" in statement:
            failures["left"] -= 1
            raise busy_error(ui.engine, statement)

    event.listen(ui.engine, "before_cursor_execute", fail_once)
    try:
        ui.window.refresh()
        ui.idle()
    finally:
        event.remove(ui.engine, "before_cursor_execute", fail_once)
    ui.qtbot.waitUntil(lambda: ui.window._error_box is not None)
    box = ui.window._error_box
    assert box is not None and box.isVisible()
    assert box.objectName() == "knownErrorBox"
    assert "database" in box.text()
    assert "busy" in ui.status_text() or "locked" in ui.status_text()  # the details
    box.close()
    ui.qtbot.waitUntil(lambda: ui.window._error_box is None)


def test_help_lists_the_keys_and_the_menus_hold_every_feature(ui: UI) -> None:
    from PySide6.QtWidgets import QTextBrowser

    ui.window.shortcuts_action.trigger()
    help_box = ui.window.shortcuts_dialog
    assert help_box is not None and help_box.isVisible()
    browser = help_box.findChild(QTextBrowser)
    assert browser is not None
    text = browser.toPlainText()
    assert "Ctrl+Enter" in text and "P Present" in text
    help_box.close()
    bar = ui.window.menuBar()
    menus = {
        a.text().replace("&", ""): [
            b.text().replace("&", "").split("\t")[0] for b in a.menu().actions() if b.text()
        ]
        for a in bar.actions()
    }
    assert list(menus) == ["File", "View", "Register", "Help"]
    assert menus["File"] == [
        "Reports…",
        "Import roster…",
        "Import timetable…",
        "Settings…",
        "Change teacher…",
        "Quit",
    ]
    assert menus["Register"][0] == "New lesson…"
    assert menus["Register"][-2:] == ["Print register…", "Save register as PDF…"]
    assert ui.window.new_lesson_action.shortcut().toString() == "Ctrl+N"
    assert ui.window.reports_action.shortcut().toString() == "Ctrl+R"
    assert ui.window.print_action.shortcut().toString() == "Ctrl+P"


def visible(kind: type[Any]) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_import_roster_opens_the_preview_and_the_window_shows_what_came_in(
    ui: UI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File > Import roster… opens the preview over the window; once a roster is
    imported, its teachers can be chosen and the lists are read again."""
    from attendance_desktop.ui.import_dialog import ImportRosterDialog, Stage
    from tests.test_roster import FIXTURES

    ui.window.import_action.trigger()
    dialogs = visible(ImportRosterDialog)
    assert len(dialogs) == 1 and dialogs[0].parent() is ui.window
    dialog = dialogs[0]
    assert dialog.isModal()  # window-modal: no marking behind a half-read roster
    assert "Mrs Ødegård" not in ui.window.teacher_names.values()

    dialog.load(FIXTURES / "students_cp1252_semicolon.csv")
    ui.qtbot.waitUntil(lambda: dialog.stage in (Stage.READY, Stage.PROBLEMS, Stage.FAILED))
    assert dialog.stage == Stage.READY, dialog.status.text()
    loads: list[int] = []
    monkeypatch.setattr(ui.window, "load_day", lambda keep=None: loads.append(1))
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    ui.qtbot.waitUntil(lambda: dialog.stage == Stage.DONE, timeout=20_000)
    ui.qtbot.waitUntil(lambda: "Mrs Ødegård" in ui.window.teacher_names.values())
    assert loads  # the day's lessons were read again
    with Session(ui.db) as session:
        count = session.scalar(select(func.count()).select_from(Teacher))
    assert count == len(ui.window.teacher_names) > 1
    dialog.close()


def test_import_timetable_opens_its_dialog_and_reloads_the_day_only_after_an_import(
    ui: UI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File > Import timetable… opens the preview over the window (modal); closed without
    importing, the day stays as it was; after an import, the day's lessons are read again."""
    from PySide6.QtCore import QTimer

    from attendance_desktop.ui import timetable_import_dialog
    from attendance_desktop.ui.timetable_import_dialog import TimetableImportDialog

    loads: list[int | None] = []
    monkeypatch.setattr(ui.window, "load_day", lambda keep=None: loads.append(keep))
    seen: list[TimetableImportDialog] = []
    modal: list[bool] = []

    def close_it() -> None:
        dialogs = visible(TimetableImportDialog)
        seen.extend(dialogs)
        for dialog in dialogs:
            modal.append(QApplication.activeModalWidget() is dialog)
            dialog.reject()

    QTimer.singleShot(100, close_it)
    ui.window.import_timetable_action.trigger()  # returns when the dialog is closed
    assert len(seen) == 1 and seen[0].parent() is ui.window and modal == [True]
    assert loads == []  # nothing imported: nothing read again

    asked: list[object] = []

    def imported(parent: object, operations: object) -> bool:
        asked.append((parent, operations))
        return True

    monkeypatch.setattr(timetable_import_dialog, "import_timetable", imported)
    ui.window.import_timetable_action.trigger()
    assert asked == [(ui.window, ui.window.operations)]
    assert loads == [ui.lesson.session_id]  # read again, keeping the register shown


def test_a_new_language_is_said_to_apply_at_the_next_start(
    ui: UI, monkeypatch: pytest.MonkeyPatch
) -> None:
    from attendance_desktop.ui import settings_dialog

    told: list[str] = []
    monkeypatch.setattr(
        "attendance_desktop.ui.main_window.QMessageBox.information",
        lambda _parent, title, text: told.append(f"{title}: {text}"),
    )

    class Accepted:
        changed = False

        def __init__(self, *_: object) -> None:
            pass

        def exec(self) -> int:
            return 1

        def accepted_settings(self) -> Settings:
            return Settings(teacher_id=ui.lesson.teacher_id)

        def language_changed(self) -> bool:
            return self.changed

    monkeypatch.setattr(settings_dialog, "SettingsDialog", Accepted)
    for changed in (False, True):
        Accepted.changed = changed
        ui.window.settings_action.trigger()
        ui.idle()
        if not changed:
            assert told == []  # negative control: the same settings say nothing
    assert len(told) == 1 and "next time the app starts" in told[0]


def test_a_refused_mark_stays_in_the_status_bar_until_dismissed_or_another_lesson(
    ui: UI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mark the database refuses for good (not this login's register) is said in the
    status bar and stays there through later messages; Dismiss hides it, and so does
    opening another lesson."""
    window = ui.window
    ui.open_register()
    refused_rows = {ui.model.rows[0].attendance_id, ui.model.rows[2].attendance_id}
    real = repository.save_edit

    def refusing(session: Session, attendance_id: int, *args: Any, **kwargs: Any) -> Any:
        if attendance_id in refused_rows:
            raise repository.RegisterNotYours(attendance_id)
        return real(session, attendance_id, *args, **kwargs)

    monkeypatch.setattr(repository, "save_edit", refusing)
    assert window.refusal_bar.isHidden()
    name = ui.model.rows[0].display_name
    ui.view.go_to(0)
    QTest.keyClick(ui.view, Qt.Key.Key_A)
    ui.settle()
    assert window.refusal_bar.isVisible()
    text = window.refusal_label.text()
    assert name in text and "not yours" in text and "office" in text
    QTest.keyClick(ui.view, Qt.Key.Key_A)  # row 1: saved, and the status bar says so
    ui.settle()
    assert ui.status_text() and window.refusal_bar.isVisible()  # still said
    window.grab().save("/tmp/helpers/shots/refused_mark_status_bar.png")
    QTest.mouseClick(window.refusal_dismiss, Qt.MouseButton.LeftButton)
    assert window.refusal_bar.isHidden() and window.hint_label.isVisible()

    # Refused again, then another lesson is opened: the message goes with the lesson.
    ui.view.go_to(2)
    QTest.keyClick(ui.view, Qt.Key.Key_L)
    ui.settle()
    assert window.refusal_bar.isVisible()
    window.controller.reload()  # the same lesson read again: still said
    ui.settle()
    assert window.refusal_bar.isVisible()
    with Session(ui.db) as session, session.begin():
        session.add(
            ClassSession(
                class_id=ui.lesson.class_id,
                teacher_id=ui.lesson.teacher_id,
                start_time=START + timedelta(hours=2),
                end_time=START + timedelta(hours=3),
            )
        )
    window.refresh()
    ui.idle()
    assert window.sessions_model.rowCount() == 2
    window.sessions_view.selectRow(1)
    window.sessions_view.setCurrentIndex(window.sessions_model.index(1, COL_TIME))
    ui.idle()
    assert window.controller.lesson is not None
    assert window.controller.lesson.id != ui.lesson.session_id
    assert window.refusal_bar.isHidden()


def test_new_lesson_on_an_empty_day_starts_its_register_and_goes_to_it(ui: UI) -> None:
    """After a roster import there is no timetable: Ctrl+N, a class, Enter, and the
    teacher is in a started register."""
    from attendance_desktop.ui.new_lesson_dialog import NewLessonDialog

    tomorrow = ui.window.day + timedelta(days=1)
    ui.window.set_day(tomorrow)
    ui.idle()
    assert ui.window.sessions_stack.currentWidget() is ui.window.sessions_empty
    assert "Ctrl+N" in ui.window.sessions_empty.text()

    ui.window.new_lesson_action.trigger()
    dialogs = visible(NewLessonDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    ui.qtbot.waitUntil(lambda: dialog.visible_classes() != [])
    QTest.keyClicks(dialog.filter_edit, "9b")
    QTest.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    ui.qtbot.waitUntil(
        lambda: (
            ui.window.controller.lesson is not None
            and ui.window.controller.lesson.id != ui.lesson.session_id
            and ui.window.controller.lesson.status == "open"
        ),
        timeout=10_000,
    )
    ui.idle()
    assert ui.window.day == tomorrow
    assert ui.window.sessions_model.rowCount() == 1
    assert len(ui.model.rows) == len(ui.lesson.student_ids)
    # Straight into the register: the first key marks.  (Offscreen, closing a dialog
    # does not make its parent active again, so ask which child will have the focus.)
    assert ui.window.focusWidget() is ui.view
    assert "Register started: 30 students." in ui.status_text()
    with Session(ui.db) as session:
        assert session.scalar(select(func.count()).select_from(ClassSession)) == 2


def test_new_lesson_at_a_time_the_class_has_one_opens_that_register(ui: UI) -> None:
    from attendance_desktop.ui.new_lesson_dialog import NewLessonDialog

    ui.window.new_lesson_action.trigger()  # today, 09:01: the 09:00 lesson is on
    dialog = visible(NewLessonDialog)[0]
    ui.qtbot.waitUntil(lambda: dialog.visible_classes() != [])
    QTest.keyClicks(dialog.filter_edit, "9b")
    QTest.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    ui.qtbot.waitUntil(
        lambda: (
            ui.window.controller.lesson is not None and ui.window.controller.lesson.status == "open"
        ),
        timeout=10_000,
    )
    ui.idle()
    assert "9B Maths already had a lesson at 09:00: this is its register." in ui.status_text()
    assert ui.window.controller.lesson.id == ui.lesson.session_id
    with Session(ui.db) as session:
        assert session.scalar(select(func.count()).select_from(ClassSession)) == 1


def test_reports_open_once_and_follow_an_import(ui: UI) -> None:
    from attendance_desktop.ui.reports_window import ReportsWindow

    ui.window.reports_action.trigger()
    windows = visible(ReportsWindow)
    assert len(windows) == 1
    reports = windows[0]
    assert reports.teacher_id == ui.lesson.teacher_id and reports.zone == ui.window.zone
    ui.qtbot.waitUntil(lambda: reports.choices is not None)
    assert [c.name for c in reports.choices.classes] == ["9B Maths"]

    ui.window.reports_action.trigger()  # raised again, not a second window
    assert visible(ReportsWindow) == [reports]

    # A new class arrives (as an import would bring it): the open window lists it.
    with Session(ui.db) as session:
        session.add(SchoolClass(name="10C History", teacher_id=ui.lesson.teacher_id))
        session.commit()
    ui.window._after_import(None)
    ui.qtbot.waitUntil(lambda: reports.choices is not None and len(reports.choices.classes) == 2)
    reports.close()
    ui.qtbot.waitUntil(lambda: ui.window._reports_window is None)
    ui.window.reports_action.trigger()
    assert len(visible(ReportsWindow)) == 1 and visible(ReportsWindow)[0] is not reports
    ui.window._reports_window.close()


def test_print_and_pdf_take_the_register_on_screen(
    ui: UI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from attendance_desktop.ui import printing
    from tests.test_printing import page_texts

    assert ui.window.controller.lesson is not None
    assert ui.window.print_action.isEnabled() and ui.window.pdf_action.isEnabled()
    chosen = tmp_path / "9B register"
    asked: list[str] = []

    def save_as(_parent: Any, title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(Path(suggested).name)
        return str(chosen), "PDF (*.pdf)"

    monkeypatch.setattr(printing.QFileDialog, "getSaveFileName", save_as)
    ui.window.pdf_action.trigger()
    written = tmp_path / "9B register.pdf"
    ui.qtbot.waitUntil(written.exists)
    assert asked and asked[0].startswith("9B Maths register ")
    text = " ".join(page_texts(written))
    assert "Register: 9B Maths" in text and "Teacher Ms Rivera" in text and "Signature" in text
    ui.qtbot.waitUntil(lambda: str(written) in ui.status_text())

    printed: list[Any] = []

    class PrintDialog:
        def __init__(self, printer: Any, parent: Any) -> None:
            printed.append(parent)

        def setWindowTitle(self, title: str) -> None:
            pass

        def exec(self) -> int:
            return 0  # the teacher changes their mind

    monkeypatch.setattr(printing, "QPrintDialog", PrintDialog)
    ui.window.print_action.trigger()
    ui.qtbot.waitUntil(lambda: printed == [ui.window])
    ui.idle()

    ui.window.controller.open_lesson(None)
    assert not ui.window.print_action.isEnabled() and not ui.window.pdf_action.isEnabled()


def test_about_names_the_version_database_schema_and_log_file(ui: UI) -> None:
    from attendance_desktop import __version__
    from attendance_desktop.db.migrate import head_revision
    from attendance_desktop.log import log_file
    from attendance_desktop.ui.about_dialog import AboutDialog

    ui.window.about_action.trigger()
    dialogs = visible(AboutDialog)
    assert len(dialogs) == 1
    about = dialogs[0]
    ui.qtbot.waitUntil(lambda: about.schema_value.text() != "reading…")
    assert about.schema_value.text() == f"{head_revision()} (up to date)"
    backend = "SQLite" if ui.engine.dialect.name == "sqlite" else "PostgreSQL"
    assert about.backend_value.text().startswith(backend)
    assert about.version_value.text() == __version__
    assert about.log_value.text() == str(log_file())
    password = ui.engine.url.password
    assert password is None or str(password) not in about.details()
    about.copy_button.click()
    copied = QApplication.clipboard().text()
    assert copied == about.details() and f"Schema revision: {head_revision()}" in copied
    about.close()


def test_window_layout_is_remembered(
    engine: Engine, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.factories import make_lesson

    lesson = make_lesson(engine, students=3, start=START)
    operations = Operations(Database(engine))
    clock = FakeClock(START)

    first = MainWindow(operations, Settings(teacher_id=lesson.teacher_id), clock=clock)
    qtbot.addWidget(first)
    first.resize(1100, 700)
    first.show()
    qtbot.waitUntil(lambda: operations.pending == 0)
    first.register_view.setColumnWidth(COL_STATUS, 150)
    first.splitter.setSizes([250, 850])  # the default is about 1:2
    first.close()
    stored = settings_module.load().ui["main_window"]
    assert stored["register_columns"][COL_STATUS] == 150

    second = MainWindow(operations, settings_module.load(), clock=clock)
    qtbot.addWidget(second)
    # Before it is shown (and the offscreen screen clamps its size): exactly as stored.
    assert second.ui_state()["splitter"] == stored["splitter"]
    second.show()
    qtbot.waitUntil(lambda: operations.pending == 0)
    assert second.register_view.columnWidth(COL_STATUS) == 150
    assert stored["geometry"]  # the offscreen screen may clamp the size, so not compared
    assert second.splitter.sizes()[0] < 300  # narrower than the default 430
    assert second.register_view.columnWidth(COL_NOTE) > 0
    second.close()
    operations.wait_for_done()


def test_a_demo_window_keeps_nothing(engine: Engine, qtbot: QtBot) -> None:
    operations = Operations(Database(engine))
    window = MainWindow(operations, Settings(), clock=FakeClock(START), demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: operations.pending == 0)
    assert "DEMO" in window.windowTitle()
    window.close()
    operations.wait_for_done()
    assert not settings_module.settings_path().exists()


def test_the_window_shows_the_day_in_the_schools_zone_from_its_database(
    engine: Engine, qtbot: QtBot
) -> None:
    """The zone is the database's: a per-PC copy in an old settings file is ignored."""
    path = settings_module.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"time_zone": "Europe/London", "teacher_id": 7}), encoding="utf-8")
    stored = settings_module.load()
    assert stored.teacher_id == 7 and not hasattr(stored, "time_zone")

    # 09:00 in Sydney on 2 February is 22:00 UTC on 1 February.
    lesson = make_lesson(engine, students=3, start=datetime(2026, 2, 1, 22, 0, tzinfo=UTC))
    with Session(engine) as session, session.begin():
        session.merge(SchoolSetting(key="time_zone", value="Australia/Sydney"))
    operations = Operations(Database(engine))
    window = MainWindow(
        operations,
        Settings(teacher_id=lesson.teacher_id),
        clock=FakeClock(datetime(2026, 2, 1, 21, 0, tzinfo=UTC)),  # 08:00 in Sydney
        keep_settings=False,
        live=False,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.sessions_model.rowCount() == 1)
    assert window.zone == ZoneInfo("Australia/Sydney")
    assert window.day == date(2026, 2, 2)
    assert "Monday, 2 February 2026 (today)" in window.day_label.text()
    assert window.sessions_model.index(0, COL_TIME).data() == "09:00\u201309:50"

    # The office moves the school (Settings, on any PC): read again, the list follows.
    with Session(engine) as session, session.begin():
        session.merge(SchoolSetting(key="time_zone", value="Pacific/Honolulu"))
    window.load_zone()
    qtbot.waitUntil(lambda: window.zone == ZoneInfo("Pacific/Honolulu"))
    qtbot.waitUntil(lambda: operations.pending == 0)
    assert window.sessions_model.rowCount() == 0  # 12:00 on 1 February in Honolulu
    window.close()
    operations.wait_for_done()


def tooltip_at(view: Any, index: Any) -> str:
    """The tooltip a resting pointer gets over ``index`` ("" for none)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    QToolTip.hideText()
    QApplication.processEvents()
    point = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    text = QToolTip.text() if QToolTip.isVisible() else ""
    QToolTip.hideText()
    return text


def test_a_student_name_cut_short_shows_whole_in_its_tooltip(ui: UI) -> None:
    from attendance_desktop.ui.register_model import COL_STUDENT

    ui.open_register()
    view = ui.view
    index = ui.model.index(0, COL_STUDENT)
    name = ui.model.rows[0].display_name
    view.setColumnWidth(COL_STUDENT, 600)
    QApplication.processEvents()
    assert tooltip_at(view, index) == ""  # the whole name shows: nothing to add
    view.setColumnWidth(COL_STUDENT, 70)
    QApplication.processEvents()
    assert tooltip_at(view, index) == name


def test_the_lesson_list_keeps_one_line_a_lesson_with_the_room_whole(ui: UI) -> None:
    from attendance_desktop.ui.sessions_model import COL_CLASS, COL_ROOM

    with Session(ui.db) as session, session.begin():
        lesson = session.get(ClassSession, ui.lesson.session_id)
        assert lesson is not None
        lesson.room = "Room M2"
    ui.window.resize(1024, 700)
    ui.window.load_day()
    ui.idle()
    QApplication.processEvents()
    view = ui.window.sessions_view
    assert lesson_cell(ui, COL_ROOM) == "Room M2"
    assert not view.wordWrap()  # a second line would be cut off by the row's height
    room = ui.window.sessions_model.index(0, COL_ROOM)
    text_width = view.fontMetrics().horizontalAdvance("Room M2")
    assert view.columnWidth(COL_ROOM) > text_width  # whole, not wrapped nor cut
    assert "Room M2" not in tooltip_at(view, room)  # only the cell's own tip
    # A class name too long for its column is cut, and shown whole when pointed at.
    view.horizontalHeader().setSectionResizeMode(
        COL_CLASS, view.horizontalHeader().ResizeMode.Fixed
    )
    view.setColumnWidth(COL_CLASS, 30)
    QApplication.processEvents()
    klass = ui.window.sessions_model.index(0, COL_CLASS)
    assert tooltip_at(view, klass).startswith("9B Maths")


@pytest.mark.parametrize(
    ("opened", "expected"),
    [
        # Caught up at 21:47 on a 09:00-09:50 lesson: Present, arrival never after the end.
        (timedelta(hours=12, minutes=47), "P"),
        # Negative control: during the lesson, after the 5-minute grace, it is Late.
        (timedelta(minutes=20), "L"),
    ],
)
def test_a_register_opened_after_its_lesson_ctrl_enter_stores_present_not_late(
    engine: Engine, qtbot: QtBot, opened: timedelta, expected: str
) -> None:
    for ui in build_ui(engine, qtbot, now=START + opened):
        _all_present_with_ctrl_enter(ui, opened, expected)


def _all_present_with_ctrl_enter(ui: UI, opened: timedelta, expected: str) -> None:
    window = ui.window
    lesson = window.controller.lesson
    assert lesson is not None and lesson.status == "planned"
    if expected == "P":
        assert lesson_cell(ui, LESSON_STATUS) == "Not taken"  # over, never started
    window.sessions_view.setFocus()
    QTest.keyClick(window.sessions_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    model = ui.model
    ui.qtbot.waitUntil(lambda: len(model.rows) == 30 and not model.unmarked_rows())
    ui.settle()
    assert set(ui.codes_in_db().values()) == {expected}
    with Session(ui.db) as session:
        arrivals = set(
            session.scalars(
                select(Attendance.check_in_time).where(
                    Attendance.class_session_id == ui.lesson.session_id
                )
            )
        )
    end = START + timedelta(minutes=50)
    if expected == "P":
        # The key press's time says nothing of arrival: no time after the lesson.
        assert all(t is None or t <= end for t in arrivals), arrivals
    else:
        assert arrivals == {START + opened}
    assert lesson_cell(ui, COL_MARKED) == "30 / 30"


def test_help_and_hints_give_the_keys_of_the_codes_language(
    engine: Engine, qtbot: QtBot, language: Any
) -> None:
    """In German the default codes' keys are A F V E (anwesend, fehlt, verspätet,
    entschuldigt): the status bar's hint and Help > Keyboard shortcuts say those, before a
    register is read and after, and name the keys as the menus do (Strg, not Ctrl)."""
    from PySide6.QtWidgets import QTextBrowser

    from attendance_desktop.ui.main_window import default_codes

    language("de")
    assert [c.shortcut for c in default_codes()] == ["A", "F", "V", "E"]
    for ui in build_ui(engine, qtbot):
        window = ui.window
        assert "A F V E" in window.hint_label.text() and "Strg+" in window.hint_label.text()
        ui.open_register()
        assert "A F V E" in window.hint_label.text()
        window.shortcuts_action.trigger()
        help_box = window.shortcuts_dialog
        assert help_box is not None
        browser = help_box.findChild(QTextBrowser)
        assert browser is not None
        text = browser.toPlainText()
        assert "A Anwesend, F Fehlt" in text and "Strg+Z" in text and "P Present" not in text
        help_box.close()


def test_a_passing_message_gets_the_hints_room_until_it_goes(tmp_path: Path, qtbot: QtBot) -> None:
    """At 1024 px the keys hint cut "Kate García marked Late: 11 min after the start…"
    in half (seen under X in German); the hint steps aside while a message shows."""
    engine = create_app_engine(sqlite_url(tmp_path / "register.sqlite3"))
    upgrade(engine)
    try:
        for ui in build_ui(engine, qtbot):
            window = ui.window
            assert window.hint_label.isVisible()
            window.show_message("Kate García marked Late: 11 min after the start (grace 5 min).")
            assert window.hint_label.isHidden()
            window.statusBar().clearMessage()
            assert window.hint_label.isVisible()
    finally:
        engine.dispose()
