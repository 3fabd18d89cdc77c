"""Any report to CSV or to an Excel workbook (XLSX), in the school's local dates.  No Qt.

Each report is first laid out as one or more ``Sheet``s (a title, a header and
typed rows); the writers only format cells:

- CSV: UTF-8 with a byte-order mark (so Excel opens accented names correctly),
  the header (in the reader's language) then the rows of the report's main sheet;
  the cells are for other programs: dates ISO 8601 (2026-03-29), times 24-hour
  (08:50), rates as a percentage number with a full stop (92.3).
  A text cell that a spreadsheet would run as a formula (it starts with
  ``= + - @``, a tab or a carriage return) gets a leading apostrophe.
- XLSX (openpyxl, imported only when needed): a title row with the school,
  class and range, a second row saying how the figures are counted, a bold
  frozen header with a filter, real Excel dates and times (local wall-clock
  time, since Excel has no time zones), rates as percentages, column widths
  that fit.  Every text cell is written as a plain string, never as a formula.

Titles, headers, sheet names and the words in cells (Yes, Unmarked) are in the
reader's language (``i18n``); a plain-text table (``text_value``, the command
line) writes dates, times and numbers the reader's way too.

Files are written next to their destination and moved into place, so a failed
export never leaves half a file; a folder that cannot be written is a
``KnownError`` in plain words.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any, Literal, TextIO

from attendance_desktop import i18n
from attendance_desktop.errors import KnownError
from attendance_desktop.files import replacing
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate
from attendance_desktop.reports import (
    ClassSummary,
    MissingRegisters,
    PrintableRegister,
    RateSeries,
    StudentHistory,
    describe_range,
    format_rate,
)
from attendance_desktop.rules import Code

Report = StudentHistory | ClassSummary | MissingRegisters | RateSeries | PrintableRegister
Kind = Literal["text", "int", "date", "time", "datetime", "percent", "flag"]

#: Leading characters that make a spreadsheet treat a cell as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

#: How the figures are counted; shown through ``how_counted()`` (in the reader's language).
HOW_COUNTED = QT_TRANSLATE_NOOP(
    "Export",
    "Attendance rate = attended / marked sessions (Present and Late attend; Absent and "
    "Excused are missed). Chronic absence = missing 10% or more, excused included.",
)


def how_counted() -> str:
    """``HOW_COUNTED`` in the reader's language."""
    return translate("Export", HOW_COUNTED)


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = "text"
    #: A shorter heading for a plain-text table on a terminal.
    short: str | None = None


@dataclass(frozen=True)
class Sheet:
    """A report laid out as a table, ready for any writer."""

    #: The worksheet's name (Excel allows 31 characters).
    name: str
    title: str
    subtitle: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    #: Rows shown after the data in a workbook or on screen (totals), never in a CSV.
    footer: tuple[tuple[Any, ...], ...] = ()
    #: Columns kept in view when scrolling sideways in a workbook.
    frozen_columns: int = 0


# --- reports as sheets --------------------------------------------------------------------------


def sheets(report: Report) -> list[Sheet]:
    """The report as sheets; the first is its main table (the one a CSV holds)."""
    if isinstance(report, StudentHistory):
        return _history_sheets(report)
    if isinstance(report, ClassSummary):
        return [_summary_sheet(report)]
    if isinstance(report, MissingRegisters):
        return [_missing_sheet(report)]
    if isinstance(report, RateSeries):
        return [_rate_sheet(report)]
    if isinstance(report, PrintableRegister):
        return [_register_sheet(report)]
    raise TypeError(f"cannot export {type(report).__name__}")


def _with_school(school_name: str, title: str) -> str:
    """A report's title, after the school's name when there is one."""
    if not school_name:
        return title
    return translate("Export", "{school}: {report}").format(school=school_name, report=title)


def _zone_note(zone_name: str) -> str:
    return translate("Export", "Dates and times in {zone}.").format(zone=zone_name)


