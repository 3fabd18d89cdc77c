"""Two computers, one register: merged edits, agreed edits and conflicts in the real window.

The two-window tests open two ``MainWindow``s on two engines against one
PostgreSQL database.  To make "at the same time" exact, the first window's
mark is committed (its worker waited for) before the second window has
processed any event, so the second still shows the old row when its key is
pressed; nothing depends on timing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from attendance_desktop.db import repository
from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.db.migrate import upgrade
from attendance_desktop.db.models import Attendance, AttendanceChange, Teacher
from attendance_desktop.db.repository import Actor, mark, start_session
from attendance_desktop.db.work import Database
from attendance_desktop.lessons import SaveState
from attendance_desktop.settings import Settings
from attendance_desktop.ui.main_window import MainWindow
from attendance_desktop.ui.operations import Operations
from attendance_desktop.ui.register_model import COL_SAVED, COL_STUDENT
from tests.factories import Lesson, code_ids, make_lesson
from tests.test_register import START, UI, FakeClock, build_ui

OFFICE = Actor("Office", "OFFICE-1")


@pytest.fixture
def ui(engine: Engine, qtbot: QtBot) -> Iterator[UI]:
    """The main window on a lesson of 30, on both backends."""
    yield from build_ui(engine, qtbot)


@pytest.fixture
def sqlite_ui(tmp_path: Path, qtbot: QtBot) -> Iterator[UI]:
    engine = create_app_engine(sqlite_url(tmp_path / "register.sqlite3"))
    upgrade(engine)
    try:
        yield from build_ui(engine, qtbot)
    finally:
        engine.dispose()


def stored(engine: Engine, attendance_id: int) -> Attendance:
    with Session(engine, expire_on_commit=False) as session:
        row = session.get(Attendance, attendance_id)
        assert row is not None
        return row


def changes(engine: Engine, attendance_id: int) -> list[AttendanceChange]:
    with Session(engine, expire_on_commit=False) as session:
        return list(
            session.scalars(
                select(AttendanceChange)
                .where(AttendanceChange.attendance_id == attendance_id)
                .order_by(AttendanceChange.version)
            )
        )


# --- two windows, two engines, one PostgreSQL database -----------------------------------------


@dataclass
class Desk:
    """One classroom PC: its engine, worker and window."""

    engine: Engine
    operations: Operations
    window: MainWindow

    @property
    def model(self) -> Any:
        return self.window.register_model

    @property
    def view(self) -> Any:
        return self.window.register_view

    @property
    def bar(self) -> Any:
        return self.window.register_panel.conflict_bar


@dataclass
class TwoDesks:
    first: Desk
    second: Desk
    lesson: Lesson
    db: Engine
    qtbot: QtBot

    def settle(self) -> None:
        QApplication.processEvents()
        self.qtbot.waitUntil(
            lambda: all(
                d.operations.pending == 0 and d.window.writer.unsaved() == 0
                for d in (self.first, self.second)
            ),
            timeout=10_000,
        )


def _desk(url: URL, settings: Settings, qtbot: QtBot) -> Desk:
    engine = create_app_engine(url)
    operations = Operations(Database(engine))
    window = MainWindow(
        operations,
        settings,
        clock=FakeClock(START + timedelta(minutes=1)),
        zone=UTC,
        keep_settings=False,
    )
    window.confirm_quit_unsaved = lambda _count: True
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    return Desk(engine, operations, window)


@pytest.fixture
def desks(pg_url: URL, qtbot: QtBot) -> Iterator[TwoDesks]:
    """Ms Rivera's classroom PC and Mr Okafor's, both showing the same open register."""
    db = create_app_engine(pg_url)
    upgrade(db)
    lesson = make_lesson(db, students=6, start=START)
    with Session(db) as session, session.begin():
        start_session(session, lesson.session_id, actor=Actor("Ms Rivera", "B12-PC"))
        okafor = Teacher(display_name="Mr Okafor")
        session.add(okafor)
        session.flush()
        okafor_id = okafor.id
    made: list[Desk] = []
    try:
        made.append(_desk(pg_url, Settings(teacher_id=lesson.teacher_id), qtbot))
        made.append(
            _desk(
                pg_url,
                Settings(teacher_id=okafor_id, ui={"main_window": {"all_teachers": True}}),
                qtbot,
            )
        )
        pair = TwoDesks(made[0], made[1], lesson, db, qtbot)
        for desk in made:
            qtbot.waitUntil(lambda d=desk: len(d.model.rows) == 6, timeout=10_000)
            qtbot.waitUntil(
                lambda d=desk: bool(d.window.live_updates.watcher.listening), timeout=10_000
            )
        pair.settle()
        yield pair
    finally:
        for desk in made:
            if shiboken6.isValid(desk.window):
                desk.window.close()
            desk.operations.wait_for_done()
            desk.engine.dispose()
        db.dispose()


def _mark_at_the_same_time(pair: TwoDesks, row: int, first_key: Qt.Key, second_key: Qt.Key) -> None:
    """The first PC's mark is committed; the second marks before hearing of it."""
    pair.first.view.go_to(row)
    pair.second.view.go_to(row)
    QTest.keyClick(pair.first.view, first_key)
    assert pair.first.operations.wait_for_done()  # committed; no event handled here yet
    QTest.keyClick(pair.second.view, second_key)
    pair.settle()


