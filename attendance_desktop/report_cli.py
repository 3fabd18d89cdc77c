"""``attendance-desktop report ...``: the reports from the command line, with no window.

    attendance-desktop report student --student 1042 --from 2025-09-01 --to 2026-07-17
    attendance-desktop report class --class "7A English" --format xlsx --output 7a.xlsx
    attendance-desktop report missing --teacher "Ms Laurent"
    attendance-desktop report register --session 5120 --format csv

Without ``--from``/``--to`` a report covers the last four weeks up to today.
``--format table`` (the default) prints a plain table; ``csv`` prints CSV or
writes it to ``--output`` (with a byte-order mark for Excel); ``xlsx`` needs
``--output``.  ``--chart PNG`` also draws the report's chart (``student`` and
``class``), painted by Qt on its offscreen platform: no display is needed.
Dates are the school's local dates (its time zone setting, this computer's when
empty, or ``--time-zone``).

Exit status: 0 done; 2 a bad option (a date that is not YYYY-MM-DD, a reversed
range, an unknown time zone, an ambiguous name, xlsx with no file); 3 the
student, class, teacher or lesson does not exist, or the database cannot be
used.  Errors are raised as ``KnownError`` for ``cli.main`` to print as one line.

Help, messages and plain tables are in the computer's language (``i18n``); option
names, report kinds and ``--format`` values are not translated.
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from attendance_desktop.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from attendance_desktop import export

# SQLAlchemy, the reports and openpyxl are imported inside the functions that use them:
# ``cli.py`` builds this parser at every start of the app, before its window is painted.

EXIT_OK = 0
#: Days a report covers when no --from is given: four weeks up to and including today.
DEFAULT_DAYS = 28
FORMATS = ("table", "csv", "xlsx")


def add_parser(commands: Any) -> argparse.ArgumentParser:
    """Add ``report`` and its kinds to the ``attendance-desktop`` subcommands."""
    # argparse expands "%(...)s" in help texts: none of these may hold a bare "%".
    report: argparse.ArgumentParser = commands.add_parser(
        "report",
        help=translate(
            "ReportCli",
            "print or export a report: a student's history, a class summary, missing "
            "registers, a lesson's register",
        ),
        description=translate(
            "ReportCli",
            "Reports in the school's local dates. Without --from/--to a report covers the "
            "last four weeks. Attendance rate = attended / marked sessions; chronic absence = "
            "missing 10% or more of them, excused absences included.",
        ),
    )
    kinds = report.add_subparsers(dest="report_kind", metavar="REPORT", required=True)

    student = kinds.add_parser(
        "student", help=translate("ReportCli", "one student's sessions, totals and rate")
    )
    student.add_argument(
        "--student",
        required=True,
        metavar="WHO",
        help=translate("ReportCli", "the student's id, roster id or name"),
    )
    _range_options(student)
    _output_options(student, chart=True)

    klass = kinds.add_parser(
        "class", help=translate("ReportCli", "a class: one line per student, chronic absence")
    )
    klass.add_argument(
        "--class",
        dest="class_",
        required=True,
        metavar="CLASS",
        help=translate("ReportCli", "the class's id, roster id or name"),
    )
    _range_options(klass)
    _output_options(klass, chart=True)
    klass.add_argument(
        "--by",
        choices=("week", "day"),
        default="week",
        help=translate("ReportCli", "periods of the --chart (default: {default})").format(
            default="week"
        ),
    )

    missing = kinds.add_parser(
        "missing", help=translate("ReportCli", "past lessons whose register was never taken")
    )
    missing.add_argument(
        "--teacher",
        metavar="WHO",
        help=translate("ReportCli", "only this teacher's (id, roster id or name)"),
    )
    _range_options(missing)
    _output_options(missing, chart=False)

    register = kinds.add_parser(
        "register", help=translate("ReportCli", "one lesson's register, as filed on paper")
    )
    register.add_argument(
        "--session",
        required=True,
        type=int,
        metavar="ID",
        help=translate("ReportCli", "the lesson's id"),
    )
    register.add_argument(
        "--time-zone", metavar="ZONE", help=translate("ReportCli", "IANA zone for times")
    )
    _output_options(register, chart=False)
    return report


def _range_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="first_day",
        metavar="YYYY-MM-DD",
        help=translate("ReportCli", "first day (default: four weeks before --to)"),
    )
    parser.add_argument(
        "--to",
        dest="last_day",
        metavar="YYYY-MM-DD",
        help=translate("ReportCli", "last day, included (default: today)"),
    )
    parser.add_argument(
        "--time-zone",
        metavar="ZONE",
        help=translate(
            "ReportCli", "IANA zone for dates, e.g. Europe/London (default: the school's setting)"
        ),
    )


def _output_options(parser: argparse.ArgumentParser, *, chart: bool) -> None:
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help=translate(
            "ReportCli",
            "table (printed), csv or xlsx (default: from --output's extension, else table)",
        ),
    )
    parser.add_argument(
        "--output", metavar="PATH", type=Path, help=translate("ReportCli", "write to this file")
    )
    if chart:
        parser.add_argument(
            "--chart",
            metavar="PNG",
            type=Path,
            help=translate("ReportCli", "also draw the chart"),
        )


def build_parser() -> argparse.ArgumentParser:
    """A parser with only ``report``, for tests and for running this module on its own."""
    parser = argparse.ArgumentParser(prog="attendance-desktop")
    parser.add_argument("--database", metavar="URL")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    add_parser(commands)
    return parser


# --- running a report ---------------------------------------------------------------------------


def run_report(
    engine: Engine, args: argparse.Namespace, out: TextIO, *, now: datetime | None = None
) -> int:
    """Make the report ``args`` ask for from ``engine``'s database; print or write it."""
    from sqlalchemy.orm import Session

    from attendance_desktop import reports
    from attendance_desktop.db import engine as db_engine

    now = now or datetime.now(UTC)
    output_format = _output_format(args)
    with db_engine.plain_errors(engine.url), Session(db_engine.read_only(engine)) as session:
        settings = reports.school_settings(session)
        calendar = reports.school_calendar(settings, getattr(args, "time_zone", None))
        today = calendar.local_date(now)
        first_day, last_day = _range(args, today)
        kind = args.report_kind
        chart: Any = None
        report: export.Report
        if kind == "student":
            student_id = reports.find_student(session, args.student)
            report = reports.student_history(session, student_id, first_day, last_day, calendar)
            chart = report
        elif kind == "class":
            class_id = reports.find_class(session, args.class_)
            report = reports.class_summary(session, class_id, first_day, last_day, calendar)
            if args.chart:
                chart = reports.rate_over_time(
                    session, class_id, first_day, last_day, calendar, bucket=args.by
                )
        elif kind == "missing":
            teacher_id = reports.find_teacher(session, args.teacher) if args.teacher else None
            until = min(now, calendar.start_of(last_day + timedelta(days=1)))
            report = reports.missing_registers(
                session, until, calendar, since=first_day, teacher_id=teacher_id
            )
        elif kind == "register":
            report = reports.session_register(session, args.session, calendar)
        else:  # argparse only lets the kinds above through
            raise AssertionError(kind)

    _write(report, output_format, args.output, out)
    chart_path = getattr(args, "chart", None)
    if chart_path is not None and chart is not None:
        _draw(chart, chart_path)
        print(translate("ReportCli", "Chart written to {path}").format(path=chart_path), file=out)
    return EXIT_OK


