"""Reading and writing attendance: the operations every front end shares.

Functions take a ``Session`` and never create one: the caller owns the scope
(one user action = one session = one transaction, committed by the caller).

Every change to an attendance row is one statement (``write_mark``): a versioned
``UPDATE ... SET ..., version = version + 1 WHERE id = :id AND version = :v
RETURNING ...``.  The database writes its ``AttendanceChange`` row itself (a
trigger, migration 0010) from the values the UPDATE sets, including the change's
kind, reason and identity, and refuses any other version step.  No row back is a
conflict (someone wrote first), a row that is gone, or, on a shared server, a
register this login may not write (``RegisterNotYours``): one read tells which.
A stale write raises ``ConflictError`` with the stored row and the attempted
change; a raw ``StaleDataError`` never escapes.
"""

from __future__ import annotations

import functools
import socket
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, func, select, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

# lessons imports this module too: both are module imports, read when called.
from attendance_desktop import errors, lessons, merge, school
from attendance_desktop.db.models import (
    Attendance,
    AttendanceChange,
    AttendanceCode,
    ClassSession,
    Enrollment,
    LessonChange,
    SchoolClass,
    Student,
    Teacher,
)
from attendance_desktop.db.types import utcnow
from attendance_desktop.i18n import translate
from attendance_desktop.text import clean_line

#: The fields of an attendance row a person can change.
EDITABLE_FIELDS = ("code_id", "check_in_time", "note")

_ATTENDANCE = cast(Table, Attendance.__table__)
_CHANGES = cast(Table, AttendanceChange.__table__)
#: What a write returns and a conflict shows: ``snapshot``'s keys.
_STORED = (
    _ATTENDANCE.c.id,
    _ATTENDANCE.c.version,
    _ATTENDANCE.c.code_id,
    _ATTENDANCE.c.check_in_time,
    _ATTENDANCE.c.note,
    _ATTENDANCE.c.changed_by,
    _ATTENDANCE.c.changed_on,
    _ATTENDANCE.c.updated_at,
)

#: PostgreSQL's SQLSTATE for "permission denied", also raised by a row-level security
#: policy's WITH CHECK ("new row violates row-level security policy").
INSUFFICIENT_PRIVILEGE = "42501"


@dataclass(frozen=True)
class Actor:
    """Who is writing, and from which computer: recorded on every change."""

    name: str
    machine: str = field(default_factory=socket.gethostname)


class MarkAlreadySaved(Exception):
    """The mark with this identity is in the change log already: sending it again is done."""

    def __init__(self, attendance_id: int, mark_id: str) -> None:
        super().__init__(f"mark {mark_id} of attendance row {attendance_id} is saved already")
        self.attendance_id = attendance_id
        self.mark_id = mark_id


class RegisterNotYours(errors.KnownError):
    """The database refused the write: this login may not change this register (its
    rights, or row-level security).  Never a conflict, never worth retrying."""

    def __init__(self, attendance_id: int | None = None) -> None:
        super().__init__(
            translate(
                "Repository",
                "This register is not yours, so the database did not accept the change.",
            ),
            hint=translate(
                "Repository",
                "Ask the office to make the change, or to give you this register "
                "(cover) if you are teaching it.",
            ),
        )
        self.attendance_id = attendance_id


class MarkUnstorable(errors.KnownError):
    """The database refused the mark's values themselves (a note holding a character it
    cannot store, say): sending it again would fail the same way."""

    def __init__(self, attendance_id: int | None = None, detail: str = "") -> None:
        hint = (
            translate("Repository", "Make the mark again, retyping the note. ({detail})").format(
                detail=detail
            )
            if detail
            else translate("Repository", "Make the mark again, retyping the note.")
        )
        super().__init__(
            translate(
                "Repository",
                "The database cannot store this mark as it is (its note holds a character "
                "the database refuses), so it was set aside.",
            ),
            hint=hint,
        )
        self.attendance_id = attendance_id


def _row_gone(attendance_id: int) -> errors.KnownError:
    """A mark's attendance row was deleted meanwhile (a roster import, say)."""
    return errors.KnownError(
        translate("Repository", "Attendance row {row} no longer exists.").format(row=attendance_id)
    )


def _lesson_gone(class_session_id: int) -> errors.KnownError:
    return errors.KnownError(
        translate("Repository", "Lesson {lesson} no longer exists.").format(lesson=class_session_id)
    )


