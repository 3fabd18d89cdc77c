"""German and French words are long: no text of the main window, the register, Reports or
Settings may be cut off in them (issue 16, item 5).

A widget's text is cut when the room it was given is narrower than the room its text
asks for (``sizeHint``), or, for a label that wraps, lower than its wrapped text needs.
Labels made to shorten long names with "…" (``ElidedLabel``, whose tooltip gives the
whole text) are meant to, and are left out.  Every window is looked at at 1366x768, the
classroom PC's usual screen.  Pictures of each are kept in ``$ATTENDANCE_TEST_SHOTS``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.db.migrate import upgrade
from attendance_desktop.ui.register_view import ElidedLabel
from tests.test_register import UI, build_ui

SHOTS = Path(os.environ.get("ATTENDANCE_TEST_SHOTS", "/tmp/attendance-shots"))
SCREEN = (1366, 768)


def clipped(root: QWidget) -> list[str]:
    """The visible widgets under ``root`` whose text does not fit the room they have."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, ElidedLabel):
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text.strip() or not widget.pixmap().isNull():
                continue
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    found.append(f"QLabel (wrapped, too low) {text[:50]!r}")
                continue
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(
                    f"QLabel {text[:50]!r}: needs {widget.sizeHint().width()} px, "
                    f"has {widget.width()}"
                )
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton):
            button: QAbstractButton = widget
            if button.text() and button.sizeHint().width() > button.width() + 1:
                found.append(
                    f"{type(button).__name__} {button.text()!r}: needs "
                    f"{button.sizeHint().width()} px, has {button.width()}"
                )
        elif isinstance(widget, QGroupBox):
            title_room = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if widget.title() and title_room > widget.width():
                found.append(f"QGroupBox {widget.title()!r}")
        elif (
            isinstance(widget, QComboBox)
            and widget.count()
            and widget.minimumSizeHint().width() > widget.width() + 1
        ):
            found.append(f"QComboBox {widget.currentText()!r}")
    return found


def _shoot(widget: QWidget, name: str) -> None:
    try:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name))
    except OSError:
        pass


@pytest.fixture(params=["de", "fr", "es"])
def translated_ui(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    qtbot: QtBot,
    language: Callable[[str], str],
) -> Iterator[tuple[str, UI]]:
    code = request.param
    assert language(code) == code, f"the {code} translation is not built"
    engine = create_app_engine(sqlite_url(tmp_path / "register.sqlite3"))
    upgrade(engine)
    try:
        for ui in build_ui(engine, qtbot):
            ui.window.resize(*SCREEN)
            ui.idle()
            yield code, ui
    finally:
        engine.dispose()


def test_the_main_window_and_the_register(translated_ui: tuple[str, UI]) -> None:
    code, ui = translated_ui
    problems = [f"lesson list: {p}" for p in clipped(ui.window)]
    ui.open_register()
    ui.idle()
    _shoot(ui.window, f"clip_{code}_register.png")
    problems += [f"register: {p}" for p in clipped(ui.window)]
    assert problems == [], "\n".join(dict.fromkeys(problems))


def test_settings(translated_ui: tuple[str, UI], qtbot: QtBot) -> None:
    from attendance_desktop.ui.settings_dialog import SettingsDialog

    code, ui = translated_ui
    dialog = SettingsDialog(ui.window, ui.operations, ui.window.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    ui.idle()
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    problems = []
    for number in range(tabs.count()):
        tabs.setCurrentIndex(number)
        QApplication.processEvents()
        _shoot(dialog, f"clip_{code}_settings_{number}.png")
        problems += [f"{tabs.tabText(number)}: {p}" for p in clipped(dialog)]
    dialog.reject()
    assert problems == [], "\n".join(dict.fromkeys(problems))


def test_reports(translated_ui: tuple[str, UI], qtbot: QtBot) -> None:
    from attendance_desktop.ui.reports_window import ReportsWindow

    code, ui = translated_ui
    reports = ReportsWindow(None, ui.operations, zone=ui.window.zone)
    qtbot.addWidget(reports)
    reports.resize(*SCREEN)
    reports.show()
    ui.idle()
    tabs = reports.findChild(QTabWidget)
    assert tabs is not None
    problems = []
    for number in range(tabs.count()):
        tabs.setCurrentIndex(number)
        ui.idle()
        _shoot(reports, f"clip_{code}_reports_{number}.png")
        problems += [f"{tabs.tabText(number)}: {p}" for p in clipped(reports)]
    reports.close()
    assert problems == [], "\n".join(dict.fromkeys(problems))


def test_the_check_finds_a_cut_label(qtbot: QtBot) -> None:
    """Negative control: a label narrower than its text is reported, a wide one is not."""
    from PySide6.QtWidgets import QHBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel("Anwesenheitslistenübersicht")
    QHBoxLayout(box).addWidget(label)
    box.show()
    label.setFixedWidth(40)
    assert [p.split(":")[0] for p in clipped(box)] == ["QLabel 'Anwesenheitslistenübersicht'"]
    label.setFixedWidth(label.sizeHint().width())
    assert clipped(box) == []
