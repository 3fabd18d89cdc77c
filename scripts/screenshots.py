"""Render the screenshots in docs/screenshots/ from the demo school, without a display.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--language de]

Uses Qt's offscreen platform and ``QWidget.grab()``, a throwaway database in a
temporary folder, a fixed day (a Tuesday in term) and a fixed clock, so the
pictures only change when the app does.  ``--language`` renders the app in one
of its languages (default English, into ``--out``; any other into
``--out/<language>/``), with that language's usual locale whatever the machine's
(dates, times).  Marks are made by meaning (absent, late), not by letter: each
language has its own keys.
"""

from __future__ import annotations

import argparse
import logging
import os
import socket
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
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
#: The locale each language's pictures are made in (dates, times, numbers).
LOCALES = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}


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
    parser.add_argument(
        "--language",
        choices=sorted(LOCALES),
        default="en",
        help="the app's language in the pictures (default: en)",
    )
    args = parser.parse_args(argv)
    out = args.out if args.language == "en" else args.out / args.language
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QLocale

    from attendance_desktop import i18n

    # Before anything is translated: the first translate() would load the machine's language.
    i18n.install(args.language, system=QLocale(LOCALES[args.language]))

    logging.getLogger("attendance").setLevel(logging.ERROR)  # the offline scene logs on purpose
    # Changes record the computer they came from: the pictures show a classroom PC's
    # name, not the name of whatever machine renders them (before the app is imported).
    socket.gethostname = lambda: "ROOM-E12-PC"
    with tempfile.TemporaryDirectory(prefix="attendance-screens-") as scratch:
        os.environ["ATTENDANCE_DESKTOP_HOME"] = str(Path(scratch) / "home")
        return _render(Path(scratch), out)


