"""The local journal: every mark is on this PC's disk before it is sent, until the database has it.

The journal (the "outbox") is a small SQLite file in the user's data folder,
written with ``synchronous=FULL``: a mark the window has accepted survives
closing the app, a crash, a power cut or a network that went silent, whether
or not the writer knew it was offline.  Each entry keeps what the person saw
(``base``), what they changed, and the mark's identity (``mark_id``, a UUID
given when the mark was made).  It is sent through the same versioned,
merging write as any other edit (``repository.save_edit``): a colleague's
change made meanwhile is merged or shown as a conflict, never overwritten; and
a mark whose identity the change log already holds (its answer was lost on the
way) is recognised as done, never applied twice.

An entry leaves the journal only when the database has it, or when its
conflict has been settled by the teacher: a conflict found while sending is
written into the entry at once (``state = 'conflict'``), so it is shown again
after a crash or a restart until someone chooses Keep mine or Take theirs.

An entry the database refuses for good is set aside (``state = 'set_aside'``,
with the reason in plain words in ``problem``): a register that is not this
login's (its rights, row-level security), values it cannot store (a NUL in a
note), a row that no longer exists.  It stays in the journal, is shown to the
teacher, is never retried by itself and never blocks the marks behind it.

Entries are kept per database, so pointing the app at another server does not
replay one school's marks into another's.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from attendance_desktop import errors, paths
from attendance_desktop.db.deadline import MARK_SECONDS
from attendance_desktop.db.engine import describe
from attendance_desktop.db.repository import Actor, EditOutcome, save_edit
from attendance_desktop.db.work import Database

log = logging.getLogger("attendance.outbox")

OUTBOX_FILE_NAME = "outbox.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pending (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    database TEXT NOT NULL,
    attendance_id INTEGER NOT NULL,
    class_session_id INTEGER NOT NULL,
    base TEXT NOT NULL,
    changes TEXT NOT NULL,
    actor TEXT NOT NULL,
    machine TEXT NOT NULL,
    kind TEXT NOT NULL,
    reason TEXT,
    created_at TEXT NOT NULL
)
"""

#: Columns added since the first version of the file (an old journal is upgraded in place).
_ADDED_COLUMNS = {
    "mark_id": "TEXT",
    "label": "TEXT NOT NULL DEFAULT ''",
    "state": "TEXT NOT NULL DEFAULT 'pending'",
    "conflict": "TEXT",
    "problem": "TEXT",
}

PENDING = "pending"
CONFLICT = "conflict"
SET_ASIDE = "set_aside"


def _encode(value: Mapping[str, Any]) -> str:
    def default(obj: object) -> object:
        if isinstance(obj, datetime):
            return {"$datetime": obj.isoformat()}
        raise TypeError(f"cannot store {type(obj).__name__} in the outbox")

    return json.dumps(dict(value), default=default, sort_keys=True)


def _decode(text: str) -> dict[str, Any]:
    def hook(obj: dict[str, Any]) -> object:
        if set(obj) == {"$datetime"}:
            return datetime.fromisoformat(obj["$datetime"])
        return obj

    result = json.loads(text, object_hook=hook)
    assert isinstance(result, dict)
    return result


@dataclass(frozen=True)
class PendingEdit:
    id: int
    attendance_id: int
    class_session_id: int
    base: dict[str, Any]
    changes: dict[str, Any]
    actor: Actor
    kind: str
    reason: str | None
    mark_id: str | None = None
    label: str = ""
    #: When the mark was made (the journal's time of the entry), timezone-aware.
    made_at: datetime | None = None
    #: For an entry in conflict: the row as stored and the conflicting groups
    #: (``{"stored": {...}, "conflicts": [{"group", "mine", "theirs"}, ...]}``).
    conflict: dict[str, Any] | None = None
    #: For an entry set aside: why the database refused it, in plain words.
    problem: str | None = None


