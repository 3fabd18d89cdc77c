"""The timetable a roster carries: each class's periods become its weekly lessons (no Qt).

Rosters say when a class meets only by period: OneRoster's ``classes.periods``
("the time slots in the day that the class will be given": ``1``, or ``"1,3,5"``
quoted as RFC 4180 lists), Clever's ``sections.Period`` and School Data Sync
v1's ``Section.Periods``.  No format names the days, so a class meets in its
periods on every school day, Monday to Friday: one slot per weekday and period,
referring to the period by name.  The bell times (``timetable import``, in
either order) say when each period runs on which day, so a roster with periods
plus bell times gives every class its lessons; a period with no bell times on a
day has no lesson that day (a short Wednesday, a Saturday school's own times).

**Which slots a roster may change.**  Each slot remembers where it came from
(``timetable_slot.source``):

- a roster import writes and replaces only ``roster`` slots, and only for the
  classes whose periods it gives (a file without a periods column changes none);
- a class that has any slot from a timetable file (``timetable``: a CSV or
  calendar export, more precise than a list of periods: days, rooms, teachers)
  keeps that timetable; the roster's periods for it are set aside, with a note;
- importing the same roster again changes nothing; a class whose periods changed
  loses the slots it no longer has and gains the new ones.  The lessons to come
  of a removed slot go, unless their register was started or they were given
  to a cover teacher (``school_day._forget_future_lessons``); past lessons stay.

``plan_slots`` works out the changes (and their counts for the preview) without
writing; ``write_slots`` writes them in the roster import's transaction, once the
new classes have their ids.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from attendance_desktop.db.models import BellPeriod, TimetableSlot
from attendance_desktop.i18n import translate
from attendance_desktop.roster.plan import KindCounts, RosterPlan
from attendance_desktop.timetable import school_day

#: ``timetable_slot.source`` of the slots a roster's periods give.
ROSTER = "roster"
#: The weekdays a class with periods meets (0 = Monday): rosters name no days.
SCHOOL_WEEK = (0, 1, 2, 3, 4)
#: The roster's own plan field for periods, in ``PlannedClass.given``.
GIVEN = "periods"
#: Rows per statement (a district has 2,000 classes: 10,000 slots and more).
BATCH = 1000


@dataclass
class RosterSlots:
    """What a roster import does to the timetable (``plan_slots``; ``write_slots`` writes)."""

    counts: KindCounts = field(default_factory=KindCounts)
    #: Roster slots the roster no longer gives: removed (their lessons to come with them).
    remove: list[int] = field(default_factory=list)
    #: New slots: (class source id, weekday, period).
    add: list[tuple[str, int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def writes(self) -> int:
        return len(self.remove) + len(self.add)


def plan_slots(session: Session, plan: RosterPlan, class_ids: dict[str, int]) -> RosterSlots | None:
    """The slots ``plan``'s periods give, compared with the timetable; ``None`` when the
    roster gives no class its periods.  ``class_ids``: source id -> id of the classes the
    register has already.  Reads only."""
    wanted: dict[str, tuple[str, ...]] = {
        item.source_id: item.periods
        for item in plan.classes
        if GIVEN in item.given and not item.deleted and item.name is not None
    }
    if not wanted:
        return None
    result = RosterSlots()
    roster_slots: dict[int, dict[tuple[int, str], int]] = defaultdict(dict)
    from_timetable: set[int] = set()
    known = set(class_ids.values())
    rows = session.execute(
        select(
            TimetableSlot.id,
            TimetableSlot.class_id,
            TimetableSlot.weekday,
            TimetableSlot.week,
            TimetableSlot.period,
            TimetableSlot.source,
        )
    )
    for row in rows:
        if row.class_id not in known:
            continue
        if row.source == ROSTER and row.week == "" and row.period is not None:
            roster_slots[row.class_id][(row.weekday, row.period)] = row.id
        else:
            from_timetable.add(row.class_id)
    set_aside = 0
    for sid, periods in wanted.items():
        class_id = class_ids.get(sid)
        if class_id in from_timetable:
            set_aside += bool(periods)
            continue
        have = roster_slots.get(class_id, {}) if class_id is not None else {}
        want = {(day, period) for day in SCHOOL_WEEK for period in periods}
        _compare(result, sid, have, want)
    _explain(session, result, wanted, set_aside)
    return result


def _compare(
    result: RosterSlots, sid: str, have: dict[tuple[int, str], int], want: set[tuple[int, str]]
) -> None:
    """One class's slots: kept, removed, added; a period changed on a weekday is "updated"."""
    counts = result.counts
    gone = sorted(have.keys() - want)
    new = sorted(want - have.keys())
    counts.unchanged += len(have.keys() & want)
    result.remove.extend(have[key] for key in gone)
    result.add.extend((sid, day, period) for day, period in new)
    per_day_gone: dict[int, int] = defaultdict(int)
    for day, _ in gone:
        per_day_gone[day] += 1
    per_day_new: dict[int, int] = defaultdict(int)
    for day, _ in new:
        per_day_new[day] += 1
    for day in per_day_gone.keys() | per_day_new.keys():
        moved = min(per_day_gone[day], per_day_new[day])
        counts.updated += moved
        counts.withdrawn += per_day_gone[day] - moved
        counts.created += per_day_new[day] - moved


