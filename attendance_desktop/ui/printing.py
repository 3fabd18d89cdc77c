"""Paper layouts: a session register and a class summary, to a PDF file or a printer.

Each page is laid out as HTML in a ``QTextDocument`` and cut into A4 portrait
pages here rather than by ``QTextDocument.print``, so that every page gets the
same footer (what the sheet is, "Page 2 of 3") and nothing is scaled: the
document is laid out at the printer's own resolution.  A table's ``<thead>``
row is repeated at the top of each page by the document's paged layout, so a
long register still says which column is which on page 2.

The register is the sheet a school files: school, class, teacher, date, time
and room at the top; one line per student with the code, the check-in time and
any note; the totals and the key to the codes; who took it and when; and a
signature line.  A register never started prints with empty boxes, ready to be
filled in by hand.

Paint on the main thread (fonts and ``QPainter`` on a printer belong to it);
a register or a term's class summary takes a fraction of a second.  For the
main window's Register menu, ``print_session_register`` and
``save_session_register_pdf`` load a lesson's register through ``Operations``
first, then print or save it on the main thread.
"""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Callable
from datetime import datetime, tzinfo
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    QStandardPaths,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from attendance_desktop import __version__, charts, i18n
from attendance_desktop.chart_content import RateChart
from attendance_desktop.errors import KnownError
from attendance_desktop.files import write_bytes
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate
from attendance_desktop.reports import (
    ClassSummary,
    PrintableRegister,
    SchoolCalendar,
    describe_range,
    format_rate,
    session_register,
)
from attendance_desktop.ui.error_dialogs import show_known_error
from attendance_desktop.ui.mark_writer import handled_here
from attendance_desktop.ui.operations import Operations
from attendance_desktop.ui.palette import CHRONIC_BACKGROUND, CHRONIC_TEXT
from attendance_desktop.ui.report_models import (
    day_text,
    moved_words,
    time_range,
)

#: Page margins in millimetres (left, top, right, bottom) and the footer's height.
MARGINS_MM = QMarginsF(15, 14, 15, 10)
FOOTER_MM = 9.0
#: Resolution of the PDF files written (a printer uses its own).
PDF_DPI = 300
BODY_POINTS = 10.0
CHART_RESOURCE = "chart.png"
#: Pixels per inch of the sizes written in the HTML.
CSS_DPI = 96
#: Rows of a table moved to the next page so that the signature line is not left alone.
CARRY_ROWS = 3

#: What the layouts paint on: a PDF file, or a printer (which may itself print to PDF).
Paper = QPdfWriter | QPrinter

STATE_WORDS = {
    "planned": QT_TRANSLATE_NOOP("Printing", "not started"),
    "open": QT_TRANSLATE_NOOP("Printing", "open"),
    "closed": QT_TRANSLATE_NOOP("Printing", "closed"),
}
#: A line to write on by hand.
BLANK = "_" * 32
RULE = "#444444"


