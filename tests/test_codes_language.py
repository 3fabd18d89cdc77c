"""The default attendance codes follow the reader's language (issue 16, item 4).

A code still exactly as migration 0001 seeded it is shown with the language's
label and letter (code and key); a code the school made or edited stays as the
school wrote it; keys stay unique in what is shown; saving Settings without
touching a default code leaves it following each reader's language.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from attendance_desktop import i18n, rules, school
from attendance_desktop.db.models import AttendanceCode
from attendance_desktop.rules import Code, Codebook
from attendance_desktop.school import CodeRow

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])

Switch = Callable[[str], str]

#: Fake translations, so the labels are checked whatever the built .qm files hold.
FAKE = {"Present": "anwesend", "Absent": "fehlt", "Late": "verspätet", "Excused": "entschuldigt"}


def shown(rows: list[CodeRow]) -> list[tuple[str, str, str]]:
    """(category, code, key) of each row."""
    return [(r.category, r.code, r.shortcut) for r in rows]


def stored(engine: Engine) -> list[tuple[str, str, str, str]]:
    """(category, code, label, key) as the database holds them, in order."""
    with Session(engine) as session:
        return [
            (c.category, c.code, c.label, c.shortcut)
            for c in session.scalars(
                select(AttendanceCode).order_by(AttendanceCode.sort_order, AttendanceCode.id)
            )
        ]


def load(engine: Engine) -> list[CodeRow]:
    with Session(engine) as session:
        return school.load_codes(session)


def save(engine: Engine, rows: list[CodeRow]) -> list[CodeRow]:
    with Session(engine) as session, session.begin():
        return school.save_codes(session, rows)


SEEDED = [
    ("present", "P", "Present", "P"),
    ("absent", "A", "Absent", "A"),
    ("late", "L", "Late", "L"),
    ("excused", "E", "Excused", "E"),
]


def test_english_shows_the_seeded_codes_as_stored(engine: Engine) -> None:
    rows = load(engine)
    assert [(r.category, r.code, r.label, r.shortcut) for r in rows] == SEEDED


@pytest.mark.parametrize(
    ("code", "letters"),
    [
        ("de", ["A", "F", "V", "E"]),
        ("fr", ["P", "A", "R", "E"]),
        ("es", ["P", "A", "R", "J"]),
    ],
)
def test_each_language_has_its_own_letters_and_labels(
    engine: Engine, language: Switch, code: str, letters: list[str]
) -> None:
    language(code)
    rows = load(engine)
    categories = ["present", "absent", "late", "excused"]
    assert shown(rows) == [(c, k, k) for c, k in zip(categories, letters, strict=True)]
    assert [r.label for r in rows] == [
        i18n.translate("Codes", label) for label in ("Present", "Absent", "Late", "Excused")
    ]
    assert stored(engine) == SEEDED, "showing them changes nothing stored"


def test_the_labels_come_through_the_translation(
    engine: Engine, language: Switch, monkeypatch: pytest.MonkeyPatch
) -> None:
    language("de")
    monkeypatch.setattr(rules, "translate", lambda context, text: FAKE.get(text, text))
    assert [(r.code, r.label) for r in load(engine)] == [
        ("A", "anwesend"),
        ("F", "fehlt"),
        ("V", "verspätet"),
        ("E", "entschuldigt"),
    ]


def test_the_register_keys_follow_the_language(engine: Engine, language: Switch) -> None:
    language("de")
    with Session(engine) as session:
        codes = [Code.from_row(c) for c in session.scalars(select(AttendanceCode))]
    book = Codebook(rules.in_language(codes))
    absent, present = book.for_key("f"), book.for_key("A")
    assert absent is not None and absent.category == "absent"
    assert present is not None and present.category == "present"
    assert book.present is present
    assert book.for_key("P") is None and book.for_key("L") is None
    assert rules.in_language(rules.in_language(codes)) == rules.in_language(codes)


def test_a_code_the_school_edited_is_theirs(engine: Engine, language: Switch) -> None:
    rows = load(engine)
    rows[2].label = "Tardy"  # Late, keeping L
    save(engine, rows)
    language("fr")
    assert [(r.category, r.code, r.shortcut) for r in load(engine)] == [
        ("present", "P", "P"),
        ("absent", "A", "A"),
        ("late", "L", "L"),
        ("excused", "E", "E"),
    ]
    assert load(engine)[2].label == "Tardy"
    language("de")
    rows = load(engine)
    assert shown(rows) == [
        ("present", "A", "A"),
        ("absent", "F", "F"),
        ("late", "L", "L"),
        ("excused", "E", "E"),
    ]
    assert rows[2].label == "Tardy"


def test_the_defaults_keep_their_letters_when_the_school_uses_one(
    engine: Engine, language: Switch
) -> None:
    rows = load(engine)
    rows.append(CodeRow(None, "FT", "Field trip", "excused", False, "F", "#6A1B9A"))
    save(engine, rows)
    language("de")
    rows = load(engine)
    assert shown(rows) == [
        ("present", "P", "P"),
        ("absent", "A", "A"),
        ("late", "L", "L"),
        ("excused", "E", "E"),
        ("excused", "FT", "F"),
    ]
    assert rows[0].label == i18n.translate("Codes", "Present"), "labels are still translated"
    keys = [r.shortcut for r in rows]
    assert len(set(keys)) == len(keys)


def test_a_retired_code_of_the_school_counts_too(engine: Engine, language: Switch) -> None:
    rows = load(engine)
    rows.append(CodeRow(None, "R", "Remote", "present", True, "R", "#6A1B9A", active=False))
    save(engine, rows)
    language("fr")  # French Late would be R, which the retired code still holds
    assert [r.code for r in load(engine)] == ["P", "A", "L", "E", "R"]


def test_saving_settings_in_german_keeps_untouched_defaults_following_the_language(
    engine: Engine, language: Switch
) -> None:
    language("de")
    rows = load(engine)
    rows[3].label = "entschuldigt (Attest)"
    saved = save(engine, rows)
    assert [r.code for r in saved] == ["A", "F", "V", "E"], "Settings shows what it showed"
    assert stored(engine) == [
        ("present", "P", "Present", "P"),
        ("absent", "A", "Absent", "A"),
        ("late", "L", "Late", "L"),
        ("excused", "E", "entschuldigt (Attest)", "E"),
    ]
    assert shown(load(engine)) == [
        ("present", "A", "A"),
        ("absent", "F", "F"),
        ("late", "V", "V"),
        ("excused", "E", "E"),
    ]
    language("en")
    assert [(r.code, r.label) for r in load(engine)] == [
        ("P", "Present"),
        ("A", "Absent"),
        ("L", "Late"),
        ("E", "entschuldigt (Attest)"),
    ]


def test_an_edit_that_would_clash_with_a_stored_default_writes_all_as_shown(
    engine: Engine, language: Switch
) -> None:
    language("de")
    rows = load(engine)
    rows[0].label = "da"  # A in German; the stored Absent is A too
    save(engine, rows)
    assert [(c[1], c[3]) for c in stored(engine)] == [
        ("A", "A"),
        ("F", "F"),
        ("V", "V"),
        ("E", "E"),
    ]
    assert stored(engine)[0][2] == "da"
    language("en")
    assert [r.code for r in load(engine)] == ["A", "F", "V", "E"], "now the school's own"


def test_spanish_j_is_a_code_key_but_stays_reserved_elsewhere(
    engine: Engine, language: Switch
) -> None:
    language("es")
    rows = load(engine)
    assert school.table_problems(rows) == []
    assert school.shortcut_problem(rows, 3, "J") is None
    save(engine, rows)
    assert stored(engine) == SEEDED, "an unchanged save writes nothing"
    language("en")
    assert school.shortcut_problem(load(engine), 3, "J") is not None
    language("de")
    assert school.shortcut_problem(load(engine), 3, "J") is not None
