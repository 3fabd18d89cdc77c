"""Render the screenshots in docs/screenshots/ from the demo school, without a display.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Uses Qt's offscreen platform and ``QWidget.grab()``, a throwaway database in a
temporary folder, a fixed day (a Tuesday in term) and a fixed clock, so the
pictures only change when the app does.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select
from sqlalchemy.orm import Session

DAY = date(2026, 11, 24)
ZONE = ZoneInfo("Europe/London")
#: Two minutes into the afternoon lesson.
NOW = datetime(2026, 11, 24, 13, 42, tzinfo=ZONE)
SIZE = (1366, 760)


def settle(operations: object, seconds: float = 20.0) -> None:
    """Process events until the worker has nothing left to do."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if operations.pending == 0:  # type: ignore[attr-defined]
            QCoreApplication.processEvents()
            return
        time.sleep(0.01)
    raise TimeoutError("the database work did not finish")


def save(widget: QWidget, path: Path) -> None:
    QCoreApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="attendance-screens-") as scratch:
        os.environ["ATTENDANCE_DESKTOP_HOME"] = str(Path(scratch) / "home")
        return _render(Path(scratch), args.out)


def _render(scratch: Path, out: Path) -> int:
    from attendance_desktop import errors
    from attendance_desktop.db.engine import create_app_engine, sqlite_url
    from attendance_desktop.db.migrate import upgrade
    from attendance_desktop.db.models import ClassSession
    from attendance_desktop.demo import load_demo_school
    from attendance_desktop.rules import day_bounds
    from attendance_desktop.settings import Settings
    from attendance_desktop.ui.error_dialogs import show_known_error
    from attendance_desktop.ui.main_window import MainWindow
    from attendance_desktop.ui.operations import Operations

    engine = create_app_engine(sqlite_url(scratch / "demo.sqlite3"))
    upgrade(engine)
    start, end = day_bounds(DAY, ZONE)
    with Session(engine) as session, session.begin():
        load_demo_school(session, today=DAY, tz=ZONE)
        teacher_id = session.execute(
            select(ClassSession.teacher_id)
            .where(ClassSession.start_time >= start, ClassSession.start_time < end)
            .group_by(ClassSession.teacher_id)
            .order_by(func.count().desc(), ClassSession.teacher_id)
            .limit(1)
        ).scalar_one()

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationDisplayName("Attendance register")
    operations = Operations(engine)
    clock = {"now": NOW}
    window = MainWindow(
        operations,
        Settings(teacher_id=teacher_id, time_zone="Europe/London"),
        clock=lambda: clock["now"],
        zone=ZONE,
        keep_settings=False,
    )
    window.resize(*SIZE)
    window.show()
    settle(operations)
    save(window, out / "main-window.png")

    # Start the lesson that is on now and take the register: most arrive on time,
    # two are absent, one arrives after the grace period, one note.
    view = window.register_view
    window.sessions_view.setFocus()
    QTest.keyClick(window.sessions_view, Qt.Key.Key_Return)
    settle(operations)
    codes = window.register_model.codes
    absent = codes.for_key("A")
    assert absent is not None
    rows = window.register_model.rows
    for number in (3, 11):
        window.controller.choose(number, absent)
    window.controller.mark_all_present()
    settle(operations)
    clock["now"] = NOW + timedelta(minutes=9)
    view.go_to(11)
    QTest.keyClick(view, Qt.Key.Key_P)
    window.controller.set_note(11, "Bus was late")
    settle(operations)
    # One mark still on its way, to show the saving state.
    view.go_to(5)
    window.controller.cycle(5)
    view.go_to(min(14, len(rows) - 1))
    save(window, out / "register.png")
    settle(operations)

    try:
        from attendance_desktop.ui.settings_dialog import SettingsDialog
    except ImportError:
        print("settings dialog not available yet: skipped settings.png")
    else:
        from PySide6.QtWidgets import QTabWidget

        dialog = SettingsDialog(window, operations, window.settings)
        tabs = dialog.findChild(QTabWidget)
        if tabs is not None and tabs.count() > 1:
            tabs.setCurrentIndex(1)  # the attendance codes: more to see than a file path
        dialog.show()
        settle(operations)
        save(dialog, out / "settings.png")
        dialog.close()

    box = show_known_error(
        window,
        errors.DatabaseUnreachable(
            "Cannot reach the attendance database server (postgresql://teacher@db.school:5432/"
            "attendance).",
            hint="Check the network cable or Wi-Fi, and that the server is running. "
            "Your marks are kept and retried automatically.",
        ),
    )
    box.adjustSize()
    save(box, out / "error-dialog.png")
    box.close()

    window.close()
    operations.wait_for_done()
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
