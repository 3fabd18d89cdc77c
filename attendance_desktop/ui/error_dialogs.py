"""What a teacher sees when something goes wrong: plain words, never a traceback.

Two kinds of problem (see ``errors``):

- a ``KnownError`` (server unreachable, file read-only or locked, disk full)
  becomes a message box saying what happened and what to do about it;
- anything else is a bug.  ``install_excepthook`` routes every uncaught
  exception - on the main thread, a worker thread or inside a Qt slot - to the
  log (logger ``attendance.crash``, with its traceback) and to one
  ``CrashDialog`` on the main thread, whose details a teacher can copy and send
  to IT.  Qt's own warnings are routed into the log as well.

The dialogs are opened with ``open()`` rather than ``exec()``: no nested event
loop, so a timer or a worker finishing while the dialog is up cannot re-enter
half-finished code.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import PySide6
from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    QSize,
    Qt,
    QThread,
    QTimer,
    QtMsgType,
    QUrl,
    Signal,
    Slot,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop import APP_NAME, __version__, errors
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate
from attendance_desktop.log import redact

log = logging.getLogger("attendance.crash")
qt_log = logging.getLogger("attendance.qt")

#: Window titles for the known problems, most specific first.
_TITLES: tuple[tuple[type[errors.KnownError], str], ...] = (
    (
        errors.DatabaseFromTheFuture,
        QT_TRANSLATE_NOOP("ErrorDialogs", "A newer version of the app is needed"),
    ),
    (errors.BadDatabaseURL, QT_TRANSLATE_NOOP("ErrorDialogs", "The database setting is not right")),
    (
        errors.DatabaseUnreachable,
        QT_TRANSLATE_NOOP("ErrorDialogs", "Cannot reach the attendance database"),
    ),
    (errors.DatabaseLocked, QT_TRANSLATE_NOOP("ErrorDialogs", "The attendance database is busy")),
    (
        errors.DatabaseReadOnly,
        QT_TRANSLATE_NOOP("ErrorDialogs", "The attendance database is read-only"),
    ),
    (
        errors.DatabaseCorrupt,
        QT_TRANSLATE_NOOP("ErrorDialogs", "The attendance database is damaged"),
    ),
    (errors.DiskFull, QT_TRANSLATE_NOOP("ErrorDialogs", "The disk is full")),
    (
        errors.NotOurDatabase,
        QT_TRANSLATE_NOOP("ErrorDialogs", "This is not an attendance database"),
    ),
    (errors.ConflictError, QT_TRANSLATE_NOOP("ErrorDialogs", "Someone else changed this mark")),
    (errors.DuplicateRecord, QT_TRANSLATE_NOOP("ErrorDialogs", "That already exists")),
)


def known_error_title(error: errors.KnownError) -> str:
    """A short window title naming the kind of problem."""
    for kind, title in _TITLES:
        if isinstance(error, kind):
            return translate("ErrorDialogs", title)
    return translate("ErrorDialogs", "Something needs your attention")


def show_known_error(parent: QWidget | None, error: errors.KnownError) -> QMessageBox:
    """Show a known problem in plain words, with what to do about it; returns at once.

    The box is window-modal over ``parent`` and deletes itself when closed.
    """
    box = QMessageBox(parent)
    box.setObjectName("knownErrorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    title = known_error_title(error)
    box.setWindowTitle(
        translate("ErrorDialogs", "{title} - {app}").format(title=title, app=APP_NAME)
    )
    # The message may quote data (a file name, a server's words): shown as written.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(error.message)
    if error.hint:
        box.setInformativeText(
            translate("ErrorDialogs", "What to do: {hint}").format(hint=error.hint)
        )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


# --- the crash dialog -----------------------------------------------------------------------


def _log_file() -> Path | None:
    try:
        from attendance_desktop.log import log_file

        return log_file()
    except OSError:  # the log folder cannot even be created; say so rather than fail again
        return None


def crash_details(
    exc_type: type[BaseException],
    exc_value: BaseException,
    tb: TracebackType | None,
    *,
    thread_name: str | None = None,
    log_path: Path | None = None,
) -> str:
    """Everything a developer needs to look into a crash, with no password in it.

    In English whatever the app's language: it is for the developers, like the log."""
    lines = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {PySide6.__version__}",
        f"Platform: {platform.platform()}",
        f"Log file: {log_path if log_path is not None else 'not available'}",
        f"Time: {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
    ]
    if thread_name:
        lines.append(f"Thread: {thread_name}")
    lines.append("")
    lines.extend(line.rstrip("\n") for line in traceback.format_exception(exc_type, exc_value, tb))
    return redact("\n".join(lines))


