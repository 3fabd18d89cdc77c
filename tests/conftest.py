"""Shared fixtures: a temporary home, and a fresh database on each backend.

The ``db_url`` fixture is parametrized over SQLite and PostgreSQL, so every
test that uses it (directly or through ``engine``) runs on both.  PostgreSQL
tests use a throwaway database on the server at 127.0.0.1:5432, created per
test and dropped after.  On a machine without that server they skip with a
visible reason; under ``CI=true`` a skipped PostgreSQL test fails the run.

Running every migration for each of the many database tests was a large share
of the suite's time, so the migrations run once per session into a template
per backend, and each test that uses ``engine`` gets a copy: the SQLite file
copied, the PostgreSQL database made with ``CREATE DATABASE ... TEMPLATE``.
A copy holds exactly what the migrations leave (tables, seed codes, the
``alembic_version`` stamp).  ``bare_engine`` stays empty for the migration
tests themselves.
"""

from __future__ import annotations

import logging
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

from attendance_desktop import i18n
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


def create_pg_database(*, template: str | None = None, prefix: str = "attendance_test") -> URL:
    """A new database on the test server: empty, or a copy of ``template``."""
    require_postgres()
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    copy_of = f' TEMPLATE "{template}"' if template else ""
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"{copy_of}'))
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
def english(qapp: object) -> Iterator[None]:
    """Tests read English with British dates ("Thursday, 3 December 2026") whatever the
    machine's language (the app, started by a test, loads the system's); tests of other
    languages use the ``language`` fixture.  The application object exists first, as in
    the app, so the translators are in place before any widget is made (a translator
    arriving later makes Qt rename the standard buttons back to "OK")."""
    from PySide6.QtCore import QLocale

    if i18n.language() != "en" or QLocale().name() != "en_GB":
        i18n.install("en", system=QLocale("en_GB"))
    yield


@pytest.fixture
def language() -> Iterator[object]:
    """Switch the app's language in a test: ``language("de")``; English again afterwards."""
    from PySide6.QtCore import QLocale

    def switch(code: str, locale: str | None = None) -> str:
        return i18n.install(code, system=QLocale(locale or code))

    yield switch
    i18n.install("en", system=QLocale("en_GB"))


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


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head once per session; ``db_url`` copies it per test."""
    path = tmp_path_factory.mktemp("template") / "attendance.sqlite3"
    engine = create_app_engine(sqlite_url(path))
    try:
        upgrade(engine)
    finally:
        # Closing the last connection checkpoints the WAL into the file and deletes
        # the -wal and -shm files, so copying the main file alone loses nothing.
        engine.dispose()
    leftovers = sorted(p.name for p in path.parent.iterdir() if p != path)
    assert not leftovers, (
        f"the template database left {leftovers} beside it; a copy would miss them"
    )
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """The name of a PostgreSQL database migrated to head once per session; dropped at the end."""
    url = create_pg_database(prefix="attendance_template")
    try:
        engine = create_app_engine(url)
        try:
            upgrade(engine)
        finally:
            # CREATE DATABASE ... TEMPLATE refuses while anyone is connected to the template.
            engine.dispose()
        assert url.database is not None
        yield url.database
    finally:
        drop_pg_database(url)


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[URL]:
    """The test's database on the backend under test.

    Empty; but when the test uses ``engine`` it starts as a copy of the migrated
    template instead, so that ``db_url`` and ``engine`` name the same database.
    """
    migrated = "engine" in request.fixturenames
    if migrated and "bare_engine" in request.fixturenames:
        pytest.fail("a test uses either engine (migrated) or bare_engine (empty), not both")
    if backend == "sqlite":
        path = tmp_path / "attendance.sqlite3"
        if migrated:
            shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield sqlite_url(path)
        return
    require_postgres()
    template = request.getfixturevalue("pg_template") if migrated else None
    url = create_pg_database(template=template)
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
    """An engine on an empty, unmigrated database (for the migration tests)."""
    engine = create_app_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def engine(db_url: URL) -> Iterator[Engine]:
    """An engine on a database at head, seed data included (a copy of the template)."""
    engine = create_app_engine(db_url)
    yield engine
    engine.dispose()
