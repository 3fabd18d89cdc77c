"""Who is on a lesson's register, judged by the lesson's LOCAL day in the school's zone.

The bug this guards against (issue 10): the started register and the lesson list
took a lesson's day from its UTC start, the printed register from its local
start.  A 09:00 lesson in Sydney on 2 February is 22:00 UTC on 1 February, so
the started register listed the student who left on 2 February and missed the
one who joined that day, while the printed blank register listed the opposite.
Honolulu is the mirror image: its afternoon lessons are the next day in UTC.

Every view of the register must agree: the register started, the lesson list's
counts (before and after starting), the New lesson picker's count, the printed
register (blank, then started) and the class summary of that day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from attendance_desktop import lessons, reports, rules
from attendance_desktop.db import repository
from attendance_desktop.db.models import (
    ClassSession,
    Enrollment,
    SchoolClass,
    SchoolSetting,
    Student,
    Teacher,
)

#: The school-local day of every lesson: a Monday.
DAY = date(2026, 2, 2)
#: Local starts: just after midnight (the UTC day before east of UTC), a morning lesson
#: (the UTC day before in Sydney) and an afternoon one (the UTC day after in Honolulu).
STARTS = (time(0, 30), time(9, 0), time(15, 0))

#: Enrolment (start_date, end_date) of each student; ``end_date`` is their first day out.
#: Uneven on purpose (two join, one leaves): a register of the wrong day has another count.
STUDENTS = {
    "Stays": (None, None),
    "Joins": (DAY, None),
    "AlsoJoins": (DAY, None),
    "Leaves": (None, DAY),
    "JoinsTomorrow": (DAY + timedelta(days=1), None),
    "LeavesTomorrow": (None, DAY + timedelta(days=1)),
    "AlsoLeavesTomorrow": (None, DAY + timedelta(days=1)),
}
#: Who is in the class on DAY.
ENROLLED = {"Stays", "Joins", "AlsoJoins", "LeavesTomorrow", "AlsoLeavesTomorrow"}


@dataclass
class School:
    zone: ZoneInfo
    teacher_id: int
    class_id: int
    lesson_ids: list[int]


def make_school(engine: Engine, zone_name: str) -> School:
    """A school in ``zone_name`` (stored in its database), one class, three lessons on DAY."""
    zone = ZoneInfo(zone_name)
    with Session(engine) as session, session.begin():
        session.merge(SchoolSetting(key="time_zone", value=zone_name))
        teacher = Teacher(display_name="Ms Rivera")
        klass = SchoolClass(name="7A", room="B12", teacher=teacher)
        people = {name: Student(first_name="Student", last_name=name) for name in STUDENTS}
        session.add_all([teacher, klass, *people.values()])
        session.flush()
        session.add_all(
            Enrollment(class_id=klass.id, student_id=people[name].id, start_date=s, end_date=e)
            for name, (s, e) in STUDENTS.items()
        )
        planned = []
        for start in STARTS:
            begins = datetime.combine(DAY, start, tzinfo=zone)
            planned.append(
                ClassSession(
                    class_id=klass.id,
                    teacher_id=teacher.id,
                    start_time=begins,
                    end_time=begins + timedelta(minutes=45),
                )
            )
        session.add_all(planned)
        session.flush()
        return School(zone, teacher.id, klass.id, [lesson.id for lesson in planned])


def surnames(names: Iterable[str]) -> set[str]:
    """``{"Stays", ...}`` from "Student Stays" (the register) or "Stays, Student" (printing)."""
    return {name.replace("Student", "").strip(" ,") for name in names}


def listed_totals(engine: Engine, school: School) -> dict[int, int]:
    """The lesson list's "marked / total" totals, for the day as the window asks for it."""
    start, end = rules.day_bounds(DAY, school.zone)
    with Session(engine) as session:
        listed = lessons.load_day(session, start, end, school.teacher_id)
    return {row.id: row.total for row in listed}


