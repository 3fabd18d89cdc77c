"""The welcome shown on an empty database: import a roster, or try a demo school.

The dialog only records the choice; ``app.py`` acts on it (the import preview,
the demo school, or Settings) and shows the welcome again if an import was
cancelled, so an empty register never opens by accident.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop import demo
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, number, translate
from attendance_desktop.ui.app_window import AppWindow

#: What the app's window says behind the welcome (instead of an empty grey window).
BEHIND_WELCOME = QT_TRANSLATE_NOOP(
    "FirstRun",
    "Welcome to attendance-desktop.\n\n"
    "The register opens once the school is set up: choose how to start in the window in front.",
)


class FirstRunChoice(Enum):
    """What the teacher chose in the welcome dialog."""

    #: Import the school's roster (a CSV file or a OneRoster export).
    IMPORT_ROSTER = "import_roster"
    #: Fill this database with the demo school.
    DEMO_SCHOOL = "demo_school"
    #: Open Settings to connect to the school's server instead.
    OPEN_SETTINGS = "open_settings"
    #: Closed the dialog without choosing.
    NOT_NOW = "not_now"


def _heading(text: str, scale: float = 1.5) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class FirstRunDialog(QDialog):
    """Welcome on an empty database; ``choice`` says what to do next once it closes."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(translate("FirstRun", "Welcome to attendance-desktop"))
        self.setMinimumWidth(560)
        self.choice = FirstRunChoice.NOT_NOW

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(self._welcome_page())

    # -- pages ---------------------------------------------------------------------------------

    def _welcome_page(self) -> QWidget:
        page = QWidget()
        self.import_button = QCommandLinkButton(
            translate("FirstRun", "Import a roster\u2026"),
            translate(
                "FirstRun",
                "Bring in your school's teachers, classes and students: a CSV file saved from "
                "a spreadsheet, or the OneRoster export (.zip) of your student information "
                "system. You see every change, or every problem, before anything is written.",
            ),
        )
        self.import_button.setObjectName("importRoster")
        self.import_button.clicked.connect(self._choose_import)
        teachers, classes = len(demo.TEACHERS), 2 * len(demo.TEACHERS)
        self.demo_button = QCommandLinkButton(
            translate("FirstRun", "Load a demo school"),
            translate(
                "FirstRun",
                "Try everything with a made-up school: {teachers} teachers, {classes} classes "
                "and {weeks} weeks of registers. The made-up people go into this "
                "database; to start for real afterwards, choose a new database in Settings.",
            ).format(
                teachers=number(teachers), classes=number(classes), weeks=number(demo.HISTORY_WEEKS)
            ),
        )
        self.demo_button.setObjectName("loadDemo")
        self.demo_button.clicked.connect(self._choose_demo)
        for button in (self.import_button, self.demo_button):
            # A visible frame, so the two choices read as big buttons on every style.
            # The focus shows as the frame's colour; the style's own dotted focus rectangle
            # would be drawn through the button's text ("outline: none").
            button.setStyleSheet(
                "QCommandLinkButton { border: 1px solid palette(mid); border-radius: 6px;"
                " padding: 11px 13px; background: palette(base); outline: none; }"
                "QCommandLinkButton:hover { border-color: palette(highlight); }"
                # One pixel more ring, one less padding: the text does not move.
                "QCommandLinkButton:focus { border: 2px solid palette(highlight);"
                " padding: 10px 12px; }"
            )

        self.settings_button = QPushButton(
            translate("FirstRun", "Connect to a school server instead\u2026")
        )
        self.settings_button.setObjectName("openSettings")
        self.settings_button.setFlat(True)
        # A link: its focus is a ring clear of the text, not the style's rectangle hugging
        # (and crossing) the underlined words.
        self.settings_button.setStyleSheet(
            "QPushButton { color: palette(link); text-decoration: underline;"
            " border: 2px solid transparent; border-radius: 4px; padding: 2px 4px;"
            " text-align: left; outline: none; }"
            "QPushButton:focus { border-color: palette(highlight); }"
        )
        self.settings_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.settings_button.clicked.connect(self._choose_settings)
        not_now = QPushButton(translate("FirstRun", "Not now"))
        not_now.clicked.connect(self.reject)

        footer = QHBoxLayout()
        footer.addWidget(self.settings_button)
        footer.addStretch(1)
        footer.addWidget(not_now)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(_heading(translate("FirstRun", "Welcome!")))
        layout.addWidget(
            _paragraph(
                translate(
                    "FirstRun",
                    "This register is empty. To take attendance, the app needs your school's "
                    "teachers, classes and students. How would you like to start?",
                )
            )
        )
        layout.addSpacing(6)
        layout.addWidget(self.import_button)
        layout.addWidget(self.demo_button)
        layout.addStretch(1)
        layout.addSpacing(6)
        layout.addLayout(footer)
        return page

    # -- choices -------------------------------------------------------------------------------

    @Slot()
    def _choose_import(self) -> None:
        self.choice = FirstRunChoice.IMPORT_ROSTER
        self.accept()

    @Slot()
    def _choose_demo(self) -> None:
        self.choice = FirstRunChoice.DEMO_SCHOOL
        self.accept()

    @Slot()
    def _choose_settings(self) -> None:
        self.choice = FirstRunChoice.OPEN_SETTINGS
        self.accept()

    def reject(self) -> None:
        self.choice = FirstRunChoice.NOT_NOW
        super().reject()

    # -- the window behind ---------------------------------------------------------------------

    def _behind(self) -> AppWindow | None:
        parent = self.parentWidget()
        return parent if isinstance(parent, AppWindow) else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        behind = self._behind()
        if behind is not None:
            behind.behind_dialog(translate("FirstRun", BEHIND_WELCOME))

    def done(self, result: int) -> None:
        behind = self._behind()
        if behind is not None:
            behind.behind_dialog(None)
        super().done(result)
