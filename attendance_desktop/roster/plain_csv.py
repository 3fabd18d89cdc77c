"""Reading a plain CSV roster: one row per student and class, or one row per person.

One row per student and class (a class list), or one row per person with a
role or type column (a user list, e.g. a school server's export).  Header
names are matched ignoring case, spaces and punctuation ("First Name",
"first_name" and "FIRSTNAME" are the same).  Accepted headers:

================  =============================================================
Meaning           Accepted headers
================  =============================================================
student id        Student ID, Pupil ID, UPN, Learner ID, SIS ID, Student SIS ID,
                  ID, sourcedId, Person ID, User ID (the SIS id: the key)
student number    Student number, Student no, Pupil number, Admission number,
                  Admission no, Schülernummer, Matrikelnummer (kept beside the
                  id; the key only when there is no id column)
role or type      Role, Roles, Type, User type, Person type, Account type,
                  Benutzertyp, Rolle, Typ
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
classes           Classes, Groups, Sections, Klassen, Kurse (several, separated
                  by commas or semicolons)
class id          Class ID, Class code, Section ID, Class sourcedId
subject           Subject, Course, Course name, Course title, Fach
room              Room, Room number, Classroom, Location, Raum, Salle
teacher           Teacher, Teacher name, Staff, Staff name, Tutor, Lehrer,
                  Enseignant
teacher id        Teacher ID, Teacher code, Staff ID, Staff code, Teacher
                  sourcedId
teacher email     Teacher email, Teacher e-mail, Teacher email address, Staff
                  email
student email     Email, E-mail, Email address, Student email (read, not stored;
                  a teacher row's address is the teacher's)
start date        Start date, Start, Begin date, Enrolled, Enrollment start,
                  Enrolment start, Date joined, Joined, From
end date          End date, End, Leaving date, Left, Date left, Enrollment
                  end, Enrolment end, To
================  =============================================================

Other columns are ignored with a note.  A first and a last name (or a whole
name) are required.  A class with no teacher is imported (its register is
taken by whoever opens it).  Dates are written YYYY-MM-DD.  A row may describe
only a student, only a class and its teacher, or only a teacher.

The role or type column says what each row is: student (pupil, learner,
Schüler), teacher (staffteacher, Lehrer, faculty, educator, professor, ...;
a row with both is a teacher, never a student), and anything else (staff,
administrator, parent, ...) is skipped with a count in the preview.  A
teacher's row lists the classes they teach; the first teacher listed for a
class is its class teacher.  A file named Teacher.csv / teachers.csv, or with
a "Teacher number" column and no role column, lists teachers only (Microsoft
School Data Sync and Clever teacher files).

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
otherwise.  Classes not in the file are left alone (and a teacher file says
nothing about who is in a class).
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate
from attendance_desktop.roster.decoding import (
    Table,
    cell_value,
    clean_text,
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
    MAX_STUDENT_NUMBER,
    PLAIN_CSV,
    PlannedClass,
    PlannedEnrollment,
    PlannedStudent,
    PlannedTeacher,
    RosterPlan,
    RosterProblem,
    longer_than,
    too_long,
)


def _derived_id(kind: str, key: str) -> str:
    source_id = f"csv:{kind}:{key}"
    if len(source_id) > MAX_SOURCE_ID:
        source_id = f"csv:{kind}:sha256:{hashlib.sha256(key.encode()).hexdigest()}"
    return source_id


#: Two lines of one file disagree (``_PlainReader.conflict``): {old} on {old_line}, {new} here.
_TEACHER_NAME = QT_TRANSLATE_NOOP(
    "Roster", 'the teacher\'s name is "{old}" on line {old_line} but "{new}" here.'
)
_TEACHER_EMAIL = QT_TRANSLATE_NOOP(
    "Roster", 'the teacher\'s e-mail is "{old}" on line {old_line} but "{new}" here.'
)
_STUDENT_ID_NAME = QT_TRANSLATE_NOOP(
    "Roster", 'the student id "{id}"\'s name is "{old}" on line {old_line} but "{new}" here.'
)
_SAME_STUDENT_NAME = QT_TRANSLATE_NOOP(
    "Roster", 'the same student\'s name is "{old}" on line {old_line} but "{new}" here.'
)
_PREFERRED_NAME = QT_TRANSLATE_NOOP(
    "Roster", 'the preferred name is "{old}" on line {old_line} but "{new}" here.'
)
_CLASS_NAME = QT_TRANSLATE_NOOP(
    "Roster", 'class "{id}" is "{old}" on line {old_line} but "{new}" here.'
)
_CLASS_SUBJECT = QT_TRANSLATE_NOOP(
    "Roster", 'the subject of class "{name}" is "{old}" on line {old_line} but "{new}" here.'
)
_CLASS_ROOM = QT_TRANSLATE_NOOP(
    "Roster", 'the room of class "{name}" is "{old}" on line {old_line} but "{new}" here.'
)


PLAIN_HEADERS: dict[str, tuple[str, ...]] = {
    "student_id": (
        "Student ID", "Pupil ID", "UPN", "Learner ID", "SIS ID", "Student SIS ID", "ID",
        "sourcedId", "Person ID", "User ID",
    ),
    "student_number": (
        "Student number", "Student no", "Pupil number", "Admission number", "Admission no",
        "Schülernummer", "Matrikelnummer",
    ),
    "role": (
        "Role", "Roles", "Type", "User type", "Person type", "Account type", "Benutzertyp",
        "Rolle", "Typ",
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
    "class_names": ("Classes", "Groups", "Sections", "Klassen", "Kurse"),
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

#: What a role / type column's values mean (compared case-folded, without punctuation).
_STUDENT_ROLES = frozenset(
    {"student", "students", "pupil", "learner", "schuler", "schueler", "schulerin", "eleve"}
)
_TEACHER_ROLES = frozenset(
    {
        "teacher", "teachers", "staffteacher", "teacherstaff", "lehrer", "lehrerin",
        "lehrkraft", "faculty", "educator", "professor", "instructor", "lecturer",
        "enseignant", "tutor",
    }
)  # fmt: skip
#: A single file of these names lists teachers only (SDS Teacher.csv, Clever teachers.csv).
_TEACHER_FILES = frozenset({"teacher.csv", "teachers.csv", "staff.csv", "lehrer.csv"})


def _role_key(value: str) -> str:
    folded = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in folded if c.isalnum())


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
                translate(
                    "Roster",
                    "this is one file of a OneRoster bundle; import the whole folder or .zip "
                    "(the one with manifest.csv) instead.",
                ),
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
        #: Classes several teacher rows list: the first is the class teacher.
        self.shared_classes: set[str] = set()
        self.enrollments: dict[tuple[str, str], PlannedEnrollment] = {}
        #: Every row is a teacher (a teacher file with no role column).
        self.all_teachers = False
        #: Rows skipped for their role: role as written -> how many.
        self.skipped: dict[str, int] = {}
        self.unknown_roles: dict[str, list[int]] = {}

    def problem(self, line: int | None, meaning: str | None, message: str) -> None:
        column = self.header.get(meaning) if meaning else None
        self.plan.problems.append(RosterProblem(self.file, line, column, message))

    def read(self) -> None:
        if not self.match_header():
            return
        if not self.table.has_rows:
            message = translate("Roster", "the file has no rows below the header.")
            self.problem(self.table.header_line, None, message)
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
                        translate(
                            "Roster",
                            'this column means the same as column "{column}"; keep one of them.',
                        ).format(column=self.header[meaning]),
                    )
                )
                continue
            self.col[meaning] = position
            self.header[meaning] = text
        if ignored:
            self.plan.notes.append(
                translate("Roster", "{file}: column(s) {columns} not used.").format(
                    file=self.file, columns=", ".join(ignored)
                )
            )
        keys = {header_key(text) for text in table.header}
        if "role" not in self.col and (
            self.file.casefold() in _TEACHER_FILES
            or ("teachernumber" in keys and "student_number" not in self.col)
        ):
            self.all_teachers = True
            self.plan.notes.append(
                translate(
                    "Roster",
                    "{file} lists teachers (its name and columns say so): every row is "
                    "imported as a teacher.",
                ).format(file=self.file)
            )
        elif "student_email" in self.col and "role" not in self.col:
            self.plan.notes.append(
                translate(
                    "Roster",
                    '{file}: column "{column}" read but not stored '
                    "(the register keeps no student e-mail addresses).",
                ).format(file=self.file, column=self.header["student_email"])
            )
        has_split = "first_name" in self.col or "last_name" in self.col
        if not has_split and "full_name" not in self.col:
            self.problem(
                table.header_line,
                None,
                translate(
                    "Roster",
                    'there is no column for the students\' names: expected "First name" and '
                    '"Last name" (or one "Name" column).',
                ),
            )
            return False
        if has_split:
            for meaning, label in (("first_name", "First name"), ("last_name", "Last name")):
                if meaning not in self.col and "full_name" not in self.col:
                    # The label is the header the file should have: not translated.
                    message = translate("Roster", 'there is no "{column}" column.')
                    self.problem(table.header_line, None, message.format(column=label))
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

    def role(self, line: int, get: Callable[[str], str]) -> str | None:
        """``student``, ``teacher``, or ``None`` for a row that is skipped (staff, parents)."""
        if self.all_teachers:
            return "teacher"
        if "role" not in self.col:
            return "student"
        raw = get("role")
        kinds = set()
        for part in re.split(r"[,;|/]", raw):
            key = _role_key(part)
            if key in _TEACHER_ROLES:
                kinds.add("teacher")
            elif key in _STUDENT_ROLES:
                kinds.add("student")
        if "teacher" in kinds:
            return "teacher"  # never a teacher imported as a student
        if "student" in kinds:
            return "student"
        if raw:
            self.skipped[raw.casefold()] = self.skipped.get(raw.casefold(), 0) + 1
        else:
            self.unknown_roles.setdefault(raw, []).append(line)
        return None

    def read_row(self, line: int, cells: list[str]) -> None:
        extra = cells[len(self.table.header) :]
        if any(cell.strip() for cell in extra):
            values, columns = len(cells), len(self.table.header)
            self.problem(
                line,
                None,
                translate(
                    "Roster",
                    "the line has {values} values but the header has {columns} columns; is there "
                    "a comma or semicolon in a value without quotes around it?",
                ).format(values=values, columns=columns),
            )
            return

        def get(meaning: str) -> str:
            return cell_value(cells, self.col.get(meaning))

        role = self.role(line, get)
        if role is None:
            return
        class_names = [get("class_name")]
        if "class_names" in self.col:
            class_names += [clean_text(n) for n in re.split(r"[,;]", get("class_names"))]
        # "Klassen" lists a teacher's classes once per school: each class once, in order.
        names = list(dict.fromkeys(n for n in class_names if n))
        if role == "teacher":
            teacher_sid = self.read_teacher_person(line, cells, get)
            if teacher_sid is not None:
                for name in names or [""]:
                    self.read_class(line, get, teacher_sid, name, set_teacher=False)
            return
        teacher_sid = self.read_teacher(line, get)
        student_sid = self.read_student(line, cells, get)
        for name in names or [""]:
            class_sid = self.read_class(line, get, teacher_sid, name)
            if student_sid is not None and class_sid is not None:
                self.read_enrollment(line, get, class_sid, student_sid)

    def read_teacher_person(
        self, line: int, cells: list[str], get: Callable[[str], str]
    ) -> str | None:
        """A row that is a teacher (role column, or a teacher file): the person is the teacher."""
        explicit = get("student_id") or get("teacher_id")
        first, last = self.names(cells)
        email = get("teacher_email") or get("student_email")
        name = " ".join(part for part in (first, last) if part)
        if not name:
            self.problem(line, "first_name" if "first_name" in self.col else "full_name",
                         translate("Roster", "the teacher's name is empty."))  # fmt: skip
            return None
        for meaning, value, limit in (
            ("student_id", explicit, MAX_SOURCE_ID), ("first_name", name, MAX_NAME),
            ("student_email", email, MAX_EMAIL),
        ):  # fmt: skip
            if too_long(value, limit):
                self.problem(line, meaning, longer_than("value", limit))
                return None
        sid = explicit or _derived_id("teacher", name_key(name))
        known = self.teachers.get(sid)
        if known is None:
            email_given = "teacher_email" in self.col or "student_email" in self.col
            self.teachers[sid] = PlannedTeacher(
                source_id=sid,
                display_name=name,
                email=email or None,
                file=self.file,
                line=line,
                given=frozenset({"email"} if email_given else ()),
                adopt_key=None if explicit else name_key(name),
            )
        elif name != known.display_name:
            self.conflict(line, "first_name", _TEACHER_NAME, known.display_name, name, known.line)
        return sid

    def conflict(
        self,
        line: int,
        meaning: str,
        template: str,
        old: object,
        new: object,
        old_line: int,
        **more: str,
    ) -> None:
        """Two lines disagree: ``template`` (a ``_CONFLICTS`` sentence) says what about."""
        message = translate("Roster", template).format(old=old, new=new, old_line=old_line, **more)
        self.problem(line, meaning, message)

    def read_teacher(self, line: int, get: Callable[[str], str]) -> str | None:
        explicit, name, email = get("teacher_id"), get("teacher"), get("teacher_email")
        if not (explicit or name or email):
            return None
        if too_long(explicit, MAX_SOURCE_ID):
            self.problem(line, "teacher_id", longer_than("id", MAX_SOURCE_ID))
            return None
        if too_long(name, MAX_NAME):
            self.problem(line, "teacher", longer_than("name", MAX_NAME))
            return None
        if too_long(email, MAX_EMAIL):
            self.problem(
                line, "teacher_email", translate("Roster", "the e-mail address is too long.")
            )
            return None
        if explicit:
            sid = explicit
        elif name:
            sid = _derived_id("teacher", name_key(name))
        else:
            self.problem(line, "teacher", translate("Roster", "the teacher's name is empty."))
            return None
        known = self.teachers.get(sid)
        if known is None:
            if not name:
                self.problem(line, "teacher", translate("Roster", "the teacher's name is empty."))
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
            self.conflict(line, "teacher", _TEACHER_NAME, known.display_name, name, known.line)
        if email:
            if known.email is None:
                known.email = email
            elif email != known.email:
                self.conflict(line, "teacher_email", _TEACHER_EMAIL, known.email, email,
                              known.line)  # fmt: skip
        return sid

    def read_student(self, line: int, cells: list[str], get: Callable[[str], str]) -> str | None:
        # The SIS id is the key; the student number is kept beside it (and is the key
        # only when the file has no id column).
        number = get("student_number")
        explicit = get("student_id") or number
        first, last = self.names(cells)
        preferred = get("preferred_name")
        if not (explicit or first or last or preferred):
            return None
        name_column = "first_name" if "first_name" in self.col else "full_name"
        last_column = "last_name" if "last_name" in self.col else "full_name"
        bad = False
        if not first:
            self.problem(line, name_column, translate("Roster", "the first name is empty."))
            bad = True
        if not last:
            self.problem(line, last_column, translate("Roster", "the last name is empty."))
            bad = True
        for meaning, value in (
            (name_column, first), (last_column, last), ("preferred_name", preferred)
        ):  # fmt: skip
            if too_long(value, MAX_NAME):
                self.problem(line, meaning, longer_than("name", MAX_NAME))
                bad = True
        if too_long(explicit, MAX_SOURCE_ID):
            self.problem(line, "student_id", longer_than("id", MAX_SOURCE_ID))
            bad = True
        if too_long(number, MAX_STUDENT_NUMBER):
            self.problem(line, "student_number", longer_than("number", MAX_STUDENT_NUMBER))
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
                student_number=number or None,
                file=self.file,
                line=line,
                given=frozenset(m for m in ("preferred_name", "student_number") if m in self.col),
                adopt_key=None if explicit else name_key(first, last),
            )
            return sid
        if (first, last) != (known.first_name, known.last_name):
            old_name = f"{known.first_name} {known.last_name}"
            if explicit:
                self.conflict(line, name_column, _STUDENT_ID_NAME, old_name, f"{first} {last}",
                              known.line, id=sid)  # fmt: skip
            else:
                self.conflict(line, name_column, _SAME_STUDENT_NAME, old_name, f"{first} {last}",
                              known.line)  # fmt: skip
        if preferred:
            if known.preferred_name is None:
                known.preferred_name = preferred
            elif preferred != known.preferred_name:
                self.conflict(line, "preferred_name", _PREFERRED_NAME, known.preferred_name,
                              preferred, known.line)  # fmt: skip
        return sid

    def read_class(
        self,
        line: int,
        get: Callable[[str], str],
        teacher_sid: str | None,
        name: str,
        *,
        set_teacher: bool = True,
    ) -> str | None:
        """The class a row names (``name``: one of its classes); ``set_teacher=False`` (a
        teacher's own row listing classes) names a class teacher only if it has none."""
        explicit = get("class_id") if name == get("class_name") or not name else ""
        if not (explicit or name):
            return None
        subject, room = get("subject"), get("room")
        for meaning, value, limit in (
            ("class_id", explicit, MAX_SOURCE_ID), ("class_name", name, MAX_NAME),
            ("subject", subject, MAX_NAME), ("room", room, MAX_ROOM),
        ):  # fmt: skip
            if too_long(value, limit):
                self.problem(line, meaning, longer_than("value", limit))
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
                self.conflict(line, "class_name", _CLASS_NAME, known.name, name, known.line, id=sid)
            for meaning, template in (("subject", _CLASS_SUBJECT), ("room", _CLASS_ROOM)):
                value = subject if meaning == "subject" else room
                old = getattr(known, meaning)
                if value and old is None:
                    setattr(known, meaning, value)
                elif value and value != old:
                    self.conflict(line, meaning, template, old, value, known.line,
                                  name=known.name or "")  # fmt: skip
        if teacher_sid is not None:
            if known.teacher_source_id is None:
                known.teacher_source_id = teacher_sid
                self.class_teacher_line[sid] = line
            elif not set_teacher:
                self.shared_classes.add(sid)
            elif known.teacher_source_id != teacher_sid:
                old_teacher = self.teachers[known.teacher_source_id].display_name
                new_teacher = self.teachers[teacher_sid].display_name
                self.problem(
                    line,
                    "teacher",
                    translate(
                        "Roster",
                        'class "{name}" has teacher "{old}" on line {old_line} but "{new}" here; '
                        "a class has one teacher (if these are two classes, give them different "
                        "names or a Class ID column).",
                    ).format(
                        name=known.name,
                        old=old_teacher,
                        old_line=self.class_teacher_line[sid],
                        new=new_teacher,
                    ),
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
                    translate(
                        "Roster",
                        '"{value}" is not a date; write it as YYYY-MM-DD, e.g. 2026-09-01.',
                    ).format(value=raw),
                )
                return
            dates[meaning] = value
        start, end = dates["start_date"], dates["end_date"]
        if start and end and end < start:
            self.problem(
                line,
                "end_date",
                translate("Roster", "the end date {end} is before the start date {start}.").format(
                    end=end, start=start
                ),
            )
            return
        pair = (class_sid, student_sid)
        known = self.enrollments.get(pair)
        if known is not None:
            if (known.start_date, known.end_date) == (start, end):
                self.plan.notes.append(
                    translate(
                        "Roster", "{file}, line {line}: repeats line {old_line}; used once."
                    ).format(file=self.file, line=line, old_line=known.line)
                )
            else:
                self.problem(
                    line,
                    "start_date" if "start_date" in self.col else None,
                    translate(
                        "Roster",
                        "the student is already in this class on line {old_line}, with other "
                        "dates; keep one of the lines.",
                    ).format(old_line=known.line),
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
        has_teachers = bool(self.teachers) or "teacher" in self.col or "teacher_id" in self.col
        if self.classes and not has_teachers:
            self.plan.notes.append(
                translate(
                    "Roster",
                    "{file} has no teacher column: its classes keep the teacher the register "
                    "gives them (a new class has none until a roster names one).",
                ).format(file=self.file)
            )
        for role, n in sorted(self.skipped.items()):
            self.plan.notes.append(
                translate(
                    "Roster",
                    '{file}: %n rows of type "{role}" skipped (only students and teachers are '
                    "imported).",
                    None,
                    n,
                ).format(file=self.file, role=role)
            )
        for _, lines in self.unknown_roles.items():
            shown = ", ".join(str(n) for n in lines[:10]) + (" ..." if len(lines) > 10 else "")
            count = len(lines)
            self.plan.warnings.append(
                RosterProblem(
                    self.file,
                    lines[0],
                    self.header.get("role"),
                    translate(
                        "Roster",
                        "%n rows with no role or type skipped (lines {lines}); fill in student "
                        "or teacher to import them.",
                        None,
                        count,
                    ).format(lines=shown),
                )
            )
        if self.shared_classes:
            shared = len(self.shared_classes)
            self.plan.notes.append(
                translate(
                    "Roster",
                    "More than one teacher teaches %n classes; the first listed is the class "
                    "teacher in the register.",
                    None,
                    shared,
                )
            )
        self.plan.teachers = list(self.teachers.values())
        self.plan.students = list(self.students.values())
        self.plan.classes = list(self.classes.values())
        self.plan.enrollments = list(self.enrollments.values())
        # A teacher file lists no students: it says nothing about who is in a class.
        self.plan.complete_classes = set() if self.all_teachers else set(self.classes)
