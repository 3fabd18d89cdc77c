"""Settings: where the database is, the attendance codes, and the school's register rules.

Three tabs, three homes for what they edit:

- **Database** lives in this PC's settings file, except the server password,
  which goes to the operating system's keyring (``settings.store_password``)
  and never into the file.  "Test connection" runs on a worker thread, so a
  server that does not answer cannot freeze the window.  A new database is
  used from the next start; the dialog says so and the caller decides.
- **Attendance codes** are rows in the database, shared by every PC: loaded and
  saved through ``Operations``, never from the UI thread.  Codes are taken out
  of use, never deleted, because old registers still point at them.
- **Register** (school name, time zone, default grace period) is school-wide
  too, in the ``school_setting`` table.

The plain functions at the top (validation, loading and saving codes and
school settings, testing a connection) need no Qt and are tested on their own.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import os
import re
import string
import zoneinfo
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QColorDialog,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import create_engine, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from attendance_desktop import errors, paths
from attendance_desktop.db import migrate
from attendance_desktop.db.engine import create_app_engine, plain_errors
from attendance_desktop.db.models import CODE_CATEGORIES, AttendanceCode, SchoolSetting
from attendance_desktop.db.netfs import refuse_network_database
from attendance_desktop.settings import DatabaseSettings, Settings, password_for, store_password
from attendance_desktop.ui.operations import Operations

log = logging.getLogger("attendance.ui.settings")

#: What each category means, in the words the dialog shows.
CATEGORY_LABELS = {
    "present": "Present",
    "late": "Late",
    "absent": "Absent",
    "excused": "Excused absence",
}
#: Letters the register itself uses, so no code may take them.
RESERVED_KEYS = {
    "J": "moves down the register",
    "K": "moves up the register",
    "N": "opens the note",
}
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
MAX_GRACE_MINUTES = 120


# --- school-wide values, without Qt --------------------------------------------------------


@dataclass
class CodeRow:
    """One attendance code as the dialog edits it (``id`` is None until it is saved)."""

    id: int | None
    code: str
    label: str
    category: str
    counts_as_present: bool
    shortcut: str
    colour: str
    active: bool = True


@dataclass(frozen=True)
class RegisterValues:
    """The school-wide register settings kept in ``school_setting``."""

    school_name: str = ""
    time_zone: str = ""
    default_grace_minutes: int = 5


def load_codes(session: Session) -> list[CodeRow]:
    """Every code, in use or not, in the register's order."""
    return [
        CodeRow(
            id=c.id,
            code=c.code,
            label=c.label,
            category=c.category,
            counts_as_present=c.counts_as_present,
            shortcut=c.shortcut,
            colour=c.colour,
            active=c.active,
        )
        for c in session.scalars(
            select(AttendanceCode).order_by(AttendanceCode.sort_order, AttendanceCode.id)
        )
    ]


def save_codes(session: Session, rows: Sequence[CodeRow]) -> list[CodeRow]:
    """Write the codes in ``rows`` (their order becomes the register's order); returns them.

    Letters and codes are unique in the database, so a swap (P <-> A) or a chain
    of changes would trip the constraint half-way; every changed row first moves
    to a placeholder nobody can type, then everything takes its final value.
    """
    problems = table_problems(rows)
    if problems:
        raise errors.KnownError(problems[0])
    stored = {c.id: c for c in session.scalars(select(AttendanceCode))}
    missing = [row.label for row in rows if row.id is not None and row.id not in stored]
    if missing:
        raise errors.KnownError(
            f"The code \u201c{missing[0]}\u201d was removed on another computer meanwhile.",
            hint="Close Settings and open it again to see the current codes.",
        )
    moved = 0
    for row in rows:
        if row.id is None:
            continue
        current = stored[row.id]
        if current.shortcut != row.shortcut or current.code != row.code:
            current.shortcut = chr(0xE000 + moved)  # a private-use character
            current.code = f"~{moved}"
            moved += 1
    if moved:
        session.flush()
    saved: list[CodeRow] = []
    for index, row in enumerate(rows):
        values = {
            "code": row.code,
            "label": row.label.strip(),
            "category": row.category,
            "counts_as_present": row.counts_as_present,
            "shortcut": row.shortcut,
            "colour": row.colour,
            "active": row.active,
            "sort_order": (index + 1) * 10,
        }
        if row.id is None:
            target = AttendanceCode(**values)
            session.add(target)
        else:
            target = stored[row.id]
            for name, value in values.items():
                if getattr(target, name) != value:
                    setattr(target, name, value)
        session.flush()
        saved.append(replace(row, id=target.id, label=row.label.strip()))
    return saved


