"""Settings: where the database is, the attendance codes, the school's register rules and
its school day.

Four tabs (``ui/settings_pages.py``, ``ui/school_day_page.py``), two homes for what
they edit:

- **Database** lives in this PC's settings file, except the server password,
  which goes to the operating system's keyring and never into the file.  A new
  database is used from the next start; the dialog says so and the caller
  decides.
- **Attendance codes** and **Register** (school name, time zone, default
  grace period) are rows in the database, shared by every PC: loaded and saved
  through ``Operations`` (``school.load_school`` / ``school.save_school``),
  never from the UI thread.  The school's time zone lives there only; this
  PC's settings file keeps no copy of it.
- **School day** (bell times, the Week A / Week B rotation, holidays, terms) is rows
  in the database too (``timetable.school_day``), saved in the same transaction
  as the codes and the register settings: all of it, or nothing.

This module is the window around the pages: it checks every tab before
saving, writes the shared values in one database action, and stays open to
explain when something cannot be saved.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from attendance_desktop import errors, school
from attendance_desktop.i18n import translate
from attendance_desktop.school import CodeRow, RegisterValues
from attendance_desktop.settings import Settings
from attendance_desktop.timetable import school_day
from attendance_desktop.timetable.school_day import SchoolDayValues
from attendance_desktop.ui import palette
from attendance_desktop.ui.app_window import fit_size, fitting_minimum
from attendance_desktop.ui.list_keys import tab_keys
from attendance_desktop.ui.operations import Operations
from attendance_desktop.ui.school_day_page import SchoolDayPage
from attendance_desktop.ui.settings_pages import CodesPage, DatabasePage, RegisterPage

SharedPage = CodesPage | RegisterPage | SchoolDayPage


def load_shared(session: Any) -> tuple[list[CodeRow], RegisterValues, SchoolDayValues]:
    """Everything the shared tabs show, read in one database action."""
    codes, register = school.load_school(session)
    return codes, register, school_day.load_school_day(session)


def save_shared(
    session: Any,
    codes: Sequence[CodeRow] | None,
    register: RegisterValues | None,
    day: SchoolDayValues | None,
) -> list[CodeRow] | None:
    """Save whichever shared tabs changed, in the caller's one transaction."""
    saved = school.save_school(session, codes=codes, register=register)
    if day is not None:
        school_day.save_school_day(session, day)
    return saved


