"""Time the register, the reports and a mark on a generated district database.

Everything runs in one process against the database given by ``--database``
(made by ``bench/generate.py``):

- ``register``: load one session's register, the app's way: a read-only
  session, ``repository.register_query`` and ``repository.recent_marks``;
- ``history``: one student's year (``repository.student_history_query``);
- ``summary``: one class's 12-week term (``repository.class_summary_query``);
- ``mark: app``: one mark, the app's way, as the window's writer sends it:
  ``Database.run`` (a session per action, the mark's deadline) of
  ``marking.save_mark`` with the mark's identity: one versioned ``UPDATE ...
  RETURNING``, its history row written by the database's trigger (migration 0010);
- the baselines, on the same rows: ``mark: raw psycopg`` (PostgreSQL: SELECT the
  row, versioned UPDATE, commit on one open connection: BEGIN, SELECT, UPDATE,
  COMMIT) and ``mark: plain ORM`` (SQLite: session per action, ORM load + change +
  commit, same engine); the database's trigger writes a history row for theirs too;
- for information: the other of those two, and ``mark: raw sqlite3`` (the app's
  pragmas, BEGIN IMMEDIATE, SELECT, versioned UPDATE, COMMIT);
- ``mark: app + journal``: what the window does for a mark since marks are
  journalled first: the mark into the local journal (an SQLite file on this
  PC's disk, ``synchronous=FULL``), the app's mark, the entry out of the
  journal; and ``journal: add + remove`` on its own;
- with ``--what-if``: a candidate change to the app's code (a join-free
  ``recent_marks``), discussed in bench/README.md.

On PostgreSQL every mark, baselines included, is made as a teacher's own login
(``--as-teacher``, the default): a login role in the ``attendance_teacher`` group
is made for the teacher with the most lessons in the last week (and removed
afterwards), the marked rows are that teacher's, and row-level security and the
history trigger are on, as in production.  After the timed rounds each mark is
sent a few more times with its round trips counted (libpq's trace on
PostgreSQL: one ``ReadyForQuery`` per round trip; statements on SQLite).
``--delay-ms`` puts a relay between the client and the server that holds every
packet that long each way (what ``tc ... netem`` would do, where the kernel has
no netem), so the marks pay a school network's round trips.

Each round runs every operation once, starting at a different one each round,
so drift (checkpoints, autovacuum, a noisy neighbour) falls on all of them
alike; the marks of a round all change the same row.  Warm-up rounds come
first and are not counted.

    python bench/run.py --database bench/data/district.sqlite3
    python bench/run.py --database postgresql+psycopg://postgres@127.0.0.1:5432/attendance_bench
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import pstats
import random
import shutil
import socket
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import psycopg
from psycopg import pq
from sqlalchemy import Engine, event, func, select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from attendance_desktop import marking
from attendance_desktop.db import repository
from attendance_desktop.db.deadline import MARK_SECONDS
from attendance_desktop.db.engine import (
    SQLITE_BUSY_TIMEOUT_MS,
    create_app_engine,
    describe,
    is_sqlite,
    make_sessionmaker,
    parse_url,
    read_only,
)
from attendance_desktop.db.models import Attendance, AttendanceCode, ClassSession
from attendance_desktop.db.types import utcnow
from attendance_desktop.db.work import Database
from attendance_desktop.outbox import Outbox

TERM_WEEKS = 12
ACTOR = repository.Actor("Bench Teacher", machine="PC-BENCH")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", required=True, help="database URL or SQLite path")
    parser.add_argument(
        "--rounds", type=int, default=1000, help="measured rounds (default: %(default)s)"
    )
    parser.add_argument(
        "--warmup", type=int, default=100, help="warm-up rounds, not counted (default: %(default)s)"
    )
    parser.add_argument("--seed", type=int, default=7, help="random seed (default: %(default)s)")
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="afterwards, profile N app marks with cProfile and count their statements",
    )
    parser.add_argument(
        "--plans", action="store_true", help="print the query plans of the three reads"
    )
    parser.add_argument(
        "--as-owner",
        dest="as_teacher",
        action="store_false",
        help="PostgreSQL: mark as the database's own login (default: as a teacher's login, "
        "row-level security on)",
    )
    parser.add_argument(
        "--delay-ms",
        type=float,
        default=0.0,
        metavar="MS",
        help="PostgreSQL: hold every packet of the marks this long each way (a relay)",
    )
    parser.add_argument(
        "--count-rounds",
        type=int,
        default=50,
        metavar="N",
        help="afterwards, count the round trips of N marks of each kind (default: %(default)s)",
    )
    parser.add_argument(
        "--what-if",
        action="store_true",
        help="also time the register with a candidate recent_marks query (see README)",
    )
    return parser.parse_args(argv)


# --- what is measured ------------------------------------------------------------------------


@dataclass
class Targets:
    """The sessions, students, classes and rows the rounds use, chosen with a fixed seed."""

    year_start: datetime
    year_end: datetime
    term_start: datetime
    term_end: datetime
    sessions: list[tuple[int, datetime]]
    students: list[int]
    classes: list[int]
    #: Rows of the last week's registers, one per round (warm-up rounds included).
    rows: list[int]
    codes: list[int]
    #: What each row holds now, kept up to date as the marks change it.
    code: dict[int, int | None] = field(default_factory=dict)
    version: dict[int, int] = field(default_factory=dict)

    def next_code(self, row_id: int) -> int:
        """A code different from the row's current one, so every write changes something."""
        current = self.code[row_id]
        index = self.codes.index(current) + 1 if current in self.codes else 0
        return self.codes[index % len(self.codes)]

    def wrote(self, row_id: int, code: int) -> None:
        self.code[row_id] = code
        self.version[row_id] += 1