def _yes_no(flag: bool) -> str:
    return translate("Export", "Yes") if flag else translate("Export", "No")


def _share(count: int, whole: int) -> float | None:
    return count / whole if whole else None


def _history_sheets(report: StudentHistory) -> list[Sheet]:
    ids = []
    if report.student_number:
        number = translate("Export", "student number {number}")
        ids.append(number.format(number=report.student_number))
    if report.source_id and report.source_id != report.student_number:
        roster = translate("Export", "roster ID {id}").format(id=report.source_id)
        ids.append(roster if ids else report.source_id)
    who = report.student_name
    if ids:
        listed = ", ".join(ids)
        who = translate("Export", "{student} ({ids})").format(student=who, ids=listed)
    span = describe_range(report.first_day, report.last_day)
    title = translate("Export", "{student}, attendance {range}").format(student=who, range=span)
    title = _with_school(report.school_name, title)
    tally = report.tally
    marked = tally.marked
    figures = translate(
        "Export", "Attendance {rate} ({attended} of %n marked sessions).", None, marked
    ).format(rate=format_rate(tally.rate), attended=i18n.number(tally.attended))
    chronic = translate("Export", "Chronically absent: {answer}.").format(
        answer=_yes_no(tally.chronic)
    )
    zone = _zone_note(report.calendar.name)
    subtitle = " ".join((figures, chronic, zone))
    unmarked = translate("Export", "Unmarked")
    history = Sheet(
        name=translate("Export", "History"),
        title=title,
        subtitle=subtitle,
        columns=(
            Column(translate("Export", "Date"), "date"),
            Column(translate("Export", "Start"), "time"),
            Column(translate("Export", "Class")),
            Column(translate("Export", "Code")),
            Column(translate("Export", "Mark")),
            Column(translate("Export", "Check-in"), "time"),
            Column(translate("Export", "Note")),
        ),
        rows=tuple(
            (
                row.day,
                row.start,
                row.class_name,
                row.code.code if row.code else "",
                row.code.label if row.code else unmarked,
                row.check_in,
                row.note,
            )
            for row in report.rows
        ),
    )
    totals = Sheet(
        name=translate("Export", "Totals"),
        title=title,
        subtitle=" ".join((how_counted(), zone)),
        columns=(
            Column(translate("Export", "Code")),
            Column(translate("Export", "Mark")),
            Column(translate("Export", "Counts as")),
            Column(translate("Export", "Sessions"), "int"),
            Column(translate("Export", "Share of marked"), "percent"),
        ),
        rows=(
            *(
                (
                    item.code.code,
                    item.code.label,
                    _counts_as(item.code),
                    item.count,
                    _share(item.count, marked),
                )
                for item in report.totals
            ),
            ("", unmarked, "", tally.unmarked, None),
        ),
        footer=(
            ("", translate("Export", "Attended"), "", tally.attended, tally.rate),
            ("", translate("Export", "Missed"), "", tally.missed, _share(tally.missed, marked)),
            ("", translate("Export", "Chronically absent"), _yes_no(tally.chronic), None, None),
        ),
    )
    return [history, totals]


def _counts_as(code: Code) -> str:
    if code.counts_as_present:
        return translate("Export", "attended", "what a code counts as")
    return translate("Export", "missed", "what a code counts as")


def _summary_title(report: ClassSummary) -> str:
    span = describe_range(report.first_day, report.last_day)
    if report.teacher_name:
        title = translate("Export", "{class_name} ({teacher}), class summary {range}").format(
            class_name=report.class_name, teacher=report.teacher_name, range=span
        )
    else:
        title = translate("Export", "{class_name}, class summary {range}").format(
            class_name=report.class_name, range=span
        )
    return _with_school(report.school_name, title)


