"""Roster import (plain CSV and OneRoster bundles), on both backends.

The fixtures in ``fixtures/rosters`` are small and hand-made but carry the
mess real exports have: byte-order marks, Windows-1252 accents, semicolons,
quoted commas and quotes, blank lines, stray spaces, tobedeleted rows.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from attendance_desktop import roster
from attendance_desktop.db.models import (
    Attendance,
    ClassSession,
    Enrollment,
    SchoolClass,
    Student,
    Teacher,
)
from attendance_desktop.db.repository import Actor, start_session
from attendance_desktop.errors import KnownError
from attendance_desktop.import_cli import run_import
from tests.factories import make_lesson

FIXTURES = Path(__file__).parent / "fixtures" / "rosters"
TODAY = date(2026, 12, 2)
TABLES = (Teacher, Student, SchoolClass, Enrollment, ClassSession, Attendance)


# --- helpers -----------------------------------------------------------------------------


def read(name: str) -> roster.RosterPlan:
    plan = roster.read_roster(FIXTURES / name)
    assert plan.problems == [], roster.format_problems(plan.problems)
    return plan


def apply(engine: Engine, plan: roster.RosterPlan, **kwargs: Any) -> roster.ImportSummary:
    kwargs.setdefault("today", TODAY)
    with Session(engine) as session, session.begin():
        return roster.apply_roster(session, plan, **kwargs)


def import_fixture(engine: Engine, name: str) -> roster.ImportSummary:
    return apply(engine, read(name))


def row_counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as session:
        return {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in TABLES
        }


def everything(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the roster tables, every column (updated_at included)."""
    with Session(engine) as session:
        return {
            model.__tablename__: [
                tuple(row)
                for row in session.execute(
                    select(*model.__table__.columns).order_by(model.__table__.c.id)
                )
            ]
            for model in (Teacher, Student, SchoolClass, Enrollment)
        }


def students(engine: Engine) -> dict[str, tuple[str, str, str | None]]:
    with Session(engine) as session:
        return {
            s.source_id: (s.first_name, s.last_name, s.preferred_name)
            for s in session.scalars(select(Student))
            if s.source_id
        }


def enrollments(
    engine: Engine,
) -> dict[tuple[str | None, str | None], tuple[date | None, date | None]]:
    """(class source id, student source id) -> (start, end)."""
    with Session(engine) as session:
        rows = session.execute(
            select(
                SchoolClass.source_id, Student.source_id, Enrollment.start_date, Enrollment.end_date
            )
            .join(SchoolClass, SchoolClass.id == Enrollment.class_id)
            .join(Student, Student.id == Enrollment.student_id)
        )
        return {(c, s): (start, end) for c, s, start, end in rows}


def counts(summary: roster.ImportSummary) -> dict[str, tuple[int, int, int, int]]:
    return {label: (c.created, c.updated, c.unchanged, c.withdrawn) for label, c in summary.kinds()}


def make_zip(folder: Path, destination: Path, *, inside: str = "") -> Path:
    with zipfile.ZipFile(destination, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.iterdir()):
            archive.write(file, f"{inside}{file.name}")
    return destination


# --- plain CSV ---------------------------------------------------------------------------


def test_plain_csv_with_bom_quoted_commas_and_blank_lines(engine: Engine) -> None:
    plan = read("students_utf8_bom.csv")
    assert (plan.format, plan.encoding, plan.delimiter) == ("plain CSV", "UTF-8 with BOM", ",")

    summary = apply(engine, plan)

    assert counts(summary) == {
        "Teachers": (2, 0, 0, 0),
        "Students": (6, 0, 0, 0),
        "Classes": (2, 0, 0, 0),
        "Enrollments": (7, 0, 0, 0),
    }
    assert students(engine) == {
        "S1001": ("Chloé", "Dubois", None),
        "S1002": ('Oluwaseun "Seun"', "Adeyemi", "Seun"),
        "S1003": ("Mary-Jane", "O'Neill, Jr.", None),
        "S1004": ("José", "García, López", None),
        "S1005": ("Zoë", "Ng", None),
        "S1006": ("Søren", "Kierkegaard", None),
    }
    with Session(engine) as session:
        classes = {
            c.name: (c.room, c.teacher.display_name, c.teacher.email)
            for c in session.scalars(select(SchoolClass))
        }
    assert classes == {
        "9B Maths": ("B12", "Ms Rivera", "rivera@school.example"),
        "10A English": ("C3", "Mr Okafor", "okafor@school.example"),
    }
    dates = enrollments(engine)
    assert dates[("csv:class:9b maths", "S1003")] == (None, None)
    assert dates[("csv:class:10a english", "S1006")] == (date(2026, 9, 15), None)