def choose_targets(engine: Engine, count: int, seed: int, teacher_id: int | None = None) -> Targets:
    """``teacher_id``: mark only that teacher's rows (the last eight weeks of their lessons,
    a row used again in a later round if they have fewer rows than rounds)."""
    rng = random.Random(seed)
    with Session(read_only(engine)) as session:
        first, last = session.execute(
            select(func.min(ClassSession.start_time), func.max(ClassSession.start_time))
        ).one()
        if first is None:
            raise SystemExit("The database has no sessions: run bench/generate.py first.")
        max_session, max_student, max_class = session.execute(
            text(
                "SELECT (SELECT max(id) FROM class_session), (SELECT max(id) FROM student), "
                "(SELECT max(id) FROM school_class)"
            )
        ).one()
        session_ids = [rng.randint(1, max_session) for _ in range(count)]
        starts = dict(
            session.execute(
                select(ClassSession.id, ClassSession.start_time).where(
                    ClassSession.id.in_(set(session_ids))
                )
            ).all()
        )
        recent = select(Attendance.id, Attendance.code_id, Attendance.version).join(
            ClassSession, ClassSession.id == Attendance.class_session_id
        )
        if teacher_id is None:
            recent = recent.where(ClassSession.start_time >= last - timedelta(days=7))
        else:
            recent = recent.where(
                ClassSession.start_time >= last - timedelta(weeks=8),
                ClassSession.teacher_id == teacher_id,
            )
        last_week = session.execute(recent.order_by(Attendance.id)).all()
        codes = list(session.scalars(select(AttendanceCode.id).order_by(AttendanceCode.id)))
    if len(last_week) >= count:
        picked = rng.sample(last_week, count)
    elif teacher_id is not None and last_week:
        picked = rng.choices(last_week, k=count)
    else:
        raise SystemExit(f"Only {len(last_week)} rows in the last week; use fewer rounds.")
    year_start = first.replace(hour=0, minute=0, second=0, microsecond=0)
    return Targets(
        year_start=year_start,
        year_end=last + timedelta(days=1),
        term_start=year_start,
        term_end=year_start + timedelta(weeks=TERM_WEEKS),
        sessions=[(s, starts[s]) for s in session_ids if s in starts],
        students=[rng.randint(1, max_student) for _ in range(count)],
        classes=[rng.randint(1, max_class) for _ in range(count)],
        rows=[row.id for row in picked],
        codes=codes,
        code={row.id: row.code_id for row in picked},
        version={row.id: row.version for row in picked},
    )


Operation = Callable[[int], None]
REGISTER_QUERY = "  of which register_query"
RECENT_MARKS = "  of which recent_marks"


