"""Keys that move between lists and tabs the way the platform does.

``ListKeys``: Up, Down, Page Up and Page Down typed in a search box move through the
list under it (the pickers: who are you?, new lesson): the teacher keeps typing in
the search box and steps through the matches without reaching for the mouse or Tab.

``tab_keys``: in a window with tabs (Reports, Settings), Ctrl+Tab / Ctrl+Page Down
and Ctrl+Shift+Tab / Ctrl+Page Up switch tabs wherever the keyboard is (a table or
a date field does not swallow them), Tab leaves a table rather than walking its
cells, and Esc closes the window (a tool window too).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTabWidget, QWidget

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


def tab_keys(window: QWidget, tabs: QTabWidget, *, escape_closes: bool = True) -> None:
    """Ctrl+Tab and friends switch ``tabs``; Tab leaves tables; Esc closes ``window``."""

    def step(delta: int) -> None:
        if tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + delta) % tabs.count())
            page = tabs.currentWidget()
            if page is not None:
                page.setFocus(Qt.FocusReason.TabFocusReason)
                page.focusNextChild()

    for keys, delta in (
        (("Ctrl+Tab", "Ctrl+PgDown"), 1),
        (("Ctrl+Shift+Tab", "Ctrl+Backtab", "Ctrl+PgUp"), -1),
    ):
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda d=delta: step(d))
    if escape_closes:
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        close.setContext(Qt.ShortcutContext.WindowShortcut)
        close.activated.connect(window.close)
    for view in window.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
