"""Reading a roster's CSV text: encodings, delimiters, lines, cleaned values and dates.

Files may be UTF-8 (with or without a byte-order mark), UTF-16 with a BOM
(Excel's "Unicode text"), or Windows-1252 as older spreadsheet programs save
them; the plan says which was used.  The delimiter is whichever of comma,
semicolon or tab splits the header into the most columns (an Excel ``sep=;``
first line is honoured).  Values are trimmed, Unicode-normalised (NFC) and runs
of white space, including non-breaking spaces and line breaks, become one space.

Line numbers are those a spreadsheet shows: the header is line 1, blank lines
count, and a quoted value spanning several lines is one line.
"""

from __future__ import annotations

import codecs
import csv
import re
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from functools import lru_cache

from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate
from attendance_desktop.roster.plan import UTF8_BOM, RosterProblem
from attendance_desktop.text import clean_line


class _Undecodable(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


def _decode(data: bytes) -> tuple[str, str]:
    """The text and a name for the encoding it was read with."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), UTF8_BOM
        except UnicodeDecodeError:
            pass  # a BOM on a file saved in another encoding: try Windows-1252 below
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as exc:
            raise _Undecodable(data[: exc.start].count(b"\n\x00") + 1) from None
    else:
        try:
            return data.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        raise _Undecodable(data[: exc.start].count(b"\n") + 1) from None


def _sniff_delimiter(first_line: str) -> str:
    """Comma, semicolon or tab: whichever splits the header into the most columns."""
    best, most = ",", 0
    for candidate in (",", ";", "\t"):
        fields = next(csv.reader([first_line], delimiter=candidate), [])
        if len(fields) > most:
            best, most = candidate, len(fields)
    return best


def clean_text(value: str) -> str:
    """Trimmed, NFC, one plain space between words: how every roster value is stored.

    Text that changes the direction of what follows (U+202E and the other bidi
    overrides and isolates) is removed (``text.clean_line``): a name holding one
    could make a register row read as something else.  Control characters never
    get this far: ``Table.rows`` refuses them with their file, line and column.
    """
    if value.isascii():
        if " " not in value and value.isprintable():
            return value  # ids, dates, roles: nothing to do (the common case, kept fast)
    else:
        value = clean_line(unicodedata.normalize("NFC", value))
    # str.split() splits on every Unicode space, the non-breaking one included.
    return " ".join(value.split())


def header_key(header: str) -> str:
    """A header ignoring case, spaces and punctuation ("First Name" = "first_name")."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFC", header).casefold())


#: Control characters a roster value may not hold (tab, line feed and carriage return may:
#: they become spaces).  Python 3.11's csv module reads a NUL without complaint, and
#: PostgreSQL refuses one in text, so they are refused here, where they can be named.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: One line of text with its line end (CR LF, LF or a lone CR, as old Mac exports have).
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def _control_message(char: str, position: int) -> str:
    if char == "\x00":
        template = translate(
            "Roster",
            "the value holds a NUL character at character {position}; a roster value cannot "
            "hold one (was the file damaged, or saved from another program?). Remove it and "
            "save again.",
        )
    else:
        template = translate(
            "Roster",
            "the value holds a control character ({code}) at character {position}; a roster "
            "value cannot hold one (was the file damaged, or saved from another program?). "
            "Remove it and save again.",
        )
    return template.format(position=position, code=f"U+{ord(char):04X}")


