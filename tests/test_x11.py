"""The teacher's hands on a real X server (Xvfb + openbox, driven by xdotool).

Double clicks, window-manager frames and the screen's size behave differently on
the offscreen platform, so these tests run the app in a child process on a real
X server (tests/x11_support.py) and check the database afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.db.migrate import upgrade
from attendance_desktop.db.models import Attendance, AttendanceCode, ClassSession
from tests.factories import Lesson, make_lesson
from tests.x11_app import START
from tests.x11_support import App, XServer, require_x11, x_server

pytestmark = pytest.mark.slow


@pytest.fixture
def school(tmp_path: Path) -> tuple[Path, Lesson]:
    require_x11()
    database = tmp_path / "register.sqlite3"
    engine = create_app_engine(sqlite_url(database))
    upgrade(engine)
    lesson = make_lesson(engine, start=START)
    engine.dispose()
    return database, lesson


def marks(database: Path) -> dict[str, str | None]:
    engine = create_app_engine(sqlite_url(database))
    try:
        with Session(engine) as session:
            codes = {c.id: c.code for c in session.scalars(select(AttendanceCode))}
            return {
                str(a.id): codes.get(a.code_id) if a.code_id else None
                for a in session.scalars(select(Attendance))
            }
    finally:
        engine.dispose()


def lesson_status(database: Path, lesson: Lesson) -> str:
    engine = create_app_engine(sqlite_url(database))
    try:
        with Session(engine) as session:
            found = session.get(ClassSession, lesson.session_id)
            assert found is not None
            return found.status
    finally:
        engine.dispose()


@pytest.fixture
def screen_1366() -> Iterator[XServer]:
    with x_server(1366, 768) as server:
        yield server


def start_app(server: XServer, school: tuple[Path, Lesson], tmp_path: Path, *args: str) -> App:
    database, lesson = school
    return App(server, database, tmp_path / "state.json", str(lesson.teacher_id), *args)


def started(state: dict[str, Any]) -> bool:
    return state["lesson_status"] == "open" and bool(state["rows"]) and not state["loading"]


def test_a_double_click_on_a_status_marks_one_student_and_nothing_moves(
    screen_1366: XServer, school: tuple[Path, Lesson], tmp_path: Path
) -> None:
    # At this width the old heading wrapped when the first mark changed its counts, and
    # the table moved 14 px down between the two clicks.
    app = start_app(screen_1366, school, tmp_path, "--size=1200x700")
    try:
        app.wait(lambda s: s["buttons"]["start"]["visible"])
        state = app.settle(0.8)
        app.click(*state["buttons"]["start"]["centre"])
        app.wait(started)
        state = app.settle(0.8)
        view_before = state["view"]
        target = state["rows"][6]
        x, y = target["status_centre"]
        app.click(x, y - 5, repeat=2, delay_ms=120)  # in the upper half of the row
        state = app.settle(1.5)
        assert state["unsaved"] == 0
        shown = {r["name"]: r["code"] for r in state["rows"]}
        assert [name for name, code in shown.items() if code] == [target["name"]]
        assert state["view"] == view_before, "the table moved under the pointer"
    finally:
        app.close()
    stored = marks(school[0])
    assert sorted(c for c in stored.values() if c) == ["P"], stored


def test_a_double_click_on_start_register_starts_it_and_close_asks_first(
    screen_1366: XServer, school: tuple[Path, Lesson], tmp_path: Path
) -> None:
    database, lesson = school
    app = start_app(screen_1366, school, tmp_path)
    try:
        app.wait(lambda s: s["buttons"]["start"]["visible"])
        state = app.settle(0.8)
        app.click(*state["buttons"]["start"]["centre"], repeat=2, delay_ms=120)
        state = app.wait(started)
        state = app.settle(1.5)
        assert state["lesson_status"] == "open" and not state["dialogs"]
        assert lesson_status(database, lesson) == "open"

        # Close with nobody marked: it asks, and No (the default) keeps it open.
        app.click(*state["buttons"]["close"]["centre"], repeat=2, delay_ms=120)
        state = app.wait(lambda s: any("Close" in d["title"] for d in s["dialogs"]))
        assert "30 students are not marked" in state["dialogs"][0]["text"]
        app.key("Return")  # the default button: No
        state = app.wait(lambda s: not s["dialogs"])
        assert lesson_status(database, lesson) == "open"

        # Double-clicking Close (and saying Yes) closes it, and does not reopen it.
        app.click(*state["buttons"]["close"]["centre"], repeat=2, delay_ms=120)
        app.wait(lambda s: any("Close" in d["title"] for d in s["dialogs"]))
        app.key("y")
        state = app.wait(lambda s: s["lesson_status"] == "closed")
        state = app.settle(1.5)
        assert state["lesson_status"] == "closed"
    finally:
        app.close()
    assert lesson_status(database, lesson) == "closed"
    assert not any(marks(database).values())


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_the_windows_fit_the_screen(
    size: tuple[int, int], school: tuple[Path, Lesson], tmp_path: Path
) -> None:
    with x_server(*size) as server:
        app = start_app(server, school, tmp_path, "--reports")
        try:
            state = app.wait(
                lambda s: (
                    bool(s["rows"] or s["buttons"]["start"]["visible"]) and len(s["windows"]) >= 2
                )
            )
            state = app.settle(1.5)
            server.screenshot(tmp_path / f"screen-{size[0]}x{size[1]}.png")
        finally:
            app.close()
    ax, ay, aw, ah = state["available"]
    for window in state["windows"]:
        x, y, w, h = window["frame"]
        assert ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah, (window, size)
    _x, by, _w, bh = state["status_bar"]
    assert by + bh <= ay + ah, "the status bar (save state, find feedback) is off the screen"
