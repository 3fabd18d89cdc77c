"""The two kinds of error the app knows.

``KnownError`` is an environment problem a person can act on (the server is
down, the file is read-only, somebody else changed the row): it carries a
plain-words message and is shown as such, on the command line as one line and
in the GUI as a dialog.  Anything else is a bug, and goes to the crash dialog and
the log with its traceback.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attendance_desktop.i18n import translate


class KnownError(Exception):
    """An environment problem, described in plain words with what to do about it."""

    #: Exit status for the command line.
    exit_code = 3

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class BadDatabaseURL(KnownError):
    exit_code = 2


class DatabaseUnreachable(KnownError):
    pass


class DatabaseLocked(KnownError):
    pass


class DatabaseBusy(KnownError):
    """A transient clash with another writer (deadlock, serialization): try again."""


class DatabaseReadOnly(KnownError):
    pass


class DatabaseCorrupt(KnownError):
    pass


class DiskFull(KnownError):
    pass


class NetworkDatabaseRefused(KnownError):
    """A SQLite file on a network drive, where its locking cannot be trusted."""


class NotOurDatabase(KnownError):
    pass


class DatabaseFromTheFuture(KnownError):
    """The database was migrated by a newer version of the app."""

    def __init__(self, stored_revision: str, known_head: str) -> None:
        self.stored_revision = stored_revision
        self.known_head = known_head
        super().__init__(
            translate(
                "Errors",
                "This database is at revision {stored}, which this version of "
                "attendance-desktop does not know (the newest it knows is {known}).",
            ).format(stored=stored_revision, known=known_head),
            hint=translate(
                "Errors",
                "A newer version of the app has upgraded it: install that version on this "
                "computer. Nothing was changed in the database.",
            ),
        )


class DuplicateRecord(KnownError):
    """An insert would have created a second row where only one may exist."""


class ConflictError(KnownError):
    """A versioned write found the row changed by somebody else since it was read.

    ``stored`` holds the row as it is now in the database (values, version, who
    changed it, when and from which machine); ``attempted`` holds the change
    that was refused.  Callers decide how to merge; nothing was written.
    """

    exit_code = 4

    def __init__(
        self,
        *,
        attendance_id: int,
        expected_version: int,
        stored: Mapping[str, Any],
        attempted: Mapping[str, Any],
    ) -> None:
        self.attendance_id = attendance_id
        self.expected_version = expected_version
        self.stored = dict(stored)
        self.attempted = dict(attempted)
        who = self.stored.get("changed_by") or translate("Errors", "someone")
        machine = self.stored.get("changed_on")
        if machine:
            message = translate(
                "Errors",
                "Attendance row {row} was changed by {who} on {machine} "
                "(now version {version}, you had version {yours}).",
            )
        else:
            message = translate(
                "Errors",
                "Attendance row {row} was changed by {who} "
                "(now version {version}, you had version {yours}).",
            )
        super().__init__(
            message.format(
                row=attendance_id,
                who=who,
                machine=machine,
                version=self.stored.get("version"),
                yours=expected_version,
            ),
            hint=translate("Errors", "Nothing was overwritten; review their change and yours."),
        )

    @property
    def stored_version(self) -> int:
        return int(self.stored["version"])
