"""Rights the database enforces, tried from the attacker's chair: a teacher's own login
with raw SQL (what psql would send), on the real PostgreSQL server.

After ``staff sync``, a teacher may mark their own register and nobody else's, may add
history for their own register but never change or delete history, and cannot touch
settings, codes, the roster or the schema, truncate, or kill another PC's connection.
Office logins may correct any register.  Negative control: with row-level security
switched off on ``attendance``, the same UPDATE of another teacher's register goes through.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from attendance_desktop import cli, staff
from attendance_desktop.db.engine import create_app_engine
from attendance_desktop.db.migrate import upgrade
from attendance_desktop.db.models import Attendance, Teacher
from attendance_desktop.db.repository import Actor, start_session
from tests.conftest import PG_ADMIN_URL
from tests.factories import code_ids, make_lesson

pytestmark = pytest.mark.postgres


class School:
    def __init__(self, engine: Engine, url: URL) -> None:
        self.engine = engine
        self.url = url
        tag = uuid.uuid4().hex[:8]
        self.lessons = [make_lesson(engine, students=2, name=n) for n in ("9B Maths", "7A Art")]
        with Session(engine) as session, session.begin():
            for number, lesson in enumerate(self.lessons):
                teacher = session.get(Teacher, lesson.teacher_id)
                assert teacher is not None
                teacher.source_id = f"t{number}-{tag}"
                start_session(session, lesson.session_id, actor=Actor("setup"))
        self.created, _ = staff.sync(engine)
        self.roles = [f"att_t{n}_{tag}" for n in range(2)]
        with Session(engine) as session:
            self.rows = [
                list(
                    session.scalars(
                        select(Attendance.id).where(
                            Attendance.class_session_id == lesson.session_id
                        )
                    )
                )
                for lesson in self.lessons
            ]
        self.code = code_ids(engine)["P"]

    def connect(self, role: str) -> psycopg.Connection[Any]:
        """A raw connection as ``role`` (the server trusts local connections in tests)."""
        conninfo = self.url.set(drivername="postgresql", username=role).render_as_string(
            hide_password=False
        )
        return psycopg.connect(conninfo, autocommit=True)


@pytest.fixture
def school(pg_url: URL) -> Iterator[School]:
    engine = create_app_engine(pg_url)
    upgrade(engine)
    made = School(engine, pg_url)
    try:
        yield made
    finally:
        engine.dispose()
        admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for role in made.created:
                conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE usename = :r"), {"r": role})  # fmt: skip
                conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
        admin.dispose()
        server = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with server.connect() as conn:
            for role in made.created:
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
        server.dispose()


def _mark(conn: psycopg.Connection[Any], row: int, code: int) -> int:
    cursor = conn.execute(
        "UPDATE attendance SET code_id = %s, version = version + 1 WHERE id = %s", (code, row)
    )
    return cursor.rowcount


def test_sync_makes_one_login_per_teacher_and_lists_them(
    school: School, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sorted(school.created) == sorted(school.roles)
    assert staff.sync(school.engine) == ([], [])  # again: nothing changes
    url = school.url.render_as_string(hide_password=False)
    assert cli.main(["--database", url, "staff", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert sorted(lines) == sorted(f"{role}\tMs Rivera\tteacher" for role in school.roles)


def test_a_teacher_marks_their_own_register_and_no_one_elses(school: School) -> None:
    mine, theirs = school.rows
    with school.connect(school.roles[0]) as conn:
        assert _mark(conn, mine[0], school.code) == 1
        assert _mark(conn, theirs[0], school.code) == 0  # row-level security hides it
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE attendance SET class_session_id = 1 WHERE id = %s", (mine[0],))


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE attendance_change SET changed_by = 'someone else'",
        "DELETE FROM attendance_change",
        "TRUNCATE attendance_change",
        "TRUNCATE attendance CASCADE",
        "UPDATE school_setting SET value = 'x'",
        "UPDATE attendance_code SET label = 'x'",
        "DELETE FROM student",
        "INSERT INTO teacher (display_name) VALUES ('Mallory')",
        "CREATE TABLE mine (x int)",
        "DROP TABLE attendance",
        "ALTER TABLE attendance DISABLE TRIGGER ALL",
        "ALTER TABLE attendance DISABLE ROW LEVEL SECURITY",
    ],
)
def test_a_teacher_cannot_change_history_settings_roster_or_schema(
    school: School, statement: str
) -> None:
    with (
        school.connect(school.roles[0]) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute(statement)


def test_a_teacher_cannot_kill_another_pcs_connection_or_drop_the_database(
    school: School,
) -> None:
    with school.engine.connect() as owner:
        pid = owner.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with school.connect(school.roles[0]) as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f'DROP DATABASE "{school.url.database}"')
        assert owner.execute(text("SELECT 1")).scalar_one() == 1


def test_office_corrects_any_register(school: School) -> None:
    staff.grant_office(school.engine, school.roles[1])
    with school.connect(school.roles[1]) as conn:
        assert _mark(conn, school.rows[0][1], school.code) == 1


def test_negative_control_without_row_level_security_a_teacher_overwrites_anyone(
    school: School,
) -> None:
    with school.engine.begin() as owner:
        owner.exec_driver_sql("ALTER TABLE attendance DISABLE ROW LEVEL SECURITY")
    with school.connect(school.roles[0]) as conn:
        assert _mark(conn, school.rows[1][0], school.code) == 1


def test_a_password_is_stored_as_a_scram_verifier(school: School) -> None:
    staff.set_password(school.engine, school.roles[0], "correct horse battery")
    admin = create_engine(PG_ADMIN_URL)
    with admin.connect() as conn:
        stored = conn.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"), {"r": school.roles[0]}
        ).scalar_one()
    admin.dispose()
    assert stored.startswith("SCRAM-SHA-256$")
    assert "correct horse" not in stored
