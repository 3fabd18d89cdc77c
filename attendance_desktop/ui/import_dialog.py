"""File > Import roster: choose a file, see what it would change, import it in one go.

Three steps, none of which blocks the window:

1. *Read*: ``roster.read_roster`` reads and validates the file, folder or .zip
   through ``Operations.run_free`` (file work only, so mark writes queued on
   the database worker are not held up by a large file).
2. *Check*: ``roster.preview_plan`` compares the plan with the database on
   the ``Operations`` worker and says what would be created, updated, left
   alone or withdrawn, still writing nothing.  A roster with problems (its own,
   or ones only the database shows) lists every one with file, line and
   column, and cannot be imported.
3. *Import*: ``roster.import_plan`` writes everything in one transaction on
   the worker.  Its progress comes back through a queued signal; Cancel makes
   ``cancelled()`` true between batches, and the transaction is rolled back:
   all of the roster or none of it.

The expected endings (cancelled, problems found at the last moment) come back
as results, not errors, so nothing else in the app reports them too.  Only the
file chosen last counts, and nothing comes back to a dialog that was closed or
deleted meanwhile (``Latest`` and ``owner``).
"""

from __future__ import annotations

import functools
import html
import logging
import sys
import threading
from collections.abc import Callable
from datetime import date, tzinfo
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent, QColor, QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop import errors, roster, rules
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, number, translate
from attendance_desktop.ui import palette
from attendance_desktop.ui.error_dialogs import show_known_error
from attendance_desktop.ui.mark_writer import handled_here
from attendance_desktop.ui.operations import Latest, Operations
from attendance_desktop.ui.table_models import ReadOnlyTableModel
from attendance_desktop.ui.views import plain_label, plain_tip, setup_table

log = logging.getLogger("attendance.ui.import")

Index = QModelIndex | QPersistentModelIndex

#: An import shorter than this shows no progress bar (it would only flash).
PROGRESS_DELAY_MS = 300
#: Warnings listed in the preview; past this, "and N more" (the command line lists all).
_SHOWN_WARNINGS = 20

FORMATS_HELP = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "A <b>CSV file</b> with one row per student and class (columns such as First name, "
    "Last name, Class, Teacher) or one row per person with a role or type column, or the "
    "<b>whole-school export</b> of your school's information system, as its folder or "
    ".zip: <b>OneRoster</b> 1.0, 1.1 or 1.2, <b>Microsoft School Data Sync</b> v1, v2 or "
    "v2.1, or <b>Clever</b>.<br><br>Nothing is written until you press <b>Import</b>; an import "
    "is all or nothing, and nothing is ever deleted (students who left are given an end date).",
)


# --- progress from the worker -----------------------------------------------------------------


class _ProgressRelay(QObject):
    """Emitted from the worker as rows are written; delivered queued on the main thread."""

    progressed = Signal(int, int)


# --- table models -------------------------------------------------------------------------------

#: The row's ``RosterProblem``.
ProblemRole = Qt.ItemDataRole.UserRole + 1

COL_FILE, COL_LINE, COL_COLUMN, COL_MESSAGE = range(4)
PROBLEM_HEADERS = {
    COL_FILE: QT_TRANSLATE_NOOP("ImportDialog", "File"),
    COL_LINE: QT_TRANSLATE_NOOP("ImportDialog", "Line"),
    COL_COLUMN: QT_TRANSLATE_NOOP("ImportDialog", "Column"),
    COL_MESSAGE: QT_TRANSLATE_NOOP("ImportDialog", "Problem"),
}


class ProblemsModel(ReadOnlyTableModel):
    """Every problem in a roster: file, line, column and what is wrong."""

    headers = PROBLEM_HEADERS

    def row_total(self) -> int:
        return len(self.problems)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems: list[roster.RosterProblem] = []

    def set_problems(self, problems: list[roster.RosterProblem]) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        title = super().headerData(section, orientation, role)
        return translate("ImportDialog", title) if isinstance(title, str) else title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.problems):
            return None
        problem = self.problems[index.row()]
        column = index.column()
        if role == ProblemRole:
            return problem
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_FILE:
                return problem.file
            if column == COL_LINE:
                return "" if problem.line is None else str(problem.line)
            if column == COL_COLUMN:
                return problem.column or ""
            if column == COL_MESSAGE:
                return problem.message
        if role == Qt.ItemDataRole.ToolTipRole:
            # File names, columns and values come from the file: shown as written.
            return plain_tip(roster.format_problem(problem))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


