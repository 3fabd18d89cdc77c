"""Starting the GUI: excepthook -> logging -> the app's window, painted -> database
(open, migrate only if needed) -> first run / "who are you?" -> the register in the window.

The window is painted before SQLAlchemy is imported: a teacher sees the app at
once, saying what it is doing.  The stored schema revision is compared with the
head without Alembic (``db/revision.py``); Alembic is imported only when a
migration is pending.  From the first-run checks on, every query goes through
``Operations`` on its worker thread, waiting in a local event loop.

``--demo`` runs on a throwaway SQLite file in a temporary folder with the demo
school loaded; the folder is deleted on exit and no setting is written.

Set ``ATTENDANCE_STARTUP_PROBE`` to a file path and the app appends, as JSON
lines, when its window was first painted and when today's lessons were listed,
then quits (``bench/startup.py`` measures start-up with it).
"""

from __future__ import annotations

import gc
import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QProgressDialog

from attendance_desktop import APP_NAME, errors, rules, settings
from attendance_desktop.log import setup_logging
from attendance_desktop.ui.app_window import UI_KEY, AppWindow, decode

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session

    from attendance_desktop.ui.main_window import MainWindow

log = logging.getLogger("attendance.app")

T = TypeVar("T")

#: Exit status when the app stopped on a bug at start-up.
EXIT_BUG = 70

#: Environment variable naming the file start-up timings are written to (benchmarks).
PROBE_ENV = "ATTENDANCE_STARTUP_PROBE"


#: The system libraries Qt's X11 platform plugin loads, and the Debian/Ubuntu packages
#: that hold them.  Without them Qt aborts (status 134) with its reason only in the log.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

#: Exit status when the window cannot be opened for want of a system library.
EXIT_MISSING_LIBRARY = 3


def missing_system_libraries(
    loader: Callable[[str], object] | None = None, environ: dict[str, str] | None = None
) -> list[str]:
    """The packages to install before Qt can open a window on X11 (empty: none missing).

    Checked only where Qt would use its xcb plugin: Linux, no other platform asked for,
    no Wayland session."""
    import ctypes

    environ = dict(os.environ) if environ is None else environ
    platform = environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or (platform and not platform.startswith("xcb")):
        return []
    if not platform and environ.get("WAYLAND_DISPLAY"):
        return []
    load = loader or ctypes.CDLL
    missing = []
    for library, package in XCB_LIBRARIES.items():
        try:
            load(library)
        except OSError:
            missing.append(package)
    return missing


def run_gui(database: str | None, demo: bool, verbose: bool) -> int:
    """Run the register until the window closes; returns the exit status."""
    from attendance_desktop.ui.error_dialogs import install_excepthook

    missing = missing_system_libraries()
    if missing:
        print(
            f"{APP_NAME}: cannot open a window: system libraries that Qt needs on X11 are "
            f"missing.\nOn Debian or Ubuntu, install them with:\n"
            f"    sudo apt install {' '.join(missing)}",
            file=sys.stderr,
        )
        logging.getLogger("attendance.app").error("Missing system libraries: %s", missing)
        return EXIT_MISSING_LIBRARY

    hook = install_excepthook()
    try:
        try:
            setup_logging(verbose=verbose, console=verbose)
        except OSError as exc:
            print(f"{APP_NAME}: cannot write the log file: {exc}", file=sys.stderr)
        app = _application()
        user_settings = settings.load()
        frame = AppWindow(_remembered_geometry(user_settings))
        probe = _Probe.from_environment(frame)
        frame.show()
        _wait_for_paint(frame)
        try:
            with tempfile.TemporaryDirectory(prefix=f"{APP_NAME}-demo-") as scratch:
                return _run(
                    app,
                    frame,
                    user_settings,
                    database=database,
                    demo_dir=Path(scratch) if demo else None,
                    probe=probe,
                )
        finally:
            # Delete the window and the register in it now, in order, rather than
            # whenever the garbage collector reaches their signal connections.
            frame.main_window = None
            frame.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            # Qt objects left in reference cycles (signal connections to lambdas) are
            # freed here, on this thread: a collection that happened to run later on a
            # worker thread would delete them there, which crashes.
            gc.collect()
    finally:
        hook.uninstall()