def _output_format(args: argparse.Namespace) -> str:
    from attendance_desktop.reports import BadReportRequest

    chosen: str | None = args.format
    output: Path | None = args.output
    if chosen is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        chosen = suffix if suffix in ("csv", "xlsx") else "table"
    if chosen == "xlsx" and output is None:
        raise BadReportRequest(
            translate("ReportCli", "An xlsx report needs a file to go to."),
            hint=translate("ReportCli", "Add --output report.xlsx."),
        )
    return chosen


def parse_day(text: str, option: str) -> date:
    """A YYYY-MM-DD date typed by a person, or ``BadReportRequest`` in plain words."""
    from attendance_desktop.reports import BadReportRequest

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        message = translate("ReportCli", "{option} '{text}' is not a date.")
        raise BadReportRequest(
            message.format(option=option, text=text),
            hint=translate("ReportCli", "Use YYYY-MM-DD, e.g. 2026-03-29."),
        ) from None


def _range(args: argparse.Namespace, today: date) -> tuple[date, date]:
    from attendance_desktop.reports import BadReportRequest

    last_day = parse_day(args.last_day, "--to") if getattr(args, "last_day", None) else today
    if getattr(args, "first_day", None):
        first_day = parse_day(args.first_day, "--from")
    else:
        first_day = last_day - timedelta(days=DEFAULT_DAYS - 1)
    if last_day < first_day:
        # The dates as typed (YYYY-MM-DD), to be found on the command line.
        message = translate("ReportCli", "--from {first} is after --to {last}.")
        raise BadReportRequest(
            message.format(first=first_day.isoformat(), last=last_day.isoformat()),
            hint=translate("ReportCli", "Give the earlier date first."),
        )
    return first_day, last_day


