"""Time the two big reports on a district database made by ``bench/generate.py``.

- ``class summary``: ``reports.class_summary`` for one class over a 12-week
  term, the whole function as the Reports view and the command line call it
  (school settings, codes, the class, its enrollments and students, the grouped
  marks, the lesson counts), in a read-only session of its own;
- ``student history``: ``reports.student_history`` for one student over the
  school year, likewise;
- for comparison, the bare grouped queries they are built on
  (``repository.class_summary_query`` / ``student_history_query``), and, for
  information, ``rate_over_time`` for the class chart over the term and
  ``missing_registers`` for one teacher over four weeks.

The target (issue 5) is under 200 ms for each report on both backends.  Each
round runs every operation once, starting at a different one each round, on
a class and a student picked at random (fixed seed).  Exit status 1 when a
target is missed.

    python bench/reports.py --database bench/data/district.sqlite3
    python bench/reports.py --database postgresql+psycopg://postgres@127.0.0.1:5432/attendance_bench
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Engine, event, func, select, text
from sqlalchemy.orm import Session

from attendance_desktop import reports
from attendance_desktop.db import repository
from attendance_desktop.db.engine import create_app_engine, describe, make_sessionmaker, parse_url
from attendance_desktop.db.engine import read_only as read_only_engine
from attendance_desktop.db.models import ClassSession, SchoolClass, Student, Teacher

TARGET_MS = 200.0
TERM_WEEKS = 12
TARGETED = ("class summary (term)", "student history (year)")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", required=True, help="database URL or SQLite path")
    parser.add_argument("--rounds", type=int, default=300, help="measured rounds (%(default)s)")
    parser.add_argument("--warmup", type=int, default=30, help="warm-up rounds (%(default)s)")
    parser.add_argument("--seed", type=int, default=11, help="random seed (%(default)s)")
    parser.add_argument(
        "--time-zone", default="Europe/London", help="the school's zone (%(default)s)"
    )
    parser.add_argument(
        "--plans", action="store_true", help="print the plans of the reports' statements"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    url = parse_url(args.database)
    engine = create_app_engine(url)
    calendar = reports.SchoolCalendar.named(args.time_zone)
    rng = random.Random(args.seed)
    with Session(engine) as session:
        first, last = session.execute(
            select(func.min(ClassSession.start_time), func.max(ClassSession.start_time))
        ).one()
        if first is None:
            raise SystemExit("No sessions: run bench/generate.py first.")
        classes = list(session.scalars(select(SchoolClass.id)))
        students = list(session.scalars(select(Student.id)))
        teachers = list(session.scalars(select(Teacher.id)))
        counts = session.execute(
            text("SELECT (SELECT count(*) FROM attendance), (SELECT count(*) FROM class_session)")
        ).one()
    year_first, year_last = calendar.local_date(first), calendar.local_date(last)
    term_last = year_first + timedelta(weeks=TERM_WEEKS, days=-1)
    total = args.warmup + args.rounds
    picks = [
        (rng.choice(classes), rng.choice(students), rng.choice(teachers)) for _ in range(total)
    ]
    print(f"database: {describe(url)}")
    print(f"attendance rows: {counts[0]:,}; sessions: {counts[1]:,}; classes: {len(classes):,}")
    print(f"time zone: {calendar.name}; term {year_first} to {term_last}; year {year_first} to "
          f"{year_last}")  # fmt: skip
    print(f"warm-up rounds: {args.warmup}; measured rounds: {args.rounds}")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    sessions = make_sessionmaker(read_only_engine(engine))
    term_start, term_end = calendar.utc_range(year_first, term_last)
    year_start, year_end = calendar.utc_range(year_first, year_last)
    rows_seen: dict[str, list[int]] = {name: [] for name in TARGETED}

    def class_summary(i: int) -> None:
        with sessions() as session:
            summary = reports.class_summary(session, picks[i][0], year_first, term_last, calendar)
        rows_seen[TARGETED[0]].append(summary.tally.sessions)

    def student_history(i: int) -> None:
        with sessions() as session:
            history = reports.student_history(session, picks[i][1], year_first, year_last, calendar)
        rows_seen[TARGETED[1]].append(len(history.rows))

    def summary_query(i: int) -> None:
        with sessions() as session:
            session.execute(repository.class_summary_query(picks[i][0], term_start, term_end)).all()

    def history_query(i: int) -> None:
        with sessions() as session:
            session.execute(
                repository.student_history_query(picks[i][1], year_start, year_end)
            ).all()

    def rate_over_time(i: int) -> None:
        with sessions() as session:
            reports.rate_over_time(session, picks[i][0], year_first, term_last, calendar)

    def missing(i: int) -> None:
        until = calendar.start_of(year_last + timedelta(days=1))
        with sessions() as session:
            reports.missing_registers(
                session, until, calendar, since=year_last - timedelta(days=27),
                teacher_id=picks[i][2],
            )  # fmt: skip

    operations: dict[str, Callable[[int], None]] = {
        TARGETED[0]: class_summary,
        TARGETED[1]: student_history,
        "  bare class_summary_query (term)": summary_query,
        "  bare student_history_query (year)": history_query,
        "rate over time (class chart, term, by week)": rate_over_time,
        "missing registers (one teacher, 4 weeks)": missing,
    }
    statements = count_statements(engine, {TARGETED[0]: class_summary,
                                           TARGETED[1]: student_history})  # fmt: skip
    if args.plans:
        print_plans(engine, calendar, picks[0][0], picks[0][1], year_first, term_last, year_last)

    run_rounds(operations, range(args.warmup), None)
    for seen in rows_seen.values():
        seen.clear()
    timings: dict[str, list[float]] = {name: [] for name in operations}
    started = time.perf_counter()
    run_rounds(operations, range(args.warmup, total), timings)
    print(f"measured in {time.perf_counter() - started:.1f} s")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print()
    print("| operation | median ms | p95 ms | max ms | statements |")
    print("|---|---:|---:|---:|---:|")
    for name, values in timings.items():
        count = str(statements.get(name, ""))
        print(
            f"| {name} | {statistics.median(values):.2f} | {p95(values):.2f} | "
            f"{max(values):.2f} | {count} |"
        )
    print()
    print(
        f"rows per class summary (student-sessions): median "
        f"{statistics.median(rows_seen[TARGETED[0]]):.0f}; per student history: median "
        f"{statistics.median(rows_seen[TARGETED[1]]):.0f}"
    )
    ok = True
    for name in TARGETED:
        median, high = statistics.median(timings[name]), p95(timings[name])
        met = high < TARGET_MS
        ok = ok and met
        print(
            f"{name}: median {median:.1f} ms, p95 {high:.1f} ms; target < {TARGET_MS:.0f} ms "
            f"(p95): {'met' if met else 'MISSED'}"
        )
    engine.dispose()
    return 0 if ok else 1


def run_rounds(
    operations: dict[str, Callable[[int], None]],
    rounds: range,
    timings: dict[str, list[float]] | None,
) -> None:
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


def count_statements(
    engine: Engine, operations: dict[str, Callable[[int], None]]
) -> dict[str, int]:
    """How many SQL statements one call of each operation sends."""
    seen: list[str] = []

    def listen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", listen)
    try:
        result = {}
        for name, operation in operations.items():
            seen.clear()
            operation(0)
            # Not the pool's pre-ping nor SQLite's BEGIN: the statements the report sends.
            result[name] = len(
                [s for s in seen if s.strip().upper() not in ("SELECT 1", ";", "BEGIN DEFERRED")]
            )
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    return result


def print_plans(
    engine: Engine,
    calendar: reports.SchoolCalendar,
    class_id: int,
    student_id: int,
    first: date,
    term_last: date,
    year_last: date,
) -> None:
    """Every statement the two reports send, with its plan (EXPLAIN ANALYZE on PostgreSQL)."""
    captured: list[tuple[str, Any]] = []

    def listen(conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
        captured.append((statement, parameters))

    sessions = make_sessionmaker(read_only_engine(engine))
    event.listen(engine, "before_cursor_execute", listen)
    try:
        with sessions() as session:
            reports.class_summary(session, class_id, first, term_last, calendar)
            reports.student_history(session, student_id, first, year_last, calendar)
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        for statement, parameters in captured:
            print("\n" + " ".join(statement.split())[:300])
            cursor = raw.cursor()
            if engine.dialect.name == "sqlite":
                cursor.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
                for row in cursor.fetchall():
                    print("   ", row[3])
            else:
                cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {statement}", parameters)
                for (line,) in cursor.fetchall():
                    print("   ", line)
            cursor.close()
        conn.rollback()


if __name__ == "__main__":
    sys.exit(main())
