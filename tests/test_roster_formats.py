"""Real, public roster exports (tests/data/, see SOURCES.md) and each format's own cases.

Every expected count below was worked out by reading the files (the docstrings
say how), not from the importer's output.  Each export is imported into an
empty register (SQLite and PostgreSQL) and then imported again: the second
import changes nothing, not even ``updated_at``.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from attendance_desktop import roster
from attendance_desktop.db.models import Enrollment, SchoolClass, Student, Teacher
from attendance_desktop.import_cli import run_import
from tests.test_roster import apply, everything, row_counts

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 12, 2)


@dataclass(frozen=True)
class Expected:
    format: str
    teachers: int
    students: int
    classes: int
    enrollments: int
    #: Classes with no teacher after the import.
    teacherless: int = 0
    warnings: int = 0
    #: Classes in the register afterwards, when a class to be deleted is not created.
    kept_classes: int | None = None


REAL_EXPORTS: dict[str, Expected] = {
    # Student.csv 22 rows, Teacher.csv 2, Section.csv 2 (both in TeacherRoster.csv),
    # StudentEnrollment.csv 44 distinct (section, student) rows.
    "sds_v1/microsoft_25_users": Expected("Microsoft School Data Sync v1", 2, 22, 2, 44),
    # The UK template ("ID" columns): Section.csv 28 rows, TeacherRoster.csv names 4 of them;
    # StudentEnrollment.csv 154 distinct rows.
    "sds_v1/microsoft_uk_25_users": Expected(
        "Microsoft School Data Sync v1", 2, 22, 28, 154, teacherless=24
    ),
    # users.csv: 22 Student, 2 teacher, Faculty, Professor, Lecturer (teachers: 5), staff and
    # aide (skipped); enrollments.csv: 22 Student rows, each class has a teaching role.
    "sds_v2/microsoft": Expected("Microsoft School Data Sync v2", 5, 22, 4, 22),
    # roles.csv: students 114001, 114003, 114004, 114008; professor 114006; teacher 114007
    # (two rows); 114002 and 114005 have no role (guardians).  enrollments.csv: 4 student rows.
    "sds_v2_1/microsoft": Expected("Microsoft School Data Sync v2.1", 2, 4, 2, 4),
    # users.csv: teachers John Doe, Jim Smith; students Mary, mmichel, Anna; a parent.
    # Jim Smith (teacher) is enrolled as a student in cls-222-123456: a student too (warning).
    # classes.csv: cls-222-123478 is tobedeleted (not created), so only cls-222-123456's 2
    # student rows are imported (they ended on 2022-06-15, their endDate).
    "oneroster/moodle_enrol_oneroster/Test_full_data_set.zip": Expected(
        "OneRoster 1.1", 2, 4, 2, 2, warnings=1, kept_classes=1
    ),
    # As above with no statuses: both classes live, 4 student rows, Jim enrolled twice.
    "oneroster/moodle_enrol_oneroster/Test_minimal_data_set.zip": Expected(
        "OneRoster 1.1", 2, 4, 2, 4, warnings=2
    ),
    # A 1.2 delta: one user (role in roles.csv: student), one class, one enrollment, no teacher.
    "oneroster/moodle_enrol_oneroster/oneroster_test_data.zip": Expected(
        "OneRoster 1.2", 0, 1, 1, 1, teacherless=1
    ),
    # Two students, three classes, no teacher enrolment at all: three student enrollments.
    "oneroster/oat_v1p1": Expected("OneRoster 1.1", 0, 2, 3, 3, teacherless=3),
    # The same without manifest.csv and with a "role" column: OneRoster 1.0.
    "oneroster/oat_v1p0": Expected("OneRoster 1.0", 0, 2, 3, 3, teacherless=3),
    # Benutzertyp: 2 student, 2 teacher, 2 staffteacher (teachers), 2 staff (skipped);
    # Klassen: the students are in g124z-1a; the teachers list g123m-1a and g124z-1a.
    "plain/ucs_school/user_new_example.csv": Expected("plain CSV", 4, 2, 2, 2),
}


def read_export(relative: str) -> roster.RosterPlan:
    plan = roster.read_roster(DATA / relative)
    assert plan.problems == [], roster.format_problems(plan.problems)
    return plan


@pytest.mark.parametrize("relative", sorted(REAL_EXPORTS))
def test_real_export_reads_with_counts_from_the_files(relative: str) -> None:
    expected = REAL_EXPORTS[relative]
    plan = read_export(relative)
    assert plan.format == expected.format
    assert (
        len(plan.teachers),
        len(plan.students),
        len(plan.classes),
        len([e for e in plan.enrollments if not e.deleted]),
    ) == (expected.teachers, expected.students, expected.classes, expected.enrollments)
    assert len(plan.warnings) == expected.warnings, plan.warnings


@pytest.mark.parametrize("relative", sorted(REAL_EXPORTS))
def test_real_export_imports_and_imports_again_unchanged(engine: Engine, relative: str) -> None:
    expected = REAL_EXPORTS[relative]
    plan = read_export(relative)
    summary = apply(engine, plan)
    with Session(engine) as session:
        teachers = session.scalars(select(Teacher)).all()
        students = session.scalars(select(Student)).all()
        classes = session.scalars(select(SchoolClass)).all()
        places = session.scalars(select(Enrollment)).all()
    assert (len(teachers), len(students), len(classes), len(places)) == (
        expected.teachers,
        expected.students,
        expected.classes if expected.kept_classes is None else expected.kept_classes,
        expected.enrollments,
    )
    assert sum(c.teacher_id is None for c in classes) == expected.teacherless
    assert summary.students.created == expected.students
    before = everything(engine)
    again = apply(engine, read_export(relative))
    assert not again.changed, again.lines()
    assert everything(engine) == before


def test_sis_id_and_student_number_are_kept_apart(engine: Engine) -> None:
    """SDS Student.csv has "SIS ID" and "Student Number": the first is the id, the second
    the number (in these samples they are equal, so the UK file's differ by a test copy)."""
    apply(engine, read_export("sds_v1/microsoft_25_users"))
    with Session(engine) as session:
        ora = session.scalars(select(Student).where(Student.first_name == "Ora")).one()
    assert (ora.source_id, ora.student_number) == ("13001", "13001")


def test_single_student_file_with_sis_id_and_number(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "Student.csv"
    path.write_text(
        "SIS ID,School SIS ID,First Name,Last Name,Student Number\n"
        "S-1,10001,Ora,Klein,2024-0117\nS-2,10001,Beulah,McMillan,2024-0118\n",
        encoding="utf-8",
    )
    plan = roster.read_roster(path)
    assert plan.problems == []
    assert [(s.source_id, s.student_number) for s in plan.students] == [
        ("S-1", "2024-0117"),
        ("S-2", "2024-0118"),
    ]
    apply(engine, plan)
    # A number column alone is still the key (as before this column existed).
    only = tmp_path / "numbers.csv"
    only.write_text("Student number,First name,Last name\n2024-0119,Noah,Gilbertson\n")
    [student] = roster.read_roster(only).students
    assert (student.source_id, student.student_number) == ("2024-0119", "2024-0119")
    # Clever's students.csv headers.
    clever = tmp_path / "students.csv"
    clever.write_text("School_id,Student_id,Student_number,Last_name,First_name\n1,c7,N7,Lee,Ann\n")
    [student] = roster.read_roster(clever).students
    assert (student.source_id, student.student_number) == ("c7", "N7")


def test_a_teacher_file_is_never_imported_as_students() -> None:
    plan = read_export("sds_v1/microsoft_25_users/Teacher.csv")
    assert [t.display_name for t in plan.teachers] == ["Craig Beane", "Daisy Todd"]
    assert plan.students == []


def test_german_school_server_export_reads_types_and_classes() -> None:
    plan = read_export("plain/ucs_school/user_new_example.csv")
    assert plan.encoding == "UTF-16" and plan.delimiter == "\t"
    assert sorted(t.display_name for t in plan.teachers) == [
        "Folker Braker", "Goberta Steinbrink", "Jocasta Grothaus", "Vilma Lütkemeier",
    ]  # fmt: skip
    assert sorted(f"{s.first_name} {s.last_name}" for s in plan.students) == [
        "Norfried Siedenburg", "Otis Pollock",
    ]  # fmt: skip
    assert any('2 rows of type "staff" skipped' in note for note in plan.notes)
    by_name = {c.name: c for c in plan.classes}
    teacher_names = {t.source_id: t.display_name for t in plan.teachers}
    assert teacher_names[by_name["g124z-1a"].teacher_source_id or ""] == "Vilma Lütkemeier"


def test_role_mismatch_is_a_warning_shown_by_dry_run(engine: Engine) -> None:
    path = DATA / "oneroster/moodle_enrol_oneroster/Test_minimal_data_set.zip"
    out = io.StringIO()
    assert run_import(engine, path, dry_run=True, out=out, today=TODAY) == 0
    text = out.getvalue()
    assert (
        'Warning: enrollments.csv, line 3, column "role": "usr-222-987654" is enrolled as a '
        in (text)
    )
    assert row_counts(engine)["student"] == 0


def test_bad_dates_are_reported_once_without_follow_on_problems() -> None:
    """v1p2_full_dataset: users.csv lines 2, 4, 5, 6 and 7 have "1/05/2023"-style dates;
    enrollments.csv refers to those users, and roles.csv too: no problem is reported there."""
    plan = roster.read_roster(DATA / "oneroster/moodle_enrol_oneroster/v1p2_full_dataset.zip")
    assert [(p.file, p.line, p.column) for p in plan.problems] == [
        ("users.csv", line, "dateLastModified") for line in (2, 4, 5, 6, 7)
    ]


# --- Clever (no public sample with a clear licence: written from Clever's column list) -----


def clever_export(folder: Path) -> Path:
    folder.mkdir()
    (folder / "schools.csv").write_text("School_id,School_name\n1,Lincoln High\n")
    (folder / "students.csv").write_text(
        "School_id,Student_id,Student_number,State_id,Last_name,Middle_name,First_name,Grade\n"
        "1,st1,1001,,Lee,,Ann,9\n1,st2,1002,,Okafor,,Ben,9\n1,st3,1003,,Ito,,Chika,10\n"
    )
    (folder / "teachers.csv").write_text(
        "School_id,Teacher_id,Teacher_number,Teacher_email,First_name,Last_name\n"
        "1,t1,T1,rivera@example.org,Maria,Rivera\n1,t2,T2,,Sam,Park\n"
    )
    (folder / "sections.csv").write_text(
        "School_id,Section_id,Teacher_id,Teacher_2_id,Name,Section_number,Grade,Course_name,"
        "Subject,Period\n"
        "1,sec1,t1,t2,Algebra 1 - P1,1,9,Algebra 1,math,1\n"
        "1,sec2,,,Biology - P2,2,9,Biology,science,2\n"
        "1,sec3,,t2,Art - P3,3,10,Art,arts,3\n"
    )
    (folder / "enrollments.csv").write_text(
        "School_id,Section_id,Student_id\n1,sec1,st1\n1,sec1,st2\n1,sec2,st3\n1,sec3,st1\n"
    )
    return folder


def test_clever_export(engine: Engine, tmp_path: Path) -> None:
    folder = clever_export(tmp_path / "clever")
    plan = roster.read_roster(folder)
    assert plan.problems == []
    assert plan.format == "Clever"
    assert plan.describe() == "Clever: 2 teachers, 3 students, 3 classes, 4 enrollments"
    teacher_of = {c.source_id: c.teacher_source_id for c in plan.classes}
    # Teacher_id first; Teacher_2_id when there is no first; none at all is allowed.
    assert teacher_of == {"sec1": "t1", "sec2": None, "sec3": "t2"}
    apply(engine, plan)
    before = everything(engine)
    assert not apply(engine, roster.read_roster(folder)).changed
    assert everything(engine) == before
    # As a .zip with the files in a sub-folder, as exports are often packed.
    packed = tmp_path / "clever.zip"
    with zipfile.ZipFile(packed, "w") as archive:
        for child in folder.iterdir():
            archive.write(child, f"export-2026-12-01/{child.name}")
    assert roster.read_roster(packed).describe() == plan.describe()


def test_clever_reference_to_a_missing_student_is_one_problem(tmp_path: Path) -> None:
    folder = clever_export(tmp_path / "clever")
    with (folder / "students.csv").open("a") as students:
        students.write("1,st4,1004,,,,Dee,10\n")  # no last name: its own problem
    with (folder / "enrollments.csv").open("a") as enrollments:
        enrollments.write("1,sec2,st4\n1,sec2,st9\n")
    found = [(p.file, p.line, p.message) for p in roster.read_roster(folder).problems]
    assert found == [
        ("enrollments.csv", 7, 'there is no student "st9" in students.csv.'),
        ("students.csv", 5, "the last name is empty."),
    ]


def test_sds_v2_1_recognised_without_manifest_names_the_format(tmp_path: Path) -> None:
    copy = tmp_path / "sds"
    shutil.copytree(DATA / "sds_v2_1/microsoft", copy)
    plan = roster.read_roster(copy)
    assert plan.describe().startswith("Microsoft School Data Sync v2.1: ")
    # The SDS v2.1 enrollments have no sourcedId: ids are made from class and user.
    assert {e.source_id for e in plan.enrollments} == {
        "112001|114008", "112002|114001", "112002|114003", "112002|114004",
    }  # fmt: skip


def test_withdrawal_in_a_later_sds_v1_export(engine: Engine, tmp_path: Path) -> None:
    """A student missing from the next complete export leaves the class (history kept)."""
    copy = tmp_path / "sds"
    shutil.copytree(DATA / "sds_v1/microsoft_25_users", copy)
    apply(engine, roster.read_roster(copy))
    enrollments = (copy / "StudentEnrollment.csv").read_text().splitlines()
    kept = [line for line in enrollments if line != "11001,13001"]
    assert len(kept) == len(enrollments) - 1
    (copy / "StudentEnrollment.csv").write_text("\n".join(kept) + "\n")
    summary = apply(engine, roster.read_roster(copy))
    assert summary.enrollments.withdrawn == 1
    with Session(engine) as session:
        ended = session.scalars(select(Enrollment).where(Enrollment.end_date.is_not(None))).all()
    assert [e.end_date for e in ended] == [TODAY]


def test_student_number_in_history_exports_and_the_student_list(
    engine: Engine, tmp_path: Path
) -> None:
    from attendance_desktop import export, reports

    path = tmp_path / "roster.csv"
    path.write_text(
        "SIS ID,Student Number,First name,Last name,Class,Teacher\n"
        "S-1,2024-0117,Ann,Lee,9B,Maria Rivera\nS-2,,Ben,Okafor,9B,Maria Rivera\n"
    )
    apply(engine, roster.read_roster(path))
    with Session(engine) as session:
        ann = session.scalars(select(Student).where(Student.source_id == "S-1")).one()
        klass = session.scalars(select(SchoolClass)).one()
        history = reports.student_history(session, ann.id, TODAY, TODAY, "UTC")
        summary, _ = reports.class_report(session, klass.id, TODAY, TODAY, "UTC")
        choices = reports.load_choices(session)
    assert history.student_number == "2024-0117"
    assert "Ann Lee (student number 2024-0117, roster ID S-1)" in export.sheets(history)[0].title
    sheet = export.sheets(summary)[0]
    at = [c.title for c in sheet.columns].index("Student number")
    assert sorted(row[at] for row in sheet.rows) == ["", "2024-0117"]
    assert {s.source_id: s.student_number for s in choices.students} == {
        "S-1": "2024-0117",
        "S-2": "",
    }


def test_a_class_without_a_teacher_is_in_the_reports(engine: Engine) -> None:
    from attendance_desktop import reports

    apply(engine, read_export("oneroster/oat_v1p1"))
    with Session(engine) as session:
        choices = reports.load_choices(session)
        summary, _ = reports.class_report(session, choices.classes[0].id, TODAY, TODAY, "UTC")
    assert [(c.name, c.teacher_id, c.teacher_name) for c in choices.classes] == [
        ("Class 1 title", None, "no teacher"),
        ("Class 2 title", None, "no teacher"),
        ("Class 3 title", None, "no teacher"),
    ]
    assert summary.teacher_name == "no teacher"


@pytest.mark.parametrize(
    "relative", ["sds_v1/microsoft_uk_25_users", "plain/ucs_school/user_new_example.csv"]
)
def test_exported_roster_reads_back_unchanged(
    engine: Engine, tmp_path: Path, relative: str
) -> None:
    """Student numbers, teachers without classes and classes without teachers survive
    export-roster: importing the export changes nothing."""
    apply(engine, read_export(relative))
    before = everything(engine)
    out = tmp_path / "export.csv"
    with Session(engine) as session:
        roster.export_roster(session, out)
    plan = roster.read_roster(out)
    assert plan.problems == []
    summary = apply(engine, plan)
    assert not summary.changed, summary.lines()
    assert everything(engine) == before


def test_a_student_user_enrolled_as_teacher_teaches_that_class(tmp_path: Path) -> None:
    """The enrolment decides (a sixth-former helping in a class): a warning, and the user
    is the class's teacher there; nothing else about them changes."""
    folder = tmp_path / "bundle"
    folder.mkdir()
    (folder / "manifest.csv").write_text("propertyName,value\noneroster.version,1.1\n")
    (folder / "users.csv").write_text(
        "sourcedId,role,givenName,familyName\nu1,student,Ann,Lee\nu2,student,Ben,Oka\n"
    )
    (folder / "classes.csv").write_text("sourcedId,title\nc1,Year 7 reading\n")
    (folder / "enrollments.csv").write_text(
        "sourcedId,classSourcedId,userSourcedId,role\ne1,c1,u1,teacher\ne2,c1,u2,student\n"
    )
    plan = roster.read_roster(folder)
    assert plan.problems == []
    assert [(w.file, w.line) for w in plan.warnings] == [("enrollments.csv", 2)]
    assert "enrolled as a teacher here" in plan.warnings[0].message
    assert [t.source_id for t in plan.teachers] == ["u1"]
    assert sorted(s.source_id for s in plan.students) == ["u1", "u2"]
    assert plan.classes[0].teacher_source_id == "u1"
