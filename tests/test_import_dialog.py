"""File > Import roster: the preview, every problem listed, progress, cancel (pytest-qt,
offscreen, both backends).  The database is read back with a second engine."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from attendance_desktop import roster
from attendance_desktop.db.engine import create_app_engine
from attendance_desktop.db.models import Student
from attendance_desktop.db.work import Database
from attendance_desktop.ui.import_dialog import (
    COL_COLUMN,
    COL_CREATED,
    COL_FILE,
    COL_LINE,
    COL_MESSAGE,
    COL_UNCHANGED,
    COL_WITHDRAWN,
    ImportRosterDialog,
    Stage,
)
from attendance_desktop.ui.operations import Operations
from tests.test_roster import FIXTURES, TODAY, everything, large_roster, row_counts


@dataclass
class Importer:
    dialog: ImportRosterDialog
    operations: Operations
    #: A second engine on the same database, for the test's own reads.
    db: Engine
    qtbot: QtBot
    main_thread_checkouts: list[str]
    imported: list[roster.ImportSummary]

    def wait_for(self, *stages: Stage, timeout: int = 30_000) -> None:
        self.qtbot.waitUntil(lambda: self.dialog.stage in stages, timeout=timeout)
        self.qtbot.waitUntil(lambda: self.operations.pending == 0, timeout=timeout)

    def preview(self, path: Path) -> None:
        self.dialog.load(path)
        self.wait_for(Stage.READY, Stage.PROBLEMS, Stage.FAILED)


@pytest.fixture
def importer(engine: Engine, qtbot: QtBot) -> Iterator[Importer]:
    checkouts: list[str] = []

    def on_checkout(*_: object) -> None:
        if threading.current_thread() is threading.main_thread():
            checkouts.append("checked out on the UI thread")

    event.listen(engine, "checkout", on_checkout)
    operations = Operations(Database(engine))
    clock_now = datetime.combine(TODAY, time(12, 0), tzinfo=UTC)
    dialog = ImportRosterDialog(None, operations, zone=UTC, clock=lambda: clock_now)
    qtbot.addWidget(dialog)
    dialog.show()
    imported: list[roster.ImportSummary] = []
    dialog.imported.connect(imported.append)
    db = create_app_engine(engine.url)
    yield Importer(dialog, operations, db, qtbot, checkouts, imported)
    operations.wait_for_done()
    db.dispose()


def test_preview_of_a_oneroster_export_then_import(importer: Importer, qtmodeltester: Any) -> None:
    dialog = importer.dialog
    before = everything(importer.db)

    importer.preview(FIXTURES / "oneroster_1_1")
    assert dialog.stage == Stage.READY
    changes = dialog.changes_model
    assert [changes.count(kind, COL_CREATED) for kind in ("Teachers", "Students")] == [2, 6]
    assert [changes.count(kind, COL_CREATED) for kind in ("Classes", "Enrollments")] == [2, 7]
    assert changes.index(1, COL_CREATED).data() == "6"
    assert dialog.import_button.isEnabled()
    assert "OneRoster 1.1: 2 teachers, 6 students, 2 classes, 7 enrollments" in (
        dialog.preview_details.text()
    )
    assert "Read as UTF-8" in dialog.preview_details.text()
    assert "demographics.csv ignored" in dialog.notes.text()
    assert dialog.pages.currentIndex() == 1
    qtmodeltester.check(changes)
    assert everything(importer.db) == before  # a preview writes nothing

    values: list[int] = []
    dialog.progress_bar.valueChanged.connect(values.append)
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    importer.wait_for(Stage.DONE)
    counts = row_counts(importer.db)
    assert (counts["teacher"], counts["student"], counts["school_class"]) == (2, 6, 2)
    assert counts["enrollment"] == 7
    assert len(importer.imported) == 1 and importer.imported[0].students.created == 6
    assert dialog.progress_bar.maximum() == values[-1] > 0  # the last batch filled the bar
    assert "was imported" in dialog.status.text()
    assert dialog.preview_heading.text() == "Imported. These changes were made:"
    assert not dialog.import_button.isEnabled()
    assert importer.main_thread_checkouts == []

    # The same roster again: nothing to do, and Import says so by staying off.
    importer.preview(FIXTURES / "oneroster_1_1")
    assert dialog.stage == Stage.READY and not dialog.import_button.isEnabled()
    assert changes.count("Students", COL_UNCHANGED) == 6
    assert "already matches" in dialog.preview_heading.text()


def test_a_broken_bundle_lists_every_problem_and_cannot_be_imported(
    importer: Importer, qtmodeltester: Any
) -> None:
    dialog = importer.dialog
    before = everything(importer.db)
    expected = roster.read_roster(FIXTURES / "oneroster_broken").problems
    assert len(expected) == 8

    importer.preview(FIXTURES / "oneroster_broken")
    assert dialog.stage == Stage.PROBLEMS
    model = dialog.problems_model
    qtmodeltester.check(model)
    shown = [
        tuple(model.index(row, column).data() for column in (COL_FILE, COL_LINE, COL_COLUMN))
        for row in range(model.rowCount())
    ]
    assert shown == [(p.file, str(p.line), p.column) for p in expected]
    assert [model.index(r, COL_MESSAGE).data() for r in range(8)] == [p.message for p in expected]
    assert ("users.csv", "3", "givenName") in shown
    assert "8 problems" in dialog.problems_heading.text()
    assert not dialog.import_button.isEnabled()
    dialog.start_import()  # even asked directly, nothing happens
    assert dialog.stage == Stage.PROBLEMS

    QTest.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0].endswith("8 problems, nothing was imported.")
    assert copied[1:] == [roster.format_problem(p) for p in expected]
    assert everything(importer.db) == before


def test_problems_only_the_database_can_show(importer: Importer, tmp_path: Path) -> None:
    """A delta export refers to a class that is neither in it nor in the register."""
    delta = tmp_path / "delta"
    delta.mkdir()
    (delta / "manifest.csv").write_text(
        "propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\n"
        "file.enrollments,delta\nfile.users,absent\nfile.classes,absent\n"
    )
    (delta / "enrollments.csv").write_text(
        "sourcedId,status,dateLastModified,classSourcedId,userSourcedId,role\n"
        "e-1,active,2026-11-30T10:00:00Z,cls-unknown,s-1,student\n"
    )
    importer.preview(delta)
    assert importer.dialog.stage == Stage.PROBLEMS
    model = importer.dialog.problems_model
    rows = {
        model.index(r, COL_COLUMN).data(): model.index(r, COL_MESSAGE).data()
        for r in range(model.rowCount())
    }
    assert rows == {
        "classSourcedId": 'there is no class "cls-unknown" in this bundle or in the register.',
        "userSourcedId": 'there is no student "s-1" in this bundle or in the register.',
    }


def test_cancel_part_way_rolls_everything_back(importer: Importer, tmp_path: Path) -> None:
    """Cancel is pressed while the import has written its first batches: the database is
    as it was, and the dialog says nothing was imported."""
    dialog = importer.dialog
    importer.preview(large_roster(tmp_path, 2500))
    assert dialog.stage == Stage.READY
    before = everything(importer.db)

    # Hold the worker at the first report of rows written, until Cancel has been clicked.
    written = threading.Event()
    clicked = threading.Event()
    reported: list[tuple[int, int]] = []

    def pause(done: int, total: int) -> None:
        reported.append((done, total))
        if done > 0 and not written.is_set():
            written.set()
            assert clicked.wait(30)

    dialog.progress_relay.progressed.connect(pause, Qt.ConnectionType.DirectConnection)
    dialog.start_import()
    importer.qtbot.waitUntil(written.is_set, timeout=30_000)
    importer.qtbot.waitUntil(dialog.progress_bar.isVisible, timeout=5_000)
    assert dialog.close_button.text() == "Cancel import"
    QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    clicked.set()

    importer.wait_for(Stage.CANCELLED)
    done, total = reported[-1]
    assert 0 < done < total  # stopped part of the way through
    assert dialog.status.text() == "Import cancelled. Nothing was imported."
    assert everything(importer.db) == before
    assert importer.imported == []
    assert dialog.import_button.isEnabled()  # it can be run again
    assert dialog.isVisible()

    # Run again without cancelling: all of it arrives.
    dialog.progress_relay.progressed.disconnect(pause)
    dialog.start_import()
    importer.wait_for(Stage.DONE, timeout=60_000)
    assert row_counts(importer.db)["student"] == 2500


def test_closing_during_an_import_stops_it_first(importer: Importer, tmp_path: Path) -> None:
    dialog = importer.dialog
    importer.preview(large_roster(tmp_path, 1500))
    written = threading.Event()
    closed = threading.Event()

    def pause(done: int, _total: int) -> None:
        if done > 0 and not written.is_set():
            written.set()
            assert closed.wait(30)

    dialog.progress_relay.progressed.connect(pause, Qt.ConnectionType.DirectConnection)
    dialog.start_import()
    importer.qtbot.waitUntil(written.is_set, timeout=30_000)
    dialog.close()  # the window's close button
    assert dialog.isVisible()  # not while the transaction is open
    closed.set()
    importer.wait_for(Stage.CANCELLED)
    importer.qtbot.waitUntil(lambda: not dialog.isVisible())
    assert row_counts(importer.db)["student"] == 0


def test_deleting_the_dialog_while_a_file_is_read_is_safe(
    engine: Engine, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog is deleted (say its window went away) while a slow file is still being
    read: the plan read goes nowhere, and nothing touches the deleted widgets."""
    reading = threading.Event()
    release = threading.Event()
    read_roster = roster.read_roster

    def slow_read(path: Path) -> roster.RosterPlan:
        reading.set()
        assert release.wait(30)
        return read_roster(path)

    monkeypatch.setattr(roster, "read_roster", slow_read)
    operations = Operations(Database(engine))
    dialog = ImportRosterDialog(None, operations, zone=UTC)
    dialog.show()
    with qtbot.captureExceptions() as exceptions:
        dialog.load(FIXTURES / "oneroster_1_1")
        qtbot.waitUntil(reading.is_set, timeout=10_000)
        dialog.deleteLater()  # deleted, not closed: no reject() to drop the read
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(dialog)
        release.set()
        assert operations.wait_for_done()
        QApplication.processEvents()  # the plan arrives on the main thread, and is dropped
    assert exceptions == []
    assert operations.pending == 0


