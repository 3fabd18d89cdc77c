"""Three of the tabs of Settings, one page class each: load, check, and what to save
(the fourth, School day, is ``ui/school_day_page.py``).

- ``DatabasePage``: where this PC's registers are kept (its settings file), the
  server's TLS mode and certificate authority file, the app's language (also
  this PC's, used from the next start), and the server password (the system
  keyring, never the file).  "Test connection"
  runs ``db.diagnostics.check_connection`` through ``Operations.run_free``, so
  a server that does not answer cannot freeze the window.
- ``CodesPage``: the attendance codes, shared by every PC (``school.CodeRow``).
- ``RegisterPage``: the school's name, time zone and default grace period,
  shared by every PC (``school.RegisterValues``).

Each page fills itself with ``load``, says what is wrong with ``check`` (a
sentence, or None) and hands over what changed with ``unsaved`` (None when
nothing did); ``SettingsDialog`` writes the shared values in one database
action and keeps the pages disabled until they are loaded.
"""

from __future__ import annotations

import functools
import logging
import zoneinfo
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QColorDialog,
    QComboBox,
    QCompleter,
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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop import errors, i18n, paths
from attendance_desktop.db import diagnostics
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate
from attendance_desktop.school import MAX_GRACE_MINUTES, CodeRow, RegisterValues, table_problems
from attendance_desktop.settings import (
    NEW_SERVER_SSLMODE,
    SSL_MODES,
    DatabaseSettings,
    password_for,
    store_password,
)
from attendance_desktop.ui import palette
from attendance_desktop.ui.codes_model import (
    COLUMN_WIDTHS,
    CategoryDelegate,
    CodesModel,
    TextDelegate,
)
from attendance_desktop.ui.operations import Latest, Operations
from attendance_desktop.ui.views import setup_table

log = logging.getLogger("attendance.ui.settings")

#: libpq's TLS modes as the Encryption list names them.
SSL_MODE_NAMES = {
    "disable": QT_TRANSLATE_NOOP("Settings", "Off (disable)"),
    "allow": QT_TRANSLATE_NOOP("Settings", "Only if the server insists (allow)"),
    "prefer": QT_TRANSLATE_NOOP("Settings", "When the server offers it (prefer)"),
    "require": QT_TRANSLATE_NOOP("Settings", "Always, certificate not checked (require)"),
    "verify-ca": QT_TRANSLATE_NOOP("Settings", "Always, certificate checked (verify-ca)"),
    "verify-full": QT_TRANSLATE_NOOP(
        "Settings", "Always, certificate and server name checked (verify-full)"
    ),
}
#: What each mode means for the school, under the list.
SSL_MODE_NOTES = {
    "disable": QT_TRANSLATE_NOOP(
        "Settings", "Names and marks cross the network readable by anyone on it."
    ),
    "allow": QT_TRANSLATE_NOOP(
        "Settings", "Usually unencrypted: names and marks may cross the network readable."
    ),
    "prefer": QT_TRANSLATE_NOOP(
        "Settings",
        "Encrypted when the server offers it, but another computer could pretend to be the server.",
    ),
    "require": QT_TRANSLATE_NOOP(
        "Settings",
        "Encrypted, but another computer could pretend to be the server.",
    ),
    "verify-ca": QT_TRANSLATE_NOOP(
        "Settings",
        "Encrypted, to a server whose certificate the school's certificate authority signed.",
    ),
    "verify-full": QT_TRANSLATE_NOOP(
        "Settings",
        "Recommended: encrypted, to this very server, checked by its certificate.",
    ),
}
#: Modes that leave the connection open to reading or to a false server.
WEAK_SSL_MODES = frozenset({"disable", "allow", "prefer", "require"})


def section_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _hint(text: str) -> QLabel:
    """Helper text under a field: quieter than the field's own label."""
    label = section_label(text)
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


# --- Database -----------------------------------------------------------------------------------


