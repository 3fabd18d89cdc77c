"""A row's change history as a table: what changed (old → new), who, when, where, how.

Every accepted write appends to the change log; this window reads it on the
worker thread (``lessons.load_history``) and shows it without blocking the register
(it is not modal: marking goes on while it is open).
"""

from __future__ import annotations

import html
import re
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop.i18n import QT_TRANSLATE_NOOP, clock, long_date, translate
from attendance_desktop.lessons import HistoryEntry
from attendance_desktop.rules import Codebook
from attendance_desktop.ui import palette
from attendance_desktop.ui.table_models import ReadOnlyTableModel
from attendance_desktop.ui.views import plain_tip, setup_table

Index = QModelIndex | QPersistentModelIndex

COL_WHEN, COL_CHANGE, COL_KIND, COL_WHO, COL_MACHINE, COL_REASON = range(6)
HEADERS = {
    COL_WHEN: QT_TRANSLATE_NOOP("History", "When"),
    COL_CHANGE: QT_TRANSLATE_NOOP("History", "Change"),
    COL_KIND: QT_TRANSLATE_NOOP("History", "How"),
    COL_WHO: QT_TRANSLATE_NOOP("History", "Who"),
    COL_MACHINE: QT_TRANSLATE_NOOP("History", "Computer"),
    COL_REASON: QT_TRANSLATE_NOOP("History", "Reason"),
}

#: The change log's kinds, in words.
KIND_TEXT = {
    "mark": QT_TRANSLATE_NOOP("History", "Marked"),
    "note": QT_TRANSLATE_NOOP("History", "Note"),
    "undo": QT_TRANSLATE_NOOP("History", "Undone"),
    "merge": QT_TRANSLATE_NOOP("History", "Merged with another change"),
    "override": QT_TRANSLATE_NOOP("History", "Override (kept on purpose)"),
    "edit": QT_TRANSLATE_NOOP("History", "Changed after closing"),
    "replay": QT_TRANSLATE_NOOP("History", "Sent after being offline"),
}


def describe_change(entry: HistoryEntry, codes: Codebook, zone: tzinfo | None) -> str:
    """ "Not marked → Present (09:01)"; "Note: “” → “Dentist”"; both when both changed."""

    def mark(code_id: int | None, check_in: datetime | None) -> str:
        code = codes.get(code_id)
        if code is None:
            return translate("History", "Not marked")
        if check_in is not None and code.checks_in:
            arrived = clock(check_in.astimezone(zone))
            return translate("History", "{mark} ({time})").format(mark=code.label, time=arrived)
        return code.label

    parts = []
    old_mark = mark(entry.old_code_id, entry.old_check_in_time)
    new_mark = mark(entry.new_code_id, entry.new_check_in_time)
    if old_mark != new_mark:
        parts.append(translate("History", "{old} → {new}").format(old=old_mark, new=new_mark))
    if (entry.old_note or "") != (entry.new_note or ""):
        parts.append(
            translate("History", "Note: \u201c{old}\u201d → \u201c{new}\u201d").format(
                old=entry.old_note or "", new=entry.new_note or ""
            )
        )
    if parts:
        return "; ".join(parts)
    return translate("History", "{mark} (unchanged)").format(mark=new_mark)


class HistoryModel(ReadOnlyTableModel):
    """One row's change log, newest first."""

    headers = HEADERS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        title = super().headerData(section, orientation, role)
        return translate("History", title) if isinstance(title, str) and title else title

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
        tip = role == Qt.ItemDataRole.ToolTipRole
        if column == COL_CHANGE:
            text = describe_change(entry, self.codes, self.zone)
            return plain_tip(text) if tip else text
        if column == COL_KIND:
            kind = KIND_TEXT.get(entry.kind)
            return translate("History", kind) if kind else entry.kind
        if column == COL_WHO:
            who = entry.changed_by or translate("History", "unknown")
            return plain_tip(who) if tip else who
        if column == COL_MACHINE:
            return plain_tip(entry.changed_on) if tip else entry.changed_on
        if column == COL_REASON:
            reason = entry.reason or ""
            return plain_tip(reason) if tip else reason
        return None

    def _when(self, entry: HistoryEntry, long: bool) -> str:
        """When the teacher made the change, and when it was saved if that differs (a
        mark kept on the PC while the server was away)."""
        saved = entry.changed_at.astimezone(self.zone)
        made = entry.made_at.astimezone(self.zone) if entry.made_at is not None else saved
        if long:
            made_text = _long(made)
            if made == saved:
                return translate("History", "Made {moment}").format(moment=made_text)
            saved_text = _long(saved)
            return translate("History", "Made {moment}; saved {saved}").format(
                moment=made_text, saved=saved_text
            )
        shown = _short(made)
        if _short(saved) == shown:
            return shown
        later = clock(saved) if saved.date() == made.date() else _short(saved)
        return translate("History", "{moment} (saved {saved})").format(moment=shown, saved=later)


def _long(moment: datetime) -> str:
    """ "Tuesday, 24 November 2026, 21:58:10": to the second, for the tooltip."""
    day = long_date(moment.date())
    # The locale's long time without its zone name ("21:58:10", "9:58:10 PM").
    pattern = re.sub(r"\s*t+", "", QLocale().timeFormat(QLocale.FormatType.LongFormat)).strip()
    time = QLocale().toString(QTime(moment.hour, moment.minute, moment.second), pattern)
    return translate("History", "{date}, {time}").format(date=day, time=time)


def _short(moment: datetime) -> str:
    """ "24 Nov 21:58": the table's column."""
    pattern = translate("History", "d MMM", "QLocale date pattern: day, short month")
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), pattern)
    time = clock(moment)
    return translate("History", "{date} {time}").format(date=day, time=time)


class HistoryDialog(QDialog):
    """A row's history in a table; not modal, closes with Esc."""

    def __init__(
        self, student: str, codes: Codebook, zone: tzinfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("History", "History: {student}").format(student=student))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model = HistoryModel(codes, zone, self)
        # The name is the school's data: escaped, as the label is rich text.
        self.title = QLabel(
            translate(
                "History", "<b>{student}</b>: every change to this register row, newest first."
            ).format(student=html.escape(student))
        )
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel(translate("History", "Loading…"))
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
            translate("History", "%n changes.", None, count)
            if count
            else translate("History", "No changes yet.")
        )
