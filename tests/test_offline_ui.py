"""The server goes away mid-lesson: the teacher keeps marking and nothing is lost.

The app's engine is cut off from a real PostgreSQL database by an ``Outage``:
while it is down, every new connection and every statement fails as a dropped
server does.  The test's own engine (``ui.db``, "the other computers") is not
affected.  Marks go to the outbox file at the first failure, the banner counts
them, and they are sent through the same version checks when the server
answers, in this window or, after a restart, in the next one.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.db.migrate import upgrade
from attendance_desktop.db.repository import Actor, mark
from attendance_desktop.db.work import Database
from attendance_desktop.lessons import SaveState
from attendance_desktop.outbox import Outbox
from attendance_desktop.settings import Settings
from attendance_desktop.ui.main_window import MainWindow
from attendance_desktop.ui.operations import Operations
from tests.factories import code_ids
from tests.test_register import START, UI, FailingUpdates, FakeClock, build_ui

OFFICE = Actor("Office", "OFFICE-1")


class Outage:
    """While ``down``, the engine cannot connect and every statement fails, as when the
    server or the network between goes away."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.down = False
        self.refused = 0
        event.listen(engine, "do_connect", self._connect)
        event.listen(engine, "before_cursor_execute", self._execute)

    def _connect(self, *_: Any) -> None:
        if self.down:
            self.refused += 1
            raise psycopg.OperationalError(
                'connection to server at "127.0.0.1", port 5432 failed: Connection refused'
            )

    def _execute(self, conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        if self.down:
            self.refused += 1
            raise sa_exc.OperationalError(
                statement, {}, psycopg.OperationalError("server closed the connection")
            )

    def remove(self) -> None:
        event.remove(self.engine, "do_connect", self._connect)
        event.remove(self.engine, "before_cursor_execute", self._execute)


@pytest.fixture
def pg_engine(pg_url: URL) -> Iterator[Engine]:
    engine = create_app_engine(pg_url)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def outage(pg_engine: Engine) -> Iterator[Outage]:
    cut = Outage(pg_engine)
    yield cut
    cut.down = False
    cut.remove()


@pytest.fixture
def ui(pg_engine: Engine, outage: Outage, qtbot: QtBot) -> Iterator[UI]:
    yield from build_ui(pg_engine, qtbot)


def offline_ready(ui: UI) -> None:
    """Open the register; probe the server often and never retry in place (a mark that
    waited for retries instead of going to the outbox would make the test time out)."""
    ui.open_register()
    ui.qtbot.waitUntil(ui.window.live_ready, timeout=10_000)  # no read left to fail first
    ui.idle()
    ui.window.writer.probe_interval_ms = 100
    ui.window.writer.retry_delays_ms = (600_000,)


def stored_codes(ui: UI, rows: range) -> list[str | None]:
    stored = ui.codes_in_db()
    return [stored[ui.model.rows[n].student_id] for n in rows]


def test_marks_made_offline_are_kept_and_sent_after_a_restart(
    ui: UI, outage: Outage, qtbot: QtBot
) -> None:
    offline_ready(ui)
    window = ui.window
    writer = window.writer
    codes = code_ids(ui.db)
    outage.down = True
    for key in (Qt.Key.Key_P, Qt.Key.Key_A, Qt.Key.Key_L):
        QTest.keyClick(ui.view, key)  # the teacher keeps marking
    qtbot.waitUntil(lambda: writer.waiting() == 3)

    panel = window.register_panel
    assert panel.offline_banner.isVisible()
    text = panel.offline_text.text()
    assert "The server can't be reached." in text
    assert "kept on this computer (<b>3 waiting</b>)" in text
    assert "sent when it's back" in text
    assert "3 marks waiting on this computer" in window.save_label.text()
    assert Outbox(ui.engine).count() == 3  # in the file, not only in memory
    assert [ui.model.rows[n].code_id for n in range(3)] == [codes["P"], codes["A"], codes["L"]]
    assert {ui.model.rows[n].save_state for n in range(3)} == {SaveState.WAITING}
    assert ui.model.rows[3].save_state == SaveState.SAVED
    assert window._error_box is None  # a banner, not a dialog
    assert writer.unsaved() == 0  # nothing only in memory
    assert stored_codes(ui, range(3)) == [None, None, None]

    # The app is closed (or crashes) before the server is back.
    window.close()
    ui.operations.wait_for_done()
    assert Outbox(ui.engine).count() == 3
    assert stored_codes(ui, range(3)) == [None, None, None]

    outage.down = False
    operations = Operations(Database(ui.engine))
    again = MainWindow(
        operations,
        Settings(teacher_id=ui.lesson.teacher_id),
        clock=FakeClock(START + timedelta(minutes=2)),
        zone=UTC,
        keep_settings=False,
    )
    qtbot.addWidget(again)
    again.show()
    try:
        qtbot.waitUntil(lambda: Outbox(ui.engine).count() == 0, timeout=10_000)
        qtbot.waitUntil(lambda: operations.pending == 0 and not again.writer.replaying)
        assert stored_codes(ui, range(3)) == ["P", "A", "L"]
        assert [c.kind for c in ui.changes_in_db(0)] == ["mark"]
        assert ui.changes_in_db(0)[0].changed_by == "Ms Rivera"
        assert not again.register_panel.offline_banner.isVisible()
        assert not again.writer.offline
        message = again.statusBar().currentMessage()
        assert "Sent 3 marks kept on this computer from the last time the app ran" in message
        qtbot.waitUntil(lambda: len(again.register_model.rows) == 30)
        qtbot.waitUntil(lambda: operations.pending == 0)
        rows = again.register_model.rows
        assert [rows[n].code_id for n in range(3)] == [codes["P"], codes["A"], codes["L"]]
        assert {rows[n].save_state for n in range(3)} == {SaveState.SAVED}
        assert "All marks saved" in again.save_label.text()
    finally:
        if shiboken6.isValid(again):
            again.close()
        operations.wait_for_done()


def test_a_conflict_found_when_the_outbox_is_sent_shows_the_bar(ui: UI, outage: Outage) -> None:
    offline_ready(ui)
    writer = ui.window.writer
    codes = code_ids(ui.db)
    outage.down = True
    QTest.keyClick(ui.view, Qt.Key.Key_A)  # row 0, offline
    QTest.keyClick(ui.view, Qt.Key.Key_E)  # row 1, offline
    ui.qtbot.waitUntil(lambda: writer.waiting() == 2)
    # Meanwhile, on a computer that can still reach the server:
    with Session(ui.db) as session:
        mark(session, ui.model.rows[0].attendance_id, {"code_id": codes["L"]}, actor=OFFICE)
        session.commit()

    outage.down = False
    ui.qtbot.waitUntil(lambda: writer.waiting() == 0 and not writer.offline, timeout=10_000)
    ui.idle()
    assert stored_codes(ui, range(2)) == ["L", "E"]  # theirs stands; the other row went in
    bar = ui.window.register_panel.conflict_bar
    assert bar.isVisible()
    assert "Theirs: <b>Late" in bar.details.text() and "Office on OFFICE-1" in bar.details.text()
    assert "Yours: <b>Absent</b>" in bar.details.text()
    assert not ui.window.register_panel.offline_banner.isVisible()
    message = ui.status_text()
    assert "Sent 2 marks kept on this computer." in message
    assert "1 had been changed on another computer meanwhile" in message

    bar.keep_button.click()
    ui.settle()
    assert stored_codes(ui, range(2)) == ["A", "E"]
    assert [c.kind for c in ui.changes_in_db(0)] == ["mark", "override"]
    assert not bar.isVisible()


def test_a_failed_read_while_offline_is_the_banner_not_a_dialog(ui: UI, outage: Outage) -> None:
    offline_ready(ui)
    outage.down = True
    ui.window.next_day()
    ui.qtbot.waitUntil(lambda: ui.window.writer.offline)
    assert ui.window.register_panel.offline_banner.isVisible()
    assert ui.window._error_box is None
    assert "Cannot reach the attendance database server" in ui.status_text()
    outage.down = False
    ui.qtbot.waitUntil(lambda: not ui.window.writer.offline, timeout=10_000)
    assert not ui.window.register_panel.offline_banner.isVisible()


def test_starting_while_the_server_is_still_away_says_so_and_sends_later(
    ui: UI, outage: Outage, qtbot: QtBot
) -> None:
    offline_ready(ui)
    outage.down = True
    QTest.keyClick(ui.view, Qt.Key.Key_A)
    QTest.keyClick(ui.view, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: ui.window.writer.waiting() == 2)
    ui.window.close()
    ui.operations.wait_for_done()

    operations = Operations(Database(ui.engine))
    again = MainWindow(
        operations,
        Settings(teacher_id=ui.lesson.teacher_id),
        clock=FakeClock(START + timedelta(minutes=2)),
        zone=UTC,
        keep_settings=False,
    )
    again.writer.probe_interval_ms = 100
    qtbot.addWidget(again)
    again.show()
    try:
        qtbot.waitUntil(lambda: again.writer.offline, timeout=10_000)
        banner = again.register_panel.offline_banner
        assert banner.isVisible()
        assert "(<b>2 waiting</b>)" in again.register_panel.offline_text.text()
        assert again._error_box is None
        assert Outbox(ui.engine).count() == 2
        outage.down = False
        qtbot.waitUntil(lambda: Outbox(ui.engine).count() == 0, timeout=10_000)
        qtbot.waitUntil(lambda: not again.writer.offline and operations.pending == 0)
        assert not banner.isVisible()
        assert stored_codes(ui, range(2)) == ["A", "E"]
    finally:
        if shiboken6.isValid(again):
            again.close()
        operations.wait_for_done()


def test_marks_still_in_memory_at_quit_are_kept_for_the_next_start(
    tmp_path: Path, qtbot: QtBot
) -> None:
    """A locked SQLite file (retried in place, not offline): quitting keeps the marks."""
    engine = create_app_engine(sqlite_url(tmp_path / "school.sqlite3"))
    upgrade(engine)
    try:
        built = build_ui(engine, qtbot)
        ui = next(built)
        ui.open_register()
        ui.window.writer.retry_delays_ms = (600_000,)
        asked: list[int] = []
        ui.window.confirm_quit_unsaved = lambda count: bool(asked.append(count)) or True
        failing = FailingUpdates(engine, times=10_000)
        try:
            QTest.keyClick(ui.view, Qt.Key.Key_L)
            qtbot.waitUntil(lambda: failing.failed >= 1)
            ui.idle()
            assert ui.window.writer.unsaved() == 1
            ui.window.close()
            ui.operations.wait_for_done()
        finally:
            failing.remove()
        assert asked == []  # nothing to ask: the mark is safe on disk
        assert Outbox(engine).count() == 1
        assert stored_codes(ui, range(1)) == [None]

        operations = Operations(Database(engine))
        again = MainWindow(
            operations,
            Settings(teacher_id=ui.lesson.teacher_id),
            clock=FakeClock(START + timedelta(minutes=2)),
            zone=UTC,
            keep_settings=False,
        )
        qtbot.addWidget(again)
        again.show()
        try:
            qtbot.waitUntil(lambda: Outbox(engine).count() == 0, timeout=10_000)
            qtbot.waitUntil(lambda: operations.pending == 0 and not again.writer.replaying)
            assert stored_codes(ui, range(1)) == ["L"]
            assert "from the last time the app ran" in again.statusBar().currentMessage()
        finally:
            if shiboken6.isValid(again):
                again.close()
            operations.wait_for_done()
        next(built, None)
    finally:
        engine.dispose()
