"""Reports: a student's history, a class summary, missing registers, a class's rate over time
and a session register laid out for printing.  No widgets (only QtCore's locale, for dates
and words in the reader's language through ``i18n``): the Reports window (through
``ui/operations.py``), the command line (``attendance-desktop report``), the exports and the
charts all use these functions.

Every function takes a ``Session`` and returns plain frozen dataclasses; nothing is written.
The Reports window's lists to pick from (``load_choices``) and its preset periods
(``periods``) live here too, so the window holds no query of its own.

Who is on a lesson's register is the rule of ``lessons``: ``enrolled_on`` the lesson's
local day (``lesson_day``), the same as when the register is started.  A class summary
over a range lists everyone enrolled on any day of it (and anyone marked in it).

Dates are the school's local dates.  Sessions are stored in UTC; a date range
``first_day..last_day`` (both included) means the instants from 00:00 local on
``first_day`` up to, not including, 00:00 local on the day after ``last_day``,
each boundary worked out for its own day, so a lesson at 00:30 local or on the
day the clocks change lands on the right day (``SchoolCalendar``).  The zone is
the school's ``time_zone`` setting, or this computer's when it is empty.

How marks are counted (the same in every report, export and chart):

- A student's session is *marked* when their attendance row has a code.
  Rows still unmarked (the register was started, the student never marked)
  are shown and counted as "unmarked" but are in no rate.  A session whose
  register was never started has no rows at all: it is in no student's figures
  and is listed by ``missing_registers`` instead.
- *Attended*: marked with a code whose ``counts_as_present`` is true (by
  default Present and Late).  *Missed*: marked with any other code (by default
  Absent and Excused).
- **Attendance rate** = attended / marked.  ``None`` when nothing is marked.
- **Chronic absence**: missed / marked >= 10 %, i.e. a rate of 90 % or less;
  exactly 10 % is flagged.  Excused absences count as missed, as in the US
  definition ("missing 10 % or more of school days for any reason, excused or
  unexcused"): a student off ill for a fortnight needs help catching up whether
  or not a note came in.  There is no minimum number of sessions, so early in
  a term one absence in five lessons flags a student; read the flag with the
  ``marked`` count beside it.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QLocale
from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from attendance_desktop import i18n, rules
from attendance_desktop.db import repository
from attendance_desktop.db.models import (
    Attendance,
    AttendanceCode,
    ClassSession,
    Enrollment,
    SchoolClass,
    Student,
    Teacher,
)
from attendance_desktop.errors import KnownError
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate
from attendance_desktop.lessons import enrolled_on, lesson_day
from attendance_desktop.rules import Code, machine_zone_key
from attendance_desktop.school import school_settings as school_settings
from attendance_desktop.text import display_name, listed_name, natural_key, surname_key
from attendance_desktop.timetable import school_day

log = logging.getLogger("attendance.reports")

#: What a report says for a class whose roster names no teacher (yet); shown through
#: ``translate("Reports", NO_TEACHER)``.
NO_TEACHER = QT_TRANSLATE_NOOP("Reports", "no teacher")

#: What a report shows of a student (the list of names to pick from, a class summary).
_STUDENT_COLUMNS = (
    Student.id,
    Student.first_name,
    Student.last_name,
    Student.preferred_name,
    Student.source_id,
    Student.active,
    Student.student_number,
)

#: A student missing this share of their marked sessions or more is chronically absent.
CHRONIC_ABSENCE_SHARE = 0.10
#: The attendance rate at or below which a student is chronically absent (for charts).
CHRONIC_RATE_THRESHOLD = 1 - CHRONIC_ABSENCE_SHARE

Bucket = Literal["week", "day"]


class ReportNotFound(KnownError):
    """The student, class or session a report was asked for does not exist."""

    exit_code = 3


class BadReportRequest(KnownError):
    """A report was asked for with options that make no sense (a bad date, a reversed range)."""

    exit_code = 2


# --- dates and time zones -----------------------------------------------------------------------


@dataclass(frozen=True)
class SchoolCalendar:
    """The school's time zone: local dates of UTC instants, and UTC ranges of local dates.

    ``zone`` None means this computer's zone with its own daylight-saving rules
    (looked up per instant, never a fixed offset taken today).
    """

    zone: tzinfo | None
    name: str

    @classmethod
    def named(cls, name: str) -> SchoolCalendar:
        """The IANA zone ``name`` ("Europe/London"); ``BadReportRequest`` if unknown."""
        try:
            return cls(ZoneInfo(name.strip()), name.strip())
        except (ZoneInfoNotFoundError, ValueError):
            raise BadReportRequest(
                translate("Reports", "'{zone}' is not a time zone this computer knows.").format(
                    zone=name
                ),
                hint=translate(
                    "Reports", "Use an IANA name such as Europe/London or America/New_York."
                ),
            ) from None

    @classmethod
    def of_zone(cls, zone: tzinfo) -> SchoolCalendar:
        return cls(zone, str(getattr(zone, "key", None) or zone))

    @classmethod
    def machine(cls) -> SchoolCalendar:
        """This computer's zone: its IANA name when it can be found, else the system's rules."""
        key = machine_zone_key()
        if key:
            try:
                return cls(ZoneInfo(key), key)
            except (ZoneInfoNotFoundError, ValueError):
                pass
        abbreviation = datetime.now().astimezone().tzname() or "local"
        name = translate("Reports", "this computer's time zone ({abbreviation})")
        return cls(None, name.format(abbreviation=abbreviation))

    def local(self, moment: datetime) -> datetime:
        """``moment`` (timezone-aware) as the school's wall-clock time."""
        return moment.astimezone(self.zone) if self.zone is not None else moment.astimezone()

    def local_date(self, moment: datetime) -> date:
        return self.local(moment).date()

    def to_utc(self, day: date, at: time) -> datetime:
        """The UTC instant of wall-clock ``at`` on ``day``.

        A time the clocks skip (the spring gap) is read with the offset before
        the change, which puts it just after the gap (01:30 on the London spring
        day is 02:30 BST); a time that happens twice (the autumn fold) is the
        first of the two.  So a day always starts at its first instant, even
        where the clocks change at midnight (01:00 in Chile's spring, the first
        of two midnights in Cuba's autumn).
        """
        naive = datetime.combine(day, at)  # fold=0, as PEP 495 intends for both cases
        local = naive.replace(tzinfo=self.zone) if self.zone is not None else naive
        # A naive datetime's astimezone() applies this computer's rules for that date.
        return local.astimezone(UTC)

    def start_of(self, day: date) -> datetime:
        """The UTC instant at which ``day`` starts in the school's zone."""
        return self.to_utc(day, time(0))

    def utc_range(self, first_day: date, last_day: date) -> tuple[datetime, datetime]:
        """[start of ``first_day``, start of the day after ``last_day``) in UTC."""
        if last_day < first_day:
            message = translate(
                "Reports", "The report would start on {first}, after it ends on {last}."
            )
            raise BadReportRequest(
                message.format(first=i18n.medium_date(first_day), last=i18n.medium_date(last_day)),
                hint=translate("Reports", "Give the earlier date first."),
            )
        return self.start_of(first_day), self.start_of(last_day + timedelta(days=1))


