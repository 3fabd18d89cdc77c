"""Comparing a roster plan with the database: what an import would change, and its problems.

Nothing here writes.  Rows are matched by source id (so importing the same
roster twice changes nothing); a plain CSV row with a derived id adopts a row
made by hand with the same name when exactly one exists; enrollments are
matched by (class, student) first and by source id second.  References the
roster makes to rows it does not hold (a OneRoster delta) must be in the
database: a problem only the database can show.  A new class with no teacher
is imported, with a note (its register is taken by whoever opens it).  The
classes' periods are compared with the timetable by ``timetable.from_roster``
(counted as "Weekly lessons").  ``sync`` writes what ``prepare`` works out here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from attendance_desktop.db.engine import read_only
from attendance_desktop.db.models import Enrollment, SchoolClass, Student, Teacher
from attendance_desktop.db.types import utcnow
from attendance_desktop.i18n import translate
from attendance_desktop.roster.decoding import name_key
from attendance_desktop.roster.plan import (
    PLAIN_CSV,
    ImportSummary,
    KindCounts,
    Planned,
    PlannedClass,
    PlannedEnrollment,
    RosterInvalid,
    RosterPlan,
    RosterProblem,
)
from attendance_desktop.timetable.from_roster import RosterSlots, plan_slots


@dataclass
class _Ops:
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    #: Enrollment rows whose source id moves to another row: cleared first.
    clears: list[dict[str, Any]] = field(default_factory=list)
    #: New places as tuples in ``PLACE_KEYS`` order (a district has 200,000: a dict each
    #: would take three times the memory); ``sync`` makes the rows a batch at a time.
    places: list[tuple[Any, ...]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.inserts) + len(self.updates) + len(self.clears) + len(self.places)


#: The values of a new place in ``_Ops.places``, in order.
PLACE_KEYS = (
    "class_source_id", "student_source_id", "start_date", "end_date", "source_id",
    "created_at", "updated_at",
)  # fmt: skip


@dataclass
class Prepared:
    """What an import would write, worked out against the database (``sync`` writes it)."""

    summary: ImportSummary
    problems: list[RosterProblem]
    teachers: _Ops
    students: _Ops
    classes: _Ops
    enrollments: _Ops
    teacher_ids: dict[str, int]
    student_ids: dict[str, int]
    class_ids: dict[str, int]
    #: The timetable slots the classes' periods give (``None``: the roster gives none).
    slots: RosterSlots | None = None


@dataclass(frozen=True)
class Preview:
    """What the roster says and what importing it would do (or every problem it has)."""

    plan: RosterPlan
    summary: ImportSummary | None
    problems: list[RosterProblem] = field(default_factory=list)


def preview_plan(session: Session, plan: RosterPlan, *, today: date) -> Preview:
    """``preview_roster`` with its problems as a result, in a read-only transaction.

    Only ``session``'s engine is used: the comparison reads in a transaction of
    its own that takes no write lock (BEGIN DEFERRED on SQLite), so comparing a
    large roster does not hold up the marks the classroom computers are writing.
    """
    if plan.problems:
        return Preview(plan, None, plan.problems)
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    with Session(read_only(engine)) as reading:
        try:
            summary = preview_roster(reading, plan, today=today)
        except RosterInvalid as invalid:
            return Preview(plan, None, invalid.problems)
        finally:
            reading.rollback()
    return Preview(plan, summary)


def check_roster(
    session: Session, plan: RosterPlan, *, today: date | None = None
) -> list[RosterProblem]:
    """Every problem: the plan's own, then those only the database can show."""
    if plan.problems:
        return list(plan.problems)
    return prepare(session, plan, today or date.today()).problems


def preview_roster(session: Session, plan: RosterPlan, *, today: date) -> ImportSummary:
    """What ``apply_roster`` would do, without writing; raises ``RosterInvalid`` like it."""
    if plan.problems:
        raise RosterInvalid(plan.problems)
    prepared = prepare(session, plan, today)
    if prepared.problems:
        raise RosterInvalid(prepared.problems)
    return prepared.summary


