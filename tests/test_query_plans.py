"""The register, history and summary queries use the indexes they were designed for.

The schema names an index for each of these queries; this test asks each
backend's planner (``EXPLAIN QUERY PLAN`` on SQLite, ``EXPLAIN (FORMAT JSON)``
after ANALYZE on PostgreSQL) which indexes it would use, so a change to a query
or to an index that silently turns a register load into a table scan fails
here.  Each test then drops the index inside a transaction that is rolled back
and checks that the plan no longer names it, so the check can fail at all.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, insert, literal, select, text, union_all
from sqlalchemy.orm import Session

from attendance_desktop.db import repository
from attendance_desktop.db.models import (
    Attendance,
    ClassSession,
    Enrollment,
    SchoolClass,
    Student,
    Teacher,
)
from attendance_desktop.db.repository import Actor
from tests.factories import code_ids, make_lesson

TERM_START = datetime(2026, 9, 7, 9, 0, tzinfo=UTC)
ACTOR = Actor("Plan Test", machine="PC-TEST")
#: Weekly lessons of the three classes the queries look at; the last is today's.
WEEKS = 18
#: The rest of the district: classes of three, with a register taken every third
#: week of a 36-week year.
DISTRICT_CLASSES = 200
DISTRICT_WEEKS = range(0, 36, 3)

_explains = itertools.count()


@dataclass
class School:
    class_id: int
    session_id: int
    student_id: int


@pytest.fixture
def school(engine: Engine) -> School:
    """Three classes of twelve with a term of registers taken, in a small district.

    The proportions matter more than the size, because the planners choose
    by estimated cost:

    - the history query can start from the student's rows or from the
      sessions in the date range, and SQLite (without STAT4) guesses that a
      two-sided range keeps 1/64 of a table, so with a few dozen sessions it
      rightly starts from the sessions; a district has thousands of sessions
      and a few dozen rows per student;
    - PostgreSQL reads a table of a few pages sequentially whatever its
      indexes, and costs two equally tiny indexes the same;
    - a term summary needs (class_id, start_time), rather than any index
      leading with class_id, only when the class has lessons outside the term.

    So each of the three classes has 18 weekly lessons (a 12-week term is
    two thirds of them): today's, made by ``make_lesson`` and opened with
    ``start_session``, and 17 earlier ones with their registers taken; and
    200 more classes have 2,400 sessions and 7,200 rows.  Everything but
    today's registers is written with INSERT .. SELECT: row by row it would
    be most of this test's time.
    """
    present = code_ids(engine)["P"]
    today = TERM_START + timedelta(weeks=WEEKS - 1)
    lessons = [make_lesson(engine, students=12, start=today, name=f"Class {n}") for n in range(3)]
    with Session(engine) as session, session.begin():
        for lesson in lessons:
            repository.start_session(session, lesson.session_id, actor=ACTOR)
            weekly_lessons(session, SchoolClass.id == lesson.class_id, range(WEEKS - 1))
            registers_taken(session, ClassSession.class_id == lesson.class_id, present)
        teacher = Teacher(display_name="Mr District")
        session.add(teacher)
        session.flush()
        add_district_classes(session, teacher.id)
        in_district = SchoolClass.teacher_id == teacher.id
        weekly_lessons(session, in_district, DISTRICT_WEEKS)
        registers_taken(session, ClassSession.teacher_id == teacher.id, present)
    with engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    middle = lessons[1]
    return School(middle.class_id, middle.session_id, middle.student_ids[5])


def add_district_classes(session: Session, teacher_id: int) -> None:
    """DISTRICT_CLASSES classes of the teacher's, three students enrolled in each."""
    classes = [
        SchoolClass(name=f"District {n}", teacher_id=teacher_id) for n in range(DISTRICT_CLASSES)
    ]
    students = [Student(first_name="Pupil", last_name=str(n)) for n in range(3 * len(classes))]
    session.add_all([*classes, *students])
    session.flush()
    session.add_all(
        Enrollment(class_id=klass.id, student_id=students[3 * n + i].id)
        for n, klass in enumerate(classes)
        for i in range(3)
    )
    session.flush()


