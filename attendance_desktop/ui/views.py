"""How the app's lists and tables look and filter, set up in one place.

``setup_table`` gives every read-only table the same behaviour (whole rows
selected, no editing, no row numbers, left-aligned titles); ``WordFilter`` is
the one search-box filter: every typed word must appear in the row, accents
and case ignored ("chlo" finds Chloé in the pickers and in Reports alike).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTreeView

from attendance_desktop.text import matches_all, search_words


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
