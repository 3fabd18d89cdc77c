"""Register > New lesson…: take a register for one of my classes, now.

A school that imported its roster has teachers, classes and students but no
timetable, so no lessons: without this dialog a teacher could not take a
register at all.  It is built for the forty seconds between lessons: the
class filter has the focus, typing narrows the list (my classes first, every
class with "Show all classes" for a cover lesson), Up and Down move, Enter
takes the register.  The time is the period running now, else the day's next
period (from the school's bell times, length and all); with no bell times, or
after the last period, it is now, rounded down to five minutes.

The class list is read and the lesson written on the ``Operations`` worker;
``repository.add_lesson`` returns the lesson the class already has at that
time instead of making a second one, so a double click or two computers can
never give one lesson two registers.  Times are the school's (``zone``) and
stored in UTC.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import partial

import shiboken6
from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTime,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QCloseEvent,
    QPalette,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop import errors, lessons, rules
from attendance_desktop.db import repository
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, clock, translate
from attendance_desktop.lessons import Period, PickerClass
from attendance_desktop.ui import palette
from attendance_desktop.ui.app_window import fitting_minimum
from attendance_desktop.ui.error_dialogs import show_known_error
from attendance_desktop.ui.list_keys import ListKeys
from attendance_desktop.ui.mark_writer import handled_here
from attendance_desktop.ui.operations import Latest, Operations
from attendance_desktop.ui.views import WordFilter, setup_tree, show_focus

COL_CLASS, COL_SUBJECT, COL_ROOM, COL_STUDENTS, COL_TEACHER = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("NewLesson", "Class"),
    QT_TRANSLATE_NOOP("NewLesson", "Subject"),
    QT_TRANSLATE_NOOP("NewLesson", "Room"),
    QT_TRANSLATE_NOOP("NewLesson", "Students"),
    QT_TRANSLATE_NOOP("NewLesson", "Teacher"),
)

#: Item data role (on the Class column) holding the row's ``PickerClass``.
CLASS_ROLE = Qt.ItemDataRole.UserRole + 1
#: Item data role: True for the teacher's own classes.
MINE_ROLE = Qt.ItemDataRole.UserRole + 2
#: Item data role (on the Class column): the words a typed filter looks in.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

DEFAULT_LENGTH_MINUTES = 60
MIN_LENGTH_MINUTES = 5
MAX_LENGTH_MINUTES = 480
#: The start time offered for a day other than today.
DEFAULT_START = time(9, 0)

NO_CLASSES = QT_TRANSLATE_NOOP(
    "NewLesson", "There are no classes yet. Import your school's roster with File > Import roster…"
)
#: The menu path inside NO_CLASSES (translated alike), which is never broken across lines.
NO_CLASSES_MENU = QT_TRANSLATE_NOOP("NewLesson", "File > Import roster…")


def _no_classes_shown() -> str:
    """NO_CLASSES in the reader's language, the menu path kept on one line."""
    menu = translate("NewLesson", NO_CLASSES_MENU)
    return translate("NewLesson", NO_CLASSES).replace(menu, menu.replace(" ", "\u00a0"))


# --- the times, with no Qt ------------------------------------------------------------------------


def default_start(day: date, now: datetime, zone: tzinfo) -> time:
    """Now rounded down to five minutes if ``day`` is today in ``zone``; else 09:00."""
    local = now.astimezone(zone)
    if local.date() != day:
        return DEFAULT_START
    return time(local.hour, local.minute - local.minute % 5)


def default_times(
    day: date, now: datetime, zone: tzinfo, periods: Sequence[Period]
) -> tuple[time, int | None, str]:
    """Where a new lesson on ``day`` starts: (start, length in minutes or None to keep the
    length shown, the period's name or "").

    Today: the period running now, else the next one; after the last period (or with
    no bell times) ``default_start``.  Another day: its first period, else 09:00.
    """
    local = now.astimezone(zone)
    today = local.date() == day
    for period in periods:
        if not today or local.time() < period.end:
            minutes = (
                datetime.combine(day, period.end) - datetime.combine(day, period.start)
            ).seconds // 60
            return period.start, max(minutes, MIN_LENGTH_MINUTES), period.name
    return default_start(day, now, zone), None, ""