def _missing_reference(kind: str, plain_csv: bool) -> str:
    """The problem for an id of ``kind`` found neither in the roster nor in the register."""
    if plain_csv:
        if kind == "teacher":
            return translate(
                "Roster", 'there is no teacher "{id}" in this file or in the register.'
            )
        if kind == "student":
            return translate(
                "Roster", 'there is no student "{id}" in this file or in the register.'
            )
        return translate("Roster", 'there is no class "{id}" in this file or in the register.')
    if kind == "teacher":
        return translate("Roster", 'there is no teacher "{id}" in this bundle or in the register.')
    if kind == "student":
        return translate("Roster", 'there is no student "{id}" in this bundle or in the register.')
    return translate("Roster", 'there is no class "{id}" in this bundle or in the register.')


def _adopt_index(rows: Iterable[Any], key: Callable[[Any], str]) -> dict[str, list[Any]]:
    index: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        if row.source_id is None:
            index[key(row)].append(row)
    return index


def _plan_entities(
    planned: Sequence[Planned],
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


def prepare(session: Session, plan: RosterPlan, today: date) -> Prepared:
    """Compare ``plan`` with the database: the rows to write, the summary, the problems."""
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
            Student.student_number,
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
            problems.append(
                RosterProblem(
                    ref.file,
                    ref.line,
                    ref.column,
                    _missing_reference(ref.kind, plan.format == PLAIN_CSV).format(id=ref.source_id),
                )
            )

    t_ops, teacher_ids, t_missing = _plan_entities(
        plan.teachers,
        lambda t: t.values(),
        teacher_by_sid,
        _adopt_index(teachers, lambda r: name_key(r.display_name)),
        summary.teachers,
        now,
    )
    s_ops, student_ids, s_missing = _plan_entities(
        plan.students,
        lambda s: s.values(),
        student_by_sid,
        _adopt_index(students, lambda r: name_key(r.first_name, r.last_name)),
        summary.students,
        now,
    )

    # Classes: the teacher is compared by source id, and written as an id later.
    teacher_sid_of = {row.id: row.source_id for row in teachers}
    for sid, row_id in teacher_ids.items():
        teacher_sid_of[row_id] = sid
    class_adopt = _adopt_index(classes, lambda r: name_key(r.name))
    # A class with no teacher is imported (OneRoster allows it; common before timetabling):
    # its register is taken by whoever opens it until a roster names its teacher.
    teacherless = [
        item.name
        for item in plan.classes
        if not item.deleted
        and item.name is not None
        and item.teacher_source_id is None
        and item.source_id not in class_by_sid
        and not (item.adopt_key is not None and len(class_adopt.get(item.adopt_key, [])) == 1)
    ]
    if teacherless:
        shown = ", ".join(f'"{name}"' for name in teacherless[:5])
        if len(teacherless) > 5:
            shown = translate("Roster", "{names} and {count} more").format(
                names=shown, count=len(teacherless) - 5
            )
        n = len(teacherless)
        summary.notes.append(
            translate(
                "Roster",
                "%n new classes have no teacher yet ({names}); anyone can take their registers "
                "until a roster names the teacher.",
                None,
                n,
            ).format(names=shown)
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
    slots = plan_slots(session, plan, class_ids)
    if slots is not None:
        summary.slots = slots.counts
        summary.notes.extend(slots.notes)

    not_found = t_missing + s_missing + c_missing
    if not_found:
        summary.notes.append(
            translate(
                "Roster",
                "%n rows to be deleted were not in the register; nothing to do.",
                None,
                not_found,
            )
        )
    return Prepared(
        summary, problems, t_ops, s_ops, c_ops, e_ops, teacher_ids, student_ids, class_ids, slots
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
    planner = _EnrollmentPlanner(plan, existing, class_ids, student_ids, today, now, summary)
    for item in sorted(plan.enrollments, key=lambda e: e.deleted):
        if item.deleted:
            planner.plan_deleted(item)
        else:
            planner.plan_listed(item)
    planner.plan_unmentioned()
    return planner.finish(summary)


class _EnrollmentPlanner:
    """The state ``_plan_enrollments`` keeps while it goes through the roster's enrollments."""

    def __init__(
        self,
        plan: RosterPlan,
        existing: Sequence[Any],
        class_ids: dict[str, int],
        student_ids: dict[str, int],
        today: date,
        now: datetime,
        summary: ImportSummary,
    ) -> None:
        self.plan = plan
        self.existing = existing
        self.class_ids = class_ids
        self.student_ids = student_ids
        self.today = today
        self.now = now
        self.counts = summary.enrollments
        self.ops = _Ops()
        self.by_pair = {(row.class_id, row.student_id): row for row in existing}
        self.by_sid = {row.source_id: row for row in existing if row.source_id is not None}
        self.class_sid_of = {row_id: sid for sid, row_id in class_ids.items()}
        self.student_sid_of = {row_id: sid for sid, row_id in student_ids.items()}
        # When a class or student is deleted, its enrollments end that day.
        self.ends_class = {c.source_id: c.deleted_on or today for c in plan.classes if c.deleted}
        self.ends_student = {s.source_id: s.deleted_on or today for s in plan.students if s.deleted}
        self.changes: dict[int, dict[str, Any]] = {}
        self.matched: set[int] = set()
        self.cleared: set[int] = set()
        self.not_found = 0

    def withdraw(self, row: Any, on: date) -> bool:
        current = self.changes.get(row.id, {}).get("end_date", row.end_date)
        if current is not None and current <= on:
            return False
        self.changes.setdefault(row.id, {})["end_date"] = on
        return True

    def free_source_id(self, source_id: str, keep: Any) -> None:
        """Another row holds this source id: it moves to ``keep``, the old row leaves."""
        holder = self.by_sid.get(source_id)
        if holder is None or holder is keep or holder.id in self.cleared:
            return
        self.cleared.add(holder.id)
        self.ops.clears.append({"id": holder.id, "source_id": None, "updated_at": self.now})
        if holder.id not in self.matched and self.withdraw(holder, self.today):
            self.matched.add(holder.id)
            self.counts.withdrawn += 1

    def existing_row(self, item: PlannedEnrollment) -> Any:
        class_id = self.class_ids.get(item.class_source_id)
        student_id = self.student_ids.get(item.student_source_id)
        return self.by_pair.get((class_id, student_id)) if class_id and student_id else None

    def plan_deleted(self, item: PlannedEnrollment) -> None:
        row = self.existing_row(item)
        if row is None:
            row = self.by_sid.get(item.source_id)
        if row is None or row.id in self.matched:
            self.not_found += row is None
            return
        self.matched.add(row.id)
        if self.withdraw(row, item.deleted_on or self.today):
            self.counts.withdrawn += 1
        else:
            self.counts.unchanged += 1

    def plan_listed(self, item: PlannedEnrollment) -> None:
        row = self.existing_row(item)
        end = item.end_date
        for on in (
            self.ends_class.get(item.class_source_id),
            self.ends_student.get(item.student_source_id),
        ):
            if on is not None and (end is None or on < end):
                end = on
        if row is None:
            self.free_source_id(item.source_id, None)
            self.ops.places.append(
                (
                    item.class_source_id, item.student_source_id, item.start_date, end,
                    item.source_id, self.now, self.now,
                )
            )  # fmt: skip
            self.counts.created += 1
            return
        self.matched.add(row.id)
        change: dict[str, Any] = {}
        if "start_date" in item.given and row.start_date != item.start_date:
            change["start_date"] = item.start_date
        if row.end_date != end:
            change["end_date"] = end
        if row.source_id != item.source_id and not (item.derived_id and row.source_id):
            self.free_source_id(item.source_id, row)
            change["source_id"] = item.source_id
        if not change:
            self.counts.unchanged += 1
            return
        self.changes.setdefault(row.id, {}).update(change)
        closing = end is not None and (row.end_date is None or row.end_date > end)
        if closing:
            self.counts.withdrawn += 1
        else:
            self.counts.updated += 1

    def plan_unmentioned(self) -> None:
        """Rows the roster does not mention: ended with their class or student, or
        missing from a class the roster lists completely."""
        for row in self.existing:
            if row.id in self.matched or row.id in self.cleared:
                continue
            class_sid = self.class_sid_of.get(row.class_id)
            student_sid = self.student_sid_of.get(row.student_id)
            complete = row.source_id is not None and class_sid in self.plan.complete_classes
            ends = [
                self.ends_class.get(class_sid) if class_sid else None,
                self.ends_student.get(student_sid) if student_sid else None,
                self.today if complete else None,
            ]
            dates = [d for d in ends if d is not None]
            if dates and self.withdraw(row, min(dates)):
                self.counts.withdrawn += 1

    def finish(self, summary: ImportSummary) -> _Ops:
        for row_id, change in self.changes.items():
            self.ops.updates.append({"id": row_id, **change, "updated_at": self.now})
        not_found = self.not_found
        if not_found:
            summary.notes.append(
                translate(
                    "Roster",
                    "%n enrollments to be deleted were not in the register; nothing to withdraw.",
                    None,
                    not_found,
                )
            )
        return self.ops
