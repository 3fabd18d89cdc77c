""" "Who are you?": the teacher picks their name once; the caller remembers it.

Classroom PCs are shared and have no per-teacher login, so the register asks
once and keeps the answer in the settings file.  The list filters as you type,
ignoring case and accents ("zoe" finds "Zoë"), and Enter takes the highlighted
name, so it can be done without the mouse.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop.text import surname_key
from attendance_desktop.ui.list_keys import ListKeys
from attendance_desktop.ui.views import WordFilter

#: Item data role holding the teacher's id.
TEACHER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _staff_order(name: str) -> tuple[str, str]:
    """Sort "Ms Zoë Laurent" under L, as a staff list would, not under the title."""
    words = name.split()
    return surname_key(name, words[-1] if words else "")


class TeacherPickerDialog(QDialog):
    """Asks which teacher is using this computer.

    ``teachers`` is a list of (teacher id, display name).  After the dialog is
    accepted, ``selected_teacher_id()`` is the choice; saving it is the
    caller's job.  ``current_id`` preselects the name chosen last time.
    """

    def __init__(
        self,
        parent: QWidget | None,
        teachers: Sequence[tuple[int, str]],
        *,
        current_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teacherPicker")
        self.setWindowTitle("Who are you?")
        self.setMinimumSize(380, 440)

        heading = QLabel("Who are you?")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            "Choose your name so your registers open first. This computer remembers it; "
            "you can change it later."
        )
        intro.setWordWrap(True)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("teacherFilter")
        self.filter_edit.setPlaceholderText("Type to find your name")
        self.filter_edit.setClearButtonEnabled(True)

        self._model = QStandardItemModel(self)
        for teacher_id, name in sorted(teachers, key=lambda t: _staff_order(t[1])):
            item = QStandardItem(name)
            item.setData(teacher_id, TEACHER_ID_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        self._proxy = WordFilter(self)
        self._proxy.setSourceModel(self._model)

        self.list_view = QListView()
        self.list_view.setObjectName("teacherList")
        self.list_view.setModel(self._proxy)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setStyleSheet("QListView::item { padding: 5px 4px; }")
        self.list_view.doubleClicked.connect(self._double_clicked)
        ListKeys(self.filter_edit, self.list_view, self._update_ok)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("noMatch")
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("That's me")
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self._buttons)

        self.filter_edit.textChanged.connect(self._filter)
        selection = self.list_view.selectionModel()
        selection.currentChanged.connect(self._update_ok)
        if not teachers:
            self.empty_label.setText(
                "There are no teachers in this database yet. Import a roster or load the demo "
                "school first."
            )
            self.empty_label.setVisible(True)
            self.filter_edit.setEnabled(False)
        self._select(self._row_of(current_id) if current_id is not None else 0)
        self.setTabOrder(self.filter_edit, self.list_view)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.filter_edit.setFocus()  # the teacher can type straight away

    # -- the answer ----------------------------------------------------------------------------

    def selected_teacher_id(self) -> int | None:
        index = self.list_view.currentIndex()
        if not index.isValid() or not self.list_view.selectionModel().isSelected(index):
            return None
        value = index.data(TEACHER_ID_ROLE)
        return int(value) if value is not None else None

    def accept(self) -> None:
        if self.selected_teacher_id() is None:
            return  # Enter with nothing matching: stay open
        super().accept()

    # -- behaviour ---------------------------------------------------------------------------

    def _row_of(self, teacher_id: int) -> int:
        for row in range(self._proxy.rowCount()):
            if self._proxy.index(row, 0).data(TEACHER_ID_ROLE) == teacher_id:
                return row
        return 0

    def _select(self, row: int) -> None:
        index = self._proxy.index(row, 0)
        selection = self.list_view.selectionModel()
        if index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.list_view.scrollTo(index)
        else:
            selection.clear()
        self._update_ok()

    @Slot(str)
    def _filter(self, text: str) -> None:
        self._proxy.set_text(text)
        matches = self._proxy.rowCount()
        self.empty_label.setVisible(matches == 0)
        if matches == 0:
            self.empty_label.setText(f"No teacher's name matches \u201c{text.strip()}\u201d.")
        self._select(0)

    @Slot()
    def _update_ok(self) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.selected_teacher_id() is not None)

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.accept()
