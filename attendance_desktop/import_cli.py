"""``attendance-desktop import PATH [--dry-run]``: a roster import from the command line.

Reads and validates the roster first.  If anything is wrong, every problem is
printed (file, line, column) and nothing is written: exit status 3.
Otherwise the whole roster is written in one transaction and a summary is
printed: exit status 0.  ``--dry-run`` prints what would change and writes
nothing.

A path that cannot be read, or a database that cannot be used, raises
``KnownError`` for ``cli.main`` to print as one line (exit status 3).
"""

from __future__ import annotations

import functools
import logging
from datetime import date
from pathlib import Path
from typing import TextIO

from sqlalchemy import Engine

from attendance_desktop import roster
from attendance_desktop.db import engine as db_engine
from attendance_desktop.db.work import Database
from attendance_desktop.errors import KnownError
from attendance_desktop.i18n import translate

log = logging.getLogger("attendance.import")

EXIT_OK = 0
#: The same status as any other ``KnownError``: the roster cannot be used as it is.
EXIT_PROBLEMS = KnownError.exit_code


def run_import(
    engine: Engine,
    path: Path,
    *,
    dry_run: bool,
    out: TextIO,
    today: date | None = None,
) -> int:
    """Import the roster at ``path`` into ``engine``'s database; return the exit status."""
    today = today or date.today()
    plan = roster.read_roster(path)
    description = plan.describe()
    print(
        translate("ImportCli", "Read {path}: {description}.").format(
            path=path, description=description
        ),
        file=out,
    )
    if plan.encoding:
        encoding = roster.encoding_name(plan.encoding)
        print(
            translate("ImportCli", "Text encoding: {encoding}.").format(encoding=encoding), file=out
        )
    for note in plan.notes:
        print(translate("ImportCli", "Note: {note}").format(note=note), file=out)
    # Warnings never stop the import; they are shown by every run, the dry run included.
    for warning in plan.warnings:
        problem = roster.format_problem(warning)
        print(translate("ImportCli", "Warning: {problem}").format(problem=problem), file=out)
    if plan.problems:
        return _report_problems(plan.problems, out)

    database = Database(engine)
    if dry_run:
        # As the GUI's preview: a read-only transaction that takes no write lock.
        preview = database.run(functools.partial(roster.preview_plan, plan=plan, today=today))
        if preview.summary is None:
            return _report_problems(preview.problems, out)
        heading = translate(
            "ImportCli", "Dry run: nothing was written. The import would make these changes:"
        )
        _print_summary(preview.summary, plan, out, heading=heading)
        return EXIT_OK
    try:
        summary = database.run(functools.partial(roster.apply_roster, plan=plan, today=today))
    except roster.RosterInvalid as invalid:
        return _report_problems(invalid.problems, out)
    log.info("imported %s: %s", path, "; ".join(summary.lines()))
    if summary.changed:
        database_name = db_engine.describe(engine.url)
        heading = translate("ImportCli", "Imported into {database}:").format(database=database_name)
    else:
        heading = translate(
            "ImportCli", "The register already matches this roster; nothing was changed:"
        )
    _print_summary(summary, plan, out, heading=heading)
    return EXIT_OK


def _report_problems(problems: list[roster.RosterProblem], out: TextIO) -> int:
    n = roster.problem_count(problems)
    print(translate("ImportCli", "The roster has %n problems:", None, n), file=out)
    print(roster.format_problems(problems, limit=None), file=out)
    print(
        translate(
            "ImportCli",
            "Nothing was imported. Fix the problems in the file and run the import again.",
        ),
        file=out,
    )
    return EXIT_PROBLEMS


def _print_summary(
    summary: roster.ImportSummary, plan: roster.RosterPlan, out: TextIO, *, heading: str
) -> None:
    print(heading, file=out)
    for line in summary.lines():
        print(f"  {line}", file=out)
    for note in summary.notes[len(plan.notes) :]:
        print(translate("ImportCli", "Note: {note}").format(note=note), file=out)