def load_register_values(session: Session) -> RegisterValues:
    stored = {s.key: s.value for s in session.scalars(select(SchoolSetting))}
    try:
        grace = int(stored.get("default_grace_minutes", "5"))
    except ValueError:
        grace = 5
    return RegisterValues(
        school_name=stored.get("school_name", ""),
        time_zone=stored.get("time_zone", ""),
        default_grace_minutes=min(max(grace, 0), MAX_GRACE_MINUTES),
    )


def save_register_values(session: Session, values: RegisterValues) -> None:
    for key, value in (
        ("school_name", values.school_name.strip()),
        ("time_zone", values.time_zone.strip()),
        ("default_grace_minutes", str(values.default_grace_minutes)),
    ):
        row = session.get(SchoolSetting, key)
        if row is None:
            session.add(SchoolSetting(key=key, value=value))
        elif row.value != value:
            row.value = value


def shortcut_problem(rows: Sequence[CodeRow], row: int, key: str) -> str | None:
    """Why ``key`` cannot be the shortcut of ``rows[row]``, or None if it can."""
    if len(key) != 1 or key not in string.ascii_uppercase:
        return "A code's key is one letter, A to Z."
    if key in RESERVED_KEYS:
        return f"{key} cannot be a code's key: in the register it {RESERVED_KEYS[key]}."
    for other_index, other in enumerate(rows):
        if other_index != row and other.shortcut == key:
            unused = "" if other.active else " (not in use, but its key is still taken)"
            return (
                f"The key {key} is already used by \u201c{other.label}\u201d{unused}. "
                "Give that code another key first."
            )
    return None


def code_problem(rows: Sequence[CodeRow], row: int, code: str) -> str | None:
    """Why ``code`` cannot be the short code of ``rows[row]``, or None if it can."""
    if not code:
        return "A code needs a short code (up to 8 characters), for example P or SICK."
    if len(code) > 8:
        return "A short code has at most 8 characters."
    for other_index, other in enumerate(rows):
        if other_index != row and other.code.upper() == code.upper():
            return f"The short code {code} is already used by \u201c{other.label}\u201d."
    return None


def table_problems(rows: Sequence[CodeRow]) -> list[str]:
    """Problems that make the whole set of codes unusable, in plain words."""
    problems: list[str] = []
    for index, row in enumerate(rows):
        name = row.label.strip() or f"row {index + 1}"
        if not row.label.strip():
            problems.append(f"The code in row {index + 1} needs a label, for example Present.")
        for problem in (
            code_problem(rows, index, row.code),
            shortcut_problem(rows, index, row.shortcut),
        ):
            if problem:
                problems.append(f"{name}: {problem}")
        if row.category not in CODE_CATEGORIES:
            problems.append(f"{name}: choose what the code means (present, late, absent...).")
        if not _COLOUR.match(row.colour):
            problems.append(f"{name}: the colour must look like #2E7D32.")
    if not any(r.active and r.category == "present" for r in rows):
        problems.append("At least one code in use must mean Present, for the register's P key.")
    return problems


def test_connection(db: DatabaseSettings, password: str | None) -> str:
    """Try the database ``db`` describes; a plain sentence on success, ``KnownError`` if not.

    Never creates or changes anything: a SQLite file is opened read-only, and
    only if it exists.  Runs on a worker thread.
    """
    if db.kind == "postgresql":
        return _test_server(db, password)
    return _test_file(Path(db.sqlite_path).expanduser() if db.sqlite_path else None)


def _test_server(db: DatabaseSettings, password: str | None) -> str:
    url = URL.create(
        "postgresql+psycopg",
        username=db.user or None,
        password=password or None,
        host=db.host,
        port=db.port,
        database=db.database,
    )
    engine = create_app_engine(url, poolclass=NullPool)
    try:
        with plain_errors(url), engine.connect() as connection:
            server = connection.exec_driver_sql("SHOW server_version").scalar()
        where = f"\u201c{db.database}\u201d on {db.host}:{db.port} (PostgreSQL {server})"
        return f"Connected to {where}. {_schema_sentence(migrate.schema_state(engine))}"
    finally:
        engine.dispose()