def refused_by_rights(exc: BaseException) -> bool:
    """True when ``exc`` (a driver error, or SQLAlchemy's wrapper of one) is the
    server saying "permission denied" or "row-level security policy"."""
    original = getattr(exc, "orig", None) or exc
    if getattr(original, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
        return True
    return "row-level security" in str(original).lower()


def snapshot(row: Attendance) -> dict[str, Any]:
    """The row's current values, as stored (for conflicts, undo and history)."""
    return {
        "id": row.id,
        "version": row.version,
        "code_id": row.code_id,
        "check_in_time": row.check_in_time,
        "note": row.note,
        "changed_by": row.changed_by,
        "changed_on": row.changed_on,
        "updated_at": row.updated_at,
    }


def _check_changes(changes: Mapping[str, Any]) -> None:
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"cannot change {sorted(unknown)} of an attendance row")
    if not changes:
        raise ValueError("a mark must change at least one field")


@functools.cache
def _write_statement(fields: tuple[str, ...]) -> Any:
    """The versioned UPDATE of a mark changing ``fields``, built once per set of fields
    (building it for every mark cost about a sixth of a mark's time on PostgreSQL).
    Each column set takes the parameter ``set_<column>``."""
    written = (*fields, *_WRITTEN_WITH_EVERY_MARK)
    return (
        update(_ATTENDANCE)
        .where(
            _ATTENDANCE.c.id == bindparam("attendance_id"),
            _ATTENDANCE.c.version == bindparam("expected_version"),
        )
        .values(
            {
                **{
                    name: bindparam(f"set_{name}", type_=_ATTENDANCE.c[name].type)
                    for name in written
                },
                "version": _ATTENDANCE.c.version + 1,
            }
        )
        .returning(*_STORED)
    )


_WRITTEN_WITH_EVERY_MARK = (
    "changed_by",
    "changed_on",
    "updated_at",
    "change_kind",
    "change_reason",
    "change_mark_id",
    "change_made_at",
)


def write_mark(
    session: Session,
    attendance_id: int,
    changes: Mapping[str, Any],
    *,
    actor: Actor,
    expected_version: int,
    kind: str = "mark",
    reason: str | None = None,
    mark_id: str | None = None,
    made_at: datetime | None = None,
) -> dict[str, Any] | None:
    """The mark as one statement: the row as stored after it, or None when no row had
    ``expected_version`` (see ``read_after_miss``).

    The history row is the database's (its trigger reads ``change_*`` and clears
    them).  A mark whose identity the history holds already raises
    ``MarkAlreadySaved``; a write the server refuses for rights, ``RegisterNotYours``;
    values it cannot store (a NUL in a note, on PostgreSQL), ``MarkUnstorable``.  In
    each case the transaction has been rolled back.
    """
    _check_changes(changes)
    values = {f"set_{name}": value for name, value in changes.items()}
    if isinstance(values.get("set_note"), str):
        values["set_note"] = clean_line(values["set_note"])
    statement = _write_statement(tuple(sorted(changes)))
    params = {
        **values,
        "attendance_id": attendance_id,
        "expected_version": expected_version,
        "set_changed_by": actor.name,
        "set_changed_on": actor.machine,
        "set_updated_at": utcnow(),
        "set_change_kind": kind,
        "set_change_reason": reason,
        "set_change_mark_id": mark_id,
        "set_change_made_at": made_at,
    }
    try:
        # On the session's connection: a Core statement needs none of the ORM's execution.
        row = session.connection().execute(statement, params).first()
    except sa_exc.IntegrityError as exc:
        session.rollback()
        if mark_id and "mark_id" in str(exc.orig):
            raise MarkAlreadySaved(attendance_id, mark_id) from None
        raise
    except sa_exc.DataError as exc:
        session.rollback()
        detail = str(exc.orig).splitlines()[0] if exc.orig is not None else ""
        raise MarkUnstorable(attendance_id, detail) from None
    except sa_exc.DBAPIError as exc:
        if not refused_by_rights(exc):
            raise
        session.rollback()
        raise RegisterNotYours(attendance_id) from None
    return dict(row._mapping) if row is not None else None


