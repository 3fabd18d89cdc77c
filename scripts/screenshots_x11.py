"""Screenshots of the whole screen on a real X server (Xvfb + openbox), at the two
screen sizes classroom PCs have most: 1366x768 and 1024x768.

    .venv/bin/python scripts/screenshots_x11.py [--out docs/screenshots]

The app runs as in tests/test_x11.py (tests/x11_app.py: the demo school, a clock
fixed two minutes into the first lesson); the register is started with Ctrl+Enter and two
exceptions are marked with their row numbers, then the screen is saved as
screen-1366x768.png and screen-1024x768.png.  Needs .ci/deps-x11.sh's packages.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from attendance_desktop.db.engine import create_app_engine, sqlite_url  # noqa: E402
from attendance_desktop.db.migrate import upgrade  # noqa: E402
from attendance_desktop.db.models import ClassSession  # noqa: E402
from attendance_desktop.demo import load_demo_school  # noqa: E402
from attendance_desktop.rules import day_bounds  # noqa: E402
from tests.x11_app import START  # noqa: E402
from tests.x11_support import App, missing_tools, x_server  # noqa: E402

SIZES = ((1366, 768), (1024, 768))
#: Two minutes into the demo's first lesson (08:50 in the school's zone).
NOW = START.replace(hour=8, minute=52).isoformat()


def demo_database(path: Path) -> int:
    """The demo school on the test's day; returns the teacher with most lessons then."""
    engine = create_app_engine(sqlite_url(path))
    upgrade(engine)
    start, end = day_bounds(START.date(), START.tzinfo)  # type: ignore[arg-type]
    with Session(engine) as session, session.begin():
        load_demo_school(session, today=START.date(), tz=START.tzinfo)
        teacher = session.execute(
            select(ClassSession.teacher_id)
            .where(ClassSession.start_time >= start, ClassSession.start_time < end)
            .group_by(ClassSession.teacher_id)
            .order_by(func.count().desc(), ClassSession.teacher_id)
            .limit(1)
        ).scalar_one()
    engine.dispose()
    return int(teacher)


def shoot(size: tuple[int, int], scratch: Path, out: Path) -> Path:
    database = scratch / f"demo-{size[0]}.sqlite3"
    teacher = demo_database(database)
    with x_server(*size) as server:
        app = App(server, database, scratch / "state.json", str(teacher), f"--now={NOW}")
        try:
            app.wait(lambda s: bool(s["rows"]) or s["buttons"]["start"]["visible"])
            app.settle(1.0)
            app.activate()
            app.key("ctrl+Return")
            app.wait(lambda s: bool(s["rows"]) and not s["loading"])
            app.settle(1.0)
            app.key("3", "a", "7", "l")  # row 3 absent, row 7 late
            app.settle(1.5)
            path = out / f"screen-{size[0]}x{size[1]}.png"
            server.screenshot(path)
            return path
        finally:
            app.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    if missing_tools():
        print(f"needs {', '.join(missing_tools())}: run .ci/deps-x11.sh", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        for size in SIZES:
            print(shoot(size, Path(scratch), args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
