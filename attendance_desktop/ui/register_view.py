"""Taking a register: the table that listens to the keyboard and mouse, and the panel
around it (heading, buttons, banners, the conflict bar, empty states).

Keys in the register (also in Help > Keyboard shortcuts):

- a code's key (P, A, L, E and any the school configured) always marks the
  selected student(s) and moves to the next student; it never searches (a search
  on its way ends, and the student found is marked);
- a row's number (digits, shown left of each row) goes to that student; digits
  never mark;
- a letter that is not a code's key (nor J, K, N) finds a student by name;
  "/" starts a search in which every letter counts (for names starting with a
  code's letter);
- Space, or a click on the status, steps to the next code (a double click is one
  step, never two marks);
- Up/Down or J/K move; Ctrl+Enter marks everyone not yet marked as Present (and
  starts a register not started yet);
- Ctrl+Z undoes the last mark (itself saved as an "undo" change);
- N (or F2, or a double click on the note) edits the note;
- Ctrl+H (or right-click > History) shows the row's history.

What a key means, and the writing, is the ``RegisterController``'s
(``register_controller.py``); how a row looks is the ``RegisterDelegate``'s
(``register_delegate.py``).
"""

from __future__ import annotations

import contextlib
import html
from datetime import datetime

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop.i18n import clock, translate, weekday_date
from attendance_desktop.lessons import HistoryEntry, LessonInfo
from attendance_desktop.rules import Code
from attendance_desktop.ui import palette
from attendance_desktop.ui.conflict_bar import ConflictBar
from attendance_desktop.ui.history_dialog import HistoryDialog
from attendance_desktop.ui.register_controller import RegisterController
from attendance_desktop.ui.register_delegate import ROW_HEIGHT, RegisterDelegate, code_icon
from attendance_desktop.ui.register_model import (
    COL_CHECK_IN,
    COL_NOTE,
    COL_RECENT,
    COL_SAVED,
    COL_STATUS,
    COL_STUDENT,
)
from attendance_desktop.ui.views import plain_label, plain_tip, setup_table, show_focus

#: How long type-ahead waits for the next letter before it ends, in milliseconds.
SEARCH_TIMEOUT_MS = 1500


