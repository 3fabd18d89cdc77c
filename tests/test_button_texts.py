"""A dialog's own button words survive a language change (pytest-qt).

``QDialogButtonBox`` gives its standard buttons Qt's words again ("OK") whenever a
translator is loaded; the first ``translate`` after the application object exists
loads one.  New lesson ("Take register"), Cover ("Give cover") and Who are you?
("That's me") name their buttons again after that event.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from attendance_desktop.ui.teacher_picker import TeacherPickerDialog
from tests.test_cover import build_cover_ui
from tests.test_new_lesson import build_picker


def change_language(dialog: QDialog) -> None:
    """What loading a translator does to every window (QEvent.LanguageChange)."""
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))


def test_a_plain_button_box_says_ok_again_after_a_language_change(qtbot: QtBot) -> None:
    """Negative control: the event really does take a button's own words away."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
    QVBoxLayout(dialog).addWidget(buttons)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText("Take register")
    change_language(dialog)
    assert ok.text() != "Take register"


def test_who_are_you_keeps_thats_me(qtbot: QtBot) -> None:
    dialog = TeacherPickerDialog(None, [(1, "Ms Rivera")])
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    change_language(dialog)
    assert ok.text() == "That's me"


def test_new_lesson_keeps_take_register(engine: Engine, qtbot: QtBot) -> None:
    with build_picker(engine, qtbot) as picker:
        change_language(picker.dialog)
        assert picker.dialog.take_button.text() == "Take register"


def test_new_lesson_without_classes_keeps_close(engine: Engine, qtbot: QtBot) -> None:
    with build_picker(engine, qtbot, with_classes=False) as picker:
        assert picker.dialog.cancel_button.text() == "Close"
        change_language(picker.dialog)
        assert picker.dialog.cancel_button.text() == "Close"


def test_cover_keeps_give_cover(engine: Engine, qtbot: QtBot) -> None:
    for ui in build_cover_ui(engine, qtbot):
        dialog = ui.open_dialog()
        change_language(dialog)
        assert dialog.give_button.text() == "Give cover"
