"""Every control a keyboard can reach has a name a screen reader can say (issue 12, item
10), read through Qt's own accessibility interface, as Orca or NVDA would get it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget
from pytestqt.qtbot import QtBot

from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.db.migrate import upgrade
from tests.test_register import UI, build_ui


@pytest.fixture
def sqlite_ui(tmp_path: Path, qtbot: QtBot) -> Iterator[UI]:
    engine = create_app_engine(sqlite_url(tmp_path / "register.sqlite3"))
    upgrade(engine)
    try:
        yield from build_ui(engine, qtbot)
    finally:
        engine.dispose()


def unnamed(root: QWidget) -> list[str]:
    """Focusable, visible controls under ``root`` whose accessible name is empty."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue  # a spin box's own text field: the spin box is the control named
        if not widget.isEnabled():
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_focusable_control_of_the_main_window_has_a_name(sqlite_ui: UI) -> None:
    ui = sqlite_ui
    ui.open_register()
    assert unnamed(ui.window) == []


def test_the_unnamed_check_finds_an_unnamed_control(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    QVBoxLayout(box).addWidget(QLineEdit())
    box.show()
    assert unnamed(box) == ["QLineEdit ''"]
    QApplication.processEvents()


def test_every_focusable_control_of_settings_has_a_name(sqlite_ui: UI, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QTabWidget

    from attendance_desktop.ui.settings_dialog import SettingsDialog

    ui = sqlite_ui
    dialog = SettingsDialog(ui.window, ui.operations, ui.window.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    ui.idle()
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    missing = []
    for number in range(tabs.count()):
        tabs.setCurrentIndex(number)
        QApplication.processEvents()
        missing += [f"{tabs.tabText(number)}: {name}" for name in unnamed(dialog)]
    # The server's fields (password included) show when a server is chosen.
    tabs.setCurrentIndex(0)
    dialog.database_page.server_radio.setChecked(True)
    QApplication.processEvents()
    missing += [f"server: {name}" for name in unnamed(dialog)]
    dialog.reject()
    assert missing == [], "\n".join(missing)


def contrast(first: str, second: str) -> float:
    """WCAG's contrast ratio of two colours."""
    from PySide6.QtGui import QColor

    def luminance(colour: str) -> float:
        parsed = QColor(colour)
        channels: list[float] = []
        for value in (parsed.redF(), parsed.greenF(), parsed.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_secondary_text_meets_aa_contrast_on_the_window(sqlite_ui: UI) -> None:
    from attendance_desktop.ui import palette

    ui = sqlite_ui
    ui.open_register()
    background = ui.window.palette().window().color().name()
    assert contrast("#777777", "#EFEFEF") < 4.5  # the old grey: the check can fail
    details = ui.window.register_panel.details
    colour = details.palette().color(details.foregroundRole()).name()
    assert colour.lower() == palette.MUTED.lower()
    assert contrast(colour, background) >= 4.5
    assert contrast(colour, "#EFEFEF") >= 4.5


def test_every_focusable_control_of_new_lesson_has_a_name(tmp_path: Path, qtbot: QtBot) -> None:
    from tests.test_new_lesson import build_picker

    engine = create_app_engine(sqlite_url(tmp_path / "register.sqlite3"))
    upgrade(engine)
    try:
        with build_picker(engine, qtbot) as picker:
            dialog = picker.dialog
            assert unnamed(dialog) == []
            assert dialog.filter_edit.accessibleName() == "Find a class"
            assert dialog.length_spin.accessibleName() == "Lesson length in minutes"
            dialog.reject()
    finally:
        engine.dispose()


def cell_name(view: QWidget, row: int, column: int) -> str:
    """What a screen reader says for a table's cell, read through the table's interface."""
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface is not None
    for number in range(interface.childCount()):
        child = interface.child(number)
        if child is None or child.role() != QAccessible.Role.Cell:
            continue
        cell = child.tableCellInterface()
        if cell is not None and (cell.rowIndex(), cell.columnIndex()) == (row, column):
            return child.text(QAccessible.Text.Name)
    raise AssertionError(f"no cell at {row}, {column}")


def test_the_codes_tables_ticks_read_as_words(sqlite_ui: UI, qtbot: QtBot) -> None:
    from attendance_desktop.ui.codes_model import CodesModel
    from attendance_desktop.ui.settings_dialog import SettingsDialog

    ui = sqlite_ui
    dialog = SettingsDialog(ui.window, ui.operations, ui.window.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    ui.idle()
    page = dialog.codes_page
    qtbot.waitUntil(lambda: page.codes_model.rowCount() > 0)
    model = page.codes_model
    said = {}
    for row in range(model.rowCount()):
        code = model.index(row, CodesModel.LABEL).data()
        said[code] = (
            cell_name(page.codes_view, row, CodesModel.COUNTS),
            cell_name(page.codes_view, row, CodesModel.ACTIVE),
        )
    dialog.reject()
    assert said["Present"] == ("Counts as present: yes", "In use: yes")
    assert said["Absent"] == ("Counts as present: no", "In use: yes")


def test_the_register_and_the_lesson_list_show_where_the_keyboard_is(sqlite_ui: UI) -> None:
    from PySide6.QtGui import QColor

    from attendance_desktop.ui import palette

    ui = sqlite_ui
    ui.open_register()
    window = ui.window
    ring = QColor(palette.INFO).rgb()
    for view, other in (
        (window.register_view, window.sessions_view),
        (window.sessions_view, window.register_view),
    ):
        view.setFocus()
        ui.qtbot.waitUntil(view.hasFocus)
        QApplication.processEvents()
        focused = window.grab().toImage()
        top_left = view.mapTo(window, view.rect().topLeft())
        bottom_right = view.mapTo(window, view.rect().bottomRight())
        edge = [
            (top_left.x() + view.width() // 2, top_left.y()),  # top edge, middle
            (top_left.x(), top_left.y() + view.height() // 2),  # left edge, middle
            (bottom_right.x(), top_left.y() + view.height() // 2),  # right edge
            (top_left.x() + view.width() // 2, bottom_right.y()),  # bottom edge
        ]
        assert [focused.pixel(x, y) for x, y in edge] == [ring] * 4, view.accessibleName()
        other_corner = other.mapTo(window, other.rect().topLeft())
        middle = (other_corner.x() + other.width() // 2, other_corner.y())
        assert focused.pixel(*middle) != ring  # the list without the keyboard has no ring