def _write(report: export.Report, output_format: str, output: Path | None, out: TextIO) -> None:
    from attendance_desktop import export

    written = translate("ReportCli", "Report written to {path}").format(path=output)
    if output_format == "xlsx":
        assert output is not None
        export.write_xlsx(report, output)
        print(written, file=out)
    elif output_format == "csv":
        if output is None:
            export.write_csv(report, out)
        else:
            export.write_csv(report, output)
            print(written, file=out)
    elif output is None:
        out.write(render_tables(report))
    else:
        export.write_text(render_tables(report), output)
        print(written, file=out)


def _draw(chart: Any, path: Path) -> None:
    """The report's chart as an 800 x 450 PNG, painted by Qt with no window (offscreen)."""
    from attendance_desktop import chart_content, charts, files, reports

    if isinstance(chart, reports.StudentHistory):
        content: chart_content.Chart = chart_content.codes_chart(chart)
    else:
        content = chart_content.rate_chart(chart)
    files.write_bytes(path, charts.png_bytes(content))


# --- plain tables -------------------------------------------------------------------------------

WIDTH = 100


def render_tables(report: export.Report) -> str:
    """The report as plain text: title, notes, then each sheet as an aligned table."""
    from attendance_desktop import export

    parts: list[str] = []
    for n, sheet in enumerate(export.sheets(report)):
        if n == 0:
            parts.append(sheet.title)
            parts.append(textwrap.fill(sheet.subtitle, WIDTH))
        else:
            parts.append(
                translate("ReportCli", "{sheet}:", "a table's heading").format(sheet=sheet.name)
            )
        parts.append(render_table(sheet))
    return "\n\n".join(parts) + "\n"


def render_table(sheet: export.Sheet) -> str:
    from attendance_desktop import export

    if not sheet.rows:
        return translate("ReportCli", "(nothing to show)")
    cells = [[export.text_value(v, c.kind) for v, c in zip(row, sheet.columns, strict=True)]
             for row in (*sheet.rows, *sheet.footer)]  # fmt: skip
    headers = [c.short or c.title for c in sheet.columns]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    right = [c.kind in ("int", "percent") for c in sheet.columns]

    def line(values: Sequence[str]) -> str:
        padded = (
            v.rjust(w) if r else v.ljust(w) for v, w, r in zip(values, widths, right, strict=True)
        )
        return "  ".join(padded).rstrip()

    lines = [line(headers), "  ".join("-" * w for w in widths)]
    lines.extend(line(row) for row in cells[: len(sheet.rows)])
    if sheet.footer:
        lines.append("  ".join("-" * w for w in widths))
        lines.extend(line(row) for row in cells[len(sheet.rows) :])
    return "\n".join(lines)
