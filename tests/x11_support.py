"""A real X server for the tests that need one: Xvfb with a window manager (openbox),
driven by xdotool, the app in a child process on Qt's xcb platform.

Geometry, double clicks and focus behave differently on the offscreen platform (no
window manager places or frames windows, no double-click timing); these tests see
what a teacher's PC does.  ``.ci/deps-x11.sh`` installs the packages; without them
the tests skip, saying which is missing (under CI=true that is a failure).

The child (``tests/x11_app.py``) writes what is on screen to a JSON file several
times a second: where each row's status cell is on the screen, the buttons, the
lesson's status, the windows and dialogs open.  The test reads it, clicks and types
with xdotool, and checks the database.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

TOOLS = ("Xvfb", "openbox", "xdotool")
ROOT = Path(__file__).resolve().parent.parent


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def require_x11() -> None:
    missing = missing_tools()
    if missing:
        message = f"needs {', '.join(missing)} (run .ci/deps-x11.sh)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)


@dataclass
class XServer:
    display: str
    width: int
    height: int

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb", **extra)
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env(), capture_output=True, text=True, timeout=20
        )
        return done.stdout

    def screenshot(self, path: Path) -> None:
        """The whole screen, as a teacher would see it (ImageMagick's import)."""
        subprocess.run(
            ["import", "-window", "root", str(path)], env=self.env(), check=True, timeout=30
        )


@contextmanager
def x_server(width: int = 1366, height: int = 768, dpi: int = 96) -> Iterator[XServer]:
    """Xvfb on a free display number, with openbox managing its windows."""
    require_x11()
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-dpi",
            str(dpi),
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    server = XServer(f":{number}", width, height)
    wm = subprocess.Popen(
        ["openbox", "--sm-disable"],
        env=server.env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)  # openbox takes the screen before the first window maps
    try:
        yield server
    finally:
        for process in (wm, xvfb):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


class App:
    """The app in a child process on the X server, and what it shows."""

    def __init__(self, server: XServer, database: Path, state: Path, *args: str) -> None:
        self.server = server
        self.state_path = state
        state.unlink(missing_ok=True)  # never read an earlier run's state
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "x11_app.py"), str(database), str(state), *args],
            env=server.env(PYTHONPATH=str(ROOT)),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    def state(self) -> dict[str, Any]:
        try:
            return dict(json.loads(self.state_path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return {}

    def wait(
        self, condition: Callable[[dict[str, Any]], bool], timeout: float = 30.0
    ) -> dict[str, Any]:
        """Poll the child's state until ``condition`` holds (counts, not timing, are checked)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            state = self.state()
            if state and condition(state):
                return state
            if self.process.poll() is not None:
                output = self.close()
                raise AssertionError(f"the app exited ({self.process.returncode}):\n{output}")
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting; last state: {json.dumps(self.state())[:3000]}")

    def settle(self, seconds: float = 1.0) -> dict[str, Any]:
        """Let every event of the last input be handled, then read the state."""
        time.sleep(seconds)
        return self.state()

    def click(self, x: int, y: int, *, repeat: int = 1, delay_ms: int = 90) -> None:
        self.server.xdotool("mousemove", "--sync", str(x), str(y))
        self.server.xdotool("click", "--repeat", str(repeat), "--delay", str(delay_ms), "1")

    def key(self, *keys: str) -> None:
        self.server.xdotool("key", "--delay", "60", *keys)

    def activate(self, title: str = "Attendance register") -> None:
        """Give the app's window the keyboard, as a click on its title bar would."""
        found = self.server.xdotool("search", "--onlyvisible", "--name", title).split()
        if found:
            self.server.xdotool("windowactivate", "--sync", found[-1])

    def close(self) -> str:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout is None:
            return ""
        with self.process.stdout as output:
            return output.read()
