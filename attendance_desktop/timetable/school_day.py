"""The timetable in the database, and the lessons it makes (no Qt).

**Design: lessons are made on demand, one day at a time.**  The first time any
PC lists a day (the lesson list, ``timetable show``, the missing-registers
report), that day's timetabled lessons are written as ``class_session`` rows;
``school_day_built`` remembers the day and the timetable's version.  Why not
materialise a whole term ahead: a district (2,000 classes) has about 5,000
lessons a day, 900,000 a school year; building them all at every timetable
change would take seconds and rewrite rows no one looks at, while a day built
when it is first needed costs one batch insert, once, and a later timetable
import only has to forget the *future* days it built.  A lesson whose
register was started is never moved or deleted by a rebuild; two PCs building
the same day at once make each lesson once (unique ``slot_id, start_time``).

A day has lessons when it is in no non-school day, and each slot's period
has bell times on that weekday (and week A or B, on a rotation whose first
week-A Monday is the school setting ``rotation_week_a``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import delete, exists, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from attendance_desktop.db.models import (
    Attendance,
    BellPeriod,
    ClassSession,
    NonSchoolDay,
    SchoolClass,
    SchoolDayBuilt,
    SchoolSetting,
    Teacher,
    TimetableSlot,
)
from attendance_desktop.roster.plan import RosterProblem
from attendance_desktop.text import fold
from attendance_desktop.timetable import reading
from attendance_desktop.timetable.week import Day, matches, parse_days, week_of

log = logging.getLogger("attendance.timetable")

#: School settings used here.
VERSION_KEY = "timetable_version"
ROTATION_KEY = "rotation_week_a"


@dataclass
class ImportResult:
    """What an import did (or, for a dry run, would do)."""

    kind: str
    added: int = 0
    removed: int = 0
    kept: int = 0
    problems: list[RosterProblem] = field(default_factory=list)
    warnings: list[RosterProblem] = field(default_factory=list)

    def describe(self) -> str:
        if self.added == 0 and self.removed == 0:
            return f"The {self.kind} already match the file: nothing was changed."
        return (
            f"The {self.kind}: {self.added} added, {self.removed} removed, {self.kept} unchanged."
        )


def _setting(session: Session, key: str) -> str:
    return session.scalar(select(SchoolSetting.value).where(SchoolSetting.key == key)) or ""


def _set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(SchoolSetting, key)
    if row is None:
        session.add(SchoolSetting(key=key, value=value))
    else:
        row.value = value


def timetable_version(session: Session) -> int:
    value = _setting(session, VERSION_KEY)
    return int(value) if value.isdigit() else 0


def _changed(session: Session) -> None:
    """The timetable changed: future days are rebuilt when next listed."""
    _set_setting(session, VERSION_KEY, str(timetable_version(session) + 1))


# --- importing ---------------------------------------------------------------------------


def import_plan(session: Session, plan: reading.TimetablePlan) -> ImportResult:
    """Write what ``plan`` says, in the caller's transaction (roll back for a dry run).

    Bell times and a timetable replace what was there (importing the same file
    again changes nothing); non-school days are added to those already known.
    """
    if plan.kind == reading.BELL_TIMES:
        return _import_bells(session, plan)
    if plan.kind in (reading.TIMETABLE, reading.CALENDAR_LESSONS):
        return _import_slots(session, plan)
    if plan.kind == reading.NON_SCHOOL_DAYS:
        return _import_closures(session, plan)
    raise ValueError(f"nothing to import from {plan.file}")


def _import_bells(session: Session, plan: reading.TimetablePlan) -> ImportResult:
    wanted = {(b.period, b.start, b.end, _days_text(b.days)) for b in plan.bells}
    stored = {
        (b.period, b.start_time, b.end_time, b.days): b for b in session.scalars(select(BellPeriod))
    }
    result = ImportResult("bell times", kept=len(wanted & stored.keys()))
    for key in stored.keys() - wanted:
        session.delete(stored[key])
        result.removed += 1
    for period, start, end, days in sorted(wanted - stored.keys()):
        session.add(BellPeriod(period=period, start_time=start, end_time=end, days=days))
        result.added += 1
    if result.added or result.removed:
        _changed(session)
    return result


def _days_text(days: Iterable[Day]) -> str:
    return ",".join(str(d) for d in sorted(days))


def _lookup_classes(session: Session) -> dict[str, list[SchoolClass]]:
    found: dict[str, list[SchoolClass]] = {}
    for klass in session.scalars(select(SchoolClass).where(SchoolClass.active.is_(True))):
        for key in {fold(klass.name), fold(klass.source_id or "")} - {""}:
            found.setdefault(key, []).append(klass)
    return found


def _lookup_teachers(session: Session) -> dict[str, list[Teacher]]:
    found: dict[str, list[Teacher]] = {}
    for teacher in session.scalars(select(Teacher).where(Teacher.active.is_(True))):
        keys = {
            fold(teacher.display_name),
            fold(teacher.email or ""),
            fold(teacher.source_id or ""),
        }
        for key in keys - {""}:
            found.setdefault(key, []).append(teacher)
    return found


def _resolve(
    plan: reading.TimetablePlan,
    slot: reading.Slot,
    classes: dict[str, list[SchoolClass]],
    teachers: dict[str, list[Teacher]],
    problems: list[RosterProblem],
) -> tuple[SchoolClass, Teacher | None] | None:
    where = slot.line if plan.kind == reading.TIMETABLE else None
    matches_ = classes.get(fold(slot.class_name), [])
    if len(matches_) != 1:
        why = "no class" if not matches_ else f"{len(matches_)} classes"
        problems.append(
            RosterProblem(
                plan.file,
                where,
                "class" if where else f"event {slot.line}",
                f'there is {why} called "{slot.class_name}" in the register; import the '
                "roster first, or write the class as the roster names it.",
            )
        )
        return None
    teacher = None
    if slot.teacher:
        found = teachers.get(fold(slot.teacher), [])
        if len(found) != 1:
            why = "no teacher" if not found else f"{len(found)} teachers"
            problems.append(
                RosterProblem(
                    plan.file,
                    where,
                    "teacher" if where else f"event {slot.line}",
                    f'there is {why} called "{slot.teacher}"; write the name, e-mail or roster '
                    "id as the roster has it, or leave it empty for the class teacher.",
                )
            )
            return None
        teacher = found[0]
    return matches_[0], teacher


def _import_slots(session: Session, plan: reading.TimetablePlan) -> ImportResult:
    result = ImportResult("timetable")
    classes, teachers = _lookup_classes(session), _lookup_teachers(session)
    periods = {b.period for b in session.scalars(select(BellPeriod))}
    wanted: set[tuple[Any, ...]] = set()
    for slot in plan.slots:
        resolved = _resolve(plan, slot, classes, teachers, result.problems)
        if resolved is None:
            continue
        klass, teacher = resolved
        if slot.period is not None and slot.period not in periods:
            result.warnings.append(
                RosterProblem(
                    plan.file,
                    slot.line,
                    "period",
                    f"period {slot.period} has no bell times yet: its lessons appear once the "
                    "bell times are imported.",
                )
            )
        wanted.add(
            (
                klass.id,
                slot.day.week,
                slot.day.weekday,
                slot.period,
                slot.start,
                slot.end,
                slot.room or None,
                teacher.id if teacher else None,
                slot.first,
                slot.last,
            )
        )
    if result.problems:
        return result
    stored: dict[tuple[Any, ...], TimetableSlot] = {
        (
            s.class_id,
            s.week,
            s.weekday,
            s.period,
            s.start_time,
            s.end_time,
            s.room,
            s.teacher_id,
            s.first_date,
            s.last_date,
        ): s
        for s in session.scalars(select(TimetableSlot))
    }
    result.kept = len(wanted & stored.keys())
    gone = [stored[key] for key in stored.keys() - wanted]
    _forget_future_lessons(session, [old.id for old in gone])
    for old in gone:
        session.delete(old)  # its past lessons stay, made by hand from now on (slot_id NULL)
        result.removed += 1
    for key in sorted(wanted - stored.keys(), key=repr):
        class_id, week, weekday, period, start, end, room, teacher_id, first, last = key
        session.add(
            TimetableSlot(
                class_id=class_id,
                week=week,
                weekday=weekday,
                period=period,
                start_time=start,
                end_time=end,
                room=room,
                teacher_id=teacher_id,
                first_date=first,
                last_date=last,
            )
        )
        result.added += 1
    if result.added or result.removed:
        session.flush()
        _changed(session)
    return result


def _import_closures(session: Session, plan: reading.TimetablePlan) -> ImportResult:
    stored = {(c.first_date, c.last_date, c.name) for c in session.scalars(select(NonSchoolDay))}
    wanted = {(c.first, c.last, c.name) for c in plan.closures}
    result = ImportResult("non-school days", kept=len(wanted & stored))
    for first, last, name in sorted(wanted - stored):
        session.add(NonSchoolDay(first_date=first, last_date=last, name=name))
        result.added += 1
    if result.added:
        _changed(session)
    return result


# --- the lessons of a day ----------------------------------------------------------------


def closure_on(session: Session, day: date) -> str | None:
    """The name of the holiday or closure ``day`` falls in, or None on a school day."""
    return session.scalar(
        select(NonSchoolDay.name)
        .where(NonSchoolDay.first_date <= day, NonSchoolDay.last_date >= day)
        .order_by(NonSchoolDay.first_date)
        .limit(1)
    )


def _rotation_start(session: Session) -> date | None:
    value = _setting(session, ROTATION_KEY)
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        log.warning("School setting %s is not a date: %r", ROTATION_KEY, value)
        return None


def _bells_for(session: Session, day: date, week: str) -> dict[str, tuple[time, time]]:
    found: dict[str, tuple[time, time]] = {}
    for bell in session.scalars(select(BellPeriod)):
        if matches(parse_days(bell.days), day, week):
            found[bell.period] = (bell.start_time, bell.end_time)
    return found


def build_day(session: Session, day: date, zone: tzinfo) -> int:
    """Make ``day``'s timetabled lessons, unless they exist for this timetable; returns how
    many were made.  Runs in the caller's transaction."""
    version = timetable_version(session)
    built = session.get(SchoolDayBuilt, day)
    if built is not None and built.timetable_version == version:
        return 0
    if built is not None:
        if day < datetime.now(zone).date():
            # The past stays as it was built: a changed timetable moves future lessons only.
            built.timetable_version = version
            return 0
        _forget_planned(session, day, zone)
    made = 0 if closure_on(session, day) else _make_lessons(session, day, zone)
    if built is None:
        # Another PC may be building the same day right now: its row stands, both made
        # the same lessons (unique per slot and start).
        session.execute(
            _insert_for(session)(SchoolDayBuilt)
            .values(day=day, timetable_version=version)
            .on_conflict_do_nothing(index_elements=["day"])
        )
    else:
        built.timetable_version = version
    session.flush()
    return made


