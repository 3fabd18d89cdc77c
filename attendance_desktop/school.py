"""The school's own settings and attendance codes, as stored in its database (no Qt here).

One home for what every PC must agree on: the school's name, its time zone,
the default grace period and the marks teachers can give.  The zone is read
from the database only, never from a copy kept on one PC, so every classroom
shows the same day's lessons.

The Settings dialog edits these through ``load_school`` / ``save_school``; the
checks it shows as a person types (``code_problem``, ``shortcut_problem``) are
the same ones ``save_codes`` applies, so nothing the dialog refuses can be
written by another caller either.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from attendance_desktop import errors, rules
from attendance_desktop.db.models import CODE_CATEGORIES, AttendanceCode, SchoolSetting
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate
from attendance_desktop.text import clean_line

#: The settings every PC reads at start-up and the reports print.
SCHOOL_KEYS = ("school_name", "time_zone")

#: Letters the register itself uses, so no code may take them (unless the default codes
#: of the language in use do: Spanish J for justificado; a code's key wins in the register).
RESERVED_KEYS = {
    "J": QT_TRANSLATE_NOOP("School", "J cannot be a code's key: in the register it moves down."),
    "K": QT_TRANSLATE_NOOP("School", "K cannot be a code's key: in the register it moves up."),
    "N": QT_TRANSLATE_NOOP(
        "School", "N cannot be a code's key: in the register it opens the note."
    ),
}
#: The longest grace period the school may set, in minutes.
MAX_GRACE_MINUTES = 120
DEFAULT_GRACE_MINUTES = 5
#: The longest short code and label the database holds.
MAX_CODE_LENGTH = 8
MAX_LABEL_LENGTH = 100

_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def school_settings(session: Session) -> dict[str, str]:
    """The school-wide settings (school_name, time_zone) as stored."""
    return {
        key: value
        for key, value in session.execute(
            select(SchoolSetting.key, SchoolSetting.value).where(SchoolSetting.key.in_(SCHOOL_KEYS))
        )
    }


def zone_name(session: Session) -> str:
    """The school's IANA time zone name as stored ('' when the office has not set one)."""
    value = session.scalar(select(SchoolSetting.value).where(SchoolSetting.key == "time_zone"))
    return (value or "").strip()


def school_zone(session: Session) -> tzinfo:
    """The school's time zone, or this computer's when none is set or it is unknown here."""
    return rules.local_zone(zone_name(session))


# --- the register's settings ------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterValues:
    """The school-wide register settings kept in ``school_setting``."""

    school_name: str = ""
    #: An IANA name; empty means each computer's own zone.
    time_zone: str = ""
    default_grace_minutes: int = DEFAULT_GRACE_MINUTES


def load_register_values(session: Session) -> RegisterValues:
    """The stored values; a damaged grace period reads as the default, clamped to the range."""
    stored = {s.key: s.value for s in session.scalars(select(SchoolSetting))}
    try:
        grace = int(stored.get("default_grace_minutes", str(DEFAULT_GRACE_MINUTES)))
    except ValueError:
        grace = DEFAULT_GRACE_MINUTES
    return RegisterValues(
        school_name=stored.get("school_name", ""),
        time_zone=stored.get("time_zone", ""),
        default_grace_minutes=min(max(grace, 0), MAX_GRACE_MINUTES),
    )


def save_register_values(session: Session, values: RegisterValues) -> None:
    """Store ``values`` (names trimmed), touching only the rows that change."""
    for key, value in (
        ("school_name", clean_line(values.school_name)),
        ("time_zone", values.time_zone.strip()),
        ("default_grace_minutes", str(values.default_grace_minutes)),
    ):
        row = session.get(SchoolSetting, key)
        if row is None:
            session.add(SchoolSetting(key=key, value=value))
        elif row.value != value:
            row.value = value


# --- attendance codes ---------------------------------------------------------------------------


@dataclass
class CodeRow:
    """One attendance code as the Settings dialog edits it (``id`` is None until it is saved)."""

    id: int | None
    code: str
    label: str
    category: str
    counts_as_present: bool
    shortcut: str
    colour: str
    active: bool = True


def is_colour(text: str) -> bool:
    """Whether ``text`` is a colour as codes store it: ``#`` and six hex digits."""
    return _COLOUR.fullmatch(text) is not None


def reserved_keys() -> set[str]:
    """The letters no code may take, in the language in use."""
    return set(RESERVED_KEYS) - set(rules.language_letters().values())


def load_codes(session: Session) -> list[CodeRow]:
    """Every code, in use or not, in the register's order; the untouched defaults in the
    reader's language (``rules.in_language``)."""
    return rules.in_language(_stored_codes(session))


def _stored_codes(session: Session) -> list[CodeRow]:
    return [
        CodeRow(
            id=c.id,
            code=c.code,
            label=c.label,
            category=c.category,
            counts_as_present=c.counts_as_present,
            shortcut=c.shortcut,
            colour=c.colour,
            active=c.active,
        )
        for c in session.scalars(
            select(AttendanceCode).order_by(AttendanceCode.sort_order, AttendanceCode.id)
        )
    ]


