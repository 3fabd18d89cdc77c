"""The app's top-level window, painted before the database layer is even imported.

Start-up order (see ``app.py``): this window appears at once, where and as big
as it was last time, saying what is happening ("Opening the register…",
"Upgrading the database…").  SQLAlchemy, the models and (only when a migration
is pending) Alembic are imported after it has painted.  When the register is
ready, ``MainWindow`` is put inside it as its central widget: the teacher sees
one window throughout, never a splash screen swapped for another window.

This module must import nothing but Qt, the settings and i18n: it is on the path to
the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QVBoxLayout, QWidget

from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from attendance_desktop.ui.main_window import MainWindow

TITLE = QT_TRANSLATE_NOOP("Window", "Attendance register")

#: Where the main window's state is kept in ``settings.ui`` (geometry, splitter, columns).
UI_KEY = "main_window"


def encode(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def decode(text: object) -> QByteArray | None:
    if not isinstance(text, str) or not text:
        return None
    return QByteArray.fromBase64(text.encode("ascii"))


#: Room for the window manager's frame before a window is shown (title bar, borders).
FRAME_ALLOWANCE = QSize(16, 48)


#: Stands for "no limit" where there is no real screen.
_UNLIMITED = QRect(0, 0, 100_000, 100_000)


def available_geometry(window: QWidget) -> QRect:
    """The part of the window's screen not taken by panels and task bars.

    The offscreen platform (tests, the screenshot scripts) has a nominal 800x600
    "screen" that no one looks at: windows there keep the size they are given (the
    fit is tested on a real X server, tests/test_x11.py)."""
    if QGuiApplication.platformName() == "offscreen":
        return _UNLIMITED
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def fit_size(window: QWidget, wanted: QSize) -> QSize:
    """``wanted``, made small enough for the window and its frame to fit on its screen."""
    available = available_geometry(window).size() - FRAME_ALLOWANCE
    return wanted.boundedTo(available).expandedTo(window.minimumSize())


def fitting_minimum(window: QWidget, wanted: QSize) -> QSize:
    """A dialog's minimum size, no larger than its screen allows (150 % scaling on a
    1366x768 screen leaves 910x512): its buttons stay reachable; its lists shrink."""
    return wanted.boundedTo(available_geometry(window).size() - FRAME_ALLOWANCE)


def fits(window: QWidget, geometry: QRect) -> bool:
    """Would a window at ``geometry`` (its frame included) be wholly on the screen?"""
    return available_geometry(window).contains(geometry)


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move a shown window until its whole frame is on the screen's free area:
    never a status bar or an OK button off the bottom of a classroom PC's screen."""
    if not window.isVisible() or window.isMaximized() or window.isFullScreen():
        return
    available = available_geometry(window)
    frame = window.frameGeometry()
    extra = frame.size() - window.geometry().size()
    if available.contains(frame):
        return
    size = window.size().boundedTo(available.size() - extra)
    window.resize(size.expandedTo(window.minimumSize()))
    frame = window.frameGeometry()
    x = min(max(frame.x(), available.x()), available.right() + 1 - frame.width())
    y = min(max(frame.y(), available.y()), available.bottom() + 1 - frame.height())
    window.move(max(x, available.x()), max(y, available.y()))


def restore_fitting(window: QWidget, geometry: QByteArray | None, default: QSize) -> None:
    """The remembered geometry if it fits this screen (the PC may have a smaller one
    now), else ``default`` made to fit."""
    window.resize(fit_size(window, default))
    if geometry is None or geometry.isEmpty():
        return
    before = window.geometry()
    if window.restoreGeometry(geometry) and not fits(window, window.geometry()):
        window.setGeometry(before)


class _FirstPaint(QObject):
    """Reports the first paint of the window it watches (for the start-up benchmark).

    It keeps no reference to the window (a reference cycle would leave the window's
    deletion to the garbage collector, at whatever moment it runs)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, AppWindow):
            watched.removeEventFilter(self)
            watched.painted = True
            watched.firstPainted.emit()
        return False


class AppWindow(QMainWindow):
    """One window from the first paint to quitting; holds ``MainWindow`` once it is ready."""

    #: The window has been painted once (start-up measurements).
    firstPainted = Signal()

    def __init__(self, geometry: QByteArray | None = None, icon: QIcon | None = None) -> None:
        super().__init__()
        self.setObjectName("appWindow")
        self.setWindowTitle(translate("Window", TITLE))
        if icon is not None:
            self.setWindowIcon(icon)
        self.painted = False
        self.main_window: MainWindow | None = None
        #: The start-up message hidden while a dialog is in front (``behind_dialog``).
        self._status_before: str | None = None

        self.message = QLabel(translate("Window", "Opening the register…"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.message.setFont(font)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy, no percentage
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(260)
        self.progress.setMaximumHeight(10)
        waiting = QWidget()
        layout = QVBoxLayout(waiting)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addSpacing(10)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setCentralWidget(waiting)

        restore_fitting(self, geometry, QSize(1280, 800))
        self.installEventFilter(_FirstPaint(self))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The frame's real size is known once the window manager has framed it.
        QTimer.singleShot(0, self, lambda: keep_on_screen(self))
        QTimer.singleShot(300, self, lambda: keep_on_screen(self))

    def show_status(self, text: str) -> None:
        """Say what start-up is doing (the window may not repaint until it is done)."""
        self.message.setText(text)

    def behind_dialog(self, text: str | None) -> None:
        """While a dialog asks before the register can open (the first-run welcome), say
        so here in place of a busy bar over an empty window; ``None`` puts the start-up
        message and the busy bar back."""
        if text is None:
            if self._status_before is not None:
                self.message.setText(self._status_before)
                self._status_before = None
            self.progress.setVisible(True)
            return
        if self._status_before is None:
            self._status_before = self.message.text()
        self.message.setText(text)
        self.progress.setVisible(False)

    def set_main_window(self, window: MainWindow) -> None:
        """Put the register in; its title becomes this window's."""
        self.main_window = window
        self.setCentralWidget(window)
        self.setWindowTitle(window.windowTitle())
        window.windowTitleChanged.connect(self.setWindowTitle)
        window.show()
        window.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The register decides (marks not saved yet: it asks first).
        if self.main_window is not None and not self.main_window.close():
            event.ignore()
            return
        super().closeEvent(event)