def lesson_times(day: date, start: time, minutes: int, zone: tzinfo) -> tuple[datetime, datetime]:
    """The UTC start and end of a lesson starting at ``start`` on ``day`` in ``zone``.

    The length is added in UTC, so a lesson across a clock change still lasts
    ``minutes`` minutes.
    """
    begins = datetime.combine(day, start, tzinfo=zone).astimezone(UTC)
    return begins, begins + timedelta(minutes=minutes)


# --- the list -----------------------------------------------------------------------------------


class _ClassFilter(WordFilter):
    """Keeps the teacher's own classes (or every class) containing every typed word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, filter_role=SEARCH_ROLE, filter_column=COL_CLASS)
        self.show_all = False

    def set_filter(self, text: str, show_all: bool) -> None:
        self.show_all = show_all
        self.set_text(text)  # filters again, with both

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        index = self.sourceModel().index(source_row, COL_CLASS, source_parent)
        if not self.show_all and not index.data(MINE_ROLE):
            return False
        return super().filterAcceptsRow(source_row, source_parent)


def _item(text: str, *, align_right: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _quiet(text: str = "") -> QLabel:
    """Helper text: quieter than the fields around it."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


# --- the dialog ---------------------------------------------------------------------------------


class NewLessonDialog(QDialog):
    """Choose a class and a time; "Take register" adds the lesson (or finds it) on the worker.

    ``teacher_id`` is the person at this computer: they take the register,
    even for another teacher's class (cover).  ``day`` is the day the main
    window shows; ``zone`` the school's time zone.  ``created`` is emitted with
    (lesson id, created) once the lesson is in the database, just after the
    dialog has closed; ``created`` is False when the class already had a lesson
    at that time and that one is used.
    """

    #: The lesson is in the database: (lesson id, True if made now / False if it existed).
    created = Signal(int, bool)
    #: The class list has been loaded (or failed to load).
    classes_loaded = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        operations: Operations,
        *,
        teacher_id: int,
        day: date,
        zone: tzinfo,
        clock: rules.Clock = rules.system_clock,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newLessonDialog")
        self.setWindowTitle(translate("NewLesson", "New lesson"))
        self.setMinimumSize(fitting_minimum(self, QSize(600, 560)))
        self.operations = operations
        self.teacher_id = teacher_id
        self.zone = zone
        self.clock = clock
        self.loaded = False
        self.saving = False
        self._prefilled_room = ""
        self._start_edited = False
        self._length_edited = False
        self._setting_start = False
        self._closed = False
        #: The day's periods (bell times), once read; the period the start is set to.
        self.periods: list[Period] = []
        self.period_name = ""
        self._period_loads = Latest()
        #: The bell times have been read (or failed to be).
        self.periods_read = False

        heading = QLabel(translate("NewLesson", "New lesson"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.intro = QLabel(
            translate(
                "NewLesson",
                "Choose the class and take its register. If the class already has a lesson at "
                "that time, its register is used instead of a new one.",
            )
        )
        self.intro.setWordWrap(True)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("classFilter")
        self.filter_edit.setPlaceholderText(
            translate("NewLesson", "Type to find a class: name, subject or room")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(translate("NewLesson", "Find a class"))
        self.show_all_box = QCheckBox(translate("NewLesson", "Show &all classes"))
        self.show_all_box.setObjectName("showAllClasses")
        self.show_all_box.setToolTip(
            translate("NewLesson", "Other teachers' classes too, for a cover lesson")
        )
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addSpacing(8)
        filter_row.addWidget(self.show_all_box)

        self._model = QStandardItemModel(0, len(HEADERS), self)
        self._model.setHorizontalHeaderLabels([translate("NewLesson", title) for title in HEADERS])
        self._model.setHeaderData(
            COL_STUDENTS,
            Qt.Orientation.Horizontal,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            Qt.ItemDataRole.TextAlignmentRole,
        )
        self._proxy = _ClassFilter(self)
        self._proxy.setSourceModel(self._model)

        self.class_view = setup_tree(QTreeView())
        self.class_view.setObjectName("classList")
        self.class_view.setAccessibleName(translate("NewLesson", "Classes"))
        show_focus(self.class_view)
        self.class_view.setModel(self._proxy)
        self.class_view.setItemsExpandable(False)
        self.class_view.setAllColumnsShowFocus(True)
        self.class_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.class_view.doubleClicked.connect(self._double_clicked)
        header = self.class_view.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(64)
        self.class_view.setColumnHidden(COL_TEACHER, True)
        ListKeys(self.filter_edit, self.class_view, self._update_take)

        # Instead of the list: "Loading…", or no classes at all.
        self.message_label = QLabel(translate("NewLesson", "Loading classes…"))
        self.message_label.setObjectName("classMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setMargin(24)
        self.message_label.setStyleSheet(f"color: {palette.MUTED}; font-size: 11pt;")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message_label)
        self.pages.addWidget(self.class_view)

        self.list_note = _quiet()
        self.list_note.setObjectName("listNote")
        self.list_note.setVisible(False)

        # When.
        self.date_edit = QDateEdit(QDate(day.year, day.month, day.day))
        self.date_edit.setObjectName("lessonDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(
            translate(
                "NewLesson", "ddd d MMM yyyy", "QLocale date pattern: short weekday, day, month"
            )
        )
        self.start_edit = QTimeEdit()
        self.start_edit.setObjectName("lessonStart")
        self.start_edit.setDisplayFormat(self.locale().timeFormat(QLocale.FormatType.ShortFormat))
        self.length_spin = QSpinBox()
        self.length_spin.setObjectName("lessonLength")
        self.length_spin.setRange(MIN_LENGTH_MINUTES, MAX_LENGTH_MINUTES)
        self.length_spin.setSingleStep(5)
        self.length_spin.setValue(DEFAULT_LENGTH_MINUTES)
        self.length_spin.setSuffix(translate("NewLesson", " minutes", "after the lesson's length"))
        self.length_spin.setAccessibleName(translate("NewLesson", "Lesson length in minutes"))
        self.ends_label = _quiet()
        self.ends_label.setObjectName("lessonEnds")
        self.ends_label.setWordWrap(False)  # short; wrapped, it broke onto two lines in Spanish
        when = QHBoxLayout()
        when.setSpacing(8)
        when.addWidget(self.start_edit)
        when.addWidget(QLabel(translate("NewLesson", "for", "starts at 09:00 for 50 minutes")))
        when.addWidget(self.length_spin)
        when.addSpacing(4)
        when.addWidget(self.ends_label)
        when.addStretch(1)
        self.room_edit = QLineEdit()
        self.room_edit.setObjectName("lessonRoom")
        self.room_edit.setMaxLength(100)
        self.room_edit.setPlaceholderText(translate("NewLesson", "The class's usual room"))
        self.room_edit.setMaximumWidth(220)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        self.date_note = _quiet()
        self.date_note.setObjectName("dateNote")
        date_row = QHBoxLayout()
        date_row.setSpacing(8)
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.date_note)
        date_row.addStretch(1)
        date_label = QLabel(translate("NewLesson", "&Date:"))
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, date_row)
        start_label = QLabel(translate("NewLesson", "&Starts at:"))
        start_label.setBuddy(self.start_edit)
        form.addRow(start_label, when)
        form.addRow(translate("NewLesson", "&Room:"), self.room_edit)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setStyleSheet(palette.text_style(palette.ERROR))
        self.problem_label.setVisible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.take_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._no_classes = False
        self.take_button.setObjectName("takeRegister")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._name_buttons()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        self.filter_row = QWidget()
        self.filter_row.setLayout(filter_row)
        filter_row.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_row)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.list_note)
        layout.addSpacing(4)
        self.form = QWidget()
        self.form.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.filter_edit.textChanged.connect(self._filter_typed)
        self.show_all_box.toggled.connect(self._show_all_toggled)
        self.class_view.selectionModel().currentChanged.connect(self._class_changed)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.start_edit.timeChanged.connect(self._start_changed)
        self.length_spin.valueChanged.connect(self._length_changed)
        # The common path first: find the class, (check it in the list,) take the register.
        # The date, time and room keep their defaults most days; they come after the
        # buttons, and their Alt letters reach them at once.
        self.setTabOrder(self.filter_edit, self.class_view)
        self.setTabOrder(self.class_view, self.take_button)
        self.setTabOrder(self.take_button, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.show_all_box)
        self.setTabOrder(self.show_all_box, self.date_edit)
        self.setTabOrder(self.date_edit, self.start_edit)
        self.setTabOrder(self.start_edit, self.length_spin)
        self.setTabOrder(self.length_spin, self.room_edit)

        self._set_default_start()
        self._update_date_note()
        self._set_enabled_for_list(False)
        self._update_take()
        self._load_periods()  # queued first: read before the classes are
        operations.run(
            partial(lessons.classes_for_picker, teacher_id=teacher_id, day=day),
            self._on_loaded,
            self._on_load_failed,
            owner=self,
        )

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
        self.take_button.setText(translate("NewLesson", "Take register"))
        if self._no_classes:
            self.cancel_button.setText(translate("NewLesson", "Close"))

    # -- what the teacher chose ----------------------------------------------------------------

    def day(self) -> date:
        chosen: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return chosen

    def start_time(self) -> time:
        chosen: time = self.start_edit.time().toPython()  # type: ignore[assignment]
        return chosen

    def times(self) -> tuple[datetime, datetime]:
        """The lesson's start and end, UTC."""
        return lesson_times(self.day(), self.start_time(), self.length_spin.value(), self.zone)

    def selected_class(self) -> PickerClass | None:
        index = self.class_view.currentIndex()
        if not index.isValid() or not self.class_view.selectionModel().isSelected(index):
            return None
        found: PickerClass | None = index.siblingAtColumn(COL_CLASS).data(CLASS_ROLE)
        return found

    def visible_classes(self) -> list[str]:
        """The names of the classes listed, top to bottom (tests)."""
        return [
            str(self._proxy.index(row, COL_CLASS).data()) for row in range(self._proxy.rowCount())
        ]

    # -- loading -------------------------------------------------------------------------------

    def _alive(self) -> bool:
        return not self._closed and shiboken6.isValid(self)

    def _on_loaded(self, classes: Sequence[PickerClass]) -> None:
        if not self._alive():
            return
        self.loaded = True
        self._model.removeRows(0, self._model.rowCount())
        you = translate("NewLesson", "You", "the Teacher column: a class of the person's own")
        for found in classes:
            mine = found.teacher_id == self.teacher_id
            name = _item(found.name)
            name.setData(found, CLASS_ROLE)
            name.setData(mine, MINE_ROLE)
            name.setData(
                " ".join((found.name, found.subject, found.room, found.teacher_name)), SEARCH_ROLE
            )
            teacher = _item(you if mine else found.teacher_name)
            self._model.appendRow(
                [
                    name,
                    _item(found.subject),
                    _item(found.room),
                    _item(str(found.student_count), align_right=True),
                    teacher,
                ]
            )
        if not classes:
            self._show_no_classes()
        else:
            self.pages.setCurrentWidget(self.class_view)
            self._set_enabled_for_list(True)
            if not any(found.teacher_id == self.teacher_id for found in classes):
                self.show_all_box.setChecked(True)  # refilters
            else:
                self._refilter()
            self.filter_edit.setFocus()
        self.classes_loaded.emit()

    def _show_no_classes(self) -> None:
        """Nothing to choose from: say where classes come from, and offer only Close."""
        self.message_label.setText(_no_classes_shown())
        self.message_label.setStyleSheet("font-size: 11pt;")
        self.pages.setCurrentWidget(self.message_label)
        self.filter_row.setVisible(False)
        self.form.setVisible(False)
        self.intro.setVisible(False)
        self.take_button.setVisible(False)
        self._no_classes = True
        self._name_buttons()  # Cancel becomes Close
        self.cancel_button.setFocus()
        self.setMinimumSize(460, 0)  # no list to make room for
        self.resize(self.minimumWidth(), self.sizeHint().height())

    def _on_load_failed(self, error: BaseException) -> None:
        handled_here(error)  # shown here; the main window's catch-all need not again
        if not self._alive():
            return
        self.message_label.setText(translate("NewLesson", "The classes could not be loaded."))
        self.problem_label.setText(
            error.message
            if isinstance(error, errors.KnownError)
            else translate(
                "NewLesson", "The classes could not be loaded because of a fault in the app."
            )
        )
        self.problem_label.setVisible(True)
        self._report(error)
        self.classes_loaded.emit()

    def _set_enabled_for_list(self, enabled: bool) -> None:
        for widget in (self.filter_edit, self.show_all_box, self.class_view):
            widget.setEnabled(enabled)

    # -- filtering and choosing ----------------------------------------------------------------

    def _refilter(self, *, first: bool = False) -> None:
        """Apply the typed words and the checkbox; keep the chosen class if still listed."""
        keep = self.selected_class()
        self._proxy.set_filter(self.filter_edit.text(), self.show_all_box.isChecked())
        row = self._row_of(keep.class_id) if keep is not None and not first else None
        if row is None and (self._proxy.rowCount() == 1 or (first and self._typed())):
            row = 0
        self._select(row)
        self._update_note()

    def _typed(self) -> bool:
        return bool(self.filter_edit.text().strip())

    def _row_of(self, class_id: int) -> int | None:
        for row in range(self._proxy.rowCount()):
            found: PickerClass = self._proxy.index(row, COL_CLASS).data(CLASS_ROLE)
            if found.class_id == class_id:
                return row
        return None

    def _select(self, row: int | None) -> None:
        selection = self.class_view.selectionModel()
        index = self._proxy.index(row, COL_CLASS) if row is not None else QModelIndex()
        if index.isValid():
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.class_view.scrollTo(index)
        else:
            selection.clear()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._class_changed()

    def _update_note(self) -> None:
        """Under the list: why it is empty, or why it shows every class."""
        text = ""
        total = self._model.rowCount()
        mine = sum(1 for row in range(total) if self._model.index(row, COL_CLASS).data(MINE_ROLE))
        typed = self.filter_edit.text().strip()
        if self._proxy.rowCount() == 0 and typed:
            if self.show_all_box.isChecked():
                text = translate("NewLesson", "No class matches \u201c{typed}\u201d.")
            else:
                text = translate(
                    "NewLesson",
                    "None of your classes matches \u201c{typed}\u201d. Tick Show all classes "
                    "to look in every class.",
                )
            text = text.format(typed=typed)
        elif self._proxy.rowCount() == 0:
            text = translate(
                "NewLesson",
                "You have no classes of your own. Tick Show all classes to choose another.",
            )
        elif mine == 0 and total:
            text = translate(
                "NewLesson",
                "You have no classes of your own in the roster, so every class is listed.",
            )
        self.list_note.setText(text)
        self.list_note.setVisible(bool(text))

    @Slot(str)
    def _filter_typed(self, _text: str) -> None:
        self._refilter(first=True)

    @Slot(bool)
    def _show_all_toggled(self, shown: bool) -> None:
        self.class_view.setColumnHidden(COL_TEACHER, not shown)
        self._refilter(first=self._typed() and self.selected_class() is None)
        self.filter_edit.setFocus()

    @Slot()
    def _class_changed(self, *_: object) -> None:
        found = self.selected_class()
        if found is not None:
            current = self.room_edit.text().strip()
            if current in ("", self._prefilled_room):  # not a room the teacher typed
                self.room_edit.setText(found.room)
                self._prefilled_room = found.room
        self._update_take()

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.accept()

    def _update_take(self) -> None:
        self.take_button.setEnabled(
            not self.saving and self.loaded and self.selected_class() is not None
        )
        self.cancel_button.setEnabled(not self.saving)

    # -- times ---------------------------------------------------------------------------------

    def _load_periods(self) -> None:
        self.periods_read = False
        self.operations.run(
            partial(lessons.periods_on, day=self.day()),
            self._on_periods,
            self._on_periods_failed,
            owner=self,
            latest=self._period_loads,
        )

    def _on_periods(self, periods: list[Period]) -> None:
        if not self._alive():
            return
        self.periods = list(periods)
        self.periods_read = True
        if not self._start_edited:
            self._set_default_start()

    def _on_periods_failed(self, _error: BaseException) -> None:
        # The times stay at now (the class list's own load says what is wrong).
        self.periods_read = True

    def _set_default_start(self) -> None:
        start, minutes, name = default_times(self.day(), self.clock(), self.zone, self.periods)
        self._setting_start = True
        try:
            self.start_edit.setTime(QTime(start.hour, start.minute))
            if minutes is not None and not self._length_edited:
                self.length_spin.setValue(min(minutes, MAX_LENGTH_MINUTES))
        finally:
            self._setting_start = False
        self.period_name = name
        self._update_ends()

    @Slot(int)
    def _length_changed(self, _minutes: int) -> None:
        if not self._setting_start:
            self._length_edited = True
        self._update_ends()

    @Slot(QDate)
    def _date_changed(self, _date: QDate) -> None:
        self.periods = []
        if not self._start_edited:
            self._set_default_start()
        self._update_ends()
        self._update_date_note()
        self._load_periods()

    def _update_date_note(self) -> None:
        today = rules.local_day(self.clock(), self.zone)
        offset = (self.day() - today).days
        notes = {
            -1: translate("NewLesson", "yesterday"),
            0: translate("NewLesson", "today"),
            1: translate("NewLesson", "tomorrow"),
        }
        self.date_note.setText(notes.get(offset, ""))

    @Slot(QTime)
    def _start_changed(self, _time: QTime) -> None:
        if not self._setting_start:
            self._start_edited = True
            self.period_name = ""
        self._update_ends()

    @Slot()
    def _update_ends(self, *_: object) -> None:
        start, end = self.times()
        ends = end.astimezone(self.zone)
        if ends.date() != start.astimezone(self.zone).date():
            text = translate("NewLesson", "until {time} (the next day)")
        elif self.period_name:
            text = translate("NewLesson", "until {time}, period {period}")
        else:
            text = translate("NewLesson", "until {time}")
        self.ends_label.setText(text.format(time=clock(ends), period=self.period_name))

    # -- taking the register -------------------------------------------------------------------

    def accept(self) -> None:
        chosen = self.selected_class()
        if self.saving or chosen is None:
            return  # Enter with nothing chosen, or a second Enter while saving: stay
        start, end = self.times()
        room = self.room_edit.text().strip() or None
        teacher_id = self.teacher_id
        self._set_saving(True)
        self.operations.run(
            lambda session: repository.add_lesson(
                session,
                class_id=chosen.class_id,
                teacher_id=teacher_id,
                start=start,
                end=end,
                room=room,
            ),
            self._on_saved,
            self._on_save_failed,
        )

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        if saving:
            self.problem_label.setVisible(False)  # the last attempt's problem no longer applies
        self._update_take()

    def _on_saved(self, result: tuple[int, bool]) -> None:
        lesson_id, created = result
        self.saving = False
        if shiboken6.isValid(self):
            super().accept()  # closed first, so the window behind can take the focus
            self.created.emit(lesson_id, created)

    def _on_save_failed(self, error: BaseException) -> None:
        handled_here(error)  # shown here; the main window's catch-all need not again
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        if isinstance(error, errors.KnownError):
            self.problem_label.setText(
                translate("NewLesson", "The lesson was not added. {reason}").format(
                    reason=error.message
                )
            )
        else:
            self.problem_label.setText(
                translate("NewLesson", "The lesson was not added because of a fault in the app.")
            )
        self.problem_label.setVisible(True)
        self._report(error)

    def _report(self, error: BaseException) -> None:
        if isinstance(error, errors.KnownError):
            show_known_error(self, error)
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    # -- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.saving:
            return  # the lesson is being written: wait for it (the answer comes in a moment)
        super().reject()

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.saving:
            event.ignore()
            return
        super().closeEvent(event)


def open_new_lesson_dialog(
    parent: QWidget | None,
    operations: Operations,
    *,
    teacher_id: int,
    day: date,
    zone: tzinfo,
    clock: rules.Clock = rules.system_clock,
    on_created: Callable[[int, bool], None],
) -> NewLessonDialog:
    """Open the dialog window-modal over ``parent`` (no nested event loop); returns it.

    The class list loads on the worker.  ``on_created(lesson_id, created)`` is
    called once the lesson is in the database (``created`` False: the class
    already had a lesson at that time, and that one is given), after the dialog
    has closed.  The dialog deletes itself when closed.
    """
    dialog = NewLessonDialog(
        parent, operations, teacher_id=teacher_id, day=day, zone=zone, clock=clock
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.created.connect(on_created)
    dialog.open()
    return dialog
