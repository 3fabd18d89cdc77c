"""The app's colours, named once: every window says "error" the same red.

Text colours meet WCAG AA (4.5:1) on white and on the light banner
backgrounds they are used with.  Colours are hex strings so they serve both
style sheets (``style(...)``) and painters (``QColor(...)``).
"""

from __future__ import annotations

#: Ordinary text where a colour is set explicitly (a closed lesson's status).
TEXT = "#3C4043"
#: Something is wrong and needs the person's attention (refusals, unsaved marks).
ERROR = "#B3261E"
#: Done and safe (saved, test passed, created).
SUCCESS = "#137333"
#: Work in progress or information (saving, waiting, updated).
INFO = "#1967D2"
#: A warning that needs no action now (a late register, a conflict's icon).
WARNING = "#B06000"
#: Secondary text: hints, empty cells, inactive rows.
MUTED = "#5F6368"
#: Greyed-out items (inactive codes, nothing to change).
DISABLED = "#80868B"
#: A mark merged with someone else's change.
MERGED = "#1A56C4"

#: Rows of chronically absent students (Reports and the printed summary).
CHRONIC_TEXT = ERROR
CHRONIC_BACKGROUND = "#FCE8E6"

#: Banners above the register: (background, border, text).
ERROR_BANNER = ("#FCE8E6", "#D93025", "#8C1D18")
INFO_BANNER = ("#E8F0FE", "#1967D2", "#0B3D91")
WARNING_BANNER = ("#FEF7E0", "#E8A600", "#4D3800")


def text_style(colour: str, *, bold: bool = False) -> str:
    """A style sheet colouring a label's text."""
    return f"color: {colour};" + (" font-weight: bold;" if bold else "")


def banner_style(object_name: str, colours: tuple[str, str, str]) -> str:
    """The style sheet of a banner frame named ``object_name`` and its labels."""
    background, border, text = colours
    return (
        f"#{object_name} {{ background: {background}; border: 1px solid {border};"
        f" border-radius: 4px; }}"
        f"#{object_name} QLabel {{ color: {text}; }}"
    )
