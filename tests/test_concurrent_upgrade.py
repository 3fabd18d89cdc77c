"""Thirty PCs starting at 8:59: the upgrade is serialised by an advisory lock."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL

from attendance_desktop.db.migrate import head_revision

pytestmark = pytest.mark.slow

CLIENTS = 10

# Each process imports everything first, then waits for a common instant, so
# that the upgrades really start together (imports alone take ~1 s each).
RACER = textwrap.dedent(
    """
    import sys, time
    from alembic import command
    from attendance_desktop.db import migrate
    from attendance_desktop.db.engine import create_app_engine

    url, start_at, locked = sys.argv[1], float(sys.argv[2]), sys.argv[3] == "locked"
    engine = create_app_engine(url)
    with engine.connect():
        pass  # connect before the start line, like an app already running
    time.sleep(max(0.0, start_at - time.time()))
    if locked:
        migrate.upgrade(engine)
    else:
        # The negative control: the same migration, without the advisory lock.
        with engine.connect() as conn:
            migrate._run_alembic(conn, False, lambda cfg: command.upgrade(cfg, "head"))
    print("done")
    """
)


def _url(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def _race(url: URL, *, locked: bool) -> list[subprocess.CompletedProcess[str]]:
    start_at = time.time() + 6.0
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, _url(url), str(start_at), "locked" if locked else "free"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(CLIENTS)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


def _versions(url: URL) -> list[str]:
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    engine.dispose()
    return list(rows)


def test_ten_cli_upgrades_at_once_all_succeed(pg_url: URL) -> None:
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "attendance_desktop",
                "--database",
                _url(pg_url),
                "db",
                "upgrade",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=os.environ.copy(),
        )
        for _ in range(CLIENTS)
    ]
    outcomes = [(p.wait(timeout=180), p.communicate()) for p in procs]
    assert [code for code, _ in outcomes] == [0] * CLIENTS, outcomes
    assert sum("Upgraded" in out for _, (out, _err) in outcomes) == 1
    assert sum("up to date" in out for _, (out, _err) in outcomes) == CLIENTS - 1
    assert _versions(pg_url) == [head_revision()]


def test_simultaneous_upgrades_with_the_lock(pg_url: URL) -> None:
    results = _race(pg_url, locked=True)
    assert [r.returncode for r in results] == [0] * CLIENTS, [r.stderr[-500:] for r in results]
    assert _versions(pg_url) == [head_revision()]
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM attendance_code")).scalar() == 4
        assert "attendance" in inspect(conn).get_table_names()
    engine.dispose()


def test_negative_control_without_the_lock_clients_collide(pg_url: URL) -> None:
    results = _race(pg_url, locked=False)
    failures = [r for r in results if r.returncode != 0]
    assert failures, "without the advisory lock at least one client should have failed"
    errors = " ".join(r.stderr for r in failures)
    assert any(word in errors for word in ("UniqueViolation", "DuplicateTable", "already exists"))