def read_operations(
    engine: Engine, targets: Targets, parts: dict[str, list[float]], *, what_if: bool = False
) -> dict[str, Operation]:
    """The three reads; each takes the round number and picks its target from it.

    ``register`` also appends the time of its two halves to ``parts``.
    """
    reads = make_sessionmaker(read_only(engine))

    def register(i: int) -> None:
        session_id, start = targets.sessions[i % len(targets.sessions)]
        with reads() as session:
            started = time.perf_counter_ns()
            rows = session.execute(repository.register_query(session_id)).all()
            middle = time.perf_counter_ns()
            repository.recent_marks(session, [row.student_id for row in rows], before=start)
            ended = time.perf_counter_ns()
        parts[REGISTER_QUERY].append((middle - started) / 1e6)
        parts[RECENT_MARKS].append((ended - middle) / 1e6)

    def history(i: int) -> None:
        student_id = targets.students[i % len(targets.students)]
        with reads() as session:
            query = repository.student_history_query(
                student_id, targets.year_start, targets.year_end
            )
            session.execute(query).all()

    def summary(i: int) -> None:
        class_id = targets.classes[i % len(targets.classes)]
        with reads() as session:
            query = repository.class_summary_query(class_id, targets.term_start, targets.term_end)
            session.execute(query).all()

    operations: dict[str, Operation] = {
        "register": register,
        "history": history,
        "summary": summary,
    }
    if what_if:

        def register_what_if(i: int) -> None:
            session_id, start = targets.sessions[i % len(targets.sessions)]
            with reads() as session:
                rows = session.execute(repository.register_query(session_id)).all()
                recent_marks_by_created_at(session, [row.student_id for row in rows], start)

        operations[WHAT_IF] = register_what_if
    return operations


WHAT_IF = "register, what-if: recent marks by created_at"


def recent_marks_by_created_at(
    session: Session, student_ids: list[int], before: datetime, per_student: int = 5
) -> dict[int, list[int | None]]:
    """``repository.recent_marks`` without the join: ordered by the row's own created_at.

    Not the app's code: a candidate for it (see bench/README.md).  ``created_at``
    is when the register was started, normally the lesson's start, and
    idx_attendance_student_created is on (student_id, created_at), so the rows
    come from that one index and no class_session row is read.
    """
    ranked = (
        select(
            Attendance.student_id,
            Attendance.code_id,
            func.row_number()
            .over(partition_by=Attendance.student_id, order_by=Attendance.created_at.desc())
            .label("n"),
        )
        .where(Attendance.student_id.in_(student_ids), Attendance.created_at < before)
        .subquery()
    )
    result: dict[int, list[int | None]] = {i: [] for i in student_ids}
    for student_id, code_id in session.execute(
        select(ranked.c.student_id, ranked.c.code_id)
        .where(ranked.c.n <= per_student)
        .order_by(ranked.c.student_id, ranked.c.n)
    ):
        result[student_id].append(code_id)
    return result


