"""Days of the school week as school offices write them: "Mon", "Mon-Fri", "A-Wed" (no Qt).

A *day* is a weekday (0 = Monday .. 6 = Sunday) and, for schools on a two-week
rotation, the week it belongs to ("A" or "B"; "" when every week is the same).
Which week a date is in follows from the rotation's first Monday of week A.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta

from attendance_desktop.i18n import translate

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ALIASES = {
    **{name.casefold(): number for number, name in enumerate(WEEKDAY_NAMES)},
    **{
        name.casefold(): number
        for number, name in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        )
    },
    "tues": 1,
    "weds": 2,
    "thur": 3,
    "thurs": 3,
    **{str(number + 1): number for number in range(7)},  # ISO 8601: 1 = Monday
}
WEEKS = ("", "A", "B")


@dataclass(frozen=True, order=True)
class Day:
    """A weekday, in every week (``week`` "") or in week "A" or "B" of a rotation."""

    week: str
    weekday: int

    def __str__(self) -> str:
        name = WEEKDAY_NAMES[self.weekday]
        return f"{self.week}-{name}" if self.week else name


class BadDay(ValueError):
    """A day that cannot be read; the message says what is accepted."""


def _weekday(text: str) -> int:
    number = _ALIASES.get(text.strip().casefold())
    if number is None:
        raise BadDay(
            translate(
                "SchoolDay", '"{text}" is not a day of the week; write Mon, Tue, Wed, Thu or Fri.'
            ).format(text=text)
        )
    return number


def parse_day(text: str) -> Day:
    """ "Mon" -> every Monday; "A-Mon" / "B-Mon" -> Monday of week A / B."""
    match = re.fullmatch(r"\s*(?:([AaBb])\s*[-: ]\s*)?(\S+)\s*", text)
    if not match:
        raise BadDay(
            translate(
                "SchoolDay", '"{text}" is not a day; write Mon..Fri, or A-Mon..B-Fri on a rotation.'
            ).format(text=text)
        )
    week = (match.group(1) or "").upper()
    return Day(week, _weekday(match.group(2)))


def parse_days(text: str) -> frozenset[Day]:
    """ "Mon-Fri", "Wed", "Mon,Tue,Thu", "A-Mon-A-Fri" is not needed: "Mon-Thu" etc.

    An empty text means every weekday, Monday to Friday.
    """
    text = text.strip()
    if not text:
        return frozenset(Day("", n) for n in range(5))
    days: set[Day] = set()
    for part in re.split(r"[,;/ ]+", text):
        if not part:
            continue
        week_match = re.fullmatch(r"([AaBb])\s*[-:]\s*(.+)", part)
        week = week_match.group(1).upper() if week_match else ""
        body = week_match.group(2) if week_match else part
        if "-" in body:
            first, _, last = body.partition("-")
            start, end = _weekday(first), _weekday(last)
            if end < start:
                raise BadDay(
                    translate("SchoolDay", '"{text}": the first day comes after the last.').format(
                        text=part
                    )
                )
            days.update(Day(week, n) for n in range(start, end + 1))
        else:
            days.add(Day(week, _weekday(body)))
    return frozenset(days)


def parse_time(text: str) -> time:
    """ "08:50", "8:50", "0850", "8.50" -> 08:50."""
    match = re.fullmatch(r"\s*(\d{1,2})\s*[:.h]?\s*(\d{2})\s*", text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValueError(
            translate("SchoolDay", '"{text}" is not a time of day; write it as 08:50.').format(
                text=text
            )
        )
    return time(int(match.group(1)), int(match.group(2)))


def week_of(day: date, week_a_monday: date | None) -> str:
    """ "A" or "B" for ``day`` on a rotation that starts with week A on ``week_a_monday``;
    "" when the school has no rotation."""
    if week_a_monday is None:
        return ""
    monday = day - timedelta(days=day.weekday())
    weeks = (monday - week_a_monday).days // 7
    return "A" if weeks % 2 == 0 else "B"


def matches(days: frozenset[Day], day: date, week: str) -> bool:
    """Whether ``day`` (in rotation week ``week``) is one of ``days``."""
    return Day("", day.weekday()) in days or (bool(week) and Day(week, day.weekday()) in days)


def describe_days(days: frozenset[Day]) -> str:
    """The short way an office writes ``days``: "Mon-Fri", "Wed", "Mon,Tue,Thu,Fri",
    "A-Mon-Fri"; ``parse_days`` reads it back to the same days."""
    parts: list[str] = []
    for week in WEEKS:
        numbers = sorted(d.weekday for d in days if d.week == week)
        prefix = f"{week}-" if week else ""
        runs: list[list[int]] = []
        for number in numbers:
            if runs and number == runs[-1][-1] + 1:
                runs[-1].append(number)
            else:
                runs.append([number])
        for run in runs:
            first, last = WEEKDAY_NAMES[run[0]], WEEKDAY_NAMES[run[-1]]
            if len(run) >= 3:
                parts.append(f"{prefix}{first}-{last}")
            else:
                parts.extend(f"{prefix}{WEEKDAY_NAMES[n]}" for n in run)
    return ",".join(parts)
