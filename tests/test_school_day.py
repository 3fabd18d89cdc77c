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
    assert capsys.readouterr().out == "2026-12-22: no lessons (Christmas holiday).\n"
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
