"""Exports: CSV and XLSX read back, local dates, percentages, formula injection neutralised."""

from __future__ import annotations

import csv
import io
import os
import zipfile
from datetime import UTC, date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from attendance_desktop import demo, export, reports
from attendance_desktop.errors import KnownError
from attendance_desktop.reports import (
    ClassSummary,
    HistoryRow,
    MissingRegister,
    MissingRegisters,
    SchoolCalendar,
    StudentHistory,
    StudentSummary,
    Tally,
    TeacherMissingRegisters,
)
from attendance_desktop.rules import Code

LONDON = SchoolCalendar.named("Europe/London")
P = Code(1, "P", "Present", "present", True, "P", "#2E7D32", 10)
A = Code(2, "A", "Absent", "absent", False, "A", "#C62828", 20)
L = Code(3, "L", "Late", "late", True, "L", "#EF6C00", 30)
E = Code(4, "E", "Excused", "excused", False, "E", "#1565C0", 40)
CODES = (P, A, L, E)
BY_ID = {c.id: c for c in CODES}

NASTY = ['=HYPERLINK("http://evil.example","click")', "+44 20 7946 0000", "-1+2", "@SUM(A1)"]


def summary() -> ClassSummary:
    def row(n: int, name: str, counts: dict[int | None, int], **kw: object) -> StudentSummary:
        return StudentSummary(
            student_id=n,
            name=name,
            list_name=name,
            source_id=kw.get("source_id", f"S{n}"),  # type: ignore[arg-type]
            joined=kw.get("joined"),  # type: ignore[arg-type]
            left=kw.get("left"),  # type: ignore[arg-type]
            tally=Tally.of(counts, BY_ID),
        )

    return ClassSummary(
        school_name="Hillside School",
        calendar=LONDON,
        class_id=7,
        class_name="10X Geography",
        subject="Geography",
        teacher_name="Mr Okafor",
        first_day=date(2026, 3, 16),
        last_day=date(2026, 3, 27),
        codes=CODES,
        sessions=10,
        registers_taken=10,
        rows=(
            row(1, "Abbott, Ada", {1: 8, 2: 1, 3: 1}),
            row(2, "Brennan, Ben", {1: 10}, joined=date(2026, 3, 18)),
            row(3, NASTY[0], {1: 7, 3: 1, 4: 1, None: 1}, source_id=NASTY[3]),
            row(4, "Dubois, Dee", {}, left=date(2026, 3, 20)),
        ),
    )


def history() -> StudentHistory:
    def at(y: int, m: int, d: int, hh: int, mm: int) -> datetime:
        return LONDON.local(datetime(y, m, d, hh, mm, tzinfo=UTC))

    rows = (
        # 23:30 UTC on 9 June is 00:30 BST on the 10th: the export must say the 10th.
        HistoryRow(1, 11, date(2026, 6, 10), at(2026, 6, 9, 23, 30), "Astronomy", P,
                   at(2026, 6, 9, 23, 32), NASTY[1]),
        HistoryRow(2, 12, date(2026, 6, 11), at(2026, 6, 11, 8, 0), "Maths", A, None, NASTY[2]),
        HistoryRow(3, 13, date(2026, 6, 12), at(2026, 6, 12, 8, 0), "Maths", None, None, ""),
    )  # fmt: skip
    return StudentHistory(
        school_name="Hillside School",
        calendar=LONDON,
        student_id=5,
        student_name="Ada Abbott",
        source_id="S-ADA",
        first_day=date(2026, 6, 1),
        last_day=date(2026, 6, 30),
        codes=CODES,
        rows=rows,
        tally=Tally.of({1: 1, 2: 1, None: 1}, BY_ID),
    )


def missing() -> MissingRegisters:
    start = LONDON.local(datetime(2026, 3, 26, 14, 0, tzinfo=UTC))
    end = LONDON.local(datetime(2026, 3, 26, 14, 50, tzinfo=UTC))
    register = MissingRegister(9, 7, "10X Geography", "G1", start.date(), start, end, "planned")
    return MissingRegisters(
        school_name="Hillside School",
        calendar=LONDON,
        since=date(2026, 3, 1),
        until=datetime(2026, 3, 31, 12, 0, tzinfo=UTC),
        teachers=(TeacherMissingRegisters(3, "Mr Okafor", (register,)),),
    )


