"""The attendance schema, as SQLAlchemy 2.0 typed declarative models.

Conventions:
- every constraint and index has a stable name (``NAMING_CONVENTION``), so
  migrations can refer to it on both SQLite and PostgreSQL;
- every timestamp is timezone-aware UTC (``UTCDateTime``);
- ``Attendance.version`` is SQLAlchemy's version counter: an UPDATE carries
  ``WHERE version = <the version we read>``, so two machines can never
  silently overwrite each other's mark.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from attendance_desktop.db.types import UTCDateTime, utcnow

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CODE_CATEGORIES = ("present", "absent", "late", "excused")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class Teacher(TimestampMixin, Base):
    __tablename__ = "teacher"

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    #: Identifier in the student information system the roster came from.
    source_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))

    classes: Mapped[list[SchoolClass]] = relationship(back_populates="teacher")

    def __repr__(self) -> str:
        return f"Teacher(id={self.id!r}, display_name={self.display_name!r})"


class Student(TimestampMixin, Base):
    __tablename__ = "student"
    __table_args__ = (
        # The few students who left: "not a student who left" (a day's enrolled counts,
        # lessons._enrolled_in_range) reads these instead of every student (0011).
        Index(
            "idx_student_left",
            "id",
            postgresql_where=text("active IS NOT TRUE"),
            sqlite_where=text("active IS NOT TRUE"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(200))
    last_name: Mapped[str] = mapped_column(String(200))
    preferred_name: Mapped[str | None] = mapped_column(String(200))
    #: Identifier in the student information system the roster came from (the SIS id).
    source_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    #: The number the school knows the student by (admission / student number), which
    #: many systems keep beside the SIS id; shown in the history and exports.
    student_number: Mapped[str | None] = mapped_column(String(64))
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))

    enrollments: Mapped[list[Enrollment]] = relationship(back_populates="student")

    @property
    def display_name(self) -> str:
        return f"{self.preferred_name or self.first_name} {self.last_name}"

    def __repr__(self) -> str:
        return f"Student(id={self.id!r}, name={self.display_name!r})"


class SchoolClass(TimestampMixin, Base):
    """A class (a group of students taught together); ``class`` is a keyword."""

    __tablename__ = "school_class"
    __table_args__ = (CheckConstraint("grace_minutes >= 0", name="grace_minutes_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str | None] = mapped_column(String(200))
    room: Mapped[str | None] = mapped_column(String(100))
    #: The class teacher; ``None`` until a roster names one (a register of a class with
    #: no teacher is taken by whoever opens it: office staff, a cover teacher).
    teacher_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id"), index=True)
    #: Minutes after the start at which "present" becomes "late".
    grace_minutes: Mapped[int] = mapped_column(Integer, default=5, server_default=text("5"))
    source_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))

    teacher: Mapped[Teacher | None] = relationship(back_populates="classes")
    enrollments: Mapped[list[Enrollment]] = relationship(back_populates="school_class")

    def __repr__(self) -> str:
        return f"SchoolClass(id={self.id!r}, name={self.name!r})"


class Enrollment(TimestampMixin, Base):
    __tablename__ = "enrollment"
    __table_args__ = (
        UniqueConstraint("class_id", "student_id"),
        Index("idx_enrollment_student", "student_id"),
        # A day's enrolled counts read the day's classes index-only on PostgreSQL (0011);
        # SQLite has no INCLUDE: a plain index there.
        Index(
            "idx_enrollment_class_covering",
            "class_id",
            postgresql_include=["student_id", "start_date", "end_date"],
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("school_class.id", ondelete="CASCADE"))
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id", ondelete="CASCADE"))
    start_date: Mapped[date | None] = mapped_column(Date)
    #: Set when the student leaves the class; history is kept.
    end_date: Mapped[date | None] = mapped_column(Date)
    source_id: Mapped[str | None] = mapped_column(String(255), unique=True)

    school_class: Mapped[SchoolClass] = relationship(back_populates="enrollments")
    student: Mapped[Student] = relationship(back_populates="enrollments")


class ClassSession(TimestampMixin, Base):
    """One lesson of a class: the register a teacher takes."""

    __tablename__ = "class_session"
    __table_args__ = (
        CheckConstraint(
            "status IN ('planned', 'open', 'closed')",
            name="status_known",
        ),
        CheckConstraint("end_time > start_time", name="ends_after_start"),
        Index("idx_class_session_teacher_status", "teacher_id", "status"),
        Index("idx_class_session_start_time", "start_time"),
        Index("idx_class_session_class_created", "class_id", "created_at"),
        Index("idx_class_session_status_time", "status", "start_time"),
        Index("idx_class_session_class_start", "class_id", "start_time"),
        # One lesson per slot and start: PCs listing the same day at once make it once.
        Index("uq_class_session_slot_start", "slot_id", "start_time", unique=True),
        Index("idx_class_session_cover_for", "cover_for_teacher_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("school_class.id", ondelete="CASCADE"))
    #: Who takes this register (usually the class teacher, sometimes a cover teacher;
    #: None for a class with no teacher yet: the office takes it, migration 0012).
    teacher_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id"))
    room: Mapped[str | None] = mapped_column(String(100))
    start_time: Mapped[datetime] = mapped_column(UTCDateTime())
    end_time: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(
        String(16), default="planned", server_default=text("'planned'")
    )
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: The timetable slot this lesson was made from (None: made by hand, Ctrl+N).
    slot_id: Mapped[int | None] = mapped_column(
        ForeignKey("timetable_slot.id", ondelete="SET NULL")
    )
    #: When a cover teacher takes the lesson: the teacher it was timetabled for.
    cover_for_teacher_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id"))
    #: Who changes the status, from which computer, and why (a reopened register needs a
    #: reason): set by the app in the UPDATE itself, copied into ``lesson_change`` by the
    #: database's trigger (migration 0010), which clears ``change_reason`` again.
    change_reason: Mapped[str | None] = mapped_column(Text)
    changed_by: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    changed_on: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))

    school_class: Mapped[SchoolClass] = relationship()
    teacher: Mapped[Teacher | None] = relationship(foreign_keys=[teacher_id])


class AttendanceCode(TimestampMixin, Base):
    """A mark a teacher can give: Present, Absent, Late, Excused, or a school's own."""

    __tablename__ = "attendance_code"
    __table_args__ = (
        CheckConstraint(
            "category IN ('present', 'absent', 'late', 'excused')", name="category_known"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    label: Mapped[str] = mapped_column(String(100))
    #: What the code means for reports: present, absent, late or excused.
    category: Mapped[str] = mapped_column(String(16))
    counts_as_present: Mapped[bool] = mapped_column(Boolean)
    #: The one key that gives this mark in the register.
    shortcut: Mapped[str] = mapped_column(String(1), unique=True)
    colour: Mapped[str] = mapped_column(String(9))
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))