def _test_file(path: Path | None) -> str:
    path = path or paths.default_database_path()
    refuse_network_database(path)
    if path.is_dir():
        raise errors.BadDatabaseURL(
            f"{path} is a folder.", hint="Choose a file name inside it, such as attendance.sqlite3."
        )
    if not path.exists():
        if not path.parent.is_dir():
            raise errors.DatabaseUnreachable(
                f"The folder {path.parent} does not exist.",
                hint="Choose another folder, or create this one first.",
            )
        if not os.access(path.parent, os.W_OK):
            raise errors.DatabaseReadOnly(
                f"This account cannot create files in {path.parent}.",
                hint="Choose a folder of your own, or ask IT for write access.",
            )
        return f"No database there yet: a new one will be created at {path} on the next start."
    # Read-only, through SQLite's URI form, so testing never writes to the file.
    url = URL.create(
        "sqlite+pysqlite", database=f"{path.resolve().as_uri()}?mode=ro", query={"uri": "true"}
    )
    engine = create_engine(url, poolclass=NullPool)
    try:
        with plain_errors(url):
            state = migrate.schema_state(engine)
        if not os.access(path, os.W_OK):
            raise errors.DatabaseReadOnly(
                f"The database file {path} can be read but not written to.",
                hint="Ask IT to give your account write access to it and its folder.",
            )
        return f"Found the database file {path}. {_schema_sentence(state)}"
    finally:
        engine.dispose()


def _schema_sentence(state: migrate.SchemaState) -> str:
    if state.current is None:
        return "It is empty; the app will set it up on the next start."
    if state.at_head:
        return "It holds an attendance register, up to date."
    return "It holds an attendance register from an older version; it will be upgraded on start."


# --- the codes table ------------------------------------------------------------------------