def _insert_for(session: Session) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT DO NOTHING."""
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


def build_days(session: Session, first: date, last: date, zone: tzinfo) -> int:
    """``build_day`` for every day from ``first`` to ``last`` (both included)."""
    made = 0
    day = first
    while day <= last:
        made += build_day(session, day, zone)
        day += timedelta(days=1)
    return made


def day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    return start, end


def _untouched() -> Any:
    """Lessons a rebuild may remove: planned, register never started, not covered."""
    taken = exists().where(Attendance.class_session_id == ClassSession.id)
    return (
        (ClassSession.status == "planned")
        & ClassSession.cover_for_teacher_id.is_(None)  # the office's cover stays
        & ~taken
    )


def _forget_future_lessons(session: Session, slot_ids: list[int]) -> None:
    """The lessons to come of slots that leave the timetable, unless someone started them."""
    if not slot_ids:
        return
    session.execute(
        delete(ClassSession)
        .where(
            ClassSession.slot_id.in_(slot_ids),
            ClassSession.start_time >= datetime.now(UTC),
            _untouched(),
        )
        .execution_options(synchronize_session=False)
    )


def _forget_planned(session: Session, day: date, zone: tzinfo) -> None:
    """Remove ``day``'s timetabled lessons nobody has started (the timetable changed)."""
    start, end = day_bounds(day, zone)
    session.execute(
        delete(ClassSession)
        .where(
            ClassSession.slot_id.is_not(None),
            ClassSession.start_time >= start,
            ClassSession.start_time < end,
            _untouched(),
        )
        .execution_options(synchronize_session=False)
    )


