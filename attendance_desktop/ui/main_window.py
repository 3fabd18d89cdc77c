"""The main window: the day's lessons on the left, the register being taken on the right.

Everything that reads or writes the database goes through ``Operations`` (one
worker thread); this module only arranges widgets and reacts to results.
Window size, the splitter and column widths are kept in ``settings.ui``.

Other computers' changes to the lessons on screen arrive through
``LiveUpdates`` and update only the rows they touched.  When the server goes
away, marks are kept in the local outbox (see ``MarkWriter``) and the register
says so; marks kept by an earlier run are sent at start-up.
"""

from __future__ import annotations

import html
import logging
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop import cover, errors, lessons, rules, school
from attendance_desktop import settings as settings_module
from attendance_desktop.db import repository
from attendance_desktop.db.live import RowChange
from attendance_desktop.i18n import clock as clock_text
from attendance_desktop.i18n import long_date, translate, weekday_date
from attendance_desktop.lessons import LessonInfo, LessonRow
from attendance_desktop.outbox import Outbox
from attendance_desktop.settings import Settings
from attendance_desktop.ui import palette
from attendance_desktop.ui.app_window import (
    UI_KEY,
    decode,
    encode,
    fit_size,
    fits,
    keep_on_screen,
    restore_fitting,
)
from attendance_desktop.ui.live_updates import LiveUpdates
from attendance_desktop.ui.mark_writer import was_handled
from attendance_desktop.ui.operations import Latest, Operations
from attendance_desktop.ui.register_controller import RegisterController
from attendance_desktop.ui.register_model import RegisterModel
from attendance_desktop.ui.register_view import ElidedLabel, RegisterPanel
from attendance_desktop.ui.sessions_model import (
    COL_CLASS,
    COL_TEACHER,
    COL_TIME,
    LessonRole,
    SessionsModel,
)
from attendance_desktop.ui.views import (
    ElidedTips,
    plain_label,
    setup_table,
    show_focus,
)

if TYPE_CHECKING:
    from attendance_desktop.ui.reports_window import ReportsWindow

log = logging.getLogger("attendance.ui.window")


