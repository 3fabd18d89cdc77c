"""Rights the database enforces, tried from the attacker's chair: a teacher's own login
with raw SQL (what psql would send), on the real PostgreSQL server.

After ``staff sync``, a teacher may mark their own register and nobody else's, may add
history for their own register but never change or delete history, and cannot touch
settings, codes, the roster or the schema, truncate, or kill another PC's connection.
Office logins may correct any register.  Negative control: with row-level security
switched off on ``attendance``, the same UPDATE of another teacher's register goes through.

The database keeps the history (migration 0010): every change of a mark, made through
the app or with psql, has its history row written by a trigger with the real login;
a version step other than +1 is refused; a student with history cannot be deleted
(negative control: with the foreign keys put back to CASCADE, the delete erases it).
The same rules hold on SQLite, where the login is the app's display name.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from attendance_desktop import cli, errors, marking, staff
from attendance_desktop.db.engine import create_app_engine
from attendance_desktop.db.migrate import upgrade
from attendance_desktop.db.models import Attendance, AttendanceChange, LessonChange, Teacher
from attendance_desktop.db.repository import (
    Actor,
    RegisterNotYours,
    close_session,
    reopen_session,
    save_edit,
    start_session,
)
from attendance_desktop.db.work import Database
from attendance_desktop.lessons import SaveState
from attendance_desktop.outbox import Outbox, replay
from attendance_desktop.ui.mark_writer import MarkWriter
from attendance_desktop.ui.operations import Operations
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

    def app(self, role: str) -> Database:
        """The app's own database access, signed in as ``role``."""
        return Database(create_app_engine(self.url.set(username=role)))

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


def test_sync_lets_the_staff_groups_connect_when_public_may_not(school: School) -> None:
    """The guide revokes CONNECT from PUBLIC; staff sync grants it to the staff groups."""
    database = school.url.database
    with school.engine.begin() as conn:
        conn.exec_driver_sql(f'REVOKE CONNECT ON DATABASE "{database}" FROM PUBLIC')
        conn.exec_driver_sql(
            f'REVOKE CONNECT ON DATABASE "{database}" FROM attendance_teacher, attendance_office'
        )
    # Negative control: with no grant, a teacher's login is turned away.
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        school.connect(school.roles[0]).close()
    # ... and the app says so in plain words, not "cannot reach the server".
    refused = school.app(school.roles[0])
    with pytest.raises(errors.KnownError, match="may not use the database") as caught:
        refused.run(lambda session: session.execute(text("SELECT 1")).scalar())
    assert "staff sync" in (caught.value.hint or "")
    refused.engine.dispose()
    staff.sync(school.engine)
    with school.connect(school.roles[0]) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (school.roles[0],)


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
        "INSERT INTO attendance_change (attendance_id, class_session_id, student_id, version, "
        "kind, changed_by, changed_on, changed_at) SELECT id, class_session_id, student_id, "
        "version + 1, 'mark', 'forged', 'x', now() FROM attendance",
        "INSERT INTO lesson_change (class_session_id, kind, old_status, new_status, changed_by, "
        "changed_on, login, changed_at) SELECT id, 'close', 'open', 'closed', 'x', 'x', 'x', "
        "now() FROM class_session",
        "UPDATE lesson_change SET reason = 'x'",
        "ALTER TABLE attendance DISABLE TRIGGER trg_attendance_keep_history",
        "ALTER FUNCTION attendance_keep_history() SECURITY INVOKER",
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


# --- the database keeps the history (migration 0010) ------------------------------------------


def _history(engine: Engine, row: int) -> list[tuple[Any, ...]]:
    with Session(engine) as session:
        return [
            (c.version, c.kind, c.changed_by, c.login, c.new_code_id, c.mark_id)
            for c in session.scalars(
                select(AttendanceChange)
                .where(AttendanceChange.attendance_id == row)
                .order_by(AttendanceChange.version)
            )
        ]


def test_a_mark_through_the_app_has_history_written_by_the_database_with_the_real_login(
    school: School,
) -> None:
    role = school.roles[0]
    row = school.rows[0][0]
    database = school.app(role)
    try:
        settled = database.run(
            lambda s: marking.save_mark(
                s,
                row,
                {"code_id": school.code},
                base={"version": 1},
                actor=Actor("Ms Rivera", "ROOM-B12"),
                mark_id="6f0f5a34-0000-4000-8000-000000000001",
            )
        )
    finally:
        database.engine.dispose()
    assert settled.outcome.status == "saved" and settled.outcome.row["version"] == 2
    assert _history(school.engine, row) == [
        (2, "mark", "Ms Rivera", role, school.code, "6f0f5a34-0000-4000-8000-000000000001")
    ]
    with Session(school.engine) as session:  # the change columns are cleared at rest
        stored = session.get(Attendance, row)
        assert stored is not None
        assert (stored.change_kind, stored.change_mark_id, stored.change_made_at) == (
            None,
            None,
            None,
        )


