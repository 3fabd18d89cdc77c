"""Up, Down, Page Up and Page Down typed in a search box move through the list under it.

Used by the pickers (who are you?, new lesson): the teacher keeps typing in the
search box and steps through the matches without reaching for the mouse or Tab.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

_MOVES = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class ListKeys(QObject):
    """Installed on ``edit``: its moving keys go to ``view``, then ``moved()`` is called."""

    def __init__(self, edit: QLineEdit, view: QAbstractItemView, moved: Callable[[], None]) -> None:
        super().__init__(edit)
        self.edit, self.view, self.moved = edit, view, moved
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _MOVES:
                self.view.keyPressEvent(event)
                # The view takes the focus when no widget has it (an inactive window).
                self.edit.setFocus()
                self.moved()
                return True
        return False
