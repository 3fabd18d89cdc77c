"""The school's settings and codes without Qt, on both backends: what the Settings dialog
loads and saves, and the rules it checks as a person types."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from attendance_desktop import errors, school
from attendance_desktop.db.models import AttendanceCode, SchoolSetting
from attendance_desktop.school import CodeRow, RegisterValues


def stored_codes(engine: Engine) -> dict[str, tuple[str, str, bool, int]]:
    """label -> (code, key, in use, order) as the database holds them."""
    with Session(engine) as session:
        return {
            c.label: (c.code, c.shortcut, c.active, c.sort_order)
            for c in session.scalars(select(AttendanceCode))
        }


def stored_settings(engine: Engine) -> dict[str, str]:
    with Session(engine) as session:
        return {s.key: s.value for s in session.scalars(select(SchoolSetting))}


def set_setting(engine: Engine, key: str, value: str) -> None:
    with Session(engine) as session, session.begin():
        row = session.get(SchoolSetting, key)
        assert row is not None
        row.value = value


# --- codes --------------------------------------------------------------------------------------


def test_load_codes_gives_every_code_in_the_registers_order(engine: Engine) -> None:
    with Session(engine) as session:
        rows = school.load_codes(session)
    assert [(r.code, r.label, r.shortcut, r.category) for r in rows] == [
        ("P", "Present", "P", "present"),
        ("A", "Absent", "A", "absent"),
        ("L", "Late", "L", "late"),
        ("E", "Excused", "E", "excused"),
    ]
    assert all(r.id is not None and r.active for r in rows)
    assert [r.counts_as_present for r in rows] == [True, False, True, False]


def test_save_codes_swaps_keys_renames_reorders_and_adds(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        rows = school.load_codes(session)
        present, absent, late, excused = rows
        present.shortcut, absent.shortcut = "A", "P"  # a direct swap: unique on both sides
        present.code, absent.code = "A", "P"
        excused.label = "  Authorised absence  "
        late.active = False
        new = CodeRow(None, "MED", "Medical", "excused", False, "M", "#00897B")
        saved = school.save_codes(session, [absent, present, excused, late, new])
    assert saved[-1].id is not None, "the new code has its id"
    assert saved[2].label == "Authorised absence", "labels are trimmed"
    assert stored_codes(engine) == {
        "Absent": ("P", "P", True, 10),
        "Present": ("A", "A", True, 20),
        "Authorised absence": ("E", "E", True, 30),
        "Late": ("L", "L", False, 40),
        "Medical": ("MED", "M", True, 50),
    }
    with Session(engine) as session:
        assert school.load_codes(session) == saved


def test_save_codes_refuses_a_broken_set_and_writes_nothing(engine: Engine) -> None:
    with Session(engine) as session:
        rows = school.load_codes(session)
    rows[1].shortcut = "P"  # Absent takes Present's key
    with (
        pytest.raises(errors.KnownError, match="already used by \u201cAbsent\u201d"),
        Session(engine) as session,
        session.begin(),
    ):
        school.save_codes(session, rows)
    assert stored_codes(engine)["Absent"] == ("A", "A", True, 20)


def test_save_codes_explains_a_code_removed_meanwhile(engine: Engine) -> None:
    with Session(engine) as session:
        rows = school.load_codes(session)
    rows[3].id = 9999  # as if another computer had removed it
    with (
        pytest.raises(errors.KnownError, match="removed on another computer") as caught,
        Session(engine) as session,
        session.begin(),
    ):
        school.save_codes(session, rows)
    assert "open it again" in caught.value.hint


ROWS = [
    CodeRow(1, "P", "Present", "present", True, "P", "#2E7D32"),
    CodeRow(2, "A", "Absent", "absent", False, "A", "#C62828"),
    CodeRow(3, "L", "Late", "late", True, "L", "#EF6C00", active=False),
]


def test_shortcut_problems() -> None:
    assert school.shortcut_problem(ROWS, 1, "A") is None, "a row may keep its own key"
    assert school.shortcut_problem(ROWS, 1, "X") is None
    assert school.shortcut_problem(ROWS, 1, "x") == "A code's key is one letter, A to Z."
    assert school.shortcut_problem(ROWS, 1, "AB") == "A code's key is one letter, A to Z."
    assert "in the register it moves down" in (school.shortcut_problem(ROWS, 1, "J") or "")
    assert school.shortcut_problem(ROWS, 1, "P") == (
        "The key P is already used by \u201cPresent\u201d. Give that code another key first."
    )
    assert "not in use, but its key is still taken" in (school.shortcut_problem(ROWS, 0, "L") or "")


def test_code_problems() -> None:
    assert school.code_problem(ROWS, 0, "P") is None
    assert school.code_problem(ROWS, 0, "SICKNESS") is None
    assert school.code_problem(ROWS, 0, "") is not None
    assert school.code_problem(ROWS, 0, "TOOLONGXX") == "A short code has at most 8 characters."
    assert school.code_problem(ROWS, 0, "a") == (
        "The short code a is already used by \u201cAbsent\u201d."
    )


def test_table_problems() -> None:
    assert school.table_problems(ROWS) == []
    broken = [
        CodeRow(1, "P", " ", "present", True, "P", "green"),
        CodeRow(2, "A", "Absent", "unknown", False, "A", "#C62828"),
    ]
    assert school.table_problems(broken) == [
        "The code in row 1 needs a label, for example Present.",
        "row 1: the colour must look like #2E7D32.",
        "Absent: choose what the code means (present, late, absent...).",
    ]
    retired = [CodeRow(1, "P", "Present", "present", True, "P", "#2E7D32", active=False)]
    assert school.table_problems(retired) == [
        "At least one code in use must mean Present, for the register to work."
    ]


def test_is_colour() -> None:
    assert school.is_colour("#2e7d32") and school.is_colour("#2E7D32")
    assert not school.is_colour("#2E7D3") and not school.is_colour("2E7D32F")
    assert not school.is_colour("#2E7D32\n")


# --- register settings --------------------------------------------------------------------------


def test_names_are_stored_without_direction_overrides_or_control_characters(
    engine: Engine,
) -> None:
    """A school name pasted with a right-to-left override would show reversed on every
    printed register; a code label with a tab breaks the exports' columns."""
    with Session(engine) as session, session.begin():
        school.save_register_values(
            session, RegisterValues("\u202eymedacA edisreviR\tSchool", "", 5)
        )
        rows = school.load_codes(session)
        late = next(row for row in rows if row.category == "late")
        school.save_codes(
            session,
            [replace(row, label="Late\t(bus)\u2066") if row is late else row for row in rows],
        )
    assert stored_settings(engine)["school_name"] == "ymedacA edisreviR School"
    with Session(engine) as session:
        labels = {row.category: row.label for row in school.load_codes(session)}
    assert labels["late"] == "Late (bus)"