def read_after_miss(
    session: Session, attendance_id: int, *, expected_version: int, mark_id: str | None = None
) -> dict[str, Any]:
    """Why a versioned write matched no row, in one read; returns the row as stored.

    - the row is gone: ``KnownError``;
    - this mark's identity is in the history (saved before, its answer lost):
      ``MarkAlreadySaved``;
    - the row still has ``expected_version``: the UPDATE did not see it although
      everyone may read it, so row-level security hid it: ``RegisterNotYours``;
    - otherwise someone wrote first: the row is returned, for a conflict or a merge.
    """
    logged = (
        select(_CHANGES.c.version).where(_CHANGES.c.mark_id == mark_id).scalar_subquery()
        if mark_id
        else None
    )
    columns = [*_STORED, logged.label("logged")] if logged is not None else list(_STORED)
    found = session.execute(select(*columns).where(_ATTENDANCE.c.id == attendance_id)).first()
    if found is None:
        raise _row_gone(attendance_id)
    values = dict(found._mapping)
    if values.pop("logged", None) is not None:
        raise MarkAlreadySaved(attendance_id, mark_id or "")
    if values["version"] == expected_version:
        raise RegisterNotYours(attendance_id)
    return values


def mark(
    session: Session,
    attendance_id: int,
    changes: Mapping[str, Any],
    *,
    actor: Actor,
    expected_version: int | None = None,
    kind: str = "mark",
    reason: str | None = None,
    mark_id: str | None = None,
    made_at: datetime | None = None,
) -> Attendance:
    """Apply ``changes`` to one attendance row with a version check (``write_mark``).

    ``expected_version`` is the version the caller's screen showed.  If the row
    has moved on since, nothing is written and ``ConflictError`` is raised.
    ``None`` means "on top of whatever is stored now": still protected against
    a write that lands between this read and this update.

    ``mark_id`` is the identity the window gave the mark; it is stored with the
    change-log row, which is unique per id: if that mark is in the log already
    (its first sending committed but the answer was lost), nothing is written
    and ``MarkAlreadySaved`` is raised.
    """
    _check_changes(changes)
    version = expected_version
    if version is None:
        # The version this session read (its identity map), else the stored one.
        current = session.get(Attendance, attendance_id)
        if current is None:
            raise _row_gone(attendance_id)
        version = current.version
    stored = write_mark(
        session,
        attendance_id,
        changes,
        actor=actor,
        expected_version=version,
        kind=kind,
        reason=reason,
        mark_id=mark_id,
        made_at=made_at,
    )
    if stored is None:
        theirs = read_after_miss(session, attendance_id, expected_version=version, mark_id=mark_id)
        raise errors.ConflictError(
            attendance_id=attendance_id,
            expected_version=version,
            stored=theirs,
            attempted=dict(changes),
        )
    row = session.get(Attendance, attendance_id, populate_existing=True)
    assert row is not None
    return row


def _insert_ignoring_duplicates(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT .. ON CONFLICT DO NOTHING on the (session, student) unique index."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    # Imported here: the PostgreSQL dialect package (with its asyncpg and pg8000 modules)
    # costs ~80 ms of start-up on a PC that only ever uses SQLite.
    keys = ["class_session_id", "student_id"]
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(Attendance).on_conflict_do_nothing(index_elements=keys), rows)
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(Attendance).on_conflict_do_nothing(index_elements=keys), rows)


def start_session(session: Session, class_session_id: int, *, actor: Actor) -> int:
    """Open a session's register: one unmarked row per enrolled student, in one transaction.

    The students are those ``lessons.enrolled_on`` the lesson's local day in the
    school's zone (``lessons.lesson_day``), as every other view of a register counts them.

    Safe to call from two machines at once and to call again: the unique index
    and ON CONFLICT DO NOTHING mean no student ever gets a second row.
    Returns the number of rows now in the register.
    """
    lock = _for_update(session)
    cs = session.get(ClassSession, class_session_id, with_for_update=lock)
    if cs is None:
        # A locking read sees only rows this login may update (row-level security
        # applies the UPDATE policy to it), while everyone may read every lesson: a
        # lesson that a plain read finds is someone else's register, not a gone one.
        if lock is not None and session.scalar(
            select(ClassSession.id).where(ClassSession.id == class_session_id)
        ):
            raise RegisterNotYours()
        raise _lesson_gone(class_session_id)
    day = lessons.lesson_day(cs.start_time, school.school_zone(session))
    enrolled = session.scalars(
        select(Enrollment.student_id)
        .join(Student, Student.id == Enrollment.student_id)
        .where(Enrollment.class_id == cs.class_id, lessons.enrolled_on(day))
    ).all()
    now = utcnow()
    _insert_ignoring_duplicates(
        session,
        [
            {
                "class_session_id": class_session_id,
                "student_id": student_id,
                "note": "",
                "version": 1,
                "changed_by": actor.name,
                "changed_on": actor.machine,
                "created_at": now,
                "updated_at": now,
            }
            for student_id in enrolled
        ],
    )
    if cs.status == "planned":
        cs.status = "open"
        cs.opened_at = now
        cs.changed_by = actor.name
        cs.changed_on = actor.machine
    return int(
        session.scalar(
            select(func.count())
            .select_from(Attendance)
            .where(Attendance.class_session_id == class_session_id)
        )
        or 0
    )