def _summary_subtitle(report: ClassSummary) -> str:
    total = report.tally
    lessons = translate("Export", "Lessons: {lessons}; registers taken: {taken}.").format(
        lessons=i18n.number(report.sessions), taken=i18n.number(report.registers_taken)
    )
    marked = total.marked
    figures = translate(
        "Export", "Class attendance {rate} ({attended} of %n marked sessions).", None, marked
    ).format(rate=format_rate(total.rate), attended=i18n.number(total.attended))
    students = len(report.rows)
    chronic = translate(
        "Export", "Chronically absent: {chronic} of %n students.", None, students
    ).format(chronic=i18n.number(report.chronic_count))
    return " ".join((lessons, figures, chronic, how_counted(), _zone_note(report.calendar.name)))


def _summary_sheet(report: ClassSummary) -> Sheet:
    total = report.tally
    codes = report.codes
    # The student number is a column only when the roster gave numbers (SDS, Clever, ...).
    numbered = any(row.student_number for row in report.rows)
    number_column = (Column(translate("Export", "Student number")),) if numbered else ()
    code_title = translate("Export", "{label} ({code})", "a column: a mark's name and its code")
    return Sheet(
        name=translate("Export", "Class summary"),
        title=_summary_title(report),
        subtitle=_summary_subtitle(report),
        columns=(
            Column(translate("Export", "Student")),
            Column(translate("Export", "Roster ID")),
            *number_column,
            Column(translate("Export", "Joined"), "date"),
            Column(translate("Export", "Left"), "date"),
            *(
                Column(code_title.format(label=c.label, code=c.code), "int", short=c.code)
                for c in codes
            ),
            Column(translate("Export", "Unmarked"), "int"),
            Column(translate("Export", "Marked"), "int"),
            Column(translate("Export", "Attended"), "int"),
            Column(
                translate("Export", "Attendance rate"),
                "percent",
                short=translate("Export", "Rate", "short column title: attendance rate"),
            ),
            Column(
                translate("Export", "Chronic absence"),
                "flag",
                short=translate("Export", "Chronic", "short column title: chronic absence"),
            ),
        ),
        rows=tuple(
            (
                row.list_name,
                row.source_id or "",
                *((row.student_number or "",) if numbered else ()),
                row.joined,
                row.left,
                *(row.tally.count(c.id) for c in codes),
                row.tally.unmarked,
                row.tally.marked,
                row.tally.attended,
                row.tally.rate,
                row.tally.chronic,
            )
            for row in report.rows
        ),
        footer=(
            (
                translate("Export", "Whole class"),
                "",
                *(("",) if numbered else ()),
                None,
                None,
                *(total.count(c.id) for c in codes),
                total.unmarked,
                total.marked,
                total.attended,
                total.rate,
                None,
            ),
        ),
        frozen_columns=1,
    )


def _missing_sheet(report: MissingRegisters) -> Sheet:
    until = report.calendar.local(report.until)
    last_day = until.date()
    if report.since and report.since <= last_day:
        span = describe_range(report.since, last_day)
    else:
        span = translate("Export", "up to {date}").format(date=describe_range(last_day, last_day))
    title = translate("Export", "Registers never taken, {range}").format(range=span)
    count = report.count
    ended = translate(
        "Export",
        "%n lessons that ended by {moment} with no register: never started, or started with "
        "nobody marked.",
        None,
        count,
    ).format(moment=i18n.date_and_clock(until))
    return Sheet(
        name=translate("Export", "Missing registers"),
        title=_with_school(report.school_name, title),
        subtitle=" ".join((ended, _zone_note(report.calendar.name))),
        columns=(
            Column(translate("Export", "Teacher")),
            Column(translate("Export", "Date"), "date"),
            Column(translate("Export", "Start"), "time"),
            Column(translate("Export", "End"), "time"),
            Column(translate("Export", "Class")),
            Column(translate("Export", "Room")),
            Column(translate("Export", "Register")),
        ),
        rows=tuple(
            (
                teacher.teacher_name,
                register.day,
                register.start,
                register.end,
                register.class_name,
                register.room or "",
                register.reason,
            )
            for teacher in report.teachers
            for register in teacher.registers
        ),
    )


def _rate_sheet(report: RateSeries) -> Sheet:
    span = describe_range(report.first_day, report.last_day)
    if report.bucket == "week":
        name = translate("Export", "Rate by week")
        title = translate("Export", "{class_name}, attendance rate by week {range}")
    else:
        name = translate("Export", "Rate by day")
        title = translate("Export", "{class_name}, attendance rate by day {range}")
    title = title.format(class_name=report.class_name, range=span)
    return Sheet(
        name=name,
        title=_with_school(report.school_name, title),
        subtitle=" ".join((how_counted(), _zone_note(report.calendar.name))),
        columns=(
            Column(translate("Export", "From"), "date"),
            Column(translate("Export", "To"), "date"),
            Column(translate("Export", "Marked"), "int"),
            Column(translate("Export", "Attended"), "int"),
            Column(translate("Export", "Attendance rate"), "percent"),
        ),
        rows=tuple((p.first_day, p.last_day, p.marked, p.attended, p.rate) for p in report.points),
    )


def _register_state(status: str) -> str:
    if status == "planned":
        return translate("Export", "Register not started.")
    if status == "open":
        return translate("Export", "Register open.")
    if status == "closed":
        return translate("Export", "Register closed.")
    return translate("Export", "Register {state}.").format(state=status)


def _register_sheet(report: PrintableRegister) -> Sheet:
    when = translate("Export", "{date}, {start}-{end}").format(
        date=i18n.long_date(report.day),
        start=i18n.clock(report.start),
        end=i18n.clock(report.end),
    )
    title = translate("Export", "{class_name} register, {when}").format(
        class_name=report.class_name, when=when
    )
    teacher = report.teacher_name
    if report.class_teacher_name and report.class_teacher_name != teacher:
        teacher = translate("Export", "{teacher} (covering for {class_teacher})").format(
            teacher=teacher, class_teacher=report.class_teacher_name
        )
    if report.room:
        taken = translate("Export", "Taken by {teacher}, room {room}.").format(
            teacher=teacher, room=report.room
        )
    else:
        taken = translate("Export", "Taken by {teacher}.").format(teacher=teacher)
    return Sheet(
        name=translate("Export", "Register"),
        title=_with_school(report.school_name, title),
        subtitle=" ".join(
            (taken, _register_state(report.status), _zone_note(report.calendar.name))
        ),
        columns=(
            Column(translate("Export", "#", "column of row numbers"), "int"),
            Column(translate("Export", "Student")),
            Column(translate("Export", "Roster ID")),
            Column(translate("Export", "Code")),
            Column(translate("Export", "Mark")),
            Column(translate("Export", "Check-in"), "time"),
            Column(translate("Export", "Note")),
        ),
        rows=tuple(
            (
                n,
                line.list_name,
                line.source_id or "",
                line.code.code if line.code else "",
                line.code.label if line.code else "",
                line.check_in,
                line.note,
            )
            for n, line in enumerate(report.lines, start=1)
        ),
    )


# --- cells --------------------------------------------------------------------------------------


def neutralise(text: str) -> str:
    """``text`` made safe for a CSV cell: a leading apostrophe if it could start a formula."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def text_value(value: Any, kind: Kind) -> str:
    """A cell as text for people, the reader's way: 27/03/2026, 09:00, 92.3%, Yes/No."""
    if value is None:
        return ""
    if kind == "date" and isinstance(value, date):
        return i18n.short_date(value.date() if isinstance(value, datetime) else value)
    if kind == "time" and isinstance(value, datetime | time):
        return i18n.clock(value)
    if kind == "datetime" and isinstance(value, datetime):
        return i18n.date_and_clock(value)
    if kind == "int" and isinstance(value, int):
        return i18n.number(value)
    if kind == "percent":
        return format_rate(float(value))
    if kind == "flag":
        return _yes_no(bool(value))
    return str(value)


