"""Live updates in the window: another computer's change shows without a refresh.

On SQLite the window polls ``PRAGMA data_version`` (at most once a second);
"another computer" is a second engine on the same file.  What is checked is
how the change arrives: only that row repainted (``dataChanged``), never a
model reset, the selection and an open note editor left alone, a mark of ours
on its way shown until it is saved.  No wall-clock time is asserted: the waits
are generous bounds on conditions.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.db.migrate import upgrade
from attendance_desktop.db.models import Attendance
from attendance_desktop.db.repository import Actor, close_session, mark, start_session
from attendance_desktop.lessons import SaveState
from attendance_desktop.ui.register_model import COL_NOTE
from attendance_desktop.ui.sessions_model import COL_MARKED
from tests.factories import code_ids, make_lesson
from tests.test_register import START, UI, FailingUpdates, build_ui

OFFICE = Actor("Office", "OFFICE-1")
#: A bound on "shows within a second", for a loaded test machine.
LIVE_MS = 6_000


@pytest.fixture
def ui(tmp_path: Path, qtbot: QtBot) -> Iterator[UI]:
    engine = create_app_engine(sqlite_url(tmp_path / "shared.sqlite3"))
    upgrade(engine)
    try:
        yield from build_ui(engine, qtbot)
    finally:
        engine.dispose()


class Spy:
    """Records the register model's resets and the rows each dataChanged covered."""

    def __init__(self, model: Any) -> None:
        self.resets = 0
        self.rows: list[tuple[int, int]] = []
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(self._changed)

    def _reset(self) -> None:
        self.resets += 1

    def _changed(self, top: Any, bottom: Any, *_: object) -> None:
        self.rows.append((top.row(), bottom.row()))


def open_and_listen(ui: UI) -> None:
    """Open the register and wait until this window hears other computers' changes."""
    ui.open_register()
    ui.qtbot.waitUntil(ui.window.live_ready, timeout=LIVE_MS)
    ui.idle()


def elsewhere(ui: UI, number: int, changes: dict[str, Any]) -> int:
    """Another computer changes a row of the register; returns the new version."""
    with Session(ui.db) as session:
        row = mark(session, ui.model.rows[number].attendance_id, changes, actor=OFFICE)
        session.commit()
        return row.version


def test_a_change_made_elsewhere_repaints_that_row_only(ui: UI) -> None:
    open_and_listen(ui)
    codes = code_ids(ui.db)
    ui.view.go_to(5)
    spy = Spy(ui.model)
    version = elsewhere(ui, 3, {"code_id": codes["A"]})

    ui.qtbot.waitUntil(lambda: ui.model.rows[3].code_id == codes["A"], timeout=LIVE_MS)
    row = ui.model.rows[3]
    assert (row.version, row.changed_by, row.changed_on) == (version, "Office", "OFFICE-1")
    assert spy.resets == 0
    assert set(spy.rows) == {(3, 3)}
    # The selection did not move, and the counts follow.
    assert ui.view.current_row() == 5
    assert [i.row() for i in ui.view.selectionModel().selectedRows()] == [5]
    assert "1 absent" in ui.window.register_panel.summary.text()
    assert ui.window.sessions_model.index(0, COL_MARKED).data() == "1 / 30"
    assert "Changed on another computer" in ui.status_text()
    assert "Office on OFFICE-1" in ui.status_text()


def test_a_note_being_typed_is_not_overwritten_and_a_clash_is_a_conflict(ui: UI) -> None:
    open_and_listen(ui)
    QTest.keyClick(ui.view, Qt.Key.Key_N)
    ui.qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClicks(editor, "Dentist at 10")
    elsewhere(ui, 0, {"note": "Nurse: headache"})

    ui.qtbot.waitUntil(lambda: ui.model.rows[0].note == "Nurse: headache", timeout=LIVE_MS)
    QApplication.processEvents()
    assert editor.text() == "Dentist at 10"  # what is being typed stays
    QTest.keyClick(editor, Qt.Key.Key_Return)
    ui.settle()

    # Typed over a note that changed meanwhile: the teacher chooses.
    bar = ui.window.register_panel.conflict_bar
    assert bar.isVisible()
    assert "note “Nurse: headache”" in bar.details.text()
    assert "note “Dentist at 10”" in bar.details.text()
    assert ui.model.index(0, COL_NOTE).data() == "Nurse: headache"
    bar.keep_button.click()
    ui.settle()
    assert ui.row_in_db(0).note == "Dentist at 10"
    assert [c.kind for c in ui.changes_in_db(0)] == ["mark", "override"]


def test_a_cancelled_note_editor_shows_the_new_note(ui: UI) -> None:
    open_and_listen(ui)
    ui.view.go_to(2)
    QTest.keyClick(ui.view, Qt.Key.Key_N)
    ui.qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClicks(editor, "half")
    elsewhere(ui, 2, {"note": "Collected by dad at 11"})
    ui.qtbot.waitUntil(lambda: ui.model.rows[2].note == "Collected by dad at 11", timeout=LIVE_MS)
    assert editor.text() == "half"
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    ui.settle()
    assert ui.model.index(2, COL_NOTE).data() == "Collected by dad at 11"
    assert ui.row_in_db(2).note == "Collected by dad at 11"
    assert not ui.window.register_panel.conflict_bar.isVisible()


