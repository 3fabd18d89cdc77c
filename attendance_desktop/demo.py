"""A realistic demo school, so a teacher can try the app before importing a real roster.

Five teachers each take two classes drawn from five tutor groups of 20 to 35
students with names from many cultures.  The weekly timetable gives every
teacher three lessons a day in the school's local time (converted to UTC for
the database).  The past three weeks of lessons are closed registers with
marks - mostly present, with a few students who are often late or often
absent, someone off ill for a few days, a student who joined recently - and
today's and next week's lessons are planned, ready to be taken.

Marks are bulk-inserted for speed, but written exactly as ``repository.mark``
would write them: each marked row has ``version == 1 + number of its
AttendanceChange rows``.  Today's lessons are always created, even on a
weekend, so the demo has something to show whenever it is opened.

Qt-free: the command line (``--demo``) and the first-run dialog both call
``load_demo_school`` from a worker with a session they own and commit.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from attendance_desktop import errors, school
from attendance_desktop.db.models import (
    Attendance,
    AttendanceChange,
    AttendanceCode,
    BellPeriod,
    ClassSession,
    Enrollment,
    SchoolClass,
    SchoolSetting,
    Student,
    Teacher,
    TimetableSlot,
)
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate
from attendance_desktop.timetable import school_day

# The school's name, the subjects and the notes are written into the database in the
# language the demo is loaded in (translated at load time); people's names and the
# rooms stay as they are.
DEMO_SCHOOL_NAME = QT_TRANSLATE_NOOP("Demo", "Riverside Academy (demo)")
#: Weeks of closed registers before today.
HISTORY_WEEKS = 3
#: Days after today with planned lessons.
UPCOMING_DAYS = 7

#: (title, first name, surname, subject, room)
TEACHERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("Ms", "Zoë", "Laurent", QT_TRANSLATE_NOOP("Demo", "English"), "E12"),
    ("Mr", "José", "Martínez", QT_TRANSLATE_NOOP("Demo", "Maths"), "M3"),
    ("Dr", "Priya", "Raman", QT_TRANSLATE_NOOP("Demo", "Science"), "S4 Lab"),
    ("Mr", "Tomasz", "Wiśniewski", QT_TRANSLATE_NOOP("Demo", "History"), "H2"),
    ("Mrs", "Ngozi", "Adeyemi", QT_TRANSLATE_NOOP("Demo", "French"), "L7"),
)
TUTOR_GROUPS = ("7A", "7C", "8B", "9D", "10A")

#: The school day in local time: (start, end) of each lesson.
PERIODS: tuple[tuple[time, time], ...] = (
    (time(8, 50), time(9, 45)),
    (time(9, 45), time(10, 40)),
    (time(11, 0), time(11, 55)),
    (time(11, 55), time(12, 50)),
    (time(13, 40), time(14, 35)),
    (time(14, 35), time(15, 30)),
)

FIRST_NAMES = (
    "Zoë", "José", "Amara", "Liam", "Aisha", "Mateo", "Chloé", "Noah", "Priya", "Oliver",
    "Fatima", "Lucas", "Mei", "Ethan", "Sofía", "Yusuf", "Isla", "Kofi", "Hana", "Daniel",
    "Leila", "Finn", "Anaïs", "Arjun", "Maya", "Tomás", "Nia", "Jakub", "Freya", "Omar",
    "Elif", "Kai", "Ingrid", "Rafael", "Amelia", "Chidi", "Saoirse", "Léa", "Mohammed", "Ava",
    "Emre", "Björn", "Ananya", "Jamal", "Niamh", "Dmitri", "Lucía", "Thabo", "Grace", "Wei",
    "Aaliyah", "Santiago", "Inès", "Ravi", "Maëlle", "Oscar", "Yara", "Kwame", "Elena", "Siobhán",
    "Mustafa", "Aoife", "Joaquín", "Ruby", "Hamza", "Astrid", "Ibrahim", "Camille", "Tariq",
    "Emily", "Zainab", "Jonas", "Ayesha", "Malik", "Olivia", "Andrés", "Sakura", "Ewan", "Noor",
    "Marek", "Isabella", "Adebayo", "Kiran", "Renée", "Samuel", "Ngozi", "Harper", "Mia", "Jin",
    "Farah", "Mikael", "Esperanza", "Declan", "Yasmin", "Hugo", "Ama", "Luca", "Tyler", "Lin",
)  # fmt: skip
LAST_NAMES = (
    "Okafor", "García", "Nguyen", "Smith", "Kowalski", "Müller", "O'Brien", "Patel", "Haddad",
    "Jensen", "Rossi", "Yılmaz", "Kim", "Dubois", "Mensah", "Fernández", "Novak", "Ahmed",  # noqa: RUF001 (Turkish)
    "Walsh", "Tanaka", "Johansson", "Brown", "da Silva", "Khan", "Murphy", "Lefèvre",
    "Chowdhury", "Nowak", "Hernández", "Williams", "Adeyemi", "Papadopoulos", "Schmidt", "Singh",
    "Cohen", "Svensson", "Ali", "Moreau", "Osei", "Chen", "Costa", "Byrne", "Nakamura", "Jones",
    "Rahman", "Ferreira", "van der Berg", "Taylor", "Sánchez", "Eriksen", "Lindqvist", "Hughes",
    "Gonçalves", "Park", "Kaur", "Bianchi", "Doyle", "Zhang", "Wójcik", "Evans", "Ortiz",
    "Abubakar", "Fitzgerald", "Søndergaard", "Nair", "Reyes", "MacLeod", "Baptiste", "Hoffmann",
    "Ibáñez", "Kovačević", "Nørgaard", "Ó Súilleabháin", "Achebe", "Dąbrowski", "Mahlangu",
)  # fmt: skip
#: A few students go by another name: (first name, preferred name).
PREFERRED_NAMES = (
    ("Alexander", "Sasha"),
    ("Oluwaseun", "Seun"),
    ("Katherine", "Kate"),
    ("Guillermo", "Memo"),
    ("Anastasia", "Nastya"),
    ("Maximilian", "Max"),
)

LATE_NOTES = (
    QT_TRANSLATE_NOOP("Demo", "Bus was late"),
    QT_TRANSLATE_NOOP("Demo", "Came from a music lesson"),
    QT_TRANSLATE_NOOP("Demo", "Overslept"),
    QT_TRANSLATE_NOOP("Demo", "Was at the nurse"),
)
EXCUSED_NOTES = (
    QT_TRANSLATE_NOOP("Demo", "Dentist appointment"),
    QT_TRANSLATE_NOOP("Demo", "School trip"),
    QT_TRANSLATE_NOOP("Demo", "Sports fixture"),
    QT_TRANSLATE_NOOP("Demo", "Hospital appointment"),
)
ILL_NOTE = QT_TRANSLATE_NOOP("Demo", "Ill - parent phoned the office")
OFFICE_STAFF = QT_TRANSLATE_NOOP("Demo", "Mrs Hall (office)")
FROM_HOME = QT_TRANSLATE_NOOP("Demo", "Note from home")
NO_NOTE_YET = QT_TRANSLATE_NOOP("Demo", "No note from home yet")


@dataclass(frozen=True)
class DemoSummary:
    """What ``load_demo_school`` created (for the status bar, the log and the tests)."""

    school_name: str
    teachers: int
    classes: int
    students: int
    past_sessions: int
    today_sessions: int
    upcoming_sessions: int
    marks: int
    changes: int

    @property
    def sessions(self) -> int:
        return self.past_sessions + self.today_sessions + self.upcoming_sessions


@dataclass(frozen=True)
class _Profile:
    """How a student tends to turn up: weights for present, late, absent, excused."""

    present: float
    late: float
    absent: float
    excused: float

    def pick(self, rng: random.Random) -> str:
        return rng.choices(
            ("present", "late", "absent", "excused"),
            weights=(self.present, self.late, self.absent, self.excused),
        )[0]


STEADY = _Profile(present=96.5, late=2.0, absent=1.0, excused=0.5)
OFTEN_LATE = _Profile(present=70, late=26, absent=3, excused=1)
OFTEN_ABSENT = _Profile(present=72, late=5, absent=19, excused=4)


@dataclass
class _Lesson:
    """One planned or past session, before it has an id."""

    class_index: int
    day: date
    period: int


def load_demo_school(
    session: Session, *, today: date, seed: int = 2026, tz: tzinfo | None = None
) -> DemoSummary:
    """Fill an empty database with a demo school; the caller commits.

    ``tz`` is the school's time zone for the timetable; by default the one in
    the school settings, else this computer's (with its daylight-saving rules).
    Raises ``KnownError`` if the database already has teachers, classes or
    students: the demo never mixes with, or duplicates, a school.
    """
    if any(
        session.scalar(select(model.id).limit(1)) is not None
        for model in (Student, Teacher, SchoolClass)
    ):
        raise errors.KnownError(
            translate(
                "Demo",
                "The demo school can only be loaded into an empty database; this one already "
                "has teachers, classes or students.",
            ),
            hint=translate(
                "Demo",
                "Start the demo on its own with `attendance-desktop --demo`, or point the app "
                "at a new database file in Settings > Database.",
            ),
        )
    rng = random.Random(seed)
    codes = _codes_by_category(session)
    zone = tz or school.school_zone(session)
    grace = _default_grace_minutes(session)

    teachers = [
        Teacher(
            display_name=f"{title} {first} {last}",
            email=f"{_ascii(first)}.{_ascii(last)}@riverside.example".lower(),
        )
        for title, first, last, _subject, _room in TEACHERS
    ]
    session.add_all(teachers)
    session.flush()

    past_days = _school_days_before(today, HISTORY_WEEKS * 5)
    groups = _make_groups(rng, joined_recently=past_days[-5])
    students = [student for group in groups for student, _joined in group]
    session.add_all(students)
    session.flush()

    # Teacher i teaches groups i and i+1, so every group has two subjects and every
    # teacher two classes.
    classes: list[SchoolClass] = []
    class_groups: list[int] = []
    for t, (_title, _first, _last, subject_source, room) in enumerate(TEACHERS):
        subject = translate("Demo", subject_source)
        for g in (t, (t + 1) % len(TUTOR_GROUPS)):
            classes.append(
                SchoolClass(
                    name=f"{TUTOR_GROUPS[g]} {subject}",
                    subject=subject,
                    room=room,
                    teacher_id=teachers[t].id,
                    grace_minutes=grace,
                )
            )
            class_groups.append(g)
    session.add_all(classes)
    session.flush()

    for klass, g in zip(classes, class_groups, strict=True):
        session.add_all(
            Enrollment(class_id=klass.id, student_id=student.id, start_date=joined)
            for student, joined in groups[g]
        )

    timetable = _weekly_timetable(rng, class_groups)
    upcoming_days = [
        today + timedelta(days=n)
        for n in range(1, UPCOMING_DAYS + 1)
        if (today + timedelta(days=n)).weekday() < 5
    ]
    # On a weekend, today borrows Monday's timetable: the demo always has lessons today.
    today_pattern = today.weekday() if today.weekday() < 5 else 0

    def lessons(days: Sequence[date], pattern: int | None = None) -> list[_Lesson]:
        return [
            _Lesson(class_index, day, period)
            for day in days
            for class_index, period in timetable[day.weekday() if pattern is None else pattern]
        ]

    past = lessons(past_days)
    today_lessons = lessons([today], today_pattern)
    upcoming = lessons(upcoming_days)

    # The lessons come from the timetable, as a real school's do: bell times and weekly
    # slots, then the days built by the same code the lesson list uses.
    _write_timetable(session, classes, timetable, today, today_pattern, past_days[0])
    built = _built_lessons(session, classes, past_days[0], max([today, *upcoming_days]), zone)

    def to_session(lesson: _Lesson, status: str) -> ClassSession:
        cs = built[(lesson.class_index, lesson.day, lesson.period)]
        cs.status = status
        if status == "closed":
            cs.opened_at = cs.start_time + timedelta(seconds=rng.randint(0, 150))
            cs.closed_at = cs.end_time - timedelta(seconds=rng.randint(0, 240))
            cs.created_at = cs.start_time - timedelta(days=30)
            cs.updated_at = cs.end_time
        return cs

    past_sessions = [to_session(lesson, "closed") for lesson in past]
    for lesson in today_lessons + upcoming:
        to_session(lesson, "planned")
    session.flush()

    marks, changes = _write_history(
        session,
        rng,
        past=list(zip(past, past_sessions, strict=True)),
        classes=classes,
        class_groups=class_groups,
        groups=groups,
        codes=codes,
    )
    _set_school_name(session)
    session.flush()
    return DemoSummary(
        school_name=translate("Demo", DEMO_SCHOOL_NAME),
        teachers=len(teachers),
        classes=len(classes),
        students=len(students),
        past_sessions=len(past_sessions),
        today_sessions=len(today_lessons),
        upcoming_sessions=len(upcoming),
        marks=marks,
        changes=changes,
    )


# --- people -----------------------------------------------------------------------------------


def _make_groups(
    rng: random.Random, *, joined_recently: date
) -> list[list[tuple[Student, date | None]]]:
    """Five tutor groups of 20-35 students with unique, plausible names.

    Each entry is the student and the date they joined (None: since the start
    of the year); one student in the school joined on ``joined_recently``.
    """
    used: set[tuple[str, str]] = set()
    preferred = list(PREFERRED_NAMES)
    rng.shuffle(preferred)
    groups: list[list[tuple[Student, date | None]]] = []
    for _group in TUTOR_GROUPS:
        members: list[tuple[Student, date | None]] = []
        for _ in range(rng.randint(20, 35)):
            while True:
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                if (first, last) not in used:
                    break
            used.add((first, last))
            nickname = None
            if preferred and rng.random() < 0.06:
                first, nickname = preferred.pop()
            members.append(
                (Student(first_name=first, last_name=last, preferred_name=nickname), None)
            )
        groups.append(members)
    newcomer = rng.choice(groups)
    index = rng.randrange(len(newcomer))
    newcomer[index] = (newcomer[index][0], joined_recently)
    return groups


def _profiles(rng: random.Random, count: int) -> list[_Profile]:
    profiles = [STEADY] * count
    order = list(range(count))
    rng.shuffle(order)
    # A class has two or three latecomers and one or two frequent absentees.
    for i in order[: rng.randint(2, 3)]:
        profiles[i] = OFTEN_LATE
    for i in order[3 : 3 + rng.randint(1, 2)]:
        profiles[i] = OFTEN_ABSENT
    return profiles


# --- the timetable ----------------------------------------------------------------------------


def _weekly_timetable(
    rng: random.Random, class_groups: Sequence[int]
) -> list[list[tuple[int, int]]]:
    """For each weekday, (class index, period) pairs with no teacher or group in two places.

    Every teacher has three lessons a day: each of their two classes once, and
    one of them (alternating) a second time.
    """
    week: list[list[tuple[int, int]]] = []
    for weekday in range(5):
        wanted = list(range(len(class_groups)))
        wanted += [2 * t + (weekday + t) % 2 for t in range(len(TEACHERS))]
        rng.shuffle(wanted)
        busy_teacher: set[tuple[int, int]] = set()
        busy_group: set[tuple[int, int]] = set()
        day: list[tuple[int, int]] = []
        for class_index in wanted:
            teacher, group = class_index // 2, class_groups[class_index]
            free = [
                p
                for p in range(len(PERIODS))
                if (teacher, p) not in busy_teacher and (group, p) not in busy_group
            ]
            # A lesson shares its teacher with at most two others that day and its group
            # with at most three, so one of the six periods is always free.
            period = rng.choice(free)
            busy_teacher.add((teacher, period))
            busy_group.add((group, period))
            day.append((class_index, period))
        day.sort(key=lambda item: (item[1], item[0]))
        week.append(day)
    return week


def _write_timetable(
    session: Session,
    classes: Sequence[SchoolClass],
    timetable: Sequence[Sequence[tuple[int, int]]],
    today: date,
    today_pattern: int,
    first_day: date,
) -> None:
    """Bell times for the six periods, and each class's weekly slots from ``first_day``.

    On a weekend the demo borrows Monday's timetable for today only (a slot dated
    today), so it has lessons."""
    session.add_all(
        BellPeriod(period=str(n + 1), start_time=start, end_time=end, days="Mon-Fri")
        for n, (start, end) in enumerate(PERIODS)
    )
    for weekday, day_slots in enumerate(timetable):
        session.add_all(
            # The timetable starts with the demo's history: no lessons before it.
            TimetableSlot(
                class_id=classes[c].id, weekday=weekday, period=str(p + 1), first_date=first_day
            )
            for c, p in day_slots
        )
    if today.weekday() >= 5:
        session.add_all(
            BellPeriod(period=str(n + 1), start_time=start, end_time=end, days="Sat-Sun")
            for n, (start, end) in enumerate(PERIODS)
        )
        session.add_all(
            TimetableSlot(
                class_id=classes[c].id,
                weekday=today.weekday(),
                period=str(p + 1),
                first_date=today,
                last_date=today,
            )
            for c, p in timetable[today_pattern]
        )
    session.flush()


def _built_lessons(
    session: Session, classes: Sequence[SchoolClass], first: date, last: date, zone: tzinfo
) -> dict[tuple[int, date, int], ClassSession]:
    """Build the days from ``first`` to ``last``; the lessons by (class index, day, period)."""
    school_day.build_days(session, first, last, zone)
    index = {klass.id: n for n, klass in enumerate(classes)}
    period_of = {start: n for n, (start, _end) in enumerate(PERIODS)}
    found: dict[tuple[int, date, int], ClassSession] = {}
    for cs in session.scalars(select(ClassSession)):
        local = cs.start_time.astimezone(zone)
        found[(index[cs.class_id], local.date(), period_of[local.time().replace(tzinfo=None)])] = cs
    return found


def _school_days_before(today: date, count: int) -> list[date]:
    days: list[date] = []
    day = today
    while len(days) < count:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days.append(day)
    return sorted(days)


def _utc(day: date, at: time, zone: tzinfo) -> datetime:
    """A local wall-clock time on ``day`` in ``zone`` as an aware UTC datetime."""
    # The zone's rules for that date (summer time included): a fixed offset taken
    # today would be an hour off for lessons across a clock change.
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


# --- the history ------------------------------------------------------------------------------


def _write_history(
    session: Session,
    rng: random.Random,
    *,
    past: Sequence[tuple[_Lesson, ClassSession]],
    classes: Sequence[SchoolClass],
    class_groups: Sequence[int],
    groups: Sequence[Sequence[tuple[Student, date | None]]],
    codes: dict[str, int],
) -> tuple[int, int]:
    """Closed registers for the past lessons; returns (attendance rows, change rows)."""
    profiles = {
        student.id: profile
        for group in groups
        for (student, _joined), profile in zip(group, _profiles(rng, len(group)), strict=True)
    }
    # One student was off ill for three school days in the middle of the history.
    days = sorted({lesson.day for lesson, _cs in past})
    ill_student = rng.choice(groups[rng.randrange(len(groups))])[0].id
    ill_days = set(days[len(days) // 2 : len(days) // 2 + 3]) if days else set()

    rows: list[dict[str, Any]] = []
    planned_changes: list[list[dict[str, Any]]] = []
    for lesson, cs in past:
        klass = classes[lesson.class_index]
        teacher_name = " ".join(TEACHERS[lesson.class_index // 2][:3])
        machine = f"{klass.room.split()[0] if klass.room else 'CLASS'}-PC"
        assert cs.opened_at is not None and cs.closed_at is not None
        for student, joined in groups[class_groups[lesson.class_index]]:
            if joined is not None and joined > lesson.day:
                continue
            if student.id == ill_student and lesson.day in ill_days:
                steps = _ill_day(cs, teacher_name, machine, rng, codes)
            else:
                steps = _marks_for(
                    profiles[student.id], cs, klass, teacher_name, machine, rng, codes
                )
            steps = _chain(steps)
            last = steps[-1]
            rows.append(
                {
                    "class_session_id": cs.id,
                    "student_id": student.id,
                    "code_id": last["new_code_id"],
                    "check_in_time": last["new_check_in_time"],
                    "note": last["new_note"],
                    "version": 1 + len(steps),
                    "changed_by": last["changed_by"],
                    "changed_on": last["changed_on"],
                    "created_at": cs.opened_at,
                    "updated_at": last["changed_at"],
                }
            )
            planned_changes.append(steps)
    # Core inserts: the ORM's bulk insert would reset the version counter to 1.
    attendance_table = cast(Table, Attendance.__table__)
    for batch in _batches(rows, 2000):
        session.execute(insert(attendance_table), batch)

    ids = {
        (session_id, student_id): attendance_id
        for attendance_id, session_id, student_id in session.execute(
            select(Attendance.id, Attendance.class_session_id, Attendance.student_id).where(
                Attendance.class_session_id.in_([cs.id for _lesson, cs in past])
            )
        )
    }
    change_rows: list[dict[str, Any]] = []
    for row, steps in zip(rows, planned_changes, strict=True):
        attendance_id = ids[(row["class_session_id"], row["student_id"])]
        for version, step in enumerate(steps, start=2):
            change_rows.append(
                {
                    **step,
                    "attendance_id": attendance_id,
                    "class_session_id": row["class_session_id"],
                    "student_id": row["student_id"],
                    "version": version,
                }
            )
    for batch in _batches(change_rows, 2000):
        session.execute(insert(cast(Table, AttendanceChange.__table__)), batch)
    return len(rows), len(change_rows)


def _marks_for(
    profile: _Profile,
    cs: ClassSession,
    klass: SchoolClass,
    teacher: str,
    machine: str,
    rng: random.Random,
    codes: dict[str, int],
) -> list[dict[str, Any]]:
    """The change-log entries that led to one student's final mark in a past lesson."""
    start = cs.start_time
    marked_at = start + timedelta(minutes=rng.uniform(1, 6))
    category = profile.pick(rng)
    if category == "present":
        arrived = start + timedelta(seconds=rng.randint(-180, klass.grace_minutes * 60 - 1))
        return [_step("present", arrived, "", teacher, machine, marked_at, codes)]
    if category == "late":
        arrived = start + timedelta(seconds=rng.randint((klass.grace_minutes + 1) * 60, 25 * 60))
        note = ""
        if rng.random() < 0.4:  # (the order of the draws keeps the seed's demo school)
            late_note = rng.choice(LATE_NOTES)
            note = translate("Demo", late_note)
        if rng.random() < 0.35:
            # Marked absent at the start, changed to late when they walked in.
            return [
                _step("absent", None, "", teacher, machine, marked_at, codes),
                _step("late", arrived, note, teacher, machine, arrived, codes),
            ]
        return [_step("late", arrived, note, teacher, machine, max(arrived, marked_at), codes)]
    if category == "excused":
        excuse = rng.choice(EXCUSED_NOTES)
        note = translate("Demo", excuse)
        if rng.random() < 0.5:
            # Absent in class; the office excused it after the register was closed.
            assert cs.closed_at is not None
            later = cs.closed_at + timedelta(minutes=rng.randint(20, 180))
            return [
                _step("absent", None, "", teacher, machine, marked_at, codes),
                _step(
                    "excused", None, note, translate("Demo", OFFICE_STAFF), "OFFICE-PC", later,
                    codes, kind="edit", reason=translate("Demo", FROM_HOME),
                ),
            ]  # fmt: skip
        return [_step("excused", None, note, teacher, machine, marked_at, codes)]
    note = translate("Demo", NO_NOTE_YET) if rng.random() < 0.2 else ""
    return [_step("absent", None, note, teacher, machine, marked_at, codes)]