def _render(scratch: Path, out: Path) -> int:
    from attendance_desktop import errors
    from attendance_desktop.db.engine import create_app_engine, sqlite_url
    from attendance_desktop.db.migrate import upgrade
    from attendance_desktop.db.models import ClassSession
    from attendance_desktop.db.work import Database
    from attendance_desktop.demo import load_demo_school
    from attendance_desktop.i18n import translate
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
    app.setApplicationDisplayName(translate("Window", "Attendance register"))
    operations = Operations(Database(engine))
    clock = {"now": NOW}
    window = MainWindow(
        operations,
        Settings(teacher_id=teacher_id),
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
    absent = by_category(codes, "absent")
    rows = window.register_model.rows
    for number in (3, 11):
        window.controller.choose(number, absent)
    window.controller.mark_all_present()
    settle(operations)
    clock["now"] = NOW + timedelta(minutes=9)
    view.go_to(11)
    QTest.keyClick(view, key_of(by_category(codes, "present")))
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

    # The words db.engine uses for a server that does not answer.
    box = show_known_error(
        window,
        errors.DatabaseUnreachable(
            translate("Database", "Cannot reach the attendance database server ({server}).").format(
                server="postgresql://teacher@db.school:5432/attendance"
            ),
            hint=translate(
                "Database",
                "Check the network cable or Wi-Fi, and that the server is running. "
                "Details: {details}",
            ).format(details="timeout expired"),
        ),
    )
    box.adjustSize()
    save(box, out / "error-dialog.png")
    box.close()

    from attendance_desktop.ui.about_dialog import AboutDialog
    from attendance_desktop.ui.new_lesson_dialog import open_new_lesson_dialog

    about = AboutDialog(window, operations)
    about.show()
    settle(operations)
    save(about, out / "about.png")
    about.close()

    lesson = open_new_lesson_dialog(
        window,
        operations,
        teacher_id=teacher_id,
        day=DAY,
        zone=ZONE,
        clock=lambda: clock["now"],
        on_created=lambda *_: None,
    )
    settle(operations)
    QTest.keyClick(lesson.filter_edit, Qt.Key.Key_Down)
    settle(operations)
    save(lesson, out / "new-lesson.png")
    lesson.reject()

    _render_conflict(scratch, window, operations, out)
    _render_offline(engine, window, operations, out)

    window.close()
    operations.wait_for_done()
    engine.dispose()
    return 0


def by_category(codes: Any, category: str) -> Any:
    """The school's first code meaning ``category`` (each language has its own letters:
    German's Absent is F, its A is Present)."""
    return next(c for c in codes.codes if c.category == category)


def key_of(code: Any) -> Qt.Key:
    """The key a teacher presses for ``code``."""
    return Qt.Key(ord(code.shortcut.upper()))


def wait_for(condition: object, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _render_conflict(scratch: Path, window: object, operations: object, out: Path) -> None:
    """Two other computers wrote to the register while the teacher was marking: the
    office excused one student and signed another in late (both marked Absent here at
    the same time: conflicts), a colleague added a note to a third (merged).  Then the
    first conflict's history, once settled."""
    from sqlalchemy import update

    from attendance_desktop.db.engine import create_app_engine, sqlite_url
    from attendance_desktop.db.models import AttendanceChange
    from attendance_desktop.db.repository import Actor, mark

    w: Any = window
    view = w.register_view
    model = w.register_model
    codes = model.codes
    settle(operations)
    wait_for(w.live_ready)
    settle(operations)
    other = create_app_engine(sqlite_url(scratch / "demo.sqlite3"))
    office = Actor("Mrs Patel (office)", "OFFICE-PC")
    rows = model.rows
    excused, late, absent = (by_category(codes, c) for c in ("excused", "late", "absent"))
    with Session(other) as session:
        mark(
            session,
            rows[6].attendance_id,
            {"code_id": excused.id, "check_in_time": None},
            actor=office,
        )
        mark(
            session,
            rows[9].attendance_id,
            {"code_id": late.id, "check_in_time": NOW + timedelta(minutes=6)},
            actor=office,
        )
        mark(
            session,
            rows[8].attendance_id,
            {"note": "Dentist 10:30, back after lunch"},
            actor=Actor("Mr Okafor", "ROOM-B4"),
        )
        session.commit()
    # The change log says when; pin it to the picture's clock (two minutes ago) so
    # the screenshot does not change with the time of day it was made.
    with other.begin() as conn:
        conn.execute(
            update(AttendanceChange)
            .where(AttendanceChange.changed_on.in_(["OFFICE-PC", "ROOM-B4"]))
            .values(changed_at=NOW + timedelta(minutes=1))
        )
    other.dispose()
    # The teacher marks before this PC has heard of any of it.
    for number, code in ((6, absent), (9, absent), (8, late)):
        view.go_to(number)
        QTest.keyClick(view, key_of(code))
    settle(operations)
    wait_for(lambda: w.writer.unsaved() == 0 and len(w.writer.conflicts) == 2)
    view.go_to(6)
    save(w, out / "conflict.png")
    keep, take = list(w.writer.conflicts)
    w.controller.keep_mine(keep)  # Absent after all: the office had the wrong student
    w.controller.take_theirs(take)
    settle(operations)
    # The change log says when each change was made: on the picture's clock, a minute apart.
    with Session(w.operations.engine) as session, session.begin():
        for change in session.scalars(
            select(AttendanceChange).where(AttendanceChange.attendance_id == rows[6].attendance_id)
        ):
            change.changed_at = NOW + timedelta(minutes=change.version - 2)
    dialog = view.show_history(6)
    settle(operations)
    save(dialog, out / "history.png")
    dialog.close()


def _render_offline(engine: Any, window: object, operations: object, out: Path) -> None:
    """The server (here: the file) can't be reached; three marks wait on this computer."""
    import sqlite3

    from sqlalchemy import event
    from sqlalchemy import exc as sa_exc

    w: Any = window
    view = w.register_view
    codes = w.register_model.codes
    absent, late = by_category(codes, "absent"), by_category(codes, "late")

    def unreachable(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        raise sa_exc.OperationalError(
            statement, {}, sqlite3.OperationalError("unable to open database file")
        )

    event.listen(engine, "before_cursor_execute", unreachable)
    try:
        for number, code in ((15, absent), (16, late), (17, absent)):
            view.go_to(number)
            QTest.keyClick(view, key_of(code))
        wait_for(lambda: w.writer.waiting() == 3 and w.operations.pending == 0)
        view.go_to(18)
        w.statusBar().clearMessage()
        save(w, out / "offline.png")
    finally:
        event.remove(engine, "before_cursor_execute", unreachable)
    wait_for(lambda: w.writer.waiting() == 0, seconds=30)
    settle(operations)


if __name__ == "__main__":
    raise SystemExit(main())
