"""Cover: the office gives an absent teacher's lessons to a colleague (no Qt).

The dialog (``ui/cover_dialog.py``) reads a whole day once (``day_plan``) and
works out in plain Python, as the office clicks, which lessons would move and
what stands in the way (``check``): a register already taken cannot be given to
someone else, and a cover teacher who teaches at that time is a clash the office
may accept.  ``give`` checks again in the transaction that writes, so two
offices (or a teacher starting the register meanwhile) can never cover a lesson
whose register was taken; the move itself is ``timetable.school_day.give_cover``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, aliased

from attendance_desktop import errors
from attendance_desktop.db.models import Attendance, ClassSession, SchoolClass, Teacher
from attendance_desktop.i18n import clock, translate
from attendance_desktop.timetable import school_day


@dataclass(frozen=True)
class PlannedLesson:
    """One lesson of the day, as cover sees it."""

    id: int
    class_name: str
    room: str
    start_time: datetime
    end_time: datetime
    status: str
    #: Who takes the register now (the cover teacher, once covered).
    teacher_id: int
    teacher_name: str
    #: Whom it was timetabled for, when it is covered (None otherwise).
    cover_for_teacher_id: int | None
    cover_for_name: str
    #: Who took its register (the last to write a row), "" while it was never started.
    taken_by: str

    @property
    def taken(self) -> bool:
        return self.status != "planned" or bool(self.taken_by)

    @property
    def own_teacher_id(self) -> int:
        """The teacher the timetable gave it to."""
        return self.cover_for_teacher_id or self.teacher_id

    def overlaps(self, other: PlannedLesson) -> bool:
        return self.start_time < other.end_time and other.start_time < self.end_time


@dataclass(frozen=True)
class Problem:
    """What stands in the way of covering one lesson."""

    lesson: PlannedLesson
    #: What it is, without the lesson ("its register was already taken by Ms Rivera").
    detail: str
    #: The same, after the lesson's time and class.
    text: str


@dataclass(frozen=True)
class Check:
    """What giving some lessons to a cover teacher would do."""

    #: The lessons that would move.
    moving: list[PlannedLesson]
    #: Lessons whose register was taken: they stay where they are (a refusal).
    refused: list[Problem]
    #: The cover teacher already teaches then: allowed once the office confirms.
    clashes: list[Problem]


class CoverRefused(errors.KnownError):
    """A lesson cannot be covered: its register was taken (nothing was changed)."""


class CoverClash(errors.KnownError):
    """The cover teacher teaches at that time; the office has not said to go ahead."""


def _hhmm(moment: datetime, zone: tzinfo) -> str:
    return clock(moment.astimezone(zone))


def describe(lesson: PlannedLesson, zone: tzinfo) -> str:
    """The lesson's times and class ("09:00-09:50 9B Maths", an en dash), school time."""
    return translate("Cover", "{start}\u2013{end} {class_name}").format(
        start=_hhmm(lesson.start_time, zone),
        end=_hhmm(lesson.end_time, zone),
        class_name=lesson.class_name,
    )


def _problem(lesson: PlannedLesson, detail: str, zone: tzinfo) -> Problem:
    """A problem with its sentence: the lesson's time and class, then what is wrong."""
    text = translate("Cover", "{lesson}: {detail}.").format(
        lesson=describe(lesson, zone), detail=detail
    )
    return Problem(lesson, detail, text)


def can_give_cover(session: Session) -> bool:
    """Whether this login may give cover: office staff and IT on a server, anyone on SQLite.

    PostgreSQL says itself who may move a lesson to another teacher (migration 0008
    grants UPDATE of ``class_session.teacher_id`` to the office and the owner only)."""
    if session.get_bind().dialect.name != "postgresql":
        return True
    return bool(
        session.scalar(text("SELECT has_column_privilege('class_session', 'teacher_id', 'UPDATE')"))
    )


