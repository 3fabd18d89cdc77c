"""The packaged app: a PyInstaller bundle that works with no Python installed.

The module builds the bundle once with ``packaging/build.py`` (about a minute)
and then runs the built executable, never Python: the Alembic scripts have to
be inside the bundle as data files, the SQLite and PostgreSQL drivers have to
load, and a bad URL still has to give one plain line.  Every run gets its own
``ATTENDANCE_DESKTOP_HOME`` and its working directory outside the source tree,
and nothing from the test environment (``PYTHONPATH``, a database URL) leaks in.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from attendance_desktop import __version__
from attendance_desktop.db.migrate import head_revision

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
EXE_NAME = "attendance-desktop.exe" if sys.platform == "win32" else "attendance-desktop"

#: Shared libraries of Qt modules the app does not use; none may be in the bundle.
UNUSED_QT_LIBRARIES = ("WebEngine", "Qt63D", "Qt6Quick", "Qt6Qml", "Multimedia", "Qt6Pdf")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bundle's folder (``.../attendance-desktop``), built once for this module."""
    if importlib.util.find_spec("PyInstaller") is None:
        message = "PyInstaller is not installed; run: pip install -e '.[test]'"
        if IN_CI:
            pytest.fail(f"CI must build the packaged app, but {message}")
        pytest.skip(message)
    out = tmp_path_factory.mktemp("bundle")
    env = clean_env(tmp_path_factory.mktemp("build-home"))
    done = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py"), "--out", str(out), "--quiet"],
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    print(done.stdout.strip().splitlines()[-1])  # build time and size, shown with -s
    folder = out / "attendance-desktop"
    assert (folder / EXE_NAME).is_file()
    yield folder
    shutil.rmtree(out, ignore_errors=True)  # about 200 MB; pytest would keep three of them


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment for one run: a private home and nothing from the test setup."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "PYTHONHOME", "ATTENDANCE_DATABASE_URL", "VIRTUAL_ENV")
    }
    env["ATTENDANCE_DESKTOP_HOME"] = str(home)
    env.update(extra)
    return env


def run(
    bundle: Path, tmp_path: Path, *args: str, **extra_env: str
) -> subprocess.CompletedProcess[str]:
    """Run the bundled executable (not Python) from outside the source tree."""
    workdir = tmp_path / "elsewhere"
    workdir.mkdir(exist_ok=True)
    return subprocess.run(
        [str(bundle / EXE_NAME), *args],
        cwd=workdir,
        env=clean_env(tmp_path / "home", **extra_env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_bundle_carries_the_migrations_as_source_files(bundle: Path) -> None:
    shipped = bundle / "_internal" / "attendance_desktop" / "migrations"
    assert (shipped / "env.py").is_file()
    assert (shipped / "script.py.mako").is_file()
    expected = {p.name for p in (REPO / "migrations" / "versions").glob("*.py")}
    assert expected
    assert {p.name for p in (shipped / "versions").glob("*.py")} == expected


def test_bundle_is_lean_and_has_what_is_chosen_at_run_time(bundle: Path) -> None:
    internal = bundle / "_internal"
    names = [p.name for p in internal.rglob("*")]
    unused = [n for n in names if any(part in n for part in UNUSED_QT_LIBRARIES)]
    assert not unused, f"unused Qt modules were bundled: {unused}"
    platforms = {p.name for p in internal.glob("PySide6/Qt/plugins/platforms/*")}
    if sys.platform.startswith("linux"):
        assert {"libqoffscreen.so", "libqxcb.so"} <= platforms
        assert "libqeglfs.so" not in platforms
    # keyring finds its backends through entry points, so its metadata must be there.
    assert list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    assert list(internal.glob("attendance_desktop-*.dist-info/METADATA"))


def test_bundled_app_reports_its_version(bundle: Path, tmp_path: Path) -> None:
    done = run(bundle, tmp_path, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"attendance-desktop {__version__}"


def test_bundled_app_migrates_a_new_sqlite_database(bundle: Path, tmp_path: Path) -> None:
    database = tmp_path / "x.sqlite3"

    done = run(bundle, tmp_path, "--database", str(database), "db", "upgrade")
    assert done.returncode == 0, done.stderr
    db = sqlite3.connect(database)
    try:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)
        ]
        assert db.execute("SELECT count(*) FROM attendance_code").fetchone() == (4,)
    finally:
        db.close()

    check = run(bundle, tmp_path, "--database", str(database), "db", "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert head_revision() in check.stdout
    again = run(bundle, tmp_path, "--database", str(database), "db", "upgrade")
    assert again.returncode == 0, again.stderr
    assert "up to date" in again.stdout
    # The bundle is only read at run time (it may sit in a folder users cannot write to).
    assert not list((bundle / "_internal").rglob("__pycache__"))


def test_bundled_app_migrates_a_postgresql_database(
    bundle: Path, pg_url: URL, tmp_path: Path
) -> None:
    # PSYCOPG_IMPL=binary: fail rather than fall back to a libpq found on this machine.
    url = pg_url.render_as_string(hide_password=False)
    done = run(bundle, tmp_path, "--database", url, "db", "upgrade", PSYCOPG_IMPL="binary")
    assert done.returncode == 0, done.stderr
    check = run(bundle, tmp_path, "--database", url, "db", "check", PSYCOPG_IMPL="binary")
    assert check.returncode == 0, check.stdout + check.stderr

    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).all() == [
                (head_revision(),)
            ]
            assert conn.execute(text("SELECT count(*) FROM attendance_code")).scalar_one() == 4
    finally:
        engine.dispose()


@pytest.mark.parametrize("bad_url", ["mysql://user@host/attendance", "postgresql://"])
def test_bundled_app_explains_a_bad_url_in_one_line(
    bundle: Path, tmp_path: Path, bad_url: str
) -> None:
    done = run(bundle, tmp_path, "--database", bad_url, "db", "upgrade")
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("attendance-desktop: error: ")
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(
    importlib.util.find_spec("attendance_desktop.app") is None, reason="no GUI module yet"
)
def test_bundled_gui_starts_on_the_demo_school(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    stderr = tmp_path / "stderr.txt"
    with stderr.open("w") as err:
        process = subprocess.Popen(
            [str(bundle / EXE_NAME), "--demo"],
            cwd=tmp_path,
            env=clean_env(home, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path)),
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        try:
            deadline = time.monotonic() + 8
            while time.monotonic() < deadline and process.poll() is None:
                time.sleep(0.2)
            exited = process.poll()
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
    output = stderr.read_text(errors="replace")
    assert exited in (None, 0), f"the GUI exited with status {exited}:\n{output[-3000:]}"
    assert "Traceback" not in output, output[-3000:]
    # A crash dialog would keep the process alive; the excepthook logs what it shows.
    log_text = "\n".join(p.read_text(errors="replace") for p in home.glob("logs/*.log"))
    assert log_text, "the GUI wrote no log file"
    problems = [line for line in log_text.splitlines() if " ERROR " in line or "CRITICAL" in line]
    assert not problems, "\n".join(problems)
    assert "Traceback" not in log_text
