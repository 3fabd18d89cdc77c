"""The bar above the register that settles conflicts, one at a time, without a dialog.

A conflict is one student's status (or note) changed here and on another
computer to different values.  The bar names the student, shows theirs and
yours side by side with who changed theirs, where and when (local time), and
offers Keep mine (a new versioned write on top of theirs) or Take theirs.
Several conflicts queue ("1 of 3", with arrows); the register stays usable
throughout: nothing here is modal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from attendance_desktop.rules import Codebook
from attendance_desktop.ui import palette
from attendance_desktop.ui.mark_writer import Conflict, MarkWriter


def describe_values(
    conflict: Conflict, values: dict[str, Any], codes: Codebook, zone: tzinfo | None
) -> str:
    """A side of a conflict in words: "Present (arrived 09:01)", "note “Dentist”"."""
    if conflict.group == "note":
        note = (values.get("note") or "").strip()
        return f"note “{note}”" if note else "no note"
    code = codes.get(values.get("code_id"))
    text = code.label if code is not None else "Not marked"
    check_in = values.get("check_in_time")
    if code is not None and code.checks_in and check_in is not None:
        text += f" (arrived {check_in.astimezone(zone):%H:%M})"
    return text


class ConflictBar(QFrame):
    """Shows ``writer.conflicts`` one at a time with Keep mine / Take theirs."""

    #: Keep mine was chosen for a conflict.
    keepMine = Signal(object)
    #: Take theirs was chosen for a conflict.
    takeTheirs = Signal(object)
    #: The student's name was clicked: (attendance_id,).
    showStudent = Signal(int)

    def __init__(
        self,
        writer: MarkWriter,
        codes: Callable[[], Codebook],
        zone: Callable[[], tzinfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.writer = writer
        self._codes = codes
        self._zone = zone
        self.index = 0
        self.setObjectName("conflictBar")
        self.setStyleSheet(palette.banner_style("conflictBar", palette.WARNING_BANNER))
        self.setAccessibleName("Conflicts to settle")

        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)
        self.headline.linkActivated.connect(self._on_link)
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.position = QLabel()
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip("Previous conflict")
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip("Next conflict")
        self.next_button.clicked.connect(lambda: self.step(1))
        self.keep_button = QPushButton("Keep mine  (Alt+K)")
        self.keep_button.setToolTip(
            "Save yours on top of theirs (their change stays in the history). Alt+K"
        )
        self.keep_button.clicked.connect(self._keep)
        self.theirs_button = QPushButton("Take theirs  (Alt+T)")
        self.theirs_button.setToolTip("Leave theirs as it is; yours is not saved. Alt+T")
        self.theirs_button.clicked.connect(self._theirs)
        for button in (self.keep_button, self.theirs_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the register keeps the keyboard
        # Alt+K / Alt+T from anywhere in the window, while a conflict is shown.
        self.keep_shortcut = QShortcut(QKeySequence("Alt+K"), self)
        self.keep_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.keep_shortcut.activated.connect(self._keep)
        self.theirs_shortcut = QShortcut(QKeySequence("Alt+T"), self)
        self.theirs_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.theirs_shortcut.activated.connect(self._theirs)

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.headline)
        text.addWidget(self.details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        icon = QLabel("⚠")
        icon.setStyleSheet("font-size: 16pt; " + palette.text_style(palette.WARNING))
        layout.addWidget(icon)
        layout.addLayout(text, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.position)
        layout.addWidget(self.next_button)
        layout.addSpacing(8)
        layout.addWidget(self.keep_button)
        layout.addWidget(self.theirs_button)

        writer.conflictsChanged.connect(self.refresh)
        self.refresh()

    def current(self) -> Conflict | None:
        conflicts = self.writer.conflicts
        if not conflicts:
            return None
        self.index = max(0, min(self.index, len(conflicts) - 1))
        return conflicts[self.index]

    def step(self, delta: int) -> None:
        if self.writer.conflicts:
            self.index = (self.index + delta) % len(self.writer.conflicts)
            self.refresh()

    def refresh(self) -> None:
        conflict = self.current()
        if conflict is None:
            self.hide()
            return
        count = len(self.writer.conflicts)
        codes = self._codes()
        zone = self._zone()
        what = "note changed" if conflict.group == "note" else "marked"
        _, _, link_colour = palette.WARNING_BANNER
        self.headline.setText(
            f"<b><a href='row:{conflict.attendance_id}' style='color:{link_colour}'>"
            f"{escape(conflict.student)}</a></b> was {what} differently on another computer "
            "meanwhile."
        )
        theirs = describe_values(conflict, conflict.theirs, codes, zone)
        mine = describe_values(conflict, conflict.mine, codes, zone)
        self.details.setText(
            f"Theirs: <b>{escape(theirs)}</b> by {escape(conflict.who.describe(zone))}"
            f" &nbsp;·&nbsp; Yours: <b>{escape(mine)}</b>"
        )
        # Their shortcuts said on them (the register keeps the keyboard meanwhile).
        self.keep_button.setText(f"Keep mine: {_mnemonic_safe(_short(mine))}  (Alt+K)")
        self.theirs_button.setText(f"Take theirs: {_mnemonic_safe(_short(theirs))}  (Alt+T)")
        self.position.setText(f"{self.index + 1} of {count}")
        for widget in (self.previous_button, self.position, self.next_button):
            widget.setVisible(count > 1)
        self.show()

    def _keep(self) -> None:
        conflict = self.current()
        if conflict is not None:
            self.keepMine.emit(conflict)

    def _theirs(self) -> None:
        conflict = self.current()
        if conflict is not None:
            self.takeTheirs.emit(conflict)

    def _on_link(self, link: str) -> None:
        if link.startswith("row:"):
            self.showStudent.emit(int(link[4:]))


def _mnemonic_safe(text: str) -> str:
    """A note's "&" shown as itself on a button, not as a shortcut."""
    return text.replace("&", "&&")


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
