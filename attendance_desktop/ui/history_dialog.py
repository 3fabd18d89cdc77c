"""A row's change history as a table: what changed (old → new), who, when, where, how.

Every accepted write appends to the change log; this window reads it on the
worker thread (``lessons.load_history``) and shows it without blocking the register
(it is not modal: marking goes on while it is open).
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop.lessons import HistoryEntry
from attendance_desktop.rules import Codebook
from attendance_desktop.ui import palette
from attendance_desktop.ui.table_models import ReadOnlyTableModel
from attendance_desktop.ui.views import setup_table

Index = QModelIndex | QPersistentModelIndex

COL_WHEN, COL_CHANGE, COL_KIND, COL_WHO, COL_MACHINE, COL_REASON = range(6)
HEADERS = {
    COL_WHEN: "When",
    COL_CHANGE: "Change",
    COL_KIND: "How",
    COL_WHO: "Who",
    COL_MACHINE: "Computer",
    COL_REASON: "Reason",
}

#: The change log's kinds, in words.
KIND_TEXT = {
    "mark": "Marked",
    "note": "Note",
    "undo": "Undone",
    "merge": "Merged with another change",
    "override": "Override (kept on purpose)",
    "edit": "Changed after closing",
    "replay": "Sent after being offline",
}


def describe_change(entry: HistoryEntry, codes: Codebook, zone: tzinfo | None) -> str:
    """ "Not marked → Present (09:01)"; "Note: “” → “Dentist”"; both when both changed."""

    def mark(code_id: int | None, check_in: datetime | None) -> str:
        code = codes.get(code_id)
        text = code.label if code is not None else "Not marked"
        if check_in is not None and code is not None and code.checks_in:
            text += f" ({check_in.astimezone(zone):%H:%M})"
        return text

    parts = []
    old_mark = mark(entry.old_code_id, entry.old_check_in_time)
    new_mark = mark(entry.new_code_id, entry.new_check_in_time)
    if old_mark != new_mark:
        parts.append(f"{old_mark} → {new_mark}")
    if (entry.old_note or "") != (entry.new_note or ""):
        parts.append(f"Note: “{entry.old_note or ''}” → “{entry.new_note or ''}”")
    return "; ".join(parts) or f"{new_mark} (unchanged)"


class HistoryModel(ReadOnlyTableModel):
    """One row's change log, newest first."""

    headers = HEADERS

    def row_total(self) -> int:
        return len(self.entries)

    def __init__(self, codes: Codebook, zone: tzinfo | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.codes = codes
        self.zone = zone
        self.entries: list[HistoryEntry] = []

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = sorted(entries, key=lambda e: e.version, reverse=True)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if column == COL_WHEN:
            return self._when(entry, role == Qt.ItemDataRole.ToolTipRole)
        if column == COL_CHANGE:
            return describe_change(entry, self.codes, self.zone)
        if column == COL_KIND:
            return KIND_TEXT.get(entry.kind, entry.kind)
        if column == COL_WHO:
            return entry.changed_by or "unknown"
        if column == COL_MACHINE:
            return entry.changed_on
        if column == COL_REASON:
            return entry.reason or ""
        return None

    def _when(self, entry: HistoryEntry, long: bool) -> str:
        """When the teacher made the change, and when it was saved if that differs (a
        mark kept on the PC while the server was away)."""
        saved = entry.changed_at.astimezone(self.zone)
        made = entry.made_at.astimezone(self.zone) if entry.made_at is not None else saved
        if long:
            text = f"Made {made:%A %d %B %Y, %H:%M:%S}"
            return text + (f"; saved {saved:%A %d %B %Y, %H:%M:%S}" if made != saved else "")
        shown = made.strftime("%d %b %H:%M")
        if saved.strftime("%d %b %H:%M") == shown:
            return shown
        later = (
            saved.strftime("%H:%M")
            if saved.date() == made.date()
            else saved.strftime("%d %b %H:%M")
        )
        return f"{shown} (saved {later})"


class HistoryDialog(QDialog):
    """A row's history in a table; not modal, closes with Esc."""

    def __init__(
        self, student: str, codes: Codebook, zone: tzinfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"History: {student}")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model = HistoryModel(codes, zone, self)
        self.title = QLabel(f"<b>{student}</b>: every change to this register row, newest first.")
        self.status = QLabel("Loading…")
        self.status.setStyleSheet(f"color: {palette.MUTED};")
        self.table = setup_table(QTableView())
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_CHANGE, QHeaderView.ResizeMode.Stretch)
        for column, width in {
            COL_WHEN: 170,
            COL_KIND: 190,
            COL_WHO: 120,
            COL_MACHINE: 110,
            COL_REASON: 140,
        }.items():
            self.table.setColumnWidth(column, width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(960, 360)

    def show_entries(self, entries: list[HistoryEntry]) -> None:
        self.model.set_entries(entries)
        count = len(entries)
        self.status.setText(
            "No changes yet." if not count else f"{count} change{'s' if count != 1 else ''}."
        )