def _for_update(session: Session) -> dict[str, bool] | None:
    # SQLite has no row locks (BEGIN IMMEDIATE already serialises writers).
    if session.get_bind().dialect.name != "postgresql":
        return None
    # FOR NO KEY UPDATE, not FOR UPDATE: it still serialises two start_session
    # calls, but does not block the FOR KEY SHARE lock that the foreign keys of
    # every attendance / attendance_change insert take on the session row.
    # FOR UPDATE did, and deadlocked with a mark in flight: the mark held its
    # attendance row and waited for the session row, while start_session held
    # the session row and its INSERT .. ON CONFLICT waited for that attendance row.
    return {"key_share": True}


def _set_status(
    session: Session,
    class_session_id: int,
    status: str,
    *,
    actor: Actor | None,
    reason: str | None = None,
) -> ClassSession:
    """Change a lesson's status; the database logs it in ``lesson_change`` (its trigger
    reads who and why from the same UPDATE)."""
    cs = session.get(ClassSession, class_session_id)
    if cs is None:
        raise _lesson_gone(class_session_id)
    cs.status = status
    if actor is not None:
        cs.changed_by = actor.name
        cs.changed_on = actor.machine
    cs.change_reason = reason
    return cs


def _flush_status(session: Session) -> None:
    """Write a status change; a lesson the login may not change (row-level security
    hides it, so no row is updated) is ``RegisterNotYours``, not a bug."""
    try:
        session.flush()
    except StaleDataError:
        session.rollback()
        raise RegisterNotYours() from None
    except sa_exc.DBAPIError as exc:
        if not refused_by_rights(exc):
            raise
        session.rollback()
        raise RegisterNotYours() from None


def close_session(session: Session, class_session_id: int, *, actor: Actor | None = None) -> None:
    cs = _set_status(session, class_session_id, "closed", actor=actor)
    cs.closed_at = utcnow()
    _flush_status(session)


def reopen_session(
    session: Session,
    class_session_id: int,
    *,
    reason: str | None = None,
    actor: Actor | None = None,
) -> None:
    """Reopen a closed register, saying why (the history keeps the reason; the
    database refuses a reopening without one)."""
    reason = (reason or "").strip()
    if not reason:
        raise errors.KnownError(
            translate("Repository", "Reopening a closed register needs a reason; it stays closed."),
            hint=translate(
                "Repository", "Reopen it again and say why (for example: a student arrived late)."
            ),
        )
    cs = _set_status(session, class_session_id, "open", actor=actor, reason=reason)
    cs.closed_at = None
    _flush_status(session)


def lesson_history(session: Session, class_session_id: int) -> list[LessonChange]:
    """A lesson's status changes (opened, closed, reopened), oldest first."""
    return list(
        session.scalars(
            select(LessonChange)
            .where(LessonChange.class_session_id == class_session_id)
            .order_by(LessonChange.changed_at, LessonChange.id)
        )
    )


def active_codes(session: Session) -> list[AttendanceCode]:
    return list(
        session.scalars(
            select(AttendanceCode)
            .where(AttendanceCode.active.is_(True))
            .order_by(AttendanceCode.sort_order, AttendanceCode.id)
        )
    )


# --- queries behind the register and the reports -----------------------------------------