class Outbox:
    """A durable journal of edits for one database, in a local SQLite file.

    One connection per journal, shared by the window's thread and the database
    worker under a lock; WAL with ``synchronous=FULL`` makes each commit one
    fsync, durable when ``add`` returns.
    """

    def __init__(self, database: Engine | str, path: Path | None = None) -> None:
        self.database = describe(database.url) if isinstance(database, Engine) else database
        self.path = path or paths.data_dir() / OUTBOX_FILE_NAME
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._conn is None:
                self._conn = self._open()
            yield self._conn

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute(_SCHEMA)
            have = {row[1] for row in conn.execute("PRAGMA table_info(pending)")}
            for name, declaration in _ADDED_COLUMNS.items():
                if name not in have:
                    conn.execute(f"ALTER TABLE pending ADD COLUMN {name} {declaration}")
        except BaseException:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def add(
        self,
        attendance_id: int,
        class_session_id: int,
        changes: Mapping[str, Any],
        *,
        base: Mapping[str, Any],
        actor: Actor,
        kind: str = "mark",
        reason: str | None = None,
        mark_id: str | None = None,
        label: str = "",
        made_at: datetime | None = None,
    ) -> int:
        """Keep an edit until the database has it; durable when this returns."""
        with self._connect() as conn:
            cursor = conn.execute(
                "INSERT INTO pending (database, attendance_id, class_session_id, base, changes, "
                "actor, machine, kind, reason, created_at, mark_id, label, state) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    self.database,
                    attendance_id,
                    class_session_id,
                    _encode(base),
                    _encode(changes),
                    actor.name,
                    actor.machine,
                    kind,
                    reason,
                    (made_at or datetime.now()).astimezone().isoformat(),
                    mark_id,
                    label,
                    PENDING,
                ),
            )
            entry_id = int(cursor.lastrowid or 0)
        log.debug("Journalled a mark for row %d as entry %d", attendance_id, entry_id)
        return entry_id

    def _entries(self, state: str) -> list[PendingEdit]:
        if not self.path.exists():
            return []
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT id, attendance_id, class_session_id, base, changes, actor, machine, kind, "
                "reason, mark_id, label, conflict, created_at, problem FROM pending "
                "WHERE database = ? AND state = ? ORDER BY id",
                (self.database, state),
            ).fetchall()
        return [
            PendingEdit(
                id=row[0],
                attendance_id=row[1],
                class_session_id=row[2],
                base=_decode(row[3]),
                changes=_decode(row[4]),
                actor=Actor(row[5], row[6]),
                kind=row[7],
                reason=row[8],
                mark_id=row[9],
                label=row[10] or "",
                conflict=_decode(row[11]) if row[11] else None,
                made_at=datetime.fromisoformat(row[12]) if row[12] else None,
                problem=row[13],
            )
            for row in rows
        ]

    def pending(self, skip: Collection[int] = ()) -> list[PendingEdit]:
        """Edits waiting to be sent for this database, oldest first (less those in ``skip``)."""
        return [e for e in self._entries(PENDING) if e.id not in skip]

    def conflicts(self) -> list[PendingEdit]:
        """Edits whose conflict waits for the teacher, oldest first."""
        return self._entries(CONFLICT)

    def set_aside_entries(self) -> list[PendingEdit]:
        """Edits the database refused for good (``problem`` says why), oldest first."""
        return self._entries(SET_ASIDE)

    def set_aside(self, entry_id: int, problem: str) -> None:
        """Keep an entry the database refused, out of the way of the others, with why."""
        with self._connect() as conn:
            conn.execute(
                "UPDATE pending SET state = ?, problem = ? WHERE id = ?",
                (SET_ASIDE, problem, entry_id),
            )
        log.warning("Set aside journal entry %d: %s", entry_id, problem)

    def count(self) -> int:
        """Edits waiting to be sent (not counting conflicts waiting for the teacher)."""
        if not self.path.exists():
            return 0
        with self._connect() as conn:
            return int(
                conn.execute(
                    "SELECT count(*) FROM pending WHERE database = ? AND state = ?",
                    (self.database, PENDING),
                ).fetchone()[0]
            )

    def remove(self, entry_id: int) -> None:
        with self._connect() as conn:
            conn.execute("DELETE FROM pending WHERE id = ?", (entry_id,))

    def set_conflict(self, entry_id: int, outcome: EditOutcome) -> None:
        """Keep an entry, in conflict, until the teacher settles it (survives a restart)."""
        record = {
            "stored": outcome.row,
            "conflicts": [
                {"group": c.group, "mine": c.mine, "theirs": c.theirs} for c in outcome.conflicts
            ],
        }
        with self._connect() as conn:
            conn.execute(
                "UPDATE pending SET state = ?, conflict = ? WHERE id = ?",
                (CONFLICT, _encode(record), entry_id),
            )


ReplayReport = Callable[[PendingEdit, EditOutcome], None]


#: Errors that say the server is away or busy now: the entry stays and is sent again.
TRANSIENT = (errors.DatabaseUnreachable, errors.DatabaseLocked, errors.DatabaseBusy)


def refusal(known: errors.KnownError) -> str:
    """The plain words shown for an entry the database refused for good."""
    return f"{known.message} {known.hint}".strip()


def send_entry(
    outbox: Outbox,
    database: Database,
    entry: PendingEdit,
    set_aside: Callable[[PendingEdit, str], None] | None = None,
) -> EditOutcome | None:
    """Send one journal entry through the merging write; settle it in the journal.

    The entry leaves the journal once the database has it; a conflict is
    written into it first, so it survives a crash until the teacher settles
    it.  Returns the outcome, or None when the database refused the entry for
    good (not this login's register, values it cannot store, a row deleted
    meanwhile): the entry is set aside in the journal with why, and
    ``set_aside(entry, why)`` is told, never dropped unseen.  A lost or busy
    server raises ``DatabaseUnreachable``/``DatabaseLocked``/``DatabaseBusy``
    and the entry stays.
    """
    work = partial(
        save_edit,
        attendance_id=entry.attendance_id,
        changes=entry.changes,
        base=entry.base,
        actor=entry.actor,
        kind=entry.kind,
        reason=entry.reason,
        mark_id=entry.mark_id,
        made_at=entry.made_at,
    )
    try:
        outcome = database.run(work, deadline=MARK_SECONDS)
    except TRANSIENT:
        raise
    except errors.KnownError as known:
        problem = refusal(known)
        outbox.set_aside(entry.id, problem)
        if set_aside is not None:
            set_aside(entry, problem)
        return None
    if outcome.conflicts:
        outbox.set_conflict(entry.id, outcome)
    else:
        outbox.remove(entry.id)
    return outcome


def replay(
    outbox: Outbox,
    database: Database,
    report: ReplayReport | None = None,
    *,
    skip: Collection[int] = (),
    set_aside: Callable[[PendingEdit, str], None] | None = None,
) -> int:
    """Send waiting edits to the database, oldest first, with their version checks.

    Each edit goes through ``save_edit`` from the values its author saw, so a
    change made meanwhile on another PC is merged or comes back as a conflict
    (passed to ``report`` like any other, and kept in the journal until the
    teacher settles it).  An edit the database refuses for good is set aside
    (``set_aside`` is told) and the next is sent.  If the server drops again,
    the rest stay for next time (``KnownError`` is raised).  ``skip``: entries
    the window is sending itself.  Returns how many were sent.
    """
    sent = 0
    for entry in outbox.pending(skip):
        outcome = send_entry(outbox, database, entry, set_aside)
        if outcome is None:
            continue
        sent += 1
        if report is not None:
            report(entry, outcome)
    return sent