def save_codes(session: Session, rows: Sequence[CodeRow]) -> list[CodeRow]:
    """Write the codes in ``rows`` (their order becomes the register's order); returns them.

    Letters and codes are unique in the database, so a swap (P <-> A) or a chain
    of changes would trip the constraint half-way; every changed row first moves
    to a placeholder nobody can type, then everything takes its final value.
    """
    problems = table_problems(rows)
    if problems:
        raise errors.KnownError(problems[0])
    shown = rows
    stored = {c.id: c for c in session.scalars(select(AttendanceCode))}
    missing = [row.label for row in rows if row.id is not None and row.id not in stored]
    if missing:
        label = missing[0]
        raise errors.KnownError(
            translate(
                "School", "The code \u201c{label}\u201d was removed on another computer meanwhile."
            ).format(label=label),
            hint=translate("School", "Close Settings and open it again to see the current codes."),
        )
    rows = _as_stored(session, rows)
    moved = 0
    for row in rows:
        if row.id is None:
            continue
        current = stored[row.id]
        if current.shortcut != row.shortcut or current.code != row.code:
            current.shortcut = chr(0xE000 + moved)  # a private-use character
            current.code = f"~{moved}"
            moved += 1
    if moved:
        session.flush()
    saved: list[CodeRow] = []
    for index, (row, seen) in enumerate(zip(rows, shown, strict=True)):
        values = {
            "code": row.code,
            "label": clean_line(row.label),
            "category": row.category,
            "counts_as_present": row.counts_as_present,
            "shortcut": row.shortcut,
            "colour": row.colour,
            "active": row.active,
            "sort_order": (index + 1) * 10,
        }
        if row.id is None:
            target = AttendanceCode(**values)
            session.add(target)
        else:
            target = stored[row.id]
            for name, value in values.items():
                if getattr(target, name) != value:
                    setattr(target, name, value)
        session.flush()
        saved.append(replace(seen, id=target.id, label=clean_line(seen.label)))
    return saved


def _as_stored(session: Session, rows: Sequence[CodeRow]) -> list[CodeRow]:
    """``rows`` to write: a default code left as Settings showed it (in the reader's
    language) keeps its stored values, so it goes on following each reader's language.

    Only if that would make two codes share a letter (the office gave one of its own
    codes a letter the language's defaults use) is everything written as shown.
    """
    shown = {row.id: row for row in load_codes(session)}
    stored = {row.id: row for row in _stored_codes(session)}
    result: list[CodeRow] = []
    for row in rows:
        before = shown.get(row.id)
        original = stored.get(row.id)
        if (
            before is not None
            and original is not None
            and rules.is_default(
                original.code, original.label, original.shortcut, original.category
            )
            and (row.code, row.label.strip(), row.shortcut, row.category)
            == (before.code, before.label, before.shortcut, before.category)
        ):
            row = replace(row, code=original.code, label=original.label, shortcut=original.shortcut)
        result.append(row)
    keys = [row.shortcut for row in result]
    codes = [row.code.upper() for row in result]
    if len(set(keys)) < len(keys) or len(set(codes)) < len(codes):
        return list(rows)
    return result


def shortcut_problem(rows: Sequence[CodeRow], row: int, key: str) -> str | None:
    """Why ``key`` cannot be the shortcut of ``rows[row]``, or None if it can."""
    if len(key) != 1 or key not in string.ascii_uppercase:
        return translate("School", "A code's key is one letter, A to Z.")
    if key in reserved_keys():
        return translate("School", RESERVED_KEYS[key])
    for other_index, other in enumerate(rows):
        if other_index != row and other.shortcut == key:
            label = other.label
            if other.active:
                return translate(
                    "School",
                    "The key {key} is already used by \u201c{label}\u201d. "
                    "Give that code another key first.",
                ).format(key=key, label=label)
            return translate(
                "School",
                "The key {key} is already used by \u201c{label}\u201d (not in use, but its key "
                "is still taken). Give that code another key first.",
            ).format(key=key, label=label)
    return None


def code_problem(rows: Sequence[CodeRow], row: int, code: str) -> str | None:
    """Why ``code`` cannot be the short code of ``rows[row]``, or None if it can."""
    if not code:
        return translate(
            "School", "A code needs a short code (up to 8 characters), for example P or SICK."
        )
    if len(code) > MAX_CODE_LENGTH:
        return translate("School", "A short code has at most 8 characters.")
    for other_index, other in enumerate(rows):
        if other_index != row and other.code.upper() == code.upper():
            label = other.label
            return translate(
                "School", "The short code {code} is already used by \u201c{label}\u201d."
            ).format(code=code, label=label)
    return None


def table_problems(rows: Sequence[CodeRow]) -> list[str]:
    """Problems that make the whole set of codes unusable, in plain words."""
    problems: list[str] = []
    for index, row in enumerate(rows):
        number = index + 1
        name = row.label.strip() or translate("School", "row {number}").format(number=number)
        if not row.label.strip():
            problems.append(
                translate(
                    "School", "The code in row {number} needs a label, for example Present."
                ).format(number=number)
            )
        for problem in (
            code_problem(rows, index, row.code),
            shortcut_problem(rows, index, row.shortcut),
        ):
            if problem:
                problems.append(
                    translate("School", "{name}: {problem}").format(name=name, problem=problem)
                )
        if row.category not in CODE_CATEGORIES:
            problems.append(
                translate(
                    "School", "{name}: choose what the code means (present, late, absent...)."
                ).format(name=name)
            )
        if not is_colour(row.colour):
            problems.append(
                translate("School", "{name}: the colour must look like #2E7D32.").format(name=name)
            )
    if not any(r.active and r.category == "present" for r in rows):
        problems.append(
            translate(
                "School", "At least one code in use must mean Present, for the register to work."
            )
        )
    return problems


# --- the Settings dialog's one load and one save ----------------------------------------------


def load_school(session: Session) -> tuple[list[CodeRow], RegisterValues]:
    """The codes and the register settings, read together when Settings opens."""
    return load_codes(session), load_register_values(session)


def save_school(
    session: Session, codes: Sequence[CodeRow] | None, register: RegisterValues | None
) -> list[CodeRow] | None:
    """Save whichever of the two changed, in one transaction; the saved codes, if any."""
    if register is not None:
        save_register_values(session, register)
    if codes is not None:
        return save_codes(session, codes)
    return None
