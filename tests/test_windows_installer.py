"""The Windows installer, built and tried under Wine on the Linux build machine.

``packaging/windows/build.sh`` builds the Windows bundle from the same spec (under Wine,
with a Windows CPython), runs its ``--self-test`` and compiles the Inno Setup script; this
test then does what a school's IT does, silently, in a **fresh** Wine prefix (a PC that
never saw the build): checks that setup refuses Windows 10 1607 and a password in
``/DATABASEURL=``, installs the setup on 1703 with ``/DATABASEURL=`` pointing at the real
PostgreSQL server, runs the installed ``attendance-desktop-cli.exe --self-test`` (SQLite),
runs ``db upgrade`` and ``db check`` on the server through the URL the installer set,
upgrades to a higher version built from a bundle that lacks one file (one uninstall entry,
the file gone), uninstalls, and checks that the user's own folder is still there.

It takes minutes (see packaging/README.md for the measured times), so it is marked
``slow``; the build reuses its downloads, Windows Python and Wine prefix from
``~/.cache/attendance-desktop-build``.  ``ATTENDANCE_WINDOWS_DIST=DIR`` reuses what an
earlier ``packaging/windows/build.sh DIR`` wrote instead of building again.  It needs a
Debian or Ubuntu x86_64 machine (the build script installs Wine itself, as root); elsewhere
it is skipped, and under CI=true it fails instead.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from attendance_desktop import __version__
from attendance_desktop.db.migrate import head_revision
from tests.packaging_support import IN_CI, REPO

BUILD_SCRIPT = REPO / "packaging" / "windows" / "build.sh"
ISS = REPO / "packaging" / "windows" / "attendance-desktop.iss"
APP_ID = "{F3C8302C-4874-4250-84CB-0810C1CF904E}"
UNINSTALL_KEY = rf"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{APP_ID}_is1"
ENV_KEY = r"System\\CurrentControlSet\\Control\\Session Manager\\Environment"
#: What the test prefix's programs need from Wine 8 (packaging/windows/build.sh says why).
WINE_DLL_OVERRIDES = "_wmi.pyd=d;mscoree=;mshtml=;winemenubuilder.exe=d"
SILENT = ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")


def test_installer_refuses_windows_10_before_1703() -> None:
    """Qt 6.10+ needs Windows' own icuuc.dll, which Windows 10 has from 1703 (build 15063).

    The slow test below also tries it: setup refuses a PC that says it is build 14393.
    """
    setting = dict(re.findall(r"^(\w+)=(.*)$", ISS.read_text(encoding="utf-8"), re.MULTILINE))
    assert setting["MinVersion"] == "10.0.15063"


def test_installer_takes_a_database_url_for_every_user() -> None:
    script = ISS.read_text(encoding="utf-8")
    assert "{param:DATABASEURL}" in script
    assert '"ATTENDANCE_DATABASE_URL"' in script  # the app's own machine-wide setting
    assert "uninsdeletevalue" in script
    setting = dict(re.findall(r"^(\w+)=(.*)$", script, re.MULTILINE))
    assert setting["ChangesEnvironment"] == "yes"
    assert setting["AppPublisher"]


# ---- The slow part: under Wine ---------------------------------------------------------


@dataclass
class WindowsBuild:
    out: Path
    bundle: Path
    version: str
    setup: Path


def _build_problem() -> str | None:
    if not sys.platform.startswith("linux") or platform.machine() != "x86_64":
        return "the Windows installer is built under Wine on Linux x86_64 only"
    if shutil.which("dpkg") is None:
        return "packaging/windows/build.sh needs a Debian or Ubuntu machine (apt, dpkg)"
    if os.geteuid() != 0 and shutil.which("wine") is None:
        return "Wine is not installed, and only root can install it (packaging/windows/build.sh)"
    return None


def _run_build(*args: str, timeout: float) -> str:
    started = time.monotonic()
    done = subprocess.run(
        ["bash", str(BUILD_SCRIPT), *args],
        capture_output=True,
        text=True,
        errors="replace",  # Windows programs print in the ANSI code page (cp1252)
        timeout=timeout,
        check=False,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-6000:]
    print(f"\n{' '.join(['build.sh', *args])}: {time.monotonic() - started:.0f} s")
    return output


@pytest.fixture(scope="module")
def windows_build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WindowsBuild]:
    """The bundle and the setup.exe from packaging/windows/build.sh (built, or reused)."""
    problem = _build_problem()
    if problem:
        if IN_CI:
            pytest.fail(f"CI must build the Windows installer, but {problem}")
        pytest.skip(problem)
    reuse = os.environ.get("ATTENDANCE_WINDOWS_DIST")
    if reuse:
        out = Path(reuse).resolve()
    else:
        out = tmp_path_factory.mktemp("windows-dist")
        _run_build(str(out), timeout=3600)
    setups = sorted(out.glob("attendance-desktop-*-setup.exe"))
    assert len(setups) == 1, f"expected one setup.exe in {out}: {setups}"
    version = setups[0].name.removeprefix("attendance-desktop-").removesuffix("-setup.exe")
    assert version == __version__
    yield WindowsBuild(out, out / "attendance-desktop", version, setups[0])
    if not reuse:
        shutil.rmtree(out, ignore_errors=True)


class WinePC:
    """A fresh Wine prefix standing in for a classroom PC that never saw the build."""

    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PIP_", "ATTENDANCE_", "PYTHON", "QT_"))
            and key not in ("VIRTUAL_ENV", "DISPLAY")
        }
        self.env.update(
            WINEPREFIX=str(prefix),
            WINEARCH="win64",
            WINEDEBUG="-all",
            WINEDLLOVERRIDES=WINE_DLL_OVERRIDES,
        )

    def run(
        self, *args: str, x_display: bool = False, timeout: float = 600
    ) -> subprocess.CompletedProcess[str]:
        """Run a Windows program; its output, \\r removed, is in ``stdout``.

        Standard input is /dev/null and the output a pipe: Wine 8's CPython stops when
        they are regular files.  The setup program needs an X display even when
        /VERYSILENT, so it runs under xvfb-run.
        """
        command = ["wine", *args]
        if x_display:
            command = ["xvfb-run", "-a", *command]
        done = subprocess.run(
            command,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            timeout=timeout,
            check=False,
        )
        output = done.stdout.decode("utf-8", "replace").replace("\r", "")
        return subprocess.CompletedProcess(command, done.returncode, output)

    def pretend_windows_build(self, build: int) -> None:
        """Make the prefix report Windows 10 of that build (Wine reads these values)."""
        key = r"HKLM\Software\Microsoft\Windows NT\CurrentVersion"
        for name, value in (("CurrentVersion", "10.0"), ("CurrentBuildNumber", str(build))):
            done = self.run("reg", "add", key, "/v", name, "/d", value, "/f")
            assert done.returncode == 0, done.stdout
        self.settle()

    def settle(self) -> None:
        """Wait for the Wine server to stop, so that the registry files are written."""
        subprocess.run(["wineserver", "-w"], env=self.env, check=False, timeout=120)

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    @property
    def app_dir(self) -> Path:
        return self.drive_c / "Program Files" / "attendance-desktop"

    @property
    def shortcut(self) -> Path:
        programs = self.drive_c / "ProgramData" / "Microsoft" / "Windows" / "Start Menu"
        return programs / "Programs" / "Attendance register.lnk"

    def user_folder(self) -> Path:
        """%LOCALAPPDATA%\\attendance-desktop of the prefix's one user."""
        found = list(self.drive_c.glob("users/*/AppData/Local/attendance-desktop"))
        assert len(found) == 1, f"no single user folder: {found}"
        return found[0]

    def registry_key(self, key: str) -> dict[str, str] | None:
        """The string values of an HKLM key, read from system.reg (None: no such key)."""
        self.settle()
        text_ = (self.prefix / "system.reg").read_text(encoding="utf-8", errors="replace")
        sections = re.split(r"^\[(.+?)\][^\n]*$", text_, flags=re.MULTILINE)
        for name, body in zip(sections[1::2], sections[2::2], strict=True):
            if name.lower() == key.lower():
                return dict(re.findall(r'^"([^"]+)"="((?:[^"\\]|\\.)*)"$', body, re.MULTILINE))
        return None

    def uninstall_entries(self) -> list[str]:
        self.settle()
        text_ = (self.prefix / "system.reg").read_text(encoding="utf-8", errors="replace")
        return re.findall(
            r"^\[Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Uninstall\\\\([^\]]+)\]",
            text_,
            re.MULTILINE,
        )


