"""The timetable in the database, and the lessons it makes (no Qt).

**Design: lessons are made on demand, one day at a time.**  The first time any
PC lists a day (the lesson list, ``timetable show``, the missing-registers
report), that day's timetabled lessons are written as ``class_session`` rows;
``school_day_built`` remembers the day and the timetable's version.  Why not
materialise a whole term ahead: a district (2,000 classes) has about 5,000
lessons a day, 900,000 a school year; building them all at every timetable
change would take seconds and rewrite rows no one looks at, while a day built
when it is first needed costs one batch insert, once, and a later timetable
import only has to forget the *future* days it built.  A lesson whose
register was started is never moved or deleted by a rebuild; two PCs building
the same day at once make each lesson once (unique ``slot_id, start_time``).

A day has lessons when it is in no non-school day, inside a term when the
office has set terms (school setting ``terms``, a JSON list: no terms means
every day may be a school day), and each slot's period has bell times on that
weekday (and week A or B, on a rotation whose first week-A Monday is the school
setting ``rotation_week_a``).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import delete, exists, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from attendance_desktop.db.models import (
    Attendance,
    BellPeriod,
    ClassSession,
    NonSchoolDay,
    SchoolClass,
    SchoolDayBuilt,
    SchoolSetting,
    Teacher,
    TimetableSlot,
)
from attendance_desktop.i18n import clock, medium_date, translate
from attendance_desktop.roster.plan import RosterProblem
from attendance_desktop.text import fold
from attendance_desktop.timetable import reading
from attendance_desktop.timetable.week import (
    Day,
    describe_days,
    matches,
    parse_days,
    parse_time,
    week_of,
)

log = logging.getLogger("attendance.timetable")

#: School settings used here.
VERSION_KEY = "timetable_version"
ROTATION_KEY = "rotation_week_a"
#: The terms, as JSON: ``[{"name": "Autumn term", "first": "2026-09-02", "last": ...}]``.
#: A setting rather than a table: a school has three to six a year, always read together.
TERMS_KEY = "terms"
#: ``timetable_slot.source`` of slots from a timetable file (or a calendar of lessons).
FROM_TIMETABLE = "timetable"


@dataclass
class ImportResult:
    """What an import did (or, for a dry run, would do)."""

    kind: str
    added: int = 0
    removed: int = 0
    kept: int = 0
    #: Of the added and removed, how many pairs are the same period (or the same class's
    #: lesson on the same day) with new times, room or teacher: counted in both as well.
    changed: int = 0
    problems: list[RosterProblem] = field(default_factory=list)
    warnings: list[RosterProblem] = field(default_factory=list)

    @property
    def new(self) -> int:
        """Added, not counting the changes."""
        return self.added - self.changed

    @property
    def gone(self) -> int:
        """Removed, not counting the changes."""
        return self.removed - self.changed

    @property
    def nothing_to_do(self) -> bool:
        return self.added == 0 and self.removed == 0

    def describe(self) -> str:
        """What the import did, in a sentence (the command line prints it)."""
        if self.added == 0 and self.removed == 0:
            same = {
                "bell times": translate(
                    "SchoolDay", "The bell times already match the file: nothing was changed."
                ),
                "timetable": translate(
                    "SchoolDay",
                    "The lessons of the timetable already match the file: nothing was changed.",
                ),
                "non-school days": translate(
                    "SchoolDay", "The non-school days already match the file: nothing was changed."
                ),
                "terms": translate(
                    "SchoolDay", "The terms already match the file: nothing was changed."
                ),
            }
            return same.get(self.kind, same["timetable"])
        return translate(
            "SchoolDay", "{what}: {added} added, {removed} removed, {kept} unchanged."
        ).format(what=self.title(), added=self.added, removed=self.removed, kept=self.kept)

    def title(self) -> str:
        """What was imported, as a heading: "Bell times"."""
        titles = {
            "bell times": translate("SchoolDay", "Bell times"),
            "timetable": translate("SchoolDay", "The timetable's lessons"),
            "non-school days": translate("SchoolDay", "Non-school days"),
            "terms": translate("SchoolDay", "Terms"),
        }
        return titles.get(self.kind, self.kind)


def _setting(session: Session, key: str) -> str:
    return session.scalar(select(SchoolSetting.value).where(SchoolSetting.key == key)) or ""


def _set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(SchoolSetting, key)
    if row is None:
        session.add(SchoolSetting(key=key, value=value))
    else:
        row.value = value


def timetable_version(session: Session) -> int:
    value = _setting(session, VERSION_KEY)
    return int(value) if value.isdigit() else 0


def _changed(session: Session) -> None:
    """The timetable changed: future days are rebuilt when next listed."""
    _set_setting(session, VERSION_KEY, str(timetable_version(session) + 1))


# --- importing ---------------------------------------------------------------------------


def import_plan(session: Session, plan: reading.TimetablePlan) -> ImportResult:
    """Write what ``plan`` says, in the caller's transaction (roll back for a dry run).

    Bell times and a timetable replace what was there (importing the same file
    again changes nothing); non-school days and terms are added to those already known.
    """
    if plan.kind == reading.BELL_TIMES:
        return _import_bells(session, plan)
    if plan.kind in (reading.TIMETABLE, reading.CALENDAR_LESSONS):
        return _import_slots(session, plan)
    if plan.kind == reading.NON_SCHOOL_DAYS:
        return _import_closures(session, plan)
    if plan.kind == reading.TERMS:
        return _import_terms(session, plan)
    raise ValueError(f"nothing to import from {plan.file}")


def _import_bells(session: Session, plan: reading.TimetablePlan) -> ImportResult:
    result = _replace_bells(session, plan.bells)
    if result.added or result.removed:
        _changed(session)
    return result


def _replace_bells(session: Session, bells: Iterable[reading.BellPeriod]) -> ImportResult:
    """Make the stored bell times exactly ``bells`` (the version is the caller's to bump)."""
    wanted = {(b.period, b.start, b.end, _days_text(b.days)) for b in bells}
    stored = {
        (b.period, b.start_time, b.end_time, b.days): b for b in session.scalars(select(BellPeriod))
    }
    result = ImportResult("bell times", kept=len(wanted & stored.keys()))
    gone = stored.keys() - wanted
    for key in gone:
        session.delete(stored[key])
        result.removed += 1
    new = wanted - stored.keys()
    for period, start, end, days in sorted(new):
        session.add(BellPeriod(period=period, start_time=start, end_time=end, days=days))
        result.added += 1
    result.changed = _pairs([(k[0], k[3]) for k in gone], [(k[0], k[3]) for k in new])
    return result


def _pairs(removed: Iterable[Any], added: Iterable[Any]) -> int:
    """How many removed rows come back with the same identity (a change, not a new row)."""
    left = Counter(removed)
    right = Counter(added)
    return sum(min(count, right[key]) for key, count in left.items())


def _days_text(days: Iterable[Day]) -> str:
    return ",".join(str(d) for d in sorted(days))


def _lookup_classes(session: Session) -> dict[str, list[SchoolClass]]:
    found: dict[str, list[SchoolClass]] = {}
    for klass in session.scalars(select(SchoolClass).where(SchoolClass.active.is_(True))):
        for key in {fold(klass.name), fold(klass.source_id or "")} - {""}:
            found.setdefault(key, []).append(klass)
    return found


def _lookup_teachers(session: Session) -> dict[str, list[Teacher]]:
    found: dict[str, list[Teacher]] = {}
    for teacher in session.scalars(select(Teacher).where(Teacher.active.is_(True))):
        keys = {
            fold(teacher.display_name),
            fold(teacher.email or ""),
            fold(teacher.source_id or ""),
        }
        for key in keys - {""}:
            found.setdefault(key, []).append(teacher)
    return found


def _resolve(
    plan: reading.TimetablePlan,
    slot: reading.Slot,
    classes: dict[str, list[SchoolClass]],
    teachers: dict[str, list[Teacher]],
    problems: list[RosterProblem],
) -> tuple[SchoolClass, Teacher | None] | None:
    where = slot.line if plan.kind == reading.TIMETABLE else None
    matches_ = classes.get(fold(slot.class_name), [])
    if len(matches_) != 1:
        count = len(matches_)
        message = (
            translate(
                "SchoolDay",
                'there is no class called "{name}" in the register; import the roster first, '
                "or write the class as the roster names it.",
            )
            if not matches_
            else translate(
                "SchoolDay",
                'there are %n classes called "{name}" in the register; write the class as '
                "the roster names it, or its roster id.",
                None,
                count,
            )
        )
        problems.append(
            RosterProblem(
                plan.file,
                where,
                "class" if where else _event(slot.line),
                message.format(name=slot.class_name),
            )
        )
        return None
    teacher = None
    if slot.teacher:
        found = teachers.get(fold(slot.teacher), [])
        if len(found) != 1:
            count = len(found)
            message = (
                translate(
                    "SchoolDay",
                    'there is no teacher called "{name}"; write the name, e-mail or roster id '
                    "as the roster has it, or leave it empty for the class teacher.",
                )
                if not found
                else translate(
                    "SchoolDay",
                    'there are %n teachers called "{name}"; write the e-mail or roster id as '
                    "the roster has it, or leave it empty for the class teacher.",
                    None,
                    count,
                )
            )
            problems.append(
                RosterProblem(
                    plan.file,
                    where,
                    "teacher" if where else _event(slot.line),
                    message.format(name=slot.teacher),
                )
            )
            return None
        teacher = found[0]
    return matches_[0], teacher


def _slot_key(s: TimetableSlot) -> tuple[Any, ...]:
    return (
        s.class_id,
        s.week,
        s.weekday,
        s.period,
        s.start_time,
        s.end_time,
        s.room,
        s.teacher_id,
        s.first_date,
        s.last_date,
    )


def _event(number: int) -> str:
    """Where in a calendar file: its ``number``-th event."""
    return translate("SchoolDay", "event {number}").format(number=number)


def _import_slots(session: Session, plan: reading.TimetablePlan) -> ImportResult:
    """The file's slots replace every slot of the classes it names, and the slots of
    other classes that came from a timetable file before; the slots a roster's periods
    gave to classes the file does not name stay (``timetable.from_roster``)."""
    result = ImportResult("timetable")
    classes, teachers = _lookup_classes(session), _lookup_teachers(session)
    periods = {b.period for b in session.scalars(select(BellPeriod))}
    wanted: set[tuple[Any, ...]] = set()
    for slot in plan.slots:
        resolved = _resolve(plan, slot, classes, teachers, result.problems)
        if resolved is None:
            continue
        klass, teacher = resolved
        if slot.period is not None and slot.period not in periods:
            result.warnings.append(
                RosterProblem(
                    plan.file,
                    slot.line,
                    "period",
                    translate(
                        "SchoolDay",
                        "period {period} has no bell times yet: its lessons appear once the "
                        "bell times are imported.",
                    ).format(period=slot.period),
                )
            )
        wanted.add(
            (
                klass.id,
                slot.day.week,
                slot.day.weekday,
                slot.period,
                slot.start,
                slot.end,
                slot.room or None,
                teacher.id if teacher else None,
                slot.first,
                slot.last,
            )
        )
    if result.problems:
        return result
    named = {key[0] for key in wanted}
    stored: dict[tuple[Any, ...], TimetableSlot] = {}
    twins: list[TimetableSlot] = []  # the same slot twice: one is enough
    for slot_row in session.scalars(select(TimetableSlot)):
        if slot_row.source != FROM_TIMETABLE and slot_row.class_id not in named:
            continue  # a roster's periods for a class this file does not name
        key = _slot_key(slot_row)
        if key in stored:
            twins.append(slot_row)
        else:
            stored[key] = slot_row
    result.kept = len(wanted & stored.keys())
    for key in wanted & stored.keys():
        # A roster slot the file confirms is the timetable's now: a roster import
        # leaves the class alone from here on.
        stored[key].source = FROM_TIMETABLE
    result.changed = _pairs(
        [key[:3] for key in stored.keys() - wanted], [key[:3] for key in wanted - stored.keys()]
    )
    gone = [stored[key] for key in stored.keys() - wanted]
    _forget_future_lessons(session, [old.id for old in gone + twins])
    for old in gone + twins:
        session.delete(old)  # its past lessons stay, made by hand from now on (slot_id NULL)
    result.removed += len(gone)
    for key in sorted(wanted - stored.keys(), key=repr):
        class_id, week, weekday, period, start, end, room, teacher_id, first, last = key
        session.add(
            TimetableSlot(
                class_id=class_id,
                week=week,
                weekday=weekday,
                period=period,
                start_time=start,
                end_time=end,
                room=room,
                teacher_id=teacher_id,
                first_date=first,
                last_date=last,
                source=FROM_TIMETABLE,
            )
        )
        result.added += 1
    if result.added or result.removed or twins:
        session.flush()
        _changed(session)
    return result


def _import_closures(session: Session, plan: reading.TimetablePlan) -> ImportResult:
    stored = {(c.first_date, c.last_date, c.name) for c in session.scalars(select(NonSchoolDay))}
    wanted = {(c.first, c.last, c.name) for c in plan.closures}
    result = ImportResult("non-school days", kept=len(wanted & stored))
    for first, last, name in sorted(wanted - stored):
        session.add(NonSchoolDay(first_date=first, last_date=last, name=name))
        result.added += 1
    if result.added:
        _changed(session)
    return result


def _import_terms(session: Session, plan: reading.TimetablePlan) -> ImportResult:
    """Add the file's terms to those known; one overlapping a different term is refused
    (nothing is written), the same term again is kept."""
    stored = load_terms(session)
    result = ImportResult("terms")
    new: list[TermRow] = []
    for closure in plan.closures:
        row = TermRow(closure.first, closure.last, closure.name)
        if row in stored or row in new:
            result.kept += row in stored
            continue
        new.append(row)
    every = sorted([*stored, *new])
    for first, second in overlapping(every):
        if first not in new and second not in new:
            continue  # the office's own overlap: the School day page refuses it on save
        ours, other = (second, first) if second in new else (first, second)
        result.problems.append(
            RosterProblem(
                plan.file,
                None,
                None,
                translate(
                    "SchoolDay",
                    "{name} ({dates}) overlaps {other} ({other_dates}); remove one of "
                    "them on the School day page, or correct the file.",
                ).format(
                    name=ours.name,
                    dates=_dates(ours.first, ours.last),
                    other=other.name,
                    other_dates=_dates(other.first, other.last),
                ),
            )
        )
    if result.problems or not new:
        return result
    _store_terms(session, every)
    result.added = len(new)
    _changed(session)
    return result


# --- a file, previewed and applied (File > Import timetable) -----------------------------------


@dataclass
class FilePreview:
    """What a file holds and what importing it would change (``result`` is None when the
    file itself has problems: nothing was compared)."""

    plan: reading.TimetablePlan
    result: ImportResult | None

    @property
    def problems(self) -> list[RosterProblem]:
        return self.plan.problems or (self.result.problems if self.result else [])

    @property
    def warnings(self) -> list[RosterProblem]:
        return self.plan.warnings + (self.result.warnings if self.result else [])


def preview_file(session: Session, path: Path, expected: str | None = None) -> FilePreview:
    """Read ``path`` (in the school's time zone) and say what importing it would change,
    writing nothing: the comparison runs ``import_plan`` and rolls it back (a dry run).

    ``expected``: the kind of file wanted (``reading.BELL_TIMES``...); another kind is
    refused as a problem, so "Import bell times" cannot replace the timetable."""
    from attendance_desktop import school

    plan = reading.read_timetable(path, zone=school.school_zone(session))
    if expected == reading.TERMS and plan.kind == reading.NON_SCHOOL_DAYS:
        # The same calendar of all-day events: its events are terms, not holidays.
        plan.kind = reading.TERMS
    if expected and plan.kind and plan.kind != expected and not plan.problems:
        plan.problems.append(
            RosterProblem(
                plan.file,
                None,
                None,
                translate(
                    "SchoolDay",
                    "this file holds {kind}, not {expected}. Choose a file of {expected}, "
                    "or use File > Import timetable for this one.",
                ).format(kind=reading.kind_name(plan.kind), expected=reading.kind_name(expected)),
            )
        )
    if plan.problems:
        return FilePreview(plan, None)
    try:
        result = import_plan(session, plan)
    finally:
        session.rollback()
    return FilePreview(plan, result)


def apply_file(session: Session, plan: reading.TimetablePlan) -> ImportResult:
    """Import a previewed plan in the caller's transaction; with problems (the register
    changed since the preview), nothing is written."""
    result = import_plan(session, plan)
    if result.problems:
        session.rollback()
    return result


# --- the school day as the office edits it (Settings > School day) -----------------------------


@dataclass(frozen=True)
class BellText:
    """One row of bell times as the office types it: the period, its times, its days."""

    period: str
    start: str
    end: str
    days: str = "Mon-Fri"


@dataclass(frozen=True, order=True)
class ClosureRow:
    """A holiday or closure: no lessons from ``first`` to ``last`` (both included)."""

    first: date
    last: date
    name: str


@dataclass(frozen=True, order=True)
class TermRow:
    """A term: lessons from ``first`` to ``last`` (both included), holidays apart."""

    first: date
    last: date
    name: str


@dataclass(frozen=True)
class SchoolDayValues:
    """Bell times, the Week A / Week B rotation (None: every week the same), the
    non-school days and the terms, as the Settings page shows and saves them."""

    bells: tuple[BellText, ...] = ()
    week_a_monday: date | None = None
    closures: tuple[ClosureRow, ...] = ()
    terms: tuple[TermRow, ...] = ()


def load_school_day(session: Session) -> SchoolDayValues:
    bells = sorted(
        session.scalars(select(BellPeriod)),
        key=lambda b: (b.start_time, sorted(parse_days(b.days))[:1], b.period),
    )
    return SchoolDayValues(
        bells=tuple(
            BellText(
                b.period,
                f"{b.start_time:%H:%M}",
                f"{b.end_time:%H:%M}",
                describe_days(parse_days(b.days)),
            )
            for b in bells
        ),
        week_a_monday=_rotation_start(session),
        closures=tuple(
            sorted(
                ClosureRow(c.first_date, c.last_date, c.name)
                for c in session.scalars(select(NonSchoolDay))
            )
        ),
        terms=load_terms(session),
    )


def read_bells(
    rows: Sequence[BellText], *, rotation: bool = True
) -> tuple[list[reading.BellPeriod], list[str]]:
    """The bell times of the page's rows, and what is wrong with them: one sentence per
    row at fault, naming the row (1 = the first) and its period."""
    bells: list[reading.BellPeriod] = []
    problems: dict[int, str] = {}
    for number, row in enumerate(rows, start=1):
        period = row.period.strip()
        try:
            if not period:
                raise ValueError(
                    translate("SchoolDay", "the period has no name; write 1, 2, 3... or Reg.")
                )
            start, end = parse_time(row.start), parse_time(row.end)
            days = parse_days(row.days)
        except ValueError as exc:
            problems[number] = _bell_row(number, period, str(exc))
            continue
        if end <= start:
            problems[number] = _bell_row(
                number,
                period,
                translate("SchoolDay", "it ends at {end}, before it starts at {start}.").format(
                    end=clock(end), start=clock(start)
                ),
            )
            continue
        if not rotation and any(d.week for d in days):
            problems[number] = _bell_row(
                number,
                period,
                translate(
                    "SchoolDay",
                    "{days} is for week A or B only; turn on the Week A / Week B rotation, or "
                    "write the days without A- or B-.",
                ).format(days=describe_days(days)),
            )
            continue
        bells.append(reading.BellPeriod(period, start, end, days, number))
    for bell, _column, message in reading.bell_clashes(bells, rows=True):
        problems.setdefault(bell.line, _bell_row(bell.line, bell.period, message))
    return bells, [problems[n] for n in sorted(problems)]


def _bell_row(number: int, period: str, problem: str) -> str:
    """ "Bell times, row 2 (period 4): ..." """
    where = (
        translate("SchoolDay", "Bell times, row {row} (period {period})").format(
            row=number, period=period
        )
        if period
        else translate("SchoolDay", "Bell times, row {row}").format(row=number)
    )
    return translate("SchoolDay", "{where}: {problem}").format(where=where, problem=problem)


def closure_problems(rows: Sequence[ClosureRow]) -> list[str]:
    """What is wrong with the non-school days, one sentence per row, naming it."""
    problems = []
    for number, row in enumerate(rows, start=1):
        if not row.name.strip():
            problems.append(
                translate(
                    "SchoolDay",
                    "Non-school days, row {row}: give it a name, such as Half term or INSET day.",
                ).format(row=number)
            )
        elif row.last < row.first:
            problems.append(
                translate(
                    "SchoolDay",
                    "Non-school days, row {row} ({name}): it ends on {last}, before it starts "
                    "on {first}.",
                ).format(
                    row=number,
                    name=row.name,
                    last=medium_date(row.last),
                    first=medium_date(row.first),
                )
            )
    return problems


def _dates(first: date, last: date) -> str:
    """ "2 Sep 2026 to 18 Dec 2026", the reader's way."""
    if first == last:
        return medium_date(first)
    return translate("SchoolDay", "{first} to {last}").format(
        first=medium_date(first), last=medium_date(last)
    )


def overlapping(rows: Sequence[TermRow]) -> list[tuple[TermRow, TermRow]]:
    """The pairs of ``rows`` that share a day: (the one reaching furthest among those
    starting earlier, the later one), in date order."""
    pairs: list[tuple[TermRow, TermRow]] = []
    reach: TermRow | None = None
    for row in sorted(rows, key=lambda r: (r.first, r.last)):
        if reach is not None and row.first <= reach.last:
            pairs.append((reach, row))
        if reach is None or row.last > reach.last:
            reach = row
    return pairs


def term_problems(rows: Sequence[TermRow]) -> list[str]:
    """What is wrong with the terms, one sentence per row at fault, naming it (row 1 =
    the first as given); two terms may not overlap."""
    problems: dict[int, str] = {}
    for number, row in enumerate(rows, start=1):
        name = row.name.strip()
        if not name:
            problems[number] = translate(
                "SchoolDay", "Terms, row {row}: give it a name, such as Autumn term."
            ).format(row=number)
        elif row.last < row.first:
            problems[number] = translate(
                "SchoolDay",
                "Terms, row {row} ({name}): it ends on {last}, before it starts on {first}.",
            ).format(
                row=number, name=name, last=medium_date(row.last), first=medium_date(row.first)
            )
    numbers = {id(row): number for number, row in enumerate(rows, start=1)}
    usable = [row for number, row in enumerate(rows, start=1) if number not in problems]
    for one, two in overlapping(usable):
        (row, other) = (one, two) if numbers[id(one)] > numbers[id(two)] else (two, one)
        problems.setdefault(
            numbers[id(row)],
            translate(
                "SchoolDay",
                "Terms, row {row} ({name}): it overlaps row {other_row} ({other}), "
                "which runs {dates}.",
            ).format(
                row=numbers[id(row)],
                name=row.name.strip(),
                other_row=numbers[id(other)],
                other=other.name.strip(),
                dates=_dates(other.first, other.last),
            ),
        )
    return [problems[n] for n in sorted(problems)]


def new_closure_problem(closures: Sequence[ClosureRow], row: ClosureRow) -> str | None:
    """Why ``row`` cannot be added to ``closures`` (the page's Add), in plain words; or None."""
    if not row.name.strip():
        return translate("SchoolDay", "Give it a name, such as Half term or INSET day.")
    if row.last < row.first:
        return translate("SchoolDay", "It ends on {last}, before it starts on {first}.").format(
            last=medium_date(row.last), first=medium_date(row.first)
        )
    if row in closures:
        return translate("SchoolDay", "{name} from {first} is in the list already.").format(
            name=row.name, first=medium_date(row.first)
        )
    return None


def new_term_problem(terms: Sequence[TermRow], row: TermRow) -> str | None:
    """Why ``row`` cannot be added to ``terms`` (the page's Add), in plain words; or None."""
    if not row.name.strip():
        return translate("SchoolDay", "Give the term a name, such as Autumn term.")
    if row.last < row.first:
        return translate(
            "SchoolDay", "This term ends on {last}, before it starts on {first}."
        ).format(last=medium_date(row.last), first=medium_date(row.first))
    for one, two in overlapping([*terms, row]):
        if row in (one, two):
            other = two if one == row else one
            return translate("SchoolDay", "This term overlaps {other}, which runs {dates}.").format(
                other=other.name, dates=_dates(other.first, other.last)
            )
    return None


def school_day_problems(values: SchoolDayValues) -> list[str]:
    """Everything that stops ``values`` being saved, in plain words naming the row."""
    _bells, problems = read_bells(values.bells, rotation=values.week_a_monday is not None)
    return problems + closure_problems(values.closures) + term_problems(values.terms)


def load_terms(session: Session) -> tuple[TermRow, ...]:
    """The terms the office set, in date order (none: every day may be a school day)."""
    value = _setting(session, TERMS_KEY)
    if not value:
        return ()
    try:
        rows = [
            TermRow(
                date.fromisoformat(item["first"]),
                date.fromisoformat(item["last"]),
                str(item["name"]),
            )
            for item in json.loads(value)
        ]
    except (ValueError, TypeError, KeyError) as exc:
        log.warning("School setting %s cannot be read (%s): no terms used", TERMS_KEY, exc)
        return ()
    return tuple(sorted(rows))


def _store_terms(session: Session, rows: Iterable[TermRow]) -> bool:
    """Write the terms; whether they changed (the version is the caller's to bump)."""
    items = [
        {"name": row.name.strip(), "first": row.first.isoformat(), "last": row.last.isoformat()}
        for row in sorted(rows)
    ]
    value = json.dumps(items, ensure_ascii=False) if items else ""
    if _setting(session, TERMS_KEY) == value:
        return False
    _set_setting(session, TERMS_KEY, value)
    return True


def save_school_day(session: Session, values: SchoolDayValues) -> bool:
    """Store the page's bell times, rotation, non-school days and terms in the caller's
    transaction; whether anything changed (future days are then rebuilt).  Values with
    problems raise ``ValueError`` and write nothing: check ``school_day_problems`` first."""
    problems = school_day_problems(values)
    if problems:
        raise ValueError(problems[0])
    bells, _ = read_bells(values.bells, rotation=values.week_a_monday is not None)
    result = _replace_bells(session, bells)
    changed = bool(result.added or result.removed)
    monday = values.week_a_monday
    rotation = (monday - timedelta(days=monday.weekday())).isoformat() if monday else ""
    if _setting(session, ROTATION_KEY) != rotation:
        _set_setting(session, ROTATION_KEY, rotation)
        changed = True
    wanted = {(c.first, c.last, c.name.strip()) for c in values.closures}
    stored = {(c.first_date, c.last_date, c.name): c for c in session.scalars(select(NonSchoolDay))}
    for key in stored.keys() - wanted:
        session.delete(stored[key])
        changed = True
    session.flush()
    for first, last, name in sorted(wanted - stored.keys()):
        session.add(NonSchoolDay(first_date=first, last_date=last, name=name))
        changed = True
    if _store_terms(session, values.terms):
        changed = True
    if changed:
        _changed(session)
        session.flush()
    return changed


# --- the lessons of a day ----------------------------------------------------------------


def closure_on(session: Session, day: date) -> str | None:
    """Why ``day`` has no lessons: the name of the holiday or closure it falls in, or,
    when the office has set terms, that it is in none of them; None on a school day."""
    closed = session.scalar(
        select(NonSchoolDay.name)
        .where(NonSchoolDay.first_date <= day, NonSchoolDay.last_date >= day)
        .order_by(NonSchoolDay.first_date)
        .limit(1)
    )
    return closed or outside_terms(load_terms(session), day)


def outside_terms(terms: Sequence[TermRow], day: date) -> str | None:
    """Why ``day`` is in no term of ``terms`` ("between Autumn term and Spring term"), or
    None when it is in one, or when there are no terms at all."""
    if not terms or any(term.first <= day <= term.last for term in terms):
        return None
    before = [term for term in terms if term.last < day]
    after = [term for term in terms if term.first > day]
    if before and after:
        return translate("SchoolDay", "between {earlier} and {later}").format(
            earlier=max(before).name, later=min(after).name
        )
    if after:
        return translate("SchoolDay", "before {term} starts").format(term=min(after).name)
    return translate("SchoolDay", "after {term}, the last term set").format(
        term=max(before, key=lambda term: term.last).name
    )


def _rotation_start(session: Session) -> date | None:
    value = _setting(session, ROTATION_KEY)
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        log.warning("School setting %s is not a date: %r", ROTATION_KEY, value)
        return None


def _bells_for(session: Session, day: date, week: str) -> dict[str, tuple[time, time]]:
    found: dict[str, tuple[time, time]] = {}
    for bell in session.scalars(select(BellPeriod)):
        if matches(parse_days(bell.days), day, week):
            found[bell.period] = (bell.start_time, bell.end_time)
    return found


def build_day(session: Session, day: date, zone: tzinfo) -> int:
    """Make ``day``'s timetabled lessons, unless they exist for this timetable; returns how
    many were made.  Runs in the caller's transaction."""
    version = timetable_version(session)
    built = session.get(SchoolDayBuilt, day)
    if built is not None and built.timetable_version == version:
        return 0
    if built is not None:
        if day < datetime.now(zone).date():
            # The past stays as it was built: a changed timetable moves future lessons only.
            built.timetable_version = version
            return 0
        _forget_planned(session, day, zone)
    made = 0 if closure_on(session, day) else _make_lessons(session, day, zone)
    if built is None:
        # Another PC may be building the same day right now: its row stands, both made
        # the same lessons (unique per slot and start).
        session.execute(
            _insert_for(session)(SchoolDayBuilt)
            .values(day=day, timetable_version=version)
            .on_conflict_do_nothing(index_elements=["day"])
        )
    else:
        built.timetable_version = version
    session.flush()
    return made


def _insert_for(session: Session) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT DO NOTHING."""
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


def build_days(session: Session, first: date, last: date, zone: tzinfo) -> int:
    """``build_day`` for every day from ``first`` to ``last`` (both included)."""
    made = 0
    day = first
    while day <= last:
        made += build_day(session, day, zone)
        day += timedelta(days=1)
    return made


def day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    return start, end


def _untouched() -> Any:
    """Lessons a rebuild may remove: planned, register never started, not covered."""
    taken = exists().where(Attendance.class_session_id == ClassSession.id)
    return (
        (ClassSession.status == "planned")
        & ClassSession.cover_for_teacher_id.is_(None)  # the office's cover stays
        & ~taken
    )


def _forget_future_lessons(session: Session, slot_ids: list[int]) -> None:
    """The lessons to come of slots that leave the timetable, unless someone started them."""
    if not slot_ids:
        return
    session.execute(
        delete(ClassSession)
        .where(
            ClassSession.slot_id.in_(slot_ids),
            ClassSession.start_time >= datetime.now(UTC),
            _untouched(),
        )
        .execution_options(synchronize_session=False)
    )


def _forget_planned(session: Session, day: date, zone: tzinfo) -> None:
    """Remove ``day``'s timetabled lessons nobody has started (the timetable changed)."""
    start, end = day_bounds(day, zone)
    session.execute(
        delete(ClassSession)
        .where(
            ClassSession.slot_id.is_not(None),
            ClassSession.start_time >= start,
            ClassSession.start_time < end,
            _untouched(),
        )
        .execution_options(synchronize_session=False)
    )


def _make_lessons(session: Session, day: date, zone: tzinfo) -> int:
    week = week_of(day, _rotation_start(session))
    bells = _bells_for(session, day, week)
    weeks = ["", week] if week else [""]
    rows = []
    query = (
        select(TimetableSlot, SchoolClass)
        .join(SchoolClass, SchoolClass.id == TimetableSlot.class_id)
        .where(
            TimetableSlot.weekday == day.weekday(),
            TimetableSlot.week.in_(weeks),
            SchoolClass.active.is_(True),
        )
    )
    for slot, klass in session.execute(query):
        if (slot.first_date and day < slot.first_date) or (slot.last_date and day > slot.last_date):
            continue
        times = bells.get(slot.period) if slot.period else (slot.start_time, slot.end_time)
        if times is None or times[0] is None or times[1] is None:
            continue  # a period with no bell times that day
        # A class with no teacher yet still has its lesson (teacher_id None): the office
        # takes its register, or gives it to a teacher as cover.
        teacher_id = slot.teacher_id or klass.teacher_id
        start = datetime.combine(day, times[0], tzinfo=zone).astimezone(UTC)
        end = datetime.combine(day, times[1], tzinfo=zone).astimezone(UTC)
        rows.append(
            {
                "class_id": klass.id,
                "teacher_id": teacher_id,
                "room": slot.room or klass.room,
                "start_time": start,
                "end_time": end,
                "status": "planned",
                "slot_id": slot.id,
                "created_at": datetime.now(UTC),
                "updated_at": datetime.now(UTC),
            }
        )
    if not rows:
        return 0
    statement = _insert_for(session)(ClassSession).on_conflict_do_nothing(
        index_elements=["slot_id", "start_time"]
    )
    session.execute(statement, rows)
    return len(rows)


def has_timetable(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(TimetableSlot)))