ZoneChoice = SchoolCalendar | tzinfo | str | None


def school_calendar(settings: Mapping[str, str], tz: ZoneChoice = None) -> SchoolCalendar:
    """The calendar for a report: ``tz`` if given, else the school's setting, else the machine's."""
    if isinstance(tz, SchoolCalendar):
        return tz
    if isinstance(tz, tzinfo):
        return SchoolCalendar.of_zone(tz)
    if isinstance(tz, str) and tz.strip():
        return SchoolCalendar.named(tz)
    stored = settings.get("time_zone", "").strip()
    if stored:
        try:
            return SchoolCalendar.named(stored)
        except BadReportRequest:
            log.warning("school time zone %r is unknown; using this computer's", stored)
    return SchoolCalendar.machine()


# --- codes and tallies --------------------------------------------------------------------------


@dataclass(frozen=True)
class CodeInfo:
    """All codes, and which of them are still in use (for columns and bars)."""

    codes: tuple[Code, ...]
    active: frozenset[int]

    @property
    def by_id(self) -> dict[int, Code]:
        return {c.id: c for c in self.codes}

    def shown(self, used: Iterable[int]) -> tuple[Code, ...]:
        """The codes a report shows: every active code, and any retired one it counted."""
        keep = set(self.active) | set(used)
        return tuple(c for c in self.codes if c.id in keep)


def _code_info(session: Session) -> CodeInfo:
    """Every code as the reader sees it (the untouched defaults in their language)."""
    rows = session.execute(
        select(AttendanceCode).order_by(AttendanceCode.sort_order, AttendanceCode.id)
    ).scalars()
    codes: list[Code] = []
    active: set[int] = set()
    for row in rows:
        codes.append(Code.from_row(row))
        if row.active:
            active.add(row.id)
    return CodeInfo(tuple(rules.in_language(codes)), frozenset(active))