class DatabasePage(QWidget):
    """Where the registers are kept: a file on this PC or a PostgreSQL server."""

    def __init__(
        self, operations: Operations | None, original: DatabaseSettings, language: str = ""
    ) -> None:
        super().__init__()
        self._operations = operations
        self._original = original
        self._original_language = language
        self._test = Latest()
        self._testing = False
        self._build()
        self.load(original)
        self.set_language(language)

    def _build(self) -> None:
        self.file_radio = QRadioButton(
            translate("Settings", "On this computer only (a database file)")
        )
        # db.netfs quotes this label word for word (SETTINGS_SERVER_OPTION).
        self.server_radio = QRadioButton(
            translate("Settings", "On a shared PostgreSQL server (several computers)")
        )
        kind = QButtonGroup(self)
        kind.addButton(self.file_radio)
        kind.addButton(self.server_radio)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(section_label(translate("Settings", "Where are the registers kept?")))
        layout.addWidget(self.file_radio)
        layout.addWidget(self.server_radio)
        layout.addWidget(self._file_box())
        layout.addWidget(self._server_box())
        layout.addLayout(self._test_row())
        layout.addStretch(1)
        layout.addWidget(self._language_box())
        self.restart_note = section_label(
            translate(
                "Settings", "A change here takes effect the next time attendance-desktop starts."
            )
        )
        self.restart_note.setObjectName("restartNote")
        layout.addWidget(self.restart_note)

        self.file_radio.toggled.connect(self._kind_changed)
        for edit in (self.path_edit, self.host_edit, self.database_edit, self.user_edit):
            edit.textChanged.connect(self._edited)
        self.password_edit.textChanged.connect(self._edited)
        self.port_spin.valueChanged.connect(self._edited)
        self.ssl_combo.currentIndexChanged.connect(self._edited)
        self.ssl_combo.currentIndexChanged.connect(self._ssl_mode_changed)
        self.ca_edit.textChanged.connect(self._edited)
        self.language_combo.currentIndexChanged.connect(self._edited)
        for edit in (self.host_edit, self.database_edit, self.user_edit):
            edit.editingFinished.connect(self.account_edited)
        self.port_spin.editingFinished.connect(self.account_edited)

    def _file_box(self) -> QGroupBox:
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("sqlitePath")
        self.path_edit.setAccessibleName(translate("Settings", "Database file"))
        self.path_edit.setPlaceholderText(
            translate("Settings", "Default: {path}").format(path=paths.default_database_path())
        )
        self.path_edit.setClearButtonEnabled(True)
        browse = QPushButton(translate("Settings", "Choose\u2026"))
        browse.clicked.connect(self._browse)
        path_box = QWidget()
        path_row = QHBoxLayout(path_box)
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.file_box = QGroupBox(translate("Settings", "Database file"))
        QFormLayout(self.file_box).addRow(
            translate("Settings", "File:"),
            _with_hint(
                path_box,
                _hint(
                    translate(
                        "Settings",
                        "Leave empty for the usual place. Keep the file on this computer's own "
                        "disk: a shared network folder can damage it.",
                    )
                ),
            ),
        )
        return self.file_box

    def _server_box(self) -> QGroupBox:
        self.host_edit = QLineEdit()
        self.host_edit.setAccessibleName(translate("Settings", "Server"))
        self.host_edit.setObjectName("host")
        self.host_edit.setPlaceholderText(
            translate("Settings", "for example attendance.school.local")
        )
        self.port_spin = QSpinBox()
        self.port_spin.setAccessibleName(translate("Settings", "Port"))
        self.port_spin.setObjectName("port")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setGroupSeparatorShown(False)
        self.port_spin.setMinimumWidth(110)
        self.database_edit = QLineEdit()
        self.database_edit.setAccessibleName(translate("Settings", "Database name"))
        self.database_edit.setObjectName("database")
        self.user_edit = QLineEdit()
        self.user_edit.setAccessibleName(translate("Settings", "User name"))
        self.user_edit.setObjectName("user")
        self.password_edit = QLineEdit()
        self.password_edit.setAccessibleName(translate("Settings", "Password"))
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_box = QGroupBox(translate("Settings", "PostgreSQL server"))
        form = QFormLayout(self.server_box)
        form.addRow(translate("Settings", "Server:"), self.host_edit)
        port_row = QHBoxLayout()
        port_row.addWidget(self.port_spin)
        port_row.addStretch(1)
        form.addRow(translate("Settings", "Port:"), port_row)
        form.addRow(translate("Settings", "Database:"), self.database_edit)
        form.addRow(translate("Settings", "User name:"), self.user_edit)
        self.password_note = _hint("")
        form.addRow(
            translate("Settings", "Password:"), _with_hint(self.password_edit, self.password_note)
        )
        self.ssl_combo = QComboBox()
        self.ssl_combo.setObjectName("sslmode")
        self.ssl_combo.setAccessibleName(translate("Settings", "Encryption (TLS)"))
        for mode in SSL_MODES:
            self.ssl_combo.addItem(translate("Settings", SSL_MODE_NAMES[mode]), mode)
        self.ssl_note = _hint("")
        form.addRow(translate("Settings", "Encryption:"), _with_hint(self.ssl_combo, self.ssl_note))
        self.ca_edit = QLineEdit()
        self.ca_edit.setObjectName("sslrootcert")
        self.ca_edit.setAccessibleName(translate("Settings", "Certificate authority file"))
        self.ca_edit.setPlaceholderText(
            translate("Settings", "Default: root.crt in the .postgresql folder of your home folder")
        )
        self.ca_edit.setClearButtonEnabled(True)
        self.ca_button = QPushButton(translate("Settings", "Browse\u2026"))
        self.ca_button.setObjectName("browseCertificate")
        self.ca_button.clicked.connect(self._browse_ca)
        ca_box = QWidget()
        ca_row = QHBoxLayout(ca_box)
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)
        form.addRow(translate("Settings", "CA certificate:"), ca_box)
        return self.server_box

    def _language_box(self) -> QWidget:
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        self.language_combo.setAccessibleName(translate("Settings", "Language"))
        system = i18n.LANGUAGES.get(i18n.choose(i18n.SYSTEM), "English")
        self.language_combo.addItem(
            translate("Settings", "System ({language})").format(language=system), i18n.SYSTEM
        )
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(
            translate("Settings", "Language:"),
            _with_hint(
                self.language_combo,
                _hint(translate("Settings", "Takes effect the next time the app starts.")),
                narrow=True,
            ),
        )
        return box

    def _test_row(self) -> QHBoxLayout:
        self.test_button = QPushButton(translate("Settings", "Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        if self._operations is None:
            self.test_button.setEnabled(False)
            self.test_button.setToolTip(
                translate("Settings", "Not available until the app is connected to a database.")
            )
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setAccessibleName(translate("Settings", "Connection test result"))
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.test_result, 1)
        return row

    # -- load, check, save ---------------------------------------------------------------------

    def load(self, db: DatabaseSettings) -> None:
        self.path_edit.setText(db.sqlite_path)
        self.host_edit.setText(db.host)
        self.port_spin.setValue(db.port if 1 <= db.port <= 65535 else 5432)
        self.database_edit.setText(db.database)
        self.user_edit.setText(db.user)
        # A new server set-up (the settings so far were for a file) checks the
        # certificate and the name; a server already set up keeps its mode.
        mode = db.sslmode if db.kind == "postgresql" else NEW_SERVER_SSLMODE
        index = self.ssl_combo.findData(mode)
        self.ssl_combo.setCurrentIndex(
            index if index >= 0 else self.ssl_combo.findData(NEW_SERVER_SSLMODE)
        )
        self.ca_edit.setText(db.sslrootcert)
        (self.server_radio if db.kind == "postgresql" else self.file_radio).setChecked(True)
        self._kind_changed()
        self._ssl_mode_changed()
        self.account_edited()

    def set_language(self, language: str) -> None:
        index = self.language_combo.findData(language)
        self.language_combo.setCurrentIndex(max(index, 0))

    def language(self) -> str:
        """The language chosen: a code of ``i18n.LANGUAGES``, or "" for the computer's."""
        return str(self.language_combo.currentData() or "")

    def value(self) -> DatabaseSettings:
        """The database settings as the form shows them now (never the password)."""
        server = self.server_radio.isChecked()
        # A file keeps the TLS settings it had: they only matter for a server.
        tls = self._original if not server else None
        return DatabaseSettings(
            kind="postgresql" if server else "sqlite",
            sqlite_path=self.path_edit.text().strip(),
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
            sslmode=tls.sslmode if tls else str(self.ssl_combo.currentData() or NEW_SERVER_SSLMODE),
            sslrootcert=tls.sslrootcert if tls else self.ca_edit.text().strip(),
        )

    def check(self) -> str | None:
        """What is wrong with the database fields, or None."""
        db = self.value()
        if db.kind == "sqlite":
            return _file_problem(db.sqlite_path)
        if not db.host:
            return translate(
                "Settings",
                "Enter the server's name or address, for example attendance.school.local.",
            )
        if any(c.isspace() for c in db.host) or "/" in db.host:
            return translate("Settings", "The server's name cannot contain spaces or slashes.")
        if not 1 <= db.port <= 65535:
            return translate(
                "Settings", "The port is a number from 1 to 65535 (PostgreSQL usually uses 5432)."
            )
        if not db.database:
            return translate(
                "Settings", "Enter the name of the database on the server, for example attendance."
            )
        if not db.user:
            return translate("Settings", "Enter the user name the server expects.")
        if db.sslrootcert and not Path(db.sslrootcert).expanduser().is_file():
            return translate(
                "Settings",
                "The CA certificate file {path} does not exist. Choose the file IT gave you "
                "with Browse\u2026, or clear the field.",
            ).format(path=db.sslrootcert)
        return None

    def save(self) -> str | None:
        """Put a typed password in the keyring; what went wrong, or None."""
        password = self.password_edit.text()
        db = self.value()
        if db.kind != "postgresql" or not password:
            return None
        from keyring.errors import KeyringError

        try:
            store_password(db, password)
        except KeyringError as exc:
            log.warning("Could not store the database password in the keyring: %s", exc)
            return translate(
                "Settings",
                "The password could not be saved in the system keyring, and it is never "
                "written to the settings file. Ask IT to set up a keyring for this account, "
                "or clear the password field to save the other settings.",
            )
        self.password_edit.clear()
        self.account_edited()
        return None

    def changed(self) -> bool:
        """True when the form points at a different database than it started with."""
        return _where(self.value()) != _where(self._original)

    def language_changed(self) -> bool:
        """True when another language is chosen (it is used from the next start too)."""
        return self.language() != self._original_language

    # -- reacting to edits ---------------------------------------------------------------------

    @Slot()
    def _kind_changed(self) -> None:
        server = self.server_radio.isChecked()
        self.file_box.setVisible(not server)
        self.server_box.setVisible(server)
        self.account_edited()
        self._edited()

    @Slot()
    def account_edited(self) -> None:
        """Say whether the keyring holds a password for the account in the form."""
        db = self.value()
        stored = db.kind == "postgresql" and bool(db.user) and password_for(db) is not None
        self.password_edit.setPlaceholderText(
            translate("Settings", "Saved in the system keyring") if stored else ""
        )
        self.password_note.setText(
            translate(
                "Settings",
                "Kept in the system keyring, never in the settings file. Leave empty to keep "
                "the saved one.",
            )
            if stored
            else translate("Settings", "Kept in the system keyring, never in the settings file.")
        )

    @Slot()
    def _edited(self) -> None:
        restart = self.changed() or self.language_changed()
        self.restart_note.setStyleSheet("font-weight: bold;" if restart else "")
        # A test still running was for the old values: its answer will be dropped.
        self._test.cancel()
        self._set_testing(False)
        self.test_result.clear()

    @Slot()
    def _ssl_mode_changed(self) -> None:
        mode = str(self.ssl_combo.currentData() or "")
        self.ssl_note.setText(translate("Settings", SSL_MODE_NOTES.get(mode, "")))
        self.ssl_note.setStyleSheet(
            palette.text_style(palette.WARNING) if mode in WEAK_SSL_MODES else ""
        )

    @Slot()
    def _browse_ca(self) -> None:
        start = self.ca_edit.text().strip() or str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            translate("Settings", "Certificate authority file"),
            start,
            translate("Settings", "Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if chosen:
            self.ca_edit.setText(chosen)

    @Slot()
    def _browse(self) -> None:
        start = self.path_edit.text().strip() or str(paths.default_database_path())
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            translate("Settings", "Database file"),
            start,
            translate("Settings", "Attendance database (*.sqlite3 *.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            self.path_edit.setText(chosen)

    # -- testing the connection ----------------------------------------------------------------

    @Slot()
    def test_connection(self) -> None:
        """Test the database in the form on a worker; the answer shows beside the button."""
        problem = self.check()
        if problem:
            self._show_test_result(False, problem)
            return
        if self._operations is None:
            return
        self._set_testing(True)
        self.test_result.setStyleSheet("")
        self.test_result.setText(translate("Settings", "Testing\u2026"))
        work = functools.partial(
            diagnostics.check_connection, self.value(), self.password_edit.text() or None
        )
        self._operations.run_free(
            work, self._test_passed, self._test_failed, owner=self, latest=self._test
        )

    def testing(self) -> bool:
        return self._testing

    def _set_testing(self, testing: bool) -> None:
        self._testing = testing
        self.test_button.setEnabled(not testing and self._operations is not None)

    def _test_passed(self, message: str) -> None:
        self._set_testing(False)
        self._show_test_result(True, message)

    def _test_failed(self, error: BaseException) -> None:
        self._set_testing(False)
        if isinstance(error, errors.KnownError):
            self._show_test_result(False, error.message, error.hint)
        else:  # a bug: Operations logged it; the teacher gets a sentence
            self._show_test_result(
                False,
                translate("Settings", "The connection test failed unexpectedly ({error}).").format(
                    error=type(error).__name__
                ),
                translate("Settings", "The details are in the log file; please report it."),
            )

    def _show_test_result(self, ok: bool, message: str, hint: str = "") -> None:
        self.test_result.setStyleSheet(palette.text_style(palette.SUCCESS if ok else palette.ERROR))
        text = ("\u2713 " if ok else "\u2717 ") + message
        if hint:
            text += "\n" + translate("Settings", "What to do: {hint}").format(hint=hint)
        self.test_result.setText(text)

    def cancel(self) -> None:
        """Drop the answer of a test still running (the window is closing)."""
        self._test.cancel()


def _where(db: DatabaseSettings) -> tuple[object, ...]:
    """What of ``db`` decides which database is used (a file's TLS fields do not)."""
    if db.kind != "postgresql":
        return (db.kind, db.sqlite_path)
    return (db.kind, db.host, db.port, db.database, db.user, db.sslmode, db.sslrootcert)


def _file_problem(sqlite_path: str) -> str | None:
    if not sqlite_path:
        return None
    path = Path(sqlite_path).expanduser()
    if not path.is_absolute():
        return translate(
            "Settings", "Give the database file's full path, or choose it with Choose\u2026."
        )
    if path.is_dir():
        return translate(
            "Settings", "{path} is a folder: add a file name, such as attendance.sqlite3."
        ).format(path=path)
    if not path.parent.is_dir():
        return translate("Settings", "The folder {folder} does not exist.").format(
            folder=path.parent
        )
    return None


# --- Attendance codes ---------------------------------------------------------------------------


def _pick_colour(current: QColor, parent: QWidget) -> QColor | None:
    chosen = QColorDialog.getColor(current, parent, "Colour of the mark")
    return chosen if chosen.isValid() else None


class CodesPage(QWidget):
    """The marks teachers can give: an editable table and the buttons around it."""

    #: Picks a colour; replaceable in tests (the real one is a modal colour dialog).
    choose_colour: Callable[[QColor, QWidget], QColor | None]

    def __init__(self) -> None:
        super().__init__()
        self.ready = False
        self.choose_colour = _pick_colour
        self.codes_model = CodesModel(self)
        self.codes_view = self._table()

        self.add_code_button = QPushButton(translate("Settings", "Add code"))
        self.add_code_button.clicked.connect(self._add_code)
        self.active_button = QPushButton(translate("Settings", "Take out of use"))
        self.active_button.clicked.connect(self._toggle_active)
        self.up_button = QPushButton(translate("Settings", "Move up"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(translate("Settings", "Move down"))
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
        self.codes_problem.setStyleSheet(palette.text_style(palette.ERROR))
        self.status = section_label("")
        self.codes_model.problem.connect(self.codes_problem.setText)
        self.codes_model.edited.connect(self.codes_problem.clear)
        self.codes_model.edited.connect(self.update_buttons)
        self.codes_view.selectionModel().currentRowChanged.connect(self.update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(
            section_label(
                translate(
                    "Settings",
                    "The marks teachers can give, in the order Space steps through them. Each has "
                    "one letter to press in the register. Double-click a cell to change it. Codes "
                    "used in old registers cannot be deleted, only taken out of use.",
                )
            )
        )
        layout.addWidget(self.status)
        layout.addWidget(self.codes_view, 1)
        layout.addWidget(self.codes_problem)
        layout.addLayout(buttons)

    def _table(self) -> QTableView:
        view = QTableView()
        view.setObjectName("codesTable")
        view.setAccessibleName(translate("Settings", "Attendance codes"))
        view.setModel(self.codes_model)
        setup_table(view, grid=True, wrap=True, row_height=30)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        text_delegate = TextDelegate(view)
        for column in (CodesModel.LABEL, CodesModel.CODE, CodesModel.KEY):
            view.setItemDelegateForColumn(column, text_delegate)
        view.setItemDelegateForColumn(CodesModel.CATEGORY, CategoryDelegate(view))
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CodesModel.LABEL, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            view.setColumnWidth(column, width)
        view.doubleClicked.connect(self._double_clicked)
        return view

    # -- load, check, save ---------------------------------------------------------------------

    def load(self, rows: Sequence[CodeRow]) -> None:
        self.codes_model.set_rows(rows)
        self.ready = True
        if rows:
            self.codes_view.setCurrentIndex(self.codes_model.index(0, CodesModel.LABEL))
        self.update_buttons()

    def check(self) -> str | None:
        if not self.ready:
            return None
        problems = table_problems(self.codes_model.rows())
        return problems[0] if problems else None

    def unsaved(self) -> list[CodeRow] | None:
        """The codes to write, or None when nothing changed (or nothing was loaded)."""
        if not self.ready or not self.codes_model.is_changed():
            return None
        return self.codes_model.rows()

    def saved(self, rows: Sequence[CodeRow]) -> None:
        """The codes as written (new ones now have their ids)."""
        self.codes_model.set_rows(rows)

    # -- the table's buttons -------------------------------------------------------------------

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() != CodesModel.COLOUR:
            return
        current = QColor(str(index.data(Qt.ItemDataRole.EditRole)))
        chosen = self.choose_colour(current, self)
        if chosen is not None and chosen.isValid():
            self.codes_model.setData(index, chosen.name().upper(), Qt.ItemDataRole.EditRole)

    def _selected_row(self) -> int:
        index = self.codes_view.currentIndex()
        return index.row() if index.isValid() else -1

    @Slot()
    def update_buttons(self) -> None:
        number = self._selected_row()
        selected = self.ready and number >= 0
        self.add_code_button.setEnabled(self.ready)
        self.active_button.setEnabled(selected)
        self.up_button.setEnabled(selected and number > 0)
        self.down_button.setEnabled(selected and number < self.codes_model.rowCount() - 1)
        if selected:
            row = self.codes_model.row(number)
            if row.id is None:
                self.active_button.setText(translate("Settings", "Remove"))
            else:
                self.active_button.setText(
                    translate("Settings", "Take out of use")
                    if row.active
                    else translate("Settings", "Put back in use")
                )

    @Slot()
    def _add_code(self) -> None:
        index = self.codes_model.add_code()
        self.codes_view.setCurrentIndex(index)
        self.codes_view.edit(index)

    @Slot()
    def _toggle_active(self) -> None:
        number = self._selected_row()
        if number >= 0:
            row = self.codes_model.row(number)
            if row.id is None:
                self.codes_model.remove_unsaved(number)
            else:
                self.codes_model.set_active(number, not row.active)
            self.update_buttons()

    def _move(self, offset: int) -> None:
        number = self._selected_row()
        if number >= 0:
            target = self.codes_model.move(number, offset)
            self.codes_view.setCurrentIndex(self.codes_model.index(target, CodesModel.LABEL))


# --- Register -----------------------------------------------------------------------------------


class RegisterPage(QWidget):
    """The school's name, time zone and default grace period."""

    def __init__(self) -> None:
        super().__init__()
        self.ready = False
        self._loaded = RegisterValues()
        self.school_edit = QLineEdit()
        self.school_edit.setObjectName("schoolName")
        self.school_edit.setAccessibleName(translate("Settings", "School name"))
        self.school_edit.setMaxLength(200)
        self.school_edit.setPlaceholderText(translate("Settings", "for example Riverside Academy"))
        self.zone_combo = _zone_combo()
        self.grace_spin = QSpinBox()
        self.grace_spin.setObjectName("graceMinutes")
        self.grace_spin.setAccessibleName(translate("Settings", "Late after (minutes)"))
        self.grace_spin.setRange(0, MAX_GRACE_MINUTES)
        self.grace_spin.setSuffix(translate("Settings", " minutes", "after a number of minutes"))
        self.grace_spin.setMinimumWidth(130)

        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.addRow(translate("Settings", "School name:"), self.school_edit)
        form.addRow(
            translate("Settings", "Time zone:"),
            _with_hint(
                self.zone_combo,
                _hint(
                    translate("Settings", "Used for school days and reports, on every computer.")
                ),
            ),
        )
        form.addRow(
            translate("Settings", "Grace period:"),
            _with_hint(
                self.grace_spin,
                _hint(
                    translate(
                        "Settings",
                        "A student marked present later than this after the lesson starts is "
                        "marked Late. This is the default for new classes; each class can have "
                        "its own.",
                    )
                ),
                narrow=True,
            ),
        )
        self.status = section_label("")
        layout = QVBoxLayout(self)
        layout.addWidget(
            section_label(
                translate(
                    "Settings", "These settings are shared by every computer using this database."
                )
            )
        )
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addStretch(1)

    # -- load, check, save ---------------------------------------------------------------------

    def load(self, values: RegisterValues) -> None:
        self._loaded = values
        self.school_edit.setText(values.school_name)
        index = self.zone_combo.findData(values.time_zone)
        if index >= 0:
            self.zone_combo.setCurrentIndex(index)
        else:
            self.zone_combo.setEditText(values.time_zone)
        self.grace_spin.setValue(values.default_grace_minutes)
        self.ready = True

    def value(self) -> RegisterValues:
        return RegisterValues(
            school_name=self.school_edit.text().strip(),
            time_zone=self._zone_name(),
            default_grace_minutes=self.grace_spin.value(),
        )

    def check(self) -> str | None:
        if not self.ready:
            return None
        zone = self._zone_name()
        if zone and zone not in zoneinfo.available_timezones():
            return translate(
                "Settings",
                "\u201c{zone}\u201d is not a time zone this computer knows. Pick one from the "
                "list, for example Europe/London or America/New_York.",
            ).format(zone=zone)
        return None

    def unsaved(self) -> RegisterValues | None:
        """The values to write, or None when nothing changed (or nothing was loaded)."""
        if not self.ready or self.value() == self._loaded:
            return None
        return self.value()

    def saved(self) -> None:
        """What the form shows is what the database holds now."""
        self._loaded = self.value()

    def _zone_name(self) -> str:
        text = self.zone_combo.currentText().strip()
        index = self.zone_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.zone_combo.itemData(index) or "")
        return text


def _zone_combo() -> QComboBox:
    """Every time zone this computer knows, found by any part of its name."""
    combo = QComboBox()
    combo.setObjectName("timeZone")
    combo.setEditable(True)
    combo.setAccessibleName(translate("Settings", "Time zone"))
    line = combo.lineEdit()
    if line is not None:  # the part that has the keyboard: a screen reader says its name
        line.setAccessibleName(translate("Settings", "Time zone"))
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem(translate("Settings", "This computer's time zone"), "")
    for name in sorted(zoneinfo.available_timezones()):
        combo.addItem(name, name)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo
