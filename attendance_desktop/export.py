"""Any report to CSV or to an Excel workbook (XLSX), in the school's local dates.  No Qt.

Each report is first laid out as one or more ``Sheet``s (a title, a header and
typed rows); the writers only format cells:

- CSV: UTF-8 with a byte-order mark (so Excel opens accented names correctly),
  the header then the rows of the report's main sheet; dates ISO 8601
  (2026-03-29), times 24-hour (08:50), rates as a percentage number (92.3).
  A text cell that a spreadsheet would run as a formula (it starts with
  ``= + - @``, a tab or a carriage return) gets a leading apostrophe.
- XLSX (openpyxl, imported only when needed): a title row with the school,
  class and range, a second row saying how the figures are counted, a bold
  frozen header with a filter, real Excel dates and times (local wall-clock
  time, since Excel has no time zones), rates as percentages, column widths
  that fit.  Every text cell is written as a plain string, never as a formula.

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

from attendance_desktop.errors import KnownError
from attendance_desktop.files import replacing
from attendance_desktop.reports import (
    ClassSummary,
    MissingRegisters,
    PrintableRegister,
    RateSeries,
    StudentHistory,
    Tally,
    describe_range,
    format_rate,
)
from attendance_desktop.rules import Code

Report = StudentHistory | ClassSummary | MissingRegisters | RateSeries | PrintableRegister
Kind = Literal["text", "int", "date", "time", "datetime", "percent", "flag"]

#: Leading characters that make a spreadsheet treat a cell as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

HOW_COUNTED = (
    "Attendance rate = attended / marked sessions (Present and Late attend; Absent and "
    "Excused are missed). Chronic absence = missing 10% or more, excused included."
)


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


def _school(name: str) -> str:
    return f"{name}: " if name else ""


def _zone_note(zone_name: str) -> str:
    return f"Dates and times in {zone_name}."


def _tally_words(tally: Tally) -> str:
    rate = format_rate(tally.rate)
    return f"attendance {rate} ({tally.attended} of {tally.marked} marked sessions)"


def _history_sheets(report: StudentHistory) -> list[Sheet]:
    ids = []
    if report.student_number:
        ids.append(f"student number {report.student_number}")
    if report.source_id and report.source_id != report.student_number:
        ids.append(f"roster ID {report.source_id}" if ids else report.source_id)
    who = report.student_name + (f" ({', '.join(ids)})" if ids else "")
    title = (
        f"{_school(report.school_name)}{who}, attendance "
        f"{describe_range(report.first_day, report.last_day)}"
    )
    chronic = "yes" if report.tally.chronic else "no"
    subtitle = (
        f"{_tally_words(report.tally).capitalize()}; chronically absent: {chronic}. "
        f"{_zone_note(report.calendar.name)}"
    )
    history = Sheet(
        name="History",
        title=title,
        subtitle=subtitle,
        columns=(
            Column("Date", "date"),
            Column("Start", "time"),
            Column("Class"),
            Column("Code"),
            Column("Mark"),
            Column("Check-in", "time"),
            Column("Note"),
        ),
        rows=tuple(
            (
                row.day,
                row.start,
                row.class_name,
                row.code.code if row.code else "",
                row.code.label if row.code else "Unmarked",
                row.check_in,
                row.note,
            )
            for row in report.rows
        ),
    )
    tally = report.tally
    marked = tally.marked
    totals = Sheet(
        name="Totals",
        title=title,
        subtitle=f"{HOW_COUNTED} {_zone_note(report.calendar.name)}",
        columns=(
            Column("Code"),
            Column("Mark"),
            Column("Counts as"),
            Column("Sessions", "int"),
            Column("Share of marked", "percent"),
        ),
        rows=(
            *(
                (
                    item.code.code,
                    item.code.label,
                    _counts_as(item.code),
                    item.count,
                    item.count / marked if marked else None,
                )
                for item in report.totals
            ),
            ("", "Unmarked", "", tally.unmarked, None),
        ),
        footer=(
            ("", "Attended", "", tally.attended, tally.rate),
            ("", "Missed", "", tally.missed, tally.missed / marked if marked else None),
            ("", "Chronically absent", "Yes" if tally.chronic else "No", None, None),
        ),
    )
    return [history, totals]


def _counts_as(code: Code) -> str:
    return "attended" if code.counts_as_present else "missed"


def _summary_sheet(report: ClassSummary) -> Sheet:
    teacher = f" ({report.teacher_name})" if report.teacher_name else ""
    title = (
        f"{_school(report.school_name)}{report.class_name}{teacher}, class summary "
        f"{describe_range(report.first_day, report.last_day)}"
    )
    total = report.tally
    subtitle = (
        f"{report.sessions} lessons, {report.registers_taken} registers taken; class "
        f"{_tally_words(total)}; {report.chronic_count} of {len(report.rows)} students "
        f"chronically absent. {HOW_COUNTED} {_zone_note(report.calendar.name)}"
    )
    codes = report.codes
    # The student number is a column only when the roster gave numbers (SDS, Clever, ...).
    numbered = any(row.student_number for row in report.rows)
    number_column = (Column("Student number"),) if numbered else ()
    return Sheet(
        name="Class summary",
        title=title,
        subtitle=subtitle,
        columns=(
            Column("Student"),
            Column("Roster ID"),
            *number_column,
            Column("Joined", "date"),
            Column("Left", "date"),
            *(Column(f"{c.label} ({c.code})", "int", short=c.code) for c in codes),
            Column("Unmarked", "int"),
            Column("Marked", "int"),
            Column("Attended", "int"),
            Column("Attendance rate", "percent", short="Rate"),
            Column("Chronic absence", "flag", short="Chronic"),
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
                "Whole class",
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
    span = (
        describe_range(report.since, last_day)
        if report.since and report.since <= last_day
        else f"up to {describe_range(last_day, last_day)}"
    )
    return Sheet(
        name="Missing registers",
        title=f"{_school(report.school_name)}registers never taken, {span}",
        subtitle=(
            f"{report.count} lessons that ended by {until:%Y-%m-%d %H:%M} with no register: "
            f"never started, or started with nobody marked. {_zone_note(report.calendar.name)}"
        ),
        columns=(
            Column("Teacher"),
            Column("Date", "date"),
            Column("Start", "time"),
            Column("End", "time"),
            Column("Class"),
            Column("Room"),
            Column("Register"),
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
    per = "week" if report.bucket == "week" else "day"
    return Sheet(
        name=f"Rate by {per}",
        title=(
            f"{_school(report.school_name)}{report.class_name}, attendance rate by {per} "
            f"{describe_range(report.first_day, report.last_day)}"
        ),
        subtitle=f"{HOW_COUNTED} {_zone_note(report.calendar.name)}",
        columns=(
            Column("From", "date"),
            Column("To", "date"),
            Column("Marked", "int"),
            Column("Attended", "int"),
            Column("Attendance rate", "percent"),
        ),
        rows=tuple((p.first_day, p.last_day, p.marked, p.attended, p.rate) for p in report.points),
    )


def _register_sheet(report: PrintableRegister) -> Sheet:
    when = f"{report.day:%A} {describe_range(report.day, report.day)}, "
    when += f"{report.start:%H:%M}-{report.end:%H:%M}"
    teacher = report.teacher_name
    if report.class_teacher_name and report.class_teacher_name != teacher:
        teacher += f" (covering for {report.class_teacher_name})"
    state = {"planned": "not started", "open": "open", "closed": "closed"}.get(
        report.status, report.status
    )
    room = f", room {report.room}" if report.room else ""
    return Sheet(
        name="Register",
        title=f"{_school(report.school_name)}{report.class_name} register, {when}",
        subtitle=(
            f"Taken by {teacher}{room}; register {state}. {_zone_note(report.calendar.name)}"
        ),
        columns=(
            Column("#", "int"),
            Column("Student"),
            Column("Roster ID"),
            Column("Code"),
            Column("Mark"),
            Column("Check-in", "time"),
            Column("Note"),
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
    """A cell as text for people: ISO dates, 24-hour times, 92.3%, Yes/No."""
    if value is None:
        return ""
    if kind == "date":
        return value.isoformat() if isinstance(value, date) else str(value)
    if kind == "time":
        return f"{value:%H:%M}" if isinstance(value, datetime | time) else str(value)
    if kind == "datetime":
        return f"{value:%Y-%m-%d %H:%M}" if isinstance(value, datetime) else str(value)
    if kind == "percent":
        return format_rate(float(value))
    if kind == "flag":
        return "Yes" if value else "No"
    return str(value)


def csv_value(value: Any, kind: Kind) -> str:
    """A cell as CSV text: like ``text_value`` but rates as a bare number, text neutralised."""
    if value is None:
        return ""
    if kind == "percent":
        return f"{float(value) * 100:.1f}"
    if kind == "text":
        return neutralise(str(value))
    return text_value(value, kind)


def _csv_header(column: Column) -> str:
    return f"{column.title} (%)" if column.kind == "percent" else column.title


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
        cell.value = "Yes" if value else "No"
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
    return name.translate(_BAD_SHEET_CHARS).strip()[:31] or "Sheet"


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
        raise KnownError(
            f"Cannot export to '{destination.name}': only .csv and .xlsx files are supported."
        )
    writers[chosen](report, destination)
    return destination