@dataclass(frozen=True)
class Tally:
    """How one student's (or a class's) sessions were marked, and what that adds up to."""

    #: Code id -> sessions marked with it.
    counts: Mapping[int, int] = field(default_factory=dict)
    unmarked: int = 0
    #: Marked sessions whose code counts as present.
    attended: int = 0

    @classmethod
    def of(cls, counts: Mapping[int | None, int], codes: Mapping[int, Code]) -> Tally:
        marked = {k: v for k, v in counts.items() if k is not None and v}
        attended = sum(n for k, n in marked.items() if k in codes and codes[k].counts_as_present)
        return cls(marked, counts.get(None, 0), attended)

    @property
    def marked(self) -> int:
        return sum(self.counts.values())

    @property
    def sessions(self) -> int:
        """Every session with a row for the student, marked or not."""
        return self.marked + self.unmarked

    @property
    def missed(self) -> int:
        return self.marked - self.attended

    @property
    def rate(self) -> float | None:
        """Attended / marked, 0.0-1.0; None when nothing is marked."""
        return self.attended / self.marked if self.marked else None

    @property
    def chronic(self) -> bool:
        """Missed 10 % or more of the marked sessions (exactly 10 % included)."""
        # Integer arithmetic: 1 missed of 10 is 10 % exactly, not 0.1000000001.
        return self.marked > 0 and self.missed * 10 >= self.marked

    def count(self, code_id: int) -> int:
        return self.counts.get(code_id, 0)

    def __add__(self, other: Tally) -> Tally:
        counts = dict(self.counts)
        for k, v in other.counts.items():
            counts[k] = counts.get(k, 0) + v
        return Tally(counts, self.unmarked + other.unmarked, self.attended + other.attended)


@dataclass(frozen=True)
class CodeCount:
    code: Code
    count: int


# --- names --------------------------------------------------------------------------------------


def _sort_key(first: str, last: str, ident: int) -> tuple[str, str, int]:
    """Surname, then name, accents and case ignored (as the register lists them)."""
    return (*surname_key(first, last), ident)


# --- a student's history ------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryRow:
    """One session of a student's, in the school's local time."""

    attendance_id: int
    class_session_id: int
    day: date
    start: datetime
    class_name: str
    code: Code | None
    check_in: datetime | None
    note: str


@dataclass(frozen=True)
class StudentHistory:
    school_name: str
    calendar: SchoolCalendar
    student_id: int
    student_name: str
    source_id: str | None
    first_day: date
    last_day: date
    #: The codes to show (every active code, and any retired one used), in order.
    codes: tuple[Code, ...]
    rows: tuple[HistoryRow, ...]
    tally: Tally
    #: The number the school knows the student by, beside the roster (SIS) id.
    student_number: str | None = None

    @property
    def totals(self) -> list[CodeCount]:
        """Sessions per code, in code order, zeros included."""
        return [CodeCount(c, self.tally.count(c.id)) for c in self.codes]


def student_history(
    session: Session,
    student_id: int,
    first_day: date,
    last_day: date,
    tz: ZoneChoice = None,
) -> StudentHistory:
    """Every session of one student from ``first_day`` to ``last_day`` (local, inclusive)."""
    settings = school_settings(session)
    calendar = school_calendar(settings, tz)
    start, end = calendar.utc_range(first_day, last_day)
    student = session.get(Student, student_id)
    if student is None:
        message = translate("Reports", "There is no student with id {id}.")
        raise ReportNotFound(message.format(id=student_id))
    info = _code_info(session)
    by_id = info.by_id
    rows: list[HistoryRow] = []
    counts: dict[int | None, int] = defaultdict(int)
    for row in session.execute(repository.student_history_query(student_id, start, end)):
        counts[row.code_id] += 1
        local_start = calendar.local(row.start_time)
        rows.append(
            HistoryRow(
                attendance_id=row.id,
                class_session_id=row.class_session_id,
                day=local_start.date(),
                start=local_start,
                class_name=row.class_name,
                code=by_id.get(row.code_id) if row.code_id is not None else None,
                check_in=calendar.local(row.check_in_time) if row.check_in_time else None,
                note=row.note or "",
            )
        )
    return StudentHistory(
        school_name=settings.get("school_name", ""),
        calendar=calendar,
        student_id=student.id,
        student_name=student.display_name,
        source_id=student.source_id,
        first_day=first_day,
        last_day=last_day,
        codes=info.shown(k for k in counts if k is not None),
        rows=tuple(rows),
        tally=Tally.of(counts, by_id),
        student_number=student.student_number,
    )


# --- a class summary ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StudentSummary:
    """One student's line in a class summary."""

    student_id: int
    name: str
    list_name: str
    source_id: str | None
    #: The day they joined the class, when that was inside the range.
    joined: date | None
    #: The day they left the class (their first day no longer in it), when inside the range.
    left: date | None
    tally: Tally
    #: The number the school knows the student by, beside the roster (SIS) id.
    student_number: str | None = None


@dataclass(frozen=True)
class ClassSummary:
    school_name: str
    calendar: SchoolCalendar
    class_id: int
    class_name: str
    subject: str | None
    teacher_name: str
    first_day: date
    last_day: date
    codes: tuple[Code, ...]
    #: Sessions of the class in the range, and how many of them have at least one mark.
    sessions: int
    registers_taken: int
    rows: tuple[StudentSummary, ...]

    @property
    def tally(self) -> Tally:
        """The whole class's marks together."""
        total = Tally()
        for row in self.rows:
            total = total + row.tally
        return total

    @property
    def chronic_count(self) -> int:
        return sum(1 for row in self.rows if row.tally.chronic)


