"""Reading a plain CSV roster: one row per student and class.

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
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from attendance_desktop.roster.decoding import (
    Table,
    cell_value,
    encoding_note,
    header_key,
    name_key,
    parse_date,
    parse_table,
)
from attendance_desktop.roster.plan import (
    ENROLLMENT_DATES,
    ENROLLMENT_END,
    MAX_EMAIL,
    MAX_NAME,
    MAX_ROOM,
    MAX_SOURCE_ID,
    PLAIN_CSV,
    PlannedClass,
    PlannedEnrollment,
    PlannedStudent,
    PlannedTeacher,
    RosterPlan,
    RosterProblem,
    too_long,
)


def _derived_id(kind: str, key: str) -> str:
    source_id = f"csv:{kind}:{key}"
    if len(source_id) > MAX_SOURCE_ID:
        source_id = f"csv:{kind}:sha256:{hashlib.sha256(key.encode()).hexdigest()}"
    return source_id


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
    header_key(synonym): meaning
    for meaning, synonyms in PLAIN_HEADERS.items()
    for synonym in synonyms
}

#: Names of files inside OneRoster bundles, to catch one of them imported on its own.
_ONEROSTER_NAMES = {
    "users.csv", "classes.csv", "enrollments.csv", "courses.csv", "orgs.csv",
    "academicsessions.csv", "demographics.csv", "roles.csv",
}  # fmt: skip


def read_plain(path: Path, data: bytes) -> RosterPlan:
    plan = RosterPlan(source=path, format=PLAIN_CSV)
    name = path.name
    table = parse_table(name, data, plan.problems)
    if table is None:
        return plan
    plan.encoding, plan.delimiter = table.encoding, table.delimiter
    if note := encoding_note(table):
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
    def __init__(self, plan: RosterPlan, table: Table) -> None:
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
            meaning = _PLAIN_LOOKUP.get(header_key(text))
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
        first = cell_value(cells, self.col.get("first_name"))
        last = cell_value(cells, self.col.get("last_name"))
        whole = cell_value(cells, self.col.get("full_name"))
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
            return cell_value(cells, self.col.get(meaning))

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
        if too_long(explicit, MAX_SOURCE_ID):
            self.problem(line, "teacher_id", f"the id is longer than {MAX_SOURCE_ID} characters.")
            return None
        if too_long(name, MAX_NAME):
            self.problem(line, "teacher", f"the name is longer than {MAX_NAME} characters.")
            return None
        if too_long(email, MAX_EMAIL):
            self.problem(line, "teacher_email", "the e-mail address is too long.")
            return None
        if explicit:
            sid = explicit
        elif name:
            sid = _derived_id("teacher", name_key(name))
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
                adopt_key=None if explicit else name_key(name),
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
            if too_long(value, MAX_NAME):
                self.problem(line, meaning, f"the name is longer than {MAX_NAME} characters.")
                bad = True
        if too_long(explicit, MAX_SOURCE_ID):
            self.problem(line, "student_id", f"the id is longer than {MAX_SOURCE_ID} characters.")
            bad = True
        if bad:
            return None
        sid = explicit or _derived_id("student", name_key(first, last))
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
                adopt_key=None if explicit else name_key(first, last),
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
            if too_long(value, limit):
                self.problem(line, meaning, f"the value is longer than {limit} characters.")
                return None
        sid = explicit or _derived_id("class", name_key(name))
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
                adopt_key=None if explicit else name_key(name),
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
            value = parse_date(raw) if raw else None
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
            given=ENROLLMENT_DATES if "start_date" in self.col else ENROLLMENT_END,
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
