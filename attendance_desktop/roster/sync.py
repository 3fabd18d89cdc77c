"""Writing a roster plan to the database, all of it in the caller's one transaction.

``apply_roster`` refuses a plan with problems (its own, or ones the database
shows), never deletes a row, writes in batches (Core executemany, one
statement per batch) and checks between batches whether it was asked to stop:
``ImportCancelled`` then leaves the caller to roll back, so an import is all
or nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from attendance_desktop.db.models import Enrollment, SchoolClass, Student, Teacher
from attendance_desktop.roster.changes import PLACE_KEYS, Prepared, prepare
from attendance_desktop.roster.plan import (
    ImportCancelled,
    ImportSummary,
    RosterInvalid,
    RosterPlan,
    RosterProblem,
)
from attendance_desktop.timetable.from_roster import write_slots

#: Rows written per statement; progress and cancel are checked between batches.
BATCH_SIZE = 1000


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
    prepared = prepare(session, plan, today)
    if prepared.problems:
        raise RosterInvalid(prepared.problems)
    _write(session, prepared, progress, cancelled)
    return prepared.summary


@dataclass(frozen=True)
class ImportOutcome:
    """How an import ended: done (``summary``), cancelled, or refused with problems."""

    summary: ImportSummary | None = None
    cancelled: bool = False
    problems: list[RosterProblem] = field(default_factory=list)


def import_plan(
    session: Session,
    plan: RosterPlan,
    *,
    today: date,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportOutcome:
    """``apply_roster`` in the action's one transaction, its expected endings as results.

    Cancelled, or refused because the database changed since the preview: rolled
    back here and said so in the outcome, so nothing else reports them as errors.
    """
    try:
        summary = apply_roster(session, plan, today=today, progress=progress, cancelled=cancelled)
    except ImportCancelled:
        session.rollback()
        return ImportOutcome(cancelled=True)
    except RosterInvalid as invalid:
        session.rollback()
        return ImportOutcome(problems=invalid.problems)
    return ImportOutcome(summary=summary)


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

    def insert_places(
        self, places: list[tuple[Any, ...]], class_ids: dict[str, int], student_ids: dict[str, int]
    ) -> None:
        """New enrollments, their rows made a batch at a time from ``changes``' tuples."""
        table: Any = Enrollment.__table__
        statement = insert(table)  # Core executemany, as ``insert`` (no ORM bookkeeping)
        for start in range(0, len(places), BATCH_SIZE):
            self.check()
            batch = []
            for place in places[start : start + BATCH_SIZE]:
                row = dict(zip(PLACE_KEYS, place, strict=True))
                row["class_id"] = class_ids[row.pop("class_source_id")]
                row["student_id"] = student_ids[row.pop("student_source_id")]
                batch.append(row)
            self.session.execute(statement, batch)
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
    prepared: Prepared,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    p = prepared
    slot_writes = p.slots.writes if p.slots is not None else 0
    total = len(p.teachers) + len(p.students) + len(p.classes) + len(p.enrollments) + slot_writes
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

    writer.update(Enrollment, p.enrollments.clears)
    writer.insert_places(p.enrollments.places, p.class_ids, p.student_ids)
    writer.update(Enrollment, p.enrollments.updates)
    if p.slots is not None and slot_writes:
        # After the classes: a new class's slots need its id.
        writer.check()
        write_slots(session, p.slots, p.class_ids)
        writer.step(slot_writes)
    writer.check()