def test_register_values_round_trip(engine: Engine) -> None:
    with Session(engine) as session:
        assert school.load_register_values(session) == RegisterValues("", "", 5)
    with Session(engine) as session, session.begin():
        school.save_register_values(
            session, RegisterValues(" Riverside Academy ", "Australia/Sydney ", 12)
        )
    assert stored_settings(engine) == {
        "school_name": "Riverside Academy",
        "time_zone": "Australia/Sydney",
        "default_grace_minutes": "12",
    }
    with Session(engine) as session:
        assert school.load_register_values(session) == RegisterValues(
            "Riverside Academy", "Australia/Sydney", 12
        )
        assert school.zone_name(session) == "Australia/Sydney"
        assert school.school_zone(session) == ZoneInfo("Australia/Sydney")
        assert school.school_settings(session) == {
            "school_name": "Riverside Academy",
            "time_zone": "Australia/Sydney",
        }


def test_save_register_values_adds_missing_rows(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        session.execute(delete(SchoolSetting))
    with Session(engine) as session, session.begin():
        school.save_register_values(session, RegisterValues("Hill School", "", 0))
    assert stored_settings(engine) == {
        "school_name": "Hill School",
        "time_zone": "",
        "default_grace_minutes": "0",
    }


@pytest.mark.parametrize(("stored", "read"), [("abc", 5), ("-3", 0), ("500", 120), ("9", 9)])
def test_a_damaged_grace_period_reads_as_something_usable(
    engine: Engine, stored: str, read: int
) -> None:
    set_setting(engine, "default_grace_minutes", stored)
    with Session(engine) as session:
        assert school.load_register_values(session).default_grace_minutes == read


# --- the dialog's one load and one save ---------------------------------------------------------


def test_load_school_and_save_school(engine: Engine) -> None:
    with Session(engine) as session:
        codes, register = school.load_school(session)
    assert [c.code for c in codes] == ["P", "A", "L", "E"] and register.default_grace_minutes == 5

    codes[0].label = "Here"
    with Session(engine) as session, session.begin():
        saved = school.save_school(session, codes, RegisterValues("Hill School", "Asia/Tokyo", 3))
    assert saved is not None and saved[0].label == "Here"
    assert stored_codes(engine)["Here"] == ("P", "P", True, 10)
    assert stored_settings(engine)["time_zone"] == "Asia/Tokyo"

    with Session(engine) as session, session.begin():
        assert school.save_school(session, None, None) is None
    assert stored_settings(engine)["school_name"] == "Hill School"


def test_save_school_is_one_transaction(engine: Engine) -> None:
    with Session(engine) as session:
        codes = school.load_codes(session)
    codes[0].category = "nonsense"
    with (
        pytest.raises(errors.KnownError),
        Session(engine) as session,
        session.begin(),
    ):
        school.save_school(session, codes, RegisterValues("Hill School", "Asia/Tokyo", 3))
    assert stored_settings(engine)["school_name"] == "", "the register values were not saved"