def _windows_path(path: Path) -> str:
    return "Z:" + str(path).replace("/", "\\")


@pytest.fixture
def pc(tmp_path: Path) -> Iterator[WinePC]:
    machine = WinePC(tmp_path / "pc")
    started = time.monotonic()
    done = subprocess.run(
        ["wineboot", "--init"],
        env=machine.env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    machine.settle()
    print(f"\nfresh Wine prefix: {time.monotonic() - started:.0f} s")
    yield machine
    machine.settle()


def _install_icuuc_stub(pc: WinePC, bundle: Path, cache: Path) -> None:
    """Wine 8 has no icuuc.dll, which Qt 6.10+ needs (packaging/windows/icuuc_stub.sh)."""
    qtcore = bundle / "_internal" / "PySide6" / "Qt6Core.dll"
    script = REPO / "packaging" / "windows" / "icuuc_stub.sh"
    done = subprocess.run(
        ["bash", "-c", f'source "{script}" && install_icuuc_stub "$1" "$2"', "-", qtcore, cache],
        env=pc.env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _upgrade_setup(build: WindowsBuild, tmp_path: Path) -> tuple[Path, str, str]:
    """A setup of a higher version, from a copy of the bundle that lacks one Qt file.

    The dropped file is what "a file of the old version the new one no longer has" looks
    like: after the upgrade it must be gone from the PC.
    """
    copy = tmp_path / "next" / "attendance-desktop"
    shutil.copytree(build.bundle, copy, copy_function=os.link)
    dropped = sorted((copy / "_internal" / "PySide6" / "translations").glob("*.qm"))[0]
    relative = dropped.relative_to(copy).as_posix()
    dropped.unlink()
    version = f"{build.version}.1"
    _run_build(
        "--bundle", str(copy), "--version", version, "--fast", str(tmp_path / "next"), timeout=1800
    )
    return tmp_path / "next" / f"attendance-desktop-{version}-setup.exe", version, relative


@pytest.mark.slow
@pytest.mark.postgres
def test_silent_install_self_test_upgrade_and_uninstall(
    windows_build: WindowsBuild, pc: WinePC, pg_url: URL, tmp_path: Path
) -> None:
    build = windows_build
    cache = Path(
        os.environ.get("ATTENDANCE_BUILD_CACHE", Path.home() / ".cache/attendance-desktop-build")
    )
    _install_icuuc_stub(pc, build.bundle, cache / "icuuc")
    database_url = pg_url.render_as_string(hide_password=False)

    # Windows 10 1607 (build 14393, LTSB 2016) lacks the icuuc.dll Qt needs: refused.
    pc.pretend_windows_build(14393)
    log = tmp_path / "refused-1607.log"
    done = pc.run(_windows_path(build.setup), *SILENT, f"/LOG={_windows_path(log)}", x_display=True)
    assert done.returncode != 0
    assert "Windows version: 10.0.14393" in log.read_text(errors="replace")
    assert "does not support the version of Windows" in log.read_text(errors="replace")
    assert not pc.app_dir.exists()
    # From here on the PC is Windows 10 1703 (build 15063), the oldest it accepts.
    pc.pretend_windows_build(15063)

    # A password in /DATABASEURL= would be readable by every user: setup refuses it.
    log = tmp_path / "refused.log"
    done = pc.run(
        _windows_path(build.setup),
        *SILENT,
        f"/LOG={_windows_path(log)}",
        "/DATABASEURL=postgresql://register:secret@db.school.example/attendance",
        x_display=True,
    )
    assert done.returncode != 0
    assert "contains a password" in log.read_text(errors="replace")
    assert not pc.app_dir.exists()

    # Install, as IT would: silent, logged, every user pointed at the server.
    log = tmp_path / "install.log"
    started = time.monotonic()
    done = pc.run(
        _windows_path(build.setup),
        *SILENT,
        f"/LOG={_windows_path(log)}",
        f"/DATABASEURL={database_url}",
        x_display=True,
    )
    assert done.returncode == 0, done.stdout + log.read_text(errors="replace")
    assert "Windows version: 10.0.15063" in log.read_text(errors="replace")
    print(f"silent install: {time.monotonic() - started:.0f} s")
    cli = pc.app_dir / "attendance-desktop-cli.exe"
    assert cli.is_file() and (pc.app_dir / "attendance-desktop.exe").is_file()
    assert (pc.app_dir / "unins000.exe").is_file()
    # The spec's Windows-only parts: Qt's Windows platform plugin, the print support (on
    # Windows inside Qt6PrintSupport.dll itself) and the time-zone database Windows lacks.
    internal = pc.app_dir / "_internal"
    assert (internal / "PySide6" / "plugins" / "platforms" / "qwindows.dll").is_file()
    assert (internal / "PySide6" / "Qt6PrintSupport.dll").is_file()
    assert (internal / "tzdata" / "zoneinfo" / "Europe" / "London").is_file()
    assert not (internal / "PySide6" / "opengl32sw.dll").exists()
    assert pc.shortcut.is_file()
    entry = pc.registry_key(UNINSTALL_KEY)
    assert entry is not None, pc.uninstall_entries()
    assert entry["DisplayVersion"] == build.version
    assert entry["Publisher"] == "attendance-desktop developers"
    assert entry["DisplayName"] == "Attendance register"
    machine_env = pc.registry_key(ENV_KEY)
    assert machine_env is not None
    assert machine_env["ATTENDANCE_DATABASE_URL"] == database_url

    # The installed copy: its self-test (SQLite, a temporary folder), the way IT runs it.
    home = tmp_path / "self-test-home"
    home.mkdir()
    pc.env["ATTENDANCE_DESKTOP_HOME"] = _windows_path(home)
    done = pc.run(str(cli), "--self-test")
    del pc.env["ATTENDANCE_DESKTOP_HOME"]
    assert done.returncode == 0, done.stdout + "".join(
        p.read_text(errors="replace") for p in home.glob("logs/*.log")
    )
    assert "self-test: passed" in done.stdout

    # The real PostgreSQL server, through the URL the installer set for every user
    # (no --database): psycopg's bundled libpq and Alembic inside the frozen bundle.
    done = pc.run(str(cli), "db", "upgrade")
    assert done.returncode == 0, done.stdout
    done = pc.run(str(cli), "db", "check")
    assert done.returncode == 0, done.stdout
    engine = create_engine(pg_url)
    try:
        with engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert revision.scalar_one() == head_revision()
    finally:
        engine.dispose()
    # The user's own folder now holds their log; give it a database of theirs too.
    user_folder = pc.user_folder()
    own_database = user_folder / "attendance.sqlite3"
    done = pc.run(str(cli), "--database", _windows_path(own_database), "db", "upgrade")
    assert done.returncode == 0, done.stdout
    user_files = sorted(p.relative_to(user_folder) for p in user_folder.rglob("*"))
    assert Path("attendance.sqlite3") in user_files

    # Upgrade, silently and without /DATABASEURL: one entry, the new version, no old file.
    next_setup, next_version, dropped = _upgrade_setup(build, tmp_path)
    assert (pc.app_dir / dropped).is_file()
    started = time.monotonic()
    done = pc.run(_windows_path(next_setup), *SILENT, x_display=True)
    assert done.returncode == 0, done.stdout
    print(f"silent upgrade: {time.monotonic() - started:.0f} s")
    assert not (pc.app_dir / dropped).exists()
    assert [e for e in pc.uninstall_entries() if APP_ID in e] == [f"{APP_ID}_is1"]
    entry = pc.registry_key(UNINSTALL_KEY)
    assert entry is not None and entry["DisplayVersion"] == next_version
    machine_env = pc.registry_key(ENV_KEY)
    assert machine_env is not None
    assert machine_env["ATTENDANCE_DATABASE_URL"] == database_url  # kept
    done = pc.run(str(cli), "--version")
    assert done.returncode == 0 and build.version in done.stdout, done.stdout

    # Uninstall: the program, its shortcut, its entry and its variable go; the user's
    # folder stays exactly as it was.
    started = time.monotonic()
    done = pc.run(str(pc.app_dir / "unins000.exe"), *SILENT, x_display=True)
    assert done.returncode == 0, done.stdout
    pc.settle()
    print(f"silent uninstall: {time.monotonic() - started:.0f} s")
    assert not pc.app_dir.exists(), sorted(pc.app_dir.rglob("*"))
    assert not pc.shortcut.exists()
    assert pc.registry_key(UNINSTALL_KEY) is None
    machine_env = pc.registry_key(ENV_KEY)
    assert machine_env is None or "ATTENDANCE_DATABASE_URL" not in machine_env
    assert sorted(p.relative_to(user_folder) for p in user_folder.rglob("*")) == user_files
