"""Reading a OneRoster 1.0 / 1.1 / 1.2 CSV bundle, or Microsoft School Data Sync v2 / v2.1.

A folder or .zip holding ``manifest.csv`` (at its top or in one sub-folder);
or, recognised by ``bundles`` from its files and headers, one without it
(OneRoster 1.0, SDS v2 and v2.1: every file is then complete, and enrollments
without ``sourcedId`` get an id made from class and user).

Students, teachers, classes and enrollments come from ``users.csv`` (role: the 1.1
``role`` column, a ``roles`` column, 1.2's ``roles.csv``, or failing those the user's
enrollments), ``classes.csv`` (title, location as the room, the course title from
``courses.csv`` as the subject, ``periods`` as its weekly lessons: see
``timetable.from_roster``) and ``enrollments.csv`` (role student: a place in the
class; role teacher, or SDS's professor / faculty / lecturer: the class's teacher, the
``primary`` one if several; a class with no teacher enrolment is imported without one).
A user whose role differs from an enrolment's is what the enrolment says in that class,
with a warning; a row with a problem of its own is reported once, not again by every row
that refers to it. Headers are matched ignoring case. Other files are ignored with a
note. The manifest's ``file.*`` entries say whether a file is ``bulk`` (complete: a
reference to an id it does not hold is a problem, and in a bulk ``enrollments.csv`` an
imported enrollment of a listed class that is no longer there is withdrawn from
``today``), ``delta`` (changes only: references may point at rows imported earlier) or
``absent``.

``status = tobedeleted`` withdraws: an enrollment ends on the date of its
``dateLastModified`` (or ``today``); a user or class is marked inactive and
its enrollments end the same way.  History (attendance rows, old enrollments)
is kept.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from attendance_desktop.i18n import translate
from attendance_desktop.roster.decoding import (
    Table,
    clean_text,
    encoding_note,
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
    PlannedClass,
    PlannedEnrollment,
    PlannedStudent,
    PlannedTeacher,
    Reference,
    RosterPlan,
    RosterProblem,
    longer_than,
    period_problem,
    split_periods,
    too_long,
)

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

#: Roles that mean "teaches the class" in OneRoster 1.2 and SDS v2.1 exports.
_ROLE_ALIASES = {
    "professor": "teacher", "educator": "teacher", "instructor": "teacher",
    "faculty": "teacher", "lecturer": "teacher", "pupil": "student", "learner": "student",
}  # fmt: skip


def role_of(raw: str) -> str:
    """A role as the register knows it: ``student``, ``teacher`` or the role as written."""
    role = raw.strip().casefold()
    return _ROLE_ALIASES.get(role, role)


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
    #: OneRoster's ``identifier``: the number the school knows the user by.
    number: str
    roles: set[str]
    enrolled_as: set[str] = field(default_factory=set)


class _OneRosterFile:
    """Column lookup and the common checks for one CSV file of a bundle."""

    def __init__(self, reader: _OneRosterReader, table: Table) -> None:
        self.reader = reader
        self.table = table
        self.file = table.file
        self.positions = table.index()
        #: Column name as the code spells it -> position (rows are many, names few).
        self.cache: dict[str, int | None] = {}
        self.missing: set[str] = set()
        #: Ids of rows left out for a problem of their own: references to them are not
        #: reported again (the first cause is reported once, not its follow-ons).
        self.rejected: set[str] = set()
        for column in _REQUIRED_COLUMNS.get(table.file.casefold(), ()):
            if column == "sourcedId" and table.file.casefold() in reader.optional_ids:
                continue
            if column.casefold() not in self.positions:
                self.missing.add(column)
                message = translate("Roster", "the column is missing (it is required).")
                self.problem(table.header_line, column, message)

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

    def rows(
        self,
        *,
        id_column: str = "sourcedId",
        unique: bool = True,
        derive: Callable[[list[str]], str] | None = None,
    ) -> Iterator[_Row]:
        """Rows with a valid status and date, and an id not seen before in this file.

        ``derive`` makes the id of a file that has none (SDS and OneRoster 1.0
        enrollments without ``sourcedId``); ``unique=False`` lets an id repeat
        (roles.csv: one row per role of a user).
        """
        seen: dict[str, int] = {}
        for line, cells in self.table.rows:
            if derive is not None and not self.has(id_column):
                sid = derive(cells)
                if not sid:
                    continue  # the class or user id is empty: reported with the row's fields
            else:
                sid = self.get(cells, id_column)
            ok = True
            if id_column in self.missing:
                ok = False
            elif not sid:
                self.problem(line, self.column(id_column), translate("Roster", "the id is empty."))
                ok = False
            elif len(sid) > MAX_SOURCE_ID:
                self.problem(line, self.column(id_column), longer_than("id", MAX_SOURCE_ID))
                ok = False
            elif unique and sid in seen:
                self.problem(
                    line,
                    self.column(id_column),
                    translate("Roster", 'the id "{id}" is already used on line {old_line}.').format(
                        id=sid, old_line=seen[sid]
                    ),
                )
                ok = False
            else:
                seen[sid] = line
            raw_status = self.get(cells, "status")
            status = raw_status.casefold()
            if status not in ("", "active", "tobedeleted"):
                self.problem(
                    line,
                    self.column("status"),
                    translate(
                        "Roster", 'the status "{status}" is not "active" or "tobedeleted".'
                    ).format(status=raw_status),
                )
                ok = False
            raw_modified = self.get(cells, "dateLastModified")
            modified = None
            if raw_modified:
                modified = parse_date(raw_modified)
                if modified is None:
                    self.problem(
                        line,
                        self.column("dateLastModified"),
                        translate(
                            "Roster",
                            '"{value}" is not an ISO 8601 date and time, e.g. '
                            "2026-11-24T09:30:00Z.",
                        ).format(value=raw_modified),
                    )
                    ok = False
            if ok:
                yield _Row(line, cells, sid, status == "tobedeleted", modified)
            elif sid:
                self.rejected.add(sid)

    def date(self, row: _Row, column: str) -> tuple[date | None, bool]:
        """The date in ``column`` (None if empty) and whether it was valid."""
        raw = self.get(row.cells, column)
        if not raw:
            return None, True
        value = parse_date(raw)
        if value is None:
            self.problem(
                row.line,
                self.column(column),
                translate(
                    "Roster",
                    '"{value}" is not a date; OneRoster writes dates as YYYY-MM-DD, '
                    "e.g. 2026-09-01.",
                ).format(value=raw),
            )
            return None, False
        return value, True


def _enrollment_fields(
    table: _OneRosterFile, row: _Row
) -> tuple[str, str, str, date | None, date | None] | None:
    """An enrollment row's class, user, role and dates; None (with problems) if one is bad."""
    class_sid = table.get(row.cells, "classSourcedId")
    user_sid = table.get(row.cells, "userSourcedId")
    role = table.get(row.cells, "role").casefold()
    ok = True
    for column, value in (("classSourcedId", class_sid), ("userSourcedId", user_sid)):
        if not value and column not in table.missing:
            table.problem(row.line, table.column(column), translate("Roster", "the id is empty."))
            ok = False
    if not role and "role" not in table.missing:
        table.problem(row.line, table.column("role"), translate("Roster", "the role is empty."))
        ok = False
    start, start_ok = table.date(row, "beginDate")
    end, end_ok = table.date(row, "endDate")
    if not (ok and start_ok and end_ok):
        return None
    if start and end and end < start:
        table.problem(
            row.line,
            table.column("endDate"),
            translate("Roster", "the end date {end} is before the begin date {start}.").format(
                end=end, start=start
            ),
        )
        return None
    return class_sid, user_sid, role, start, end