def csv_value(value: Any, kind: Kind) -> str:
    """A cell as CSV text, for other programs: ISO dates, 24-hour times, rates as a bare
    number with a full stop (92.3), whole numbers without grouping; text neutralised."""
    if value is None:
        return ""
    if kind == "date" and isinstance(value, date):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    if kind == "time" and isinstance(value, datetime | time):
        return f"{value:%H:%M}"
    if kind == "datetime" and isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if kind == "percent":
        return f"{float(value) * 100:.1f}"
    if kind == "flag":
        return _yes_no(bool(value))
    if kind == "text":
        return neutralise(str(value))
    return str(value)


def _csv_header(column: Column) -> str:
    if column.kind == "percent":
        return translate("Export", "{title} (%)", "a CSV column of percentages").format(
            title=column.title
        )
    return column.title


# --- writers ------------------------------------------------------------------------------------


def write_csv(report: Report | Sheet, destination: Path | TextIO, *, bom: bool = True) -> None:
    """The report's main sheet as CSV; ``bom`` only applies when writing to a path."""
    sheet = report if isinstance(report, Sheet) else sheets(report)[0]

    def write(stream: TextIO) -> None:
        writer = csv.writer(stream)
        writer.writerow([neutralise(_csv_header(c)) for c in sheet.columns])
        for row in sheet.rows:
            writer.writerow(
                [csv_value(value, c.kind) for value, c in zip(row, sheet.columns, strict=True)]
            )

    if isinstance(destination, Path):
        encoding = "utf-8-sig" if bom else "utf-8"
        with replacing(destination, "w", encoding=encoding, newline="") as stream:
            write(stream)
    else:
        write(destination)


def csv_text(report: Report | Sheet) -> str:
    """The CSV as a string (no byte-order mark)."""
    buffer = io.StringIO(newline="")
    write_csv(report, buffer)
    return buffer.getvalue()


#: Excel number formats per kind.
NUMBER_FORMATS: dict[str, str] = {
    "int": "0",
    "date": "yyyy-mm-dd",
    "time": "hh:mm",
    "datetime": "yyyy-mm-dd hh:mm",
    "percent": "0.0%",
}
TITLE_ROW, SUBTITLE_ROW, HEADER_ROW = 1, 2, 4


def write_xlsx(report: Report | Sequence[Sheet], destination: Path | IO[bytes]) -> None:
    """The report as an Excel workbook, one worksheet per sheet."""
    from openpyxl import Workbook

    laid_out = sheets(report) if not isinstance(report, Sequence) else list(report)
    book = Workbook()
    book.remove(book.active)
    book.properties.creator = "attendance-desktop"
    book.properties.title = laid_out[0].title if laid_out else ""
    for sheet in laid_out:
        _fill_worksheet(book.create_sheet(_sheet_name(sheet.name)), sheet)
    if isinstance(destination, Path):
        with replacing(destination, "wb") as stream:
            book.save(stream)
    else:
        book.save(destination)


