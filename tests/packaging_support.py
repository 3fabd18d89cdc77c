"""The packaged app, built once per test session for every test that needs it.

Building the PyInstaller bundle takes a minute or two on a 2-core machine, so
``tests/test_packaging.py`` (the bundle) and ``tests/test_deb.py`` (the Debian
package made from it) share one build: each has a session-scoped ``bundle``
fixture that calls ``built_bundle``, which builds on the first call and hands
out the same folder after that.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
EXE_NAME = "attendance-desktop.exe" if sys.platform == "win32" else "attendance-desktop"

_built: dict[str, Path] = {}


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


def built_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle's folder (``.../attendance-desktop``), built on the first call."""
    if "bundle" in _built:
        return _built["bundle"]
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
    _built["bundle"] = folder
    return folder


def remove_bundle() -> None:
    """Delete the bundle (about 300 MB; pytest would keep three sessions' worth)."""
    folder = _built.pop("bundle", None)
    if folder is not None:
        shutil.rmtree(folder.parent, ignore_errors=True)
