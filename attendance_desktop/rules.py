"""The attendance rules the register applies, with no Qt and no database.

- Check-in time: recorded when a student is marked present or late, kept when a
  present mark becomes late or back, cleared when the mark is absent or excused.
- Grace period: marking a student with the school's Present code after the
  lesson's start plus the class's grace minutes gives Late instead.  The
  teacher overrides that by giving Present again to a row that is Late: the
  second Present is taken at its word (change kind ``override``).
- Cycling (Space, a click on the status): steps through the active codes in
  their sort order, exactly, without the grace rule; it is an explicit choice.
- After the lesson: a register taken once the lesson has ended (catching up at the
  end of the day) makes no one Late by itself, and no check-in time is later than
  the lesson's end: Present is checked in at the start, Late at the end.

The clock is a plain callable passed in, so tests can stop and move time.
"""

from __future__ import annotations

import os
import time as _time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any, ClassVar, Protocol, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from attendance_desktop import i18n
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate


class _CodeFields(Protocol):
    """What ``in_language`` reads and changes: ``Code`` and ``school.CodeRow`` both have it."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    @property
    def code(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def shortcut(self) -> str: ...
    @property
    def category(self) -> str: ...


_C = TypeVar("_C", bound=_CodeFields)

#: A clock returns the current time, timezone-aware.
Clock = Callable[[], datetime]

#: Categories whose marks carry a check-in time (the student is in the room).
CHECKED_IN_CATEGORIES = frozenset({"present", "late"})


def system_clock() -> datetime:
    """The real time, in UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class Code:
    """An attendance code as the register needs it (a plain copy of ``AttendanceCode``)."""

    id: int
    code: str
    label: str
    category: str
    counts_as_present: bool
    shortcut: str
    colour: str
    sort_order: int = 0

    @property
    def checks_in(self) -> bool:
        return self.category in CHECKED_IN_CATEGORIES

    @classmethod
    def from_row(cls, row: Any) -> Code:
        """From an ``AttendanceCode`` (or anything with the same attributes)."""
        return cls(
            id=row.id,
            code=row.code,
            label=row.label,
            category=row.category,
            counts_as_present=row.counts_as_present,
            shortcut=row.shortcut,
            colour=row.colour,
            sort_order=row.sort_order,
        )


class Codebook:
    """The active codes, looked up by id, by shortcut key and by meaning."""

    def __init__(self, codes: Iterable[Code]) -> None:
        self.codes: list[Code] = sorted(codes, key=lambda c: (c.sort_order, c.id))
        self.by_id: dict[int, Code] = {c.id: c for c in self.codes}
        self.by_shortcut: dict[str, Code] = {
            c.shortcut.upper(): c for c in self.codes if c.shortcut
        }
        #: The school's main Present and Late codes (the first of each category).
        self.present: Code | None = next((c for c in self.codes if c.category == "present"), None)
        self.late: Code | None = next((c for c in self.codes if c.category == "late"), None)

    def __len__(self) -> int:
        return len(self.codes)

    def get(self, code_id: int | None) -> Code | None:
        return None if code_id is None else self.by_id.get(code_id)

    def for_key(self, text: str) -> Code | None:
        """The code whose shortcut is ``text`` (one character, any case), if any."""
        return self.by_shortcut.get(text.upper()) if len(text) == 1 else None

    def next_in_cycle(self, code_id: int | None) -> Code:
        """The code after ``code_id`` in sort order; an unmarked row starts at the first."""
        if not self.codes:
            raise ValueError("there are no active attendance codes")
        current = self.get(code_id)
        if current is None:
            return self.codes[0]
        index = self.codes.index(current)
        return self.codes[(index + 1) % len(self.codes)]


# --- the default codes in the reader's language ---------------------------------------------