def class_summary(
    session: Session,
    class_id: int,
    first_day: date,
    last_day: date,
    tz: ZoneChoice = None,
) -> ClassSummary:
    """One line per student of a class from ``first_day`` to ``last_day`` (local, inclusive).

    The students are those enrolled at any time in the range (including any who
    joined or left during it) and anyone with a mark in the class in the range.
    A fixed number of queries whatever the class's size: the marks come from
    one grouped query (``repository.class_summary_query``).
    """
    settings = school_settings(session)
    calendar = school_calendar(settings, tz)
    start, end = calendar.utc_range(first_day, last_day)
    found = session.execute(
        select(SchoolClass.name, SchoolClass.subject, Teacher.display_name)
        # A class may have no teacher yet (imported before timetabling).
        .outerjoin(Teacher, Teacher.id == SchoolClass.teacher_id)
        .where(SchoolClass.id == class_id)
    ).one_or_none()
    if found is None:
        message = translate("Reports", "There is no class with id {id}.")
        raise ReportNotFound(message.format(id=class_id))
    info = _code_info(session)
    by_id = info.by_id

    per_student: dict[int, dict[int | None, int]] = defaultdict(lambda: defaultdict(int))
    for student_id, code_id, sessions in session.execute(
        repository.class_summary_query(class_id, start, end)
    ):
        per_student[student_id][code_id] += sessions

    enrolled: dict[int, tuple[date | None, date | None]] = {}
    for student_id, joined, left in session.execute(
        select(Enrollment.student_id, Enrollment.start_date, Enrollment.end_date).where(
            Enrollment.class_id == class_id
        )
    ):
        in_range = (joined is None or joined <= last_day) and (left is None or left > first_day)
        if in_range:
            enrolled[student_id] = (joined, left)

    wanted = set(enrolled) | set(per_student)
    rows: list[tuple[tuple[str, str, int], StudentSummary]] = []
    if wanted:
        for student in session.execute(
            select(*_STUDENT_COLUMNS).where(Student.id.in_(sorted(wanted)))
        ):
            marks = per_student.get(student.id, {})
            if not marks and not student.active:
                continue  # left the school with nothing recorded in this range
            joined, left = enrolled.get(student.id, (None, None))
            rows.append(
                (
                    _sort_key(student.first_name, student.last_name, student.id),
                    StudentSummary(
                        student_id=student.id,
                        name=display_name(
                            student.first_name, student.last_name, student.preferred_name
                        ),
                        list_name=listed_name(
                            student.first_name, student.last_name, student.preferred_name
                        ),
                        source_id=student.source_id,
                        joined=joined if joined is not None and joined > first_day else None,
                        left=left if left is not None and left <= last_day else None,
                        tally=Tally.of(marks, by_id),
                        student_number=student.student_number,
                    ),
                )
            )
    rows.sort(key=lambda item: item[0])

    marked_session = exists().where(
        Attendance.class_session_id == ClassSession.id, Attendance.code_id.is_not(None)
    )
    sessions, taken = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((marked_session, 1), else_=0)), 0),
        ).where(
            ClassSession.class_id == class_id,
            ClassSession.start_time >= start,
            ClassSession.start_time < end,
        )
    ).one()
    used = {code for marks in per_student.values() for code in marks if code is not None}
    name, subject, teacher_name = found
    teacher_name = teacher_name or translate("Reports", NO_TEACHER)
    return ClassSummary(
        school_name=settings.get("school_name", ""),
        calendar=calendar,
        class_id=class_id,
        class_name=name,
        subject=subject,
        teacher_name=teacher_name,
        first_day=first_day,
        last_day=last_day,
        codes=info.shown(used),
        sessions=int(sessions),
        registers_taken=int(taken),
        rows=tuple(summary for _key, summary in rows),
    )


# --- missing registers --------------------------------------------------------------------------


@dataclass(frozen=True)
class MissingRegister:
    """A past session whose register was never taken."""

    class_session_id: int
    class_id: int
    class_name: str
    room: str | None
    day: date
    start: datetime
    end: datetime
    #: "planned" (never started) or "open"/"closed" (started, but nobody was marked).
    status: str

    @property
    def reason(self) -> str:
        if self.status == "planned":
            return translate("Reports", "never started")
        return translate("Reports", "started, nobody marked")


@dataclass(frozen=True)
class TeacherMissingRegisters:
    #: None: the lessons of classes with no teacher, under "no teacher" (translated).
    teacher_id: int | None
    teacher_name: str
    registers: tuple[MissingRegister, ...]


@dataclass(frozen=True)
class MissingRegisters:
    school_name: str
    calendar: SchoolCalendar
    since: date | None
    until: datetime
    teachers: tuple[TeacherMissingRegisters, ...]

    @property
    def count(self) -> int:
        return sum(len(t.registers) for t in self.teachers)


#: How far back ``missing_registers`` makes timetabled lessons when not told (four weeks).
MISSING_DAYS_BACK = 28


