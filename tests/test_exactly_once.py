"""Exactly once, whatever the network does: the three ways a mark was lost or misapplied.

Each runs against the real PostgreSQL server, through a TCP relay that fails
the way networks do (tests/netfault.py), and asserts the exact change log:

1. A lost acknowledgement: the teacher's note commits, the answer never comes
   back; the office then clears the note; the PC restarts and sends the note
   again.  It must be recognised as already saved: the office's change stays.
   (Negative control: the same mark without an identity overwrites it.)
2. A kill during a replay: the journal holds ten marks, two of which conflict
   with another PC's changes; the replaying process is SIGKILLed after the
   eighth.  After a restart both conflicts are shown, and the rest is sent.
3. A network that goes silent without closing: ten marks are made; the writer
   must notice (offline, marks in the journal) within 10 s; the PC is then
   switched off without closing the app; after a restart all ten arrive.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from attendance_desktop import errors
from attendance_desktop.db.engine import create_app_engine
from attendance_desktop.db.migrate import upgrade
from attendance_desktop.db.models import Attendance, AttendanceChange
from attendance_desktop.db.repository import Actor, mark, snapshot, start_session
from attendance_desktop.db.work import Database
from attendance_desktop.outbox import Outbox, send_entry
from tests.factories import code_ids, make_lesson
from tests.netfault import Relay, relay

TEACHER = Actor("Ms Rivera", "B12-PC")
OFFICE = Actor("Office", "OFFICE-1")
OTHER_PC = Actor("Mr Okafor", "B14-PC")
NOTE = "Left at 10:05"


@pytest.fixture
def pg_engine(pg_url: URL) -> Iterator[Engine]:
    engine = create_app_engine(pg_url)
    upgrade(engine)
    yield engine
    engine.dispose()


def _via(url: URL, r: Relay) -> URL:
    return url.set(host="127.0.0.1", port=r.port)


def _register(engine: Engine, students: int) -> list[dict[str, Any]]:
    lesson = make_lesson(engine, students=students)
    with Session(engine) as session, session.begin():
        start_session(session, lesson.session_id, actor=TEACHER)
    with Session(engine) as session:
        rows = session.scalars(
            select(Attendance)
            .where(Attendance.class_session_id == lesson.session_id)
            .order_by(Attendance.id)
        )
        return [snapshot(r) for r in rows]


def _log(engine: Engine, attendance_id: int) -> list[tuple[Any, ...]]:
    """The change log of one row: (version, kind, who, old code, new code, old note, new note)."""
    with Session(engine) as session:
        changes = session.scalars(
            select(AttendanceChange)
            .where(AttendanceChange.attendance_id == attendance_id)
            .order_by(AttendanceChange.version)
        )
        return [
            (
                c.version,
                c.kind,
                c.changed_by,
                c.old_code_id,
                c.new_code_id,
                c.old_note,
                c.new_note,
            )
            for c in changes
        ]


# --- 1. a lost acknowledgement ---------------------------------------------------------------


@pytest.mark.postgres
@pytest.mark.parametrize("identity", [True, False], ids=["mark-id", "no-id-negative-control"])
def test_a_lost_acknowledgement_never_replays_over_a_later_change(
    pg_engine: Engine, tmp_path: Path, identity: bool
) -> None:
    codes = code_ids(pg_engine)
    (row,) = _register(pg_engine, students=1)
    aid = int(row["id"])
    # v2: the office marks the student Present.
    with Session(pg_engine) as session:
        mark(session, aid, {"code_id": codes["P"]}, actor=OFFICE, expected_version=1)
        session.commit()

    # The teacher, whose screen still showed v1, adds a note: it goes to the journal
    # first, then to the server through a network that loses the COMMIT's answer.
    box = Outbox("school", tmp_path / "journal.sqlite3")
    mark_id = str(uuid.uuid4()) if identity else None
    box.add(aid, 0, {"note": NOTE}, base=row, actor=TEACHER, mark_id=mark_id)
    (entry,) = box.pending()
    with relay() as r:
        flaky = create_app_engine(_via(pg_engine.url, r))
        with flaky.connect() as warm:  # connected (and its set-up committed) beforehand
            warm.execute(text("SELECT 1"))
        r.lose_reply_after(b"COMMIT")
        with pytest.raises(errors.DatabaseUnreachable):
            send_entry(box, Database(flaky), entry)
        flaky.dispose()
        assert r.replies_lost == 1
    assert box.count() == 1  # not known to be saved: still in the journal

    # v3 is the teacher's note (it did commit); v4: the office sees it and clears it.
    with Session(pg_engine) as session:
        mark(session, aid, {"note": ""}, actor=OFFICE, expected_version=3)
        session.commit()

    # The PC restarts and sends its journal.
    outcome = send_entry(box, Database(pg_engine), box.pending()[0])
    assert box.count() == 0 and box.conflicts() == []
    base_log = [
        (2, "mark", "Office", None, codes["P"], "", ""),
        (3, "merge", "Ms Rivera", codes["P"], codes["P"], "", NOTE),
        (4, "mark", "Office", codes["P"], codes["P"], NOTE, ""),
    ]
    if identity:
        assert outcome is not None and outcome.status == "done"
        assert _log(pg_engine, aid) == base_log  # the office's cleared note stays cleared
    else:
        # What the identity prevents: the same note applied again, over the office's change.
        assert _log(pg_engine, aid) == [
            *base_log,
            (5, "merge", "Ms Rivera", codes["P"], codes["P"], "", NOTE),
        ]


# --- 2. a kill during a replay -----------------------------------------------------------------

_REPLAY_AND_DIE = """
import os, signal, sys
from pathlib import Path
from attendance_desktop.db.engine import create_app_engine
from attendance_desktop.db.work import Database
from attendance_desktop.outbox import Outbox, replay