def _explain(
    session: Session, result: RosterSlots, wanted: dict[str, tuple[str, ...]], set_aside: int
) -> None:
    """Notes for the preview: classes whose timetable file wins; periods with no bell times."""
    if set_aside:
        result.notes.append(
            translate(
                "Roster",
                "%n classes keep the lessons of the timetable file imported for them; the "
                "roster's periods for them are not used.",
                None,
                set_aside,
            )
        )
    periods = {period for listed in wanted.values() for period in listed}
    if not periods:
        return
    bells = set(session.scalars(select(BellPeriod.period).distinct()))
    if not bells:
        n = sum(1 for listed in wanted.values() if listed)
        result.notes.append(
            translate(
                "Roster",
                "The roster gives %n classes their periods; import the bell times (a CSV with "
                "period,start,end) for the lessons to appear.",
                None,
                n,
            )
        )
        return
    missing = sorted(periods - bells)
    if len(missing) == 1:
        result.notes.append(
            translate(
                "Roster",
                "The bell times have no period {period}: classes meeting in it have no lesson "
                "then until the bell times name it.",
            ).format(period=missing[0])
        )
    elif missing:
        shown = ", ".join(missing[:10])
        if len(missing) > 10:
            shown = translate("Roster", "{names} and {count} more").format(
                names=shown, count=len(missing) - 10
            )
        result.notes.append(
            translate(
                "Roster",
                "The bell times have no period {periods}: classes meeting in them have no "
                "lesson then until the bell times name them.",
            ).format(periods=shown)
        )


def write_slots(session: Session, slots: RosterSlots, class_ids: dict[str, int]) -> None:
    """Write ``plan_slots``' changes in the caller's transaction; ``class_ids`` now holds
    every class's id (the new ones included)."""
    if not slots.writes:
        return
    for start in range(0, len(slots.remove), BATCH):
        ids = slots.remove[start : start + BATCH]
        # Lessons to come of the slots that go, unless a register was started or the
        # office gave them to a cover teacher; past lessons stay (slot_id becomes NULL).
        school_day._forget_future_lessons(session, ids)
        session.execute(
            delete(TimetableSlot)
            .where(TimetableSlot.id.in_(ids))
            .execution_options(synchronize_session=False)
        )
    rows = [
        {"class_id": class_ids[sid], "week": "", "weekday": day, "period": period, "source": ROSTER}
        for sid, day, period in slots.add
    ]
    for start in range(0, len(rows), BATCH):
        session.execute(insert(TimetableSlot), rows[start : start + BATCH])
    # Future days already built are built again with the new slots when next listed.
    school_day._changed(session)