def missing_registers(
    session: Session,
    until: datetime,
    tz: ZoneChoice = None,
    since: date | None = None,
    teacher_id: int | None = None,
) -> MissingRegisters:
    """Sessions that ended by ``until`` and were never taken, per teacher.

    Never taken: still planned, or started with not one student marked.  A
    session counts for the teacher who takes it (a cover teacher, if any), not
    the class's own.  ``since`` (a local date) limits how far back to look.
    """
    if until.tzinfo is None:
        raise ValueError("until must be timezone-aware")
    settings = school_settings(session)
    calendar = school_calendar(settings, tz)
    # A timetabled lesson nobody opened is missing too: make the days' lessons first.
    zone = calendar.zone or rules.local_zone()
    last_day = until.astimezone(zone).date()
    school_day.build_days(
        session, since or last_day - timedelta(days=MISSING_DAYS_BACK - 1), last_day, zone
    )
    marked = exists().where(
        Attendance.class_session_id == ClassSession.id, Attendance.code_id.is_not(None)
    )
    conditions = [
        ClassSession.start_time < until,
        ClassSession.end_time <= until,
        or_(ClassSession.status == "planned", ~marked),
    ]
    if since is not None:
        conditions.append(ClassSession.start_time >= calendar.start_of(since))
    if teacher_id is not None:
        conditions.append(ClassSession.teacher_id == teacher_id)
    grouped: dict[tuple[str, int | None], list[MissingRegister]] = defaultdict(list)
    nobody = translate("Reports", NO_TEACHER)
    for row in session.execute(
        select(
            ClassSession.id,
            ClassSession.class_id,
            SchoolClass.name,
            ClassSession.room,
            ClassSession.start_time,
            ClassSession.end_time,
            ClassSession.status,
            ClassSession.teacher_id,
            Teacher.display_name,
        )
        .join(SchoolClass, SchoolClass.id == ClassSession.class_id)
        .outerjoin(Teacher, Teacher.id == ClassSession.teacher_id)
        .where(and_(*conditions))
        .order_by(ClassSession.start_time, ClassSession.id)
    ):
        local_start = calendar.local(row.start_time)
        name = row.display_name if row.teacher_id is not None else nobody
        grouped[(name, row.teacher_id)].append(
            MissingRegister(
                class_session_id=row.id,
                class_id=row.class_id,
                class_name=row.name,
                room=row.room,
                day=local_start.date(),
                start=local_start,
                end=calendar.local(row.end_time),
                status=row.status,
            )
        )
    teachers = tuple(
        TeacherMissingRegisters(teacher, name, tuple(registers))
        for (name, teacher), registers in sorted(
            # by name, the lessons with no teacher last
            grouped.items(),
            key=lambda item: (item[0][1] is None, item[0][0].casefold(), item[0][1] or 0),
        )
    )
    return MissingRegisters(
        school_name=settings.get("school_name", ""),
        calendar=calendar,
        since=since,
        until=until,
        teachers=teachers,
    )


# --- a class's attendance rate over time --------------------------------------------------------


@dataclass(frozen=True)
class RatePoint:
    """A class's marks in one week (from the reader's first day of the week, ``week_start``,
    seven days, clipped to the range) or one day."""

    first_day: date
    last_day: date
    marked: int
    attended: int

    @property
    def rate(self) -> float | None:
        return self.attended / self.marked if self.marked else None


@dataclass(frozen=True)
class RateSeries:
    school_name: str
    calendar: SchoolCalendar
    class_id: int
    class_name: str
    first_day: date
    last_day: date
    bucket: Bucket
    #: Only periods with at least one mark: a holiday is a gap, not a zero.
    points: tuple[RatePoint, ...]


def rate_over_time(
    session: Session,
    class_id: int,
    first_day: date,
    last_day: date,
    tz: ZoneChoice = None,
    bucket: Bucket = "week",
) -> RateSeries:
    """A class's attendance rate per week or per local day, for the class chart.

    Weeks start on the first day of the week of the language in use (Monday in most of
    Europe, Sunday in the US): the chart draws them that way.
    """
    if bucket not in ("week", "day"):
        message = translate("Reports", "'{bucket}' is not a period for a chart; use week or day.")
        raise BadReportRequest(message.format(bucket=bucket))
    settings = school_settings(session)
    calendar = school_calendar(settings, tz)
    start, end = calendar.utc_range(first_day, last_day)
    class_name = session.scalar(select(SchoolClass.name).where(SchoolClass.id == class_id))
    if class_name is None:
        message = translate("Reports", "There is no class with id {id}.")
        raise ReportNotFound(message.format(id=class_id))
    starts_on = i18n.first_weekday()
    present_codes = set(
        session.scalars(select(AttendanceCode.id).where(AttendanceCode.counts_as_present))
    )
    marked: dict[date, int] = defaultdict(int)
    attended: dict[date, int] = defaultdict(int)
    for start_time, code_id, rows in session.execute(
        select(ClassSession.start_time, Attendance.code_id, func.count())
        .join(Attendance, Attendance.class_session_id == ClassSession.id)
        .where(
            ClassSession.class_id == class_id,
            ClassSession.start_time >= start,
            ClassSession.start_time < end,
            Attendance.code_id.is_not(None),
        )
        .group_by(ClassSession.id, ClassSession.start_time, Attendance.code_id)
    ):
        day = calendar.local_date(start_time)
        key = week_start(day, starts_on) if bucket == "week" else day
        marked[key] += rows
        if code_id in present_codes:
            attended[key] += rows
    points = []
    for key in sorted(marked):
        period_end = key + timedelta(days=6) if bucket == "week" else key
        points.append(
            RatePoint(
                first_day=max(key, first_day),
                last_day=min(period_end, last_day),
                marked=marked[key],
                attended=attended[key],
            )
        )
    return RateSeries(
        school_name=settings.get("school_name", ""),
        calendar=calendar,
        class_id=class_id,
        class_name=class_name,
        first_day=first_day,
        last_day=last_day,
        bucket=bucket,
        points=tuple(points),
    )


