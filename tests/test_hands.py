"""The teacher's hands (issue 12), on the offscreen platform: quitting never drops a mark
or a conflict, and says so while a save is still on its way.

The parts that need a real X server (double clicks, window geometry) are in
tests/test_x11.py; the input count is in tests/test_input_count.py.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session

from attendance_desktop import marking
from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.db.migrate import upgrade
from attendance_desktop.db.models import Attendance
from attendance_desktop.db.work import Database
from attendance_desktop.lessons import SaveState
from attendance_desktop.outbox import Outbox
from attendance_desktop.settings import Settings
from attendance_desktop.ui.main_window import MainWindow
from attendance_desktop.ui.operations import Operations
from tests.factories import code_ids
from tests.test_register import START, UI, FakeClock, build_ui


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_app_engine(sqlite_url(tmp_path / "school.sqlite3"))
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def sqlite_ui(sqlite_engine: Engine, qtbot: QtBot) -> Iterator[UI]:
    yield from build_ui(sqlite_engine, qtbot)


def reopen(ui: UI, qtbot: QtBot) -> tuple[MainWindow, Operations]:
    """The app started again on the same database and the same journal file."""
    operations = Operations(Database(ui.engine))
    again = MainWindow(
        operations,
        Settings(teacher_id=ui.lesson.teacher_id),
        clock=FakeClock(START + timedelta(minutes=3)),
        zone=UTC,
        keep_settings=False,
        live=False,
    )
    qtbot.addWidget(again)
    again.show()
    return again, operations


def test_a_conflict_on_screen_at_quit_is_kept_and_offered_at_the_next_start(
    sqlite_ui: UI, qtbot: QtBot
) -> None:
    ui = sqlite_ui
    ui.open_register()
    ids = code_ids(ui.db)
    row = ui.model.rows[0]
    with Session(ui.db) as session, session.begin():  # another computer, meanwhile
        session.execute(
            update(Attendance)
            .where(Attendance.id == row.attendance_id)
            .values(code_id=ids["E"], version=Attendance.version + 1, changed_by="Mr Okafor")
        )
    QTest.keyClick(ui.view, Qt.Key.Key_A)
    ui.settle()
    bar = ui.window.register_panel.conflict_bar
    assert bar.isVisible() and "Mr Okafor" in bar.details.text()

    # File > Quit (Ctrl+Q) with "Keep mine / Take theirs" showing.
    assert ui.window.quit_action.shortcut().toString() == "Ctrl+Q"
    ui.window.quit_action.trigger()
    qtbot.waitUntil(lambda: not ui.window.isVisible())
    ui.operations.wait_for_done()
    kept = Outbox(ui.engine).conflicts()
    assert [e.attendance_id for e in kept] == [row.attendance_id]

    again, operations = reopen(ui, qtbot)
    try:
        qtbot.waitUntil(lambda: len(again.register_model.rows) == 30, timeout=10_000)
        qtbot.waitUntil(lambda: operations.pending == 0)
        bar = again.register_panel.conflict_bar
        assert bar.isVisible()
        assert "Mr Okafor" in bar.details.text() and "Absent" in bar.details.text()
        assert again.register_model.rows[0].save_state == SaveState.CONFLICT
        # Keep mine, at last: the teacher's Absent is written on top of theirs.
        bar.keep_button.click()
        qtbot.waitUntil(lambda: operations.pending == 0 and not again.writer.unsaved())
        assert ui.codes_in_db()[row.student_id] == "A"
        assert Outbox(ui.engine).count() == 0
    finally:
        if shiboken6.isValid(again):
            again.close()
        operations.wait_for_done()


class HeldSaves:
    """Every mark's save waits on the worker until ``release``: a server slow to answer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gate = threading.Event()
        self.waiting = threading.Event()
        original = marking.save_mark

        def held(*args: Any, **kwargs: Any) -> Any:
            self.waiting.set()
            self.gate.wait(30)
            return original(*args, **kwargs)

        monkeypatch.setattr(marking, "save_mark", held)

    def release(self) -> None:
        self.gate.set()


