"""Bring a database to the schema this version of the app expects.

Called at every start-up and by ``attendance-desktop db upgrade``.  It uses
Alembic's programmatic API on the app's own connection, so no ``alembic.ini`` is
needed at run time.  The order matters:

1. read the stored revision and refuse a database from a newer app before
   anything is written to it (not even a backup is taken);
2. on PostgreSQL, hold a session-level advisory lock for the whole upgrade, so
   that when thirty classroom PCs start at 8:59 exactly one migrates and the
   others wait, then find the schema at head;
3. on SQLite, copy the file with the sqlite3 backup API before any pending
   migration touches it;
4. run all pending revisions in one transaction (PostgreSQL has transactional
   DDL: a failed upgrade leaves nothing half-applied).

On PostgreSQL a login that is not the schema's owner but may act as it (a
member of ``attendance_upgrade``, see ``sign_in.py``) upgrades with ``SET ROLE``
to the owner, so the tables keep their owner; the role is reset afterwards.
Automatic backups (the SQLite copies taken before an upgrade) are pruned to the
newest ``KEEP_BACKUPS``.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import ResolutionError
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, inspect, text

from attendance_desktop import errors
from attendance_desktop.db.engine import describe, is_sqlite, plain_errors
from attendance_desktop.db.revision import migrations_dir
from attendance_desktop.i18n import translate

log = logging.getLogger("attendance.migrate")

#: Key of the PostgreSQL advisory lock that serialises upgrades ("ATTNDMIG").
ADVISORY_LOCK_KEY = 0x4154544E444D4947

#: Automatic backups kept beside a SQLite database (the newest; older ones are deleted).
KEEP_BACKUPS = 10

#: What automatic backups are called: ``<stem>.backup-<UTC stamp>-before-<rev><suffix>``.
AUTOMATIC_LABEL = "before-"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str

    @property
    def at_head(self) -> bool:
        return self.current == self.head


@dataclass(frozen=True)
class UpgradeResult:
    previous: str | None
    current: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.previous != self.current


def _current_revision(connection: Connection, script: ScriptDirectory) -> str | None:
    heads = MigrationContext.configure(connection).get_current_heads()
    if not heads:
        tables = set(inspect(connection).get_table_names()) - {"alembic_version"}
        if tables:
            raise errors.NotOurDatabase(
                translate(
                    "Database",
                    "This database already has tables but was not created by attendance-desktop.",
                ),
                hint=translate(
                    "Database",
                    "Point the app at an empty database or at an attendance-desktop database.",
                ),
            )
        return None
    known_head = script.get_current_head() or "none"
    for stored in heads:
        try:
            script.get_revision(stored)
        except (ResolutionError, CommandError):
            raise errors.DatabaseFromTheFuture(stored, known_head) from None
    if len(heads) > 1:
        revisions = ", ".join(heads)
        raise errors.NotOurDatabase(
            translate(
                "Database", "This database records several schema revisions at once ({revisions})."
            ).format(revisions=revisions),
            hint=translate(
                "Database", "It was changed by hand; restore a backup or ask the developers."
            ),
        )
    return heads[0]


def schema_state(engine: Engine) -> SchemaState:
    """The stored revision and the app's head, refusing unknown revisions."""
    script = ScriptDirectory.from_config(alembic_config())
    with plain_errors(engine.url), engine.connect() as connection:
        current = _current_revision(connection, script)
        connection.rollback()
    head = script.get_current_head()
    assert head is not None
    return SchemaState(current=current, head=head)


def backup_sqlite(engine: Engine, destination: Path | None = None, *, label: str = "") -> Path:
    """Copy a SQLite database with the online backup API (safe while in use)."""
    assert engine.url.database
    source = Path(engine.url.database)
    if destination is None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        suffix = f"-{label}" if label else ""
        destination = source.with_name(f"{source.stem}.backup-{stamp}{suffix}{source.suffix}")
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(destination)  # a backup is either whole or absent
    return destination


def automatic_backups(database: Path) -> list[Path]:
    """The automatic backups of ``database`` (taken before upgrades), oldest first.

    Only files named as ``upgrade`` names them: a backup someone made by hand
    (``db backup``) is never counted, so never pruned."""
    pattern = f"{database.stem}.backup-*-{AUTOMATIC_LABEL}*{database.suffix}"
    found = [p for p in database.parent.glob(pattern) if p.is_file()]
    # The UTC stamp sorts in time order; the name breaks ties the same way every time.
    return sorted(found, key=lambda p: p.name)