def week_start(day: date, starts_on: int | None = None) -> date:
    """The first day of ``day``'s week; ``starts_on`` an ISO weekday (1 = Monday, 7 = Sunday),
    by default the reader's (``i18n.first_weekday``)."""
    first = i18n.first_weekday() if starts_on is None else starts_on
    return day - timedelta(days=(day.isoweekday() - first) % 7)


# --- a session register, for printing -----------------------------------------------------------


@dataclass(frozen=True)
class RegisterLine:
    student_id: int
    name: str
    list_name: str
    source_id: str | None
    #: None: not marked (or the register was never started).
    code: Code | None
    check_in: datetime | None
    note: str


@dataclass(frozen=True)
class PrintableRegister:
    """One session's register as a school would file it on paper.

    Times are the school's local time.  When the register was never started,
    ``lines`` lists the students enrolled that day with no marks, ready to be
    filled in by hand.
    """

    school_name: str
    calendar: SchoolCalendar
    class_session_id: int
    class_name: str
    subject: str | None
    room: str | None
    #: Who takes this register (a cover teacher, if any; "no teacher" when nobody) and
    #: the class's own teacher ("" when the class has none).
    teacher_name: str
    class_teacher_name: str
    day: date
    start: datetime
    end: datetime
    status: str
    closed_at: datetime | None
    started: bool
    lines: tuple[RegisterLine, ...]
    #: The codes, for the key printed under the register.
    codes: tuple[Code, ...]

    @property
    def tally(self) -> Tally:
        counts: dict[int | None, int] = defaultdict(int)
        for line in self.lines:
            counts[line.code.id if line.code else None] += 1
        return Tally.of(counts, {c.id: c for c in self.codes})

    @property
    def totals(self) -> list[CodeCount]:
        tally = self.tally
        return [CodeCount(c, tally.count(c.id)) for c in self.codes]


def session_register(
    session: Session, class_session_id: int, tz: ZoneChoice = None
) -> PrintableRegister:
    """A session's register for printing or filing (the rows ``register_query`` loads)."""
    settings = school_settings(session)
    calendar = school_calendar(settings, tz)
    cs = session.get(ClassSession, class_session_id)
    if cs is None:
        message = translate("Reports", "There is no lesson with id {id}.")
        raise ReportNotFound(message.format(id=class_session_id))
    klass = cs.school_class
    info = _code_info(session)
    by_id = info.by_id
    local_start = calendar.local(cs.start_time)
    lines: list[RegisterLine] = [
        RegisterLine(
            student_id=row.student_id,
            name=display_name(row.first_name, row.last_name, row.preferred_name),
            list_name=listed_name(row.first_name, row.last_name, row.preferred_name),
            source_id=None,
            code=by_id.get(row.code_id) if row.code_id is not None else None,
            check_in=calendar.local(row.check_in_time) if row.check_in_time else None,
            note=row.note or "",
        )
        for row in session.execute(repository.register_query(class_session_id))
    ]
    started = bool(lines)
    if not started:
        # The lesson's day in the school's zone, as start_session judges it.
        day = lesson_day(cs.start_time, calendar.zone or rules.local_zone())
        lines = _enrolled_on(session, cs.class_id, day)
    source_ids: dict[int, str | None] = {
        student_id: source_id
        for student_id, source_id in session.execute(
            select(Student.id, Student.source_id).where(
                Student.id.in_([line.student_id for line in lines])
            )
        )
    }
    lines = [replace(line, source_id=source_ids.get(line.student_id)) for line in lines]
    used = {line.code.id for line in lines if line.code is not None}
    return PrintableRegister(
        school_name=settings.get("school_name", ""),
        calendar=calendar,
        class_session_id=cs.id,
        class_name=klass.name,
        subject=klass.subject,
        room=cs.room or klass.room,
        teacher_name=cs.teacher.display_name if cs.teacher else translate("Reports", NO_TEACHER),
        # "" for a class with no teacher: the register names only who takes it (never
        # "covering for no teacher" when the office gave such a lesson to a teacher).
        class_teacher_name=klass.teacher.display_name if klass.teacher else "",
        day=local_start.date(),
        start=local_start,
        end=calendar.local(cs.end_time),
        status=cs.status,
        closed_at=calendar.local(cs.closed_at) if cs.closed_at else None,
        started=started,
        lines=tuple(lines),
        codes=info.shown(used),
    )


