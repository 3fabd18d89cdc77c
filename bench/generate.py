"""Generate a district-sized attendance database for the benchmarks.

At ``--scale 1`` (the default): 400 teachers, 2,000 classes of 21-29 students
(50,000 students, each in one class), every class meeting twice a week for a
36-week school year (144,000 sessions), every register taken (about 3.6 million
attendance rows), and the change log the app would have written for each mark.

The schema comes from the app itself (``create_app_engine`` + ``migrate.upgrade``);
the rows are then written with the raw drivers, which is what makes it fast:
``executemany`` in one transaction on SQLite (with ``synchronous=OFF`` for the
load only), ``COPY`` on PostgreSQL.  The secondary indexes and foreign keys of
the big tables are dropped for the load and recreated from their own
definitions afterwards (one sort each instead of millions of random inserts),
their triggers are off meanwhile (PostgreSQL: the app's NOTIFY), then the
database is ANALYZEd.  A fixed seed makes every run the same data.

    python bench/generate.py                                  # bench/data/district.sqlite3
    python bench/generate.py --database postgresql+psycopg://postgres@127.0.0.1:5432/attendance_bench
    python bench/generate.py --scale 0.02 --database bench/data/small.sqlite3
"""

from __future__ import annotations

import argparse
import itertools
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

import psycopg
from psycopg import sql as pgsql
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from attendance_desktop.db.engine import create_app_engine, describe, is_sqlite, parse_url
from attendance_desktop.db.migrate import upgrade

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_DATABASE = DATA_DIR / "district.sqlite3"

#: The first Monday of the school year; every timestamp is UTC.
YEAR_START = datetime(2025, 9, 1, tzinfo=UTC)
WEEKS = 36
MEETINGS_PER_WEEK = 2
LESSON_MINUTES = 50
#: Lesson start times (hour, minute) of the six periods of a day.
PERIODS = [(8, 50), (9, 50), (11, 10), (12, 10), (13, 40), (14, 40)]
#: The timetable was imported a week before the year began.
TIMETABLE_IMPORTED = YEAR_START - timedelta(days=7)

FULL_SCALE_CLASSES = 2_000
STUDENTS_PER_CLASS = 25
CLASS_SIZE_SPREAD = 4
CLASSES_PER_TEACHER = 5


def words(text: str) -> list[str]:
    return text.split()


FIRST_NAMES = words(
    "Aaliyah Aarav Ada Adam Ahmed Aisha Alex Alice Amara Amelia Ana Anya Archie Aria Arjun "
    "Ava Ben Bilal Caleb Charlie Chloé Daniel Dev Dylan Eleanor Eli Ella Emily Emre Erin "
    "Ethan Eva Evie Ezra Fatima Finn Florence Freddie Freya Gabriel George Grace Gus Hana "
    "Hannah Harry Hassan Henry Ibrahim Ida Imogen Isaac Isla Ivy Jack Jacob James Jasmine "
    "Jayden Jun Kai Layla Leo Lily Logan Lucas Lucy Luna Maya Mia Mohammed Muhammad Nia Noah "
    "Nora Oliver Olivia Omar Oscar Priya Rosie Ruby Sam Sara Sofia Sophie Theo Thomas Yusuf "
    "Zara Zoe"
)
LAST_NAMES = words(
    "Abbott Adeyemi Ahmed Ali Anderson Bailey Baker Bennett Brennan Brown Campbell Chen Cho "
    "Clarke Cooper Davies Dubois Edwards Evans Eze Fischer García Green Hall Harris Hughes "
    "Hussain Ito Jackson James Jones Kaur Khan Kowalski Lewis Martin Mensah Mitchell Morgan "
    "Murphy Nguyen Novak O'Brien Okafor Owen Patel Phillips Price Roberts Robinson Rossi "
    "Santos Scott Shah Silva Singh Smith Taylor Thomas Thompson Turner Walker Ward Watson "
    "White Williams Wilson Wood Wright Yilmaz Young"
)
SUBJECTS = words(
    "Maths English Science History Geography French Spanish Art Music Drama Computing "
    "Biology Chemistry Physics Religious-Studies PE Design Economics"
)
EXCUSES = ["Medical appointment", "Family reason", "School trip", "Ill (parent phoned)", ""]