def a4_portrait() -> QPageLayout:
    """The page every layout here is made for: A4, portrait, the margins above."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


# --- the register -------------------------------------------------------------------------------


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _t(constant: str) -> str:
    """A ``QT_TRANSLATE_NOOP("Printing", ...)`` constant translated, escaped for the page.

    Sentences of the page are ``_e(translate("Printing", "..."))`` then ``.format``: the
    ``{placeholders}`` stay, to be filled with HTML (escaped data, or markup)."""
    return _e(translate("Printing", constant))


def _long_day(moment: datetime) -> str:
    """ "Tuesday, 24 November 2026" / "Dienstag, 24. November 2026"."""
    return i18n.long_date(moment.date())


def _teacher_words(register: PrintableRegister) -> str:
    """Who takes the register ("no teacher" for a class with none), and for whom when
    covering; a class with no teacher of its own has ``class_teacher_name`` ""."""
    teacher = register.teacher_name
    if register.class_teacher_name and register.class_teacher_name != teacher:
        return translate("Printing", "{teacher} (covering for {class_teacher})").format(
            teacher=teacher, class_teacher=register.class_teacher_name
        )
    return teacher


def _details_table(
    pairs: list[tuple[str, str]], widths: tuple[str, str, str, str] = ("11%", "55%", "12%", "22%")
) -> str:
    """Label / value pairs in two columns of two, as on the top of a paper register.

    Labels are translated here; values are HTML already (escaped by the caller)."""
    rows = []
    for start in range(0, len(pairs), 2):
        cells = []
        for n, (label, value) in enumerate(pairs[start : start + 2]):
            label_width, value_width = (widths[2 * n], widths[2 * n + 1]) if not start else ("", "")
            cells.append(
                f'<td class="label"{f" width={label_width}" if label_width else ""}>'
                f"{_t(label)}</td>"
                f'<td class="value"{f" width={value_width}" if value_width else ""}>{value}</td>'
            )
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return (
        '<table class="details" width="100%" cellspacing="0" cellpadding="3">'
        f"{''.join(rows)}</table>"
    )


def _grid(
    head: list[tuple[str, int | None, bool]],
    rows: list[str],
    *,
    padding: int,
    carry: int = 0,
    small: bool = False,
) -> str:
    """A ruled table; ``head`` is (title, width %, right-aligned) per column (titles already
    translated).

    With ``carry``, the last ``carry`` rows start a new page, as a second table
    with the same header (it looks like the first one continued).
    """
    cells = []
    for title, width, right in head:
        attributes = (f' width="{width}%"' if width else "") + (
            ' align="right"' if right else ' align="left"'
        )
        cells.append(f"<th{attributes}>{_e(title)}</th>")
    header = f"<thead><tr>{''.join(cells)}</tr></thead>"
    opening = (
        f'<table class="{"grid small-grid" if small else "grid"}" width="100%" border="1" '
        f'cellspacing="0" cellpadding="{padding}" '
        'style="border-collapse: collapse; border-color: #888888;{more}">'
    )
    carry = min(carry, len(rows) - 1)
    if carry <= 0:
        return f"{opening.format(more='')}{header}<tbody>{''.join(rows)}</tbody></table>"
    return (
        f"{opening.format(more='')}{header}<tbody>{''.join(rows[:-carry])}</tbody></table>"
        f"{opening.format(more=' page-break-before: always;')}{header}"
        f"<tbody>{''.join(rows[-carry:])}</tbody></table>"
    )


STYLE = f"""
<style>
h1 {{ font-size: 17pt; margin: 0; }}
p {{ margin-top: 0; margin-bottom: 0; }}
.school {{ font-size: 11pt; color: #333333; }}
.label {{ color: #555555; white-space: nowrap; }}
.value {{ font-weight: bold; }}
.grid th {{ background-color: #E8EAED; font-weight: bold; white-space: nowrap; }}
.muted {{ color: #555555; }}
.chronic {{ color: {CHRONIC_TEXT}; font-weight: bold; }}
.small {{ font-size: 8.5pt; color: #444444; }}
.small-grid td {{ font-size: 9pt; }}
.small-grid th {{ font-size: 9pt; white-space: nowrap; }}
.figure {{ white-space: nowrap; }}
</style>
"""


def register_html(register: PrintableRegister, *, carry: int = 0) -> str:
    """The register as HTML for ``QTextDocument`` (its own function, so tests can read it)."""
    times = time_range(register.start, register.end)
    when = _e(
        translate("Printing", "{date}, {times}", "when a lesson was: its date, then its times")
    ).format(date=_e(_long_day(register.start)), times=_e(times))
    when += f' <span class="muted">({_e(register.calendar.name)})</span>'
    class_words = _e(register.class_name)
    if register.subject and register.subject.casefold() not in register.class_name.casefold():
        class_words += f' <span class="muted">({_e(register.subject)})</span>'
    state = STATE_WORDS.get(register.status)
    details = _details_table(
        [
            (QT_TRANSLATE_NOOP("Printing", "Class"), class_words),
            (QT_TRANSLATE_NOOP("Printing", "Room"), _e(register.room or "\u2014")),
            (QT_TRANSLATE_NOOP("Printing", "Teacher"), _e(_teacher_words(register))),
            (
                QT_TRANSLATE_NOOP("Printing", "Register"),
                _t(state) if state else _e(register.status),
            ),
            (QT_TRANSLATE_NOOP("Printing", "Date"), when),
            (QT_TRANSLATE_NOOP("Printing", "Students"), _e(i18n.number(len(register.lines)))),
        ]
    )
    # A roster id column only when the school's system gave ids (a demo or hand-made
    # class has none): the space goes to the note instead.
    ids = any(line.source_id for line in register.lines)
    head: list[tuple[str, int | None, bool]] = [
        (translate("Printing", "#", "the column of row numbers"), 5, True),
        (translate("Printing", "Student"), 30 if ids else 34, False),
        *([(translate("Printing", "Roster ID"), 12, False)] if ids else []),
        (translate("Printing", "Code"), 8, False),
        (translate("Printing", "Mark"), 11, False),
        (translate("Printing", "Check-in"), 12, False),
        (translate("Printing", "Note"), None, False),
    ]
    rows = []
    for number, line in enumerate(register.lines, start=1):
        code = line.code.code if line.code else ""
        mark = line.code.label if line.code else ""
        check_in = i18n.clock(line.check_in) if line.check_in else ""
        rows.append(
            f'<tr><td align="right">{number}</td><td>{_e(line.list_name)}</td>'
            + (f'<td class="muted">{_e(line.source_id or "")}</td>' if ids else "")
            # A mark is one word that must not break ("Anwesen-d"): its column widens
            # instead and the note takes less.
            + f'<td class="figure"><b>{_e(code)}</b></td><td class="figure">{_e(mark)}</td>'
            f'<td class="figure">{_e(check_in)}</td>'
            f"<td>{_e(line.note)}</td></tr>"
        )
    if not rows:
        nobody = _e(translate("Printing", "No students were enrolled in this class on this day."))
        rows.append(f'<tr><td></td><td colspan="{len(head) - 1}">{nobody}</td></tr>')
    # Rows a hand will write in are taller.
    table = _grid(head, rows, padding=3 if register.started else 4, carry=carry)
    codes = ", ".join(f"<b>{_e(c.code)}</b> {_e(c.label)}" for c in register.codes)
    key = _e(translate("Printing", "Key: {codes}.")).format(codes=codes)
    title = _e(translate("Printing", "Register: {class_name}")).format(
        class_name=_e(register.class_name)
    )
    totals, attended, taken = _register_closing(register)
    signature = _e(translate("Printing", "Signature: {line}")).format(line=BLANK)
    signed_on = _e(
        translate("Printing", "Date: {line}", "where the teacher writes the date they signed")
    ).format(line=BLANK[:20])
    return f"""
{STYLE}
<p class="school">{_e(register.school_name)}</p>
<h1>{title}</h1>
<p style="margin-top: 6px; margin-bottom: 8px;">{details}</p>
{table}
<p style="margin-top: 10px;">{totals} {attended}</p>
<p class="small" style="margin-top: 4px;">{key}</p>
<p style="margin-top: 12px;">{taken}</p>
<p style="margin-top: 30px;">{signature}&nbsp;&nbsp;&nbsp;&nbsp;{signed_on}</p>
"""


def _register_closing(register: PrintableRegister) -> tuple[str, str, str]:
    """The lines under the register (HTML): the totals, how many attended, who took it."""
    tally = register.tally
    teacher = f"<b>{_e(_teacher_words(register))}</b>"
    day = _e(_long_day(register.start))
    if not register.started:
        totals = _e(translate("Printing", "Totals: {line}")).format(line=BLANK + "_" * 8)
        taken = _e(
            translate(
                "Printing", "Not taken in the app: to be marked by hand by {teacher} on {date}."
            )
        ).format(teacher=teacher, date=day)
        return totals, "", taken
    counts = [f"{_e(t.code.label)} <b>{t.count}</b>" for t in register.totals]
    counts.append(
        _e(translate("Printing", "Not marked {count}")).format(count=f"<b>{tally.unmarked}</b>")
    )
    totals = _e(
        translate("Printing", "{totals}.", "the totals per code, ending a sentence")
    ).format(totals=" \u00b7 ".join(counts))
    marked = tally.marked
    if marked:
        attended = _e(
            translate(
                "Printing",
                "{attended} of %n students marked attended ({rate}).",
                None,
                marked,
            )
        ).format(attended=tally.attended, rate=_e(format_rate(tally.rate)))
    else:
        attended = _e(translate("Printing", "Nobody was marked."))
    closed_at = register.closed_at
    if closed_at is None:
        taken = _e(
            translate("Printing", "Taken by {teacher} on {date}; the register is still open.")
        ).format(teacher=teacher, date=day)
    elif closed_at.date() == register.start.date():
        taken = _e(translate("Printing", "Taken by {teacher} on {date}; closed at {time}.")).format(
            teacher=teacher, date=day, time=_e(i18n.clock(closed_at))
        )
    else:
        taken = _e(
            translate(
                "Printing", "Taken by {teacher} on {date}; closed on {closed_date} at {time}."
            )
        ).format(
            teacher=teacher,
            date=day,
            closed_date=_e(_long_day(closed_at)),
            time=_e(i18n.clock(closed_at)),
        )
    return totals, attended, taken


def _register_footer(register: PrintableRegister) -> str:
    day, time = day_text(register.start), i18n.clock(register.start)
    sheet = translate("Printing", "{class_name} register, {day} {time}").format(
        class_name=register.class_name, day=day, time=time
    )
    return f"{register.school_name} \u00b7 {sheet}" if register.school_name else sheet


# --- the class summary --------------------------------------------------------------------------


def class_summary_html(
    summary: ClassSummary, *, chart_size: QSizeF | None = None, carry: int = 0
) -> str:
    """The class summary as HTML; ``chart_size`` (CSS pixels) places the chart image."""
    total = summary.tally
    chronic = summary.chronic_count
    students = len(summary.rows)
    registers_taken = summary.registers_taken
    marked_words = _e(translate("Printing", "({attended} of {marked} marked)")).format(
        attended=_e(i18n.number(total.attended)), marked=_e(i18n.number(total.marked))
    )
    lessons = _e(
        translate("Printing", "{lessons} (%n registers taken)", None, registers_taken)
    ).format(lessons=_e(i18n.number(summary.sessions)))
    details = _details_table(
        [
            (QT_TRANSLATE_NOOP("Printing", "Class"), _e(summary.class_name)),
            (QT_TRANSLATE_NOOP("Printing", "Subject"), _e(summary.subject or "\u2014")),
            (QT_TRANSLATE_NOOP("Printing", "Teacher"), _e(summary.teacher_name or "\u2014")),
            (
                QT_TRANSLATE_NOOP("Printing", "Period"),
                _e(describe_range(summary.first_day, summary.last_day)),
            ),
            (
                QT_TRANSLATE_NOOP("Printing", "Attendance"),
                f'{_e(format_rate(total.rate))} <span class="muted">{marked_words}</span>',
            ),
            (QT_TRANSLATE_NOOP("Printing", "Lessons"), lessons),
        ],
        widths=("13%", "41%", "11%", "35%"),
    )
    if chronic:
        flagged = _e(
            translate("Printing", "{chronic} of %n students chronically absent", None, students)
        ).format(chronic=chronic)
        flag_words = _e(
            translate(
                "Printing",
                "{chronically_absent} (missed 10% or more of their marked lessons; "
                "highlighted below).",
            )
        ).format(chronically_absent=f'<span class="chronic">{flagged}</span>')
    else:
        flag_words = _e(
            translate("Printing", "None of the %n students is chronically absent.", None, students)
        )
    chart = ""
    if chart_size is not None:
        chart = (
            f'<p style="margin-top: 8px; margin-bottom: 8px;"><img src="{CHART_RESOURCE}" '
            f'width="{int(chart_size.width())}" height="{int(chart_size.height())}"></p>'
        )
    codes = summary.codes
    # Headings and figures never wrap (see STYLE); the name takes what is left.
    head: list[tuple[str, int | None, bool]] = [
        (translate("Printing", "Student"), None, False),
        *((c.label, None, True) for c in codes),
        (translate("Printing", "Unmarked"), None, True),
        (translate("Printing", "Marked"), None, True),
        (translate("Printing", "Rate"), None, True),
        (translate("Printing", "Chronic"), None, False),
    ]
    flag_word = _e(translate("Printing", "CHRONIC", "the flag of a chronically absent student"))
    chronic_flag = f'<span class="chronic">{flag_word}</span>'
    rows = []
    for row in summary.rows:
        tally = row.tally
        name = _e(row.list_name)
        moved = moved_words(row.joined, row.left)
        if moved:
            name += f' <span class="muted">({_e(moved)})</span>'
        style = f' style="background-color: {CHRONIC_BACKGROUND};"' if tally.chronic else ""
        flag = chronic_flag if tally.chronic else ""
        rows.append(
            f"<tr{style}><td>{name}</td>"
            + "".join(f'<td align="right">{tally.count(c.id)}</td>' for c in codes)
            + f'<td align="right">{tally.unmarked}</td><td align="right">{tally.marked}</td>'
            f'<td align="right" class="figure"><b>{_e(format_rate(tally.rate))}</b></td>'
            f'<td class="figure">{flag}</td></tr>'
        )
    if not rows:
        nobody = _e(translate("Printing", "No students were in this class in this period."))
        rows.append(f'<tr><td colspan="{len(head)}">{nobody}</td></tr>')
    whole_class = _e(translate("Printing", "Whole class"))
    rows.append(
        f"<tr><td><b>{whole_class}</b></td>"
        + "".join(f'<td align="right"><b>{total.count(c.id)}</b></td>' for c in codes)
        + f'<td align="right"><b>{total.unmarked}</b></td>'
        f'<td align="right"><b>{total.marked}</b></td>'
        f'<td align="right"><b>{_e(format_rate(total.rate))}</b></td><td></td></tr>'
    )
    how_counted = _e(
        translate(
            "Printing",
            "Attendance rate = attended / marked sessions (Present and Late attend; Absent and "
            "Excused are missed). Chronic absence = missing 10% or more, excused included. "
            "Dates in {zone}.",
        )
    ).format(zone=_e(summary.calendar.name))
    title = _e(translate("Printing", "Class summary: {class_name}")).format(
        class_name=_e(summary.class_name)
    )
    return f"""
{STYLE}
<p class="school">{_e(summary.school_name)}</p>
<h1>{title}</h1>
<p style="margin-top: 6px; margin-bottom: 4px;">{details}</p>
<p>{flag_words}</p>
{chart}
{_grid(head, rows, padding=3, carry=carry, small=True)}
<p class="small" style="margin-top: 6px;">{how_counted}</p>
"""


def _summary_footer(summary: ClassSummary) -> str:
    sheet = _summary_title(summary)
    return f"{summary.school_name} \u00b7 {sheet}" if summary.school_name else sheet


def _summary_title(summary: ClassSummary) -> str:
    """ "8B Maths class summary, 1 Sep 2026 to 24 Nov 2026" (the footer, the PDF's title)."""
    period = describe_range(summary.first_day, summary.last_day)
    return translate("Printing", "{class_name} class summary, {period}").format(
        class_name=summary.class_name, period=period
    )


# --- painting pages -----------------------------------------------------------------------------


def _document(device: Paper) -> QTextDocument:
    doc = QTextDocument()
    # Laid out in the device's own pixels: fonts in points come out the right size on paper.
    doc.documentLayout().setPaintDevice(device)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font.setPointSizeF(BODY_POINTS)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    return doc


def _laid_out(
    device: Paper, html_text: str, page: QSizeF, chart_png: bytes | None
) -> QTextDocument:
    doc = _document(device)
    if chart_png is not None:
        image = QImage.fromData(QByteArray(chart_png))
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_RESOURCE), image)
    doc.setHtml(html_text)
    doc.setPageSize(page)
    return doc


def _closing_cut_off(doc: QTextDocument, page_height: float) -> bool:
    """True when what follows the last table (totals, signature) does not start on the
    page where the table ends, or is itself cut in two by a page break."""
    layout = doc.documentLayout()
    tables = [frame for frame in doc.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    if not tables:
        return False
    table = tables[-1]
    last_row = table.cellAt(table.rows() - 1, 0).firstCursorPosition().block()
    end = doc.lastBlock()
    while end.isValid() and not end.text().strip():
        end = end.previous()
    if not end.isValid():
        return False
    table_page = int(layout.blockBoundingRect(last_row).top() // page_height)
    rect = layout.blockBoundingRect(end)
    return int(rect.bottom() // page_height) != table_page


def _paint_pages(
    device: Paper,
    make_html: Callable[[int], str],
    footer: str,
    *,
    chart_png: bytes | None = None,
) -> int:
    """Lay the HTML out on the device's pages, each with ``footer`` and "Page n of N".

    ``make_html(carry)`` gives the document; when what follows the last table
    (the totals and the signature line) would be cut off from it by a page
    break, the last ``carry`` rows of the table are moved to the next page with
    it, as a person laying out the sheet would.  Returns the number of pages.
    ``chart_png`` is the image the HTML refers to as ``CHART_RESOURCE``.
    """
    paint_rect = device.pageLayout().paintRectPixels(device.resolution())
    width = float(paint_rect.width())
    footer_height = FOOTER_MM / 25.4 * device.resolution()
    body_height = float(paint_rect.height()) - footer_height
    page = QSizeF(width, body_height)

    doc = _laid_out(device, make_html(0), page, chart_png)
    if _closing_cut_off(doc, body_height):
        doc = _laid_out(device, make_html(CARRY_ROWS), page, chart_png)
    pages = max(1, doc.pageCount())

    page_words = translate("Printing", "Page {page} of {pages}")
    footer_font = QFont(doc.defaultFont())
    footer_font.setPointSizeF(8.0)
    painter = QPainter()
    if not painter.begin(device):
        raise KnownError(
            translate("Printing", "The page could not be drawn for the printer or the PDF file."),
            hint=translate("Printing", "Check that the printer is ready, or save as PDF instead."),
        )
    try:
        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            painter.translate(0, -number * body_height)
            doc.drawContents(painter, QRectF(0, number * body_height, width, body_height))
            painter.restore()
            top = body_height + footer_height * 0.25
            painter.setPen(QPen(QColor(RULE), max(1.0, device.resolution() / 150)))
            painter.drawLine(0, int(top), int(width), int(top))
            painter.setFont(footer_font)
            text_rect = QRectF(0, top, width, footer_height * 0.75)
            painter.drawText(
                text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), footer
            )
            painter.drawText(
                text_rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                page_words.format(page=number + 1, pages=pages),
            )
    finally:
        painter.end()
    return pages


def _chart_size(device: Paper, png: bytes) -> QSizeF:
    """The chart as wide as the page, keeping its shape, in the document's CSS pixels.

    An ``<img>``'s width and height are read at 96 pixels per inch and scaled to
    the device, like a web page's.
    """
    image = QImage.fromData(QByteArray(png))
    width = float(device.pageLayout().paintRectPixels(CSS_DPI).width())
    ratio = image.height() / image.width() if image.width() else 9 / 16
    return QSizeF(width, width * ratio)


def _write_pdf(path: Path, title: str, paint: Callable[[QPdfWriter], int]) -> int:
    """Paint into a PDF in memory, then move the file into place (never half a file)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(a4_portrait())
    writer.setTitle(title)
    writer.setCreator(f"attendance-desktop {__version__}")
    pages = paint(writer)  # the file is complete once its painter has ended
    buffer.close()
    write_bytes(Path(path), bytes(data.data()))
    return pages


# --- public API ---------------------------------------------------------------------------------


def paint_register(register: PrintableRegister, device: Paper) -> int:
    """Lay the register out on ``device`` (a ``QPrinter`` or ``QPdfWriter``); returns pages."""
    return _paint_pages(
        device, lambda carry: register_html(register, carry=carry), _register_footer(register)
    )


def paint_class_summary(
    summary: ClassSummary, device: Paper, chart: RateChart | None = None
) -> int:
    """Lay the class summary (and its chart, if given) out on ``device``; returns pages.

    The chart is painted by ``charts`` into an image at about 200 dpi on the page."""
    png = charts.png_bytes(chart, scale=charts.PAPER_SCALE) if chart is not None else None
    size = _chart_size(device, png) if png is not None else None
    return _paint_pages(
        device,
        lambda carry: class_summary_html(summary, chart_size=size, carry=carry),
        _summary_footer(summary),
        chart_png=png,
    )


def render_register_pdf(register: PrintableRegister, path: Path) -> int:
    """Write the register to a PDF file at ``path`` (A4 portrait); returns the page count.

    Raises ``KnownError`` when the file cannot be written.
    """
    title = _register_title(register)
    return _write_pdf(Path(path), title, lambda device: paint_register(register, device))


def render_class_summary_pdf(
    summary: ClassSummary, path: Path, chart: RateChart | None = None
) -> int:
    """Write the class summary (with its ``chart``, if given) to a PDF; returns pages."""
    return _write_pdf(
        Path(path),
        _summary_title(summary),
        lambda device: paint_class_summary(summary, device, chart),
    )


def _register_title(register: PrintableRegister) -> str:
    """ "8B Maths register, 24 Nov 2026" (the PDF's or print job's title)."""
    day = i18n.medium_date(register.day)
    return translate("Printing", "{class_name} register, {day}", "a document's title").format(
        class_name=register.class_name, day=day
    )


def _printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_portrait())
    printer.setDocName(title)
    return printer


def _ask(parent: QWidget | None, printer: QPrinter, title: str) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_register(
    parent: QWidget | None, register: PrintableRegister, *, printer: QPrinter | None = None
) -> bool:
    """Ask which printer (the print dialog), then print the register; False if cancelled.

    With ``printer`` given (already set up, for instance to a PDF file), the
    dialog is not shown.
    """
    if printer is None:
        printer = _printer(_register_title(register))
        if not _ask(parent, printer, translate("Printing", "Print register")):
            return False
    paint_register(register, printer)
    return True


def print_class_summary(
    parent: QWidget | None,
    summary: ClassSummary,
    chart: RateChart | None = None,
    *,
    printer: QPrinter | None = None,
) -> bool:
    """Ask which printer, then print the class summary; False if cancelled."""
    if printer is None:
        printer = _printer(_summary_title(summary))
        if not _ask(parent, printer, translate("Printing", "Print class summary")):
            return False
    paint_class_summary(summary, printer, chart)
    return True


# --- a lesson's register, from the main window ------------------------------------------------


#: Message boxes with no parent window, kept alive until they are closed.
_open_boxes: set[QMessageBox] = set()


def _report_failure(parent: QWidget | None, error: BaseException) -> None:
    handled_here(error)  # shown here; the main window's catch-all need not again
    if isinstance(error, KnownError):
        box = show_known_error(parent, error)
        if parent is None:
            _open_boxes.add(box)
            box.finished.connect(lambda _result: _open_boxes.discard(box))
    else:
        sys.excepthook(type(error), error, error.__traceback__)


def _load_register(
    operations: Operations,
    class_session_id: int,
    zone: tzinfo | SchoolCalendar | None,
    parent: QWidget | None,
    then: Callable[[PrintableRegister], None],
) -> None:
    def done(register: PrintableRegister) -> None:
        try:
            then(register)
        except KnownError as error:
            _report_failure(parent, error)

    operations.run(
        partial(session_register, class_session_id=class_session_id, tz=zone),
        done,
        lambda error: _report_failure(parent, error),
    )


def print_session_register(
    parent: QWidget | None,
    operations: Operations,
    class_session_id: int,
    *,
    zone: tzinfo | SchoolCalendar | None = None,
    printer: QPrinter | None = None,
    on_done: Callable[[bool], None] | None = None,
) -> None:
    """Register > Print register…: load the lesson's register on the worker, then show
    the print dialog and print it.  Returns at once; ``on_done(printed)`` follows."""

    def then(register: PrintableRegister) -> None:
        printed = print_register(parent, register, printer=printer)
        if on_done is not None:
            on_done(printed)

    _load_register(operations, class_session_id, zone, parent, then)


def save_session_register_pdf(
    parent: QWidget | None,
    operations: Operations,
    class_session_id: int,
    *,
    zone: tzinfo | SchoolCalendar | None = None,
    path: Path | None = None,
    on_done: Callable[[Path | None], None] | None = None,
) -> None:
    """Register > Save register as PDF…: load the lesson's register on the worker, ask
    where to save it (unless ``path`` is given) and write it.  Returns at once;
    ``on_done(path)`` follows, with None when the person cancelled."""

    def then(register: PrintableRegister) -> None:
        target = path
        if target is None:
            # Dates in file names stay ISO (2026-11-24 0850): they sort in a folder.
            name = translate(
                "Printing", "{class_name} register {day} {time}", "a file name"
            ).format(
                class_name=register.class_name,
                day=register.day.isoformat(),
                time=f"{register.start:%H%M}",
            )
            suggested = re.sub(r'[\\/:*?"<>|]+', "-", name) + ".pdf"
            documents = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            chosen, _filter = QFileDialog.getSaveFileName(
                parent,
                translate("Printing", "Save register as PDF"),
                str(Path(documents or Path.home()) / suggested),
                translate("Printing", "PDF (*.pdf)"),
            )
            target = Path(chosen) if chosen else None
        if target is not None:
            if target.suffix.lower() != ".pdf":
                target = target.with_name(target.name + ".pdf")
            render_register_pdf(register, target)
        if on_done is not None:
            on_done(target)

    _load_register(operations, class_session_id, zone, parent, then)
