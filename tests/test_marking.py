"""The mark writer's database work, without Qt: saving a mark, naming who made the
other change, refusing to wait on a server known to be away, probing it."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta, timezone
from functools import partial
from typing import Any

import pytest
from psycopg import pq
from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session

from attendance_desktop import errors, marking
from attendance_desktop.db import repository
from attendance_desktop.db.models import Attendance, Student
from attendance_desktop.db.repository import Actor, snapshot, start_session
from attendance_desktop.db.work import Database
from tests.factories import code_ids, make_lesson


def _first_row(engine: Engine) -> tuple[int, dict[str, Any], str]:
    """A started register's first row: its id, its values, and the student's name."""
    lesson = make_lesson(engine, students=2)
    with Session(engine) as session, session.begin():
        start_session(session, lesson.session_id, actor=Actor("setup", "OFFICE-1"))
    with Session(engine) as session:
        row = session.scalars(
            select(Attendance)
            .where(Attendance.class_session_id == lesson.session_id)
            .order_by(Attendance.id)
        ).first()
        assert row is not None
        student = session.get(Student, row.student_id)
        assert student is not None
        return row.id, snapshot(row), f"{student.first_name} {student.last_name}"


def _save(
    engine: Engine, attendance_id: int, changes: dict[str, Any], base: dict[str, Any], who: str
) -> marking.Settled:
    return Database(engine).run(
        partial(
            marking.save_mark,
            attendance_id=attendance_id,
            changes=changes,
            base=base,
            actor=Actor(who, f"{who.upper()}-PC"),
        )
    )


def test_a_plain_mark_is_saved_and_names_nobody(engine: Engine) -> None:
    attendance_id, base, _ = _first_row(engine)
    present = code_ids(engine)["P"]
    settled = _save(engine, attendance_id, {"code_id": present}, base, "ana")
    assert settled.outcome.status == "saved"
    assert settled.outcome.row["code_id"] == present
    assert (settled.who, settled.student) == (None, "")


def test_a_merged_mark_names_who_changed_the_other_field(engine: Engine) -> None:
    attendance_id, base, student = _first_row(engine)
    _save(engine, attendance_id, {"note": "dentist at ten"}, base, "ben")
    settled = _save(engine, attendance_id, {"code_id": code_ids(engine)["P"]}, base, "ana")
    assert settled.outcome.status == "merged"
    assert settled.who is not None
    assert (settled.who.name, settled.who.machine) == ("ben", "BEN-PC")
    assert settled.student == student


def test_a_conflict_names_who_changed_the_same_field(engine: Engine) -> None:
    attendance_id, base, student = _first_row(engine)
    codes = code_ids(engine)
    _save(engine, attendance_id, {"code_id": codes["A"]}, base, "ben")
    _save(engine, attendance_id, {"note": "ana's later note"}, base, "cai")
    settled = _save(engine, attendance_id, {"code_id": codes["P"]}, base, "ana")
    assert settled.outcome.status == "conflict"
    assert settled.who is not None and settled.who.name == "ben"  # not cai: the status
    assert settled.student == student


def test_a_mark_is_not_tried_once_the_writer_knows_the_server_is_away(engine: Engine) -> None:
    attendance_id, base, _ = _first_row(engine)
    work = partial(
        marking.save_mark,
        attendance_id=attendance_id,
        changes={"code_id": code_ids(engine)["P"]},
        base=base,
        actor=Actor("ana"),
        offline=lambda: True,
    )
    with pytest.raises(errors.DatabaseUnreachable):
        Database(engine).run(work)
    with Session(engine) as session:
        stored = session.get(Attendance, attendance_id)
        assert stored is not None and stored.code_id is None


def test_the_probe_answers_when_the_server_does(engine: Engine) -> None:
    Database(engine).run(marking.probe)


def test_someone_is_described_in_the_given_zone() -> None:
    at = datetime(2026, 11, 24, 9, 3, tzinfo=UTC)
    someone = marking.Someone("Mr Okafor", "OFFICE-1", at)
    assert someone.describe(UTC) == "Mr Okafor on OFFICE-1 at 09:03"
    assert someone.describe(timezone(timedelta(hours=2))) == "Mr Okafor on OFFICE-1 at 11:03"
    assert marking.Someone("").describe() == "someone"


def test_a_conflict_says_when_the_other_mark_was_made_not_when_it_was_saved(
    engine: Engine,
) -> None:
    """Ben marked Absent at 21:58 while his PC was offline; it reached the server later.
    The conflict bar must say 21:58, the time Ben made it."""
    attendance_id, base, _ = _first_row(engine)
    codes = code_ids(engine)
    made = datetime.now(UTC) - timedelta(minutes=41)
    Database(engine).run(
        partial(
            marking.save_mark,
            attendance_id=attendance_id,
            changes={"code_id": codes["A"]},
            base=base,
            actor=Actor("ben", "BEN-PC"),
            made_at=made,
        )
    )
    settled = _save(engine, attendance_id, {"code_id": codes["P"]}, base, "ana")
    assert settled.outcome.status == "conflict"
    assert settled.who is not None and settled.who.at == made


# --- a mark is one statement: its round trips, counted -----------------------------------------


class RoundTrips:
    """Counts what the engine's connections send: on PostgreSQL the round trips (one
    ``ReadyForQuery`` answers each, in libpq's trace), on SQLite the statements."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.count = 0
        self.statements: list[str] = []
        self._trace: Any = None
        event.listen(engine, "checkout", self._checkout)
        event.listen(engine, "checkin", self._checkin)

    def close(self) -> None:
        event.remove(self.engine, "checkout", self._checkout)
        event.remove(self.engine, "checkin", self._checkin)

    def _checkout(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        if self.engine.dialect.name == "sqlite":
            dbapi_connection.set_trace_callback(self._statement)
            return
        self._trace = tempfile.TemporaryFile()  # noqa: SIM115 - closed at checkin
        dbapi_connection.pgconn.trace(self._trace.fileno())
        dbapi_connection.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS)

    def _statement(self, sql: str) -> None:
        # The trigger programs a statement runs are traced with the statement's own text.
        if not self.statements or self.statements[-1] != sql:
            self.statements.append(sql)

    def _checkin(self, dbapi_connection: Any, _record: Any) -> None:
        if self.engine.dialect.name == "sqlite":
            dbapi_connection.set_trace_callback(None)
            self.count = len(self.statements)
            return
        dbapi_connection.pgconn.untrace()
        self._trace.seek(0)
        lines = self._trace.read().decode(errors="replace").splitlines()
        self._trace.close()
        self.count += sum(1 for line in lines if "\tB\t" in f"\t{line}" and "ReadyForQuery" in line)
        self.statements += [line for line in lines if line.startswith("F") and "Query" in line]


