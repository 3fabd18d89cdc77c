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

And from the window to a started register (issue 14): on a school made only by
importing a OneRoster roster whose classes carry periods and the school's bell times
(no demo), the app opened during a lesson has that lesson selected, and one key
(Enter, or Ctrl+Enter for everyone present) starts its register: at most two inputs.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSlider, QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from attendance_desktop import roster
from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.db.migrate import upgrade
from attendance_desktop.db.models import Attendance, ClassSession, SchoolSetting, Teacher
from attendance_desktop.db.work import Database
from attendance_desktop.settings import Settings
from attendance_desktop.timetable import read_timetable
from attendance_desktop.timetable.school_day import import_plan
from attendance_desktop.ui.main_window import MainWindow, shortcuts_html
from attendance_desktop.ui.operations import Operations
from attendance_desktop.ui.register_model import COL_STATUS
from tests.factories import FIRST, LAST
from tests.test_register import UI, build_ui
from tests.test_roster_timetable import BELLS, CLASSES_HEADER, ENROLLMENTS, LONDON, MANIFEST, USERS

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
    shortcuts = shortcuts_html("P Present, A Absent", "P")
    assert "row's number" in shortcuts and "Ctrl+Enter" in shortcuts
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


# --- from the window to a started register, on an imported school ----------------------------
#
# Issue 14: a school that imported its roster (OneRoster, classes with periods) and its
# bell times opens the app during a lesson: the lesson on now is selected, and Enter (or
# Ctrl+Enter, everyone present) starts its register.  No demo, no lesson made by hand.

ROSTER_TEACHERS = (
    "t-1,,,true,org-1,teacher,arivera,,Ana,Rivera,,,arivera@example.org,,,,,\n"
    "t-2,,,true,org-1,teacher,cokafor,,Chidi,Okafor,,,,,,,,\n"
)
#: Wednesday 9 December 2026, 09:52 in London: period 2 (09:45-10:40) has begun.
IMPORTED_NOW = datetime(2026, 12, 9, 9, 52, tzinfo=UTC)
START_INPUTS_LIMIT = 2


def imported_school(folder: Path, students: int = 30) -> Path:
    """A OneRoster 1.1 bundle: Ana Rivera's Maths 9 meets in period 1 and her Science 9
    in periods 2 and 5, Chidi Okafor's English 9 in periods 2 and 3, every weekday;
    ``students`` in each."""
    folder.mkdir(exist_ok=True)
    (folder / "manifest.csv").write_text(MANIFEST)
    learners = "".join(
        f"s-{n},,,true,org-1,student,s{n},,{FIRST[n % len(FIRST)]},{LAST[n % len(LAST)]}{n}"
        ",,,,,,,09,\n"
        for n in range(students)
    )
    (folder / "users.csv").write_text(
        USERS.splitlines(keepends=True)[0] + ROSTER_TEACHERS + learners
    )
    (folder / "classes.csv").write_text(
        CLASSES_HEADER
        + "c-ma,,,Maths 9,09,,,scheduled,Room 101,org-1,,,,1\n"
        + 'c-sc,,,Science 9,09,,,scheduled,Lab 2,org-1,,,,"2,5"\n'
        + 'c-en,,,English 9,09,,,scheduled,Room 204,org-1,,,,"2,3"\n'
    )
    enrolments = ENROLLMENTS.splitlines(keepends=True)[0] + (
        "e-t1,,,c-ma,org-1,t-1,teacher,true,,\ne-t2,,,c-en,org-1,t-2,teacher,true,,\n"
        "e-t3,,,c-sc,org-1,t-1,teacher,true,,\n"
    )
    for n in range(students):
        enrolments += f"e-sc{n},,,c-sc,org-1,s-{n},student,false,,\n"
        enrolments += f"e-ma{n},,,c-ma,org-1,s-{n},student,false,,\n"
        enrolments += f"e-en{n},,,c-en,org-1,s-{n},student,false,,\n"
    (folder / "enrollments.csv").write_text(enrolments)
    return folder


@pytest.fixture
def imported_ui(
    tmp_path: Path, engine: Engine, qtbot: QtBot
) -> Iterator[tuple[MainWindow, Operations, Engine]]:
    """The main window of a school made only by importing its roster and bell times
    (both backends)."""
    plan = roster.read_roster(imported_school(tmp_path / "school"))
    assert plan.problems == []
    with Session(engine) as session, session.begin():
        session.merge(SchoolSetting(key="time_zone", value="Europe/London"))
        roster.apply_roster(session, plan, today=IMPORTED_NOW.date())
        bells = import_plan(session, read_timetable(BELLS, zone=LONDON))
        assert bells.problems == [] and bells.added == 6
        rivera = session.scalar(select(Teacher.id).where(Teacher.source_id == "t-1"))
        assert session.scalar(select(func.count()).select_from(ClassSession)) == 0
    operations = Operations(Database(engine))
    window = MainWindow(
        operations,
        Settings(teacher_id=rivera),
        clock=lambda: IMPORTED_NOW,
        keep_settings=False,
        live=False,
    )
    qtbot.addWidget(window)
    window.resize(*WINDOW)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.sessions_model.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: operations.pending == 0, timeout=10_000)
    yield window, operations, engine
    qtbot.waitUntil(lambda: operations.pending == 0, timeout=10_000)
    if shiboken6.isValid(window):
        window.close()
    operations.wait_for_done()


def stored_codes(engine: Engine, lesson_id: int) -> list[int | None]:
    with Session(engine) as session:
        return list(
            session.scalars(
                select(Attendance.code_id).where(Attendance.class_session_id == lesson_id)
            )
        )


@pytest.mark.parametrize("keys", ["Enter", "Ctrl+Enter"])
def test_imported_school_the_lesson_on_now_starts_in_at_most_two_inputs(
    imported_ui: tuple[MainWindow, Operations, Engine],
    keys: str,
    qtbot: QtBot,
    capsys: pytest.CaptureFixture[str],
) -> None:
    window, operations, engine = imported_ui
    counter = Counter(qtbot)
    # Opened at 09:52 on a Wednesday: the timetable made the day; period 2 is selected.
    model = window.sessions_model
    assert [row.class_name for row in model.rows] == ["Maths 9", "Science 9", "Science 9"]
    lesson = model.rows[1]
    assert lesson.status == "planned" and lesson.total == 30
    assert f"{lesson.start_time:%H:%M}" == "09:45"  # London is on UTC in December
    assert window.sessions_view.currentIndex().row() == 1
    assert window.controller.lesson is not None and window.controller.lesson.id == lesson.id
    qtbot.waitUntil(window.sessions_view.hasFocus)
    if keys == "Enter":
        counter.key(Qt.Key.Key_Return)
    else:
        counter.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    view = window.register_view
    qtbot.waitUntil(lambda: len(window.register_model.rows) == 30 and view.hasFocus())
    qtbot.waitUntil(lambda: operations.pending == 0 and window.writer.unsaved() == 0)
    codes = stored_codes(engine, lesson.id)
    assert len(codes) == 30  # started: a row per imported student
    if keys == "Ctrl+Enter":
        assert len(set(codes)) == 1 and codes[0] is not None  # everyone present
    else:
        assert set(codes) == {None}
    with capsys.disabled():
        print(f"\nimported school, {keys}: {counter.count} input(s): {' '.join(counter.log)}")
    assert counter.count <= START_INPUTS_LIMIT, counter.log