def test_a_mark_on_its_way_wins_over_a_change_heard_meanwhile(ui: UI) -> None:
    open_and_listen(ui)
    codes = code_ids(ui.db)
    ui.window.writer.retry_delays_ms = (300,) * 50
    heard: list[int] = []
    assert ui.window.live_updates is not None
    ui.window.live_updates.changed.connect(
        lambda changes: heard.extend(c.attendance_id for c in changes if c.attendance_id)
    )
    attendance_id = ui.model.rows[0].attendance_id
    failing = FailingUpdates(ui.engine, times=10_000)  # the file stays locked for us
    try:
        QTest.keyClick(ui.view, Qt.Key.Key_A)
        ui.qtbot.waitUntil(lambda: failing.failed >= 1)
        elsewhere(ui, 0, {"note": "Late bus"})
        ui.qtbot.waitUntil(lambda: attendance_id in heard, timeout=LIVE_MS)
        # Their row was fetched, and put aside until ours is saved.
        ui.qtbot.waitUntil(lambda: attendance_id in ui.window.controller._deferred)
        row = ui.model.rows[0]
        assert (row.code_id, row.note) == (codes["A"], "")  # ours shows; theirs waits
        assert row.save_state == SaveState.RETRYING
    finally:
        failing.remove()
    ui.settle()
    ui.qtbot.waitUntil(lambda: ui.model.rows[0].note == "Late bus", timeout=LIVE_MS)
    row = ui.model.rows[0]
    assert (row.code_id, row.save_state) == (codes["A"], SaveState.SAVED)
    stored = ui.row_in_db(0)
    assert (stored.code_id, stored.note) == (codes["A"], "Late bus")


def test_a_register_closed_elsewhere_updates_the_header(ui: UI) -> None:
    open_and_listen(ui)
    with Session(ui.db) as session, session.begin():
        close_session(session, ui.lesson.session_id)
    panel = ui.window.register_panel
    ui.qtbot.waitUntil(lambda: "Closed" in panel.details.text(), timeout=LIVE_MS)
    assert panel.reopen_button.isVisibleTo(ui.window)
    assert not panel.close_button.isVisibleTo(ui.window)
    assert ui.window.reopen_action.isEnabled()
    assert ui.window.controller.lesson is not None
    assert ui.window.controller.lesson.status == "closed"


def test_a_register_started_elsewhere_appears(ui: UI) -> None:
    panel = ui.window.register_panel
    assert panel.start_button.isVisibleTo(ui.window)
    ui.qtbot.waitUntil(ui.window.live_ready, timeout=LIVE_MS)
    ui.idle()
    with Session(ui.db) as session, session.begin():
        start_session(session, ui.lesson.session_id, actor=OFFICE)
    ui.qtbot.waitUntil(lambda: len(ui.model.rows) == 30, timeout=LIVE_MS)
    ui.qtbot.waitUntil(lambda: not panel.start_button.isVisibleTo(ui.window), timeout=LIVE_MS)
    assert panel.stack.currentWidget() is ui.view


def test_another_lessons_counts_follow_in_the_list(ui: UI) -> None:
    other = make_lesson(ui.db, students=4, start=START + timedelta(hours=2), name="10C History")
    with Session(ui.db) as session, session.begin():
        start_session(session, other.session_id, actor=OFFICE)
    ui.window.all_teachers_action.setChecked(True)
    ui.idle()
    number = ui.window.sessions_model.row_of(other.session_id)
    assert number is not None
    watcher = ui.window.live_updates.watcher if ui.window.live_updates else None
    assert watcher is not None
    ui.qtbot.waitUntil(lambda: other.session_id in watcher.listening, timeout=LIVE_MS)
    assert ui.window.sessions_model.index(number, COL_MARKED).data() == "0 / 4"
    codes = code_ids(ui.db)
    with Session(ui.db) as session:
        first = session.query(Attendance).filter_by(class_session_id=other.session_id).first()
        assert first is not None
        mark(session, first.id, {"code_id": codes["P"]}, actor=OFFICE)
        session.commit()
    ui.qtbot.waitUntil(
        lambda: ui.window.sessions_model.index(number, COL_MARKED).data() == "1 / 4",
        timeout=LIVE_MS,
    )


def test_row_fetches_asked_for_one_after_the_other_show_every_row(ui: UI) -> None:
    """A fetch asked for while another is on its way covers both: only its result counts."""
    ui.open_register()
    assert ui.window.live_updates is not None
    ui.window.live_updates.stop()  # the fetches below are the only ones
    codes = code_ids(ui.db)
    elsewhere(ui, 2, {"code_id": codes["A"]})
    elsewhere(ui, 4, {"note": "Left at 11"})
    controller = ui.window.controller
    controller.refresh_rows([ui.model.rows[2].attendance_id])
    controller.refresh_rows([ui.model.rows[4].attendance_id])
    ui.idle()
    assert ui.model.rows[2].code_id == codes["A"]
    assert ui.model.rows[4].note == "Left at 11"
    names = [ui.model.rows[n].display_name for n in (2, 4)]
    assert all(name in ui.status_text() for name in names)  # one message for both