@pytest.mark.parametrize("zone_name", ["Australia/Sydney", "Pacific/Honolulu"])
def test_every_view_of_a_register_agrees_on_who_was_enrolled(
    engine: Engine, zone_name: str
) -> None:
    school = make_school(engine, zone_name)
    # The lessons really straddle UTC days (else this test would prove nothing).
    utc_days = {
        datetime.combine(DAY, start, tzinfo=school.zone).astimezone(ZoneInfo("UTC")).date()
        for start in STARTS
    }
    assert utc_days - {DAY}

    # Before any register is started: the list, the picker and the blank printed register.
    assert set(listed_totals(engine, school)) == set(school.lesson_ids)
    assert set(listed_totals(engine, school).values()) == {len(ENROLLED)}
    with Session(engine) as session:
        [picked] = lessons.classes_for_picker(session, school.teacher_id, day=DAY)
        assert picked.student_count == len(ENROLLED)
        for lesson_id in school.lesson_ids:
            blank = reports.session_register(session, lesson_id)
            assert not blank.started and blank.day == DAY
            assert surnames(line.name for line in blank.lines) == ENROLLED, lesson_id
        summary = reports.class_summary(session, school.class_id, DAY, DAY)
        assert surnames(row.name for row in summary.rows) == ENROLLED

    # Each register started, as a teacher starts it.
    for lesson_id in school.lesson_ids:
        with Session(engine) as session, session.begin():
            count = repository.start_session(session, lesson_id, actor=repository.Actor("t"))
        assert count == len(ENROLLED), lesson_id
        with Session(engine) as session:
            register = lessons.load_register(session, lesson_id)
            printed = reports.session_register(session, lesson_id)
        assert surnames(row.display_name for row in register.rows) == ENROLLED, lesson_id
        assert printed.started
        assert surnames(line.name for line in printed.lines) == ENROLLED, lesson_id

    # After: the list (loaded and refreshed live) and the day's class summary.
    assert set(listed_totals(engine, school).values()) == {len(ENROLLED)}
    with Session(engine) as session:
        counts = lessons.lesson_counts(session, school.lesson_ids)
        summary = reports.class_summary(session, school.class_id, DAY, DAY)
    assert {total for _status, _marked, total in counts.values()} == {len(ENROLLED)}
    assert surnames(row.name for row in summary.rows) == ENROLLED
    assert summary.sessions == len(STARTS)


@pytest.mark.parametrize(
    ("zone_name", "local", "expected"),
    [
        ("Australia/Sydney", time(9, 0), DAY),  # 22:00 UTC the day before
        ("Australia/Sydney", time(0, 30), DAY),  # 13:30 UTC the day before
        ("Pacific/Honolulu", time(15, 0), DAY),  # 01:00 UTC the day after
        ("Europe/London", time(23, 59), DAY),
    ],
)
def test_a_lessons_day_is_its_local_date(zone_name: str, local: time, expected: date) -> None:
    zone = ZoneInfo(zone_name)
    start = datetime.combine(DAY, local, tzinfo=zone).astimezone(ZoneInfo("UTC"))
    assert lessons.lesson_day(start, zone) == expected


def test_a_whole_schools_day_counts_the_same_students_as_one_class_at_a_time(
    engine: Engine,
) -> None:
    """``load_day`` counts a big day's not-started lessons in one query per day (more than
    20 classes): the students ``enrolled_on`` that day, as ``enrolled_counts`` counts
    them one class at a time; a student who left (inactive) is never counted."""
    sydney = ZoneInfo("Australia/Sydney")
    with Session(engine) as session, session.begin():
        session.merge(SchoolSetting(key="time_zone", value=sydney.key))
        teacher = Teacher(display_name="Ms Big")
        session.add(teacher)
        session.flush()
        class_ids = []
        for number in range(25):
            klass = SchoolClass(name=f"C{number}", teacher_id=teacher.id)
            people = [
                Student(
                    first_name=name, last_name=f"{number}", active=name != "Stays" or number % 3 > 0
                )
                for name in STUDENTS
            ][: 3 + number % 5]
            session.add_all([klass, *people])
            session.flush()
            for student in people:
                first, end = STUDENTS[student.first_name]
                session.add(
                    Enrollment(
                        class_id=klass.id, student_id=student.id, start_date=first, end_date=end
                    )
                )
            start = datetime.combine(DAY, STARTS[number % 3], tzinfo=sydney)
            session.add(
                ClassSession(
                    class_id=klass.id,
                    teacher_id=teacher.id,
                    start_time=start,
                    end_time=start + timedelta(minutes=50),
                )
            )
            class_ids.append(klass.id)
    begins = datetime.combine(DAY, time(0), tzinfo=sydney)
    with Session(engine) as session, session.begin():
        listed = lessons.load_day(session, begins, begins + timedelta(days=1), None)
        one_by_one = {c: lessons.enrolled_counts(session, {c}, DAY).get(c, 0) for c in class_ids}
    assert len(listed) == 25
    by_name = {row.class_name: row.total for row in listed}
    assert by_name == {f"C{n}": one_by_one[class_ids[n]] for n in range(25)}
    assert len(set(by_name.values())) > 2  # not all alike: the test can tell them apart
