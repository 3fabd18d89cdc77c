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
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from attendance_desktop.roster.plan import RosterProblem


class _Undecodable(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


def _decode(data: bytes) -> tuple[str, str]:
    """The text and a name for the encoding it was read with."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "UTF-8 with BOM"
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
    """Trimmed, NFC, one plain space between words: how every roster value is stored."""
    if value.isascii():
        if " " not in value and value.isprintable():
            return value  # ids, dates, roles: nothing to do (the common case, kept fast)
    else:
        value = unicodedata.normalize("NFC", value)
    # str.split() splits on every Unicode space, the non-breaking one included.
    return " ".join(value.split())


def header_key(header: str) -> str:
    """A header ignoring case, spaces and punctuation ("First Name" = "first_name")."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFC", header).casefold())


@dataclass
class Table:
    file: str
    header: list[str]
    header_line: int
    rows: list[tuple[int, list[str]]]
    encoding: str
    delimiter: str

    def index(self) -> dict[str, int]:
        """Lower-cased header -> column position (the first, if a header repeats)."""
        positions: dict[str, int] = {}
        for position, name in enumerate(self.header):
            positions.setdefault(name.casefold(), position)
        return positions


_CSV_ERRORS = (
    (
        "unexpected end of data",
        'a quoted value is never closed (a " is missing), so the rest of the file cannot be read.',
    ),
    (
        "expected after",
        "there is text after a closing quote; put the whole value in quotes and "
        'write any " inside it as "".',
    ),
    ("nul", "the file contains a NUL character; is it really a CSV file?"),
    ("field larger", "a value is far too long; is this really a roster CSV file?"),
)


def parse_table(name: str, data: bytes, problems: list[RosterProblem]) -> Table | None:
    """Decode and split one CSV file; ``None`` (with a problem) when it cannot be read."""
    try:
        text, encoding = _decode(data)
    except _Undecodable as exc:
        problems.append(
            RosterProblem(
                name,
                exc.line,
                None,
                "the file is not text in UTF-8 or Windows-1252; save it again as "
                '"CSV UTF-8" from the spreadsheet program.',
            )
        )
        return None
    explicit = re.match(r"\A\s*sep=(.)\s*\r?\n", text)
    if explicit:
        # Excel's hint line; Excel does not show it as a row.
        delimiter = explicit.group(1)
        text = text[explicit.end() :]
    else:
        first = next((line for line in text.splitlines() if line.strip()), "")
        delimiter = _sniff_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    header_line = 0
    rows: list[tuple[int, list[str]]] = []
    line = 0
    try:
        for cells in reader:
            line += 1
            if not "".join(cells).strip():
                continue
            if header is None:
                header = [clean_text(cell.lstrip("\ufeff").removeprefix("ï»¿")) for cell in cells]
                header_line = line
            else:
                rows.append((line, cells))
    except csv.Error as exc:
        lowered = str(exc).casefold()
        message = next((text for key, text in _CSV_ERRORS if key in lowered), None)
        problems.append(
            RosterProblem(
                name, line + 1, None, message or f"the line cannot be read as CSV ({exc})."
            )
        )
        return None
    if header is None:
        problems.append(RosterProblem(name, None, None, "the file is empty."))
        return None
    return Table(name, header, header_line, rows, encoding, delimiter)


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
        return f"{table.file} was read as Windows-1252 (it is not UTF-8)."
    if table.encoding == "UTF-16":
        return f"{table.file} was read as UTF-16."
    return None