def prune_backups(database: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups; returns what was deleted."""
    found = automatic_backups(database)
    deleted = []
    old = found[: max(0, len(found) - keep)]
    for path in old:
        try:
            path.unlink()
        except OSError as exc:  # a backup in use or read-only: try again next time
            log.warning("Could not delete the old backup %s: %s", path, exc)
        else:
            deleted.append(path)
    if deleted:
        log.info("Deleted %d old automatic backup(s) of %s", len(deleted), database)
    return deleted


def upgrade(engine: Engine, revision: str = "head") -> UpgradeResult:
    """Upgrade the database to ``revision`` (normally head), safely; see the module doc."""
    script = ScriptDirectory.from_config(alembic_config())
    sqlite = is_sqlite(engine)
    with plain_errors(engine.url), engine.connect() as connection:
        if not sqlite:
            _take_migration_lock(connection)
        try:
            previous = _current_revision(connection, script)
            target = script.get_revision(revision)
            assert target is not None
            connection.rollback()
            if previous == target.revision:
                log.info("Database %s is at revision %s", describe(engine.url), previous)
                return UpgradeResult(previous, previous, None)

            backup = None
            if sqlite and previous is not None:
                backup = backup_sqlite(engine, label=f"{AUTOMATIC_LABEL}{target.revision}")
                log.warning(
                    "Backed up the database to %s before upgrading it from %s to %s",
                    backup,
                    previous,
                    target.revision,
                )
                prune_backups(Path(str(engine.url.database)))
            log.info(
                "Upgrading database %s from %s to %s",
                describe(engine.url),
                previous or "empty",
                target.revision,
            )
            if not sqlite:
                _act_as_owner(connection)
            _run_alembic(connection, sqlite, lambda cfg: command.upgrade(cfg, revision))
            return UpgradeResult(previous, target.revision, backup)
        finally:
            if not sqlite:
                connection.rollback()
                connection.execute(text("RESET ROLE"))
                connection.execute(
                    text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_LOCK_KEY}
                )
                connection.commit()


class UpgradeNotAllowed(errors.KnownError):
    """This login may not upgrade the schema: it waits for one that may."""


def _act_as_owner(connection: Connection) -> None:
    """Upgrade as the schema's owner: directly, or through ``SET ROLE`` for a member of
    ``attendance_upgrade``; refuse a login that is neither (nothing is changed)."""
    from attendance_desktop.sign_in import may_upgrade, schema_owner

    owner = schema_owner(connection)
    me, superuser = connection.execute(
        text("SELECT session_user, rolsuper FROM pg_roles WHERE rolname = session_user")
    ).one()
    if me != owner and not superuser:
        if not may_upgrade(connection):
            connection.rollback()
            raise UpgradeNotAllowed(
                translate(
                    "Database", "The login \u201c{login}\u201d may not upgrade the database."
                ).format(login=me),
                hint=translate(
                    "Database",
                    "The database's owner, or a login IT made an upgrade login "
                    "(`attendance-desktop staff grant-upgrade`), upgrades it.",
                ),
            )
        connection.execute(
            text("SELECT set_config('role', CAST(:owner AS text), false)"), {"owner": owner}
        )
    connection.commit()


def downgrade(engine: Engine, revision: str) -> None:
    """Downgrade (for developers and tests; the app itself never goes back)."""
    with plain_errors(engine.url), engine.connect() as connection:
        if not is_sqlite(engine):
            _take_migration_lock(connection)
        try:
            _run_alembic(
                connection, is_sqlite(engine), lambda cfg: command.downgrade(cfg, revision)
            )
        finally:
            if not is_sqlite(engine):
                connection.execute(
                    text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_LOCK_KEY}
                )
                connection.commit()


def _take_migration_lock(connection: Connection) -> None:
    got = connection.execute(
        text("SELECT pg_try_advisory_lock(:key)"), {"key": ADVISORY_LOCK_KEY}
    ).scalar_one()
    if not got:
        log.info("Another computer is upgrading the database; waiting for it to finish")
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
    # The lock is session-level: it outlives this transaction and is released explicitly.
    connection.commit()


def _run_alembic(connection: Connection, sqlite: bool, action: object) -> None:
    assert callable(action)
    if sqlite:
        # Batch migrations copy and drop tables; foreign keys must be off while
        # they do, and PRAGMA foreign_keys is ignored inside a transaction.
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
    try:
        action(alembic_config(connection))
        if sqlite:
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                connection.rollback()
                broken = len(problems)
                raise errors.DatabaseCorrupt(
                    translate(
                        "Database",
                        "The upgrade would leave %n broken references; nothing was changed.",
                        None,
                        broken,
                    ),
                    hint=translate("Database", "Send the log file to the developers."),
                )
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
    finally:
        if sqlite:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = ON")
