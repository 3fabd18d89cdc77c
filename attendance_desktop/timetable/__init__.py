"""The school day: bell times, the weekly timetable, non-school days, and the lessons they
make (no Qt).  See ``reading`` for the files it reads."""

from __future__ import annotations

from attendance_desktop.timetable.reading import (
    BELL_TIMES,
    CALENDAR_LESSONS,
    NON_SCHOOL_DAYS,
    TIMETABLE,
    BellPeriod,
    Closure,
    Slot,
    TimetablePlan,
    read_timetable,
)
from attendance_desktop.timetable.week import Day, parse_day, parse_days, parse_time, week_of

__all__ = [
    "BELL_TIMES",
    "CALENDAR_LESSONS",
    "NON_SCHOOL_DAYS",
    "TIMETABLE",
    "BellPeriod",
    "Closure",
    "Day",
    "Slot",
    "TimetablePlan",
    "parse_day",
    "parse_days",
    "parse_time",
    "read_timetable",
    "week_of",
]