# --- command line ---------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Generate a district-sized attendance database for the benchmarks."
    )
    parser.add_argument(
        "--database",
        default=str(DEFAULT_DATABASE),
        help="database URL or SQLite path (default: %(default)s); a PostgreSQL database "
        "is created if it does not exist",
    )
    parser.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="fraction of the full district: classes and students (default: %(default)s)",
    )
    parser.add_argument("--seed", type=int, default=2025, help="random seed (default: %(default)s)")
    parser.add_argument(
        "--change-log",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also write the AttendanceChange row the app writes for every mark (default: yes)",
    )
    parser.add_argument(
        "--replace",
        action="store_true",
        help="delete an existing database first (otherwise an existing, non-empty one is refused)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not 0 < args.scale <= 10:
        raise SystemExit("--scale must be in (0, 10]")
    url = parse_url(args.database)
    started = time.perf_counter()
    progress = Progress(started)
    district = plan_district(args.scale, args.seed)
    progress(
        f"planned {len(district.classes):,} classes, {district.students:,} students, "
        f"{len(district.sessions):,} sessions, {district.attendance_rows:,} attendance rows"
    )
    prepare_database(url, replace=args.replace)
    progress(f"schema at head on {describe(url)}")
    loader = SqliteLoader(url) if is_sqlite(url) else PostgresLoader(url)
    try:
        load(loader, district, args.seed, args.change_log, progress)
    finally:
        loader.close()
    total = time.perf_counter() - started
    print(f"done in {total:.1f} s", flush=True)
    return 0


class Progress:
    """Prints what was done, with the time since the start and since the last line."""

    def __init__(self, started: float) -> None:
        self.started = started
        self.last = started

    def __call__(self, message: str) -> None:
        now = time.perf_counter()
        print(
            f"[{now - self.started:7.1f} s] {message} (+{now - self.last:.1f} s)",
            flush=True,
        )
        self.last = now


# --- the district, planned in memory ----------------------------------------------------------


@dataclass
class SchoolClass:
    id: int
    teacher_id: int
    room: str
    student_ids: list[int]


@dataclass
class Lesson:
    id: int
    class_id: int
    teacher_id: int
    start: datetime


@dataclass
class District:
    #: Teacher display names; teacher n (from 1) is ``teachers[n - 1]``.
    teachers: list[str]
    students: int
    classes: list[SchoolClass]
    #: Every session of the year, in start-time order (ids follow that order, as
    #: they would when lessons are created and registers taken day by day).
    sessions: list[Lesson] = field(default_factory=list)

    @property
    def attendance_rows(self) -> int:
        sizes = {c.id: len(c.student_ids) for c in self.classes}
        return sum(sizes[s.class_id] for s in self.sessions)


def plan_district(scale: float, seed: int) -> District:
    """Classes, their students and their timetable: small enough to hold in memory."""
    rng = random.Random(seed)
    class_count = max(1, round(FULL_SCALE_CLASSES * scale))
    student_count = class_count * STUDENTS_PER_CLASS
    teacher_count = max(1, class_count // CLASSES_PER_TEACHER)

    # Class sizes vary around 25 but add up to exactly the number of students,
    # so every student is in exactly one class.
    sizes = [STUDENTS_PER_CLASS] * class_count
    for _ in range(class_count * 3):
        a, b = rng.randrange(class_count), rng.randrange(class_count)
        if (
            a != b
            and sizes[a] > STUDENTS_PER_CLASS - CLASS_SIZE_SPREAD
            and sizes[b] < STUDENTS_PER_CLASS + CLASS_SIZE_SPREAD
        ):
            sizes[a] -= 1
            sizes[b] += 1
    students = list(range(1, student_count + 1))
    rng.shuffle(students)
    classes = []
    taken = 0
    for n, size in enumerate(sizes):
        classes.append(
            SchoolClass(
                id=n + 1,
                teacher_id=n % teacher_count + 1,
                room=f"{'ABCDEFGH'[n % 8]}{n % 40 + 1:02d}",
                student_ids=sorted(students[taken : taken + size]),
            )
        )
        taken += size

    lessons: list[tuple[datetime, int, int]] = []
    for klass in classes:
        days = rng.sample(range(5), MEETINGS_PER_WEEK)
        periods = [rng.randrange(len(PERIODS)) for _ in days]
        for week in range(WEEKS):
            monday = YEAR_START + timedelta(weeks=week)
            for day, period in zip(days, periods, strict=True):
                hour, minute = PERIODS[period]
                start = monday + timedelta(days=day, hours=hour, minutes=minute)
                # One lesson in twenty is taken by a cover teacher.
                teacher = (
                    rng.randrange(teacher_count) + 1 if rng.random() < 0.05 else klass.teacher_id
                )
                lessons.append((start, klass.id, teacher))
    lessons.sort()
    names = [f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" for _ in range(teacher_count)]
    district = District(names, student_count, classes)
    district.sessions = [
        Lesson(n + 1, class_id, teacher, start)
        for n, (start, class_id, teacher) in enumerate(lessons)
    ]
    return district


# --- the rows ---------------------------------------------------------------------------------

Row = tuple[Any, ...]
Stamp = Callable[[datetime], str]


def teacher_rows(district: District, stamp: Stamp) -> Iterator[Row]:
    created = stamp(TIMETABLE_IMPORTED)
    for n, name in enumerate(district.teachers, start=1):
        email = f"{name.lower().replace(' ', '.')}{n}@district.example"
        yield (n, name, email, f"T{n:05d}", True, created, created)


TEACHER_COLUMNS = (
    "id",
    "display_name",
    "email",
    "source_id",
    "active",
    "created_at",
    "updated_at",
)


def student_rows(district: District, rng: random.Random, stamp: Stamp) -> Iterator[Row]:
    created = stamp(TIMETABLE_IMPORTED)
    for n in range(1, district.students + 1):
        first = rng.choice(FIRST_NAMES)
        preferred = rng.choice(FIRST_NAMES) if rng.random() < 0.03 else None
        yield (n, first, rng.choice(LAST_NAMES), preferred, f"S{n:06d}", True, created, created)


STUDENT_COLUMNS = (
    "id",
    "first_name",
    "last_name",
    "preferred_name",
    "source_id",
    "active",
    "created_at",
    "updated_at",
)


def class_rows(district: District, rng: random.Random, stamp: Stamp) -> Iterator[Row]:
    created = stamp(TIMETABLE_IMPORTED)
    for klass in district.classes:
        subject = rng.choice(SUBJECTS)
        name = f"{7 + klass.id % 7}{'ABCDEFG'[klass.id % 7]} {subject} {klass.id}"
        yield (
            klass.id,
            name,
            subject,
            klass.room,
            klass.teacher_id,
            5,
            f"C{klass.id:05d}",
            True,
            created,
            created,
        )


CLASS_COLUMNS = (
    "id",
    "name",
    "subject",
    "room",
    "teacher_id",
    "grace_minutes",
    "source_id",
    "active",
    "created_at",
    "updated_at",
)


def enrollment_rows(district: District, stamp: Stamp) -> Iterator[Row]:
    created = stamp(TIMETABLE_IMPORTED)
    first_day = YEAR_START.date().isoformat()
    n = 0
    for klass in district.classes:
        for student_id in klass.student_ids:
            n += 1
            yield (n, klass.id, student_id, first_day, None, None, created, created)


ENROLLMENT_COLUMNS = (
    "id",
    "class_id",
    "student_id",
    "start_date",
    "end_date",
    "source_id",
    "created_at",
    "updated_at",
)


def session_rows(district: District, stamp: Stamp) -> Iterator[Row]:
    rooms = {c.id: c.room for c in district.classes}
    created = stamp(TIMETABLE_IMPORTED)
    lesson = timedelta(minutes=LESSON_MINUTES)
    for s in district.sessions:
        end = stamp(s.start + lesson)
        opened = stamp(s.start - timedelta(minutes=2))
        yield (
            s.id,
            s.class_id,
            s.teacher_id,
            rooms[s.class_id],
            stamp(s.start),
            end,
            "closed",
            opened,
            end,
            created,
            end,
        )


SESSION_COLUMNS = (
    "id",
    "class_id",
    "teacher_id",
    "room",
    "start_time",
    "end_time",
    "status",
    "opened_at",
    "closed_at",
    "created_at",
    "updated_at",
)

ATTENDANCE_COLUMNS = (
    "id",
    "class_session_id",
    "student_id",
    "code_id",
    "check_in_time",
    "note",
    "version",
    "changed_by",
    "changed_on",
    "created_at",
    "updated_at",
)

CHANGE_COLUMNS = (
    "id",
    "attendance_id",
    "class_session_id",
    "student_id",
    "version",
    "kind",
    "old_code_id",
    "new_code_id",
    "old_check_in_time",
    "new_check_in_time",
    "old_note",
    "new_note",
    "reason",
    "changed_by",
    "changed_on",
    "changed_at",
)


@dataclass
class Habits:
    """How often one student is absent, excused or late (most rarely, a few often)."""

    absent: float
    excused: float
    late: float


def student_habits(count: int, rng: random.Random) -> list[Habits]:
    habits = [Habits(0.0, 0.0, 0.0)]  # index 0 unused: student ids start at 1
    for _ in range(count):
        absent = min(0.5, 0.045 * rng.expovariate(1.0))
        excused = absent + min(0.2, 0.02 * rng.expovariate(1.0))
        late = excused + min(0.3, 0.035 * rng.expovariate(1.0))
        habits.append(Habits(absent, excused, late))
    return habits


def register_rows(
    district: District,
    codes: dict[str, int],
    seed: int,
    stamp: Stamp,
    with_changes: bool,
) -> Iterator[tuple[Row, Row | None]]:
    """Each attendance row, with the change-log row its mark wrote (None if unmarked).

    Rows are created when the register is started (``created_at`` = the
    lesson's start) and marked in the first minutes of the lesson: present
    students check in around the start, late ones 6-25 minutes after it,
    absent and excused ones have no check-in time.  One row in 300 was never
    marked (version 1, no change).
    """
    rng = random.Random(seed + 1)
    habits = student_habits(district.students, rng)
    members = {c.id: c.student_ids for c in district.classes}
    machine = {c.id: f"PC-{c.room}" for c in district.classes}
    present, absent, late, excused = codes["P"], codes["A"], codes["L"], codes["E"]
    row_id = 0
    change_id = 0
    for lesson in district.sessions:
        start = lesson.start
        created = stamp(start)
        who = district.teachers[lesson.teacher_id - 1]
        on = machine[lesson.class_id]
        for student_id in members[lesson.class_id]:
            row_id += 1
            r = rng.random()
            if r < 1 / 300:
                yield (
                    (row_id, lesson.id, student_id, None, None, "", 1, who, on, created, created),
                    None,
                )
                continue
            habit = habits[student_id]
            note = ""
            checked_in: str | None
            if r < habit.absent:
                code, checked_in = absent, None
                marked = stamp(start + timedelta(seconds=rng.randrange(60, 600)))
            elif r < habit.excused:
                code, checked_in = excused, None
                note = rng.choice(EXCUSES)
                marked = stamp(start + timedelta(seconds=rng.randrange(60, 3600)))
            elif r < habit.late:
                code = late
                checked_in = marked = stamp(start + timedelta(seconds=rng.randrange(360, 1500)))
            else:
                code = present
                checked_in = marked = stamp(start + timedelta(seconds=rng.randrange(-240, 240)))
            row = (
                row_id,
                lesson.id,
                student_id,
                code,
                checked_in,
                note,
                2,
                who,
                on,
                created,
                marked,
            )
            change = None
            if with_changes:
                change_id += 1
                change = (
                    change_id,
                    row_id,
                    lesson.id,
                    student_id,
                    2,
                    "mark",
                    None,
                    code,
                    None,
                    checked_in,
                    "",
                    note,
                    None,
                    who,
                    on,
                    marked,
                )
            yield row, change


# --- loading ----------------------------------------------------------------------------------


def prepare_database(url: URL, *, replace: bool) -> None:
    """Make sure the database exists, is empty (or is replaced), and is at the schema head."""
    if is_sqlite(url):
        path = Path(url.database or "")
        path.parent.mkdir(parents=True, exist_ok=True)
        if replace:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    else:
        admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": url.database}
            ).scalar()
            if exists and replace:
                conn.execute(text(f'DROP DATABASE "{url.database}" WITH (FORCE)'))
                exists = None
            if not exists:
                conn.execute(text(f'CREATE DATABASE "{url.database}"'))
        admin.dispose()
    engine = create_app_engine(url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            if conn.execute(text("SELECT count(*) FROM student")).scalar():
                raise SystemExit(
                    f"{describe(url)} already has students; pass --replace to start again."
                )
    finally:
        engine.dispose()


class Loader(Protocol):
    """Writes rows with a raw driver, inside one long transaction."""

    def stamp(self, moment: datetime) -> str:
        """A UTC timestamp as the app's UTCDateTime stores it on this backend.

        Every moment here is built from YEAR_START, which is UTC, so no
        conversion is done (this runs several million times).
        """

    def codes(self) -> dict[str, int]:
        """Attendance code letter -> id."""

    def drop_secondary(self) -> list[str]:
        """Drop the big tables' secondary indexes (and constraints); the DDL to recreate them."""

    def write(self, table: str, columns: Sequence[str], rows: Iterable[Row]) -> int:
        """Append rows to a table; how many."""

    def execute(self, sql: str) -> None: ...

    def commit(self) -> None: ...

    def finish(self) -> None:
        """Commit, reset sequences, ANALYZE: leave the database as the app expects it."""

    def close(self) -> None: ...


#: The tables whose secondary indexes (and, on PostgreSQL, foreign keys and
#: unique constraints) are dropped for the load and recreated after it, and
#: whose triggers (PostgreSQL) are disabled meanwhile.
BIG_TABLES = ("class_session", "attendance", "attendance_change")


class SqliteLoader:
    def __init__(self, url: URL) -> None:
        assert url.database
        self.conn = sqlite3.connect(url.database, isolation_level=None)
        # For the load only: nothing is lost that a rerun cannot make again.
        self.conn.execute("PRAGMA journal_mode = MEMORY")
        self.conn.execute("PRAGMA synchronous = OFF")
        self.conn.execute("PRAGMA cache_size = -1048576")  # 1 GiB, for the index sorts
        self.conn.execute("PRAGMA temp_store = MEMORY")
        self.conn.execute("BEGIN")

    def stamp(self, moment: datetime) -> str:
        # As SQLAlchemy stores UTCDateTime in SQLite: naive UTC, always with
        # microseconds ("2025-09-01 08:50:00.000000", the first 26 characters).
        return moment.isoformat(" ", "microseconds")[:26]

    def codes(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT code, id FROM attendance_code").fetchall())

    def drop_secondary(self) -> list[str]:
        found = [
            (name, sql)
            for table in BIG_TABLES
            for name, sql in self.conn.execute(
                "SELECT name, sql FROM sqlite_master "
                "WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = ?",
                (table,),
            )
        ]
        for name, _sql in found:
            self.conn.execute(f'DROP INDEX "{name}"')
        return [sql for _name, sql in found]

    def write(self, table: str, columns: Sequence[str], rows: Iterable[Row]) -> int:
        marks = ", ".join("?" for _ in columns)
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"  # noqa: S608
        before = self.conn.total_changes
        self.conn.executemany(sql, rows)
        return self.conn.total_changes - before

    def execute(self, sql: str) -> None:
        self.conn.execute(sql)

    def commit(self) -> None:
        self.conn.execute("COMMIT")
        self.conn.execute("BEGIN")

    def finish(self) -> None:
        self.conn.execute("COMMIT")
        self.conn.execute("ANALYZE")
        self.conn.execute("PRAGMA journal_mode = WAL")

    def close(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        self.conn.close()


class PostgresLoader:
    def __init__(self, url: URL) -> None:
        conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self.conn = psycopg.connect(conninfo)
        # Index builds after the load: one sort each, in memory.
        self.conn.execute("SET maintenance_work_mem = '1GB'")
        # Nothing is lost that a rerun cannot make again.
        self.conn.execute("SET synchronous_commit = off")

    def stamp(self, moment: datetime) -> str:
        return moment.isoformat(" ", "microseconds")

    def codes(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT code, id FROM attendance_code").fetchall()
        return {code: id_ for code, id_ in rows}

    def drop_secondary(self) -> list[str]:
        tables = list(BIG_TABLES)
        # Foreign keys ('f') before unique constraints ('u'): nothing may depend
        # on a constraint that is being dropped.
        constraints = self.conn.execute(
            """
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
            FROM pg_constraint
            WHERE conrelid = ANY (%s::regclass[]) AND contype IN ('f', 'u')
            ORDER BY contype, conname
            """,
            (tables,),
        ).fetchall()
        indexes = self.conn.execute(
            """
            SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid)
            FROM pg_index i
            WHERE indrelid = ANY (%s::regclass[]) AND NOT indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            ORDER BY 1
            """,
            (tables,),
        ).fetchall()
        for table, name, _definition in constraints:
            self.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        for name, _definition in indexes:
            self.execute(f'DROP INDEX "{name}"')
        recreate = [definition for _name, definition in indexes]
        recreate += [
            f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}'
            for table, name, definition in reversed(constraints)
        ]
        # The app's own triggers (the NOTIFY that tells other PCs a register
        # changed) have nothing to say about history being loaded, and would
        # queue one notification per row.
        for table in BIG_TABLES:
            self.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
            recreate.append(f"ALTER TABLE {table} ENABLE TRIGGER USER")
        return recreate

    def write(self, table: str, columns: Sequence[str], rows: Iterable[Row]) -> int:
        count = 0
        statement = pgsql.SQL("COPY {} ({}) FROM STDIN").format(
            pgsql.Identifier(table), pgsql.SQL(", ").join(map(pgsql.Identifier, columns))
        )
        with self.conn.cursor() as cur, cur.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
        return count

    def execute(self, sql: str) -> None:
        self.conn.execute(sql.encode())

    def commit(self) -> None:
        self.conn.commit()

    def finish(self) -> None:
        self.conn.commit()
        self.conn.autocommit = True
        for table in ("teacher", "student", "school_class", "enrollment", "class_session"):
            self._reset_sequence(table)
        for table in BIG_TABLES:
            self._reset_sequence(table)
        self.conn.execute("VACUUM (ANALYZE)")

    def _reset_sequence(self, table: str) -> None:
        self.conn.execute(
            pgsql.SQL(
                "SELECT setval(pg_get_serial_sequence(%s, 'id'), "
                "coalesce((SELECT max(id) FROM {}), 0) + 1, false)"
            ).format(pgsql.Identifier(table)),
            (table,),
        )

    def close(self) -> None:
        self.conn.close()


#: Attendance rows (and their change-log rows) written per round.
CHUNK = 200_000


def load(
    loader: Loader,
    district: District,
    seed: int,
    with_changes: bool,
    progress: Callable[[str], None],
) -> None:
    rng = random.Random(seed + 2)
    stamp = loader.stamp
    codes = loader.codes()
    recreate = loader.drop_secondary()
    progress(f"dropped {len(recreate)} indexes/constraints of {', '.join(BIG_TABLES)}")

    n = loader.write("teacher", TEACHER_COLUMNS, teacher_rows(district, stamp))
    progress(f"teacher: {n:,} rows")
    n = loader.write("student", STUDENT_COLUMNS, student_rows(district, rng, stamp))
    progress(f"student: {n:,} rows")
    n = loader.write("school_class", CLASS_COLUMNS, class_rows(district, rng, stamp))
    progress(f"school_class: {n:,} rows")
    n = loader.write("enrollment", ENROLLMENT_COLUMNS, enrollment_rows(district, stamp))
    progress(f"enrollment: {n:,} rows")
    n = loader.write("class_session", SESSION_COLUMNS, session_rows(district, stamp))
    progress(f"class_session: {n:,} rows")
    loader.commit()

    total = district.attendance_rows
    rows = changes = 0
    reported = 0
    registers = register_rows(district, codes, seed, stamp, with_changes)
    while chunk := list(itertools.islice(registers, CHUNK)):
        rows += loader.write("attendance", ATTENDANCE_COLUMNS, (row for row, _ in chunk))
        if with_changes:
            marks = (change for _, change in chunk if change is not None)
            changes += loader.write("attendance_change", CHANGE_COLUMNS, marks)
        if rows - reported >= total // 10 or rows == total:
            progress(f"attendance: {rows:,} of {total:,} rows, attendance_change: {changes:,}")
            reported = rows
    loader.commit()

    for ddl in recreate:
        loader.execute(ddl)
        progress(f"restored: {ddl}")
    loader.commit()
    loader.finish()
    progress("ANALYZE done")


if __name__ == "__main__":
    sys.exit(main())
