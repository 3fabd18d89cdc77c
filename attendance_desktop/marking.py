"""Saving a teacher's marks: the database work behind the register's mark writer.

``ui/mark_writer.py`` keeps the per-row queues, the retries, the conflicts on
screen and the offline outbox; what it runs on the database worker lives
here, free of Qt, so it can be read and tested on its own:

- ``save_mark``: one mark, merged field by field with what another computer
  wrote meanwhile (``repository.save_edit``: one versioned UPDATE when nobody
  did, its history row written by the database), and for a merge or a
  conflict, who wrote the other change.  A write the database refuses for
  good comes back as ``repository.RegisterNotYours`` (not this login's
  register) or ``repository.MarkUnstorable`` (values it cannot store): never a
  conflict, never worth retrying (``is_refusal``);
- ``replay_outbox``: the marks kept on this computer while the server was
  away, sent oldest first through the same merging write;
- ``probe``: is the server back?
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from attendance_desktop import errors, merge
from attendance_desktop.db import repository
from attendance_desktop.db.models import Attendance, AttendanceChange, Student
from attendance_desktop.db.work import Database
from attendance_desktop.i18n import clock, translate
from attendance_desktop.outbox import Outbox, PendingEdit, replay

log = logging.getLogger("attendance.marking")


@dataclass(frozen=True)
class Someone:
    """Who wrote a change, from which computer, and when."""

    name: str
    machine: str = ""
    at: datetime | None = None

    def describe(self, zone: tzinfo | None = None) -> str:
        """ "Mr Okafor on OFFICE-1 at 09:03" (local time)."""
        name = self.name or translate("Marking", "someone", "who changed a mark, when not known")
        if self.at is None:
            if not self.machine:
                return name
            return translate("Marking", "{name} on {computer}").format(
                name=name, computer=self.machine
            )
        at = clock(self.at.astimezone(zone))
        if not self.machine:
            return translate("Marking", "{name} at {time}").format(name=name, time=at)
        return translate("Marking", "{name} on {computer} at {time}").format(
            name=name, computer=self.machine, time=at
        )


@dataclass(frozen=True)
class Settled:
    """What became of a mark: the outcome, and for a merge or a conflict, who wrote
    the other change and the student's name."""

    outcome: repository.EditOutcome
    who: Someone | None = None
    student: str = ""


#: For a merged or conflicting outcome: who made the other change, and the student.
OtherChange = tuple[Someone | None, str]


def _fields_changed(change: AttendanceChange, fields: Iterable[str]) -> bool:
    return any(getattr(change, f"old_{n}") != getattr(change, f"new_{n}") for n in fields)


def other_change(
    session: Session, attendance_id: int, outcome: repository.EditOutcome
) -> OtherChange:
    """For a merged or conflicting outcome: who made the other change, and the student.

    The stored row's ``changed_by`` is not the answer when part of our edit was
    merged in (it is us), so the change log is read: the latest change before
    ours that touched the fields in question.
    """
    if outcome.status != "merged" and not outcome.conflicts:
        return None, ""
    below = (
        outcome.written_versions[0] if outcome.written_versions else int(outcome.row["version"]) + 1
    )
    fields: list[str] = []
    for conflict in outcome.conflicts:
        fields.extend(merge.FIELD_GROUPS[conflict.group])
    changes = session.scalars(
        select(AttendanceChange)
        .where(AttendanceChange.attendance_id == attendance_id, AttendanceChange.version < below)
        .order_by(AttendanceChange.version.desc())
        .limit(20)
    ).all()
    found = next((c for c in changes if not fields or _fields_changed(c, fields)), None)
    found = found or (changes[0] if changes else None)
    # When the other teacher made their mark (not when the server got it, if it waited).
    who = (
        Someone(found.changed_by, found.changed_on, found.made_at or found.changed_at)
        if found
        else None
    )
    names = session.execute(
        select(Student.preferred_name, Student.first_name, Student.last_name)
        .join(Attendance, Attendance.student_id == Student.id)
        .where(Attendance.id == attendance_id)
    ).first()
    if names is None:
        return who, translate("Marking", "Row {row}").format(row=attendance_id)
    student = f"{names[0] or names[1]} {names[2]}"
    return who, student


