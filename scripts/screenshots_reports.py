"""Render the Reports and Import roster screenshots in docs/screenshots/, without a display.

    .venv/bin/python scripts/screenshots_reports.py [--out docs/screenshots]

Writes reports-class.png (a class summary with its chart), reports-student.png
(a student's history with the bars per code), import-preview.png (a OneRoster
export ready to import), import-problems.png (a broken export: every
problem listed), import-warnings.png (a real OneRoster export whose role
mismatches are warnings, not problems) and import-sds.png (a Microsoft School
Data Sync v1 export, recognised by its files, with classes that have no teacher
yet).  Qt's offscreen platform, the demo school in a throwaway
database, a fixed day and clock: the pictures only change when the app does.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

ROOT = Path(__file__).resolve().parent.parent
ROSTERS = ROOT / "tests" / "fixtures" / "rosters"
DAY = date(2026, 11, 24)
ZONE = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 24, 15, 40, tzinfo=ZONE)
SIZE = (1366, 860)


def wait_for(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there")
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    QCoreApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    logging.getLogger("attendance").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="attendance-screens-") as scratch:
        os.environ["ATTENDANCE_DESKTOP_HOME"] = str(Path(scratch) / "home")
        return _render(Path(scratch), args.out)


def _render(scratch: Path, out: Path) -> int:
    from attendance_desktop import reports
    from attendance_desktop.db.engine import create_app_engine, sqlite_url
    from attendance_desktop.db.migrate import upgrade
    from attendance_desktop.db.models import SchoolClass
    from attendance_desktop.db.work import Database
    from attendance_desktop.demo import load_demo_school
    from attendance_desktop.ui.import_dialog import ImportRosterDialog, Stage
    from attendance_desktop.ui.operations import Operations
    from attendance_desktop.ui.reports_window import ReportsWindow, Tab

    engine = create_app_engine(sqlite_url(scratch / "demo.sqlite3"))
    upgrade(engine)
    calendar = reports.SchoolCalendar.of_zone(ZONE)
    first = DAY - timedelta(days=27)  # the "Last 4 weeks" preset
    with Session(engine) as session, session.begin():
        load_demo_school(session, today=DAY, tz=ZONE)
        # The class with the most students to worry about, and its most absent student.
        summaries = [
            reports.class_summary(session, class_id, first, DAY, calendar)
            for class_id in session.scalars(select(SchoolClass.id))
        ]
        summary = max(summaries, key=lambda s: (s.chronic_count, -s.class_id))
        student = min(
            summary.rows, key=lambda row: (row.tally.rate or 1.0, -row.tally.missed)
        ).student_id
        teacher_id = session.scalar(
            select(SchoolClass.teacher_id).where(SchoolClass.id == summary.class_id)
        )

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationDisplayName("Attendance register")
    operations = Operations(Database(engine))
    window = ReportsWindow(None, operations, zone=ZONE, teacher_id=teacher_id, clock=lambda: NOW)
    window.resize(*SIZE)
    window.show()
    shown: list[int] = []
    window.reportShown.connect(shown.append)
    wait_for(lambda: window.choices is not None)
    window.select_class(summary.class_id)
    window.set_period(first, DAY)
    wait_for(lambda: window.class_summary is not None and operations.pending == 0)
    wait_for(lambda: window.class_summary.class_id == summary.class_id)  # type: ignore[union-attr]
    # Lowest rate first: the students to worry about at the top.
    window.class_page.table.sortByColumn(window.summary_model.col_rate, Qt.SortOrder.AscendingOrder)
    save(window, out / "reports-class.png")

    window.tabs.setCurrentIndex(Tab.STUDENT)
    window.select_student(student)
    wait_for(lambda: window.history is not None and operations.pending == 0)
    save(window, out / "reports-student.png")
    window.close()

    dialog = ImportRosterDialog(None, operations, zone=ZONE, clock=lambda: NOW)
    dialog.resize(780, 580)
    dialog.show()
    # Copies at a fixed place, so the path shown is the same on every run.
    exports = Path(tempfile.gettempdir()) / "attendance-screens"
    shutil.rmtree(exports, ignore_errors=True)
    good = shutil.copytree(ROSTERS / "oneroster_1_1", exports / "oneroster-export-2026-11-24")
    broken = shutil.copytree(ROSTERS / "oneroster_broken", exports / "oneroster-export-2026-11-23")
    dialog.load(good)
    wait_for(lambda: dialog.stage == Stage.READY and operations.pending == 0)
    save(dialog, out / "import-preview.png")
    dialog.load(broken)
    wait_for(lambda: dialog.stage == Stage.PROBLEMS)
    save(dialog, out / "import-problems.png")
    real = ROOT / "tests" / "data"
    warned = exports / "oneroster-export-2026-11-25.zip"
    shutil.copyfile(real / "oneroster" / "moodle_enrol_oneroster" / "Test_minimal_data_set.zip",
                    warned)  # fmt: skip
    dialog.load(warned)
    wait_for(lambda: dialog.stage == Stage.READY and operations.pending == 0)
    save(dialog, out / "import-warnings.png")
    sds = shutil.copytree(real / "sds_v1" / "microsoft_uk_25_users", exports / "sds-export")
    dialog.load(sds)
    wait_for(lambda: dialog.stage == Stage.READY and operations.pending == 0)
    save(dialog, out / "import-sds.png")
    dialog.close()
    shutil.rmtree(exports, ignore_errors=True)

    operations.wait_for_done()
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
