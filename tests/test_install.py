"""A real, non-editable install carries its migrations and can migrate a new database.

The user asked for ``migrations/`` at the top of the repository; the wheel
maps it to ``attendance_desktop/migrations``.  This test builds and installs
the package into a fresh virtual environment and runs the installed
``attendance-desktop`` command from outside the source tree.  The
dependencies (Qt, SQLAlchemy...) are borrowed from the test environment through
a .pth file, so the test needs no network; the package itself is installed
from the wheel exactly as a user would get it.
"""

from __future__ import annotations

import os
import site
import sqlite3
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from attendance_desktop.db.migrate import head_revision

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    (built,) = out.glob("attendance_desktop-*.whl")
    return built


def test_wheel_contains_the_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "attendance_desktop/migrations/env.py" in names
    assert "attendance_desktop/migrations/script.py.mako" in names
    versions = {n for n in names if n.startswith("attendance_desktop/migrations/versions/")}
    shipped = {
        f"attendance_desktop/migrations/versions/{p.name}"
        for p in (REPO / "migrations/versions").glob("*.py")
    }
    assert shipped and shipped <= versions
    assert not any(n.startswith("tests/") or "/tests/" in n for n in names)


def test_installed_app_migrates_a_new_database(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "fresh-venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
        check=True,
        capture_output=True,
        text=True,
    )
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    borrowed = {sysconfig.get_paths()["purelib"], *site.getsitepackages()}
    (Path(purelib) / "borrowed_dependencies.pth").write_text("\n".join(sorted(borrowed)) + "\n")

    workdir = tmp_path / "elsewhere"  # not the source tree
    workdir.mkdir()
    database = tmp_path / "school.sqlite3"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["ATTENDANCE_DESKTOP_HOME"] = str(tmp_path / "home")

    where = subprocess.run(
        [str(python), "-c", "import attendance_desktop.db.migrate as m; print(m.migrations_dir())"],
        cwd=workdir,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(env_dir), where

    result = subprocess.run(
        [str(env_dir / "bin" / "attendance-desktop"), "--database", str(database), "db", "upgrade"],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    db = sqlite3.connect(database)
    try:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)
        ]
        assert db.execute("SELECT count(*) FROM attendance_code").fetchone() == (4,)
    finally:
        db.close()
