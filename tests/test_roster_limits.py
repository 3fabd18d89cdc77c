"""What a roster file cannot do to the PC or the database: size and compression caps, control
characters, the problem list's length; and the line-end, quoting and encoding edge cases."""

from __future__ import annotations

import io
import resource
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import Engine

from attendance_desktop import roster
from attendance_desktop.errors import KnownError
from attendance_desktop.import_cli import run_import
from attendance_desktop.roster import bundles
from tests.test_roster import apply, row_counts

HEADER = "Student ID,First name,Last name,Class,Teacher\n"


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_a_nul_in_a_name_is_refused_with_file_line_and_column(
    engine: Engine, tmp_path: Path
) -> None:
    """Python 3.11's csv module reads a NUL without complaint; PostgreSQL refuses it (exit 70
    before this check): now a problem naming the file, line, column and character."""
    path = write(tmp_path / "roster.csv", HEADER + "1,Ann,Lee,9B,Ms R\n2,Be\x00n,Oka,9B,Ms R\n")
    plan = roster.read_roster(path)
    assert [(p.file, p.line, p.column) for p in plan.problems] == [("roster.csv", 3, "First name")]
    assert "a NUL character at character 3" in plan.problems[0].message
    out = io.StringIO()
    assert run_import(engine, path, dry_run=False, out=out) == 3
    assert 'roster.csv, line 3, column "First name": the value holds a NUL' in out.getvalue()
    assert row_counts(engine)["student"] == 0


def test_other_control_characters_are_refused_in_bundles_too(tmp_path: Path) -> None:
    folder = tmp_path / "bundle"
    folder.mkdir()
    write(folder / "manifest.csv", "propertyName,value\noneroster.version,1.1\n")
    write(
        folder / "users.csv",
        "sourcedId,role,givenName,familyName\nu1,student,Ann,Le\x1be\nu2,teacher,Maria,Rivera\n",
    )
    problems = roster.read_roster(folder).problems
    assert [(p.file, p.line, p.column) for p in problems] == [("users.csv", 2, "familyName")]
    assert "a control character (U+001B)" in problems[0].message
    # Tabs and line breaks inside quotes are white space, not control characters.
    fine = write(tmp_path / "fine.csv", HEADER + '1,"Ann\tMarie","Lee\r\nSmith",9B,Ms R\n')
    plan = roster.read_roster(fine)
    assert plan.problems == []
    assert (plan.students[0].first_name, plan.students[0].last_name) == ("Ann Marie", "Lee Smith")


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    """A member that unpacks to 100 times its packed size or more (here 40 MB of zeros in a
    zip of about 40 KB): refused with a clear message, without unpacking it into memory."""
    bomb = tmp_path / "roster.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.csv", "propertyName,value\noneroster.version,1.1\n")
        with archive.open("users.csv", "w") as member:
            member.write(b"sourcedId,role,givenName,familyName\n")
            zeros = b"0" * (1024 * 1024)
            for _ in range(40):
                member.write(zeros)
    assert bomb.stat().st_size < 200_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(KnownError, match=r"users\.csv unpacks to more than 100 times"):
        roster.read_roster(bomb)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 20  # never unpacked whole (it is 40 MB)


def test_a_zip_whose_header_lies_about_the_size_is_still_capped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundles, "MAX_FILE_BYTES", 64 * 1024)
    packed = tmp_path / "roster.zip"
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("manifest.csv", "propertyName,value\noneroster.version,1.1\n")
        archive.writestr("users.csv", "sourcedId,givenName,familyName\n" + "u,A,B\n" * 20_000)
    with pytest.raises(KnownError, match="is larger than 64 KB"):
        roster.read_roster(packed)


@pytest.mark.slow
def test_a_file_over_the_size_cap_is_refused_without_reading_it(tmp_path: Path) -> None:
    """A generated CSV just over the cap (64 MB of real rows): refused at once, in plain
    words, using next to no memory (the issue's 1 GB file ran out of memory)."""
    path = tmp_path / "huge.csv"
    row = b"123456,Annabel,Leeworthy,Class 10B,Maria Rivera\n"
    with path.open("wb") as out:
        out.write(HEADER.encode())
        block = row * 20_000
        while out.tell() <= bundles.MAX_FILE_BYTES:
            out.write(block)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(KnownError, match=r"huge\.csv is larger than 64 MB"):
        roster.read_roster(path)
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024 < 20
    # The same in a folder of a bundle.
    folder = tmp_path / "bundle"
    folder.mkdir()
    write(folder / "manifest.csv", "propertyName,value\noneroster.version,1.1\n")
    path.rename(folder / "users.csv")
    with pytest.raises(KnownError, match=r"users\.csv is larger than 64 MB"):
        roster.read_roster(folder)


