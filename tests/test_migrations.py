"""Migrations: round trips, no drift, backups, and refusing a database from the future."""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session

from attendance_desktop import errors
from attendance_desktop.db import migrate
from attendance_desktop.db.models import Base, Teacher


def _tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def _revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_upgrade_downgrade_upgrade_round_trip(bare_engine: Engine) -> None:
    head = migrate.head_revision()
    migrate.upgrade(bare_engine)
    assert _revision(bare_engine) == head
    assert set(Base.metadata.tables) <= _tables(bare_engine)

    migrate.downgrade(bare_engine, "base")
    assert _revision(bare_engine) is None
    assert _tables(bare_engine) <= {"alembic_version"}

    result = migrate.upgrade(bare_engine)
    assert (result.previous, result.current) == (None, head)
    assert set(Base.metadata.tables) <= _tables(bare_engine)
    with bare_engine.connect() as conn:  # the seed data came back too
        assert conn.execute(text("SELECT count(*) FROM attendance_code")).scalar() == 4


def test_each_revision_downgrades_one_step(bare_engine: Engine) -> None:
    script = migrate.ScriptDirectory.from_config(migrate.alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert len(revisions) >= 2
    migrate.upgrade(bare_engine)
    for previous in reversed(["base", *revisions[:-1]]):
        migrate.downgrade(bare_engine, "-1")
        assert (_revision(bare_engine) or "base") == previous


def test_models_and_migrations_never_drift(engine: Engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_upgrade_is_idempotent(engine: Engine) -> None:
    result = migrate.upgrade(engine)
    assert not result.changed and result.backup is None


def test_database_from_a_newer_app_is_refused_and_untouched(
    bare_engine: Engine, tmp_path: Path
) -> None:
    migrate.upgrade(bare_engine)
    with bare_engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00d0099'"))
    bare_engine.dispose()
    before = _fingerprint(bare_engine, tmp_path)

    with pytest.raises(errors.DatabaseFromTheFuture) as caught:
        migrate.upgrade(bare_engine)
    message = str(caught.value)
    assert "f00d0099" in message and migrate.head_revision() in message
    assert "Nothing was changed" in message
    with pytest.raises(errors.DatabaseFromTheFuture):
        migrate.schema_state(bare_engine)
    bare_engine.dispose()
    assert _fingerprint(bare_engine, tmp_path) == before
    assert _revision(bare_engine) == "f00d0099"


def _fingerprint(engine: Engine, folder: Path) -> object:
    if engine.dialect.name == "sqlite":
        assert engine.url.database
        return (
            hashlib.sha256(Path(engine.url.database).read_bytes()).hexdigest(),
            sorted(p.name for p in folder.iterdir()),
        )
    with engine.connect() as conn:
        return (
            sorted(inspect(conn).get_table_names()),
            conn.execute(text("SELECT count(*) FROM attendance_code")).scalar(),
        )


def test_foreign_tables_without_our_stamp_are_refused(bare_engine: Engine) -> None:
    with bare_engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id integer primary key)"))
    with pytest.raises(errors.NotOurDatabase):
        migrate.upgrade(bare_engine)
    assert _tables(bare_engine) == {"invoices"}


def test_sqlite_backup_is_taken_before_a_pending_upgrade(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from attendance_desktop.db.engine import create_app_engine, sqlite_url

    path = tmp_path / "school.sqlite3"
    engine = create_app_engine(sqlite_url(path))
    migrate.upgrade(engine, "0001")
    with Session(engine) as session, session.begin():
        session.add(Teacher(display_name="Mr Backup"))
    assert not list(tmp_path.glob("*.backup-*"))

    with caplog.at_level(logging.INFO, logger="attendance.migrate"):
        result = migrate.upgrade(engine)
    engine.dispose()

    assert result.previous == "0001" and result.current == migrate.head_revision()
    assert result.backup is not None and result.backup.parent == tmp_path
    assert result.backup.name.startswith("school.backup-")
    assert str(result.backup) in caplog.text
    copy = sqlite3.connect(result.backup)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT display_name FROM teacher").fetchall() == [("Mr Backup",)]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        copy.close()
    assert not list(tmp_path.glob("*.partial"))


def test_no_backup_for_a_brand_new_file(tmp_path: Path) -> None:
    from attendance_desktop.db.engine import create_app_engine, sqlite_url

    engine = create_app_engine(sqlite_url(tmp_path / "new.sqlite3"))
    result = migrate.upgrade(engine)
    engine.dispose()
    assert result.backup is None
    assert [p.name for p in tmp_path.iterdir() if "backup" in p.name] == []


def test_migrations_directory_is_found() -> None:
    folder = migrate.migrations_dir()
    assert (folder / "env.py").is_file()
    assert list((folder / "versions").glob("0001_*.py"))


def test_the_day_list_indexes_are_covering_and_partial(engine: Engine) -> None:
    """0011: what the drift check cannot see (INCLUDE columns, a partial index's WHERE)."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            found = dict(
                conn.execute(
                    text(
                        "SELECT indexname, indexdef FROM pg_indexes "
                        "WHERE indexname IN ('idx_enrollment_class_covering', 'idx_student_left')"
                    )
                ).all()
            )
            assert (
                "(class_id) INCLUDE (student_id, start_date, end_date)"
                in (found["idx_enrollment_class_covering"])
            )
            assert "WHERE (active IS NOT TRUE)" in found["idx_student_left"]
        else:
            found = dict(
                conn.execute(
                    text(
                        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN "
                        "('idx_enrollment_class_covering', 'idx_student_left')"
                    )
                ).all()
            )
            assert "(class_id)" in found["idx_enrollment_class_covering"]
            assert "WHERE active IS NOT TRUE" in found["idx_student_left"]
    migrate.downgrade(engine, "0010")
    with engine.connect() as conn:
        names = {i["name"] for t in ("enrollment", "student") for i in inspect(conn).get_indexes(t)}
    assert not names & {"idx_enrollment_class_covering", "idx_student_left"}


def test_a_lesson_without_a_teacher_and_the_downgrade_that_refuses_it(engine: Engine) -> None:
    """0012: a lesson may have no teacher; going back refuses while one exists (in plain
    words, nothing changed), then restores NOT NULL.  On SQLite the batch ALTER copies
    the table: the lesson history trigger of 0010 must survive it, both ways."""
    from tests.factories import make_lesson

    lesson = make_lesson(engine, students=1)

    def status_is_logged(status: str) -> bool:
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE class_session SET status = :s, change_reason = 'test' WHERE id = :l"),
                {"s": status, "l": lesson.session_id},
            )
            kinds = conn.execute(
                text("SELECT new_status FROM lesson_change WHERE class_session_id = :l"),
                {"l": lesson.session_id},
            ).scalars()
            return status in list(kinds)

    assert status_is_logged("open")
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE class_session SET teacher_id = NULL WHERE id = :l"),
            {"l": lesson.session_id},
        )
    with pytest.raises(RuntimeError, match="1 lessons have no teacher"):
        migrate.downgrade(engine, "0011")
    assert _revision(engine) == migrate.head_revision()
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE class_session SET teacher_id = :t WHERE id = :l"),
            {"t": lesson.teacher_id, "l": lesson.session_id},
        )
    migrate.downgrade(engine, "0011")
    assert _revision(engine) == "0011"
    nullable = {c["name"]: c["nullable"] for c in inspect(engine).get_columns("class_session")}
    assert nullable["teacher_id"] is False
    assert status_is_logged("closed")  # the trigger is back after the downgrade's copy too
    migrate.upgrade(engine)
    nullable = {c["name"]: c["nullable"] for c in inspect(engine).get_columns("class_session")}
    assert nullable["teacher_id"] is True
    assert status_is_logged("planned")
