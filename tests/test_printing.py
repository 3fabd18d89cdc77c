"""Paper layouts: registers and class summaries as PDF files and on a (PDF) printer.

The PDFs are read back with pypdf: page count, and the words on each page (Qt
writes each word separately, so the text is compared with white space folded).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pypdf
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from attendance_desktop import chart_content, i18n, reports
from attendance_desktop.db.models import ClassSession
from attendance_desktop.errors import KnownError
from attendance_desktop.reports import PrintableRegister, RegisterLine, SchoolCalendar
from attendance_desktop.rules import Code
from attendance_desktop.ui import printing
from tests.test_reports_window import LONDON, TODAY, load_demo

P = Code(1, "P", "Present", "present", True, "P", "#2E7D32", 10)
A = Code(2, "A", "Absent", "absent", False, "A", "#C62828", 20)
L = Code(3, "L", "Late", "late", True, "L", "#EF6C00", 30)
E = Code(4, "E", "Excused", "excused", False, "E", "#1565C0", 40)


def page_texts(path: Path) -> list[str]:
    """Each page's words, white space folded to single spaces."""
    reader = pypdf.PdfReader(path)
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def big_register(students: int) -> PrintableRegister:
    start = datetime(2026, 11, 24, 8, 50, tzinfo=UTC).astimezone(LONDON.zone)
    codes = (P, A, L, E)
    lines = tuple(
        RegisterLine(
            student_id=n,
            name=f"Pupil{n:02d} Family{n:02d}",
            list_name=f"Family{n:02d}, Pupil{n:02d}",
            source_id=f"S-{n:04d}",
            code=codes[n % 4],
            check_in=start + timedelta(minutes=n % 7) if codes[n % 4].checks_in else None,
            note="Bus was late" if n % 4 == 2 else "",
        )
        for n in range(1, students + 1)
    )
    return PrintableRegister(
        school_name="Hillside School",
        calendar=LONDON,
        class_session_id=1,
        class_name="Year 9 Assembly",
        subject="Tutor time",
        room="Hall",
        teacher_name="Mr Cover",
        class_teacher_name="Ms Owner",
        day=start.date(),
        start=start,
        end=start + timedelta(minutes=55),
        status="closed",
        closed_at=start + timedelta(minutes=50),
        started=True,
        lines=lines,
        codes=codes,
    )


def demo_sessions(engine: Engine) -> tuple[int, int]:
    """A closed lesson with marks, and a lesson today not started, from the demo school."""
    with Session(engine) as session:
        closed = session.scalars(
            select(ClassSession.id)
            .where(ClassSession.status == "closed")
            .order_by(ClassSession.start_time.desc(), ClassSession.id)
        ).first()
        planned = session.scalars(
            select(ClassSession.id)
            .where(ClassSession.status == "planned")
            .order_by(ClassSession.start_time, ClassSession.id)
        ).first()
    assert closed is not None and planned is not None
    return closed, planned


def test_register_of_a_demo_lesson(engine: Engine, tmp_path: Path, qapp: Any) -> None:
    load_demo(engine)
    closed, _planned = demo_sessions(engine)
    with Session(engine) as session:
        register = reports.session_register(session, closed, tz=LONDON)
    path = tmp_path / "register.pdf"

    pages = printing.render_register_pdf(register, path)
    texts = page_texts(path)
    assert pages == len(texts) == (1 if len(register.lines) <= 30 else 2)
    text = " ".join(texts)
    assert text.startswith("Riverside Academy (demo) Register: " + register.class_name)
    assert f"Teacher {register.teacher_name}" in text
    assert f"Room {register.room}" in text
    day = register.start
    assert f"{i18n.long_date(day.date())}, {i18n.clock(day)}" in text
    assert "Europe/London" in text
    assert "# Student Code Mark Check-in Note" in text  # no roster ids in the demo: no column
    for number, line in enumerate(register.lines, start=1):
        assert line.code is not None
        row = f"{number} {line.list_name} {line.code.code} {line.code.label}"
        if line.check_in is not None:
            row += f" {line.check_in:%H:%M}"
        if line.note:
            row += f" {' '.join(line.note.split())}"
        assert row in text
    totals = register.totals
    assert " · ".join(f"{t.code.label} {t.count}" for t in totals) in text
    assert f"Taken by {register.teacher_name} on" in text
    assert "Signature: ____" in text and "Date: ____" in text
    assert text.endswith(f"Page {pages} of {pages}")
    assert pypdf.PdfReader(path).pages[0].mediabox.width == pytest.approx(595.3, abs=1)  # A4


