"""``attendance-desktop --self-test``: does this installation work?  For IT staff.

It runs the app's own code the way a teacher uses it, on a throwaway database,
and prints a line for each thing it checked::

    self-test: attendance-desktop 0.1.0, Qt 6.11.3, platform offscreen
    self-test: database created and migrated to revision 0003 (SQLite, temporary)
    self-test: demo school loaded: 146 students in 10 classes, 15 lessons today
    self-test: main window opened on 9D History, 08:50, Mr José Martínez
    self-test: register started: 27 students
    self-test: marked Amara Okafor as Present with the P key; the register shows it saved
    self-test: the mark was read back from the database (version 2, by Mr José Martínez)
    self-test: register printed to a PDF file (41 KB)
    self-test: app icon loaded (PNG and SVG)
    self-test: passed

The mark goes through the real main window: a key press on the register, the
register's controller, the mark writer and its worker thread, exactly as a
teacher's key press does; it is then read back through a new engine and
session, not from anything the window holds.  The register is printed through
Qt's print support, as Register > Print does, to a PDF file.

Exit status 0 when every check passed.  Otherwise 1, and one plain line on
stderr saying which check failed and why; the details (a traceback, Qt's
messages) go to the log file.  The whole test is bounded: a check that takes
longer than the time limit fails with a reason, and a watchdog ends the process
if even that cannot happen (something stuck outside the event loop).

Nothing of the user's is read or changed: no settings file, no database of
theirs (the database is a SQLite file in a temporary folder that is deleted
afterwards, the demo's marks kept offline would go to that folder too).  Only
the log file is written.  Qt's "offscreen" platform is used, so no window
appears, unless ``QT_QPA_PLATFORM`` names another.

Its lines are in the computer's language (``i18n``); the log file's are in English.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from attendance_desktop import __version__, errors
from attendance_desktop.i18n import clock, long_date, number, translate

log = logging.getLogger("attendance.selftest")

EXIT_PASSED = 0
EXIT_FAILED = 1
#: Seconds the whole self-test may take (it takes 2 to 3 s on a 2-core PC).
DEFAULT_TIMEOUT = 60.0
#: Seconds past the time limit after which the watchdog ends the process.
WATCHDOG_GRACE = 15.0


class SelfTestFailed(Exception):
    """A check failed; the message is the one line the person is shown."""


def run_self_test(*, verbose: bool = False, timeout: float = DEFAULT_TIMEOUT) -> int:
    """The command line's ``--self-test``: Qt platform, logging, a watchdog, then the checks."""
    # Before any QApplication exists: Qt reads it once, when it starts.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from attendance_desktop.log import setup_logging

    try:
        setup_logging(verbose=verbose, console=verbose)
    except OSError as exc:
        print(
            translate("SelfTest", "attendance-desktop: cannot write the log file: {error}").format(
                error=exc
            ),
            file=sys.stderr,
        )
    watchdog = _Watchdog(timeout + WATCHDOG_GRACE)
    watchdog.start()
    try:
        return self_test(timeout=timeout)
    finally:
        watchdog.cancel()