#: The codes a new database is seeded with (migration 0001), as stored: category ->
#: (code, label, key).  A row still exactly like one of these is the school's untouched
#: default, shown in the reader's language; once the office edits it, it is theirs.
DEFAULT_CODES = {
    "present": ("P", QT_TRANSLATE_NOOP("Codes", "Present"), "P"),
    "absent": ("A", QT_TRANSLATE_NOOP("Codes", "Absent"), "A"),
    "late": ("L", QT_TRANSLATE_NOOP("Codes", "Late"), "L"),
    "excused": ("E", QT_TRANSLATE_NOOP("Codes", "Excused"), "E"),
}
#: The default codes' letter in each language (the code and its key are the same letter):
#: the first letter of the word a teacher says, chosen so that the four differ.
LANGUAGE_LETTERS = {
    "en": {"present": "P", "absent": "A", "late": "L", "excused": "E"},
    "de": {"present": "A", "absent": "F", "late": "V", "excused": "E"},  # anwesend, fehlt ...
    "fr": {"present": "P", "absent": "A", "late": "R", "excused": "E"},  # présent, en retard
    "es": {"present": "P", "absent": "A", "late": "R", "excused": "J"},  # retraso, justificado
}


def is_default(code: str, label: str, shortcut: str, category: str) -> bool:
    """Whether a stored code is one of the seeded defaults, untouched (code, label, key)."""
    default = DEFAULT_CODES.get(category)
    return default is not None and (code, label, shortcut) == default


def language_letters(language: str | None = None) -> dict[str, str]:
    """Category -> the default codes' letter in ``language`` (the one in use if None)."""
    chosen = i18n.language() if language is None else language
    return LANGUAGE_LETTERS.get(chosen, LANGUAGE_LETTERS[i18n.SOURCE_LANGUAGE])


def in_language(codes: Sequence[_C], language: str | None = None) -> list[_C]:
    """``codes`` as the reader sees them: the untouched defaults in the reader's language.

    The one place that decides it, for the register, the Settings page, reports,
    exports and printing (they all call it, directly or through
    ``school.load_codes``).  A default code gets the language's label and letter
    (code and key); a code the school made or edited stays as the school wrote
    it.  Keys and codes stay unique in the set: if one of the school's own codes
    already uses a letter the defaults would take, the defaults keep their stored
    letters (their labels are still translated).  Pass every code, in use or not,
    so the register and Settings agree.
    """
    letters = language_letters(language)
    defaults = [c for c in codes if is_default(c.code, c.label, c.shortcut, c.category)]
    own = [c for c in codes if not is_default(c.code, c.label, c.shortcut, c.category)]
    taken_keys = {c.shortcut.upper() for c in own}
    taken_codes = {c.code.upper() for c in own}
    wanted = {letters[c.category] for c in defaults}
    clash = bool(wanted & (taken_keys | taken_codes))
    shown: dict[int, _C] = {}
    for c in defaults:
        letter = c.code if clash else letters[c.category]
        key = c.shortcut if clash else letters[c.category]
        label = translate("Codes", DEFAULT_CODES[c.category][1])
        shown[id(c)] = replace(c, code=letter, label=label, shortcut=key)
    return [shown.get(id(c), c) for c in codes]


@dataclass(frozen=True)
class Mark:
    """The part of an attendance row the rules look at and change."""

    code_id: int | None
    check_in_time: datetime | None = None


@dataclass(frozen=True)
class Decision:
    """What to write for a request: the resulting mark and the change-log kind."""

    code_id: int
    check_in_time: datetime | None
    kind: str
    #: True when Present was turned into Late by the grace period.
    auto_late: bool = False

    def changes(self, current: Mark) -> dict[str, Any]:
        """The fields that differ from ``current`` (empty: nothing to write)."""
        result: dict[str, Any] = {}
        if self.code_id != current.code_id:
            result["code_id"] = self.code_id
        if self.check_in_time != current.check_in_time:
            result["check_in_time"] = self.check_in_time
        return result


def late_after(lesson_start: datetime, grace_minutes: int) -> datetime:
    """The moment after which a student arriving is late."""
    return lesson_start + timedelta(minutes=max(grace_minutes, 0))


def is_late(now: datetime, lesson_start: datetime, grace_minutes: int) -> bool:
    """True strictly after the grace period: at exactly start + grace one is still on time."""
    return now > late_after(lesson_start, grace_minutes)


