"""The attendance codes as an editable table: the model and its cell editors.

Every edit is checked with the same rules ``school.save_codes`` applies
(``school.code_problem``, ``school.shortcut_problem``); a refused edit leaves
the row as it was and says why through ``CodesModel.problem``.  The rows are
``school.CodeRow`` values, loaded and saved by the Settings dialog.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from attendance_desktop.db.models import CODE_CATEGORIES
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate
from attendance_desktop.school import (
    MAX_CODE_LENGTH,
    MAX_LABEL_LENGTH,
    CodeRow,
    code_problem,
    is_colour,
    reserved_keys,
    shortcut_problem,
)
from attendance_desktop.ui import palette

#: What each category means, in the words the dialog shows.
CATEGORY_LABELS = {
    "present": QT_TRANSLATE_NOOP("Codes", "Present"),
    "late": QT_TRANSLATE_NOOP("Codes", "Late"),
    "absent": QT_TRANSLATE_NOOP("Codes", "Absent"),
    "excused": QT_TRANSLATE_NOOP("Codes", "Excused absence"),
}


def category_label(category: str) -> str:
    """What a category means, in the reader's language."""
    label = CATEGORY_LABELS.get(category)
    return translate("Codes", label) if label else category


class CodesModel(QAbstractTableModel):
    """The attendance codes as an editable table; refused edits explain themselves."""

    LABEL, CODE, COLOUR, KEY, CATEGORY, COUNTS, ACTIVE = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("Codes", "Label"),
        QT_TRANSLATE_NOOP("Codes", "Code"),
        QT_TRANSLATE_NOOP("Codes", "Colour"),
        QT_TRANSLATE_NOOP("Codes", "Key"),
        QT_TRANSLATE_NOOP("Codes", "Means"),
        QT_TRANSLATE_NOOP("Codes", "Counts as present"),
        QT_TRANSLATE_NOOP("Codes", "In use"),
    )
    #: The row's ``CodeRow``.
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    #: An edit was refused; the argument says why, in plain words.
    problem = Signal(str)
    #: An edit was accepted (clears an earlier problem).
    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CodeRow] = []
        self._saved: list[CodeRow] = []

    # -- loading and reading back ------------------------------------------------------------

    def set_rows(self, rows: Sequence[CodeRow]) -> None:
        self.beginResetModel()
        self._rows = [copy.copy(r) for r in rows]
        self._saved = [copy.copy(r) for r in rows]
        self.endResetModel()

    def rows(self) -> list[CodeRow]:
        return [copy.copy(r) for r in self._rows]

    def is_changed(self) -> bool:
        return self._rows != self._saved

    def row(self, number: int) -> CodeRow:
        return self._rows[number]

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("Codes", self.HEADERS[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("Codes", _HEADER_TIPS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.CheckStateRole and column in (self.COUNTS, self.ACTIVE):
            on = row.counts_as_present if column == self.COUNTS else row.active
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole and column in (self.COUNTS, self.ACTIVE):
            # A tick has no text: a screen reader says the column and yes or no instead.
            on = row.counts_as_present if column == self.COUNTS else row.active
            title = translate("Codes", self.HEADERS[column])
            if on:
                return translate("Codes", "{column}: yes").format(column=title)
            return translate("Codes", "{column}: no").format(column=title)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COLOUR:
            return QColor(row.colour)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QColor(palette.DISABLED)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.CODE, self.KEY):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COLOUR:
                return translate("Codes", "Double-click to choose a colour")
            if not row.active:
                return translate(
                    "Codes", "Not in use: teachers cannot give this mark; old registers keep it."
                )
        return None

    def _text(self, row: CodeRow, column: int, editing: bool) -> Any:
        if column == self.LABEL:
            return row.label
        if column == self.CODE:
            return row.code
        if column == self.COLOUR:
            return row.colour.upper()
        if column == self.KEY:
            return row.shortcut
        if column == self.CATEGORY:
            return row.category if editing else category_label(row.category)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = index.column()
        if column in (self.COUNTS, self.ACTIVE):
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if column == self.COLOUR:
            return flags  # double-click opens the colour picker instead of a text editor
        return flags | Qt.ItemFlag.ItemIsEditable

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        number, column = index.row(), index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column in (self.COUNTS, self.ACTIVE):
            on = _checked(value)
            if column == self.ACTIVE:
                return self.set_active(number, on)
            self._rows[number].counts_as_present = on
            return self._changed(number, column, column)
        if role != Qt.ItemDataRole.EditRole:
            return False
        return self._set_text(number, column, str(value or "").strip())

    def _set_text(self, number: int, column: int, text: str) -> bool:
        """Take ``text`` into one cell if the column's rule allows it."""
        row = self._rows[number]
        problem: str | None = None
        if column == self.LABEL:
            if not text:
                problem = translate("Codes", "A code needs a label, for example Present.")
            elif len(text) > MAX_LABEL_LENGTH:
                problem = translate("Codes", "A label has at most 100 characters.")
            else:
                row.label = text
        elif column == self.CODE:
            problem = code_problem(self._rows, number, text.upper())
            if problem is None:
                row.code = text.upper()
        elif column == self.KEY:
            problem = shortcut_problem(self._rows, number, text.upper())
            if problem is None:
                row.shortcut = text.upper()
        elif column == self.CATEGORY:
            if text not in CODE_CATEGORIES:
                problem = translate(
                    "Codes", "Choose what the code means: present, late, absent or excused."
                )
            elif text != row.category:
                row.category = text
                # The usual meaning; the teacher can still change it.
                row.counts_as_present = text in ("present", "late")
                return self._changed(number, self.CATEGORY, self.COUNTS)
        elif column == self.COLOUR:
            if not is_colour(text):
                problem = translate("Codes", "A colour looks like #2E7D32.")
            else:
                row.colour = text.upper()
        else:
            return False
        if problem is not None:
            return self._refuse(problem)
        return self._changed(number, column, column)

    # -- editing whole rows --------------------------------------------------------------------

    def add_code(self) -> QModelIndex:
        """Append a new code with a free key, ready to be named; returns its label cell."""
        taken = {r.shortcut for r in self._rows} | reserved_keys()
        key = next((k for k in "XYZOQRSTUVWBCDFGHIM" if k not in taken), "")
        taken_codes = {r.code.upper() for r in self._rows}
        code = next(c for c in (f"NEW{n}" for n in range(1, 1000)) if c not in taken_codes)
        number = len(self._rows)
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.append(
            CodeRow(
                id=None,
                code=code,
                label=translate("Codes", "New code"),
                category="absent",
                counts_as_present=False,
                shortcut=key,
                colour="#6A1B9A",
            )
        )
        self.endInsertRows()
        self.edited.emit()
        return self.index(number, self.LABEL)

    def set_active(self, number: int, active: bool) -> bool:
        row = self._rows[number]
        if row.active == active:
            return True
        if not active and row.category == "present":
            others = [r for i, r in enumerate(self._rows) if i != number and r.active]
            if not any(r.category == "present" for r in others):
                label = row.label
                return self._refuse(
                    translate(
                        "Codes",
                        "\u201c{label}\u201d is the only code meaning Present; the register "
                        "needs one. Add another Present code first.",
                    ).format(label=label)
                )
        row.active = active
        return self._changed(number, 0, self.columnCount() - 1)

    def remove_unsaved(self, number: int) -> bool:
        """Drop a code added in this dialog and not saved yet (saved ones are kept)."""
        if not 0 <= number < len(self._rows) or self._rows[number].id is not None:
            return False
        self.beginRemoveRows(QModelIndex(), number, number)
        del self._rows[number]
        self.endRemoveRows()
        self.edited.emit()
        return True

    def move(self, number: int, offset: int) -> int:
        """Move a row up (-1) or down (+1) in the register's order; returns its new row."""
        target = number + offset
        if not (0 <= number < len(self._rows) and 0 <= target < len(self._rows)):
            return number
        destination = target + 1 if offset > 0 else target
        self.beginMoveRows(QModelIndex(), number, number, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(number))
        self.endMoveRows()
        self.edited.emit()
        return target

    def _changed(self, number: int, first: int, last: int) -> bool:
        self.dataChanged.emit(self.index(number, first), self.index(number, last))
        self.edited.emit()
        return True

    def _refuse(self, message: str) -> bool:
        self.problem.emit(message)
        return False


#: Starting widths of the narrow columns (the label takes the rest).
COLUMN_WIDTHS = {
    CodesModel.CODE: 70,
    CodesModel.COLOUR: 110,
    CodesModel.KEY: 50,
    CodesModel.CATEGORY: 140,
    CodesModel.COUNTS: 135,
    CodesModel.ACTIVE: 70,
}

_HEADER_TIPS = (
    QT_TRANSLATE_NOOP("Codes", "The name teachers see, for example Present or Medical appointment"),
    QT_TRANSLATE_NOOP("Codes", "A short code for reports and exports (up to 8 characters)"),
    QT_TRANSLATE_NOOP("Codes", "The colour of the mark in the register (double-click to change)"),
    QT_TRANSLATE_NOOP(
        "Codes", "The one letter a teacher presses in the register to give this mark"
    ),
    QT_TRANSLATE_NOOP(
        "Codes", "What the mark means for reports: present, late, absent or an excused absence"
    ),
    QT_TRANSLATE_NOOP("Codes", "Whether the student counts as in school for attendance figures"),
    QT_TRANSLATE_NOOP(
        "Codes", "Codes not in use cannot be given any more; old registers keep them"
    ),
)


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    try:
        return int(value) == Qt.CheckState.Checked.value
    except (TypeError, ValueError):
        return bool(value)


class CategoryDelegate(QStyledItemDelegate):
    """A drop-down of the four meanings for the "Means" column."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for category in CODE_CATEGORIES:
            combo.addItem(category_label(category), category)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TextDelegate(QStyledItemDelegate):
    """Line edits limited to what the column accepts (one letter for a key)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        if index.column() == CodesModel.KEY:
            editor.setMaxLength(1)
            editor.setValidator(QRegularExpressionValidator("[A-Za-z]", editor))
        elif index.column() == CodesModel.CODE:
            editor.setMaxLength(MAX_CODE_LENGTH)
        else:
            editor.setMaxLength(MAX_LABEL_LENGTH)
        return editor