def self_test(
    *, timeout: float = DEFAULT_TIMEOUT, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run every check in this process; returns the exit status (0 passed, 1 failed).

    Progress goes to ``out`` (stdout), the one-line reason for a failure to
    ``err`` (stderr).  Needs a QApplication-capable environment; creates the
    QApplication unless there is one.
    """
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    log.info("Self-test started (time limit %g s)", timeout)
    try:
        _SelfTest(timeout, out).run()
    except SelfTestFailed as exc:
        log.error("Self-test failed: %s", exc, exc_info=exc.__cause__ is not None)
        reason = _one_line(str(exc))
        print(_failed(reason), file=err)
        return EXIT_FAILED
    except Exception as exc:  # a bug in the self-test itself: one line, the rest in the log
        log.exception("Self-test stopped on an unexpected error")
        kind = type(exc).__name__
        print(
            _failed(
                translate(
                    "SelfTest", "unexpected error ({kind}); details are in the log file{log}."
                ).format(kind=kind, log=_log_hint())
            ),
            file=err,
        )
        return EXIT_FAILED
    log.info("Self-test passed")
    print(translate("SelfTest", "self-test: passed"), file=out, flush=True)
    return EXIT_PASSED


def _failed(reason: str) -> str:
    """The one line on stderr when the self-test failed."""
    return translate("SelfTest", "attendance-desktop: self-test failed: {reason}").format(
        reason=reason
    )


def _failing(doing: str, problem: str) -> str:
    """A failure's reason: what the self-test was doing, and what went wrong."""
    return translate("SelfTest", "{doing}: {problem}", "e.g. marking a student: the ...").format(
        doing=doing, problem=problem
    )


def _seconds(value: float) -> str:
    """A number of seconds the reader's way ("5", "2.5")."""
    return number(value, 0 if value == int(value) else 1)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _log_hint() -> str:
    from attendance_desktop.log import log_file

    try:
        return translate("SelfTest", " ({file})", "the log file's path").format(file=log_file())
    except OSError:
        return ""


class _Watchdog:
    """Ends the process with a reason if the self-test has not finished in time.

    The checks time themselves out while the event loop runs; this catches
    what cannot: a call that blocks the main thread (a stuck driver, a lock).
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def start(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self._timer.cancel()

    def _expire(self) -> None:
        log.critical("Self-test watchdog: still running after %g s; ending it", self.seconds)
        logging.shutdown()
        print(
            _failed(
                translate(
                    "SelfTest",
                    "it hung and was stopped after {seconds} s; details are in the log file{log}.",
                ).format(seconds=_seconds(self.seconds), log=_log_hint())
            ),
            file=sys.stderr,
            flush=True,
        )
        os._exit(EXIT_FAILED)


class _SelfTest:
    """The checks, in order; each raises ``SelfTestFailed`` with a plain reason."""

    def __init__(self, timeout: float, out: TextIO) -> None:
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.out = out
        #: Errors reported while waiting (worker failures, exceptions in Qt slots).
        self.problems: list[BaseException] = []

    def say(self, text: str) -> None:
        log.info("Self-test: %s", text)
        print(
            translate("SelfTest", "self-test: {message}").format(message=text),
            file=self.out,
            flush=True,
        )

    @contextmanager
    def step(self, doing: str) -> Iterator[None]:
        """Turn whatever goes wrong while ``doing`` into one plain line."""
        try:
            yield
        except SelfTestFailed:
            raise
        except errors.KnownError as exc:
            raise SelfTestFailed(_failing(doing, str(exc))) from exc
        except Exception as exc:
            raise SelfTestFailed(_failing(doing, _unexpected(exc))) from exc

    def wait(self, doing: str, done: Callable[[], bool]) -> None:
        """Handle events until ``done()``; fail on a reported problem or at the time limit."""
        from PySide6.QtCore import QCoreApplication, QEventLoop

        while not done():
            if self.problems:
                problem = self.problems[0]
                raise SelfTestFailed(_failing(doing, _describe(problem))) from problem
            if time.monotonic() > self.deadline:
                seconds = _seconds(self.timeout)
                raise SelfTestFailed(
                    _failing(
                        doing,
                        translate("SelfTest", "no answer within the {seconds} s allowed").format(
                            seconds=seconds
                        ),
                    )
                )
            # The heartbeat timer (see run) wakes this up at least every 20 ms.
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    # --- the run ---------------------------------------------------------------------------------

    def run(self) -> None:
        from PySide6.QtCore import QTimer, qInstallMessageHandler

        # Qt's messages go to the log from the start (the platform plugin has its say).
        hooks = (sys.excepthook, threading.excepthook, qInstallMessageHandler(_qt_to_log))
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception
        heartbeat: QTimer | None = None
        try:
            with self.step(translate("SelfTest", "starting Qt")):
                app = self._application()
            heartbeat = QTimer()
            heartbeat.setInterval(20)
            heartbeat.start()
            self.say(
                translate(
                    "SelfTest", "attendance-desktop {version}, Qt {qt}, platform {platform}"
                ).format(version=__version__, qt=_qt_version(), platform=app.platformName())
            )
            with tempfile.TemporaryDirectory(
                prefix="attendance-desktop-self-test-", ignore_cleanup_errors=True
            ) as scratch:
                self._run_in(Path(scratch))
        finally:
            if heartbeat is not None:
                heartbeat.stop()
            sys.excepthook, threading.excepthook = hooks[0], hooks[1]
            qInstallMessageHandler(hooks[2])

    def _application(self) -> Any:
        from PySide6.QtWidgets import QApplication

        existing = QApplication.instance()
        if existing is None:
            app = QApplication([sys.argv[0]])
            app.setApplicationName("attendance-desktop")
            return app
        if not isinstance(existing, QApplication):
            raise SelfTestFailed(
                _failing(
                    translate("SelfTest", "starting Qt"),
                    translate("SelfTest", "a non-GUI Qt application is already running"),
                )
            )
        return existing

    def _run_in(self, scratch: Path) -> None:
        from attendance_desktop.db import engine as db_engine
        from attendance_desktop.db import migrate
        from attendance_desktop.db.work import Database
        from attendance_desktop.outbox import OUTBOX_FILE_NAME, Outbox
        from attendance_desktop.ui.operations import Operations

        url = db_engine.sqlite_url(scratch / "self-test.sqlite3")
        doing = translate("SelfTest", "creating and migrating a database")
        with self.step(doing):
            engine = db_engine.create_app_engine(url)
        try:
            with self.step(doing):
                result = migrate.upgrade(engine)
            self.say(
                translate(
                    "SelfTest",
                    "database created and migrated to revision {revision} (SQLite, temporary)",
                ).format(revision=result.current)
            )
            operations = Operations(Database(engine))
            operations.failed.connect(self.problems.append)
            outbox = Outbox(engine, scratch / OUTBOX_FILE_NAME)
            try:
                self._with_window(operations, scratch, outbox)
            finally:
                operations.failed.disconnect(self.problems.append)
                # Work still queued (after a failure) finishes before its database goes.
                if not operations.wait_for_done(5_000):
                    log.warning("Self-test: the database worker was still busy at the end")
                # Windows cannot delete an open file: the scratch folder goes next.
                outbox.close()
        finally:
            engine.dispose()

    def _run_on_worker(self, operations: Any, doing: str, work: Callable[[Any], Any]) -> Any:
        outcome: dict[str, Any] = {}
        operations.run(
            work,
            lambda result: outcome.update(result=result),
            lambda error: outcome.update(error=error),
        )
        # The error also reaches self.problems (Operations.failed), which wait() reports.
        self.wait(doing, lambda: bool(outcome))
        return outcome["result"]

    def _with_window(self, operations: Any, scratch: Path, outbox: Any) -> None:
        from attendance_desktop import rules
        from attendance_desktop.demo import load_demo_school
        from attendance_desktop.school import school_zone
        from attendance_desktop.settings import Settings
        from attendance_desktop.ui.main_window import MainWindow

        zone = self._run_on_worker(
            operations, translate("SelfTest", "reading the school's time zone"), school_zone
        )
        today = rules.local_day(rules.system_clock(), zone)
        start, end = rules.day_bounds(today, zone)
        doing = translate("SelfTest", "loading the demo school")
        summary = self._run_on_worker(
            operations, doing, lambda session: load_demo_school(session, today=today)
        )
        teacher_id = self._run_on_worker(
            operations, doing, lambda session: _first_teacher_of(session, start, end)
        )
        if teacher_id is None:
            raise SelfTestFailed(
                _failing(
                    doing,
                    translate("SelfTest", "the demo school has no lessons today ({date})").format(
                        date=long_date(today)
                    ),
                )
            )
        students, classes, lessons = summary.students, summary.classes, summary.today_sessions
        self.say(
            translate(
                "SelfTest", "demo school loaded: {students} in {classes}, {lessons} today"
            ).format(
                students=translate("SelfTest", "%n students", None, students),
                classes=translate("SelfTest", "%n classes", None, classes),
                lessons=translate("SelfTest", "%n lessons", None, lessons),
            )
        )

        with self.step(translate("SelfTest", "opening the main window")):
            window = MainWindow(
                operations,
                Settings(teacher_id=teacher_id),  # not the user's settings: nothing is saved
                zone=zone,
                demo=True,
                keep_settings=False,
                outbox=outbox,
            )
            # At the end, a mark not yet saved must not wait for an answer in a dialog.
            window.confirm_quit_unsaved = lambda _count: True
            window.show()
        try:
            self._take_register(window)
            self._print_register(window, scratch)
            self._check_icon()
        finally:
            with self.step(translate("SelfTest", "closing the main window")):
                window.close()
                window.deleteLater()
                from PySide6.QtCore import QCoreApplication, QEvent

                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def _take_register(self, window: Any) -> None:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        from attendance_desktop.lessons import SaveState
        from attendance_desktop.ui.register_model import COL_STATUS

        controller = window.controller
        model = window.register_model
        self.wait(
            translate("SelfTest", "opening today's first lesson"),
            lambda: (
                controller.lesson is not None
                and not controller.loading
                and bool(window.teacher_names)
            ),
        )
        lesson = controller.lesson
        local_start = lesson.start_time.astimezone(window.zone)
        self.say(
            translate("SelfTest", "main window opened on {lesson}, {time}, {teacher}").format(
                lesson=lesson.class_name, time=clock(local_start), teacher=lesson.teacher_name
            )
        )
        starting = translate("SelfTest", "starting the register")
        if lesson.status == "planned":
            window.start_action.trigger()  # Register > Start register
            self.wait(
                starting,
                lambda: (
                    controller.lesson.status == "open"
                    and not controller.loading
                    and bool(model.rows)
                ),
            )
            students = len(model.rows)
            self.say(translate("SelfTest", "register started: %n students", None, students))
        elif lesson.status != "open" or not model.rows:
            students = len(model.rows)
            raise SelfTestFailed(
                _failing(
                    starting,
                    translate(
                        "SelfTest",
                        "today's lesson is {status} with {students} students; a demo lesson "
                        "should be ready to take",
                    ).format(status=repr(lesson.status), students=students),
                )
            )

        doing = translate("SelfTest", "marking a student")
        present = model.codes.present
        if present is None or not present.shortcut:
            raise SelfTestFailed(
                _failing(
                    doing, translate("SelfTest", "the database has no Present code with a key")
                )
            )
        unmarked = next((i for i, row in enumerate(model.rows) if row.code_id is None), None)
        if unmarked is None:
            raise SelfTestFailed(
                _failing(doing, translate("SelfTest", "every student is already marked"))
            )
        row = model.rows[unmarked]
        attendance_id = row.attendance_id
        version_before = row.version
        view = window.register_view
        view.setCurrentIndex(model.index(unmarked, COL_STATUS))
        letter = present.shortcut.upper()
        key = Qt.Key(ord(letter)) if "A" <= letter <= "Z" else Qt.Key.Key_unknown
        with self.step(doing):
            # The same event a teacher's key press delivers to the register.
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, letter.lower())
                QApplication.sendEvent(view, event)
        row = next((r for r in model.rows if r.attendance_id == attendance_id), None)
        if row is None or row.code_id is None:
            raise SelfTestFailed(
                _failing(
                    doing,
                    translate("SelfTest", "the {key} key did not mark {name}").format(
                        key=letter, name=_name(row)
                    ),
                )
            )
        label = _label(model.codes.get(row.code_id), row.code_id)
        writer = window.writer
        saving = translate("SelfTest", "saving the mark of {name}").format(name=row.display_name)
        self.wait(
            saving,
            lambda: (
                writer.unsaved() == 0 and writer.waiting() == 0 and window.operations.pending == 0
            ),
        )
        if writer.offline or writer.conflicts or row.save_state != SaveState.SAVED:
            shown = f"{row.save_state.name.lower()} {row.save_message}".rstrip()
            raise SelfTestFailed(
                _failing(
                    saving,
                    translate("SelfTest", "the register shows {state}").format(state=shown),
                )
            )
        self.say(
            translate(
                "SelfTest",
                "marked {name} as {mark} with the {key} key; the register shows it saved",
            ).format(name=row.display_name, mark=label, key=letter)
        )
        self._read_back(window, attendance_id, row.code_id, version_before)

    def _read_back(self, window: Any, attendance_id: int, code_id: int, version: int) -> None:
        """Read the mark with a new engine and session: what another computer would see."""
        from sqlalchemy import select
        from sqlalchemy.orm import Session

        from attendance_desktop.db import engine as db_engine
        from attendance_desktop.db.models import Attendance, AttendanceChange

        doing = translate("SelfTest", "reading the mark back from the database")
        actor = window.actor().name
        with self.step(doing):
            engine = db_engine.create_app_engine(window.operations.engine.url)
            try:
                with Session(engine) as session:
                    stored = session.get(Attendance, attendance_id)
                    change = session.scalars(
                        select(AttendanceChange)
                        .where(AttendanceChange.attendance_id == attendance_id)
                        .order_by(AttendanceChange.version.desc())
                        .limit(1)
                    ).first()
                    found = (
                        (stored.code_id, stored.version, stored.changed_by)
                        if stored is not None
                        else None
                    )
                    logged = (change.new_code_id, change.changed_by) if change else None
            finally:
                engine.dispose()
        if found is None:
            raise SelfTestFailed(
                _failing(
                    doing,
                    translate("SelfTest", "attendance row {row} is not there").format(
                        row=attendance_id
                    ),
                )
            )
        stored_code, stored_version, changed_by = found
        if stored_code != code_id or stored_version <= version:
            codes = window.register_model.codes
            has = (
                _label(codes.get(stored_code), stored_code)
                if stored_code
                else translate("SelfTest", "no mark")
            )
            shown = _label(codes.get(code_id), code_id)
            raise SelfTestFailed(
                _failing(
                    doing,
                    translate(
                        "SelfTest",
                        "the register showed {shown} saved, but the database has {stored} "
                        "(version {version}; it was {before} before the mark)",
                    ).format(shown=shown, stored=has, version=stored_version, before=version),
                )
            )
        if logged != (code_id, actor) or changed_by != actor:
            raise SelfTestFailed(
                _failing(
                    doing,
                    translate(
                        "SelfTest",
                        "the change history does not record the mark by {name} "
                        "(found {found}, row changed by {changed_by})",
                    ).format(name=actor, found=logged, changed_by=repr(changed_by)),
                )
            )
        self.say(
            translate(
                "SelfTest",
                "the mark was read back from the database (version {version}, by {name})",
            ).format(version=stored_version, name=actor)
        )

    def _print_register(self, window: Any, scratch: Path) -> None:
        from PySide6.QtPrintSupport import QPrinter

        from attendance_desktop.ui import printing

        doing = translate("SelfTest", "printing the register to a PDF file")
        pdf = scratch / "register.pdf"
        outcome: list[bool] = []
        with self.step(doing):
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(pdf))
            printer.setPageLayout(printing.a4_portrait())
            # Register > Print register…, with the printer chosen instead of asked for.
            printing.print_session_register(
                window,
                window.operations,
                window.controller.lesson.id,
                zone=window.zone,
                printer=printer,
                on_done=outcome.append,
            )
        self.wait(doing, lambda: bool(outcome))
        data = pdf.read_bytes() if pdf.is_file() else b""
        if not outcome[0] or not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            size = len(data)
            raise SelfTestFailed(
                _failing(
                    doing,
                    translate(
                        "SelfTest", "no complete PDF file was written ({bytes} bytes at {file})"
                    ).format(bytes=size, file=pdf),
                )
            )
        kilobytes = number(max(1, len(data) // 1024))
        self.say(
            translate("SelfTest", "register printed to a PDF file ({size} KB)").format(
                size=kilobytes
            )
        )

    def _check_icon(self) -> None:
        from PySide6.QtGui import QIcon

        from attendance_desktop.resources import app_icon_path

        doing = translate("SelfTest", "loading the app icon")
        with self.step(doing):
            for path in (app_icon_path(32), app_icon_path()):
                # The SVG needs Qt's SVG icon plugin, which a bundle has to carry.
                if QIcon(str(path)).pixmap(32, 32).isNull():
                    raise SelfTestFailed(
                        _failing(
                            doing,
                            translate("SelfTest", "Qt cannot read {file}").format(file=path),
                        )
                    )
        self.say(translate("SelfTest", "app icon loaded (PNG and SVG)"))

    # --- problems reported while the event loop runs ---------------------------------------------

    def _on_exception(
        self,
        exc_type: type[BaseException],
        exc_value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """sys.excepthook: an exception in a Qt slot fails the test; the log gets it."""
        error = exc_value if exc_value is not None else exc_type()
        log.error("Self-test: uncaught exception", exc_info=(exc_type, error, tb))
        self.problems.append(error)

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._on_exception(args.exc_type, args.exc_value, args.exc_traceback)


def _first_teacher_of(session: Any, start: Any, end: Any) -> int | None:
    """The teacher of the day's first lesson (the window shows that teacher's lessons)."""
    from sqlalchemy import select

    from attendance_desktop.db.models import ClassSession

    return session.scalar(  # type: ignore[no-any-return]
        select(ClassSession.teacher_id)
        .where(
            ClassSession.start_time >= start,
            ClassSession.start_time < end,
            ClassSession.teacher_id.is_not(None),
        )
        .order_by(ClassSession.start_time, ClassSession.id)
        .limit(1)
    )


def _label(code: Any, code_id: int | None) -> str:
    if code is not None:
        return str(code.label)
    return translate("SelfTest", "code {number}").format(number=code_id)


def _name(row: Any) -> str:
    return str(row.display_name) if row is not None else translate("SelfTest", "the student")


def _describe(error: BaseException) -> str:
    if isinstance(error, errors.KnownError):
        return _one_line(str(error))
    return _unexpected(error)


def _unexpected(error: BaseException) -> str:
    """An error that is a bug: its kind and first words, and where the details are."""
    kind = type(error).__name__
    words = _one_line(str(error))[:200]
    return translate(
        "SelfTest", "unexpected error ({kind}: {error}); details are in the log file{log}"
    ).format(kind=kind, error=words, log=_log_hint())


def _qt_version() -> str:
    from PySide6.QtCore import qVersion

    return str(qVersion())


def _qt_to_log(mode: Any, context: Any, message: str) -> None:
    """Qt's own messages (a missing printer driver, fonts) go to the log, not the terminal."""
    from PySide6.QtCore import QtMsgType

    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(mode, logging.ERROR)
    logging.getLogger("attendance.qt").log(level, "%s", message)