def day_plan(session: Session, day: date, zone: tzinfo) -> list[PlannedLesson]:
    """Every lesson of ``day`` (built from the timetable first), by time and class."""
    school_day.build_day(session, day, zone)
    start, end = school_day.day_bounds(day, zone)
    return _lessons(session, ClassSession.start_time >= start, ClassSession.start_time < end)


def _lessons(session: Session, *conditions: object) -> list[PlannedLesson]:
    absent = aliased(Teacher)
    taken_by = (
        select(
            Attendance.class_session_id.label("lesson_id"),
            func.max(Attendance.changed_by).label("name"),
        )
        .group_by(Attendance.class_session_id)
        .subquery()
    )
    query = (
        select(
            ClassSession.id,
            SchoolClass.name,
            func.coalesce(ClassSession.room, SchoolClass.room, ""),
            ClassSession.start_time,
            ClassSession.end_time,
            ClassSession.status,
            ClassSession.teacher_id,
            Teacher.display_name,
            ClassSession.cover_for_teacher_id,
            absent.display_name,
            taken_by.c.name,
        )
        .join(SchoolClass, SchoolClass.id == ClassSession.class_id)
        .join(Teacher, Teacher.id == ClassSession.teacher_id)
        .outerjoin(absent, absent.id == ClassSession.cover_for_teacher_id)
        .outerjoin(taken_by, taken_by.c.lesson_id == ClassSession.id)
        # A lesson of a class with no teacher is the office's to take, not anyone's to cover.
        .where(*conditions, ClassSession.teacher_id.is_not(None))  # type: ignore[arg-type]
        .order_by(ClassSession.start_time, SchoolClass.name, ClassSession.id)
    )
    return [
        PlannedLesson(
            id=row[0],
            class_name=row[1],
            room=row[2] or "",
            start_time=row[3],
            end_time=row[4],
            status=row[5],
            teacher_id=int(row[6] or 0),  # never 0: the query keeps lessons with a teacher
            teacher_name=row[7],
            cover_for_teacher_id=row[8],
            cover_for_name=row[9] or "",
            taken_by=row[10] or "",
        )
        for row in session.execute(query)
    ]


def lessons_of(plan: Sequence[PlannedLesson], teacher_id: int) -> list[PlannedLesson]:
    """The lessons the timetable gave ``teacher_id`` that day, covered or not."""
    return [lesson for lesson in plan if lesson.own_teacher_id == teacher_id]


def check(
    plan: Sequence[PlannedLesson],
    lesson_ids: Collection[int],
    cover_teacher_id: int,
    zone: tzinfo,
) -> Check:
    """What giving ``lesson_ids`` to ``cover_teacher_id`` would do (no database)."""
    wanted = [lesson for lesson in plan if lesson.id in lesson_ids]
    moving: list[PlannedLesson] = []
    refused: list[Problem] = []
    clashes: list[Problem] = []
    for lesson in wanted:
        if lesson.teacher_id == cover_teacher_id:
            continue  # theirs already
        if lesson.taken:
            who = lesson.taken_by or lesson.teacher_name
            detail = translate(
                "Cover", "its register was already taken by {teacher}, so it stays with them"
            ).format(teacher=who)
            refused.append(_problem(lesson, detail, zone))
            continue
        moving.append(lesson)
        for other in plan:
            if (
                other.teacher_id == cover_teacher_id
                and other.id not in lesson_ids
                and other.overlaps(lesson)
            ):
                detail = translate(
                    "Cover", "{teacher} already teaches {class_name} at {time}"
                ).format(
                    teacher=other.teacher_name,
                    class_name=other.class_name,
                    time=_hhmm(other.start_time, zone),
                )
                clashes.append(_problem(lesson, detail, zone))
    return Check(moving, refused, clashes)


