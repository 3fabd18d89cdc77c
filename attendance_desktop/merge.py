"""How two edits of one attendance row are reconciled.  Plain Python, no Qt.

A person's edit is recorded against the values it was made on (its *base*,
the row as their screen showed it).  When the database has moved on (*theirs*),
each field the person changed is judged on its own:

- they changed it to the same value we want: nothing to do, nothing to show;
- they did not touch it (theirs == base): ours applies on top of theirs,
  automatically ("merged");
- they changed it to something else: a real conflict on that field, for the
  person to settle (Keep mine / Take theirs).  Nothing is overwritten until
  they choose.

The status (the code) and its check-in time travel together: two machines that
both mark a student Present, a minute apart, agree; the first check-in stands.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: Fields judged together: changing the code may set the check-in time.
FIELD_GROUPS: dict[str, tuple[str, ...]] = {
    "status": ("code_id", "check_in_time"),
    "note": ("note",),
}
#: The field of a group whose value decides whether two edits agree.
GROUP_KEY = {"status": "code_id", "note": "note"}


def group_of(field_name: str) -> str:
    for group, names in FIELD_GROUPS.items():
        if field_name in names:
            return group
    raise ValueError(f"unknown attendance field {field_name!r}")


@dataclass(frozen=True)
class FieldConflict:
    group: str
    mine: dict[str, Any]
    theirs: dict[str, Any]


@dataclass(frozen=True)
class MergeResult:
    """What to write on top of ``theirs``, and what the person must settle."""

    to_write: dict[str, Any] = field(default_factory=dict)
    conflicts: tuple[FieldConflict, ...] = ()
    #: Groups applied automatically on top of a change someone else made.
    merged_groups: tuple[str, ...] = ()
    #: Groups where both sides had already made the same change.
    agreed_groups: tuple[str, ...] = ()

    @property
    def clean(self) -> bool:
        return not self.conflicts

    @property
    def merged(self) -> bool:
        return bool(self.merged_groups)


def merge(
    base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any]
) -> MergeResult:
    """Reconcile ``mine`` (the changed fields), made on ``base``, with the stored ``theirs``."""
    to_write: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    merged: list[str] = []
    agreed: list[str] = []
    touched = {group_of(name) for name in mine}
    for group in FIELD_GROUPS:
        if group not in touched:
            continue
        names = [n for n in FIELD_GROUPS[group] if n in mine]
        key = GROUP_KEY[group]
        wanted = {n: mine[n] for n in names}
        they_changed = any(theirs.get(n) != base.get(n) for n in FIELD_GROUPS[group])
        if not they_changed:
            to_write.update(wanted)
            if theirs.get("version") != base.get("version"):
                merged.append(group)
            continue
        compared = [key] if key in mine else names
        if all(theirs.get(n) == mine[n] for n in compared):
            agreed.append(group)  # they already made the same change
            continue
        conflicts.append(
            FieldConflict(
                group=group,
                mine=wanted,
                theirs={n: theirs.get(n) for n in FIELD_GROUPS[group]},
            )
        )
    return MergeResult(to_write, tuple(conflicts), tuple(merged), tuple(agreed))
