"""What a roster says, before anything is written: the plan, its problems, the summary.

Both readers (``plain_csv``, ``oneroster``) produce a ``RosterPlan``: the
teachers, students, classes and enrollments a roster describes, each with a
*source id* (the student information system's identifier), every problem
found (file, line, column, plain words) and notes about what was ignored.
``changes`` compares it with the database and ``sync`` writes it; both count
what they do in an ``ImportSummary``.  No database and no Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from attendance_desktop import errors
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, number, translate

#: Longest values the database columns hold.
MAX_NAME = 200
MAX_ROOM = 100
MAX_EMAIL = 320
MAX_SOURCE_ID = 255
MAX_STUDENT_NUMBER = 64
#: Longest period name the timetable holds (``timetable_slot.period``).
MAX_PERIOD = 20

#: Problems listed one by one; past this, "and N more" (a broken 5-million-line file
#: would otherwise print 5 million problems and hold them all in memory).
MAX_PROBLEMS = 1000

#: ``RosterPlan.format`` of a plain CSV file (shown through ``format_name``).
PLAIN_CSV = QT_TRANSLATE_NOOP("Roster", "plain CSV")

#: ``ImportSummary.kinds`` labels (shown through ``kind_name``).
TEACHERS = QT_TRANSLATE_NOOP("Roster", "Teachers")
STUDENTS = QT_TRANSLATE_NOOP("Roster", "Students")
CLASSES = QT_TRANSLATE_NOOP("Roster", "Classes")
ENROLLMENTS = QT_TRANSLATE_NOOP("Roster", "Enrollments")
#: ``ImportSummary.kinds`` label of the timetable slots a roster's periods give.
WEEKLY_LESSONS = QT_TRANSLATE_NOOP("Roster", "Weekly lessons")


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
    file, line, column = problem.file, problem.line, problem.column
    if file and line is not None and column:
        template = translate("Roster", '{file}, line {line}, column "{column}": {message}')
    elif file and line is not None:
        template = translate("Roster", "{file}, line {line}: {message}")
    elif file and column:
        template = translate("Roster", '{file}, column "{column}": {message}')
    elif file:
        template = translate("Roster", "{file}: {message}")
    elif line is not None and column:
        template = translate("Roster", 'line {line}, column "{column}": {message}')
    elif line is not None:
        template = translate("Roster", "line {line}: {message}")
    elif column:
        template = translate("Roster", 'column "{column}": {message}')
    else:
        return problem.message
    # Line numbers as a spreadsheet shows them: no digit grouping.
    return template.format(file=file, line=line, column=column, message=problem.message)


class ProblemList(list[RosterProblem]):
    """A list that keeps the first ``MAX_PROBLEMS`` problems and counts the rest.

    A broken file of millions of lines would otherwise hold (and print) millions
    of problems; ``more`` is how many were found past the cap.
    """

    more: int = 0

    def append(self, problem: RosterProblem) -> None:
        if len(self) < MAX_PROBLEMS:
            super().append(problem)
        else:
            self.more += 1

    def __bool__(self) -> bool:
        return len(self) > 0


def problem_count(problems: Sequence[RosterProblem]) -> int:
    """How many problems were found, those past the cap included."""
    return len(problems) + getattr(problems, "more", 0)


def format_problems(problems: Sequence[RosterProblem], limit: int | None = 20) -> str:
    """One line per problem; past ``limit``, one line saying how many more there are."""
    shown = problems if limit is None else problems[:limit]
    lines = [format_problem(p) for p in shown]
    hidden = problem_count(problems) - len(shown)
    if hidden:
        lines.append(translate("Roster", "... and %n more problems.", None, hidden))
    return "\n".join(lines)


@dataclass(kw_only=True, slots=True)
class Planned:
    """What every planned teacher, student, class and enrollment has."""

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
class PlannedTeacher(Planned):
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
class PlannedStudent(Planned):
    first_name: str = ""
    last_name: str = ""
    preferred_name: str | None = None
    #: The number the school knows the student by, kept apart from the SIS id.
    student_number: str | None = None

    def values(self) -> dict[str, Any]:
        if self.deleted:
            return {"active": False}
        values: dict[str, Any] = {"first_name": self.first_name, "last_name": self.last_name}
        for name in ("preferred_name", "student_number"):
            if name in self.given:
                values[name] = getattr(self, name)
        if "active" in self.given:
            values["active"] = True
        return values


@dataclass(kw_only=True, slots=True)
class PlannedClass(Planned):
    #: ``None``: the roster only changes the teacher of a class imported earlier.
    name: str | None = None
    subject: str | None = None
    room: str | None = None
    #: The teacher's source id; ``None`` keeps the teacher the class has.
    teacher_source_id: str | None = None
    #: The periods the class meets in every school day ("periods" in ``given`` when the
    #: roster has the column); they become timetable slots (``timetable.from_roster``).
    periods: tuple[str, ...] = ()

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
class PlannedEnrollment(Planned):
    class_source_id: str
    student_source_id: str
    start_date: date | None = None
    end_date: date | None = None
    #: The id was made up from the class and student (plain CSV): an enrollment that
    #: already has an id (say from OneRoster) keeps it.
    derived_id: bool = False


ENROLLMENT_DATES = frozenset({"start_date", "end_date"})
ENROLLMENT_END = frozenset({"end_date"})


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
    #: What was recognised: "plain CSV", "OneRoster 1.1", "Microsoft School Data Sync v2.1" ...
    format: str
    encoding: str = ""
    delimiter: str = ","
    teachers: list[PlannedTeacher] = field(default_factory=list)
    students: list[PlannedStudent] = field(default_factory=list)
    classes: list[PlannedClass] = field(default_factory=list)
    enrollments: list[PlannedEnrollment] = field(default_factory=list)
    problems: list[RosterProblem] = field(default_factory=lambda: ProblemList())
    #: Things a person should look at that do not stop the import (file, line, column, words).
    warnings: list[RosterProblem] = field(default_factory=list)
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
        teachers, students = len(self.teachers), len(self.students)
        classes, enrollments = len(self.classes), len(self.enrollments)
        return translate(
            "Roster", "{format}: {teachers}, {students}, {classes}, {enrollments}"
        ).format(
            format=format_name(self.format),
            teachers=translate("Roster", "%n teachers", None, teachers),
            students=translate("Roster", "%n students", None, students),
            classes=translate("Roster", "%n classes", None, classes),
            enrollments=translate("Roster", "%n enrollments", None, enrollments),
        )


def format_name(name: str) -> str:
    """A plan's format as a person reads it: product names as they are, "plain CSV" translated."""
    return translate("Roster", PLAIN_CSV) if name == PLAIN_CSV else name