def _ill_day(
    cs: ClassSession, teacher: str, machine: str, rng: random.Random, codes: dict[str, int]
) -> list[dict[str, Any]]:
    marked_at = cs.start_time + timedelta(minutes=rng.uniform(1, 6))
    note = translate("Demo", ILL_NOTE)
    return [_step("excused", None, note, teacher, machine, marked_at, codes)]


def _step(
    new: str,
    check_in: datetime | None,
    note: str,
    who: str,
    machine: str,
    at: datetime,
    codes: dict[str, int],
    *,
    kind: str = "mark",
    reason: str | None = None,
) -> dict[str, Any]:
    return {
        "kind": kind,
        "new_code_id": codes[new],
        "new_check_in_time": check_in,
        "new_note": note,
        "reason": reason,
        "changed_by": who,
        "changed_on": machine,
        "changed_at": at,
    }


def _chain(steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give each step the values it started from: the previous step's, or an unmarked row's."""
    before: dict[str, Any] = {"code_id": None, "check_in_time": None, "note": ""}
    for step in steps:
        for name in ("code_id", "check_in_time", "note"):
            step[f"old_{name}"] = before[name]
            before[name] = step[f"new_{name}"]
    return steps


def _batches(rows: Sequence[dict[str, Any]], size: int) -> Iterator[Sequence[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


# --- school-wide settings ---------------------------------------------------------------------


def _codes_by_category(session: Session) -> dict[str, int]:
    """The first active code of each category (the seeded P, L, A, E unless changed)."""
    found: dict[str, int] = {}
    for code in session.scalars(
        select(AttendanceCode)
        .where(AttendanceCode.active.is_(True))
        .order_by(AttendanceCode.sort_order, AttendanceCode.id)
    ):
        found.setdefault(code.category, code.id)
    missing = {"present", "late", "absent", "excused"} - set(found)
    if missing:
        categories = ", ".join(sorted(missing))
        raise errors.KnownError(
            translate(
                "Demo",
                "The demo school needs an attendance code for each of present, late, absent "
                "and excused; this database has none for {categories}.",
            ).format(categories=categories),
            hint=translate(
                "Demo",
                "Add them in Settings > Attendance codes, or start the demo on its own with "
                "`attendance-desktop --demo`.",
            ),
        )
    return found


def _setting(session: Session, key: str) -> str:
    row = session.get(SchoolSetting, key)
    return row.value if row is not None else ""


def _default_grace_minutes(session: Session) -> int:
    try:
        return max(0, int(_setting(session, "default_grace_minutes") or 5))
    except ValueError:
        return 5


def _set_school_name(session: Session) -> None:
    row = session.get(SchoolSetting, "school_name")
    name = translate("Demo", DEMO_SCHOOL_NAME)
    if row is None:
        session.add(SchoolSetting(key="school_name", value=name))
    elif not row.value:
        row.value = name


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum())