class Table:
    """One decoded CSV file: its header, and its rows read as they are asked for.

    The rows are never all held at once: ``rows`` splits the text line by line
    as the reader walks it (a district's roster would otherwise take hundreds
    of megabytes as Python lists).  A CSV error or a control character found
    on the way is added to ``problems``; a CSV error ends the rows.
    """

    def __init__(
        self,
        file: str,
        header: list[str],
        header_line: int,
        text: str,
        body_start: int,
        encoding: str,
        delimiter: str,
        problems: list[RosterProblem],
    ) -> None:
        self.file = file
        self.header = header
        self.header_line = header_line
        self.encoding = encoding
        self.delimiter = delimiter
        self._text = text
        self._body_start = body_start
        self._problems = problems

    @property
    def has_rows(self) -> bool:
        """Whether anything but blank lines follows the header."""
        return re.compile(r"\S").search(self._text, self._body_start) is not None

    @property
    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line number, raw cells) of each non-blank row below the header."""
        lines = (m.group() for m in _LINE.finditer(self._text, self._body_start))
        reader = csv.reader(lines, delimiter=self.delimiter, strict=True)
        line = self.header_line
        try:
            for cells in reader:
                line += 1
                joined = "".join(cells)
                if not joined.strip():
                    continue
                if _CONTROL.search(joined):
                    self._control_problem(line, cells)
                yield line, cells
                # A value spanning lines counts once, as a spreadsheet shows it.
        except csv.Error as exc:
            self._problems.append(_csv_problem(self.file, line + 1, exc))

    def _control_problem(self, line: int, cells: list[str]) -> None:
        for position, cell in enumerate(cells):
            found = _CONTROL.search(cell)
            if found:
                column = self.header[position] if position < len(self.header) else None
                if not column:
                    column = translate("Roster", "column {number}").format(number=position + 1)
                message = _control_message(found.group(), found.start() + 1)
                self._problems.append(RosterProblem(self.file, line, column, message))
                return

    def index(self) -> dict[str, int]:
        """Lower-cased header -> column position (the first, if a header repeats)."""
        positions: dict[str, int] = {}
        for position, name in enumerate(self.header):
            positions.setdefault(name.casefold(), position)
        return positions


_CSV_ERRORS = (
    (
        "unexpected end of data",
        QT_TRANSLATE_NOOP(
            "Roster",
            'a quoted value is never closed (a " is missing), so the rest of the file cannot '
            "be read.",
        ),
    ),
    (
        "expected after",
        QT_TRANSLATE_NOOP(
            "Roster",
            "there is text after a closing quote; put the whole value in quotes and "
            'write any " inside it as "".',
        ),
    ),
    (
        "field larger",
        QT_TRANSLATE_NOOP("Roster", "a value is far too long; is this really a roster CSV file?"),
    ),
)


def _csv_problem(name: str, line: int, exc: csv.Error) -> RosterProblem:
    lowered = str(exc).casefold()
    known = next((text for key, text in _CSV_ERRORS if key in lowered), None)
    if known is not None:
        message = translate("Roster", known)
    else:
        message = translate("Roster", "the line cannot be read as CSV ({error}).").format(error=exc)
    return RosterProblem(name, line, None, message)


def parse_table(name: str, data: bytes, problems: list[RosterProblem]) -> Table | None:
    """Decode one CSV file and read its header; ``None`` (with a problem) when it cannot be."""
    try:
        text, encoding = _decode(data)
    except _Undecodable as exc:
        problems.append(
            RosterProblem(
                name,
                exc.line,
                None,
                translate(
                    "Roster",
                    "the file is not text in UTF-8 or Windows-1252; save it again as "
                    '"CSV UTF-8" from the spreadsheet program.',
                ),
            )
        )
        return None
    start = 0
    explicit = re.match(r"\A\s*sep=(.)\s*?(?:\r\n|\r|\n)", text)
    if explicit:
        # Excel's hint line; Excel does not show it as a row.
        delimiter = explicit.group(1)
        start = explicit.end()
    else:
        first = next((m.group() for m in _LINE.finditer(text) if m.group().strip()), "")
        delimiter = _sniff_delimiter(first.rstrip("\r\n"))
    consumed = start
    line = 0

    def lines() -> Iterator[str]:
        nonlocal consumed
        for match in _LINE.finditer(text, start):
            consumed = match.end()
            yield match.group()

    reader = csv.reader(lines(), delimiter=delimiter, strict=True)
    try:
        for cells in reader:
            line += 1
            if not "".join(cells).strip():
                continue
            header = [clean_text(cell.lstrip("\ufeff").removeprefix("ï»¿")) for cell in cells]
            if any(_CONTROL.search(cell) for cell in cells):
                message = translate(
                    "Roster", "the header holds a control character; is this really a CSV file?"
                )
                problems.append(RosterProblem(name, line, None, message))
                return None
            return Table(name, header, line, text, consumed, encoding, delimiter, problems)
    except csv.Error as exc:
        problems.append(_csv_problem(name, line + 1, exc))
        return None
    problems.append(RosterProblem(name, None, None, translate("Roster", "the file is empty.")))
    return None


def first_header(data: bytes) -> set[str]:
    """The header keys (``header_key``) of a file's first non-empty line; empty if unreadable."""
    try:
        text, _ = _decode(data[:65536])
    except _Undecodable:
        return set()
    for line in text.splitlines():
        if line.strip() and not re.match(r"\s*sep=.\s*$", line):
            delimiter = _sniff_delimiter(line)
            cells = next(csv.reader([line], delimiter=delimiter), [])
            return {header_key(cell.lstrip("\ufeff")) for cell in cells}
    return set()


def cell_value(cells: list[str], position: int | None) -> str:
    """The cleaned value at ``position`` (empty when the column or the cell is missing)."""
    if position is None or position >= len(cells):
        return ""
    return clean_text(cells[position])


@lru_cache(maxsize=4096)  # a roster repeats a few dates many times: share them
def parse_date(value: str) -> date | None:
    """A YYYY-MM-DD date (a full ISO 8601 timestamp gives its date); None if it is not one."""
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def name_key(*parts: str) -> str:
    """A name case-folded with one space between words: how derived ids and adoption match."""
    return " ".join(clean_text(" ".join(parts)).casefold().split())


def encoding_note(table: Table) -> str | None:
    """A note for the plan when the file was not read as UTF-8."""
    if table.encoding == "Windows-1252":
        return translate("Roster", "{file} was read as Windows-1252 (it is not UTF-8).").format(
            file=table.file
        )
    if table.encoding == "UTF-16":
        return translate("Roster", "{file} was read as UTF-16.").format(file=table.file)
    return None
