"""The demo school: realistic, consistent with the change log, and never loaded twice."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from attendance_desktop import demo, errors
from attendance_desktop.db import repository
from attendance_desktop.db.models import (
    Attendance,
    AttendanceChange,
    AttendanceCode,
    ClassSession,
    Enrollment,
    SchoolClass,
    SchoolSetting,
    Student,
    Teacher,
)

TODAY = date(2026, 11, 24)  # a Tuesday
LONDON = ZoneInfo("Europe/London")


def load(engine: Engine, **kwargs: object) -> demo.DemoSummary:
    kwargs.setdefault("today", TODAY)
    with Session(engine) as session, session.begin():
        return demo.load_demo_school(session, **kwargs)  # type: ignore[arg-type]


def local_day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    start = datetime.combine(day, datetime.min.time(), tzinfo=tz)
    return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)


def test_counts_and_ranges(engine: Engine) -> None:
    summary = load(engine, tz=LONDON)
    with Session(engine) as session:
        teachers = session.scalar(select(func.count()).select_from(Teacher))
        classes = session.scalar(select(func.count()).select_from(SchoolClass))
        students = list(session.scalars(select(Student)))
        sizes = session.execute(
            select(Enrollment.class_id, func.count()).group_by(Enrollment.class_id)
        ).all()
        rooms = set(session.scalars(select(SchoolClass.room)))
        subjects = set(session.scalars(select(SchoolClass.subject)))
        school_name = session.get(SchoolSetting, "school_name")

    assert 4 <= teachers <= 6
    assert 8 <= classes <= 10
    assert summary.teachers == teachers and summary.classes == classes
    assert summary.students == len(students)
    assert len(sizes) == classes
    assert all(20 <= size <= 35 for _class_id, size in sizes), sizes
    names = [(s.first_name, s.last_name) for s in students]
    assert len(set(names)) == len(names), "every student has a distinct name"
    # A diverse roll: accents and non-English names, and some preferred names.
    assert any(not f"{first}{last}".isascii() for first, last in names)
    assert any(s.preferred_name for s in students)
    assert None not in rooms and len(rooms) >= 4
    assert None not in subjects and len(subjects) >= 4
    assert school_name is not None and school_name.value == demo.DEMO_SCHOOL_NAME
    assert summary.past_sessions >= 3 * 5 * teachers  # three weeks, every teacher every day


def test_every_mark_has_its_change_log(engine: Engine) -> None:
    summary = load(engine)
    changes = (
        select(AttendanceChange.attendance_id, func.count().label("n"))
        .group_by(AttendanceChange.attendance_id)
        .subquery()
    )
    with Session(engine) as session:
        rows = session.execute(
            select(Attendance.id, Attendance.version, Attendance.code_id, changes.c.n).outerjoin(
                changes, changes.c.attendance_id == Attendance.id
            )
        ).all()
        logs: dict[int, list[AttendanceChange]] = {}
        for change in session.scalars(
            select(AttendanceChange).order_by(
                AttendanceChange.attendance_id, AttendanceChange.version
            )
        ):
            logs.setdefault(change.attendance_id, []).append(change)

    assert len(rows) == summary.marks > 0
    assert sum(len(log) for log in logs.values()) == summary.changes
    broken = [r for r in rows if r.version != 1 + (r.n or 0)]
    assert not broken, broken[:5]
    assert any(r.version > 2 for r in rows), "some marks were changed after the first one"
    by_id = {r.id: r for r in rows}
    for attendance_id, log in logs.items():
        assert [c.version for c in log] == list(range(2, 2 + len(log)))
        assert log[0].old_code_id is None
        for before, after in itertools.pairwise(log):
            assert after.old_code_id == before.new_code_id
            assert after.old_note == before.new_note
        assert log[-1].new_code_id == by_id[attendance_id].code_id


def test_history_is_mostly_present_with_patterns(engine: Engine) -> None:
    load(engine)
    with Session(engine) as session:
        per_student = session.execute(
            select(Attendance.student_id, AttendanceCode.category)
            .join(AttendanceCode, AttendanceCode.id == Attendance.code_id)
            .join(ClassSession, ClassSession.id == Attendance.class_session_id)
            .where(ClassSession.status == "closed")
        ).all()
        unmarked_in_closed = session.scalar(
            select(func.count())
            .select_from(Attendance)
            .join(ClassSession, ClassSession.id == Attendance.class_session_id)
            .where(ClassSession.status == "closed", Attendance.code_id.is_(None))
        )
    overall = Counter(category for _student, category in per_student)
    total = sum(overall.values())
    assert unmarked_in_closed == 0
    assert overall["present"] / total > 0.85
    assert overall["late"] > 0 and overall["absent"] > 0 and overall["excused"] > 0
    students: dict[int, Counter[str]] = {}
    for student_id, category in per_student:
        students.setdefault(student_id, Counter())[category] += 1
    rate = {
        s: (c["late"] / sum(c.values()), c["absent"] / sum(c.values())) for s, c in students.items()
    }
    assert any(late > 0.15 for late, _absent in rate.values()), "someone is often late"
    assert any(absent > 0.10 for _late, absent in rate.values()), "someone is often absent"


def test_sessions_today_for_every_teacher_at_local_school_hours(engine: Engine) -> None:
    tz = ZoneInfo("America/New_York")
    summary = load(engine, tz=tz)
    start, end = local_day_bounds(TODAY, tz)
    with Session(engine) as session:
        teacher_ids = set(session.scalars(select(Teacher.id)))
        today = repository.sessions_between(session, start, end)
        everything = list(session.scalars(select(ClassSession)))
        rows_today = session.scalar(
            select(func.count())
            .select_from(Attendance)
            .where(Attendance.class_session_id.in_([cs.id for cs in today]))
        )
    assert len(today) == summary.today_sessions
    per_teacher = Counter(cs.teacher_id for cs in today)
    assert set(per_teacher) == teacher_ids
    assert min(per_teacher.values()) >= 2
    assert {cs.status for cs in today} == {"planned"}
    assert rows_today == 0  # nobody has taken today's registers yet
    starts = {p_start for p_start, _end in demo.PERIODS}
    for cs in everything:
        assert cs.start_time.tzinfo is not None
        local = cs.start_time.astimezone(tz)
        assert local.time() in starts, local
        assert cs.end_time > cs.start_time
    # Past lessons are closed and before today; future ones planned, within the next week.
    for cs in everything:
        if cs.start_time < start:
            assert cs.status == "closed" and cs.closed_at is not None
            assert cs.start_time >= start - timedelta(days=HISTORY_DAYS_MAX)
        elif cs.start_time >= end:
            assert cs.status == "planned"
            assert cs.start_time < end + timedelta(days=demo.UPCOMING_DAYS)


HISTORY_DAYS_MAX = 7 * demo.HISTORY_WEEKS + 3


def test_no_teacher_or_room_is_in_two_places_at_once(engine: Engine) -> None:
    load(engine)
    with Session(engine) as session:
        sessions = list(session.scalars(select(ClassSession).order_by(ClassSession.start_time)))
    for key in ("teacher_id", "room"):
        seen: set[tuple[object, datetime]] = set()
        for cs in sessions:
            slot = (getattr(cs, key), cs.start_time)
            assert slot not in seen, f"two lessons share {key} at {cs.start_time}"
            seen.add(slot)


def test_timetable_follows_summer_time(engine: Engine) -> None:
    # The UK clocks went back on 25 October 2026: lessons start at 08:50 local time on
    # both sides of the change, so 07:50 UTC before it and 08:50 UTC after.
    load(engine, today=date(2026, 11, 3), tz=LONDON)
    with Session(engine) as session:
        first_lessons = {
            cs.start_time.date(): cs.start_time
            for cs in session.scalars(select(ClassSession).order_by(ClassSession.start_time.desc()))
        }
    assert first_lessons[date(2026, 10, 23)].hour == 7
    assert first_lessons[date(2026, 10, 26)].hour == 8


def test_weekend_still_has_lessons_today(engine: Engine) -> None:
    saturday = date(2026, 11, 28)
    summary = load(engine, today=saturday, tz=LONDON)
    start, end = local_day_bounds(saturday, LONDON)
    with Session(engine) as session:
        today = repository.sessions_between(session, start, end)
        weekdays = {cs.start_time.astimezone(LONDON).weekday() for cs in session.scalars(
            select(ClassSession).where(ClassSession.start_time < start)
        )}  # fmt: skip
    assert len(today) == summary.today_sessions > 0
    assert weekdays <= {0, 1, 2, 3, 4}, "no history on weekends"


def test_a_demo_register_can_be_taken(engine: Engine) -> None:
    load(engine, tz=LONDON)
    start, end = local_day_bounds(TODAY, LONDON)
    with Session(engine) as session, session.begin():
        lesson = repository.sessions_between(session, start, end)[0]
        enrolled = session.scalar(
            select(func.count())
            .select_from(Enrollment)
            .where(Enrollment.class_id == lesson.class_id)
        )
        count = repository.start_session(session, lesson.id, actor=repository.Actor("Test"))
        row = session.scalars(
            select(Attendance).where(Attendance.class_session_id == lesson.id)
        ).first()
        assert row is not None
        present = next(c for c in repository.active_codes(session) if c.category == "present")
        marked = repository.mark(
            session, row.id, {"code_id": present.id}, actor=repository.Actor("T")
        )
        assert marked.version == 2
    assert count == enrolled


def test_newcomer_has_no_marks_before_joining(engine: Engine) -> None:
    load(engine)
    with Session(engine) as session:
        joined = session.execute(
            select(Enrollment.student_id, Enrollment.start_date).where(
                Enrollment.start_date.is_not(None)
            )
        ).all()
        assert joined, "one student joined during the history"
        student_id, start_date = joined[0]
        earliest = session.scalar(
            select(func.min(ClassSession.start_time))
            .join(Attendance, Attendance.class_session_id == ClassSession.id)
            .where(Attendance.student_id == student_id)
        )
    assert earliest is not None and earliest.date() >= start_date


def test_loading_twice_is_refused(engine: Engine) -> None:
    first = load(engine)
    with pytest.raises(errors.KnownError, match="empty database"):
        load(engine)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Student)) == first.students
        assert session.scalar(select(func.count()).select_from(ClassSession)) == first.sessions


def test_refused_when_the_database_has_a_school_already(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        session.add(Teacher(display_name="Mr Real"))
    with pytest.raises(errors.KnownError) as caught:
        load(engine)
    assert caught.value.hint  # says what to do instead
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Student)) == 0


def test_same_seed_same_school(engine: Engine) -> None:
    with Session(engine) as session:
        first = demo.load_demo_school(session, today=TODAY, seed=7)
        names_a = [s.display_name for s in session.scalars(select(Student).order_by(Student.id))]
        session.rollback()
        second = demo.load_demo_school(session, today=TODAY, seed=7)
        names_b = [s.display_name for s in session.scalars(select(Student).order_by(Student.id))]
        session.rollback()
        other = demo.load_demo_school(session, today=TODAY, seed=8)
        names_c = [s.display_name for s in session.scalars(select(Student).order_by(Student.id))]
        session.rollback()
    assert first == second and names_a == names_b
    assert names_a != names_c and other.students > 0


def test_the_demo_school_runs_on_its_timetable(engine: Engine) -> None:
    """The demo's lessons are made the way a real school's are: from bell times and weekly
    slots, by the same day-building code the lesson list uses; so a day beyond what the
    demo wrote gets its lessons too, at the periods' times."""
    from attendance_desktop.db.models import BellPeriod, TimetableSlot
    from attendance_desktop.timetable.school_day import build_day

    load(engine, tz=LONDON)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(BellPeriod)) == 6
        weekdays = session.scalars(select(TimetableSlot.weekday).distinct()).all()
        assert sorted(weekdays) == [0, 1, 2, 3, 4]  # TODAY is a Tuesday: no weekend slots
        assert (
            session.scalar(
                select(func.count()).select_from(ClassSession).where(ClassSession.slot_id.is_(None))
            )
            == 0
        )
    later = TODAY + timedelta(days=27)  # a Monday four weeks on, past the demo's own days
    assert later.weekday() == 0
    with Session(engine) as session, session.begin():
        made = build_day(session, later, LONDON)
    start, end = local_day_bounds(later, LONDON)
    with Session(engine) as session:
        lessons = repository.sessions_between(session, start, end)
        monday = session.scalar(
            select(func.count()).select_from(TimetableSlot).where(TimetableSlot.weekday == 0)
        )
    assert made == len(lessons) == monday > 0
    starts = {cs.start_time.astimezone(LONDON).time() for cs in lessons}
    assert starts <= {start for start, _end in demo.PERIODS}