def weekly_lessons(session: Session, classes: Any, weeks: range) -> None:
    """One 50-minute lesson in each of ``weeks`` for every class matching ``classes``."""
    when = ClassSession.start_time.type
    table = ClassSession.metadata.tables["class_session"]
    starts = [TERM_START + timedelta(weeks=w) for w in weeks]
    each_week = union_all(
        *(
            select(
                SchoolClass.id,
                SchoolClass.teacher_id,
                literal(start, when),
                literal(start + timedelta(minutes=50), when),
                literal(start, when),
                literal(start, when),
            ).where(classes)
            for start in starts
        )
    )
    columns = ["class_id", "teacher_id", "start_time", "end_time", "created_at", "updated_at"]
    session.execute(
        insert(table).from_select(
            [table.c[name] for name in columns], each_week, include_defaults=False
        )
    )


def registers_taken(session: Session, lessons: Any, present: int) -> None:
    """A marked row for every enrolled student in every matching lesson that has none."""
    table = Attendance.metadata.tables["attendance"]
    columns = ["class_session_id", "student_id", "code_id", "check_in_time"]
    columns += ["created_at", "updated_at"]
    session.execute(
        insert(table).from_select(
            [table.c[name] for name in columns],
            select(
                ClassSession.id,
                Enrollment.student_id,
                literal(present),
                # A check-in time on every row, as in a register that was
                # taken: NULLs would make idx_attendance_session_checkin
                # unrealistically small, and PostgreSQL would prefer it.
                ClassSession.start_time,
                ClassSession.start_time,
                ClassSession.start_time,
            )
            .join(Enrollment, Enrollment.class_id == ClassSession.class_id)
            .where(lessons, ~ClassSession.id.in_(select(Attendance.class_session_id))),
            include_defaults=False,
        )
    )


@pytest.fixture
def conn(engine: Engine, school: School) -> Iterator[Connection]:
    """One transaction for the EXPLAINs, rolled back (the tests drop an index in it).

    Depends on ``school`` so the data is in before this transaction starts
    (on SQLite it holds the write lock).
    """
    # No "SET LOCAL enable_seqscan = off" for PostgreSQL: with the district's
    # proportions its planner picks the indexes on its own, and forcing it
    # on tiny tables gave full-index scans that are not what it really does.
    with engine.connect() as connection:
        transaction = connection.begin()
        try:
            yield connection
        finally:
            transaction.rollback()


def explain(conn: Connection, statement: Any) -> tuple[set[str], str]:
    """The names of the indexes the planner would use for ``statement``, and the plan."""
    # Literal binds: both EXPLAIN forms want one self-contained statement, and
    # the values are our own integers and timestamps.
    sql = str(statement.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    if conn.dialect.name == "sqlite":
        # Python's sqlite3 caches prepared statements by their text, and an
        # EXPLAIN's answer is fixed when it is prepared (a schema change does
        # not re-prepare it): a unique comment makes every EXPLAIN fresh.
        sql = f"EXPLAIN QUERY PLAN {sql} /* {next(_explains)} */"
        details = [str(row[3]) for row in conn.exec_driver_sql(sql)]
        used = {
            match.group(1)
            for line in details
            for match in re.finditer(r"USING (?:COVERING )?INDEX (\w+)", line)
        }
        return used, "\n".join(details)
    plan = conn.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {sql}").scalar_one()
    used = set()
    pending = [plan[0]["Plan"]]
    while pending:
        node = pending.pop()
        if "Index Name" in node:
            used.add(node["Index Name"])
        pending.extend(node.get("Plans", []))
    return used, str(plan)


def register(school: School) -> Any:
    return repository.register_query(school.session_id)


def history(school: School) -> Any:
    return repository.student_history_query(
        school.student_id, TERM_START, TERM_START + timedelta(weeks=WEEKS)
    )


def summary(school: School) -> Any:
    return repository.class_summary_query(
        school.class_id, TERM_START, TERM_START + timedelta(weeks=12)
    )


@pytest.mark.parametrize(
    ("query", "index"),
    [
        pytest.param(register, "idx_attendance_session_student", id="register"),
        pytest.param(history, "idx_attendance_student_created", id="student-history"),
        pytest.param(summary, "idx_class_session_class_start", id="class-summary"),
    ],
)
def test_query_uses_its_index(
    conn: Connection, school: School, query: Callable[[School], Any], index: str
) -> None:
    used, plan = explain(conn, query(school))
    assert index in used, plan

    conn.execute(text(f"DROP INDEX {index}"))
    used_without, plan_without = explain(conn, query(school))
    assert index not in used_without, plan_without
    assert plan_without != plan