def _counted(engine: Engine, work: Any) -> RoundTrips:
    counter = RoundTrips(engine)
    try:
        Database(engine).run(work)
    finally:
        counter.close()
    return counter


def test_a_mark_is_one_statement_three_round_trips(engine: Engine) -> None:
    """BEGIN, the versioned UPDATE ... RETURNING (its history row written by the
    database), COMMIT: three round trips, where the raw baseline sends four.  The
    negative control, the same mark read back through the ORM (``repository.mark``),
    counts four, so the counter counts."""
    attendance_id, base, _ = _first_row(engine)
    codes = code_ids(engine)
    Database(engine).run(marking.probe)  # connected before counting (its set-up is not a mark)
    saved = _counted(
        engine,
        partial(
            marking.save_mark,
            attendance_id=attendance_id,
            changes={"code_id": codes["P"]},
            base=base,
            actor=Actor("ana"),
            mark_id="3c1c1f7e-0000-4000-8000-000000000001",
        ),
    )
    assert saved.count == 3
    if engine.dialect.name == "sqlite":
        assert [s.split()[0] for s in saved.statements] == ["BEGIN", "UPDATE", "COMMIT"]
    read_back = _counted(
        engine,
        lambda s: repository.mark(
            s, attendance_id, {"code_id": codes["A"]}, actor=Actor("ana"), expected_version=2
        ),
    )
    assert read_back.count == 4
    with Session(engine) as session:
        assert [c.version for c in repository.history(session, attendance_id)] == [2, 3]
