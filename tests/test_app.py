"""Start-up through ``run_gui``: a bad database is a dialog and an exit status, ``--demo``
keeps nothing, and an empty database walks through first run and "who are you?"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from attendance_desktop import settings as settings_module
from attendance_desktop.app import run_gui


def drive(steps: list[Callable[[QWidget], bool]]) -> list[str]:
    """Every 50 ms, hand each visible top-level window to the current step; a step
    returns True when it has dealt with its window.  Returns what was seen."""
    seen: list[str] = []
    previous = getattr(drive, "timer", None)
    if previous is not None:
        previous.stop()
        previous.deleteLater()
    # Owned by the application, not by Python: the timer and its closure form a cycle,
    # and a garbage collection that ran on a worker thread would delete it there (a crash).
    timer = QTimer(QApplication.instance())
    timer.setInterval(50)

    def tick() -> None:
        if not steps:
            timer.stop()
            return
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                if type(widget).__name__ not in seen:
                    seen.append(type(widget).__name__)
                if steps[0](widget):
                    steps.pop(0)
                    return

    timer.timeout.connect(tick)
    timer.start()
    drive.timer = timer  # type: ignore[attr-defined]  # keep it alive during run_gui
    return seen


def close_known_error(widget: QWidget) -> bool:
    if isinstance(widget, QMessageBox) and widget.objectName() == "knownErrorBox":
        drive.text = widget.text()  # type: ignore[attr-defined]
        widget.close()
        return True
    return False


def close_main_window_once_loaded(widget: QWidget) -> bool:
    """The register is inside the app's window once it is ready; close the window."""
    from attendance_desktop.ui.app_window import AppWindow

    if not isinstance(widget, AppWindow) or widget.main_window is None:
        return False
    window = widget.main_window
    if window.operations.pending == 0:
        drive.lessons = window.sessions_model.rowCount()  # type: ignore[attr-defined]
        drive.title = widget.windowTitle()  # type: ignore[attr-defined]
        widget.close()
        return True
    return False


def test_a_bad_database_url_is_a_dialog_and_exit_status_2(qapp: QApplication) -> None:
    seen = drive([close_known_error])
    status = run_gui(database="mysql://somewhere/attendance", demo=False, verbose=False)
    assert status == 2
    assert "QMessageBox" in seen
    assert "mysql" in drive.text  # type: ignore[attr-defined]


def test_demo_starts_on_the_demo_school_and_keeps_nothing(
    qapp: QApplication, app_home: Path
) -> None:
    seen = drive([close_main_window_once_loaded])
    status = run_gui(database=None, demo=True, verbose=False)
    assert status == 0
    assert "AppWindow" in seen
    assert "DEMO" in drive.title  # type: ignore[attr-defined]
    assert not settings_module.settings_path().exists()
    assert not list((app_home / "data").glob("*.sqlite3"))  # the default database untouched


def test_first_run_loads_the_demo_then_asks_who_you_are_and_remembers_it(
    qapp: QApplication, tmp_path: Path, qtbot: QtBot
) -> None:
    from attendance_desktop.ui.first_run import FirstRunDialog
    from attendance_desktop.ui.teacher_picker import TeacherPickerDialog

    picked: list[int] = []

    def choose_demo(widget: QWidget) -> bool:
        if isinstance(widget, FirstRunDialog):
            widget._choose_demo()
            return True
        return False

    def pick_first_teacher(widget: QWidget) -> bool:
        if isinstance(widget, TeacherPickerDialog):
            widget._select(0)
            teacher = widget.selected_teacher_id()
            assert teacher is not None
            picked.append(teacher)
            widget.accept()
            return True
        return False

    seen = drive([choose_demo, pick_first_teacher, close_main_window_once_loaded])
    database = tmp_path / "school.sqlite3"
    status = run_gui(database=str(database), demo=False, verbose=False)
    assert status == 0
    assert {"FirstRunDialog", "TeacherPickerDialog", "AppWindow"} <= set(seen)
    assert picked and settings_module.load().teacher_id == picked[0]
    assert database.exists()
    # The second start goes straight to the window: no welcome, no question.
    seen = drive([close_main_window_once_loaded])
    assert run_gui(database=str(database), demo=False, verbose=False) == 0
    assert "FirstRunDialog" not in seen and "TeacherPickerDialog" not in seen


def test_first_run_import_cancelled_brings_the_welcome_back_then_imports(
    qapp: QApplication, tmp_path: Path
) -> None:
    """Import a roster… opens the preview; closing it without importing shows the
    welcome again (not an empty register); importing goes on to "who are you?"."""
    from attendance_desktop.ui.first_run import FirstRunDialog
    from attendance_desktop.ui.import_dialog import ImportRosterDialog, Stage
    from attendance_desktop.ui.teacher_picker import TeacherPickerDialog
    from tests.test_roster import FIXTURES

    welcomes: list[int] = []
    roster = FIXTURES / "students_cp1252_semicolon.csv"

    def choose_import(widget: QWidget) -> bool:
        if isinstance(widget, FirstRunDialog):
            welcomes.append(1)
            widget._choose_import()
            return True
        return False

    def close_without_importing(widget: QWidget) -> bool:
        if isinstance(widget, ImportRosterDialog):
            widget.reject()
            return True
        return False

    def import_roster(widget: QWidget) -> bool:
        if not isinstance(widget, ImportRosterDialog):
            return False
        if widget.stage == Stage.EMPTY:
            widget.load(roster)
        elif widget.stage == Stage.READY and widget.import_button.isEnabled():
            widget.import_button.click()
        elif widget.stage == Stage.DONE:
            widget.accept()
            return True
        return False

    def pick_teacher(widget: QWidget) -> bool:
        if isinstance(widget, TeacherPickerDialog):
            widget._select(0)
            widget.accept()
            return True
        return False

    seen = drive(
        [
            choose_import,
            close_without_importing,
            choose_import,
            import_roster,
            pick_teacher,
            close_main_window_once_loaded,
        ]
    )
    database = tmp_path / "school.sqlite3"
    assert run_gui(database=str(database), demo=False, verbose=False) == 0
    assert len(welcomes) == 2
    assert {"ImportRosterDialog", "TeacherPickerDialog", "AppWindow"} <= set(seen)
    chosen = settings_module.load().teacher_id
    assert chosen is not None
    # The second start goes straight to the register of the imported school.
    seen = drive([close_main_window_once_loaded])
    assert run_gui(database=str(database), demo=False, verbose=False) == 0
    assert "FirstRunDialog" not in seen and "ImportRosterDialog" not in seen


def test_the_window_icon_has_every_size(qapp: QApplication) -> None:
    from attendance_desktop.app import app_icon
    from attendance_desktop.resources import ICON_SIZES

    icon = app_icon()
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(ICON_SIZES)
