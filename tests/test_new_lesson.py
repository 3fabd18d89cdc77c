"""Register > New lesson: ``repository.add_lesson`` and its rules, two computers adding the
same lesson at once, and the dialog a teacher uses between lessons (pytest-qt, offscreen,
both backends).  The database is read back with a fresh ``Session``."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event, func, select, text, update
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from attendance_desktop import errors
from attendance_desktop.db import repository
from attendance_desktop.db.engine import create_app_engine
from attendance_desktop.db.migrate import upgrade
from attendance_desktop.db.models import (
    BellPeriod,
    ClassSession,
    Enrollment,
    NonSchoolDay,
    SchoolClass,
    Student,
    Teacher,
)
from attendance_desktop.db.work import Database
from attendance_desktop.lessons import Period, PickerClass, classes_for_picker, periods_on
from attendance_desktop.ui.mark_writer import was_handled
from attendance_desktop.ui.new_lesson_dialog import (
    COL_STUDENTS,
    COL_TEACHER,
    NO_CLASSES,
    NewLessonDialog,
    default_start,
    default_times,
    lesson_times,
    open_new_lesson_dialog,
)
from attendance_desktop.ui.operations import Operations
from tests.factories import make_lesson

#: The school's zone: an hour ahead of UTC in November, so local and stored times differ.
BERLIN = ZoneInfo("Europe/Berlin")
DAY = date(2026, 11, 24)
#: 10:47 in Berlin.
NOW = datetime(2026, 11, 24, 9, 47, tzinfo=UTC)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(DAY, time(hour, minute), tzinfo=UTC)


def lessons(engine: Engine) -> list[ClassSession]:
    with Session(engine, expire_on_commit=False) as session:
        return list(session.scalars(select(ClassSession).order_by(ClassSession.id)))


def lesson_count(engine: Engine) -> int:
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(ClassSession)) or 0)


def add(engine: Engine, **kwargs: Any) -> tuple[int, bool]:
    """add_lesson in its own transaction, committed, as the worker runs it."""
    with Session(engine) as session:
        result = repository.add_lesson(session, **kwargs)
        session.commit()
        return result


@dataclass
class School:
    """Two teachers and their classes, as a roster import leaves them: no lessons."""

    me: int
    other: int
    #: Class name -> id.
    classes: dict[str, int] = field(default_factory=dict)


def make_school(engine: Engine, *, with_classes: bool = True, mine: bool = True) -> School:
    with Session(engine) as session, session.begin():
        me = Teacher(display_name="Ms Rivera")
        other = Teacher(display_name="Mr Okafor")
        session.add_all([me, other])
        session.flush()
        school = School(me.id, other.id)
        if not with_classes:
            return school
        owner = me if mine else other
        specs = [
            # name, subject, room, teacher, students, active
            ("10A", "Maths", "B12", owner, 3, True),
            ("7A", "Maths", "B12", owner, 4, True),
            ("9B", "Statistics", "B14", owner, 2, True),
            ("8C", "Physics", "Lab 2", other, 5, True),
            ("7B", "Maths", "B10", other, 1, True),
            ("6Z", "Old course", "B1", owner, 1, False),
        ]
        for number, (name, subject, room, teacher, students, active) in enumerate(specs):
            klass = SchoolClass(
                name=name, subject=subject, room=room, teacher=teacher, active=active
            )
            people = [
                Student(first_name="Ava", last_name=f"Abbott{number}-{i}") for i in range(students)
            ]
            session.add_all([klass, *people])
            session.flush()
            session.add_all([Enrollment(class_id=klass.id, student_id=p.id) for p in people])
            school.classes[name] = klass.id
        # Not counted: a student who left 7A, and an inactive student in 7A.
        left = Student(first_name="Ben", last_name="Brennan")
        gone = Student(first_name="Chloé", last_name="Cho", active=False)
        session.add_all([left, gone])
        session.flush()
        session.add_all(
            [
                Enrollment(class_id=school.classes["7A"], student_id=left.id, end_date=DAY),
                Enrollment(class_id=school.classes["7A"], student_id=gone.id),
            ]
        )
        return school


# --- the rules ----------------------------------------------------------------------------


def test_add_lesson_makes_a_planned_lesson_in_the_class_room(engine: Engine) -> None:
    school = make_school(engine)
    start = datetime(2026, 11, 24, 10, 45, tzinfo=BERLIN)
    lesson_id, created = add(
        engine,
        class_id=school.classes["8C"],
        teacher_id=school.me,  # covering Mr Okafor's class
        start=start,
        end=start + timedelta(minutes=60),
    )
    assert created
    [lesson] = lessons(engine)
    assert lesson.id == lesson_id
    assert (lesson.class_id, lesson.teacher_id) == (school.classes["8C"], school.me)
    assert lesson.status == "planned"
    assert lesson.room == "Lab 2"
    assert lesson.start_time == at(9, 45) and lesson.start_time.tzinfo == UTC
    assert lesson.end_time == at(10, 45)


def test_a_room_given_is_kept(engine: Engine) -> None:
    school = make_school(engine)
    add(
        engine,
        class_id=school.classes["7A"],
        teacher_id=school.me,
        start=at(9),
        end=at(10),
        room="  Hall ",
    )
    assert [lesson.room for lesson in lessons(engine)] == ["Hall"]


def test_an_overlapping_lesson_of_the_class_is_given_back_on_any_teacher(engine: Engine) -> None:
    existing = make_lesson(engine, students=3, start=at(9))  # 09:00-09:50, Ms Rivera
    with Session(engine) as session, session.begin():
        cover = Teacher(display_name="Mr Okafor")
        session.add(cover)
        session.flush()
        cover_id = cover.id

    for start, end in [(at(9), at(9, 50)), (at(9, 30), at(10, 30)), (at(8), at(9, 1))]:
        assert add(
            engine, class_id=existing.class_id, teacher_id=cover_id, start=start, end=end
        ) == (existing.session_id, False)
    assert [lesson.id for lesson in lessons(engine)] == [existing.session_id]
    assert lessons(engine)[0].teacher_id == existing.teacher_id  # nothing changed


def test_lessons_that_only_touch_are_separate(engine: Engine) -> None:
    school = make_school(engine)
    klass = school.classes["9B"]
    first = add(engine, class_id=klass, teacher_id=school.me, start=at(9), end=at(10))
    second = add(engine, class_id=klass, teacher_id=school.me, start=at(10), end=at(11))
    before = add(engine, class_id=klass, teacher_id=school.me, start=at(8), end=at(9))
    assert first[1] and second[1] and before[1]
    assert len({first[0], second[0], before[0]}) == 3
    # Another class at the same time is another lesson too.
    other = add(
        engine, class_id=school.classes["7A"], teacher_id=school.me, start=at(9), end=at(10)
    )
    assert other[1]
    assert lesson_count(engine) == 4


@pytest.mark.parametrize(
    "problem",
    [
        "ends when it starts",
        "ends before it starts",
        "class not in use",
        "class gone",
        "teacher not in use",
        "teacher gone",
    ],
)
def test_refused_in_plain_words_with_nothing_written(engine: Engine, problem: str) -> None:
    school = make_school(engine)
    kwargs: dict[str, Any] = {
        "class_id": school.classes["7A"],
        "teacher_id": school.me,
        "start": at(9),
        "end": at(10),
    }
    if problem == "ends when it starts":
        kwargs["end"] = at(9)
    elif problem == "ends before it starts":
        kwargs["end"] = at(8, 55)
    elif problem == "class not in use":
        kwargs["class_id"] = school.classes["6Z"]
    elif problem == "class gone":
        kwargs["class_id"] = max(school.classes.values()) + 100
    elif problem == "teacher not in use":
        with Session(engine) as session, session.begin():
            session.execute(update(Teacher).where(Teacher.id == school.me).values(active=False))
    else:
        kwargs["teacher_id"] = school.other + 100

    with pytest.raises(errors.KnownError) as refused:
        add(engine, **kwargs)
    message = refused.value.message
    assert message and "Traceback" not in message and "class_session" not in message
    if problem.startswith("ends"):
        assert message == "A lesson has to end after it starts."
    elif problem == "class not in use":
        assert message.startswith("6Z is no longer in use")
    elif problem == "teacher not in use":
        assert message.startswith("Ms Rivera is no longer an active teacher")
    assert lesson_count(engine) == 0


def test_a_naive_time_is_a_bug_not_a_guess(engine: Engine) -> None:
    school = make_school(engine)
    with pytest.raises(ValueError, match="naive"):
        add(
            engine,
            class_id=school.classes["7A"],
            teacher_id=school.me,
            start=datetime(2026, 11, 24, 9, 0),
            end=at(10),
        )
    assert lesson_count(engine) == 0


def test_classes_for_the_picker_mine_first_in_a_school_order(engine: Engine) -> None:
    school = make_school(engine)
    with Session(engine) as session:
        found = classes_for_picker(session, school.me, day=DAY)
        theirs = classes_for_picker(session, school.other, day=DAY)
    assert [c.name for c in found] == ["7A", "9B", "10A", "7B", "8C"]  # 6Z is not in use
    assert [c.name for c in theirs] == ["7B", "8C", "7A", "9B", "10A"]
    seven_a = found[0]
    assert seven_a == PickerClass(
        class_id=school.classes["7A"],
        name="7A",
        subject="Maths",
        room="B12",
        teacher_id=school.me,
        teacher_name="Ms Rivera",
        student_count=4,  # not the one who left, nor the inactive one
    )
    assert [c.student_count for c in found] == [4, 2, 3, 1, 5]
    assert found[3].teacher_name == "Mr Okafor"


# --- two computers at once ------------------------------------------------------------------


def test_two_computers_adding_the_same_lesson_at_once_make_one(engine: Engine) -> None:
    """A smoke test on both backends: released together, one creates, the other reuses.

    Whether the two really overlap here is up to the scheduler; the two PostgreSQL
    tests below force the overlap, with the lock and without it.
    """
    school = make_school(engine)
    klass = school.classes["7A"]
    barrier = threading.Barrier(2, timeout=10)
    results: list[tuple[int, bool]] = []
    failures: list[BaseException] = []

    def computer(teacher_id: int) -> None:
        try:
            with Session(engine) as session:
                barrier.wait()
                result = repository.add_lesson(
                    session, class_id=klass, teacher_id=teacher_id, start=at(9), end=at(10)
                )
                session.commit()
                results.append(result)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=computer, args=(t,)) for t in (school.me, school.other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not failures
    assert len(results) == 2
    assert sorted(created for _, created in results) == [False, True]
    assert results[0][0] == results[1][0]
    assert lesson_count(engine) == 1


@dataclass
class Computer:
    """One classroom PC's transaction, run on its own thread and stopped where the test says."""

    session: Session
    pid: int
    result: tuple[int, bool] | None = None
    error: BaseException | None = None
    thread: threading.Thread | None = None

    def start(self, call: Callable[[Session], tuple[int, bool]]) -> None:
        def run() -> None:
            try:
                self.result = call(self.session)
            except BaseException as exc:
                self.error = exc

        self.thread = threading.Thread(target=run)
        self.thread.start()

    def finish(self, timeout: float = 10) -> tuple[int, bool]:
        assert self.thread is not None
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "add_lesson did not return"
        if self.error is not None:
            raise self.error
        assert self.result is not None
        return self.result