COL_KIND, COL_CREATED, COL_UPDATED, COL_UNCHANGED, COL_WITHDRAWN = range(5)
CHANGE_HEADERS = {
    COL_KIND: "",
    COL_CREATED: QT_TRANSLATE_NOOP("ImportDialog", "New"),
    COL_UPDATED: QT_TRANSLATE_NOOP("ImportDialog", "Updated"),
    COL_UNCHANGED: QT_TRANSLATE_NOOP("ImportDialog", "Unchanged"),
    COL_WITHDRAWN: QT_TRANSLATE_NOOP("ImportDialog", "Withdrawn"),
}
CHANGE_TIPS = {
    COL_CREATED: QT_TRANSLATE_NOOP("ImportDialog", "Not in the register yet: will be added"),
    COL_UPDATED: QT_TRANSLATE_NOOP(
        "ImportDialog", "In the register with different details (a name, room, teacher...)"
    ),
    COL_UNCHANGED: QT_TRANSLATE_NOOP(
        "ImportDialog", "Already in the register exactly as in this roster"
    ),
    COL_WITHDRAWN: QT_TRANSLATE_NOOP(
        "ImportDialog",
        "Students given an end date in a class, or people and classes marked "
        "inactive. Nothing is deleted: their history stays.",
    ),
}


def _words(text: str | None) -> str | None:
    """A header or tip above in the reader's language (the empty title stays empty)."""
    return translate("ImportDialog", text) if text else text


CHANGE_COLOURS = {
    COL_CREATED: palette.SUCCESS,
    COL_UPDATED: palette.INFO,
    COL_WITHDRAWN: palette.ERROR,
}


