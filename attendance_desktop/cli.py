"""The ``attendance-desktop`` command: starts the app, or looks after the database.

``attendance-desktop``                     start the register (GUI)
``attendance-desktop --demo``              start on a throwaway demo school
``attendance-desktop --self-test``         check this installation on a throwaway database
``attendance-desktop db upgrade``          migrate the database to this version
``attendance-desktop db current``          print the database's revision
``attendance-desktop db check``            exit 1 when the database needs upgrading
``attendance-desktop db backup``           copy the database (SQLite file or pg_dump)
``attendance-desktop import PATH``         import a roster or an SIS export, all or nothing
``attendance-desktop export-roster PATH``  write the register's roster as a CSV file
``attendance-desktop report ...``          student history, class summary, missing registers

Exit status: 0 success; 1 ``db check`` found the database behind; 2 bad
usage or URL; 3 the database cannot be used (unreachable, locked, read-only,
corrupt, from a newer version), the roster has problems (nothing written) or a
file cannot be read or written; 70 a bug; 141 the reader of the output went
away (``... | head -1``), quietly.
Errors are one plain line on stderr, never a traceback; the details go to the
log file.  Help texts and messages are in the computer's language (``i18n``);
argparse's own words ("usage:", "error:") follow Python's gettext, and option
names, commands and revisions stay as they are.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from attendance_desktop import __version__, errors, paths, settings
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate
from attendance_desktop.log import setup_logging

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

# SQLAlchemy and Alembic are imported by the commands that use them: starting the app
# paints its window first (see app.py), and `--version` or `--help` need neither.

log = logging.getLogger("attendance.cli")

EXIT_OK = 0
EXIT_BEHIND = 1
#: The reader of our output went away (128 + SIGPIPE); see main().
EXIT_BROKEN_PIPE = 141


# argparse's own words ("usage:", "error:", "the following arguments are required") come
# from Python's gettext, which has no translation of them installed: the ones a person
# meets are translated here, and argparse is given ``translate`` in place of gettext.
# (Its other messages are for programmers and stay English.)
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
)


def _argparse_words(text: str) -> str:
    return translate("Argparse", text)


def build_parser() -> argparse.ArgumentParser:
    setattr(argparse, "_", _argparse_words)  # noqa: B010 (argparse looks ``_`` up when it speaks)
    # argparse expands "%(...)s" in help texts: none of these may hold a bare "%".
    parser = argparse.ArgumentParser(
        prog="attendance-desktop",
        description=translate("Cli", "Take attendance on classroom PCs."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help=translate(
            "Cli",
            "database URL or SQLite file path (default: ${variable}, then the settings file, "
            "then the embedded database in your data folder)",
        ).format(variable=paths.URL_ENV),
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help=translate("Cli", "log more detail")
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "start on a throwaway demo school (nothing is kept)"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "Cli",
            "check that this installation works (database, window, a mark saved and read "
            "back, printing) on a throwaway database, then exit: 0 passed, 1 failed",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    db = commands.add_parser("db", help=translate("Cli", "look after the database (for IT staff)"))
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser(
        "upgrade", help=translate("Cli", "migrate the database to this version of the app")
    )
    db_commands.add_parser("current", help=translate("Cli", "print the database's schema revision"))
    db_commands.add_parser(
        "check",
        help=translate(
            "Cli", "exit 0 if the database is at this version's schema, 1 if it needs upgrading"
        ),
    )
    backup = db_commands.add_parser(
        "backup", help=translate("Cli", "write a timestamped copy of the database")
    )
    backup.add_argument(
        "--to",
        metavar="PATH",
        help=translate(
            "Cli",
            "where to write the copy: a file name, or an existing folder to put the "
            "timestamped copy in",
        ),
    )
    roster = commands.add_parser(
        "import",
        help=translate(
            "Cli",
            "import a roster: a CSV file, or a school information system's export (folder "
            "or .zip: OneRoster 1.0-1.2, Microsoft School Data Sync v1/v2/v2.1, Clever)",
        ),
        description=translate(
            "Cli",
            "Import students, teachers, classes and enrollments. Everything is checked "
            "first; any problem is listed with its file, line and column and nothing is "
            "written. Warnings (shown by --dry-run too) do not stop the import. Importing "
            "the same file again changes nothing.",
        ),
    )
    roster.add_argument(
        "path", metavar="PATH", type=Path, help=translate("Cli", "the CSV file, folder or .zip")
    )
    roster.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "check and show what would change; write nothing"),
    )
    export = commands.add_parser(
        "export-roster",
        help=translate(
            "Cli", "write every teacher, class, student and enrollment to a CSV roster file"
        ),
        description=translate(
            "Cli",
            "Write the register's roster as a plain CSV file (UTF-8 with a byte-order "
            "mark, comma-separated, one row per enrollment; students, classes and teachers "
            "without one get a row of their own), with the same columns `import` reads: "
            "importing the file again changes nothing. An existing file is replaced. "
            "Attendance marks are not included (see `report`).",
        ),
    )
    export.add_argument(
        "path", metavar="PATH", type=Path, help=translate("Cli", "the CSV file to write")
    )
    from attendance_desktop import report_cli

    report_cli.add_parser(commands)
    from attendance_desktop import timetable_cli

    timetable_cli.add_parser(commands)
    from attendance_desktop import staff_cli

    staff_cli.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    paths.private_files()  # the database, backups, journal, settings and log: this user's only
    _utf8_when_redirected()
    try:
        try:
            return _main(argv)
        finally:
            # Flush here, where a closed pipe can be caught, not at interpreter exit.
            if sys.stdout is not None:  # None in the windowed Windows build
                sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`attendance-desktop report ... | head -1`): stop quietly,
        # as `cat` does. This is the recipe of Python's "Note on SIGPIPE"
        # (docs.python.org/3/library/signal.html#note-on-sigpipe): point stdout at devnull
        # so the flush at exit does not raise a second BrokenPipeError, and keep SIGPIPE
        # ignored (SIG_DFL would also kill us on a dropped database socket). The recipe
        # exits 1, but 1 here means "db check: needs upgrading"; we exit 141 (128 +
        # SIGPIPE), what a shell reports for a tool that SIGPIPE stopped, so that
        # `set -o pipefail` scripts still see the output was cut short, and a plain
        # `... | head` pipeline (whose status is head's) does not.
        _discard_stdout()
        return EXIT_BROKEN_PIPE


def _utf8_when_redirected() -> None:
    """On Windows, output sent to a file or a pipe (an IT script's ``> log.txt``) is written
    in UTF-8: the ANSI code page cannot write every name ("Łukasz" in cp1252 would stop
    the command with an error)."""
    if sys.platform != "win32":
        return
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and not stream.isatty() and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _discard_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        finally:
            os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (tests, embedding)
        pass


# Qt's own options the window passes on (``-reverse``: lay the window out right to left,
# to check a right-to-left language's layout without its translation).
QT_OPTIONS = ("-reverse",)


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    qt_arguments = [a for a in arguments if a in QT_OPTIONS]
    args = parser.parse_args([a for a in arguments if a not in QT_OPTIONS])
    if args.self_test:
        if args.command is not None or args.database or args.demo:
            parser.error(
                translate(
                    "Cli", "--self-test uses its own throwaway database: give it nothing else"
                )
            )
        from attendance_desktop.selftest import run_self_test

        return run_self_test(verbose=args.verbose)
    if args.command is None:
        from attendance_desktop.app import run_gui

        return int(
            run_gui(
                database=args.database,
                demo=args.demo,
                verbose=args.verbose,
                qt_arguments=qt_arguments,
            )
        )

    try:
        setup_logging(verbose=args.verbose)
    except OSError as exc:
        print(
            translate("Cli", "attendance-desktop: cannot write the log file: {error}").format(
                error=exc
            ),
            file=sys.stderr,
        )
    try:
        from attendance_desktop.db import engine as db_engine

        url = db_engine.resolve_url(args.database, settings_url=settings.load().database_url())
        if args.command == "import":
            return _run_import(args, url)
        if args.command == "export-roster":
            return _run_export_roster(args, url)
        if args.command == "report":
            return _run_report(args, url)
        if args.command == "timetable":
            from attendance_desktop import timetable_cli

            return timetable_cli.run(args, url)
        if args.command == "staff":
            from attendance_desktop import staff_cli

            return staff_cli.run(args, url)
        return _run_db_command(args, url)
    except errors.KnownError as exc:
        log.debug("command failed", exc_info=True)
        print(
            translate("Cli", "attendance-desktop: error: {message}").format(message=exc),
            file=sys.stderr,
        )
        return exc.exit_code
    except BrokenPipeError:
        raise  # not a bug: main() handles it
    except Exception as exc:  # a bug: one line here, the traceback in the log
        log.exception("unexpected error")
        kind = type(exc).__name__
        print(
            translate(
                "Cli",
                "attendance-desktop: unexpected error ({kind}); details are in the log file. "
                "Please report it.",
            ).format(kind=kind),
            file=sys.stderr,
        )
        return 70


def _run_db_command(args: argparse.Namespace, url: URL) -> int:
    from attendance_desktop.db import engine as db_engine
    from attendance_desktop.db import migrate

    action = args.db_command
    if action in ("current", "check", "backup") and _missing_sqlite_file(url):
        # Looking must not create an empty file where the database should be.
        if action == "backup":
            raise errors.DatabaseUnreachable(_no_database_file(url))
        print(
            translate(
                "Cli", "No database file yet at {path}; `attendance-desktop db upgrade` creates it."
            ).format(path=url.database)
        )
        return EXIT_OK if action == "current" else EXIT_BEHIND
    engine = db_engine.create_app_engine(url)
    try:
        if action == "upgrade":
            result = migrate.upgrade(engine)
            database = db_engine.describe(url)
            if result.changed:
                print(
                    translate("Cli", "Upgraded {database}: {previous} -> {current}").format(
                        database=database,
                        previous=result.previous or _empty(),
                        current=result.current,
                    )
                )
                if result.backup:
                    print(_backup_written(result.backup))
            else:
                print(
                    translate("Cli", "{database} is up to date (revision {revision}).").format(
                        database=database, revision=result.current
                    )
                )
            return EXIT_OK
        state = migrate.schema_state(engine)
        if action == "current":
            print(state.current or translate("Cli", "empty (no schema yet)"))
            return EXIT_OK
        if action == "check":
            if state.at_head:
                print(translate("Cli", "OK: at revision {revision}.").format(revision=state.head))
                return EXIT_OK
            print(
                translate(
                    "Cli",
                    "Needs upgrading: at {current}, this version expects {head}. "
                    "Run: attendance-desktop db upgrade",
                ).format(current=state.current or _empty(), head=state.head)
            )
            return EXIT_BEHIND
        if action == "backup":
            print(_backup_written(_backup(engine, args.to)))
            return EXIT_OK
        raise AssertionError(action)
    finally:
        engine.dispose()


def _empty() -> str:
    """A database's revision when it has no schema yet."""
    return translate("Cli", "empty", "a database's revision when it has no schema yet")


def _no_database_file(url: URL) -> str:
    return translate("Cli", "There is no database file at {path}.").format(path=url.database)


def _backup_written(path: Path) -> str:
    return translate("Cli", "Backup written to {path}").format(path=path)


def _run_import(args: argparse.Namespace, url: URL) -> int:
    from attendance_desktop.db import engine as db_engine
    from attendance_desktop.db import migrate
    from attendance_desktop.import_cli import run_import

    engine = db_engine.create_app_engine(url)
    try:
        migrate.upgrade(engine)  # as the app does at start-up (with a backup on SQLite)
        return run_import(engine, args.path, dry_run=args.dry_run, out=sys.stdout)
    finally:
        engine.dispose()


def _run_report(args: argparse.Namespace, url: URL) -> int:
    from attendance_desktop.report_cli import run_report

    engine = _open_for_reading(url)
    try:
        return run_report(engine, args, sys.stdout)
    finally:
        engine.dispose()


def _run_export_roster(args: argparse.Namespace, url: URL) -> int:
    from sqlalchemy.orm import Session

    from attendance_desktop import roster
    from attendance_desktop.db import engine as db_engine

    engine = _open_for_reading(url)
    try:
        # A read-only transaction: exporting does not hold up marks being written.
        with db_engine.plain_errors(url), Session(db_engine.read_only(engine)) as session:
            roster.export_roster(session, args.path)
            session.rollback()
    finally:
        engine.dispose()
    print(
        translate("Cli", "Roster of {database} written to {path}").format(
            database=db_engine.describe(url), path=args.path
        )
    )
    return EXIT_OK


def _open_for_reading(url: URL) -> Engine:
    """An engine on a database that exists and is at this version's schema.

    Commands that only read check the schema rather than migrate it.
    """
    from attendance_desktop.db import engine as db_engine
    from attendance_desktop.db import migrate

    if _missing_sqlite_file(url):
        raise errors.DatabaseUnreachable(_no_database_file(url))
    engine = db_engine.create_app_engine(url)
    try:
        state = migrate.schema_state(engine)
    except BaseException:
        engine.dispose()
        raise
    if not state.at_head:
        engine.dispose()
        raise errors.KnownError(
            translate(
                "Cli",
                "The database is at revision {current}; this version of attendance-desktop "
                "needs {head}.",
            ).format(current=state.current or _empty(), head=state.head),
            hint=translate("Cli", "Run: attendance-desktop db upgrade"),
        )
    return engine


def _missing_sqlite_file(url: URL) -> bool:
    from attendance_desktop.db import engine as db_engine

    return db_engine.is_sqlite(url) and not Path(str(url.database)).exists()


def _backup(engine: Engine, to: str | None) -> Path:
    from attendance_desktop.db import engine as db_engine
    from attendance_desktop.db import migrate

    url = engine.url
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    if db_engine.is_sqlite(url):
        source = Path(str(url.database))
        default_name = f"{source.stem}.backup-{stamp}{source.suffix}"
    else:
        default_name = f"{url.database}.backup-{stamp}.dump"
    destination = None if to is None else _backup_file(to, default_name)
    if db_engine.is_sqlite(url):
        with db_engine.plain_errors(url):
            return migrate.backup_sqlite(engine, destination)
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise errors.KnownError(
            translate(
                "Cli",
                "pg_dump was not found, so a PostgreSQL database cannot be backed up from here.",
            ),
            hint=translate(
                "Cli", "Install the PostgreSQL client tools, or back up on the server itself."
            ),
        )
    if destination is None:
        destination = Path.cwd() / default_name
    scratch = Path(tempfile.mkdtemp(prefix="attendance-pg-dump-"))
    try:
        # Every connection setting (password, sslpassword, TLS files) goes into a private
        # service file: nothing secret on pg_dump's command line, where ps shows it.
        dbname, env = db_engine.pg_tool_connection(url, scratch)
        command = [pg_dump, "--format=custom", f"--file={destination}", "--no-password"]
        done = subprocess.run(
            [*command, f"--dbname={dbname}"], env=env, capture_output=True, text=True, check=False
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if done.returncode != 0:
        destination.unlink(missing_ok=True)
        reason = db_engine.first_line(db_engine.redact(done.stderr))
        raise errors.KnownError(
            translate("Cli", "pg_dump could not back up {database}: {reason}").format(
                database=db_engine.describe(url), reason=reason
            )
        )
    return destination


def _backup_file(to: str, default_name: str) -> Path:
    """The file ``db backup --to`` writes: inside ``to`` if it is a folder.

    A folder that does not exist is refused rather than created: it is more
    likely a typo, or a backup drive that is not plugged in, than a wish.
    """
    destination = Path(to).expanduser()
    if destination.is_dir():
        return destination / default_name
    folder = destination if to.endswith(("/", os.sep)) else destination.absolute().parent
    if not folder.is_dir():
        raise errors.KnownError(
            translate(
                "Cli", "Cannot write the backup to {path}: there is no folder {folder}."
            ).format(path=to, folder=folder.absolute()),
            hint=translate(
                "Cli", "Create it first, or give --to an existing folder or a file in one."
            ),
        )
    return destination
