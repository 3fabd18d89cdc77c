"""Sign a shared classroom PC's person out after a while without a key press or a click.

One event filter on the whole application sees every key, click, wheel turn
and mouse move, in every window and dialog, and restarts a single-shot timer;
when the timer runs out, ``idle`` is emitted and ``app.py`` signs out (the marks
not yet in the database stay in the journal, as on quitting).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal

#: What counts as someone at the PC.
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``minutes`` without input (a fraction of a minute in tests)."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # minutes: a coarse one drifts
        self._timer.setInterval(max(1, int(minutes * 60_000)))
        self._timer.timeout.connect(self.idle)
        app = QCoreApplication.instance()
        assert app is not None
        self._app = app
        app.installEventFilter(self)
        self._timer.start()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self._timer.start()  # restarts: the wait begins again
        return False

    def stop(self) -> None:
        self._timer.stop()
        self._app.removeEventFilter(self)
