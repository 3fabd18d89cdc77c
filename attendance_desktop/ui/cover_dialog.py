"""Register > Cover…: the office gives an absent teacher's lessons to a colleague.

Who is away (a search box over the staff, each with how many lessons they have
that day), the day, one of their lessons or all of them, and who covers (a
search box over the staff, each "free" or what they teach then).  The preview
says what will happen to each lesson before anything is written; Give cover
writes all of it in one transaction (``cover.give`` on the ``Operations``
worker), or nothing: a register taken meanwhile is refused in plain words, and a
cover teacher who teaches at that time is a clash the office confirms first.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, tzinfo
from functools import partial

import shiboken6
from PySide6.QtCore import QDate, QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop import cover, errors
from attendance_desktop.cover import Check, CoverDay, PlannedLesson
from attendance_desktop.i18n import clock, translate, weekday_date
from attendance_desktop.ui import palette
from attendance_desktop.ui.app_window import fitting_minimum
from attendance_desktop.ui.error_dialogs import show_known_error
from attendance_desktop.ui.mark_writer import handled_here
from attendance_desktop.ui.operations import Latest, Operations
from attendance_desktop.ui.teacher_picker import TeacherSearch
from attendance_desktop.ui.views import plain_tip, setup_tree

#: The lessons box's first entry: every lesson of the absent teacher that day.
ALL = -1
COL_TIME, COL_CLASS, COL_ROOM, COL_WHAT = range(4)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class CoverDialog(QDialog):
    """Give one lesson, or a day's lessons, of an absent teacher to a cover teacher."""

    #: Cover was given: (how many lessons, the cover teacher's name, the day).
    given = Signal(int, str, object)
    #: The day has been read (tests).
    loaded = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        operations: Operations,
        *,
        day: date,
        zone: tzinfo,
        absent_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coverDialog")
        self.setWindowTitle(translate("Cover", "Cover"))
        self.setMinimumSize(fitting_minimum(self, QSize(820, 560)))
        self.operations = operations
        self.zone = zone
        self.data: CoverDay | None = None
        self.saving = False
        self._loads = Latest()
        self._wanted_absent = absent_id

        heading = QLabel(translate("Cover", "Cover"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            translate(
                "Cover",
                "Give an absent teacher's lessons to a colleague: the lessons move to the "
                "cover teacher's day, who takes their registers.",
            )
        )
        intro.setWordWrap(True)

        self.absent = TeacherSearch(
            placeholder=translate("Cover", "Type to find who is away"),
            name=translate("Cover", "Absent teacher"),
            search_name=translate("Cover", "Find the absent teacher"),
        )
        self.absent.setObjectName("absentTeacher")
        self.covering = TeacherSearch(
            placeholder=translate("Cover", "Type to find who covers"),
            name=translate("Cover", "Cover teacher"),
            search_name=translate("Cover", "Find the cover teacher"),
        )
        self.covering.setObjectName("coverTeacher")
        absent_label = _heading(translate("Cover", "&Who is away?"))
        absent_label.setBuddy(self.absent.filter_edit)
        cover_label = _heading(translate("Cover", "Who &covers?"))
        cover_label.setBuddy(self.covering.filter_edit)

        self.date_edit = QDateEdit(QDate(day.year, day.month, day.day))
        self.date_edit.setObjectName("coverDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(
            translate("Cover", "ddd d MMM yyyy", "QLocale date pattern: short weekday, day, month")
        )
        self.lesson_box = QComboBox()
        self.lesson_box.setObjectName("coverLessons")
        self.lesson_box.setAccessibleName(translate("Cover", "Lessons to cover"))
        self.lesson_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.lesson_box.setMinimumContentsLength(24)
        date_label = QLabel(translate("Cover", "&Day:"))
        date_label.setBuddy(self.date_edit)
        lessons_label = QLabel(translate("Cover", "&Lessons:"))
        lessons_label.setBuddy(self.lesson_box)
        when = QHBoxLayout()
        when.setSpacing(8)
        when.addWidget(date_label)
        when.addWidget(self.date_edit)
        when.addSpacing(12)
        when.addWidget(lessons_label)
        when.addWidget(self.lesson_box, 1)

        self.preview = QTreeWidget()
        setup_tree(self.preview)
        self.preview.setObjectName("coverPreview")
        self.preview.setAccessibleName(translate("Cover", "What will happen"))
        self.preview.setColumnCount(4)
        self.preview.setHeaderLabels(
            [
                translate("Cover", "Time"),
                translate("Cover", "Class"),
                translate("Cover", "Room"),
                translate("Cover", "What happens"),
            ]
        )
        self.preview.setRootIsDecorated(False)
        self.preview.setColumnWidth(COL_TIME, 96)
        self.preview.setColumnWidth(COL_CLASS, 150)
        self.preview.setColumnWidth(COL_ROOM, 64)
        self.preview.setWordWrap(False)
        self.preview.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.message = QLabel(translate("Cover", "Reading the day…"))
        self.message.setObjectName("coverMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.give_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._name_buttons()
        self.give_button.setObjectName("giveCover")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        pickers = QGridLayout()
        pickers.setHorizontalSpacing(16)
        pickers.setVerticalSpacing(6)
        pickers.addWidget(absent_label, 0, 0)
        pickers.addWidget(cover_label, 0, 1)
        pickers.addWidget(self.absent, 1, 0)
        pickers.addWidget(self.covering, 1, 1)
        pickers.setColumnStretch(0, 1)
        pickers.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(when)
        layout.addLayout(pickers, 3)
        layout.addWidget(_heading(translate("Cover", "What will happen")))
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.absent.chosen.connect(self._absent_chosen)
        self.covering.chosen.connect(self._update_preview)
        self.lesson_box.currentIndexChanged.connect(self._lessons_chosen)
        self.date_edit.dateChanged.connect(self._date_changed)
        # The usual path is two names (the day is the one shown, all its lessons): who is
        # away, then who covers, with the day and the lessons after them.  A date field
        # takes a Tab per section, so before the cover's name it cost three extra Tabs
        # (and typing a name there overwrote the weekday; found driving it under X).
        self.setTabOrder(self.absent.filter_edit, self.absent.list_view)
        self.setTabOrder(self.absent.list_view, self.covering.filter_edit)
        self.setTabOrder(self.covering.filter_edit, self.covering.list_view)
        self.setTabOrder(self.covering.list_view, self.date_edit)
        self.setTabOrder(self.date_edit, self.lesson_box)
        self.setTabOrder(self.lesson_box, self.give_button)
        self.give_button.setEnabled(False)
        self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.absent.filter_edit.setFocus()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LanguageChange:
            # The button box has just put back its own "OK" (a translator was loaded).
            self._name_buttons()
        return handled

    def _name_buttons(self) -> None:
        self.give_button.setText(translate("Cover", "Give cover"))

    # -- what the office chose -------------------------------------------------------------

    def day(self) -> date:
        chosen: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return chosen

    def absent_id(self) -> int | None:
        return self.absent.selected_teacher_id()

    def cover_id(self) -> int | None:
        return self.covering.selected_teacher_id()

    def absent_lessons(self) -> list[PlannedLesson]:
        absent = self.absent_id()
        if self.data is None or absent is None:
            return []
        return cover.lessons_of(self.data.plan, absent)

    def chosen_lesson_ids(self) -> list[int]:
        chosen = self.lesson_box.currentData()
        lessons = self.absent_lessons()
        if chosen is None or chosen == ALL:
            return [lesson.id for lesson in lessons]
        return [lesson.id for lesson in lessons if lesson.id == chosen]

    def check(self) -> Check | None:
        cover_id = self.cover_id()
        if self.data is None or cover_id is None:
            return None
        return cover.check(self.data.plan, set(self.chosen_lesson_ids()), cover_id, self.zone)

    # -- reading the day ------------------------------------------------------------------------

    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    def _load(self) -> None:
        self.message.setText(translate("Cover", "Reading the day…"))
        self.operations.run(
            partial(cover.load_cover_day, day=self.day(), zone=self.zone),
            self._on_loaded,
            self._on_failed,
            owner=self,
            latest=self._loads,
        )

    def _on_loaded(self, data: CoverDay) -> None:
        if not self._alive():
            return
        keep_absent = self.absent_id() or self._wanted_absent
        keep_cover = self.cover_id()
        self._wanted_absent = None
        self.data = data
        self.absent.set_teachers(data.teachers, keep_absent)
        self.covering.set_teachers(data.teachers, keep_cover)
        if keep_cover is None:
            self.covering.list_view.selectionModel().clear()
        counts: dict[int, int] = {}
        for lesson in data.plan:
            counts[lesson.own_teacher_id] = counts.get(lesson.own_teacher_id, 0) + 1
        self.absent.set_notes(
            {tid: self._lesson_count(counts.get(tid, 0)) for tid, _name in data.teachers}
        )
        self._fill_lessons()
        self.loaded.emit()

    @staticmethod
    def _lesson_count(count: int) -> str:
        """The words after an absent teacher's name: how many lessons they have that day."""
        if not count:
            return translate("Cover", "no lessons")
        return translate("Cover", "%n lessons", None, count)

    def _on_failed(self, error: BaseException) -> None:
        handled_here(error)  # said here; the main window's catch-all need not again
        if not self._alive():
            return
        if isinstance(error, errors.KnownError):
            reason = str(error)
            self._say(
                translate("Cover", "The day could not be read. {reason}").format(reason=reason),
                palette.ERROR,
            )
            return
        self._say(
            translate("Cover", "The day could not be read because of a fault in the app."),
            palette.ERROR,
        )
        sys.excepthook(type(error), error, error.__traceback__)  # the crash dialog

    @Slot(QDate)
    def _date_changed(self, _date: QDate) -> None:
        self._load()

    @Slot(object)
    def _absent_chosen(self, _teacher_id: object) -> None:
        self._fill_lessons()

    def _fill_lessons(self) -> None:
        lessons = self.absent_lessons()
        keep = self.lesson_box.currentData()
        self.lesson_box.blockSignals(True)
        self.lesson_box.clear()
        if lessons:
            count = len(lessons)
            self.lesson_box.addItem(
                translate("Cover", "All their lessons that day (%n)", None, count), ALL
            )
            for lesson in lessons:
                self.lesson_box.addItem(cover.describe(lesson, self.zone), lesson.id)
            found = self.lesson_box.findData(keep)
            self.lesson_box.setCurrentIndex(max(found, 0))
        self.lesson_box.setEnabled(bool(lessons))
        self.lesson_box.blockSignals(False)
        self._lessons_chosen()

    @Slot()
    def _lessons_chosen(self, *_: object) -> None:
        if self.data is not None:
            absent = self.absent_id()
            free = translate("Cover", "free", "a teacher with no lesson at that time")
            notes = {teacher_id: free for teacher_id, _name in self.data.teachers}
            notes.update(cover.busy_notes(self.data.plan, set(self.chosen_lesson_ids()), self.zone))
            if absent is not None:
                notes[absent] = translate("Cover", "away", "the absent teacher, in the list")
            self.covering.set_notes(notes)
        self._update_preview()

    # -- the preview ----------------------------------------------------------------------------

    def _say(self, text: str, colour: str = palette.TEXT) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(palette.text_style(colour))

    def _row(self, lesson: PlannedLesson, what: str, colour: str) -> None:
        start = lesson.start_time.astimezone(self.zone)
        end = lesson.end_time.astimezone(self.zone)
        times = translate("Cover", "{start}\u2013{end}").format(start=clock(start), end=clock(end))
        item = QTreeWidgetItem([times, lesson.class_name, lesson.room, what])
        for column in range(4):
            item.setToolTip(column, plain_tip(item.text(column)))  # names from the database
        item.setForeground(COL_WHAT, QColor(colour))
        self.preview.addTopLevelItem(item)

    def _what_happens(self, lesson: PlannedLesson, result: Check | None) -> tuple[str, str]:
        """The preview's words for one chosen lesson, and their colour."""
        cover_id = self.cover_id()
        names = dict(self.data.teachers if self.data else [])
        cover_name = names.get(cover_id or -1, "")
        refused = {p.lesson.id: p for p in result.refused} if result else {}
        clashes = {p.lesson.id: p for p in result.clashes} if result else {}
        if lesson.id in refused:
            detail = refused[lesson.id].detail
            return translate("Cover", "Stays: {reason}").format(reason=detail), palette.ERROR
        if cover_id is None:
            if lesson.cover_for_teacher_id:
                text = translate("Cover", "Covered by {teacher} now")
                return text.format(teacher=lesson.teacher_name), palette.MUTED
            return translate("Cover", "Not covered yet"), palette.MUTED
        if lesson.teacher_id == cover_id:
            text = translate("Cover", "{teacher} has it already")
            return text.format(teacher=cover_name), palette.MUTED
        if cover_id == lesson.own_teacher_id:
            text = translate("Cover", "Back to {teacher} (ends the cover)")
            return text.format(teacher=cover_name), palette.SUCCESS
        if lesson.id in clashes:
            text = translate("Cover", "To {teacher}, but {reason}")
            return text.format(
                teacher=cover_name, reason=clashes[lesson.id].detail
            ), palette.WARNING
        return translate("Cover", "To {teacher}").format(teacher=cover_name), palette.SUCCESS

    @Slot()
    def _update_preview(self, *_: object) -> None:
        self.preview.clear()
        self.give_button.setEnabled(False)
        if self.data is None:
            return
        if not self.data.allowed:
            self._say(
                translate(
                    "Cover",
                    "Only the school office can give cover: ask the office, or IT, to give these "
                    "lessons to a colleague.",
                ),
                palette.ERROR,
            )
            return
        lessons = self.absent_lessons()
        if self.absent_id() is None:
            self._say(translate("Cover", "Choose who is away."))
            return
        if not lessons:
            day = weekday_date(self.day())
            self._say(translate("Cover", "They have no lessons on {day}.").format(day=day))
            return
        chosen = set(self.chosen_lesson_ids())
        result = self.check()
        for lesson in lessons:
            if lesson.id in chosen:
                self._row(lesson, *self._what_happens(lesson, result))
        self._summarise(result, lessons)

    def _summarise(self, result: Check | None, lessons: list[PlannedLesson]) -> None:
        cover_id = self.cover_id()
        if cover_id is None or result is None:
            self._say(translate("Cover", "Choose who covers."))
            return
        cover_name = dict(self.data.teachers if self.data else []).get(cover_id, "")
        if cover_id == self.absent_id() and not any(x.cover_for_teacher_id for x in lessons):
            self._say(translate("Cover", "Choose someone other than the teacher who is away."))
            return
        moving = len(result.moving)
        parts = []
        if moving:
            text = translate("Cover", "%n lessons will move to {teacher}'s day.", None, moving)
            parts.append(text.format(teacher=cover_name))
        refused = len(result.refused)
        if refused:
            parts.append(
                translate(
                    "Cover",
                    "%n cannot be covered: their register was already taken.",
                    None,
                    refused,
                )
            )
        if result.clashes:
            text = translate(
                "Cover", "{teacher} already teaches then: you will be asked to confirm."
            )
            parts.append(text.format(teacher=cover_name))
        if not moving and not result.refused:
            parts.append(translate("Cover", "Nothing to change."))
        colour = palette.ERROR if result.refused and not moving else palette.TEXT
        self._say(" ".join(parts), palette.WARNING if result.clashes else colour)
        self.give_button.setEnabled(moving > 0 and not self.saving)

    # -- giving cover --------------------------------------------------------------------------

    def confirm_clash(self, text: str) -> bool:
        """Asked when the cover teacher already teaches then; True gives cover anyway."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Cover", "The cover teacher is teaching then"),
            translate("Cover", "{clashes}\n\nGive the cover anyway?").format(clashes=text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # names and classes from the database
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        result = self.check()
        cover_id = self.cover_id()
        if self.saving or result is None or cover_id is None or not result.moving:
            return
        allow_clash = False
        if result.clashes:
            text = "\n".join(p.text for p in result.clashes)
            if not self.confirm_clash(text):
                return
            allow_clash = True
        self.saving = True
        self.give_button.setEnabled(False)
        self._say(translate("Cover", "Giving cover…"))
        ids = [lesson.id for lesson in result.moving]
        name = dict(self.data.teachers if self.data else []).get(cover_id, "")
        day = self.day()
        self.operations.run(
            partial(
                cover.give,
                lesson_ids=ids,
                cover_teacher_id=cover_id,
                zone=self.zone,
                allow_clash=allow_clash,
            ),
            lambda count: self._on_given(int(count), name, day),
            self._on_give_failed,
            owner=self,
        )

    def _on_given(self, count: int, name: str, day: date) -> None:
        self.saving = False
        if not self._alive():
            return
        self.given.emit(count, name, day)
        super().accept()

    def _on_give_failed(self, error: BaseException) -> None:
        handled_here(error)
        self.saving = False
        if not self._alive():
            return
        if isinstance(error, errors.KnownError):
            show_known_error(self, error)  # nothing was changed: the dialog says why
            self._load()  # what changed meanwhile
            return
        self._say(
            translate("Cover", "Cover was not given because of a fault in the app."), palette.ERROR
        )
        sys.excepthook(type(error), error, error.__traceback__)


def open_cover_dialog(
    parent: QWidget,
    operations: Operations,
    *,
    day: date,
    zone: tzinfo,
    absent_id: int | None = None,
    on_given: Callable[[int, str, date], None] | None = None,
) -> CoverDialog:
    """Open Register > Cover… window-modal over ``parent``; returns the dialog (tests)."""
    dialog = CoverDialog(parent, operations, day=day, zone=zone, absent_id=absent_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_given is not None:
        dialog.given.connect(on_given)
    dialog.open()
    return dialog