# --- CSV ------------------------------------------------------------------------------------


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark, for Excel"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_class_summary_csv(tmp_path: Path) -> None:
    path = export.export(summary(), tmp_path / "summary.csv")
    rows = read_csv(path)
    assert rows[0] == [
        "Student", "Roster ID", "Joined", "Left", "Present (P)", "Absent (A)", "Late (L)",
        "Excused (E)", "Unmarked", "Marked", "Attended", "Attendance rate (%)", "Chronic absence",
    ]  # fmt: skip
    assert rows[1] == [
        "Abbott, Ada",
        "S1",
        "",
        "",
        "8",
        "1",
        "1",
        "0",
        "0",
        "10",
        "9",
        "90.0",
        "Yes",
    ]
    assert rows[2][2] == "2026-03-18" and rows[2][11] == "100.0" and rows[2][12] == "No"
    # The formula-looking name and roster id are neutralised with an apostrophe.
    assert rows[3][0] == "'" + NASTY[0]
    assert rows[3][1] == "'" + NASTY[3]
    assert rows[3][8:13] == ["1", "9", "8", "88.9", "Yes"]
    # Nothing marked: no rate, not flagged.
    assert rows[4][3] == "2026-03-20" and rows[4][11] == "" and rows[4][12] == "No"
    assert len(rows) == 5  # no totals row in a CSV: it is data for other tools


def test_history_csv_uses_local_dates_and_neutralises_notes(tmp_path: Path) -> None:
    rows = read_csv(export.export(history(), tmp_path / "history.csv"))
    assert rows[0] == ["Date", "Start", "Class", "Code", "Mark", "Check-in", "Note"]
    assert rows[1] == ["2026-06-10", "00:30", "Astronomy", "P", "Present", "00:32", "'" + NASTY[1]]
    assert rows[2] == ["2026-06-11", "09:00", "Maths", "A", "Absent", "", "'" + NASTY[2]]
    assert rows[3] == ["2026-06-12", "09:00", "Maths", "", "Unmarked", "", ""]


@pytest.mark.parametrize("text", [*NASTY, "\tcmd", "\r=1", "=", "a=1", "Zoë", ""])
def test_neutralise(text: str) -> None:
    result = export.neutralise(text)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        assert result == "'" + text
    else:
        assert result == text


def test_csv_to_a_stream_has_no_byte_order_mark() -> None:
    text = export.csv_text(missing())
    assert not text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == ["Mr Okafor", "2026-03-26", "14:00", "14:50", "10X Geography", "G1",
                       "never started"]  # fmt: skip


# --- XLSX -----------------------------------------------------------------------------------


def test_class_summary_xlsx(tmp_path: Path) -> None:
    path = export.export(summary(), tmp_path / "summary.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Class summary"]
    title = sheet["A1"].value
    assert "Hillside School" in title and "10X Geography" in title and "Mr Okafor" in title
    assert "16 Mar 2026 to 27 Mar 2026" in title
    assert "Europe/London" in sheet["A2"].value
    header = [c.value for c in sheet[4]]
    assert header[0] == "Student" and header[11] == "Attendance rate"
    assert all(c.font.bold for c in sheet[4])
    assert sheet.freeze_panes == "B5"
    assert sheet.auto_filter.ref == "A4:M8"
    ada = sheet[5]
    assert [c.value for c in ada[4:11]] == [8, 1, 1, 0, 0, 10, 9]
    assert isinstance(ada[4].value, int)
    rate = ada[11]
    assert rate.value == pytest.approx(0.9) and rate.number_format == "0.0%"
    assert ada[12].value == "Yes"
    joined = sheet.cell(6, 3)
    assert joined.value == datetime(2026, 3, 18) and joined.is_date
    assert joined.number_format == "yyyy-mm-dd"
    # Formula-looking text stays text: stored as a string, never as a formula.
    nasty = sheet.cell(7, 1)
    assert nasty.value == NASTY[0] and nasty.data_type == "s"
    assert sheet.cell(7, 2).value == NASTY[3] and sheet.cell(7, 2).data_type == "s"
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    # Nothing marked: an empty rate cell, not 0 %.
    assert sheet.cell(8, 12).value is None
    # The whole class after a blank row, in bold.
    total = sheet[10]
    assert total[0].value == "Whole class" and total[0].font.bold
    assert [c.value for c in total[4:11]] == [25, 1, 2, 1, 1, 29, 27]
    assert total[11].value == pytest.approx(27 / 29)
    widths = [sheet.column_dimensions[col].width for col in "ABCDEFGHIJKLM"]
    assert widths[0] >= len(NASTY[0]) and all(8 <= w <= 62 for w in widths)