class RegisterView(QTableView):
    """The register table: keyboard first, the mouse works too."""

    #: Type-ahead text changed ("" when the search ended).
    searchChanged = Signal(str)

    def __init__(self, controller: RegisterController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setModel(controller.model)
        delegate = RegisterDelegate(self)
        self.setItemDelegate(delegate)
        delegate.editorOpened.connect(controller.begin_note_edit)
        delegate.closeEditor.connect(lambda *_: controller.end_note_edit())
        setup_table(self, row_height=ROW_HEIGHT)
        numbers = self.verticalHeader()
        numbers.show()  # the row numbers a teacher types to go to a student
        numbers.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        numbers.setMinimumWidth(28)
        # Unlike the read-only tables: several rows at once, and the note is edited in place.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.focus_ring = show_focus(self)
        self.setAccessibleName(translate("Register", "Register"))
        self.setAccessibleDescription(
            translate(
                "Register",
                "Students and their marks. A mark's key marks the selected student; a row's "
                "number goes to that student; other letters find a name.",
            )
        )
        self.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in DEFAULT_WIDTHS.items():
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(COL_SAVED, QHeaderView.ResizeMode.Fixed)
        self.clicked.connect(self._on_clicked)
        controller.model.noteEdited.connect(controller.set_note)
        controller.loaded.connect(self._on_loaded)
        self._search = ""
        self._search_explicit = False
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_TIMEOUT_MS)
        self._search_timer.timeout.connect(self.end_search)
        #: A row number being typed ("1", then "12").
        self._number = ""
        self._number_timer = QTimer(self)
        self._number_timer.setSingleShot(True)
        self._number_timer.setInterval(SEARCH_TIMEOUT_MS)
        self._number_timer.timeout.connect(self._end_number)
        #: The last context menu and history window shown (tests drive them).
        self.context_menu: QMenu | None = None
        self.history_dialog: HistoryDialog | None = None
        #: Inside a double click: its second press and release mark nothing.
        self._double = False

    # --- helpers ---------------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def target_rows(self) -> list[int]:
        """The rows a key acts on: the selection if it holds the current row, else that row."""
        current = self.current_row()
        if current < 0:
            return []
        selection = self.selectionModel()
        rows = sorted({i.row() for i in selection.selectedRows()}) if selection else []
        return rows if current in rows else [current]

    def go_to(self, row: int, column: int | None = None) -> None:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        row = max(0, min(row, model.rowCount() - 1))
        column = self.currentIndex().column() if column is None else column
        index = model.index(row, max(column, 0))
        selection = self.selectionModel()
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)

    def _on_loaded(self) -> None:
        if self.model().rowCount() and not self.currentIndex().isValid():
            self.go_to(0, COL_STUDENT)

    def edit_note(self, row: int | None = None) -> None:
        row = self.current_row() if row is None else row
        if row < 0:
            return
        index = self.model().index(row, COL_NOTE)
        self.setCurrentIndex(index)
        self.edit(index)

    # --- type-ahead --------------------------------------------------------------------------

    def searching(self) -> bool:
        return bool(self._search) or self._search_explicit

    def start_search(self, text: str = "", *, explicit: bool = False) -> None:
        self._search = ""
        self._search_explicit = explicit
        self._extend_search(text) if text else self._announce()
        self._search_timer.start()

    def _extend_search(self, text: str) -> None:
        self._search += text
        found = self.controller.model.find(self._search, max(self.current_row(), 0))
        if found is not None:
            self.go_to(found)
        self._announce(found is None)
        self._search_timer.start()

    def _announce(self, missing: bool = False) -> None:
        if not self.searching():
            self.searchChanged.emit("")
            return
        typed = self._search
        if missing:
            text = translate("Register", "Find: {typed}▏ (no student matches)")
        else:
            text = translate("Register", "Find: {typed}▏")
        self.searchChanged.emit(text.format(typed=typed))

    def _type_number(self, digit: str) -> None:
        """A row number, digit by digit: "1" goes to row 1, then "2" to row 12."""
        count = self.model().rowCount()
        wanted = self._number + digit if self._number_timer.isActive() else digit
        if not 1 <= int(wanted) <= count:
            wanted = digit  # "35" in a class of 30: the 5 starts again
        self._number = wanted
        number = int(wanted)
        if 1 <= number <= count:
            self.go_to(number - 1)
            name = self.controller.model.rows[number - 1].display_name
            self.searchChanged.emit(
                translate("Register", "Row {number}: {name}").format(number=number, name=name)
            )
        else:
            self.searchChanged.emit(
                translate("Register", "Row {number}: there are %n students", None, count).format(
                    number=number
                )
            )
        self._number_timer.start()

    def _end_number(self) -> None:
        if self._number:
            self._number = ""
            self._number_timer.stop()
            self.searchChanged.emit("")

    def end_search(self) -> None:
        if self.searching():
            self._search = ""
            self._search_explicit = False
            self._search_timer.stop()
            self.searchChanged.emit("")

    # --- input -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        if modifiers & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        ):
            self.end_search()
            super().keyPressEvent(event)
            return
        if (
            text.isdigit()
            and len(text) == 1
            and not self._search_explicit
            and self.controller.model.codes.for_key(text) is None
        ):
            self.end_search()
            self._type_number(text)
            return
        self._end_number()
        if self.searching() and self._search_key(key, text):
            return
        if key == Qt.Key.Key_Space:
            row = self.current_row()
            if row >= 0:
                for number in self.target_rows():
                    self.controller.cycle(number)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        if text == "/":
            self.start_search(explicit=True)
            return
        if len(text) == 1 and text.isprintable() and not text.isspace() and self._letter(text):
            return
        super().keyPressEvent(event)

    def _letter(self, text: str) -> bool:
        """A printable key outside a search: a code marks, J/K move, N edits the note,
        another letter starts a search.  False: not one of those."""
        code = self.controller.model.codes.for_key(text)
        if code is not None:
            self._mark(code)
            return True
        lowered = text.lower()
        if lowered in ("j", "k"):
            self.go_to(self.current_row() + (1 if lowered == "j" else -1))
            return True
        if lowered == "n":
            self.edit_note()
            return True
        if text.isalpha():
            self.start_search(text)
            return True
        return False

    def _search_key(self, key: int, text: str) -> bool:
        """Handle a key during type-ahead; False hands it on to the normal keys."""
        if key == Qt.Key.Key_Escape or key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.end_search()
            return True
        if key == Qt.Key.Key_Backspace:
            self._search = self._search[:-1]
            if not self._search and not self._search_explicit:
                self.end_search()
            else:
                self._announce()
                self._search_timer.start()
            return True
        if len(text) == 1 and text.isprintable() and (text.isalpha() or text in " -'"):
            if not self._search_explicit and self.controller.model.codes.for_key(text):
                # A code's key always marks: "m" then "a" marks the M... student Absent.
                self.end_search()
                return False
            self._extend_search(text)
            return True
        self.end_search()
        return False

    def _mark(self, code: Code) -> None:
        rows = self.target_rows()
        if not rows:
            return
        if self.controller.press(rows, code):
            self.go_to(max(rows) + 1)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # A double click is one intended action: its first click made the mark (if it
        # was on a status); the second changes nothing, wherever it lands (a row that
        # moved under the pointer included).  Only the note opens on a double click.
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index.column() == COL_NOTE and index == self.currentIndex():
            super().mouseDoubleClickEvent(event)
            return
        self._double = True
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self._double = False

    def _on_clicked(self, index: QModelIndex) -> None:
        if self._double:
            return
        if index.isValid() and index.column() == COL_STATUS:
            self.end_search()
            self.controller.cycle(index.row())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        self.go_to(index.row(), index.column())
        self.context_menu = self.build_context_menu(index.row())
        self.context_menu.popup(event.globalPos())

    def build_context_menu(self, number: int) -> QMenu:
        controller = self.controller
        row = controller.model.rows[number]
        menu = QMenu(self)
        title = menu.addAction(row.display_name)
        title.setEnabled(False)
        menu.addSeparator()
        for code in controller.model.codes.codes:
            action = QAction(code_icon(code.colour), f"{code.label}\t{code.shortcut}", menu)
            action.setCheckable(True)
            action.setChecked(code.id == row.code_id)
            action.triggered.connect(
                lambda _checked=False, c=code, n=number: controller.choose(n, c)
            )
            menu.addAction(action)
        menu.addSeparator()
        edit_note = translate("Register", "Edit note…")
        note = menu.addAction(f"{edit_note}\tN")
        note.triggered.connect(lambda: self.edit_note(number))
        show_history = translate("Register", "History…")
        history = menu.addAction(f"{show_history}\tCtrl+H")
        history.triggered.connect(lambda: self.show_history(number))
        return menu

    def show_history(self, number: int | None = None) -> HistoryDialog | None:
        """The row's change history in a window of its own (not modal)."""
        number = self.current_row() if number is None else number
        model = self.controller.model
        if not 0 <= number < len(model.rows):
            return None
        row = model.rows[number]
        dialog = HistoryDialog(row.display_name, model.codes, model.zone, self)
        self.history_dialog = dialog

        def show(entries: list[HistoryEntry]) -> None:
            with contextlib.suppress(RuntimeError):  # closed and deleted meanwhile
                dialog.show_entries(entries)

        self.controller.load_history(row.attendance_id, show)
        dialog.show()
        return dialog

    def event(self, event: QEvent) -> bool:
        # Letters are ours while the register has focus, even if a menu claims them.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain = not (
                event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            )
            if plain and event.text() and self.state() != QAbstractItemView.State.EditingState:
                event.accept()
                return True
        return super().event(event)


