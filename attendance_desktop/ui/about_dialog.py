"""Help > About: what IT staff ask for on the phone.

The version, the database in use (never its password), the schema revision the
database is at, where the log file is, and the Python/Qt/SQLAlchemy versions.
"Copy details" puts all of it on the clipboard as plain text for a support ticket.

The schema revision is read on the worker (``db.diagnostics.read_schema``);
the dialog shows "reading…" until then and never waits on the database.
"""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop import APP_NAME, __version__
from attendance_desktop.db import diagnostics
from attendance_desktop.db import engine as db_engine
from attendance_desktop.db.diagnostics import SchemaInfo
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate
from attendance_desktop.log import log_file
from attendance_desktop.ui.operations import Operations
from attendance_desktop.ui.views import plain_label

#: The names of the rows, on show and in "Copy details".
VERSION = QT_TRANSLATE_NOOP("About", "Version")
DATABASE = QT_TRANSLATE_NOOP("About", "Database")
CONNECTION = QT_TRANSLATE_NOOP("About", "Connection")
SCHEMA_REVISION = QT_TRANSLATE_NOOP("About", "Schema revision")
LOG_FILE = QT_TRANSLATE_NOOP("About", "Log file")
RUNNING_ON = QT_TRANSLATE_NOOP("About", "Running on")


def _field(name: str) -> str:
    """ "Version:" (the language's punctuation: "Version :" in French)."""
    field = translate("About", name)
    return translate("About", "{field}:").format(field=field)


def _value(text_: str = "") -> QLabel:
    # Paths and server names are shown as written, never as HTML.
    label = plain_label(QLabel(text_))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    """Version, database, schema revision and log file, each selectable and copyable."""

    def __init__(self, parent: QWidget | None, operations: Operations) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("About", "About {app}").format(app=APP_NAME))
        self.operations = operations
        self.log_path = log_file()
        url = operations.database.url

        title = QLabel(
            translate("About", "{app} {version}").format(app=APP_NAME, version=__version__)
        )
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        blurb = QLabel(
            translate(
                "About",
                "A keyboard-first attendance register for classroom PCs, on an embedded SQLite "
                "file or a shared PostgreSQL server. Every mark is saved the moment it is made.\n"
                "Open source under the MIT licence.",
            )
        )
        blurb.setTextFormat(Qt.TextFormat.PlainText)
        blurb.setWordWrap(True)

        self.version_value = _value(__version__)
        sqlite = operations.database.backend == "sqlite"
        if sqlite:
            backend = translate("About", "SQLite (embedded file)")
        else:
            backend = translate("About", "PostgreSQL (server)")
        self.backend_value = _value(backend)
        # describe() never shows the password.
        self.database_value = _value(db_engine.describe(url))
        self.schema_value = _value(translate("About", "reading…"))
        self.log_value = _value(str(self.log_path))
        self.runtime_value = _value(
            f"Python {platform.python_version()}, Qt {qVersion()} (PySide6 {pyside_version}), "
            f"{diagnostics.orm_version()}, {platform.system()} {platform.release()}"
        )

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for name, value in self._rows():
            form.addRow(_field(name), value)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("About", "&Copy details"))
        self.copy_button.setToolTip(
            translate("About", "Copy all of this as text, for a support request")
        )
        self.open_log_button = QPushButton(translate("About", "Open &log folder"))
        self.open_log_button.setToolTip(str(self.log_path.parent))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.open_log_button.clicked.connect(self.open_log_folder)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

        # owner: the dialog may be closed and deleted before the answer comes.
        operations.run(diagnostics.read_schema, self._show_schema, self._schema_failed, owner=self)

    def _show_schema(self, info: SchemaInfo) -> None:
        self.schema_value.setText(info.words)

    def _schema_failed(self, error: BaseException) -> None:
        reason = db_engine.first_line(str(error))
        self.schema_value.setText(
            translate("About", "not available ({reason})").format(reason=reason)
        )

    def _rows(self) -> list[tuple[str, QLabel]]:
        return [
            (VERSION, self.version_value),
            (DATABASE, self.backend_value),
            (CONNECTION, self.database_value),
            (SCHEMA_REVISION, self.schema_value),
            (LOG_FILE, self.log_value),
            (RUNNING_ON, self.runtime_value),
        ]

    def details(self) -> str:
        """Everything on show, as plain text."""
        return "\n".join(f"{_field(name)} {value.text()}" for name, value in self._rows())

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self.copy_button.setText(translate("About", "Copied"))

    def open_log_folder(self) -> None:
        folder: Path = self.log_path.parent
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