def test_same_student_marked_differently_on_two_pcs_shows_the_bar_on_the_second(
    desks: TwoDesks,
) -> None:
    codes = code_ids(desks.db)
    attendance_id = desks.first.model.rows[0].attendance_id
    name = desks.first.model.rows[0].display_name
    _mark_at_the_same_time(desks, 0, Qt.Key.Key_A, Qt.Key.Key_E)

    assert stored(desks.db, attendance_id).code_id == codes["A"]  # the first stands
    bar = desks.second.bar
    assert bar.isVisible()
    assert not desks.first.bar.isVisible()
    assert name in bar.headline.text()
    details = bar.details.text()
    assert "Theirs: <b>Absent</b>" in details and "Yours: <b>Excused</b>" in details
    assert "Ms Rivera" in details
    assert bar.keep_button.text() == "Keep mine: Excused  (Alt+K)"
    assert bar.theirs_button.text() == "Take theirs: Absent  (Alt+T)"
    assert not bar.previous_button.isVisible()  # one conflict: no "1 of 1"
    # The second shows what is stored, flagged; the first never saw anything odd.
    row = desks.second.model.rows[0]
    assert (row.code_id, row.save_state) == (codes["A"], SaveState.CONFLICT)
    assert desks.first.model.rows[0].code_id == codes["A"]
    assert [c.kind for c in changes(desks.db, attendance_id)] == ["mark"]

    # Marking other students goes on while the bar is up.
    desks.second.view.go_to(3)
    QTest.keyClick(desks.second.view, Qt.Key.Key_L)
    desks.settle()
    other = desks.second.model.rows[3].attendance_id
    assert stored(desks.db, other).code_id == codes["L"]
    # ...and the first PC shows that one live, without a reload.
    desks.qtbot.waitUntil(lambda: desks.first.model.rows[3].code_id == codes["L"], timeout=5_000)
    assert bar.isVisible()


