"""Sign in to the school's server: a login name and a password, as the person themself.

Shown by ``app.py`` when the server did not let the PC in by itself (with the
operating system's login, or a password remembered on this PC), and again
after "Sign out" or after the PC sat idle.  The dialog only gathers the name
and the password; ``attempt`` (from ``app.py``, run on a worker through
``Operations.run_free``) connects as that login.  A refusal is said in plain
words under the fields and the password is cleared; the dialog stays.

The password is kept only when "Remember on this PC" is ticked, and then only in
the operating system's keyring: not for a shared classroom account.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop import errors
from attendance_desktop.i18n import translate
from attendance_desktop.ui import palette

log = logging.getLogger("attendance.ui.sign_in")

#: ``attempt(login, password, remember)``: connects; returns what the caller needs.
Attempt = Callable[[str, str, bool], Any]


class SignInDialog(QDialog):
    """Asks who is at this PC; ``signed_in`` is ``attempt``'s result once accepted."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        server: str,
        attempt: Attempt,
        run_free: Callable[..., Any],
        login: str = "",
        message: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(translate("SignIn", "Sign in \u2014 Attendance register"))
        self._attempt = attempt
        self._run_free = run_free
        #: What ``attempt`` returned, once a sign-in worked.
        self.signed_in: Any = None

        heading = QLabel(translate("SignIn", "Sign in"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        where = QLabel(
            translate("SignIn", "to the attendance register on {server}.").format(server=server)
        )
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)

        self.login_edit = QLineEdit(login)
        self.login_edit.setObjectName("loginName")
        self.login_edit.setPlaceholderText(
            translate("SignIn", "as IT gave it to you, e.g. att_jsmith")
        )
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(translate("SignIn", "&Remember on this PC"))
        self.remember_box.setObjectName("rememberPassword")
        self.remember_box.setToolTip(
            translate(
                "SignIn",
                "Only on a computer that is yours alone: the password goes into this "
                "computer's keyring, and the register opens without asking next time.",
            )
        )
        form = QFormLayout()
        form.addRow(translate("SignIn", "&Login name:"), self.login_edit)
        form.addRow(translate("SignIn", "&Password:"), self.password_edit)
        form.addRow("", self.remember_box)

        self.error_label = QLabel()
        self.error_label.setObjectName("signInError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {palette.ERROR};")

        self.buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(translate("SignIn", "&Sign in"))
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton(
            translate("SignIn", "&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self._sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._say(message)
        self.resize(max(460, self.sizeHint().width()), self.sizeHint().height())
        (self.password_edit if login else self.login_edit).setFocus()

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        # Grow to show the whole message (a shown dialog keeps its size otherwise).
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def reject(self) -> None:
        # Not while a sign-in is on its way: its connection would be left to nobody.
        if self.buttons.isEnabled():
            super().reject()

    def _busy(self, busy: bool) -> None:
        for widget in (self.login_edit, self.password_edit, self.remember_box, self.buttons):
            widget.setEnabled(not busy)

    @Slot()
    def _sign_in(self) -> None:
        login = self.login_edit.text().strip()
        if not login:
            self._say(translate("SignIn", "Type your login name."))
            self.login_edit.setFocus()
            return
        password = self.password_edit.text()
        remember = self.remember_box.isChecked()
        self._busy(True)
        self.error_label.setStyleSheet(f"color: {palette.MUTED};")
        self._say(translate("SignIn", "Signing in\u2026"))
        attempt = self._attempt
        self._run_free(
            lambda: attempt(login, password, remember),
            self._done,
            self._failed,
            owner=self,
        )

    def _done(self, result: Any) -> None:
        self.signed_in = result
        self.password_edit.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.error_label.setStyleSheet(f"color: {palette.ERROR};")
        self.password_edit.clear()
        if isinstance(error, errors.KnownError):
            self._say(str(error))
            self.password_edit.setFocus()
            return
        self._say(
            translate(
                "SignIn", "Signing in failed because of a fault in the app; it has been reported."
            )
        )
        sys.excepthook(type(error), error, error.__traceback__)
