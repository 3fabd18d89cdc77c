"""The school day runs itself: bell times + a timetable make each day's lessons, holidays make
none, a changed timetable moves only future lessons nobody started, and cover moves a lesson
to another teacher's day.  On both backends, through the same functions the app and
``attendance-desktop timetable`` use."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from attendance_desktop import cli
from attendance_desktop.db.models import (
    ClassSession,
    SchoolClass,
    SchoolSetting,
    Teacher,
)
from attendance_desktop.db.repository import Actor, start_session
from attendance_desktop.timetable import read_timetable
from attendance_desktop.timetable.school_day import (
    ROTATION_KEY,
    build_day,
    give_cover,
    import_plan,
    lessons_of,
)

DATA = Path(__file__).parent / "data" / "timetable"
LONDON = ZoneInfo("Europe/London")
MONDAY = date(2026, 12, 7)  # week A of the rotation set below


@pytest.fixture
def school(engine: Engine) -> Engine:
    """A school in London whose roster has the timetable's classes and teachers."""
    with Session(engine) as session, session.begin():
        martinez = Teacher(display_name="Mr José Martínez", email="j.martinez@example.org")
        okafor = Teacher(display_name="Ms Ngozi Okafor")
        cover = Teacher(display_name="Mr Tom Cover")
        session.add_all([martinez, okafor, cover])
        session.flush()
        session.add_all(
            [
                SchoolClass(name="8B Maths", room="M1", teacher_id=martinez.id),
                SchoolClass(name="7A English", room="E1", teacher_id=okafor.id),
            ]
        )
        session.merge(SchoolSetting(key="time_zone", value="Europe/London"))
        session.merge(SchoolSetting(key=ROTATION_KEY, value=MONDAY.isoformat()))
    for name in ("bells.csv", "timetable.csv", "holidays.ics"):
        with Session(engine) as session, session.begin():
            result = import_plan(session, read_timetable(DATA / name, zone=LONDON))
            assert result.problems == []
    return engine


def _day(engine: Engine, day: date) -> list[tuple[str, str, str, str]]:
    with Session(engine) as session, session.begin():
        build_day(session, day, LONDON)
    with Session(engine) as session:
        rows = session.execute(
            select(ClassSession, SchoolClass, Teacher)
            .join(SchoolClass, SchoolClass.id == ClassSession.class_id)
            .join(Teacher, Teacher.id == ClassSession.teacher_id)
            .order_by(ClassSession.start_time)
        ).all()
    return [
        (
            f"{cs.start_time.astimezone(LONDON):%H:%M}-{cs.end_time.astimezone(LONDON):%H:%M}",
            klass.name,
            teacher.display_name,
            cs.room or "",
        )
        for cs, klass, teacher in rows
        if cs.start_time.astimezone(LONDON).date() == day
    ]


def test_a_week_of_lessons_from_bell_times_and_a_timetable(school: Engine) -> None:
    assert _day(school, MONDAY) == [("08:50-09:45", "8B Maths", "Mr José Martínez", "M2")]
    assert _day(school, date(2026, 12, 8)) == [
        ("09:45-10:40", "7A English", "Ms Ngozi Okafor", "E1")
    ]
    # Wednesday's period 3 (the short Wednesday only changes period 4).
    assert _day(school, date(2026, 12, 9)) == [
        ("11:00-11:55", "8B Maths", "Mr José Martínez", "M2")
    ]
    # The rotation: period 5 on Fridays of week A only.
    assert _day(school, date(2026, 12, 11)) == [
        ("13:40-14:35", "8B Maths", "Mr José Martínez", "M2")
    ]
    assert _day(school, date(2026, 12, 18)) == []


def test_no_lessons_on_a_holiday_or_a_closure_day(school: Engine) -> None:
    assert _day(school, date(2026, 12, 21)) == []  # a Monday in the Christmas holiday
    assert _day(school, date(2026, 12, 4)) == []  # the INSET day (a Friday of week B anyway)
    assert _day(school, date(2026, 12, 14)) != []  # the Monday before: a school day


