"""The app's top-level window, painted before the database layer is even imported.

Start-up order (see ``app.py``): this window appears at once, where and as big
as it was last time, saying what is happening ("Opening the register…",
"Upgrading the database…").  SQLAlchemy, the models and (only when a migration
is pending) Alembic are imported after it has painted.  When the register is
ready, ``MainWindow`` is put inside it as its central widget: the teacher sees
one window throughout, never a splash screen swapped for another window.

This module must import nothing but Qt and the settings: it is on the path to
the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from attendance_desktop.ui.main_window import MainWindow

TITLE = "Attendance register"

#: Where the main window's state is kept in ``settings.ui`` (geometry, splitter, columns).
UI_KEY = "main_window"


def encode(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def decode(text: object) -> QByteArray | None:
    if not isinstance(text, str) or not text:
        return None
    return QByteArray.fromBase64(text.encode("ascii"))


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
        self.setWindowTitle(TITLE)
        if icon is not None:
            self.setWindowIcon(icon)
        self.painted = False
        self.main_window: MainWindow | None = None

        self.message = QLabel("Opening the register…")
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

        self.resize(1280, 800)
        if geometry is not None and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self.installEventFilter(_FirstPaint(self))

    def show_status(self, text: str) -> None:
        """Say what start-up is doing (the window may not repaint until it is done)."""
        self.message.setText(text)

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
