"""Starting the GUI: excepthook -> logging -> the app's window, painted -> database
(sign in on a server, migrate only if needed and allowed) -> first run / "who are
you?" -> the register in the window.

On a shared PostgreSQL server the person signs in as their own login (``sign_in.py``,
``ui/sign_in_dialog.py``): first as the server may already know them (the operating
system's login, or a password remembered on this PC), else with the sign-in dialog.
The window then says who is signed in; File > Sign out, the status bar's button and
a while without input (``Settings.idle_sign_out_minutes``) close the register and
bring the sign-in dialog back in a new window.  The teacher picker ("Who are you?")
is for a single-PC SQLite install, and for the database owner's login.

Only a login that may (the owner, or a member of ``attendance_upgrade``) upgrades
the schema; on any other PC a schema behind this version's is waited for: the
window says so and looks again every ``UPGRADE_POLL_SECONDS``.

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
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QProgressDialog

from attendance_desktop import APP_NAME, errors, i18n, rules, settings
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate
from attendance_desktop.log import setup_logging
from attendance_desktop.ui.app_window import UI_KEY, AppWindow, decode

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session

    from attendance_desktop.sign_in import SignedIn
    from attendance_desktop.ui.idle_sign_out import IdleWatcher
    from attendance_desktop.ui.main_window import MainWindow

log = logging.getLogger("attendance.app")

T = TypeVar("T")

#: Exit status when the app stopped on a bug at start-up.
EXIT_BUG = 70

#: Environment variable naming the file start-up timings are written to (benchmarks).
PROBE_ENV = "ATTENDANCE_STARTUP_PROBE"

#: Seconds between looks at a schema that another PC is to upgrade.
UPGRADE_POLL_SECONDS = 5.0

#: What a PC that may not upgrade says while it waits for one that may.
WAITING_FOR_UPGRADE = QT_TRANSLATE_NOOP(
    "App",
    "The database is being upgraded; this window will continue by itself.\n"
    "(The office's or IT's computer upgrades it; nothing needs doing here.)",
)


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


def run_gui(
    database: str | None, demo: bool, verbose: bool, qt_arguments: Sequence[str] = ()
) -> int:
    """Run the register until the window closes; returns the exit status.

    ``qt_arguments`` go to Qt itself (``-reverse`` lays every window out right to left)."""
    from attendance_desktop.ui.error_dialogs import install_excepthook

    missing = missing_system_libraries()
    if missing:
        packages = " ".join(missing)
        message = translate(
            "App",
            "{app}: cannot open a window: system libraries that Qt needs on X11 are missing.\n"
            "On Debian or Ubuntu, install them with:\n"
            "    sudo apt install {packages}",
        ).format(app=APP_NAME, packages=packages)
        print(message, file=sys.stderr)
        logging.getLogger("attendance.app").error("Missing system libraries: %s", missing)
        return EXIT_MISSING_LIBRARY

    hook = install_excepthook()
    try:
        try:
            setup_logging(verbose=verbose, console=verbose)
        except OSError as exc:
            message = translate("App", "{app}: cannot write the log file: {reason}")
            print(message.format(app=APP_NAME, reason=exc), file=sys.stderr)
        user_settings = settings.load()
        app = _application(user_settings.language, qt_arguments)
        with tempfile.TemporaryDirectory(prefix=f"{APP_NAME}-demo-") as scratch:
            session = _Session(ask=False)
            while True:
                frame = AppWindow(_remembered_geometry(user_settings))
                probe = None if session.ask else _Probe.from_environment(frame)
                frame.show()
                _wait_for_paint(frame)
                try:
                    status = _run(
                        app,
                        frame,
                        user_settings,
                        database=database,
                        demo_dir=Path(scratch) if demo else None,
                        probe=probe,
                        session=session,
                    )
                finally:
                    _dispose(frame)
                if not session.signed_out:
                    return status
                # Signed out: a new window asks who is there (the settings as saved).
                session = _Session(ask=True)
                user_settings = settings.load()
    finally:
        hook.uninstall()


def _dispose(frame: AppWindow) -> None:
    """Delete the window and the register in it now, in order, rather than whenever
    the garbage collector reaches their signal connections."""
    frame.main_window = None
    frame.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Qt objects left in reference cycles (signal connections to lambdas) are freed
    # here, on this thread: a collection that happened to run later on a worker thread
    # would delete them there, which crashes.
    gc.collect()


class _Session:
    """One person's time at the PC, from signing in to quitting or signing out."""

    def __init__(self, *, ask: bool) -> None:
        #: Ask who is there at once (after a sign-out: never sign in by oneself).
        self.ask = ask
        #: The register closed because its person signed out (not a quit).
        self.signed_out = False
        self.person: SignedIn | None = None
        self.idle: IdleWatcher | None = None


