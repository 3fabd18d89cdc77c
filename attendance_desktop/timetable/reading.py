"""Reading a school's day from the files school offices have (no Qt, no database).

Four kinds of file, recognised by content, not by name:

- **bell times**, CSV with the header ``period,start,end`` and an optional
  ``days`` column (``Mon-Fri``, ``Wed``, ``A-Mon``...): when each period of the
  day runs, possibly different on some weekdays or in week A and B;
- **a timetable**, CSV with ``class,day,period,room,teacher`` (``day`` is Mon..Fri
  or A-Mon..B-Fri; ``start,end`` may stand instead of ``period``);
- **lessons from a calendar**, an iCalendar (.ics) export of weekly events
  (RRULE): the event's summary names the class, its location the room;
- **non-school days**, an iCalendar file of all-day events (holidays, closures),
  as many education authorities publish them.

Every problem names the file, the line and the column, in plain words; a file
with problems is refused whole (``TimetablePlan.problems``).  The iCalendar
files are read with the ``icalendar`` library, and their recurrences expanded
with ``recurring_ical_events``, never by hand.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate
from attendance_desktop.roster.decoding import Table, cell_value, header_key, parse_table
from attendance_desktop.roster.plan import RosterProblem
from attendance_desktop.timetable.week import BadDay, Day, parse_day, parse_days, parse_time

#: Biggest file read (a district's timetable is well under 1 MB).
MAX_BYTES = 20 * 1024 * 1024

BELL_TIMES = "bell times"
TIMETABLE = "timetable"
CALENDAR_LESSONS = "lessons from a calendar"
NON_SCHOOL_DAYS = "non-school days"
#: Not recognised by content: an all-day calendar read as terms when asked for terms
#: (Settings > School day > Import terms), in ``closures``.
TERMS = "terms"

#: The kinds as a sentence names them ("this file holds bell times").
KIND_NAMES = {
    BELL_TIMES: QT_TRANSLATE_NOOP("SchoolDay", "bell times"),
    TIMETABLE: QT_TRANSLATE_NOOP("SchoolDay", "a timetable"),
    CALENDAR_LESSONS: QT_TRANSLATE_NOOP("SchoolDay", "lessons from a calendar"),
    NON_SCHOOL_DAYS: QT_TRANSLATE_NOOP("SchoolDay", "non-school days"),
    TERMS: QT_TRANSLATE_NOOP("SchoolDay", "terms"),
}


def kind_name(kind: str) -> str:
    """``kind`` in the reader's language, for a sentence."""
    return translate("SchoolDay", KIND_NAMES[kind]) if kind in KIND_NAMES else kind


Problem = RosterProblem


@dataclass(frozen=True)
class BellPeriod:
    """Period ``period`` runs from ``start`` to ``end`` on ``days``."""

    period: str
    start: time
    end: time
    days: frozenset[Day]
    line: int = 0


@dataclass(frozen=True)
class Slot:
    """Class ``class_name`` meets on ``day``, in ``period`` (or from ``start`` to ``end``)."""

    class_name: str
    day: Day
    period: str | None
    start: time | None
    end: time | None
    room: str = ""
    teacher: str = ""
    line: int = 0
    #: For lessons from a calendar: the first and last date the event recurs.
    first: date | None = None
    last: date | None = None


@dataclass(frozen=True)
class Closure:
    """No lessons from ``first`` to ``last`` (both included): a holiday, a closure day."""

    first: date
    last: date
    name: str