def test_a_register_never_taken_prints_empty_boxes(
    engine: Engine, tmp_path: Path, qapp: Any
) -> None:
    load_demo(engine)
    _closed, planned = demo_sessions(engine)
    with Session(engine) as session:
        register = reports.session_register(session, planned, tz=LONDON)
    assert not register.started and register.lines
    path = tmp_path / "blank.pdf"

    printing.render_register_pdf(register, path)
    text = " ".join(page_texts(path))
    assert "Register not started" in text
    assert "Not taken in the app: to be marked by hand" in text
    for number, line in enumerate(register.lines, start=1):
        assert f"{number} {line.list_name}" in text
    assert "Present" not in text.split("Key:")[0]  # no marks above the key
    assert "Signature: ____" in text


def test_sixty_students_span_pages_with_the_header_repeated(tmp_path: Path, qapp: Any) -> None:
    register = big_register(60)
    path = tmp_path / "big.pdf"

    pages = printing.render_register_pdf(register, path)
    texts = page_texts(path)
    assert pages == len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert "# Student Roster ID Code Mark Check-in Note" in text, f"page {number}"
        assert text.endswith(f"Page {number} of {pages}")
        assert "Hillside School · Year 9 Assembly register, Tue 24 Nov 2026 08:50" in text
    everything = " ".join(texts)
    for n in range(1, 61):
        assert everything.count(f"Family{n:02d}, Pupil{n:02d} S-{n:04d}") == 1
    # The closing lines are on the last page, and not alone on it.
    assert "Signature:" in texts[-1] and "Family60, Pupil60" in texts[-1]
    assert "Taken by Mr Cover (covering for Ms Owner)" in texts[-1]
    assert "Present 15 · Absent 15 · Late 15 · Excused 15 · Not marked 0" in texts[-1]


def test_a_class_of_thirty_fits_on_one_sheet(tmp_path: Path, qapp: Any) -> None:
    assert printing.render_register_pdf(big_register(30), tmp_path / "thirty.pdf") == 1


@pytest.mark.parametrize("students", [31, 32, 33, 34, 35])
def test_the_signature_is_never_left_alone_on_a_page(
    tmp_path: Path, qapp: Any, students: int
) -> None:
    """Around the size where the closing lines stop fitting on page 1, some rows go with
    them to page 2."""
    path = tmp_path / "edge.pdf"
    printing.render_register_pdf(big_register(students), path)
    texts = page_texts(path)
    last_name = f"Family{students:02d}, Pupil{students:02d}"
    assert "Signature:" in texts[-1] and last_name in texts[-1]
    assert sum(text.count("Signature:") for text in texts) == 1


def test_class_summary_with_its_chart(engine: Engine, tmp_path: Path, qapp: Any) -> None:
    load_demo(engine)
    first = TODAY - timedelta(weeks=4)
    with Session(engine) as session:
        class_id = reports.find_class(session, "7A English")
        summary = reports.class_summary(session, class_id, first, TODAY, tz=LONDON)
        series = reports.rate_over_time(session, class_id, first, TODAY, tz=LONDON)
    path = tmp_path / "summary.pdf"

    pages = printing.render_class_summary_pdf(summary, path, chart_content.rate_chart(series))
    texts = page_texts(path)
    assert pages == len(texts)
    everything = " ".join(texts)
    assert texts[0].startswith("Riverside Academy (demo) Class summary: 7A English")
    assert f"Teacher {summary.teacher_name}" in texts[0]
    assert f"Period {reports.describe_range(first, TODAY)}" in texts[0]
    assert len(pypdf.PdfReader(path).pages[0].images) == 1  # the chart
    chronic = summary.chronic_count
    assert chronic > 0  # the demo has students who are often absent
    assert f"{chronic} of {len(summary.rows)} students chronically absent" in texts[0]
    assert everything.count("CHRONIC") == chronic
    for row in summary.rows:
        figures = " ".join(str(row.tally.count(c.id)) for c in summary.codes)
        line = f"{row.list_name}"
        assert line in everything
        assert f"{figures} {row.tally.unmarked} {row.tally.marked} " in everything
    total = summary.tally
    assert f"Whole class {' '.join(str(total.count(c.id)) for c in summary.codes)}" in everything
    assert reports.format_rate(total.rate) in everything
    assert f"Page {pages} of {pages}" in texts[-1]


def test_class_summary_without_a_chart_or_students(tmp_path: Path, qapp: Any) -> None:
    summary = reports.ClassSummary(
        school_name="",
        calendar=SchoolCalendar.named("Europe/London"),
        class_id=1,
        class_name="Empty class",
        subject=None,
        teacher_name="Ms Nobody",
        first_day=date(2026, 9, 1),
        last_day=date(2026, 9, 30),
        codes=(P, A, L, E),
        sessions=0,
        registers_taken=0,
        rows=(),
    )
    path = tmp_path / "empty.pdf"
    assert printing.render_class_summary_pdf(summary, path) == 1
    (text,) = page_texts(path)
    assert "No students were in this class in this period." in text
    assert "None of the 0 students is chronically absent." in text
    assert not pypdf.PdfReader(path).pages[0].images


def pdf_printer(path: Path) -> Any:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(printing.a4_portrait())
    return printer