def _enrolled_on(session: Session, class_id: int, day: date) -> list[RegisterLine]:
    """The students a register started on ``day`` would list (as ``start_session`` picks them)."""
    found = list(
        session.execute(
            select(Student.id, Student.first_name, Student.last_name, Student.preferred_name)
            .join(Enrollment, Enrollment.student_id == Student.id)
            .where(Enrollment.class_id == class_id, enrolled_on(day))
        )
    )
    found.sort(key=lambda s: _sort_key(s.first_name, s.last_name, s.id))
    return [
        RegisterLine(
            student_id=s.id,
            name=display_name(s.first_name, s.last_name, s.preferred_name),
            list_name=listed_name(s.first_name, s.last_name, s.preferred_name),
            source_id=None,
            code=None,
            check_in=None,
            note="",
        )
        for s in found
    ]


# --- finding what a person typed ----------------------------------------------------------------


def find_student(session: Session, text: str) -> int:
    """A student's id from their id, their roster (source) id, or their exact name."""
    wanted = text.strip()
    if not wanted:
        raise BadReportRequest(
            translate("Reports", "No student was given."),
            hint=translate("Reports", "Give a student's id or roster id."),
        )
    if wanted.isdigit() and session.get(Student, int(wanted)) is not None:
        return int(wanted)
    by_source = session.scalar(select(Student.id).where(Student.source_id == wanted))
    if by_source is not None:
        return by_source
    folded = wanted.casefold()
    matches = [
        row
        for row in session.execute(
            select(Student.id, Student.first_name, Student.last_name, Student.preferred_name)
        )
        if folded
        in {
            f"{row.first_name} {row.last_name}".casefold(),
            display_name(row.first_name, row.last_name, row.preferred_name).casefold(),
            listed_name(row.first_name, row.last_name, row.preferred_name).casefold(),
        }
    ]
    if len(matches) == 1:
        return int(matches[0].id)
    if matches:
        ids = ", ".join(str(m.id) for m in matches[:10])
        count = len(matches)
        message = translate("Reports", "%n students are called '{name}' (ids {ids}).", None, count)
        raise BadReportRequest(
            message.format(name=wanted, ids=ids),
            hint=translate("Reports", "Give the id of the one you mean."),
        )
    message = translate("Reports", "No student has the id, roster id or name '{name}'.")
    raise ReportNotFound(
        message.format(name=wanted),
        hint=translate("Reports", "Check the spelling, or look the student up in the app."),
    )


def find_class(session: Session, text: str) -> int:
    """A class's id from its id, its roster (source) id, or its exact name (any case)."""
    wanted = text.strip()
    if not wanted:
        raise BadReportRequest(
            translate("Reports", "No class was given."),
            hint=translate("Reports", "Give a class's id or name."),
        )
    if wanted.isdigit() and session.get(SchoolClass, int(wanted)) is not None:
        return int(wanted)
    by_source = session.scalar(select(SchoolClass.id).where(SchoolClass.source_id == wanted))
    if by_source is not None:
        return by_source
    matches = list(
        session.scalars(
            select(SchoolClass.id).where(func.lower(SchoolClass.name) == wanted.lower())
        )
    )
    if len(matches) == 1:
        return matches[0]
    if matches:
        ids = ", ".join(str(m) for m in matches[:10])
        count = len(matches)
        message = translate("Reports", "%n classes are called '{name}' (ids {ids}).", None, count)
        raise BadReportRequest(
            message.format(name=wanted, ids=ids),
            hint=translate("Reports", "Give the id of the one you mean."),
        )
    message = translate("Reports", "No class has the id, roster id or name '{name}'.")
    raise ReportNotFound(
        message.format(name=wanted),
        hint=translate("Reports", "Check the spelling, or look the class up in the app."),
    )


def find_teacher(session: Session, text: str) -> int:
    """A teacher's id from their id, roster id or exact display name (any case)."""
    wanted = text.strip()
    if wanted.isdigit() and session.get(Teacher, int(wanted)) is not None:
        return int(wanted)
    by_source = session.scalar(select(Teacher.id).where(Teacher.source_id == wanted))
    if by_source is not None:
        return by_source
    matches = list(
        session.scalars(
            select(Teacher.id).where(func.lower(Teacher.display_name) == wanted.lower())
        )
    )
    if len(matches) == 1:
        return matches[0]
    if matches:
        count = len(matches)
        message = translate("Reports", "%n teachers are called '{name}'.", None, count)
        raise BadReportRequest(
            message.format(name=wanted), hint=translate("Reports", "Give the teacher's id.")
        )
    message = translate("Reports", "No teacher has the id, roster id or name '{name}'.")
    raise ReportNotFound(message.format(name=wanted))


