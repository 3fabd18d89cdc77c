"""How many inputs a register takes: a class of 30, three absent and one late, at
random places (seeded), counting every key press and every click (a scroll too) from
the lesson on screen, not started, to everyone marked.

The teacher knows only what the window and F1 say: the status bar's hint ("P A L E:
mark · Ctrl+Enter: all present · 1-30: go to a student · …") and Help > Keyboard
shortcuts.  For each exception, in the order of the list, they take the shortest
of the documented ways to reach the student: Up/Down, the row's number, or the
first letters of a name (letters that are not a mark's key); then the mark's key.
With the mouse: Start register, All present, then a click on each exception's status
(Present -> Absent -> Late), scrolling first when the row is not on screen.

The README's figures come from this test (run with -s to see them).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSlider, QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.db.migrate import upgrade
from attendance_desktop.ui.main_window import SHORTCUTS_HTML
from attendance_desktop.ui.register_model import COL_STATUS
from tests.test_register import UI, build_ui

SEEDS = range(1, 11)
#: The register's window on a 1366x768 screen, less the task bar and the title bar.
WINDOW = (1350, 690)
MOUSE_LIMIT = 8
KEYBOARD_LIMIT = 12


@pytest.fixture
def sqlite_ui(tmp_path_factory: pytest.TempPathFactory, qtbot: QtBot) -> Iterator[UI]:
    engine: Engine = create_app_engine(
        sqlite_url(tmp_path_factory.mktemp("count") / "register.sqlite3")
    )
    upgrade(engine)
    try:
        for ui in build_ui(engine, qtbot):
            ui.window.resize(*WINDOW)
            ui.idle()
            yield ui
    finally:
        engine.dispose()


def exceptions(seed: int) -> dict[int, str]:
    """Four rows of 30 at random, three Absent and one Late."""
    rows = random.Random(seed).sample(range(30), 4)
    return {rows[0]: "A", rows[1]: "A", rows[2]: "A", rows[3]: "L"}


class Counter:
    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.log: list[str] = []

    @property
    def count(self) -> int:
        return len(self.log)

    def key(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None
        self.log.append(f"{'Ctrl+' if modifier else ''}{key.name.removeprefix('Key_')}")
        QTest.keyClick(widget, key, modifier)

    def text(self, letters: str) -> None:
        for letter in letters:
            widget = QApplication.focusWidget()
            assert widget is not None
            self.log.append(letter)
            QTest.keyClicks(widget, letter)

    def click(self, widget: QWidget, pos: QPoint | None = None, what: str = "") -> None:
        self.log.append(f"click {what}".strip())
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())

    def scroll(self, ui: UI) -> None:
        """A click in the scroll bar's trough: a page down (or up)."""
        self.log.append("scroll")


def finish(ui: UI, wanted: dict[int, str]) -> None:
    ui.settle()
    stored = ui.codes_in_db()
    rows = ui.model.rows
    got = {n: stored[rows[n].student_id] for n in range(30)}
    assert {n: c for n, c in got.items() if c != "P"} == wanted
    assert list(got.values()).count("P") == 26


def keyboard_route(ui: UI, current: int, target: int) -> list[str]:
    """The shortest documented way from the current row to ``target``: arrows, the row's
    number, or a name's first letters (none a mark's key; not J, K or N first)."""
    routes = [["Down"] * (target - current) if target >= current else ["Up"] * (current - target)]
    routes.append(list(str(target + 1)))
    codes = ui.model.codes
    for name in ui.model.rows[target].names():
        typed = ""
        for letter in name.lower():
            if not letter.isalpha() or codes.for_key(letter) or (not typed and letter in "jkn"):
                break
            typed += letter
            if ui.model.find(typed, max(current, 0)) == target:
                routes.append(list(typed))
                break
    return min(routes, key=len)


@pytest.mark.parametrize("seed", SEEDS)
def test_keyboard_alone(sqlite_ui: UI, seed: int, capsys: pytest.CaptureFixture[str]) -> None:
    ui = sqlite_ui
    ui.idle()
    # What the teacher can know: the hint in the status bar and F1.
    hint = ui.window.hint_label.text()
    assert "Ctrl+Enter: all present" in hint and "go to a student" in hint
    assert "row's number" in SHORTCUTS_HTML and "Ctrl+Enter" in SHORTCUTS_HTML
    wanted = exceptions(seed)
    counter = Counter(ui.qtbot)
    lesson = ui.window.controller.lesson
    assert lesson is not None and lesson.status == "planned"  # not started yet
    counter.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ui.qtbot.waitUntil(lambda: len(ui.model.unmarked_rows()) == 0 and bool(ui.model.rows))
    assert ui.view.hasFocus()
    for target in sorted(wanted):
        for step in keyboard_route(ui, ui.view.current_row(), target):
            if step in ("Down", "Up"):
                counter.key(getattr(Qt.Key, f"Key_{step}"))
            else:
                counter.text(step)
        assert ui.view.current_row() == target, counter.log
        counter.text(wanted[target])
    finish(ui, wanted)
    with capsys.disabled():
        print(f"\nseed {seed}: keyboard {counter.count} inputs: {' '.join(counter.log)}")
    assert counter.count <= KEYBOARD_LIMIT, counter.log


@pytest.mark.parametrize("seed", SEEDS)
def test_mouse(sqlite_ui: UI, seed: int, capsys: pytest.CaptureFixture[str]) -> None:
    ui = sqlite_ui
    ui.idle()
    wanted = exceptions(seed)
    counter = Counter(ui.qtbot)
    panel = ui.window.register_panel
    counter.click(panel.start_button, what="Start register")
    ui.qtbot.waitUntil(lambda: panel.all_present_button.isVisible())
    counter.click(panel.all_present_button, what="All present")
    ui.qtbot.waitUntil(lambda: len(ui.model.unmarked_rows()) == 0 and bool(ui.model.rows))
    ui.settle()
    view = ui.view
    codes = ui.model.codes
    bar = view.verticalScrollBar()
    for target in sorted(wanted):
        index = ui.model.index(target, COL_STATUS)
        while not view.viewport().rect().contains(view.visualRect(index)):
            counter.scroll(ui)
            down = view.visualRect(index).top() > 0
            bar.triggerAction(
                QAbstractSlider.SliderAction.SliderPageStepAdd
                if down
                else QAbstractSlider.SliderAction.SliderPageStepSub
            )
            QApplication.processEvents()
        while codes.get(ui.model.rows[target].code_id).code != wanted[target]:  # type: ignore[union-attr]
            counter.click(view.viewport(), view.visualRect(index).center(), f"row {target + 1}")
    finish(ui, wanted)
    with capsys.disabled():
        print(f"\nseed {seed}: mouse {counter.count} inputs: {', '.join(counter.log)}")
    assert counter.count <= MOUSE_LIMIT, counter.log
