"""Is a migration pending?  Answered without importing Alembic.

Importing Alembic costs more than 100 ms on a classroom PC, and at almost every
start the answer is "no": the database is already at this version's schema.  So
start-up reads the stored revision with one query and compares it with the head
found by reading the migration scripts' ``revision`` / ``down_revision`` lines.
Only when they differ (or the scripts cannot be read that simply) does
``db/migrate.py`` bring in Alembic, which does every check again properly:
refusing a database from a newer version, the backup, the advisory lock.
"""

from __future__ import annotations

import ast
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from attendance_desktop import errors


def migrations_dir() -> Path:
    """Where the Alembic scripts are: inside the installed package, else the source tree."""
    package_dir = Path(__file__).resolve().parent.parent
    for candidate in (package_dir / "migrations", package_dir.parent / "migrations"):
        if (candidate / "env.py").is_file():
            return candidate
    raise errors.KnownError(
        f"This installation of attendance-desktop is incomplete: its database migrations "
        f"are missing (looked in {package_dir / 'migrations'}).",
        hint="Reinstall attendance-desktop.",
    )


def _assignments(path: Path) -> dict[str, object]:
    """The module-level ``revision`` and ``down_revision`` constants of one script."""
    found: dict[str, object] = {}
    for node in ast.parse(path.read_text(encoding="utf-8"), str(path)).body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                found[target.id] = ast.literal_eval(value)
    return found


def known_head() -> str | None:
    """The newest revision among this version's scripts; None if that is not simple
    to tell (several heads, an unreadable script): then ask Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        for script in sorted((migrations_dir() / "versions").glob("*.py")):
            found = _assignments(script)
            revision, down = found.get("revision"), found.get("down_revision")
            if not isinstance(revision, str):
                return None
            revisions.add(revision)
            if isinstance(down, str):
                parents.add(down)
            elif isinstance(down, tuple | list):
                parents.update(str(d) for d in down)
    except (OSError, SyntaxError, ValueError):
        return None
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def stored_revision(connection: Connection) -> str | None:
    """The revision recorded in the database; None when it has none (a new database)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return str(rows[0]) if len(rows) == 1 else None


def at_head(engine: Engine) -> bool:
    """True when the database is certainly at this version's schema (no Alembic needed)."""
    head = known_head()
    if head is None:
        return False
    with engine.connect() as connection:
        stored = stored_revision(connection)
        connection.rollback()
    return stored == head