def _application(language: str = i18n.SYSTEM, qt_arguments: Sequence[str] = ()) -> QApplication:
    """The application object, speaking ``language`` (the setting; "" the computer's) before
    any window text is made.  Qt lays windows out right to left by itself when the
    translation says so (or with ``-reverse`` among ``qt_arguments``)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication([sys.argv[0], *qt_arguments])
    chosen = i18n.install(language)
    log.info("Language: %s (setting %r); layout %s", chosen, language, app.layoutDirection().name)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(translate("App", "Attendance register"))
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
    session: _Session | None = None,
) -> int:
    from attendance_desktop.ui.error_dialogs import show_known_error

    session = session or _Session(ask=False)
    engine: Engine | None = None
    try:
        from attendance_desktop.db import engine as db_engine

        url = _database_url(database, user_settings, demo_dir)
        log.info("Starting on %s", db_engine.describe(url))
        if db_engine.is_sqlite(url):
            engine = db_engine.create_app_engine(url)
        else:
            engine = _sign_in(frame, url, user_settings, ask=session.ask)
            if engine is None:
                return 0  # "Quit" in the sign-in dialog
        if not _migrate_if_needed(frame, engine):
            return 0  # the window was closed while it waited for an upgrade
        if not db_engine.is_sqlite(engine):
            from attendance_desktop.sign_in import identify

            with db_engine.plain_errors(engine.url):
                session.person = identify(engine)
            log.info("Signed in as %s (%s)", session.person.login, session.person.kind)
        return _run_window(
            app, frame, engine, user_settings, demo_dir=demo_dir, probe=probe, session=session
        )
    except errors.KnownError as exc:
        log.warning("Cannot start: %s", exc)
        _show_status(frame, translate("App", "The register could not be opened."))
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


def _migrate_if_needed(frame: AppWindow, engine: Engine) -> bool:
    """Alembic only when the stored revision is not this version's head, and only if this
    login may upgrade; else wait for one that may.  False: the window was closed while
    it waited."""
    from attendance_desktop.db import engine as db_engine
    from attendance_desktop.db import revision

    with db_engine.plain_errors(engine.url):
        if revision.at_head(engine):
            return True
    from attendance_desktop.sign_in import engine_may_upgrade

    if not engine_may_upgrade(engine):
        return _wait_for_upgrade(frame, engine)
    _show_status(
        frame,
        translate(
            "App",
            "Upgrading the database to this version of the app…\n"
            "(Other computers starting now wait until it is done.)",
        ),
    )
    from attendance_desktop.db import migrate

    result = migrate.upgrade(engine)
    if result.backup:
        log.info("Backed up the database to %s before upgrading it", result.backup)
    _show_status(frame, translate("App", "Opening the register…"))
    return True


def _wait_for_upgrade(frame: AppWindow, engine: Engine) -> bool:
    """Look at the schema every ``UPGRADE_POLL_SECONDS`` until a PC that may has upgraded
    it (PostgreSQL upgrades in one transaction: it is either old or new, never half).
    A schema from a newer version is refused as at any start; False: window closed."""
    from attendance_desktop.db import migrate

    _show_status(frame, translate("App", WAITING_FOR_UPGRADE))
    log.info("The database's schema is behind this version; waiting for an upgrade")
    while True:
        if migrate.schema_state(engine).at_head:
            log.info("The database has been upgraded; going on")
            _show_status(frame, translate("App", "Opening the register…"))
            return True
        if not _pause(frame, UPGRADE_POLL_SECONDS):
            return False


def _pause(frame: AppWindow, seconds: float) -> bool:
    """Handle events for ``seconds`` (the window stays alive); False if it was closed."""
    waking = QTimer()
    waking.setInterval(100)  # WaitForMoreEvents returns at least this often
    waking.start()
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            if not frame.isVisible():
                return False
    finally:
        waking.stop()
    return True


def _sign_in(
    frame: AppWindow, url: URL, user_settings: settings.Settings, *, ask: bool
) -> Engine | None:
    """An engine connected as the person at this PC; None if they chose Quit.

    Unless ``ask``, the server is first tried as configured: the operating system's
    login (peer, GSSAPI/Kerberos, SSPI, where ``pg_hba.conf`` says so) or a password
    remembered on this PC.  Otherwise, or if that is refused, the sign-in dialog."""
    from attendance_desktop import sign_in
    from attendance_desktop.db import engine as db_engine
    from attendance_desktop.db.work import Database
    from attendance_desktop.ui.operations import Operations
    from attendance_desktop.ui.sign_in_dialog import SignInDialog

    login = url.username or user_settings.database.user
    message = ""
    if not ask:
        first = _with_remembered_password(url.set(username=login or None))
        try:
            return _open_as_staff(first)
        except sign_in.SignInRefused as exc:
            log.info("Not signed in by itself (%s); asking", exc.message)
            if first.password:
                message = translate(
                    "App", "The password remembered on this PC was not accepted. {reason}"
                ).format(reason=exc.message)

    def attempt(name: str, password: str, remember: bool) -> Engine:
        engine = _open_as_staff(sign_in.as_login(url, name, password))
        _remember_password(url, name, password if remember else None)
        return engine

    operations = Operations(Database(db_engine.create_app_engine(url)))
    frame.behind_dialog(translate("App", "Sign in to open the register."))
    try:
        dialog = SignInDialog(
            frame,
            server=_server_words(url),
            attempt=attempt,
            run_free=operations.run_free,
            login="" if ask else login or "",  # after a sign-out: the next person's name
            message=message,
        )
        accepted = dialog.exec()
        operations.wait_for_done()
    finally:
        operations.engine.dispose()
        frame.behind_dialog(None)
    if not accepted:
        return None
    engine: Engine = dialog.signed_in
    return engine


def _open_as_staff(url: URL) -> Engine:
    """``sign_in.open_as``, then refuse a login that is no one's (not staff, not IT)."""
    from attendance_desktop import sign_in

    engine = sign_in.open_as(url)
    try:
        sign_in.identify(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _server_words(url: URL) -> str:
    """ "db.school.example:5432 (database “attendance”)"."""
    host = url.host or translate("App", "this computer")
    server = f"{host}:{url.port}" if url.port else host
    return translate("App", "{server} (database \u201c{database}\u201d)").format(
        server=server, database=url.database
    )


def _keyring_entry(url: URL, login: str) -> settings.DatabaseSettings:
    return settings.DatabaseSettings(
        kind="postgresql",
        host=url.host or "",
        port=url.port or 5432,
        database=url.database or "",
        user=login,
    )


def _with_remembered_password(url: URL) -> URL:
    """``url`` with the password remembered on this PC for its login, if any."""
    if url.password or not url.username:
        return url
    remembered = settings.password_for(_keyring_entry(url, url.username))
    return url.set(password=remembered) if remembered else url


def _remember_password(url: URL, login: str, password: str | None) -> None:
    """Keep the password in the keyring ("Remember on this PC"), or forget any kept one.

    Runs on the sign-in worker (a keyring may be slow).  A PC without a keyring
    remembers nothing; the person signs in next time."""
    from keyring.errors import KeyringError

    entry = _keyring_entry(url, login)
    if password is None:
        settings.forget_password(entry)
        return
    try:
        settings.store_password(entry, password)
    except KeyringError as exc:
        log.warning("The password could not be remembered (no keyring): %s", exc)
        return
    stored = settings.load()
    stored.database.user = login
    settings.save(stored)


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
        .where(
            ClassSession.start_time >= start,
            ClassSession.start_time < end,
            ClassSession.teacher_id.is_not(None),  # lessons of classes with no teacher
        )
        .group_by(ClassSession.teacher_id)
        .order_by(func.count().desc(), ClassSession.teacher_id)
        .limit(1)
    ).first()
    return int(found[0]) if found and found[0] is not None else None