def test_keep_mine_writes_on_top_of_theirs_and_the_first_pc_updates_live(
    desks: TwoDesks,
) -> None:
    codes = code_ids(desks.db)
    attendance_id = desks.first.model.rows[0].attendance_id
    _mark_at_the_same_time(desks, 0, Qt.Key.Key_A, Qt.Key.Key_E)
    resets: list[int] = []
    repainted: list[tuple[int, int]] = []
    desks.first.model.modelReset.connect(lambda: resets.append(1))
    desks.first.model.dataChanged.connect(
        lambda top, bottom, *_: repainted.append((top.row(), bottom.row()))
    )
    desks.first.view.go_to(4)

    desks.second.bar.keep_button.click()
    desks.settle()

    row = stored(desks.db, attendance_id)
    assert (row.code_id, row.changed_by) == (codes["E"], "Mr Okafor")
    log = changes(desks.db, attendance_id)
    assert [c.kind for c in log] == ["mark", "override"]
    assert (log[-1].old_code_id, log[-1].new_code_id) == (codes["A"], codes["E"])
    assert not desks.second.bar.isVisible()
    assert desks.second.model.rows[0].save_state == SaveState.SAVED
    # Live on the first PC: that row only, no reset, the selection where it was.
    desks.qtbot.waitUntil(lambda: desks.first.model.rows[0].code_id == codes["E"], timeout=5_000)
    assert resets == []
    assert repainted and set(repainted) == {(0, 0)}
    assert desks.first.view.current_row() == 4
    assert "Changed on another computer" in desks.first.window.statusBar().currentMessage()


def test_take_theirs_keeps_what_is_stored_and_writes_nothing(desks: TwoDesks) -> None:
    codes = code_ids(desks.db)
    attendance_id = desks.first.model.rows[2].attendance_id
    _mark_at_the_same_time(desks, 2, Qt.Key.Key_P, Qt.Key.Key_A)
    before = stored(desks.db, attendance_id)
    assert desks.second.bar.isVisible()

    desks.second.bar.theirs_button.click()
    desks.settle()

    after = stored(desks.db, attendance_id)
    assert (after.code_id, after.version) == (codes["P"], before.version)
    assert after.check_in_time == before.check_in_time
    assert [c.kind for c in changes(desks.db, attendance_id)] == ["mark"]
    assert not desks.second.bar.isVisible()
    row = desks.second.model.rows[2]
    assert (row.code_id, row.save_state) == (codes["P"], SaveState.SAVED)


# --- one window and "another computer" writing behind its back ---------------------------------


def _behind_its_back(ui: UI, number: int, changes: dict[str, Any]) -> None:
    with Session(ui.db) as session:
        mark(session, ui.model.rows[number].attendance_id, changes, actor=OFFICE)
        session.commit()


def test_different_fields_are_merged_and_the_row_says_so(sqlite_ui: UI) -> None:
    ui = sqlite_ui
    ui.open_register()
    codes = code_ids(ui.db)
    attendance_id = ui.model.rows[0].attendance_id
    _behind_its_back(ui, 0, {"note": "Phoned: dentist at 10"})
    QTest.keyClick(ui.view, Qt.Key.Key_A)  # on the row as shown: no note yet
    ui.settle()

    row = stored(ui.db, attendance_id)
    assert (row.code_id, row.note) == (codes["A"], "Phoned: dentist at 10")  # both kept
    assert [c.kind for c in changes(ui.db, attendance_id)] == ["mark", "merge"]
    shown = ui.model.rows[0]
    assert (shown.code_id, shown.note) == (codes["A"], "Phoned: dentist at 10")
    assert shown.merged_with.startswith("Office on OFFICE-1")
    tip = str(ui.model.index(0, COL_STUDENT).data(Qt.ItemDataRole.ToolTipRole))
    assert "Merged with Office on OFFICE-1" in tip
    assert "merged" in ui.status_text()
    assert not ui.window.register_panel.conflict_bar.isVisible()
    # The next mark of ours is a plain one again.
    ui.view.go_to(0)
    QTest.keyClick(ui.view, Qt.Key.Key_E)
    ui.settle()
    assert ui.model.rows[0].merged_with == ""