def room_label(room: str) -> str:
    """ "Room B12" for "B12", and "Room M2" (not "Room Room M2") for "Room M2"."""
    template = translate("Register", "Room {room}")
    word = template.replace("{room}", "").strip().casefold()
    folded = room.casefold()
    if folded.startswith("room") or (word and folded.startswith(word)):
        return room
    return template.format(room=room)


DEFAULT_WIDTHS = {
    COL_STUDENT: 230,
    COL_STATUS: 116,
    COL_SAVED: 28,
    COL_CHECK_IN: 70,
    COL_RECENT: 104,
}


def ask_reason(parent: QWidget) -> str | None:
    """The dialog behind ``RegisterController.reason_provider``."""
    text, ok = QInputDialog.getText(
        parent,
        translate("Register", "Change a closed register"),
        translate(
            "Register",
            "This register is closed. Why are you changing it?\n"
            "(The reason is kept in the register's history.)",
        ),
    )
    return text.strip() if ok and text.strip() else None


# --- the panel around the table --------------------------------------------------------------


class ElidedLabel(QLabel):
    """One line that never wraps: cut with "…" when space is short, whole in its tooltip.

    The register's heading keeps one height whatever its texts say, so the table
    below never moves under the pointer when a mark changes the counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(40)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(plain_tip(text.replace("\u00a0", " ")))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )


class _NoDoubleClick(QObject):
    """Swallows the second press of a double click on the buttons that change a register's
    state: Start then Close (which appears where Start was) must not both happen."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.MouseButtonDblClick