class CrashDialog(QDialog):
    """A bug happened: say so kindly, and let the teacher copy the details for IT.

    The details (traceback, versions, platform, log file) are folded away until
    asked for.  More crashes while the dialog is open are appended to it with
    ``add_details`` instead of opening more dialogs.
    """

    def __init__(
        self, parent: QWidget | None, details: str, *, log_path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(
            translate("ErrorDialogs", "{app} ran into a problem").format(app=APP_NAME)
        )
        self._log_path = log_path
        self._crashes = 1

        icon = QLabel()
        style = self.style()
        icon.setPixmap(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        heading = QLabel(translate("ErrorDialogs", "Sorry, something went wrong."))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        self._message = QLabel(
            translate(
                "ErrorDialogs",
                "This is a fault in attendance-desktop, not something you did. Marks that were "
                "already saved are safe. You can carry on; if it happens again, restart the app "
                "and send the details to your IT support.",
            )
        )
        self._message.setWordWrap(True)

        self._toggle = QToolButton()
        self._toggle.setObjectName("detailsToggle")
        self._toggle.setText(translate("ErrorDialogs", "Show details"))
        self._toggle.setCheckable(True)
        self._toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._toggle.setArrowType(Qt.ArrowType.RightArrow)
        self._toggle.setAutoRaise(True)
        self._toggle.toggled.connect(self._show_details)

        self._details = QPlainTextEdit(details)
        self._details.setObjectName("crashDetails")
        self._details.setReadOnly(True)
        self._details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._details.setMinimumHeight(220)
        self._details.setVisible(False)

        self.copy_button = QPushButton(translate("ErrorDialogs", "Copy details"))
        self.copy_button.setToolTip(
            translate("ErrorDialogs", "Copy the details to the clipboard, to paste into an email")
        )
        self.copy_button.clicked.connect(self.copy_details)
        self.log_button = QPushButton(translate("ErrorDialogs", "Open log folder"))
        if log_path is not None:
            from attendance_desktop.ui.views import plain_tip  # not imported at start-up

            self.log_button.setToolTip(plain_tip(str(log_path.parent)))
        else:
            self.log_button.setToolTip(translate("ErrorDialogs", "No log file"))
        self.log_button.setEnabled(log_path is not None)
        self.log_button.clicked.connect(self.open_log_folder)
        close = QPushButton(translate("ErrorDialogs", "Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)

        text = QVBoxLayout()
        text.setSpacing(8)
        text.addWidget(heading)
        text.addWidget(self._message)
        text.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon)
        top.addLayout(text, 1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self._toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._details, 1)
        layout.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(540)
        close.setFocus()

    def sizeHint(self) -> QSize:
        # Word-wrapped labels report a narrow, tall hint; size for a comfortable width instead.
        width = max(self.minimumWidth(), super().sizeHint().width())
        layout = self.layout()
        return QSize(width, layout.totalHeightForWidth(width)) if layout else super().sizeHint()

    def details(self) -> str:
        return self._details.toPlainText()

    def add_details(self, more: str) -> None:
        """Record another crash in this dialog (it happened while this one was open)."""
        self._crashes += 1
        self._details.appendPlainText(f"\n--- another problem ({self._crashes}) ---\n{more}")
        crashes = self._crashes
        self._message.setText(
            translate(
                "ErrorDialogs",
                "This happened %n times. It is a fault in the app, not something you did. Marks "
                "that were already saved are safe. Please restart the app, and send the details "
                "to your IT support.",
                None,
                crashes,
            )
        )

    @Slot()
    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details())
        self.copy_button.setText(translate("ErrorDialogs", "Copied"))
        copy_words = translate("ErrorDialogs", "Copy details")
        QTimer.singleShot(2000, self, lambda: self.copy_button.setText(copy_words))

    @Slot()
    def open_log_folder(self) -> None:
        if self._log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_path.parent)))

    @Slot(bool)
    def _show_details(self, shown: bool) -> None:
        self._details.setVisible(shown)
        if shown:
            self._toggle.setText(translate("ErrorDialogs", "Hide details"))
        else:
            self._toggle.setText(translate("ErrorDialogs", "Show details"))
        self._toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        # Tracebacks are wide: widen the dialog while they are shown.
        width = max(self.minimumWidth(), 720 if shown else 0)
        layout = self.layout()
        if layout is not None:
            self.resize(width, layout.totalHeightForWidth(width))


# --- routing uncaught exceptions ------------------------------------------------------------


@dataclass(frozen=True)
class _Report:
    details: str
    #: Where the crash came from: the same bug repeating is shown once.
    signature: tuple[str, ...]
    known: errors.KnownError | None = None


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)


