"""Roster import and export: plain CSV files and OneRoster 1.1 / 1.2 CSV bundles.

No Qt here: the command line (``attendance-desktop import PATH``) and the
GUI's File > Import roster use the same three steps.

1. ``read_roster(path)`` reads and validates a file, folder or .zip without
   touching the database, and returns a ``RosterPlan``: the teachers,
   students, classes and enrollments it describes (each with a *source id*, the
   student information system's identifier), every problem found (file, line,
   column, plain words) and notes about what was ignored.
2. ``check_roster`` / ``preview_roster(session, plan, today=...)`` compare the
   plan with the database and say what would change, still writing nothing.
3. ``apply_roster(session, plan, today=...)`` writes it inside the caller's
   transaction.  It refuses a plan with problems, never deletes a row, matches
   existing rows by source id so importing the same roster twice changes
   nothing, and raises ``ImportCancelled`` when asked to stop (the caller rolls
   back, so an import is all or nothing).

Line numbers are those a spreadsheet shows: the header is line 1, blank lines
count, and a quoted value spanning several lines is one line.

Reading text
------------
Files may be UTF-8 (with or without a byte-order mark), UTF-16 with a BOM
(Excel's "Unicode text"), or Windows-1252 as older spreadsheet programs save
them; the plan says which was used.  The delimiter is whichever of comma,
semicolon or tab splits the header into the most columns (an Excel ``sep=;``
first line is honoured).  Values are trimmed, Unicode-normalised (NFC) and runs
of white space, including non-breaking spaces and line breaks, become one space.

Plain CSV
---------
One row per student and class.  Header names are matched ignoring case,
spaces and punctuation ("First Name", "first_name" and "FIRSTNAME" are the
same).  Accepted headers:

================  =============================================================
Meaning           Accepted headers
================  =============================================================
student id        Student ID, Student number, Student no, Pupil ID, Pupil
                  number, UPN, Learner ID, SIS ID, Student SIS ID, Admission
                  number, ID, sourcedId
first name        First name, Given name, Forename, Forenames, First, Student
                  first name, Vorname, Prénom
last name         Last name, Surname, Family name, Last, Student last name,
                  Student surname, Nachname
preferred name    Preferred name, Known as, Nickname, Preferred first name,
                  Preferred given name
whole name        Name, Full name, Student name, Student, Pupil name, Pupil
                  (used when there are no first/last name columns: "Last,
                  First" or "First Last", split at the last space)
class             Class, Class name, Group, Teaching group, Form, Form group,
                  Tutor group, Registration group, Section, Section name, Set,
                  Klasse, Classe
class id          Class ID, Class code, Section ID, Class sourcedId
subject           Subject, Course, Course name, Course title, Fach
room              Room, Room number, Classroom, Location, Raum, Salle
teacher           Teacher, Teacher name, Staff, Staff name, Tutor, Lehrer,
                  Enseignant
teacher id        Teacher ID, Teacher code, Staff ID, Staff code, Teacher
                  sourcedId
teacher email     Teacher email, Teacher e-mail, Teacher email address, Staff
                  email
student email     Email, E-mail, Email address, Student email (read, not stored)
start date        Start date, Start, Begin date, Enrolled, Enrollment start,
                  Enrolment start, Date joined, Joined, From
end date          End date, End, Leaving date, Left, Date left, Enrollment
                  end, Enrolment end, To
================  =============================================================

Other columns are ignored with a note.  A first and a last name (or a whole
name) are required; a class needs a teacher, on at least one of its rows.
Dates are written YYYY-MM-DD.  A row may describe only a student, only a
class and its teacher, or only a teacher.

Source ids for plain CSV: the student id, class id and teacher id columns when
present and filled in.  Otherwise a stable key is derived from the name:
``csv:student:<first last>``, ``csv:class:<class name>``,
``csv:teacher:<teacher name>`` (case-folded, Unicode-normalised, one space
between words; a key longer than 255 characters is replaced by its SHA-256).
So without a Student ID column, a student whose name changes becomes a new
student (and leaves the old one's classes); give an id column to avoid that.
A derived key also adopts a row that was made by hand in the app (no source
id) with the same name, when exactly one such row exists, instead of making a
second one.  Enrollments are matched by (class, student).

The plain CSV says what each listed class looks like now: an imported
enrollment of a listed class that is missing from the file is withdrawn from
``today`` (its end date is set; nothing is deleted), and a listed student
whose place had ended is enrolled again unless an End date column says
otherwise.  Classes not in the file are left alone.

OneRoster
---------
A folder or .zip holding ``manifest.csv`` (at its top or in one sub-folder).
Students, teachers, classes and enrollments come from ``users.csv`` (role:
the 1.1 ``role`` column, a ``roles`` column, 1.2's ``roles.csv``, or failing
those the user's enrollments), ``classes.csv`` (title, location as the room,
the course title from ``courses.csv`` as the subject) and ``enrollments.csv``
(role student: a place in the class; role teacher: the class's teacher, the
``primary`` one if several).  Headers are matched ignoring case.  Other files
are ignored with a note.  The manifest's ``file.*`` entries say whether a file
is ``bulk`` (complete: a reference to an id it does not hold is a problem, and
in a bulk ``enrollments.csv`` an imported enrollment of a listed class that is
no longer there is withdrawn from ``today``), ``delta`` (changes only:
references may point at rows imported earlier) or ``absent``.

``status = tobedeleted`` withdraws: an enrollment ends on the date of its
``dateLastModified`` (or ``today``); a user or class is marked inactive and
its enrollments end the same way.  History (attendance rows, old enrollments)
is kept.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
import sys
import unicodedata
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from attendance_desktop import errors
from attendance_desktop.db.models import Enrollment, SchoolClass, Student, Teacher
from attendance_desktop.db.types import utcnow
from attendance_desktop.files import replacing

#: Longest values the database columns hold.
MAX_NAME = 200
MAX_ROOM = 100
MAX_EMAIL = 320
MAX_SOURCE_ID = 255

#: Rows written per statement; progress and cancel are checked between batches.
BATCH_SIZE = 1000

#: Headers of the plain CSV that ``export_roster`` writes (and ``read_roster`` reads back).
EXPORT_HEADER = (
    "Student ID",
    "First name",
    "Last name",
    "Preferred name",
    "Class ID",
    "Class",
    "Subject",
    "Room",
    "Teacher ID",
    "Teacher",
    "Teacher email",
    "Start date",
    "End date",
)

PLAIN_CSV = "plain CSV"


# --- problems, the plan and the summary ------------------------------------------------


@dataclass(frozen=True)
class RosterProblem:
    """One thing wrong with a roster: where it is, and what is wrong, in plain words."""

    file: str
    line: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        return format_problem(self)


def format_problem(problem: RosterProblem) -> str:
    """``users.csv, line 14, column "givenName": the first name is empty.``"""
    where = [problem.file] if problem.file else []
    if problem.line is not None:
        where.append(f"line {problem.line}")
    if problem.column:
        where.append(f'column "{problem.column}"')
    return f"{', '.join(where)}: {problem.message}" if where else problem.message


def format_problems(problems: Sequence[RosterProblem], limit: int | None = 20) -> str:
    """One line per problem; past ``limit``, one line saying how many more there are."""
    shown = problems if limit is None else problems[:limit]
    lines = [format_problem(p) for p in shown]
    hidden = len(problems) - len(shown)
    if hidden:
        lines.append(f"... and {hidden} more problem{'s' if hidden != 1 else ''}.")
    return "\n".join(lines)


@dataclass(kw_only=True, slots=True)
class _Planned:
    source_id: str
    #: Where the row came from, for problems found later against the database.
    file: str = ""
    line: int = 0
    #: ``status = tobedeleted``: deactivate / withdraw instead of creating or updating.
    deleted: bool = False
    #: Withdrawal date for a deleted row (``None``: the day of the import).
    deleted_on: date | None = None
    #: Optional fields this roster gives a value for; the others are left as they are.
    given: frozenset[str] = frozenset()
    #: Plain CSV rows with a derived id: key for adopting a hand-made row of the same name.
    adopt_key: str | None = None
    #: A deleted user of unknown role, planned as both student and teacher: one will be missing.
    either_kind: bool = False


@dataclass(kw_only=True, slots=True)
class PlannedTeacher(_Planned):
    display_name: str = ""
    email: str | None = None

    def values(self) -> dict[str, Any]:
        if self.deleted:
            return {"active": False}
        values: dict[str, Any] = {"display_name": self.display_name}
        if "email" in self.given:
            values["email"] = self.email
        if "active" in self.given:
            values["active"] = True
        return values


@dataclass(kw_only=True, slots=True)
class PlannedStudent(_Planned):
    first_name: str = ""
    last_name: str = ""
    preferred_name: str | None = None

    def values(self) -> dict[str, Any]:
        if self.deleted:
            return {"active": False}
        values: dict[str, Any] = {"first_name": self.first_name, "last_name": self.last_name}
        if "preferred_name" in self.given:
            values["preferred_name"] = self.preferred_name
        if "active" in self.given:
            values["active"] = True
        return values


@dataclass(kw_only=True, slots=True)
class PlannedClass(_Planned):
    #: ``None``: the roster only changes the teacher of a class imported earlier.
    name: str | None = None
    subject: str | None = None
    room: str | None = None
    #: The teacher's source id; ``None`` keeps the teacher the class has.
    teacher_source_id: str | None = None

    def values(self) -> dict[str, Any]:
        if self.deleted:
            return {"active": False}
        values: dict[str, Any] = {}
        if self.name is not None:
            values["name"] = self.name
        for name in ("subject", "room"):
            if name in self.given:
                values[name] = getattr(self, name)
        if "active" in self.given:
            values["active"] = True
        return values


@dataclass(kw_only=True, slots=True)
class PlannedEnrollment(_Planned):
    class_source_id: str
    student_source_id: str
    start_date: date | None = None
    end_date: date | None = None
    #: The id was made up from the class and student (plain CSV): an enrollment that
    #: already has an id (say from OneRoster) keeps it.
    derived_id: bool = False


_ENROLLMENT_DATES = frozenset({"start_date", "end_date"})
_ENROLLMENT_END = frozenset({"end_date"})


@dataclass(frozen=True)
class Reference:
    """An id the roster refers to but does not hold: it must already be in the database."""

    kind: str  # "teacher", "student" or "class"
    source_id: str
    file: str
    line: int
    column: str


@dataclass
class RosterPlan:
    """What a roster file says, normalised and validated, before anything is written."""

    source: Path
    #: "plain CSV", "OneRoster 1.1" or "OneRoster 1.2".
    format: str
    encoding: str = ""
    delimiter: str = ","
    teachers: list[PlannedTeacher] = field(default_factory=list)
    students: list[PlannedStudent] = field(default_factory=list)
    classes: list[PlannedClass] = field(default_factory=list)
    enrollments: list[PlannedEnrollment] = field(default_factory=list)
    problems: list[RosterProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Classes whose enrollments this roster lists completely (missing ones are withdrawn).
    complete_classes: set[str] = field(default_factory=set)
    #: Ids referred to but not held here, checked against the database before writing.
    references: list[Reference] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def describe(self) -> str:
        """``OneRoster 1.2: 3 teachers, 20 students, 4 classes, 61 enrollments``."""
        return (
            f"{self.format}: {_count(self.teachers, 'teacher')}, "
            f"{_count(self.students, 'student')}, {_count(self.classes, 'class', 'classes')}, "
            f"{_count(self.enrollments, 'enrollment')}"
        )


def _count(items: Sequence[Any] | int, one: str, many: str | None = None) -> str:
    n = items if isinstance(items, int) else len(items)
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _were(n: int) -> str:
    return "was" if n == 1 else "were"


@dataclass
class KindCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    #: Enrollments given an end date; teachers, students or classes marked inactive.
    withdrawn: int = 0

    @property
    def changes(self) -> int:
        return self.created + self.updated + self.withdrawn


@dataclass
class ImportSummary:
    """What an import did (or, from ``preview_roster``, would do)."""

    teachers: KindCounts = field(default_factory=KindCounts)
    students: KindCounts = field(default_factory=KindCounts)
    classes: KindCounts = field(default_factory=KindCounts)
    enrollments: KindCounts = field(default_factory=KindCounts)
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(counts.changes for _, counts in self.kinds())

    def kinds(self) -> list[tuple[str, KindCounts]]:
        return [
            ("Teachers", self.teachers),
            ("Students", self.students),
            ("Classes", self.classes),
            ("Enrollments", self.enrollments),
        ]

    def lines(self) -> list[str]:
        return [
            f"{label}: {c.created} created, {c.updated} updated, {c.unchanged} unchanged, "
            f"{c.withdrawn} withdrawn."
            for label, c in self.kinds()
        ]


class RosterInvalid(errors.KnownError):
    """The roster has problems; nothing was written."""

    def __init__(self, problems: Sequence[RosterProblem]) -> None:
        self.problems = list(problems)
        n = len(self.problems)
        super().__init__(
            f"The roster has {_count(n, 'problem')}; nothing was imported.",
            hint="Fix them in the file and import it again:\n"
            + format_problems(self.problems, limit=10),
        )


class ImportCancelled(errors.KnownError):
    """The person stopped the import; the caller rolls back."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was changed.")


