"""Starting the GUI: excepthook -> logging -> database (open + migrate) -> QApplication ->
first run / "who are you?" -> the main window.

The database is opened and migrated before any window exists (nothing can
freeze yet).  From then on every query goes through ``Operations`` on its worker
thread, including the first-run checks, which wait in a local event loop.

``--demo`` runs on a throwaway SQLite file in a temporary folder with the demo
school loaded; the folder is deleted on exit and no setting is written.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from attendance_desktop import APP_NAME, errors, rules, settings
from attendance_desktop.db import engine as db_engine
from attendance_desktop.db import migrate
from attendance_desktop.db.models import ClassSession, Student
from attendance_desktop.log import setup_logging

log = logging.getLogger("attendance.app")

T = TypeVar("T")

#: Exit status when the app stopped on a bug at start-up.
EXIT_BUG = 70


def run_gui(database: str | None, demo: bool, verbose: bool) -> int:
    """Run the register until the window closes; returns the exit status."""
    from attendance_desktop.ui.error_dialogs import install_excepthook

    hook = install_excepthook()
    try:
        try:
            setup_logging(verbose=verbose, console=verbose)
        except OSError as exc:
            print(f"{APP_NAME}: cannot write the log file: {exc}", file=sys.stderr)
        app = _application()
        with tempfile.TemporaryDirectory(prefix=f"{APP_NAME}-demo-") as scratch:
            return _run(app, database=database, demo_dir=Path(scratch) if demo else None)
    finally:
        hook.uninstall()


def _application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Attendance register")
    return app


def _run(app: QApplication, *, database: str | None, demo_dir: Path | None) -> int:
    from attendance_desktop.ui.error_dialogs import show_known_error

    user_settings = settings.load()
    engine: Engine | None = None
    try:
        url = _database_url(database, user_settings, demo_dir)
        log.info("Starting on %s", db_engine.describe(url))
        engine = db_engine.create_app_engine(url)
        result = migrate.upgrade(engine)
        if result.backup:
            log.info("Backed up the database to %s before upgrading it", result.backup)
        return _run_window(app, engine, user_settings, demo_dir=demo_dir)
    except errors.KnownError as exc:
        log.warning("Cannot start: %s", exc)
        box = show_known_error(None, exc)
        box.finished.connect(app.quit)
        app.exec()
        return exc.exit_code
    except Exception:
        sys.excepthook(*sys.exc_info())
        _wait_for_crash_dialog(app)
        return EXIT_BUG
    finally:
        if engine is not None:
            engine.dispose()


def _database_url(
    database: str | None, user_settings: settings.Settings, demo_dir: Path | None
) -> URL:
    if demo_dir is not None:
        return db_engine.sqlite_url(demo_dir / "demo.sqlite3")
    return db_engine.resolve_url(database, settings_url=user_settings.database_url())


def _wait_for_crash_dialog(app: QApplication) -> None:
    from attendance_desktop.ui import error_dialogs

    hook = error_dialogs._installed
    dialog = hook.dialog if hook is not None else None
    if dialog is not None and dialog.isVisible():
        dialog.finished.connect(app.quit)
        app.exec()


def run_and_wait(operations: Any, work: Callable[[Session], T]) -> T:
    """Run ``work`` on the worker and wait for it, handling events (start-up only).

    Events are processed by hand rather than in a ``QEventLoop``: a nested loop
    returns at once if the application was told to quit before ``exec()`` runs.
    """
    outcome: dict[str, Any] = {}
    operations.run(
        work,
        lambda result: outcome.update(result=result),
        lambda error: outcome.update(error=error),
    )
    while not outcome:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]  # type: ignore[no-any-return]


def _has_students(session: Session) -> bool:
    return session.scalar(select(Student.id).limit(1)) is not None


def _busiest_teacher(session: Session, start: Any, end: Any) -> int | None:
    """The teacher with the most lessons in [start, end) (who the demo signs in as)."""
    found = session.execute(
        select(ClassSession.teacher_id, func.count().label("n"))
        .where(ClassSession.start_time >= start, ClassSession.start_time < end)
        .group_by(ClassSession.teacher_id)
        .order_by(func.count().desc(), ClassSession.teacher_id)
        .limit(1)
    ).first()
    return int(found[0]) if found else None


def _load_demo(operations: Any, today: date) -> None:
    from attendance_desktop.demo import load_demo_school

    progress = QProgressDialog("Loading the demo school…", "", 0, 0)
    progress.setWindowTitle("Attendance register")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(300)
    try:
        summary = run_and_wait(operations, lambda s: load_demo_school(s, today=today))
    finally:
        progress.close()
    log.info("Loaded the demo school: %s", summary)


def _run_window(
    app: QApplication, engine: Engine, user_settings: settings.Settings, *, demo_dir: Path | None
) -> int:
    from attendance_desktop.outbox import OUTBOX_FILE_NAME, Outbox
    from attendance_desktop.ui.main_window import MainWindow
    from attendance_desktop.ui.operations import Operations
    from attendance_desktop.ui.sessions_model import teachers

    demo = demo_dir is not None
    operations = Operations(engine)
    zone = rules.local_zone(user_settings.time_zone)
    today = rules.local_day(rules.system_clock(), zone)
    try:
        if demo:
            _load_demo(operations, today)
            start, end = rules.day_bounds(today, zone)
            user_settings.teacher_id = run_and_wait(
                operations, lambda s: _busiest_teacher(s, start, end)
            )
        else:
            if not run_and_wait(operations, _has_students) and not _first_run(
                operations, user_settings, today
            ):
                return 0
            known = run_and_wait(operations, teachers)
            if known and user_settings.teacher_id not in {tid for tid, _ in known}:
                _pick_teacher(user_settings, known)

        # Marks kept while the server is away go to the user's data folder (sent at the
        # next start if need be); the demo keeps even those in its throwaway folder.
        outbox = Outbox(engine, demo_dir / OUTBOX_FILE_NAME) if demo_dir is not None else None
        window = MainWindow(operations, user_settings, zone=zone, demo=demo, outbox=outbox)
        window.show()
        return int(app.exec())
    finally:
        operations.wait_for_done()


def _first_run(operations: Any, user_settings: settings.Settings, today: date) -> bool:
    """The welcome dialog on an empty database; False when the app should stop.

    An import that was cancelled (or refused for problems) brings the welcome
    back: the register never opens on an empty school by accident.
    """
    from attendance_desktop.ui.first_run import FirstRunChoice, FirstRunDialog

    while True:
        dialog = FirstRunDialog(None)
        dialog.exec()
        if dialog.choice == FirstRunChoice.IMPORT_ROSTER:
            if _import_roster(operations, user_settings):
                return True
            continue
        if dialog.choice == FirstRunChoice.DEMO_SCHOOL:
            _load_demo(operations, today)
        elif dialog.choice == FirstRunChoice.OPEN_SETTINGS:
            return _open_settings(operations, user_settings)
        return True


def _import_roster(operations: Any, user_settings: settings.Settings) -> bool:
    """The import preview on its own; True once a roster with students is in."""
    from attendance_desktop.ui.import_dialog import ImportRosterDialog

    dialog = ImportRosterDialog(None, operations, zone=rules.local_zone(user_settings.time_zone))
    imported: list[object] = []
    dialog.imported.connect(imported.append)
    dialog.exec()
    return bool(imported) and run_and_wait(operations, _has_students)


def _open_settings(operations: Any, user_settings: settings.Settings) -> bool:
    from PySide6.QtWidgets import QMessageBox

    from attendance_desktop.ui.settings_dialog import SettingsDialog

    editor = SettingsDialog(None, operations, user_settings)
    if editor.exec():
        settings.save(editor.accepted_settings())
        QMessageBox.information(
            None,
            "Settings saved",
            "Start attendance-desktop again to use the new database.",
        )
        return False
    return True


def _pick_teacher(user_settings: settings.Settings, known: list[tuple[int, str]]) -> None:
    """Ask "who are you?" once; the answer is remembered in the settings file."""
    from attendance_desktop.ui.teacher_picker import TeacherPickerDialog

    dialog = TeacherPickerDialog(None, known, current_id=user_settings.teacher_id)
    if dialog.exec():
        chosen = dialog.selected_teacher_id()
        if chosen is not None:
            user_settings.teacher_id = chosen
            stored = settings.load()
            stored.teacher_id = chosen
            settings.save(stored)
