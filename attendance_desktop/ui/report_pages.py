"""One page class for the Reports tabs that look alike: the class summary and the student history.

Each is a list to pick from (a search box over it) beside the report: a
heading, a line of figures, the table over its chart, and how the figures are
counted.  The window fills a page from the plain report it loaded; the page
keeps its own ``Latest`` so only the newest report asked for is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate
from attendance_desktop.ui.chart_view import ChartView
from attendance_desktop.ui.operations import Latest
from attendance_desktop.ui.palette import MUTED, text_style
from attendance_desktop.ui.report_models import RowRole, SearchRole, SortRole
from attendance_desktop.ui.table_models import ChoiceListModel
from attendance_desktop.ui.views import WordFilter, plain_label, setup_table

HOW_COUNTED = QT_TRANSLATE_NOOP(
    "ReportPages",
    "Rate = attended ÷ marked lessons (Present and Late attend). Chronic absence: missing 10% "
    "or more of marked lessons, excused absences included.",
)
ROW_HEIGHT = 26


def heading_label(scale: float = 1.2) -> QLabel:
    """A report's bold title line, selectable so it can be copied; shown as written
    (it holds class, teacher and student names)."""
    label = plain_label(QLabel())
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def muted_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(text_style(MUTED))
    return label


def placeholder_label(text: str) -> QLabel:
    """What a page says while it has no report to show (nothing picked, no classes yet)."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setMargin(24)
    label.setStyleSheet(f"color: {MUTED}; font-size: 11pt;")
    return label


class ReportPage(QSplitter):
    """A picker beside a report with its table and chart.

    ``choices`` lists what can be picked (its rows have an ``id``); ``table_model``
    shows the report.  ``picked`` is emitted when the person picks another row.
    """

    picked = Signal()

    def __init__(
        self,
        choices: ChoiceListModel,
        table_model: QAbstractTableModel,
        *,
        search_hint: str,
        waiting: str,
        widths: tuple[int, int],
        heights: tuple[int, int],
        muted_facts: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.latest = Latest()
        self.choices = choices
        self.model = table_model

        self.search = QLineEdit()
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)
        self.filter = WordFilter(self, filter_role=SearchRole)
        self.filter.setSourceModel(choices)
        self.list_view = QListView()
        self.list_view.setModel(self.filter)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setSpacing(2)
        self.search.textChanged.connect(self.filter.set_text)
        self.search.returnPressed.connect(self._pick_first)
        self.list_view.selectionModel().selectionChanged.connect(self._on_picked)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list_view, 1)

        self.sorter = QSortFilterProxyModel(self)
        self.sorter.setSourceModel(table_model)
        self.sorter.setSortRole(SortRole)
        self.table = setup_table(QTableView(), alternate=False, row_height=ROW_HEIGHT)
        self.table.setModel(self.sorter)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.heading = heading_label()
        self.facts = muted_label() if muted_facts else QLabel()
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.chart = ChartView()
        table_and_chart = QSplitter(Qt.Orientation.Vertical)
        table_and_chart.addWidget(self.table)
        table_and_chart.addWidget(self.chart)
        table_and_chart.setChildrenCollapsible(False)
        table_and_chart.setSizes(list(heights))
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(8, 8, 8, 4)
        content_layout.addWidget(self.heading)
        content_layout.addWidget(self.facts)
        content_layout.addWidget(table_and_chart, 1)
        content_layout.addWidget(muted_label(translate("ReportPages", HOW_COUNTED)))
        self.placeholder = placeholder_label(waiting)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)

        self.addWidget(left)
        self.addWidget(self.stack)
        self.setStretchFactor(1, 1)
        self.setSizes(list(widths))
        self.setChildrenCollapsible(False)

    # --- picking -------------------------------------------------------------------------------

    def _pick_first(self) -> None:
        # Enter in the search box: the first match, as a person typing a name expects.
        if self.filter.rowCount():
            self.list_view.setCurrentIndex(self.filter.index(0, 0))
            self.list_view.setFocus()

    def _on_picked(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.picked.emit()

    def select(self, item_id: int) -> bool:
        """Pick the row with ``item_id`` (its report follows); False if it is not listed."""
        row = self.choices.row_of(item_id)
        if row is None:
            return False
        index = self.filter.mapFromSource(self.choices.index(row, 0))
        if not index.isValid():
            return False
        self.list_view.setCurrentIndex(index)
        self.list_view.scrollTo(index)
        return True

    def selected_id(self) -> int | None:
        index = self.list_view.currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        return getattr(row, "id", None)

    # --- what the page shows -------------------------------------------------------------------

    @property
    def showing_report(self) -> bool:
        return self.stack.currentIndex() == 1

    def show_report(self) -> None:
        self.stack.setCurrentIndex(1)

    def show_message(self, text: str) -> None:
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)
