"""Marks made while the server is away wait here, on the local disk, until it is back.

The outbox is a small SQLite file in the user's data folder, written with
``synchronous=FULL``: a mark the window has accepted survives closing the app,
a crash or a power cut.  Each entry keeps what the person saw (``base``) and
what they changed, so when the server answers again it is replayed through the
same versioned, merging write as any other edit (``repository.save_edit``):
a colleague's change made meanwhile is merged or shown as a conflict, never
overwritten.

Entries are kept per database, so pointing the app at another server does not
replay one school's marks into another's.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from attendance_desktop import errors, paths
from attendance_desktop.db.engine import describe, known_error_for
from attendance_desktop.db.repository import Actor, EditOutcome, save_edit

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


class Outbox:
    """A durable queue of edits for one database, in a local SQLite file."""

    def __init__(self, database: Engine | str, path: Path | None = None) -> None:
        self.database = describe(database.url) if isinstance(database, Engine) else database
        self.path = path or paths.data_dir() / OUTBOX_FILE_NAME

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute(_SCHEMA)
            yield conn
        finally:
            conn.close()

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
    ) -> int:
        """Keep an edit for later; durable when this returns."""
        with self._connect() as conn:
            cursor = conn.execute(
                "INSERT INTO pending (database, attendance_id, class_session_id, base, changes, "
                "actor, machine, kind, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                    datetime.now().astimezone().isoformat(),
                ),
            )
            entry_id = int(cursor.lastrowid or 0)
        log.info("Kept a mark for row %d in the outbox (%d waiting)", attendance_id, self.count())
        return entry_id

    def pending(self) -> list[PendingEdit]:
        """Waiting edits for this database, oldest first."""
        if not self.path.exists():
            return []
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT id, attendance_id, class_session_id, base, changes, actor, machine, kind, "
                "reason FROM pending WHERE database = ? ORDER BY id",
                (self.database,),
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
            )
            for row in rows
        ]

    def count(self) -> int:
        if not self.path.exists():
            return 0
        with self._connect() as conn:
            return int(
                conn.execute(
                    "SELECT count(*) FROM pending WHERE database = ?", (self.database,)
                ).fetchone()[0]
            )

    def remove(self, entry_id: int) -> None:
        with self._connect() as conn:
            conn.execute("DELETE FROM pending WHERE id = ?", (entry_id,))


ReplayReport = Callable[[PendingEdit, EditOutcome], None]


def replay(outbox: Outbox, engine: Engine, report: ReplayReport | None = None) -> int:
    """Send waiting edits to the database, oldest first, with their version checks.

    Each edit goes through ``save_edit`` from the values its author saw, so a
    change made meanwhile on another PC is merged or comes back as a conflict
    (passed to ``report`` like any other).  An edit leaves the outbox only once
    its outcome is settled in the database; if the server drops again, the rest
    stay for next time (``KnownError`` is raised).  Returns how many were sent.
    """
    sent = 0
    for entry in outbox.pending():
        try:
            with Session(engine, expire_on_commit=False) as session:
                outcome = save_edit(
                    session,
                    entry.attendance_id,
                    entry.changes,
                    base=entry.base,
                    actor=entry.actor,
                    kind=entry.kind,
                    reason=entry.reason,
                )
        except Exception as exc:
            known = known_error_for(exc, engine.url)
            if known is None:
                raise
            if isinstance(known, errors.DatabaseUnreachable | errors.DatabaseLocked):
                raise known from exc
            # A row deleted meanwhile, say: nothing can be done with this edit.
            log.warning("Dropping an outbox edit for row %d: %s", entry.attendance_id, known)
            outbox.remove(entry.id)
            continue
        outbox.remove(entry.id)
        sent += 1
        if report is not None:
            report(entry, outcome)
    return sent
