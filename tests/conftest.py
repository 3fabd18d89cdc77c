"""Shared fixtures: a temporary home, and a fresh database on each backend.

The ``db_url`` fixture is parametrized over SQLite and PostgreSQL, so every
test that uses it (directly or through ``engine``) runs on both.  PostgreSQL
tests use a throwaway database on the server at 127.0.0.1:5432, created per
test and dropped after.  On a machine without that server they skip with a
visible reason; under ``CI=true`` a skipped PostgreSQL test fails the run.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.db.migrate import upgrade

PG_ADMIN_URL = os.environ.get(
    "ATTENDANCE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

_pg_problem: str | None = None
_pg_checked = False
_skipped_postgres: list[str] = []


def postgres_problem() -> str | None:
    """Why the PostgreSQL server cannot be used, or None when it can."""
    global _pg_checked, _pg_problem
    if not _pg_checked:
        _pg_checked = True
        try:
            admin = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
            with admin.connect() as conn:
                conn.execute(text("SELECT 1"))
            admin.dispose()
        except Exception as exc:  # any failure means: no server to test against
            _pg_problem = f"PostgreSQL at {PG_ADMIN_URL} is not reachable: {exc}".splitlines()[0]
    return _pg_problem


def require_postgres() -> None:
    problem = postgres_problem()
    if problem:
        if IN_CI:
            pytest.fail(f"CI must run the PostgreSQL tests, but {problem}")
        pytest.skip(problem)


def create_pg_database() -> URL:
    require_postgres()
    name = f"attendance_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(PG_ADMIN_URL).set(database=name)


def drop_pg_database(url: URL) -> None:
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
    admin.dispose()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and "postgresql" in report.nodeid:
        _skipped_postgres.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if IN_CI and _skipped_postgres:
        print(f"\nCI: {len(_skipped_postgres)} PostgreSQL test(s) were skipped; failing the run.")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own data, config and log folders, and no ambient database URL."""
    home = tmp_path / "home"
    monkeypatch.setenv("ATTENDANCE_DESKTOP_HOME", str(home))
    monkeypatch.delenv("ATTENDANCE_DATABASE_URL", raising=False)
    yield home
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_attendance", False):  # installed by log.setup_logging
            root.removeHandler(handler)
            handler.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, tmp_path: Path) -> Iterator[URL]:
    """An empty database on the backend under test."""
    if backend == "sqlite":
        yield sqlite_url(tmp_path / "attendance.sqlite3")
        return
    url = create_pg_database()
    try:
        yield url
    finally:
        drop_pg_database(url)


@pytest.fixture
def pg_url() -> Iterator[URL]:
    """An empty PostgreSQL database, for tests that only make sense on the server."""
    url = create_pg_database()
    try:
        yield url
    finally:
        drop_pg_database(url)


@pytest.fixture
def bare_engine(db_url: URL) -> Iterator[Engine]:
    """An engine on an empty, unmigrated database."""
    engine = create_app_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def engine(bare_engine: Engine) -> Engine:
    """An engine on a database migrated to head."""
    upgrade(bare_engine)
    return bare_engine
