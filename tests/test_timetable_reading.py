"""Reading bell times, timetables and non-school days from the files school offices have.

The files in tests/data/timetable/ are written in the layouts the issue and
docs/deploy.md describe (bell-times and timetable CSVs) and in the shape of
published iCalendar exports (a council's term dates with all-day events and a
yearly recurrence; a timetable export with weekly RRULEs, a VTIMEZONE and an
ORGANIZER); tests/data/SOURCES.md says so.  The expected values below were
worked out from the files by hand.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from attendance_desktop.timetable import (
    BELL_TIMES,
    CALENDAR_LESSONS,
    NON_SCHOOL_DAYS,
    TIMETABLE,
    Day,
    parse_day,
    parse_days,
    parse_time,
    read_timetable,
    week_of,
)

DATA = Path(__file__).parent / "data" / "timetable"
MON, TUE, WED, THU, FRI = range(5)


def _problems(tmp_path: Path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    plan = read_timetable(path)
    return [str(p) for p in plan.problems]


def test_days_and_times_as_offices_write_them() -> None:
    assert parse_days("Mon-Fri") == {Day("", n) for n in range(5)}
    assert parse_days("Mon,Tue,Thu") == {Day("", MON), Day("", TUE), Day("", THU)}
    assert parse_days("A-Mon-Wed") == {Day("A", MON), Day("A", TUE), Day("A", WED)}
    assert parse_days("") == parse_days("Mon-Fri")
    assert parse_day("b-fri") == Day("B", FRI)
    assert parse_day("Thursday") == Day("", THU)
    assert parse_time("8:50") == parse_time("0850") == time(8, 50)
    with pytest.raises(ValueError, match="not a time"):
        parse_time("25:00")
    # Week A starts on Monday 7 September 2026; the next Monday is week B.
    assert week_of(date(2026, 9, 11), date(2026, 9, 7)) == "A"
    assert week_of(date(2026, 9, 14), date(2026, 9, 7)) == "B"
    assert week_of(date(2026, 9, 21), date(2026, 9, 7)) == "A"
    assert week_of(date(2026, 9, 21), None) == ""


def test_bell_times_with_a_short_wednesday() -> None:
    plan = read_timetable(DATA / "bells.csv")
    assert plan.problems == []
    assert plan.kind == BELL_TIMES
    assert [(b.period, b.start, b.end) for b in plan.bells] == [
        ("1", time(8, 50), time(9, 45)),
        ("2", time(9, 45), time(10, 40)),
        ("3", time(11, 0), time(11, 55)),
        ("4", time(11, 55), time(12, 50)),
        ("4", time(11, 55), time(12, 30)),
        ("5", time(13, 40), time(14, 35)),
    ]
    fourth_on_wednesday = [b for b in plan.bells if Day("", WED) in b.days and b.period == "4"]
    assert [b.end for b in fourth_on_wednesday] == [time(12, 30)]


def test_a_weekly_timetable_with_a_rotation() -> None:
    plan = read_timetable(DATA / "timetable.csv")
    assert plan.problems == []
    assert plan.kind == TIMETABLE
    assert [(s.class_name, str(s.day), s.period, s.room, s.teacher) for s in plan.slots] == [
        ("8B Maths", "Mon", "1", "M2", "Mr José Martínez"),
        ("8B Maths", "Wed", "3", "M2", "Mr José Martínez"),
        ("8B Maths", "A-Fri", "5", "M2", "Mr José Martínez"),
        ("7A English", "Tue", "2", "E1", ""),
    ]


def test_holidays_from_an_icalendar_file() -> None:
    plan = read_timetable(DATA / "holidays.ics")
    assert plan.problems == []
    assert plan.kind == NON_SCHOOL_DAYS
    closures = {(c.first, c.last, c.name) for c in plan.closures}
    # DTEND of an all-day event is the day after the last: 21-30 December.
    assert (date(2026, 12, 21), date(2026, 12, 30), "Christmas holiday") in closures
    assert (date(2026, 12, 4), date(2026, 12, 4), "INSET day (school closed to pupils)") in closures
    # A yearly event is expanded by the recurrence library, one closure per year.
    new_years = sorted(c.first for c in plan.closures if c.name == "New Year's Day")
    assert date(2027, 1, 1) in new_years and date(2028, 1, 1) in new_years


def test_weekly_lessons_from_an_icalendar_export() -> None:
    plan = read_timetable(DATA / "lessons.ics", zone=ZoneInfo("Europe/London"))
    assert plan.problems == []
    assert plan.kind == CALENDAR_LESSONS
    got = [
        (s.class_name, s.day.weekday, s.start, s.end, s.room, s.teacher, s.first, s.last)
        for s in plan.slots
    ]
    assert got == [
        ("8B Maths", MON, time(8, 50), time(9, 45), "M2", "Mr José Martínez",
         date(2026, 9, 7), date(2027, 7, 16)),
        ("8B Maths", WED, time(8, 50), time(9, 45), "M2", "Mr José Martínez",
         date(2026, 9, 7), date(2027, 7, 16)),
        ("7A English", TUE, time(9, 45), time(10, 40), "E1", "", date(2026, 9, 8), None),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "bells.csv",
            "period,start,end\n1,08:50,09:45\n2,9.45,9:40\n",
            'bells.csv, line 3, column "end": period 2 ends before it starts.',
        ),
        (
            "bells.csv",
            "period,start,end,days\n1,08:50,09:45,Mon-Fri\n2,09:30,10:40,Mon\n",
            'bells.csv, line 3, column "start": on Mon, period 2 starts before period 1 ends '
            "(line 2).",
        ),
        (
            "bells.csv",
            "period,start,end,days\n1,08:50,09:45,Mon-Frx\n",
            'bells.csv, line 2, column "days": "Frx" is not a day of the week; write Mon, Tue, '
            "Wed, Thu or Fri.",
        ),
        (
            "timetable.csv",
            "class,day,period,room,teacher\n8B Maths,Mon,1,M2,\n,Tue,2,M2,\n",
            'timetable.csv, line 3, column "class": the class is empty.',
        ),
        (
            "timetable.csv",
            "class,day,start,end\n8B Maths,Mon,9:00,8:00\n",
            'timetable.csv, line 2, column "end": the lesson ends before it starts.',
        ),
        (
            "what.csv",
            "name,when\nx,y\n",
            "what.csv, line 1: this is neither bell times (columns period, start, end and "
            "optionally days) nor a timetable (columns class, day, period, room, teacher).",
        ),
    ],
)
def test_bad_files_are_refused_naming_line_and_column(
    tmp_path: Path, name: str, text: str, expected: str
) -> None:
    assert _problems(tmp_path, name, text) == [expected]


def test_a_calendar_mixing_holidays_and_lessons_is_refused(tmp_path: Path) -> None:
    text = (
        (DATA / "holidays.ics")
        .read_text()
        .replace(
            "END:VCALENDAR",
            "BEGIN:VEVENT\nUID:x\nDTSTAMP:20261101T000000Z\nDTSTART:20261207T090000Z\n"
            "DTEND:20261207T100000Z\nSUMMARY:8B Maths\nEND:VEVENT\nEND:VCALENDAR",
        )
    )
    (problem,) = _problems(tmp_path, "mixed.ics", text)
    assert "mixes 3 all-day events (holidays) with 1 timed events (lessons)" in problem


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Mon-Fri", "Mon-Fri"),
        ("Mon,Tue,Thu,Fri", "Mon,Tue,Thu,Fri"),
        ("Wed", "Wed"),
        ("Fri,Mon,Tue,Wed", "Mon-Wed,Fri"),
        ("A-Mon-Fri,B-Wed", "A-Mon-Fri,B-Wed"),
        ("Mon,A-Tue", "Mon,A-Tue"),
    ],
)
def test_days_are_written_back_the_short_way(text: str, short: str) -> None:
    from attendance_desktop.timetable.week import describe_days

    assert describe_days(parse_days(text)) == short
    assert parse_days(short) == parse_days(text)
