""" "Who are you?": the teacher picks their name once; the caller remembers it.

Classroom PCs are shared and have no per-teacher login, so the register asks
once and keeps the answer in the settings file.  The list filters as you type,
ignoring case and accents ("zoe" finds "Zoë"), and Enter takes the highlighted
name, so it can be done without the mouse.

``TeacherSearch`` is the same search box and list as a widget, for dialogs that
pick a colleague (Register > Cover…: who is away, who covers).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal, Slot
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

from attendance_desktop.i18n import translate
from attendance_desktop.text import surname_key
from attendance_desktop.ui.list_keys import ListKeys
from attendance_desktop.ui.views import WordFilter, plain_label, plain_tip

#: Item data role holding the teacher's id.
TEACHER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Item data role holding the teacher's name alone (what typing searches).
TEACHER_NAME_ROLE = Qt.ItemDataRole.UserRole + 2


def _staff_order(name: str) -> tuple[str, str]:
    """Sort "Ms Zoë Laurent" under L, as a staff list would, not under the title."""
    words = name.split()
    return surname_key(name, words[-1] if words else "")


def select_row(proxy: WordFilter, view: QListView, row: int) -> None:
    """Make ``row`` of the filtered list current (or nothing, when there is no such row)."""
    index = proxy.index(row, 0)
    selection = view.selectionModel()
    if index.isValid():
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        view.scrollTo(index)
    else:
        selection.clear()


def filter_names(proxy: WordFilter, empty_label: QLabel, text: str) -> None:
    """Keep the names holding every word typed; say so in words when none does."""
    proxy.set_text(text)
    matches = proxy.rowCount()
    empty_label.setVisible(matches == 0)
    if matches == 0:
        empty_label.setText(
            translate("TeacherPicker", "No teacher's name matches \u201c{typed}\u201d.").format(
                typed=text.strip()
            )
        )


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
        self.setWindowTitle(translate("TeacherPicker", "Who are you?"))
        self.setMinimumSize(380, 440)

        heading = QLabel(translate("TeacherPicker", "Who are you?"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            translate(
                "TeacherPicker",
                "Choose your name so your registers open first. This computer remembers it; "
                "you can change it later.",
            )
        )
        intro.setWordWrap(True)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("teacherFilter")
        self.filter_edit.setPlaceholderText(translate("TeacherPicker", "Type to find your name"))
        self.filter_edit.setAccessibleName(translate("TeacherPicker", "Find your name"))
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
        self.list_view.setAccessibleName(translate("TeacherPicker", "Teachers"))
        self.list_view.setModel(self._proxy)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setStyleSheet("QListView::item { padding: 5px 4px; }")
        self.list_view.doubleClicked.connect(self._double_clicked)
        ListKeys(self.filter_edit, self.list_view, self._update_ok)

        self.empty_label = plain_label(QLabel())  # holds what was typed
        self.empty_label.setObjectName("noMatch")
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._name_buttons()
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
                translate(
                    "TeacherPicker",
                    "There are no teachers in this database yet. Import a roster or load the demo "
                    "school first.",
                )
            )
            self.empty_label.setVisible(True)
            self.filter_edit.setEnabled(False)
        self._select(self._row_of(current_id) if current_id is not None else 0)
        self.setTabOrder(self.filter_edit, self.list_view)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.filter_edit.setFocus()  # the teacher can type straight away

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LanguageChange:
            # The button box has just put back its own "OK" (a translator was loaded).
            self._name_buttons()
        return handled

    def _name_buttons(self) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("TeacherPicker", "That's me"))

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
        select_row(self._proxy, self.list_view, row)
        self._update_ok()

    @Slot(str)
    def _filter(self, text: str) -> None:
        filter_names(self._proxy, self.empty_label, text)
        self._select(0)

    @Slot()
    def _update_ok(self) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.selected_teacher_id() is not None)

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.accept()


class TeacherSearch(QWidget):
    """A search box over a list of teachers; Up, Down and Enter work from the box.

    ``set_notes`` adds a few words after some names ("free", "teaching 8C at 09:00")
    without making them searchable; ``chosen`` is emitted with the teacher's id (or
    None) whenever the highlighted name changes.
    """

    chosen = Signal(object)

    def __init__(
        self, parent: QWidget | None = None, *, placeholder: str, name: str, search_name: str
    ) -> None:
        """``name``: the list's accessible name; ``search_name``: the search box's."""
        super().__init__(parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(placeholder)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(search_name)
        self._model = QStandardItemModel(self)
        self._proxy = WordFilter(self, filter_role=TEACHER_NAME_ROLE)
        self._proxy.setSourceModel(self._model)
        self.list_view = QListView()
        self.list_view.setAccessibleName(name)
        self.list_view.setModel(self._proxy)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setStyleSheet("QListView::item { padding: 4px 4px; }")
        # A long note ("unterrichtet 8B Naturwissenschaften um 13:40") is cut with "…" and
        # shown whole in the tooltip, rather than scrolled to sideways.
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        ListKeys(self.filter_edit, self.list_view, self._emit)
        self.empty_label = plain_label(QLabel())  # holds what was typed
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.empty_label)
        self.filter_edit.textChanged.connect(self._filter)
        self.list_view.selectionModel().currentChanged.connect(self._emit)
        self._last: int | None = None

    def set_teachers(self, teachers: Sequence[tuple[int, str]], current_id: int | None) -> None:
        self._model.clear()
        for teacher_id, name in sorted(teachers, key=lambda t: _staff_order(t[1])):
            item = QStandardItem(name)
            item.setData(teacher_id, TEACHER_ID_ROLE)
            item.setData(name, TEACHER_NAME_ROLE)
            item.setToolTip(plain_tip(name))
            item.setEditable(False)
            self._model.appendRow(item)
        self.select_id(current_id)

    def set_notes(self, notes: dict[int, str]) -> None:
        """Words after each name (teachers not in ``notes`` show their name alone)."""
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            name = str(item.data(TEACHER_NAME_ROLE))
            note = notes.get(int(item.data(TEACHER_ID_ROLE)), "")
            if note:
                text = translate("TeacherPicker", "{name} \u2014 {note}").format(
                    name=name, note=note
                )
            else:
                text = name
            if item.text() != text:
                item.setText(text)
                item.setToolTip(plain_tip(text))

    def selected_teacher_id(self) -> int | None:
        index = self.list_view.currentIndex()
        if not index.isValid() or not self.list_view.selectionModel().isSelected(index):
            return None
        value = index.data(TEACHER_ID_ROLE)
        return int(value) if value is not None else None

    def select_id(self, teacher_id: int | None) -> None:
        row = 0 if teacher_id is not None else -1
        for number in range(self._proxy.rowCount()):
            if self._proxy.index(number, 0).data(TEACHER_ID_ROLE) == teacher_id:
                row = number
                break
        self._select(row)

    def _select(self, row: int) -> None:
        select_row(self._proxy, self.list_view, row)
        self._emit()

    @Slot(str)
    def _filter(self, text: str) -> None:
        filter_names(self._proxy, self.empty_label, text)
        self._select(0)

    @Slot()
    def _emit(self, *_: object) -> None:
        chosen = self.selected_teacher_id()
        if chosen != self._last:
            self._last = chosen
            self.chosen.emit(chosen)