class ExceptHook(QObject):
    """Routes uncaught exceptions to the log and to one dialog on the main thread.

    Create it on the main thread (``install_excepthook`` does).  ``dialog`` is
    the crash dialog currently open, if any.
    """

    #: Carries a report from any thread to the main thread (queued when needed).
    _deliver = Signal(object)

    def __init__(
        self, parent_for_dialogs: Callable[[], QWidget | None] = QApplication.activeWindow
    ) -> None:
        super().__init__()
        self._parent_for_dialogs = parent_for_dialogs
        self._deliver.connect(self._show)
        self.dialog: CrashDialog | None = None
        self.known_box: QMessageBox | None = None
        self._seen: set[tuple[str, ...]] = set()
        self._showing = False
        self._previous: tuple[Any, Any, Any] | None = None

    # -- installing --------------------------------------------------------------------------

    def install(self) -> None:
        self._previous = (
            sys.excepthook,
            threading.excepthook,
            qInstallMessageHandler(_qt_message),
        )
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        """Put back the hooks that were there before (tests, and a clean shutdown)."""
        if self._previous is None:
            return
        sys_hook, thread_hook, qt_handler = self._previous
        sys.excepthook = sys_hook
        threading.excepthook = thread_hook
        qInstallMessageHandler(qt_handler)
        self._previous = None

    # -- receiving ---------------------------------------------------------------------------

    def handle(
        self,
        exc_type: type[BaseException],
        exc_value: BaseException | None,
        tb: TracebackType | None,
        *,
        thread_name: str | None = None,
    ) -> None:
        """``sys.excepthook``: log the exception and show it; never raises."""
        try:
            self._handle(exc_type, exc_value, tb, thread_name)
        except Exception:  # the hook itself failed: the last resort is stderr
            sys.__excepthook__(exc_type, exc_value or exc_type(), tb)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else None
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, thread_name=name)

    def _handle(
        self,
        exc_type: type[BaseException],
        exc_value: BaseException | None,
        tb: TracebackType | None,
        thread_name: str | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            # Ctrl+C in the terminal that started the app: quit, as a terminal user expects.
            log.info("Interrupted from the keyboard; quitting")
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        if exc_value is None:
            exc_value = exc_type()
        where = f" in thread {thread_name}" if thread_name else ""
        if isinstance(exc_value, errors.KnownError):
            log.warning("Unhandled known problem%s: %s", where, exc_value)
            report = _Report(str(exc_value), ("known", str(exc_value)), known=exc_value)
        else:
            log.critical("Uncaught exception%s", where, exc_info=(exc_type, exc_value, tb))
            details = crash_details(
                exc_type, exc_value, tb, thread_name=thread_name, log_path=_log_file()
            )
            report = _Report(details, _signature(exc_type, tb))
        if QApplication.instance() is None:
            return  # no GUI yet (or any more): the log has it
        if QThread.currentThread() is self.thread():
            self._show(report)
        else:
            self._deliver.emit(report)  # queued to the main thread

    # -- showing (main thread) ---------------------------------------------------------------

    @Slot(object)
    def _show(self, report: _Report) -> None:
        if self._showing:
            # Showing the dialog itself failed and came back here: log only, never loop.
            log.error("A problem happened while showing the crash dialog; not shown again")
            return
        self._showing = True
        try:
            if report.known is not None:
                if self.known_box is None:
                    self.known_box = show_known_error(self._parent(), report.known)
                    self.known_box.finished.connect(self._known_closed)
                return
            if self.dialog is not None:
                self.dialog.add_details(report.details)
                return
            if report.signature in self._seen:
                log.warning("The same problem happened again; it is in the log")
                return
            self._seen.add(report.signature)
            self.dialog = CrashDialog(self._parent(), report.details, log_path=_log_file())
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.finished.connect(self._crash_closed)
            self.dialog.open()
        except Exception:
            log.exception("The crash dialog could not be shown")
        finally:
            self._showing = False

    def _parent(self) -> QWidget | None:
        try:
            return self._parent_for_dialogs()
        except Exception:
            return None

    @Slot()
    def _crash_closed(self) -> None:
        self.dialog = None

    @Slot()
    def _known_closed(self) -> None:
        self.known_box = None


def _signature(exc_type: type[BaseException], tb: TracebackType | None) -> tuple[str, ...]:
    frames = traceback.extract_tb(tb)[-3:] if tb is not None else []
    return (exc_type.__qualname__, *(f"{f.filename}:{f.lineno}" for f in frames))


_installed: ExceptHook | None = None


def install_excepthook() -> ExceptHook:
    """Route uncaught exceptions and Qt's messages to the log and the dialogs.

    Call on the main thread, as early as possible (before ``QApplication`` is
    fine: dialogs are shown once it exists).  Calling again replaces the hook.
    """
    global _installed
    if _installed is not None:
        _installed.uninstall()
    _installed = ExceptHook()
    _installed.install()
    return _installed
