"""Lessons and who is in them: the rules every view of a register shares (no Qt here).

A lesson is stored with UTC instants; the *day* it belongs to is its local
date in the school's time zone (``lesson_day``).  A 09:00 lesson in Sydney on
2 February is 22:00 UTC on 1 February: enrolments, the printed register, the
lesson list and the class summary all judge it by 2 February.

Who is on a register is decided by one condition, ``enrolled_on(day)``: an
active student whose enrolment has started by ``day`` and not ended by it
(``end_date`` is the first day the student is no longer in the class).

The loaders here take a ``Session`` and return plain dataclasses, so the
windows can run them on the worker thread (through ``ui.operations``) and the
command line can reuse them.
"""

from __future__ import annotations

import enum
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from attendance_desktop import errors, rules, school, text

# A module import, not a from-import: repository's start_session uses the rules below.
from attendance_desktop.db import repository
from attendance_desktop.db.models import (
    Attendance,
    BellPeriod,
    ClassSession,
    Enrollment,
    SchoolClass,
    SchoolSetting,
    Student,
    Teacher,
)
from attendance_desktop.i18n import translate
from attendance_desktop.rules import Code
from attendance_desktop.timetable import school_day, week


def lesson_day(start_time: datetime, zone: tzinfo) -> date:
    """The school-local date of a lesson starting at ``start_time`` (timezone-aware)."""
    return start_time.astimezone(zone).date()


def enrolled_on(day: date) -> ColumnElement[bool]:
    """Rows of ``Enrollment`` joined to ``Student`` that put the student in the class on ``day``."""
    return and_(
        Student.active.is_(True),
        or_(Enrollment.start_date.is_(None), Enrollment.start_date <= day),
        or_(Enrollment.end_date.is_(None), Enrollment.end_date > day),
    )


# --- one lesson and its register -----------------------------------------------------------


@dataclass(frozen=True)
class LessonInfo:
    """The lesson a register belongs to."""

    id: int
    class_id: int
    class_name: str
    subject: str
    room: str
    #: None for a lesson of a class with no teacher (the office takes its register).
    teacher_id: int | None
    #: The teacher's name, or "no teacher" (translated) when there is none.
    teacher_name: str
    start_time: datetime
    end_time: datetime
    status: str
    grace_minutes: int
    #: The teacher the timetable gave it to, when a cover teacher takes it ("" otherwise).
    cover_for_name: str = ""

    @property
    def teacher_label(self) -> str:
        """Who takes the register, and for whom when it is a cover ("Mx Patel, cover for
        Ms Rivera"): what the register's heading and the printed register say."""
        if self.cover_for_name:
            return translate("Lessons", "{teacher}, cover for {absent}").format(
                teacher=self.teacher_name, absent=self.cover_for_name
            )
        return self.teacher_name


class SaveState(enum.Enum):
    """Whether a register row's mark is in the database yet."""

    SAVED = "saved"
    PENDING = "pending"
    RETRYING = "retrying"
    FAILED = "failed"
    #: Kept in the local outbox until the server answers again.
    WAITING = "waiting"
    #: Changed on another computer too: the conflict bar asks which to keep.
    CONFLICT = "conflict"


@dataclass
class RegisterRow:
    """One student on a register: the mark on screen and whether it is saved."""

    attendance_id: int
    student_id: int
    first_name: str
    last_name: str
    preferred_name: str | None
    code_id: int | None
    check_in_time: datetime | None
    note: str
    #: The version last read from or written to the database.
    version: int
    changed_by: str = ""
    changed_on: str = ""
    #: Codes of the student's previous lessons, newest first (as ``recent_marks`` gives them).
    recent: list[int | None] = field(default_factory=list)
    save_state: SaveState = SaveState.SAVED
    save_message: str = ""
    #: Set when our last write was merged with someone else's: who, where and when.
    merged_with: str = ""

    def base(self) -> dict[str, Any]:
        """The values on screen and the version they were read at (what an edit is made on)."""
        return {
            "code_id": self.code_id,
            "check_in_time": self.check_in_time,
            "note": self.note,
            "version": self.version,
        }

    def take_stored(self, stored: dict[str, Any]) -> None:
        """Show a row as stored (a saved write, or another computer's change)."""
        self.code_id = stored["code_id"]
        self.check_in_time = stored["check_in_time"]
        self.note = stored["note"] or ""
        self.version = int(stored["version"])
        self.changed_by = stored.get("changed_by") or ""
        self.changed_on = stored.get("changed_on") or ""

    @property
    def display_name(self) -> str:
        return text.display_name(self.first_name, self.last_name, self.preferred_name)

    @property
    def initials(self) -> str:
        return rules.initials(self.preferred_name or self.first_name, self.last_name)

    @property
    def mark(self) -> rules.Mark:
        return rules.Mark(self.code_id, self.check_in_time)

    def names(self) -> list[str]:
        """Every name the teacher might type to find this student."""
        return [n for n in (self.preferred_name, self.first_name, self.last_name) if n]