def test_listing_a_day_twice_or_importing_again_changes_nothing(school: Engine) -> None:
    first = _day(school, MONDAY)
    with Session(school) as session, session.begin():
        for name in ("bells.csv", "timetable.csv", "holidays.ics"):
            result = import_plan(session, read_timetable(DATA / name, zone=LONDON))
            assert (result.added, result.removed) == (0, 0), name
    assert _day(school, MONDAY) == first
    with Session(school) as session:
        assert session.scalar(select(func.count()).select_from(ClassSession)) == 1


def test_a_new_timetable_moves_future_lessons_but_never_a_started_register(
    school: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _day(school, MONDAY)
    _day(school, date(2026, 12, 14))
    with Session(school) as session, session.begin():
        started = session.scalars(
            select(ClassSession).where(ClassSession.start_time < datetime(2026, 12, 8, tzinfo=UTC))
        ).one()
        start_session(session, started.id, actor=Actor("Mr José Martínez"))
    # 8B Maths moves from period 1 to period 2 on Mondays.
    moved = tmp_path / "timetable.csv"
    moved.write_text(
        (DATA / "timetable.csv").read_text().replace("8B Maths,Mon,1,", "8B Maths,Mon,2,")
    )
    with Session(school) as session, session.begin():
        result = import_plan(session, read_timetable(moved))
        assert (result.added, result.removed) == (1, 1)
    # "Today" is Thursday 10 December: the 7th is past, the 14th to come.
    import attendance_desktop.timetable.school_day as school_day

    class Clock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> datetime:  # type: ignore[override]
            return datetime(2026, 12, 10, 12, 0, tzinfo=LONDON)

    monkeypatch.setattr(school_day, "datetime", Clock)
    assert _day(school, MONDAY) == [("08:50-09:45", "8B Maths", "Mr José Martínez", "M2")]
    assert _day(school, date(2026, 12, 14)) == [
        ("09:45-10:40", "8B Maths", "Mr José Martínez", "M2")
    ]


def test_cover_moves_a_lesson_to_the_cover_teachers_day(school: Engine) -> None:
    _day(school, MONDAY)
    with Session(school) as session, session.begin():
        martinez = session.scalars(select(Teacher.id).where(Teacher.email.is_not(None))).one()
        cover = session.scalars(
            select(Teacher.id).where(Teacher.display_name == "Mr Tom Cover")
        ).one()
        lessons = lessons_of(session, martinez, MONDAY, LONDON)
        assert give_cover(session, lessons, cover) == 1
    assert _day(school, MONDAY) == [("08:50-09:45", "8B Maths", "Mr Tom Cover", "M2")]
    with Session(school) as session:
        (lesson,) = session.scalars(select(ClassSession)).all()
        assert lesson.cover_for_teacher_id == martinez
        # The absent teacher's day still lists it (as covered).
        assert lessons_of(session, martinez, MONDAY, LONDON) == [lesson.id]


def test_the_command_line_imports_and_shows_a_day(
    db_url: URL, school: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    url = db_url.render_as_string(hide_password=False)
    assert cli.main(["--database", url, "timetable", "show", "--date", "2026-12-09"]) == 0
    assert capsys.readouterr().out == "11:00\t11:55\t8B Maths\tMr José Martínez\tM2\n"
    assert cli.main(["--database", url, "timetable", "show", "--date", "2026-12-22"]) == 0
    assert capsys.readouterr().out == "Tuesday, 22 December 2026: no lessons (Christmas holiday).\n"
    assert (
        cli.main(["--database", url, "timetable", "show", "--date", "2026-12-08", "--teacher", "x"])
        == 3
    )
    assert 'There is no teacher "x".' in capsys.readouterr().err
    # Importing the same timetable again: nothing changes.
    assert cli.main(["--database", url, "timetable", "import", str(DATA / "timetable.csv")]) == 0
    assert "already match the file" in capsys.readouterr().out


def test_a_timetable_naming_an_unknown_class_is_refused_whole(
    db_url: URL, school: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "timetable.csv"
    bad.write_text("class,day,period,room,teacher\n8B Maths,Tue,4,M2,\n9Z Art,Mon,1,A1,\n")
    url = db_url.render_as_string(hide_password=False)
    assert cli.main(["--database", url, "timetable", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert 'timetable.csv, line 3, column "class": there is no class called "9Z Art"' in err
    with Session(school) as session:  # nothing half-written: the old timetable stands
        from attendance_desktop.db.models import TimetableSlot

        assert session.scalar(select(func.count()).select_from(TimetableSlot)) == 4


def test_the_lesson_list_and_missing_registers_see_timetabled_lessons(school: Engine) -> None:
    """Nobody made these lessons by hand: the day's list shows them, and one that ended
    without a register is missing (before, a lesson nobody created could never be)."""
    from attendance_desktop import lessons, reports

    start = datetime(2026, 12, 7, 0, 0, tzinfo=LONDON).astimezone(UTC)
    end = datetime(2026, 12, 8, 0, 0, tzinfo=LONDON).astimezone(UTC)
    with Session(school) as session, session.begin():
        listed = lessons.load_day(session, start, end, teacher_id=None)
    assert [(r.class_name, r.start_time.astimezone(LONDON).strftime("%H:%M")) for r in listed] == [
        ("8B Maths", "08:50")
    ]
    evening = datetime(2026, 12, 8, 18, 0, tzinfo=LONDON)
    with Session(school) as session, session.begin():
        missing = reports.missing_registers(session, evening, since=MONDAY)
    got = sorted(
        (m.class_name, m.start.astimezone(LONDON).strftime("%a %H:%M"))
        for group in missing.teachers
        for m in group.registers
    )
    assert got == [("7A English", "Tue 09:45"), ("8B Maths", "Mon 08:50")]


# --- Settings > School day and File > Import timetable (the Qt-free part) ------------------


def test_the_office_page_loads_what_the_files_set_and_saving_it_back_changes_nothing(
    school: Engine,
) -> None:
    from attendance_desktop.timetable.school_day import (
        BellText,
        ClosureRow,
        load_school_day,
        save_school_day,
        timetable_version,
    )

    with Session(school) as session:
        values = load_school_day(session)
        version = timetable_version(session)
    assert values.bells == (
        BellText("1", "08:50", "09:45", "Mon-Fri"),
        BellText("2", "09:45", "10:40", "Mon-Fri"),
        BellText("3", "11:00", "11:55", "Mon-Fri"),
        BellText("4", "11:55", "12:50", "Mon,Tue,Thu,Fri"),
        BellText("4", "11:55", "12:30", "Wed"),
        BellText("5", "13:40", "14:35", "Mon-Fri"),
    )
    assert values.week_a_monday == MONDAY
    inset = ClosureRow(date(2026, 12, 4), date(2026, 12, 4), "INSET day (school closed to pupils)")
    assert inset in values.closures
    with Session(school) as session, session.begin():
        assert save_school_day(session, values) is False
    with Session(school) as session, session.begin():
        assert timetable_version(session) == version
        # The file again after the page's save: still nothing to change.
        result = import_plan(session, read_timetable(DATA / "bells.csv"))
        assert (result.added, result.removed) == (0, 0)


def test_the_office_edits_bell_times_rotation_and_holidays(school: Engine) -> None:
    from dataclasses import replace

    from attendance_desktop.timetable.school_day import (
        BellText,
        ClosureRow,
        load_school_day,
        save_school_day,
    )

    with Session(school) as session:
        values = load_school_day(session)
    bells = list(values.bells)
    bells[0] = BellText("1", "8:45", "9:45", "Mon-Fri")  # the day starts 5 minutes earlier
    half_term = ClosureRow(date(2026, 12, 14), date(2026, 12, 18), "Snow week")
    edited = replace(
        values,
        bells=tuple(bells),
        week_a_monday=date(2026, 12, 16),  # a Wednesday: its week's Monday is stored
        closures=(*values.closures, half_term),
    )
    with Session(school) as session, session.begin():
        assert save_school_day(session, edited) is True
    with Session(school) as session:
        again = load_school_day(session)
    assert again.bells[0] == BellText("1", "08:45", "09:45", "Mon-Fri")
    assert again.week_a_monday == date(2026, 12, 14)
    assert half_term in again.closures
    assert _day(school, date(2026, 12, 15)) == []  # in the snow week
    # Monday 7 December is week B now: period 1 at the new time.
    assert _day(school, MONDAY) == [("08:45-09:45", "8B Maths", "Mr José Martínez", "M2")]
    # Taking the rotation off and the snow week out.
    with Session(school) as session, session.begin():
        save_school_day(
            session,
            replace(again, week_a_monday=None, closures=values.closures),
        )
    with Session(school) as session:
        final = load_school_day(session)
    assert final.week_a_monday is None and half_term not in final.closures


@pytest.mark.parametrize(
    ("row", "words"),
    [
        (("4", "12:50", "11:55", "Mon-Fri"), "row 2 (period 4): it ends at 11:55, before it"),
        (("4", "09:30", "10:00", "Mon-Fri"), "row 2 (period 4): on Mon, period 4 starts before "),
        (("4", "11:00", "12:00", "Mon-Frri"), 'row 2 (period 4): "Frri" is not a day of the week'),
        (("4", "11:00", "1200x", "Mon"), 'row 2 (period 4): "1200x" is not a time of day'),
        (("", "11:00", "12:00", "Mon"), "row 2: the period has no name"),
        (("1", "11:00", "12:00", "Mon"), "row 2 (period 1): period 1 is given twice for Mon"),
        (("4", "11:00", "12:00", "A-Mon"), "row 2 (period 4): A-Mon is for week A or B only"),
    ],
)
def test_bad_bell_rows_are_refused_naming_the_row(
    engine: Engine, row: tuple[str, str, str, str], words: str
) -> None:
    from attendance_desktop.db.models import BellPeriod
    from attendance_desktop.timetable.school_day import (
        BellText,
        SchoolDayValues,
        save_school_day,
        school_day_problems,
    )

    values = SchoolDayValues(bells=(BellText("1", "08:50", "09:45", "Mon-Fri"), BellText(*row)))
    problems = school_day_problems(values)
    assert len(problems) == 1 and words in problems[0], problems
    assert problems[0].startswith("Bell times, row 2")
    with Session(engine) as session, session.begin(), pytest.raises(ValueError):
        save_school_day(session, values)
    with Session(engine) as session:  # negative control: nothing half-saved
        assert session.scalar(select(func.count()).select_from(BellPeriod)) == 0
    good = SchoolDayValues(bells=(BellText("1", "08:50", "09:45", "Mon-Fri"),))
    assert school_day_problems(good) == []


def test_a_closure_ending_before_it_starts_is_refused() -> None:
    from attendance_desktop.timetable.school_day import ClosureRow, closure_problems

    assert closure_problems(
        [
            ClosureRow(date(2026, 12, 21), date(2026, 12, 31), "Christmas"),
            ClosureRow(date(2026, 12, 5), date(2026, 12, 4), "INSET"),
            ClosureRow(date(2026, 12, 5), date(2026, 12, 5), " "),
        ]
    ) == [
        "Non-school days, row 2 (INSET): it ends on 4 Dec 2026, before it starts on 5 Dec 2026.",
        "Non-school days, row 3: give it a name, such as Half term or INSET day.",
    ]


def test_a_file_preview_writes_nothing_and_counts_changes(school: Engine, tmp_path: Path) -> None:
    from attendance_desktop.db.models import BellPeriod
    from attendance_desktop.timetable import BELL_TIMES, NON_SCHOOL_DAYS
    from attendance_desktop.timetable.school_day import apply_file, preview_file

    later = tmp_path / "bells.csv"
    later.write_text(
        (DATA / "bells.csv").read_text().replace("1,08:50,09:45", "1,08:55,09:45")
        + "6,14:35,15:30,Mon-Fri\n"
    )
    with Session(school) as session:
        preview = preview_file(session, later, expected=BELL_TIMES)
    assert preview.problems == []
    assert preview.result is not None
    assert (preview.result.new, preview.result.changed, preview.result.gone) == (1, 1, 0)
    with Session(school) as session:
        assert session.scalar(select(func.count()).select_from(BellPeriod)) == 6  # unchanged
        refused = preview_file(session, later, expected=NON_SCHOOL_DAYS)
    assert refused.result is None
    assert "this file holds bell times, not non-school days" in str(refused.problems[0])
    with Session(school) as session, session.begin():
        done = apply_file(session, preview.plan)
        assert (done.added, done.removed) == (2, 1)
    with Session(school) as session:
        assert session.scalar(select(func.count()).select_from(BellPeriod)) == 7
        again = preview_file(session, later)
    assert again.result is not None and again.result.nothing_to_do


# --- terms ----------------------------------------------------------------------------------


def _terms(*rows: tuple[str, str, str]) -> tuple[object, ...]:
    from attendance_desktop.timetable.school_day import TermRow

    return tuple(
        TermRow(date.fromisoformat(first), date.fromisoformat(last), name)
        for first, last, name in rows
    )


AUTUMN = ("2026-09-02", "2026-12-18", "Autumn term")
SPRING = ("2027-01-05", "2027-03-26", "Spring term")


def test_days_outside_every_term_have_no_lessons_and_the_command_line_says_why(
    db_url: URL, school: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    from dataclasses import replace

    from attendance_desktop.timetable.school_day import (
        closure_on,
        load_school_day,
        save_school_day,
        timetable_version,
    )

    # No terms: every day may be a school day (the Monday after the autumn term ends).
    assert _day(school, date(2027, 1, 4)) == [("08:50-09:45", "8B Maths", "Mr José Martínez", "M2")]
    with Session(school) as session:
        values = load_school_day(session)
        version = timetable_version(session)
    with Session(school) as session, session.begin():
        assert save_school_day(session, replace(values, terms=_terms(SPRING, AUTUMN))) is True
    with Session(school) as session:
        assert load_school_day(session).terms == _terms(AUTUMN, SPRING)  # in date order
        assert timetable_version(session) == version + 1
        assert closure_on(session, date(2027, 1, 4)) == "between Autumn term and Spring term"
        assert closure_on(session, date(2026, 9, 1)) == "before Autumn term starts"
        assert closure_on(session, date(2027, 4, 1)) == "after Spring term, the last term set"
        assert closure_on(session, MONDAY) is None
        # A holiday inside a term is named as before.
        assert closure_on(session, date(2026, 12, 4)) == "INSET day (school closed to pupils)"
    assert _day(school, MONDAY) == [("08:50-09:45", "8B Maths", "Mr José Martínez", "M2")]
    # The day was built before the terms: it is rebuilt (it is still to come) without
    # its lesson; the first Monday of the spring term has one.
    assert _day(school, date(2027, 1, 4)) == []
    assert _day(school, date(2027, 1, 11)) != []
    url = db_url.render_as_string(hide_password=False)
    assert cli.main(["--database", url, "timetable", "show", "--date", "2027-01-04"]) == 0
    assert capsys.readouterr().out == (
        "Monday, 4 January 2027: no lessons (between Autumn term and Spring term).\n"
    )
    # Saving the same terms again changes nothing; taking them all away brings lessons back.
    with Session(school) as session, session.begin():
        assert save_school_day(session, load_school_day(session)) is False
    with Session(school) as session, session.begin():
        assert save_school_day(session, replace(load_school_day(session), terms=())) is True
    assert _day(school, date(2027, 1, 4)) != []


@pytest.mark.parametrize(
    ("rows", "words"),
    [
        (
            (AUTUMN, ("2026-12-01", "2027-01-10", "Winter term")),
            "Terms, row 2 (Winter term): it overlaps row 1 (Autumn term), which runs "
            "2 Sept 2026 to 18 Dec 2026.",
        ),
        (
            (("2026-12-01", "2027-01-10", "Winter term"), AUTUMN),
            "Terms, row 2 (Autumn term): it overlaps row 1 (Winter term), which runs "
            "1 Dec 2026 to 10 Jan 2027.",
        ),
        (
            (SPRING, ("2026-12-18", "2026-09-02", "Autumn term")),
            "Terms, row 2 (Autumn term): it ends on 2 Sept 2026, before it starts on 18 Dec 2026.",
        ),
        ((AUTUMN, ("2027-01-05", "2027-03-26", "  ")), "Terms, row 2: give it a name"),
        (
            # A long term overlapping one that is not its neighbour in date order.
            (
                ("2026-09-01", "2027-07-20", "School year"),
                ("2026-09-02", "2026-09-03", "Induction"),
                SPRING,
            ),
            "Terms, row 2 (Induction): it overlaps row 1 (School year)",
        ),
    ],
)
def test_bad_terms_are_refused_naming_the_row_and_nothing_is_half_saved(
    engine: Engine, rows: tuple[tuple[str, str, str], ...], words: str
) -> None:
    from attendance_desktop.timetable.school_day import (
        TERMS_KEY,
        BellText,
        SchoolDayValues,
        save_school_day,
        school_day_problems,
    )

    values = SchoolDayValues(
        bells=(BellText("1", "08:50", "09:45", "Mon-Fri"),),
        terms=_terms(*rows),  # type: ignore[arg-type]
    )
    problems = school_day_problems(values)
    assert problems and problems[0].startswith(words), problems
    with Session(engine) as session, session.begin(), pytest.raises(ValueError):
        save_school_day(session, values)
    with Session(engine) as session:  # nothing half-saved: neither the bells nor the terms
        from attendance_desktop.db.models import BellPeriod

        assert session.scalar(select(func.count()).select_from(BellPeriod)) == 0
        assert session.get(SchoolSetting, TERMS_KEY) is None
    # Negative control: the same rows without the fault are accepted.
    assert school_day_problems(SchoolDayValues(terms=_terms(AUTUMN, SPRING))) == []  # type: ignore[arg-type]


TERMS_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example County Council//Term dates//EN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260902
DTEND;VALUE=DATE:20261219
SUMMARY:Autumn term
UID:autumn-2026@example.org
DTSTAMP:20260101T000000Z
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20270105
DTEND;VALUE=DATE:20270327
SUMMARY:Spring term
UID:spring-2027@example.org
DTSTAMP:20260101T000000Z
END:VEVENT
END:VCALENDAR
"""


def test_terms_are_imported_from_a_calendar_and_again_changes_nothing(
    school: Engine, tmp_path: Path
) -> None:
    from dataclasses import replace

    from attendance_desktop.timetable import NON_SCHOOL_DAYS
    from attendance_desktop.timetable.reading import TERMS
    from attendance_desktop.timetable.school_day import (
        apply_file,
        load_school_day,
        load_terms,
        preview_file,
        save_school_day,
    )

    path = tmp_path / "term-dates.ics"
    path.write_text(TERMS_ICS)
    with Session(school) as session:
        preview = preview_file(session, path, expected=TERMS)
        assert preview.problems == [] and preview.result is not None
        assert (preview.result.added, preview.result.kept) == (2, 0)
        assert load_terms(session) == ()  # a preview writes nothing
        # The same file through "Import holidays" is read as holidays.
        holidays = preview_file(session, path, expected=NON_SCHOOL_DAYS)
        assert holidays.plan.kind == NON_SCHOOL_DAYS
    with Session(school) as session, session.begin():
        done = apply_file(session, preview.plan)
        assert done.added == 2
    with Session(school) as session:
        assert load_terms(session) == _terms(AUTUMN, SPRING)
        again = preview_file(session, path, expected=TERMS)
    assert again.result is not None and again.result.nothing_to_do and again.result.kept == 2
    assert _day(school, date(2027, 1, 4)) == []  # between the terms
    # A file whose term overlaps a different one the office set is refused whole.
    with Session(school) as session, session.begin():
        terms = _terms(("2026-09-02", "2026-12-20", "Autumn term"), SPRING)
        save_school_day(session, replace(load_school_day(session), terms=terms))  # type: ignore[arg-type]
    with Session(school) as session:
        refused = preview_file(session, path, expected=TERMS)
    assert refused.result is not None and len(refused.problems) == 1
    assert (
        "Autumn term (2 Sept 2026 to 18 Dec 2026) overlaps Autumn term (2 Sept 2026 to "
        "20 Dec 2026)" in refused.problems[0].message
    )
    with Session(school) as session, session.begin():
        assert apply_file(session, refused.plan).problems
    with Session(school) as session:
        assert len(load_terms(session)) == 2  # unchanged


# --- a timetable file and a roster's periods ------------------------------------------------


def test_a_timetable_file_leaves_the_roster_periods_of_classes_it_does_not_name(
    school: Engine,
) -> None:
    from attendance_desktop.db.models import TimetableSlot

    with Session(school) as session, session.begin():
        okafor = session.scalars(
            select(Teacher.id).where(Teacher.display_name == "Ms Ngozi Okafor")
        ).one()
        science = SchoolClass(name="9C Science", room="S1", teacher_id=okafor)
        art = SchoolClass(name="9D Art", room="A1", teacher_id=okafor)
        session.add_all([science, art])
        session.flush()
        maths = session.scalars(select(SchoolClass.id).where(SchoolClass.name == "8B Maths")).one()
        session.add_all(
            [
                # A roster gave 9C Science period 4 every day...
                *(
                    TimetableSlot(class_id=science.id, weekday=d, period="4", source="roster")
                    for d in range(5)
                ),
                # ...and 8B Maths period 2, which the file replaces (it names 8B Maths).
                TimetableSlot(class_id=maths, weekday=0, period="2", source="roster"),
                # 9D Art came from an older timetable file: the new file replaces it too.
                TimetableSlot(class_id=art.id, weekday=3, period="1", source="timetable"),
            ]
        )
    with Session(school) as session, session.begin():
        result = import_plan(session, read_timetable(DATA / "timetable.csv", zone=LONDON))
        assert (result.added, result.removed, result.kept) == (0, 2, 4)
    with Session(school) as session:
        left = session.execute(
            select(SchoolClass.name, TimetableSlot.source, func.count())
            .join(SchoolClass, SchoolClass.id == TimetableSlot.class_id)
            .group_by(SchoolClass.name, TimetableSlot.source)
            .order_by(SchoolClass.name)
        ).all()
    assert [tuple(row) for row in left] == [
        ("7A English", "timetable", 1),
        ("8B Maths", "timetable", 3),
        ("9C Science", "roster", 5),
    ]
    # 9C Science still has its lessons from the roster's periods.
    assert ("11:55-12:50", "9C Science", "Ms Ngozi Okafor", "S1") in _day(school, MONDAY)


def test_a_roster_slot_the_timetable_file_confirms_becomes_the_timetables(school: Engine) -> None:
    from attendance_desktop.db.models import TimetableSlot

    with Session(school) as session, session.begin():
        session.execute(
            TimetableSlot.__table__.update()
            .where(TimetableSlot.weekday == 1)
            .values(source="roster")  # 7A English, Tue 2, as a roster would give it
        )
    with Session(school) as session, session.begin():
        result = import_plan(session, read_timetable(DATA / "timetable.csv", zone=LONDON))
        assert (result.added, result.removed, result.kept) == (0, 0, 4)
    with Session(school) as session:
        assert set(session.scalars(select(TimetableSlot.source))) == {"timetable"}