def read_oneroster(
    source: Path, files: dict[str, tuple[str, bytes]], *, without_manifest: str = ""
) -> RosterPlan:
    """The plan of the bundle at ``source``, whose files ``folder_files``/``zip_files`` gave.

    ``without_manifest`` names the format of a bundle that has no manifest.csv
    (OneRoster 1.0, Microsoft School Data Sync v2 or v2.1, recognised by its
    files and headers): every file it has is read as complete (bulk), and
    enrollments may have no ``sourcedId`` (their id is made from the class and user).
    """
    return _OneRosterReader(source, files, without_manifest).read()


class _OneRosterReader:
    def __init__(
        self, source: Path, files: dict[str, tuple[str, bytes]], without_manifest: str = ""
    ) -> None:
        self.plan = RosterPlan(source=source, format=without_manifest or "OneRoster")
        self.files = files
        self.without_manifest = without_manifest
        #: Files whose rows may have no sourcedId (enrollments of SDS and OneRoster 1.0).
        self.optional_ids: set[str] = {"enrollments.csv"} if without_manifest else set()
        self.modes: dict[str, str] = {}
        self.version = ""
        self.users: dict[str, _User] = {}
        self.courses: dict[str, str] = {}
        self.encodings: set[str] = set()
        self.users_file: _OneRosterFile | None = None
        self.classes_file: _OneRosterFile | None = None
        self.has_preferred = False
        self.has_email = False
        self.has_number = False
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
        table = parse_table(display, data, self.plan.problems)
        if table is None:
            return None
        self.encodings.add(table.encoding)
        if note := encoding_note(table):
            self.plan.notes.append(note)
        return _OneRosterFile(self, table)

    def bulk(self, name: str) -> bool:
        return self.modes.get(name) == "bulk"

    def read(self) -> RosterPlan:
        if self.without_manifest:
            self.assume_bulk()
        else:
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

    def assume_bulk(self) -> None:
        """No manifest: every file the bundle has is complete; the others are absent."""
        wanted = set(_USED) | set(_UNNEEDED)
        for name in wanted:
            self.modes[name] = "bulk" if name in self.files else "absent"
        others = sorted(display for key, (display, _) in self.files.items() if key not in wanted)
        if others:
            self.plan.notes.append(
                translate("Roster", "{files} ignored (the register does not use them).").format(
                    files=", ".join(others)
                )
            )

    def read_manifest(self) -> None:
        display, data = self.files["manifest.csv"]
        table = parse_table(display, data, self.plan.problems)
        if table is None:
            return
        manifest = _OneRosterFile(self, table)
        if not (manifest.has("propertyName") and manifest.has("value")):
            manifest.problem(
                table.header_line,
                None,
                translate("Roster", 'the manifest must have the columns "propertyName,value".'),
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
                translate(
                    "Roster",
                    'manifest.csv has no "oneroster.version"; read as OneRoster {version}.',
                ).format(version=self.version)
            )
        else:
            manifest.problem(
                version_line,
                manifest.column("value"),
                translate(
                    "Roster",
                    'OneRoster version "{version}" cannot be imported; export as OneRoster 1.1 '
                    "or 1.2.",
                ).format(version=raw_version),
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
                    translate(
                        "Roster", '"{value}" for {property} is not one of bulk, delta, absent.'
                    ).format(value=raw, property=f"file.{stem}"),
                )
                continue
            self.modes[name] = mode
            display_name = self.files.get(name, (name, b""))[0]
            if mode != "absent" and name not in self.files:
                if name in _USED:
                    manifest.problem(
                        line,
                        manifest.column("value"),
                        translate(
                            "Roster",
                            "the manifest lists {file} as {mode}, but the bundle has no {file}.",
                        ).format(file=display_name, mode=mode),
                    )
            elif mode == "absent" and name in self.files and name in _USED:
                self.plan.notes.append(
                    translate("Roster", "{file} ignored: the manifest says it is absent.").format(
                        file=display_name
                    )
                )
        unneeded = [self.files[n][0] for n in _UNNEEDED if n in self.files]
        if unneeded:
            self.plan.notes.append(_read_past(unneeded))
        others = sorted(
            display
            for key, (display, _) in self.files.items()
            if key not in wanted | {"manifest.csv"}
        )
        for display in others:
            self.plan.notes.append(
                translate("Roster", "{file} ignored (the register does not use it).").format(
                    file=display
                )
            )

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
                        roles.add(role_of(part))
            self.users[row.source_id] = _User(
                row=row,
                given_name=users.get(row.cells, "givenName"),
                family_name=users.get(row.cells, "familyName"),
                preferred_given=users.get(row.cells, "preferredGivenName"),
                preferred_family=users.get(row.cells, "preferredFamilyName"),
                email=users.get(row.cells, "email"),
                number=users.get(row.cells, "identifier"),
                roles=roles,
            )
            row.cells = []  # read: a district's users need not keep every raw value
        self.users_file = users
        self.has_preferred = users.has("preferredGivenName")
        self.has_email = users.has("email")
        self.has_number = users.has("identifier")
        if not has_role and "roles.csv" not in self.files:
            self.plan.notes.append(
                translate(
                    "Roster",
                    "{file} has no role column: each user's role was taken from enrollments.csv.",
                ).format(file=users.file)
            )

    def read_roles(self) -> None:
        roles = self.table("roles.csv")
        if roles is None:
            return
        id_column = "sourcedId" if roles.has("sourcedId") else "userSourcedId"
        for row in roles.rows(id_column=id_column, unique=id_column == "sourcedId"):
            user_sid = roles.get(row.cells, "userSourcedId")
            role = role_of(roles.get(row.cells, "role"))
            user = self.users.get(user_sid)
            if user is None:
                rejected = self.users_file is not None and user_sid in self.users_file.rejected
                if self.bulk("users.csv") and user_sid and not row.deleted and not rejected:
                    roles.problem(
                        row.line,
                        roles.column("userSourcedId"),
                        translate("Roster", 'there is no user "{id}" in users.csv.').format(
                            id=user_sid
                        ),
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
                message = translate("Roster", "the course title is empty.")
                courses.problem(row.line, courses.column("title"), message)
                continue
            if too_long(title, MAX_NAME):
                courses.problem(row.line, courses.column("title"), longer_than("title", MAX_NAME))
                continue
            self.courses[row.source_id] = title

    def read_classes(self) -> dict[str, PlannedClass]:
        classes: dict[str, PlannedClass] = {}
        table = self.table("classes.csv")
        if table is None:
            return classes
        self.classes_file = table
        has_room = table.has("location")
        has_periods = table.has("periods")
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
            periods = split_periods(table.get(row.cells, "periods"))
            ok = True
            if message := period_problem(periods):
                table.problem(row.line, table.column("periods"), message)
                ok = False
            if not title and "title" not in table.missing:
                message = translate("Roster", "the class title is empty.")
                table.problem(row.line, table.column("title"), message)
                ok = False
            for column, value, limit in (("title", title, MAX_NAME), ("location", room, MAX_ROOM)):
                if too_long(value, limit):
                    table.problem(row.line, table.column(column), longer_than("value", limit))
                    ok = False
            given = {"active"}
            if has_room:
                given.add("room")
            if has_periods:
                given.add("periods")
            subject = None
            if course_sid:
                if course_sid in self.courses:
                    subject = self.courses[course_sid]
                    given.add("subject")
                elif self.bulk("courses.csv"):
                    table.problem(
                        row.line,
                        table.column("courseSourcedId"),
                        translate("Roster", 'there is no course "{id}" in courses.csv.').format(
                            id=course_sid
                        ),
                    )
                    ok = False
            if not ok:
                del classes[row.source_id]
                self.bad_classes.add(row.source_id)
                continue
            planned.name = title
            planned.room = room or None
            planned.subject = subject
            planned.periods = periods
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

        def derive(cells: list[str]) -> str:
            class_sid = table.get(cells, "classSourcedId")
            user_sid = table.get(cells, "userSourcedId")
            return f"{class_sid}|{user_sid}" if class_sid and user_sid else ""

        derived = not table.has("sourcedId")
        for row in table.rows(derive=derive):
            fields = _enrollment_fields(table, row)
            if fields is None:
                continue
            class_sid, user_sid, role, start, end = fields
            role = role_of(role)
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
            self.add_enrollment(row, class_sid, user_sid, start, end, pairs, table, derived)
        plan.enrollments = list(pairs.values())
        for role, n in sorted(other_roles.items()):
            plan.notes.append(
                translate(
                    "Roster",
                    '{file}: %n enrollments with role "{role}" ignored (only students and '
                    "teachers are imported).",
                    None,
                    n,
                ).format(file=table.file, role=role or "?")
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
                    translate(
                        "Roster",
                        '{file}, line {line}: class "{id}" is to be deleted, so this enrollment '
                        "ends with it.",
                    ).format(file=table.file, line=row.line, id=sid)
                )
                return False
            return True
        if sid in self.bad_classes or (self.classes_file and sid in self.classes_file.rejected):
            return False
        if self.bulk("classes.csv"):
            table.problem(
                row.line,
                table.column(column),
                translate("Roster", 'there is no class "{id}" in classes.csv.').format(id=sid),
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
            if self.users_file is not None and user_sid in self.users_file.rejected:
                return False  # the user's own row has a problem, reported there
            if self.bulk("users.csv"):
                message = translate("Roster", 'there is no user "{id}" in users.csv.')
                table.problem(row.line, column, message.format(id=user_sid))
                return False
            self.plan.references.append(Reference(kind, user_sid, table.file, row.line, column))
            return True
        if user.row.deleted:
            self.plan.notes.append(
                translate(
                    "Roster",
                    '{file}, line {line}: user "{id}" is to be deleted, so this enrollment ends '
                    "with them.",
                ).format(file=table.file, line=row.line, id=user_sid)
            )
            return False
        if user.roles and kind not in user.roles:
            # The spec does not make them agree: the enrolment decides what the person
            # is in this class (a teacher on a training course, a student helper).
            if kind == "student":
                template = translate(
                    "Roster",
                    '"{id}" is enrolled as a student here, but the roster gives them the role '
                    "{roles}; imported as a student in this class.",
                )
            else:
                template = translate(
                    "Roster",
                    '"{id}" is enrolled as a teacher here, but the roster gives them the role '
                    "{roles}; imported as a teacher in this class.",
                )
            roles = ", ".join(sorted(user.roles))
            self.plan.warnings.append(
                RosterProblem(
                    table.file,
                    row.line,
                    table.column("role"),
                    template.format(id=user_sid, roles=roles),
                )
            )
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
        derived: bool = False,
    ) -> None:
        planned = PlannedEnrollment(
            derived_id=derived,
            source_id=row.source_id,
            # Ids repeat on every enrollment of a class or student: keep one copy.
            class_source_id=sys.intern(class_sid),
            student_source_id=sys.intern(user_sid),
            start_date=start,
            end_date=end,
            file=table.file,
            line=row.line,
            given=ENROLLMENT_DATES if table.has("beginDate") else ENROLLMENT_END,
        )
        previous = pairs.get((class_sid, user_sid))
        if previous is not None:
            # The register holds one place per student and class: the later line wins.
            self.plan.notes.append(
                translate(
                    "Roster",
                    '{file}, line {line}: student "{student}" is already enrolled in class '
                    '"{class_id}" on line {old_line}; line {line} is used.',
                ).format(
                    file=table.file,
                    line=row.line,
                    student=user_sid,
                    class_id=class_sid,
                    old_line=previous.line,
                )
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
                translate(
                    "Roster",
                    "{file}, line {line}: the enrollment to be deleted is also listed as "
                    "active; the active one is used.",
                ).format(file=table.file, line=row.line)
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
                translate(
                    "Roster",
                    "More than one teacher teaches %n classes; the primary (or first) one is the "
                    "class teacher in the register.",
                    None,
                    shared,
                )
            )

    def finish_users(self) -> None:
        users = self.users_file
        if users is None:
            return
        others = 0
        for sid, user in self.users.items():
            kinds, either = _kinds_of(user)
            if not kinds:
                others += 1
            elif user.row.deleted:
                self.plan_deleted_user(users, sid, user, kinds, either)
            elif _user_ok(users, user):
                self.plan_user(users, sid, user, kinds)
        if others:
            self.plan.notes.append(
                translate(
                    "Roster",
                    "{file}: %n users not imported (neither students nor teachers: "
                    "administrators, parents, ...).",
                    None,
                    others,
                ).format(file=users.file)
            )

    def plan_deleted_user(
        self, users: _OneRosterFile, sid: str, user: _User, kinds: set[str], either: bool
    ) -> None:
        row = user.row
        if "student" in kinds:
            self.plan.students.append(
                PlannedStudent(
                    source_id=sid, file=users.file, line=row.line, deleted=True,
                    deleted_on=row.modified, either_kind=either,
                )
            )  # fmt: skip
        if "teacher" in kinds:
            self.plan.teachers.append(
                PlannedTeacher(
                    source_id=sid, file=users.file, line=row.line, deleted=True,
                    deleted_on=row.modified, either_kind=either,
                )
            )  # fmt: skip

    def plan_user(self, users: _OneRosterFile, sid: str, user: _User, kinds: set[str]) -> None:
        row = user.row
        if "student" in kinds:
            self.plan.students.append(
                PlannedStudent(
                    source_id=sid,
                    first_name=user.given_name,
                    last_name=user.family_name,
                    preferred_name=user.preferred_given or None,
                    student_number=user.number or None,
                    file=users.file,
                    line=row.line,
                    given=frozenset(
                        {"active"}
                        | ({"preferred_name"} if self.has_preferred else set())
                        | ({"student_number"} if self.has_number else set())
                    ),
                )
            )
        if "teacher" in kinds:
            first = user.preferred_given or user.given_name
            last = user.preferred_family or user.family_name
            display = f"{first} {last}"
            if too_long(display, MAX_NAME):
                message = translate("Roster", "the name is too long.")
                users.problem(row.line, users.column("familyName"), message)
                return
            self.plan.teachers.append(
                PlannedTeacher(
                    source_id=sid,
                    display_name=display,
                    email=user.email or None,
                    file=users.file,
                    line=row.line,
                    given=frozenset({"active"} | ({"email"} if self.has_email else set())),
                )
            )


def _read_past(files: list[str]) -> str:
    """The note for orgs.csv and academicSessions.csv (one of them, or both)."""
    if len(files) == 1:
        return translate(
            "Roster", "{file} read past: the register keeps no schools or terms."
        ).format(file=files[0])
    return translate(
        "Roster", "{file} and {other} read past: the register keeps no schools or terms."
    ).format(file=files[0], other=files[1])


def _kinds_of(user: _User) -> tuple[set[str], bool]:
    """Whether the user is imported as a student, a teacher or both; and whether that is a
    guess (a deleted user of unknown role is withdrawn as whichever it was imported as)."""
    kinds = set(user.roles & {"student", "teacher"}) | user.enrolled_as
    if not user.roles:
        kinds = set(user.enrolled_as)
        if user.row.deleted:
            return {"student", "teacher"}, True
    return kinds, False


def _user_ok(users: _OneRosterFile, user: _User) -> bool:
    """Whether the user's names and e-mail can be stored; a problem for each that cannot."""
    row = user.row
    ok = True
    for column, value, message in (
        ("givenName", user.given_name, translate("Roster", "the first name is empty.")),
        ("familyName", user.family_name, translate("Roster", "the last name is empty.")),
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
        if too_long(value, MAX_NAME):
            users.problem(row.line, users.column(column), longer_than("name", MAX_NAME))
            ok = False
    if too_long(user.number, MAX_STUDENT_NUMBER):
        message = longer_than("identifier", MAX_STUDENT_NUMBER)
        users.problem(row.line, users.column("identifier"), message)
        ok = False
    if too_long(user.email, MAX_EMAIL):
        message = translate("Roster", "the e-mail address is too long.")
        users.problem(row.line, users.column("email"), message)
        ok = False
    return ok