class Attendance(TimestampMixin, Base):
    """One student's mark in one session.

    Rows are created unmarked (``code_id`` NULL) when the session starts and
    changed only through versioned updates (the version goes up by exactly one, or the
    database refuses), each of which the database's trigger logs as an
    ``AttendanceChange``.
    """

    __tablename__ = "attendance"
    __table_args__ = (
        # Unique: one row per student per session, enforced from the first revision.
        Index("idx_attendance_session_student", "class_session_id", "student_id", unique=True),
        Index("idx_attendance_session_checkin", "class_session_id", "check_in_time"),
        Index("idx_attendance_student_created", "student_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # RESTRICT: a register's rows (and so their history) are never cascaded away.
    class_session_id: Mapped[int] = mapped_column(
        ForeignKey("class_session.id", ondelete="RESTRICT")
    )
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id", ondelete="RESTRICT"))
    code_id: Mapped[int | None] = mapped_column(ForeignKey("attendance_code.id"))
    check_in_time: Mapped[datetime | None] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    #: Who made the last change, and on which computer.
    changed_by: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    changed_on: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    #: The change being written, for its history row: set by the app in the UPDATE that
    #: makes it, copied into ``attendance_change`` by the database's trigger (migration
    #: 0010) and cleared by it, so always NULL at rest.
    change_kind: Mapped[str | None] = mapped_column(String(16))
    change_reason: Mapped[str | None] = mapped_column(Text)
    change_mark_id: Mapped[str | None] = mapped_column(String(36))
    change_made_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    class_session: Mapped[ClassSession] = relationship()
    student: Mapped[Student] = relationship()
    code: Mapped[AttendanceCode | None] = relationship()

    __mapper_args__: dict[str, Any] = {"version_id_col": version}


class AttendanceChange(Base):
    """The append-only history of every accepted write to an attendance row.

    One row per accepted write, keyed by the version the write produced, so
    the log and the row's version can never disagree.
    """

    __tablename__ = "attendance_change"
    __table_args__ = (
        UniqueConstraint("attendance_id", "version"),
        CheckConstraint(
            "kind IN ('mark', 'undo', 'note', 'merge', 'override', 'replay', 'edit')",
            name="kind_known",
        ),
        Index("idx_attendance_change_session", "class_session_id", "changed_at"),
        # Unique, and NULL for the many writes that are not a teacher's mark (both
        # backends allow any number of NULLs in a unique index).
        Index("uq_attendance_change_mark_id", "mark_id", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # RESTRICT: history is never cascaded away (a student who leaves is deactivated).
    attendance_id: Mapped[int] = mapped_column(ForeignKey("attendance.id", ondelete="RESTRICT"))
    class_session_id: Mapped[int] = mapped_column(
        ForeignKey("class_session.id", ondelete="RESTRICT")
    )
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id", ondelete="RESTRICT"))
    #: The row's version after this write.
    version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    old_code_id: Mapped[int | None] = mapped_column(ForeignKey("attendance_code.id"))
    new_code_id: Mapped[int | None] = mapped_column(ForeignKey("attendance_code.id"))
    old_check_in_time: Mapped[datetime | None] = mapped_column(UTCDateTime())
    new_check_in_time: Mapped[datetime | None] = mapped_column(UTCDateTime())
    old_note: Mapped[str | None] = mapped_column(Text)
    new_note: Mapped[str | None] = mapped_column(Text)
    #: Required when a closed register is edited.
    reason: Mapped[str | None] = mapped_column(Text)
    changed_by: Mapped[str] = mapped_column(String(200))
    changed_on: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    #: The identity the window gave the mark when it was made (a UUID), unique: a mark
    #: replayed after a lost acknowledgement is recognised as already saved.  Empty for
    #: writes that are not a teacher's mark (and for marks made before revision 0004).
    mark_id: Mapped[str | None] = mapped_column(String(36))
    #: When the teacher made the mark on their PC (``changed_at`` is when the database
    #: got it: later for a mark kept offline).  Empty for writes made before 0005.
    made_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: The real login that made the change: PostgreSQL's ``session_user`` (a person's own
    #: login after ``staff sync``), the display name on SQLite.  Empty before 0010.
    login: Mapped[str | None] = mapped_column(String(200))


class LessonChange(Base):
    """The history of a lesson's status: opened, closed, reopened (with its reason).

    Written only by the database's trigger on ``class_session`` (migration 0010) from
    the columns the app sets in the same UPDATE; a reopening without a reason is refused.
    """

    __tablename__ = "lesson_change"
    __table_args__ = (
        CheckConstraint("kind IN ('open', 'close', 'reopen', 'status')", name="kind_known"),
        CheckConstraint(
            "kind <> 'reopen' OR length(trim(coalesce(reason, ''))) > 0",
            name="reopen_has_reason",
        ),
        Index("idx_lesson_change_session", "class_session_id", "changed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    class_session_id: Mapped[int] = mapped_column(
        ForeignKey("class_session.id", ondelete="RESTRICT")
    )
    kind: Mapped[str] = mapped_column(String(16))
    old_status: Mapped[str] = mapped_column(String(16))
    new_status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    changed_by: Mapped[str] = mapped_column(String(200))
    changed_on: Mapped[str] = mapped_column(String(200))
    login: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SchoolSetting(Base):
    """School-wide settings shared by every PC on the same database.

    Kept in the database rather than each PC's settings file, so the school's
    name, time zone and grace period are the same in every classroom.
    """

    __tablename__ = "school_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class BellPeriod(Base):
    """When period ``period`` runs on ``days`` ("Mon-Fri", "Wed", "A-Mon": see timetable.week)."""

    __tablename__ = "bell_period"
    __table_args__ = (CheckConstraint("end_time > start_time", name="ends_after_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(20))
    start_time: Mapped[time] = mapped_column(Time())
    end_time: Mapped[time] = mapped_column(Time())
    #: The days it applies to, as written ("Mon-Fri", "Wed", "A-Mon,A-Tue").
    days: Mapped[str] = mapped_column(String(200))


class TimetableSlot(Base):
    """A class meets every week (or every week A or B) on a weekday, in a period or at times."""

    __tablename__ = "timetable_slot"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_known"),
        CheckConstraint("week IN ('', 'A', 'B')", name="week_known"),
        CheckConstraint(
            "period IS NOT NULL OR (start_time IS NOT NULL AND end_time IS NOT NULL)",
            name="period_or_times",
        ),
        CheckConstraint("source IN ('timetable', 'roster')", name="source_known"),
        Index("idx_timetable_slot_weekday", "weekday"),
        Index("idx_timetable_slot_class", "class_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("school_class.id", ondelete="CASCADE"))
    week: Mapped[str] = mapped_column(String(1), default="", server_default=text("''"))
    weekday: Mapped[int] = mapped_column(Integer)
    period: Mapped[str | None] = mapped_column(String(20))
    start_time: Mapped[time | None] = mapped_column(Time())
    end_time: Mapped[time | None] = mapped_column(Time())
    room: Mapped[str | None] = mapped_column(String(100))
    #: Who teaches it when not the class teacher (None: the class teacher).
    teacher_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id"))
    #: For lessons from a calendar export: the first and last date it recurs.
    first_date: Mapped[date | None] = mapped_column(Date)
    last_date: Mapped[date | None] = mapped_column(Date)
    #: Where it came from: "timetable" (a timetable file or calendar, or the office) or
    #: "roster" (a class's periods in a roster; only a roster import replaces these, and a
    #: class with timetable slots keeps them: see ``timetable.from_roster``).
    source: Mapped[str] = mapped_column(
        String(20), default="timetable", server_default=text("'timetable'")
    )


class NonSchoolDay(Base):
    """No lessons from ``first_date`` to ``last_date`` (both included): a holiday, a closure."""

    __tablename__ = "non_school_day"
    __table_args__ = (
        CheckConstraint("last_date >= first_date", name="ends_after_start"),
        UniqueConstraint("first_date", "last_date", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_date: Mapped[date] = mapped_column(Date)
    last_date: Mapped[date] = mapped_column(Date)
    name: Mapped[str] = mapped_column(String(200))


class SchoolDayBuilt(Base):
    """The days whose timetabled lessons exist as ``class_session`` rows (made on demand)."""

    __tablename__ = "school_day_built"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    #: The timetable's version when the day was built: a new import rebuilds future days.
    timetable_version: Mapped[int] = mapped_column(Integer)


class StaffLogin(Base):
    """A server login (a PostgreSQL role) of one member of staff, and what they are.

    Written by ``attendance-desktop staff sync``; the row-level security
    policies of migration 0008 look a login up here to decide whose registers
    it may write."""

    __tablename__ = "staff_login"
    __table_args__ = (CheckConstraint("kind IN ('teacher', 'office')", name="kind_known"),)

    role_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
