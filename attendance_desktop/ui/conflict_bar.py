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

from attendance_desktop.i18n import clock, translate
from attendance_desktop.rules import Codebook
from attendance_desktop.ui import palette
from attendance_desktop.ui.mark_writer import Conflict, MarkWriter


def describe_values(
    conflict: Conflict, values: dict[str, Any], codes: Codebook, zone: tzinfo | None
) -> str:
    """A side of a conflict in words: "Present (arrived 09:01)", "note “Dentist”"."""
    if conflict.group == "note":
        note = (values.get("note") or "").strip()
        if note:
            return translate("ConflictBar", "note \u201c{note}\u201d").format(note=note)
        return translate("ConflictBar", "no note")
    code = codes.get(values.get("code_id"))
    if code is None:
        return translate("ConflictBar", "Not marked")
    check_in = values.get("check_in_time")
    if code.checks_in and check_in is not None:
        arrived = clock(check_in.astimezone(zone))
        return translate("ConflictBar", "{mark} (arrived {time})").format(
            mark=code.label, time=arrived
        )
    return code.label


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
        self.setAccessibleName(translate("ConflictBar", "Conflicts to settle"))

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
        self.previous_button.setToolTip(translate("ConflictBar", "Previous conflict"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(translate("ConflictBar", "Next conflict"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.keep_button = QPushButton(translate("ConflictBar", "Keep mine  (Alt+K)"))
        self.keep_button.setToolTip(
            translate(
                "ConflictBar",
                "Save yours on top of theirs (their change stays in the history). Alt+K",
            )
        )
        self.keep_button.clicked.connect(self._keep)
        self.theirs_button = QPushButton(translate("ConflictBar", "Take theirs  (Alt+T)"))
        self.theirs_button.setToolTip(
            translate("ConflictBar", "Leave theirs as it is; yours is not saved. Alt+T")
        )
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
        _, _, link_colour = palette.WARNING_BANNER
        student = (
            f"<b><a href='row:{conflict.attendance_id}' style='color:{link_colour}'>"
            f"{escape(conflict.student)}</a></b>"
        )
        if conflict.group == "note":
            headline = translate(
                "ConflictBar",
                "{student}'s note was changed differently on another computer meanwhile.",
            )
        else:
            headline = translate(
                "ConflictBar", "{student} was marked differently on another computer meanwhile."
            )
        self.headline.setText(headline.format(student=student))
        theirs = describe_values(conflict, conflict.theirs, codes, zone)
        mine = describe_values(conflict, conflict.mine, codes, zone)
        who = conflict.who.describe(zone)
        self.details.setText(
            translate(
                "ConflictBar", "Theirs: <b>{theirs}</b> by {who} &nbsp;·&nbsp; Yours: <b>{mine}</b>"
            ).format(theirs=escape(theirs), who=escape(who), mine=escape(mine))
        )
        # Their shortcuts said on them (the register keeps the keyboard meanwhile).
        self.keep_button.setText(
            translate("ConflictBar", "Keep mine: {mark}  (Alt+K)").format(
                mark=_mnemonic_safe(_short(mine))
            )
        )
        self.theirs_button.setText(
            translate("ConflictBar", "Take theirs: {mark}  (Alt+T)").format(
                mark=_mnemonic_safe(_short(theirs))
            )
        )
        position = self.index + 1
        self.position.setText(
            translate("ConflictBar", "{position} of {count}").format(position=position, count=count)
        )
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
