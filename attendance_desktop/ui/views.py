"""How the app's lists and tables look and filter, set up in one place.

``setup_table`` gives every read-only table the same behaviour (whole rows
selected, no editing, no row numbers, left-aligned titles); ``WordFilter`` is
the one search-box filter: every typed word must appear in the row, accents
and case ignored ("chlo" finds Chloé in the pickers and in Reports alike).
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QTreeView,
    QWidget,
)

from attendance_desktop.text import matches_all, search_words
from attendance_desktop.ui import palette

#: The width of the ring round a list that has the keyboard.
FOCUS_RING_WIDTH = 2


def plain_tip(text: str) -> str:
    """``text`` as a tooltip that shows it as written.

    Qt renders a tooltip that holds anything like a tag as HTML, so a student
    entered as ``<img src=...>`` would show an image and ``a <b> c`` would lose
    letters.  Text from the database or a file goes through here; ordinary text
    comes back unchanged.
    """
    if not text or not QtGui.Qt.mightBeRichText(text):
        return text
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def plain_label(label: QLabel) -> QLabel:
    """Make ``label`` show its text as written, never as HTML (names, notes, file text)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def setup_table(
    view: QTableView,
    *,
    alternate: bool = True,
    grid: bool = False,
    wrap: bool = False,
    row_height: int | None = None,
) -> QTableView:
    """Read-only rows, selected whole, with no row numbers and left-aligned titles."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(alternate)
    view.setShowGrid(grid)
    view.setWordWrap(wrap)
    view.verticalHeader().hide()
    if row_height is not None:
        view.verticalHeader().setDefaultSectionSize(row_height)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


def setup_tree(view: QTreeView, *, padding: str = "4px 2px") -> QTreeView:
    """A flat list of rows in a tree view (no branches), selected whole, read-only."""
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setStyleSheet(f"QTreeView::item {{ padding: {padding}; }}")
    return view


class FocusRing(QWidget):
    """A ring drawn round a list or table while it has the keyboard focus.

    The selected row looks the same whether or not the keyboard is in the list, so
    without this a teacher cannot see where a key press goes.  The ring is a child
    laid over the view's edge: it never takes a click, never moves the rows, and
    looks the same in every Qt style.
    """

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._view = view
        view.installEventFilter(self)
        self.setGeometry(view.rect())
        self.setVisible(view.hasFocus())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view:
            kind = event.type()
            if kind == QEvent.Type.Resize:
                self.setGeometry(self._view.rect())
            elif kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.Show):
                self.setVisible(self._view.hasFocus())
                self.raise_()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(QColor(palette.INFO), FOCUS_RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FOCUS_RING_WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))


class ElidedTips(QStyledItemDelegate):
    """Cells cut short with "…" show their whole text in a tooltip.

    The cell's own tooltip (from the model) follows the whole text when it says
    something else; a cell that fits keeps just its own tooltip.
    """

    @staticmethod
    def is_cut(
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        delegate: QStyledItemDelegate,
    ) -> bool:
        """Is the text of ``index`` wider than the room its cell gives it?"""
        opt = QStyleOptionViewItem(option)
        delegate.initStyleOption(opt, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            return False
        room = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
        return opt.fontMetrics.horizontalAdvance(text) > room.width()

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if (
            event is not None
            and event.type() == QEvent.Type.ToolTip
            and index.isValid()
            and self.is_cut(view, option, index, self)
        ):
            text = str(index.data(Qt.ItemDataRole.DisplayRole))
            tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
            if tip and tip != text:
                text = f"{text}\n{tip}"
            QToolTip.showText(event.globalPos(), plain_tip(text), view.viewport(), option.rect)
            return True
        return super().helpEvent(event, view, option, index)


def show_focus(view: QAbstractItemView) -> FocusRing:
    """Give ``view`` a visible ring while it has the keyboard focus; returns the ring."""
    return FocusRing(view)


class WordFilter(QSortFilterProxyModel):
    """Keeps rows whose text (``filter_role`` of ``filter_column``) holds every word typed."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        filter_role: int = Qt.ItemDataRole.DisplayRole,
        filter_column: int = 0,
    ) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self._role = filter_role
        self._column = filter_column

    def set_text(self, text: str) -> None:
        words = search_words(text)
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.words = words
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self.words:
            return True
        index = self.sourceModel().index(source_row, self._column, source_parent)
        return matches_all(self.words, str(index.data(self._role) or ""))