def mark_operations(
    marks_engine: Engine, targets: Targets, raw_conninfo: str | None = None
) -> tuple[dict[str, Operation], list[Callable[[], None]], Any]:
    """The app's mark, its baselines and the informational variants, all through
    ``marks_engine`` (on PostgreSQL: a teacher's own login) or, for raw psycopg, a
    connection to ``raw_conninfo``.

    Also returns what to close afterwards (raw connections, the journal) and the raw
    connection (to count its round trips).
    """
    operations: dict[str, Operation] = {}
    closers: list[Callable[[], None]] = []
    raw_connection: Any = None
    database = Database(marks_engine)

    def app_mark(journal: Outbox | None = None, deadline: float | None = MARK_SECONDS) -> Operation:
        def mark(i: int) -> None:
            row_id = targets.rows[i]
            code = targets.next_code(row_id)
            mark_id = str(uuid.uuid4())
            base = {"version": targets.version[row_id], "code_id": targets.code[row_id]}
            entry = None
            if journal is not None:
                entry = journal.add(
                    row_id, 0, {"code_id": code}, base=base, actor=ACTOR, mark_id=mark_id
                )
            settled = database.run(
                partial(
                    marking.save_mark,
                    attendance_id=row_id,
                    changes={"code_id": code},
                    base=base,
                    actor=ACTOR,
                    mark_id=mark_id,
                    made_at=utcnow(),
                ),
                deadline=deadline,
            )
            assert settled.outcome.status == "saved", settled.outcome
            if journal is not None and entry is not None:
                journal.remove(entry)
            targets.wrote(row_id, code)

        return mark

    # The journal lives where the app keeps it: the user's data folder on this PC's disk.
    folder = tempfile.mkdtemp(prefix="attendance-bench-journal-")
    journal = Outbox("bench", Path(folder) / "outbox.sqlite3")
    closers.append(journal.close)
    closers.append(lambda: shutil.rmtree(folder, ignore_errors=True))

    def journal_only(i: int) -> None:
        entry = journal.add(
            targets.rows[i], 0, {"code_id": 1}, base={"version": 1}, actor=ACTOR, mark_id="x"
        )
        journal.remove(entry)

    plain_sessions = sessionmaker(marks_engine)

    def plain_orm(i: int) -> None:
        row_id = targets.rows[i]
        with plain_sessions() as session:
            row = session.get(Attendance, row_id)
            assert row is not None
            code = targets.next_code(row_id)
            row.code_id = code
            session.commit()
        targets.wrote(row_id, code)

    operations["mark: app"] = app_mark()
    operations["mark: app + journal"] = app_mark(journal)
    if not is_sqlite(marks_engine):
        # For information: the mark's deadline (db/deadline.py) starts a timer thread per
        # action; this is the same mark without it.
        operations["mark: app, no deadline timer"] = app_mark(deadline=None)
    operations["journal: add + remove"] = journal_only
    operations["mark: plain ORM"] = plain_orm
    if is_sqlite(marks_engine):
        raw = raw_sqlite(marks_engine.url)
        closers.append(raw.close)
        operations["mark: raw sqlite3"] = raw_sqlite_mark(raw, targets)
        raw_connection = raw
    else:
        assert raw_conninfo is not None
        pg = psycopg.connect(raw_conninfo, application_name="attendance-bench-raw")
        closers.append(pg.close)
        operations["mark: raw psycopg"] = raw_psycopg_mark(pg, targets)
        raw_connection = pg
    return operations, closers, raw_connection


SELECT_ROW = "SELECT version, code_id FROM attendance WHERE id = {0}"
UPDATE_ROW = (
    "UPDATE attendance SET code_id = {0}, version = version + 1, changed_by = {0}, "
    "changed_on = {0}, updated_at = {0} WHERE id = {0} AND version = {0}"
)


def raw_sqlite_mark(raw: sqlite3.Connection, targets: Targets) -> Operation:
    """The mark with the bare driver (the database's trigger writes its history row)."""
    select_row, update_row = (sql.format("?") for sql in (SELECT_ROW, UPDATE_ROW))

    def mark(i: int) -> None:
        row_id = targets.rows[i]
        code = targets.next_code(row_id)
        now = sqlite_stamp(utcnow())
        raw.execute("BEGIN IMMEDIATE")
        version, _old_code = raw.execute(select_row, (row_id,)).fetchone()
        values = (code, ACTOR.name, ACTOR.machine, now, row_id, version)
        changed = raw.execute(update_row, values).rowcount
        raw.execute("COMMIT")
        assert changed == 1
        targets.wrote(row_id, code)

    return mark


def raw_psycopg_mark(pg: psycopg.Connection[Any], targets: Targets) -> Operation:
    """The baseline: read the row, versioned UPDATE, commit, on one open connection
    (BEGIN, SELECT, UPDATE, COMMIT: four round trips)."""
    select_row, update_row = (sql.format("%s").encode() for sql in (SELECT_ROW, UPDATE_ROW))

    def mark(i: int) -> None:
        row_id = targets.rows[i]
        code = targets.next_code(row_id)
        now = utcnow()
        with pg.cursor() as cur:
            cur.execute(select_row, (row_id,))
            found = cur.fetchone()
            assert found is not None
            version, _old_code = found
            cur.execute(update_row, (code, ACTOR.name, ACTOR.machine, now, row_id, version))
            changed = cur.rowcount
        pg.commit()
        assert changed == 1
        targets.wrote(row_id, code)

    return mark


# --- a teacher's own login (PostgreSQL) ------------------------------------------------------

BENCH_ROLE = "attendance_bench_teacher"


@dataclass
class TeacherLogin:
    """A login role for one teacher, made for the run (or the one ``staff sync`` made)."""

    role: str
    teacher_id: int
    made: bool


