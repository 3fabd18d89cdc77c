"""The local outbox: marks made while the server is away are kept and replayed safely."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from attendance_desktop import errors
from attendance_desktop.db.engine import create_app_engine
from attendance_desktop.db.models import Attendance, AttendanceChange
from attendance_desktop.db.repository import Actor, EditOutcome, mark, snapshot, start_session
from attendance_desktop.db.work import Database
from attendance_desktop.outbox import Outbox, PendingEdit, replay
from tests.factories import code_ids, make_lesson

TEACHER = Actor("Ms Rivera", "B12-PC")
OFFICE = Actor("Office", "OFFICE-1")


def _rows(engine: Engine, students: int = 3) -> list[dict[str, Any]]:
    lesson = make_lesson(engine, students=students)
    with Session(engine) as session, session.begin():
        start_session(session, lesson.session_id, actor=TEACHER)
    with Session(engine) as session:
        return [
            snapshot(r)
            for r in session.scalars(
                select(Attendance).where(Attendance.class_session_id == lesson.session_id)
            )
        ]


def _stored(engine: Engine, attendance_id: int) -> Attendance:
    with Session(engine) as session:
        row = session.get(Attendance, attendance_id)
        assert row is not None
        session.expunge(row)
        return row


def test_entries_survive_a_restart_and_keep_datetimes() -> None:
    check_in = datetime(2026, 11, 24, 9, 3, tzinfo=UTC)
    box = Outbox("postgresql+psycopg://db/school")
    box.add(7, 3, {"code_id": 1, "check_in_time": check_in}, base={"version": 1}, actor=TEACHER)
    box.add(8, 3, {"note": "nurse"}, base={"version": 4}, actor=TEACHER, kind="note")
    again = Outbox("postgresql+psycopg://db/school")  # a new process, same file
    entries = again.pending()
    assert [e.attendance_id for e in entries] == [7, 8]
    assert entries[0].changes["check_in_time"] == check_in
    assert entries[1].kind == "note" and entries[1].base == {"version": 4}
    assert entries[0].actor == TEACHER
    assert Outbox("sqlite+pysqlite:///other.sqlite3").pending() == []


def test_replay_merges_with_changes_made_meanwhile(engine: Engine) -> None:
    codes = code_ids(engine)
    first, second, third = _rows(engine)
    box = Outbox(engine)
    # Offline on the classroom PC: three marks on what the screen showed.
    box.add(first["id"], 0, {"code_id": codes["A"]}, base=first, actor=TEACHER)
    box.add(second["id"], 0, {"code_id": codes["P"]}, base=second, actor=TEACHER)
    box.add(third["id"], 0, {"code_id": codes["L"]}, base=third, actor=TEACHER)
    # Meanwhile the office, still online, wrote to two of those rows.
    with Session(engine) as session:
        mark(session, first["id"], {"note": "called in sick"}, actor=OFFICE)
        session.commit()
    with Session(engine) as session:
        mark(session, third["id"], {"code_id": codes["E"]}, actor=OFFICE)
        session.commit()

    reported: list[tuple[PendingEdit, EditOutcome]] = []
    assert replay(box, Database(engine), lambda e, o: reported.append((e, o))) == 3
    assert box.count() == 0
    # The conflict stays in the journal, for the teacher, until it is settled.
    assert [e.attendance_id for e in box.conflicts()] == [third["id"]]
    statuses = {e.attendance_id: o.status for e, o in reported}
    assert statuses == {first["id"]: "merged", second["id"]: "saved", third["id"]: "conflict"}

    merged = _stored(engine, int(first["id"]))
    assert (merged.code_id, merged.note) == (codes["A"], "called in sick")
    kept = _stored(engine, int(third["id"]))
    assert kept.code_id == codes["E"]  # the office's Excused was not overwritten...
    conflict = next(o for e, o in reported if e.attendance_id == third["id"])
    assert conflict.conflicts[0].mine == {"code_id": codes["L"]}  # ...and ours is shown
    with Session(engine) as session:
        kinds = session.scalars(
            select(AttendanceChange.kind).where(AttendanceChange.attendance_id == first["id"])
        ).all()
    assert sorted(kinds) == ["mark", "merge"]


def test_replay_against_an_unreachable_server_keeps_everything(engine: Engine) -> None:
    codes = code_ids(engine)
    (row,) = _rows(engine, students=1)
    box = Outbox("postgresql+psycopg://postgres@127.0.0.1:1/attendance")
    box.add(row["id"], 0, {"code_id": codes["P"]}, base=row, actor=TEACHER)
    down = create_app_engine("postgresql://postgres@127.0.0.1:1/attendance")
    with pytest.raises(errors.DatabaseUnreachable):
        replay(box, Database(down))
    down.dispose()
    assert box.count() == 1


def test_a_journal_from_the_previous_version_is_upgraded_in_place(tmp_path: Path) -> None:
    """Marks kept by the version before mark identities (no mark_id, label, state) are
    still sent after the update: the file gains the columns, the entry keeps its place."""
    import sqlite3

    path = tmp_path / "outbox.sqlite3"
    old = sqlite3.connect(path)
    old.execute(
        "CREATE TABLE pending (id INTEGER PRIMARY KEY AUTOINCREMENT, database TEXT NOT NULL, "
        "attendance_id INTEGER NOT NULL, class_session_id INTEGER NOT NULL, base TEXT NOT NULL, "
        "changes TEXT NOT NULL, actor TEXT NOT NULL, machine TEXT NOT NULL, kind TEXT NOT NULL, "
        "reason TEXT, created_at TEXT NOT NULL)"
    )
    old.execute(
        "INSERT INTO pending (database, attendance_id, class_session_id, base, changes, actor, "
        "machine, kind, reason, created_at) VALUES ('school', 7, 3, '{\"version\": 1}', "
        "'{\"note\": \"x\"}', 'Ms Rivera', 'B12-PC', 'mark', NULL, '2026-12-01T09:00:00+00:00')"
    )
    old.commit()
    old.close()
    box = Outbox("school", path)
    (entry,) = box.pending()
    assert (entry.attendance_id, entry.changes, entry.mark_id, entry.label) == (
        7,
        {"note": "x"},
        None,
        "",
    )
    assert box.count() == 1 and box.conflicts() == []
    new_id = box.add(8, 3, {"note": "y"}, base={"version": 1}, actor=TEACHER, mark_id="m-1")
    assert [e.id for e in box.pending()] == [entry.id, new_id]
    assert box.pending()[1].mark_id == "m-1"


def test_a_mark_kept_offline_is_stored_with_the_time_it_was_made(engine: Engine) -> None:
    """The history can say "made 09:03, saved 09:41": the journal keeps the key press's
    time and the change row stores it beside the server's own time of the write."""
    from datetime import timedelta

    codes = code_ids(engine)
    (row,) = _rows(engine, students=1)
    made = datetime.now(UTC) - timedelta(minutes=38)
    box = Outbox(engine)
    box.add(row["id"], 0, {"code_id": codes["L"]}, base=row, actor=TEACHER, made_at=made)
    assert box.pending()[0].made_at == made
    assert replay(box, Database(engine)) == 1
    with Session(engine) as session:
        change = session.scalars(
            select(AttendanceChange).where(AttendanceChange.attendance_id == row["id"])
        ).one()
    assert change.made_at == made
    assert change.changed_at - made > timedelta(minutes=37)
