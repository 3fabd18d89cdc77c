"""Text that comes in (typed, pasted, imported) is stored without what could disguise it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from attendance_desktop.text import clean_line


def test_direction_overrides_are_removed() -> None:
    # Rendered, "Eve \u202egnp.exe" reads "Eve exe.png": the override must go.
    assert clean_line("Eve \u202egnp.exe") == "Eve gnp.exe"
    assert clean_line("\u2066Ali\u2069 Khan") == "Ali Khan"


def test_control_characters_become_spaces() -> None:
    assert clean_line("Late\tbus\r\nagain\x00!") == "Late bus  again !"
    assert clean_line(" \x07Zoë\x1b ") == "Zoë"


def test_a_lone_surrogate_becomes_a_replacement_character() -> None:
    cleaned = clean_line("Zo\ud800e")
    assert cleaned == "Zo\ufffde"
    cleaned.encode("utf-8")  # storable


def test_right_to_left_names_keep_their_letters_and_marks() -> None:
    name = "\u05d3\u05d5\u05d3 \u200f\u05db\u05d4\u05df"  # Hebrew with a right-to-left mark
    assert clean_line(name) == name
    assert clean_line("محمد علي") == "محمد علي"


@given(st.text())
def test_nothing_dangerous_survives(text: str) -> None:
    cleaned = clean_line(text)
    assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in cleaned)
    assert not any("\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069" for ch in cleaned)
    assert clean_line(cleaned) == cleaned
    cleaned.encode("utf-8")