@pytest.fixture
def pg_engine(pg_url: URL) -> Iterator[Engine]:
    engine = create_app_engine(pg_url)
    upgrade(engine)
    yield engine
    engine.dispose()


def _computer(engine: Engine) -> Computer:
    session = Session(engine)
    pid = int(session.scalar(text("SELECT pg_backend_pid()")) or 0)  # begins its transaction
    return Computer(session, pid)


def _blocked_by(engine: Engine, waiting: int) -> list[int]:
    with engine.connect() as conn:
        return list(conn.scalar(text("SELECT pg_blocking_pids(:pid)"), {"pid": waiting}) or [])


def _add_nine_to_ten(class_id: int, teacher_id: int) -> Callable[[Session], tuple[int, bool]]:
    def call(session: Session) -> tuple[int, bool]:
        return repository.add_lesson(
            session, class_id=class_id, teacher_id=teacher_id, start=at(9), end=at(10)
        )

    return call


@pytest.mark.postgres
def test_postgresql_second_computer_waits_for_the_first_and_gets_its_lesson(
    pg_engine: Engine, qtbot: QtBot
) -> None:
    """Deterministic: A has added the lesson but not committed; B must wait, then reuse it."""
    school = make_school(pg_engine)
    klass = school.classes["7A"]
    first, second = _computer(pg_engine), _computer(pg_engine)
    try:
        first.start(_add_nine_to_ten(klass, school.me))
        lesson_id, created = first.finish()
        assert created  # in first's transaction, not committed yet

        second.start(_add_nine_to_ten(klass, school.other))
        # second is held on the class row's lock, by first's transaction.
        qtbot.waitUntil(lambda: first.pid in _blocked_by(pg_engine, second.pid), timeout=10_000)
        assert second.thread is not None and second.thread.is_alive()

        first.session.commit()
        assert second.finish() == (lesson_id, False)
        second.session.commit()
    finally:
        first.session.close()
        second.session.close()
    assert [lesson.id for lesson in lessons(pg_engine)] == [lesson_id]