@dataclass
class RegisterData:
    """Everything a register shows for one lesson."""

    lesson: LessonInfo
    codes: list[Code]
    rows: list[RegisterRow]
    photos: dict[int, bytes]


def no_teacher_words() -> str:
    """What a lesson of a class with no teacher shows where its teacher's name would be."""
    return translate("Lessons", "no teacher")


def load_lesson(session: Session, class_session_id: int) -> LessonInfo:
    """One lesson with its class and teacher (``KnownError`` when it has been removed)."""
    absent = aliased(Teacher)
    found = session.execute(
        select(ClassSession, SchoolClass, Teacher, absent.display_name)
        .join(SchoolClass, SchoolClass.id == ClassSession.class_id)
        .outerjoin(Teacher, Teacher.id == ClassSession.teacher_id)
        .outerjoin(absent, absent.id == ClassSession.cover_for_teacher_id)
        .where(ClassSession.id == class_session_id)
    ).first()
    if found is None:
        raise errors.KnownError(
            translate("Lessons", "Lesson {number} no longer exists.").format(
                number=class_session_id
            )
        )
    cs, klass, teacher, cover_for_name = found
    return LessonInfo(
        id=cs.id,
        class_id=klass.id,
        class_name=klass.name,
        subject=klass.subject or "",
        room=cs.room or klass.room or "",
        teacher_id=cs.teacher_id,
        teacher_name=teacher.display_name if teacher is not None else no_teacher_words(),
        start_time=cs.start_time,
        end_time=cs.end_time,
        status=cs.status,
        grace_minutes=klass.grace_minutes,
        cover_for_name=cover_for_name or "",
    )


def load_register(session: Session, class_session_id: int) -> RegisterData:
    """Everything the register shows for one lesson (run on the worker thread)."""
    lesson = load_lesson(session, class_session_id)
    codes = [Code.from_row(c) for c in repository.active_codes(session)]
    rows = [
        RegisterRow(
            attendance_id=r.id,
            student_id=r.student_id,
            first_name=r.first_name,
            last_name=r.last_name,
            preferred_name=r.preferred_name,
            code_id=r.code_id,
            check_in_time=r.check_in_time,
            note=r.note or "",
            version=r.version,
            changed_by=r.changed_by,
            changed_on=r.changed_on,
        )
        for r in session.execute(repository.register_query(class_session_id))
    ]
    student_ids = [r.student_id for r in rows]
    recent = repository.recent_marks(session, student_ids, before=lesson.start_time)
    for row in rows:
        row.recent = recent.get(row.student_id, [])
    photos: dict[int, bytes] = {}
    if student_ids:
        for student_id, photo in session.execute(
            select(Student.id, Student.photo).where(
                Student.id.in_(student_ids), Student.photo.is_not(None)
            )
        ):
            if photo:
                photos[student_id] = photo
    return RegisterData(lesson=lesson, codes=codes, rows=rows, photos=photos)


def load_rows(
    session: Session, class_session_id: int, attendance_ids: Collection[int] | None = None
) -> list[dict[str, Any]]:
    """The stored values of some rows of a register (all when ``attendance_ids`` is None).

    What a live update fetches: only the rows another computer changed.
    """
    query = select(
        Attendance.id,
        Attendance.code_id,
        Attendance.check_in_time,
        Attendance.note,
        Attendance.version,
        Attendance.changed_by,
        Attendance.changed_on,
    ).where(Attendance.class_session_id == class_session_id)
    if attendance_ids is not None:
        query = query.where(Attendance.id.in_(list(attendance_ids)))
    return [dict(row._mapping) for row in session.execute(query)]