def test_printing_goes_through_the_print_dialog(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``print_register`` asks which printer; what the person picks is where it goes."""
    from PySide6.QtWidgets import QDialog

    asked: list[str] = []
    target = tmp_path / "printed.pdf"

    class FakePrintDialog:
        answer = QDialog.DialogCode.Accepted

        def __init__(self, printer: Any, parent: Any) -> None:
            self.printer = printer

        def setWindowTitle(self, title: str) -> None:
            asked.append(title)

        def exec(self) -> QDialog.DialogCode:
            # What choosing "Print to file (PDF)" in the dialog does to the printer.
            self.printer.setOutputFormat(self.printer.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(target))
            return self.answer

    monkeypatch.setattr(printing, "QPrintDialog", FakePrintDialog)
    register = big_register(40)
    assert printing.print_register(None, register) is True
    assert asked == ["Print register"]
    texts = page_texts(target)
    assert len(texts) >= 2 and "Family40, Pupil40" in texts[-1]

    target.unlink()
    FakePrintDialog.answer = QDialog.DialogCode.Rejected
    assert printing.print_register(None, register) is False
    assert not target.exists()


def test_print_to_a_given_printer(tmp_path: Path, qapp: Any) -> None:
    register = big_register(12)
    printed = tmp_path / "printer.pdf"
    assert printing.print_register(None, register, printer=pdf_printer(printed))
    assert page_texts(printed)[0].startswith("Hillside School Register: Year 9 Assembly")

    summary_pdf = tmp_path / "summary-printer.pdf"
    summary = reports.ClassSummary(
        school_name="Hillside School",
        calendar=LONDON,
        class_id=1,
        class_name="Year 9 Assembly",
        subject=None,
        teacher_name="Ms Owner",
        first_day=date(2026, 9, 1),
        last_day=date(2026, 9, 30),
        codes=(P, A, L, E),
        sessions=0,
        registers_taken=0,
        rows=(),
    )
    assert printing.print_class_summary(None, summary, printer=pdf_printer(summary_pdf))
    assert "Class summary: Year 9 Assembly" in page_texts(summary_pdf)[0]


def test_a_folder_that_cannot_be_written_is_a_known_error(tmp_path: Path, qapp: Any) -> None:
    with pytest.raises(KnownError, match="Could not write"):
        printing.render_register_pdf(big_register(3), tmp_path / "missing" / "register.pdf")
    assert not (tmp_path / "missing").exists()


def test_a_lessons_register_from_the_register_menu(
    engine: Engine, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What Register > Save register as PDF… and Print register… do: load on the worker,
    then save or print on the main thread."""
    from attendance_desktop.db.work import Database
    from attendance_desktop.ui.operations import Operations

    load_demo(engine)
    closed, _planned = demo_sessions(engine)
    with Session(engine) as session:
        register = reports.session_register(session, closed, tz=LONDON)
    operations = Operations(Database(engine))
    saved: list[Path | None] = []

    chosen = tmp_path / "chosen"
    monkeypatch.setattr(
        printing.QFileDialog, "getSaveFileName", lambda *args: (str(chosen), "PDF (*.pdf)")
    )
    printing.save_session_register_pdf(None, operations, closed, zone=LONDON, on_done=saved.append)
    qtbot.waitUntil(lambda: saved != [])
    assert saved == [tmp_path / "chosen.pdf"]
    text = " ".join(page_texts(tmp_path / "chosen.pdf"))
    assert f"Register: {register.class_name}" in text and register.lines[0].list_name in text

    monkeypatch.setattr(printing.QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    printing.save_session_register_pdf(None, operations, closed, zone=LONDON, on_done=saved.append)
    qtbot.waitUntil(lambda: len(saved) == 2)
    assert saved[1] is None

    printed: list[bool] = []
    target = tmp_path / "printed.pdf"
    printing.print_session_register(
        None, operations, closed, zone=LONDON, printer=pdf_printer(target), on_done=printed.append
    )
    qtbot.waitUntil(lambda: printed == [True])
    assert f"Register: {register.class_name}" in " ".join(page_texts(target))

    # A folder that cannot be written, and a lesson that does not exist: plain words.
    from PySide6.QtWidgets import QApplication, QMessageBox

    def boxes() -> list[QMessageBox]:
        return [
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "knownErrorBox" and w.isVisible()
        ]  # fmt: skip

    printing.save_session_register_pdf(
        None, operations, closed, zone=LONDON, path=tmp_path / "missing" / "r.pdf"
    )
    qtbot.waitUntil(lambda: len(boxes()) == 1)
    assert "Could not write" in boxes()[0].text()
    boxes()[0].close()
    printing.print_session_register(None, operations, 999_999, zone=LONDON)
    qtbot.waitUntil(lambda: len(boxes()) == 1)
    assert "There is no lesson with id 999999." in boxes()[0].text()
    boxes()[0].close()
    operations.wait_for_done()
