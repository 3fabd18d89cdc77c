"""Time the school day at district size: listing a day, building a new one, missing registers.

Runs on a district database made by ``bench/generate.py`` (2,000 classes, 400
teachers).  It first gives that school a timetable, as an office would import
one: six bell periods, Monday to Friday, and two weekly slots per class
(written into the bench database, once; ``--replace-timetable`` writes it
again).  Then, interleaved in rounds:

- ``list a day (built)``: ``lessons.load_day`` for one teacher's day, the app's
  lesson list, on a day already built (every listing after the first);
- ``list a day (everyone, built)``: the same for the whole school (the office);
- ``missing registers (4 weeks)``: ``reports.missing_registers`` for one
  teacher over four weeks, building any day not built yet;
- ``baseline: sessions of a day``: ``repository.sessions_between`` for the
  same teacher-less day: the bare query the list is built on;
- and once, not in rounds: ``build a new day``: the first listing of a school
  day of the whole district (about 800 lessons made), median of 20 days.

The target (issue 14) is a median under 50 ms for listing a day and for the
missing registers.  Exit status 1 when it is missed.  The table also gives the
statements each operation sends (counted on one more, untimed, run).

    python bench/school_day.py --database bench/data/district.sqlite3
    python bench/school_day.py --database postgresql+psycopg://postgres@127.0.0.1:5432/attendance_bench
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock

from sqlalchemy import Engine, delete, event, func, select
from sqlalchemy.orm import Session

from attendance_desktop import lessons, reports, school
from attendance_desktop.db import repository
from attendance_desktop.db.engine import create_app_engine, describe, parse_url
from attendance_desktop.db.models import (
    BellPeriod,
    ClassSession,
    SchoolClass,
    SchoolDayBuilt,
    Teacher,
    TimetableSlot,
)
from attendance_desktop.timetable import school_day

PERIODS = (
    (clock(8, 50), clock(9, 45)),
    (clock(9, 45), clock(10, 40)),
    (clock(11, 0), clock(11, 55)),
    (clock(11, 55), clock(12, 50)),
    (clock(13, 40), clock(14, 35)),
    (clock(14, 35), clock(15, 30)),
)
TARGET_MS = 50.0


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", required=True, help="database URL or SQLite path")
    parser.add_argument("--rounds", type=int, default=200, help="measured rounds (%(default)s)")
    parser.add_argument("--warmup", type=int, default=20, help="warm-up rounds (%(default)s)")
    parser.add_argument("--seed", type=int, default=14, help="random seed (%(default)s)")
    parser.add_argument(
        "--replace-timetable", action="store_true", help="write the bench timetable again"
    )
    return parser.parse_args(argv)


def give_timetable(engine: Engine, seed: int, replace: bool) -> int:
    """Six periods and two weekly slots per class; returns the number of slots."""
    with Session(engine) as session, session.begin():
        existing = session.scalar(select(func.count()).select_from(TimetableSlot)) or 0
        if existing and not replace:
            return existing
        session.execute(delete(TimetableSlot))
        session.execute(delete(BellPeriod))
        session.execute(delete(SchoolDayBuilt))
        session.add_all(
            BellPeriod(period=str(n + 1), start_time=start, end_time=end, days="Mon-Fri")
            for n, (start, end) in enumerate(PERIODS)
        )
        rng = random.Random(seed)
        rows = []
        for class_id in session.scalars(select(SchoolClass.id).order_by(SchoolClass.id)):
            for weekday in rng.sample(range(5), 2):
                rows.append(
                    {"class_id": class_id, "week": "", "weekday": weekday,
                     "period": str(rng.randint(1, len(PERIODS)))}
                )  # fmt: skip
        session.execute(TimetableSlot.__table__.insert(), rows)
        return len(rows)


def future_school_days(engine: Engine, count: int) -> list[date]:
    """School days after the generated history (nothing built there yet)."""
    with Session(engine) as session:
        last = session.scalar(select(func.max(ClassSession.start_time)))
    assert last is not None
    day = last.date() + timedelta(days=30)
    days = []
    while len(days) < count:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days.append(day)
    return days


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    url = parse_url(args.database if "://" in args.database else f"sqlite:///{args.database}")
    engine = create_app_engine(url)
    print(f"database: {describe(url)}")
    slots = give_timetable(engine, args.seed, args.replace_timetable)
    with Session(engine) as session:
        zone = school.school_zone(session)
        teachers = list(session.scalars(select(Teacher.id).order_by(Teacher.id)))
    print(f"timetable: {slots} weekly slots, {len(PERIODS)} periods; zone {zone}")

    # The first listing of a new day builds it: once per day, measured on fresh days.
    fresh = future_school_days(engine, 20 + 5)
    build_ms = []
    for day in fresh[:20]:
        began = time.perf_counter()
        with Session(engine) as session, session.begin():
            made = school_day.build_day(session, day, zone)
        build_ms.append((time.perf_counter() - began) * 1000)
    print(f"build a new day: median {statistics.median(build_ms):.1f} ms "
          f"(p95 {p95(build_ms):.1f} ms, {made} lessons on the last day built)")  # fmt: skip

    days = fresh[:20]
    rng = random.Random(args.seed)
    picks = [(rng.choice(days), rng.choice(teachers)) for _ in range(args.warmup + args.rounds)]

    def bounds(day: date) -> tuple[datetime, datetime]:
        start = datetime.combine(day, clock(0), tzinfo=zone).astimezone(UTC)
        return start, start + timedelta(days=1)

    def list_teacher(i: int) -> None:
        day, teacher = picks[i]
        with Session(engine) as session, session.begin():
            lessons.load_day(session, *bounds(day), teacher_id=teacher)

    def list_everyone(i: int) -> None:
        day, _ = picks[i]
        with Session(engine) as session, session.begin():
            lessons.load_day(session, *bounds(day), teacher_id=None)

    def missing(i: int) -> None:
        day, teacher = picks[i]
        until = bounds(day)[1]
        with Session(engine) as session, session.begin():
            reports.missing_registers(
                session, until, since=day - timedelta(days=27), teacher_id=teacher
            )

    def baseline(i: int) -> None:
        day, _ = picks[i]
        with Session(engine) as session:
            repository.sessions_between(session, *bounds(day))

    operations: dict[str, Callable[[int], None]] = {
        "list a day (one teacher, built)": list_teacher,
        "list a day (everyone, built)": list_everyone,
        "missing registers (one teacher, 4 weeks)": missing,
        "baseline: sessions of a day": baseline,
    }
    # Missing registers builds the four weeks before each picked day once; do it before
    # timing, so the rounds measure the steady state (the build is measured above).
    with Session(engine) as session, session.begin():
        school_day.build_days(session, days[0] - timedelta(days=27), days[-1], zone)
    timings: dict[str, list[float]] = {name: [] for name in operations}
    names = list(operations)
    load_before = os.getloadavg()
    for i in range(args.warmup + args.rounds):
        first = i % len(names)
        for name in names[first:] + names[:first]:
            began = time.perf_counter()
            operations[name](i)
            if i >= args.warmup:
                timings[name].append((time.perf_counter() - began) * 1000)
    load_after = os.getloadavg()
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f}")
    statements = count_statements(engine, operations)
    base = statistics.median(timings["baseline: sessions of a day"])
    print("| operation | median ms | p95 ms | median / baseline | statements |")
    print("|---|---:|---:|---:|---:|")
    missed = False
    for name, values in timings.items():
        median = statistics.median(values)
        print(
            f"| {name} | {median:.2f} | {p95(values):.2f} | {median / base:.2f} "
            f"| {statements[name]} |"
        )
        if not name.startswith("baseline") and median > TARGET_MS:
            missed = True
    print(f"target: median under {TARGET_MS:.0f} ms: {'MISSED' if missed else 'met'}")
    engine.dispose()
    return 1 if missed else 0


def count_statements(
    engine: Engine, operations: dict[str, Callable[[int], None]]
) -> dict[str, int]:
    """Round trips to the database of one more run of each operation (not timed)."""
    counted = [0]

    def count(*_: object) -> None:
        counted[0] += 1

    event.listen(engine, "before_cursor_execute", count)
    found = {}
    try:
        for name, operation in operations.items():
            counted[0] = 0
            operation(0)
            found[name] = counted[0]
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return found


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


if __name__ == "__main__":
    sys.exit(main())