# --- a day's lessons ------------------------------------------------------------------------


@dataclass(frozen=True)
class LessonRow:
    """One lesson in the day's list, with how far its register has got."""

    id: int
    class_name: str
    subject: str
    room: str
    #: Who takes the register (the cover teacher, when the lesson is covered); None for
    #: a class with no teacher, whose ``teacher_name`` is "no teacher" (translated).
    teacher_id: int | None
    teacher_name: str
    start_time: datetime
    end_time: datetime
    status: str
    #: Rows in the register with a mark, and rows in it (or students enrolled, if not started).
    marked: int
    total: int
    #: The teacher the timetable gave it to, when the office gave it to a cover teacher.
    cover_for_teacher_id: int | None = None
    cover_for_name: str = ""


def load_day(
    session: Session, start: datetime, end: datetime, teacher_id: int | None
) -> list[LessonRow]:
    """The lessons starting in [start, end), one teacher's or everyone's (worker thread).

    One teacher's lessons are those they take (their own and those they cover) and
    those of theirs the office gave to a cover teacher (shown as covered).  A lesson
    not started yet counts the students ``enrolled_on`` its ``lesson_day`` in the
    school's zone: the students its register will list once started.

    Two round trips after the day is built, whatever the day's size: the lessons with
    their registers' counts, then the enrolled students of the classes not started
    yet, per local day (one grouped query each, usually one).  A whole district's day
    (about 800 lessons) was five queries with two lists of 800 ids and the ORM's
    objects: the lists alone cost more than the rest (bench/README.md).
    """
    zone = school.school_zone(session)
    # Timetabled lessons are made the first time their day is listed (timetable/school_day).
    school_day.build_days(
        session,
        start.astimezone(zone).date(),
        (end - timedelta(seconds=1)).astimezone(zone).date(),
        zone,
    )
    in_range = [ClassSession.start_time >= start, ClassSession.start_time < end]
    if teacher_id is not None:
        in_range.append(
            or_(
                ClassSession.teacher_id == teacher_id,
                ClassSession.cover_for_teacher_id == teacher_id,
            )
        )
    # Per lesson, correlated: the planner walks the day's lessons (the start_time index)
    # and probes each register's rows; a grouped subquery over the day's registers was
    # planned as a scan of every lesson once psycopg prepared the statement (generic plan).
    of_lesson = Attendance.class_session_id == ClassSession.id
    rows_marked = select(func.count(Attendance.code_id)).where(of_lesson).scalar_subquery()
    rows_in = select(func.count()).select_from(Attendance).where(of_lesson).scalar_subquery()
    absent = aliased(Teacher)
    found = session.execute(
        select(
            ClassSession.id,
            ClassSession.class_id,
            SchoolClass.name,
            SchoolClass.subject,
            func.coalesce(func.nullif(ClassSession.room, ""), SchoolClass.room),
            ClassSession.teacher_id,
            Teacher.display_name,
            ClassSession.start_time,
            ClassSession.end_time,
            ClassSession.status,
            rows_marked,
            rows_in,
            ClassSession.cover_for_teacher_id,
            absent.display_name,
        )
        .join(SchoolClass, SchoolClass.id == ClassSession.class_id)
        .outerjoin(Teacher, Teacher.id == ClassSession.teacher_id)
        .outerjoin(absent, absent.id == ClassSession.cover_for_teacher_id)
        .where(*in_range)
        .order_by(ClassSession.start_time, SchoolClass.name, ClassSession.id)
    ).all()
    days: dict[int, date] = {}
    not_started: dict[date, set[int]] = {}
    for row in found:
        if row[9] == "planned" and not row[11]:
            day = days[row[0]] = lesson_day(row[7], zone)
            not_started.setdefault(day, set()).add(row[1])
    enrolled = {
        (day, class_id): count
        for day, class_ids in not_started.items()
        for class_id, count in _enrolled_in_range(session, in_range, class_ids, day).items()
    }
    rows = []
    nobody = no_teacher_words()
    for (
        lesson_id,
        class_id,
        class_name,
        subject,
        room,
        teacher,
        teacher_name,
        starts,
        ends,
        status,
        marked,
        total,
        cover_for,
        cover_for_name,
    ) in found:
        if lesson_id in days:
            total = enrolled.get((days[lesson_id], class_id), 0)
        rows.append(
            LessonRow(
                id=lesson_id,
                class_name=class_name,
                subject=subject or "",
                room=room or "",
                teacher_id=teacher,
                teacher_name=teacher_name if teacher is not None else nobody,
                start_time=starts,
                end_time=ends,
                status=status,
                marked=int(marked),
                total=int(total),
                cover_for_teacher_id=cover_for,
                cover_for_name=cover_for_name or "",
            )
        )
    return rows


