"""Known problems in plain words; bugs to the log and one crash dialog, never a loop."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QtMsgType, qWarning
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QToolButton
from pytestqt.qtbot import QtBot

from attendance_desktop import __version__, errors
from attendance_desktop.log import setup_logging
from attendance_desktop.ui import error_dialogs
from attendance_desktop.ui.error_dialogs import CrashDialog, ExceptHook, show_known_error


def raised(exc: BaseException) -> tuple[type[BaseException], BaseException, TracebackType | None]:
    """The exc_info of ``exc`` after it was really raised (so it has a traceback)."""
    try:
        raise exc
    except BaseException:
        info = sys.exc_info()
    assert info[0] is not None and info[1] is not None
    return info[0], info[1], info[2]


def flush_logs() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


@pytest.fixture
def log_path() -> Path:
    return setup_logging(console=False)


@pytest.fixture
def hook(qapp: QApplication) -> Iterator[ExceptHook]:
    installed = error_dialogs.install_excepthook()
    yield installed
    installed.uninstall()
    for widget in QApplication.topLevelWidgets():
        widget.close()


# --- known problems ---------------------------------------------------------------------------


def test_known_error_dialog_shows_message_and_what_to_do(qtbot: QtBot) -> None:
    error = errors.DatabaseReadOnly(
        "The database file /srv/register.sqlite3 cannot be written to (it is read-only).",
        hint="Ask IT to give your account write access to it and its folder.",
    )
    box = show_known_error(None, error)
    qtbot.waitExposed(box)
    assert box.isVisible()
    assert box.text() == error.message
    assert box.informativeText() == f"What to do: {error.hint}"
    assert "read-only" in box.windowTitle()
    assert box.icon() == QMessageBox.Icon.Warning
    assert "Traceback" not in box.text() + box.informativeText()
    box.close()


def test_known_error_text_is_not_interpreted_as_html(qtbot: QtBot) -> None:
    box = show_known_error(None, errors.KnownError("Class <b>9B</b> & co is missing."))
    qtbot.waitExposed(box)
    assert box.text() == "Class <b>9B</b> & co is missing."
    assert box.informativeText() == ""  # no hint, no empty "What to do:"
    box.close()


# --- the crash dialog -------------------------------------------------------------------------


def test_crash_dialog_copies_its_details_to_the_clipboard(qtbot: QtBot, tmp_path: Path) -> None:
    exc_type, exc, tb = raised(ZeroDivisionError("division by zero in the register"))
    details = error_dialogs.crash_details(
        exc_type, exc, tb, log_path=tmp_path / "attendance-desktop.log"
    )
    dialog = CrashDialog(None, details, log_path=tmp_path / "attendance-desktop.log")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    details_box = dialog.findChild(QPlainTextEdit, "crashDetails")
    assert details_box is not None and not details_box.isVisible()  # folded away at first

    QApplication.clipboard().clear()
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert "Traceback (most recent call last)" in copied
    assert "ZeroDivisionError: division by zero in the register" in copied
    assert __version__ in copied
    assert str(tmp_path / "attendance-desktop.log") in copied
    assert "Platform:" in copied

    toggle = dialog.findChild(QToolButton, "detailsToggle")
    assert toggle is not None
    toggle.click()
    assert details_box.isVisible()


def test_crash_details_never_hold_a_password() -> None:
    exc_type, exc, tb = raised(RuntimeError("cannot use postgresql://register:hunter2@db/att"))
    details = error_dialogs.crash_details(exc_type, exc, tb)
    assert "hunter2" not in details
    assert "register:***@db" in details


# --- the excepthook ---------------------------------------------------------------------------


def test_uncaught_exception_is_logged_and_shown(
    qtbot: QtBot, hook: ExceptHook, log_path: Path
) -> None:
    sys.excepthook(*raised(ValueError("marks column out of range")))
    flush_logs()
    text = log_path.read_text(encoding="utf-8")
    assert "attendance.crash" in text and "Uncaught exception" in text
    assert "Traceback (most recent call last)" in text
    assert "ValueError: marks column out of range" in text

    assert hook.dialog is not None
    qtbot.waitExposed(hook.dialog)
    assert hook.dialog.isVisible()
    assert "ValueError: marks column out of range" in hook.dialog.details()
    assert str(log_path) in hook.dialog.details()


def test_exception_in_a_worker_thread_reaches_the_main_thread(
    qtbot: QtBot, hook: ExceptHook, log_path: Path
) -> None:
    def work() -> None:
        raise LookupError("student vanished in a worker")

    worker = threading.Thread(target=work, name="register-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: hook.dialog is not None)
    assert hook.dialog is not None
    assert "LookupError: student vanished in a worker" in hook.dialog.details()
    assert "Thread: register-worker" in hook.dialog.details()
    flush_logs()
    assert "in thread register-worker" in log_path.read_text(encoding="utf-8")


def test_exception_in_a_slot_goes_to_the_hook(qtbot: QtBot, hook: ExceptHook) -> None:
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("Break")
    qtbot.addWidget(button)

    def broken() -> None:
        raise KeyError("slot bug")

    button.clicked.connect(broken)
    button.click()  # PySide hands an exception escaping a slot to sys.excepthook
    assert hook.dialog is not None
    assert "KeyError: 'slot bug'" in hook.dialog.details()


def test_known_error_goes_to_the_plain_words_dialog(
    qtbot: QtBot, hook: ExceptHook, log_path: Path
) -> None:
    problem = errors.DiskFull(
        "The disk is full; the last change was not saved.", hint="Free space."
    )
    sys.excepthook(*raised(problem))
    assert hook.dialog is None
    assert hook.known_box is not None
    qtbot.waitExposed(hook.known_box)
    assert hook.known_box.text() == problem.message
    flush_logs()
    text = log_path.read_text(encoding="utf-8")
    assert "disk is full" in text and "Traceback" not in text


def test_a_crash_while_the_dialog_is_open_joins_it(qtbot: QtBot, hook: ExceptHook) -> None:
    sys.excepthook(*raised(ValueError("first")))
    first = hook.dialog
    assert first is not None
    sys.excepthook(*raised(TypeError("second")))
    assert hook.dialog is first
    assert "TypeError: second" in first.details()
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]) == 1


def test_a_crash_while_showing_the_dialog_does_not_recurse(
    qtbot: QtBot, hook: ExceptHook, log_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = 0

    class BrokenDialog(CrashDialog):
        def __init__(self, *args: object, **kwargs: object) -> None:
            nonlocal calls
            calls += 1
            # A bug in the dialog itself re-enters the hook, as Qt would.
            sys.excepthook(*raised(RuntimeError("dialog is broken")))
            raise RuntimeError("dialog is broken")

    monkeypatch.setattr(error_dialogs, "CrashDialog", BrokenDialog)
    sys.excepthook(*raised(ValueError("original bug")))
    assert calls == 1
    assert hook.dialog is None
    flush_logs()
    text = log_path.read_text(encoding="utf-8")
    assert "ValueError: original bug" in text
    assert "The crash dialog could not be shown" in text


def test_the_same_bug_again_is_logged_not_shown_again(qtbot: QtBot, hook: ExceptHook) -> None:
    def fail() -> None:
        raise ValueError("timer bug")

    def once() -> tuple[type[BaseException], BaseException, TracebackType | None]:
        try:
            fail()
        except ValueError:
            info = sys.exc_info()
        assert info[0] is not None and info[1] is not None
        return info[0], info[1], info[2]

    sys.excepthook(*once())
    assert hook.dialog is not None
    hook.dialog.close()
    assert hook.dialog is None
    sys.excepthook(*once())
    assert hook.dialog is None


def test_uninstall_restores_the_previous_hooks(qapp: QApplication) -> None:
    before = (sys.excepthook, threading.excepthook)
    installed = error_dialogs.install_excepthook()
    assert sys.excepthook == installed.handle
    installed.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_qt_messages_go_to_the_log(hook: ExceptHook, log_path: Path) -> None:
    qWarning("a Qt warning for the log")
    flush_logs()
    text = log_path.read_text(encoding="utf-8")
    assert "attendance.qt" in text and "a Qt warning for the log" in text
    assert error_dialogs._QT_LEVELS[QtMsgType.QtCriticalMsg] == logging.ERROR