@dataclass
class TimetablePlan:
    """What a file says, ready to compare with the database; nothing is written yet."""

    file: str
    kind: str = ""
    bells: list[BellPeriod] = field(default_factory=list)
    slots: list[Slot] = field(default_factory=list)
    closures: list[Closure] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def describe(self) -> str:
        """ "bells.csv: bell times, 6 periods" (the command line's "Imported ...")."""
        periods, slots, closures = len(self.bells), len(self.slots), len(self.closures)
        if self.kind == BELL_TIMES:
            what = translate("SchoolDay", "bell times, %n periods", None, periods)
        elif self.kind == TIMETABLE:
            what = translate("SchoolDay", "a timetable, %n lessons a week", None, slots)
        elif self.kind == CALENDAR_LESSONS:
            what = translate("SchoolDay", "lessons from a calendar, %n weekly lessons", None, slots)
        elif self.kind == NON_SCHOOL_DAYS:
            what = translate(
                "SchoolDay", "non-school days, %n non-school days or holidays", None, closures
            )
        elif self.kind == TERMS:
            what = translate("SchoolDay", "terms, %n terms", None, closures)
        else:
            what = translate("SchoolDay", "not recognised")
        return translate("SchoolDay", "{file}: {what}").format(file=self.file, what=what)


def read_timetable(path: Path, *, zone: tzinfo | None = None) -> TimetablePlan:
    """Read ``path``, recognising which of the four kinds of file it is."""
    plan = TimetablePlan(path.name)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            plan.problems.append(
                Problem(
                    path.name,
                    None,
                    None,
                    translate(
                        "SchoolDay",
                        "the file is {size} MB; a timetable is far smaller: is this the right "
                        "file?",
                    ).format(size=size // 1_000_000),
                )
            )
            return plan
        data = path.read_bytes()
    except OSError as exc:
        plan.problems.append(
            Problem(
                path.name,
                None,
                None,
                translate("SchoolDay", "the file cannot be read ({error}).").format(
                    error=exc.strerror or exc
                ),
            )
        )
        return plan
    if data.lstrip(b"\xef\xbb\xbf \r\n\t").upper().startswith(b"BEGIN:VCALENDAR"):
        _read_calendar(plan, data, zone)
    else:
        table = parse_table(path.name, data, plan.problems)
        if table is not None:
            _read_csv(plan, table)
    return plan


# --- CSV ----------------------------------------------------------------------------------


def _columns(table: Table) -> dict[str, int]:
    return {header_key(name): position for position, name in enumerate(table.header)}


def _read_csv(plan: TimetablePlan, table: Table) -> None:
    columns = _columns(table)
    if "class" in columns and "day" in columns:
        plan.kind = TIMETABLE
        _read_slots(plan, table, columns)
    elif {"period", "start", "end"} <= columns.keys():
        plan.kind = BELL_TIMES
        _read_bells(plan, table, columns)
    else:
        plan.problems.append(
            Problem(
                plan.file,
                table.header_line,
                None,
                translate(
                    "SchoolDay",
                    "this is neither bell times (columns period, start, end and optionally "
                    "days) nor a timetable (columns class, day, period, room, teacher).",
                ),
            )
        )


def _time_cell(plan: TimetablePlan, line: int, column: str, text: str) -> time | None:
    try:
        return parse_time(text)
    except ValueError as exc:
        plan.problems.append(Problem(plan.file, line, column, str(exc)))
        return None


def _read_bells(plan: TimetablePlan, table: Table, columns: dict[str, int]) -> None:
    for line, cells in table.rows:
        period = cell_value(cells, columns["period"])
        if not period:
            plan.problems.append(
                Problem(plan.file, line, "period", translate("SchoolDay", "the period is empty."))
            )
            continue
        start = _time_cell(plan, line, "start", cell_value(cells, columns["start"]))
        end = _time_cell(plan, line, "end", cell_value(cells, columns["end"]))
        try:
            days = parse_days(cell_value(cells, columns.get("days")))
        except BadDay as exc:
            plan.problems.append(Problem(plan.file, line, "days", str(exc)))
            continue
        if start is None or end is None:
            continue
        if end <= start:
            plan.problems.append(
                Problem(
                    plan.file,
                    line,
                    "end",
                    translate("SchoolDay", "period {period} ends before it starts.").format(
                        period=period
                    ),
                )
            )
            continue
        plan.bells.append(BellPeriod(period, start, end, days, line))
    _check_bells(plan)


def _check_bells(plan: TimetablePlan) -> None:
    for bell, column, message in bell_clashes(plan.bells):
        plan.problems.append(Problem(plan.file, bell.line, column, message))


def bell_clashes(
    bells: list[BellPeriod], *, rows: bool = False
) -> list[tuple[BellPeriod, str, str]]:
    """One period of each name per day, and no two periods at once: each clash as the
    period it was found on, the column at fault and plain words naming the other period's
    line in a file (``rows``: its row on the Settings page)."""
    if rows:
        twice = translate(
            "SchoolDay", "period {period} is given twice for {day} (also on row {n})."
        )
        overlap = translate(
            "SchoolDay", "on {day}, period {period} starts before period {other} ends (row {n})."
        )
    else:
        twice = translate(
            "SchoolDay", "period {period} is given twice for {day} (also on line {n})."
        )
        overlap = translate(
            "SchoolDay", "on {day}, period {period} starts before period {other} ends (line {n})."
        )
    clashes: list[tuple[BellPeriod, str, str]] = []
    seen: dict[tuple[str, Day], BellPeriod] = {}
    for bell in bells:
        for day in sorted(bell.days):
            earlier = seen.get((bell.period, day))
            if earlier is not None:
                clashes.append(
                    (
                        bell,
                        "days",
                        twice.format(period=bell.period, day=day, n=earlier.line),
                    )
                )
            seen[(bell.period, day)] = bell
    by_day: dict[Day, list[BellPeriod]] = {}
    for bell in bells:
        for day in bell.days:
            by_day.setdefault(day, []).append(bell)
    for day, on_day in sorted(by_day.items()):
        ordered = sorted(on_day, key=lambda b: b.start)
        for first, second in itertools.pairwise(ordered):
            if second.start < first.end:
                clashes.append(
                    (
                        second,
                        "start",
                        overlap.format(
                            day=day, period=second.period, other=first.period, n=first.line
                        ),
                    )
                )
    return clashes


def _read_slots(plan: TimetablePlan, table: Table, columns: dict[str, int]) -> None:
    has_period = "period" in columns
    has_times = "start" in columns and "end" in columns
    if not has_period and not has_times:
        plan.problems.append(
            Problem(
                plan.file,
                table.header_line,
                None,
                translate(
                    "SchoolDay", "a timetable needs a period column, or start and end columns."
                ),
            )
        )
        return
    for line, cells in table.rows:
        slot = _slot(plan, line, cells, columns)
        if slot is not None:
            plan.slots.append(slot)


def _slot(plan: TimetablePlan, line: int, cells: list[str], columns: dict[str, int]) -> Slot | None:
    class_name = cell_value(cells, columns["class"])
    if not class_name:
        plan.problems.append(
            Problem(plan.file, line, "class", translate("SchoolDay", "the class is empty."))
        )
        return None
    try:
        day = parse_day(cell_value(cells, columns["day"]))
    except BadDay as exc:
        plan.problems.append(Problem(plan.file, line, "day", str(exc)))
        return None
    period = cell_value(cells, columns.get("period")) or None
    start = end = None
    if period is None:
        start = _time_cell(plan, line, "start", cell_value(cells, columns.get("start")))
        end = _time_cell(plan, line, "end", cell_value(cells, columns.get("end")))
        if start is None or end is None:
            return None
        if end <= start:
            plan.problems.append(
                Problem(
                    plan.file,
                    line,
                    "end",
                    translate("SchoolDay", "the lesson ends before it starts."),
                )
            )
            return None
    return Slot(
        class_name,
        day,
        period,
        start,
        end,
        room=cell_value(cells, columns.get("room")),
        teacher=cell_value(cells, columns.get("teacher")),
        line=line,
    )


# --- iCalendar ----------------------------------------------------------------------------


def _read_calendar(plan: TimetablePlan, data: bytes, zone: tzinfo | None) -> None:
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as exc:
        plan.problems.append(
            Problem(
                plan.file,
                None,
                None,
                translate("SchoolDay", "the calendar file cannot be read ({error}).").format(
                    error=exc
                ),
            )
        )
        return
    events = list(calendar.walk("VEVENT"))
    if not events:
        plan.problems.append(
            Problem(plan.file, None, None, translate("SchoolDay", "the calendar holds no events."))
        )
        return
    all_day = [e for e in events if not isinstance(e.decoded("DTSTART"), datetime)]
    if len(all_day) == len(events):
        plan.kind = NON_SCHOOL_DAYS
        _read_closures(plan, calendar)
    elif not all_day:
        plan.kind = CALENDAR_LESSONS
        for number, event in enumerate(events, start=1):
            _read_lesson_event(plan, event, number, zone)
    else:
        plan.problems.append(
            Problem(
                plan.file,
                None,
                None,
                translate(
                    "SchoolDay",
                    "the calendar mixes {all_day} all-day events (holidays) with {timed} timed "
                    "events (lessons); import them as two files.",
                ).format(all_day=len(all_day), timed=len(events) - len(all_day)),
            )
        )


def _read_closures(plan: TimetablePlan, calendar: Any) -> None:
    import recurring_ical_events

    # A yearly holiday (RRULE) is expanded over the next few school years.
    today = date.today()
    window = (date(today.year - 1, 1, 1), date(today.year + 3, 1, 1))
    for event in recurring_ical_events.of(calendar).between(*window):
        first = event.decoded("DTSTART")
        end = event.decoded("DTEND") if "DTEND" in event else first + timedelta(days=1)
        name = str(event.get("SUMMARY", "")).strip() or translate("SchoolDay", "School closed")
        plan.closures.append(Closure(first, end - timedelta(days=1), name))
    plan.closures.sort(key=lambda c: (c.first, c.last, c.name))


def _read_lesson_event(plan: TimetablePlan, event: Any, number: int, zone: tzinfo | None) -> None:
    summary = str(event.get("SUMMARY", "")).strip()
    where = (
        translate("SchoolDay", 'event {number} ("{summary}")').format(
            number=number, summary=summary
        )
        if summary
        else translate("SchoolDay", "event {number}").format(number=number)
    )
    if not summary:
        plan.problems.append(
            Problem(
                plan.file,
                None,
                where,
                translate("SchoolDay", "the event has no summary naming its class."),
            )
        )
        return
    start: datetime = event.decoded("DTSTART")
    end: datetime = (
        event.decoded("DTEND")
        if "DTEND" in event
        else start + event.decoded("DURATION", timedelta(minutes=50))
    )
    if zone is not None and start.tzinfo is not None:
        start, end = start.astimezone(zone), end.astimezone(zone)
    rule = event.get("RRULE")
    weekdays = [start.weekday()]
    last: date | None = start.date()
    if rule is not None:
        if str(rule.get("FREQ", [""])[0]).upper() != "WEEKLY":
            plan.problems.append(
                Problem(
                    plan.file,
                    None,
                    where,
                    translate("SchoolDay", "only weekly lessons can be imported (FREQ=WEEKLY)."),
                )
            )
            return
        names = [str(d)[-2:].upper() for d in rule.get("BYDAY", [])]
        codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
        weekdays = sorted({codes.index(n) for n in names if n in codes}) or weekdays
        until = rule.get("UNTIL", [None])[0]
        last = until.date() if isinstance(until, datetime) else until
    teacher = ""
    organizer = event.get("ORGANIZER")
    if organizer is not None:
        teacher = str(organizer.params.get("CN", "")) or str(organizer).removeprefix("mailto:")
    for weekday in weekdays:
        plan.slots.append(
            Slot(
                summary,
                Day("", weekday),
                None,
                start.time().replace(tzinfo=None),
                end.time().replace(tzinfo=None),
                room=str(event.get("LOCATION", "")).strip(),
                teacher=teacher,
                line=number,
                first=start.date(),
                last=last,
            )
        )