def _enrolled_in_range(
    session: Session, in_range: list[ColumnElement[bool]], class_ids: set[int], day: date
) -> dict[int, int]:
    """``enrolled_counts`` for the classes of the lessons ``in_range``.

    The same students as ``enrolled_on``, asked differently for a whole school's day:
    the classes named by a subquery rather than a list of 700 ids, and "not a
    student who left" rather than a join to every student (hashing 50,000 rows to
    count 20,000 enrolments took three quarters of the day's listing on PostgreSQL).
    Every enrolment has its student (a foreign key), so both count the same rows.
    """
    if len(class_ids) <= 20:
        return enrolled_counts(session, class_ids, day)
    stayed: ColumnElement[bool]
    if session.get_bind().dialect.name == "sqlite":
        # SQLite runs NOT EXISTS once per enrolment; NOT IN reads the few who left once.
        stayed = Enrollment.student_id.not_in(select(Student.id).where(Student.active.is_not(True)))
    else:
        # PostgreSQL hashes NOT IN only while it fits in work_mem (years of leavers may
        # not): NOT EXISTS is an anti-join at any size.
        stayed = ~exists().where(Student.id == Enrollment.student_id, Student.active.is_not(True))
    query = (
        select(Enrollment.class_id, func.count())
        .where(
            Enrollment.class_id.in_(select(ClassSession.class_id).where(*in_range)),
            stayed,
            or_(Enrollment.start_date.is_(None), Enrollment.start_date <= day),
            or_(Enrollment.end_date.is_(None), Enrollment.end_date > day),
        )
        .group_by(Enrollment.class_id)
    )
    return {
        class_id: int(count) for class_id, count in session.execute(query) if class_id in class_ids
    }


def _register_counts(session: Session, lesson_ids: list[int]) -> dict[int, tuple[int, int]]:
    """Per lesson: rows of its register with a mark, and rows in it (lessons with any)."""
    if not lesson_ids:
        return {}
    return {
        lesson_id: (int(marked), int(total))
        for lesson_id, marked, total in session.execute(
            select(Attendance.class_session_id, func.count(Attendance.code_id), func.count())
            .where(Attendance.class_session_id.in_(lesson_ids))
            .group_by(Attendance.class_session_id)
        )
    }


def lesson_counts(session: Session, lesson_ids: list[int]) -> dict[int, tuple[str, int, int]]:
    """Status, marked and total of some lessons (the list's counts, refreshed live)."""
    if not lesson_ids:
        return {}
    counts = _register_counts(session, lesson_ids)
    return {
        lesson_id: (status, *counts.get(lesson_id, (0, 0)))
        for lesson_id, status in session.execute(
            select(ClassSession.id, ClassSession.status).where(ClassSession.id.in_(lesson_ids))
        )
    }


def enrolled_counts(session: Session, class_ids: set[int], day: date) -> dict[int, int]:
    """How many students are ``enrolled_on(day)`` in each of ``class_ids``, in one query
    (a whole school's day counts in one round trip, not one per lesson)."""
    if not class_ids:
        return {}
    query = (
        select(Enrollment.class_id, func.count())
        .join(Student, Student.id == Enrollment.student_id)
        .where(Enrollment.class_id.in_(sorted(class_ids)), enrolled_on(day))
        .group_by(Enrollment.class_id)
    )
    return {class_id: int(count) for class_id, count in session.execute(query)}


def teachers(session: Session) -> list[tuple[int, str]]:
    """Every active teacher, (id, name), by name (worker thread)."""
    return [
        (t.id, t.display_name)
        for t in session.scalars(
            select(Teacher).where(Teacher.active.is_(True)).order_by(Teacher.display_name)
        )
    ]


# --- the bell times of a day ---------------------------------------------------------------