def _make_lessons(session: Session, day: date, zone: tzinfo) -> int:
    week = week_of(day, _rotation_start(session))
    bells = _bells_for(session, day, week)
    weeks = ["", week] if week else [""]
    rows = []
    query = (
        select(TimetableSlot, SchoolClass)
        .join(SchoolClass, SchoolClass.id == TimetableSlot.class_id)
        .where(
            TimetableSlot.weekday == day.weekday(),
            TimetableSlot.week.in_(weeks),
            SchoolClass.active.is_(True),
        )
    )
    for slot, klass in session.execute(query):
        if (slot.first_date and day < slot.first_date) or (slot.last_date and day > slot.last_date):
            continue
        times = bells.get(slot.period) if slot.period else (slot.start_time, slot.end_time)
        teacher_id = slot.teacher_id or klass.teacher_id
        if times is None or times[0] is None or times[1] is None or teacher_id is None:
            continue  # a period with no bell times that day; a class with no teacher yet
        start = datetime.combine(day, times[0], tzinfo=zone).astimezone(UTC)
        end = datetime.combine(day, times[1], tzinfo=zone).astimezone(UTC)
        rows.append(
            {
                "class_id": klass.id,
                "teacher_id": teacher_id,
                "room": slot.room or klass.room,
                "start_time": start,
                "end_time": end,
                "status": "planned",
                "slot_id": slot.id,
                "created_at": datetime.now(UTC),
                "updated_at": datetime.now(UTC),
            }
        )
    if not rows:
        return 0
    statement = _insert_for(session)(ClassSession).on_conflict_do_nothing(
        index_elements=["slot_id", "start_time"]
    )
    session.execute(statement, rows)
    return len(rows)