class SettingsDialog(QDialog):
    """The settings window.

    ``operations`` may be None when the app has no working database: the
    codes and register tabs then explain that they need a connection.  After
    ``accepted``, read ``accepted_settings()`` and save it with
    ``settings.save``; whether a new database needs a restart is the caller's
    call (``database_changed()``).  The school's values are in the database by
    then: read them from there (``school.school_zone``), not from the result.
    """

    DATABASE_TAB, CODES_TAB, REGISTER_TAB, SCHOOL_DAY_TAB = range(4)

    def __init__(
        self, parent: QWidget | None, operations: Operations | None, settings: Settings
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("Settings", "Settings"))
        self.setMinimumSize(fitting_minimum(self, QSize(760, 560)))
        # Roomier to start with where the screen allows: School day's bell times and
        # holidays show a whole day's periods without scrolling.
        self.resize(fit_size(self, QSize(860, 640)))
        self._operations = operations
        self._original = copy.deepcopy(settings)
        self._result: Settings | None = None
        self._saving = False

        self.database_page = DatabasePage(
            operations, self._original.database, self._original.language
        )
        self.codes_page = CodesPage()
        self.register_page = RegisterPage()
        self.school_day_page = SchoolDayPage(operations)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("Settings", "Settings sections"))
        self.tabs.addTab(self.database_page, translate("Settings", "Database"))
        self.tabs.addTab(self.codes_page, translate("Settings", "Attendance codes"))
        self.tabs.addTab(self.register_page, translate("Settings", "Register"))
        self.tabs.addTab(self.school_day_page, translate("Settings", "School day"))

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(palette.text_style(palette.ERROR))
        self.problem_label.setVisible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.tabs, 1)
        tab_keys(self, self.tabs, escape_closes=False)  # a dialog: Esc is Cancel already
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.finished.connect(self._closed)
        self._load_shared_settings()

    @Slot(int)
    def _closed(self, _result: int) -> None:
        self.database_page.cancel()  # a connection test's late answer goes nowhere

    # -- the shared settings -------------------------------------------------------------------

    def _shared_pages(self) -> tuple[SharedPage, ...]:
        return self.codes_page, self.register_page, self.school_day_page

    def _load_shared_settings(self) -> None:
        for page in self._shared_pages():
            page.setEnabled(False)
        self.codes_page.update_buttons()
        if self._operations is None:
            message = translate(
                "Settings",
                "Not connected to a database. Fix the database settings and restart the app "
                "to change these.",
            )
            for page in self._shared_pages():
                page.status.setText(message)
            return
        for page in self._shared_pages():
            page.status.setText(translate("Settings", "Loading\u2026"))
        self._operations.run(load_shared, self._shared_loaded, self._shared_failed, owner=self)

    def shared_settings_loaded(self) -> bool:
        return all(page.ready for page in self._shared_pages())

    def _shared_loaded(self, result: tuple[list[CodeRow], RegisterValues, SchoolDayValues]) -> None:
        codes, register, day = result
        self.register_page.load(register)
        self.codes_page.load(codes)
        self.school_day_page.load(day)
        for page in self._shared_pages():
            page.status.clear()
            page.status.setVisible(False)
            page.setEnabled(True)

    def _shared_failed(self, error: BaseException) -> None:
        message = (
            str(error)
            if isinstance(error, errors.KnownError)
            else translate(
                "Settings",
                "The settings could not be read from the database; the details are in the log.",
            )
        )
        for page in self._shared_pages():
            page.status.setText(message)
            page.status.setStyleSheet(palette.text_style(palette.ERROR))

    # -- the result ----------------------------------------------------------------------------

    def database_changed(self) -> bool:
        """True when the dialog points at a different database than it started with."""
        return self.database_page.changed()

    def language_changed(self) -> bool:
        """True when another language is chosen: it is used from the next start."""
        return self.database_page.language_changed()

    def accepted_settings(self) -> Settings:
        """The new settings for this PC (no password: that went to the keyring)."""
        if self._result is not None:
            return copy.deepcopy(self._result)
        result = copy.deepcopy(self._original)
        result.database = self.database_page.value()
        result.language = self.database_page.language()
        return result

    def testing(self) -> bool:
        """Whether a connection test is running."""
        return self.database_page.testing()

    def saving(self) -> bool:
        return self._saving

    # -- saving --------------------------------------------------------------------------------

    def accept(self) -> None:
        """Check every tab, store the password, save the shared settings, then close."""
        if self._saving:
            return
        self._show_problem(None)
        for tab, page in (
            (self.DATABASE_TAB, self.database_page),
            (self.CODES_TAB, self.codes_page),
            (self.REGISTER_TAB, self.register_page),
            (self.SCHOOL_DAY_TAB, self.school_day_page),
        ):
            problem = page.check()
            if problem:
                self._show_problem(problem, tab)
                return
        problem = self.database_page.save()
        if problem:
            self._show_problem(problem, self.DATABASE_TAB)
            return

        codes = self.codes_page.unsaved()
        register = self.register_page.unsaved()
        day = self.school_day_page.unsaved()
        if self._operations is None or (codes is None and register is None and day is None):
            self._finish()
            return
        self._set_saving(True)
        self._operations.run(
            functools.partial(save_shared, codes=codes, register=register, day=day),
            self._saved,
            self._save_failed,
            owner=self,
        )

    def _saved(self, codes: list[CodeRow] | None) -> None:
        self._set_saving(False)
        if codes is not None:
            self.codes_page.saved(codes)
        self.register_page.saved()
        self.school_day_page.saved()
        self._finish()

    def _save_failed(self, error: BaseException) -> None:
        self._set_saving(False)
        if isinstance(error, errors.KnownError):
            self._show_problem(
                translate("Settings", "Nothing was saved to the database: {error}").format(
                    error=error
                )
            )
        else:
            self._show_problem(
                translate(
                    "Settings",
                    "Nothing was saved to the database because of a fault in the app; the "
                    "details are in the log file.",
                )
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

    def _show_problem(self, message: str | None, tab: int | None = None) -> None:
        if tab is not None:
            self.tabs.setCurrentIndex(tab)
        self.problem_label.setText(message or "")
        self.problem_label.setVisible(bool(message))