def register_query(class_session_id: int) -> Any:
    """One session's register: its rows with the student's name (idx_attendance_session_student)."""
    return (
        select(
            Attendance.id,
            Attendance.student_id,
            Attendance.code_id,
            Attendance.check_in_time,
            Attendance.note,
            Attendance.version,
            Attendance.changed_by,
            Attendance.changed_on,
            Student.first_name,
            Student.last_name,
            Student.preferred_name,
        )
        .join(Student, Student.id == Attendance.student_id)
        .where(Attendance.class_session_id == class_session_id)
        .order_by(Student.last_name, Student.first_name, Student.id)
    )


def student_history_query(student_id: int, start: datetime, end: datetime) -> Any:
    """Every session of one student in [start, end) (idx_attendance_student_created)."""
    return (
        select(
            Attendance.id,
            ClassSession.id.label("class_session_id"),
            ClassSession.start_time,
            SchoolClass.name.label("class_name"),
            Attendance.code_id,
            Attendance.check_in_time,
            Attendance.note,
        )
        .join(ClassSession, ClassSession.id == Attendance.class_session_id)
        .join(SchoolClass, SchoolClass.id == ClassSession.class_id)
        .where(
            Attendance.student_id == student_id,
            ClassSession.start_time >= start,
            ClassSession.start_time < end,
        )
        .order_by(ClassSession.start_time)
    )


def class_summary_query(class_id: int, start: datetime, end: datetime) -> Any:
    """Per student and code, how many sessions of a class in [start, end) (a term summary)."""
    return (
        select(Attendance.student_id, Attendance.code_id, func.count().label("sessions"))
        .join(ClassSession, ClassSession.id == Attendance.class_session_id)
        .where(
            ClassSession.class_id == class_id,
            ClassSession.start_time >= start,
            ClassSession.start_time < end,
        )
        .group_by(Attendance.student_id, Attendance.code_id)
    )


#: How far back the register's "last five" marks look.
RECENT_MARKS_WINDOW = timedelta(days=120)


def recent_marks(
    session: Session, student_ids: Iterable[int], before: datetime, per_student: int = 5
) -> dict[int, list[int | None]]:
    """Each student's last ``per_student`` codes before ``before``, newest first.

    Only rows created in the ``RECENT_MARKS_WINDOW`` before ``before`` are
    considered: the bound lets both planners start from
    ``idx_attendance_student_created`` instead of joining every earlier
    session of the school (26 of the 29 ms of loading a register on the
    district benchmark before it was added).  Ranking still follows the
    lessons' start times.
    """
    ids = list(student_ids)
    if not ids:
        return {}
    ranked = (
        select(
            Attendance.student_id,
            Attendance.code_id,
            func.row_number()
            .over(partition_by=Attendance.student_id, order_by=ClassSession.start_time.desc())
            .label("n"),
        )
        .join(ClassSession, ClassSession.id == Attendance.class_session_id)
        .where(
            Attendance.student_id.in_(ids),
            Attendance.created_at >= before - RECENT_MARKS_WINDOW,
            ClassSession.start_time < before,
        )
        .subquery()
    )
    result: dict[int, list[int | None]] = {i: [] for i in ids}
    for student_id, code_id, _n in session.execute(
        select(ranked.c.student_id, ranked.c.code_id, ranked.c.n)
        .where(ranked.c.n <= per_student)
        .order_by(ranked.c.student_id, ranked.c.n)
    ):
        result[student_id].append(code_id)
    return result


def history(session: Session, attendance_id: int) -> list[AttendanceChange]:
    """A row's change log, oldest first."""
    return list(
        session.scalars(
            select(AttendanceChange)
            .where(AttendanceChange.attendance_id == attendance_id)
            .order_by(AttendanceChange.version)
        )
    )


def sessions_between(
    session: Session, start: datetime, end: datetime, *, teacher_id: int | None = None
) -> list[ClassSession]:
    """Sessions starting in [start, end), optionally only one teacher's."""
    conditions = [ClassSession.start_time >= start, ClassSession.start_time < end]
    if teacher_id is not None:
        conditions.append(ClassSession.teacher_id == teacher_id)
    return list(
        session.scalars(
            select(ClassSession).where(and_(*conditions)).order_by(ClassSession.start_time)
        )
    )


# --- adding a lesson by hand (a school with a roster but no timetable) ---------------------


def _lock_class(session: Session, class_id: int) -> SchoolClass | None:
    """The class row, locked until commit on PostgreSQL (see ``add_lesson``)."""
    return session.get(SchoolClass, class_id, with_for_update=_for_update(session))


