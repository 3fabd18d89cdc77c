"""Reports: figures worked out by hand from small registers, local dates, missing registers.

The expected numbers below were counted by hand from the mark strings in
``MARKS`` (one letter per lesson), not computed the way the code computes them.
"""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from attendance_desktop import report_cli, reports
from attendance_desktop.db.models import (
    Attendance,
    ClassSession,
    Enrollment,
    SchoolClass,
    SchoolSetting,
    Student,
    Teacher,
)
from attendance_desktop.errors import KnownError
from attendance_desktop.reports import BadReportRequest, ReportNotFound, SchoolCalendar, Tally
from tests.factories import code_ids

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")

#: Ten lessons of 10X Geography at 09:00 London time, Monday 16 to Friday 27 March 2026.
LESSON_DAYS = [date(2026, 3, 16) + timedelta(days=d) for d in (0, 1, 2, 3, 4, 7, 8, 9, 10, 11)]
FIRST_DAY, LAST_DAY = date(2026, 3, 16), date(2026, 3, 27)

#: One letter per lesson above: a code, "-" an unmarked row, " " no row (not in the class).
MARKS = {
    ("Ada", "Abbott"): "PPPPLPPPAP",
    ("Ben", "Brennan"): "PPPPPPPPPP",
    ("Cy", "Cho"): "PLEPPPPPP-",
    ("Dee", "Dubois"): "     PAPPP",  # joined on Monday 23 March
    ("Eve", "Eze"): "PPP       ",  # left: 19 March is her first day no longer in the class
    ("Hana", "Hughes"): "PPPPPPEPPP",
}


