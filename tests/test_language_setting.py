"""The language setting, applied at start-up, and right-to-left layouts (issue 16, items 3
and 6): the window and the register mirror, and start without errors, when Qt lays
them out right to left (``-reverse``, or a right-to-left translation)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from attendance_desktop import app as app_module
from attendance_desktop import i18n
from attendance_desktop import settings as settings_module
from attendance_desktop.app import run_gui
from attendance_desktop.settings import Settings
from tests.test_app import close_main_window_once_loaded, drive
from tests.test_register import build_ui

SHOTS = Path(os.environ.get("ATTENDANCE_TEST_SHOTS", "/tmp/helpers/shots"))


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[QApplication]:
    """Lay every widget out right to left, as ``-reverse`` does; left to right afterwards."""
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield qapp
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _shoot(widget: QWidget, name: str) -> None:
    """Keep a picture to look at (the test does not depend on it)."""
    try:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name))
    except OSError:
        pass


def _left_edge(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


def test_the_language_setting_is_kept_and_a_bad_value_ignored() -> None:
    assert Settings().language == i18n.SYSTEM
    chosen = Settings(language="de")
    settings_module.save(chosen)
    assert settings_module.load().language == "de"

    path = settings_module.settings_path()
    path.write_text('{"language": 7, "teacher_id": 3}', encoding="utf-8")
    loaded = settings_module.load()
    assert loaded.language == i18n.SYSTEM and loaded.teacher_id == 3


def test_start_up_speaks_the_chosen_language_before_any_window_text(
    qapp: QApplication,
) -> None:
    """``_application`` loads the setting's language first, then names the app in it."""
    display_name = qapp.applicationDisplayName()
    try:
        app_module._application("de")
        assert i18n.language() == "de"
        assert QLocale().language() == QLocale.Language.German
        assert qapp.applicationDisplayName() == QCoreApplication.translate(
            "App", "Attendance register"
        )
        # A language that is not shipped falls back to the computer's, never to an error.
        app_module._application("xx")
        assert i18n.language() == i18n.choose("xx")
        app_module._application("en")
        assert i18n.language() == "en"
        assert qapp.applicationDisplayName() == "Attendance register"
    finally:
        i18n.install("en", system=QLocale("en_GB"))
        qapp.setApplicationDisplayName(display_name)


def test_the_window_and_the_register_mirror_right_to_left(
    right_to_left: QApplication, engine: Engine, qtbot: QtBot
) -> None:
    for ui in build_ui(engine, qtbot, students=12):
        window = ui.window
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        ui.open_register()
        ui.idle()
        # The lesson list is first in the splitter: on the right when mirrored.
        lessons = _left_edge(window.sessions_view, window)
        register = _left_edge(ui.view, window)
        assert lessons > register
        # The register's first column (the student) is at the right of the table.
        header = ui.view.horizontalHeader()
        first = header.logicalIndex(0)
        assert header.sectionViewportPosition(first) > header.viewport().width() // 2
        _shoot(window, "rtl_main_window_register.png")


def test_the_window_and_the_register_stay_left_to_right_by_default(
    qapp: QApplication, engine: Engine, qtbot: QtBot
) -> None:
    """The negative control of the test above: the same checks, the other way round."""
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    for ui in build_ui(engine, qtbot, students=12):
        window = ui.window
        ui.open_register()
        ui.idle()
        assert _left_edge(window.sessions_view, window) < _left_edge(ui.view, window)
        header = ui.view.horizontalHeader()
        assert header.sectionViewportPosition(header.logicalIndex(0)) < 50


def test_the_demo_starts_right_to_left_without_errors(
    right_to_left: QApplication, app_home: Path
) -> None:
    shots: list[str] = []

    def shoot_then_close(widget: QWidget) -> bool:
        from attendance_desktop.ui.app_window import AppWindow

        window = widget.main_window if isinstance(widget, AppWindow) else None
        if window is not None and window.operations.pending == 0:
            assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
            _shoot(widget, "rtl_demo_window.png")
            shots.append(widget.windowTitle())
        return close_main_window_once_loaded(widget)

    seen = drive([shoot_then_close])
    status = run_gui(database=None, demo=True, verbose=False)
    assert status == 0
    assert "AppWindow" in seen and shots
    assert "CrashDialog" not in seen
    assert drive.lessons > 0  # type: ignore[attr-defined]