# --- cover ------------------------------------------------------------------------------


def give_cover(session: Session, lesson_ids: Iterable[int], cover_teacher_id: int) -> int:
    """The office gives lessons to a cover teacher; returns how many changed.

    The lesson moves to the cover teacher's day (``teacher_id``, who takes the
    register) and remembers whom it was timetabled for (``cover_for_teacher_id``),
    so the absent teacher's day shows it as covered.  A register already closed
    is left alone.  Giving a lesson back to its own teacher ends the cover."""
    changed = 0
    for lesson in session.scalars(
        select(ClassSession).where(ClassSession.id.in_(list(lesson_ids)))
    ):
        if lesson.status == "closed" or lesson.teacher_id == cover_teacher_id:
            continue
        original = lesson.cover_for_teacher_id or lesson.teacher_id
        lesson.teacher_id = cover_teacher_id
        lesson.cover_for_teacher_id = None if original == cover_teacher_id else original
        changed += 1
    session.flush()
    return changed


def lessons_of(session: Session, teacher_id: int, day: date, zone: tzinfo) -> list[int]:
    """The ids of the lessons ``teacher_id`` is timetabled for on ``day`` (covered or not)."""
    build_day(session, day, zone)
    start, end = day_bounds(day, zone)
    query = select(ClassSession.id).where(
        ClassSession.start_time >= start,
        ClassSession.start_time < end,
        (ClassSession.teacher_id == teacher_id) | (ClassSession.cover_for_teacher_id == teacher_id),
    )
    return list(session.scalars(query))