def test_quitting_while_a_mark_is_being_saved_shows_a_wait_then_closes(
    sqlite_ui: UI, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ui = sqlite_ui
    ui.open_register()
    held = HeldSaves(monkeypatch)
    QTest.keyClick(ui.view, Qt.Key.Key_L)
    assert held.waiting.wait(10)
    try:
        ui.window.close()
        QApplication.processEvents()
        # The window stays, saying why, while the save is on its way.
        assert ui.window.isVisible()
        wait = ui.window.quit_wait
        assert isinstance(wait, QProgressDialog) and wait.isVisible()
        assert "Finishing the last save" in wait.labelText()
        assert "kept in a file on this computer" in wait.labelText()
        assert Outbox(ui.engine).count() == 1  # and the mark is safe meanwhile
    finally:
        held.release()
    qtbot.waitUntil(lambda: not ui.window.isVisible(), timeout=10_000)
    assert ui.operations.pending == 0
    assert ui.codes_in_db()[ui.model.rows[0].student_id] == "L"


# --- the conflict bar from the keyboard (item 5) ------------------------------------------------


def test_the_conflict_bar_has_shortcuts_shown_on_its_buttons(sqlite_ui: UI) -> None:
    ui = sqlite_ui
    ui.open_register()
    ids = code_ids(ui.db)
    row = ui.model.rows[0]
    with Session(ui.db) as session, session.begin():
        session.execute(
            update(Attendance)
            .where(Attendance.id == row.attendance_id)
            .values(code_id=ids["E"], version=Attendance.version + 1, changed_by="Mr Okafor")
        )
    QTest.keyClick(ui.view, Qt.Key.Key_A)
    ui.settle()
    bar = ui.window.register_panel.conflict_bar
    assert bar.isVisible()
    assert bar.keep_button.text().startswith("Keep mine") and "(Alt+K)" in bar.keep_button.text()
    assert bar.theirs_button.text().startswith("Take theirs")
    assert "(Alt+T)" in bar.theirs_button.text()
    assert ui.view.hasFocus()  # the keyboard stays in the register...
    QTest.keyClick(ui.view, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # ...and Alt+K
    ui.settle()
    assert not bar.isVisible()
    assert ui.codes_in_db()[row.student_id] == "A"


# --- times: made and saved (item 6) --------------------------------------------------------------


def test_the_history_shows_when_a_mark_was_made_and_when_it_was_saved_if_later() -> None:
    from datetime import datetime

    from attendance_desktop.lessons import HistoryEntry
    from attendance_desktop.rules import Codebook
    from attendance_desktop.ui.history_dialog import COL_WHEN, HistoryModel

    made = datetime(2026, 11, 24, 21, 58, 10, tzinfo=UTC)
    online = HistoryEntry(
        1, "mark", None, 1, None, None, None, None, None, "Ms R", "PC", made, made
    )
    offline = HistoryEntry(
        2,
        "mark",
        1,
        2,
        None,
        None,
        None,
        None,
        None,
        "Ms R",
        "PC",
        made + timedelta(minutes=1),
        made,
    )
    old = HistoryEntry(3, "mark", 2, 1, None, None, None, None, None, "Ms R", "PC", made, None)
    model = HistoryModel(Codebook([]), UTC)
    model.set_entries([online, offline, old])
    when = [model.index(n, COL_WHEN).data() for n in range(3)]  # newest first
    assert when == ["24 Nov 21:58", "24 Nov 21:58 (saved 21:59)", "24 Nov 21:58"]
    tip = model.index(1, COL_WHEN).data(Qt.ItemDataRole.ToolTipRole)
    assert "Made Tuesday, 24 November 2026, 21:58:10" in tip and "saved" in tip


def test_load_history_returns_when_each_mark_was_made(sqlite_ui: UI) -> None:
    from attendance_desktop.db.work import Database
    from attendance_desktop.lessons import load_history

    ui = sqlite_ui
    ui.open_register()
    QTest.keyClick(ui.view, Qt.Key.Key_P)
    ui.settle()
    entries = Database(ui.db).run(
        lambda s: load_history(s, attendance_id=ui.model.rows[0].attendance_id)
    )
    assert len(entries) == 1 and entries[0].made_at is not None
    assert abs((entries[0].changed_at - entries[0].made_at).total_seconds()) < 60


def test_closing_a_register_with_students_not_marked_asks_and_no_keeps_it_open(
    sqlite_ui: UI, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    ui = sqlite_ui
    ui.open_register()
    QTest.keyClick(ui.view, Qt.Key.Key_P)
    ui.settle()
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(200, answer)
    ui.window.register_panel.close_button.click()
    ui.settle()
    assert seen and "29 students are not marked yet" in seen[0]
    assert ui.window.controller.lesson is not None
    assert ui.window.controller.lesson.status == "open"
    assert "stays open" in ui.status_text()


# --- a PC that is not marking sees the outage too (item 7) ---------------------------------------


def test_an_idle_pc_shows_that_live_updates_are_lost(sqlite_ui: UI) -> None:
    ui = sqlite_ui
    ui.open_register()
    window = ui.window
    assert window.live_updates is not None
    assert "All marks saved" in window.save_label.text()
    window.live_updates.statusChanged.emit(False, False)  # what the watcher says
    assert "Not connected to the server" in window.save_label.text()
    assert "connection to the server was lost" in ui.status_text()
    window.live_updates.statusChanged.emit(True, True)
    assert "All marks saved" in window.save_label.text()


def test_help_scrolls_rather_than_running_off_a_small_screen(sqlite_ui: UI) -> None:
    from PySide6.QtWidgets import QTextBrowser

    ui = sqlite_ui
    ui.window.shortcuts_action.trigger()
    dialog = ui.window.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.findChild(QTextBrowser)
    assert text is not None and "row's number" in text.toPlainText()
    dialog.resize(600, 300)  # a screen at 150 %: shorter than the help
    QApplication.processEvents()
    assert text.verticalScrollBar().maximum() > 0  # it scrolls; Close stays on screen
    dialog.close()


# --- a missing system library (item 12) ----------------------------------------------------------


def test_a_missing_xcb_library_is_named_with_its_package() -> None:
    from attendance_desktop.app import missing_system_libraries

    def loader(name: str) -> object:
        if name == "libxcb-cursor.so.0":
            raise OSError(f"{name}: cannot open shared object file")
        return object()

    x11 = {"DISPLAY": ":0"}
    assert missing_system_libraries(loader, x11) == ["libxcb-cursor0"]
    assert missing_system_libraries(lambda _n: object(), x11) == []
    # Not checked where the xcb plugin is not used.
    assert missing_system_libraries(loader, {"QT_QPA_PLATFORM": "offscreen"}) == []
    assert missing_system_libraries(loader, {"WAYLAND_DISPLAY": "wayland-0"}) == []


def test_the_app_says_which_package_to_install_and_exits(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from attendance_desktop import app

    monkeypatch.setattr(app, "missing_system_libraries", lambda: ["libxcb-cursor0"])
    assert app.run_gui(database=None, demo=False, verbose=False) == app.EXIT_MISSING_LIBRARY
    err = capsys.readouterr().err
    assert "cannot open a window" in err and "sudo apt install libxcb-cursor0" in err


# --- what is seen every day (item 11) -----------------------------------------------------------


def test_a_room_named_room_is_not_said_twice_and_counts_agree_with_their_nouns() -> None:
    from attendance_desktop.i18n import translate
    from attendance_desktop.ui.register_view import room_label

    assert room_label("M2") == "Room M2"
    assert room_label("Room M2") == "Room M2"
    assert room_label("room 4") == "room 4"
    assert translate("ReportsWindow", "%n lessons", None, 1) == "1 lesson"
    assert translate("ReportsWindow", "%n lessons", None, 0) == "0 lessons"


# --- the keyboard in Reports and Settings (item 9) -----------------------------------------------


def test_reports_switch_tabs_with_ctrl_tab_anywhere_and_esc_closes(sqlite_ui: UI) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    ui = sqlite_ui
    ui.window.open_reports()
    reports = ui.window._reports_window
    assert reports is not None
    ui.qtbot.waitExposed(reports)
    reports.activateWindow()
    ui.qtbot.waitUntil(lambda: QApplication.activeWindow() is reports)
    period = reports.period_box.currentText()
    reports.from_edit.setFocus()
    before = reports.from_edit.date()
    QTest.keyClick(reports.from_edit, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert reports.tabs.currentIndex() == 1
    assert reports.from_edit.date() == before and reports.period_box.currentText() == period
    focus = QApplication.focusWidget() or reports
    QTest.keyClick(focus, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert reports.tabs.currentIndex() == 2
    focus = QApplication.focusWidget() or reports
    QTest.keyClick(focus, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert reports.tabs.currentIndex() == 1
    views = reports.findChildren(QAbstractItemView)
    assert views and not any(v.tabKeyNavigation() for v in views)  # Tab leaves a table
    focus = QApplication.focusWidget() or reports
    QTest.keyClick(focus, Qt.Key.Key_Escape)
    ui.qtbot.waitUntil(lambda: ui.window._reports_window is None or not reports.isVisible())


def test_settings_switch_tabs_with_ctrl_tab_even_from_the_codes_table(
    sqlite_ui: UI, qtbot: QtBot
) -> None:
    from attendance_desktop.ui.settings_dialog import SettingsDialog

    ui = sqlite_ui
    dialog = SettingsDialog(ui.window, ui.operations, ui.window.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.tabs.setCurrentIndex(1)
    from PySide6.QtWidgets import QAbstractItemView

    table = dialog.codes_page.findChild(QAbstractItemView)
    assert table is not None and not table.tabKeyNavigation()
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tabs.currentIndex() == 2
    dialog.reject()


def test_dialogs_fit_a_1366x768_screen_at_150_percent(
    sqlite_ui: UI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 150 % scaling a 1366x768 screen leaves about 910x512 for windows: New lesson
    and Settings must not be taller than that (their OK buttons would be off the bottom).
    Before, both had a fixed minimum of 560 px in height."""
    from PySide6.QtCore import QRect

    from attendance_desktop.settings import Settings
    from attendance_desktop.ui import app_window
    from attendance_desktop.ui.new_lesson_dialog import NewLessonDialog
    from attendance_desktop.ui.settings_dialog import SettingsDialog

    monkeypatch.setattr(app_window, "available_geometry", lambda _w: QRect(0, 0, 910, 512))
    room = QRect(0, 0, 910, 512).size() - app_window.FRAME_ALLOWANCE
    window = sqlite_ui.window
    lesson = NewLessonDialog(
        window,
        sqlite_ui.operations,
        teacher_id=sqlite_ui.lesson.teacher_id,
        day=START.date(),
        zone=UTC,
    )
    settings = SettingsDialog(window, sqlite_ui.operations, Settings())
    for dialog in (lesson, settings):
        assert dialog.minimumSize().height() <= room.height(), type(dialog).__name__
        assert dialog.minimumSize().width() <= room.width(), type(dialog).__name__
    sqlite_ui.operations.wait_for_done()
    lesson.deleteLater()
    settings.deleteLater()
