"""The packaged app: a PyInstaller bundle that works with no Python installed, its icons,
and the Windows installer script.

The bundle is built once per session with ``packaging/build.py`` (about a minute;
``tests/packaging_support.py``, shared with ``tests/test_deb.py``) and then the
built executable is run, never Python: the Alembic scripts have to be inside the
bundle as data files, the SQLite and PostgreSQL drivers have to load, a bad URL
still has to give one plain line, and ``--self-test`` has to take a register and
print it to PDF.  Every run gets its own ``ATTENDANCE_DESKTOP_HOME`` and its
working directory outside the source tree, and nothing from the test environment
(``PYTHONPATH``, a database URL) leaks in.  Those tests are marked ``slow``; the
checks of the icon files and of the Inno Setup script (which cannot be compiled
here) are not.
"""

from __future__ import annotations

import importlib.util
import re
import sqlite3
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from attendance_desktop import __version__
from attendance_desktop.db.migrate import head_revision
from attendance_desktop.resources import ICON_SIZES, app_icon_path, windows_icon_path
from tests.packaging_support import EXE_NAME, REPO, built_bundle, clean_env, remove_bundle

slow = pytest.mark.slow

#: Shared libraries of Qt modules the app does not use; none may be in the bundle.
UNUSED_QT_LIBRARIES = ("WebEngine", "Qt63D", "Qt6Quick", "Qt6Qml", "Multimedia", "Qt6Pdf")


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bundle's folder (``.../attendance-desktop``), built once per session."""
    yield built_bundle(tmp_path_factory)
    remove_bundle()


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


@slow
def test_bundle_carries_the_migrations_as_source_files(bundle: Path) -> None:
    shipped = bundle / "_internal" / "attendance_desktop" / "migrations"
    assert (shipped / "env.py").is_file()
    assert (shipped / "script.py.mako").is_file()
    expected = {p.name for p in (REPO / "migrations" / "versions").glob("*.py")}
    assert expected
    assert {p.name for p in (shipped / "versions").glob("*.py")} == expected


@slow
def test_bundle_is_lean_and_has_what_is_chosen_at_run_time(bundle: Path) -> None:
    internal = bundle / "_internal"
    names = [p.name for p in internal.rglob("*")]
    unused = [n for n in names if any(part in n for part in UNUSED_QT_LIBRARIES)]
    assert not unused, f"unused Qt modules were bundled: {unused}"
    # The charts are painted with Qt: no plotting library (and its numpy and Pillow).
    plotting = {"matplotlib", "numpy", "PIL"} & {p.name for p in internal.iterdir()}
    assert not plotting, f"a plotting library was bundled: {plotting}"
    platforms = {p.name for p in internal.glob("PySide6/Qt/plugins/platforms/*")}
    if sys.platform.startswith("linux"):
        assert {"libqoffscreen.so", "libqxcb.so"} <= platforms
        assert "libqeglfs.so" not in platforms
    # keyring finds its backends through entry points, so its metadata must be there.
    assert list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    # Not the app's own metadata: --version does without it, and it names the build checkout.
    assert not list(internal.glob("attendance_desktop-*.dist-info"))


