"""Hearing other computers' changes in the window: the Qt side of ``db.live``.

``LiveUpdates`` starts the watcher that fits the database (LISTEN/NOTIFY on
PostgreSQL, ``PRAGMA data_version`` polling on SQLite), tells it which
lessons are on screen, and hands what it hears to the main thread through a
queued signal: the watcher's callbacks run on its own thread, and widgets are
only ever touched on the main thread.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from attendance_desktop.db import live
from attendance_desktop.db.engine import is_sqlite

log = logging.getLogger("attendance.ui.live")


class _Relay(QObject):
    """Signals emitted from the watcher's thread, delivered queued on the main thread."""

    changes = Signal(object)
    status = Signal(bool, bool)


class LiveUpdates(QObject):
    """Starts, feeds and stops the watcher for one database."""

    #: Rows or lessons changed elsewhere: (list[live.RowChange],).
    changed = Signal(object)
    #: The watcher (re)connected or lost its connection: (connected, resync).
    #: ``resync`` means changes may have been missed: reload what is on screen.
    statusChanged = Signal(bool, bool)

    def __init__(
        self, url: live.DatabaseURL, *, interval: float = 1.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self._relay.changes.connect(self._on_changes, Qt.ConnectionType.QueuedConnection)
        self._relay.status.connect(self._on_status, Qt.ConnectionType.QueuedConnection)
        self._stopped = False
        self.watcher: live.SqlitePoller | live.PostgresListener | None = None
        if is_sqlite(url):
            if url.database and url.database != ":memory:":
                self.watcher = live.SqlitePoller(
                    url.database, self._from_thread, self._status_from_thread, interval=interval
                )
        elif url.get_backend_name() == "postgresql":
            self.watcher = live.PostgresListener(url, self._from_thread, self._status_from_thread)

    @property
    def available(self) -> bool:
        return self.watcher is not None

    def start(self) -> None:
        if self.watcher is not None and not self.watcher.is_alive() and not self._stopped:
            self.watcher.start()

    def watch(self, session_ids: Iterable[int]) -> None:
        if self.watcher is not None:
            self.watcher.watch(session_ids)

    def stop(self) -> None:
        """Stop the watcher's thread (waits for it, at most a few seconds)."""
        self._stopped = True
        if self.watcher is not None:
            self.watcher.stop()

    # --- from the watcher's thread -----------------------------------------------------------

    def _from_thread(self, changes: list[live.RowChange]) -> None:
        if not self._stopped:
            with contextlib.suppress(RuntimeError):  # the window is gone
                self._relay.changes.emit(list(changes))

    def _status_from_thread(self, connected: bool, resync: bool) -> None:
        if not self._stopped:
            with contextlib.suppress(RuntimeError):
                self._relay.status.emit(connected, resync)

    # --- on the main thread ------------------------------------------------------------------

    @Slot(object)
    def _on_changes(self, changes: list[live.RowChange]) -> None:
        if not self._stopped:
            self.changed.emit(changes)

    @Slot(bool, bool)
    def _on_status(self, connected: bool, resync: bool) -> None:
        if self._stopped:
            return
        log.info("Live updates %s%s", "connected" if connected else "lost", " (resync)" * resync)
        self.statusChanged.emit(connected, resync)