url, path, after = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
sent = []

def report(entry, outcome):
    sent.append(entry.id)
    if len(sent) == after:  # the power goes, mid-replay
        os.kill(os.getpid(), signal.SIGKILL)

replay(Outbox("school", path), Database(create_app_engine(url)), report)
"""


@pytest.mark.postgres
def test_conflicts_found_by_a_replay_killed_half_way_are_shown_after_a_restart(
    pg_engine: Engine, tmp_path: Path, qtbot: Any
) -> None:
    from attendance_desktop.ui.mark_writer import MarkWriter
    from attendance_desktop.ui.operations import Operations

    codes = code_ids(pg_engine)
    rows = _register(pg_engine, students=10)
    path = tmp_path / "journal.sqlite3"
    box = Outbox("school", path)
    for number, row in enumerate(rows, start=1):
        box.add(
            int(row["id"]),
            0,
            {"code_id": codes["P"]},
            base=row,
            actor=TEACHER,
            mark_id=str(uuid.uuid4()),
            label=f"Student {number}: Present",
        )
    box.close()
    # Meanwhile another PC marked students 3 and 6 Absent: both conflict with ours.
    for number in (3, 6):
        with Session(pg_engine) as session:
            mark(session, int(rows[number - 1]["id"]), {"code_id": codes["A"]}, actor=OTHER_PC)
            session.commit()

    url = pg_engine.url.render_as_string(hide_password=False)
    child = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_REPLAY_AND_DIE), url, str(path), "8"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
    )
    assert child.returncode == -signal.SIGKILL, child.stderr

    journal = Outbox("school", path)
    assert [e.label for e in journal.conflicts()] == ["Student 3: Present", "Student 6: Present"]
    assert [e.label for e in journal.pending()] == ["Student 9: Present", "Student 10: Present"]

    # The app starts again: both conflicts are shown, the last two marks are sent.
    operations = Operations(Database(pg_engine))
    writer = MarkWriter(operations, lambda: TEACHER, journal)
    try:
        assert sorted((c.student, c.group) for c in writer.conflicts) == [
            ("Student 3", "status"),
            ("Student 6", "status"),
        ]
        assert all(c.theirs["code_id"] == codes["A"] for c in writer.conflicts)
        assert writer.replay_left_over()
        qtbot.waitUntil(lambda: writer.waiting() == 0 and not writer.replaying, timeout=15_000)
        assert len(writer.conflicts) == 2  # still waiting for the teacher
        for number, row in enumerate(rows, start=1):
            aid = int(row["id"])
            if number in (3, 6):
                assert _log(pg_engine, aid) == [
                    (2, "mark", "Mr Okafor", None, codes["A"], "", ""),
                ]
            else:
                assert _log(pg_engine, aid) == [(2, "mark", "Ms Rivera", None, codes["P"], "", "")]
        # The teacher settles one each way; the journal lets both go.
        first, second = sorted(writer.conflicts, key=lambda c: c.student)
        writer.take_theirs(first)
        writer.keep_mine(second)
        qtbot.waitUntil(lambda: not writer.unsaved() and not writer.conflicts, timeout=15_000)
        assert _log(pg_engine, int(rows[5]["id"]))[-1][:5] == (
            3,
            "override",
            "Ms Rivera",
            codes["A"],
            codes["P"],
        )
        assert journal.count() == 0 and journal.conflicts() == []
    finally:
        writer.keep_unsaved()
        operations.wait_for_done()


# --- 3. a network that goes silent ----------------------------------------------------------


@pytest.mark.postgres
def test_marks_made_while_the_network_is_silent_all_arrive_after_a_restart(
    pg_engine: Engine, tmp_path: Path, qtbot: Any
) -> None:
    from attendance_desktop.ui.mark_writer import MarkWriter
    from attendance_desktop.ui.operations import Operations

    codes = code_ids(pg_engine)
    rows = _register(pg_engine, students=11)
    path = tmp_path / "journal.sqlite3"
    with relay() as r:
        engine = create_app_engine(_via(pg_engine.url, r))
        operations = Operations(Database(engine))
        writer = MarkWriter(operations, lambda: TEACHER, Outbox("school", path))
        # One mark while all is well: the pool holds a live connection.
        first = rows[0]
        writer.enqueue(
            int(first["id"]),
            {"code_id": codes["P"]},
            base=first,
            class_session_id=0,
            label="Student 1: Present",
        )
        qtbot.waitUntil(lambda: writer.unsaved() == 0, timeout=10_000)

        r.go_silent()  # a pulled cable behind the switch: nothing passes, nothing closes
        silent_at = time.monotonic()
        for number, row in enumerate(rows[1:], start=2):
            writer.enqueue(
                int(row["id"]),
                {"code_id": codes["L"]},
                base=row,
                class_session_id=0,
                label=f"Student {number}: Late",
            )
        # Journal first: all ten are on disk the moment they are made...
        assert Outbox("school", path).count() == 10
        # ...and the writer notices the silence by itself.
        qtbot.waitUntil(lambda: writer.offline, timeout=10_000)
        noticed = time.monotonic() - silent_at
        assert noticed < 10, f"offline only after {noticed:.1f} s"
        print(f"offline {noticed:.1f} s after the network went silent")
        assert Outbox("school", path).count() == 10

        # The PC is switched off: no goodbye, nothing saved on the way out.
        operations.wait_for_done(20_000)
        engine.dispose()

    # The next morning the network is back and the app starts again.
    operations = Operations(Database(pg_engine))
    writer = MarkWriter(operations, lambda: TEACHER, Outbox("school", path))
    try:
        assert writer.waiting() == 10
        assert writer.replay_left_over()
        qtbot.waitUntil(lambda: writer.waiting() == 0 and not writer.replaying, timeout=20_000)
        assert writer.conflicts == []
        assert _log(pg_engine, int(first["id"])) == [
            (2, "mark", "Ms Rivera", None, codes["P"], "", "")
        ]
        for row in rows[1:]:
            assert _log(pg_engine, int(row["id"])) == [
                (2, "mark", "Ms Rivera", None, codes["L"], "", "")
            ]
    finally:
        writer.keep_unsaved()
        operations.wait_for_done()
