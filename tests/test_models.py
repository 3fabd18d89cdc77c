"""The schema as migrated: constraints, names, defaults, timestamps (both backends)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine, func, inspect, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from attendance_desktop import errors
from attendance_desktop.db.engine import known_error_for
from attendance_desktop.db.models import (
    NAMING_CONVENTION,
    Attendance,
    AttendanceCode,
    Base,
    ClassSession,
    Enrollment,
    Student,
)
from attendance_desktop.db.repository import Actor, start_session
from tests.factories import make_lesson

REQUIRED_INDEXES = {
    "attendance": {
        "idx_attendance_session_student": ["class_session_id", "student_id"],
        "idx_attendance_session_checkin": ["class_session_id", "check_in_time"],
        "idx_attendance_student_created": ["student_id", "created_at"],
    },
    "class_session": {
        "idx_class_session_teacher_status": ["teacher_id", "status"],
        "idx_class_session_start_time": ["start_time"],
        "idx_class_session_class_created": ["class_id", "created_at"],
        "idx_class_session_status_time": ["status", "start_time"],
    },
}


def test_required_composite_indexes_exist(engine: Engine) -> None:
    inspector = inspect(engine)
    for table, wanted in REQUIRED_INDEXES.items():
        found = {ix["name"]: ix["column_names"] for ix in inspector.get_indexes(table)}
        for name, columns in wanted.items():
            assert found.get(name) == columns, f"{table}.{name}"


def test_every_constraint_has_a_conventional_name(engine: Engine) -> None:
    inspector = inspect(engine)
    for table in Base.metadata.sorted_tables:
        for fk in inspector.get_foreign_keys(table.name):
            expected = f"fk_{table.name}_{fk['constrained_columns'][0]}_{fk['referred_table']}"
            assert fk["name"] == expected
        for uq in inspector.get_unique_constraints(table.name):
            assert uq["name"] == f"uq_{table.name}_{'_'.join(uq['column_names'])}"
        for ck in inspector.get_check_constraints(table.name):
            assert ck["name"] and ck["name"].startswith(f"ck_{table.name}_")
        pk = inspector.get_pk_constraint(table.name)
        if engine.dialect.name == "postgresql":  # SQLite does not keep PK names
            assert pk["name"] == f"pk_{table.name}"
    assert set(NAMING_CONVENTION) == {"ix", "uq", "ck", "fk", "pk"}


def test_required_columns_are_not_null(engine: Engine) -> None:
    inspector = inspect(engine)
    for table in Base.metadata.sorted_tables:
        stored = {c["name"]: c["nullable"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            assert stored[column.name] == column.nullable, f"{table.name}.{column.name}"
    attendance = {c["name"]: c for c in inspector.get_columns("attendance")}
    assert attendance["version"]["nullable"] is False
    assert "1" in str(attendance["version"]["default"])


def test_version_is_the_mapper_version_counter() -> None:
    mapper = Attendance.__mapper__
    assert mapper.version_id_col is Attendance.__table__.c.version


def test_default_codes_are_seeded(engine: Engine) -> None:
    with Session(engine) as session:
        codes = {c.label: c for c in session.scalars(select(AttendanceCode))}
    assert set(codes) == {"Present", "Absent", "Late", "Excused"}
    assert {c.shortcut for c in codes.values()} == {"P", "A", "L", "E"}
    assert codes["Present"].counts_as_present and codes["Late"].counts_as_present
    assert not codes["Absent"].counts_as_present and not codes["Excused"].counts_as_present
    assert {c.category for c in codes.values()} == {"present", "absent", "late", "excused"}


def test_version_server_default_applies_to_raw_inserts(engine: Engine) -> None:
    lesson = make_lesson(engine, students=1)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO attendance (class_session_id, student_id, created_at, updated_at) "
                "VALUES (:s, :st, :now, :now)"
            ),
            {"s": lesson.session_id, "st": lesson.student_ids[0], "now": datetime.now(UTC)},
        )
        row = conn.execute(text("SELECT version, note FROM attendance")).one()
    assert row.version == 1
    assert row.note == ""


def test_duplicate_attendance_row_is_refused(engine: Engine) -> None:
    lesson = make_lesson(engine, students=2)
    with Session(engine) as session, session.begin():
        start_session(session, lesson.session_id, actor=Actor("t"))
    with pytest.raises(sa_exc.IntegrityError) as caught, Session(engine) as session:
        session.add(
            Attendance(class_session_id=lesson.session_id, student_id=lesson.student_ids[0])
        )
        session.commit()
    known = known_error_for(caught.value, engine.url)
    assert isinstance(known, errors.DuplicateRecord)
    assert "already exists" in str(known)
    with Session(engine) as session:
        count = session.scalar(
            select(func.count()).where(Attendance.student_id == lesson.student_ids[0])
        )
    assert count == 1


def test_start_session_twice_never_duplicates(engine: Engine) -> None:
    lesson = make_lesson(engine, students=5)
    for _ in range(2):
        with Session(engine) as session, session.begin():
            assert start_session(session, lesson.session_id, actor=Actor("t")) == 5
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Attendance)) == 5


def test_duplicate_enrollment_is_refused(engine: Engine) -> None:
    lesson = make_lesson(engine, students=1)
    with pytest.raises(sa_exc.IntegrityError), Session(engine) as session:
        session.add(Enrollment(class_id=lesson.class_id, student_id=lesson.student_ids[0]))
        session.commit()


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    lesson = make_lesson(engine, students=1)
    with pytest.raises(sa_exc.IntegrityError), Session(engine) as session:
        session.add(Attendance(class_session_id=lesson.session_id, student_id=999_999))
        session.commit()


def test_timestamps_round_trip_as_aware_utc(engine: Engine) -> None:
    paris_winter = timezone(timedelta(hours=1))
    start = datetime(2026, 1, 15, 8, 30, tzinfo=paris_winter)
    lesson = make_lesson(engine, students=1, start=start)
    with Session(engine) as session:
        stored = session.get(ClassSession, lesson.session_id)
        assert stored is not None
        assert stored.start_time.tzinfo is not None
        assert stored.start_time.utcoffset() == timedelta(0)
        assert stored.start_time == start  # the same instant
        assert stored.start_time.hour == 7  # ... expressed in UTC
        assert stored.created_at.tzinfo is not None


def test_naive_timestamps_are_refused(engine: Engine) -> None:
    with pytest.raises(sa_exc.StatementError, match="naive datetime"), Session(engine) as s:
        s.add(Student(first_name="N", last_name="Aive", created_at=datetime(2026, 1, 1)))
        s.commit()
