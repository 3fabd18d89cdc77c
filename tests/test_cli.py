"""The command line IT staff use: plain one-line errors and meaningful exit codes."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.db.migrate import head_revision, upgrade


def run_cli(
    *args: str, env: dict[str, str] | None = None, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "attendance_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )


def assert_one_plain_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("attendance-desktop: error: ")
    return lines[0]


def url_arg(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def test_check_upgrade_current_backup(db_url: URL, tmp_path: Path) -> None:
    database = ["--database", url_arg(db_url)]
    behind = run_cli(*database, "db", "check")
    assert behind.returncode == 1, behind.stderr
    assert "Needs upgrading" in behind.stdout or "No database file yet" in behind.stdout

    up = run_cli(*database, "db", "upgrade")
    assert up.returncode == 0, up.stderr
    assert head_revision() in up.stdout

    assert run_cli(*database, "db", "check").returncode == 0
    current = run_cli(*database, "db", "current")
    assert current.returncode == 0 and current.stdout.strip() == head_revision()

    again = run_cli(*database, "db", "upgrade")
    assert again.returncode == 0 and "up to date" in again.stdout

    if db_url.get_backend_name() == "sqlite":
        target = tmp_path / "copy.sqlite3"
        backup = run_cli(*database, "db", "backup", "--to", str(target))
        assert backup.returncode == 0, backup.stderr
        copy = sqlite3.connect(target)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
        copy.close()


def test_check_does_not_create_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.sqlite3"
    result = run_cli("--database", str(path), "db", "check")
    assert result.returncode == 1
    assert "No database file yet" in result.stdout
    assert not path.exists()


def test_environment_variable_selects_the_database(tmp_path: Path) -> None:
    path = tmp_path / "from-env.sqlite3"
    result = run_cli("db", "upgrade", env={"ATTENDANCE_DATABASE_URL": f"sqlite:///{path}"})
    assert result.returncode == 0, result.stderr
    assert path.is_file()


@pytest.mark.parametrize(
    ("url", "code", "words"),
    [
        ("mysql://root@localhost/x", 2, "cannot use a 'mysql' database"),
        ("postgresql://teacher:s3cret@127.0.0.1:1/attendance", 3, "Cannot reach"),
        ("postgresql://u@h:port/x", 2, "not a database URL"),
    ],
)
def test_bad_database_urls(url: str, code: int, words: str) -> None:
    result = run_cli("--database", url, "db", "upgrade")
    assert result.returncode == code
    line = assert_one_plain_line(result)
    assert words in line
    assert "s3cret" not in result.stderr + result.stdout


def test_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "attendance.sqlite3"
    path.write_bytes(b"\x00garbage" * 4096)
    before = path.read_bytes()
    result = run_cli("--database", str(path), "db", "upgrade")
    assert result.returncode == 3
    assert "not a readable attendance database" in assert_one_plain_line(result)
    assert path.read_bytes() == before


def test_read_only_file(tmp_path: Path) -> None:
    path = tmp_path / "db" / "attendance.sqlite3"
    path.parent.mkdir()
    engine = create_app_engine(sqlite_url(path))
    upgrade(engine, "0001")
    engine.dispose()
    path.chmod(0o444)
    path.parent.chmod(0o555)
    before = path.read_bytes()
    command = [sys.executable, "-m", "attendance_desktop", "--database", str(path), "db", "upgrade"]
    if os.geteuid() == 0:
        # Root ignores file permissions; drop every capability so the permission
        # bits apply, as they do for a teacher's account.
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: cannot make a file read-only")
        command = [setpriv, "--bounding-set=-all", *command]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    finally:
        path.parent.chmod(0o755)
    assert result.returncode == 3, result.stderr
    assert "read-only" in assert_one_plain_line(result)
    assert path.read_bytes() == before


def test_database_from_the_future(db_url: URL) -> None:
    engine = create_app_engine(db_url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ab12cd34'"))
    engine.dispose()
    for action in ("upgrade", "check", "current"):
        result = run_cli("--database", url_arg(db_url), "db", action)
        assert result.returncode == 3
        line = assert_one_plain_line(result)
        assert "ab12cd34" in line and head_revision() in line


def test_no_arguments_to_db_is_a_usage_error() -> None:
    result = run_cli("db")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


FIXTURES = Path(__file__).parent / "fixtures" / "rosters"


def test_import_command_all_or_nothing(tmp_path: Path) -> None:
    database = tmp_path / "school.sqlite3"
    broken = run_cli("--database", str(database), "import", str(FIXTURES / "oneroster_broken"))
    assert broken.returncode == 3
    assert "Traceback" not in broken.stderr + broken.stdout
    assert "line" in broken.stdout + broken.stderr
    db = sqlite3.connect(database)
    assert db.execute("SELECT count(*) FROM student").fetchone() == (0,)
    db.close()

    good = run_cli("--database", str(database), "import", str(FIXTURES / "oneroster_1_1"))
    assert good.returncode == 0, good.stderr
    db = sqlite3.connect(database)
    students = db.execute("SELECT count(*) FROM student").fetchone()[0]
    db.close()
    assert students > 0
    again = run_cli("--database", str(database), "import", str(FIXTURES / "oneroster_1_1"))
    assert again.returncode == 0
    db = sqlite3.connect(database)
    assert db.execute("SELECT count(*) FROM student").fetchone()[0] == students
    db.close()


def test_export_roster_reads_back_unchanged(db_url: URL, tmp_path: Path) -> None:
    """An import, its export, the export imported again: nothing changes, and a second
    export is the same file."""
    database = ["--database", url_arg(db_url)]
    imported = run_cli(*database, "import", str(FIXTURES / "oneroster_1_1"))
    assert imported.returncode == 0, imported.stderr
    first = tmp_path / "roster.csv"
    exported = run_cli(*database, "export-roster", str(first))
    assert exported.returncode == 0, exported.stderr
    assert f"written to {first}" in exported.stdout
    content = first.read_bytes()
    assert content.startswith(b"\xef\xbb\xbfStudent ID,Student number,First name,Last name,")
    assert len(content.splitlines()) > 7  # the header and the fixture's seven enrollments

    again = run_cli(*database, "import", str(first))
    assert again.returncode == 0, again.stderr
    assert "already matches this roster; nothing was changed" in again.stdout
    second = tmp_path / "again.csv"
    assert run_cli(*database, "export-roster", str(second)).returncode == 0
    assert second.read_bytes() == content


def test_export_roster_help_and_errors(tmp_path: Path) -> None:
    helped = run_cli("export-roster", "--help")
    assert helped.returncode == 0
    assert "CSV" in helped.stdout and "import" in helped.stdout
    missing = run_cli("--database", str(tmp_path / "none.sqlite3"), "export-roster", "x.csv")
    assert missing.returncode == 3
    assert "There is no database file" in assert_one_plain_line(missing)
    assert not (tmp_path / "none.sqlite3").exists()
    database = tmp_path / "school.sqlite3"
    assert run_cli("--database", str(database), "db", "upgrade").returncode == 0
    unwritable = run_cli(
        "--database", str(database), "export-roster", str(tmp_path / "no-folder" / "r.csv")
    )
    assert unwritable.returncode == 3
    assert "Could not write" in assert_one_plain_line(unwritable)


def test_import_of_a_missing_path_is_one_plain_line(tmp_path: Path) -> None:
    result = run_cli(
        "--database", str(tmp_path / "s.sqlite3"), "import", str(tmp_path / "nope.csv")
    )
    assert result.returncode == 3
    assert_one_plain_line(result)


def test_report_command_end_to_end(tmp_path: Path) -> None:
    database = tmp_path / "school.sqlite3"
    behind = run_cli("--database", str(database), "report", "missing")
    assert behind.returncode == 3
    assert_one_plain_line(behind)
    imported = run_cli("--database", str(database), "import", str(FIXTURES / "oneroster_1_1"))
    assert imported.returncode == 0, imported.stderr
    missing = run_cli("--database", str(database), "report", "missing")
    assert missing.returncode == 0, missing.stderr
    unknown = run_cli("--database", str(database), "report", "student", "--student", "nobody-42")
    assert unknown.returncode == 3
    assert "nobody-42" in assert_one_plain_line(unknown)
    bad_date = run_cli("--database", str(database), "report", "missing", "--from", "2026-02-30")
    assert bad_date.returncode == 2
    assert_one_plain_line(bad_date)


def _migrated(db_url: URL) -> list[str]:
    engine = create_app_engine(db_url)
    upgrade(engine)
    engine.dispose()
    if db_url.get_backend_name() != "sqlite" and shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    return ["--database", url_arg(db_url)]


def _is_backup(path: Path, db_url: URL) -> bool:
    if db_url.get_backend_name() != "sqlite":
        return path.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    copy = sqlite3.connect(path)
    try:
        row = copy.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        copy.close()
    return bool(row == (head_revision(),))


def test_backup_to_an_existing_folder_writes_a_timestamped_file_in_it(
    db_url: URL, tmp_path: Path
) -> None:
    database = _migrated(db_url)
    folder = tmp_path / "backups"
    folder.mkdir()
    result = run_cli(*database, "db", "backup", "--to", str(folder))
    assert result.returncode == 0, result.stderr
    (written,) = folder.iterdir()
    assert result.stdout.strip() == f"Backup written to {written}"
    stem = "attendance" if db_url.get_backend_name() == "sqlite" else str(db_url.database)
    assert written.name.startswith(f"{stem}.backup-20")
    assert written.suffix == (".sqlite3" if db_url.get_backend_name() == "sqlite" else ".dump")
    assert _is_backup(written, db_url)


@pytest.mark.parametrize("to", ["missing/copy.backup", "missing/", "missing/deeper/copy.backup"])
def test_backup_into_a_folder_that_does_not_exist_is_refused(
    db_url: URL, tmp_path: Path, to: str
) -> None:
    database = _migrated(db_url)
    out = tmp_path / "out"
    out.mkdir()
    result = run_cli(*database, "db", "backup", "--to", to, cwd=out)
    assert result.returncode == 3
    assert "there is no folder" in assert_one_plain_line(result)
    assert list(out.iterdir()) == []  # nothing created, nothing half-written


def _run_into_a_closed_pipe(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the command with its stdout on a pipe whose reader has gone, as after `| head -1`.

    Closing the read end first makes the outcome certain: with a real `head`, a short output
    might fit in the pipe before head exits.
    """
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "attendance_desktop", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize("command", [["report", "missing"], ["db", "current"]], ids=" ".join)
def test_a_closed_output_pipe_ends_the_command_quietly(tmp_path: Path, command: list[str]) -> None:
    database = tmp_path / "school.sqlite3"
    imported = run_cli("--database", str(database), "import", str(FIXTURES / "oneroster_1_1"))
    assert imported.returncode == 0, imported.stderr
    result = _run_into_a_closed_pipe("--database", str(database), *command)
    assert result.stderr == ""  # no "unexpected error", no "Exception ignored ... BrokenPipe"
    assert result.returncode == 141  # 128 + SIGPIPE, as the shell reports for `cat`