def give(
    session: Session,
    lesson_ids: Collection[int],
    cover_teacher_id: int,
    zone: tzinfo,
    *,
    allow_clash: bool = False,
) -> int:
    """Give ``lesson_ids`` to ``cover_teacher_id`` in the caller's transaction; returns how
    many moved.

    Refused as a whole (``CoverRefused``, nothing written) when one of them had its
    register taken meanwhile; ``CoverClash`` when the cover teacher teaches at one of
    their times and ``allow_clash`` is False."""
    if not lesson_ids:
        return 0
    if not can_give_cover(session):
        raise errors.KnownError(
            translate("Cover", "Only the school office can give cover."),
            hint=translate("Cover", "Ask the office, or IT, to give these lessons to a colleague."),
        )
    cover_teacher = session.get(Teacher, cover_teacher_id)
    if cover_teacher is None or not cover_teacher.active:
        raise errors.KnownError(
            translate("Cover", "That cover teacher is no longer in the register.")
        )
    # Lock the lessons first, so a register started on another computer waits for us
    # (or we see it started).
    locked = select(ClassSession.id).where(ClassSession.id.in_(list(lesson_ids)))
    if session.get_bind().dialect.name == "postgresql":
        locked = locked.with_for_update(key_share=True)
    found = set(session.scalars(locked))
    if found != set(lesson_ids):
        raise CoverRefused(
            translate("Cover", "One of these lessons no longer exists (the timetable changed)."),
            hint=translate("Cover", "Look at the day again and choose the lessons once more."),
        )
    wanted = _lessons(session, ClassSession.id.in_(list(lesson_ids)))
    starts = min(lesson.start_time for lesson in wanted)
    ends = max(lesson.end_time for lesson in wanted)
    theirs = _lessons(
        session,
        ClassSession.teacher_id == cover_teacher_id,
        ClassSession.start_time < ends,
        ClassSession.end_time > starts,
    )
    result = check([*wanted, *theirs], set(lesson_ids), cover_teacher_id, zone)
    if result.refused:
        reasons = " ".join(p.text for p in result.refused)
        raise CoverRefused(
            translate("Cover", "Cover was not given: {reasons}").format(reasons=reasons),
            hint=translate("Cover", "Nothing was changed. Choose the other lessons only."),
        )
    if result.clashes and not allow_clash:
        raise CoverClash(
            " ".join(p.text for p in result.clashes),
            hint=translate("Cover", "Nothing was changed."),
        )
    return school_day.give_cover(session, [lesson.id for lesson in result.moving], cover_teacher_id)


@dataclass(frozen=True)
class CoverDay:
    """What the Cover dialog needs for one day: who may be picked, the day's lessons,
    and whether this login may give cover at all."""

    day: date
    teachers: list[tuple[int, str]]
    plan: list[PlannedLesson]
    allowed: bool


def load_cover_day(session: Session, day: date, zone: tzinfo) -> CoverDay:
    """The Cover dialog's reading of ``day`` (worker thread)."""
    teachers = [
        (t.id, t.display_name)
        for t in session.scalars(select(Teacher).where(Teacher.active.is_(True)))
    ]
    return CoverDay(day, teachers, day_plan(session, day, zone), can_give_cover(session))


def busy_notes(
    plan: Sequence[PlannedLesson], lesson_ids: Collection[int], zone: tzinfo
) -> dict[int, str]:
    """Per teacher, what they teach at the time of ``lesson_ids`` ("free" when nothing):
    the words the dialog shows beside each possible cover teacher."""
    wanted = [lesson for lesson in plan if lesson.id in lesson_ids]
    notes: dict[int, str] = {}
    for lesson in plan:
        if lesson.id in lesson_ids or lesson.teacher_id in notes:
            continue
        if any(lesson.overlaps(other) for other in wanted):
            notes[lesson.teacher_id] = translate("Cover", "teaching {class_name} at {time}").format(
                class_name=lesson.class_name, time=_hhmm(lesson.start_time, zone)
            )
    return notes
