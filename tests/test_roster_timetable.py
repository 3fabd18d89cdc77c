"""A roster whose classes carry periods, plus bell times, is enough for a school's lessons.

Issue 14: OneRoster ``classes.periods``, Clever ``sections.Period`` and School
Data Sync v1 ``Section.Periods`` become weekly timetable slots (one per
school day and period, ``timetable.from_roster``); importing the same roster
again changes nothing; changed periods move future lessons only, never one
whose register was started; a class with slots from a timetable file keeps
them.  On both backends, through ``attendance-desktop import`` and
``attendance-desktop timetable show`` as well as the functions behind them.
"""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from attendance_desktop import cli, roster
from attendance_desktop.db.models import (
    ClassSession,
    SchoolClass,
    SchoolSetting,
    TimetableSlot,
)
from attendance_desktop.db.repository import Actor, start_session
from attendance_desktop.roster.plan import WEEKLY_LESSONS
from attendance_desktop.timetable import read_timetable
from attendance_desktop.timetable.school_day import build_day, import_plan
from tests.test_roster import apply, counts, everything
from tests.test_roster_formats import clever_export

DATA = Path(__file__).parent / "data"
BELLS = DATA / "timetable" / "bells.csv"
LONDON = ZoneInfo("Europe/London")
WEDNESDAY = date(2026, 12, 9)

MANIFEST = (
    "propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\nfile.academicSessions,"
    "absent\nfile.orgs,absent\nfile.courses,absent\nfile.classes,bulk\nfile.users,bulk\n"
    "file.enrollments,bulk\nfile.demographics,absent\n"
)
USERS = (
    "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,"
    "givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,"
    "password\n"
    "t-1,,,true,org-1,teacher,arivera,,Ana,Rivera,,,arivera@example.org,,,,,\n"
    "t-2,,,true,org-1,teacher,cokafor,,Chidi,Okafor,,,,,,,,\n"
    "s-1,,,true,org-1,student,lee,,Ann,Lee,,,,,,,09,\n"
)
CLASSES_HEADER = (
    "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,"
    "location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\n"
)
ENROLLMENTS = (
    "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,"
    "primary,beginDate,endDate\n"
    "e-1,,,c-ma,org-1,t-1,teacher,true,,\ne-2,,,c-en,org-1,t-2,teacher,true,,\n"
    "e-3,,,c-ma,org-1,s-1,student,false,,\ne-4,,,c-en,org-1,s-1,student,false,,\n"
)


def bundle(folder: Path, maths: str = "1", english: str = '"2,3"') -> Path:
    """A OneRoster 1.1 bulk bundle: Maths meets in ``maths``, English in ``english``."""
    folder.mkdir(exist_ok=True)
    (folder / "manifest.csv").write_text(MANIFEST)
    (folder / "users.csv").write_text(USERS)
    (folder / "enrollments.csv").write_text(ENROLLMENTS)
    (folder / "classes.csv").write_text(
        CLASSES_HEADER
        + f"c-ma,,,Maths 9,09,,,scheduled,Room 101,org-1,,,,{maths}\n"
        + f"c-en,,,English 9,09,,,scheduled,Room 204,org-1,,,,{english}\n"
    )
    return folder


