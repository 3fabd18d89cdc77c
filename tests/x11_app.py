"""The app on a real X server, for tests/x11_support.py (run as a child process).

    python tests/x11_app.py DATABASE STATE_JSON TEACHER_ID [--reports] [--size=WxH] [--now=ISO]

The window is the app's own (``AppWindow`` holding ``MainWindow``), on a SQLite
file the test prepared, with a clock fixed one minute into the lesson.  Every
100 ms it writes what is on the screen to STATE_JSON (atomically): the rows with
their marks and where their status cells are on the screen, the buttons, the
windows and dialogs open and their frames, and the screen's available geometry.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget

from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.db.work import Database
from attendance_desktop.outbox import Outbox
from attendance_desktop.settings import Settings
from attendance_desktop.ui.app_window import AppWindow
from attendance_desktop.ui.main_window import MainWindow
from attendance_desktop.ui.operations import Operations
from attendance_desktop.ui.register_model import COL_STATUS

START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def _rect(widget: QWidget) -> list[int]:
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def _frame(widget: QWidget) -> list[int]:
    frame = widget.frameGeometry()
    return [frame.x(), frame.y(), frame.width(), frame.height()]


def _state(app: QApplication, frame: AppWindow, window: MainWindow) -> dict[str, Any]:
    view = window.register_view
    model = window.register_model
    viewport = view.viewport()
    rows = []
    for number, row in enumerate(model.rows):
        code = model.codes.get(row.code_id)
        cell = view.visualRect(model.index(number, COL_STATUS))
        centre = viewport.mapToGlobal(cell.center())
        visible = viewport.rect().contains(cell.center())
        rows.append(
            {
                "name": row.display_name,
                "code": code.code if code else None,
                "status_centre": [centre.x(), centre.y()],
                "visible": visible and view.isVisible(),
            }
        )
    panel = window.register_panel
    buttons = {}
    for name, button in (
        ("start", panel.start_button),
        ("close", panel.close_button),
        ("reopen", panel.reopen_button),
    ):
        centre = button.mapToGlobal(button.rect().center())
        buttons[name] = {"visible": button.isVisible(), "centre": [centre.x(), centre.y()]}
    dialogs = []
    for widget in app.topLevelWidgets():
        if widget.isVisible() and isinstance(widget, QDialog):
            texts = [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisible()]
            dialogs.append(
                {
                    "title": widget.windowTitle(),
                    "text": widget.text() if isinstance(widget, QMessageBox) else "",
                    "buttons": texts,
                    "frame": _frame(widget),
                }
            )
    windows = [
        {"title": w.windowTitle(), "frame": _frame(w), "class": type(w).__name__}
        for w in app.topLevelWidgets()
        if w.isVisible() and w.isWindow()
    ]
    screen = frame.screen().availableGeometry()
    lesson = window.controller.lesson
    return {
        "lesson_status": lesson.status if lesson else None,
        "loading": window.controller.loading,
        "rows": rows,
        "view": _rect(view),
        "buttons": buttons,
        "dialogs": dialogs,
        "windows": windows,
        "frame": _frame(frame),
        "status_bar": _rect(window.statusBar()),
        "status_visible": window.statusBar().isVisible(),
        "available": [screen.x(), screen.y(), screen.width(), screen.height()],
        "unsaved": window.writer.unsaved(),
        "focus": type(app.focusWidget()).__name__ if app.focusWidget() else None,
    }


def main() -> int:
    database, state_path, teacher = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    app = QApplication([sys.argv[0]])
    engine = create_app_engine(sqlite_url(database))
    operations = Operations(Database(engine))
    frame = AppWindow()
    frame.show()
    now = START + timedelta(minutes=1)
    for argument in sys.argv[4:]:
        if argument.startswith("--now="):
            now = datetime.fromisoformat(argument.removeprefix("--now="))
    window = MainWindow(
        operations,
        Settings(teacher_id=teacher),
        clock=lambda: now,
        zone=UTC,
        keep_settings=False,
        live=False,
        outbox=Outbox(engine, database.with_suffix(".outbox")),
        parent=frame,
    )
    frame.set_main_window(window)
    for argument in sys.argv[4:]:
        if argument.startswith("--size="):  # the size a teacher dragged the window to
            width, height = argument.removeprefix("--size=").split("x")
            frame.resize(int(width), int(height))
    if "--reports" in sys.argv:
        window.open_reports()

    def write() -> None:
        text = json.dumps(_state(app, frame, window))
        scratch = state_path.with_suffix(".tmp")
        scratch.write_text(text, encoding="utf-8")
        os.replace(scratch, state_path)

    timer = QTimer()
    timer.timeout.connect(write)
    timer.start(100)
    status = app.exec()
    operations.wait_for_done()
    engine.dispose()
    return int(status)


if __name__ == "__main__":
    sys.exit(main())