class ChangesModel(QAbstractTableModel):
    """What an import would do (or did), per kind of record."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, roster.KindCounts]] = []

    def set_summary(self, summary: roster.ImportSummary | None) -> None:
        self.beginResetModel()
        self.rows = summary.kinds() if summary is not None else []
        self.endResetModel()

    def count(self, kind: str, column: int) -> int:
        """The figure shown for ``kind`` ("Students") in ``column`` (tests and summaries)."""
        for label, counts in self.rows:
            if label == kind:
                return self._value(counts, column)
        raise KeyError(kind)

    @staticmethod
    def _value(counts: roster.KindCounts, column: int) -> int:
        return {
            COL_CREATED: counts.created,
            COL_UPDATED: counts.updated,
            COL_UNCHANGED: counts.unchanged,
            COL_WITHDRAWN: counts.withdrawn,
        }[column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CHANGE_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section not in CHANGE_HEADERS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _words(CHANGE_HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return _words(CHANGE_TIPS.get(section))
        if role == Qt.ItemDataRole.TextAlignmentRole and section != COL_KIND:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        label, counts = self.rows[index.row()]
        column = index.column()
        value = None if column == COL_KIND else self._value(counts, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return roster.kind_name(label) if value is None else number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_KIND:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if value == 0:
                return QColor(palette.DISABLED)
            if column in CHANGE_COLOURS:
                return QColor(CHANGE_COLOURS[column])
        if role == Qt.ItemDataRole.FontRole and (
            column == COL_KIND or (value and column != COL_UNCHANGED)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in CHANGE_TIPS:
            return _words(CHANGE_TIPS[column])
        return None


# --- the dialog ---------------------------------------------------------------------------------


class Stage(Enum):
    """Where the dialog is; ``stage`` is public for tests and the main window."""

    EMPTY = "empty"
    READING = "reading"
    CHECKING = "checking"
    READY = "ready"
    PROBLEMS = "problems"
    IMPORTING = "importing"
    CANCELLED = "cancelled"
    DONE = "done"
    FAILED = "failed"


_BUSY = (Stage.READING, Stage.CHECKING, Stage.IMPORTING)


def _heading(text: str = "") -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class ImportRosterDialog(QDialog):
    """Choose a roster, preview it, import it: all of it or none of it.

    Non-blocking: open it with ``open()`` or ``show()``.  ``imported`` is emitted
    with the ``ImportSummary`` once an import has been committed, so the main
    window can reload its lessons and teachers.
    """

    #: An import was committed; carries the ``roster.ImportSummary``.
    imported = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        operations: Operations,
        *,
        zone: tzinfo | None = None,
        clock: rules.Clock = rules.system_clock,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importRosterDialog")
        self.setWindowTitle(translate("ImportDialog", "Import roster"))
        self.operations = operations
        self.zone = zone or rules.local_zone()
        self.clock = clock
        self.stage = Stage.EMPTY
        self.path: Path | None = None
        self.preview: roster.Preview | None = None
        self.outcome: roster.ImportOutcome | None = None
        #: The file chosen last: only its reading and checking count.
        self._latest = Latest()
        self._cancel = threading.Event()
        self._close_when_stopped = False

        #: Emitted from the worker as rows are written (public: tests pace the import by it).
        self.progress_relay = _ProgressRelay(self)
        self.progress_relay.progressed.connect(self._on_progress)

        intro = QLabel(
            translate(
                "ImportDialog",
                "Bring in teachers, classes and students from your school's information system.",
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("rosterPath")
        self.path_edit.setPlaceholderText(
            translate("ImportDialog", "A .csv file, or a OneRoster folder or .zip")
        )
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.returnPressed.connect(self._path_entered)
        self.file_button = QPushButton(translate("ImportDialog", "Choose &file…"))
        self.file_button.setToolTip(
            translate("ImportDialog", "A CSV file, or a OneRoster export saved as a .zip")
        )
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button = QPushButton(translate("ImportDialog", "Choose f&older…"))
        self.folder_button.setToolTip(
            translate("ImportDialog", "A OneRoster export unpacked into a folder")
        )
        self.folder_button.clicked.connect(self.choose_folder)
        chooser = QHBoxLayout()
        chooser.addWidget(self.path_edit, 1)
        chooser.addWidget(self.file_button)
        chooser.addWidget(self.folder_button)

        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setRange(0, 0)  # "busy", no figure
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedWidth(120)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.hide()
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        status_row = QHBoxLayout()
        status_row.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignVCenter)
        status_row.addWidget(self.status, 1)

        # Page: nothing chosen yet.
        help_label = QLabel(translate("ImportDialog", FORMATS_HELP))
        help_label.setWordWrap(True)
        help_label.setTextFormat(Qt.TextFormat.RichText)
        help_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        help_label.setStyleSheet("color: palette(placeholder-text);")
        help_label.setContentsMargins(4, 12, 4, 4)

        # Page: what the import would do.
        self.changes_model = ChangesModel(self)
        self.changes_view = setup_table(QTableView(), wrap=True, row_height=30)
        self.changes_view.setModel(self.changes_model)
        self.changes_view.setObjectName("changesView")
        self.changes_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.changes_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        changes_header = self.changes_view.horizontalHeader()
        changes_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        changes_header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.Stretch)
        self.changes_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.changes_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.changes_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview_heading = _heading()
        # The file's name and what it holds: shown as written.
        self.preview_details = plain_label(QLabel())
        self.preview_details.setWordWrap(True)
        self.preview_details.setStyleSheet("color: palette(placeholder-text);")
        self.notes = QLabel()
        self.notes.setObjectName("importNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop)
        preview_page = QWidget()
        preview_layout = QVBoxLayout(preview_page)
        preview_layout.setContentsMargins(0, 8, 0, 0)
        preview_layout.addWidget(self.preview_heading)
        preview_layout.addWidget(self.preview_details)
        preview_layout.addWidget(self.changes_view)
        preview_layout.addWidget(self.notes)
        preview_layout.addStretch(1)

        # Page: every problem.
        self.problems_model = ProblemsModel(self)
        self.problems_view = setup_table(QTableView(), grid=True, wrap=True)
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setObjectName("problemsView")
        problems_header = self.problems_view.horizontalHeader()
        problems_header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        for column, width in {COL_FILE: 130, COL_LINE: 50, COL_COLUMN: 140}.items():
            self.problems_view.setColumnWidth(column, width)
        self.problems_heading = _heading()
        self.problems_heading.setStyleSheet(palette.text_style(palette.ERROR))
        self.problems_hint = QLabel(
            translate(
                "ImportDialog",
                "Nothing has been written. Fix these in the file (or in your school's system and "
                "export again), then choose the file again.",
            )
        )
        self.problems_hint.setWordWrap(True)
        self.copy_button = QPushButton(translate("ImportDialog", "&Copy problems"))
        self.copy_button.setObjectName("copyProblems")
        self.copy_button.setToolTip(
            translate(
                "ImportDialog", "Copy the list to the clipboard, to send to whoever keeps the file"
            )
        )
        self.copy_button.clicked.connect(self.copy_problems)
        problems_page = QWidget()
        problems_layout = QVBoxLayout(problems_page)
        problems_layout.setContentsMargins(0, 8, 0, 0)
        problems_layout.addWidget(self.problems_heading)
        problems_layout.addWidget(self.problems_hint)
        problems_layout.addWidget(self.problems_view, 1)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        problems_layout.addLayout(copy_row)

        self.pages = QStackedWidget()
        self.pages.addWidget(help_label)
        self.pages.addWidget(preview_page)
        self.pages.addWidget(problems_page)

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("importProgress")
        self.progress_bar.setFormat(translate("ImportDialog", "%v of %m rows written"))
        self.progress_bar.hide()
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self._show_progress)

        self.import_button = QPushButton(translate("ImportDialog", "&Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(translate("ImportDialog", "Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self._close_or_cancel)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_bar, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(chooser)
        layout.addLayout(status_row)
        layout.addWidget(self.pages, 1)
        layout.addWidget(line)
        layout.addLayout(buttons)
        self.resize(760, 560)
        self._set_stage(Stage.EMPTY)

    # --- choosing --------------------------------------------------------------------------

    @Slot()
    def choose_file(self) -> None:
        start = str(self.path.parent if self.path else Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            translate("ImportDialog", "Choose a roster file"),
            start,
            translate("ImportDialog", "Rosters (*.csv *.txt *.zip);;All files (*)"),
        )
        if chosen:
            self.load(Path(chosen))

    @Slot()
    def choose_folder(self) -> None:
        start = str(self.path.parent if self.path else Path.home())
        title = translate("ImportDialog", "Choose a OneRoster folder")
        chosen = QFileDialog.getExistingDirectory(self, title, start)
        if chosen:
            self.load(Path(chosen))

    @Slot()
    def _path_entered(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            self.load(Path(text).expanduser())

    def load(self, path: Path) -> None:
        """Read and check the roster at ``path``; the preview follows when it is ready."""
        if self.stage == Stage.IMPORTING:
            return
        self.path = Path(path)
        self.preview = None
        self.outcome = None
        self.path_edit.setText(str(self.path))
        self.status.setText(
            translate("ImportDialog", "Reading {file}…").format(file=self.path.name)
        )
        self._set_stage(Stage.READING)
        self.operations.run_free(
            functools.partial(roster.read_roster, self.path),
            self._on_read,
            self._on_read_failed,
            owner=self,
            latest=self._latest,
        )

    def today(self) -> date:
        return rules.local_day(self.clock(), self.zone)

    def _on_read(self, plan: roster.RosterPlan) -> None:
        if plan.problems:
            self._show_preview(roster.Preview(plan, None, list(plan.problems)))
            return
        description = plan.describe()
        self.status.setText(
            translate("ImportDialog", "{description}. Comparing with the register…").format(
                description=description
            )
        )
        self._set_stage(Stage.CHECKING)
        # Another file chosen meanwhile takes a newer ticket: this check's result is dropped.
        self.operations.run(
            functools.partial(roster.preview_plan, plan=plan, today=self.today()),
            self._show_preview,
            lambda error: self._failed(
                error,
                translate("ImportDialog", "The roster could not be compared with the register."),
            ),
            owner=self,
            latest=self._latest,
            deadline=None,  # a district's roster takes its time; the dialog shows progress
        )

    def _on_read_failed(self, error: BaseException) -> None:
        self._failed(error, translate("ImportDialog", "The roster could not be read."))

    # --- the preview -----------------------------------------------------------------------

    def _show_preview(self, preview: roster.Preview) -> None:
        self.preview = preview
        plan = preview.plan
        if preview.problems:
            self._show_problems(preview.problems, plan)
            return
        summary = preview.summary
        assert summary is not None
        self._set_changes(summary)
        self.preview_heading.setText(
            translate("ImportDialog", "This roster would make these changes:")
            if summary.changed
            else translate(
                "ImportDialog",
                "The register already matches this roster: there is nothing to import.",
            )
        )
        self.preview_details.setText(self._plan_words(plan))
        self._show_notes(summary.notes, plan.warnings)
        self.status.setText(
            translate("ImportDialog", "Press Import to write these changes, all in one go.")
            if summary.changed
            else translate("ImportDialog", "Nothing to do.")
        )
        self.pages.setCurrentIndex(1)
        self._set_stage(Stage.READY)
        self.import_button.setEnabled(summary.changed)
        if summary.changed:
            self.import_button.setFocus()

    def _set_changes(self, summary: roster.ImportSummary) -> None:
        self.changes_model.set_summary(summary)
        view = self.changes_view
        # As tall as its four rows: the notes follow right under it.
        view.setFixedHeight(
            view.horizontalHeader().sizeHint().height()
            + view.verticalHeader().length()
            + 2 * view.frameWidth()
        )

    @staticmethod
    def _plan_words(plan: roster.RosterPlan) -> str:
        """``classes.csv: plain CSV: 1 teacher, ... Read as UTF-8, values separated by commas.``"""
        name, description = plan.source.name, plan.describe()
        encoding = roster.encoding_name(plan.encoding)
        if not plan.encoding:
            template = translate("ImportDialog", "{file}: {description}.")
        elif plan.format != roster.PLAIN_CSV:
            template = translate("ImportDialog", "{file}: {description}. Read as {encoding}.")
        elif plan.delimiter == ",":
            template = translate(
                "ImportDialog",
                "{file}: {description}. Read as {encoding}, values separated by commas.",
            )
        elif plan.delimiter == ";":
            template = translate(
                "ImportDialog",
                "{file}: {description}. Read as {encoding}, values separated by semicolons.",
            )
        elif plan.delimiter == "\t":
            template = translate(
                "ImportDialog",
                "{file}: {description}. Read as {encoding}, values separated by tabs.",
            )
        else:
            template = translate(
                "ImportDialog",
                "{file}: {description}. Read as {encoding}, values separated by {separator}.",
            )
        return template.format(
            file=name, description=description, encoding=encoding, separator=repr(plan.delimiter)
        )

    def _show_notes(
        self, notes: list[str], warnings: list[roster.RosterProblem] | None = None
    ) -> None:
        """Warnings (worth a look, never blocking) above the notes (what was read past)."""
        warnings = warnings or []
        if not notes and not warnings:
            self.notes.clear()
            self.notes.hide()
            return
        parts = []
        if warnings:
            shown = warnings[:_SHOWN_WARNINGS]
            items = "".join(
                f"<li>{html.escape(roster.format_problem(w), quote=False)}</li>" for w in shown
            )
            hidden = len(warnings) - len(shown)
            if hidden:
                more = translate("ImportDialog", "... and %n more.", None, hidden)
                items += f"<li>{html.escape(more, quote=False)}</li>"
            n = len(warnings)
            heading = translate("ImportDialog", "%n warnings (the import can go ahead)", None, n)
            parts.append(
                f"<b style='color: {palette.WARNING};'>{html.escape(heading, quote=False)}</b>"
                f"<ul style='margin-left: 0px;'>{items}</ul>"
            )
        if notes:
            items = "".join(f"<li>{html.escape(note, quote=False)}</li>" for note in notes)
            heading = html.escape(translate("ImportDialog", "Notes"), quote=False)
            parts.append(f"<b>{heading}</b><ul style='margin-left: 0px;'>{items}</ul>")
        self.notes.setText("".join(parts))
        self.notes.show()

    def _show_problems(
        self, problems: list[roster.RosterProblem], plan: roster.RosterPlan | None
    ) -> None:
        self.problems_model.set_problems(problems)
        self.problems_view.resizeRowsToContents()
        n = roster.problem_count(problems)
        self.problems_heading.setText(
            translate(
                "ImportDialog",
                "The roster has %n problems. It cannot be imported until they are fixed.",
                None,
                n,
            )
        )
        if plan is not None:
            name = plan.source.name
            status = translate(
                "ImportDialog", "Nothing was imported: %n problems in {file}.", None, n
            ).format(file=name)
        else:
            status = translate("ImportDialog", "Nothing was imported: %n problems.", None, n)
        self.status.setText(status)
        self.pages.setCurrentIndex(2)
        self._set_stage(Stage.PROBLEMS)

    def problems_text(self) -> str:
        """The problems as plain text, one per line, for an email to whoever keeps the file."""
        problems = self.problems_model.problems
        n = roster.problem_count(problems)
        if self.path is not None:
            heading = translate(
                "ImportDialog", "{file}: %n problems, nothing was imported.", None, n
            ).format(file=self.path)
        else:
            heading = translate(
                "ImportDialog", "The roster: %n problems, nothing was imported.", None, n
            )
        listed = roster.format_problems(problems, limit=None)
        return f"{heading}\n{listed}\n"

    @Slot()
    def copy_problems(self) -> None:
        QGuiApplication.clipboard().setText(self.problems_text())
        self.copy_button.setText(translate("ImportDialog", "Copied"))
        QTimer.singleShot(
            2000,
            self,
            lambda: self.copy_button.setText(translate("ImportDialog", "&Copy problems")),
        )

    # --- importing -------------------------------------------------------------------------

    @Slot()
    def start_import(self) -> None:
        """Write the previewed roster in one transaction, with progress and Cancel."""
        preview = self.preview
        if (
            self.stage not in (Stage.READY, Stage.CANCELLED, Stage.FAILED)
            or preview is None
            or preview.summary is None
            or not preview.summary.changed
        ):
            return  # nothing checked to import (or already imported)
        plan = preview.plan
        today = self.today()
        self._cancel.clear()
        self._close_when_stopped = False
        relay = self.progress_relay
        cancel = self._cancel
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setValue(0)
        self._progress_timer.start()
        self.status.setText(
            translate("ImportDialog", "Importing {file}…").format(file=plan.source.name)
        )
        self._set_stage(Stage.IMPORTING)
        log.info("importing %s: %s", plan.source, plan.describe())

        work = functools.partial(
            roster.import_plan,
            plan=plan,
            today=today,
            progress=relay.progressed.emit,
            cancelled=cancel.is_set,
        )
        self.operations.run(
            work, self._on_imported, self._on_import_failed, owner=self, deadline=None
        )

    def cancel_import(self) -> None:
        """Ask the import to stop at the next batch; it is rolled back."""
        if self.stage == Stage.IMPORTING and not self._cancel.is_set():
            self._cancel.set()
            self.status.setText(
                translate("ImportDialog", "Stopping the import and undoing what it wrote…")
            )
            self.close_button.setEnabled(False)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.stage != Stage.IMPORTING:
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, total))

    @Slot()
    def _show_progress(self) -> None:
        if self.stage == Stage.IMPORTING:
            self.progress_bar.show()

    def _on_imported(self, outcome: roster.ImportOutcome) -> None:
        self.outcome = outcome
        self._progress_timer.stop()
        self.progress_bar.hide()
        if outcome.cancelled:
            log.info("import of %s cancelled; rolled back", self.path)
            self._set_stage(Stage.CANCELLED)
            self.status.setText(
                translate("ImportDialog", "Import cancelled. Nothing was imported.")
            )
            self.import_button.setEnabled(True)
            if self._close_when_stopped:
                self.reject()
            return
        if outcome.problems:
            # The register changed since the preview (say, a class deleted elsewhere).
            self._show_problems(outcome.problems, self.preview.plan if self.preview else None)
            return
        summary = outcome.summary
        assert summary is not None
        log.info("imported %s: %s", self.path, "; ".join(summary.lines()))
        self._set_changes(summary)
        self.preview_heading.setText(
            translate("ImportDialog", "Imported. These changes were made:")
        )
        self._show_notes(summary.notes)
        self.pages.setCurrentIndex(1)
        self._set_stage(Stage.DONE)
        if self.path is not None:
            done = translate(
                "ImportDialog", "{file} was imported. The lessons and registers now use it."
            ).format(file=self.path.name)
        else:
            done = translate(
                "ImportDialog", "The roster was imported. The lessons and registers now use it."
            )
        self.status.setText(done)
        self.close_button.setFocus()
        self.imported.emit(summary)

    def _on_import_failed(self, error: BaseException) -> None:
        self._progress_timer.stop()
        self.progress_bar.hide()
        self._failed(error, translate("ImportDialog", "The import failed. Nothing was imported."))
        if self.preview is not None and self.preview.summary is not None:
            self.import_button.setEnabled(True)  # it can be tried again

    # --- errors ----------------------------------------------------------------------------

    def _failed(self, error: BaseException, words: str) -> None:
        """A problem reading the file or using the database: plain words, or the crash dialog."""
        handled_here(error)  # reported here; the main window's catch-all need not again
        self._set_stage(Stage.FAILED)
        if self.preview is None:
            self.pages.setCurrentIndex(0)
        if isinstance(error, errors.KnownError):
            self.status.setText(
                translate("ImportDialog", "{what} {why}").format(what=words, why=error.message)
            )
            show_known_error(self, error)
        else:
            self.status.setText(words)
            sys.excepthook(type(error), error, error.__traceback__)

    # --- state -----------------------------------------------------------------------------

    def _set_stage(self, stage: Stage) -> None:
        self.stage = stage
        busy = stage in _BUSY
        self.busy_bar.setVisible(stage in (Stage.READING, Stage.CHECKING))
        for widget in (self.path_edit, self.file_button, self.folder_button):
            widget.setEnabled(stage != Stage.IMPORTING)
        if stage != Stage.READY:
            self.import_button.setEnabled(False)
        self.close_button.setEnabled(True)
        self.close_button.setText(
            translate("ImportDialog", "Cancel import")
            if stage == Stage.IMPORTING
            else translate("ImportDialog", "Close")
        )
        self.copy_button.setEnabled(stage == Stage.PROBLEMS)
        if stage == Stage.EMPTY:
            self.pages.setCurrentIndex(0)
            self.status.setText(translate("ImportDialog", "Choose the roster to import."))
        self.status.setStyleSheet(
            palette.text_style(palette.ERROR)
            if stage in (Stage.PROBLEMS, Stage.FAILED)
            else {
                Stage.DONE: palette.text_style(palette.SUCCESS, bold=True),
                Stage.CANCELLED: "font-weight: bold;",
            }.get(stage, "")
        )
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    @Slot()
    def _close_or_cancel(self) -> None:
        if self.stage == Stage.IMPORTING:
            self.cancel_import()
        elif self.stage == Stage.DONE:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        # Esc or the window's close button during an import: stop it (rolled back), and
        # close once it has stopped, never leaving a half-written roster behind.
        if self.stage == Stage.IMPORTING:
            self._close_when_stopped = True
            self.cancel_import()
            return
        self._latest.cancel()  # a read or check still running is no longer wanted
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.stage == Stage.IMPORTING:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the path field reads it; it must not also press Import.
        if self.path_edit.hasFocus() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)


def open_import_dialog(
    parent: QWidget | None,
    operations: Operations,
    *,
    zone: tzinfo | None = None,
    clock: rules.Clock = rules.system_clock,
    on_imported: Callable[[roster.ImportSummary], None] | None = None,
) -> ImportRosterDialog:
    """Open the dialog window-modal over ``parent`` (no nested event loop); returns it.

    ``on_imported`` is called with the summary once an import has been committed.
    The dialog deletes itself when closed.
    """
    dialog = ImportRosterDialog(parent, operations, zone=zone, clock=clock)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_imported is not None:
        dialog.imported.connect(on_imported)
    dialog.open()
    return dialog
