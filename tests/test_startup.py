"""Start-up order: the window is painted before SQLAlchemy is imported, and Alembic is
imported only when a migration is pending (counts of imports, never wall-clock time;
the timings are in bench/startup.py and bench/README.md)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from attendance_desktop import settings
from attendance_desktop.db import migrate, revision
from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.demo import load_demo_school
from attendance_desktop.rules import local_day, local_zone, system_clock


def test_the_head_read_from_the_scripts_is_alembics() -> None:
    assert revision.known_head() == migrate.head_revision()


def test_a_script_that_cannot_be_read_simply_leaves_it_to_alembic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "0001_a.py").write_text('revision = "0001"\ndown_revision = None\n')
    (versions / "0002_b.py").write_text('revision = "0002"\ndown_revision = "0001"\n')
    monkeypatch.setattr(revision, "migrations_dir", lambda: tmp_path)
    assert revision.known_head() == "0002"
    # Two heads (a branch): not simple, so Alembic decides.
    (versions / "0003_c.py").write_text('revision = "0003"\ndown_revision = "0001"\n')
    assert revision.known_head() is None
    (versions / "0003_c.py").write_text("revision = make_id()\n")
    assert revision.known_head() is None


def test_at_head_compares_the_stored_revision(engine: Engine) -> None:
    assert revision.at_head(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0002'"))
    assert not revision.at_head(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    assert not revision.at_head(engine)  # and migrate.upgrade() refuses it in plain words
    with engine.begin() as connection:
        connection.execute(
            text(f"UPDATE alembic_version SET version_num = '{revision.known_head()}'")
        )


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A settings folder with the teacher chosen, and a demo school at head."""
    folder = tmp_path_factory.mktemp("startup")
    home = folder / "home"
    database = folder / "school.sqlite3"
    engine = create_app_engine(sqlite_url(database))
    migrate.upgrade(engine)
    zone = local_zone()
    with Session(engine) as session:
        load_demo_school(session, today=local_day(system_clock(), zone))
        session.commit()
        teacher = session.execute(
            text(
                "SELECT teacher_id FROM class_session WHERE start_time >= :start "
                "GROUP BY teacher_id ORDER BY count(*) DESC LIMIT 1"
            ),
            {"start": datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)},
        ).scalar_one()
    engine.dispose()
    old = os.environ.get("ATTENDANCE_DESKTOP_HOME")
    os.environ["ATTENDANCE_DESKTOP_HOME"] = str(home)
    try:
        settings.save(settings.Settings(teacher_id=int(teacher)))
    finally:
        if old is None:
            del os.environ["ATTENDANCE_DESKTOP_HOME"]
        else:
            os.environ["ATTENDANCE_DESKTOP_HOME"] = old
    return home, database


def start_app(home: Path, database: Path, probe: Path) -> dict[str, dict[str, Any]]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ATTENDANCE_STARTUP_PROBE": str(probe),
        "ATTENDANCE_DESKTOP_HOME": str(home),
    }
    done = subprocess.run(
        [sys.executable, "-m", "attendance_desktop", "--database", str(database)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in probe.read_text(encoding="utf-8").splitlines()]
    return {event["event"]: event for event in events}


def test_at_head_the_window_paints_before_sqlalchemy_and_alembic_is_never_imported(
    school: tuple[Path, Path], tmp_path: Path
) -> None:
    home, database = school
    copy = tmp_path / "school.sqlite3"
    shutil.copyfile(database, copy)
    events = start_app(home, copy, tmp_path / "probe.jsonl")
    assert events["painted"]["sqlalchemy_imported"] is False
    assert events["painted"]["alembic_imported"] is False
    assert events["usable"]["lessons"] > 0  # today's lessons listed
    assert events["usable"]["alembic_imported"] is False
    assert events["painted"]["time"] <= events["usable"]["time"]
    assert not list(tmp_path.glob("school.sqlite3.backup*")) and not list(
        (home / "data").glob("**/*before-*")
    )


def test_a_pending_migration_brings_in_alembic_and_is_applied(
    school: tuple[Path, Path], tmp_path: Path
) -> None:
    home, database = school
    behind = tmp_path / "school.sqlite3"
    shutil.copyfile(database, behind)
    engine = create_app_engine(sqlite_url(behind))
    migrate.downgrade(engine, "0002")
    engine.dispose()

    events = start_app(home, behind, tmp_path / "probe.jsonl")
    assert events["painted"]["sqlalchemy_imported"] is False
    assert events["usable"]["alembic_imported"] is True
    assert events["usable"]["lessons"] > 0
    engine = create_app_engine(sqlite_url(behind))
    try:
        assert revision.at_head(engine)
    finally:
        engine.dispose()


def test_old_automatic_backups_are_pruned_and_hand_made_ones_kept(tmp_path: Path) -> None:
    database = tmp_path / "school.sqlite3"
    database.write_bytes(b"")
    made = []
    for day in range(1, 14):
        backup = tmp_path / f"school.backup-202601{day:02d}T080000Z-before-000{day % 9}.sqlite3"
        backup.write_bytes(b"x")
        made.append(backup)
    by_hand = tmp_path / "school.backup-20250101T080000Z.sqlite3"  # `db backup`
    by_hand.write_bytes(b"x")
    other = tmp_path / "other.backup-20250101T080000Z-before-0001.sqlite3"
    other.write_bytes(b"x")
    deleted = migrate.prune_backups(database, keep=10)
    assert deleted == made[:3]  # the three oldest
    assert migrate.automatic_backups(database) == made[3:]
    assert by_hand.exists() and other.exists()


def test_an_upgrade_keeps_the_newest_backups_only(tmp_path: Path) -> None:
    database = tmp_path / "school.sqlite3"
    engine = create_app_engine(sqlite_url(database))
    try:
        migrate.upgrade(engine, "0007")
        for day in range(1, 13):  # twelve older automatic backups
            (tmp_path / f"school.backup-202001{day:02d}T080000Z-before-0007.sqlite3").write_bytes(
                b"x"
            )
        result = migrate.upgrade(engine)
    finally:
        engine.dispose()
    kept = migrate.automatic_backups(database)
    assert len(kept) == migrate.KEEP_BACKUPS
    assert result.backup is not None and kept[-1] == result.backup  # the new one is kept