def busiest_teacher(engine: Engine) -> int:
    """The teacher with the most lessons in the last week of the data."""
    with engine.connect() as conn:
        last = conn.execute(select(func.max(ClassSession.start_time))).scalar_one()
        return int(
            conn.execute(
                select(ClassSession.teacher_id)
                .where(ClassSession.start_time >= last - timedelta(days=7))
                .group_by(ClassSession.teacher_id)
                .order_by(func.count().desc(), ClassSession.teacher_id)
                .limit(1)
            ).scalar_one()
        )


def teacher_login(engine: Engine, teacher_id: int) -> TeacherLogin:
    """The teacher's login: theirs from ``staff sync`` if any, else one made now."""
    with engine.begin() as conn:
        existing = conn.execute(
            text("SELECT role_name FROM staff_login WHERE teacher_id = :t"), {"t": teacher_id}
        ).scalar_one_or_none()
        if existing is not None:  # ours, left by a run that was cut short: removed after
            return TeacherLogin(str(existing), teacher_id, made=existing == BENCH_ROLE)
        make_role = (
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{BENCH_ROLE}') "  # noqa: S608 - a constant role name
            f"THEN CREATE ROLE {BENCH_ROLE} LOGIN IN ROLE attendance_teacher; END IF; END $$"
        )
        conn.exec_driver_sql(make_role)
        conn.execute(
            text(
                "INSERT INTO staff_login (role_name, teacher_id, kind) VALUES (:r, :t, 'teacher')"
            ),
            {"r": BENCH_ROLE, "t": teacher_id},
        )
    return TeacherLogin(BENCH_ROLE, teacher_id, made=True)


def drop_teacher_login(engine: Engine, login: TeacherLogin) -> None:
    if not login.made:
        return
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM staff_login WHERE role_name = :r"), {"r": login.role})
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :r "
                "AND pid <> pg_backend_pid()"
            ),
            {"r": login.role},
        )
        conn.exec_driver_sql(f"DROP ROLE IF EXISTS {login.role}")


# --- round trips ------------------------------------------------------------------------------


class RoundTrips:
    """Counts what connections send: on PostgreSQL the round trips (libpq's trace: one
    ``ReadyForQuery`` answers each), on SQLite the statements (trigger programs, traced
    with their statement's text, are not counted again)."""

    def __init__(self) -> None:
        self.count = 0
        self._files: dict[int, Any] = {}
        self._last = ""

    def start(self, dbapi_connection: Any) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection):
            dbapi_connection.set_trace_callback(self._statement)
            return
        trace = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        self._files[id(dbapi_connection)] = trace
        dbapi_connection.pgconn.trace(trace.fileno())
        dbapi_connection.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS)

    def stop(self, dbapi_connection: Any) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection):
            dbapi_connection.set_trace_callback(None)
            return
        dbapi_connection.pgconn.untrace()
        trace = self._files.pop(id(dbapi_connection))
        trace.seek(0)
        for line in trace.read().decode(errors="replace").splitlines():
            if line.startswith("B\t") and "ReadyForQuery" in line:
                self.count += 1
        trace.close()

    def _statement(self, sql: str) -> None:
        if sql != self._last:
            self.count += 1
        self._last = sql