@pytest.mark.slow
def test_a_large_broken_file_lists_a_thousand_problems_and_counts_the_rest(
    tmp_path: Path,
) -> None:
    """300,000 rows with an empty first name: 1,000 listed, "and 299,000 more" (the issue's
    broken zip printed about 5 million)."""
    path = tmp_path / "broken.csv"
    with path.open("w") as out:
        out.write(HEADER)
        for n in range(300_000):
            out.write(f"{n},,Lee{n},9B,Ms R\n")
    plan = roster.read_roster(path)
    assert len(plan.problems) == 1000
    assert roster.problem_count(plan.problems) == 300_000
    assert roster.format_problems(plan.problems, limit=3).splitlines()[-1] == (
        "... and 299997 more problems."
    )
    out = io.StringIO()
    from attendance_desktop.import_cli import _report_problems

    _report_problems(plan.problems, out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "The roster has 300000 problems:"
    assert "... and 299000 more problems." in lines


def test_the_problem_list_caps_small_too() -> None:
    problems = roster.RosterPlan(source=Path("x.csv"), format="plain CSV").problems
    for n in range(1005):
        problems.append(roster.RosterProblem("x.csv", n, None, "bad."))
    assert len(problems) == 1000 and roster.problem_count(problems) == 1005
    invalid = roster.RosterInvalid(problems)
    assert "1005 problems" in str(invalid) or "1,005 problems" in str(invalid)


# --- line ends, quoting, encodings ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("cr-only.csv", HEADER.replace("\n", "\r") + "1,Ann,Lee,9B,Ms R\r2,Ben,Oka,9B,Ms R\r"),
        ("crlf.csv", HEADER.replace("\n", "\r\n") + "1,Ann,Lee,9B,Ms R\r\n2,Ben,Oka,9B,Ms R\r\n"),
        ("no-final-newline.csv", HEADER + "1,Ann,Lee,9B,Ms R\n2,Ben,Oka,9B,Ms R"),
        (
            "all-quoted.csv",
            '"Student ID","First name","Last name","Class","Teacher"\n'
            '"1","Ann","Lee","9B","Ms R"\n"2","Ben","Oka","9B","Ms R"\n',
        ),
        ("excel-sep.csv", "sep=;\r\n" + HEADER.replace(",", ";") + "1;Ann;Lee;9B;Ms R\n"
         "2;Ben;Oka;9B;Ms R\n"),
    ],
)  # fmt: skip
def test_line_ends_and_quoting(engine: Engine, tmp_path: Path, name: str, data: str) -> None:
    plan = roster.read_roster(write(tmp_path / name, data))
    assert plan.problems == []
    assert [(s.source_id, s.first_name, s.last_name) for s in plan.students] == [
        ("1", "Ann", "Lee"),
        ("2", "Ben", "Oka"),
    ]
    apply(engine, plan)
    assert not apply(engine, roster.read_roster(tmp_path / name)).changed


def test_utf16_tab_separated_user_list_with_types(tmp_path: Path) -> None:
    text = (
        "Benutzertyp\tVorname\tNachname\tKlassen\tEMail\r\n"
        "student\tJürgen\tMüller\t7a\t\r\n"
        "teacher\tAnke\tBöhm\t7a,8b\tboehm@schule.example\r\n"
        "staff\tPeter\tKlein\t\t\r\n"
        "\tOhne\tRolle\t7a\t\r\n"
    )
    path = write(tmp_path / "export.csv", b"\xff\xfe" + text.encode("utf-16-le"))
    plan = roster.read_roster(path)
    assert plan.problems == []
    assert [(t.display_name, t.email) for t in plan.teachers] == [
        ("Anke Böhm", "boehm@schule.example")
    ]
    assert [s.first_name for s in plan.students] == ["Jürgen"]
    assert sorted(c.name or "" for c in plan.classes) == ["7a", "8b"]
    assert any('1 row of type "staff" skipped' in note for note in plan.notes)
    assert [(w.line, w.column) for w in plan.warnings] == [(5, "Benutzertyp")]