@pytest.mark.postgres
def test_postgresql_without_the_lock_check_then_insert_makes_two_lessons(
    pg_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The negative control: the same add_lesson with the class row read unlocked.

    First inserts and has not committed; second's check cannot see that row, so it
    inserts another.  This is the race the lock closes.
    """

    def unlocked(session: Session, class_id: int) -> SchoolClass | None:
        return session.get(SchoolClass, class_id)

    monkeypatch.setattr(repository, "_lock_class", unlocked)
    school = make_school(pg_engine)
    klass = school.classes["7A"]
    first, second = _computer(pg_engine), _computer(pg_engine)
    try:
        first.start(_add_nine_to_ten(klass, school.me))
        first_id, first_created = first.finish()
        second.start(_add_nine_to_ten(klass, school.other))
        second_id, second_created = second.finish()  # not held up: nothing locked
        first.session.commit()
        second.session.commit()
    finally:
        first.session.close()
        second.session.close()
    assert first_created and second_created and first_id != second_id
    assert lesson_count(pg_engine) == 2  # two registers for one lesson


# --- the times ------------------------------------------------------------------------------


def test_default_start_is_now_rounded_down_today_else_nine() -> None:
    assert default_start(DAY, NOW, BERLIN) == time(10, 45)
    assert default_start(DAY, NOW.replace(minute=45), BERLIN) == time(10, 45)
    assert default_start(DAY, NOW.replace(minute=44, second=59), BERLIN) == time(10, 40)
    assert default_start(DAY + timedelta(days=1), NOW, BERLIN) == time(9, 0)
    # 23:58 UTC on the 24th is already the 25th in Berlin.
    late = datetime(2026, 11, 24, 23, 58, tzinfo=UTC)
    assert default_start(date(2026, 11, 25), late, BERLIN) == time(0, 55)
    assert default_start(DAY, late, BERLIN) == time(9, 0)


#: A school's bell times (Berlin time): a break from 10:40 to 11:00.
BELLS = [
    Period("1", time(8, 50), time(9, 45)),
    Period("2", time(9, 45), time(10, 40)),
    Period("3", time(11, 0), time(11, 55)),
    Period("4", time(11, 55), time(12, 50)),
]


def test_default_times_are_the_period_on_now_else_the_next_one() -> None:
    def local(hour: int, minute: int) -> datetime:
        return datetime.combine(DAY, time(hour, minute), tzinfo=BERLIN)

    # During period 2: its start and length, not the key press.
    assert default_times(DAY, local(10, 2), BERLIN, BELLS) == (time(9, 45), 55, "2")
    # In the break (NOW is 10:47 in Berlin): the next period.
    assert default_times(DAY, NOW, BERLIN, BELLS) == (time(11, 0), 55, "3")
    assert default_times(DAY, local(11, 55), BERLIN, BELLS) == (time(11, 55), 55, "4")
    # Before school: the first period; after the last: now, as with no bell times.
    assert default_times(DAY, local(7, 30), BERLIN, BELLS) == (time(8, 50), 55, "1")
    assert default_times(DAY, local(15, 3), BERLIN, BELLS) == (time(15, 0), None, "")
    assert default_times(DAY, NOW, BERLIN, []) == (time(10, 45), None, "")
    # Another day: its first period (09:00 without bell times).
    tomorrow = DAY + timedelta(days=1)
    assert default_times(tomorrow, NOW, BERLIN, BELLS) == (time(8, 50), 55, "1")
    assert default_times(tomorrow, NOW, BERLIN, []) == (time(9, 0), None, "")


def test_periods_on_a_day_follow_the_bell_times_and_none_on_a_holiday(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        session.add_all(
            [
                BellPeriod(
                    period="2", start_time=time(9, 45), end_time=time(10, 40), days="Mon-Fri"
                ),
                BellPeriod(
                    period="1", start_time=time(8, 50), end_time=time(9, 45), days="Mon-Fri"
                ),
                BellPeriod(period="3", start_time=time(11, 0), end_time=time(11, 40), days="Wed"),
                NonSchoolDay(
                    first_date=date(2026, 12, 21), last_date=date(2027, 1, 1), name="Winter"
                ),
            ]
        )
    with Session(engine) as session:
        tuesday = periods_on(session, DAY)
        wednesday = periods_on(session, DAY + timedelta(days=1))
        holiday = periods_on(session, date(2026, 12, 22))
    assert [p.name for p in tuesday] == ["1", "2"]
    assert [p.name for p in wednesday] == ["1", "2", "3"]
    assert holiday == []


def test_lesson_times_are_school_time_stored_utc_and_last_their_length() -> None:
    assert lesson_times(DAY, time(10, 45), 60, BERLIN) == (at(9, 45), at(10, 45))
    # Across the spring clock change (02:00 -> 03:00), still two hours long.
    start, end = lesson_times(date(2026, 3, 29), time(1, 30), 120, BERLIN)
    assert end - start == timedelta(hours=2)
    assert start == datetime(2026, 3, 29, 0, 30, tzinfo=UTC)


# --- the dialog -----------------------------------------------------------------------------


@dataclass
class Picker:
    dialog: NewLessonDialog
    operations: Operations
    school: School
    #: A second engine on the same database, for the test's own reads and writes.
    db: Engine
    qtbot: QtBot
    created: list[tuple[int, bool]]
    failures: list[BaseException]

    def idle(self) -> None:
        QApplication.processEvents()
        self.qtbot.waitUntil(lambda: self.operations.pending == 0, timeout=10_000)

    def key(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        QTest.keyClick(self.dialog.focusWidget() or self.dialog, key, modifier)

    def type(self, text_: str) -> None:
        QTest.keyClicks(self.dialog.focusWidget() or self.dialog, text_)

    def chosen(self) -> str | None:
        found = self.dialog.selected_class()
        return found.name if found is not None else None

    def error_boxes(self) -> list[QMessageBox]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "knownErrorBox" and w.isVisible()
        ]


@contextmanager
def build_picker(
    engine: Engine, qtbot: QtBot, *, day: date = DAY, with_classes: bool = True, mine: bool = True
) -> Iterator[Picker]:
    """The dialog over a window, opened as the main window opens it, its classes loaded."""
    school = make_school(engine, with_classes=with_classes, mine=mine)
    checkouts: list[str] = []

    def on_checkout(*_: object) -> None:
        if threading.current_thread() is threading.main_thread():
            checkouts.append("".join(__import__("traceback").format_stack(limit=12)))

    event.listen(engine, "checkout", on_checkout)
    operations = Operations(Database(engine))
    failures: list[BaseException] = []
    operations.failed.connect(failures.append)
    window = QWidget()
    window.resize(900, 700)
    qtbot.addWidget(window)
    window.show()
    created: list[tuple[int, bool]] = []
    dialog = open_new_lesson_dialog(
        window,
        operations,
        teacher_id=school.me,
        day=day,
        zone=BERLIN,
        clock=lambda: NOW,
        on_created=lambda lesson_id, made: created.append((lesson_id, made)),
    )
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    db = create_app_engine(engine.url)
    picker = Picker(dialog, operations, school, db, qtbot, created, failures)
    qtbot.waitUntil(lambda: dialog.loaded or dialog.problem_label.isVisible(), timeout=10_000)
    picker.idle()
    yield picker
    for box in picker.error_boxes():
        box.close()
    operations.wait_for_done()
    QApplication.processEvents()
    db.dispose()
    event.remove(engine, "checkout", on_checkout)
    assert not checkouts, "the UI thread opened a database connection:\n" + checkouts[0]


@pytest.fixture
def picker(engine: Engine, qtbot: QtBot) -> Iterator[Picker]:
    with build_picker(engine, qtbot) as built:
        yield built


def test_the_dialog_opens_ready_to_type_with_todays_defaults(picker: Picker) -> None:
    dialog = picker.dialog
    assert dialog.isVisible() and dialog.isModal()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    picker.qtbot.waitUntil(dialog.filter_edit.hasFocus)
    assert dialog.date_edit.date() == QDate(2026, 11, 24)
    assert dialog.date_note.text() == "today"
    assert dialog.start_edit.time() == QTime(10, 45)  # 10:47 in Berlin, rounded down
    assert dialog.length_spin.value() == 60
    assert (dialog.length_spin.minimum(), dialog.length_spin.maximum()) == (5, 480)
    assert dialog.ends_label.text() == "until 11:45"
    assert dialog.take_button.text() == "Take register"
    # My classes, as a school counts them; nothing chosen yet, so Enter cannot guess.
    assert dialog.visible_classes() == ["7A", "9B", "10A"]
    assert dialog.class_view.isColumnHidden(COL_TEACHER)
    assert picker.chosen() is None
    assert not dialog.take_button.isEnabled()
    assert dialog.room_edit.text() == ""
    assert dialog.times() == (at(9, 45), at(10, 45))

    # Up and Down in the filter move through the list; the room follows the class.
    picker.key(Qt.Key.Key_Down)
    assert picker.chosen() == "7A" and dialog.filter_edit.hasFocus()
    assert dialog.room_edit.text() == "B12"
    assert dialog.take_button.isEnabled()
    picker.key(Qt.Key.Key_Down)
    assert picker.chosen() == "9B" and dialog.room_edit.text() == "B14"
    # A room the teacher typed stays when they change class.
    dialog.room_edit.setFocus()
    dialog.room_edit.selectAll()
    picker.type("Hall")
    dialog.filter_edit.setFocus()
    picker.key(Qt.Key.Key_Up)
    assert picker.chosen() == "7A" and dialog.room_edit.text() == "Hall"
    assert dialog.class_view.model().index(0, COL_STUDENTS).data() == "4"


def test_another_day_starts_at_nine_until_the_date_becomes_today(
    engine: Engine, qtbot: QtBot
) -> None:
    with build_picker(engine, qtbot, day=DAY + timedelta(days=1)) as picker:
        dialog = picker.dialog
        assert dialog.date_note.text() == "tomorrow"
        assert dialog.start_edit.time() == QTime(9, 0)
        dialog.date_edit.setDate(QDate(2026, 11, 24))
        assert dialog.start_edit.time() == QTime(10, 45)
        assert dialog.date_note.text() == "today"
        # Once the teacher has set a time, changing the date keeps it.
        dialog.start_edit.setTime(QTime(13, 10))
        dialog.date_edit.setDate(QDate(2026, 11, 27))
        assert dialog.start_edit.time() == QTime(13, 10)
        assert dialog.date_note.text() == ""
        assert dialog.times() == (
            datetime(2026, 11, 27, 12, 10, tzinfo=UTC),
            datetime(2026, 11, 27, 13, 10, tzinfo=UTC),
        )


def test_show_all_classes_lists_the_others_after_mine(picker: Picker) -> None:
    dialog = picker.dialog
    picker.key(Qt.Key.Key_Down)
    assert picker.chosen() == "7A"
    QTest.mouseClick(dialog.show_all_box, Qt.MouseButton.LeftButton)
    assert dialog.visible_classes() == ["7A", "9B", "10A", "7B", "8C"]  # never 6Z, not in use
    assert not dialog.class_view.isColumnHidden(COL_TEACHER)
    model = dialog.class_view.model()
    assert [model.index(r, COL_TEACHER).data() for r in range(5)] == ["You"] * 3 + ["Mr Okafor"] * 2
    assert picker.chosen() == "7A"  # the choice survives
    assert dialog.filter_edit.hasFocus()
    QTest.mouseClick(dialog.show_all_box, Qt.MouseButton.LeftButton)
    assert dialog.visible_classes() == ["7A", "9B", "10A"]


def test_typing_filters_and_enter_takes_the_register(picker: Picker) -> None:
    dialog = picker.dialog
    picker.type("8c")
    assert dialog.visible_classes() == []
    assert "None of your classes matches \u201c8c\u201d" in dialog.list_note.text()
    assert dialog.list_note.isVisible()
    picker.key(Qt.Key.Key_Return)  # nothing chosen: nothing happens
    assert dialog.isVisible() and not dialog.saving

    QTest.mouseClick(dialog.show_all_box, Qt.MouseButton.LeftButton)  # a cover lesson
    assert dialog.visible_classes() == ["8C"] and picker.chosen() == "8C"
    assert dialog.room_edit.text() == "Lab 2"
    assert not dialog.list_note.isVisible()
    dialog.length_spin.setValue(50)

    picker.key(Qt.Key.Key_Return)
    picker.qtbot.waitUntil(lambda: bool(picker.created), timeout=10_000)
    [(lesson_id, created)] = picker.created
    assert created
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    [lesson] = lessons(picker.db)
    assert lesson.id == lesson_id
    assert (lesson.class_id, lesson.teacher_id) == (picker.school.classes["8C"], picker.school.me)
    assert (lesson.start_time, lesson.end_time) == (at(9, 45), at(10, 35))
    assert (lesson.room, lesson.status) == ("Lab 2", "planned")
    assert picker.failures == []


def test_typing_picks_the_first_match(picker: Picker) -> None:
    dialog = picker.dialog
    picker.type("maths")
    assert dialog.visible_classes() == ["7A", "10A"] and picker.chosen() == "7A"
    picker.type(" 10")
    assert dialog.visible_classes() == ["10A"] and picker.chosen() == "10A"
    picker.key(Qt.Key.Key_Backspace)
    picker.key(Qt.Key.Key_Backspace)
    picker.key(Qt.Key.Key_Backspace)
    assert picker.chosen() == "7A"  # the first match again
    picker.type(" b14")  # the room
    assert dialog.visible_classes() == [] and picker.chosen() is None
    assert not dialog.take_button.isEnabled()


def test_a_lesson_that_exists_already_is_given_back(picker: Picker) -> None:
    existing = add(
        picker.db,
        class_id=picker.school.classes["9B"],
        teacher_id=picker.school.other,
        start=at(9, 30),
        end=at(10, 30),
    )
    picker.type("9b")
    picker.key(Qt.Key.Key_Enter)
    picker.qtbot.waitUntil(lambda: bool(picker.created), timeout=10_000)
    assert picker.created == [(existing[0], False)]
    assert lesson_count(picker.db) == 1


def test_enter_twice_while_saving_makes_one_lesson_and_the_buttons_wait(picker: Picker) -> None:
    dialog = picker.dialog
    picker.type("7a")
    picker.key(Qt.Key.Key_Return)
    # The answer comes back through the event loop, which has not run yet.
    assert dialog.saving
    assert not dialog.take_button.isEnabled() and not dialog.cancel_button.isEnabled()
    picker.key(Qt.Key.Key_Return)
    picker.key(Qt.Key.Key_Escape)  # waits for the answer rather than losing it
    assert dialog.isVisible()
    picker.qtbot.waitUntil(lambda: bool(picker.created), timeout=10_000)
    picker.idle()
    assert len(picker.created) == 1 and picker.created[0][1]
    assert lesson_count(picker.db) == 1


def test_a_refused_request_keeps_the_dialog_open_with_what_was_typed(picker: Picker) -> None:
    dialog = picker.dialog
    picker.type("7a")
    dialog.length_spin.setValue(45)
    dialog.room_edit.setText("Hall")
    # Meanwhile a roster import on another computer withdraws 7A.
    with Session(picker.db) as session, session.begin():
        session.execute(
            update(SchoolClass)
            .where(SchoolClass.id == picker.school.classes["7A"])
            .values(active=False)
        )
    picker.key(Qt.Key.Key_Return)
    picker.qtbot.waitUntil(lambda: bool(picker.error_boxes()), timeout=10_000)
    picker.idle()
    [box] = picker.error_boxes()
    assert box.text().startswith("7A is no longer in use")
    assert box.informativeText() == "What to do: Choose another class."
    assert box.parent() is dialog
    assert dialog.isVisible() and not dialog.saving
    assert dialog.problem_label.isVisible()
    assert dialog.problem_label.text().startswith("The lesson was not added. 7A is no longer")
    assert dialog.take_button.isEnabled() and dialog.cancel_button.isEnabled()
    assert (dialog.filter_edit.text(), picker.chosen()) == ("7a", "7A")
    assert (dialog.length_spin.value(), dialog.room_edit.text()) == (45, "Hall")
    assert picker.created == [] and lesson_count(picker.db) == 0
    # Shown here once; the main window's catch-all is told to leave it.
    [failure] = picker.failures
    assert isinstance(failure, errors.KnownError) and was_handled(failure)

    box.close()
    picker.key(Qt.Key.Key_Escape)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert picker.created == []


def test_a_school_without_classes_says_where_they_come_from(engine: Engine, qtbot: QtBot) -> None:
    with build_picker(engine, qtbot, with_classes=False) as picker:
        dialog = picker.dialog
        assert dialog.message_label.text().replace("\u00a0", " ") == NO_CLASSES
        assert NO_CLASSES == (
            "There are no classes yet. Import your school's roster with File > Import roster…"
        )
        assert dialog.message_label.isVisible()
        assert not dialog.class_view.isVisible() and not dialog.filter_edit.isVisible()
        assert not dialog.take_button.isVisible()
        assert dialog.cancel_button.text() == "Close" and dialog.cancel_button.hasFocus()
        picker.key(Qt.Key.Key_Return)  # Close is the only button: Enter closes
        assert not shiboken6.isValid(dialog) or not dialog.isVisible()
        assert picker.created == [] and lesson_count(picker.db) == 0


def test_a_teacher_without_classes_of_their_own_sees_every_class(
    engine: Engine, qtbot: QtBot
) -> None:
    with build_picker(engine, qtbot, mine=False) as picker:
        dialog = picker.dialog
        assert dialog.show_all_box.isChecked()
        assert dialog.visible_classes() == ["7A", "7B", "8C", "9B", "10A"]
        assert "no classes of your own" in dialog.list_note.text()
        picker.type("7b")
        picker.key(Qt.Key.Key_Return)
        picker.qtbot.waitUntil(lambda: bool(picker.created), timeout=10_000)
        [lesson] = lessons(picker.db)
        assert (lesson.class_id, lesson.teacher_id) == (
            picker.school.classes["7B"],
            picker.school.me,
        )


def test_tab_goes_search_list_take_register_and_still_reaches_every_field(picker: Picker) -> None:
    dialog = picker.dialog
    picker.qtbot.waitUntil(dialog.filter_edit.hasFocus)
    picker.type("7")
    walk = []
    for _ in range(12):
        picker.key(Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is dialog.filter_edit:
            break
        # A spin box's own text field stands for the spin box.
        owner = focused.parentWidget() if focused is not None else None
        walk.append(
            owner if owner in (dialog.date_edit, dialog.start_edit, dialog.length_spin) else focused
        )
    # Two Tabs from the search to "Take register", not seven through the date and times.
    assert walk[:2] == [dialog.class_view, dialog.take_button]
    for control in (
        dialog.show_all_box,
        dialog.date_edit,
        dialog.start_edit,
        dialog.length_spin,
        dialog.room_edit,
    ):
        assert control in walk, control.objectName()  # reachable, after the buttons
    # And at once by their Alt letters.
    picker.key(Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert dialog.date_edit.hasFocus()
    dialog.filter_edit.setFocus()
    picker.key(Qt.Key.Key_Tab)
    picker.key(Qt.Key.Key_Tab)
    assert dialog.take_button.hasFocus() and dialog.take_button.isEnabled()
    picker.key(Qt.Key.Key_Space)
    picker.idle()
    assert len(picker.created) == 1


def add_bells(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        session.add_all(
            BellPeriod(period=p.name, start_time=p.start, end_time=p.end, days="Mon-Fri")
            for p in BELLS
        )


def test_with_bell_times_a_new_lesson_starts_at_the_next_period_and_lasts_it(
    engine: Engine, qtbot: QtBot
) -> None:
    add_bells(engine)
    with build_picker(engine, qtbot) as picker:
        dialog = picker.dialog
        picker.qtbot.waitUntil(lambda: dialog.periods_read)
        # 10:47 in Berlin is the break: period 3, 11:00-11:55, not the key press.
        assert dialog.start_edit.time() == QTime(11, 0)
        assert dialog.length_spin.value() == 55
        assert dialog.ends_label.text() == "until 11:55, period 3"
        picker.key(Qt.Key.Key_Down)
        picker.key(Qt.Key.Key_Return)
        picker.qtbot.waitUntil(lambda: bool(picker.created))
        picker.idle()
        (made,) = lessons(picker.db)
        assert (made.start_time, made.end_time) == (at(10, 0), at(10, 55))
        assert picker.created == [(made.id, True)]


def test_with_bell_times_another_day_starts_at_its_first_period_unless_a_time_was_typed(
    engine: Engine, qtbot: QtBot
) -> None:
    add_bells(engine)
    with build_picker(engine, qtbot, day=DAY + timedelta(days=1)) as picker:
        dialog = picker.dialog
        picker.qtbot.waitUntil(lambda: dialog.periods_read)
        assert dialog.start_edit.time() == QTime(8, 50)
        assert dialog.ends_label.text() == "until 09:45, period 1"
        # The teacher's own length and time stay when the date changes.
        dialog.length_spin.setValue(30)
        dialog.date_edit.setDate(QDate(2026, 11, 24))
        picker.qtbot.waitUntil(lambda: dialog.periods_read)
        assert dialog.start_edit.time() == QTime(11, 0)
        assert dialog.length_spin.value() == 30
        dialog.start_edit.setTime(QTime(13, 10))
        assert dialog.ends_label.text() == "until 13:40"
        dialog.date_edit.setDate(QDate(2026, 11, 25))
        picker.qtbot.waitUntil(lambda: dialog.periods_read)
        assert dialog.start_edit.time() == QTime(13, 10)