def add_lesson(
    session: Session,
    *,
    class_id: int,
    teacher_id: int,
    start: datetime,
    end: datetime,
    room: str | None = None,
) -> tuple[int, bool]:
    """A planned lesson of ``class_id`` in [start, end), taken by ``teacher_id``.

    Returns ``(lesson id, created)``.  When the class already has a lesson
    overlapping [start, end), on any teacher, nothing is written and that
    lesson is returned with ``created`` False: two computers, or a double
    click, must not make two registers for one lesson.  Lessons that only
    touch (09:00-10:00 and 10:00-11:00) are separate.  ``room`` defaults to the
    class's room.  Refusals (bad times, a class or teacher not in use) are
    ``KnownError`` in plain words, before anything is written.
    """
    for moment in (start, end):
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError(f"naive datetime {moment!r}: pass a timezone-aware value")
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    if end <= start:
        raise errors.KnownError(
            translate("Repository", "A lesson has to end after it starts."),
            hint=translate("Repository", "Check the start time and the length."),
        )
    # Check-then-insert is only safe if no one else can check in between.  The class row
    # is the lock: PostgreSQL takes it FOR NO KEY UPDATE (as start_session does its lesson)
    # until commit, so a second add_lesson for the same class waits here and then sees the
    # lesson the first one made.  It does not block the FOR KEY SHARE that inserting a
    # lesson or an enrollment takes on the class.  SQLite's BEGIN IMMEDIATE already lets
    # only one writer in at a time.
    klass = _lock_class(session, class_id)
    if klass is None:
        raise errors.KnownError(
            translate("Repository", "The class you chose is no longer in the register."),
            hint=translate(
                "Repository", "It may have been removed by a roster import. Choose another class."
            ),
        )
    if not klass.active:
        raise errors.KnownError(
            translate(
                "Repository",
                "{class_name} is no longer in use (a roster import withdrew it), so no lesson "
                "can be added to it.",
            ).format(class_name=klass.name),
            hint=translate("Repository", "Choose another class."),
        )
    teacher = session.get(Teacher, teacher_id)
    if teacher is None:
        raise errors.KnownError(
            translate("Repository", "Your name is no longer in this database's list of teachers."),
            hint=translate(
                "Repository", "Choose your name again with Change teacher…, then add the lesson."
            ),
        )
    if not teacher.active:
        raise errors.KnownError(
            translate(
                "Repository",
                "{teacher} is no longer an active teacher, so cannot take a new register.",
            ).format(teacher=teacher.display_name),
            hint=translate(
                "Repository", "Choose your name again with Change teacher…, then add the lesson."
            ),
        )
    overlapping = session.execute(
        select(ClassSession.id, ClassSession.start_time).where(
            ClassSession.class_id == class_id,
            ClassSession.start_time < end,
            ClassSession.end_time > start,
        )
    ).all()
    if overlapping:
        # Several (an odd timetable): the one starting nearest the time asked for.
        nearest = min(overlapping, key=lambda r: (abs(r.start_time - start), r.id))
        return int(nearest.id), False
    lesson = ClassSession(
        class_id=class_id,
        teacher_id=teacher_id,
        room=(room or "").strip() or klass.room,
        start_time=start,
        end_time=end,
        status="planned",
    )
    session.add(lesson)
    session.flush()
    return int(lesson.id), True


# --- saving a person's edit, merging with whatever landed first --------------------------

#: How often an edit is re-merged when other machines keep writing the same row.
MAX_MERGE_ATTEMPTS = 5


@dataclass(frozen=True)
class EditOutcome:
    """What became of an edit: the row as stored now, and how it got there.

    ``status`` is one of:
    - ``saved``: written as made;
    - ``done``: this mark (by its identity) was saved before, its answer lost on the
      way; nothing written now (``conflicts``: any part of it never settled);
    - ``merged``: written on top of someone else's change to other fields;
    - ``agreed``: someone had already made the same change; nothing written;
    - ``conflict``: someone changed the same field differently; the fields in
      ``conflicts`` were not written (any others were) and await the person.
    """

    status: str
    row: dict[str, Any]
    conflicts: tuple[merge.FieldConflict, ...] = ()
    #: The version each accepted write produced (empty when nothing was written).
    written_versions: tuple[int, ...] = ()


