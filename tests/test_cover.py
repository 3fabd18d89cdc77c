"""Cover (issue 14): the office gives an absent teacher's lessons to a colleague.

On both backends: a day's lessons move to the cover teacher's day and show there as
"Cover for …", the absent teacher's day (and All teachers) shows them "Covered by …";
a register already taken is refused with nothing written; a cover teacher who teaches
at that time is a clash the office must confirm; the cover teacher's register records
them as its taker.  On PostgreSQL, a teacher's login may not give cover (the database
refuses it) while an office login may, and the cover teacher's own login can start the
covered register while the absent teacher's cannot.  Then Register > Cover… driven
with the keyboard and the mouse in the real main window.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import psycopg
import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from attendance_desktop import cover, errors, lessons, staff
from attendance_desktop.db import repository
from attendance_desktop.db.models import (
    Attendance,
    ClassSession,
    Enrollment,
    SchoolClass,
    Student,
    Teacher,
)
from attendance_desktop.db.work import Database
from attendance_desktop.settings import Settings
from attendance_desktop.ui.cover_dialog import CoverDialog
from attendance_desktop.ui.main_window import MainWindow
from attendance_desktop.ui.operations import Operations
from attendance_desktop.ui.sessions_model import COL_CLASS, COL_STATUS, COL_TEACHER
from tests.test_register import FakeClock
from tests.test_rights import School, school  # noqa: F401 - the fixture, reused

DAY = date(2026, 12, 4)  # a Friday


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


@dataclass
class Staffroom:
    """Ms Rivera (away) teaches 9B at 09:00 and 7A at 10:00; Mr Young teaches 8C at
    10:00; Mx Patel is free all day.  Rivera also has 9B on the next day."""

    rivera: int
    young: int
    patel: int
    nine_b: int
    seven_a: int
    eight_c: int
    tomorrow: int


def make_staffroom(engine: Engine) -> Staffroom:
    with Session(engine) as session, session.begin():
        rivera, young, patel = (
            Teacher(display_name=name) for name in ("Ms Rivera", "Mr Young", "Mx Patel")
        )
        session.add_all([rivera, young, patel])
        session.flush()
        ids = []
        for name, teacher, start, day in (
            ("9B Maths", rivera, 9, DAY),
            ("7A Art", rivera, 10, DAY),
            ("8C Science", young, 10, DAY),
            ("9B Maths", rivera, 9, DAY + timedelta(days=1)),
        ):
            klass = session.scalar(select(SchoolClass).where(SchoolClass.name == name))
            if klass is None:
                klass = SchoolClass(name=name, room="B12", teacher_id=teacher.id)
                students = [Student(first_name=f"S{n}", last_name=name) for n in range(3)]
                session.add_all([klass, *students])
                session.flush()
                session.add_all(Enrollment(class_id=klass.id, student_id=s.id) for s in students)
            lesson = ClassSession(
                class_id=klass.id,
                teacher_id=teacher.id,
                room="B12",
                start_time=at(start, day=day),
                end_time=at(start, 50, day=day),
            )
            session.add(lesson)
            session.flush()
            ids.append(lesson.id)
        return Staffroom(rivera.id, young.id, patel.id, *ids)


@pytest.fixture
def room(engine: Engine) -> Staffroom:
    return make_staffroom(engine)


def day_of(engine: Engine, teacher_id: int | None) -> list[lessons.LessonRow]:
    with Session(engine) as session, session.begin():
        return lessons.load_day(session, at(0), at(0) + timedelta(days=1), teacher_id)


def give(engine: Engine, ids: list[int], to: int, **kwargs: Any) -> int:
    with Session(engine) as session, session.begin():
        return cover.give(session, ids, to, UTC, **kwargs)


def teacher_of(engine: Engine, lesson_id: int) -> tuple[int, int | None]:
    with Session(engine) as session:
        lesson = session.get(ClassSession, lesson_id)
        assert lesson is not None
        return lesson.teacher_id, lesson.cover_for_teacher_id


# --- the rules, both backends ---------------------------------------------------------------


def test_a_whole_day_moves_to_the_cover_teachers_day_and_shows_as_covered(
    engine: Engine, room: Staffroom
) -> None:
    with Session(engine) as session, session.begin():
        plan = cover.day_plan(session, DAY, UTC)
    mine = [lesson.id for lesson in cover.lessons_of(plan, room.rivera)]
    assert mine == [room.nine_b, room.seven_a]  # not tomorrow's
    assert [lesson.id for lesson in day_of(engine, room.patel)] == []

    assert give(engine, mine, room.patel) == 2

    patel = day_of(engine, room.patel)
    assert [(r.id, r.teacher_name, r.cover_for_name) for r in patel] == [
        (room.nine_b, "Mx Patel", "Ms Rivera"),
        (room.seven_a, "Mx Patel", "Ms Rivera"),
    ]
    rivera = day_of(engine, room.rivera)
    assert [(r.id, r.teacher_id, r.cover_for_teacher_id) for r in rivera] == [
        (room.nine_b, room.patel, room.rivera),
        (room.seven_a, room.patel, room.rivera),
    ]
    everyone = day_of(engine, None)
    assert sorted(r.id for r in everyone) == sorted([room.nine_b, room.seven_a, room.eight_c])
    assert teacher_of(engine, room.tomorrow) == (room.rivera, None)
    # Lessons not yet started still count their enrolled students.
    assert {r.total for r in patel} == {3}


def test_a_register_already_taken_is_refused_and_nothing_is_written(
    engine: Engine, room: Staffroom
) -> None:
    with Session(engine) as session, session.begin():
        repository.start_session(session, room.nine_b, actor=repository.Actor("Ms Rivera"))
    with pytest.raises(cover.CoverRefused) as refused:
        give(engine, [room.nine_b, room.seven_a], room.patel)
    assert "already taken by Ms Rivera" in str(refused.value)
    assert "Nothing was changed" in str(refused.value)
    # One transaction: the untaken lesson did not move either.
    assert teacher_of(engine, room.seven_a) == (room.rivera, None)
    assert teacher_of(engine, room.nine_b) == (room.rivera, None)
    # What the dialog shows before: the taken one stays, the other would move.
    with Session(engine) as session, session.begin():
        plan = cover.day_plan(session, DAY, UTC)
    check = cover.check(plan, {room.nine_b, room.seven_a}, room.patel, UTC)
    assert [p.lesson.id for p in check.refused] == [room.nine_b]
    assert [lesson.id for lesson in check.moving] == [room.seven_a]
    assert give(engine, [room.seven_a], room.patel) == 1


def test_a_clash_with_the_cover_teachers_own_lesson_needs_the_office_to_confirm(
    engine: Engine, room: Staffroom
) -> None:
    with pytest.raises(cover.CoverClash) as clash:
        give(engine, [room.seven_a], room.young)
    assert "Mr Young already teaches 8C Science at 10:00" in str(clash.value)
    assert teacher_of(engine, room.seven_a) == (room.rivera, None)
    # 9B at 09:00 does not clash: Young is free then.
    assert give(engine, [room.nine_b], room.young) == 1
    assert give(engine, [room.seven_a], room.young, allow_clash=True) == 1
    assert teacher_of(engine, room.seven_a) == (room.young, room.rivera)


def test_the_cover_teacher_takes_the_register_and_it_records_them(
    engine: Engine, room: Staffroom
) -> None:
    give(engine, [room.nine_b], room.patel)
    with Session(engine) as session, session.begin():
        repository.start_session(session, room.nine_b, actor=repository.Actor("Mx Patel"))
    with Session(engine) as session:
        rows = session.scalars(
            select(Attendance).where(Attendance.class_session_id == room.nine_b)
        ).all()
    assert len(rows) == 3 and {row.changed_by for row in rows} == {"Mx Patel"}
    with Session(engine) as session, session.begin():
        plan = cover.day_plan(session, DAY, UTC)
    taken = next(lesson for lesson in plan if lesson.id == room.nine_b)
    assert taken.taken_by == "Mx Patel" and taken.taken
    # Now taken, it cannot be moved again (not even back to its teacher).
    with pytest.raises(cover.CoverRefused):
        give(engine, [room.nine_b], room.rivera)


def test_giving_a_lesson_back_to_its_teacher_ends_the_cover(
    engine: Engine, room: Staffroom
) -> None:
    give(engine, [room.nine_b], room.patel)
    give(engine, [room.nine_b], room.young)  # another cover teacher: still Rivera's lesson
    assert teacher_of(engine, room.nine_b) == (room.young, room.rivera)
    give(engine, [room.nine_b], room.rivera)
    assert teacher_of(engine, room.nine_b) == (room.rivera, None)
    assert day_of(engine, room.young)[0].id == room.eight_c


def test_busy_notes_say_who_teaches_then(engine: Engine, room: Staffroom) -> None:
    with Session(engine) as session, session.begin():
        plan = cover.day_plan(session, DAY, UTC)
    notes = cover.busy_notes(plan, {room.seven_a}, UTC)
    assert notes == {room.young: "teaching 8C Science at 10:00"}
    assert cover.busy_notes(plan, {room.nine_b}, UTC) == {}


def test_on_sqlite_anyone_may_give_cover_and_on_the_server_its_owner(engine: Engine) -> None:
    with Session(engine) as session:
        assert cover.can_give_cover(session) is True  # the teachers' logins: see below


# --- who may, on the server -------------------------------------------------------------------


def test_a_teachers_login_cannot_give_cover_an_office_login_can(
    school: School,  # noqa: F811 - the fixture
) -> None:
    teacher0, teacher1 = (lesson.teacher_id for lesson in school.lessons)
    with Session(school.engine) as session, session.begin():
        klass = session.get(SchoolClass, school.lessons[0].class_id)
        assert klass is not None
        lesson = ClassSession(
            class_id=klass.id,
            teacher_id=teacher0,
            start_time=at(11),
            end_time=at(11, 50),
        )
        session.add(lesson)
        session.flush()
        lesson_id = lesson.id
    as_teacher = school.app(school.roles[0])
    try:
        assert as_teacher.run(cover.can_give_cover) is False
        with pytest.raises(errors.KnownError, match="Only the school office"):
            as_teacher.run(lambda s: cover.give(s, [lesson_id], teacher1, UTC))
        # Negative control: the database itself refuses the teacher moving a lesson.
        with (
            school.connect(school.roles[0]) as conn,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            conn.execute("UPDATE class_session SET teacher_id = %s WHERE id = %s",
                         (teacher1, lesson_id))  # fmt: skip
    finally:
        as_teacher.engine.dispose()
    assert teacher_of(school.engine, lesson_id) == (teacher0, None)

    staff.grant_office(school.engine, school.roles[1])
    office = school.app(school.roles[1])
    try:
        assert office.run(cover.can_give_cover) is True
        assert office.run(lambda s: cover.give(s, [lesson_id], teacher1, UTC)) == 1
    finally:
        office.engine.dispose()
    assert teacher_of(school.engine, lesson_id) == (teacher1, teacher0)


def test_the_cover_teachers_login_starts_the_register_the_absent_teachers_cannot(
    school: School,  # noqa: F811 - the fixture
) -> None:
    teacher0, teacher1 = (lesson.teacher_id for lesson in school.lessons)
    with Session(school.engine) as session, session.begin():
        lesson = ClassSession(
            class_id=school.lessons[0].class_id,
            teacher_id=teacher0,
            start_time=at(11),
            end_time=at(11, 50),
        )
        session.add(lesson)
        session.flush()
        lesson_id = lesson.id
        cover.give(session, [lesson_id], teacher1, UTC)  # the owner, as IT would
    absent = school.app(school.roles[0])
    covering = school.app(school.roles[1])
    try:
        # Row-level security hides the lesson from the absent teacher's lock on it.
        with pytest.raises(errors.KnownError):
            absent.run(
                lambda s: repository.start_session(s, lesson_id, actor=repository.Actor("T0"))
            )
        started = covering.run(
            lambda s: repository.start_session(s, lesson_id, actor=repository.Actor("Cover"))
        )
        assert started == 2
    finally:
        absent.engine.dispose()
        covering.engine.dispose()
    with Session(school.engine) as session:
        names = set(
            session.scalars(
                select(Attendance.changed_by).where(Attendance.class_session_id == lesson_id)
            )
        )
    assert names == {"Cover"}


# --- Register > Cover… in the main window -----------------------------------------------------


@dataclass
class CoverUI:
    engine: Engine
    room: Staffroom
    window: MainWindow
    operations: Operations
    qtbot: QtBot

    def idle(self) -> None:
        QApplication.processEvents()
        self.qtbot.waitUntil(lambda: self.operations.pending == 0, timeout=10_000)

    def class_cells(self, column: int = COL_CLASS) -> list[str]:
        model = self.window.sessions_model
        return [str(model.index(n, column).data()) for n in range(model.rowCount())]

    def open_dialog(self) -> CoverDialog:
        self.window.cover_action.trigger()
        dialog = self.window.cover_dialog
        assert isinstance(dialog, CoverDialog)
        self.qtbot.waitUntil(lambda: dialog.data is not None, timeout=10_000)
        return dialog


def build_cover_ui(
    engine: Engine, qtbot: QtBot, teacher_id: int | None = None
) -> Iterator[CoverUI]:
    room = make_staffroom(engine)
    operations = Operations(Database(engine))
    window = MainWindow(
        operations,
        Settings(teacher_id=teacher_id or room.rivera),
        clock=FakeClock(at(8, 30)),
        zone=UTC,
        keep_settings=False,
        live=False,
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    ui = CoverUI(engine, room, window, operations, qtbot)
    ui.idle()
    yield ui
    ui.idle()
    if shiboken6.isValid(window):
        window.close()
    operations.wait_for_done()


@pytest.fixture
def cover_ui(engine: Engine, qtbot: QtBot) -> Iterator[CoverUI]:
    yield from build_cover_ui(engine, qtbot)


def test_cover_dialog_gives_a_day_with_the_keyboard_and_both_days_say_so(
    cover_ui: CoverUI,
) -> None:
    ui = cover_ui
    assert ui.window.cover_action.isEnabled()  # SQLite: anyone; PostgreSQL: the owner
    assert ui.class_cells() == ["9B Maths", "7A Art"]
    dialog = ui.open_dialog()
    assert dialog.day() == DAY
    QTest.keyClicks(dialog.absent.filter_edit, "riv")
    assert dialog.absent_id() == ui.room.rivera
    assert dialog.lesson_box.currentText() == "All their lessons that day (2)"
    assert not dialog.give_button.isEnabled()  # nobody to cover yet
    # Two Tabs from the first name to the second (the day and lessons come after them:
    # a date field takes a Tab per section).
    dialog.activateWindow()
    dialog.absent.filter_edit.setFocus()
    for _ in range(2):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.covering.filter_edit
    QTest.keyClicks(dialog.covering.filter_edit, "pat")
    assert dialog.cover_id() == ui.room.patel
    assert dialog.covering.list_view.currentIndex().data() == "Mx Patel \u2014 free"
    what = [
        dialog.preview.topLevelItem(n).text(3) for n in range(dialog.preview.topLevelItemCount())
    ]
    assert what == ["To Mx Patel", "To Mx Patel"]
    assert "2 lessons will move to Mx Patel's day" in dialog.message.text()
    assert dialog.give_button.isEnabled()
    QTest.keyClick(dialog.covering.filter_edit, Qt.Key.Key_Return)
    ui.qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    ui.idle()
    assert teacher_of(ui.engine, ui.room.nine_b) == (ui.room.patel, ui.room.rivera)
    covered = "\u00b7 Covered by Mx Patel"
    assert ui.class_cells() == [f"9B Maths {covered}", f"7A Art {covered}"]
    assert ui.class_cells(COL_STATUS) == ["Covered", "Covered"]  # seen where the class is cut
    assert "2 lessons given to Mx Patel" in ui.window.statusBar().currentMessage()
    tip = ui.window.sessions_model.index(0, COL_CLASS).data(Qt.ItemDataRole.ToolTipRole)
    assert "Mx Patel covers it for Ms Rivera" in tip

    ui.window.set_teacher(ui.room.patel)  # the cover teacher's own window
    ui.idle()
    cover_for = "\u00b7 Cover for Ms Rivera"
    assert ui.class_cells() == [f"9B Maths {cover_for}", f"7A Art {cover_for}"]
    assert ui.class_cells(COL_STATUS) == ["Cover", "Cover"]
    lesson = ui.window.controller.lesson
    assert lesson is not None and lesson.teacher_label == "Mx Patel, cover for Ms Rivera"
    # All teachers: the covered lessons once each, with who covers them.
    ui.window.all_teachers_action.setChecked(True)
    ui.idle()
    assert ui.class_cells(COL_TEACHER) == ["Mx Patel (cover)", "Mx Patel (cover)", "Mr Young"]


def test_cover_dialog_one_lesson_a_clash_asks_and_a_taken_register_is_refused(
    cover_ui: CoverUI,
) -> None:
    ui = cover_ui
    with Session(ui.engine) as session, session.begin():
        repository.start_session(session, ui.room.nine_b, actor=repository.Actor("Ms Rivera"))
    dialog = ui.open_dialog()
    asked: list[str] = []
    answer = [False]

    def confirm(text: str) -> bool:
        asked.append(text)
        return answer[0]

    dialog.confirm_clash = confirm  # type: ignore[method-assign]
    dialog.absent.select_id(ui.room.rivera)
    dialog.covering.select_id(ui.room.young)
    assert "teaching 8C Science at 10:00" in dialog.covering.list_view.currentIndex().data()
    what = [
        dialog.preview.topLevelItem(n).text(3) for n in range(dialog.preview.topLevelItemCount())
    ]
    assert what[0].startswith("Stays: its register was already taken by Ms Rivera")
    assert what[1] == "To Mr Young, but Mr Young already teaches 8C Science at 10:00"
    # The one lesson left: 7A.
    dialog.lesson_box.setCurrentIndex(dialog.lesson_box.findData(ui.room.seven_a))
    assert dialog.chosen_lesson_ids() == [ui.room.seven_a]
    ui.qtbot.mouseClick(dialog.give_button, Qt.MouseButton.LeftButton)
    assert asked and "Mr Young already teaches 8C Science" in asked[0]
    ui.idle()
    assert teacher_of(ui.engine, ui.room.seven_a) == (ui.room.rivera, None)  # said no
    answer[0] = True
    ui.qtbot.mouseClick(dialog.give_button, Qt.MouseButton.LeftButton)
    ui.qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    ui.idle()
    assert teacher_of(ui.engine, ui.room.seven_a) == (ui.room.young, ui.room.rivera)
    assert teacher_of(ui.engine, ui.room.nine_b) == (ui.room.rivera, None)


def test_cover_dialog_another_day_and_a_register_taken_meanwhile(cover_ui: CoverUI) -> None:
    ui = cover_ui
    dialog = ui.open_dialog()
    dialog.absent.select_id(ui.room.rivera)
    dialog.date_edit.setDate(QDate(2026, 12, 5))
    ui.qtbot.waitUntil(lambda: dialog.data is not None and dialog.data.day == date(2026, 12, 5))
    assert dialog.chosen_lesson_ids() == [ui.room.tomorrow]
    dialog.covering.select_id(ui.room.patel)
    assert dialog.give_button.isEnabled()
    # Another computer starts the register while the office looks at the preview.
    with Session(ui.engine) as session, session.begin():
        repository.start_session(session, ui.room.tomorrow, actor=repository.Actor("Ms Rivera"))
    shown: list[str] = []
    import attendance_desktop.ui.cover_dialog as module

    original = module.show_known_error
    module.show_known_error = lambda _p, error: shown.append(str(error))  # type: ignore[assignment,return-value]
    try:
        ui.qtbot.mouseClick(dialog.give_button, Qt.MouseButton.LeftButton)
        ui.qtbot.waitUntil(lambda: bool(shown))
    finally:
        module.show_known_error = original
    assert "already taken by Ms Rivera" in shown[0]
    ui.idle()
    assert teacher_of(ui.engine, ui.room.tomorrow) == (ui.room.rivera, None)
    assert dialog.isVisible() and not dialog.give_button.isEnabled()  # read again: refused