def test_the_same_value_written_on_both_is_no_conflict_and_nothing_is_shown(ui: UI) -> None:
    ui.open_register()
    codes = code_ids(ui.db)
    attendance_id = ui.model.rows[1].attendance_id
    _behind_its_back(ui, 1, {"code_id": codes["A"]})
    ui.view.go_to(1)
    QTest.keyClick(ui.view, Qt.Key.Key_A)
    ui.settle()

    assert [c.changed_by for c in changes(ui.db, attendance_id)] == ["Office"]  # ours: none
    assert stored(ui.db, attendance_id).code_id == codes["A"]
    row = ui.model.rows[1]
    assert (row.code_id, row.save_state, row.merged_with) == (codes["A"], SaveState.SAVED, "")
    assert not ui.window.register_panel.conflict_bar.isVisible()
    assert ui.window.writer.conflicts == []


def test_several_conflicts_queue_and_are_settled_one_by_one(sqlite_ui: UI) -> None:
    ui = sqlite_ui
    ui.open_register()
    codes = code_ids(ui.db)
    for number in (0, 1, 2):
        _behind_its_back(ui, number, {"code_id": codes["E"]})
    for _ in range(3):
        QTest.keyClick(ui.view, Qt.Key.Key_A)  # rows 0, 1, 2 on the old values
    ui.settle()
    bar = ui.window.register_panel.conflict_bar
    assert bar.isVisible() and bar.position.text() == "1 of 3"
    names = [ui.model.rows[n].display_name for n in (0, 1, 2)]
    assert names[0] in bar.headline.text()
    bar.next_button.click()
    assert bar.position.text() == "2 of 3" and names[1] in bar.headline.text()

    # None blocks marking the rest of the class.
    ui.view.go_to(5)
    QTest.keyClick(ui.view, Qt.Key.Key_P)
    ui.settle()
    assert ui.codes_in_db()[ui.model.rows[5].student_id] == "P"

    bar.keep_button.click()  # the second: ours goes on top; the bar moves on to the third
    ui.settle()
    assert bar.position.text() == "2 of 2" and names[2] in bar.headline.text()
    assert ui.codes_in_db()[ui.model.rows[1].student_id] == "A"
    bar.theirs_button.click()
    bar.theirs_button.click()
    ui.settle()
    assert not bar.isVisible()
    stored_codes = ui.codes_in_db()
    assert [stored_codes[ui.model.rows[n].student_id] for n in (0, 1, 2)] == ["E", "A", "E"]
    assert all(ui.model.rows[n].save_state == SaveState.SAVED for n in (0, 1, 2))


def test_undo_goes_through_the_same_check(sqlite_ui: UI) -> None:
    """Undo is a write like any other: made on what the screen showed."""
    ui = sqlite_ui
    ui.open_register()
    codes = code_ids(ui.db)
    QTest.keyClick(ui.view, Qt.Key.Key_A)
    ui.settle()
    _behind_its_back(ui, 0, {"code_id": codes["L"]})  # the office changes it meanwhile
    QTest.keyClick(ui.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    ui.settle()
    assert ui.codes_in_db()[ui.model.rows[0].student_id] == "L"  # not undone over theirs
    bar = ui.window.register_panel.conflict_bar
    assert bar.isVisible() and "Not marked" in bar.details.text()


def test_history_shows_old_and_new_who_where_and_how(
    sqlite_ui: UI, request: pytest.FixtureRequest
) -> None:
    from pytestqt.modeltest import ModelTester

    ui = sqlite_ui
    ui.open_register()
    codes = code_ids(ui.db)
    _behind_its_back(ui, 0, {"note": "Nurse"})
    QTest.keyClick(ui.view, Qt.Key.Key_A)  # merged with the office's note
    ui.settle()
    _behind_its_back(ui, 0, {"code_id": codes["E"]})
    ui.view.go_to(0)
    QTest.keyClick(ui.view, Qt.Key.Key_L)  # a conflict: keep mine
    ui.settle()
    ui.window.register_panel.conflict_bar.keep_button.click()
    ui.settle()

    ui.view.go_to(0)
    ui.window.history_action.trigger()  # Ctrl+H
    dialog = ui.view.history_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    ui.idle()
    model = dialog.model
    tester = ModelTester(request.config)
    tester.check(model, force_py=True)
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(4)]
    # Newest first: override, office's Excused, our merge, office's note.
    assert [r[2] for r in rows] == [
        "Override (kept on purpose)",
        "Marked",
        "Merged with another change",
        "Marked",
    ]
    assert rows[0][1] == "Excused → Late (09:01)"
    assert rows[2][1] == "Not marked → Absent"
    assert rows[3][1] == "Note: “” → “Nurse”"
    assert [r[3] for r in rows] == ["Ms Rivera", "Office", "Ms Rivera", "Office"]
    assert rows[1][4] == "OFFICE-1"
    assert all(r[0] for r in rows)
    assert "4 changes" in dialog.status.text()
    # Not modal: marking goes on with it open.
    ui.view.go_to(2)
    QTest.keyClick(ui.view, Qt.Key.Key_P)
    ui.settle()
    assert ui.codes_in_db()[ui.model.rows[2].student_id] == "P"
    tester._cleanup()  # the model goes with the window
    dialog.close()


