"""``attendance-desktop --self-test``: passes on a working installation, and fails with one
plain line when something is really broken (a migration-less install, a write the database
never kept, a database that does not answer in time).

The passing run is a separate process started the way IT staff start it, with no
display and no ``QT_QPA_PLATFORM``: the self-test has to choose the offscreen platform
itself.  The failing runs break the real thing: the package without its migrations, or the
repository's ``save_edit`` patched to lose or hold up the write the register makes.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from attendance_desktop import cli, selftest
from attendance_desktop.db import repository
from attendance_desktop.db.models import Attendance

REPO = Path(__file__).resolve().parent.parent

CHECKS = (
    "self-test: database created and migrated to revision ",
    "self-test: demo school loaded: ",
    "self-test: main window opened on ",
    "self-test: register started: ",
    "self-test: marked ",
    "self-test: the mark was read back from the database",
    "self-test: register printed to a PDF file",
    "self-test: app icon loaded",
)


def run_cli(
    tmp_path: Path, *args: str, pythonpath: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m attendance_desktop ARGS`` with a private home and temp folder, no display."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH")
        and not key.startswith("ATTENDANCE_")
    }
    env["ATTENDANCE_DESKTOP_HOME"] = str(tmp_path / "home")
    env["TMPDIR"] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir(exist_ok=True)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run(
        [sys.executable, "-m", "attendance_desktop", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_self_test_passes_and_says_what_it_checked(tmp_path: Path) -> None:
    done = run_cli(tmp_path, "--self-test")

    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("self-test: attendance-desktop ")
    assert "platform offscreen" in lines[0]  # chosen by the self-test itself
    for check in CHECKS:
        assert any(line.startswith(check) for line in lines), (check, done.stdout)
    assert lines[-1] == "self-test: passed"
    assert done.stderr == ""  # Qt's own messages went to the log
    # Only the log was written: no settings file, no database of the user's, and the
    # throwaway database's folder is gone.
    home = tmp_path / "home"
    assert [p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file()] == [
        "logs/attendance-desktop.log"
    ]
    assert "Self-test passed" in (home / "logs" / "attendance-desktop.log").read_text()
    assert list((tmp_path / "tmp").iterdir()) == []


def test_self_test_fails_in_one_line_on_an_installation_without_its_migrations(
    tmp_path: Path,
) -> None:
    # The package as a broken installer might leave it: the code, but no migrations.
    broken = tmp_path / "site"
    shutil.copytree(
        REPO / "attendance_desktop",
        broken / "attendance_desktop",
        ignore=shutil.ignore_patterns("__pycache__", "migrations"),
    )

    done = run_cli(tmp_path, "--self-test", pythonpath=broken)

    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith(
        "attendance-desktop: self-test failed: creating and migrating a database: "
    )
    assert "migrations are missing" in done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert "self-test: passed" not in done.stdout


def test_self_test_refuses_other_options() -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--self-test", "--database", "elsewhere.sqlite3"])
    assert stopped.value.code == 2


def in_process(timeout: float = 60.0) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = selftest.self_test(timeout=timeout, out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_a_mark_the_database_never_kept_fails_the_read_back(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def acknowledged_but_not_written(
        session: Any, attendance_id: int, changes: Any, *, actor: Any, **_: Any
    ) -> repository.EditOutcome:
        row = session.get(Attendance, attendance_id)
        stored = {**repository.snapshot(row), **changes, "changed_by": actor.name}
        stored["version"] += 1
        return repository.EditOutcome("saved", stored, written_versions=(stored["version"],))

    monkeypatch.setattr(repository, "save_edit", acknowledged_but_not_written)

    status, out, err = in_process()

    assert status == 1
    assert "the register shows it saved" in out  # the window could not tell...
    assert err.startswith(  # ...the read-back could
        "attendance-desktop: self-test failed: reading the mark back from the database: "
        "the register showed "
    ), err
    assert "saved, but the database has no mark (version 1; it was 1 before the mark)" in err
    assert err.count("\n") == 1
    assert "self-test: passed" not in out


def test_a_database_that_does_not_answer_fails_at_the_time_limit(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    limit = 5.0
    real_save_edit = repository.save_edit

    def stuck(session: Any, *args: Any, **kwargs: Any) -> Any:
        time.sleep(limit + 1)  # past the limit; then it goes through, so the test can end
        return real_save_edit(session, *args, **kwargs)

    monkeypatch.setattr(repository, "save_edit", stuck)
    started = time.monotonic()

    status, out, err = in_process(timeout=limit)

    assert status == 1
    assert err.startswith("attendance-desktop: self-test failed: saving the mark of "), err
    assert err.rstrip().endswith("no answer within the 5 s allowed")
    assert time.monotonic() - started < limit + 10
    assert "self-test: passed" not in out