class CodesModel(QAbstractTableModel):
    """The attendance codes as an editable table; refused edits explain themselves."""

    LABEL, CODE, COLOUR, KEY, CATEGORY, COUNTS, ACTIVE = range(7)
    HEADERS = ("Label", "Code", "Colour", "Key", "Means", "Counts as present", "In use")
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
                return self.HEADERS[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return _HEADER_TIPS[section]
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
        if role == Qt.ItemDataRole.DecorationRole and column == self.COLOUR:
            return QColor(row.colour)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QColor("#80868B")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.CODE, self.KEY):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COLOUR:
                return "Double-click to choose a colour"
            if not row.active:
                return "Not in use: teachers cannot give this mark; old registers keep it."
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
            return row.category if editing else CATEGORY_LABELS.get(row.category, row.category)
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
        row = self._rows[number]
        if role == Qt.ItemDataRole.CheckStateRole and column in (self.COUNTS, self.ACTIVE):
            on = _checked(value)
            if column == self.ACTIVE:
                return self.set_active(number, on)
            row.counts_as_present = on
            return self._changed(number, column, column)
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value or "").strip()
        if column == self.LABEL:
            if not text:
                return self._refuse("A code needs a label, for example Present.")
            if len(text) > 100:
                return self._refuse("A label has at most 100 characters.")
            row.label = text
        elif column == self.CODE:
            text = text.upper()
            problem = code_problem(self._rows, number, text)
            if problem:
                return self._refuse(problem)
            row.code = text
        elif column == self.KEY:
            text = text.upper()
            problem = shortcut_problem(self._rows, number, text)
            if problem:
                return self._refuse(problem)
            row.shortcut = text
        elif column == self.CATEGORY:
            if text not in CODE_CATEGORIES:
                return self._refuse("Choose what the code means: present, late, absent or excused.")
            if text != row.category:
                row.category = text
                # The usual meaning; the teacher can still change it.
                row.counts_as_present = text in ("present", "late")
                return self._changed(number, self.CATEGORY, self.COUNTS)
        elif column == self.COLOUR:
            if not _COLOUR.match(text):
                return self._refuse("A colour looks like #2E7D32.")
            row.colour = text.upper()
        else:
            return False
        return self._changed(number, column, column)

    # -- editing whole rows --------------------------------------------------------------------

    def add_code(self) -> QModelIndex:
        """Append a new code with a free key, ready to be named; returns its label cell."""
        taken = {r.shortcut for r in self._rows} | set(RESERVED_KEYS)
        key = next((k for k in "XYZOQRSTUVWBCDFGHIM" if k not in taken), "")
        taken_codes = {r.code.upper() for r in self._rows}
        code = next(c for c in (f"NEW{n}" for n in range(1, 1000)) if c not in taken_codes)
        number = len(self._rows)
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.append(
            CodeRow(
                id=None,
                code=code,
                label="New code",
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
                return self._refuse(
                    f"\u201c{row.label}\u201d is the only code meaning Present; the register "
                    "needs one. Add another Present code first."
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


_COLUMN_WIDTHS = {
    CodesModel.CODE: 70,
    CodesModel.COLOUR: 110,
    CodesModel.KEY: 50,
    CodesModel.CATEGORY: 140,
    CodesModel.COUNTS: 135,
    CodesModel.ACTIVE: 70,
}

_HEADER_TIPS = (
    "The name teachers see, for example Present or Medical appointment",
    "A short code for reports and exports (up to 8 characters)",
    "The colour of the mark in the register (double-click to change)",
    "The one letter a teacher presses in the register to give this mark",
    "What the mark means for reports: present, late, absent or an excused absence",
    "Whether the student counts as in school for attendance figures",
    "Codes not in use cannot be given any more; old registers keep them",
)


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    try:
        return int(value) == Qt.CheckState.Checked.value
    except (TypeError, ValueError):
        return bool(value)


class _CategoryDelegate(QStyledItemDelegate):
    """A drop-down of the four meanings for the "Means" column."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for category in CODE_CATEGORIES:
            combo.addItem(CATEGORY_LABELS[category], category)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractTableModel,  # type: ignore[override]
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class _TextDelegate(QStyledItemDelegate):
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
            editor.setMaxLength(8)
        else:
            editor.setMaxLength(100)
        return editor


# --- testing a connection off the UI thread -------------------------------------------------


class _TestRelay(QObject):
    #: ticket, success, what happened, what to do (empty on success)
    finished = Signal(int, bool, str, str)


class _ConnectionTest(QRunnable):
    def __init__(
        self, ticket: int, db: DatabaseSettings, password: str | None, relay: _TestRelay
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._ticket = ticket
        self._db = db
        self._password = password
        self._relay = relay

    def run(self) -> None:
        try:
            # The keyring can be slow (it may ask a desktop service): look it up here.
            password = self._password or (password_for(self._db) if self._db.user else None)
            ok, message, hint = True, test_connection(self._db, password), ""
        except errors.KnownError as exc:
            ok, message, hint = False, exc.message, exc.hint
        except Exception as exc:  # a bug: the log has it, the teacher gets a sentence
            log.exception("The connection test failed unexpectedly")
            ok, hint = False, "The details are in the log file; please report it."
            message = f"The connection test failed unexpectedly ({type(exc).__name__})."
        with contextlib.suppress(RuntimeError):  # the dialog was closed and deleted meanwhile
            self._relay.finished.emit(self._ticket, ok, message, hint)


# --- the dialog -----------------------------------------------------------------------------


def _section_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _hint(text: str) -> QLabel:
    """Helper text under a field: quieter than the field's own label."""
    label = _section_label(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _with_hint(field: QWidget, hint: QLabel, *, narrow: bool = False) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(3)
    if narrow:
        row = QHBoxLayout()
        row.addWidget(field)
        row.addStretch(1)
        layout.addLayout(row)
    else:
        layout.addWidget(field)
    layout.addWidget(hint)
    return box


class SettingsDialog(QDialog):
    """The settings window.

    ``operations`` may be None when the app has no working database (for
    example to fix the server address): the codes and register tabs then
    explain that they need a connection.  After ``accepted``, read
    ``accepted_settings()`` and save it with ``settings.save``; whether a new
    database needs a restart is the caller's call (``database_changed()``).
    """

    #: Picks a colour; replaceable in tests (the real one is a modal colour dialog).
    choose_colour: Callable[[QColor, QWidget], QColor | None]

    def __init__(
        self, parent: QWidget | None, operations: Operations | None, settings: Settings
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Settings")
        self.setMinimumSize(760, 560)
        self._operations = operations
        self._original = copy.deepcopy(settings)
        self._result: Settings | None = None
        self._codes_ready = False
        self._register_ready = False
        self._register_loaded = RegisterValues()
        self._saving = False
        self._test_ticket = 0
        self.choose_colour = _pick_colour

        self.tabs = QTabWidget()
        self.tabs.addTab(self._database_tab(), "Database")
        self.tabs.addTab(self._codes_tab(), "Attendance codes")
        self.tabs.addTab(self._register_tab(), "Register")

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #B3261E;")
        self.problem_label.setVisible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self._load_database_fields(settings.database)
        self._load_shared_settings()

    # -- the Database tab ----------------------------------------------------------------------

    def _database_tab(self) -> QWidget:
        page = QWidget()
        self.file_radio = QRadioButton("On this computer only (a database file)")
        self.server_radio = QRadioButton("On a shared PostgreSQL server (several computers)")
        kind = QButtonGroup(page)
        kind.addButton(self.file_radio)
        kind.addButton(self.server_radio)

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("sqlitePath")
        self.path_edit.setPlaceholderText(f"Default: {paths.default_database_path()}")
        self.path_edit.setClearButtonEnabled(True)
        browse = QPushButton("Choose\u2026")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.file_box = QGroupBox("Database file")
        file_form = QFormLayout(self.file_box)
        path_box = QWidget()
        path_box.setLayout(path_row)
        path_row.setContentsMargins(0, 0, 0, 0)
        file_form.addRow(
            "File:",
            _with_hint(
                path_box,
                _hint(
                    "Leave empty for the usual place. Keep the file on this computer's own "
                    "disk: a shared network folder can damage it."
                ),
            ),
        )

        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("host")
        self.host_edit.setPlaceholderText("for example attendance.school.local")
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("port")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setGroupSeparatorShown(False)
        self.port_spin.setMinimumWidth(110)
        self.database_edit = QLineEdit()
        self.database_edit.setObjectName("database")
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("user")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_box = QGroupBox("PostgreSQL server")
        server_form = QFormLayout(self.server_box)
        server_form.addRow("Server:", self.host_edit)
        port_row = QHBoxLayout()
        port_row.addWidget(self.port_spin)
        port_row.addStretch(1)
        server_form.addRow("Port:", port_row)
        server_form.addRow("Database:", self.database_edit)
        server_form.addRow("User name:", self.user_edit)
        self.password_note = _hint("")
        server_form.addRow("Password:", _with_hint(self.password_edit, self.password_note))

        self.test_button = QPushButton("Test connection")
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_result, 1)

        self.restart_note = _section_label(
            "A change here takes effect the next time attendance-desktop starts."
        )
        self.restart_note.setObjectName("restartNote")

        layout = QVBoxLayout(page)
        layout.setSpacing(10)
        layout.addWidget(_section_label("Where are the registers kept?"))
        layout.addWidget(self.file_radio)
        layout.addWidget(self.server_radio)
        layout.addWidget(self.file_box)
        layout.addWidget(self.server_box)
        layout.addLayout(test_row)
        layout.addStretch(1)
        layout.addWidget(self.restart_note)

        self.file_radio.toggled.connect(self._kind_changed)
        for edit in (self.path_edit, self.host_edit, self.database_edit, self.user_edit):
            edit.textChanged.connect(self._database_edited)
        self.password_edit.textChanged.connect(self._database_edited)
        self.port_spin.valueChanged.connect(self._database_edited)
        for edit in (self.host_edit, self.database_edit, self.user_edit):
            edit.editingFinished.connect(self._account_edited)
        self.port_spin.editingFinished.connect(self._account_edited)
        return page

    def _load_database_fields(self, db: DatabaseSettings) -> None:
        self.path_edit.setText(db.sqlite_path)
        self.host_edit.setText(db.host)
        self.port_spin.setValue(db.port if 1 <= db.port <= 65535 else 5432)
        self.database_edit.setText(db.database)
        self.user_edit.setText(db.user)
        (self.server_radio if db.kind == "postgresql" else self.file_radio).setChecked(True)
        self._kind_changed()
        self._account_edited()

    def database_form(self) -> DatabaseSettings:
        """The database settings as the form shows them now (never the password)."""
        server = self.server_radio.isChecked()
        return DatabaseSettings(
            kind="postgresql" if server else "sqlite",
            sqlite_path=self.path_edit.text().strip(),
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
        )

    def database_problem(self) -> str | None:
        """What is wrong with the database fields, or None."""
        db = self.database_form()
        if db.kind == "sqlite":
            if not db.sqlite_path:
                return None
            path = Path(db.sqlite_path).expanduser()
            if not path.is_absolute():
                return "Give the database file's full path, or choose it with Choose\u2026."
            if path.is_dir():
                return f"{path} is a folder: add a file name, such as attendance.sqlite3."
            if not path.parent.is_dir():
                return f"The folder {path.parent} does not exist."
            return None
        if not db.host:
            return "Enter the server's name or address, for example attendance.school.local."
        if any(c.isspace() for c in db.host) or "/" in db.host:
            return "The server's name cannot contain spaces or slashes."
        if not 1 <= db.port <= 65535:
            return "The port is a number from 1 to 65535 (PostgreSQL usually uses 5432)."
        if not db.database:
            return "Enter the name of the database on the server, for example attendance."
        if not db.user:
            return "Enter the user name the server expects."
        return None

    def database_changed(self) -> bool:
        """True when the dialog points at a different database than it started with."""
        return self.database_form() != self._original.database

    @Slot()
    def _kind_changed(self) -> None:
        server = self.server_radio.isChecked()
        self.file_box.setVisible(not server)
        self.server_box.setVisible(server)
        self._account_edited()
        self._database_edited()

    @Slot()
    def _account_edited(self) -> None:
        """Say whether the keyring holds a password for the account in the form."""
        db = self.database_form()
        stored = db.kind == "postgresql" and bool(db.user) and password_for(db) is not None
        self.password_edit.setPlaceholderText("Saved in the system keyring" if stored else "")
        self.password_note.setText(
            "Kept in the system keyring, never in the settings file. Leave empty to keep "
            "the saved one."
            if stored
            else "Kept in the system keyring, never in the settings file."
        )

    @Slot()
    def _database_edited(self) -> None:
        changed = self.database_changed()
        self.restart_note.setStyleSheet("font-weight: bold;" if changed else "")
        # A test still running was for the old values: its answer will be ignored.
        self._test_ticket += 1
        self.test_button.setEnabled(True)
        self.test_result.clear()

    @Slot()
    def _browse(self) -> None:
        start = self.path_edit.text().strip() or str(paths.default_database_path())
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            "Database file",
            start,
            "Attendance database (*.sqlite3 *.sqlite *.db);;All files (*)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            self.path_edit.setText(chosen)

    @Slot()
    def test_connection(self) -> None:
        """Test the database in the form on a worker thread; the answer shows beside the button."""
        problem = self.database_problem()
        if problem:
            self._show_test_result(False, problem)
            return
        db = self.database_form()
        password = self.password_edit.text() or None
        self._test_ticket += 1
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText("Testing\u2026")
        if not hasattr(self, "_test_relay"):
            self._test_relay = _TestRelay(self)
            self._test_relay.finished.connect(self._test_finished)
        QThreadPool.globalInstance().start(
            _ConnectionTest(self._test_ticket, db, password, self._test_relay)
        )

    def testing(self) -> bool:
        return not self.test_button.isEnabled()

    @Slot(int, bool, str, str)
    def _test_finished(self, ticket: int, ok: bool, message: str, hint: str) -> None:
        if ticket != self._test_ticket:
            return  # an older test; the form has changed since
        self.test_button.setEnabled(True)
        self._show_test_result(ok, message, hint)

    def _show_test_result(self, ok: bool, message: str, hint: str = "") -> None:
        self.test_result.setStyleSheet("color: #137333;" if ok else "color: #B3261E;")
        text = ("\u2713 " if ok else "\u2717 ") + message
        if hint:
            text += f"\nWhat to do: {hint}"
        self.test_result.setText(text)

    # -- the Attendance codes tab --------------------------------------------------------------

    def _codes_tab(self) -> QWidget:
        page = QWidget()
        self.codes_model = CodesModel(self)
        self.codes_view = QTableView()
        self.codes_view.setObjectName("codesTable")
        self.codes_view.setModel(self.codes_model)
        self.codes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.codes_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.codes_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.codes_view.verticalHeader().setVisible(False)
        self.codes_view.setAlternatingRowColors(True)
        text_delegate = _TextDelegate(self.codes_view)
        for column in (CodesModel.LABEL, CodesModel.CODE, CodesModel.KEY):
            self.codes_view.setItemDelegateForColumn(column, text_delegate)
        self.codes_view.setItemDelegateForColumn(
            CodesModel.CATEGORY, _CategoryDelegate(self.codes_view)
        )
        header = self.codes_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CodesModel.LABEL, QHeaderView.ResizeMode.Stretch)
        for column, width in _COLUMN_WIDTHS.items():
            self.codes_view.setColumnWidth(column, width)
        self.codes_view.verticalHeader().setDefaultSectionSize(30)
        self.codes_view.doubleClicked.connect(self._code_double_clicked)

        self.add_code_button = QPushButton("Add code")
        self.add_code_button.clicked.connect(self._add_code)
        self.active_button = QPushButton("Take out of use")
        self.active_button.clicked.connect(self._toggle_active)
        self.up_button = QPushButton("Move up")
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton("Move down")
        self.down_button.clicked.connect(lambda: self._move(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_code_button)
        buttons.addWidget(self.active_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)

        self.codes_problem = QLabel()
        self.codes_problem.setObjectName("codesProblem")
        self.codes_problem.setWordWrap(True)
        self.codes_problem.setStyleSheet("color: #B3261E;")
        self.codes_status = _section_label("")
        self.codes_model.problem.connect(self._code_refused)
        self.codes_model.edited.connect(self.codes_problem.clear)
        self.codes_model.edited.connect(self._update_code_buttons)
        self.codes_view.selectionModel().currentRowChanged.connect(self._update_code_buttons)

        layout = QVBoxLayout(page)
        layout.addWidget(
            _section_label(
                "The marks teachers can give, in the order Space steps through them. Each has "
                "one letter to press in the register. Double-click a cell to change it. Codes "
                "used in old registers cannot be deleted, only taken out of use."
            )
        )
        layout.addWidget(self.codes_status)
        layout.addWidget(self.codes_view, 1)
        layout.addWidget(self.codes_problem)
        layout.addLayout(buttons)
        self._codes_page = page
        return page

    @Slot(str)
    def _code_refused(self, message: str) -> None:
        self.codes_problem.setText(message)

    @Slot(QModelIndex)
    def _code_double_clicked(self, index: QModelIndex) -> None:
        if index.column() != CodesModel.COLOUR:
            return
        current = QColor(str(index.data(Qt.ItemDataRole.EditRole)))
        chosen = self.choose_colour(current, self)
        if chosen is not None and chosen.isValid():
            self.codes_model.setData(index, chosen.name().upper(), Qt.ItemDataRole.EditRole)

    def _selected_code_row(self) -> int:
        index = self.codes_view.currentIndex()
        return index.row() if index.isValid() else -1

    @Slot()
    def _update_code_buttons(self) -> None:
        number = self._selected_code_row()
        ready = self._codes_ready
        selected = ready and number >= 0
        self.add_code_button.setEnabled(ready)
        self.active_button.setEnabled(selected)
        self.up_button.setEnabled(selected and number > 0)
        self.down_button.setEnabled(selected and number < self.codes_model.rowCount() - 1)
        if selected:
            row = self.codes_model.row(number)
            if row.id is None:
                self.active_button.setText("Remove")
            else:
                self.active_button.setText("Take out of use" if row.active else "Put back in use")

    @Slot()
    def _add_code(self) -> None:
        index = self.codes_model.add_code()
        self.codes_view.setCurrentIndex(index)
        self.codes_view.edit(index)

    @Slot()
    def _toggle_active(self) -> None:
        number = self._selected_code_row()
        if number >= 0:
            row = self.codes_model.row(number)
            if row.id is None:
                self.codes_model.remove_unsaved(number)
            else:
                self.codes_model.set_active(number, not row.active)
            self._update_code_buttons()

    def _move(self, offset: int) -> None:
        number = self._selected_code_row()
        if number >= 0:
            target = self.codes_model.move(number, offset)
            self.codes_view.setCurrentIndex(self.codes_model.index(target, CodesModel.LABEL))

    # -- the Register tab ----------------------------------------------------------------------

    def _register_tab(self) -> QWidget:
        page = QWidget()
        self.school_edit = QLineEdit()
        self.school_edit.setObjectName("schoolName")
        self.school_edit.setMaxLength(200)
        self.school_edit.setPlaceholderText("for example Riverside Academy")
        self.zone_combo = QComboBox()
        self.zone_combo.setObjectName("timeZone")
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.addItem("This computer's time zone", "")
        for name in sorted(zoneinfo.available_timezones()):
            self.zone_combo.addItem(name, name)
        completer = self.zone_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.grace_spin = QSpinBox()
        self.grace_spin.setObjectName("graceMinutes")
        self.grace_spin.setRange(0, MAX_GRACE_MINUTES)
        self.grace_spin.setSuffix(" minutes")

        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.addRow("School name:", self.school_edit)
        form.addRow(
            "Time zone:",
            _with_hint(
                self.zone_combo, _hint("Used for school days and reports, on every computer.")
            ),
        )
        self.grace_spin.setMinimumWidth(130)
        form.addRow(
            "Grace period:",
            _with_hint(
                self.grace_spin,
                _hint(
                    "A student marked present later than this after the lesson starts is "
                    "marked Late. This is the default for new classes; each class can have "
                    "its own."
                ),
                narrow=True,
            ),
        )
        self.register_status = _section_label("")
        layout = QVBoxLayout(page)
        layout.addWidget(
            _section_label("These settings are shared by every computer using this database.")
        )
        layout.addWidget(self.register_status)
        layout.addLayout(form)
        layout.addStretch(1)
        self._register_page = page
        return page

    def register_form(self) -> RegisterValues:
        return RegisterValues(
            school_name=self.school_edit.text().strip(),
            time_zone=self._zone_name(),
            default_grace_minutes=self.grace_spin.value(),
        )

    def _zone_name(self) -> str:
        text = self.zone_combo.currentText().strip()
        index = self.zone_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.zone_combo.itemData(index) or "")
        return text

    def register_problem(self) -> str | None:
        zone = self._zone_name()
        if zone and zone not in zoneinfo.available_timezones():
            return (
                f"\u201c{zone}\u201d is not a time zone this computer knows. Pick one from the "
                "list, for example Europe/London or America/New_York."
            )
        return None

    def _set_register_form(self, values: RegisterValues) -> None:
        self.school_edit.setText(values.school_name)
        index = self.zone_combo.findData(values.time_zone)
        if index >= 0:
            self.zone_combo.setCurrentIndex(index)
        else:
            self.zone_combo.setEditText(values.time_zone)
        self.grace_spin.setValue(values.default_grace_minutes)

    # -- loading and saving the shared settings ------------------------------------------------

    def _load_shared_settings(self) -> None:
        for page in (self._codes_page, self._register_page):
            page.setEnabled(False)
        self._update_code_buttons()
        if self._operations is None:
            message = (
                "Not connected to a database. Fix the database settings and restart the app "
                "to change these."
            )
            self.codes_status.setText(message)
            self.register_status.setText(message)
            return
        self.codes_status.setText("Loading\u2026")
        self.register_status.setText("Loading\u2026")

        def work(session: Session) -> tuple[list[CodeRow], RegisterValues]:
            return load_codes(session), load_register_values(session)

        self._operations.run(work, self._shared_loaded, self._shared_failed)

    def shared_settings_loaded(self) -> bool:
        return self._codes_ready and self._register_ready

    def _shared_loaded(self, result: tuple[list[CodeRow], RegisterValues]) -> None:
        codes, register = result
        self.codes_model.set_rows(codes)
        self._register_loaded = register
        self._set_register_form(register)
        self._codes_ready = self._register_ready = True
        for label in (self.codes_status, self.register_status):
            label.clear()
            label.setVisible(False)
        for page in (self._codes_page, self._register_page):
            page.setEnabled(True)
        if codes:
            self.codes_view.setCurrentIndex(self.codes_model.index(0, CodesModel.LABEL))
        self._update_code_buttons()

    def _shared_failed(self, error: BaseException) -> None:
        message = (
            str(error)
            if isinstance(error, errors.KnownError)
            else "The settings could not be read from the database; the details are in the log."
        )
        for label in (self.codes_status, self.register_status):
            label.setText(message)
            label.setStyleSheet("color: #B3261E;")

    def accepted_settings(self) -> Settings:
        """The new settings for this PC (no password: that went to the keyring)."""
        if self._result is not None:
            return copy.deepcopy(self._result)
        result = copy.deepcopy(self._original)
        result.database = self.database_form()
        if self._register_ready:
            register = self.register_form()
            result.school_name = register.school_name
            result.time_zone = register.time_zone
            result.default_grace_minutes = register.default_grace_minutes
        return result

    def saving(self) -> bool:
        return self._saving

    def accept(self) -> None:
        """Check every tab, store the password, save the shared settings, then close."""
        if self._saving:
            return
        self._show_problem(None)
        checks: list[tuple[int, str | None]] = [(0, self.database_problem())]
        if self._codes_ready:
            problems = table_problems(self.codes_model.rows())
            checks.append((1, problems[0] if problems else None))
        if self._register_ready:
            checks.append((2, self.register_problem()))
        for tab, problem in checks:
            if problem:
                self.tabs.setCurrentIndex(tab)
                self._show_problem(problem)
                return
        if not self._store_password():
            return

        codes = self.codes_model.rows() if self._codes_ready else None
        save_codes_now = codes is not None and self.codes_model.is_changed()
        register = self.register_form() if self._register_ready else None
        save_register_now = register is not None and register != self._register_loaded
        if self._operations is None or not (save_codes_now or save_register_now):
            self._finish()
            return

        def work(session: Session) -> list[CodeRow] | None:
            if save_register_now and register is not None:
                save_register_values(session, register)
            if save_codes_now and codes is not None:
                return save_codes(session, codes)
            return None

        self._set_saving(True)
        self._operations.run(work, self._saved, self._save_failed)

    def _store_password(self) -> bool:
        password = self.password_edit.text()
        db = self.database_form()
        if db.kind != "postgresql" or not password:
            return True
        from keyring.errors import KeyringError

        try:
            store_password(db, password)
        except KeyringError as exc:
            log.warning("Could not store the database password in the keyring: %s", exc)
            self.tabs.setCurrentIndex(0)
            self._show_problem(
                "The password could not be saved in the system keyring, and it is never "
                "written to the settings file. Ask IT to set up a keyring for this account, "
                "or clear the password field to save the other settings."
            )
            return False
        self.password_edit.clear()
        self._account_edited()
        return True

    def _saved(self, codes: list[CodeRow] | None) -> None:
        self._set_saving(False)
        if codes is not None:
            self.codes_model.set_rows(codes)
        self._register_loaded = self.register_form()
        self._finish()

    def _save_failed(self, error: BaseException) -> None:
        self._set_saving(False)
        if isinstance(error, errors.KnownError):
            self._show_problem(f"Nothing was saved to the database: {error}")
        else:
            self._show_problem(
                "Nothing was saved to the database because of a fault in the app; the "
                "details are in the log file."
            )

    def _finish(self) -> None:
        self._result = self.accepted_settings()
        super().accept()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.buttons.setEnabled(not saving)
        self.tabs.setEnabled(not saving)
        if saving:
            self._show_problem(None)

    def _show_problem(self, message: str | None) -> None:
        self.problem_label.setText(message or "")
        self.problem_label.setVisible(bool(message))


def _pick_colour(current: QColor, parent: QWidget) -> QColor | None:
    chosen = QColorDialog.getColor(current, parent, "Colour of the mark")
    return chosen if chosen.isValid() else None