def count_round_trips(
    marks_engine: Engine,
    raw_connection: Any,
    operations: dict[str, Operation],
    rounds: Sequence[int],
) -> dict[str, float]:
    """Round trips per mark of each mark operation, over ``rounds`` (not timed)."""
    counter = RoundTrips()

    def out(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        counter.start(dbapi_connection)

    def back(dbapi_connection: Any, _record: Any) -> None:
        counter.stop(dbapi_connection)

    result: dict[str, float] = {}
    event.listen(marks_engine, "checkout", out)
    event.listen(marks_engine, "checkin", back)
    try:
        for name, operation in operations.items():
            if not name.startswith("mark"):
                continue
            counter.count = 0
            raw = name.startswith("mark: raw")
            if raw:
                counter.start(raw_connection)
            for i in rounds:
                operation(i)
            if raw:
                counter.stop(raw_connection)
            result[name] = counter.count / len(rounds)
    finally:
        event.remove(marks_engine, "checkout", out)
        event.remove(marks_engine, "checkin", back)
    return result


# --- a slower network: a relay that holds each packet --------------------------------------


class DelayRelay:
    """A TCP relay on 127.0.0.1 that forwards to ``target`` after holding every chunk
    ``delay`` seconds each way: ``tc qdisc ... netem delay`` in user space, for a kernel
    without netem.  Each direction has its own thread, so chunks keep their order."""

    def __init__(self, target: tuple[str, int], delay: float) -> None:
        self.target = target
        self.delay = delay
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                time.sleep(self.delay)
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._closed = True
        self.listener.close()


def raw_sqlite(url: URL) -> sqlite3.Connection:
    """A sqlite3 connection set up as the app's engine sets up its own."""
    assert url.database
    conn = sqlite3.connect(url.database, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA journal_mode = WAL")
    return conn


def sqlite_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


# --- running and reporting --------------------------------------------------------------------


def run_rounds(
    operations: dict[str, Operation], rounds: range, timings: dict[str, list[float]] | None
) -> None:
    """Every operation once per round, in a shuffled order (fixed seed).

    The mark operations all mark the round's row, so the first of them in a round
    finds the row and its page cold.  A rotating start kept their cyclic order (the
    app's mark was nearly always first, the raw baseline nearly always last): that
    put about 0.4 ms on the app's median and none on the baseline's.  Shuffled, each
    operation is first equally often."""
    names = list(operations)
    order = random.Random(len(rounds))
    for i in rounds:
        order.shuffle(names)
        for name in names:
            started = time.perf_counter_ns()
            operations[name](i)
            elapsed = time.perf_counter_ns() - started
            if timings is not None:
                timings[name].append(elapsed / 1e6)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


BASELINE = {"sqlite": "mark: plain ORM", "postgresql": "mark: raw psycopg"}
TARGET = {"sqlite": 2.0, "postgresql": 1.5}


def report(
    backend: str, timings: dict[str, list[float]], trips: dict[str, float] | None = None
) -> bool:
    """Print the table; True when the mark meets its target."""
    trips = trips or {}
    baseline = BASELINE[backend]
    base_median = statistics.median(timings[baseline])
    base_p95 = p95(timings[baseline])
    unit = "statements" if backend == "sqlite" else "round trips"
    print()
    print(f"| operation | n | median ms | p95 ms | median / baseline | p95 / baseline | {unit} |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, values in timings.items():
        median = statistics.median(values)
        high = p95(values)
        if name.startswith("mark"):
            ratios = f"{median / base_median:.2f} | {high / base_p95:.2f}"
        else:
            ratios = "| "
        count = f"{trips[name]:.1f}" if name in trips else ""
        print(f"| {name} | {len(values)} | {median:.3f} | {high:.3f} | {ratios} | {count} |")
    app = statistics.median(timings["mark: app"]) / base_median
    ok = app <= TARGET[backend]
    print()
    print(
        f"mark: app / {baseline.removeprefix('mark: ')} = {app:.2f} (median); "
        f"target <= {TARGET[backend]}: {'met' if ok else 'MISSED'}"
    )
    return ok


def profile_marks(engine: Engine, targets: Targets, operation: Operation, count: int) -> None:
    """cProfile ``count`` app marks, and count their statements and the time spent in them."""
    statements: list[str] = []
    in_driver = [0]

    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        conn.info["bench_started"] = time.perf_counter_ns()
        statements.append(statement.split()[0].upper())

    def after(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        in_driver[0] += time.perf_counter_ns() - conn.info.pop("bench_started")

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    profiler = cProfile.Profile()
    started = time.perf_counter_ns()
    profiler.enable()
    # Reuse the last measured rows (their versions are tracked).
    for i in range(len(targets.rows) - count, len(targets.rows)):
        operation(i)
    profiler.disable()
    total = time.perf_counter_ns() - started
    event.remove(engine, "before_cursor_execute", before)
    event.remove(engine, "after_cursor_execute", after)

    kinds: dict[str, int] = {}
    for kind in statements:
        kinds[kind] = kinds.get(kind, 0) + 1
    per_mark = ", ".join(f"{kind} {n / count:.1f}" for kind, n in sorted(kinds.items()))
    print()
    print(f"profile of {count} app marks (under cProfile, so slower than measured):")
    print(f"  statements per mark: {per_mark}")
    print(
        f"  time inside cursor.execute: {in_driver[0] / total:.0%} of the total "
        f"({in_driver[0] / count / 1e6:.3f} ms per mark; commit is outside it)"
    )
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(18)
        print(f"\n  top by {order}:")
        lines = out.getvalue().splitlines()
        start = next(n for n, line in enumerate(lines) if line.strip().startswith("ncalls"))
        for line in lines[start:]:
            if line.strip():
                print("   ", line.replace(sys.prefix, "<venv>"))


def print_plans(engine: Engine, targets: Targets) -> None:
    session_id, _start = targets.sessions[0]
    queries = {
        "register": repository.register_query(session_id),
        "history": repository.student_history_query(
            targets.students[0], targets.year_start, targets.year_end
        ),
        "summary": repository.class_summary_query(
            targets.classes[0], targets.term_start, targets.term_end
        ),
    }
    with engine.connect() as conn:
        for name, query in queries.items():
            sql = str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
            print(f"\n{name}:")
            if conn.dialect.name == "sqlite":
                for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"):
                    print("   ", row[3])
            else:
                for (line,) in conn.exec_driver_sql(f"EXPLAIN (ANALYZE, BUFFERS) {sql}"):
                    print("   ", line)
        conn.rollback()


def marks_connection(
    url: URL, login: TeacherLogin | None, relay: DelayRelay | None
) -> tuple[URL, str]:
    """The URL (for the app's engine) and conninfo (for raw psycopg) the marks use."""
    if login is not None:
        url = url.set(username=login.role, password=None)
    if relay is not None:
        url = url.set(host="127.0.0.1", port=relay.port)
    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    return url, conninfo


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    url = parse_url(args.database)
    backend = "sqlite" if is_sqlite(url) else "postgresql"
    engine = create_app_engine(url)
    total = args.warmup + args.rounds
    login: TeacherLogin | None = None
    relay: DelayRelay | None = None
    if backend == "postgresql" and args.as_teacher:
        login = teacher_login(engine, busiest_teacher(engine))
    targets = choose_targets(engine, total, args.seed, login.teacher_id if login else None)
    print(f"database: {describe(url)}")
    with engine.connect() as conn:
        counts = conn.execute(
            text("SELECT (SELECT count(*) FROM attendance), (SELECT count(*) FROM class_session)")
        ).one()
    print(f"attendance rows: {counts[0]:,}; sessions: {counts[1]:,}")
    print(f"warm-up rounds: {args.warmup}; measured rounds: {args.rounds}")
    if login is not None:
        print(f"marks made as the login {login.role} (teacher {login.teacher_id}), RLS on")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.plans:
        print_plans(engine, targets)

    marks_engine = engine
    raw_conninfo: str | None = None
    if backend == "postgresql":
        if args.delay_ms:
            relay = DelayRelay((url.host or "127.0.0.1", url.port or 5432), args.delay_ms / 1000)
            print(f"every packet held {args.delay_ms} ms each way by a relay (the marks only)")
        marks_url, raw_conninfo = marks_connection(url, login, relay)
        marks_engine = create_app_engine(marks_url)
    parts: dict[str, list[float]] = {REGISTER_QUERY: [], RECENT_MARKS: []}
    operations = read_operations(engine, targets, parts, what_if=args.what_if)
    marks, closers, raw = mark_operations(marks_engine, targets, raw_conninfo)
    operations.update(marks)
    try:
        run_rounds(operations, range(args.warmup), None)
        for values in parts.values():
            values.clear()
        timings: dict[str, list[float]] = {name: [] for name in operations}
        started = time.perf_counter()
        run_rounds(operations, range(args.warmup, total), timings)
        print(f"measured in {time.perf_counter() - started:.1f} s")
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        ordered = {"register": timings.pop("register"), **parts}
        if WHAT_IF in timings:
            ordered[WHAT_IF] = timings.pop(WHAT_IF)
        ordered.update(timings)
        counted = min(args.count_rounds, total)
        trips = count_round_trips(marks_engine, raw, marks, range(total - counted, total))
        ok = report(backend, ordered, trips)
        if args.profile:
            profile_marks(marks_engine, targets, marks["mark: app"], min(args.profile, total))
    finally:
        for closer in closers:
            closer()
        if marks_engine is not engine:
            marks_engine.dispose()
        if relay is not None:
            relay.close()
        if login is not None:
            drop_teacher_login(engine, login)
        engine.dispose()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
