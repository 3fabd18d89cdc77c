"""The start-up baseline: a bare PySide6 window, shown (see ``bench/startup.py``).

QApplication and an empty 1280x800 QMainWindow; the time of its first paint
event is appended to ``$ATTENDANCE_STARTUP_PROBE`` exactly as the app does, and
it quits.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            with open(os.environ["ATTENDANCE_STARTUP_PROBE"], "a", encoding="utf-8") as out:
                out.write(json.dumps({"event": "painted", "time": time.time()}) + "\n")
            QTimer.singleShot(0, self.app.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.resize(1280, 800)
    watcher = FirstPaint(app)
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