def test_a_spreadsheet_is_refused_in_plain_words(importer: Importer, tmp_path: Path) -> None:
    sheet = tmp_path / "roster.xlsx"
    sheet.write_bytes(b"not really a workbook")
    importer.preview(sheet)
    dialog = importer.dialog
    assert dialog.stage == Stage.FAILED
    assert "roster.xlsx is a spreadsheet, not a CSV file." in dialog.status.text()
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "knownErrorBox"]
    assert len(boxes) == 1 and isinstance(boxes[0], QMessageBox)
    assert "CSV UTF-8" in boxes[0].informativeText()
    boxes[0].close()
    assert not dialog.import_button.isEnabled()


def test_a_plain_csv_preview_says_how_it_was_read(importer: Importer) -> None:
    importer.preview(FIXTURES / "students_cp1252_semicolon.csv")
    details = importer.dialog.preview_details.text()
    assert "plain CSV: 2 teachers, 6 students" in details
    assert "Read as Windows-1252, values separated by semicolons." in details


def test_only_the_file_chosen_last_is_shown(importer: Importer) -> None:
    dialog = importer.dialog
    dialog.load(FIXTURES / "oneroster_broken")
    dialog.load(FIXTURES / "oneroster_1_2")  # changed their mind before the first was read
    importer.wait_for(Stage.READY)
    QApplication.processEvents()
    assert dialog.stage == Stage.READY
    assert dialog.changes_model.count("Students", COL_CREATED) == 4


