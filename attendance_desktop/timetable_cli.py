"""``attendance-desktop timetable import|show``: the school day from the command line (no Qt).

``import PATH [--dry-run]`` reads bell times, a timetable or non-school days
(recognised by content, see ``timetable.reading``) and writes them in one
transaction, or, with ``--dry-run``, says what would change and writes nothing.
A file with problems is refused whole: each problem names file, line and
column; the exit status is 2.

``show [--date YYYY-MM-DD] [--teacher WHO]`` prints that day's lessons in the
school's local time: start, end, class, teacher, room, and who is covered.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

# SQLAlchemy, the models and the timetable are imported inside the functions that use
# them: building the command line's parser (every start of the app) must stay cheap.

#: Exit status of a file refused for its problems (as a roster's).
EXIT_BAD_FILE = 2


def add_parser(commands: Any) -> argparse.ArgumentParser:
    """Add ``timetable import`` and ``timetable show`` to the subcommands."""
    timetable: argparse.ArgumentParser = commands.add_parser(
        "timetable",
        help="import bell times, a timetable or non-school days; show a day's lessons",
        description="The school day. Bell times: a CSV with period,start,end and an optional "
        "days column (Mon-Fri, Wed, A-Mon). A timetable: a CSV with class,day,period,room,"
        "teacher (day Mon..Fri or A-Mon..B-Fri; start,end may replace period), or an "
        "iCalendar (.ics) export of weekly lessons. Non-school days: an iCalendar file of "
        "all-day events. Lessons appear by themselves on school days.",
    )
    actions = timetable.add_subparsers(dest="timetable_action", metavar="ACTION", required=True)
    load = actions.add_parser("import", help="import one file (recognised by its content)")
    load.add_argument("path", metavar="PATH", type=Path, help="a .csv or .ics file")
    load.add_argument(
        "--dry-run", action="store_true", help="check and show what would change; write nothing"
    )
    show = actions.add_parser("show", help="print a day's lessons in the school's local time")
    show.add_argument(
        "--date",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day (default: today in the school's time zone)",
    )
    show.add_argument(
        "--teacher", metavar="WHO", help="only this teacher's lessons (name, e-mail or roster id)"
    )
    return timetable


def run(args: argparse.Namespace, url: URL, out: TextIO | None = None) -> int:
    """Upgrade the database as the app does at start-up, then import or show."""
    from attendance_desktop.db import engine as db_engine
    from attendance_desktop.db import migrate

    out = out or sys.stdout
    engine = db_engine.create_app_engine(url)
    try:
        migrate.upgrade(engine)
        with db_engine.plain_errors(url):
            if args.timetable_action == "import":
                return _import(engine, args.path, dry_run=args.dry_run, out=out)
            return _show(engine, args.date, args.teacher, out=out)
    finally:
        engine.dispose()


def _import(engine: Any, path: Path, *, dry_run: bool, out: TextIO) -> int:
    from sqlalchemy.orm import Session

    from attendance_desktop import school
    from attendance_desktop.roster.plan import format_problems
    from attendance_desktop.timetable import read_timetable
    from attendance_desktop.timetable.school_day import import_plan

    with Session(engine) as session:
        plan = read_timetable(path, zone=school.school_zone(session))
        if plan.problems:
            print(f"{path.name} was not imported:", file=sys.stderr)
            print(format_problems(plan.problems), file=sys.stderr)
            return EXIT_BAD_FILE
        result = import_plan(session, plan)
        if result.problems:
            session.rollback()
            print(f"{path.name} was not imported:", file=sys.stderr)
            print(format_problems(result.problems), file=sys.stderr)
            return EXIT_BAD_FILE
        for warning in result.warnings:
            print(f"warning: {warning}", file=out)
        if dry_run:
            session.rollback()
            print(f"Dry run, nothing written. {plan.describe()}.", file=out)
        else:
            session.commit()
            print(f"Imported {plan.describe()}.", file=out)
        print(result.describe(), file=out)
    return 0


def _teacher_ids(session: Any, who: str) -> list[int]:
    from sqlalchemy import select

    from attendance_desktop import errors
    from attendance_desktop.db.models import Teacher
    from attendance_desktop.text import fold

    wanted = fold(who)
    found = [
        t.id
        for t in session.scalars(select(Teacher))
        if wanted in {fold(t.display_name), fold(t.email or ""), fold(t.source_id or "")}
        or (who.isdigit() and t.id == int(who))
    ]
    if not found:
        raise errors.KnownError(
            f'There is no teacher "{who}".',
            hint="Give the name, e-mail or roster id as the roster has it.",
        )
    return found


def _show(engine: Any, day: date | None, teacher: str | None, *, out: TextIO) -> int:
    from sqlalchemy import or_, select
    from sqlalchemy.orm import Session, aliased

    from attendance_desktop import school
    from attendance_desktop.db.models import ClassSession, SchoolClass, Teacher
    from attendance_desktop.timetable.school_day import build_day, closure_on, day_bounds

    with Session(engine) as session:
        zone = school.school_zone(session)
        day = day or datetime.now(zone).date()
        build_day(session, day, zone)
        session.commit()
        closed = closure_on(session, day)
        if closed:
            print(f"{day.isoformat()}: no lessons ({closed}).", file=out)
            return 0
        start, end = day_bounds(day, zone)
        regular = aliased(Teacher)
        query = (
            select(ClassSession, SchoolClass, Teacher, regular)
            .join(SchoolClass, SchoolClass.id == ClassSession.class_id)
            .join(Teacher, Teacher.id == ClassSession.teacher_id)
            .outerjoin(regular, regular.id == ClassSession.cover_for_teacher_id)
            .where(ClassSession.start_time >= start, ClassSession.start_time < end)
            .order_by(ClassSession.start_time, SchoolClass.name)
        )
        if teacher:
            ids = _teacher_ids(session, teacher)
            query = query.where(
                or_(ClassSession.teacher_id.in_(ids), ClassSession.cover_for_teacher_id.in_(ids))
            )
        rows = session.execute(query).all()
        if not rows:
            print(f"{day.isoformat()}: no lessons.", file=out)
            return 0
        for lesson, klass, taker, covered in rows:
            cover = f"\tcover for {covered.display_name}" if covered is not None else ""
            print(
                f"{lesson.start_time.astimezone(zone):%H:%M}\t"
                f"{lesson.end_time.astimezone(zone):%H:%M}\t{klass.name}\t"
                f"{taker.display_name}\t{lesson.room or klass.room or ''}{cover}",
                file=out,
            )
    return 0