def test_a_pipe_closed_in_the_middle_of_a_long_output(tmp_path: Path) -> None:
    # A report far larger than the pipe's buffer: the error comes from a print() inside the
    # command, not from the flush at the end.
    script = (
        "import sys\n"
        "from attendance_desktop import cli\n"
        "def long_report(args, url):\n"
        "    for n in range(100_000):\n"
        "        print(f'line {n} of a long report')\n"
        "    return 0\n"
        "cli._run_report = long_report\n"
        "sys.exit(cli.main(sys.argv[1:]))\n"
    )
    database = str(tmp_path / "s.sqlite3")
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [sys.executable, "-c", script, "--database", database, "report", "missing"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert (result.returncode, result.stderr) == (141, "")


FAKE_PG_DUMP = """\
import json, os, sys
args = sys.argv[1:]
out = next(a.removeprefix("--file=") for a in args if a.startswith("--file="))
with open(out, "wb") as dump:
    dump.write(b"PGDMP (fake)")
service = os.environ.get("PGSERVICEFILE")
with open(os.environ["FAKE_PG_DUMP_LOG"], "w") as log:
    json.dump({
        "argv": args,
        "PGPASSWORD": os.environ.get("PGPASSWORD"),
        "service_mode": oct(os.stat(service).st_mode & 0o777) if service else None,
        "service": open(service).read() if service else None,
    }, log)
"""


def test_backup_runs_pg_dump_with_the_urls_tls_settings(pg_url: URL, tmp_path: Path) -> None:
    import json

    engine = create_app_engine(pg_url)
    upgrade(engine)
    engine.dispose()
    # A pg_dump that writes down how it was called. The app's own connection really
    # connects with these settings (the server trusts the test user: the password is unused).
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    pg_dump = fake_bin / "pg_dump"
    pg_dump.write_text(f"#!{sys.executable}\n{FAKE_PG_DUMP}")
    pg_dump.chmod(0o755)
    record = tmp_path / "pg_dump.json"
    url = pg_url.set(password="s3cret").update_query_dict(
        {"sslmode": "disable", "connect_timeout": "7"}
    )
    backups = tmp_path / "backups"
    backups.mkdir()
    result = run_cli(
        "--database",
        url_arg(url),
        "db",
        "backup",
        "--to",
        str(backups),
        env={
            "PATH": f"{fake_bin}{os.pathsep}{os.environ['PATH']}",
            "FAKE_PG_DUMP_LOG": str(record),
        },
    )
    assert result.returncode == 0, result.stderr
    called = json.loads(record.read_text())
    dbname = [a.removeprefix("--dbname=") for a in called["argv"] if a.startswith("--dbname=")]
    assert dbname == ["service=attendance"], called["argv"]
    # Every setting, the password included, reached pg_dump through a private service
    # file, which is gone once the backup is done; none is on its command line.
    assert called["service_mode"] == "0o600"
    lines = called["service"].splitlines()
    assert lines[0] == "[attendance]"
    params = dict(line.split("=", 1) for line in lines[1:])
    assert (params["sslmode"], params["connect_timeout"]) == ("disable", "7")
    assert params["dbname"] == pg_url.database and params["host"] == pg_url.host
    assert params["password"] == "s3cret"
    assert "s3cret" not in " ".join(called["argv"]) and called["PGPASSWORD"] is None
    assert not list(Path(tempfile.gettempdir()).glob("attendance-pg-dump-*"))


def test_qt_reverse_option_reaches_the_window_not_argparse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``attendance-desktop -reverse --demo`` lays the window out right to left; argparse
    alone would refuse ``-reverse`` as an unknown option."""
    from attendance_desktop import app, cli

    seen: dict[str, object] = {}

    def fake_run_gui(**kwargs: object) -> int:
        seen.update(kwargs)
        return 0

    monkeypatch.setattr(app, "run_gui", fake_run_gui)
    assert cli.main(["-reverse", "--demo"]) == 0
    assert seen["qt_arguments"] == ["-reverse"]
    assert seen["demo"] is True
    with pytest.raises(SystemExit):  # other single-dash words are still refused
        cli.main(["-rvrs"])


def test_the_command_line_speaks_german_argparse_words_included(tmp_path: Path) -> None:
    """LANG=de_DE.UTF-8: the app's own messages and argparse's ("usage:", "error:")."""
    result = run_cli("import", env={"LANG": "de_DE.UTF-8", "LC_ALL": "", "LANGUAGE": ""})
    assert result.returncode == 2
    assert result.stderr.startswith("Aufruf: attendance-desktop import")
    assert "attendance-desktop import: Fehler: diese Argumente fehlen: PATH" in result.stderr
    english = run_cli("import", env={"LANG": "C.UTF-8", "LC_ALL": "", "LANGUAGE": ""})
    assert "error: the following arguments are required: PATH" in english.stderr
