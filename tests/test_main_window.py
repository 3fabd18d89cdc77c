"""The main window around the register: today's lessons, days, teachers, the lesson's
status, errors, menus and remembered layout (pytest-qt, offscreen, both backends)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session

from attendance_desktop import settings as settings_module
from attendance_desktop.db.models import Attendance, ClassSession, SchoolClass, Teacher
from attendance_desktop.settings import Settings
from attendance_desktop.ui.main_window import MainWindow
from attendance_desktop.ui.operations import Operations
from attendance_desktop.ui.register_model import COL_NOTE, COL_STATUS
from attendance_desktop.ui.sessions_model import COL_MARKED, COL_TEACHER
from attendance_desktop.ui.sessions_model import COL_STATUS as LESSON_STATUS
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

    window.close_register_action.trigger()
    ui.settle()
    with Session(ui.db) as session:
        lesson = session.get(ClassSession, ui.lesson.session_id)
        assert lesson is not None and lesson.status == "closed"
    assert lesson_cell(ui, LESSON_STATUS) == "Closed"
    assert window.reopen_action.isEnabled() and not window.close_register_action.isEnabled()

    window.reopen_action.trigger()
    ui.settle()
    with Session(ui.db) as session:
        lesson = session.get(ClassSession, ui.lesson.session_id)
        assert lesson is not None and lesson.status == "open"
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


def test_help_lists_the_keys_and_import_roster_explains_it_is_coming(
    ui: UI, monkeypatch: pytest.MonkeyPatch
) -> None:
    ui.window.shortcuts_action.trigger()
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert boxes and "Ctrl+Enter" in boxes[0].text() and "P Present" in boxes[0].text()
    boxes[0].close()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, title, text: shown.append(f"{title}: {text}")
    )
    ui.window.import_action.trigger()
    assert shown and "coming in a later version" in shown[0]
    menus = [a.text().replace("&", "") for a in ui.window.menuBar().actions()]
    assert menus == ["File", "View", "Register", "Help"]


def test_window_layout_is_remembered(
    engine: Engine, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.factories import make_lesson

    lesson = make_lesson(engine, students=3, start=START)
    operations = Operations(engine)
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
    operations = Operations(engine)
    window = MainWindow(operations, Settings(), clock=FakeClock(START), demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: operations.pending == 0)
    assert "DEMO" in window.windowTitle()
    window.close()
    operations.wait_for_done()
    assert not settings_module.settings_path().exists()