def _application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Attendance register")
    app.setDesktopFileName(APP_NAME)  # Wayland/X11 match the window to the .desktop entry
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """Every size of the app's icon (PNG files; no SVG rendering at start-up)."""
    from attendance_desktop.resources import ICON_SIZES, app_icon_path

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(app_icon_path(size)))
    return icon


def _remembered_geometry(user_settings: settings.Settings) -> QByteArray | None:
    state = user_settings.ui.get(UI_KEY)
    return decode(state.get("geometry")) if isinstance(state, dict) else None


def _wait_for_paint(frame: AppWindow, timeout_s: float = 0.5) -> None:
    """Let the window paint before the slow imports (bounded: a hidden desktop never paints)."""
    deadline = time.monotonic() + timeout_s
    while not frame.painted and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def _show_status(frame: AppWindow, text: str) -> None:
    frame.show_status(text)
    frame.message.repaint()


class _Probe:
    """Start-up timings for ``bench/startup.py``: appended to a file as JSON lines."""

    def __init__(self, path: Path, frame: AppWindow) -> None:
        self.path = path
        frame.firstPainted.connect(self._painted)

    @classmethod
    def from_environment(cls, frame: AppWindow) -> _Probe | None:
        target = os.environ.get(PROBE_ENV)
        return cls(Path(target), frame) if target else None

    def write(self, event: str, **extra: Any) -> None:
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps({"event": event, "time": time.time(), **extra}) + "\n")

    def _painted(self) -> None:
        self.write(
            "painted",
            sqlalchemy_imported="sqlalchemy" in sys.modules,
            alembic_imported="alembic" in sys.modules,
        )

    def watch(self, window: MainWindow, frame: AppWindow) -> None:
        """Write "usable" once today's lessons are listed, then quit."""

        def listed() -> None:
            window.sessions_model.modelReset.disconnect(listed)
            self.write(
                "usable",
                lessons=window.sessions_model.rowCount(),
                alembic_imported="alembic" in sys.modules,
            )
            QTimer.singleShot(0, frame.close)

        window.sessions_model.modelReset.connect(listed)


def _run(
    app: QApplication,
    frame: AppWindow,
    user_settings: settings.Settings,
    *,
    database: str | None,
    demo_dir: Path | None,
    probe: _Probe | None = None,
) -> int:
    from attendance_desktop.ui.error_dialogs import show_known_error

    engine: Engine | None = None
    try:
        from attendance_desktop.db import engine as db_engine

        url = _database_url(database, user_settings, demo_dir)
        log.info("Starting on %s", db_engine.describe(url))
        engine = db_engine.create_app_engine(url)
        _migrate_if_needed(frame, engine)
        return _run_window(app, frame, engine, user_settings, demo_dir=demo_dir, probe=probe)
    except errors.KnownError as exc:
        log.warning("Cannot start: %s", exc)
        _show_status(frame, "The register could not be opened.")
        box = show_known_error(frame, exc)
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


def _migrate_if_needed(frame: AppWindow, engine: Engine) -> None:
    """Alembic only when the stored revision is not this version's head."""
    from attendance_desktop.db import engine as db_engine
    from attendance_desktop.db import revision

    with db_engine.plain_errors(engine.url):
        if revision.at_head(engine):
            return
    _show_status(
        frame,
        "Upgrading the database to this version of the app…\n"
        "(Other computers starting now wait until it is done.)",
    )
    from attendance_desktop.db import migrate

    result = migrate.upgrade(engine)
    if result.backup:
        log.info("Backed up the database to %s before upgrading it", result.backup)
    _show_status(frame, "Opening the register…")


def _database_url(
    database: str | None, user_settings: settings.Settings, demo_dir: Path | None
) -> URL:
    from attendance_desktop.db import engine as db_engine

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
        deadline=None,  # start-up work (the demo school, a first check) may take a while
    )
    while not outcome:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]  # type: ignore[no-any-return]


def _has_students(session: Session) -> bool:
    from sqlalchemy import select

    from attendance_desktop.db.models import Student

    return session.scalar(select(Student.id).limit(1)) is not None