def test_history_xlsx_local_dates_times_and_totals(tmp_path: Path) -> None:
    path = export.export(history(), tmp_path / "history.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["History", "Totals"]
    rows = book["History"]
    first = rows[5]
    assert first[0].value == datetime(2026, 6, 10) and first[0].number_format == "yyyy-mm-dd"
    assert first[1].value == time(0, 30) and first[1].number_format == "hh:mm"
    assert first[5].value == time(0, 32)
    assert first[6].value == NASTY[1] and first[6].data_type == "s"
    assert rows.cell(7, 5).value == "Unmarked" and rows.cell(7, 6).value is None
    totals = book["Totals"]
    assert [c.value for c in totals[4]] == ["Code", "Mark", "Counts as", "Sessions",
                                            "Share of marked"]  # fmt: skip
    assert [c.value for c in totals[5]] == ["P", "Present", "attended", 1, 0.5]
    assert totals.cell(5, 5).number_format == "0.0%"
    assert [c.value for c in totals[9]][1:4] == ["Unmarked", None, 1]
    assert [c.value for c in totals[11]][1:5] == ["Attended", None, 1, 0.5]


def test_export_refuses_unknown_formats_and_unwritable_places(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match=r"\.csv and \.xlsx"):
        export.export(summary(), tmp_path / "summary.pdf")
    missing_folder = tmp_path / "no" / "such" / "folder" / "summary.xlsx"
    with pytest.raises(KnownError, match="Could not write"):
        export.export(summary(), missing_folder)
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            with pytest.raises(KnownError, match="Could not write"):
                export.export(summary(), locked / "summary.csv")
        finally:
            locked.chmod(0o700)
        assert list(locked.iterdir()) == []
    # A folder where the file should be: the temporary file is cleaned up.
    (tmp_path / "taken.csv").mkdir()
    with pytest.raises(KnownError, match="Could not write"):
        export.export(summary(), tmp_path / "taken.csv")
    assert (
        sorted(p.name for p in tmp_path.iterdir()) == ["locked", "taken.csv"][os.geteuid() == 0 :]
    )


def test_a_failed_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "summary.xlsx"
    target.write_bytes(b"the previous export")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("openpyxl.Workbook.save", broken)
    with pytest.raises(RuntimeError):
        export.export(summary(), target)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.xlsx"]


# --- every report, from a real database -----------------------------------------------------


def test_every_report_exports_from_the_demo_school(engine: Engine, tmp_path: Path) -> None:
    today = date(2026, 11, 24)
    with Session(engine) as session, session.begin():
        demo.load_demo_school(session, today=today, tz=LONDON.zone)
    first, last = date(2026, 11, 2), today
    with Session(engine) as session:
        class_summary = reports.class_summary(session, 1, first, last, LONDON)
        student = class_summary.rows[0].student_id
        made = [
            class_summary,
            reports.student_history(session, student, first, last, LONDON),
            reports.missing_registers(
                session, datetime(2026, 11, 24, 18, tzinfo=UTC), LONDON, since=first
            ),
            reports.rate_over_time(session, 1, first, last, LONDON),
            reports.session_register(session, 1, LONDON),
        ]
    for n, report in enumerate(made):
        for suffix in ("csv", "xlsx"):
            export.export(report, tmp_path / f"{n}.{suffix}")
        rows = read_csv(tmp_path / f"{n}.csv")
        book = openpyxl.load_workbook(tmp_path / f"{n}.xlsx")
        main = book.worksheets[0]
        assert [h.removesuffix(" (%)") for h in rows[0]] == [c.value for c in main[4]]
        assert len(rows) - 1 == len(export.sheets(report)[0].rows) > 0
        assert main["A1"].value.startswith(demo.DEMO_SCHOOL_NAME)
    # The workbook's figures are the report's.
    sheet = openpyxl.load_workbook(tmp_path / "0.xlsx").worksheets[0]
    for number, row in enumerate(class_summary.rows, start=5):
        assert sheet.cell(number, 1).value == row.list_name
        marked = sheet.cell(number, 4 + len(class_summary.codes) + 2).value
        rate = sheet.cell(number, 4 + len(class_summary.codes) + 4).value
        assert marked == row.tally.marked
        assert rate == pytest.approx(row.tally.rate)