def describe_range(first_day: date, last_day: date) -> str:
    """ "1 Sept 2025 to 21 Nov 2025" (or one date when they are the same), the reader's way."""
    first = i18n.medium_date(first_day)
    if first_day == last_day:
        return first
    last = i18n.medium_date(last_day)
    return translate("Reports", "{first} to {last}").format(first=first, last=last)


def day_month(day: date) -> str:
    """A day and its month's short name, no year: "2 Nov" / "2. Nov." (chart axes, presets)."""
    pattern = translate(
        "Reports", "d MMM", "QLocale date pattern: day and short month name, no year"
    )
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def format_rate(rate: float | None) -> str:
    """92.3% / 92,3 % (one decimal), or an em dash when there is nothing to divide by."""
    return "—" if rate is None else i18n.percent(rate * 100)


# --- what the Reports window offers ------------------------------------------------------------


@dataclass(frozen=True)
class ClassChoice:
    id: int
    name: str
    subject: str
    #: ``None``: the class has no teacher yet.
    teacher_id: int | None
    teacher_name: str
    active: bool


@dataclass(frozen=True)
class StudentChoice:
    id: int
    list_name: str
    source_id: str
    classes: tuple[str, ...]
    active: bool
    #: The number the school knows the student by ("" when the roster gave none).
    student_number: str = ""


@dataclass(frozen=True)
class Choices:
    """Every class and student, for the Reports window's lists (active ones first)."""

    classes: tuple[ClassChoice, ...]
    students: tuple[StudentChoice, ...]


def load_choices(session: Session) -> Choices:
    """Every class ("7A" before "10A") and student (by surname), with what to search them by."""
    found = session.execute(
        select(
            SchoolClass.id,
            SchoolClass.name,
            SchoolClass.subject,
            SchoolClass.teacher_id,
            SchoolClass.active,
            Teacher.display_name,
        ).outerjoin(Teacher, Teacher.id == SchoolClass.teacher_id)
    ).all()
    no_teacher = translate("Reports", NO_TEACHER)
    classes = tuple(
        ClassChoice(
            row.id,
            row.name,
            row.subject or "",
            row.teacher_id,
            row.display_name or no_teacher,
            row.active,
        )
        for row in sorted(found, key=lambda r: (not r.active, natural_key(r.name), r.id))
    )
    class_names = {c.id: c.name for c in classes}
    member_of: dict[int, set[str]] = defaultdict(set)
    for student_id, class_id in session.execute(select(Enrollment.student_id, Enrollment.class_id)):
        member_of[student_id].add(class_names.get(class_id, ""))
    people = list(session.execute(select(*_STUDENT_COLUMNS)))
    people.sort(key=lambda s: (not s.active, *_sort_key(s.first_name, s.last_name, s.id)))
    students = tuple(
        StudentChoice(
            s.id,
            listed_name(s.first_name, s.last_name, s.preferred_name),
            s.source_id or "",
            tuple(sorted(member_of.get(s.id, ()), key=str.casefold)),
            s.active,
            s.student_number or "",
        )
        for s in people
    )
    return Choices(classes, students)


def class_report(
    session: Session,
    class_id: int,
    first_day: date,
    last_day: date,
    tz: ZoneChoice = None,
    bucket: Bucket = "week",
) -> tuple[ClassSummary, RateSeries]:
    """A class's summary and its rate over time, in one database session (the Reports tab)."""
    return (
        class_summary(session, class_id, first_day, last_day, tz),
        rate_over_time(session, class_id, first_day, last_day, tz, bucket),
    )


@dataclass(frozen=True)
class Period:
    """A preset range of local days offered for a report."""

    label: str
    first_day: date
    last_day: date


def school_year_start(today: date) -> date:
    """1 September of the school year ``today`` is in."""
    year = today.year if today.month >= 9 else today.year - 1
    return date(year, 9, 1)


def term_start(today: date) -> date:
    """The start of the term as far as the app can tell: 1 September in the autumn,
    1 January after that (the school's own term dates are not known)."""
    return date(today.year, 9, 1) if today.month >= 9 else date(today.year, 1, 1)


def periods(today: date) -> list[Period]:
    """The preset periods, as of ``today`` (each ends today; the week starts on the
    reader's first day of the week)."""
    term = term_start(today)
    year = school_year_start(today)
    this_term = translate("Reports", "This term (since {date})").format(date=day_month(term))
    found = [
        Period(translate("Reports", "This week"), week_start(today), today),
        Period(translate("Reports", "Last 4 weeks"), today - timedelta(days=27), today),
        Period(this_term, term, today),
    ]
    if year != term:
        this_year = translate("Reports", "This school year (since {date})")
        found.append(Period(this_year.format(date=i18n.medium_date(year)), year, today))
    return found