def test_psql_marks_get_their_history_too_with_the_real_login_not_the_forged_name(
    school: School,
) -> None:
    role = school.roles[0]
    row = school.rows[0][0]
    with school.connect(role) as conn:
        conn.execute(
            "UPDATE attendance SET code_id = %s, changed_by = 'The Head', version = version + 1 "
            "WHERE id = %s",
            (school.code, row),
        )
    assert _history(school.engine, row) == [(2, "edit", "The Head", role, school.code, None)]


@pytest.mark.parametrize("step", ["version + 2", "version", "version - 1", "1"])
def test_a_version_step_other_than_one_is_refused(school: School, step: str) -> None:
    row = school.rows[0][0]
    with (
        school.connect(school.roles[0]) as conn,
        pytest.raises(psycopg.errors.CheckViolation, match="a change adds one"),
    ):
        conn.execute(
            f"UPDATE attendance SET code_id = %s, version = {step} WHERE id = %s",
            (school.code, row),
        )
    assert _history(school.engine, row) == []
    with school.connect(school.roles[0]) as conn:  # negative control: +1 goes through
        assert _mark(conn, row, school.code) == 1


def test_a_student_with_history_cannot_be_deleted_and_without_restrict_the_history_goes(
    school: School,
) -> None:
    row = school.rows[0][0]
    with school.connect(school.roles[0]) as conn:
        assert _mark(conn, row, school.code) == 1
    with Session(school.engine) as session:
        student = session.get(Attendance, row)
        assert student is not None
        student_id = student.student_id
    with school.engine.connect() as owner, pytest.raises(Exception, match="foreign key"):
        owner.execute(text("DELETE FROM student WHERE id = :s"), {"s": student_id})
    assert len(_history(school.engine, row)) == 1

    # Negative control: the foreign keys as they were before 0010 (CASCADE).
    with school.engine.begin() as owner:
        for table, column, referred in (
            ("attendance", "student_id", "student"),
            ("attendance_change", "student_id", "student"),
            ("attendance_change", "attendance_id", "attendance"),
        ):
            name = f"fk_{table}_{column}_{referred}"
            owner.exec_driver_sql(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
            owner.exec_driver_sql(
                f"ALTER TABLE {table} ADD CONSTRAINT {name} FOREIGN KEY ({column}) "
                f"REFERENCES {referred} (id) ON DELETE CASCADE"
            )
        owner.execute(text("DELETE FROM student WHERE id = :s"), {"s": student_id})
    assert _history(school.engine, row) == []


def test_close_and_reopen_are_logged_and_reopen_needs_a_reason(school: School) -> None:
    lesson = school.lessons[0].session_id
    role = school.roles[0]
    database = school.app(role)
    actor = Actor("Ms Rivera", "ROOM-B12")
    try:
        database.run(lambda s: close_session(s, lesson, actor=actor))
        with pytest.raises(errors.KnownError, match="needs a reason"):
            database.run(lambda s: reopen_session(s, lesson, reason="  ", actor=actor))
        database.run(lambda s: reopen_session(s, lesson, reason="Late arrival", actor=actor))
        other = school.lessons[1].session_id  # another teacher's lesson: refused, in words
        with pytest.raises(RegisterNotYours):
            database.run(lambda s: close_session(s, other, actor=actor))
    finally:
        database.engine.dispose()
    with school.connect(role) as conn:  # psql, closed again, then reopened with no reason
        conn.execute("UPDATE class_session SET status = 'closed' WHERE id = %s", (lesson,))
        with pytest.raises(psycopg.errors.CheckViolation, match="reopen_has_reason"):
            conn.execute("UPDATE class_session SET status = 'open' WHERE id = %s", (lesson,))
    with Session(school.engine) as session:
        logged = [
            (c.kind, c.reason, c.changed_by, c.login)
            for c in session.scalars(
                select(LessonChange)
                .where(LessonChange.class_session_id == lesson)
                .order_by(LessonChange.id)
            )
        ]
    assert logged == [
        ("open", None, "setup", "postgres"),
        ("close", None, "Ms Rivera", role),
        ("reopen", "Late arrival", "Ms Rivera", role),
        ("close", None, "Ms Rivera", role),  # the name is the app's; the login is real
    ]


def test_another_teachers_register_is_refused_in_plain_words_not_as_a_conflict(
    school: School,
) -> None:
    role = school.roles[0]
    database = school.app(role)
    actor = Actor("Ms Rivera", "ROOM-B12")

    def save(row: int) -> Any:
        return database.run(
            lambda s: save_edit(s, row, {"code_id": school.code}, base={"version": 1}, actor=actor)
        )

    try:
        with pytest.raises(RegisterNotYours, match="not yours") as refused:
            save(school.rows[1][0])  # row-level security hides it: an UPDATE of 0 rows
        assert not isinstance(refused.value, errors.ConflictError)
        assert "office" in refused.value.hint
        assert save(school.rows[0][0]).status == "saved"  # negative control: their own
    finally:
        database.engine.dispose()
    assert _history(school.engine, school.rows[1][0]) == []


# --- clear refusals: the journal sets aside what the database refuses for good ---------------


def test_the_journal_sets_aside_refused_and_poisoned_marks_and_sends_the_rest(
    school: School, tmp_path: Path
) -> None:
    role = school.roles[0]
    mine, theirs = school.rows
    actor = Actor("Ms Rivera", "ROOM-B12")
    box = Outbox("school", tmp_path / "journal.sqlite3")
    base = {"version": 1, "code_id": None, "check_in_time": None, "note": ""}
    box.add(theirs[0], 0, {"code_id": school.code}, base=base, actor=actor, mark_id=None)
    # A value PostgreSQL cannot store (a corrupt journal: a code id beyond its integers;
    # a NUL in a note no longer poisons, it is cleaned to a space before it is sent).
    box.add(mine[0], 0, {"code_id": 2**40}, base=base, actor=actor, mark_id=None)
    box.add(mine[1], 0, {"code_id": school.code}, base=base, actor=actor, mark_id=None)
    told: list[tuple[int, str]] = []
    database = school.app(role)
    try:
        sent = replay(
            box, database, set_aside=lambda entry, why: told.append((entry.attendance_id, why))
        )
    finally:
        database.engine.dispose()
    assert sent == 1 and box.pending() == []  # the last mark was not blocked
    assert [e.attendance_id for e in box.set_aside_entries()] == [theirs[0], mine[0]]
    assert [aid for aid, _ in told] == [theirs[0], mine[0]]
    assert "not yours" in told[0][1] and "office" in told[0][1]
    assert "cannot store" in told[1][1]
    assert [e.problem for e in box.set_aside_entries()] == [why for _, why in told]
    assert _history(school.engine, mine[1]) == [(2, "mark", "Ms Rivera", role, school.code, None)]
    assert _history(school.engine, theirs[0]) == [] and _history(school.engine, mine[0]) == []
    box.close()


def test_negative_control_with_row_level_security_off_the_journal_sends_it(
    school: School, tmp_path: Path
) -> None:
    with school.engine.begin() as owner:
        owner.exec_driver_sql("ALTER TABLE attendance DISABLE ROW LEVEL SECURITY")
    box = Outbox("school", tmp_path / "journal.sqlite3")
    base = {"version": 1, "code_id": None, "check_in_time": None, "note": ""}
    box.add(school.rows[1][0], 0, {"code_id": school.code}, base=base, actor=Actor("Ms Rivera"))
    database = school.app(school.roles[0])
    try:
        assert replay(box, database) == 1
    finally:
        database.engine.dispose()
    assert box.set_aside_entries() == [] and box.pending() == []
    box.close()


def test_the_mark_writer_says_not_yours_never_a_conflict_and_goes_on(
    school: School, tmp_path: Path, qtbot: QtBot
) -> None:
    """Through the window's writer, as a teacher's login: another teacher's register is
    refused in plain words, set aside in the journal (not retried, not a conflict), and
    the next mark is saved.  A note PostgreSQL cannot store is set aside the same way."""
    role = school.roles[0]
    mine, theirs = school.rows
    lesson_of = {
        row: lesson.session_id
        for lesson, rows in zip(school.lessons, school.rows, strict=True)
        for row in rows
    }
    base = {"version": 1, "code_id": None, "check_in_time": None, "note": ""}
    database = school.app(role)
    operations = Operations(database)
    box = Outbox("school", tmp_path / "journal.sqlite3")
    writer = MarkWriter(operations, lambda: Actor("Ms Rivera", "ROOM-B12"), box)
    refused: list[tuple[int, str]] = []
    writer.refused.connect(lambda aid, why: refused.append((aid, why)))
    try:
        for row, changes in (
            (theirs[0], {"code_id": school.code}),
            (mine[0], {"code_id": 2**40}),
            (mine[1], {"code_id": school.code}),
        ):
            writer.enqueue(row, changes, base=dict(base), class_session_id=lesson_of[row])
        qtbot.waitUntil(lambda: writer.unsaved() == 0 and len(refused) == 2, timeout=10_000)
        assert operations.wait_for_done()
    finally:
        database.engine.dispose()
    assert [aid for aid, _ in refused] == [theirs[0], mine[0]]
    state, why = writer.state(theirs[0])
    assert state == SaveState.FAILED and "not yours" in why and "office" in why
    assert "cannot store" in writer.state(mine[0])[1]
    assert writer.state(mine[1]) == (SaveState.SAVED, "")
    assert writer.conflicts == [] and not writer._timers  # no conflict, no retry pending
    assert [e.attendance_id for e in writer.set_aside()] == [theirs[0], mine[0]]
    assert box.pending() == []
    assert _history(school.engine, mine[1])[0][3] == role
    writer.dismiss(writer.set_aside()[0])
    assert [e.attendance_id for e in writer.set_aside()] == [mine[0]]
    box.close()


# --- a lesson with no teacher (a class with no teacher enrolment, migration 0012) -------------


def _teacherless(school: School, started: bool) -> tuple[int, list[int]]:
    """A lesson whose class has no teacher (teacher_id NULL), its register started or not."""
    lesson = make_lesson(school.engine, students=2, name="8C Drama")
    with Session(school.engine) as session, session.begin():
        session.execute(
            text("UPDATE school_class SET teacher_id = NULL WHERE id = :c"), {"c": lesson.class_id}
        )
        session.execute(
            text("UPDATE class_session SET teacher_id = NULL WHERE id = :l"),
            {"l": lesson.session_id},
        )
        if started:
            start_session(session, lesson.session_id, actor=Actor("setup"))
        rows = list(
            session.scalars(
                select(Attendance.id).where(Attendance.class_session_id == lesson.session_id)
            )
        )
    return lesson.session_id, rows


def test_a_teacher_cannot_start_or_mark_a_lesson_with_no_teacher_the_office_can(
    school: School,
) -> None:
    _, rows = _teacherless(school, started=True)
    planned, _ = _teacherless(school, started=False)
    with school.connect(school.roles[0]) as conn:
        # psql: the UPDATE policy hides the lesson and its register (0 rows), an INSERT of
        # register rows is refused outright.
        assert _mark(conn, rows[0], school.code) == 0
        assert _mark(conn, school.rows[0][0], school.code) == 1  # negative control: their own
        opened = conn.execute("UPDATE class_session SET status = 'open' WHERE id = %s", (planned,))
        assert opened.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO attendance (class_session_id, student_id, version, changed_by, "
                "changed_on, created_at, updated_at) SELECT %s, student_id, 1, 'x', 'x', now(), "
                "now() FROM enrollment e JOIN class_session cs ON cs.class_id = e.class_id "
                "WHERE cs.id = %s",
                (planned, planned),
            )
    database = school.app(school.roles[0])
    try:  # the app: refused in plain words
        with pytest.raises(RegisterNotYours):
            database.run(lambda s: start_session(s, planned, actor=Actor("Ms Rivera")))
    finally:
        database.engine.dispose()
    staff.grant_office(school.engine, school.roles[1])
    office = school.app(school.roles[1])
    try:
        assert office.run(lambda s: start_session(s, planned, actor=Actor("Office"))) == 2
    finally:
        office.engine.dispose()
    with school.connect(school.roles[1]) as conn:
        assert _mark(conn, rows[0], school.code) == 1
    with Session(school.engine) as session:
        assert session.scalar(select(Attendance.code_id).where(Attendance.id == rows[0])) == (
            school.code
        )
        assert session.scalar(text(f"SELECT status FROM class_session WHERE id = {planned}")) == (
            "open"
        )


def test_a_lesson_with_no_teacher_given_as_cover_is_the_cover_teachers(school: School) -> None:
    from attendance_desktop.timetable.school_day import give_cover

    started, rows = _teacherless(school, started=True)
    with school.connect(school.roles[0]) as conn:
        assert _mark(conn, rows[0], school.code) == 0
    with Session(school.engine) as session, session.begin():
        assert give_cover(session, [started], school.lessons[0].teacher_id) == 1
    with school.connect(school.roles[0]) as conn:
        assert _mark(conn, rows[0], school.code) == 1
