"""Time the register, the reports and a mark on a generated district database.

Everything runs in one process against the database given by ``--database``
(made by ``bench/generate.py``):

- ``register``: load one session's register, the app's way: a read-only
  session, ``repository.register_query`` and ``repository.recent_marks``;
- ``history``: one student's year (``repository.student_history_query``);
- ``summary``: one class's 12-week term (``repository.class_summary_query``);
- ``mark: app``: one mark, the app's way: a fresh session from
  ``make_sessionmaker(engine)``, ``repository.mark`` (versioned UPDATE plus its
  ``AttendanceChange`` row), commit;
- the baselines, on the same rows: ``mark: raw psycopg`` (PostgreSQL: SELECT the
  row, versioned UPDATE, commit on one open connection) and ``mark: plain ORM``
  (SQLite: session per action, ORM load + change + commit, no change log, same
  engine);
- for information: the other of those two, ``mark: raw sqlite3`` (the app's
  pragmas, BEGIN IMMEDIATE, SELECT, versioned UPDATE, COMMIT), the raw marks
  with the change-log row too;
- ``mark: app + journal``: what the window does for a mark since marks are
  journalled first: the mark into the local journal (an SQLite file on this
  PC's disk, ``synchronous=FULL``), the app's mark with its identity, the
  entry out of the journal; and ``journal: add + remove`` on its own;
- with ``--what-if``: candidate changes to the app's code (a join-free
  ``recent_marks``, the mark as Core statements, the mark as one PostgreSQL
  statement), discussed in bench/README.md.

Each round runs every operation once, starting at a different one each round,
so drift (checkpoints, autovacuum, a noisy neighbour) falls on all of them
alike; the marks of a round all change the same row.  Warm-up rounds come
first and are not counted.

    python bench/run.py --database bench/data/district.sqlite3
    python bench/run.py --database postgresql+psycopg://postgres@127.0.0.1:5432/attendance_bench
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Engine, event, func, insert, select, text, update
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from attendance_desktop.db import repository
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


def choose_targets(engine: Engine, count: int, seed: int) -> Targets:
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
        last_week = session.execute(
            select(Attendance.id, Attendance.code_id, Attendance.version)
            .join(ClassSession, ClassSession.id == Attendance.class_session_id)
            .where(ClassSession.start_time >= last - timedelta(days=7))
        ).all()
        codes = list(session.scalars(select(AttendanceCode.id).order_by(AttendanceCode.id)))
    if len(last_week) < count:
        raise SystemExit(f"Only {len(last_week)} rows in the last week; use fewer rounds.")
    picked = rng.sample(last_week, count)
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
    engine: Engine, targets: Targets, *, what_if: bool = False
) -> tuple[dict[str, Operation], list[Callable[[], None]]]:
    """The app's mark, its baselines and the informational variants.

    Also returns what to close afterwards (raw connections, a second engine).
    """
    operations: dict[str, Operation] = {}
    closers: list[Callable[[], None]] = []

    def app_mark(sessions: sessionmaker[Session], journal: Outbox | None = None) -> Operation:
        def mark(i: int) -> None:
            row_id = targets.rows[i]
            code = targets.next_code(row_id)
            mark_id = str(uuid.uuid4())
            entry = None
            if journal is not None:
                base = {"version": targets.version[row_id]}
                entry = journal.add(
                    row_id, 0, {"code_id": code}, base=base, actor=ACTOR, mark_id=mark_id
                )
            with sessions() as session:
                repository.mark(
                    session,
                    row_id,
                    {"code_id": code},
                    actor=ACTOR,
                    expected_version=targets.version[row_id],
                    mark_id=mark_id if journal is not None else None,
                )
                session.commit()
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

    plain_sessions = sessionmaker(engine)

    def plain_orm(i: int) -> None:
        row_id = targets.rows[i]
        with plain_sessions() as session:
            row = session.get(Attendance, row_id)
            assert row is not None
            code = targets.next_code(row_id)
            row.code_id = code
            session.commit()
        targets.wrote(row_id, code)

    operations["mark: app"] = app_mark(make_sessionmaker(engine))
    operations["mark: app + journal"] = app_mark(make_sessionmaker(engine), journal)
    operations["journal: add + remove"] = journal_only
    operations["mark: plain ORM"] = plain_orm
    if is_sqlite(engine):
        raw = raw_sqlite(engine.url)
        closers.append(raw.close)
        operations["mark: raw sqlite3"] = raw_sqlite_mark(raw, targets, with_change=False)
        operations["mark: raw sqlite3 + change row"] = raw_sqlite_mark(
            raw, targets, with_change=True
        )
    else:
        conninfo = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        pg = psycopg.connect(conninfo, application_name="attendance-bench-raw")
        closers.append(pg.close)
        operations["mark: raw psycopg"] = raw_psycopg_mark(pg, targets, with_change=False)
        operations["mark: raw psycopg + change row"] = raw_psycopg_mark(
            pg, targets, with_change=True
        )
        # The app's engine no longer pings at every checkout (only a connection that
        # rested, db/engine.py): no "no pre-ping" variants any more.
        if what_if:
            operations["mark, what-if: one statement"] = one_statement_mark(
                make_sessionmaker(engine), targets
            )
    if what_if:
        operations["mark, what-if: Core statements"] = core_mark(make_sessionmaker(engine), targets)
    return operations, closers


#: The whole mark in one PostgreSQL statement: lock and read the row, versioned
#: UPDATE, change-log row with the old and new values; no row back = conflict.
ONE_STATEMENT_MARK = text(
    """
    WITH old AS (
        SELECT id, version, code_id, check_in_time, note
        FROM attendance WHERE id = :id FOR UPDATE
    ), new AS (
        UPDATE attendance AS a
        SET code_id = :code, version = old.version + 1, changed_by = :by,
            changed_on = :machine, updated_at = :now
        FROM old WHERE a.id = old.id AND old.version = :expected
        RETURNING a.id, a.version, a.class_session_id, a.student_id, a.code_id,
                  a.check_in_time, a.note
    )
    INSERT INTO attendance_change (attendance_id, class_session_id, student_id, version,
        kind, old_code_id, new_code_id, old_check_in_time, new_check_in_time, old_note,
        new_note, changed_by, changed_on, changed_at)
    SELECT new.id, new.class_session_id, new.student_id, new.version, 'mark', old.code_id,
        new.code_id, old.check_in_time, new.check_in_time, old.note, new.note, :by,
        :machine, :now
    FROM new JOIN old ON old.id = new.id
    RETURNING version
    """
)


def one_statement_mark(sessions: sessionmaker[Session], targets: Targets) -> Operation:
    """The mark as one statement (PostgreSQL only): not the app's code, a candidate
    for ``repository.mark`` on PostgreSQL (see bench/README.md).
    """

    def mark(i: int) -> None:
        row_id = targets.rows[i]
        code = targets.next_code(row_id)
        values = {
            "id": row_id,
            "code": code,
            "expected": targets.version[row_id],
            "by": ACTOR.name,
            "machine": ACTOR.machine,
            "now": utcnow(),
        }
        with sessions() as session:
            version = session.execute(ONE_STATEMENT_MARK, values).scalar_one_or_none()
            session.commit()
        assert version == targets.version[row_id] + 1, "conflict"
        targets.wrote(row_id, code)

    return mark


def core_mark(sessions: sessionmaker[Session], targets: Targets) -> Operation:
    """The app's mark written as three Core statements in a session, without the ORM's unit
    of work: not the app's code, a candidate for ``repository.mark`` (see bench/README.md).
    """
    table = Attendance.metadata.tables["attendance"]
    changes = Attendance.metadata.tables["attendance_change"]

    def mark(i: int) -> None:
        row_id = targets.rows[i]
        code = targets.next_code(row_id)
        expected = targets.version[row_id]
        now = utcnow()
        with sessions() as session:
            row = session.execute(
                select(
                    table.c.version,
                    table.c.class_session_id,
                    table.c.student_id,
                    table.c.code_id,
                    table.c.check_in_time,
                    table.c.note,
                ).where(table.c.id == row_id)
            ).one()
            assert row.version == expected
            updated = session.execute(
                update(table)
                .where(table.c.id == row_id, table.c.version == row.version)
                .values(
                    code_id=code,
                    version=row.version + 1,
                    changed_by=ACTOR.name,
                    changed_on=ACTOR.machine,
                    updated_at=now,
                )
            )
            assert updated.rowcount == 1  # type: ignore[attr-defined]
            session.execute(
                insert(changes).values(
                    attendance_id=row_id,
                    class_session_id=row.class_session_id,
                    student_id=row.student_id,
                    version=row.version + 1,
                    kind="mark",
                    old_code_id=row.code_id,
                    new_code_id=code,
                    old_check_in_time=row.check_in_time,
                    new_check_in_time=row.check_in_time,
                    old_note=row.note,
                    new_note=row.note,
                    changed_by=ACTOR.name,
                    changed_on=ACTOR.machine,
                    changed_at=now,
                )
            )
            session.commit()
        targets.wrote(row_id, code)

    return mark


SELECT_ROW = (
    "SELECT version, class_session_id, student_id, code_id, check_in_time, note "
    "FROM attendance WHERE id = {0}"
)
UPDATE_ROW = (
    "UPDATE attendance SET code_id = {0}, version = version + 1, changed_by = {0}, "
    "changed_on = {0}, updated_at = {0} WHERE id = {0} AND version = {0}"
)
INSERT_CHANGE = (
    "INSERT INTO attendance_change (attendance_id, class_session_id, student_id, version, "
    "kind, old_code_id, new_code_id, old_check_in_time, new_check_in_time, old_note, "
    "new_note, reason, changed_by, changed_on, changed_at) "
    "VALUES ({0}, {0}, {0}, {0}, 'mark', {0}, {0}, {0}, {0}, {0}, {0}, NULL, {0}, {0}, {0})"
)


def change_row(
    row_id: int,
    session_id: int,
    student_id: int,
    version: int,
    old_code: int | None,
    code: int,
    check_in: Any,
    note: str,
    now: Any,
) -> tuple[Any, ...]:
    """The INSERT_CHANGE parameters for a mark that changes only the code."""
    return (
        row_id,
        session_id,
        student_id,
        version + 1,
        old_code,
        code,
        check_in,
        check_in,
        note,
        note,
        ACTOR.name,
        ACTOR.machine,
        now,
    )


def raw_sqlite_mark(raw: sqlite3.Connection, targets: Targets, *, with_change: bool) -> Operation:
    """The mark with the bare driver; ``with_change`` also writes the change-log row."""
    select_row, update_row, insert_change = (
        sql.format("?") for sql in (SELECT_ROW, UPDATE_ROW, INSERT_CHANGE)
    )

    def mark(i: int) -> None:
        row_id = targets.rows[i]
        code = targets.next_code(row_id)
        now = sqlite_stamp(utcnow())
        raw.execute("BEGIN IMMEDIATE")
        version, session_id, student_id, old_code, check_in, note = raw.execute(
            select_row, (row_id,)
        ).fetchone()
        values = (code, ACTOR.name, ACTOR.machine, now, row_id, version)
        changed = raw.execute(update_row, values).rowcount
        if with_change:
            raw.execute(
                insert_change,
                change_row(
                    row_id, session_id, student_id, version, old_code, code, check_in, note, now
                ),
            )
        raw.execute("COMMIT")
        assert changed == 1
        targets.wrote(row_id, code)

    return mark


def raw_psycopg_mark(
    pg: psycopg.Connection[Any], targets: Targets, *, with_change: bool
) -> Operation:
    """The baseline: read the row, versioned UPDATE, commit, on one open connection."""
    select_row, update_row, insert_change = (
        sql.format("%s").encode() for sql in (SELECT_ROW, UPDATE_ROW, INSERT_CHANGE)
    )

    def mark(i: int) -> None:
        row_id = targets.rows[i]
        code = targets.next_code(row_id)
        now = utcnow()
        with pg.cursor() as cur:
            cur.execute(select_row, (row_id,))
            found = cur.fetchone()
            assert found is not None
            version, session_id, student_id, old_code, check_in, note = found
            cur.execute(update_row, (code, ACTOR.name, ACTOR.machine, now, row_id, version))
            changed = cur.rowcount
            if with_change:
                cur.execute(
                    insert_change,
                    change_row(
                        row_id, session_id, student_id, version, old_code, code, check_in, note, now
                    ),
                )
        pg.commit()
        assert changed == 1
        targets.wrote(row_id, code)

    return mark


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
    """Every operation once per round, starting at a different one each round."""
    names = list(operations)
    for i in rounds:
        shift = i % len(names)
        for name in names[shift:] + names[:shift]:
            started = time.perf_counter_ns()
            operations[name](i)
            elapsed = time.perf_counter_ns() - started
            if timings is not None:
                timings[name].append(elapsed / 1e6)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


BASELINE = {"sqlite": "mark: plain ORM", "postgresql": "mark: raw psycopg"}
TARGET = {"sqlite": 2.0, "postgresql": 1.5}


def report(backend: str, timings: dict[str, list[float]]) -> bool:
    """Print the table; True when the mark meets its target."""
    baseline = BASELINE[backend]
    base_median = statistics.median(timings[baseline])
    base_p95 = p95(timings[baseline])
    print()
    print("| operation | n | median ms | p95 ms | median / baseline | p95 / baseline |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, values in timings.items():
        median = statistics.median(values)
        high = p95(values)
        if name.startswith("mark"):
            ratios = f"{median / base_median:.2f} | {high / base_p95:.2f}"
        else:
            ratios = "| "
        print(f"| {name} | {len(values)} | {median:.3f} | {high:.3f} | {ratios} |")
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


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    url = parse_url(args.database)
    backend = "sqlite" if is_sqlite(url) else "postgresql"
    engine = create_app_engine(url)
    total = args.warmup + args.rounds
    targets = choose_targets(engine, total, args.seed)
    print(f"database: {describe(url)}")
    with engine.connect() as conn:
        counts = conn.execute(
            text("SELECT (SELECT count(*) FROM attendance), (SELECT count(*) FROM class_session)")
        ).one()
    print(f"attendance rows: {counts[0]:,}; sessions: {counts[1]:,}")
    print(f"warm-up rounds: {args.warmup}; measured rounds: {args.rounds}")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.plans:
        print_plans(engine, targets)

    parts: dict[str, list[float]] = {REGISTER_QUERY: [], RECENT_MARKS: []}
    operations = read_operations(engine, targets, parts, what_if=args.what_if)
    marks, closers = mark_operations(engine, targets, what_if=args.what_if)
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
        ok = report(backend, ordered)
        if args.profile:
            profile_marks(engine, targets, marks["mark: app"], min(args.profile, total))
    finally:
        for closer in closers:
            closer()
        engine.dispose()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