def save_mark(
    session: Session,
    attendance_id: int,
    changes: Mapping[str, Any],
    *,
    base: Mapping[str, Any],
    actor: repository.Actor,
    kind: str = "mark",
    reason: str | None = None,
    mark_id: str | None = None,
    made_at: datetime | None = None,
    offline: Callable[[], bool] = lambda: False,
) -> Settled:
    """Save one mark made on ``base`` (the row as the screen showed it), merging per field.

    ``offline`` is asked first: when the writer went offline while this mark
    waited for the worker, there is no point waiting on a connection timeout;
    ``DatabaseUnreachable`` sends the mark to the outbox at once.
    """
    if offline():
        raise errors.DatabaseUnreachable(translate("Marking", "The server can't be reached."))
    outcome = repository.save_edit(
        session,
        attendance_id,
        changes,
        base=base,
        actor=actor,
        kind=kind,
        reason=reason,
        mark_id=mark_id,
        made_at=made_at,
    )
    who, student = other_change(session, attendance_id, outcome)
    return Settled(outcome, who, student)


def is_refusal(error: BaseException) -> bool:
    """True for a write the database refused for good: set it aside, tell the teacher,
    never retry it by itself (the register is not theirs, or its values cannot be stored)."""
    return isinstance(error, (repository.RegisterNotYours, repository.MarkUnstorable))


def probe(session: Session) -> None:
    """``SELECT 1``: raises ``DatabaseUnreachable`` (through ``Database.run``) while the
    server is away."""
    session.execute(text("SELECT 1"))


@dataclass(frozen=True)
class Replayed:
    """What one replay of the outbox did."""

    #: The marks sent, oldest first, with what became of each.
    reports: list[tuple[PendingEdit, repository.EditOutcome]]
    #: For merged and conflicting marks (by outbox entry id): who made the other change.
    details: dict[int, OtherChange]
    #: The environment problem that stopped the replay (the rest stays in the outbox).
    stopped: errors.KnownError | None
    #: Entries the database refused for good, set aside in the journal, with why.
    set_aside: list[tuple[PendingEdit, str]] = field(default_factory=list)


def replay_outbox(
    _session: Session, outbox: Outbox, database: Database, skip: frozenset[int] = frozenset()
) -> Replayed:
    """Send the outbox, oldest first, through the merging write.

    Runs on the database worker (so it keeps its place among the marks being
    written) but writes through ``outbox.replay``'s own sessions, one per entry with
    a mark's deadline: each entry leaves the journal only once the database has it,
    and an entry in conflict is marked so in the journal before the next is sent.
    Who made the other changes is read afterwards, best effort: should the server go again, the
    conflicts still show, only without a name.
    """
    reports: list[tuple[PendingEdit, repository.EditOutcome]] = []
    set_aside: list[tuple[PendingEdit, str]] = []
    stopped: errors.KnownError | None = None
    try:
        replay(
            outbox,
            database,
            lambda e, o: reports.append((e, o)),
            skip=skip,
            set_aside=lambda e, why: set_aside.append((e, why)),
        )
    except errors.KnownError as exc:
        stopped = exc
    for entry, outcome in reports:
        if outcome.conflicts:  # in the log too, should the window be gone by now
            log.warning(
                "Replayed mark for attendance %d conflicts: ours %r, stored %r",
                entry.attendance_id,
                entry.changes,
                outcome.row,
            )
    details: dict[int, OtherChange] = {}
    wanted = [(e, o) for e, o in reports if o.status == "merged" or o.conflicts]
    if wanted:
        try:
            with Session(database.engine) as session:
                for entry, outcome in wanted:
                    details[entry.id] = other_change(session, entry.attendance_id, outcome)
        except Exception as exc:  # the server went again: the conflicts still show
            log.warning("Could not read who made the other changes: %s", exc)
    return Replayed(reports, details, stopped, set_aside)