def test_plain_csv_in_windows_1252_with_semicolons(engine: Engine) -> None:
    plan = read("students_cp1252_semicolon.csv")
    assert (plan.encoding, plan.delimiter) == ("Windows-1252", ";")
    assert any("Windows-1252" in note for note in plan.notes)

    summary = apply(engine, plan)

    assert counts(summary)["Students"] == (6, 0, 0, 0)
    assert counts(summary)["Enrollments"] == (6, 0, 0, 0)
    names = {(first, last) for first, last, _ in students(engine).values()}
    assert names == {
        ("François", "Müller"),
        ("Žofie", "Šimek"),
        ("Begoña", "Nuñez"),
        ("Bjørn", "Œuvray"),
        ("Anne-Marie", "Smith; Jones"),
        ("Zoé", "Straße"),
    }
    with Session(engine) as session:
        teachers = set(session.scalars(select(Teacher.display_name)))
        subjects = set(session.scalars(select(SchoolClass.subject)))
    assert teachers == {"Mrs Ødegård", "Mr Castaño"}
    assert subjects == {"Registration"}


def write(tmp_path: Path, text: str, name: str = "roster.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def problems_of(path: Path) -> list[tuple[str, int | None, str | None, str]]:
    return [(p.file, p.line, p.column, p.message) for p in roster.read_roster(path).problems]


def test_plain_csv_problems_name_file_line_and_column(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Student ID,First name,Last name,Class,Teacher,Start date\n"
        "1,Ann,Lee,9B,Ms Rivera,2026-09-01\n"
        "\n"
        "2,,Kim,9B,Ms Rivera,2026-09-01\n"
        "3,Bo,Yu,9B,Mr Other,2026-09-01\n"
        "4,Cy,Ray,9B,Ms Rivera,01/09/2026\n"
        "5,Di,Fox, Jr.,9B,Ms Rivera,2026-09-01\n"
        '1,Anne,Lee,"10A",Ms Rivera,\n',
    )
    found = problems_of(path)
    assert [(f, line, col) for f, line, col, _ in found] == [
        ("roster.csv", 4, "First name"),
        ("roster.csv", 5, "Teacher"),
        ("roster.csv", 6, "Start date"),
        ("roster.csv", 7, None),
        ("roster.csv", 8, "First name"),
    ]
    text = roster.format_problems(roster.read_roster(path).problems)
    assert 'roster.csv, line 4, column "First name": the first name is empty.' in text
    assert 'line 6, column "Start date": "01/09/2026" is not a date' in text
    assert "comma or semicolon in a value without quotes" in text
    assert 'the student id "1"\'s name is "Ann Lee" on line 2 but "Anne Lee" here.' in text


def test_plain_csv_header_variants(tmp_path: Path) -> None:
    # A whole-name column, tabs, UTF-16 as Excel's "Unicode text" writes it.
    path = write(
        tmp_path,
        "\ufeffPupil\tForm\tTUTOR\tHouse\n"
        "Dubois, Chloé\t7C\tMs Rivera\tRed\n"
        "Bo Yu\t7C\tMs Rivera\tBlue\n",
        encoding="utf-16-le",
    )
    plan = roster.read_roster(path)
    assert plan.problems == []
    assert (plan.encoding, plan.delimiter) == ("UTF-16", "\t")
    assert [(s.first_name, s.last_name) for s in plan.students] == [
        ("Chloé", "Dubois"),
        ("Bo", "Yu"),
    ]
    assert any('"House"' in note for note in plan.notes)

    semicolons = write(tmp_path, "sep=;\nFirst;Last;Class;Teacher\nAnn;Lee;9B;Ms R\n", "sep.csv")
    plan = roster.read_roster(semicolons)
    assert plan.problems == [] and plan.delimiter == ";"
    assert plan.students[0].last_name == "Lee"

    nameless = write(tmp_path, "Class,Teacher\n9B,Ms R\n", "nameless.csv")
    assert problems_of(nameless)[0][:2] == ("nameless.csv", 1)

    unclosed = write(tmp_path, 'First,Last\nAnn,Lee\n"Bo,Yu\nCy,Ray\n', "unclosed.csv")
    assert problems_of(unclosed) == [
        ("unclosed.csv", 3, None, 'a quoted value is never closed (a " is missing), so the rest '
         "of the file cannot be read."),
    ]  # fmt: skip


def test_every_accepted_header_is_documented() -> None:
    from attendance_desktop.roster import plain_csv

    doc = plain_csv.__doc__ or ""
    flat = " ".join(doc.split())
    for synonyms in roster.PLAIN_HEADERS.values():
        for synonym in synonyms:
            assert synonym in flat, synonym


def test_paths_that_are_not_rosters(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="There is no file or folder"):
        roster.read_roster(tmp_path / "missing.csv")
    with pytest.raises(KnownError, match="is a spreadsheet"):
        roster.read_roster(write(tmp_path, "x", "roster.xlsx"))
    with pytest.raises(KnownError, match=r"not a roster export this program knows"):
        roster.read_roster(tmp_path)
    lone = tmp_path / "users.csv"
    lone.write_bytes((FIXTURES / "oneroster_1_1" / "users.csv").read_bytes())
    assert "one file of a OneRoster bundle" in problems_of(lone)[0][3]
    with pytest.raises(KnownError, match=r"not a readable \.zip"):
        roster.read_roster(write(tmp_path, "not a zip", "bundle.zip"))


# --- OneRoster ---------------------------------------------------------------------------


def test_oneroster_1_1_folder(engine: Engine) -> None:
    plan = read("oneroster_1_1")
    assert plan.format == "OneRoster 1.1"
    notes = "\n".join(plan.notes)
    assert "demographics.csv ignored" in notes
    assert 'role "administrator" ignored' in notes
    assert "2 users not imported" in notes
    assert "More than one teacher teaches 1 class" in notes

    summary = apply(engine, plan)

    assert counts(summary) == {
        "Teachers": (2, 0, 0, 0),
        "Students": (6, 0, 0, 0),
        "Classes": (2, 0, 0, 0),
        "Enrollments": (7, 0, 0, 0),
        # classes.csv "periods": 1 and 2, every school day (test_roster_timetable.py).
        "Weekly lessons": (10, 0, 0, 0),
    }
    assert students(engine)["s-3"] == ("Mary-Jane", "O'Neill, Jr.", None)
    assert students(engine)["s-6"] == ("Søren", "Kierkegaard", None)
    with Session(engine) as session:
        classes = {
            c.source_id: (c.name, c.subject, c.room, c.teacher.source_id)
            for c in session.scalars(select(SchoolClass))
        }
        teachers = {
            t.source_id: (t.display_name, t.email) for t in session.scalars(select(Teacher))
        }
    assert classes == {
        "cls-ma9-1": ("Maths 9 - Period 1", "Mathematics 9", "Room 101", "t-100"),
        "cls-en9-2": (
            "English 9 - Period 2",
            "English 9: Language, Literature",
            "Room 204",
            "t-101",
        ),
    }
    assert teachers == {
        "t-100": ("Ana Rivera", "arivera@riverside.example"),
        "t-101": ("Chidi Okafor", "cokafor@riverside.example"),
    }


def test_oneroster_1_2_zip_with_a_tobedeleted_enrollment(engine: Engine, tmp_path: Path) -> None:
    bundle = make_zip(FIXTURES / "oneroster_1_2", tmp_path / "lakeside.zip", inside="export/")
    plan = roster.read_roster(bundle)
    assert plan.problems == []
    assert plan.format == "OneRoster 1.2"
    deleted = [e for e in plan.enrollments if e.deleted]
    assert [(e.source_id, e.deleted_on) for e in deleted] == [("en-9", date(2026, 11, 20))]

    summary = apply(engine, plan)

    assert counts(summary) == {
        "Teachers": (2, 0, 0, 0),
        "Students": (4, 0, 0, 0),
        "Classes": (2, 0, 0, 0),
        "Enrollments": (6, 0, 0, 0),
        # classes.csv "periods": "1,2" and 4, every school day.
        "Weekly lessons": (15, 0, 0, 0),
    }
    assert "1 enrollment to be deleted was not in the register" in "\n".join(summary.notes)
    assert students(engine) == {
        "u-s1": ("Alexandra", "Petrov", "Sasha"),
        "u-s2": ("Björn", "Åkesson", None),
        "u-s3": ("Thị Minh Anh", "Nguyễn", None),
        "u-s4": ("Wei", "Zhang", None),
    }
    with Session(engine) as session:
        teachers = {t.source_id: t.display_name for t in session.scalars(select(Teacher))}
    assert teachers == {"u-t1": "María Morales", "u-t2": "Kate White"}
    assert enrollments(engine)[("cls-sci7a", "u-s4")] == (date(2026, 9, 14), date(2027, 6, 25))
    assert ("cls-art7", "u-s3") not in enrollments(engine)


def test_tobedeleted_enrollment_withdraws_a_student_already_there(
    engine: Engine, tmp_path: Path
) -> None:
    # Last month's export still had Nguyễn in Art; this one deletes the place.
    older = tmp_path / "older"
    older.mkdir()
    for file in (FIXTURES / "oneroster_1_2").iterdir():
        data = file.read_bytes()
        if file.name == "enrollments.csv":
            data = data.replace(b"en-9,tobedeleted,", b"en-9,active,")
        (older / file.name).write_bytes(data)
    apply(engine, read_path(older))
    assert enrollments(engine)[("cls-art7", "u-s3")] == (date(2026, 8, 31), date(2027, 6, 25))

    summary = apply(engine, read("oneroster_1_2"))

    assert counts(summary)["Enrollments"] == (0, 0, 6, 1)
    assert enrollments(engine)[("cls-art7", "u-s3")] == (date(2026, 8, 31), date(2026, 11, 20))


def read_path(path: Path) -> roster.RosterPlan:
    plan = roster.read_roster(path)
    assert plan.problems == [], roster.format_problems(plan.problems)
    return plan


@pytest.mark.parametrize(
    "fixture",
    ["students_utf8_bom.csv", "students_cp1252_semicolon.csv", "oneroster_1_1", "oneroster_1_2"],
)
def test_importing_the_same_roster_twice_changes_nothing(engine: Engine, fixture: str) -> None:
    first = import_fixture(engine, fixture)
    before = everything(engine)

    again = import_fixture(engine, fixture)

    assert not again.changed
    for label, c in again.kinds():
        first_counts = dict(first.kinds())[label]
        assert c.unchanged == first_counts.created + first_counts.updated, label
    assert everything(engine) == before  # same rows, same values, same updated_at


def test_newer_export_renames_and_withdraws_keeping_history(engine: Engine) -> None:
    import_fixture(engine, "oneroster_1_1")
    # Two maths lessons were taken before the change.
    with Session(engine) as session, session.begin():
        maths = session.scalars(
            select(SchoolClass).where(SchoolClass.source_id == "cls-ma9-1")
        ).one()
        lessons = [
            ClassSession(
                class_id=maths.id,
                teacher_id=maths.teacher_id,
                start_time=datetime(2026, 11, day, 9, tzinfo=UTC),
                end_time=datetime(2026, 11, day, 10, tzinfo=UTC),
            )
            for day in (23, 24)
        ]
        session.add_all(lessons)
        session.flush()
        for lesson in lessons:
            assert start_session(session, lesson.id, actor=Actor("Ana Rivera", "PC-1")) == 4
    history_before = row_counts(engine)["attendance"]
    assert history_before == 8

    summary = import_fixture(engine, "oneroster_1_1_newer")

    assert counts(summary) == {
        "Teachers": (0, 0, 0, 0),
        "Students": (1, 1, 0, 0),
        "Classes": (0, 0, 0, 0),
        "Enrollments": (1, 0, 0, 1),
    }
    assert students(engine)["s-4"] == ("José", "García-López", None)
    assert students(engine)["s-7"] == ("Agnieszka", "Kowalczyk", None)
    dates = enrollments(engine)
    assert dates[("cls-ma9-1", "s-4")] == (date(2026, 9, 1), date(2026, 12, 1))
    assert dates[("cls-ma9-1", "s-7")] == (date(2026, 12, 1), None)
    assert row_counts(engine)["attendance"] == history_before  # history kept

    # From 1 December José is no longer in the maths register; Agnieszka is.
    with Session(engine) as session, session.begin():
        maths = session.scalars(
            select(SchoolClass).where(SchoolClass.source_id == "cls-ma9-1")
        ).one()
        lesson = ClassSession(
            class_id=maths.id,
            teacher_id=maths.teacher_id,
            start_time=datetime(2026, 12, 1, 9, tzinfo=UTC),
            end_time=datetime(2026, 12, 1, 10, tzinfo=UTC),
        )
        session.add(lesson)
        session.flush()
        start_session(session, lesson.id, actor=Actor("Ana Rivera", "PC-1"))
        names = set(
            session.scalars(
                select(Student.last_name)
                .join(Attendance, Attendance.student_id == Student.id)
                .where(Attendance.class_session_id == lesson.id)
            )
        )
    assert "García-López" not in names and "Kowalczyk" in names

    again = import_fixture(engine, "oneroster_1_1_newer")
    assert not again.changed


def copy_bundle(source: str, destination: Path, **replace: tuple[bytes, bytes]) -> Path:
    """A copy of a fixture bundle with ``file_name_csv=(old, new)`` edits."""
    destination.mkdir()
    for file in (FIXTURES / source).iterdir():
        data = file.read_bytes()
        edit = replace.get(file.name.replace(".", "_"))
        if edit:
            assert edit[0] in data
            data = data.replace(*edit)
        (destination / file.name).write_bytes(data)
    return destination


def test_tobedeleted_student_is_deactivated_and_leaves_classes(
    engine: Engine, tmp_path: Path
) -> None:
    import_fixture(engine, "oneroster_1_1")
    delta = copy_bundle(
        "oneroster_1_1_newer",
        tmp_path / "delta",
        users_csv=(b"s-4,active,", b"s-4,tobedeleted,"),
        enrollments_csv=(b"e-6,tobedeleted,2026-12-01", b"e-6,tobedeleted,2026-11-30"),
    )

    summary = apply(engine, read_path(delta))

    assert counts(summary)["Students"] == (1, 0, 0, 1)
    assert counts(summary)["Enrollments"] == (1, 0, 0, 1)
    assert enrollments(engine)[("cls-ma9-1", "s-4")] == (date(2026, 9, 1), date(2026, 11, 30))
    with Session(engine) as session:
        jose = session.scalars(select(Student).where(Student.source_id == "s-4")).one()
        assert not jose.active and jose.last_name == "García López"  # kept, not deleted
    assert not apply(engine, read_path(delta)).changed


def test_enrollment_missing_from_a_newer_bulk_export_is_withdrawn(
    engine: Engine, tmp_path: Path
) -> None:
    import_fixture(engine, "oneroster_1_1")
    newer = copy_bundle(
        "oneroster_1_1",
        tmp_path / "newer",
        enrollments_csv=(b"e-9,,,cls-en9-2,org-hs,s-6,student,false,2026-09-15,\n", b""),
    )

    summary = apply(engine, read_path(newer))

    assert counts(summary)["Enrollments"] == (0, 0, 6, 1)
    assert enrollments(engine)[("cls-en9-2", "s-6")] == (date(2026, 9, 15), TODAY)
    assert counts(summary)["Students"] == (0, 0, 6, 0)  # Søren stays in the register
    # Back in the next export: enrolled again.
    assert counts(import_fixture(engine, "oneroster_1_1"))["Enrollments"] == (0, 1, 6, 0)
    assert enrollments(engine)[("cls-en9-2", "s-6")] == (date(2026, 9, 15), None)


def test_plain_csv_newer_file_withdraws_missing_students(engine: Engine, tmp_path: Path) -> None:
    original = FIXTURES / "students_utf8_bom.csv"
    import_fixture(engine, original.name)
    newer = tmp_path / "newer.csv"
    newer.write_bytes(
        original.read_bytes()
        .replace(b"S1005,Zo\xc3\xab,Ng,", b"S1005,Zo\xc3\xab,Ng-Hart,")
        .replace(b"S1003,Mary-Jane", b"S1099,Ivy")
    )

    summary = apply(engine, read_path(newer))

    assert counts(summary)["Students"] == (1, 1, 4, 0)
    assert counts(summary)["Enrollments"] == (1, 0, 6, 1)
    assert enrollments(engine)[("csv:class:9b maths", "S1003")] == (None, TODAY)
    assert students(engine)["S1005"][1] == "Ng-Hart"
    assert students(engine)["S1003"] == ("Mary-Jane", "O'Neill, Jr.", None)  # kept, not deleted


def test_plain_csv_adopts_rows_made_by_hand(engine: Engine, tmp_path: Path) -> None:
    lesson = make_lesson(engine, students=2, name="9B Maths")  # Ms Rivera, no source ids
    before = row_counts(engine)
    path = write(
        tmp_path,
        "First name,Last name,Class,Teacher,Room\n"
        "Ava,Abbott0,9B Maths,Ms Rivera,B12\n"
        "Ben,Brennan1,9B Maths,Ms Rivera,B12\n"
        "Cy,New,9B Maths,Ms Rivera,B12\n",
    )

    summary = apply(engine, read_path(path))

    assert counts(summary)["Teachers"] == (0, 1, 0, 0)
    assert counts(summary)["Classes"] == (0, 1, 0, 0)
    assert counts(summary)["Students"] == (1, 2, 0, 0)
    assert counts(summary)["Enrollments"] == (1, 2, 0, 0)
    after = row_counts(engine)
    assert after["teacher"] == before["teacher"] and after["school_class"] == before["school_class"]
    assert after["student"] == before["student"] + 1
    with Session(engine) as session:
        klass = session.get(SchoolClass, lesson.class_id)
        assert klass is not None and klass.source_id == "csv:class:9b maths"
    assert not apply(engine, read_path(path)).changed


# --- validation and all-or-nothing -------------------------------------------------------

BROKEN = [
    ("classes.csv", 3, "courseSourcedId"),
    ("enrollments.csv", 3, "beginDate"),
    ("enrollments.csv", 4, "classSourcedId"),
    ("enrollments.csv", 5, "userSourcedId"),
    ("enrollments.csv", 6, "dateLastModified"),
    ("users.csv", 3, "givenName"),
    ("users.csv", 5, "sourcedId"),
    ("users.csv", 6, "status"),
]


def test_broken_bundle_lists_every_problem_and_writes_nothing(engine: Engine) -> None:
    import_fixture(engine, "oneroster_1_1")
    before = everything(engine)
    plan = roster.read_roster(FIXTURES / "oneroster_broken")

    assert [(p.file, p.line, p.column) for p in plan.problems] == BROKEN
    text = roster.format_problems(plan.problems, limit=None)
    assert 'users.csv, line 3, column "givenName": the first name is empty.' in text
    assert 'users.csv, line 5, column "sourcedId": the id "s-2" is already used on line 4.' in text
    assert 'enrollments.csv, line 4, column "classSourcedId": there is no class "c-9"' in text
    assert 'enrollments.csv, line 3, column "beginDate": "2026-13-01" is not a date' in text

    with pytest.raises(roster.RosterInvalid) as refused:
        apply(engine, plan)
    assert len(refused.value.problems) == len(BROKEN)
    assert "8 problems" in refused.value.message
    assert everything(engine) == before


def test_problems_only_the_database_can_show(engine: Engine, tmp_path: Path) -> None:
    # A delta naming a class nobody imported, and a class with no teacher.
    delta = tmp_path / "delta"
    delta.mkdir()
    (delta / "manifest.csv").write_text(
        "propertyName,value\noneroster.version,1.1\nfile.users,delta\nfile.enrollments,delta\n"
    )
    (delta / "users.csv").write_text(
        "sourcedId,status,dateLastModified,role,givenName,familyName\n"
        "s-1,active,2026-11-30T10:00:00Z,student,Ann,Lee\n"
    )
    (delta / "enrollments.csv").write_text(
        "sourcedId,status,dateLastModified,classSourcedId,userSourcedId,role\n"
        "e-1,active,2026-11-30T10:00:00Z,cls-unknown,s-1,student\n"
    )
    plan = read_path(delta)
    before = row_counts(engine)
    with Session(engine) as session:
        found = roster.check_roster(session, plan, today=TODAY)
    assert [(p.file, p.line, p.column, p.message) for p in found] == [
        ("enrollments.csv", 2, "classSourcedId",
         'there is no class "cls-unknown" in this bundle or in the register.'),
    ]  # fmt: skip
    with pytest.raises(roster.RosterInvalid):
        apply(engine, plan)

    assert row_counts(engine) == before


def test_a_class_without_a_teacher_is_imported(engine: Engine, tmp_path: Path) -> None:
    """Issue 13: a class with no teacher (yet) is imported, with a note; no teacher is made up."""
    teacherless = write(tmp_path, "First name,Last name,Class\nAnn,Lee,9B\n")
    summary = apply(engine, read_path(teacherless))
    created = (summary.classes.created, summary.students.created, summary.teachers.created)
    assert created == (1, 1, 0)
    assert any('1 new class has no teacher yet ("9B")' in note for note in summary.notes)
    with Session(engine) as session:
        klass = session.scalars(select(SchoolClass)).one()
        assert klass.teacher_id is None
    again = apply(engine, read_path(teacherless))
    assert not again.changed
    assert not any("no teacher yet" in note for note in again.notes)


def large_roster(tmp_path: Path, students: int, per_class: int = 25) -> Path:
    lines = ["Student ID,First name,Last name,Class,Teacher"]
    for i in range(students):
        klass = i // per_class
        lines.append(f"S{i},Ann{i},Lee{i},Class {klass},Teacher {klass % 40}")
    path = tmp_path / "large.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cancel_rolls_back_everything(engine: Engine, tmp_path: Path) -> None:
    plan = read_path(large_roster(tmp_path, 2500))
    before = row_counts(engine)
    seen: list[tuple[int, int]] = []

    def stop_after_first_batch() -> bool:
        return len(seen) >= 2

    with pytest.raises(roster.ImportCancelled):
        apply(engine, plan, progress=lambda done, total: seen.append((done, total)),
              cancelled=stop_after_first_batch)  # fmt: skip
    assert seen[0][0] == 0 and seen[1][0] > 0
    assert row_counts(engine) == before

    progress: list[tuple[int, int]] = []
    apply(engine, plan, progress=lambda done, total: progress.append((done, total)))
    done = [d for d, _ in progress]
    assert done == sorted(done) and progress[-1][0] == progress[-1][1] > 2500
    assert row_counts(engine)["student"] == 2500


def test_a_bug_half_way_leaves_nothing(engine: Engine, tmp_path: Path) -> None:
    plan = read_path(large_roster(tmp_path, 1500))

    def explode(done: int, total: int) -> None:
        if done > 1000:
            raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        apply(engine, plan, progress=explode)
    assert row_counts(engine)["student"] == 0


# --- export and the lossless round trip --------------------------------------------------


def test_export_is_utf8_with_bom_and_reads_back(engine: Engine, tmp_path: Path) -> None:
    import_fixture(engine, "oneroster_1_1")
    out = tmp_path / "export.csv"
    with Session(engine) as session:
        roster.export_roster(session, out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfStudent ID,Student number,First name,Last name,")
    assert "O'Neill, Jr." in data.decode("utf-8-sig")
    plan = read_path(out)
    assert len(plan.students) == 6 and len(plan.enrollments) == 7
    assert not apply(engine, plan).changed  # the export matches the register


words = st.text(
    alphabet=st.characters(categories=("L", "M", "Nd"), max_codepoint=0x2FFF)
    | st.sampled_from(list(",;\"'-.()&/")),
    min_size=1,
    max_size=12,
)
names = st.lists(words, min_size=1, max_size=3).map(" ".join).map(roster.clean_text).filter(bool)
ids = (
    st.text(alphabet="abcXYZ0189-_:,;\"' ", min_size=1, max_size=10)
    .map(roster.clean_text)
    .filter(bool)
)
rooms = st.none() | words.map(roster.clean_text).filter(bool)
optional = st.none() | names
days = st.none() | st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


@dataclass
class GeneratedRoster:
    teachers: list[tuple[str, str, str | None]]
    classes: list[tuple[str, str, str | None, str | None, int]]
    students: list[tuple[str, str, str, str | None]]
    enrollments: list[tuple[int, int, date | None, date | None]]


@st.composite
def rosters(draw: st.DrawFn) -> GeneratedRoster:
    n_teachers = draw(st.integers(1, 3))
    teacher_ids = draw(st.lists(ids, min_size=n_teachers, max_size=n_teachers, unique=True))
    teachers = [(tid, draw(names), draw(st.none() | st.emails())) for tid in teacher_ids]
    class_ids = draw(st.lists(ids, max_size=3, unique=True))
    classes = [
        (cid, draw(names), draw(optional), draw(rooms), draw(st.integers(0, n_teachers - 1)))
        for cid in class_ids
    ]  # fmt: skip
    student_ids = draw(st.lists(ids, max_size=6, unique=True))
    students = [(sid, draw(names), draw(names), draw(optional)) for sid in student_ids]
    pairs = draw(
        st.lists(
            st.tuples(st.integers(0, len(classes) - 1), st.integers(0, len(students) - 1)),
            unique=True,
            max_size=10,
        )
        if classes and students
        else st.just([])
    )
    enrollments = []
    for c, s in pairs:
        start, end = draw(days), draw(days)
        if start and end and end < start:
            start, end = end, start
        enrollments.append((c, s, start, end))
    return GeneratedRoster(teachers, classes, students, enrollments)


def insert_generated(session: Session, generated: GeneratedRoster) -> None:
    teachers = [
        Teacher(source_id=tid, display_name=name, email=email)
        for tid, name, email in generated.teachers
    ]
    classes = [
        SchoolClass(source_id=cid, name=name, subject=subject, room=room, teacher=teachers[t])
        for cid, name, subject, room, t in generated.classes
    ]
    students = [
        Student(source_id=sid, first_name=first, last_name=last, preferred_name=preferred)
        for sid, first, last, preferred in generated.students
    ]
    session.add_all([*teachers, *classes, *students])
    session.flush()
    session.add_all(
        Enrollment(class_id=classes[c].id, student_id=students[s].id, start_date=a, end_date=b)
        for c, s, a, b in generated.enrollments
    )
    session.flush()


@pytest.fixture
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("roundtrip")


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(generated=rosters())
def test_export_then_import_is_lossless(
    engine: Engine, scratch: Path, generated: GeneratedRoster
) -> None:
    first, second = scratch / "first.csv", scratch / "second.csv"
    # Each example rolls back, so every one starts from an empty register.
    assert row_counts(engine)["student"] == 0
    with Session(engine) as session:
        insert_generated(session, generated)
        roster.export_roster(session, first)
        session.rollback()

    plan = roster.read_roster(first)
    assert plan.problems == [], roster.format_problems(plan.problems)
    assert {
        (s.source_id, s.first_name, s.last_name, s.preferred_name) for s in plan.students
    } == set(generated.students)
    assert {(t.source_id, t.display_name, t.email) for t in plan.teachers} == set(
        generated.teachers
    )

    with Session(engine) as session:
        summary = roster.apply_roster(session, plan, today=TODAY)
        assert summary.students.created == len(generated.students)
        assert summary.enrollments.created == len(generated.enrollments)
        roster.export_roster(session, second)
        session.rollback()

    assert second.read_bytes() == first.read_bytes()


# --- the command line --------------------------------------------------------------------


def test_run_import_writes_and_reports(engine: Engine) -> None:
    out = io.StringIO()
    status = run_import(engine, FIXTURES / "oneroster_1_1", dry_run=False, out=out, today=TODAY)
    text = out.getvalue()
    assert status == 0, text
    assert "OneRoster 1.1: 2 teachers, 6 students, 2 classes, 7 enrollments" in text
    assert "Students: 6 created, 0 updated, 0 unchanged, 0 withdrawn." in text
    assert "Note: demographics.csv ignored" in text
    assert row_counts(engine)["student"] == 6

    out = io.StringIO()
    assert run_import(engine, FIXTURES / "oneroster_1_1", dry_run=False, out=out, today=TODAY) == 0
    assert "already matches this roster; nothing was changed" in out.getvalue()
    assert "Enrollments: 0 created, 0 updated, 7 unchanged, 0 withdrawn." in out.getvalue()


def test_run_import_dry_run_writes_nothing(engine: Engine) -> None:
    before = everything(engine)
    out = io.StringIO()
    status = run_import(engine, FIXTURES / "students_utf8_bom.csv", dry_run=True, out=out)
    assert status == 0
    assert "Dry run: nothing was written" in out.getvalue()
    assert "Students: 6 created" in out.getvalue()
    assert everything(engine) == before


def test_run_import_lists_problems_and_exits_3(engine: Engine) -> None:
    import_fixture(engine, "students_utf8_bom.csv")
    before = everything(engine)
    out = io.StringIO()

    status = run_import(engine, FIXTURES / "oneroster_broken", dry_run=False, out=out)

    text = out.getvalue()
    assert status == 3
    assert "The roster has 8 problems:" in text
    for file, line, column in BROKEN:
        assert f'{file}, line {line}, column "{column}": ' in text
    assert "Nothing was imported." in text
    assert everything(engine) == before

    out = io.StringIO()
    assert run_import(engine, FIXTURES / "oneroster_broken", dry_run=True, out=out) == 3


def test_run_import_reports_database_problems_too(engine: Engine, tmp_path: Path) -> None:
    delta = tmp_path / "delta"
    delta.mkdir()
    (delta / "manifest.csv").write_text(
        "propertyName,value\noneroster.version,1.1\nfile.users,delta\nfile.enrollments,delta\n"
    )
    (delta / "users.csv").write_text(
        "sourcedId,status,dateLastModified,role,givenName,familyName\n"
        "s-1,active,2026-11-30T10:00:00Z,student,Ann,Lee\n"
    )
    (delta / "enrollments.csv").write_text(
        "sourcedId,status,dateLastModified,classSourcedId,userSourcedId,role\n"
        "e-1,active,2026-11-30T10:00:00Z,cls-unknown,s-1,student\n"
    )
    for dry_run in (True, False):
        out = io.StringIO()
        assert run_import(engine, delta, dry_run=dry_run, out=out) == 3
        assert 'there is no class "cls-unknown" in this bundle or in the register' in out.getvalue()
    assert row_counts(engine)["student"] == 0


def test_format_problem() -> None:
    problem = roster.RosterProblem("users.csv", 14, "givenName", "the first name is empty.")
    assert str(problem) == 'users.csv, line 14, column "givenName": the first name is empty.'
    assert str(roster.RosterProblem("x.csv", None, None, "the file is empty.")) == (
        "x.csv: the file is empty."
    )
    many = [roster.RosterProblem("a.csv", n, None, "bad.") for n in range(1, 6)]
    assert roster.format_problems(many, limit=2).splitlines() == [
        "a.csv, line 1: bad.",
        "a.csv, line 2: bad.",
        "... and 3 more problems.",
    ]


def test_large_roster_smoke(engine: Engine, tmp_path: Path) -> None:
    """A few thousand rows in well under a few seconds (the bench has the 50,000 figure)."""
    plan = read_path(large_roster(tmp_path, 3000))
    started = datetime.now(UTC)
    summary = apply(engine, plan)
    assert summary.students.created == 3000
    again = apply(engine, plan)
    assert again.students.unchanged == 3000 and not again.changed
    assert datetime.now(UTC) - started < timedelta(seconds=60)


def test_direction_overrides_are_removed_from_names(engine: Engine, tmp_path: Path) -> None:
    """U+202E makes "Ngozi\u202eofakO" show as "Ngozi Okafo" reversed: a register row could
    read as someone else.  The reader stores names, classes and subjects without it."""
    path = tmp_path / "roster.csv"
    path.write_text(
        "Student ID,First name,Last name,Class,Subject,Teacher\n"
        "s-1,Ngozi\u202e,\u2067Okafor\u2069,7A\u202d,Maths\u202e,Mr \u202eBrown\n",
        encoding="utf-8",
    )
    plan = roster.read_roster(path)
    assert plan.problems == []
    apply(engine, plan)
    assert students(engine) == {"s-1": ("Ngozi", "Okafor", None)}
    with Session(engine) as session:
        school_class = session.scalars(select(SchoolClass)).one()
        teacher = session.scalars(select(Teacher)).one()
    assert (school_class.name, school_class.subject) == ("7A", "Maths")
    assert teacher.display_name == "Mr Brown"
    # Negative control: the override really was in the file the reader was given.
    assert "\u202e" in path.read_text(encoding="utf-8")
