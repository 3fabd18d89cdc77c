"""Names are shown as written, never as HTML (issue 15, item 5).

Qt renders a label or tooltip whose text looks like HTML as HTML: a student entered
as ``<img src=...>`` would show an image, ``<b>`` would turn the rest bold and a
``<a href>`` would be a link.  With names, a class and a room that hold tags, every
label of the main window, the register, Reports and the lesson list must show the
tags as text, and every tooltip must escape them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.db.migrate import upgrade
from tests.test_register import UI, build_ui

# What the data holds: found raw in a rich label or a tooltip, it would be rendered.
TAGS = ("<b>Eve", "<img src", "<i>Ms", "<u>9B", "<i>B12")


def shown_as_html(root: QWidget) -> list[str]:
    """Labels under ``root`` that would render a tag from the data as HTML."""
    found = []
    for label in root.findChildren(QLabel):
        words = label.text()
        if not any(tag in words for tag in TAGS):
            continue
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(words)
        )
        if rich:
            found.append(f"label {label.objectName() or type(label).__name__}: {words[:60]!r}")
    return found


def raw_tips(model: QAbstractItemModel) -> list[str]:
    """Tooltips of ``model`` holding a tag from the data unescaped."""
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and any(tag in tip for tag in TAGS):
                found.append(f"{type(model).__name__} ({row}, {column}): {tip[:60]!r}")
    return found


@pytest.fixture
def tagged_ui(tmp_path: Path, qtbot: QtBot) -> Iterator[UI]:
    engine = create_app_engine(sqlite_url(tmp_path / "register.sqlite3"))
    upgrade(engine)
    try:
        for ui in build_ui(engine, qtbot):
            with ui.db.begin() as connection:  # not the window's engine: it counts checkouts
                connection.execute(
                    text("UPDATE student SET first_name = '<b>Eve</b>' WHERE id = 1")
                )
                connection.execute(
                    text("UPDATE student SET last_name = '<img src=\"x.png\"> Ng' WHERE id = 2")
                )
                connection.execute(text("UPDATE teacher SET display_name = '<i>Ms</i> Rivera'"))
                connection.execute(text("UPDATE school_class SET name = '<u>9B</u> Maths'"))
                connection.execute(text("UPDATE class_session SET room = '<i>B12</i>'"))
            ui.window.refresh()
            ui.idle()
            yield ui
    finally:
        engine.dispose()


def test_the_lesson_list_and_the_register_show_tags_as_written(tagged_ui: UI) -> None:
    ui = tagged_ui
    ui.open_register()
    ui.idle()
    problems = shown_as_html(ui.window)
    for view in ui.window.findChildren(QAbstractItemView):
        if view.model() is not None:
            problems += raw_tips(view.model())
    # The data did reach the screen (else this test would prove nothing).
    names = [row.display_name for row in ui.model.rows]
    assert any("<b>Eve</b>" in name for name in names), names
    assert problems == [], "\n".join(problems)


def test_reports_show_tags_as_written(tagged_ui: UI, qtbot: QtBot) -> None:
    from attendance_desktop.ui.reports_window import ReportsWindow

    ui = tagged_ui
    ui.open_register()
    ui.idle()
    reports = ReportsWindow(None, ui.operations, zone=ui.window.zone)
    qtbot.addWidget(reports)
    reports.resize(1366, 768)
    reports.show()
    ui.idle()
    problems = shown_as_html(reports)
    for view in reports.findChildren(QAbstractItemView):
        if view.model() is not None:
            problems += raw_tips(view.model())
    reports.close()
    assert problems == [], "\n".join(problems)


def test_the_checks_find_html(qtbot: QtBot) -> None:
    """Negative control: an AutoText label and a raw tooltip holding a tag are found."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    box = QWidget()
    qtbot.addWidget(box)
    QLabel("<b>Eve</b>", box)
    plain = QLabel("<b>Eve</b>", box)
    plain.setTextFormat(Qt.TextFormat.PlainText)
    assert len(shown_as_html(box)) == 1
    model = QStandardItemModel(1, 1)
    item = QStandardItem("Eve")
    item.setToolTip("<b>Eve</b>")
    model.setItem(0, 0, item)
    assert len(raw_tips(model)) == 1