def import_bells(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        session.merge(SchoolSetting(key="time_zone", value="Europe/London"))
        result = import_plan(session, read_timetable(BELLS, zone=LONDON))
        assert result.problems == []


def slots(engine: Engine) -> dict[tuple[str, str], set[tuple[int, str | None]]]:
    """(class source id, source) -> {(weekday, period)}."""
    found: dict[tuple[str, str], set[tuple[int, str | None]]] = {}
    with Session(engine) as session:
        rows = session.execute(
            select(SchoolClass.source_id, TimetableSlot).join(
                SchoolClass, SchoolClass.id == TimetableSlot.class_id
            )
        )
        for sid, slot in rows:
            found.setdefault((sid or "", slot.source), set()).add((slot.weekday, slot.period))
    return found


def lessons(engine: Engine, day: date) -> list[tuple[str, str, str]]:
    """The day's lessons: (start-end in London, class, room), built as the app builds them."""
    with Session(engine) as session, session.begin():
        build_day(session, day, LONDON)
    start = datetime.combine(day, datetime.min.time(), tzinfo=LONDON).astimezone(UTC)
    with Session(engine) as session:
        rows = session.execute(
            select(ClassSession, SchoolClass)
            .join(SchoolClass, SchoolClass.id == ClassSession.class_id)
            .where(
                ClassSession.start_time >= start,
                ClassSession.start_time < start + timedelta(days=1),
            )
            .order_by(ClassSession.start_time, SchoolClass.name)
        ).all()
    return [
        (
            f"{cs.start_time.astimezone(LONDON):%H:%M}-{cs.end_time.astimezone(LONDON):%H:%M}",
            klass.name,
            cs.room or "",
        )
        for cs, klass in rows
    ]


def every_day(*periods: str) -> set[tuple[int, str | None]]:
    return {(day, period) for day in range(5) for period in periods}


def test_periods_and_bell_times_give_every_class_its_lessons(
    engine: Engine, tmp_path: Path
) -> None:
    plan = roster.read_roster(bundle(tmp_path / "school"))
    assert plan.problems == []
    assert {c.source_id: c.periods for c in plan.classes} == {"c-ma": ("1",), "c-en": ("2", "3")}

    summary = apply(engine, plan)
    # 5 school days x (1 period + 2 periods).
    assert counts(summary)[WEEKLY_LESSONS] == (15, 0, 0, 0)
    assert any("import the bell times" in note for note in summary.notes)
    assert slots(engine) == {
        ("c-ma", "roster"): every_day("1"),
        ("c-en", "roster"): every_day("2", "3"),
    }
    import_bells(engine)
    # bells.csv: 1 08:50-09:45, 2 09:45-10:40, 3 11:00-11:55 every weekday.
    assert lessons(engine, WEDNESDAY) == [
        ("08:50-09:45", "Maths 9", "Room 101"),
        ("09:45-10:40", "English 9", "Room 204"),
        ("11:00-11:55", "English 9", "Room 204"),
    ]
    assert lessons(engine, date(2026, 12, 12)) == []  # a Saturday

    # Importing the same roster again changes nothing, the timetable included.
    before = (everything(engine), slots(engine))
    again = apply(engine, roster.read_roster(tmp_path / "school"))
    assert not again.changed, again.lines()
    assert counts(again)[WEEKLY_LESSONS] == (0, 0, 15, 0)
    assert (everything(engine), slots(engine)) == before


def test_changed_periods_move_future_lessons_only_and_never_a_started_register(
    engine: Engine, tmp_path: Path
) -> None:
    apply(engine, roster.read_roster(bundle(tmp_path / "school")))
    import_bells(engine)
    today = datetime.now(LONDON).date()
    past = today - timedelta(days=today.weekday() + 14)  # a Monday two weeks back
    future = today + timedelta(days=7 - today.weekday() + 7)  # a Monday a week or more ahead
    english = [("09:45-10:40", "English 9", "Room 204"), ("11:00-11:55", "English 9", "Room 204")]
    assert lessons(engine, past)[1:] == english
    assert lessons(engine, future)[1:] == english
    with Session(engine) as session, session.begin():
        # A register started ahead of time (say, a trip sign-up) at 09:45 on ``future``.
        started = session.scalars(
            select(ClassSession)
            .where(ClassSession.start_time > datetime.now(UTC))
            .order_by(ClassSession.start_time)
        ).all()
        taken = next(
            cs for cs in started if cs.start_time.astimezone(LONDON).strftime("%H:%M") == "09:45"
        )
        start_session(session, taken.id, actor=Actor("Chidi Okafor"))
        taken_id = taken.id

    # English moves from periods 2 and 3 to period 5.
    summary = apply(engine, roster.read_roster(bundle(tmp_path / "school", english="5")))
    # Each weekday: one slot moved (2 -> 5), one gone (3); Maths unchanged.
    assert counts(summary)[WEEKLY_LESSONS] == (0, 5, 5, 5)
    assert slots(engine)[("c-en", "roster")] == every_day("5")
    # The past stays as it was; the future follows the new periods, except the register
    # already started, which is neither moved nor deleted.
    assert lessons(engine, past)[1:] == english
    assert lessons(engine, future) == [
        ("08:50-09:45", "Maths 9", "Room 101"),
        ("09:45-10:40", "English 9", "Room 204"),
        ("13:40-14:35", "English 9", "Room 204"),
    ]
    with Session(engine) as session:
        assert session.get(ClassSession, taken_id) is not None

    # An empty periods value takes the class off the timetable (its future lessons too).
    summary = apply(engine, roster.read_roster(bundle(tmp_path / "school", english="")))
    assert counts(summary)[WEEKLY_LESSONS] == (0, 0, 5, 5)
    assert ("c-en", "roster") not in slots(engine)


def test_a_class_timetabled_from_a_file_keeps_its_timetable(engine: Engine, tmp_path: Path) -> None:
    """The rule: a timetable file (days, rooms, teachers) is more precise than a list of
    periods, so a class with any slot from one is left alone by the roster."""
    apply(engine, roster.read_roster(bundle(tmp_path / "school")))
    with Session(engine) as session, session.begin():
        english = session.scalars(select(SchoolClass).where(SchoolClass.source_id == "c-en")).one()
        session.execute(
            TimetableSlot.__table__.delete().where(TimetableSlot.class_id == english.id)
        )
        session.add(TimetableSlot(class_id=english.id, weekday=1, period="4", room="Library"))
    summary = apply(engine, roster.read_roster(bundle(tmp_path / "school", english='"5,6"')))
    assert counts(summary)[WEEKLY_LESSONS] == (0, 0, 5, 0)
    assert any("1 class keeps the lessons of the timetable file" in note for note in summary.notes)
    assert slots(engine) == {
        ("c-ma", "roster"): every_day("1"),
        ("c-en", "timetable"): {(1, "4")},
    }


def test_a_roster_without_periods_leaves_the_timetable_alone(
    engine: Engine, tmp_path: Path
) -> None:
    folder = bundle(tmp_path / "school")
    apply(engine, roster.read_roster(folder))
    before = slots(engine)
    (folder / "classes.csv").write_text(
        CLASSES_HEADER.replace(",periods", "")
        + "c-ma,,,Maths 9,09,,,scheduled,Room 101,org-1,,,\n"
        + "c-en,,,English 9,09,,,scheduled,Room 204,org-1,,,\n"
    )
    plan = roster.read_roster(folder)
    assert plan.problems == []
    assert all("periods" not in c.given for c in plan.classes)
    summary = apply(engine, plan)
    assert WEEKLY_LESSONS not in counts(summary)
    assert not summary.changed
    assert slots(engine) == before


def test_a_period_name_too_long_is_a_problem_with_file_line_and_column(tmp_path: Path) -> None:
    plan = roster.read_roster(bundle(tmp_path / "school", english="Period three and a half"))
    assert [(p.file, p.line, p.column) for p in plan.problems] == [("classes.csv", 3, "periods")]
    assert "longer than 20 characters" in plan.problems[0].message


def test_the_preview_counts_the_weekly_lessons_and_writes_nothing(
    engine: Engine, tmp_path: Path
) -> None:
    import_bells(engine)
    plan = roster.read_roster(bundle(tmp_path / "school", english='"2,3,9"'))
    with Session(engine) as session:
        preview = roster.preview_plan(session, plan, today=WEDNESDAY)
    assert preview.summary is not None
    assert counts(preview.summary)[WEEKLY_LESSONS] == (20, 0, 0, 0)
    # bells.csv has periods 1 to 5: period 9 is named in a note.
    assert any("The bell times have no period 9" in note for note in preview.summary.notes)
    assert slots(engine) == {}


def test_real_moodle_oneroster_bundle_with_periods(engine: Engine) -> None:
    """Test_full_data_set.zip (catalyst/moodle-enrol_oneroster): classes.csv gives
    cls-222-123456 "Introduction to Physics" periods 1 (Room 2-B, teacher John Doe), and
    cls-222-123478 periods "1,2,3" but status tobedeleted: 5 slots, all for Physics."""
    plan = roster.read_roster(DATA / "oneroster/moodle_enrol_oneroster/Test_full_data_set.zip")
    summary = apply(engine, plan)
    assert counts(summary)[WEEKLY_LESSONS] == (5, 0, 0, 0)
    assert slots(engine) == {("cls-222-123456", "roster"): every_day("1")}
    import_bells(engine)
    assert lessons(engine, WEDNESDAY) == [("08:50-09:45", "Introduction to Physics", "Room 2-B")]


def test_real_sds_v1_uk_sections_with_periods(engine: Engine, tmp_path: Path) -> None:
    """Microsoft's UK SDS v1 sample: Section.csv's "Periods" column gives each of its 28
    sections one period, 1 to 7, four sections each (140 slots).  TeacherRoster.csv gives
    a teacher to 11001 and 11002 (Maths, period 1) and 11003 and 11004 (English, period 2)
    only; the 24 others have no teacher and get their lessons all the same (issue 14).
    bells.csv names periods 1 to 5: 20 lessons; with bell times for 6 and 7, all 28."""
    plan = roster.read_roster(DATA / "sds_v1/microsoft_uk_25_users")
    assert sorted(p for c in plan.classes for p in c.periods) == sorted(
        [str(n) for n in range(1, 8)] * 4
    )
    summary = apply(engine, plan)
    assert counts(summary)[WEEKLY_LESSONS] == (140, 0, 0, 0)
    import_bells(engine)
    summary = apply(engine, roster.read_roster(DATA / "sds_v1/microsoft_uk_25_users"))
    assert not summary.changed
    # bells.csv names periods 1 to 5 only.
    assert any("The bell times have no period 6, 7" in note for note in summary.notes)
    # Section names repeat (a section per school): two sections of each name.
    twice = [
        ("08:50-09:45", "Math - Algebra 1", ""),
        ("08:50-09:45", "Math - Algebra 2", ""),
        ("09:45-10:40", "English - Language 1", ""),
        ("09:45-10:40", "English - Language 2", ""),
        ("11:00-11:55", "History - World History 1", ""),
        ("11:00-11:55", "History - World History 2", ""),
        ("11:55-12:30", "Science - Biology 1", ""),
        ("11:55-12:30", "Science - Biology 2", ""),
        ("13:40-14:35", "Health 1", ""),
        ("13:40-14:35", "Health 2", ""),
    ]
    assert lessons(engine, WEDNESDAY) == [lesson for lesson in twice for _ in (1, 2)]
    with Session(engine) as session:
        taught = session.scalars(
            select(func.count())
            .select_from(ClassSession)
            .where(ClassSession.teacher_id.is_not(None))
        ).one()
    assert taught == 4  # 11001 to 11004: the others have no teacher
    # Bell times for periods 6 and 7 too: every one of the 28 sections has its lesson.
    bells = tmp_path / "bells.csv"
    bells.write_text(
        BELLS.read_text() + "6,14:35,15:30,Mon-Fri\n7,15:30,16:25,Mon-Fri\n", encoding="utf-8"
    )
    with Session(engine) as session, session.begin():
        assert import_plan(session, read_timetable(bells, zone=LONDON)).problems == []
    later = [
        ("14:35-15:30", "Technology - Programming 1", ""),
        ("14:35-15:30", "Technology - Programming 2", ""),
        ("15:30-16:25", "Physical Education 1", ""),
        ("15:30-16:25", "Physical Education 2", ""),
    ]
    day = WEDNESDAY + timedelta(days=7)  # a day not built yet
    assert lessons(engine, day) == [lesson for lesson in twice + later for _ in (1, 2)]
    assert len(lessons(engine, day)) == 28


def test_clever_sections_period(engine: Engine, tmp_path: Path) -> None:
    """clever_export: sec1 period 1 (teacher t1), sec2 period 2 (no teacher), sec3 period 3
    (teacher t2)."""
    folder = clever_export(tmp_path / "clever")
    plan = roster.read_roster(folder)
    assert {c.source_id: c.periods for c in plan.classes} == {
        "sec1": ("1",),
        "sec2": ("2",),
        "sec3": ("3",),
    }
    assert counts(apply(engine, plan))[WEEKLY_LESSONS] == (15, 0, 0, 0)
    import_bells(engine)
    # sec2 has no teacher yet: its lesson is made all the same (teacher_id None).
    assert lessons(engine, WEDNESDAY) == [
        ("08:50-09:45", "Algebra 1 - P1", ""),
        ("09:45-10:40", "Biology - P2", ""),
        ("11:00-11:55", "Art - P3", ""),
    ]


def test_the_command_line_end_to_end(
    db_url: URL, engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's done check: import a OneRoster bundle with periods, import bell times,
    and ``timetable show --date`` lists every class's lesson at its period's time."""
    url = db_url.render_as_string(hide_password=False)
    school = shutil.make_archive(str(tmp_path / "school"), "zip", bundle(tmp_path / "export"))
    assert cli.main(["--database", url, "import", school]) == 0
    out = capsys.readouterr().out
    assert "Weekly lessons: 15 created, 0 updated, 0 unchanged, 0 withdrawn." in out
    assert cli.main(["--database", url, "timetable", "import", str(BELLS)]) == 0
    capsys.readouterr()
    assert cli.main(["--database", url, "timetable", "show", "--date", "2026-12-09"]) == 0
    shown = capsys.readouterr().out
    # The school's zone is not set here: times are as the bell times say, in that zone.
    assert [line.split("\t")[:3] for line in shown.splitlines()] == [
        ["08:50", "09:45", "Maths 9"],
        ["09:45", "10:40", "English 9"],
        ["11:00", "11:55", "English 9"],
    ]
    assert cli.main(["--database", url, "import", school]) == 0
    out = capsys.readouterr().out
    assert "nothing was changed" in out
    assert "Weekly lessons: 0 created, 0 updated, 15 unchanged, 0 withdrawn." in out
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(TimetableSlot)) == 15


def test_a_class_without_a_teacher_gets_its_lesson_and_register(
    db_url: URL, engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 14: English 9 has no teacher enrolment.  Its lessons are made all the same,
    ``timetable show`` lists them with "no teacher", All teachers lists them (a teacher's
    own day does not), missing registers lists them under "no teacher", and the register
    can be started and marked (by the owner here; rights: tests/test_rights.py)."""
    from attendance_desktop import lessons as lesson_list
    from attendance_desktop import reports
    from attendance_desktop.db.models import Attendance, AttendanceCode, Teacher
    from attendance_desktop.db.repository import mark

    folder = bundle(tmp_path / "export")
    (folder / "enrollments.csv").write_text(
        ENROLLMENTS.replace("e-2,,,c-en,org-1,t-2,teacher,true,,\n", "")
    )
    url = db_url.render_as_string(hide_password=False)
    school = shutil.make_archive(str(tmp_path / "school"), "zip", folder)
    assert cli.main(["--database", url, "import", school]) == 0
    assert cli.main(["--database", url, "timetable", "import", str(BELLS)]) == 0
    capsys.readouterr()
    assert cli.main(["--database", url, "timetable", "show", "--date", "2026-12-09"]) == 0
    shown = capsys.readouterr().out
    assert [line.split("\t")[:4] for line in shown.splitlines()] == [
        ["08:50", "09:45", "Maths 9", "Ana Rivera"],
        ["09:45", "10:40", "English 9", "no teacher"],
        ["11:00", "11:55", "English 9", "no teacher"],
    ]
    start = datetime.combine(WEDNESDAY, datetime.min.time(), tzinfo=UTC)
    end = start + timedelta(days=1)
    with Session(engine) as session, session.begin():
        rivera = session.scalars(select(Teacher.id).where(Teacher.source_id == "t-1")).one()
        everyone = lesson_list.load_day(session, start, end, None)
        hers = lesson_list.load_day(session, start, end, rivera)
    assert [(r.class_name, r.teacher_id, r.teacher_name) for r in everyone] == [
        ("Maths 9", rivera, "Ana Rivera"),
        ("English 9", None, "no teacher"),
        ("English 9", None, "no teacher"),
    ]
    assert [r.class_name for r in hers] == ["Maths 9"]
    english = everyone[1].id
    with Session(engine) as session:
        info = lesson_list.load_lesson(session, english)
    assert (info.teacher_id, info.teacher_name, info.teacher_label) == (
        None,
        "no teacher",
        "no teacher",
    )
    # Nobody took the register: missing, under "no teacher" (after the named teachers).
    with Session(engine) as session, session.begin():
        missing = reports.missing_registers(
            session, datetime(2026, 12, 9, 12, 0, tzinfo=UTC), since=WEDNESDAY
        )
        printable = reports.session_register(session, english)
    assert [(t.teacher_id, t.teacher_name, len(t.registers)) for t in missing.teachers] == [
        (rivera, "Ana Rivera", 1),
        (None, "no teacher", 2),
    ]
    assert (printable.teacher_name, printable.class_teacher_name) == ("no teacher", "")
    # The register can be started and marked.
    with Session(engine) as session, session.begin():
        assert start_session(session, english, actor=Actor("Office")) == 1
        row = session.scalars(
            select(Attendance).where(Attendance.class_session_id == english)
        ).one()
        present = session.scalars(select(AttendanceCode.id).where(AttendanceCode.code == "P")).one()
        mark(session, row.id, {"code_id": present}, actor=Actor("Office"))
    with Session(engine) as session:
        assert (
            session.scalars(
                select(Attendance.code_id).where(Attendance.class_session_id == english)
            ).one()
            == present
        )