def test_everyone_present_goes_through_the_same_check(sqlite_ui: UI) -> None:
    """Ctrl+Enter marks the unmarked as the screen showed them: a student the office
    marked meanwhile is not overwritten, and everyone else is saved."""
    ui = sqlite_ui
    ui.open_register()
    codes = code_ids(ui.db)
    _behind_its_back(ui, 4, {"code_id": codes["E"]})
    QTest.keyClick(ui.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ui.settle()
    stored_codes = ui.codes_in_db()
    values = [stored_codes[row.student_id] for row in ui.model.rows]
    assert values[4] == "E"
    assert values[:4] + values[5:] == ["P"] * 29
    bar = ui.window.register_panel.conflict_bar
    assert bar.isVisible() and ui.model.rows[4].display_name in bar.headline.text()
    assert "Theirs: <b>Excused</b>" in bar.details.text()


# --- a refusal is not a conflict ------------------------------------------------------------


def test_a_refused_mark_says_not_yours_is_set_aside_and_the_next_marks_save(
    sqlite_ui: UI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database refusing a mark for rights (tests/test_rights.py makes PostgreSQL do it
    for real) is shown on its row in plain words, is never a conflict, is not retried,
    stays in the journal set aside, and the marks behind it save."""
    ui = sqlite_ui
    ui.open_register()
    refused_row = ui.model.rows[0].attendance_id
    real = repository.save_edit
    sent: list[int] = []

    def refusing(session: Session, attendance_id: int, *args: Any, **kwargs: Any) -> Any:
        sent.append(attendance_id)
        if attendance_id == refused_row:
            raise repository.RegisterNotYours(attendance_id)
        return real(session, attendance_id, *args, **kwargs)

    monkeypatch.setattr(repository, "save_edit", refusing)
    ui.view.go_to(0)
    QTest.keyClick(ui.view, Qt.Key.Key_A)
    ui.view.go_to(1)
    QTest.keyClick(ui.view, Qt.Key.Key_P)
    ui.settle()
    writer = ui.window.writer
    state, why = writer.state(refused_row)
    assert state == SaveState.FAILED and "not yours" in why and "office" in why.lower()
    assert writer.conflicts == [] and not ui.window.register_panel.conflict_bar.isVisible()
    assert sent.count(refused_row) == 1  # not retried
    assert [e.attendance_id for e in writer.set_aside()] == [refused_row]
    assert stored(ui.db, ui.model.rows[1].attendance_id).code_id == code_ids(ui.db)["P"]
    assert stored(ui.db, refused_row).code_id is None
    tip = ui.model.index(0, COL_SAVED).data(Qt.ItemDataRole.ToolTipRole)
    assert "not yours" in tip
    shots = os.environ.get("ATTENDANCE_TEST_SHOTS")  # a folder, to look at the window
    if shots:
        ui.view.go_to(0)
        ui.window.grab().save(str(Path(shots) / "refused_mark.png"))
