"""``attendance-desktop timetable import|show``: the school day from the command line (no widgets).

``import PATH [--dry-run]`` reads bell times, a timetable or non-school days
(recognised by content, see ``timetable.reading``) and writes them in one
transaction, or, with ``--dry-run``, says what would change and writes nothing.
A file with problems is refused whole: each problem names file, line and
column; the exit status is 2.

``show [--date YYYY-MM-DD] [--teacher WHO]`` prints that day's lessons in the
school's local time: start, end, class, teacher, room, and who is covered.
Help, messages, dates and times are in the computer's language (``i18n``).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from attendance_desktop.i18n import clock, long_date, translate

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
        help=translate(
            "TimetableCli",
            "import bell times, a timetable or non-school days; show a day's lessons",
        ),
        description=translate(
            "TimetableCli",
            "The school day. Bell times: a CSV with period,start,end and an optional days "
            "column (Mon-Fri, Wed, A-Mon). A timetable: a CSV with class,day,period,room,"
            "teacher (day Mon..Fri or A-Mon..B-Fri; start,end may replace period), or an "
            "iCalendar (.ics) export of weekly lessons. Non-school days: an iCalendar file of "
            "all-day events. Lessons appear by themselves on school days.",
        ),
    )
    actions = timetable.add_subparsers(dest="timetable_action", metavar="ACTION", required=True)
    load = actions.add_parser(
        "import", help=translate("TimetableCli", "import one file (recognised by its content)")
    )
    load.add_argument(
        "path", metavar="PATH", type=Path, help=translate("TimetableCli", "a .csv or .ics file")
    )
    load.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("TimetableCli", "check and show what would change; write nothing"),
    )
    show = actions.add_parser(
        "show", help=translate("TimetableCli", "print a day's lessons in the school's local time")
    )
    show.add_argument(
        "--date",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help=translate("TimetableCli", "the day (default: today in the school's time zone)"),
    )
    show.add_argument(
        "--teacher",
        metavar="WHO",
        help=translate("TimetableCli", "only this teacher's lessons (name, e-mail or roster id)"),
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
        refused = translate("TimetableCli", "{file} was not imported:").format(file=path.name)
        if plan.problems:
            print(refused, file=sys.stderr)
            print(format_problems(plan.problems), file=sys.stderr)
            return EXIT_BAD_FILE
        result = import_plan(session, plan)
        if result.problems:
            session.rollback()
            print(refused, file=sys.stderr)
            print(format_problems(result.problems), file=sys.stderr)
            return EXIT_BAD_FILE
        for warning in result.warnings:
            print(translate("TimetableCli", "warning: {warning}").format(warning=warning), file=out)
        what = plan.describe()
        if dry_run:
            session.rollback()
            print(
                translate("TimetableCli", "Dry run, nothing written. {what}.").format(what=what),
                file=out,
            )
        else:
            session.commit()
            print(translate("TimetableCli", "Imported {what}.").format(what=what), file=out)
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
            translate("TimetableCli", 'There is no teacher "{name}".').format(name=who),
            hint=translate(
                "TimetableCli", "Give the name, e-mail or roster id as the roster has it."
            ),
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
            print(
                translate("TimetableCli", "{date}: no lessons ({reason}).").format(
                    date=long_date(day), reason=closed
                ),
                file=out,
            )
            return 0
        start, end = day_bounds(day, zone)
        regular = aliased(Teacher)
        query = (
            select(ClassSession, SchoolClass, Teacher, regular)
            .join(SchoolClass, SchoolClass.id == ClassSession.class_id)
            .outerjoin(Teacher, Teacher.id == ClassSession.teacher_id)
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
            print(
                translate("TimetableCli", "{date}: no lessons.").format(date=long_date(day)),
                file=out,
            )
            return 0
        no_teacher = translate("Lessons", "no teacher")  # a class with no teacher yet
        for lesson, klass, taker, covered in rows:
            # One tab-separated line per lesson (for scripts too): values, no sentence.
            columns = [
                clock(lesson.start_time.astimezone(zone)),
                clock(lesson.end_time.astimezone(zone)),
                klass.name,
                taker.display_name if taker is not None else no_teacher,
                lesson.room or klass.room or "",
            ]
            if covered is not None:
                columns.append(
                    translate("TimetableCli", "cover for {teacher}").format(
                        teacher=covered.display_name
                    )
                )
            print("\t".join(columns), file=out)
    return 0
