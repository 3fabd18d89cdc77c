"""Reading Microsoft School Data Sync v1 and Clever CSV exports (a folder or a .zip).

Both are whole-school exports of one file per kind, each complete (what is
not listed is not in the school):

=================  ==========================  ===============================
                   School Data Sync v1         Clever
=================  ==========================  ===============================
students           Student.csv                 students.csv
teachers           Teacher.csv                 teachers.csv
classes            Section.csv                 sections.csv (Teacher_id ..
                                               Teacher_10_id: the first is the
                                               class teacher)
places             StudentEnrollment.csv       enrollments.csv
class teachers     TeacherRoster.csv           (in sections.csv)
=================  ==========================  ===============================

Headers are matched ignoring case, spaces and punctuation; the US SDS
template's "SIS ID" and the UK template's "ID" are both the SIS id, and the
student number ("Student Number", Clever's "Student_number") is kept apart
from it.  A section's "Period" (Clever) or "Periods" (SDS v1) gives the class's
weekly lessons (``timetable.from_roster``).  School.csv / schools.csv, terms and
courses are read past.  An SDS ``Status`` of Inactive marks the row inactive.
A class with no teacher is imported (its register is taken by whoever opens it).
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from attendance_desktop.i18n import translate
from attendance_desktop.roster.bundles import CLEVER, SDS_V1, Files
from attendance_desktop.roster.decoding import (
    Table,
    clean_text,
    encoding_note,
    header_key,
    parse_table,
)
from attendance_desktop.roster.plan import (
    ENROLLMENT_END,
    MAX_EMAIL,
    MAX_NAME,
    MAX_ROOM,
    MAX_SOURCE_ID,
    MAX_STUDENT_NUMBER,
    PlannedClass,
    PlannedEnrollment,
    PlannedStudent,
    PlannedTeacher,
    RosterPlan,
    RosterProblem,
    longer_than,
    period_problem,
    split_periods,
    too_long,
)


@dataclass(frozen=True)
class _Layout:
    """Where one format keeps each thing: file names and accepted headers (as ``header_key``)."""

    students: str
    teachers: str
    classes: str
    enrollments: str
    teacher_links: str | None
    student_id: tuple[str, ...]
    teacher_id: tuple[str, ...]
    class_id: tuple[str, ...]
    link_class: tuple[str, ...]
    link_person: tuple[str, ...]
    class_teachers: tuple[str, ...]


_LAYOUTS = {
    SDS_V1: _Layout(
        students="student.csv",
        teachers="teacher.csv",
        classes="section.csv",
        enrollments="studentenrollment.csv",
        teacher_links="teacherroster.csv",
        student_id=("sisid", "id"),
        teacher_id=("sisid", "id"),
        class_id=("sisid", "id"),
        link_class=("sectionsisid", "sectionid"),
        link_person=("sisid", "id"),
        class_teachers=(),
    ),
    CLEVER: _Layout(
        students="students.csv",
        teachers="teachers.csv",
        classes="sections.csv",
        enrollments="enrollments.csv",
        teacher_links=None,
        student_id=("studentid",),
        teacher_id=("teacherid",),
        class_id=("sectionid",),
        link_class=("sectionid",),
        link_person=("studentid",),
        class_teachers=("teacherid", *(f"teacher{n}id" for n in range(2, 11))),
    ),
}

_FIRST = ("firstname", "givenname")
_LAST = ("lastname", "familyname", "surname")
_NUMBER = ("studentnumber",)
_EMAIL = ("teacheremail", "secondaryemail", "email")
_CLASS_NAME = ("sectionname", "name")
_SUBJECT = ("coursesubject", "subject", "coursename")
_ROOM = ("room", "location")
#: Clever's "Period" (one), School Data Sync v1's "Periods" (a list).
_PERIODS = ("periods", "period")
_STATUS = ("status",)


class _File:
    """One file of the export: header lookup by ``header_key`` and problems."""

    def __init__(self, plan: RosterPlan, table: Table) -> None:
        self.plan = plan
        self.table = table
        self.positions: dict[str, int] = {}
        for position, text in enumerate(table.header):
            self.positions.setdefault(header_key(text), position)
        #: Ids whose rows have their own problem: references to them are not reported again.
        self.rejected: set[str] = set()

    def find(self, keys: tuple[str, ...]) -> int | None:
        return next((self.positions[k] for k in keys if k in self.positions), None)

    def name_of(self, keys: tuple[str, ...]) -> str:
        position = self.find(keys)
        return self.table.header[position] if position is not None else keys[0]

    def get(self, cells: list[str], position: int | None) -> str:
        if position is None or position >= len(cells):
            return ""
        return clean_text(cells[position])

    def problem(self, line: int | None, column: str | None, message: str) -> None:
        self.plan.problems.append(RosterProblem(self.table.file, line, column, message))

    def require(self, *columns: tuple[str, ...]) -> bool:
        ok = True
        for keys in columns:
            if self.find(keys) is None:
                message = translate("Roster", "the column is missing (it is required).")
                self.problem(self.table.header_line, keys[0], message)
                ok = False
        return ok

    def rows(self, id_keys: tuple[str, ...]) -> Iterator[tuple[int, list[str], str]]:
        """(line, cells, id) of each row with a usable id, not seen before in this file."""
        position = self.find(id_keys)
        column = self.name_of(id_keys)
        seen: dict[str, int] = {}
        for line, cells in self.table.rows:
            sid = self.get(cells, position)
            if not sid:
                self.problem(line, column, translate("Roster", "the id is empty."))
            elif len(sid) > MAX_SOURCE_ID:
                self.problem(line, column, longer_than("id", MAX_SOURCE_ID))
                self.rejected.add(sid)
            elif sid in seen:
                message = translate("Roster", 'the id "{id}" is already used on line {old_line}.')
                self.problem(line, column, message.format(id=sid, old_line=seen[sid]))
            else:
                seen[sid] = line
                yield line, cells, sid


def read_sis_csv(source: Path, files: Files, format_name: str) -> RosterPlan:
    """The plan of an SDS v1 or Clever export whose files ``bundles`` found."""
    return _Reader(source, files, format_name).read()


class _Reader:
    def __init__(self, source: Path, files: Files, format_name: str) -> None:
        self.plan = RosterPlan(source=source, format=format_name)
        self.files = files
        self.layout = _LAYOUTS[format_name]
        self.encodings: set[str] = set()
        self.students: dict[str, PlannedStudent] = {}
        self.teachers: dict[str, PlannedTeacher] = {}
        self.classes: dict[str, PlannedClass] = {}
        self.rejected: dict[str, set[str]] = {"student": set(), "teacher": set(), "class": set()}

    def open(self, name: str | None) -> _File | None:
        if name is None or name not in self.files:
            return None
        display, data = self.files[name]
        table = parse_table(display, data, self.plan.problems)
        if table is None:
            return None
        self.encodings.add(table.encoding)
        if note := encoding_note(table):
            self.plan.notes.append(note)
        return _File(self.plan, table)

    def read(self) -> RosterPlan:
        layout = self.layout
        used = {layout.students, layout.teachers, layout.classes, layout.enrollments}
        if layout.teacher_links:
            used.add(layout.teacher_links)
        others = sorted(display for key, (display, _) in self.files.items() if key not in used)
        if others:
            self.plan.notes.append(
                translate(
                    "Roster", "{files} read past: the register keeps no schools, terms or courses."
                ).format(files=", ".join(others))
            )
        self.read_people(layout.students, "student")
        self.read_people(layout.teachers, "teacher")
        self.read_classes()
        self.read_teacher_links()
        self.read_enrollments()
        plan = self.plan
        plan.students = list(self.students.values())
        plan.teachers = list(self.teachers.values())
        plan.classes = list(self.classes.values())
        plan.complete_classes = {sid for sid, c in self.classes.items() if not c.deleted}
        plan.encoding = ", ".join(sorted(self.encodings))
        return plan

    def inactive(self, file: _File, cells: list[str]) -> bool:
        return file.get(cells, file.find(_STATUS)).casefold() in ("inactive", "tobedeleted")

    def read_people(self, name: str, kind: str) -> None:
        file = self.open(name)
        if file is None:
            return
        id_keys = self.layout.student_id if kind == "student" else self.layout.teacher_id
        if not file.require(id_keys, _FIRST, _LAST):
            return
        first_at, last_at = file.find(_FIRST), file.find(_LAST)
        number_at = file.find(_NUMBER) if kind == "student" else None
        email_at = file.find(_EMAIL) if kind == "teacher" else None
        for line, cells, sid in file.rows(id_keys):
            first, last = file.get(cells, first_at), file.get(cells, last_at)
            number = file.get(cells, number_at)
            email = file.get(cells, email_at)
            ok = True
            for keys, value, empty in (
                (_FIRST, first, translate("Roster", "the first name is empty.")),
                (_LAST, last, translate("Roster", "the last name is empty.")),
            ):
                if not value:
                    file.problem(line, file.name_of(keys), empty)
                    ok = False
                elif too_long(value, MAX_NAME):
                    file.problem(line, file.name_of(keys), longer_than("name", MAX_NAME))
                    ok = False
            if too_long(number, MAX_STUDENT_NUMBER):
                message = longer_than("number", MAX_STUDENT_NUMBER)
                file.problem(line, file.name_of(_NUMBER), message)
                ok = False
            if too_long(email, MAX_EMAIL):
                message = translate("Roster", "the e-mail address is too long.")
                file.problem(line, file.name_of(_EMAIL), message)
                ok = False
            if not ok:
                self.rejected[kind].add(sid)
                continue
            inactive = self.inactive(file, cells)
            if kind == "student":
                given = {"active"} | ({"student_number"} if number_at is not None else set())
                self.students[sid] = PlannedStudent(
                    source_id=sid, first_name=first, last_name=last,
                    student_number=number or None, file=file.table.file, line=line,
                    deleted=inactive, given=frozenset(given),
                )  # fmt: skip
            else:
                given = {"active"} | ({"email"} if email_at is not None else set())
                self.teachers[sid] = PlannedTeacher(
                    source_id=sid, display_name=f"{first} {last}", email=email or None,
                    file=file.table.file, line=line, deleted=inactive, given=frozenset(given),
                )  # fmt: skip

    def read_classes(self) -> None:
        file = self.open(self.layout.classes)
        if file is None:
            return
        # Without a name column (some SIS exports), the course name and section number name it.
        named = _CLASS_NAME if file.find(_CLASS_NAME) is not None else ("coursename",)
        if not file.require(self.layout.class_id, named):
            return
        name_at, subject_at, room_at = file.find(named), file.find(_SUBJECT), file.find(_ROOM)
        periods_at = file.find(_PERIODS)
        number_at = None if named == _CLASS_NAME else file.find(("sectionnumber",))
        teacher_columns = [
            (key, file.positions[key])
            for key in self.layout.class_teachers
            if key in file.positions
        ]
        for line, cells, sid in file.rows(self.layout.class_id):
            name = file.get(cells, name_at)
            if number_at is not None and name:
                name = f"{name} {file.get(cells, number_at)}".strip()
            subject, room = file.get(cells, subject_at), file.get(cells, room_at)
            periods = split_periods(file.get(cells, periods_at))
            ok = True
            if message := period_problem(periods):
                file.problem(line, file.name_of(_PERIODS), message)
                ok = False
            if not name:
                message = translate("Roster", "the class name is empty.")
                file.problem(line, file.name_of(named), message)
                ok = False
            for keys, value, limit in (
                (_CLASS_NAME, name, MAX_NAME),
                (_SUBJECT, subject, MAX_NAME),
                (_ROOM, room, MAX_ROOM),
            ):
                if too_long(value, limit):
                    file.problem(line, file.name_of(keys), longer_than("value", limit))
                    ok = False
            if not ok:
                self.rejected["class"].add(sid)
                continue
            given = {"active"}
            given |= {"subject"} if subject_at is not None else set()
            given |= {"room"} if room_at is not None else set()
            given |= {"periods"} if periods_at is not None else set()
            planned = PlannedClass(
                source_id=sid, name=name, subject=subject or None, room=room or None,
                periods=periods, file=file.table.file, line=line,
                deleted=self.inactive(file, cells), given=frozenset(given),
            )  # fmt: skip
            self.classes[sid] = planned
            for key, position in teacher_columns:
                teacher_sid = file.get(cells, position)
                if teacher_sid and self.known("teacher", teacher_sid, file, line, key):
                    planned.teacher_source_id = teacher_sid
                    break

    def known(self, kind: str, sid: str, file: _File, line: int, key: str) -> bool:
        """Whether ``sid`` is a usable row of ``kind``; a problem (once) when it is missing."""
        found: PlannedStudent | PlannedTeacher | PlannedClass | None
        if kind == "student":
            found = self.students.get(sid)
        elif kind == "teacher":
            found = self.teachers.get(sid)
        else:
            found = self.classes.get(sid)
        if found is not None:
            return not found.deleted
        if sid not in self.rejected[kind]:
            where = {"student": self.layout.students, "teacher": self.layout.teachers,
                     "class": self.layout.classes}[kind]  # fmt: skip
            display = self.files.get(where, (where, b""))[0]
            if kind == "student":
                template = translate("Roster", 'there is no student "{id}" in {file}.')
            elif kind == "teacher":
                template = translate("Roster", 'there is no teacher "{id}" in {file}.')
            else:
                template = translate("Roster", 'there is no class "{id}" in {file}.')
            file.problem(
                line,
                file.table.header[file.positions[key]] if key in file.positions else key,
                template.format(id=sid, file=display),
            )
        return False

    def open_links(self, name: str | None) -> tuple[_File, int | None, int | None, str, str] | None:
        """A file linking classes to people: the file, the two columns and their names."""
        file = self.open(name)
        if file is None:
            return None
        class_keys, person_keys = self.layout.link_class, self.layout.link_person
        if not file.require(class_keys, person_keys):
            return None
        class_key = next(k for k in class_keys if k in file.positions)
        person_key = next(k for k in person_keys if k in file.positions)
        return file, file.find(class_keys), file.find(person_keys), class_key, person_key

    def read_teacher_links(self) -> None:
        links = self.open_links(self.layout.teacher_links)
        if links is None:
            return
        file, class_at, person_at, class_key, person_key = links
        shared = 0
        for line, cells in file.table.rows:
            class_sid, teacher_sid = file.get(cells, class_at), file.get(cells, person_at)
            if not (class_sid and teacher_sid):
                continue
            if not self.known("class", class_sid, file, line, class_key):
                continue
            if not self.known("teacher", teacher_sid, file, line, person_key):
                continue
            planned = self.classes[class_sid]
            if planned.teacher_source_id is None:
                planned.teacher_source_id = teacher_sid
            elif planned.teacher_source_id != teacher_sid:
                shared += 1
        if shared:
            self.plan.notes.append(
                translate(
                    "Roster",
                    "More than one teacher teaches %n classes; the first listed is the class "
                    "teacher in the register.",
                    None,
                    shared,
                )
            )

    def enrollment_id(self, class_sid: str, student_sid: str) -> str:
        """A stable id for a place (the files give none); hashed when it would be too long."""
        prefix = "sds1" if self.plan.format == SDS_V1 else "clever"
        source_id = f"{prefix}:{class_sid}|{student_sid}"
        if len(source_id) > MAX_SOURCE_ID:
            digest = hashlib.sha256(f"{class_sid}|{student_sid}".encode()).hexdigest()
            source_id = f"{prefix}:sha256:{digest}"
        return source_id

    def read_enrollments(self) -> None:
        links = self.open_links(self.layout.enrollments)
        if links is None:
            return
        file, class_at, person_at, class_key, person_key = links
        pairs: dict[tuple[str, str], PlannedEnrollment] = {}
        for line, cells in file.table.rows:
            class_sid, student_sid = file.get(cells, class_at), file.get(cells, person_at)
            if not class_sid or not student_sid:
                column = file.name_of(
                    self.layout.link_class if not class_sid else self.layout.link_person
                )
                file.problem(line, column, translate("Roster", "the id is empty."))
                continue
            if not self.known("class", class_sid, file, line, class_key):
                continue
            if not self.known("student", student_sid, file, line, person_key):
                continue
            pair = (class_sid, student_sid)
            if pair in pairs:
                self.plan.notes.append(
                    translate(
                        "Roster", "{file}, line {line}: repeats line {old_line}; used once."
                    ).format(file=file.table.file, line=line, old_line=pairs[pair].line)
                )
                continue
            pairs[pair] = PlannedEnrollment(
                source_id=self.enrollment_id(class_sid, student_sid),
                derived_id=True,
                class_source_id=sys.intern(class_sid),
                student_source_id=sys.intern(student_sid),
                file=file.table.file,
                line=line,
                given=ENROLLMENT_END,
            )
        self.plan.enrollments = list(pairs.values())
