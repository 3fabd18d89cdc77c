"""The app's connections through PgBouncer in session mode (docs/deploy.md, section 9).

A school may put PgBouncer between the PCs and the server.  In session mode
the app must work as it does directly: it connects (PgBouncer refuses unknown
start-up parameters, so the app sends none), each connection gets its
statement and lock timeouts, and a mark is saved.  Negative control: a
connection that asks for its timeouts with the ``options`` start-up parameter,
as libpq allows, is refused by PgBouncer: that is why the app sets them after
connecting.

PgBouncer comes from Debian's package (``.ci/run`` installs it).  Without it
the test skips with the reason; under ``CI=true`` it fails instead.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from attendance_desktop.db.engine import SESSION_SETTINGS, create_app_engine
from attendance_desktop.db.migrate import upgrade
from attendance_desktop.db.repository import Actor, save_edit, start_session
from attendance_desktop.db.work import Database
from attendance_desktop.lessons import load_register
from tests.conftest import IN_CI
from tests.factories import code_ids, make_lesson

PGBOUNCER = shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def pgbouncer(pg_url: URL) -> Iterator[URL]:
    """A PgBouncer in session mode in front of the test database; yields the URL through it."""
    if not Path(PGBOUNCER).exists():
        message = "PgBouncer is not installed (Debian package pgbouncer)"
        if IN_CI:
            pytest.fail(f"CI must run the pooler test, but {message}")
        pytest.skip(message)
    # PgBouncer will not run as root: it switches to the postgres user, who must be able
    # to read its files (pytest's own temporary folders are private to root).
    folder = Path(tempfile.mkdtemp(prefix="attendance-pgbouncer-"))
    folder.chmod(0o755)
    port = _free_port()
    (folder / "users.txt").write_text('"postgres" ""\n')
    (folder / "pgbouncer.ini").write_text(
        "[databases]\n"
        f"* = host=127.0.0.1 port={pg_url.port or 5432}\n"
        "[pgbouncer]\n"
        "listen_addr = 127.0.0.1\n"
        f"listen_port = {port}\n"
        "auth_type = trust\n"
        f"auth_file = {folder / 'users.txt'}\n"
        "pool_mode = session\n"
        "unix_socket_dir =\n"
    )
    for path in folder.iterdir():
        path.chmod(0o644)
    command = [PGBOUNCER, str(folder / "pgbouncer.ini")]
    if os.geteuid() == 0:
        command[1:1] = ["-u", "postgres"]
    log_path = folder / "pgbouncer.out"
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                break
            time.sleep(0.1)
        else:
            process.kill()
            process.wait(timeout=10)
            pytest.fail(f"PgBouncer did not start: {log_path.read_text(errors='replace')}")
        yield pg_url.set(host="127.0.0.1", port=port)
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.postgres
def test_the_app_works_through_pgbouncer_in_session_mode(pg_url: URL, pgbouncer: URL) -> None:
    direct = create_app_engine(pg_url)
    upgrade(direct)
    lesson = make_lesson(direct, students=1)
    codes = code_ids(direct)
    direct.dispose()

    pooled = create_app_engine(pgbouncer)
    try:
        with pooled.connect() as conn:
            shown = {name: conn.execute(text(f"SHOW {name}")).scalar() for name in SESSION_SETTINGS}
        assert shown == SESSION_SETTINGS
        database = Database(pooled)

        def take_register_and_mark(session: Session) -> str:
            start_session(session, lesson.session_id, actor=Actor("Ms Rivera"))
            (row,) = load_register(session, lesson.session_id).rows
            base = {"version": row.version, "code_id": None, "check_in_time": None, "note": ""}
            outcome = save_edit(
                session,
                row.attendance_id,
                {"code_id": codes["P"]},
                base=base,
                actor=Actor("Ms Rivera"),
                mark_id="3f1c1a9e-0000-4000-8000-000000000001",
            )
            return outcome.status

        assert database.run(take_register_and_mark) == "saved"
    finally:
        pooled.dispose()


@pytest.mark.postgres
def test_pgbouncer_refuses_the_options_start_up_parameter(pgbouncer: URL) -> None:
    """Why the app sets its timeouts after connecting instead of in the start-up packet."""
    conninfo = pgbouncer.set(drivername="postgresql").render_as_string(hide_password=False)
    with pytest.raises(psycopg.OperationalError, match="unsupported startup parameter"):
        psycopg.connect(conninfo, options="-c statement_timeout=30s", connect_timeout=5)