def has_timetable(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(TimetableSlot)))


# --- cover ------------------------------------------------------------------------------


def give_cover(session: Session, lesson_ids: Iterable[int], cover_teacher_id: int) -> int:
    """The office gives lessons to a cover teacher; returns how many changed.

    The lesson moves to the cover teacher's day (``teacher_id``, who takes the
    register) and remembers whom it was timetabled for (``cover_for_teacher_id``),
    so the absent teacher's day shows it as covered.  A register already closed
    is left alone.  Giving a lesson back to its own teacher ends the cover."""
    changed = 0
    for lesson in session.scalars(
        select(ClassSession).where(ClassSession.id.in_(list(lesson_ids)))
    ):
        if lesson.status == "closed" or lesson.teacher_id == cover_teacher_id:
            continue
        original = lesson.cover_for_teacher_id or lesson.teacher_id
        lesson.teacher_id = cover_teacher_id
        lesson.cover_for_teacher_id = None if original == cover_teacher_id else original
        changed += 1
    session.flush()
    return changed


def lessons_of(session: Session, teacher_id: int, day: date, zone: tzinfo) -> list[int]:
    """The ids of the lessons ``teacher_id`` is timetabled for on ``day`` (covered or not)."""
    build_day(session, day, zone)
    start, end = day_bounds(day, zone)
    query = select(ClassSession.id).where(
        ClassSession.start_time >= start,
        ClassSession.start_time < end,
        (ClassSession.teacher_id == teacher_id) | (ClassSession.cover_for_teacher_id == teacher_id),
    )
    return list(session.scalars(query))
