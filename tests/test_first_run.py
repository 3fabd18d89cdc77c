"""The welcome on an empty database, and "Who are you?"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from attendance_desktop.ui.first_run import FirstRunChoice, FirstRunDialog
from attendance_desktop.ui.teacher_picker import TeacherPickerDialog

TEACHERS = [
    (3, "Mr José Martínez"),
    (1, "Ms Zoë Laurent"),
    (7, "Dr Priya Raman"),
    (4, "Mr Tomasz Wiśniewski"),
    (9, "Mrs Ngozi Adeyemi"),
    (12, "Ms Zoe Smith"),
]


def first_run(qtbot: QtBot) -> FirstRunDialog:
    dialog = FirstRunDialog(None)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_window_behind_the_welcome_says_what_to_do_not_left_blank(qtbot: QtBot) -> None:
    from attendance_desktop.ui.app_window import AppWindow

    frame = AppWindow()
    qtbot.addWidget(frame)
    frame.show()
    qtbot.waitExposed(frame)
    frame.show_status("Opening the register…")
    dialog = FirstRunDialog(frame)
    dialog.open()
    qtbot.waitExposed(dialog)
    # Not a busy bar over an empty window while the app waits for the teacher's choice.
    assert not frame.progress.isVisible()
    assert "Welcome to attendance-desktop" in frame.message.text()
    assert "window in front" in frame.message.text()
    dialog.demo_button.click()
    assert dialog.choice == FirstRunChoice.DEMO_SCHOOL
    # The start-up goes on: its message and busy bar come back.
    assert frame.progress.isVisible()
    assert frame.message.text() == "Opening the register…"


def test_keyboard_focus_shows_round_the_buttons_never_across_their_text(qtbot: QtBot) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    dialog = first_run(qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    targets = [dialog.import_button, dialog.demo_button, dialog.settings_button]

    def inside(button: QWidget) -> object:
        # The button less its 5 px edge (ring and rounded corners): where the text is, and
        # where no focus mark may go.
        return button.grab().toImage().copy(button.rect().adjusted(5, 5, -5, -5))

    focused: dict[str, object] = {}
    for _ in range(8):  # Tab round the dialog, as a keyboard user would
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        if current in targets and current.objectName() not in focused:
            assert dialog.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
            focused[current.objectName()] = inside(current)
    assert len(focused) == len(targets)
    not_now = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Not now")
    not_now.setFocus(Qt.FocusReason.TabFocusReason)
    for button in targets:
        assert not button.hasFocus()
        assert inside(button) == focused[button.objectName()], button.objectName()


def test_demo_choice(qtbot: QtBot) -> None:
    dialog = first_run(qtbot)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is FirstRunChoice.DEMO_SCHOOL
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_import_choice_says_what_it_reads(qtbot: QtBot) -> None:
    dialog = first_run(qtbot)
    description = dialog.import_button.description()
    assert "CSV" in description and "OneRoster" in description
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is FirstRunChoice.IMPORT_ROSTER


def test_closing_means_not_now(qtbot: QtBot) -> None:
    dialog = first_run(qtbot)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is FirstRunChoice.NOT_NOW


def test_server_settings_choice(qtbot: QtBot) -> None:
    dialog = first_run(qtbot)
    qtbot.mouseClick(dialog.settings_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is FirstRunChoice.OPEN_SETTINGS


# --- who are you? -----------------------------------------------------------------------------


def picker(qtbot: QtBot, **kwargs: object) -> TeacherPickerDialog:
    dialog = TeacherPickerDialog(None, TEACHERS, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def visible_names(dialog: TeacherPickerDialog) -> list[str]:
    model = dialog.list_view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_names_are_listed_by_surname(qtbot: QtBot) -> None:
    dialog = picker(qtbot)
    assert visible_names(dialog) == [
        "Mrs Ngozi Adeyemi",
        "Ms Zoë Laurent",
        "Mr José Martínez",
        "Dr Priya Raman",
        "Ms Zoe Smith",
        "Mr Tomasz Wiśniewski",
    ]


def test_typing_filters_ignoring_case_and_accents(qtbot: QtBot) -> None:
    dialog = picker(qtbot)
    qtbot.keyClicks(dialog.filter_edit, "zoe")
    assert visible_names(dialog) == ["Ms Zoe Smith", "Ms Zoë Laurent"] or visible_names(dialog) == [
        "Ms Zoë Laurent",
        "Ms Zoe Smith",
    ]
    dialog.filter_edit.clear()
    qtbot.keyClicks(dialog.filter_edit, "WISNIEW")
    assert visible_names(dialog) == ["Mr Tomasz Wiśniewski"]
    dialog.filter_edit.clear()
    qtbot.keyClicks(dialog.filter_edit, "martinez jos")  # words in any order
    assert visible_names(dialog) == ["Mr José Martínez"]


def test_enter_takes_the_first_match(qtbot: QtBot) -> None:
    dialog = picker(qtbot)
    qtbot.keyClicks(dialog.filter_edit, "raman")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert dialog.selected_teacher_id() == 7


def test_arrow_keys_move_through_the_matches(qtbot: QtBot) -> None:
    dialog = picker(qtbot)
    qtbot.keyClicks(dialog.filter_edit, "zo")
    first = dialog.selected_teacher_id()
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Down)
    second = dialog.selected_teacher_id()
    assert {first, second} == {1, 12}
    assert dialog.focusWidget() is dialog.filter_edit, "typing can go on after moving"


def test_no_match_says_so_and_cannot_be_accepted(qtbot: QtBot) -> None:
    dialog = picker(qtbot)
    qtbot.keyClicks(dialog.filter_edit, "nobody")
    assert dialog.empty_label.isVisible()
    assert "nobody" in dialog.empty_label.text()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.selected_teacher_id() is None


def test_the_remembered_teacher_is_preselected(qtbot: QtBot) -> None:
    dialog = picker(qtbot, current_id=4)
    assert dialog.selected_teacher_id() == 4


def test_double_click_chooses(qtbot: QtBot) -> None:
    dialog = picker(qtbot)
    view = dialog.list_view
    index = view.model().index(2, 0)
    rect = view.visualRect(index)
    # A real double click starts with a press (the view ignores a lone double-click event).
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected_teacher_id() == index.data(Qt.ItemDataRole.UserRole + 1)


def test_empty_school_explains(qtbot: QtBot) -> None:
    dialog = TeacherPickerDialog(None, [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_label.isVisibleTo(dialog)
    assert "no teachers" in dialog.empty_label.text()
    assert dialog.selected_teacher_id() is None


def test_a_picker_is_freed_at_once_not_left_to_the_garbage_collector(qtbot: QtBot) -> None:
    """No reference cycle through a picker: the collector may run on a worker thread,
    and deleting a widget there crashes the app (it did, through the list keys)."""
    import gc

    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        dialog = TeacherPickerDialog(None, TEACHERS)
        del dialog
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, TeacherPickerDialog)]
    finally:
        gc.garbage.clear()
        gc.set_debug(0)
    assert left == []