def at(day: date, hour: int, minute: int, zone: ZoneInfo) -> datetime:
    """Local wall-clock time -> aware UTC."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone).astimezone(UTC)


@dataclass
class School:
    teacher_id: int
    class_id: int
    other_class_id: int
    students: dict[str, int]
    lessons: list[int]
    codes: dict[str, int]


def add_lesson(
    session: Session, class_id: int, teacher_id: int, start: datetime, status: str = "closed"
) -> int:
    lesson = ClassSession(
        class_id=class_id,
        teacher_id=teacher_id,
        room="G1",
        start_time=start,
        end_time=start + timedelta(minutes=50),
        status=status,
    )
    session.add(lesson)
    session.flush()
    return lesson.id


def add_mark(
    session: Session,
    lesson_id: int,
    student_id: int,
    letter: str,
    codes: dict[str, int],
    start: datetime,
    note: str = "",
) -> None:
    code = None if letter == "-" else codes[letter]
    check_in = {"P": start + timedelta(minutes=2), "L": start + timedelta(minutes=12)}.get(letter)
    session.add(
        Attendance(
            class_session_id=lesson_id,
            student_id=student_id,
            code_id=code,
            check_in_time=check_in,
            note=note,
        )
    )


@pytest.fixture
def school(engine: Engine) -> School:
    codes = code_ids(engine)
    with Session(engine) as session, session.begin():
        teacher = Teacher(display_name="Mr Okafor")
        session.add(teacher)
        session.flush()
        klass = SchoolClass(name="10X Geography", subject="Geography", teacher_id=teacher.id)
        other = SchoolClass(name="10X History", teacher_id=teacher.id)
        session.add_all([klass, other])
        session.flush()
        students: dict[str, int] = {}
        for first, last in [*MARKS, ("Fay", "Fischer"), ("Gus", "García")]:
            student = Student(first_name=first, last_name=last, source_id=f"S-{first.upper()}")
            session.add(student)
            session.flush()
            students[first] = student.id
        session.get(Student, students["Fay"]).active = False  # type: ignore[union-attr]
        enrol = {
            "Dee": (date(2026, 3, 23), None),
            "Eve": (None, date(2026, 3, 19)),
            "Gus": (date(2026, 4, 20), None),
        }
        for first, student_id in students.items():
            joined, left = enrol.get(first, (None, None))
            session.add(
                Enrollment(
                    class_id=klass.id, student_id=student_id, start_date=joined, end_date=left
                )
            )
        lessons = []
        for n, day in enumerate(LESSON_DAYS):
            start = at(day, 9, 0, LONDON)
            lesson = add_lesson(session, klass.id, teacher.id, start)
            lessons.append(lesson)
            for (first, _last), letters in MARKS.items():
                if letters[n] != " ":
                    note = "Dentist" if (first, letters[n]) == ("Cy", "E") else ""
                    add_mark(session, lesson, students[first], letters[n], codes, start, note)
        # Lessons just outside the range, everyone absent: they must change nothing.
        for day in (date(2026, 3, 13), date(2026, 3, 30)):
            start = at(day, 9, 0, LONDON)
            lesson = add_lesson(session, klass.id, teacher.id, start)
            for first in ("Ada", "Ben", "Cy", "Hana"):
                add_mark(session, lesson, students[first], "A", codes, start)
        # Ada's other class: present on the 18th, absent on the 25th.
        for day, letter in ((date(2026, 3, 18), "P"), (date(2026, 3, 25), "A")):
            start = at(day, 14, 0, LONDON)
            lesson = add_lesson(session, other.id, teacher.id, start)
            add_mark(session, lesson, students["Ada"], letter, codes, start)
        made = School(teacher.id, klass.id, other.id, students, lessons, codes)
    return made


# --- tallies: the definitions ---------------------------------------------------------------


def test_tally_rate_and_chronic_threshold() -> None:
    codes = {c.id: c for c in _codes()}
    p, a, late, e = 1, 2, 3, 4
    exactly_ten = Tally.of({p: 9, a: 1}, codes)
    assert (exactly_ten.marked, exactly_ten.attended, exactly_ten.missed) == (10, 9, 1)
    assert exactly_ten.rate == pytest.approx(0.9)
    assert exactly_ten.chronic  # 10 % missed: flagged
    assert Tally.of({p: 90, a: 10}, codes).chronic
    assert not Tally.of({p: 91, a: 9}, codes).chronic  # 9 %
    assert not Tally.of({p: 19, a: 2}, codes).chronic  # 2 of 21 = 9.5 %
    # Excused counts as missed (US definition), Late as attended.
    assert Tally.of({p: 9, e: 1}, codes).chronic
    assert not Tally.of({p: 1, late: 9}, codes).chronic
    # Unmarked rows are in no rate.
    unmarked = Tally.of({p: 9, a: 1, None: 5}, codes)
    assert (unmarked.sessions, unmarked.marked, unmarked.unmarked) == (15, 10, 5)
    assert unmarked.rate == pytest.approx(0.9)
    nothing = Tally.of({None: 3}, codes)
    assert nothing.rate is None and not nothing.chronic


def _codes() -> list[reports.Code]:
    from attendance_desktop.rules import Code

    return [
        Code(1, "P", "Present", "present", True, "P", "#2E7D32", 10),
        Code(2, "A", "Absent", "absent", False, "A", "#C62828", 20),
        Code(3, "L", "Late", "late", True, "L", "#EF6C00", 30),
        Code(4, "E", "Excused", "excused", False, "E", "#1565C0", 40),
    ]


# --- the class summary ----------------------------------------------------------------------


def test_class_summary_counts_worked_out_by_hand(engine: Engine, school: School) -> None:
    with Session(engine) as session:
        summary = reports.class_summary(session, school.class_id, FIRST_DAY, LAST_DAY, LONDON)
    c = school.codes
    assert summary.class_name == "10X Geography"
    assert summary.teacher_name == "Mr Okafor"
    assert (summary.sessions, summary.registers_taken) == (10, 10)
    assert [code.code for code in summary.codes] == ["P", "A", "L", "E"]
    # Fay (inactive, nothing recorded) and Gus (joins in April) are not listed.
    assert [row.list_name for row in summary.rows] == [
        "Abbott, Ada",
        "Brennan, Ben",
        "Cho, Cy",
        "Dubois, Dee",
        "Eze, Eve",
        "Hughes, Hana",
    ]
    by_name = {row.name.split()[0]: row for row in summary.rows}
    expected = {
        # name: (P, A, L, E, unmarked, marked, attended, chronic)
        "Ada": (8, 1, 1, 0, 0, 10, 9, True),  # missed exactly 10 %
        "Ben": (10, 0, 0, 0, 0, 10, 10, False),
        "Cy": (7, 0, 1, 1, 1, 9, 8, True),  # 1 of 9 missed (excused counts)
        "Dee": (4, 1, 0, 0, 0, 5, 4, True),
        "Eve": (3, 0, 0, 0, 0, 3, 3, False),
        "Hana": (9, 0, 0, 1, 0, 10, 9, True),  # excused only, exactly 10 %
    }
    for name, (p, a, late, e, unmarked, marked, attended, chronic) in expected.items():
        tally = by_name[name].tally
        got = (tally.count(c["P"]), tally.count(c["A"]), tally.count(c["L"]), tally.count(c["E"]))
        assert got == (p, a, late, e), name
        assert (tally.unmarked, tally.marked, tally.attended, tally.chronic) == (
            unmarked,
            marked,
            attended,
            chronic,
        ), name
    assert by_name["Ada"].tally.rate == pytest.approx(0.9)
    assert by_name["Cy"].tally.rate == pytest.approx(8 / 9)
    assert by_name["Dee"].tally.rate == pytest.approx(0.8)
    assert by_name["Dee"].joined == date(2026, 3, 23) and by_name["Dee"].left is None
    assert by_name["Eve"].left == date(2026, 3, 19) and by_name["Eve"].joined is None
    assert by_name["Ada"].source_id == "S-ADA"
    whole = summary.tally
    assert (whole.count(c["P"]), whole.count(c["A"]), whole.count(c["L"])) == (41, 2, 2)
    assert (whole.count(c["E"]), whole.unmarked, whole.marked, whole.attended) == (2, 1, 47, 43)
    assert summary.chronic_count == 4


def test_class_summary_of_one_day_and_of_nothing(engine: Engine, school: School) -> None:
    with Session(engine) as session:
        friday = reports.class_summary(
            session, school.class_id, date(2026, 3, 20), date(2026, 3, 20), LONDON
        )
        holiday = reports.class_summary(
            session, school.class_id, date(2026, 4, 1), date(2026, 4, 10), LONDON
        )
    assert friday.sessions == 1
    ada = next(r for r in friday.rows if r.name == "Ada Abbott")
    assert (ada.tally.count(school.codes["L"]), ada.tally.rate) == (1, 1.0)
    # Dee has joined by April; nobody has marks.
    assert holiday.sessions == 0
    assert all(r.tally.rate is None for r in holiday.rows)
    assert {r.name for r in holiday.rows} == {
        "Ada Abbott",
        "Ben Brennan",
        "Cy Cho",
        "Dee Dubois",
        "Hana Hughes",
    }


def test_class_summary_query_count_does_not_grow_with_the_class(engine: Engine) -> None:
    codes = code_ids(engine)

    def make_class(size: int) -> int:
        with Session(engine) as session, session.begin():
            teacher = Teacher(display_name=f"Teacher {size}")
            session.add(teacher)
            session.flush()
            klass = SchoolClass(name=f"Class of {size}", teacher_id=teacher.id)
            session.add(klass)
            people = [Student(first_name="P", last_name=f"{size}-{i}") for i in range(size)]
            session.add_all(people)
            session.flush()
            session.add_all(Enrollment(class_id=klass.id, student_id=s.id) for s in people)
            for day in LESSON_DAYS[:4]:
                start = at(day, 10, 0, LONDON)
                lesson = add_lesson(session, klass.id, teacher.id, start)
                for n, s in enumerate(people):
                    add_mark(session, lesson, s.id, "PALE-"[n % 5], codes, start)
            return klass.id

    small, large = make_class(3), make_class(30)
    counts = []
    for class_id in (small, large):
        with Session(engine) as session, count_statements(engine) as statements:
            summary = reports.class_summary(session, class_id, FIRST_DAY, LAST_DAY, LONDON)
        counts.append(len(statements))
        assert len(summary.rows) in (3, 30)
    assert counts[0] == counts[1], counts
    assert counts[0] <= 8


class count_statements:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.statements: list[str] = []

    def _listen(self, conn: object, cursor: object, statement: str, *args: object) -> None:
        self.statements.append(statement)

    def __enter__(self) -> list[str]:
        event.listen(self.engine, "before_cursor_execute", self._listen)
        return self.statements

    def __exit__(self, *exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._listen)


def test_unknown_class_and_reversed_range(engine: Engine, school: School) -> None:
    with Session(engine) as session:
        with pytest.raises(ReportNotFound) as missing:
            reports.class_summary(session, 9999, FIRST_DAY, LAST_DAY, LONDON)
        assert missing.value.exit_code == 3
        with pytest.raises(BadReportRequest) as backwards:
            reports.class_summary(session, school.class_id, LAST_DAY, FIRST_DAY, LONDON)
        assert backwards.value.exit_code == 2
        assert "27 Mar 2026" in str(backwards.value)


# --- a student's history --------------------------------------------------------------------


def test_student_history_worked_out_by_hand(engine: Engine, school: School) -> None:
    with Session(engine) as session:
        history = reports.student_history(
            session, school.students["Ada"], FIRST_DAY, LAST_DAY, LONDON
        )
    # Ten Geography lessons plus two History lessons in the range.
    assert len(history.rows) == 12
    assert [r.start for r in history.rows] == sorted(r.start for r in history.rows)
    assert {r.class_name for r in history.rows} == {"10X Geography", "10X History"}
    totals = {t.code.code: t.count for t in history.totals}
    assert totals == {"P": 9, "A": 2, "L": 1, "E": 0}
    assert (history.tally.marked, history.tally.attended) == (12, 10)
    assert history.tally.rate == pytest.approx(10 / 12)
    assert history.tally.chronic
    late = next(r for r in history.rows if r.code and r.code.code == "L")
    assert late.day == date(2026, 3, 20)
    assert (late.start.hour, late.start.minute) == (9, 0)
    assert late.check_in is not None and (late.check_in.hour, late.check_in.minute) == (9, 12)
    absent = [r for r in history.rows if r.code and r.code.code == "A"]
    assert [(r.day, r.class_name) for r in absent] == [
        (date(2026, 3, 25), "10X History"),
        (date(2026, 3, 26), "10X Geography"),
    ]
    assert all(r.check_in is None for r in absent)
    assert history.student_name == "Ada Abbott" and history.source_id == "S-ADA"


def test_student_history_with_unmarked_and_note(engine: Engine, school: School) -> None:
    with Session(engine) as session:
        history = reports.student_history(
            session, school.students["Cy"], FIRST_DAY, LAST_DAY, LONDON
        )
    assert len(history.rows) == 10
    assert history.rows[-1].code is None  # the unmarked row on the 27th
    assert history.tally.unmarked == 1
    assert history.tally.rate == pytest.approx(8 / 9)
    excused = next(r for r in history.rows if r.code and r.code.code == "E")
    assert excused.note == "Dentist"


def test_unknown_student(engine: Engine) -> None:
    with Session(engine) as session, pytest.raises(ReportNotFound):
        reports.student_history(session, 12345, FIRST_DAY, LAST_DAY, LONDON)


def test_find_student_class_and_teacher(engine: Engine, school: School) -> None:
    with Session(engine) as session:
        ada = school.students["Ada"]
        assert reports.find_student(session, str(ada)) == ada
        assert reports.find_student(session, "S-ADA") == ada
        assert reports.find_student(session, "ada abbott") == ada
        assert reports.find_student(session, "Abbott, Ada") == ada
        with pytest.raises(ReportNotFound):
            reports.find_student(session, "Nobody Here")
        assert reports.find_class(session, "10x geography") == school.class_id
        assert reports.find_class(session, str(school.class_id)) == school.class_id
        with pytest.raises(ReportNotFound):
            reports.find_class(session, "11Z Latin")
        assert reports.find_teacher(session, "mr okafor") == school.teacher_id
        session.add(Student(first_name="Ada", last_name="Abbott"))
        session.flush()
        with pytest.raises(BadReportRequest, match="2 students"):
            reports.find_student(session, "Ada Abbott")
        session.rollback()


# --- rate over time, and the register for printing ------------------------------------------


def test_rate_over_time_by_week_and_by_day(engine: Engine, school: School) -> None:
    with Session(engine) as session:
        weekly = reports.rate_over_time(
            session, school.class_id, FIRST_DAY, LAST_DAY, LONDON, bucket="week"
        )
        daily = reports.rate_over_time(
            session, school.class_id, date(2026, 3, 18), LAST_DAY, LONDON, bucket="day"
        )
        with pytest.raises(BadReportRequest):
            reports.rate_over_time(
                session,
                school.class_id,
                FIRST_DAY,
                LAST_DAY,
                LONDON,
                bucket="month",  # type: ignore[arg-type]
            )
    assert [(p.first_day, p.last_day, p.marked, p.attended) for p in weekly.points] == [
        (date(2026, 3, 16), date(2026, 3, 22), 23, 22),
        (date(2026, 3, 23), date(2026, 3, 27), 24, 21),
    ]
    assert weekly.points[0].rate == pytest.approx(22 / 23)
    # From Wednesday 18th: eight lessons, one point each.
    assert [p.first_day for p in daily.points] == LESSON_DAYS[2:]
    # Friday 20th: Ada late, Ben, Cy and Hana present (Eve has left, Dee not yet joined).
    friday = daily.points[2]
    assert (friday.first_day, friday.marked, friday.attended) == (date(2026, 3, 20), 4, 4)
    # Tuesday 24th: Ada, Ben and Cy present, Dee absent, Hana excused.
    tuesday = daily.points[4]
    assert (tuesday.first_day, tuesday.marked, tuesday.attended) == (date(2026, 3, 24), 5, 3)


def test_session_register_for_printing(engine: Engine, school: School) -> None:
    friday = school.lessons[4]  # 20 March: Ada late
    with Session(engine) as session, session.begin():
        setting = session.get(SchoolSetting, "school_name")
        assert setting is not None
        setting.value = "Hillside School"
    with Session(engine) as session:
        register = reports.session_register(session, friday, LONDON)
        with pytest.raises(ReportNotFound):
            reports.session_register(session, 99999, LONDON)
    assert register.school_name == "Hillside School"
    assert (register.class_name, register.teacher_name) == ("10X Geography", "Mr Okafor")
    assert register.day == date(2026, 3, 20)
    assert (register.start.hour, register.end.hour, register.end.minute) == (9, 9, 50)
    assert register.started
    assert [(line.list_name, line.code.code if line.code else None) for line in register.lines] == [
        ("Abbott, Ada", "L"),
        ("Brennan, Ben", "P"),
        ("Cho, Cy", "P"),
        ("Hughes, Hana", "P"),
    ]
    ada = register.lines[0]
    assert ada.check_in is not None and f"{ada.check_in:%H:%M}" == "09:12"
    assert ada.source_id == "S-ADA"
    assert {t.code.code: t.count for t in register.totals} == {"P": 3, "A": 0, "L": 1, "E": 0}


def test_register_never_started_lists_who_was_enrolled(engine: Engine, school: School) -> None:
    with Session(engine) as session, session.begin():
        planned = add_lesson(
            session,
            school.class_id,
            school.teacher_id,
            at(date(2026, 3, 31), 9, 0, LONDON),
            status="planned",
        )
    with Session(engine) as session:
        register = reports.session_register(session, planned, LONDON)
    assert not register.started
    # Eve left on the 19th, Fay is inactive, Gus joins in April.
    assert [line.list_name for line in register.lines] == [
        "Abbott, Ada",
        "Brennan, Ben",
        "Cho, Cy",
        "Dubois, Dee",
        "Hughes, Hana",
    ]
    assert all(line.code is None and line.check_in is None for line in register.lines)
    assert (register.start.hour, register.day) == (9, date(2026, 3, 31))  # BST by then


@pytest.mark.parametrize("zone_name", ["Australia/Sydney", "Pacific/Honolulu"])
@pytest.mark.parametrize(("hour", "minute"), [(9, 0), (0, 30)])
def test_a_blank_register_lists_who_was_enrolled_on_the_lessons_local_day(
    engine: Engine, zone_name: str, hour: int, minute: int
) -> None:
    """09:00 in Sydney on 2 Feb is 22:00 UTC on 1 Feb: the register is judged by 2 Feb."""
    zone = ZoneInfo(zone_name)
    day = date(2027, 2, 2)
    start = at(day, hour, minute, zone)
    with Session(engine) as session, session.begin():
        session.merge(SchoolSetting(key="time_zone", value=zone_name))
        teacher = Teacher(display_name="Ms Tanaka")
        session.add(teacher)
        session.flush()
        klass = SchoolClass(name="9S Science", teacher_id=teacher.id)
        session.add(klass)
        session.flush()
        people = {}
        for first, joined, left in (
            ("Stays", None, None),
            ("Joins", day, None),  # in the class from 2 Feb
            ("Leaves", None, day),  # 2 Feb is her first day no longer in it
            ("Joined", day - timedelta(days=1), None),
        ):
            student = Student(first_name=first, last_name="Lee")
            session.add(student)
            session.flush()
            people[first] = student.id
            session.add(
                Enrollment(class_id=klass.id, student_id=student.id, start_date=joined,
                           end_date=left)
            )  # fmt: skip
        lesson = add_lesson(session, klass.id, teacher.id, start, status="planned")
        class_id = klass.id
    expected = ["Lee, Joined", "Lee, Joins", "Lee, Stays"]
    with Session(engine) as session:
        for tz in (None, zone):  # the school's setting, or the zone given
            register = reports.session_register(session, lesson, tz)
            assert register.day == day and not register.started
            assert [line.list_name for line in register.lines] == expected
            summary = reports.class_summary(session, class_id, day, day, tz)
            assert [row.list_name for row in summary.rows] == expected
            assert summary.sessions == 1


# --- missing registers ----------------------------------------------------------------------


def test_missing_registers_per_teacher(engine: Engine, school: School) -> None:
    codes = school.codes
    with Session(engine) as session, session.begin():
        cover = Teacher(display_name="Ms Cover")
        session.add(cover)
        session.flush()
        cid, tid = school.class_id, school.teacher_id
        started_empty = add_lesson(session, cid, tid, at(date(2026, 3, 26), 14, 0, LONDON), "open")
        for first in ("Ada", "Ben"):
            add_mark(session, started_empty, school.students[first], "-", codes, datetime.now(UTC))
        covered = add_lesson(
            session, cid, cover.id, at(date(2026, 3, 27), 14, 0, LONDON), "planned"
        )
        never = add_lesson(session, cid, tid, at(date(2026, 3, 31), 9, 0, LONDON), "planned")
        # Not yet over at `until`, and not yet begun: not missing.
        add_lesson(session, cid, tid, at(date(2026, 3, 31), 10, 0, LONDON), "planned")
        add_lesson(session, cid, tid, at(date(2026, 4, 1), 9, 0, LONDON), "planned")
        # Started late but someone is marked: taken.
        partly = add_lesson(session, cid, tid, at(date(2026, 3, 26), 15, 0, LONDON), "open")
        add_mark(session, partly, school.students["Ada"], "P", codes, datetime.now(UTC))
        add_mark(session, partly, school.students["Ben"], "-", codes, datetime.now(UTC))
        cover_id = cover.id
    until = at(date(2026, 3, 31), 10, 30, LONDON)
    with Session(engine) as session:
        everything = reports.missing_registers(session, until, LONDON)
        recent = reports.missing_registers(session, until, LONDON, since=date(2026, 3, 27))
        mine = reports.missing_registers(session, until, LONDON, teacher_id=school.teacher_id)
    assert [
        (t.teacher_name, [r.class_session_id for r in t.registers]) for t in everything.teachers
    ] == [
        ("Mr Okafor", [started_empty, never]),
        ("Ms Cover", [covered]),
    ]
    okafor = everything.teachers[0].registers
    assert [r.reason for r in okafor] == ["started, nobody marked", "never started"]
    assert okafor[1].day == date(2026, 3, 31) and okafor[1].start.hour == 9
    assert everything.count == 3
    assert [r.class_session_id for t in recent.teachers for r in t.registers] == [never, covered]
    assert [t.teacher_id for t in mine.teachers] == [school.teacher_id]
    assert cover_id not in [t.teacher_id for t in mine.teachers]
    with pytest.raises(ValueError):
        reports.missing_registers(session, datetime(2026, 3, 31), LONDON)  # naive


# --- local dates: midnight, daylight saving, the machine's zone -----------------------------


def one_student_class(engine: Engine, name: str, starts: list[datetime]) -> tuple[int, int]:
    codes = code_ids(engine)
    with Session(engine) as session, session.begin():
        teacher = Teacher(display_name=f"Teacher of {name}")
        student = Student(first_name="Solo", last_name=name)
        session.add_all([teacher, student])
        session.flush()
        klass = SchoolClass(name=name, teacher_id=teacher.id)
        session.add(klass)
        session.flush()
        session.add(Enrollment(class_id=klass.id, student_id=student.id))
        for start in starts:
            lesson = add_lesson(session, klass.id, teacher.id, start)
            add_mark(session, lesson, student.id, "P", codes, start)
        return klass.id, student.id


def days_of(
    engine: Engine, class_id: int, student_id: int, first: date, last: date, zone: ZoneInfo
) -> dict[str, object]:
    with Session(engine) as session:
        summary = reports.class_summary(session, class_id, first, last, zone)
        history = reports.student_history(session, student_id, first, last, zone)
        daily = reports.rate_over_time(session, class_id, first, last, zone, bucket="day")
    return {
        "sessions": summary.sessions,
        "history": [(r.day, f"{r.start:%H:%M}") for r in history.rows],
        "daily": [(p.first_day, p.marked) for p in daily.points],
    }


def test_a_lesson_at_half_past_midnight_is_on_its_local_day(engine: Engine) -> None:
    # 00:30 BST on Wednesday 10 June is 23:30 UTC on Tuesday 9 June.
    start = at(date(2026, 6, 10), 0, 30, LONDON)
    assert start == datetime(2026, 6, 9, 23, 30, tzinfo=UTC)
    class_id, student_id = one_student_class(engine, "Night Astronomy", [start])
    june_10 = days_of(engine, class_id, student_id, date(2026, 6, 10), date(2026, 6, 10), LONDON)
    june_9 = days_of(engine, class_id, student_id, date(2026, 6, 9), date(2026, 6, 9), LONDON)
    assert june_10 == {
        "sessions": 1,
        "history": [(date(2026, 6, 10), "00:30")],
        "daily": [(date(2026, 6, 10), 1)],
    }
    assert june_9 == {"sessions": 0, "history": [], "daily": []}


@pytest.mark.parametrize(
    ("zone", "change_day", "utc_starts", "expected"),
    [
        pytest.param(
            LONDON,
            date(2026, 3, 29),  # clocks go forward at 01:00 GMT: a 23-hour day
            [
                datetime(2026, 3, 28, 23, 30, tzinfo=UTC),  # 23:30 GMT Sat 28th
                datetime(2026, 3, 29, 0, 30, tzinfo=UTC),  # 00:30 GMT Sun 29th
                datetime(2026, 3, 29, 22, 30, tzinfo=UTC),  # 23:30 BST Sun 29th
                datetime(2026, 3, 29, 23, 30, tzinfo=UTC),  # 00:30 BST Mon 30th
            ],
            {"28": ["23:30"], "29": ["00:30", "23:30"], "30": ["00:30"]},
            id="London spring",
        ),
        pytest.param(
            LONDON,
            date(2026, 10, 25),  # clocks go back at 02:00 BST: a 25-hour day
            [
                datetime(2026, 10, 24, 22, 30, tzinfo=UTC),  # 23:30 BST Sat 24th
                datetime(2026, 10, 24, 23, 30, tzinfo=UTC),  # 00:30 BST Sun 25th
                datetime(2026, 10, 25, 23, 30, tzinfo=UTC),  # 23:30 GMT Sun 25th
                datetime(2026, 10, 26, 0, 30, tzinfo=UTC),  # 00:30 GMT Mon 26th
            ],
            {"24": ["23:30"], "25": ["00:30", "23:30"], "26": ["00:30"]},
            id="London autumn",
        ),
        pytest.param(
            NEW_YORK,
            date(2026, 3, 8),  # 02:00 EST -> 03:00 EDT
            [
                datetime(2026, 3, 8, 4, 30, tzinfo=UTC),  # 23:30 EST Sat 7th
                datetime(2026, 3, 8, 5, 30, tzinfo=UTC),  # 00:30 EST Sun 8th
                datetime(2026, 3, 9, 3, 30, tzinfo=UTC),  # 23:30 EDT Sun 8th
                datetime(2026, 3, 9, 4, 30, tzinfo=UTC),  # 00:30 EDT Mon 9th
            ],
            {"07": ["23:30"], "08": ["00:30", "23:30"], "09": ["00:30"]},
            id="New York spring",
        ),
        pytest.param(
            NEW_YORK,
            date(2026, 11, 1),  # 02:00 EDT -> 01:00 EST
            [
                datetime(2026, 11, 1, 3, 30, tzinfo=UTC),  # 23:30 EDT Sat 31 Oct
                datetime(2026, 11, 1, 4, 30, tzinfo=UTC),  # 00:30 EDT Sun 1st
                datetime(2026, 11, 2, 4, 30, tzinfo=UTC),  # 23:30 EST Sun 1st
                datetime(2026, 11, 2, 5, 30, tzinfo=UTC),  # 00:30 EST Mon 2nd
            ],
            {"31": ["23:30"], "01": ["00:30", "23:30"], "02": ["00:30"]},
            id="New York autumn",
        ),
    ],
)
def test_lessons_around_a_clock_change_land_on_their_days(
    engine: Engine,
    zone: ZoneInfo,
    change_day: date,
    utc_starts: list[datetime],
    expected: dict[str, list[str]],
) -> None:
    class_id, student_id = one_student_class(engine, f"DST {change_day}", utc_starts)
    day_before, day_after = change_day - timedelta(days=1), change_day + timedelta(days=1)
    for day in (day_before, change_day, day_after):
        got = days_of(engine, class_id, student_id, day, day, zone)
        times = expected[f"{day.day:02d}"]
        assert got["sessions"] == len(times), day
        assert got["history"] == [(day, t) for t in times], day
        assert got["daily"] == [(day, len(times))], day
    whole = days_of(engine, class_id, student_id, day_before, day_after, zone)
    assert whole["sessions"] == 4


def test_calendar_day_lengths_across_clock_changes() -> None:
    def hours(zone: str, day: date) -> float:
        start, end = SchoolCalendar.named(zone).utc_range(day, day)
        return (end - start).total_seconds() / 3600

    assert hours("Europe/London", date(2026, 3, 29)) == 23
    assert hours("Europe/London", date(2026, 10, 25)) == 25
    assert hours("America/New_York", date(2026, 3, 8)) == 23
    assert hours("America/New_York", date(2026, 11, 1)) == 25
    assert hours("Europe/London", date(2026, 6, 10)) == 24
    # Chile changes its clocks at midnight: the hour before midnight is repeated on
    # Saturday 4 April 2026, and Sunday 6 September starts at 01:00.
    assert hours("America/Santiago", date(2026, 4, 4)) == 25
    assert hours("America/Santiago", date(2026, 9, 6)) == 23
    # Cuba's autumn change is 01:00 -> 00:00: 1 November 2026 has two midnights and
    # starts at the first.
    assert hours("America/Havana", date(2026, 11, 1)) == 25
    havana = SchoolCalendar.named("America/Havana")
    assert havana.start_of(date(2026, 11, 1)) == datetime(2026, 11, 1, 4, 0, tzinfo=UTC)
    santiago = SchoolCalendar.named("America/Santiago")
    assert santiago.start_of(date(2026, 4, 5)) == datetime(2026, 4, 5, 4, 0, tzinfo=UTC)
    assert santiago.start_of(date(2026, 9, 6)) == datetime(2026, 9, 6, 4, 0, tzinfo=UTC)


#: Zones with clock changes at midnight, half-hour changes, a day that never happened.
ZONES = ["Europe/London", "America/New_York", "America/Santiago", "America/Havana",
         "America/Asuncion", "Asia/Beirut", "Australia/Lord_Howe", "Pacific/Apia"]  # fmt: skip


@pytest.mark.parametrize("zone", ZONES)
def test_every_day_starts_at_its_first_instant(zone: str) -> None:
    """Every local day from 2000 to 2037: its range holds exactly the instants of that day."""
    calendar = SchoolCalendar.named(zone)
    day, skipped = date(2000, 1, 1), []
    start = calendar.start_of(day)
    while day < date(2038, 1, 1):
        following = calendar.start_of(day + timedelta(days=1))
        if following == start:
            skipped.append(day)  # the clocks jumped over the whole day
        else:
            assert following > start, day
            assert calendar.local_date(start) == day, day
            assert calendar.local_date(start - timedelta(microseconds=1)) < day, day
            assert calendar.local_date(following - timedelta(microseconds=1)) == day, day
        day, start = day + timedelta(days=1), following
    assert skipped == ([date(2011, 12, 30)] if zone == "Pacific/Apia" else [])


@pytest.fixture
def machine_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    yield monkeypatch
    monkeypatch.undo()
    time.tzset()


def test_the_machines_zone_keeps_its_clock_changes(machine_zone: pytest.MonkeyPatch) -> None:
    machine_zone.setenv("TZ", "America/New_York")
    time.tzset()
    named = SchoolCalendar.machine()
    assert named.name == "America/New_York"
    # A POSIX rule has no IANA name: the system's own rules are used, per instant.
    machine_zone.setenv("TZ", "EST5EDT,M3.2.0,M11.1.0")
    time.tzset()
    system = SchoolCalendar.machine()
    assert system.zone is None
    for calendar in (named, system):
        start, end = calendar.utc_range(date(2026, 3, 8), date(2026, 3, 8))
        assert (start, end) == (
            datetime(2026, 3, 8, 5, 0, tzinfo=UTC),
            datetime(2026, 3, 9, 4, 0, tzinfo=UTC),
        )
        assert calendar.local_date(datetime(2026, 11, 2, 4, 30, tzinfo=UTC)) == date(2026, 11, 1)
        summer = calendar.local(datetime(2026, 7, 1, 12, 0, tzinfo=UTC))
        assert summer.hour == 8


def test_zone_comes_from_the_school_setting(engine: Engine, school: School) -> None:
    with Session(engine) as session, session.begin():
        setting = session.get(SchoolSetting, "time_zone")
        assert setting is not None
        setting.value = "America/New_York"
    with Session(engine) as session:
        history = reports.student_history(session, school.students["Ben"], FIRST_DAY, LAST_DAY)
        assert history.calendar.name == "America/New_York"
        # 09:00 London on the 16th (GMT) is 05:00 in New York (EDT since the 8th).
        assert f"{history.rows[0].start:%H:%M}" == "05:00"
        # An explicit zone wins over the setting; an unknown one is a plain error.
        assert (
            reports.student_history(
                session, school.students["Ben"], FIRST_DAY, LAST_DAY, "Europe/London"
            ).calendar.name
            == "Europe/London"
        )
        with pytest.raises(BadReportRequest, match="Mars/Olympus"):
            reports.student_history(
                session, school.students["Ben"], FIRST_DAY, LAST_DAY, "Mars/Olympus"
            )
    with Session(engine) as session, session.begin():
        setting = session.get(SchoolSetting, "time_zone")
        assert setting is not None
        setting.value = "Not/AZone"
    with Session(engine) as session:
        fallback = reports.student_history(session, school.students["Ben"], FIRST_DAY, LAST_DAY)
    assert fallback.calendar.name == SchoolCalendar.machine().name


# --- the command line: attendance-desktop report ... ----------------------------------------

#: Friday 27 March 2026, after school: the default range is the four weeks up to today.
NOW = datetime(2026, 3, 27, 17, 0, tzinfo=UTC)


def run(engine: Engine, *argv: str) -> tuple[int, str]:
    """Run ``report ...`` as ``cli.main`` would: (exit status, what it printed)."""
    out = io.StringIO()
    args = report_cli.build_parser().parse_args(["report", *argv])
    try:
        status = report_cli.run_report(engine, args, out, now=NOW)
    except KnownError as error:
        message = str(error)
        assert "\n" not in message  # one plain line
        return error.exit_code, message
    return status, out.getvalue()


def test_cli_class_summary_table(engine: Engine, school: School) -> None:
    status, text = run(engine, "class", "--class", "10X Geography", "--time-zone", "Europe/London")
    assert status == 0
    lines = text.splitlines()
    assert lines[0] == "10X Geography (Mr Okafor), class summary 28 Feb 2026 to 27 Mar 2026"
    header = next(line for line in lines if line.startswith("Student"))
    assert header.split() == [
        "Student", "Roster", "ID", "Joined", "Left", "P", "A", "L", "E", "Unmarked",
        "Marked", "Attended", "Rate", "Chronic",
    ]  # fmt: skip
    # The default range (four weeks to today) includes Friday 13th, when all were absent.
    ada = next(line for line in lines if line.startswith("Abbott, Ada"))
    assert ada.split()[3:] == ["8", "2", "1", "0", "0", "11", "9", "81.8%", "Yes"]
    dee = next(line for line in lines if line.startswith("Dubois, Dee"))
    assert "23/03/2026" in dee and dee.split()[-2:] == ["80.0%", "Yes"]
    whole = next(line for line in lines if line.startswith("Whole class"))
    assert whole.split()[2:] == ["41", "6", "2", "2", "1", "51", "43", "84.3%"]


def test_cli_student_history_csv_and_chart(
    engine: Engine, school: School, tmp_path: Path, qapp: Any
) -> None:
    # qapp: the chart is painted with the test run's QApplication (the command line run on
    # its own makes an offscreen one: tests/test_charts.py).
    chart = tmp_path / "ada.png"
    status, text = run(
        engine, "student", "--student", "S-ADA", "--from", "2026-03-16", "--to", "2026-03-27",
        "--format", "csv", "--time-zone", "Europe/London", "--chart", str(chart),
    )  # fmt: skip
    assert status == 0
    body, _blank, last = text.rpartition("Chart written to")
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0] == ["Date", "Start", "Class", "Code", "Mark", "Check-in", "Note"]
    assert len(rows) == 13  # 12 lessons
    assert rows[1] == ["2026-03-16", "09:00", "10X Geography", "P", "Present", "09:02", ""]
    assert chart.read_bytes().startswith(b"\x89PNG")
    assert str(chart) in last


def test_cli_writes_xlsx_and_csv_files(engine: Engine, school: School, tmp_path: Path) -> None:
    workbook = tmp_path / "geography.xlsx"
    status, text = run(engine, "class", "--class", str(school.class_id), "--output", str(workbook))
    assert (status, text.strip()) == (0, f"Report written to {workbook}")
    sheet = openpyxl.load_workbook(workbook).worksheets[0]
    assert sheet["A5"].value == "Abbott, Ada"
    table = tmp_path / "missing.csv"
    status, _text = run(engine, "missing", "--output", str(table))
    assert status == 0 and table.read_bytes().startswith(b"\xef\xbb\xbf")
    plain = tmp_path / "register.txt"
    status, _text = run(engine, "register", "--session", str(school.lessons[0]), "--output",
                        str(plain))  # fmt: skip
    assert status == 0 and "Abbott, Ada" in plain.read_text(encoding="utf-8")


def test_cli_missing_and_register(engine: Engine, school: School) -> None:
    with Session(engine) as session, session.begin():
        planned = add_lesson(
            session,
            school.class_id,
            school.teacher_id,
            at(date(2026, 3, 27), 13, 0, LONDON),
            status="planned",
        )
    status, text = run(engine, "missing", "--teacher", "Mr Okafor", "--time-zone", "Europe/London")
    assert status == 0
    row = next(line for line in text.splitlines() if line.startswith("Mr Okafor"))
    assert row.split() == ["Mr", "Okafor", "27/03/2026", "13:00", "13:50", "10X", "Geography",
                           "G1", "never", "started"]  # fmt: skip
    status, text = run(engine, "register", "--session", str(planned))
    assert status == 0
    assert "Register not started." in text and "Dubois, Dee" in text


@pytest.mark.parametrize(
    ("argv", "status", "words"),
    [
        (["student", "--student", "Nobody"], 3, "No student has the id"),
        (["class", "--class", "11Z Latin"], 3, "No class has the id"),
        (["missing", "--teacher", "Mrs Nobody"], 3, "No teacher"),
        (["register", "--session", "99999"], 3, "no lesson with id 99999"),
        (["class", "--class", "10X Geography", "--from", "2026-02-30"], 2, "is not a date"),
        (["class", "--class", "10X Geography", "--to", "27/03/2026"], 2, "Use YYYY-MM-DD"),
        (["class", "--class", "10X Geography", "--from", "2026-03-27", "--to", "2026-03-01"], 2,
         "is after --to"),
        (["class", "--class", "10X Geography", "--format", "xlsx"], 2, "--output"),
        (["class", "--class", "10X Geography", "--time-zone", "Mars/Olympus"], 2, "time zone"),
    ],
)  # fmt: skip
def test_cli_errors_are_one_plain_line(
    engine: Engine, school: School, argv: list[str], status: int, words: str
) -> None:
    got, message = run(engine, *argv)
    assert (got, words in message) == (status, True), message
