"""Reports and exports in German (issue 16): the words, dates and numbers a German reader
expects, while a workbook's cells stay typed (dates are dates, rates are numbers) and a CSV
stays readable by other programs (ISO dates, a full stop in numbers).

Two students in 16 lessons, one absence: the class attended 31 of 32 marked sessions,
96.875 %, which a German reader sees as "96,9 %" (with a no-break space before the sign).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from attendance_desktop import chart_content, export, i18n, report_cli, reports
from attendance_desktop.db.models import (
    Attendance,
    ClassSession,
    Enrollment,
    SchoolClass,
    Student,
    Teacher,
)
from tests.factories import code_ids

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])

Switch = Callable[[str], str]
LONDON = ZoneInfo("Europe/London")
FIRST_DAY, LAST_DAY = date(2026, 3, 2), date(2026, 3, 23)
#: Sixteen school days from Monday 2 March 2026, a lesson at 09:00 each.
DAYS = [d for d in (FIRST_DAY + timedelta(days=n) for n in range(22)) if d.weekday() < 5]
CLASS = "7A Deutsch"
#: 96.875 % the German way: a decimal comma and a no-break space before the sign.
CLASS_RATE = "96,9\u00a0%"
ADA_RATE = "93,8\u00a0%"  # 15 of 16


def make_school(engine: Engine) -> dict[str, int]:
    codes = code_ids(engine)
    with Session(engine) as session, session.begin():
        teacher = Teacher(display_name="Frau Weber")
        session.add(teacher)
        session.flush()
        klass = SchoolClass(name=CLASS, subject="Deutsch", teacher_id=teacher.id)
        session.add(klass)
        session.flush()
        ids: dict[str, int] = {"class": klass.id}
        for first, last, joined in (
            ("Ada", "Abbott", None),
            ("Ben", "Brandt", None),
            ("Cem", "Çelik", date(2026, 3, 10)),  # joined during the range, no marks yet
        ):
            student = Student(first_name=first, last_name=last, source_id=f"S-{first}")
            session.add(student)
            session.flush()
            ids[first] = student.id
            session.add(Enrollment(class_id=klass.id, student_id=student.id, start_date=joined))
        for n, day in enumerate(DAYS):
            start = datetime(day.year, day.month, day.day, 9, 0, tzinfo=LONDON).astimezone(UTC)
            lesson = ClassSession(
                class_id=klass.id,
                teacher_id=teacher.id,
                room="R1",
                start_time=start,
                end_time=start + timedelta(minutes=45),
                status="closed",
            )
            session.add(lesson)
            session.flush()
            for first in ("Ada", "Ben"):
                code = codes["A"] if (first, n) == ("Ada", 3) else codes["P"]
                session.add(
                    Attendance(class_session_id=lesson.id, student_id=ids[first], code_id=code)
                )
    return ids


def line_of(text: str, start: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(start))


def test_a_class_report_and_its_exports_in_german(
    engine: Engine, language: Switch, tmp_path: Path
) -> None:
    assert language("de") == "de"
    ids = make_school(engine)
    with Session(engine) as session:
        summary = reports.class_summary(session, ids["class"], FIRST_DAY, LAST_DAY, LONDON)
        series = reports.rate_over_time(session, ids["class"], FIRST_DAY, LAST_DAY, LONDON)
        with pytest.raises(reports.ReportNotFound) as unknown:
            reports.find_class(session, "9Z")
    assert summary.tally.rate == pytest.approx(31 / 32)
    assert "Keine Klasse hat" in str(unknown.value) and "„9Z“" in str(unknown.value)

    # The plain table (the command line): German words, dates and percentages.
    span = reports.describe_range(FIRST_DAY, LAST_DAY)
    assert " bis " in span and "2026" in span
    text = report_cli.render_tables(summary)
    assert text.splitlines()[0] == f"{CLASS} (Frau Weber), Klassenübersicht {span}"
    header = line_of(text, "Schüler")
    assert "Stammdaten-ID" in header and "Quote" in header and "Häufig" in header
    ada_line = line_of(text, "Abbott, Ada")
    assert ADA_RATE in ada_line and ada_line.endswith("Nein")
    assert "10.03.26" in line_of(text, "Çelik, Cem")  # joined, the German short date
    assert CLASS_RATE in line_of(text, "Ganze Klasse")
    assert "Attendance" not in text and "Whole class" not in text  # nothing left in English

    # The workbook: German headings and sheet name, typed cells.
    path = tmp_path / "klasse.xlsx"
    export.write_xlsx(summary, path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Klassenübersicht"]
    sheet = book["Klassenübersicht"]
    assert f"{CLASS} (Frau Weber), Klassenübersicht" in sheet["A1"].value
    assert "Datums- und Zeitangaben: Europe/London." in sheet["A2"].value
    headings = [c.value for c in sheet[4]]
    present = i18n.translate("Codes", "Present")
    assert headings[:4] == ["Schüler", "Stammdaten-ID", "Eintritt", "Austritt"]
    assert any(str(h).startswith(f"{present} (") for h in headings)
    assert headings[-2:] == ["Anwesenheitsquote", "Häufiges Fehlen"]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=5) if row[0].value}
    ada, cem, whole = rows["Abbott, Ada"], rows["Çelik, Cem"], rows["Ganze Klasse"]
    assert ada[-2].value == pytest.approx(15 / 16) and isinstance(ada[-2].value, float)
    assert ada[-2].number_format == "0.0%"
    assert isinstance(ada[-3].value, int) and ada[-3].value == 15  # attended: a number
    assert ada[-1].value == "Nein"
    assert cem[2].is_date and cem[2].value == datetime(2026, 3, 10)
    assert whole[-2].value == pytest.approx(31 / 32)

    # The CSV: German headings, but ISO dates and a full stop for other programs.
    rows_csv = list(csv.reader(io.StringIO(export.csv_text(summary))))
    assert rows_csv[0][0] == "Schüler" and rows_csv[0][-2] == "Anwesenheitsquote (%)"
    by_name = {row[0]: row for row in rows_csv[1:]}
    assert by_name["Çelik, Cem"][2] == "2026-03-10"
    assert by_name["Abbott, Ada"][-2:] == ["93.8", "Nein"]

    # The chart: German axis titles, percentages and dates; weeks start on Monday.
    chart = chart_content.rate_chart(series)
    assert chart.x_title == "Woche ab" and chart.y_title == "Anwesenheitsquote"
    assert [t.label for t in chart.y_ticks][-2:] == ["90\u00a0%", "100\u00a0%"]
    assert chart.threshold_label.startswith("90\u00a0%")
    assert [date.fromordinal(p.x).weekday() for p in chart.points] == [0, 0, 0, 0]
    assert chart.x_ticks[0].label == "2. März"
    assert CLASS_RATE in chart.subtitle


def test_a_student_history_and_the_command_line_in_german(
    engine: Engine, language: Switch, tmp_path: Path
) -> None:
    language("de")
    ids = make_school(engine)
    with Session(engine) as session:
        history = reports.student_history(session, ids["Ada"], FIRST_DAY, LAST_DAY, LONDON)
    path = tmp_path / "ada.xlsx"
    export.write_xlsx(history, path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Verlauf", "Summen"]
    sheet = book["Verlauf"]
    assert [c.value for c in sheet[4]][:3] == ["Datum", "Beginn", "Klasse"]
    first = list(sheet[5])
    assert first[0].is_date and first[0].value == datetime(2026, 3, 2)
    assert first[1].value == time(9, 0)
    assert first[4].value == i18n.translate("Codes", "Present")
    assert "Anwesenheit " + ADA_RATE in sheet["A2"].value
    totals = book["Summen"]
    attended = next(row for row in totals.iter_rows(min_row=5) if row[1].value == "Besucht")
    assert attended[3].value == 15 and attended[4].value == pytest.approx(15 / 16)

    workbook = tmp_path / "bericht.xlsx"
    args = report_cli.build_parser().parse_args(
        ["report", "class", "--class", CLASS, "--from", FIRST_DAY.isoformat(), "--to",
         LAST_DAY.isoformat(), "--time-zone", "Europe/London", "--output", str(workbook)]
    )  # fmt: skip
    out = io.StringIO()
    assert report_cli.run_report(engine, args, out) == 0
    assert out.getvalue().strip() == f"Bericht gespeichert: {workbook}"
    assert openpyxl.load_workbook(workbook).sheetnames == ["Klassenübersicht"]
