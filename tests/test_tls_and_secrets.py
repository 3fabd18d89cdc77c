"""TLS in the connection settings, passwords kept out of every rendering of a URL (logs,
About, crash details, the outbox's key, pg_dump's command line)."""

from __future__ import annotations

import json
import logging
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.engine import URL, make_url

from attendance_desktop import settings
from attendance_desktop.db.engine import create_app_engine, describe, pg_tool_connection
from attendance_desktop.log import redact, setup_logging
from attendance_desktop.outbox import Outbox

SECRET_URL = (
    "postgresql+psycopg://att_jsmith@db.school/attendance"
    "?sslmode=verify-full&password=Hunter2x&sslpassword=KeyPass9&sslcert=/home/me/me.crt"
)


def test_a_new_server_setup_verifies_the_certificate_and_an_old_file_keeps_its_mode() -> None:
    fresh = settings.Settings()
    assert fresh.database.sslmode == "verify-full"
    fresh.database.kind, fresh.database.host = "postgresql", "db.school"
    fresh.database.sslrootcert = "/etc/school/ca.pem"
    url = fresh.database_url()
    assert url is not None
    assert url.query == {"sslmode": "verify-full", "sslrootcert": "/etc/school/ca.pem"}
    settings.save(fresh)
    assert settings.load().database.sslmode == "verify-full"
    # A settings file from before TLS was a setting: libpq's default, as before.
    old = {"database": {"kind": "postgresql", "host": "db.school", "user": "register"}}
    settings.settings_path().write_text(json.dumps(old), encoding="utf-8")
    assert settings.load().database.sslmode == "prefer"


@pytest.mark.parametrize(
    "text",
    [
        SECRET_URL,
        "host=db.school password=Hunter2x sslpassword='Key Pass9' user=u",
        "postgresql://u:Hunter2x@db/x?PASSWORD=Hunter2x",
    ],
)
def test_redact_hides_every_form_of_password(text: str) -> None:
    cleaned = redact(text)
    for secret in ("Hunter2x", "KeyPass9", "Key Pass9", "Pass9"):
        assert secret not in cleaned
    assert "db" in cleaned  # the rest stays readable


def test_describe_and_the_outbox_key_carry_no_password(tmp_path: Path) -> None:
    url = make_url(SECRET_URL)
    shown = describe(url)
    assert "Hunter2x" not in shown and "KeyPass9" not in shown
    assert "sslmode=verify-full" in shown and "att_jsmith@db.school" in shown
    engine = create_app_engine(url)  # nothing connects
    try:
        key = Outbox(engine, tmp_path / "outbox.sqlite3").database
    finally:
        engine.dispose()
    assert "Hunter2x" not in key and "KeyPass9" not in key


def test_the_log_file_never_gets_a_query_password() -> None:
    path = setup_logging(console=False)
    logging.getLogger("attendance.test").warning("Starting on %s", SECRET_URL)
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = path.read_text(encoding="utf-8")
    assert "Starting on" in written
    assert "Hunter2x" not in written and "KeyPass9" not in written


def test_pg_dump_gets_no_secret_on_its_command_line(tmp_path: Path) -> None:
    dbname, env = pg_tool_connection(make_url(SECRET_URL), tmp_path)
    assert dbname == "service=attendance"
    assert "PGPASSWORD" not in env
    service = Path(env["PGSERVICEFILE"])
    assert stat.S_IMODE(service.stat().st_mode) == 0o600
    content = service.read_text(encoding="utf-8")
    assert "password=Hunter2x" in content and "sslpassword=KeyPass9" in content
    assert "sslmode=verify-full" in content  # TLS settings go along


def test_pg_dump_connects_through_the_service_file(pg_url: URL, tmp_path: Path) -> None:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        pytest.skip("pg_dump is not installed")
    dbname, env = pg_tool_connection(pg_url.set(password="ignored-by-trust"), tmp_path)
    done = subprocess.run(
        [pg_dump, "--schema-only", "--no-password", f"--dbname={dbname}"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "PostgreSQL database dump" in done.stdout