def decide(
    requested: Code,
    current: Mark,
    *,
    codes: Codebook,
    lesson_start: datetime,
    grace_minutes: int,
    now: datetime,
    apply_grace: bool = True,
    lesson_end: datetime | None = None,
) -> Decision:
    """The mark to store when the teacher asks for ``requested`` on a row holding ``current``.

    ``apply_grace`` is True for the shortcut keys and "everyone present", False
    for explicit choices (cycling, the menu) which are taken literally.  Late is
    automatic only while the lesson runs (before ``lesson_end``, when given).
    """
    over = lesson_end is not None and now >= lesson_end
    stored = codes.get(current.code_id)
    was_checked_in = stored is not None and stored.checks_in and current.check_in_time is not None
    result = requested
    kind = "mark"
    auto_late = False
    if apply_grace and codes.present is not None and requested.id == codes.present.id:
        if stored is not None and stored.category == "late":
            kind = "override"  # Present on a Late row: the teacher insists.
        elif (
            not was_checked_in
            and not over
            and codes.late is not None
            and is_late(now, lesson_start, grace_minutes)
        ):
            result = codes.late
            auto_late = True
    if not result.checks_in:
        check_in = None
    elif was_checked_in:
        check_in = current.check_in_time  # they arrived when they arrived
    elif over and lesson_end is not None:
        # Caught up after the lesson: the time of the key press says nothing of arrival.
        check_in = lesson_end if result.category == "late" else lesson_start
    else:
        check_in = now
    return Decision(code_id=result.id, check_in_time=check_in, kind=kind, auto_late=auto_late)


# --- days and time zones ---------------------------------------------------------------------


class SystemLocalTime(tzinfo):
    """The computer's own zone, following its daylight-saving rules instant by instant.

    Used only when the zone has no IANA name (Windows, a POSIX ``TZ`` rule).
    ``datetime.now().astimezone().tzinfo`` would be today's fixed offset, an hour
    off for every date across a clock change.
    """

    def _local(self, dt: datetime) -> _time.struct_time:
        if dt.tzinfo is self:
            stamp = _time.mktime((*dt.replace(tzinfo=None).timetuple()[:8], -1))
        else:
            stamp = dt.replace(tzinfo=UTC).timestamp()
        return _time.localtime(stamp)

    def utcoffset(self, dt: datetime | None) -> timedelta:
        moment = dt or datetime.now(self)
        return timedelta(seconds=self._local(moment).tm_gmtoff)

    def dst(self, dt: datetime | None) -> timedelta:
        moment = dt or datetime.now(self)
        return timedelta(hours=1) if self._local(moment).tm_isdst > 0 else timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return self._local(dt or datetime.now(self)).tm_zone

    def fromutc(self, dt: datetime) -> datetime:
        stamp = dt.replace(tzinfo=UTC).timestamp()
        offset = _time.localtime(stamp).tm_gmtoff
        return (dt + timedelta(seconds=offset)).replace(tzinfo=self)

    def __repr__(self) -> str:
        return "SystemLocalTime()"


def machine_zone_key() -> str:
    """The IANA name of this computer's zone, from $TZ or /etc/localtime, or ''."""
    from_env = os.environ.get("TZ")
    if from_env is not None:
        # $TZ overrides /etc/localtime; a POSIX rule string ("EST5EDT,M3.2.0,...") has no
        # IANA name, and the system's own rules (zone None) follow it.
        key = from_env.strip().lstrip(":")
        try:
            ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError):
            return ""
        return key
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return ""
    marker = "/zoneinfo/"
    if marker in target:
        return target.split(marker, 1)[1]
    return ""


def local_zone(name: str = "") -> tzinfo:
    """The IANA zone ``name``, or the machine's own zone when it is empty or unknown."""
    for candidate in (name, machine_zone_key()):
        if candidate:
            try:
                return ZoneInfo(candidate)
            except (ZoneInfoNotFoundError, ValueError):
                pass
    return SystemLocalTime()


def day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The UTC instants where ``day`` starts and the next day starts, in ``zone``."""
    start = datetime.combine(day, time(0), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def local_day(moment: datetime, zone: tzinfo) -> date:
    return moment.astimezone(zone).date()


def initials(first: str, last: str) -> str:
    """Two letters for an avatar: "Ava Abbott" -> "AA"; tolerates empty names."""
    letters = [part.strip()[:1] for part in (first, last) if part and part.strip()]
    return "".join(letters).upper() or "?"