class Period(NamedTuple):
    """One period of a school day, in the school's local time."""

    name: str
    start: time
    end: time


def periods_on(session: Session, day: date) -> list[Period]:
    """``day``'s periods from the bell times, by start (worker thread); none on a
    non-school day, or when the office has set no bell times.

    What New lesson starts at: the period running now, else the next one."""
    if school_day.closure_on(session, day):
        return []
    value = session.scalar(
        select(SchoolSetting.value).where(SchoolSetting.key == school_day.ROTATION_KEY)
    )
    try:
        week_a = date.fromisoformat(value) if value else None
    except ValueError:
        week_a = None  # school_day logs it when it builds the day
    rotation = week.week_of(day, week_a)
    return sorted(
        (
            Period(bell.period, bell.start_time, bell.end_time)
            for bell in session.scalars(select(BellPeriod))
            if week.matches(week.parse_days(bell.days), day, rotation)
        ),
        key=lambda period: (period.start, period.end),
    )


# --- the classes a new lesson can be added to ---------------------------------------------


class PickerClass(NamedTuple):
    """One class as the New lesson picker lists it."""

    class_id: int
    name: str
    subject: str
    room: str
    #: None for a class no roster gave a teacher yet (whoever opens it takes it).
    teacher_id: int | None
    teacher_name: str
    #: Active students ``enrolled_on`` the day asked about.
    student_count: int


def classes_for_picker(session: Session, teacher_id: int | None, *, day: date) -> list[PickerClass]:
    """Every active class: ``teacher_id``'s own first, then the others, each by name (7A, 10A).

    ``student_count`` counts the students ``enrolled_on(day)``, ``day`` being the
    school-local day the lesson is for.
    """
    counts: dict[int, int] = {
        class_id: int(students)
        for class_id, students in session.execute(
            select(Enrollment.class_id, func.count())
            .join(Student, Student.id == Enrollment.student_id)
            .join(SchoolClass, SchoolClass.id == Enrollment.class_id)
            .where(SchoolClass.active.is_(True), enrolled_on(day))
            .group_by(Enrollment.class_id)
        )
    }
    found = session.execute(
        select(
            SchoolClass.id,
            SchoolClass.name,
            SchoolClass.subject,
            SchoolClass.room,
            SchoolClass.teacher_id,
            Teacher.display_name,
        )
        .outerjoin(Teacher, Teacher.id == SchoolClass.teacher_id)
        .where(SchoolClass.active.is_(True))
    ).all()
    no_teacher = no_teacher_words()
    rows = [
        PickerClass(
            class_id=row.id,
            name=row.name,
            subject=row.subject or "",
            room=row.room or "",
            teacher_id=row.teacher_id,
            teacher_name=row.display_name or no_teacher,
            student_count=counts.get(row.id, 0),
        )
        for row in found
    ]
    return sorted(
        rows,
        key=lambda c: (
            c.teacher_id != teacher_id,
            text.natural_key(c.name),
            text.natural_key(c.subject),
            c.class_id,
        ),
    )


# --- a register row's change history ------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    """One accepted write to a register row, as its change log recorded it."""

    version: int
    kind: str
    old_code_id: int | None
    new_code_id: int | None
    old_check_in_time: datetime | None
    new_check_in_time: datetime | None
    old_note: str | None
    new_note: str | None
    reason: str | None
    changed_by: str
    changed_on: str
    #: When the database got it (the server's clock).
    changed_at: datetime
    #: When the teacher made it (the PC's clock): earlier for a mark kept offline.
    #: None for changes recorded before marks carried it.
    made_at: datetime | None = None

    @property
    def note(self) -> str | None:
        """The new note when this change set one (None when the note did not change)."""
        return self.new_note if self.new_note != self.old_note else None


def load_history(session: Session, attendance_id: int) -> list[HistoryEntry]:
    """A register row's change log, oldest first (worker thread)."""
    return [
        HistoryEntry(
            c.version,
            c.kind,
            c.old_code_id,
            c.new_code_id,
            c.old_check_in_time,
            c.new_check_in_time,
            c.old_note,
            c.new_note,
            c.reason,
            c.changed_by,
            c.changed_on,
            c.changed_at,
            c.made_at,
        )
        for c in repository.history(session, attendance_id)
    ]
