"""Small helpers that put a realistic register into a test database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from attendance_desktop.db.models import (
    AttendanceCode,
    ClassSession,
    Enrollment,
    SchoolClass,
    Student,
    Teacher,
)

FIRST = ["Ava", "Ben", "Chloé", "Dev", "Emre", "Fatima", "Gus", "Hana", "Ian", "Jun"]
LAST = ["Abbott", "Brennan", "Cho", "Dubois", "Eze", "Fischer", "García", "Hughes", "Ito"]


@dataclass
class Lesson:
    teacher_id: int
    class_id: int
    session_id: int
    student_ids: list[int]


def make_lesson(
    engine: Engine,
    *,
    students: int = 30,
    start: datetime | None = None,
    name: str = "9B Maths",
) -> Lesson:
    """A teacher, a class of ``students`` enrolled students and one planned session."""
    start = start or datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    with Session(engine) as session, session.begin():
        teacher = Teacher(display_name="Ms Rivera")
        klass = SchoolClass(name=name, room="B12", teacher=teacher)
        people = [
            Student(first_name=FIRST[i % len(FIRST)], last_name=f"{LAST[i % len(LAST)]}{i}")
            for i in range(students)
        ]
        session.add_all([teacher, klass, *people])
        session.flush()
        session.add_all([Enrollment(class_id=klass.id, student_id=s.id) for s in people])
        lesson = ClassSession(
            class_id=klass.id,
            teacher_id=teacher.id,
            room="B12",
            start_time=start,
            end_time=start + timedelta(minutes=50),
        )
        session.add(lesson)
        session.flush()
        return Lesson(teacher.id, klass.id, lesson.id, [s.id for s in people])


def code_ids(engine: Engine) -> dict[str, int]:
    """Code letter -> id for the seeded codes."""
    with Session(engine) as session:
        return {c.code: c.id for c in session.scalars(select(AttendanceCode))}