def test_withdrawals_are_counted(importer: Importer) -> None:
    """Importing a newer export that leaves a student out shows the withdrawal."""
    importer.preview(FIXTURES / "oneroster_1_1")
    importer.dialog.start_import()
    importer.wait_for(Stage.DONE)
    with Session(importer.db) as session:
        assert session.query(Student).count() == 6
    importer.preview(FIXTURES / "oneroster_1_1_newer")
    assert importer.dialog.stage == Stage.READY
    assert importer.dialog.changes_model.count("Enrollments", COL_WITHDRAWN) >= 1


def test_the_preview_does_not_wait_for_another_computers_write(importer: Importer) -> None:
    """Comparing the roster reads in a transaction of its own that takes no write lock,
    so a classroom PC in the middle of writing a mark does not hold it up (SQLite's
    BEGIN IMMEDIATE would wait for the lock, then fail as "busy")."""
    with importer.db.connect() as other:
        other.exec_driver_sql(
            "INSERT INTO teacher (display_name, active, created_at, updated_at) "
            "VALUES ('Mid-write', true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        )  # begins a write transaction (BEGIN IMMEDIATE on SQLite) and keeps it open
        importer.preview(FIXTURES / "oneroster_1_2")
        assert importer.dialog.stage == Stage.READY
        other.rollback()


def test_warnings_are_shown_and_do_not_block(importer: Importer) -> None:
    """Issue 13: a role mismatch (a teacher enrolled as a student) is a warning in the
    preview, named by file and line; Import stays on and imports the rest."""
    dialog = importer.dialog
    data = Path(__file__).parent / "data" / "oneroster" / "moodle_enrol_oneroster"
    importer.preview(data / "Test_minimal_data_set.zip")
    assert dialog.stage == Stage.READY
    text = dialog.notes.text()
    assert "2 warnings (the import can go ahead)" in text
    assert "enrollments.csv, line 3" in text and "enrolled as a student here" in text
    assert "OneRoster 1.1: 2 teachers, 4 students" in dialog.preview_details.text()
    assert dialog.import_button.isEnabled()
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    importer.wait_for(Stage.DONE)
    assert row_counts(importer.db)["student"] == 4


def test_the_preview_names_the_format_it_recognised(importer: Importer) -> None:
    dialog = importer.dialog
    importer.preview(Path(__file__).parent / "data" / "sds_v1" / "microsoft_uk_25_users")
    assert dialog.stage == Stage.READY
    assert "Microsoft School Data Sync v1: 2 teachers, 22 students, 28 classes" in (
        dialog.preview_details.text()
    )
    assert "24 new classes have no teacher yet" in dialog.notes.text()
