"""Optimistic locking: every write is versioned, logged, and a stale one is refused."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, event, func, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from attendance_desktop import errors
from attendance_desktop.db.engine import create_app_engine
from attendance_desktop.db.migrate import upgrade
from attendance_desktop.db.models import Attendance, AttendanceChange, ClassSession, Student
from attendance_desktop.db.repository import (
    Actor,
    close_session,
    history,
    lesson_history,
    mark,
    reopen_session,
    start_session,
)
from tests.factories import code_ids, make_lesson

TEACHER = Actor("Ms Rivera", "ROOM-B12-PC")
ASSISTANT = Actor("Mr Okafor", "ROOM-B12-TA")


def _first_row(engine: Engine) -> Attendance:
    lesson = make_lesson(engine, students=3)
    with Session(engine) as session, session.begin():
        start_session(session, lesson.session_id, actor=TEACHER)
    with Session(engine) as session:
        row = session.scalars(select(Attendance).order_by(Attendance.id)).first()
        assert row is not None and row.version == 1
        return row


def test_mark_increments_version_and_logs_the_change(engine: Engine) -> None:
    codes = code_ids(engine)
    row = _first_row(engine)
    with Session(engine) as session, session.begin():
        mark(session, row.id, {"code_id": codes["P"]}, actor=TEACHER, expected_version=1)
    with Session(engine) as session, session.begin():
        mark(session, row.id, {"note": "left at 10:00"}, actor=ASSISTANT, expected_version=2)
    with Session(engine) as session:
        stored = session.get(Attendance, row.id)
        assert stored is not None
        assert (stored.version, stored.code_id, stored.note) == (3, codes["P"], "left at 10:00")
        assert (stored.changed_by, stored.changed_on) == ("Mr Okafor", "ROOM-B12-TA")
        log = history(session, row.id)
    assert [(c.version, c.old_code_id, c.new_code_id) for c in log] == [
        (2, None, codes["P"]),
        (3, codes["P"], codes["P"]),
    ]
    assert [(c.old_note, c.new_note) for c in log] == [("", ""), ("", "left at 10:00")]
    assert [c.changed_by for c in log] == ["Ms Rivera", "Mr Okafor"]
    assert all(c.changed_at.tzinfo is not None for c in log)


def test_stale_expected_version_raises_conflict_with_both_values(engine: Engine) -> None:
    codes = code_ids(engine)
    row = _first_row(engine)
    with Session(engine) as session, session.begin():
        mark(session, row.id, {"code_id": codes["A"]}, actor=ASSISTANT, expected_version=1)
    with pytest.raises(errors.ConflictError) as caught, Session(engine) as session:
        mark(session, row.id, {"code_id": codes["P"]}, actor=TEACHER, expected_version=1)
    conflict = caught.value
    assert conflict.stored["code_id"] == codes["A"]
    assert conflict.stored["version"] == 2
    assert conflict.stored["changed_by"] == "Mr Okafor"
    assert conflict.stored["changed_on"] == "ROOM-B12-TA"
    assert conflict.attempted == {"code_id": codes["P"]}
    assert conflict.expected_version == 1
    assert "Mr Okafor" in str(conflict)
    with Session(engine) as session:
        stored = session.get(Attendance, row.id)
        assert stored is not None and stored.code_id == codes["A"]
        assert session.scalar(select(func.count()).select_from(AttendanceChange)) == 1


def test_bad_field_names_are_refused(engine: Engine) -> None:
    row = _first_row(engine)
    with pytest.raises(ValueError, match="version"), Session(engine) as session:
        mark(session, row.id, {"version": 9}, actor=TEACHER)


def _race(pg_url: URL, *, versioned: bool) -> tuple[int | None, list[BaseException]]:
    """Two machines read the same row, then both write a different mark.

    Returns the stored code and the errors the writers saw.
    """
    engine_a = create_app_engine(pg_url)
    engine_b = create_app_engine(pg_url)
    upgrade(engine_a)
    codes = code_ids(engine_a)
    row = _first_row(engine_a)
    seen: list[BaseException] = []
    session_a, session_b = Session(engine_a), Session(engine_b)
    try:
        if versioned:
            # Both read version 1 before either writes: the UPDATE's version
            # check (not the read) is what catches the second writer.
            rows = [s.get(Attendance, row.id) for s in (session_a, session_b)]
            assert all(r is not None and r.version == 1 for r in rows)
            mark(session_a, row.id, {"code_id": codes["A"]}, actor=ASSISTANT)
            session_a.commit()
            try:
                mark(session_b, row.id, {"code_id": codes["P"]}, actor=TEACHER)
                session_b.commit()
            except errors.ConflictError as exc:
                seen.append(exc)
        else:
            # The negative control: a plain read-modify-write without a version check (it
            # still steps the version by one, which the database insists on).
            for session in (session_a, session_b):
                session.execute(text("SELECT code_id FROM attendance WHERE id = :i"), {"i": row.id})
            for session, code in ((session_a, "A"), (session_b, "P")):
                session.execute(
                    text("UPDATE attendance SET code_id = :c, version = version + 1 WHERE id = :i"),
                    {"c": codes[code], "i": row.id},
                )
                session.commit()
        with Session(engine_a) as check:
            stored = check.get(Attendance, row.id)
            assert stored is not None
            return stored.code_id, seen
    finally:
        session_a.close()
        session_b.close()
        engine_a.dispose()
        engine_b.dispose()


def test_second_writer_gets_a_conflict_on_postgresql(pg_url: URL) -> None:
    code, seen = _race(pg_url, versioned=True)
    assert len(seen) == 1 and isinstance(seen[0], errors.ConflictError)
    assert not isinstance(seen[0], StaleDataError)
    assert seen[0].stored["version"] == 2
    engine = create_app_engine(pg_url)
    assert code == code_ids(engine)["A"]  # the first accepted write stands
    engine.dispose()


def test_negative_control_plain_update_loses_the_first_write(pg_url: URL) -> None:
    code, seen = _race(pg_url, versioned=False)
    engine = create_app_engine(pg_url)
    codes = code_ids(engine)
    engine.dispose()
    assert seen == []
    assert code == codes["P"]  # "A" was silently overwritten: the lost update we prevent


def test_stale_update_inside_flush_becomes_conflict_error(pg_url: URL) -> None:
    """A write landing between our read and our UPDATE is caught by the version check."""
    engine = create_app_engine(pg_url)
    other = create_app_engine(pg_url)
    upgrade(engine)
    codes = code_ids(engine)
    row = _first_row(engine)
    fired = []

    def sneak_in(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if fired or not statement.startswith("UPDATE attendance"):
            return
        fired.append(True)
        with Session(other) as s, s.begin():
            mark(s, row.id, {"code_id": codes["L"]}, actor=ASSISTANT)

    event.listen(engine, "before_cursor_execute", sneak_in)
    try:
        with pytest.raises(errors.ConflictError) as caught, Session(engine) as session:
            mark(session, row.id, {"code_id": codes["P"]}, actor=TEACHER, expected_version=1)
    finally:
        event.remove(engine, "before_cursor_execute", sneak_in)
    assert fired
    assert caught.value.stored["code_id"] == codes["L"]
    assert caught.value.stored["changed_by"] == "Mr Okafor"
    engine.dispose()
    other.dispose()


# --- the database keeps the history, on both backends (migration 0010) ------------------------


def test_the_database_writes_history_and_refuses_other_version_steps(engine: Engine) -> None:
    """The rules of tests/test_rights.py, on both backends: SQLite's triggers write the
    history (its "login" is the app's display name), refuse a version step other than
    +1, and a student with history cannot be deleted."""
    codes = code_ids(engine)
    row = _first_row(engine)
    login = "Ms Rivera" if engine.dialect.name == "sqlite" else "postgres"
    with Session(engine) as session, session.begin():
        mark(session, row.id, {"code_id": codes["P"]}, actor=TEACHER, mark_id="m-1")
    with engine.begin() as conn:  # a write outside the app's path is logged all the same
        conn.execute(
            text("UPDATE attendance SET note = 'x', version = version + 1 WHERE id = :i"),
            {"i": row.id},
        )
    with Session(engine) as session:
        logged = [
            (c.version, c.kind, c.mark_id, c.login, c.old_note, c.new_note)
            for c in history(session, row.id)
        ]
        stored = session.get(Attendance, row.id)
        assert stored is not None
        assert (stored.change_kind, stored.change_mark_id) == (None, None)  # cleared
    assert logged == [(2, "mark", "m-1", login, "", ""), (3, "edit", None, login, "", "x")]

    for step in ("version + 2", "version", "version - 1"):
        refused = pytest.raises(sa_exc.IntegrityError, match=r"exactly one|adds one")
        with refused, engine.begin() as conn:
            conn.execute(
                text(f"UPDATE attendance SET code_id = :c, version = {step} WHERE id = :i"),
                {"c": codes["A"], "i": row.id},
            )
    with Session(engine) as session:
        assert len(history(session, row.id)) == 2

    restricted = pytest.raises(sa_exc.IntegrityError, match=r"(?i)foreign key")
    with restricted, engine.begin() as conn:
        conn.execute(text("DELETE FROM student WHERE id = :s"), {"s": row.student_id})
    with Session(engine) as session:
        assert session.get(Student, row.student_id) is not None
        assert len(history(session, row.id)) == 2


def test_closing_and_reopening_are_logged_and_reopening_needs_a_reason(engine: Engine) -> None:
    row = _first_row(engine)
    lesson = row.class_session_id
    with Session(engine) as session, session.begin():
        close_session(session, lesson, actor=TEACHER)
    with pytest.raises(errors.KnownError, match="needs a reason"), Session(engine) as session:
        reopen_session(session, lesson, actor=TEACHER)
    refused = pytest.raises(sa_exc.IntegrityError, match="reopen_has_reason")
    with refused, engine.begin() as conn:  # around the app: the database refuses it too
        conn.execute(text("UPDATE class_session SET status = 'open' WHERE id = :i"), {"i": lesson})
    with Session(engine) as session, session.begin():
        reopen_session(session, lesson, reason="Arrived late", actor=ASSISTANT)
    with Session(engine) as session:
        logged = [(c.kind, c.reason, c.changed_by) for c in lesson_history(session, lesson)]
        stored = session.get(ClassSession, lesson)
        assert stored is not None and stored.status == "open" and stored.change_reason is None
    assert logged == [
        ("open", None, "Ms Rivera"),
        ("close", None, "Ms Rivera"),
        ("reopen", "Arrived late", "Mr Okafor"),
    ]