# --- reading text: encodings, delimiters, lines ----------------------------------------


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


def _header_key(header: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFC", header).casefold())


@dataclass
class _Table:
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


def _parse_table(name: str, data: bytes, problems: list[RosterProblem]) -> _Table | None:
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
    return _Table(name, header, header_line, rows, encoding, delimiter)


def _cell(cells: list[str], position: int | None) -> str:
    if position is None or position >= len(cells):
        return ""
    return clean_text(cells[position])


@lru_cache(maxsize=4096)  # a roster repeats a few dates many times: share them
def _parse_date(value: str) -> date | None:
    """A YYYY-MM-DD date (a full ISO 8601 timestamp gives its date); None if it is not one."""
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def _name_key(*parts: str) -> str:
    return " ".join(clean_text(" ".join(parts)).casefold().split())


def _derived_id(kind: str, key: str) -> str:
    source_id = f"csv:{kind}:{key}"
    if len(source_id) > MAX_SOURCE_ID:
        source_id = f"csv:{kind}:sha256:{hashlib.sha256(key.encode()).hexdigest()}"
    return source_id


def _too_long(value: str | None, limit: int) -> bool:
    return value is not None and len(value) > limit


def _encoding_note(table: _Table) -> str | None:
    if table.encoding == "Windows-1252":
        return f"{table.file} was read as Windows-1252 (it is not UTF-8)."
    if table.encoding == "UTF-16":
        return f"{table.file} was read as UTF-16."
    return None


# --- entry point -----------------------------------------------------------------------

_SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods", ".numbers")


def read_roster(path: Path) -> RosterPlan:
    """Read and validate a plain CSV file, or a OneRoster folder or .zip.

    Problems with the roster's content are collected in the plan, never
    raised.  Raises ``KnownError`` only when the path cannot be read at all.
    """
    plan = _read(Path(path))
    # Problems in file order, then line order, however they were found.
    plan.problems.sort(key=lambda p: (p.file.casefold(), p.line or 0))
    return plan


def _read(path: Path) -> RosterPlan:
    try:
        if path.is_dir():
            return _read_oneroster(path, _folder_files(path))
        if not path.exists():
            raise errors.KnownError(
                f"There is no file or folder at {path}.",
                hint="Check the path; a roster is a .csv file, or a OneRoster folder or .zip.",
            )
        if path.suffix.casefold() == ".zip" or zipfile.is_zipfile(path):
            return _read_oneroster(path, _zip_files(path))
        if path.name.casefold() == "manifest.csv":
            return _read_oneroster(path.parent, _folder_files(path.parent))
        if path.suffix.casefold() in _SPREADSHEETS:
            raise errors.KnownError(
                f"{path.name} is a spreadsheet, not a CSV file.",
                hint='Open it in the spreadsheet program and save it as "CSV UTF-8", then import '
                "that file.",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise errors.KnownError(
            f"{path} cannot be read ({exc.strerror or exc}).",
            hint="Check that it exists and that your account may open it.",
        ) from exc
    return _read_plain(path, data)


def _wanted(name: str) -> bool:
    """Files whose content is read; the others (results, line items, ...) are only named."""
    return name.casefold() in ("manifest.csv", *_USED)


def _folder_files(folder: Path) -> dict[str, tuple[str, bytes]]:
    files: dict[str, tuple[str, bytes]] = {}
    for child in sorted(folder.iterdir()):
        if child.is_file() and child.suffix.casefold() == ".csv":
            data = child.read_bytes() if _wanted(child.name) else b""
            files[child.name.casefold()] = (child.name, data)
    if "manifest.csv" not in files:
        raise errors.KnownError(
            f"The folder {folder} is not a OneRoster bundle: it has no manifest.csv.",
            hint="Choose the folder that holds manifest.csv, users.csv and the other files, or "
            "a plain .csv file.",
        )
    return files


def _zip_files(path: Path) -> dict[str, tuple[str, bytes]]:
    try:
        with zipfile.ZipFile(path) as archive:
            members = [
                info
                for info in archive.infolist()
                if not info.is_dir() and not info.filename.startswith("__MACOSX/")
            ]
            manifests = sorted(
                (m for m in members if PurePosixPath(m.filename).name.casefold() == "manifest.csv"),
                key=lambda m: m.filename.count("/"),
            )
            if not manifests:
                raise errors.KnownError(
                    f"{path.name} is not a OneRoster bundle: it has no manifest.csv.",
                    hint="A OneRoster .zip holds manifest.csv, users.csv, classes.csv, "
                    "enrollments.csv and the other files.",
                )
            folder = PurePosixPath(manifests[0].filename).parent
            files: dict[str, tuple[str, bytes]] = {}
            for member in members:
                member_path = PurePosixPath(member.filename)
                if member_path.parent == folder and member_path.suffix.casefold() == ".csv":
                    data = archive.read(member) if _wanted(member_path.name) else b""
                    files[member_path.name.casefold()] = (member_path.name, data)
            return files
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise errors.KnownError(
            f"{path.name} is not a readable .zip file ({exc}).",
            hint="Export the roster again, or unpack it and import the folder.",
        ) from exc
    except (NotImplementedError, RuntimeError) as exc:
        # An unsupported compression method (Deflate64) or a password.
        raise errors.KnownError(
            f"{path.name} cannot be unpacked here ({exc}).",
            hint="Unpack it with the file manager and import the folder instead.",
        ) from exc


# --- plain CSV -------------------------------------------------------------------------

PLAIN_HEADERS: dict[str, tuple[str, ...]] = {
    "student_id": (
        "Student ID", "Student number", "Student no", "Pupil ID", "Pupil number", "UPN",
        "Learner ID", "SIS ID", "Student SIS ID", "Admission number", "ID", "sourcedId",
    ),
    "first_name": (
        "First name", "Given name", "Forename", "Forenames", "First", "Student first name",
        "Vorname", "Prénom",
    ),
    "last_name": (
        "Last name", "Surname", "Family name", "Last", "Student last name", "Student surname",
        "Nachname",
    ),
    "preferred_name": (
        "Preferred name", "Known as", "Nickname", "Preferred first name", "Preferred given name",
    ),
    "full_name": ("Name", "Full name", "Student name", "Student", "Pupil name", "Pupil"),
    "class_name": (
        "Class", "Class name", "Group", "Teaching group", "Form", "Form group", "Tutor group",
        "Registration group", "Section", "Section name", "Set", "Klasse", "Classe",
    ),
    "class_id": ("Class ID", "Class code", "Section ID", "Class sourcedId"),
    "subject": ("Subject", "Course", "Course name", "Course title", "Fach"),
    "room": ("Room", "Room number", "Classroom", "Location", "Raum", "Salle"),
    "teacher": (
        "Teacher", "Teacher name", "Staff", "Staff name", "Tutor", "Lehrer", "Enseignant",
    ),
    "teacher_id": ("Teacher ID", "Teacher code", "Staff ID", "Staff code", "Teacher sourcedId"),
    "teacher_email": (
        "Teacher email", "Teacher e-mail", "Teacher email address", "Staff email",
    ),
    "student_email": ("Email", "E-mail", "Email address", "Student email"),
    "start_date": (
        "Start date", "Start", "Begin date", "Enrolled", "Enrollment start", "Enrolment start",
        "Date joined", "Joined", "From",
    ),
    "end_date": (
        "End date", "End", "Leaving date", "Left", "Date left", "Enrollment end",
        "Enrolment end", "To",
    ),
}  # fmt: skip

_PLAIN_LOOKUP = {
    _header_key(synonym): meaning
    for meaning, synonyms in PLAIN_HEADERS.items()
    for synonym in synonyms
}

#: Names of files inside OneRoster bundles, to catch one of them imported on its own.
_ONEROSTER_NAMES = {
    "users.csv", "classes.csv", "enrollments.csv", "courses.csv", "orgs.csv",
    "academicsessions.csv", "demographics.csv", "roles.csv",
}  # fmt: skip


def _read_plain(path: Path, data: bytes) -> RosterPlan:
    plan = RosterPlan(source=path, format=PLAIN_CSV)
    name = path.name
    table = _parse_table(name, data, plan.problems)
    if table is None:
        return plan
    plan.encoding, plan.delimiter = table.encoding, table.delimiter
    if note := _encoding_note(table):
        plan.notes.append(note)
    header_keys = {h.casefold() for h in table.header}
    if name.casefold() in _ONEROSTER_NAMES and "sourcedid" in header_keys:
        plan.problems.append(
            RosterProblem(
                name,
                table.header_line,
                None,
                "this is one file of a OneRoster bundle; import the whole folder or .zip "
                "(the one with manifest.csv) instead.",
            )
        )
        return plan
    _PlainReader(plan, table).read()
    return plan


class _PlainReader:
    def __init__(self, plan: RosterPlan, table: _Table) -> None:
        self.plan = plan
        self.table = table
        self.file = table.file
        self.col: dict[str, int] = {}
        self.header: dict[str, str] = {}
        self.teachers: dict[str, PlannedTeacher] = {}
        self.students: dict[str, PlannedStudent] = {}
        self.classes: dict[str, PlannedClass] = {}
        self.class_teacher_line: dict[str, int] = {}
        self.enrollments: dict[tuple[str, str], PlannedEnrollment] = {}

    def problem(self, line: int | None, meaning: str | None, message: str) -> None:
        column = self.header.get(meaning) if meaning else None
        self.plan.problems.append(RosterProblem(self.file, line, column, message))

    def read(self) -> None:
        if not self.match_header():
            return
        if not self.table.rows:
            self.problem(self.table.header_line, None, "the file has no rows below the header.")
            return
        for line, cells in self.table.rows:
            self.read_row(line, cells)
        self.finish()

    def match_header(self) -> bool:
        table = self.table
        ignored = []
        for position, text in enumerate(table.header):
            meaning = _PLAIN_LOOKUP.get(_header_key(text))
            if meaning is None:
                if text:
                    ignored.append(f'"{text}"')
                continue
            if meaning in self.col:
                self.plan.problems.append(
                    RosterProblem(
                        self.file,
                        table.header_line,
                        text,
                        f'this column means the same as column "{self.header[meaning]}"; '
                        "keep one of them.",
                    )
                )
                continue
            self.col[meaning] = position
            self.header[meaning] = text
        if ignored:
            self.plan.notes.append(f"{self.file}: column(s) {', '.join(ignored)} not used.")
        if "student_email" in self.col:
            self.plan.notes.append(
                f'{self.file}: column "{self.header["student_email"]}" read but not stored '
                "(the register keeps no student e-mail addresses)."
            )
        has_split = "first_name" in self.col or "last_name" in self.col
        if not has_split and "full_name" not in self.col:
            self.problem(
                table.header_line,
                None,
                'there is no column for the students\' names: expected "First name" and '
                '"Last name" (or one "Name" column).',
            )
            return False
        if has_split:
            for meaning, label in (("first_name", "First name"), ("last_name", "Last name")):
                if meaning not in self.col and "full_name" not in self.col:
                    self.problem(table.header_line, None, f'there is no "{label}" column.')
                    return False
        return not any(
            p.line == table.header_line and p.file == self.file for p in self.plan.problems
        )

    def names(self, cells: list[str]) -> tuple[str, str]:
        first = _cell(cells, self.col.get("first_name"))
        last = _cell(cells, self.col.get("last_name"))
        whole = _cell(cells, self.col.get("full_name"))
        if (first or last) or not whole:
            return first, last
        if "," in whole:
            last, _, first = (part.strip() for part in whole.partition(","))
        elif " " in whole:
            first, _, last = whole.rpartition(" ")
        else:
            first = whole
        return first, last

    def read_row(self, line: int, cells: list[str]) -> None:
        extra = cells[len(self.table.header) :]
        if any(cell.strip() for cell in extra):
            self.problem(
                line,
                None,
                f"the line has {len(cells)} values but the header has {len(self.table.header)} "
                "columns; is there a comma or semicolon in a value without quotes around it?",
            )
            return

        def get(meaning: str) -> str:
            return _cell(cells, self.col.get(meaning))

        teacher_sid = self.read_teacher(line, get)
        student_sid = self.read_student(line, cells, get)
        class_sid = self.read_class(line, get, teacher_sid)
        if student_sid is not None and class_sid is not None:
            self.read_enrollment(line, get, class_sid, student_sid)

    def conflict(
        self, line: int, meaning: str, what: str, old: object, new: object, old_line: int
    ) -> None:
        self.problem(
            line,
            meaning,
            f'{what} is "{old}" on line {old_line} but "{new}" here.',
        )

    def read_teacher(self, line: int, get: Callable[[str], str]) -> str | None:
        explicit, name, email = get("teacher_id"), get("teacher"), get("teacher_email")
        if not (explicit or name or email):
            return None
        if _too_long(explicit, MAX_SOURCE_ID):
            self.problem(line, "teacher_id", f"the id is longer than {MAX_SOURCE_ID} characters.")
            return None
        if _too_long(name, MAX_NAME):
            self.problem(line, "teacher", f"the name is longer than {MAX_NAME} characters.")
            return None
        if _too_long(email, MAX_EMAIL):
            self.problem(line, "teacher_email", "the e-mail address is too long.")
            return None
        if explicit:
            sid = explicit
        elif name:
            sid = _derived_id("teacher", _name_key(name))
        else:
            self.problem(line, "teacher", "the teacher's name is empty.")
            return None
        known = self.teachers.get(sid)
        if known is None:
            if not name:
                self.problem(line, "teacher", "the teacher's name is empty.")
                return None
            self.teachers[sid] = PlannedTeacher(
                source_id=sid,
                display_name=name,
                email=email or None,
                file=self.file,
                line=line,
                given=frozenset({"email"} if "teacher_email" in self.col else ()),
                adopt_key=None if explicit else _name_key(name),
            )
            return sid
        if name and name != known.display_name:
            self.conflict(
                line, "teacher", "the teacher's name", known.display_name, name, known.line
            )
        if email:
            if known.email is None:
                known.email = email
            elif email != known.email:
                self.conflict(line, "teacher_email", "the teacher's e-mail", known.email, email,
                              known.line)  # fmt: skip
        return sid

    def read_student(self, line: int, cells: list[str], get: Callable[[str], str]) -> str | None:
        explicit = get("student_id")
        first, last = self.names(cells)
        preferred = get("preferred_name")
        if not (explicit or first or last or preferred):
            return None
        name_column = "first_name" if "first_name" in self.col else "full_name"
        last_column = "last_name" if "last_name" in self.col else "full_name"
        bad = False
        if not first:
            self.problem(line, name_column, "the first name is empty.")
            bad = True
        if not last:
            self.problem(line, last_column, "the last name is empty.")
            bad = True
        for meaning, value in (
            (name_column, first), (last_column, last), ("preferred_name", preferred)
        ):  # fmt: skip
            if _too_long(value, MAX_NAME):
                self.problem(line, meaning, f"the name is longer than {MAX_NAME} characters.")
                bad = True
        if _too_long(explicit, MAX_SOURCE_ID):
            self.problem(line, "student_id", f"the id is longer than {MAX_SOURCE_ID} characters.")
            bad = True
        if bad:
            return None
        sid = explicit or _derived_id("student", _name_key(first, last))
        known = self.students.get(sid)
        if known is None:
            self.students[sid] = PlannedStudent(
                source_id=sid,
                first_name=first,
                last_name=last,
                preferred_name=preferred or None,
                file=self.file,
                line=line,
                given=frozenset({"preferred_name"} if "preferred_name" in self.col else ()),
                adopt_key=None if explicit else _name_key(first, last),
            )
            return sid
        if (first, last) != (known.first_name, known.last_name):
            what = f'the student id "{sid}"' if explicit else "the same student"
            old_name = f"{known.first_name} {known.last_name}"
            self.conflict(line, name_column, f"{what}'s name", old_name, f"{first} {last}",
                          known.line)  # fmt: skip
        if preferred:
            if known.preferred_name is None:
                known.preferred_name = preferred
            elif preferred != known.preferred_name:
                self.conflict(line, "preferred_name", "the preferred name", known.preferred_name,
                              preferred, known.line)  # fmt: skip
        return sid

    def read_class(
        self, line: int, get: Callable[[str], str], teacher_sid: str | None
    ) -> str | None:
        explicit, name = get("class_id"), get("class_name")
        if not (explicit or name):
            return None
        subject, room = get("subject"), get("room")
        for meaning, value, limit in (
            ("class_id", explicit, MAX_SOURCE_ID), ("class_name", name, MAX_NAME),
            ("subject", subject, MAX_NAME), ("room", room, MAX_ROOM),
        ):  # fmt: skip
            if _too_long(value, limit):
                self.problem(line, meaning, f"the value is longer than {limit} characters.")
                return None
        sid = explicit or _derived_id("class", _name_key(name))
        known = self.classes.get(sid)
        if known is None:
            given = {m for m in ("subject", "room") if m in self.col}
            known = self.classes[sid] = PlannedClass(
                source_id=sid,
                name=name or explicit,
                subject=subject or None,
                room=room or None,
                file=self.file,
                line=line,
                given=frozenset(given),
                adopt_key=None if explicit else _name_key(name),
            )
        else:
            if name and name != known.name:
                self.conflict(line, "class_name", f'class "{sid}"', known.name, name, known.line)
            for meaning in ("subject", "room"):
                value = subject if meaning == "subject" else room
                old = getattr(known, meaning)
                if value and old is None:
                    setattr(known, meaning, value)
                elif value and value != old:
                    self.conflict(line, meaning, f'the {meaning} of class "{known.name}"', old,
                                  value, known.line)  # fmt: skip
        if teacher_sid is not None:
            if known.teacher_source_id is None:
                known.teacher_source_id = teacher_sid
                self.class_teacher_line[sid] = line
            elif known.teacher_source_id != teacher_sid:
                old_teacher = self.teachers[known.teacher_source_id].display_name
                new_teacher = self.teachers[teacher_sid].display_name
                self.problem(
                    line,
                    "teacher",
                    f'class "{known.name}" has teacher "{old_teacher}" on line '
                    f'{self.class_teacher_line[sid]} but "{new_teacher}" here; a class has one '
                    "teacher (if these are two classes, give them different names or a Class ID "
                    "column).",
                )
        return sid

    def read_enrollment(
        self, line: int, get: Callable[[str], str], class_sid: str, student_sid: str
    ) -> None:
        dates: dict[str, date | None] = {}
        for meaning in ("start_date", "end_date"):
            raw = get(meaning)
            value = _parse_date(raw) if raw else None
            if raw and value is None:
                self.problem(
                    line,
                    meaning,
                    f'"{raw}" is not a date; write it as YYYY-MM-DD, e.g. 2026-09-01.',
                )
                return
            dates[meaning] = value
        start, end = dates["start_date"], dates["end_date"]
        if start and end and end < start:
            self.problem(line, "end_date", f"the end date {end} is before the start date {start}.")
            return
        pair = (class_sid, student_sid)
        known = self.enrollments.get(pair)
        if known is not None:
            if (known.start_date, known.end_date) == (start, end):
                self.plan.notes.append(
                    f"{self.file}, line {line}: repeats line {known.line}; used once."
                )
            else:
                self.problem(
                    line,
                    "start_date" if "start_date" in self.col else None,
                    f"the student is already in this class on line {known.line}, with other "
                    "dates; keep one of the lines.",
                )
            return
        self.enrollments[pair] = PlannedEnrollment(
            source_id=_derived_id("enrollment", f"{class_sid}|{student_sid}"),
            derived_id=True,
            class_source_id=sys.intern(class_sid),
            student_source_id=sys.intern(student_sid),
            start_date=start,
            end_date=end,
            file=self.file,
            line=line,
            given=_ENROLLMENT_DATES if "start_date" in self.col else _ENROLLMENT_END,
        )

    def finish(self) -> None:
        if self.classes and "teacher" not in self.col and "teacher_id" not in self.col:
            self.plan.notes.append(
                f"{self.file} has no teacher column: its classes must already be in the register."
            )
        self.plan.teachers = list(self.teachers.values())
        self.plan.students = list(self.students.values())
        self.plan.classes = list(self.classes.values())
        self.plan.enrollments = list(self.enrollments.values())
        self.plan.complete_classes = set(self.classes)


# --- OneRoster -------------------------------------------------------------------------

#: The files this importer reads; the bundle's other files are ignored with a note.
_USED = ("users.csv", "classes.csv", "courses.csv", "enrollments.csv", "roles.csv")
#: Files every bundle has that the register does not need.
_UNNEEDED = ("orgs.csv", "academicsessions.csv")

_REQUIRED_COLUMNS = {
    "users.csv": ("sourcedId", "givenName", "familyName"),
    "classes.csv": ("sourcedId", "title"),
    "courses.csv": ("sourcedId", "title"),
    "enrollments.csv": ("sourcedId", "classSourcedId", "userSourcedId", "role"),
    "roles.csv": ("userSourcedId", "role"),
}

_MODES = ("bulk", "delta", "absent")


@dataclass(slots=True)
class _Row:
    """One OneRoster row, with the fields every file shares already checked."""

    line: int
    cells: list[str]
    source_id: str
    deleted: bool
    modified: date | None


@dataclass(slots=True)
class _User:
    row: _Row
    given_name: str
    family_name: str
    preferred_given: str
    preferred_family: str
    email: str
    roles: set[str]
    enrolled_as: set[str] = field(default_factory=set)


class _OneRosterFile:
    """Column lookup and the common checks for one CSV file of a bundle."""

    def __init__(self, reader: _OneRosterReader, table: _Table) -> None:
        self.reader = reader
        self.table = table
        self.file = table.file
        self.positions = table.index()
        #: Column name as the code spells it -> position (rows are many, names few).
        self.cache: dict[str, int | None] = {}
        self.missing: set[str] = set()
        for column in _REQUIRED_COLUMNS.get(table.file.casefold(), ()):
            if column.casefold() not in self.positions:
                self.missing.add(column)
                self.problem(table.header_line, column, "the column is missing (it is required).")

    def problem(self, line: int | None, column: str | None, message: str) -> None:
        self.reader.plan.problems.append(RosterProblem(self.file, line, column, message))

    def has(self, column: str) -> bool:
        return column.casefold() in self.positions

    def column(self, column: str) -> str:
        """The header as written in the file (for problems)."""
        position = self.positions.get(column.casefold())
        return self.table.header[position] if position is not None else column

    def get(self, cells: list[str], column: str) -> str:
        position = self.cache.get(column, -1)
        if position == -1:
            position = self.cache[column] = self.positions.get(column.casefold())
        if position is None or position >= len(cells):
            return ""
        return clean_text(cells[position])

    def rows(self, *, id_column: str = "sourcedId") -> Iterator[_Row]:
        """Rows with a valid status and date, and an id not seen before in this file."""
        seen: dict[str, int] = {}
        for line, cells in self.table.rows:
            sid = self.get(cells, id_column)
            ok = True
            if id_column in self.missing:
                ok = False
            elif not sid:
                self.problem(line, self.column(id_column), "the id is empty.")
                ok = False
            elif len(sid) > MAX_SOURCE_ID:
                self.problem(
                    line,
                    self.column(id_column),
                    f"the id is longer than {MAX_SOURCE_ID} characters.",
                )
                ok = False
            elif sid in seen:
                self.problem(
                    line,
                    self.column(id_column),
                    f'the id "{sid}" is already used on line {seen[sid]}.',
                )
                ok = False
            else:
                seen[sid] = line
            status = self.get(cells, "status").casefold()
            if status not in ("", "active", "tobedeleted"):
                self.problem(
                    line,
                    self.column("status"),
                    f'the status "{self.get(cells, "status")}" is not "active" or "tobedeleted".',
                )
                ok = False
            raw_modified = self.get(cells, "dateLastModified")
            modified = None
            if raw_modified:
                modified = _parse_date(raw_modified)
                if modified is None:
                    self.problem(
                        line,
                        self.column("dateLastModified"),
                        f'"{raw_modified}" is not an ISO 8601 date and time, e.g. '
                        "2026-11-24T09:30:00Z.",
                    )
                    ok = False
            if ok:
                yield _Row(line, cells, sid, status == "tobedeleted", modified)

    def date(self, row: _Row, column: str) -> tuple[date | None, bool]:
        """The date in ``column`` (None if empty) and whether it was valid."""
        raw = self.get(row.cells, column)
        if not raw:
            return None, True
        value = _parse_date(raw)
        if value is None:
            self.problem(
                row.line,
                self.column(column),
                f'"{raw}" is not a date; OneRoster writes dates as YYYY-MM-DD, e.g. 2026-09-01.',
            )
            return None, False
        return value, True


def _read_oneroster(source: Path, files: dict[str, tuple[str, bytes]]) -> RosterPlan:
    return _OneRosterReader(source, files).read()


class _OneRosterReader:
    def __init__(self, source: Path, files: dict[str, tuple[str, bytes]]) -> None:
        self.plan = RosterPlan(source=source, format="OneRoster")
        self.files = files
        self.modes: dict[str, str] = {}
        self.version = ""
        self.users: dict[str, _User] = {}
        self.courses: dict[str, str] = {}
        self.encodings: set[str] = set()
        self.users_file: _OneRosterFile | None = None
        self.has_preferred = False
        self.has_email = False
        #: Classes left out because of a problem: enrollments in them are not reported again.
        self.bad_classes: set[str] = set()

    def table(self, name: str) -> _OneRosterFile | None:
        """A used file, parsed, or None when the manifest says absent or it cannot be read."""
        if self.modes.get(name, "absent") == "absent":
            return None
        found = self.files.get(name)
        if found is None:
            return None
        display, data = found
        table = _parse_table(display, data, self.plan.problems)
        if table is None:
            return None
        self.encodings.add(table.encoding)
        if note := _encoding_note(table):
            self.plan.notes.append(note)
        return _OneRosterFile(self, table)

    def bulk(self, name: str) -> bool:
        return self.modes.get(name) == "bulk"

    def read(self) -> RosterPlan:
        self.read_manifest()
        if self.plan.problems and not self.version:
            return self.plan
        self.plan.format = f"OneRoster {self.version}"
        self.read_users()
        self.read_roles()
        self.read_courses()
        classes = self.read_classes()
        self.read_enrollments(classes)
        self.finish_users()
        self.plan.encoding = ", ".join(sorted(self.encodings))
        return self.plan

    def read_manifest(self) -> None:
        display, data = self.files["manifest.csv"]
        table = _parse_table(display, data, self.plan.problems)
        if table is None:
            return
        manifest = _OneRosterFile(self, table)
        if not (manifest.has("propertyName") and manifest.has("value")):
            manifest.problem(
                table.header_line, None, 'the manifest must have the columns "propertyName,value".'
            )
            return
        properties: dict[str, tuple[str, int]] = {}
        for line, cells in table.rows:
            key = manifest.get(cells, "propertyName")
            properties[key.casefold()] = (manifest.get(cells, "value"), line)
        raw_version, version_line = properties.get("oneroster.version", ("", table.header_line))
        if raw_version in ("1.1", "1.1.0"):
            self.version = "1.1"
        elif raw_version.startswith("1.2"):
            self.version = "1.2"
        elif not raw_version:
            self.version = "1.2" if "roles.csv" in self.files else "1.1"
            self.plan.notes.append(
                f'manifest.csv has no "oneroster.version"; read as OneRoster {self.version}.'
            )
        else:
            manifest.problem(
                version_line,
                manifest.column("value"),
                f'OneRoster version "{raw_version}" cannot be imported; export as OneRoster 1.1 '
                "or 1.2.",
            )
            return
        wanted = set(_USED) | set(_UNNEEDED)
        for name in sorted(wanted):
            stem = name.removesuffix(".csv")
            raw, line = properties.get(f"file.{stem.casefold()}", ("", table.header_line))
            mode = raw.casefold()
            if not mode:
                mode = "bulk" if name in self.files else "absent"
            elif mode not in _MODES:
                manifest.problem(
                    line,
                    manifest.column("value"),
                    f'"{raw}" for file.{stem} is not one of bulk, delta, absent.',
                )
                continue
            self.modes[name] = mode
            display_name = self.files.get(name, (name, b""))[0]
            if mode != "absent" and name not in self.files:
                if name in _USED:
                    manifest.problem(
                        line,
                        manifest.column("value"),
                        f"the manifest lists {display_name} as {mode}, but the bundle has no "
                        f"{display_name}.",
                    )
            elif mode == "absent" and name in self.files and name in _USED:
                self.plan.notes.append(f"{display_name} ignored: the manifest says it is absent.")
        unneeded = [self.files[n][0] for n in _UNNEEDED if n in self.files]
        if unneeded:
            self.plan.notes.append(
                f"{' and '.join(unneeded)} read past: the register keeps no schools or terms."
            )
        others = sorted(
            display
            for key, (display, _) in self.files.items()
            if key not in wanted | {"manifest.csv"}
        )
        for display in others:
            self.plan.notes.append(f"{display} ignored (the register does not use it).")

    def read_users(self) -> None:
        users = self.table("users.csv")
        if users is None:
            return
        has_role = users.has("role") or users.has("roles")
        for row in users.rows():
            roles: set[str] = set()
            for column in ("role", "roles"):
                for part in re.split(r"[,;|]", users.get(row.cells, column)):
                    if part.strip():
                        roles.add(part.strip().casefold())
            self.users[row.source_id] = _User(
                row=row,
                given_name=users.get(row.cells, "givenName"),
                family_name=users.get(row.cells, "familyName"),
                preferred_given=users.get(row.cells, "preferredGivenName"),
                preferred_family=users.get(row.cells, "preferredFamilyName"),
                email=users.get(row.cells, "email"),
                roles=roles,
            )
        self.users_file = users
        self.has_preferred = users.has("preferredGivenName")
        self.has_email = users.has("email")
        if not has_role and "roles.csv" not in self.files:
            self.plan.notes.append(
                f"{users.file} has no role column: each user's role was taken from enrollments.csv."
            )

    def read_roles(self) -> None:
        roles = self.table("roles.csv")
        if roles is None:
            return
        id_column = "sourcedId" if roles.has("sourcedId") else "userSourcedId"
        for row in roles.rows(id_column=id_column):
            user_sid = roles.get(row.cells, "userSourcedId")
            role = roles.get(row.cells, "role").casefold()
            user = self.users.get(user_sid)
            if user is None:
                if self.bulk("users.csv") and user_sid and not row.deleted:
                    roles.problem(
                        row.line,
                        roles.column("userSourcedId"),
                        f'there is no user "{user_sid}" in users.csv.',
                    )
                continue
            if role and not row.deleted:
                user.roles.add(role)

    def read_courses(self) -> None:
        courses = self.table("courses.csv")
        if courses is None:
            return
        for row in courses.rows():
            title = courses.get(row.cells, "title")
            if row.deleted:
                continue
            if not title and "title" not in courses.missing:
                courses.problem(row.line, courses.column("title"), "the course title is empty.")
                continue
            if _too_long(title, MAX_NAME):
                courses.problem(
                    row.line,
                    courses.column("title"),
                    f"the title is longer than {MAX_NAME} characters.",
                )
                continue
            self.courses[row.source_id] = title

    def read_classes(self) -> dict[str, PlannedClass]:
        classes: dict[str, PlannedClass] = {}
        table = self.table("classes.csv")
        if table is None:
            return classes
        has_room = table.has("location")
        for row in table.rows():
            planned = PlannedClass(
                source_id=row.source_id,
                file=table.file,
                line=row.line,
                deleted=row.deleted,
                deleted_on=row.modified,
            )
            classes[row.source_id] = planned
            if row.deleted:
                continue
            title = table.get(row.cells, "title")
            room = table.get(row.cells, "location")
            course_sid = table.get(row.cells, "courseSourcedId")
            ok = True
            if not title and "title" not in table.missing:
                table.problem(row.line, table.column("title"), "the class title is empty.")
                ok = False
            for column, value, limit in (("title", title, MAX_NAME), ("location", room, MAX_ROOM)):
                if _too_long(value, limit):
                    table.problem(
                        row.line,
                        table.column(column),
                        f"the value is longer than {limit} characters.",
                    )
                    ok = False
            given = {"active"}
            if has_room:
                given.add("room")
            subject = None
            if course_sid:
                if course_sid in self.courses:
                    subject = self.courses[course_sid]
                    given.add("subject")
                elif self.bulk("courses.csv"):
                    table.problem(
                        row.line,
                        table.column("courseSourcedId"),
                        f'there is no course "{course_sid}" in courses.csv.',
                    )
                    ok = False
            if not ok:
                del classes[row.source_id]
                self.bad_classes.add(row.source_id)
                continue
            planned.name = title
            planned.room = room or None
            planned.subject = subject
            planned.given = frozenset(given)
        return classes

    def read_enrollments(self, classes: dict[str, PlannedClass]) -> None:
        table = self.table("enrollments.csv")
        self.plan.classes = list(classes.values())
        if table is None:
            return
        plan = self.plan
        pairs: dict[tuple[str, str], PlannedEnrollment] = {}
        teachers_of: dict[str, list[tuple[bool, int, str]]] = defaultdict(list)
        other_roles: dict[str, int] = defaultdict(int)
        referenced_classes: set[str] = set()
        for row in table.rows():
            class_sid = table.get(row.cells, "classSourcedId")
            user_sid = table.get(row.cells, "userSourcedId")
            role = table.get(row.cells, "role").casefold()
            ok = True
            for column, value in (("classSourcedId", class_sid), ("userSourcedId", user_sid)):
                if not value and column not in table.missing:
                    table.problem(row.line, table.column(column), "the id is empty.")
                    ok = False
            if not role and "role" not in table.missing:
                table.problem(row.line, table.column("role"), "the role is empty.")
                ok = False
            start, start_ok = table.date(row, "beginDate")
            end, end_ok = table.date(row, "endDate")
            if not (ok and start_ok and end_ok):
                continue
            if start and end and end < start:
                table.problem(
                    row.line,
                    table.column("endDate"),
                    f"the end date {end} is before the begin date {start}.",
                )
                continue
            if role not in ("student", "teacher"):
                other_roles[role] += 1
                continue
            if row.deleted:
                # Withdrawing something that is not there is not a problem.
                if role == "student":
                    self.add_deleted_enrollment(row, class_sid, user_sid, pairs, table)
                continue
            if not self.check_reference(table, row, "classSourcedId", "class", class_sid, classes):
                continue
            referenced_classes.add(class_sid)
            kind = "student" if role == "student" else "teacher"
            if not self.check_user(table, row, user_sid, kind):
                continue
            if role == "teacher":
                primary = table.get(row.cells, "primary").casefold() == "true"
                teachers_of[class_sid].append((not primary, row.line, user_sid))
                continue
            self.add_enrollment(row, class_sid, user_sid, start, end, pairs, table)
        plan.enrollments = list(pairs.values())
        for role, n in sorted(other_roles.items()):
            plan.notes.append(
                f'{table.file}: {_count(n, "enrollment")} with role "{role or "?"}" ignored '
                "(only students and teachers are imported)."
            )
        self.assign_teachers(classes, teachers_of, table)
        if self.bulk("enrollments.csv"):
            plan.complete_classes = {c.source_id for c in plan.classes if not c.deleted}
            plan.complete_classes |= referenced_classes

    def check_reference(
        self,
        table: _OneRosterFile,
        row: _Row,
        column: str,
        kind: str,
        sid: str,
        held: dict[str, PlannedClass],
    ) -> bool:
        planned = held.get(sid)
        if planned is not None:
            if planned.deleted:
                self.plan.notes.append(
                    f'{table.file}, line {row.line}: class "{sid}" is to be deleted, so this '
                    "enrollment ends with it."
                )
                return False
            return True
        if sid in self.bad_classes:
            return False
        if self.bulk("classes.csv"):
            table.problem(
                row.line, table.column(column), f'there is no class "{sid}" in classes.csv.'
            )
            return False
        self.plan.references.append(
            Reference(kind, sid, table.file, row.line, table.column(column))
        )
        return True

    def check_user(self, table: _OneRosterFile, row: _Row, user_sid: str, kind: str) -> bool:
        user = self.users.get(user_sid)
        column = table.column("userSourcedId")
        if user is None:
            if self.bulk("users.csv"):
                table.problem(row.line, column, f'there is no user "{user_sid}" in users.csv.')
                return False
            self.plan.references.append(Reference(kind, user_sid, table.file, row.line, column))
            return True
        if user.row.deleted:
            self.plan.notes.append(
                f'{table.file}, line {row.line}: user "{user_sid}" is to be deleted, so this '
                "enrollment ends with them."
            )
            return False
        if user.roles and kind not in user.roles:
            table.problem(
                row.line,
                table.column("role"),
                f'"{user_sid}" is enrolled as a {kind}, but users.csv gives them the role '
                f"{', '.join(sorted(user.roles))}.",
            )
            return False
        user.enrolled_as.add(kind)
        return True

    def add_enrollment(
        self,
        row: _Row,
        class_sid: str,
        user_sid: str,
        start: date | None,
        end: date | None,
        pairs: dict[tuple[str, str], PlannedEnrollment],
        table: _OneRosterFile,
    ) -> None:
        planned = PlannedEnrollment(
            source_id=row.source_id,
            # Ids repeat on every enrollment of a class or student: keep one copy.
            class_source_id=sys.intern(class_sid),
            student_source_id=sys.intern(user_sid),
            start_date=start,
            end_date=end,
            file=table.file,
            line=row.line,
            given=_ENROLLMENT_DATES if table.has("beginDate") else _ENROLLMENT_END,
        )
        previous = pairs.get((class_sid, user_sid))
        if previous is not None:
            # The register holds one place per student and class: the later line wins.
            self.plan.notes.append(
                f'{table.file}, line {row.line}: student "{user_sid}" is already enrolled in '
                f'class "{class_sid}" on line {previous.line}; line {row.line} is used.'
            )
        pairs[(class_sid, user_sid)] = planned

    def add_deleted_enrollment(
        self,
        row: _Row,
        class_sid: str,
        user_sid: str,
        pairs: dict[tuple[str, str], PlannedEnrollment],
        table: _OneRosterFile,
    ) -> None:
        if (class_sid, user_sid) in pairs:
            self.plan.notes.append(
                f"{table.file}, line {row.line}: the enrollment to be deleted is also listed as "
                "active; the active one is used."
            )
            return
        pairs[(class_sid, user_sid)] = PlannedEnrollment(
            source_id=row.source_id,
            class_source_id=class_sid,
            student_source_id=user_sid,
            file=table.file,
            line=row.line,
            deleted=True,
            deleted_on=row.modified,
        )

    def assign_teachers(
        self,
        classes: dict[str, PlannedClass],
        teachers_of: dict[str, list[tuple[bool, int, str]]],
        table: _OneRosterFile,
    ) -> None:
        shared = 0
        for class_sid, candidates in teachers_of.items():
            candidates.sort()
            chosen = candidates[0]
            shared += len(candidates) > 1
            planned = classes.get(class_sid)
            if planned is None:
                # A class imported earlier whose teacher this delta changes.
                planned = PlannedClass(source_id=class_sid, file=table.file, line=chosen[1])
                classes[class_sid] = planned
                self.plan.classes.append(planned)
            if not planned.deleted:
                planned.teacher_source_id = chosen[2]
        if shared:
            self.plan.notes.append(
                f"More than one teacher teaches {_count(shared, 'class', 'classes')}; the "
                "primary (or first) one is the class teacher in the register."
            )

    def finish_users(self) -> None:
        users = self.users_file
        if users is None:
            return
        plan = self.plan
        others = 0
        for sid, user in self.users.items():
            row = user.row
            kinds = set(user.roles & {"student", "teacher"})
            either = False
            if not user.roles:
                kinds = set(user.enrolled_as)
                if row.deleted:
                    kinds, either = {"student", "teacher"}, True  # whichever it was imported as
            if not kinds:
                others += 1
                continue
            if row.deleted:
                if "student" in kinds:
                    plan.students.append(
                        PlannedStudent(
                            source_id=sid, file=users.file, line=row.line, deleted=True,
                            deleted_on=row.modified, either_kind=either,
                        )
                    )  # fmt: skip
                if "teacher" in kinds:
                    plan.teachers.append(
                        PlannedTeacher(
                            source_id=sid, file=users.file, line=row.line, deleted=True,
                            deleted_on=row.modified, either_kind=either,
                        )
                    )  # fmt: skip
                continue
            ok = True
            for column, value, message in (
                ("givenName", user.given_name, "the first name is empty."),
                ("familyName", user.family_name, "the last name is empty."),
            ):
                if column in users.missing:
                    ok = False
                elif not value:
                    users.problem(row.line, users.column(column), message)
                    ok = False
            for column, value in (
                ("givenName", user.given_name), ("familyName", user.family_name),
                ("preferredGivenName", user.preferred_given),
            ):  # fmt: skip
                if _too_long(value, MAX_NAME):
                    users.problem(
                        row.line,
                        users.column(column),
                        f"the name is longer than {MAX_NAME} characters.",
                    )
                    ok = False
            if _too_long(user.email, MAX_EMAIL):
                users.problem(row.line, users.column("email"), "the e-mail address is too long.")
                ok = False
            if not ok:
                continue
            if "student" in kinds:
                plan.students.append(
                    PlannedStudent(
                        source_id=sid,
                        first_name=user.given_name,
                        last_name=user.family_name,
                        preferred_name=user.preferred_given or None,
                        file=users.file,
                        line=row.line,
                        given=frozenset(
                            {"active"} | ({"preferred_name"} if self.has_preferred else set())
                        ),
                    )
                )
            if "teacher" in kinds:
                first = user.preferred_given or user.given_name
                last = user.preferred_family or user.family_name
                display = f"{first} {last}"
                if _too_long(display, MAX_NAME):
                    users.problem(row.line, users.column("familyName"), "the name is too long.")
                    continue
                plan.teachers.append(
                    PlannedTeacher(
                        source_id=sid,
                        display_name=display,
                        email=user.email or None,
                        file=users.file,
                        line=row.line,
                        given=frozenset({"active"} | ({"email"} if self.has_email else set())),
                    )
                )
        if others:
            plan.notes.append(
                f"{users.file}: {_count(others, 'user')} not imported (neither students nor "
                "teachers: administrators, parents, ...)."
            )


# --- comparing with the database -------------------------------------------------------


@dataclass
class _Ops:
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    #: Enrollment rows whose source id moves to another row: cleared first.
    clears: list[dict[str, Any]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.inserts) + len(self.updates) + len(self.clears)


@dataclass
class _Prepared:
    summary: ImportSummary
    problems: list[RosterProblem]
    teachers: _Ops
    students: _Ops
    classes: _Ops
    enrollments: _Ops
    teacher_ids: dict[str, int]
    student_ids: dict[str, int]
    class_ids: dict[str, int]


def check_roster(
    session: Session, plan: RosterPlan, *, today: date | None = None
) -> list[RosterProblem]:
    """Every problem: the plan's own, then those only the database can show."""
    if plan.problems:
        return list(plan.problems)
    return _prepare(session, plan, today or date.today()).problems


def preview_roster(session: Session, plan: RosterPlan, *, today: date) -> ImportSummary:
    """What ``apply_roster`` would do, without writing; raises ``RosterInvalid`` like it."""
    if plan.problems:
        raise RosterInvalid(plan.problems)
    prepared = _prepare(session, plan, today)
    if prepared.problems:
        raise RosterInvalid(prepared.problems)
    return prepared.summary


def apply_roster(
    session: Session,
    plan: RosterPlan,
    *,
    today: date,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Write the plan in the caller's transaction (the caller commits, or rolls back on error).

    Raises ``RosterInvalid`` (nothing written) when the plan or its comparison
    with the database has problems, and ``ImportCancelled`` when ``cancelled()``
    turns true between batches.  ``progress(done, total)`` is called as rows are
    written.
    """
    if plan.problems:
        raise RosterInvalid(plan.problems)
    prepared = _prepare(session, plan, today)
    if prepared.problems:
        raise RosterInvalid(prepared.problems)
    _write(session, prepared, progress, cancelled)
    return prepared.summary


def _adopt_index(rows: Iterable[Any], key: Callable[[Any], str]) -> dict[str, list[Any]]:
    index: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        if row.source_id is None:
            index[key(row)].append(row)
    return index


def _plan_entities(
    planned: Sequence[_Planned],
    values_of: Callable[[Any], dict[str, Any]],
    by_sid: dict[str, Any],
    adopt: dict[str, list[Any]],
    counts: KindCounts,
    now: datetime,
    compare: Callable[[Any, str, Any], bool] | None = None,
) -> tuple[_Ops, dict[str, int], int]:
    """Inserts and updates for teachers, students or classes.

    Returns the operations, the source id -> row id map for rows that exist
    already (including adopted ones), and how many rows to be deleted were not
    in the database.
    """
    ops = _Ops()
    ids = {sid: row.id for sid, row in by_sid.items()}
    claimed: set[int] = set()
    not_found = 0
    same = compare or (lambda row, name, value: getattr(row, name) == value)
    for item in planned:
        row = by_sid.get(item.source_id)
        adopted = False
        if row is None and item.adopt_key is not None and not item.deleted:
            candidates = adopt.get(item.adopt_key, [])
            if len(candidates) == 1 and candidates[0].id not in claimed:
                row, adopted = candidates[0], True
                claimed.add(row.id)
                ids[item.source_id] = row.id
        values = values_of(item)
        if item.deleted:
            if row is None:
                not_found += not item.either_kind
            elif row.active:
                ops.updates.append({"id": row.id, "active": False, "updated_at": now})
                counts.withdrawn += 1
            else:
                counts.unchanged += 1
            continue
        if row is None:
            ops.inserts.append(
                {**values, "source_id": item.source_id, "created_at": now, "updated_at": now}
            )
            counts.created += 1
            continue
        changes = {name: value for name, value in values.items() if not same(row, name, value)}
        if adopted:
            changes["source_id"] = item.source_id
        if changes:
            ops.updates.append({"id": row.id, **changes, "updated_at": now})
            counts.updated += 1
        else:
            counts.unchanged += 1
    return ops, ids, not_found


def _prepare(session: Session, plan: RosterPlan, today: date) -> _Prepared:
    now = utcnow()
    summary = ImportSummary(notes=list(plan.notes))
    problems: list[RosterProblem] = []

    teachers = session.execute(
        select(Teacher.id, Teacher.source_id, Teacher.display_name, Teacher.email, Teacher.active)
    ).all()
    students = session.execute(
        select(
            Student.id,
            Student.source_id,
            Student.first_name,
            Student.last_name,
            Student.preferred_name,
            Student.active,
        )
    ).all()
    classes = session.execute(
        select(
            SchoolClass.id,
            SchoolClass.source_id,
            SchoolClass.name,
            SchoolClass.subject,
            SchoolClass.room,
            SchoolClass.teacher_id,
            SchoolClass.active,
        )
    ).all()
    enrollments = session.execute(
        select(
            Enrollment.id,
            Enrollment.source_id,
            Enrollment.class_id,
            Enrollment.student_id,
            Enrollment.start_date,
            Enrollment.end_date,
        )
    ).all()

    teacher_by_sid = {row.source_id: row for row in teachers if row.source_id is not None}
    student_by_sid = {row.source_id: row for row in students if row.source_id is not None}
    class_by_sid = {row.source_id: row for row in classes if row.source_id is not None}

    # References the roster makes to rows it does not hold must be in the database.
    planned_sids = {
        "teacher": {t.source_id for t in plan.teachers if not t.deleted},
        "student": {s.source_id for s in plan.students if not s.deleted},
        "class": {c.source_id for c in plan.classes if not c.deleted and c.name is not None},
    }
    existing_sids: dict[str, dict[str, Any]] = {
        "teacher": teacher_by_sid,
        "student": student_by_sid,
        "class": class_by_sid,
    }
    for ref in plan.references:
        if (
            ref.source_id not in planned_sids[ref.kind]
            and ref.source_id not in existing_sids[ref.kind]
        ):
            where = "bundle" if plan.format != PLAIN_CSV else "file"
            problems.append(
                RosterProblem(
                    ref.file,
                    ref.line,
                    ref.column,
                    f'there is no {ref.kind} "{ref.source_id}" in this {where} or in the register.',
                )
            )

    t_ops, teacher_ids, t_missing = _plan_entities(
        plan.teachers,
        lambda t: t.values(),
        teacher_by_sid,
        _adopt_index(teachers, lambda r: _name_key(r.display_name)),
        summary.teachers,
        now,
    )
    s_ops, student_ids, s_missing = _plan_entities(
        plan.students,
        lambda s: s.values(),
        student_by_sid,
        _adopt_index(students, lambda r: _name_key(r.first_name, r.last_name)),
        summary.students,
        now,
    )

    # Classes: the teacher is compared by source id, and written as an id later.
    teacher_sid_of = {row.id: row.source_id for row in teachers}
    for sid, row_id in teacher_ids.items():
        teacher_sid_of[row_id] = sid
    class_adopt = _adopt_index(classes, lambda r: _name_key(r.name))
    for item in plan.classes:
        if item.deleted:
            continue
        exists = item.source_id in class_by_sid or (
            item.adopt_key is not None and len(class_adopt.get(item.adopt_key, [])) == 1
        )
        # (A class only named by a delta's enrollments is checked with the references.)
        if not exists and item.name is not None and item.teacher_source_id is None:
            problems.append(
                RosterProblem(
                    item.file,
                    item.line,
                    "sourcedId" if plan.format != PLAIN_CSV else None,
                    f'the class "{item.name}" has no teacher'
                    + (
                        " (no teacher enrollment for it in enrollments.csv)."
                        if plan.format != PLAIN_CSV
                        else "; give it one in a Teacher column."
                    ),
                )
            )

    def class_values(item: PlannedClass) -> dict[str, Any]:
        values = item.values()
        if item.teacher_source_id is not None and not item.deleted:
            values["teacher_source_id"] = item.teacher_source_id
        return values

    def class_same(row: Any, name: str, value: Any) -> bool:
        if name == "teacher_source_id":
            return bool(teacher_sid_of.get(row.teacher_id) == value)
        return bool(getattr(row, name) == value)

    c_ops, class_ids, c_missing = _plan_entities(
        plan.classes, class_values, class_by_sid, class_adopt, summary.classes, now, class_same
    )

    e_ops = _plan_enrollments(plan, enrollments, class_ids, student_ids, today, now, summary)

    not_found = t_missing + s_missing + c_missing
    if not_found:
        summary.notes.append(
            f"{_count(not_found, 'row')} to be deleted {_were(not_found)} not in the register; "
            "nothing to do."
        )
    return _Prepared(
        summary, problems, t_ops, s_ops, c_ops, e_ops, teacher_ids, student_ids, class_ids
    )


def _plan_enrollments(
    plan: RosterPlan,
    existing: Sequence[Any],
    class_ids: dict[str, int],
    student_ids: dict[str, int],
    today: date,
    now: datetime,
    summary: ImportSummary,
) -> _Ops:
    """Enrollment changes, matched by (class, student) first and by source id second."""
    counts = summary.enrollments
    ops = _Ops()
    by_pair = {(row.class_id, row.student_id): row for row in existing}
    by_sid = {row.source_id: row for row in existing if row.source_id is not None}
    class_sid_of = {row_id: sid for sid, row_id in class_ids.items()}
    student_sid_of = {row_id: sid for sid, row_id in student_ids.items()}

    # When a class or student is deleted, its enrollments end that day.
    ends_class = {c.source_id: c.deleted_on or today for c in plan.classes if c.deleted}
    ends_student = {s.source_id: s.deleted_on or today for s in plan.students if s.deleted}

    changes: dict[int, dict[str, Any]] = {}
    withdrawn_ids: set[int] = set()
    matched: set[int] = set()
    cleared: set[int] = set()
    not_found = 0

    def withdraw(row: Any, on: date) -> bool:
        current = changes.get(row.id, {}).get("end_date", row.end_date)
        if current is not None and current <= on:
            return False
        changes.setdefault(row.id, {})["end_date"] = on
        withdrawn_ids.add(row.id)
        return True

    def free_source_id(source_id: str, keep: Any) -> None:
        """Another row holds this source id: it moves to ``keep``, the old row leaves."""
        holder = by_sid.get(source_id)
        if holder is None or holder is keep or holder.id in cleared:
            return
        cleared.add(holder.id)
        ops.clears.append({"id": holder.id, "source_id": None, "updated_at": now})
        if holder.id not in matched and withdraw(holder, today):
            matched.add(holder.id)
            counts.withdrawn += 1

    for item in sorted(plan.enrollments, key=lambda e: e.deleted):
        class_id = class_ids.get(item.class_source_id)
        student_id = student_ids.get(item.student_source_id)
        row = by_pair.get((class_id, student_id)) if class_id and student_id else None
        if item.deleted:
            if row is None:
                row = by_sid.get(item.source_id)
            if row is None or row.id in matched:
                not_found += row is None
                continue
            matched.add(row.id)
            if withdraw(row, item.deleted_on or today):
                counts.withdrawn += 1
            else:
                counts.unchanged += 1
            continue
        end = item.end_date
        for on in (ends_class.get(item.class_source_id), ends_student.get(item.student_source_id)):
            if on is not None and (end is None or on < end):
                end = on
        if row is None:
            free_source_id(item.source_id, None)
            ops.inserts.append(
                {
                    "class_source_id": item.class_source_id,
                    "student_source_id": item.student_source_id,
                    "start_date": item.start_date,
                    "end_date": end,
                    "source_id": item.source_id,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            counts.created += 1
            continue
        matched.add(row.id)
        change: dict[str, Any] = {}
        if "start_date" in item.given and row.start_date != item.start_date:
            change["start_date"] = item.start_date
        if row.end_date != end:
            change["end_date"] = end
        if row.source_id != item.source_id and not (item.derived_id and row.source_id):
            free_source_id(item.source_id, row)
            change["source_id"] = item.source_id
        if not change:
            counts.unchanged += 1
            continue
        changes.setdefault(row.id, {}).update(change)
        closing = end is not None and (row.end_date is None or row.end_date > end)
        if closing:
            counts.withdrawn += 1
        else:
            counts.updated += 1

    # Rows the roster does not mention: ended with their class or student, or
    # missing from a class the roster lists completely.
    for row in existing:
        if row.id in matched or row.id in cleared:
            continue
        class_sid = class_sid_of.get(row.class_id)
        student_sid = student_sid_of.get(row.student_id)
        ends = [
            ends_class.get(class_sid) if class_sid else None,
            ends_student.get(student_sid) if student_sid else None,
            today if row.source_id is not None and class_sid in plan.complete_classes else None,
        ]
        dates = [d for d in ends if d is not None]
        if dates and withdraw(row, min(dates)):
            counts.withdrawn += 1

    for row_id, change in changes.items():
        ops.updates.append({"id": row_id, **change, "updated_at": now})
    if not_found:
        summary.notes.append(
            f"{_count(not_found, 'enrollment')} to be deleted {_were(not_found)} not in the "
            "register; nothing to withdraw."
        )
    return ops


# --- writing ---------------------------------------------------------------------------


class _Writer:
    def __init__(
        self,
        session: Session,
        total: int,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.session = session
        self.total = total
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled

    def step(self, n: int) -> None:
        self.done += n
        if self.progress is not None:
            self.progress(self.done, self.total)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()

    def insert(self, model: Any, rows: list[dict[str, Any]], ids: dict[str, int] | None) -> None:
        """INSERT in batches; ``ids`` (when given) learns each new row's id by source id."""
        table = model.__table__
        for batch in _batches(rows):
            self.check()
            if ids is None:
                # Core executemany: no RETURNING and no ORM bookkeeping (the bulk of an import).
                self.session.execute(insert(table), batch)
            else:
                returning = insert(table).returning(table.c.id, table.c.source_id)
                for row_id, source_id in self.session.execute(returning, batch):
                    ids[source_id] = row_id
            self.step(len(batch))

    def update(self, model: Any, rows: list[dict[str, Any]]) -> None:
        for batch in _batches(rows):
            self.check()
            self.session.execute(update(model), batch)
            self.step(len(batch))


def _batches(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    # The same keys throughout a batch, so each batch is one executemany.
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(sorted(row))].append(row)
    for group in groups.values():
        for start in range(0, len(group), BATCH_SIZE):
            yield group[start : start + BATCH_SIZE]


def _write(
    session: Session,
    prepared: _Prepared,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    p = prepared
    total = len(p.teachers) + len(p.students) + len(p.classes) + len(p.enrollments)
    writer = _Writer(session, total, progress, cancelled)
    writer.check()
    if progress is not None:
        progress(0, total)

    writer.insert(Teacher, p.teachers.inserts, p.teacher_ids)
    writer.update(Teacher, p.teachers.updates)
    writer.insert(Student, p.students.inserts, p.student_ids)
    writer.update(Student, p.students.updates)

    def with_teacher_id(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        resolved = []
        for row in rows:
            row = dict(row)
            if "teacher_source_id" in row:
                row["teacher_id"] = p.teacher_ids[row.pop("teacher_source_id")]
            resolved.append(row)
        return resolved

    writer.insert(SchoolClass, with_teacher_id(p.classes.inserts), p.class_ids)
    writer.update(SchoolClass, with_teacher_id(p.classes.updates))

    enrollment_rows = []
    for row in p.enrollments.inserts:
        row = dict(row)
        row["class_id"] = p.class_ids[row.pop("class_source_id")]
        row["student_id"] = p.student_ids[row.pop("student_source_id")]
        enrollment_rows.append(row)
    writer.update(Enrollment, p.enrollments.clears)
    writer.insert(Enrollment, enrollment_rows, None)
    writer.update(Enrollment, p.enrollments.updates)
    writer.check()


# --- export ----------------------------------------------------------------------------


def export_roster(session: Session, path: Path) -> None:
    """Write every teacher, class, student and enrollment as a plain CSV roster.

    UTF-8 with a byte-order mark (so spreadsheet programs show accents right),
    comma-separated, one row per enrollment; students without a class, classes
    without students and teachers without classes get a row of their own.
    Reading the file back with ``read_roster`` gives the same roster.
    """
    teachers = {row.id: row for row in session.execute(
        select(Teacher.id, Teacher.source_id, Teacher.display_name, Teacher.email)
    )}  # fmt: skip
    classes = {row.id: row for row in session.execute(
        select(SchoolClass.id, SchoolClass.source_id, SchoolClass.name, SchoolClass.subject,
               SchoolClass.room, SchoolClass.teacher_id)
    )}  # fmt: skip
    students = {row.id: row for row in session.execute(
        select(Student.id, Student.source_id, Student.first_name, Student.last_name,
               Student.preferred_name)
    )}  # fmt: skip
    enrollments = session.execute(
        select(
            Enrollment.class_id, Enrollment.student_id, Enrollment.start_date, Enrollment.end_date
        )
    ).all()

    def teacher_cells(teacher_id: int | None) -> list[str]:
        t = teachers.get(teacher_id) if teacher_id is not None else None
        return [t.source_id or "", t.display_name, t.email or ""] if t else ["", "", ""]

    def class_cells(class_id: int | None) -> list[str]:
        c = classes.get(class_id) if class_id is not None else None
        if c is None:
            return ["", "", "", "", *teacher_cells(None)]
        return [
            c.source_id or "",
            c.name,
            c.subject or "",
            c.room or "",
            *teacher_cells(c.teacher_id),
        ]

    def student_cells(student_id: int | None) -> list[str]:
        s = students.get(student_id) if student_id is not None else None
        if s is None:
            return ["", "", "", ""]
        return [s.source_id or "", s.first_name, s.last_name, s.preferred_name or ""]

    rows: list[list[str]] = []
    for e in enrollments:
        rows.append(
            [
                *student_cells(e.student_id),
                *class_cells(e.class_id),
                e.start_date.isoformat() if e.start_date else "",
                e.end_date.isoformat() if e.end_date else "",
            ]
        )
    enrolled = {e.student_id for e in enrollments}
    with_students = {e.class_id for e in enrollments}
    teaching = {c.teacher_id for c in classes.values()}
    rows += [[*student_cells(i), *class_cells(None), "", ""] for i in students if i not in enrolled]
    rows += [
        [*student_cells(None), *class_cells(i), "", ""] for i in classes if i not in with_students
    ]
    rows += [
        [*student_cells(None), "", "", "", "", *teacher_cells(i), "", ""]
        for i in teachers
        if i not in teaching
    ]

    def order(cells: list[str]) -> tuple[Any, ...]:
        # Class, then surname and first name, then everything: the same order
        # whatever ids the rows have in this database.
        return (cells[5].casefold(), cells[2].casefold(), cells[1].casefold(), cells)

    rows.sort(key=order)
    with replacing(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(EXPORT_HEADER)
        writer.writerows(rows)
