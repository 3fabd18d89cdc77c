"""Small text rules used everywhere a person reads or types a name (no Qt here).

One home for each so the pickers, the register, Reports and the command line
agree: what a typed word matches, how "7A" sorts against "10A", and how a
student's name is written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable


def fold(text: str) -> str:
    """Lower case without accents, so "chlo" finds Chloé and "zoe" finds Zoë."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_words(typed: str) -> list[str]:
    """The words of what someone typed into a search box, folded."""
    return fold(typed).split()


def matches_all(words: Iterable[str], text: str) -> bool:
    """True when every folded word of ``words`` appears in ``text`` (accents and case ignored)."""
    haystack = fold(text)
    return all(word in haystack for word in words)


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key putting "7A" before "10A" (numbers as numbers, words in any case)."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in re.split(r"(\d+)", text)
        if part
    )


def given_name(first_name: str, preferred_name: str | None) -> str:
    """The name a student is called by: the preferred name when the school has one."""
    return preferred_name or first_name


def display_name(first_name: str, last_name: str, preferred_name: str | None = None) -> str:
    """ "Ngozi Okafor": as a teacher says it, for the register and the history."""
    return f"{given_name(first_name, preferred_name)} {last_name}"


def listed_name(first_name: str, last_name: str, preferred_name: str | None = None) -> str:
    """ "Okafor, Ngozi": as a list sorted by surname shows it (Reports, exports)."""
    return f"{last_name}, {given_name(first_name, preferred_name)}"


def surname_key(first_name: str, last_name: str) -> tuple[str, str]:
    """Sort by surname, then given name, accents and case ignored."""
    return (fold(last_name), fold(first_name))


# Characters that change the direction of the text around them (embeddings, overrides
# and isolates): "\u202eexe.txt" shows as "txt.exe", so a name holding one can make
# a register row read as something else.  The marks (U+200E, U+200F, U+061C) do not
# reorder other text and stay: right-to-left names may need them.
_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CONTROL_OR_BIDI = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI_CONTROLS}]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_line(text: str) -> str:
    """A one-line text as it came in (typed, pasted, imported), made safe to store and show.

    Control characters (tabs and line breaks included) become spaces, the
    direction controls above are removed and a lone surrogate becomes U+FFFD; the
    ends are trimmed.  Names, notes,
    class titles and code labels go through here before they are saved.
    """
    cleaned = _CONTROL_OR_BIDI.sub(
        lambda found: "" if found.group() in _BIDI_CONTROLS else " ", text
    ).strip()
    # A lone surrogate (a broken paste) cannot be written as UTF-8 at all.
    return _SURROGATE.sub("\ufffd", cleaned)