#: ``RosterPlan.encoding`` of a UTF-8 file with a byte-order mark (shown through
#: ``encoding_name``; the other encodings' names are the same in every language).
UTF8_BOM = QT_TRANSLATE_NOOP("Roster", "UTF-8 with BOM")


def encoding_name(encoding: str) -> str:
    """``RosterPlan.encoding`` ("UTF-8 with BOM, Windows-1252") as a person reads it."""
    return ", ".join(
        translate("Roster", UTF8_BOM) if name == UTF8_BOM else name for name in encoding.split(", ")
    )


def kind_name(kind: str) -> str:
    """An ``ImportSummary.kinds`` label ("Students") in the reader's language."""
    return translate("Roster", kind)


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
    #: The weekly lessons (timetable slots) the classes' periods give; ``None`` when the
    #: roster says nothing about periods.  A slot whose period changed is "updated".
    slots: KindCounts | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(counts.changes for _, counts in self.kinds())

    def kinds(self) -> list[tuple[str, KindCounts]]:
        kinds = [
            (TEACHERS, self.teachers),
            (STUDENTS, self.students),
            (CLASSES, self.classes),
            (ENROLLMENTS, self.enrollments),
        ]
        if self.slots is not None:
            kinds.append((WEEKLY_LESSONS, self.slots))
        return kinds

    def lines(self) -> list[str]:
        """``Students: 3 created, 1 updated, 16 unchanged, 0 withdrawn.``, one per kind."""
        template = translate(
            "Roster",
            "{kind}: {created} created, {updated} updated, {unchanged} unchanged, "
            "{withdrawn} withdrawn.",
        )
        return [
            template.format(
                kind=kind_name(label),
                created=number(c.created),
                updated=number(c.updated),
                unchanged=number(c.unchanged),
                withdrawn=number(c.withdrawn),
            )
            for label, c in self.kinds()
        ]


class RosterInvalid(errors.KnownError):
    """The roster has problems; nothing was written."""

    def __init__(self, problems: Sequence[RosterProblem]) -> None:
        self.problems = problems if isinstance(problems, ProblemList) else list(problems)
        n = problem_count(self.problems)
        listed = format_problems(self.problems, limit=10)
        super().__init__(
            translate("Roster", "The roster has %n problems; nothing was imported.", None, n),
            hint=translate(
                "Roster", "Fix them in the file and import it again:\n{problems}"
            ).format(problems=listed),
        )


class ImportCancelled(errors.KnownError):
    """The person stopped the import; the caller rolls back."""

    def __init__(self) -> None:
        super().__init__(translate("Roster", "The import was cancelled; nothing was changed."))


def too_long(value: str | None, limit: int) -> bool:
    """Whether ``value`` is longer than its database column holds (``limit``)."""
    return value is not None and len(value) > limit


def longer_than(what: str, limit: int) -> str:
    """``the name is longer than 200 characters.``: ``what`` is "id", "name", "number",
    "title", "identifier" or "value" (whole sentences, so each translates as one)."""
    if what == "id":
        template = translate("Roster", "the id is longer than {limit} characters.")
    elif what == "name":
        template = translate("Roster", "the name is longer than {limit} characters.")
    elif what == "number":
        template = translate("Roster", "the number is longer than {limit} characters.")
    elif what == "title":
        template = translate("Roster", "the title is longer than {limit} characters.")
    elif what == "identifier":
        template = translate("Roster", "the identifier is longer than {limit} characters.")
    else:
        template = translate("Roster", "the value is longer than {limit} characters.")
    return template.format(limit=limit)


def split_periods(raw: str) -> tuple[str, ...]:
    """``"1, 3,3"`` -> ``("1", "3")``: a roster's list of periods, each once, in order.

    OneRoster writes several as a quoted comma-separated list; some exports use
    ``;`` or ``|`` (as they do for other lists)."""
    parts = (part.strip() for part in raw.replace(";", ",").replace("|", ",").split(","))
    return tuple(dict.fromkeys(part for part in parts if part))


def period_problem(periods: Iterable[str]) -> str | None:
    """Why these periods cannot be stored (a name too long), or ``None``."""
    long = [p for p in periods if len(p) > MAX_PERIOD]
    if long:
        return translate(
            "Roster",
            'the period "{period}" is longer than {limit} characters; write the '
            "period's name as the bell times name it (1, 2, P3 ...).",
        ).format(period=long[0][:30], limit=MAX_PERIOD)
    return None