@slow
def test_bundled_app_reports_its_version(bundle: Path, tmp_path: Path) -> None:
    done = run(bundle, tmp_path, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"attendance-desktop {__version__}"


@slow
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


@slow
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


@slow
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


@slow
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


@slow
def test_bundle_carries_the_icons_and_print_support_but_not_libcups(bundle: Path) -> None:
    internal = bundle / "_internal"
    shipped = {p.name for p in (internal / "attendance_desktop" / "resources").iterdir()}
    expected = {app_icon_path().name, windows_icon_path().name}
    expected |= {app_icon_path(size).name for size in ICON_SIZES}
    assert expected <= shipped
    if sys.platform.startswith("linux"):
        printing = {p.name for p in internal.glob("PySide6/Qt/plugins/printsupport/*")}
        assert printing == {"libcupsprintersupport.so"}
        # libcups and what only it needs come from the PC (see the spec).
        from_the_pc = ("libcups.so", "libgnutls.so", "libavahi-client.so")
        assert not [p.name for p in internal.rglob("*") if p.name.startswith(from_the_pc)]


@slow
def test_bundle_carries_the_translations_and_speaks_german(bundle: Path, tmp_path: Path) -> None:
    folder = bundle / "_internal" / "attendance_desktop" / "resources" / "translations"
    shipped = {p.name for p in folder.iterdir()}
    assert {f"attendance_{code}.qm" for code in ("en", "de", "fr", "es")} <= shipped
    env = clean_env(tmp_path / "home", LANG="de_DE.UTF-8", LC_ALL="")
    done = subprocess.run(
        [str(bundle / EXE_NAME), "--self-test"],
        cwd=tmp_path,
        env={k: v for k, v in env.items() if k not in ("QT_QPA_PLATFORM", "LC_ALL")},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "Selbsttest: bestanden"


@slow
def test_bundled_self_test_takes_a_register_and_prints_it_to_pdf(
    bundle: Path, tmp_path: Path
) -> None:
    done = subprocess.run(
        [str(bundle / EXE_NAME), "--self-test"],
        cwd=tmp_path,
        # No platform given: the self-test picks offscreen itself.
        env={k: v for k, v in clean_env(tmp_path / "home").items() if k != "QT_QPA_PLATFORM"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test: the mark was read back from the database" in done.stdout
    # QtPrintSupport works from the bundle: Register > Print's code wrote a PDF.
    assert "self-test: register printed to a PDF file" in done.stdout
    assert "self-test: app icon loaded (PNG and SVG)" in done.stdout
    assert done.stdout.splitlines()[-1] == "self-test: passed"
    assert done.stderr == ""


def _load_make_icons() -> object:
    spec = importlib.util.spec_from_file_location("make_icons", REPO / "scripts" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_icon_pngs_are_the_svg_rendered_at_each_size(qapp: object) -> None:
    from PySide6.QtSvg import QSvgRenderer

    make_icons: object = _load_make_icons()
    renderer = QSvgRenderer(str(app_icon_path()))
    assert renderer.isValid()
    for size in ICON_SIZES:
        committed = QImage(str(app_icon_path(size)))
        assert (committed.width(), committed.height()) == (size, size)
        fresh = QImage.fromData(make_icons.render_png(renderer, size))  # type: ignore[attr-defined]
        committed = committed.convertToFormat(QImage.Format.Format_ARGB32)
        fresh = fresh.convertToFormat(QImage.Format.Format_ARGB32)
        # Allow for anti-aliasing differences between Qt versions; a changed drawing
        # that was not re-rendered (scripts/make_icons.py) differs by far more.
        worst = max(
            abs(a - b)
            for a, b in zip(bytes(committed.constBits()), bytes(fresh.constBits()), strict=True)
        )
        assert worst <= 16, f"{app_icon_path(size).name} is out of date with the SVG"


def test_windows_icon_holds_every_size_as_png() -> None:
    data = windows_icon_path().read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(ICON_SIZES))
    sizes = []
    for index in range(count):
        width, height, _colours, _zero, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (width, planes, bits) == (height, 1, 32)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert sizes == list(ICON_SIZES)
    reader = QImageReader(str(windows_icon_path()))
    assert reader.imageCount() == len(ICON_SIZES)


def test_inno_setup_script_installs_per_machine_and_leaves_user_data_alone() -> None:
    script_path = REPO / "packaging" / "windows" / "attendance-desktop.iss"
    script = script_path.read_text(encoding="utf-8")
    setting = dict(re.findall(r"^(\w+)=(.*)$", script, re.MULTILINE))
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setting["AppId"])
    assert setting["PrivilegesRequired"] == "admin"
    assert setting["DefaultDirName"].startswith("{autopf}\\")
    assert setting["AppVersion"] == "{#AppVersion}"
    assert "#error" in script.split("[Setup]")[0]  # no version given: no installer
    icon = (script_path.parent / setting["SetupIconFile"].replace("\\", "/")).resolve()
    assert icon == windows_icon_path()
    assert '"{autoprograms}\\Attendance register"' in script
    assert 'Filename: "{app}\\attendance-desktop.exe"' in script
    for switch in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/LOG"):
        assert switch in script
    # The uninstaller must never reach into users' profiles.
    assert "[UninstallDelete]" not in script.replace("no [UninstallDelete] section", "")
    assert "{localappdata}" not in script.lower() and "{userappdata}" not in script.lower()