def save_edit(
    session: Session,
    attendance_id: int,
    changes: Mapping[str, Any],
    *,
    base: Mapping[str, Any],
    actor: Actor,
    kind: str = "mark",
    reason: str | None = None,
    mark_id: str | None = None,
    made_at: datetime | None = None,
) -> EditOutcome:
    """Save an edit made on ``base`` (the row as the person saw it), merging per field.

    Commits each accepted write.  A conflicting field is never overwritten here:
    it comes back in the outcome for the person to settle with ``mark(...,
    kind="override")`` (Keep mine) or by taking the stored values (Take theirs).

    ``mark_id`` makes the save idempotent: a mark whose identity is in the change
    log already is ``done`` (nothing written, whatever the row holds now), so a
    mark sent again after its answer was lost never overwrites a later change.
    """
    expected = int(base["version"])
    try:
        stored = write_mark(
            session,
            attendance_id,
            changes,
            actor=actor,
            expected_version=expected,
            kind=kind,
            reason=reason,
            mark_id=mark_id,
            made_at=made_at,
        )
        if stored is not None:
            session.commit()
            return EditOutcome("saved", stored, written_versions=(stored["version"],))
        theirs = read_after_miss(session, attendance_id, expected_version=expected, mark_id=mark_id)
        # The merge writes in the same transaction (on SQLite, still holding the write lock).
        return _merge_edit(
            session,
            attendance_id,
            changes,
            base,
            theirs,
            actor=actor,
            reason=reason,
            mark_id=mark_id,
            made_at=made_at,
        )
    except MarkAlreadySaved:
        session.rollback()
        return already_saved(session, attendance_id, changes, base, mark_id or "")


def already_saved(
    session: Session,
    attendance_id: int,
    changes: Mapping[str, Any],
    base: Mapping[str, Any],
    mark_id: str,
) -> EditOutcome:
    """The outcome of a mark found in the change log: ``done``, with the row as stored now.

    Fields of the mark that its saved write did not set (they conflicted with
    another computer's change then) are judged again against the row as it is
    now, so a conflict that was never shown is shown; fields it did set are
    never judged again: whatever happened to them since is a later change.
    """
    logged = session.scalars(select(AttendanceChange).where(AttendanceChange.mark_id == mark_id))
    change = logged.first()
    current = session.get(Attendance, attendance_id, populate_existing=True)
    if current is None:
        raise _row_gone(attendance_id)
    stored = snapshot(current)
    written = {
        merge.group_of(n)
        for n in EDITABLE_FIELDS
        if change is not None and getattr(change, f"old_{n}") != getattr(change, f"new_{n}")
    }
    rest = {n: v for n, v in changes.items() if merge.group_of(n) not in written}
    conflicts = merge.merge(base, rest, stored).conflicts if rest else ()
    versions = (change.version,) if change is not None else ()
    return EditOutcome("done", stored, conflicts, versions)


def _merge_edit(
    session: Session,
    attendance_id: int,
    changes: Mapping[str, Any],
    base: Mapping[str, Any],
    theirs: Mapping[str, Any],
    *,
    actor: Actor,
    reason: str | None,
    mark_id: str | None,
    made_at: datetime | None,
) -> EditOutcome:
    """Write an edit on top of ``theirs`` (the row moved on since ``base``), field by field."""
    for _attempt in range(MAX_MERGE_ATTEMPTS):
        result = merge.merge(base, changes, theirs)
        if not result.to_write:
            status = "conflict" if result.conflicts else "agreed"
            return EditOutcome(status, dict(theirs), result.conflicts)
        version = int(theirs["version"])
        stored = write_mark(
            session,
            attendance_id,
            result.to_write,
            actor=actor,
            expected_version=version,
            kind="merge",
            reason=reason,
            mark_id=mark_id,
            made_at=made_at,
        )
        if stored is None:
            theirs = read_after_miss(
                session, attendance_id, expected_version=version, mark_id=mark_id
            )
            continue
        session.commit()
        status = "conflict" if result.conflicts else "merged"
        return EditOutcome(status, stored, result.conflicts, (stored["version"],))
    raise errors.KnownError(
        translate(
            "Repository",
            "Attendance row {row} keeps changing on other computers; your change was not saved.",
        ).format(row=attendance_id),
        hint=translate("Repository", "Wait a moment and make it again."),
    )