def _fill_worksheet(ws: Any, sheet: Sheet) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    ws.cell(TITLE_ROW, 1, sheet.title).font = Font(bold=True, size=14)
    subtitle = ws.cell(SUBTITLE_ROW, 1, sheet.subtitle)
    subtitle.font = Font(italic=True, color="555555")
    for cell in (ws.cell(TITLE_ROW, 1), subtitle):
        cell.data_type = "s"
    widths = [len(c.title) for c in sheet.columns]
    for col, column in enumerate(sheet.columns, start=1):
        cell = ws.cell(HEADER_ROW, col)
        _put(cell, column.title, "text")
        cell.font = bold
        cell.alignment = Alignment(
            horizontal="right" if column.kind in ("int", "percent") else "left",
            vertical="bottom",
            wrap_text=True,
        )
    row_number = HEADER_ROW
    for row in sheet.rows:
        row_number += 1
        _put_row(ws, row_number, row, sheet.columns, widths)
    last_data_row = row_number
    if sheet.footer:
        row_number += 1
        for row in sheet.footer:
            row_number += 1
            _put_row(ws, row_number, row, sheet.columns, widths)
            for col in range(1, len(sheet.columns) + 1):
                ws.cell(row_number, col).font = bold
    fitted = [min(max(width + 2, 8), 60) for width in widths]
    for col, width in enumerate(fitted, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    last_column = get_column_letter(max(len(sheet.columns), 1))
    # The title and the note on how things are counted span the table; the note wraps.
    for spanned in (TITLE_ROW, SUBTITLE_ROW):
        ws.merge_cells(f"A{spanned}:{last_column}{spanned}")
    subtitle.alignment = Alignment(wrap_text=True, vertical="top")
    lines = -(-len(sheet.subtitle) // max(int(sum(fitted) * 1.1), 20))
    ws.row_dimensions[SUBTITLE_ROW].height = 15 * max(lines, 1)
    ws.row_dimensions[TITLE_ROW].height = 20
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, sheet.frozen_columns + 1)
    if sheet.rows:
        ws.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{last_data_row}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape" if len(sheet.columns) > 7 else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _put_row(
    ws: Any, row_number: int, row: Sequence[Any], columns: Sequence[Column], widths: list[int]
) -> None:
    for col, (value, column) in enumerate(zip(row, columns, strict=True), start=1):
        _put(ws.cell(row_number, col), value, column.kind)
        widths[col - 1] = max(widths[col - 1], len(text_value(value, column.kind)))


def _put(cell: Any, value: Any, kind: Kind) -> None:
    """One typed cell: dates and times as Excel values in local wall-clock time."""
    if value is None:
        return
    if kind == "text":
        text = str(value)
        cell.value = text
        # Written as a string whatever it starts with: openpyxl would store "=..." as a formula.
        cell.data_type = "s"
        if text.startswith(FORMULA_TRIGGERS):
            cell.quotePrefix = True
        return
    if kind == "flag":
        cell.value = _yes_no(bool(value))
        cell.data_type = "s"
        return
    if kind == "time" and isinstance(value, datetime):
        value = value.replace(tzinfo=None).time()
    elif kind == "datetime" and isinstance(value, datetime):
        value = value.replace(tzinfo=None)
    elif kind == "date" and isinstance(value, datetime):
        value = value.date()
    elif kind == "time" and isinstance(value, time):
        value = value.replace(tzinfo=None)
    cell.value = value
    cell.number_format = NUMBER_FORMATS.get(kind, "General")


_BAD_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


def _sheet_name(name: str) -> str:
    return name.translate(_BAD_SHEET_CHARS).strip()[:31] or translate("Export", "Sheet")


def write_text(text: str, path: Path) -> None:
    """Plain UTF-8 text to ``path``, moved into place when complete."""
    with replacing(path, "w", encoding="utf-8", newline="") as stream:
        stream.write(text)


def export(report: Report, destination: Path, *, format: str | None = None) -> Path:
    """Write ``report`` as CSV or XLSX, chosen by ``format`` or the file's extension."""
    chosen = (format or destination.suffix.lstrip(".")).lower()
    writers: dict[str, Callable[[Report, Path], None]] = {
        "csv": lambda r, p: write_csv(r, p),
        "xlsx": lambda r, p: write_xlsx(r, p),
    }
    if chosen not in writers:
        message = translate(
            "Export", "Cannot export to '{file}': only .csv and .xlsx files are supported."
        )
        raise KnownError(message.format(file=destination.name))
    writers[chosen](report, destination)
    return destination