def _busiest_teacher(session: Session, start: Any, end: Any) -> int | None:
    """The teacher with the most lessons in [start, end) (who the demo signs in as)."""
    from sqlalchemy import func, select

    from attendance_desktop.db.models import ClassSession

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
    app: QApplication,
    frame: AppWindow,
    engine: Engine,
    user_settings: settings.Settings,
    *,
    demo_dir: Path | None,
    probe: _Probe | None = None,
) -> int:
    from attendance_desktop.db.work import Database
    from attendance_desktop.lessons import teachers
    from attendance_desktop.outbox import OUTBOX_FILE_NAME, Outbox
    from attendance_desktop.school import school_zone
    from attendance_desktop.ui.main_window import MainWindow
    from attendance_desktop.ui.operations import Operations

    demo = demo_dir is not None
    operations = Operations(Database(engine))
    try:
        # The school's zone, from its database: every PC shows the same day.
        zone = run_and_wait(operations, school_zone)
        today = rules.local_day(rules.system_clock(), zone)
        if demo:
            _load_demo(operations, today)
            start, end = rules.day_bounds(today, zone)
            user_settings.teacher_id = run_and_wait(
                operations, lambda s: _busiest_teacher(s, start, end)
            )
        else:
            if not run_and_wait(operations, _has_students) and not _first_run(
                frame, operations, user_settings, today
            ):
                return 0
            known = run_and_wait(operations, teachers)
            if known and user_settings.teacher_id not in {tid for tid, _ in known}:
                _pick_teacher(frame, user_settings, known)

        # Marks kept while the server is away go to the user's data folder (sent at the
        # next start if need be); the demo keeps even those in its throwaway folder.
        outbox = Outbox(engine, demo_dir / OUTBOX_FILE_NAME) if demo_dir is not None else None
        window = MainWindow(
            operations, user_settings, zone=zone, demo=demo, outbox=outbox, parent=frame
        )
        if probe is not None:
            probe.watch(window, frame)
        frame.set_main_window(window)
        return int(app.exec())
    finally:
        operations.wait_for_done()


def _first_run(
    frame: AppWindow, operations: Any, user_settings: settings.Settings, today: date
) -> bool:
    """The welcome dialog on an empty database; False when the app should stop.

    An import that was cancelled (or refused for problems) brings the welcome
    back: the register never opens on an empty school by accident.
    """
    from attendance_desktop.ui.first_run import FirstRunChoice, FirstRunDialog

    while True:
        dialog = FirstRunDialog(frame)
        dialog.exec()
        if dialog.choice == FirstRunChoice.IMPORT_ROSTER:
            if _import_roster(operations):
                return True
            continue
        if dialog.choice == FirstRunChoice.DEMO_SCHOOL:
            _load_demo(operations, today)
        elif dialog.choice == FirstRunChoice.OPEN_SETTINGS:
            return _open_settings(frame, operations, user_settings)
        return True


def _import_roster(operations: Any) -> bool:
    """The import preview on its own; True once a roster with students is in."""
    from attendance_desktop.school import school_zone
    from attendance_desktop.ui.import_dialog import ImportRosterDialog

    zone = run_and_wait(operations, school_zone)
    dialog = ImportRosterDialog(None, operations, zone=zone)
    imported: list[object] = []
    dialog.imported.connect(imported.append)
    dialog.exec()
    return bool(imported) and run_and_wait(operations, _has_students)


def _open_settings(frame: AppWindow, operations: Any, user_settings: settings.Settings) -> bool:
    from PySide6.QtWidgets import QMessageBox

    from attendance_desktop.ui.settings_dialog import SettingsDialog

    editor = SettingsDialog(frame, operations, user_settings)
    if editor.exec():
        settings.save(editor.accepted_settings())
        QMessageBox.information(
            frame,
            "Settings saved",
            "Start attendance-desktop again to use the new database.",
        )
        return False
    return True


def _pick_teacher(
    frame: AppWindow, user_settings: settings.Settings, known: list[tuple[int, str]]
) -> None:
    """Ask "who are you?" once; the answer is remembered in the settings file."""
    from attendance_desktop.ui.teacher_picker import TeacherPickerDialog

    dialog = TeacherPickerDialog(frame, known, current_id=user_settings.teacher_id)
    if dialog.exec():
        chosen = dialog.selected_teacher_id()
        if chosen is not None:
            user_settings.teacher_id = chosen
            stored = settings.load()
            stored.teacher_id = chosen
            settings.save(stored)