def key_text(sequence: str | QKeySequence.StandardKey) -> str:
    """A key as the reader's language writes it in menus ("Strg+Z" in German)."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def _bold_key(sequence: str) -> str:
    return f"<b>{html.escape(key_text(sequence))}</b>"


def shortcuts_html(codes: str, present: str) -> str:
    """Help > Keyboard shortcuts in the reader's language.

    ``codes``: the marks' keys with their labels ("P Present, A Absent, ..."), and
    ``present``: Present's key, both as the register shows them (``rules.in_language``);
    they are the school's own text, escaped here.
    """
    marking = [
        (
            translate("MainWindow", "{key} / All present").format(key=_bold_key("Ctrl+Enter")),
            translate(
                "MainWindow",
                "mark everyone not yet marked as Present (a register not started is started first)",
            ),
        ),
        (
            f"<b>{html.escape(codes)}</b>",
            translate(
                "MainWindow",
                "mark the selected student and move to the next; these keys always mark, "
                "they never search",
            ),
        ),
        (
            translate("MainWindow", "a row's number (<b>1</b>, <b>12</b>…)"),
            translate("MainWindow", "go to that student (the numbers are left of the names)"),
        ),
        (
            translate("MainWindow", "other letters"),
            translate(
                "MainWindow",
                "find a student by name (a mark's key ends the search and marks the student found)",
            ),
        ),
        (
            translate("MainWindow", "<b>/</b> then a name"),
            translate(
                "MainWindow",
                "find a name that starts with a mark's letter (Enter ends the search)",
            ),
        ),
        (
            translate("MainWindow", "<b>Up</b>/<b>Down</b>, <b>J</b>/<b>K</b>"),
            translate("MainWindow", "move between students"),
        ),
        (
            translate("MainWindow", "<b>Space</b> / click the status"),
            translate("MainWindow", "step to the next mark (a double click is one step)"),
        ),
        (
            _bold_key("Ctrl+Z"),
            translate("MainWindow", 'undo the last mark (or the last "everyone present")'),
        ),
        ("<b>N</b> / F2", translate("MainWindow", "edit the note")),
        (
            _bold_key("Ctrl+H"),
            translate("MainWindow", "the selected student's history: every change, who, when"),
        ),
        (
            translate("MainWindow", "right-click"),
            translate("MainWindow", "every mark, the note and the row's history"),
        ),
    ]
    day_keys = f"{_bold_key('Alt+Left')} / {_bold_key('Alt+Right')}"
    lessons_rows = [
        (
            _bold_key("Enter"),
            translate("MainWindow", "start the selected lesson's register and go to it"),
        ),
        (
            _bold_key("Ctrl+N"),
            translate("MainWindow", "a new lesson: take a register for a class now (or a cover)"),
        ),
        (day_keys, translate("MainWindow", "previous / next day")),
        (_bold_key("Alt+Home"), translate("MainWindow", "today")),
        (
            _bold_key("Ctrl+Q"),
            translate("MainWindow", "quit (marks not saved yet are kept for the next start)"),
        ),
        (_bold_key("F1"), translate("MainWindow", "this help")),
    ]
    grace = translate(
        "MainWindow",
        "Present after the grace period becomes Late automatically; press {key} again to "
        "keep Present.",
    ).format(key=f"<b>{html.escape(present)}</b>")
    taking = translate("MainWindow", "Taking a register")
    lessons_heading = translate("MainWindow", "Lessons")
    return (
        f"<h3>{taking}</h3>{_table(marking)}<p>{grace}</p>"
        f"<h3>{lessons_heading}</h3>{_table(lessons_rows)}"
    )


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td>{keys}</td><td>{what}</td></tr>\n" for keys, what in rows)
    return f'<table cellspacing="6">\n{cells}</table>\n'


def default_codes() -> list[rules.Code]:
    """The seeded codes as the reader sees them: what help and hints show before a
    register (with the school's own codes) has been read."""
    return rules.in_language(
        [
            rules.Code(
                id=0,
                code=code,
                label=label,
                category=category,
                counts_as_present=category in rules.CHECKED_IN_CATEGORIES,
                shortcut=key,
                colour="",
            )
            for category, (code, label, key) in rules.DEFAULT_CODES.items()
        ]
    )


class MainWindow(QMainWindow):
    """Today's lessons and the register; keyboard first, never waiting on the database."""

    def __init__(
        self,
        operations: Operations,
        settings: Settings,
        *,
        clock: rules.Clock = rules.system_clock,
        zone: tzinfo | None = None,
        demo: bool = False,
        keep_settings: bool = True,
        outbox: Outbox | None = None,
        live: bool = True,
        live_interval: float = 1.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            # Inside the app's window (ui/app_window.py), which was painted first; its
            # geometry is the one remembered.
            self.setWindowFlags(Qt.WindowType.Widget)
        self.operations = operations
        self.settings = settings
        self.clock = clock
        #: The school's time zone, from its database (``zone`` if the caller read it already).
        self.zone: tzinfo = zone or UTC
        self.demo = demo
        #: Write window state and the chosen teacher back to the settings file.
        self.keep_settings = keep_settings and not demo
        self.teacher_id: int | None = settings.teacher_id
        self.teacher_names: dict[int, str] = {}
        self.day: date = rules.local_day(clock(), self.zone)
        self._day_loads = Latest()
        self._select_after_load: int | None = None
        self._focus_register_on_load = False
        self._dialogs: list[QWidget] = []
        self._error_box: QMessageBox | None = None
        self._reports_window: ReportsWindow | None = None
        #: Asked before quitting with marks not saved: True quits anyway.
        self.confirm_quit_unsaved: Callable[[int], bool] = self._ask_quit_unsaved
        #: Live updates were lost (the server or the network went away): said in the
        #: status bar whether or not marks are waiting.
        self.live_lost = False
        #: Help > Keyboard shortcuts, when open.
        self.shortcuts_dialog: QDialog | None = None
        #: Register > Cover…, the last one opened.
        self.cover_dialog: QDialog | None = None
        #: Quitting: the marks are kept, waiting for the last operation to finish.
        self._quitting = False
        #: What the window shows while it waits to quit (None: not waiting).
        self.quit_wait: QProgressDialog | None = None

        if demo:
            self.setWindowTitle(
                translate("MainWindow", "Attendance register — DEMO (nothing is kept)")
            )
        else:
            self.setWindowTitle(translate("MainWindow", "Attendance register"))

        # The register (right).
        self.register_model = RegisterModel(self, zone=self.zone)
        self.outbox = outbox if outbox is not None else Outbox(operations.engine)
        self.controller = RegisterController(
            operations,
            self.register_model,
            actor=self.actor,
            clock=clock,
            outbox=self.outbox,
            parent=self,
        )
        self.register_panel = RegisterPanel(self.controller)
        self.register_view = self.register_panel.view
        self.writer = self.controller.writer

        # The day's lessons (left).
        self.sessions_model = SessionsModel(self, zone=self.zone)
        # One line a lesson: a long class or room is cut with "…" and shown whole in its
        # tooltip, never wrapped onto a second line that the row's height cuts off.
        self.sessions_view = setup_table(QTableView(), wrap=False, row_height=30)
        self.sessions_view.setItemDelegate(ElidedTips(self.sessions_view))
        self.sessions_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sessions_view.setModel(self.sessions_model)
        self.sessions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions_view.setTabKeyNavigation(False)
        self.sessions_focus_ring = show_focus(self.sessions_view)
        self.sessions_view.setAccessibleName(translate("MainWindow", "Lessons"))
        self.sessions_view.setAccessibleDescription(
            translate(
                "MainWindow",
                "The day's lessons. Enter starts the selected lesson's register and goes to it.",
            )
        )
        header = self.sessions_view.horizontalHeader()
        # The class takes what the others leave; they are as wide as what they show, so at
        # 1024 px the class name keeps as much of the narrow list as it can.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CLASS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TEACHER, QHeaderView.ResizeMode.Interactive)
        self.sessions_view.setColumnWidth(COL_TEACHER, 130)
        self.sessions_view.selectionModel().currentRowChanged.connect(self._on_lesson_selected)
        self.sessions_view.activated.connect(self._on_lesson_activated)
        self.sessions_empty = QLabel()
        self.sessions_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sessions_empty.setWordWrap(True)
        self.sessions_empty.setMargin(24)
        self.sessions_empty.setStyleSheet(f"color: {palette.MUTED}; font-size: 11pt;")
        self.sessions_stack = QStackedWidget()
        self.sessions_stack.addWidget(self.sessions_empty)
        self.sessions_stack.addWidget(self.sessions_view)
        self.day_label = QLabel()
        day_font = self.day_label.font()
        day_font.setBold(True)
        day_font.setPointSizeF(day_font.pointSizeF() * 1.15)
        self.day_label.setFont(day_font)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 0)
        left_layout.addWidget(self.day_label)
        left_layout.addWidget(self.sessions_stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.register_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([430, 936])
        self.splitter.setChildrenCollapsible(False)
        #: The lesson list keeps a share of a small screen until the teacher (or a saved
        #: layout) sets the splitter.
        self._splitter_set = False
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_toolbar()
        self._build_status_bar()

        self.controller.message.connect(self.show_message)
        self.controller.lessonChanged.connect(self._on_lesson_changed)
        self.controller.countsChanged.connect(self._on_counts_changed)
        self.controller.loaded.connect(self._on_register_loaded)
        self.register_view.searchChanged.connect(self._on_search_changed)
        self.writer.unsavedChanged.connect(self._update_save_indicator)
        self.writer.stateChanged.connect(self._update_save_indicator)
        self.writer.offlineChanged.connect(self._on_offline_changed)
        self.writer.waitingChanged.connect(self._update_save_indicator)
        self.writer.replayed.connect(self._on_replayed)
        self.writer.refused.connect(self._on_refused)
        operations.failed.connect(self._on_operation_failed)

        # Other computers' changes: the lessons listed and the register shown.
        self.live_updates: LiveUpdates | None = None
        if live:
            self.live_updates = LiveUpdates(
                operations.engine.url, interval=live_interval, parent=self
            )
            self.live_updates.changed.connect(self._on_live_changes)
            self.live_updates.statusChanged.connect(self._on_live_status)
            self.live_updates.start()
        # After a register is read, one check once the watcher listens to it catches
        # what changed in between (the watcher reports only what changes after that).
        self._listen_for: int | None = None
        self._listen_tries = 0
        self._listen_timer = QTimer(self)
        self._listen_timer.setInterval(100)
        self._listen_timer.timeout.connect(self._check_once_listening)
        self._counts_wanted: set[int] = set()
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(300)
        self._counts_timer.timeout.connect(self._refresh_counts)

        if self.isWindow():
            restore_fitting(self, None, QSize(1280, 800))
        self._restore_ui_state()
        self._update_day_label()
        self._update_save_indicator()
        self.load_teachers()
        if zone is None:
            self.load_zone(today=True)
        else:
            self.load_day()
        if self.writer.replay_left_over():
            waiting = self.writer.waiting()
            self.show_message(
                translate(
                    "MainWindow",
                    "Sending %n marks kept on this computer from the last time the app ran…",
                    None,
                    waiting,
                )
            )

    # --- building ------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[..., Any],
        shortcuts: list[QKeySequence | QKeySequence.StandardKey | str] | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.settings_action = self._action(
            translate("MainWindow", "&Settings…"), self.open_settings
        )
        self.import_action = self._action(
            translate("MainWindow", "&Import roster…"),
            self.import_roster,
            tip=translate(
                "MainWindow", "Students, teachers and classes from a CSV file or a OneRoster export"
            ),
        )
        self.import_timetable_action = self._action(
            translate("MainWindow", "Import &timetable…"),
            self.import_timetable,
            tip=translate(
                "MainWindow",
                "Bell times, the timetable or holidays from a CSV or iCalendar (.ics) file",
            ),
        )
        self.reports_action = self._action(
            translate("MainWindow", "&Reports…"),
            self.open_reports,
            [QKeySequence("Ctrl+R")],
            translate(
                "MainWindow",
                "Class summaries, student histories and missing registers, with charts and exports",
            ),
        )
        self.teacher_action = self._action(
            translate("MainWindow", "Change t&eacher…"), self.change_teacher
        )
        self.quit_action = self._action(
            # Ctrl+Q everywhere (the platform's "Quit" key is empty on some desktops).
            translate("MainWindow", "&Quit"),
            lambda: self.window().close(),
            [QKeySequence("Ctrl+Q")],
        )
        for action in (self.reports_action, self.import_action, self.import_timetable_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.settings_action, self.teacher_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        self.today_action = self._action(
            translate("MainWindow", "&Today"), self.go_today, ["Alt+Home"]
        )
        self.previous_action = self._action(
            translate("MainWindow", "&Previous day"), self.previous_day, ["Alt+Left"]
        )
        self.next_action = self._action(
            translate("MainWindow", "&Next day"), self.next_day, ["Alt+Right"]
        )
        self.all_teachers_action = QAction(translate("MainWindow", "&All teachers' lessons"), self)
        self.all_teachers_action.setCheckable(True)
        self.all_teachers_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.all_teachers_action.toggled.connect(self._on_all_teachers)
        self.refresh_action = self._action(
            translate("MainWindow", "&Refresh"), self.refresh, [QKeySequence("F5")]
        )
        for action in (
            self.today_action,
            self.previous_action,
            self.next_action,
            self.all_teachers_action,
        ):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)

        register_menu = bar.addMenu(translate("MainWindow", "&Register"))
        self.new_lesson_action = self._action(
            translate("MainWindow", "&New lesson…"),
            self.new_lesson,
            [QKeySequence(QKeySequence.StandardKey.New)],
            translate(
                "MainWindow",
                "Take a register for one of your classes now (or a cover lesson), when the "
                "timetable has no lesson for it",
            ),
        )
        self.cover_action = self._action(
            translate("MainWindow", "&Cover…"),
            self.open_cover,
            tip=translate(
                "MainWindow",
                "The office gives an absent teacher's lessons (one, or a whole day) to a "
                "cover teacher",
            ),
        )
        register_menu.addAction(self.new_lesson_action)
        register_menu.addAction(self.cover_action)
        register_menu.addSeparator()
        self.start_action = self._action(
            translate("MainWindow", "&Start register"), self.controller.start
        )
        self.all_present_action = self._action(
            translate("MainWindow", "Mark everyone &present"),
            self.mark_all_present,
            ["Ctrl+Return", "Ctrl+Enter"],
            translate(
                "MainWindow",
                "Everyone not yet marked becomes Present (Late after the grace period)",
            ),
        )
        self.undo_action = self._action(
            translate("MainWindow", "&Undo last mark"), self.controller.undo, ["Ctrl+Z"]
        )
        self.history_action = self._action(
            translate("MainWindow", "Student's &history…"),
            self.register_view.show_history,
            ["Ctrl+H"],
            translate(
                "MainWindow",
                "Every change to the selected student's mark: old and new, who, when, where",
            ),
        )
        edit_note = translate("MainWindow", "Edit &note")
        self.note_action = self._action(edit_note, self.register_view.edit_note)
        # N is the note's key in the register (shown, not a shortcut of the window's).
        self.note_action.setText("\t".join((edit_note, "N")))
        self.close_register_action = self._action(
            translate("MainWindow", "&Close register"), self.controller.close_lesson
        )
        self.reopen_action = self._action(
            translate("MainWindow", "&Reopen register…"), self.controller.reopen_lesson
        )
        self.retry_action = self._action(
            translate("MainWindow", "Retry &unsaved marks"), self.writer.retry_now
        )
        self.print_action = self._action(
            translate("MainWindow", "&Print register…"),
            self.print_register,
            [QKeySequence(QKeySequence.StandardKey.Print)],
            translate(
                "MainWindow",
                "The register as a school files it: every student with mark and time, and a "
                "signature line",
            ),
        )
        self.pdf_action = self._action(
            translate("MainWindow", "Save register as P&DF…"), self.save_register_pdf
        )
        for action in (
            self.start_action,
            self.all_present_action,
            self.undo_action,
            self.note_action,
            self.history_action,
        ):
            register_menu.addAction(action)
        register_menu.addSeparator()
        for action in (self.close_register_action, self.reopen_action, self.retry_action):
            register_menu.addAction(action)
        register_menu.addSeparator()
        for action in (self.print_action, self.pdf_action):
            register_menu.addAction(action)

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.shortcuts_action = self._action(
            translate("MainWindow", "&Keyboard shortcuts"),
            self.show_shortcuts,
            [QKeySequence("F1")],
        )
        self.about_action = self._action(translate("MainWindow", "&About"), self.show_about)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(translate("MainWindow", "Days"))
        toolbar.setObjectName("days")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.previous_action.setIconText(translate("MainWindow", "◀ Previous day"))
        self.next_action.setIconText(translate("MainWindow", "Next day ▶"))
        toolbar.addAction(self.previous_action)
        toolbar.addAction(self.today_action)
        toolbar.addAction(self.next_action)
        toolbar.addSeparator()
        self.all_teachers_box = QCheckBox(translate("MainWindow", "All teachers"))
        self.all_teachers_box.setToolTip(
            translate("MainWindow", "Show every teacher's lessons, not only yours")
        )
        self.all_teachers_box.toggled.connect(self.all_teachers_action.setChecked)
        self.all_teachers_action.toggled.connect(self.all_teachers_box.setChecked)
        toolbar.addWidget(self.all_teachers_box)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.teacher_label = QLabel()
        self.teacher_label.setContentsMargins(0, 0, 8, 0)
        toolbar.addWidget(self.teacher_label)
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.save_label = QLabel()
        self.save_label.setContentsMargins(8, 0, 8, 0)
        self.hint_label = QLabel()
        self.hint_label.setStyleSheet(f"color: {palette.MUTED};")
        # A mark the database refused for good: said until dismissed or another lesson is
        # opened (a passing status message would be gone at the next mark).
        self.refusal_bar = QWidget()
        refusal_layout = QHBoxLayout(self.refusal_bar)
        refusal_layout.setContentsMargins(0, 0, 0, 0)
        refusal_layout.setSpacing(4)
        self.refusal_label = plain_label(ElidedLabel())
        self.refusal_label.setStyleSheet(palette.text_style(palette.ERROR, bold=True))
        self.refusal_dismiss = QToolButton()
        self.refusal_dismiss.setText(translate("MainWindow", "Dismiss"))
        self.refusal_dismiss.setToolTip(
            translate("MainWindow", "Hide this message (the row keeps saying why)")
        )
        self.refusal_dismiss.clicked.connect(self.dismiss_refusal)
        refusal_layout.addWidget(self.refusal_label, 1)
        refusal_layout.addWidget(self.refusal_dismiss)
        self.refusal_bar.hide()
        #: The lesson shown when a mark was refused (its message goes when another opens).
        self._refusal_lesson: int | None = None
        bar.addPermanentWidget(self.refusal_bar, 1)
        bar.addPermanentWidget(self.hint_label)
        bar.addPermanentWidget(self.save_label)
        bar.messageChanged.connect(self._on_status_message)
        self._update_hint()

    def _on_status_message(self, text: str) -> None:
        """A passing message ("… marked Late: 11 min after the start", "3 lessons given
        to …") gets the keys hint's room while it shows: at 1024 px, and in German above
        all, the two side by side cut the message in half.  The hint comes back after."""
        self.hint_label.setVisible(not text and self.refusal_bar.isHidden())

    def _on_refused(self, attendance_id: int, why: str) -> None:
        """The database refused a mark for good (not this login's register, or a value it
        cannot store): say so until the teacher dismisses it or opens another lesson."""
        number = self.register_model.row_of(attendance_id)
        if number is not None:
            name = self.register_model.rows[number].display_name
            text = translate("MainWindow", "{student}'s mark was not saved. {why}").format(
                student=name, why=why
            )
        else:
            text = translate("MainWindow", "A mark was not saved. {why}").format(why=why)
        lesson = self.controller.lesson
        self._refusal_lesson = lesson.id if lesson is not None else None
        self.refusal_label.setText(text)
        self.refusal_label.setAccessibleName(text)
        self.refusal_bar.show()
        self.hint_label.hide()  # room for the refusal; back when it is dismissed
        self._fit_refusal()

    def dismiss_refusal(self) -> None:
        self._refusal_lesson = None
        self.refusal_bar.hide()
        self.refusal_label.setText("")
        self.hint_label.show()

    def _fit_refusal(self) -> None:
        """At most half the status bar: the status messages keep the other half."""
        self.refusal_bar.setMaximumWidth(max(260, self.width() // 2))

    # --- who is taking the register --------------------------------------------------------

    def actor(self) -> repository.Actor:
        name = self.teacher_names.get(self.teacher_id or -1)
        return repository.Actor(name=name or f"teacher {self.teacher_id or '?'}")

    def load_teachers(self) -> None:
        def done(found: list[tuple[int, str]]) -> None:
            self.teacher_names = dict(found)
            self._update_teacher_label()

        self.operations.run(lessons.teachers, done, owner=self)
        self.operations.run(cover.can_give_cover, self._set_cover_allowed, owner=self)

    def _set_cover_allowed(self, allowed: bool) -> None:
        """Register > Cover… is the office's (a teacher's login may not move lessons)."""
        self.cover_action.setEnabled(allowed)
        self.cover_action.setStatusTip(
            self.cover_action.toolTip()
            if allowed
            else translate(
                "MainWindow", "Only the school office can give cover (this login is a teacher's)"
            )
        )

    def _update_teacher_label(self) -> None:
        name = self.teacher_names.get(self.teacher_id or -1)
        if name:
            # Rich text for the bold name: the name itself is escaped.
            bold = f"<b>{html.escape(name)}</b>"
            self.teacher_label.setText(translate("MainWindow", "Teacher: {name}").format(name=bold))
        else:
            self.teacher_label.setText(translate("MainWindow", "No teacher chosen"))

    def set_teacher(self, teacher_id: int) -> None:
        self.teacher_id = teacher_id
        self.settings.teacher_id = teacher_id
        if self.keep_settings:
            stored = settings_module.load()
            stored.teacher_id = teacher_id
            settings_module.save(stored)
        self._update_teacher_label()
        self.load_day()

    # --- days and lessons ------------------------------------------------------------------

    def load_zone(self, *, today: bool = False) -> None:
        """Read the school's time zone from its database, then list the day's lessons in it.

        ``today``: show the school's today (at start, before any day was chosen).
        """

        def done(zone: tzinfo) -> None:
            self.set_zone(zone)
            if today:
                self.day = rules.local_day(self.clock(), zone)
            self._update_day_label()
            self.load_day(keep=self.controller.lesson.id if self.controller.lesson else None)

        self.operations.run(school.school_zone, done, owner=self)

    def set_zone(self, zone: tzinfo) -> None:
        """Show times in ``zone`` (the school's) from now on."""
        self.zone = zone
        self.register_model.zone = zone
        self.sessions_model.zone = zone

    def go_today(self) -> None:
        self.set_day(rules.local_day(self.clock(), self.zone))

    def previous_day(self) -> None:
        self.set_day(self.day - timedelta(days=1))

    def next_day(self) -> None:
        self.set_day(self.day + timedelta(days=1))

    def set_day(self, day: date) -> None:
        if day != self.day:
            self.day = day
            self._update_day_label()
            self.load_day()

    def refresh(self) -> None:
        self.load_day(keep=self.controller.lesson.id if self.controller.lesson else None)
        self.load_teachers()
        # The register shown too: its lesson may have moved (cover) or changed elsewhere.
        self.controller.resync()

    def all_teachers(self) -> bool:
        return self.all_teachers_action.isChecked() or self.teacher_id is None

    def _on_all_teachers(self, _checked: bool) -> None:
        self.sessions_view.setColumnHidden(COL_TEACHER, not self.all_teachers())
        self.load_day(keep=self.controller.lesson.id if self.controller.lesson else None)

    def _update_day_label(self) -> None:
        today = rules.local_day(self.clock(), self.zone)
        shown = long_date(self.day)
        if self.day == today:
            text = translate("MainWindow", "{date} (today)").format(date=shown)
        elif self.day == today - timedelta(days=1):
            text = translate("MainWindow", "{date} (yesterday)").format(date=shown)
        elif self.day == today + timedelta(days=1):
            text = translate("MainWindow", "{date} (tomorrow)").format(date=shown)
        else:
            text = shown
        self.day_label.setText(text)
        self.today_action.setEnabled(self.day != today)

    def load_day(self, keep: int | None = None) -> None:
        """Load the day's lessons; select ``keep`` if it is among them."""
        start, end = rules.day_bounds(self.day, self.zone)
        teacher = None if self.all_teachers() else self.teacher_id
        self.sessions_view.setColumnHidden(COL_TEACHER, not self.all_teachers())
        self._select_after_load = keep

        self.operations.run(
            partial(lessons.load_day, start=start, end=end, teacher_id=teacher),
            self._show_day,
            owner=self,
            latest=self._day_loads,
        )

    def _show_day(self, rows: list[LessonRow]) -> None:
        now = self.clock()
        self.sessions_model.now = now
        self.sessions_model.viewer_id = self.teacher_id
        self.sessions_model.set_rows(rows)
        self._update_watch()
        if not rows:
            if self.all_teachers():
                text = translate(
                    "MainWindow",
                    "No lessons for anyone on {day}.\n\nPress {key} (Register > New lesson…) "
                    "to take a register for a class, or use Previous day / Next day to look "
                    "at other days.",
                )
            else:
                text = translate(
                    "MainWindow",
                    "No lessons for you on {day}.\n\nPress {key} (Register > New lesson…) to "
                    "take a register for a class, or use Previous day / Next day to look at "
                    "other days, or tick All teachers.",
                )
            self.sessions_empty.setText(
                text.format(day=weekday_date(self.day), key=key_text(QKeySequence.StandardKey.New))
            )
            self.sessions_stack.setCurrentWidget(self.sessions_empty)
            self.controller.open_lesson(None)
            return
        self.sessions_stack.setCurrentWidget(self.sessions_view)
        wanted = self._select_after_load
        number = self.sessions_model.row_of(wanted) if wanted is not None else None
        if number is None:
            number = self._lesson_to_open(rows, now)
        self.sessions_view.selectRow(number)
        self.sessions_view.setCurrentIndex(self.sessions_model.index(number, COL_TIME))
        if self.controller.lesson is None or self.controller.lesson.id != rows[number].id:
            self.controller.open_lesson(rows[number].id)
        if not self.register_view.hasFocus():
            self.sessions_view.setFocus()

    @staticmethod
    def _lesson_to_open(rows: list[LessonRow], now: datetime) -> int:
        """The lesson on now, else the next one today, else the last one."""
        for number, row in enumerate(rows):
            if row.start_time <= now < row.end_time:
                return number
        for number, row in enumerate(rows):
            if row.start_time > now:
                return number
        return len(rows) - 1

    def _on_lesson_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        lesson: LessonRow = current.data(LessonRole)
        if self.controller.lesson is None or self.controller.lesson.id != lesson.id:
            self.controller.open_lesson(lesson.id)

    def _on_lesson_activated(self, index: QModelIndex) -> None:
        """Enter or a double click: start the register if needed, then go into it."""
        if not index.isValid():
            return
        lesson: LessonRow = index.data(LessonRole)
        self._focus_register_on_load = True
        current = self.controller.lesson
        if current is not None and current.id == lesson.id and not self.controller.loading:
            if current.status == "planned":
                self.controller.start()
            elif self.register_model.rows:
                self._focus_register()
        elif lesson.status == "planned":
            # The register is still loading: start it once it has.
            self._start_when_loaded = lesson.id
        else:
            self._focus_register()

    _start_when_loaded: int | None = None

    def mark_all_present(self) -> None:
        """Ctrl+Enter (or All present): everyone not marked is Present, and the keyboard
        goes to the register for the exceptions (a register not started is started)."""
        lesson = self.controller.lesson
        if lesson is not None and (lesson.status == "planned" or not self.register_model.rows):
            self._focus_register_on_load = True
        elif self.register_model.rows:
            self._focus_register()
        self.controller.mark_all_present()

    def _focus_register(self) -> None:
        self._focus_register_on_load = False
        self.register_view.setFocus()
        if not self.register_view.currentIndex().isValid():
            self.register_view.go_to(0, 0)

    def _on_register_loaded(self) -> None:
        lesson = self.controller.lesson
        if lesson is not None and self._start_when_loaded == lesson.id:
            self._start_when_loaded = None
            if lesson.status == "planned":
                self.controller.start()
                return
        if self._focus_register_on_load and self.register_model.rows:
            self._focus_register()
        self._update_hint()
        if self.live_updates is not None and self.live_updates.available and lesson is not None:
            self._listen_for = lesson.id
            self._listen_tries = 0
            self._listen_timer.start()

    def _on_lesson_changed(self, lesson: LessonInfo | None) -> None:
        if not self.refusal_bar.isHidden():
            if self._refusal_lesson is None and lesson is not None:
                self._refusal_lesson = lesson.id  # refused before any lesson was shown
            elif lesson is None or lesson.id != self._refusal_lesson:
                self.dismiss_refusal()  # another lesson opened: the message goes
        has_lesson = lesson is not None
        status = lesson.status if lesson else None
        self.start_action.setEnabled(status == "planned")
        self.close_register_action.setEnabled(status == "open")
        self.reopen_action.setEnabled(status == "closed")
        self.all_present_action.setEnabled(has_lesson)  # a planned one is started first
        self.print_action.setEnabled(has_lesson)
        self.pdf_action.setEnabled(has_lesson)
        if lesson is not None:
            self.sessions_model.update_lesson(lesson.id, status=lesson.status)
            self._on_counts_changed()
        self._update_watch()

    def _on_counts_changed(self) -> None:
        lesson = self.controller.lesson
        rows = self.register_model.rows
        if lesson is None or not rows:
            return
        marked = sum(1 for r in rows if r.code_id is not None)
        self.sessions_model.update_lesson(lesson.id, marked=marked, total=len(rows))

    # --- other computers' changes ---------------------------------------------------------------

    def _update_watch(self) -> None:
        if self.live_updates is None:
            return
        ids = {row.id for row in self.sessions_model.rows}
        if self.controller.lesson is not None:
            ids.add(self.controller.lesson.id)
        self.live_updates.watch(ids)

    def live_ready(self) -> bool:
        """True once other computers' changes to the register shown are being received."""
        lesson = self.controller.lesson
        watcher = self.live_updates.watcher if self.live_updates is not None else None
        return (
            watcher is not None
            and lesson is not None
            and lesson.id in watcher.listening
            and not self._listen_timer.isActive()
        )

    def _check_once_listening(self) -> None:
        lesson = self.controller.lesson
        watcher = self.live_updates.watcher if self.live_updates is not None else None
        self._listen_tries += 1
        if watcher is None or lesson is None or lesson.id != self._listen_for:
            self._listen_timer.stop()
        elif lesson.id in watcher.listening:
            self._listen_timer.stop()
            self.controller.resync()
        elif self._listen_tries > 300:  # not listening after 30 s: the banner/log say why
            self._listen_timer.stop()

    def _on_live_changes(self, changes: list[RowChange]) -> None:
        self.controller.apply_changes(changes)
        current = self.controller.lesson.id if self.controller.lesson else None
        others = {c.session_id for c in changes if c.session_id != current}
        if others:
            self._counts_wanted |= others
            if not self._counts_timer.isActive():
                self._counts_timer.start()

    def _on_live_status(self, connected: bool, resync: bool) -> None:
        if self.live_lost != (not connected):
            self.live_lost = not connected
            self._update_save_indicator()
            if self.live_lost:
                self.show_message(
                    translate(
                        "MainWindow",
                        "The connection to the server was lost: other computers' changes are "
                        "not shown until it is back (your marks are kept on this computer "
                        "meanwhile).",
                    )
                )
        if resync:
            self.controller.resync()
            self._counts_wanted |= {row.id for row in self.sessions_model.rows}
            self._counts_timer.start()
        if connected and self.writer.offline:
            self.writer.probe()  # the listener got through: the server may be back

    def _refresh_counts(self) -> None:
        """The list's status and counts of lessons changed elsewhere (no reset)."""
        if self.controller.closed:
            return
        current = self.controller.lesson.id if self.controller.lesson else None
        wanted = sorted(self._counts_wanted - {current} if current else self._counts_wanted)
        self._counts_wanted.clear()
        if not wanted:
            return

        def done(found: dict[int, tuple[str, int, int]]) -> None:
            for lesson_id, (status, marked, total) in found.items():
                number = self.sessions_model.row_of(lesson_id)
                if number is None:
                    continue
                if total:
                    self.sessions_model.update_lesson(
                        lesson_id, status=status, marked=marked, total=total
                    )
                else:  # not started: the list shows how many are enrolled
                    self.sessions_model.update_lesson(lesson_id, status=status)

        self.operations.run(partial(lessons.lesson_counts, lesson_ids=wanted), done, owner=self)

    # --- offline -------------------------------------------------------------------------------

    def _on_offline_changed(self, offline: bool) -> None:
        self._update_save_indicator()
        if not offline:
            self.show_message(translate("MainWindow", "The server is back."))

    def _on_replayed(self, sent: int, conflicts: int, left_over: bool) -> None:
        if left_over:
            text = translate(
                "MainWindow",
                "Sent %n marks kept on this computer from the last time the app ran.",
                None,
                sent,
            )
        else:
            text = translate("MainWindow", "Sent %n marks kept on this computer.", None, sent)
        if conflicts:
            changed = translate(
                "MainWindow",
                "%n had been changed on another computer meanwhile: see the bar above the "
                "register.",
                None,
                conflicts,
            )
            text = " ".join((text, changed))  # two whole sentences
        self.show_message(text)
        self._counts_wanted |= {row.id for row in self.sessions_model.rows}
        self._counts_timer.start()
        if self.controller.lesson is not None:
            self.controller.refresh_rows(None)

    # --- status bar ----------------------------------------------------------------------------

    #: Said after the next message (the register being started) rather than under it.
    _note_after_start: str | None = None

    def show_message(self, text: str) -> None:
        if self._note_after_start is not None:
            text, self._note_after_start = f"{text} {self._note_after_start}", None
        self.statusBar().showMessage(text)

    def _on_search_changed(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(
                translate("MainWindow", "{search}   Enter or Esc to stop searching.").format(
                    search=text
                )
            )
        else:
            self.statusBar().clearMessage()

    def _update_hint(self) -> None:
        codes = self.register_model.codes.codes or default_codes()
        keys = " ".join(c.shortcut for c in codes)
        count = len(self.register_model.rows)
        numbers = f"1\u2013{count}" if count > 1 else "1\u20139"
        self.hint_label.setText(
            translate(
                "MainWindow",
                "{all_key}: all present · {keys}: mark · {numbers}: go to a student · "
                "other letters: find · {help_key} help",
            ).format(
                all_key=key_text("Ctrl+Enter"),
                keys=keys,
                numbers=numbers,
                help_key=key_text("F1"),
            )
        )
        self.hint_label.setToolTip(
            translate(
                "MainWindow",
                "A mark's key always marks; a row's number goes to that student; letters that "
                "are not a mark's key find a student by name (/ finds any name). Space steps "
                "to the next mark, N edits the note, {undo_key} undoes.",
            ).format(undo_key=key_text("Ctrl+Z"))
        )

    def _update_save_indicator(self, *_: object) -> None:
        unsaved = self.writer.unsaved()
        failing = self.writer.failing()
        waiting = self.writer.waiting()
        if self.writer.offline or waiting:
            self.save_label.setText(
                translate("MainWindow", "%n marks waiting on this computer", None, waiting)
            )
            self.save_label.setStyleSheet(palette.text_style(palette.INFO, bold=True))
            self.save_label.setToolTip(
                translate(
                    "MainWindow",
                    "Kept in a file on this computer; sent when the server answers again",
                )
            )
        elif failing:
            self.save_label.setText(translate("MainWindow", "⚠ %n not saved", None, unsaved))
            self.save_label.setStyleSheet(palette.text_style(palette.ERROR, bold=True))
            self.save_label.setToolTip(
                translate("MainWindow", "Retried automatically; Register > Retry unsaved marks")
            )
        elif unsaved:
            self.save_label.setText(translate("MainWindow", "Saving %n…", None, unsaved))
            self.save_label.setStyleSheet(palette.text_style(palette.MUTED))
            self.save_label.setToolTip("")
        elif self.live_lost:
            self.save_label.setText(translate("MainWindow", "⚠ Not connected to the server"))
            self.save_label.setStyleSheet(palette.text_style(palette.WARNING, bold=True))
            self.save_label.setToolTip(
                translate(
                    "MainWindow",
                    "Other computers' changes are not shown until the connection is back; "
                    "marks made meanwhile are kept on this computer and sent then",
                )
            )
        else:
            self.save_label.setText(translate("MainWindow", "✓ All marks saved"))
            self.save_label.setStyleSheet(palette.text_style(palette.SUCCESS))
            self.save_label.setToolTip(translate("MainWindow", "Every mark is in the database"))

    # --- errors --------------------------------------------------------------------------------

    def _on_operation_failed(self, error: BaseException) -> None:
        """Failures of loads and lesson changes; the writer reports its own in the rows."""
        if was_handled(error):
            return  # a mark's failure: its row, the banner and the status bar say it
        if isinstance(error, errors.DatabaseUnreachable) and self.outbox is not None:
            # The banner says it and stays until the server is back; marks go on.
            self.writer.go_offline()
            self.show_message(str(error))
            return
        if isinstance(error, errors.KnownError):
            self.show_message(str(error))
            QTimer.singleShot(0, lambda: self.show_known_error(error))
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def show_known_error(self, error: errors.KnownError) -> None:
        """A plain-words dialog that does not block; one at a time (the status bar has all)."""
        if self._error_box is not None:
            return
        from attendance_desktop.ui.error_dialogs import show_known_error

        self._error_box = show_known_error(self, error)
        self._error_box.finished.connect(self._error_box_closed)

    def _error_box_closed(self, *_: object) -> None:
        self._error_box = None

    # --- menus -----------------------------------------------------------------------------

    def open_settings(self) -> None:
        from attendance_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self, self.operations, self.settings)
        if not dialog.exec():
            return
        new = dialog.accepted_settings()
        database_changed = new.database != self.settings.database
        new.ui = settings_module.load().ui if self.keep_settings else self.settings.ui
        self.settings = new
        if self.keep_settings:
            settings_module.save(new)
        if new.teacher_id is not None and new.teacher_id != self.teacher_id:
            self.teacher_id = new.teacher_id
            self._update_teacher_label()
        self.load_zone()  # the office may have changed the school's zone; then the lessons
        if database_changed:
            QMessageBox.information(
                self,
                translate("MainWindow", "Database changed"),
                translate(
                    "MainWindow", "The new database will be used the next time the app starts."
                ),
            )
        if dialog.language_changed():
            QMessageBox.information(
                self,
                translate("MainWindow", "Language changed"),
                translate("MainWindow", "The new language is used the next time the app starts."),
            )

    def import_roster(self) -> None:
        """File > Import roster…: preview a CSV or OneRoster export, then import all of it."""
        from attendance_desktop.ui.import_dialog import open_import_dialog

        open_import_dialog(
            self,
            self.operations,
            zone=self.zone,
            clock=self.clock,
            on_imported=self._after_import,
        )

    def import_timetable(self) -> None:
        """File > Import timetable…: bell times, a timetable or holidays, previewed, then
        imported in one go; the day's lessons are listed again when something changed."""
        from attendance_desktop.ui.timetable_import_dialog import import_timetable

        if import_timetable(self, self.operations):
            self.refresh()

    def _after_import(self, _summary: object) -> None:
        # New classes, students and teachers: the lessons listed, the register shown and
        # the Reports window's lists may all have changed.
        self.load_teachers()
        self.refresh()
        if self._reports_window is not None:
            self._reports_window.refresh()

    def open_reports(self) -> None:
        """File > Reports…: one Reports window, raised if it is open already."""
        from attendance_desktop.ui.reports_window import ReportsWindow

        window = self._reports_window
        if window is None:
            window = ReportsWindow(
                self,
                self.operations,
                zone=self.zone,
                teacher_id=self.teacher_id,
                clock=self.clock,
            )
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.setWindowFlag(Qt.WindowType.Window, True)
            window.destroyed.connect(self._reports_window_closed)
            self._reports_window = window
        window.show()
        window.raise_()
        window.activateWindow()

    def _reports_window_closed(self, *_: object) -> None:
        self._reports_window = None

    def print_register(self) -> None:
        """Register > Print register…: the lesson on screen, on paper."""
        from attendance_desktop.ui.printing import print_session_register

        lesson = self.controller.lesson
        if lesson is None:
            self.show_message(
                translate(
                    "MainWindow", "Open a lesson first: the register printed is the one shown."
                )
            )
            return
        print_session_register(
            self, self.operations, lesson.id, zone=self.zone, on_done=self._printed
        )

    def _printed(self, printed: bool) -> None:
        if printed:
            self.show_message(translate("MainWindow", "Register sent to the printer."))

    def save_register_pdf(self) -> None:
        """Register > Save register as PDF…: the lesson on screen, as an A4 PDF."""
        from attendance_desktop.ui.printing import save_session_register_pdf

        lesson = self.controller.lesson
        if lesson is None:
            self.show_message(
                translate("MainWindow", "Open a lesson first: the register saved is the one shown.")
            )
            return
        save_session_register_pdf(
            self, self.operations, lesson.id, zone=self.zone, on_done=self._saved_pdf
        )

    def _saved_pdf(self, path: Path | None) -> None:
        if path is not None:
            self.show_message(translate("MainWindow", "Register saved as {path}").format(path=path))

    def new_lesson(self) -> None:
        """Register > New lesson…: a lesson for one of my classes (or a cover), then its
        register, started and focused."""
        from attendance_desktop.ui.new_lesson_dialog import open_new_lesson_dialog

        if self.teacher_id is None:
            self.show_message(
                translate("MainWindow", "Choose who you are first (File > Change teacher…).")
            )
            return
        open_new_lesson_dialog(
            self,
            self.operations,
            teacher_id=self.teacher_id,
            day=self.day,
            zone=self.zone,
            clock=self.clock,
            on_created=self._lesson_created,
        )

    def _lesson_created(self, lesson_id: int, created: bool) -> None:
        def go(lesson: LessonInfo) -> None:
            if lesson.teacher_id != self.teacher_id and not self.all_teachers_action.isChecked():
                self.all_teachers_action.setChecked(True)  # an existing lesson of a colleague
            self._focus_register_on_load = True
            current = self.controller.lesson
            if current is not None and current.id == lesson.id and not self.controller.loading:
                # On screen already (a lesson the timetable had): as Enter on it would.
                if current.status == "planned":
                    self.controller.start()
                else:
                    self._focus_register()
            else:
                self.day = rules.local_day(lesson.start_time, self.zone)
                self._update_day_label()
                if lesson.status == "planned":
                    self._start_when_loaded = lesson.id
                self.load_day(keep=lesson.id)
            if not created:
                note = translate(
                    "MainWindow",
                    "{class_name} already had a lesson at {time}: this is its register.",
                ).format(
                    class_name=lesson.class_name,
                    time=clock_text(lesson.start_time.astimezone(self.zone)),
                )
                if lesson.status == "planned":
                    self._note_after_start = note  # after "Register started: …"
                else:
                    self.show_message(note)

        self.operations.run(
            partial(lessons.load_lesson, class_session_id=lesson_id), go, owner=self
        )

    def open_cover(self) -> None:
        """Register > Cover…: the office gives an absent teacher's lessons to a colleague."""
        from attendance_desktop.ui.cover_dialog import open_cover_dialog

        self.cover_dialog = open_cover_dialog(
            self, self.operations, day=self.day, zone=self.zone, on_given=self._cover_given
        )

    def _cover_given(self, count: int, name: str, day: date) -> None:
        self.show_message(
            translate(
                "MainWindow",
                "%n lessons given to {name} on {day}: they are on their day now.",
                None,
                count,
            ).format(name=name, day=weekday_date(day))
        )
        self.refresh()

    def change_teacher(self) -> None:
        from attendance_desktop.ui.teacher_picker import TeacherPickerDialog

        choices = sorted(self.teacher_names.items(), key=lambda item: item[1])
        dialog = TeacherPickerDialog(self, choices, current_id=self.teacher_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            teacher_id = dialog.selected_teacher_id()
            if teacher_id is not None:
                self.set_teacher(teacher_id)

        dialog.accepted.connect(chosen)
        dialog.open()

    def show_shortcuts(self) -> None:
        codes = self.register_model.codes.codes or default_codes()
        keys = ", ".join(f"{c.shortcut} {c.label}" for c in codes)
        present = next((c.shortcut for c in codes if c.category == "present"), "P")
        # A dialog that scrolls: at 150 % scaling the table is taller than the screen, and
        # its Close button must stay reachable.
        box = QDialog(self)
        box.setWindowTitle(translate("MainWindow", "Keyboard shortcuts"))
        text = QTextBrowser()
        text.setAccessibleName(translate("MainWindow", "Keyboard shortcuts"))
        text.setHtml(shortcuts_html(keys, present))
        text.setFrameShape(QTextBrowser.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(box.close)
        layout = QVBoxLayout(box)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        box.resize(fit_size(box, QSize(640, 700)))
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog = box
        box.show()

    def show_about(self) -> None:
        """Help > About: version, database, schema revision and where the log file is."""
        from attendance_desktop.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self, self.operations)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- window state ----------------------------------------------------------------------

    def _restore_ui_state(self) -> None:
        state = self.settings.ui.get(UI_KEY)
        if not isinstance(state, dict):
            return
        geometry = decode(state.get("geometry"))
        if geometry is not None and self.isWindow():  # else the app's window has it already
            restore_fitting(self, geometry, QSize(1280, 800))
        splitter = decode(state.get("splitter"))
        if splitter is not None:
            self._splitter_set = self.splitter.restoreState(splitter)
        for view, key in (
            (self.register_view, "register_columns"),
            (self.sessions_view, "sessions_columns"),
        ):
            widths = state.get(key)
            if isinstance(widths, list):
                for column, width in enumerate(widths[:-1]):
                    if isinstance(width, int) and width > 0:
                        view.setColumnWidth(column, width)
        if state.get("all_teachers"):
            self.all_teachers_action.setChecked(True)

    def ui_state(self) -> dict[str, Any]:
        window = self.window()
        remembered = self.settings.ui.get(UI_KEY)
        kept = remembered.get("geometry") if isinstance(remembered, dict) else None
        # The size is remembered only when it fits (a window dragged half off a screen,
        # or one from a larger screen, is not the one to open with next time).
        geometry = (
            encode(window.saveGeometry())
            if fits(window, window.frameGeometry()) or window.isMaximized()
            else kept
        )
        return {
            "geometry": geometry,
            "splitter": encode(self.splitter.saveState()),
            "register_columns": [
                self.register_view.columnWidth(c) for c in range(self.register_model.columnCount())
            ],
            "sessions_columns": [
                self.sessions_view.columnWidth(c) for c in range(self.sessions_model.columnCount())
            ],
            "all_teachers": self.all_teachers_action.isChecked(),
        }

    def save_ui_state(self) -> None:
        state = self.ui_state()
        self.settings.ui[UI_KEY] = state
        if self.keep_settings:
            stored = settings_module.load()
            stored.ui[UI_KEY] = state
            settings_module.save(stored)

    def _ask_quit_unsaved(self, count: int) -> bool:
        answer = QMessageBox.warning(
            self,
            translate("MainWindow", "Marks not saved"),
            translate(
                "MainWindow",
                "%n marks are not in the database yet (the connection or the file is not "
                "available).\n\nIf you quit now, they are lost from this computer and written "
                "only to the log file. Wait and retry instead?",
                None,
                count,
            ),
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Retry,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _on_splitter_moved(self, *_: object) -> None:
        self._splitter_set = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_refusal()
        if not self._splitter_set:
            # At 1024 px the register needs the room more than the list of lessons.
            width = self.splitter.width()
            left = min(430, max(300, int(width * 0.34)))
            self.splitter.blockSignals(True)
            self.splitter.setSizes([left, max(width - left, 1)])
            self.splitter.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.isWindow():  # inside the app's window, that window keeps itself on screen
            QTimer.singleShot(0, self, lambda: keep_on_screen(self))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting:
            # Marks not in the database yet go to the journal file: sent at the next start.
            if not self._keep_marks_for_quitting():
                event.ignore()
                return
            self._quitting = True
            if self.live_updates is not None:
                self.live_updates.stop()
            for timer in (self._listen_timer, self._counts_timer):
                timer.stop()
            self.controller.shutdown()
            self._day_loads.cancel()
        if self.operations.pending:
            # A save (or a read) is still on its way to the server: the window stays, and
            # says so, until it is done (each has a deadline), rather than vanishing while
            # the process lives on unseen.
            event.ignore()
            self._wait_to_quit()
            return
        if self.quit_wait is not None:
            self.quit_wait.close()
        self.operations.forget_pending()
        try:
            self.save_ui_state()
        except OSError as exc:
            log.warning("Could not save the window layout: %s", exc)
        super().closeEvent(event)

    def _keep_marks_for_quitting(self) -> bool:
        """Every mark not in the database yet into the journal; False: do not quit."""
        unsaved = self.writer.keep_unsaved()
        if not unsaved:
            return True
        if not self.confirm_quit_unsaved(unsaved):
            self.writer.retry_now()
            return False
        for write in self.writer.unsaved_writes():
            log.error(
                "Quit with an unsaved mark: attendance %d %s %r (%s) last error: %s",
                write.attendance_id,
                write.kind,
                write.changes,
                write.label,
                write.last_error,
            )
        return True

    def _wait_to_quit(self) -> None:
        if self.quit_wait is not None:
            return
        log.info("Quitting: waiting for %d operation(s) on their way", self.operations.pending)
        dialog = QProgressDialog(self)
        dialog.setWindowTitle(translate("MainWindow", "Closing"))
        dialog.setLabelText(
            translate(
                "MainWindow",
                "Finishing the last save before closing…\n\n"
                "Your marks are already kept in a file on this computer: if the server does "
                "not answer, they are sent the next time the app starts.",
            )
        )
        dialog.setCancelButton(None)
        dialog.setRange(0, 0)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.quit_wait = dialog
        dialog.show()
        timer = QTimer(self)
        timer.setInterval(100)

        def check() -> None:
            if not self.operations.pending:
                timer.stop()
                self.window().close()

        timer.timeout.connect(check)
        timer.start()