def _load_demo(operations: Any, today: date) -> None:
    from attendance_desktop.demo import load_demo_school

    progress = QProgressDialog(translate("App", "Loading the demo school…"), "", 0, 0)
    progress.setWindowTitle(translate("App", "Attendance register"))
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
    session: _Session | None = None,
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
            person = session.person if session is not None else None
            if person is not None and person.teacher_id is not None:
                # A member of staff's own login: their register, no question asked.
                user_settings.teacher_id = person.teacher_id
            else:
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
        if session is not None and session.person is not None:
            _show_person(frame, window, session, user_settings)
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
            translate("App", "Settings saved"),
            translate("App", "Start attendance-desktop again to use the new database."),
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


# --- who is signed in, and signing out -------------------------------------------------------


def _show_person(
    frame: AppWindow,
    window: MainWindow,
    session: _Session,
    user_settings: settings.Settings,
) -> None:
    """Say who is signed in (title and status bar); offer "Sign out" (File menu, status
    bar); sign out after ``idle_sign_out_minutes`` without input."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QPushButton

    person = session.person
    assert person is not None
    title = window.windowTitle()
    window.setWindowTitle(
        translate("App", "{title} \u2014 {signed_in}").format(title=title, signed_in=person.words)
    )
    label = QLabel(person.words)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the name is the server's data
    label.setObjectName("signedInLabel")
    label.setContentsMargins(8, 0, 4, 0)
    button = QPushButton(translate("App", "Sign &out"))
    button.setObjectName("signOutButton")
    button.setToolTip(translate("App", "Close the register and let the next person sign in"))
    button.setFlat(True)
    window.statusBar().addPermanentWidget(label)
    window.statusBar().addPermanentWidget(button)
    action = QAction(translate("App", "Sign &out"), window)
    action.setObjectName("signOutAction")
    action.setStatusTip(translate("App", "Close the register and let the next person sign in"))
    quit_action = getattr(window, "quit_action", None)
    file_menu = _file_menu(window, quit_action)
    if file_menu is not None:
        if isinstance(quit_action, QAction) and quit_action in file_menu.actions():
            file_menu.insertAction(quit_action, action)
        else:
            file_menu.addAction(action)
    if person.teacher_id is not None:
        # The login decides whose register this is: no changing teacher.
        teacher_action = getattr(window, "teacher_action", None)
        if isinstance(teacher_action, QAction):
            teacher_action.setVisible(False)
    button.clicked.connect(lambda: _sign_out(frame, session, idle=False))
    action.triggered.connect(lambda _checked=False: _sign_out(frame, session, idle=False))
    minutes = user_settings.idle_sign_out_minutes
    if minutes > 0:
        from attendance_desktop.ui.idle_sign_out import IdleWatcher

        session.idle = IdleWatcher(minutes, parent=window)
        session.idle.idle.connect(lambda: _sign_out(frame, session, idle=True))


def _file_menu(window: MainWindow, quit_action: object) -> Any:
    """The menu holding Quit (the File menu, whatever the language), else the first menu."""
    from PySide6.QtWidgets import QMenu

    found = (action.menu() for action in window.menuBar().actions())
    menus = [menu for menu in found if isinstance(menu, QMenu)]
    for menu in menus:
        if quit_action in menu.actions():
            return menu
    return menus[0] if menus else None


def _sign_out(frame: AppWindow, session: _Session, *, idle: bool) -> None:
    """Close the register (its unsaved marks go to the journal, as on quitting) so that
    ``run_gui`` asks who is there in a new window."""
    if session.signed_out:
        return
    log.info("Signing out%s", " (idle)" if idle else "")
    session.signed_out = True
    if idle:
        # Nobody is there to answer a dialog left open: it goes (as Cancel would).
        for _ in range(20):
            modal = QApplication.activeModalWidget()
            if modal is None or modal is frame:
                break
            modal.close()
    if frame.close():
        if session.idle is not None:
            session.idle.stop()
        for widget in QApplication.topLevelWidgets():
            if widget is not frame and widget.isVisible():
                widget.close()
        return
    window = frame.main_window
    # The register closes by itself once its last save is done; unless the person chose
    # to stay (marks not saved), the sign-out goes on then.
    if window is None or not getattr(window, "_quitting", False):
        log.info("Sign-out cancelled: the register stays open")
        session.signed_out = False