class RegisterPanel(QWidget):
    """The register with its heading, its buttons, its banners (offline, unsaved marks),
    the conflict bar, and empty states."""

    def __init__(self, controller: RegisterController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.view = RegisterView(controller, self)
        controller.reason_provider = lambda: ask_reason(self)

        self.title = plain_label(ElidedLabel())
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.details = plain_label(ElidedLabel())
        self.details.setStyleSheet(f"color: {palette.MUTED};")
        # The counts change with every mark; they never wrap, and the line beside them
        # is cut rather than wrapped, so the table never moves under the pointer.
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(False)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.start_button = QPushButton(translate("Register", "Start register"))
        self.start_button.setToolTip(
            translate("Register", "Creates a row for every student enrolled today (Enter)")
        )
        self.start_button.clicked.connect(controller.start)
        self.all_present_button = QPushButton(translate("Register", "All present"))
        self.all_present_button.setToolTip(
            translate(
                "Register",
                "Everyone not marked yet becomes Present, Late after the grace period (Ctrl+Enter)",
            )
        )
        self.all_present_button.clicked.connect(controller.mark_all_present)
        self.close_button = QPushButton(translate("Register", "Close register"))
        self.close_button.setToolTip(
            translate("Register", "Marks the lesson as done; later changes ask for a reason")
        )
        self.close_button.clicked.connect(controller.close_lesson)
        self.reopen_button = QPushButton(translate("Register", "Reopen"))
        self.reopen_button.clicked.connect(controller.reopen_lesson)
        self._no_double_click = _NoDoubleClick(self)
        for button in (
            self.start_button,
            self.all_present_button,
            self.close_button,
            self.reopen_button,
        ):
            button.installEventFilter(self._no_double_click)
        controller.confirm_close = self._confirm_close

        # Two lines of fixed height: the class and the buttons, then the lesson's details
        # and the counts (which change with every mark, so the details give way to them).
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.all_present_button)
        top.addWidget(self.close_button)
        top.addWidget(self.reopen_button)
        second = QHBoxLayout()
        second.addWidget(self.details, 1)
        second.addSpacing(12)
        second.addWidget(self.summary)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addLayout(top)
        heading.addLayout(second)

        self.banner = QFrame()
        self.banner.setObjectName("unsavedBanner")
        self.banner.setStyleSheet(palette.banner_style("unsavedBanner", palette.ERROR_BANNER))
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.retry_button = QPushButton(translate("Register", "Retry now"))
        self.retry_button.clicked.connect(controller.writer.retry_now)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 6, 6)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.retry_button)
        self.banner.hide()

        self.offline_banner = QFrame()
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setStyleSheet(
            palette.banner_style("offlineBanner", palette.INFO_BANNER)
        )
        self.offline_text = QLabel()
        self.offline_text.setWordWrap(True)
        self.offline_text.setTextFormat(Qt.TextFormat.RichText)
        self.offline_retry = QPushButton(translate("Register", "Try now"))
        self.offline_retry.setToolTip(
            translate("Register", "Ask the server again now (it is asked every few seconds)")
        )
        self.offline_retry.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.offline_retry.clicked.connect(controller.writer.retry_now)
        offline_layout = QHBoxLayout(self.offline_banner)
        offline_layout.setContentsMargins(10, 6, 6, 6)
        offline_layout.addWidget(self.offline_text, 1)
        offline_layout.addWidget(self.offline_retry)
        self.offline_banner.hide()

        self.conflict_bar = ConflictBar(
            controller.writer, lambda: controller.model.codes, lambda: controller.model.zone
        )
        self.conflict_bar.keepMine.connect(controller.keep_mine)
        self.conflict_bar.takeTheirs.connect(controller.take_theirs)
        self.conflict_bar.showStudent.connect(self._show_student)
        # Conflicts kept from an earlier run are read before the codes are: named again
        # once the register (and its codes) has loaded.
        controller.loaded.connect(self.conflict_bar.refresh)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(40)
        self.empty.setStyleSheet(f"color: {palette.MUTED}; font-size: 12pt;")
        self.empty.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(heading)
        layout.addWidget(self.offline_banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(self.stack, 1)

        controller.lessonChanged.connect(self.refresh)
        controller.countsChanged.connect(self.refresh_summary)
        controller.model.dataChanged.connect(self.refresh_summary)
        controller.writer.unsavedChanged.connect(self.refresh_banner)
        controller.writer.stateChanged.connect(self.refresh_banner)
        controller.writer.offlineChanged.connect(self.refresh_offline)
        controller.writer.waitingChanged.connect(self.refresh_offline)
        self.refresh(None)
        self.refresh_offline()

    def _confirm_close(self, unmarked: int) -> bool:
        """Closing with students not marked: asked first (the default is not to close)."""
        answer = QMessageBox.question(
            self,
            translate("Register", "Close the register?"),
            translate(
                "Register",
                "%n students are not marked yet.\n\nClose the register anyway? After closing, "
                "every change asks for a reason.",
                None,
                unmarked,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def refresh(self, lesson: LessonInfo | None = None) -> None:
        lesson = self.controller.lesson
        model = self.controller.model
        loading = self.controller.loading
        for button in (
            self.start_button,
            self.all_present_button,
            self.close_button,
            self.reopen_button,
        ):
            button.hide()
        if lesson is None:
            self.title.setText(
                translate("Register", "Loading…")
                if loading
                else translate("Register", "No lesson selected")
            )
            self.details.setText("")
            self.empty.setText(
                translate("Register", "Loading the register…")
                if loading
                else translate("Register", "Pick a lesson on the left to take its register.")
            )
            self.stack.setCurrentWidget(self.empty)
            self.refresh_summary()
            return
        zone = model.zone
        start = lesson.start_time.astimezone(zone)
        end = lesson.end_time.astimezone(zone)
        if lesson.subject and lesson.subject.casefold() not in lesson.class_name.casefold():
            self.title.setText(
                translate("Register", "{class_name} · {subject}").format(
                    class_name=lesson.class_name, subject=lesson.subject
                )
            )
        else:
            self.title.setText(lesson.class_name)
        self.details.setText(self._details(lesson, start, end))
        if lesson.status == "planned":
            self.start_button.show()
            self.start_button.setEnabled(not loading)
            self.empty.setText(
                translate("Register", "Starting the register…")
                if loading
                else translate(
                    "Register",
                    "This register has not been started.\n\nPress Enter or click "
                    "Start register: every student enrolled in {class_name} gets a row, "
                    "all at once. Ctrl+Enter starts it with everyone marked present.",
                ).format(class_name=lesson.class_name)
            )
            self.stack.setCurrentWidget(self.empty)
        elif not model.rows:
            self.empty.setText(
                translate("Register", "Loading the register…")
                if loading
                else translate("Register", "No students are enrolled in this class.")
            )
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.view)
        if lesson.status == "open":
            self.all_present_button.show()
            self.all_present_button.setEnabled(bool(model.unmarked_rows()) and not loading)
            self.close_button.show()
        elif lesson.status == "closed":
            self.reopen_button.show()
        self.refresh_summary()

    @staticmethod
    def _details(lesson: LessonInfo, start: datetime, end: datetime) -> str:
        """The lesson's second line: day, time, room, teacher (and whom they cover), state,
        grace period."""
        status = {
            "planned": translate("Register", "Not started"),
            "open": translate("Register", "Open"),
            "closed": translate("Register", "Closed"),
        }[lesson.status]
        grace = lesson.grace_minutes
        parts = [
            weekday_date(start.date()),
            translate("Register", "{start}\u2013{end}").format(start=clock(start), end=clock(end)),
            *([room_label(lesson.room)] if lesson.room else []),
            lesson.teacher_label,  # "Mx Patel, cover for Ms Rivera" on a cover
            status,
            translate("Register", "Late after %n min", None, grace),
        ]
        # When it wraps, it wraps between the parts, never inside "Late after 5 min".
        return "\u00a0· ".join(p.replace(" ", "\u00a0") for p in parts)

    def refresh_summary(self, *_: object) -> None:
        model = self.controller.model
        self.all_present_button.setEnabled(bool(model.unmarked_rows()))
        if not model.rows:
            self.summary.setText("")
            return
        counts = model.counts()
        parts = []
        for code in model.codes.codes:
            if counts.get(code.id):
                # The label is the school's own text: escaped, as this label is rich text.
                count = translate("Register", "{count} {mark}").format(
                    count=counts[code.id], mark=html.escape(code.label.lower())
                )
                parts.append(
                    f"<span style='color:{html.escape(code.colour)}; font-weight:600'>"
                    f"{count}</span>"
                )
        unmarked = counts.get(None, 0)
        if unmarked:
            not_marked = translate("Register", "%n not marked", None, unmarked)
            parts.append(f"<b>{not_marked}</b>")
        else:
            parts.append(translate("Register", "all marked"))
        self.summary.setText(" · ".join(parts))

    def refresh_offline(self, *_: object) -> None:
        writer = self.controller.writer
        waiting = writer.waiting()
        if writer.offline:
            if waiting:
                text = translate(
                    "Register",
                    "<b>The server can't be reached.</b> Your marks are kept on this computer "
                    "(<b>%n waiting</b>) and will be sent when it's back.",
                    None,
                    waiting,
                )
            else:
                text = translate(
                    "Register",
                    "<b>The server can't be reached.</b> Keep marking: your marks are kept on "
                    "this computer and will be sent when it's back.",
                )
            self.offline_text.setText(text)
            self.offline_retry.show()
        elif writer.replaying and waiting:
            self.offline_text.setText(
                translate("Register", "Sending %n marks kept on this computer…", None, waiting)
            )
            self.offline_retry.hide()
        else:
            self.offline_banner.hide()
            return
        self.offline_banner.show()

    def _show_student(self, attendance_id: int) -> None:
        number = self.controller.model.row_of(attendance_id)
        if number is not None:
            self.view.go_to(number)
            self.view.setFocus()

    def refresh_banner(self, *_: object) -> None:
        writer = self.controller.writer
        failing = writer.failing()
        if not failing:
            self.banner.hide()
            return
        unsaved = writer.unsaved()
        marks = translate("Register", "%n marks not saved yet", None, unsaved)
        students = translate("Register", "%n students", None, failing)
        self.banner_text.setText(
            translate(
                "Register",
                "{marks} ({students}). They stay in the register and are retried "
                "automatically (rows marked !); keep the app open until they are saved.",
            ).format(marks=marks, students=students)
        )
        self.banner.show()
