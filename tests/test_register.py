"""Taking a register in the real main window: keys, clicks, undo, notes, closed registers,
failed writes, conflicts, and the 30-student scenario (pytest-qt, offscreen).

Every check of what was saved reads the database through a fresh ``Session``
after the worker has finished (``operations.pending == 0``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event, select, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from attendance_desktop import errors
from attendance_desktop.db import repository
from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.db.models import Attendance, AttendanceChange, ClassSession, Student
from attendance_desktop.db.work import Database
from attendance_desktop.lessons import SaveState
from attendance_desktop.settings import Settings
from attendance_desktop.ui.main_window import MainWindow
from attendance_desktop.ui.operations import Operations
from attendance_desktop.ui.register_model import (
    COL_NOTE,
    COL_STATUS,
    COL_STUDENT,
    RegisterModel,
)
from tests.factories import Lesson, code_ids, make_lesson
from tests.test_rights import School, school  # noqa: F401 - the fixture, reused

START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@dataclass
class Inputs:
    """Sends the teacher's keystrokes and clicks, and counts every one of them."""

    qtbot: QtBot
    count: int = 0
    log: list[str] = field(default_factory=list)

    def key(
        self,
        widget: QWidget,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        self.count += 1
        self.log.append(f"key {key.name} {modifier.name}")
        QTest.keyClick(widget, key, modifier)

    def text(self, widget: QWidget, text: str) -> None:
        for char in text:
            self.count += 1
            self.log.append(f"key {char!r}")
            QTest.keyClicks(widget, char)

    def click(
        self,
        view: QAbstractItemView,
        row: int,
        column: int,
        button: Qt.MouseButton = Qt.MouseButton.LeftButton,
    ) -> None:
        index = view.model().index(row, column)
        rect = view.visualRect(index)
        if not view.viewport().rect().contains(rect):
            self.count += 1  # the teacher would have to scroll first
            self.log.append("scroll")
            view.scrollTo(index)
            rect = view.visualRect(index)
        self.count += 1
        self.log.append(f"click row {row} col {column}")
        self.qtbot.mouseClick(view.viewport(), button, pos=rect.center())


@dataclass
class UI:
    #: The app's engine (watched: the UI thread must never check out a connection).
    engine: Engine
    #: A second engine on the same database, for the test's own reads and "other computer".
    db: Engine
    lesson: Lesson
    operations: Operations
    window: MainWindow
    clock: FakeClock
    qtbot: QtBot
    main_thread_checkouts: list[str]

    @property
    def view(self) -> Any:
        return self.window.register_view

    @property
    def model(self) -> RegisterModel:
        return self.window.register_model

    def settle(self, timeout: int = 10_000) -> None:
        """Wait until the worker is idle and no mark is waiting to be written."""
        QApplication.processEvents()  # queued work first (an editor commits its data queued)
        self.qtbot.waitUntil(
            lambda: self.operations.pending == 0 and self.window.writer.unsaved() == 0,
            timeout=timeout,
        )

    def idle(self, timeout: int = 10_000) -> None:
        """Wait until the worker is idle (marks may still be waiting for a retry)."""
        QApplication.processEvents()
        self.qtbot.waitUntil(lambda: self.operations.pending == 0, timeout=timeout)

    def open_register(self, inputs: Inputs | None = None) -> None:
        """Start the lesson selected at start-up with Enter, and wait for its rows."""
        self.idle()
        self.window.sessions_view.setFocus()
        if inputs is not None:
            inputs.key(self.window.sessions_view, Qt.Key.Key_Return)
        else:
            QTest.keyClick(self.window.sessions_view, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: len(self.model.rows) == len(self.lesson.student_ids))
        self.idle()
        self.qtbot.waitUntil(self.view.hasFocus)

    def codes_in_db(self) -> dict[int, str | None]:
        """student id -> code letter, as stored."""
        letters = {v: k for k, v in code_ids(self.db).items()}
        with Session(self.db) as session:
            return {
                a.student_id: letters.get(a.code_id) if a.code_id else None
                for a in session.scalars(
                    select(Attendance).where(Attendance.class_session_id == self.lesson.session_id)
                )
            }

    def row_in_db(self, row: int) -> Attendance:
        attendance_id = self.model.rows[row].attendance_id
        with Session(self.db, expire_on_commit=False) as session:
            found = session.get(Attendance, attendance_id)
            assert found is not None
            return found

    def changes_in_db(self, row: int) -> list[AttendanceChange]:
        attendance_id = self.model.rows[row].attendance_id
        with Session(self.db) as session:
            return list(
                session.scalars(
                    select(AttendanceChange)
                    .where(AttendanceChange.attendance_id == attendance_id)
                    .order_by(AttendanceChange.version)
                )
            )

    def status_text(self) -> str:
        return self.window.statusBar().currentMessage()


def build_ui(
    engine: Engine, qtbot: QtBot, *, students: int = 30, now: datetime | None = None
) -> Iterator[UI]:
    lesson = make_lesson(engine, students=students, start=START)
    checkouts: list[str] = []

    def on_checkout(*_: object) -> None:
        if threading.current_thread() is threading.main_thread():
            checkouts.append("".join(__import__("traceback").format_stack(limit=12)))

    event.listen(engine, "checkout", on_checkout)
    operations = Operations(Database(engine))
    clock = FakeClock(now or START + timedelta(minutes=1))
    window = MainWindow(
        operations,
        Settings(teacher_id=lesson.teacher_id),
        clock=clock,
        zone=UTC,
        keep_settings=False,
        live_interval=0.25,  # SQLite: poll 4 times a second (the app: once), for quick tests
    )
    window.writer.retry_delays_ms = (20, 40, 80)
    window.confirm_quit_unsaved = lambda _count: True
    qtbot.addWidget(window)
    window.resize(1280, 1024)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    db = create_app_engine(engine.url)
    ui = UI(engine, db, lesson, operations, window, clock, qtbot, checkouts)
    ui.idle()
    yield ui
    ui.idle()
    if shiboken6.isValid(window):  # pytest-qt closes and deletes its widgets first
        window.close()
    operations.wait_for_done()
    db.dispose()
    event.remove(engine, "checkout", on_checkout)
    assert not checkouts, "the UI thread opened a database connection:\n" + checkouts[0]


@pytest.fixture
def ui(engine: Engine, qtbot: QtBot) -> Iterator[UI]:
    """The main window on a lesson of 30, at 09:01 (within the 5-minute grace)."""
    yield from build_ui(engine, qtbot)


@pytest.fixture
def sqlite_ui(tmp_path: Any, qtbot: QtBot) -> Iterator[UI]:
    """The same on SQLite only, for the finer points that do not depend on the backend."""
    from attendance_desktop.db.migrate import upgrade

    engine = create_app_engine(sqlite_url(tmp_path / "register.sqlite3"))
    upgrade(engine)
    try:
        yield from build_ui(engine, qtbot)
    finally:
        engine.dispose()


# --- the models ---------------------------------------------------------------------------------


def test_models_pass_qtmodeltester(
    sqlite_ui: UI, qtmodeltester: Any, request: pytest.FixtureRequest
) -> None:
    from pytestqt.modeltest import ModelTester

    sqlite_ui.open_register()
    qtmodeltester.check(sqlite_ui.model, force_py=True)
    # One tester per model: a tester stays connected to the model it checked.
    sessions_tester = ModelTester(request.config)
    sessions_tester.check(sqlite_ui.window.sessions_model, force_py=True)
    # Still consistent after marks, an undo and a reload.
    QTest.keyClick(sqlite_ui.view, Qt.Key.Key_A)
    QTest.keyClick(sqlite_ui.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(sqlite_ui.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    sqlite_ui.settle()
    sqlite_ui.window.controller.reload()
    sqlite_ui.settle()
    sqlite_ui.window.refresh()
    sqlite_ui.settle()
    qtmodeltester.check(sqlite_ui.model, force_py=True)
    sessions_tester._cleanup()


def test_an_empty_register_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    qtmodeltester.check(RegisterModel(), force_py=True)


# --- the keyboard -------------------------------------------------------------------------------


def test_shortcut_keys_mark_and_move_to_the_next_student(ui: UI) -> None:
    ui.open_register()
    assert ui.view.current_row() == 0
    for key in (Qt.Key.Key_P, Qt.Key.Key_A, Qt.Key.Key_L, Qt.Key.Key_E):
        QTest.keyClick(ui.view, key)
    assert ui.view.current_row() == 4
    ui.settle()
    stored = ui.codes_in_db()
    ids = ui.lesson.student_ids
    by_row = [stored[ui.model.rows[n].student_id] for n in range(5)]
    assert by_row == ["P", "A", "L", "E", None]
    assert len(stored) == len(ids)
    present = ui.row_in_db(0)
    assert present.check_in_time == ui.clock()  # check-in recorded for Present
    assert ui.row_in_db(1).check_in_time is None  # not for Absent
    assert ui.row_in_db(2).check_in_time == ui.clock()  # and for Late
    assert all(r.save_state == SaveState.SAVED for r in ui.model.rows)


def test_j_k_and_arrows_move(ui: UI) -> None:
    ui.open_register()
    QTest.keyClick(ui.view, Qt.Key.Key_J)
    QTest.keyClick(ui.view, Qt.Key.Key_J)
    QTest.keyClick(ui.view, Qt.Key.Key_Down)
    assert ui.view.current_row() == 3
    QTest.keyClick(ui.view, Qt.Key.Key_K)
    QTest.keyClick(ui.view, Qt.Key.Key_Up)
    assert ui.view.current_row() == 1
    ui.settle()
    assert set(ui.codes_in_db().values()) == {None}  # moving marks nothing


def test_space_cycles_through_every_code(sqlite_ui: UI) -> None:
    ui = sqlite_ui
    ui.open_register()
    seen = []
    for _ in range(5):
        QTest.keyClick(ui.view, Qt.Key.Key_Space)
        ui.settle()
        seen.append(ui.codes_in_db()[ui.model.rows[0].student_id])
    assert seen == ["P", "A", "L", "E", "P"]
    assert ui.view.current_row() == 0  # Space stays on the student
    assert [c.version for c in ui.changes_in_db(0)] == [2, 3, 4, 5, 6]


def test_ctrl_enter_marks_only_the_unmarked_present(ui: UI) -> None:
    ui.open_register()
    QTest.keyClick(ui.view, Qt.Key.Key_A)
    QTest.keyClick(ui.view, Qt.Key.Key_E)
    QTest.keyClick(ui.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ui.settle()
    values = [ui.codes_in_db()[r.student_id] for r in ui.model.rows]
    assert values[:2] == ["A", "E"]
    assert values[2:] == ["P"] * 28
    assert "Marked 28 students present" in ui.status_text()


def test_undo_is_a_versioned_write_and_undoes_everyone_present_in_one_go(ui: UI) -> None:
    ui.open_register()
    QTest.keyClick(ui.view, Qt.Key.Key_A)
    QTest.keyClick(ui.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ui.settle()
    QTest.keyClick(ui.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    ui.settle()
    values = [ui.codes_in_db()[r.student_id] for r in ui.model.rows]
    assert values == ["A"] + [None] * 29
    QTest.keyClick(ui.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    ui.settle()
    assert set(ui.codes_in_db().values()) == {None}
    kinds = [c.kind for c in ui.changes_in_db(0)]
    assert kinds == ["mark", "undo"]
    row = ui.row_in_db(1)
    assert (row.code_id, row.check_in_time, row.version) == (None, None, 3)
    QTest.keyClick(ui.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Nothing to undo" in ui.status_text()


def test_n_edits_the_note(sqlite_ui: UI) -> None:
    ui = sqlite_ui
    ui.open_register()
    QTest.keyClick(ui.view, Qt.Key.Key_N)
    editor = ui.qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit)) or (
        QApplication.focusWidget()
    )
    assert isinstance(editor, QLineEdit)
    QTest.keyClicks(editor, "Phoned: dentist")  # P and A here are text, not marks
    QTest.keyClick(editor, Qt.Key.Key_Return)
    ui.settle()
    stored = ui.row_in_db(0)
    assert stored.note == "Phoned: dentist"
    assert stored.code_id is None
    assert [c.kind for c in ui.changes_in_db(0)] == ["note"]
    assert ui.model.index(0, COL_NOTE).data() == "Phoned: dentist"


def test_type_ahead_finds_a_student_and_slash_searches_names_starting_with_a_code_letter(
    sqlite_ui: UI,
) -> None:
    ui = sqlite_ui
    ui.open_register()
    names = [r.display_name for r in ui.model.rows]
    target = next(n for n, row in enumerate(ui.model.rows) if row.names()[-1].startswith("Hu"))
    QTest.keyClicks(ui.view, "hu")
    assert ui.view.current_row() == target
    assert "Find: hu" in ui.status_text()
    QTest.keyClick(ui.view, Qt.Key.Key_Escape)
    # "Ava ..." starts with A, a mark's key: "/" makes it a search instead.
    QTest.keyClick(ui.view, Qt.Key.Key_Slash)
    QTest.keyClicks(ui.view, "av")
    QTest.keyClick(ui.view, Qt.Key.Key_Return)
    ava = ui.view.current_row()
    assert names[ava].startswith("Ava")
    assert ui.model.find("av", target) == ava  # the search goes on from the current student
    QTest.keyClick(ui.view, Qt.Key.Key_A)  # now a mark again
    ui.settle()
    assert ui.codes_in_db()[ui.model.rows[ava].student_id] == "A"
    assert list(ui.codes_in_db().values()).count("A") == 1


def test_a_code_letter_always_ends_the_search_and_marks(sqlite_ui: UI) -> None:
    ui = sqlite_ui
    ui.open_register()
    names = [r.display_name for r in ui.model.rows]
    gus = next(n for n, name in enumerate(names) if name.startswith("Gus"))
    QTest.keyClicks(ui.view, "gu")
    QTest.keyClick(ui.view, Qt.Key.Key_P)  # P marks Gus present
    ui.settle()
    assert ui.codes_in_db()[ui.model.rows[gus].student_id] == "P"
    # "h" finds the first H... name; "a" marks that student Absent, even though names
    # go on with "ha" (Hana): a code's key never searches.
    first_h = ui.model.find("h", ui.view.current_row())
    QTest.keyClicks(ui.view, "ha")
    ui.settle()
    assert first_h is not None
    assert ui.codes_in_db()[ui.model.rows[first_h].student_id] == "A"
    assert "Find" not in ui.status_text()


def test_a_row_number_goes_to_that_student_and_never_marks(sqlite_ui: UI) -> None:
    ui = sqlite_ui
    ui.open_register()
    assert ui.model.headerData(11, Qt.Orientation.Vertical) == "12"
    assert not ui.view.verticalHeader().isHidden()
    QTest.keyClicks(ui.view, "12")
    assert ui.view.current_row() == 11
    assert "Row 12" in ui.status_text()
    QTest.keyClick(ui.view, Qt.Key.Key_A)
    QTest.keyClicks(ui.view, "4")
    assert ui.view.current_row() == 3
    ui.settle()
    stored = ui.codes_in_db()
    assert stored[ui.model.rows[11].student_id] == "A"
    assert [c for c in stored.values() if c] == ["A"]


# --- the mouse ----------------------------------------------------------------------------------


def test_a_click_on_the_status_cycles_and_a_click_elsewhere_only_selects(ui: UI) -> None:
    ui.open_register()
    inputs = Inputs(ui.qtbot)
    inputs.click(ui.view, 4, COL_STATUS)
    inputs.click(ui.view, 4, COL_STATUS)
    inputs.click(ui.view, 6, COL_STUDENT)
    ui.settle()
    stored = ui.codes_in_db()
    assert stored[ui.model.rows[4].student_id] == "A"
    assert stored[ui.model.rows[6].student_id] is None
    assert ui.view.current_row() == 6


def test_right_click_lists_every_code_and_the_rows_history(sqlite_ui: UI) -> None:
    ui = sqlite_ui
    ui.open_register()
    QTest.keyClick(ui.view, Qt.Key.Key_L)
    ui.settle()
    rect = ui.view.visualRect(ui.model.index(0, COL_STUDENT))
    ui.qtbot.mouseClick(ui.view.viewport(), Qt.MouseButton.RightButton, pos=rect.center())
    QTest.qWait(0)
    menu = ui.view.context_menu
    if menu is None:  # some platforms send the context menu event separately
        from PySide6.QtGui import QContextMenuEvent

        ui.view.contextMenuEvent(
            QContextMenuEvent(
                QContextMenuEvent.Reason.Mouse,
                rect.center(),
                ui.view.viewport().mapToGlobal(rect.center()),
            )
        )
        menu = ui.view.context_menu
    assert menu is not None
    labels = [a.text().split("\t")[0] for a in menu.actions()]
    assert {"Present", "Absent", "Late", "Excused"} <= set(labels)
    history = next(a for a in menu.actions() if a.text().startswith("History"))
    history.trigger()
    dialog = ui.view.history_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    ui.idle()
    table = dialog.model
    assert table.rowCount() == 1
    cells = [table.index(0, c).data() for c in range(table.columnCount())]
    assert cells[1] == "Not marked → Late (09:01)"
    assert cells[2] == "Marked" and cells[3] == "Ms Rivera" and cells[4]
    dialog.close()
    excused = next(a for a in menu.actions() if a.text().startswith("Excused"))
    excused.trigger()
    menu.close()
    ui.settle()
    assert ui.codes_in_db()[ui.model.rows[0].student_id] == "E"
    assert ui.row_in_db(0).check_in_time is None


# --- the grace period ---------------------------------------------------------------------------


def test_present_after_the_grace_period_is_late_and_p_again_overrides(ui: UI) -> None:
    ui.open_register()
    ui.clock.advance(minutes=10)  # 09:11, grace is 5 minutes
    QTest.keyClick(ui.view, Qt.Key.Key_P)
    ui.settle()
    first = ui.row_in_db(0)
    assert ui.codes_in_db()[ui.model.rows[0].student_id] == "L"
    assert first.check_in_time == ui.clock()
    assert "Press P again to keep Present" in ui.status_text()
    ui.view.go_to(0)
    ui.clock.advance(minutes=1)
    QTest.keyClick(ui.view, Qt.Key.Key_P)
    ui.settle()
    second = ui.row_in_db(0)
    assert ui.codes_in_db()[ui.model.rows[0].student_id] == "P"
    assert second.check_in_time == first.check_in_time
    assert [c.kind for c in ui.changes_in_db(0)] == ["mark", "override"]


# --- closing, and changing a closed register ----------------------------------------------------


def test_close_then_edit_asks_for_a_reason_and_logs_it_then_reopen(ui: UI) -> None:
    ui.open_register()
    QTest.keyClick(ui.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ui.settle()
    ui.window.register_panel.close_button.click()
    ui.settle()
    with Session(ui.db) as session:
        lesson = session.get(ClassSession, ui.lesson.session_id)
        assert lesson is not None and lesson.status == "closed" and lesson.closed_at
    assert ui.window.register_panel.reopen_button.isVisibleTo(ui.window)

    asked: list[str] = []
    ui.window.controller.reason_provider = lambda: asked.append("?") or ""  # cancelled
    ui.view.go_to(3)
    QTest.keyClick(ui.view, Qt.Key.Key_A)
    ui.settle()
    assert ui.codes_in_db()[ui.model.rows[3].student_id] == "P"
    assert "needs a reason" in ui.status_text()

    ui.window.controller.reason_provider = lambda: asked.append("?") or "Office: arrived ill"
    ui.view.go_to(3)
    QTest.keyClick(ui.view, Qt.Key.Key_A)
    QTest.keyClick(ui.view, Qt.Key.Key_E)  # the same editing spell: asked once
    ui.settle()
    assert len(asked) == 2
    change = ui.changes_in_db(3)[-1]
    assert (change.kind, change.reason) == ("edit", "Office: arrived ill")
    assert ui.changes_in_db(4)[-1].reason == "Office: arrived ill"

    # Reopening asks why too; Cancel (no reason) leaves it closed and asks nothing of the
    # database.
    ui.window.controller.reason_provider = lambda: asked.append("?") or None
    ui.window.register_panel.reopen_button.click()
    ui.settle()
    assert len(asked) == 3
    assert "stays closed" in ui.status_text() and "reason" in ui.status_text()
    with Session(ui.db) as session:
        lesson = session.get(ClassSession, ui.lesson.session_id)
        assert lesson is not None and lesson.status == "closed"
        assert [c.kind for c in repository.lesson_history(session, lesson.id)] == [
            "open",
            "close",
        ]

    ui.window.controller.reason_provider = lambda: asked.append("?") or "  Late arrival  "
    ui.window.register_panel.reopen_button.click()
    ui.settle()
    assert len(asked) == 4
    with Session(ui.db) as session:
        lesson = session.get(ClassSession, ui.lesson.session_id)
        assert lesson is not None and lesson.status == "open" and lesson.closed_at is None
        history = repository.lesson_history(session, lesson.id)
    assert [(c.kind, c.reason) for c in history] == [
        ("open", None),
        ("close", None),
        ("reopen", "Late arrival"),
    ]
    # Who closed and reopened it: the teacher signed in (the window's actor), not the
    # name the lesson was started with.
    who = ui.window.actor().name
    assert [c.changed_by for c in history[1:]] == [who, who]
    ui.view.go_to(5)
    QTest.keyClick(ui.view, Qt.Key.Key_L)
    ui.settle()
    assert ui.changes_in_db(5)[-1].reason is None  # open again: no reason asked
    assert len(asked) == 4


# --- never losing a mark ------------------------------------------------------------------------


class _Serialization(Exception):
    """What psycopg raises when PostgreSQL gives up on a transaction that clashed."""

    sqlstate = "40001"


def busy_error(engine: Engine, statement: str) -> sa_exc.OperationalError:
    """A transient clash: a locked file (SQLite) or a serialization failure (PostgreSQL).
    Retried in place; an unreachable server is another matter (see test_offline_ui)."""
    if engine.dialect.name == "sqlite":
        return sa_exc.OperationalError(statement, {}, Exception("database is locked"))
    return sa_exc.OperationalError(
        statement, {}, _Serialization("could not serialize access due to concurrent update")
    )


class FailingUpdates:
    """Makes the next ``times`` UPDATEs of attendance rows fail like a locked or busy DB."""

    def __init__(self, engine: Engine, times: int) -> None:
        self.engine = engine
        self.left = times
        self.failed = 0
        event.listen(engine, "before_cursor_execute", self)

    def __call__(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if self.left and statement.lstrip().upper().startswith("UPDATE ATTENDANCE "):
            self.left -= 1
            self.failed += 1
            raise busy_error(self.engine, statement)

    def remove(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self)


def test_a_failed_write_is_retried_until_saved_and_the_user_is_told(ui: UI) -> None:
    ui.open_register()
    failing = FailingUpdates(ui.engine, times=2)
    try:
        states: list[SaveState] = []
        ui.model.dataChanged.connect(lambda *_: states.append(ui.model.rows[0].save_state))
        QTest.keyClick(ui.view, Qt.Key.Key_A)
        ui.qtbot.waitUntil(lambda: failing.failed >= 1)
        ui.qtbot.waitUntil(lambda: SaveState.RETRYING in states)
        assert "not saved yet" in ui.status_text() or not failing.left
        ui.settle()
    finally:
        failing.remove()
    assert failing.failed == 2
    assert ui.codes_in_db()[ui.model.rows[0].student_id] == "A"
    assert ui.model.rows[0].save_state == SaveState.SAVED
    assert [c.kind for c in ui.changes_in_db(0)] == ["mark"]  # written once, not three times
    assert not ui.window.register_panel.banner.isVisible()


def test_a_write_that_keeps_failing_is_shown_as_not_saved_and_offered_again(ui: UI) -> None:
    ui.open_register()
    failing = FailingUpdates(ui.engine, times=10_000)
    try:
        QTest.keyClick(ui.view, Qt.Key.Key_A)
        QTest.keyClick(ui.view, Qt.Key.Key_L)
        ui.qtbot.waitUntil(lambda: ui.model.rows[0].save_state == SaveState.FAILED)
        panel = ui.window.register_panel
        assert panel.banner.isVisible()
        assert "not saved" in panel.banner_text.text()
        assert "not saved" in ui.window.save_label.text()
        assert "Not saved" in str(ui.model.index(0, 2).data())
        assert "database" in ui.model.rows[0].save_message.lower()
        # The marks are still on screen, waiting: none was dropped.
        assert [r.code_id is not None for r in ui.model.rows[:2]] == [True, True]
        assert ui.window.writer.unsaved() == 2
    finally:
        failing.remove()
    ui.window.register_panel.retry_button.click()
    ui.settle()
    stored = ui.codes_in_db()
    assert [stored[r.student_id] for r in ui.model.rows[:2]] == ["A", "L"]
    assert not ui.window.register_panel.banner.isVisible()


def test_a_conflict_shows_theirs_and_the_bar_and_marking_again_settles_it(ui: UI) -> None:
    ui.open_register()
    ids = code_ids(ui.db)
    attendance_id = ui.model.rows[0].attendance_id
    with Session(ui.db) as session, session.begin():  # another computer, behind our back
        session.execute(
            update(Attendance)
            .where(Attendance.id == attendance_id)
            .values(code_id=ids["E"], version=Attendance.version + 1, changed_by="Mr Okafor")
        )
    QTest.keyClick(ui.view, Qt.Key.Key_A)  # before this screen heard of it
    ui.settle()
    assert ui.codes_in_db()[ui.model.rows[0].student_id] == "E"  # theirs not overwritten
    assert ui.model.rows[0].code_id == ids["E"]
    assert ui.model.rows[0].version == 2
    assert ui.model.rows[0].save_state == SaveState.CONFLICT
    bar = ui.window.register_panel.conflict_bar
    assert bar.isVisible()
    assert "Mr Okafor" in bar.details.text() and "Excused" in bar.details.text()
    assert "Absent" in bar.details.text()
    assert "bar above the register" in ui.status_text()
    QTest.keyClick(ui.view, Qt.Key.Key_Up)
    QTest.keyClick(ui.view, Qt.Key.Key_L)  # now on top of theirs, seen: accepted
    ui.settle()
    assert ui.codes_in_db()[ui.model.rows[0].student_id] == "L"
    assert not bar.isVisible()  # the new mark settled the conflict
    assert ui.model.rows[0].save_state == SaveState.SAVED


# The scenario from the issue (a class of 30, three absent, one late, at random places,
# every input counted): tests/test_input_count.py.


# --- the UI thread ------------------------------------------------------------------------------


def test_the_ui_thread_never_opens_a_database_connection(ui: UI) -> None:
    ui.open_register()
    QTest.keyClick(ui.view, Qt.Key.Key_P)
    QTest.keyClick(ui.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(ui.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    ui.window.next_day()
    ui.window.previous_day()
    ui.settle()
    assert ui.main_thread_checkouts == []


def test_the_main_thread_watch_does_catch_a_main_thread_connection(ui: UI) -> None:
    """The watch in the fixture can fail: a connection opened here is recorded."""
    with ui.engine.connect():
        pass
    assert len(ui.main_thread_checkouts) == 1
    ui.main_thread_checkouts.clear()


def test_students_with_a_photo_show_it(sqlite_ui: UI) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    ui = sqlite_ui
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#FF00FF"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    student_id = ui.lesson.student_ids[0]
    with Session(ui.db) as session, session.begin():
        session.execute(
            update(Student).where(Student.id == student_id).values(photo=bytes(data.data()))
        )
    ui.open_register()
    row = next(n for n, r in enumerate(ui.model.rows) if r.student_id == student_id)
    ui.view.scrollTo(ui.model.index(row, COL_STUDENT))
    rect = ui.view.visualRect(ui.model.index(row, COL_STUDENT))
    picture = ui.view.viewport().grab(rect).toImage()
    pink = [
        picture.pixelColor(QPoint(x, picture.height() // 2)).name() for x in range(picture.width())
    ]
    assert "#ff00ff" in pink


# --- another teacher's register -----------------------------------------------------------------


@pytest.mark.postgres
def test_starting_another_teachers_register_says_it_is_not_theirs(
    school: School,  # noqa: F811 - the fixture
) -> None:
    """Row-level security hides a colleague's lesson from a teacher's locking read: starting
    it says the register is not theirs (whom to ask), never that the lesson is gone."""
    planned = make_lesson(school.engine, students=2, name="8C French")
    with Session(school.engine) as session, session.begin():
        lesson = session.get(ClassSession, planned.session_id)
        assert lesson is not None
        lesson.teacher_id = school.lessons[1].teacher_id  # teacher 1's lesson
    teacher0 = school.app(school.roles[0])
    teacher1 = school.app(school.roles[1])
    try:
        with pytest.raises(repository.RegisterNotYours) as refused:
            teacher0.run(
                lambda s: repository.start_session(
                    s, planned.session_id, actor=repository.Actor("T0")
                )
            )
        assert "not yours" in str(refused.value) and "office" in str(refused.value)
        # A lesson that really is gone still says so.
        with pytest.raises(errors.KnownError, match="no longer exists"):
            teacher0.run(lambda s: repository.start_session(s, 10**9, actor=repository.Actor("T0")))
        # Negative control: its own teacher starts it.
        started = teacher1.run(
            lambda s: repository.start_session(s, planned.session_id, actor=repository.Actor("T1"))
        )
        assert started == 2
    finally:
        teacher0.engine.dispose()
        teacher1.engine.dispose()
