"""Up, Down, Page Up and Page Down typed in a search box move through the list under it.

Used by the pickers (who are you?, new lesson): the teacher keeps typing in the
search box and steps through the matches without reaching for the mouse or Tab.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

_MOVES = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class ListKeys(QObject):
    """Installed on ``edit``: its moving keys go to ``view``, then ``moved()`` is called.

    It holds the widgets and the dialog's method weakly: a reference cycle through the
    dialog would leave its deletion to the garbage collector, which may run on a worker
    thread, where deleting a widget crashes.
    """

    def __init__(self, edit: QLineEdit, view: QAbstractItemView, moved: Callable[[], None]) -> None:
        super().__init__(edit)
        self._edit = weakref.ref(edit)
        self._view = weakref.ref(view)
        self._moved = weakref.WeakMethod(moved)
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        edit, view = self._edit(), self._view()
        if edit is None or view is None or watched is not edit:
            return False
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _MOVES:
                view.keyPressEvent(event)
                # The view takes the focus when no widget has it (an inactive window).
                edit.setFocus()
                moved = self._moved()
                if moved is not None:
                    moved()
                return True
        return False
