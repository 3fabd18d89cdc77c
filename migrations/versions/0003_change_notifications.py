"""PostgreSQL: notify listening PCs when a register row or a session changes.

Each change to ``attendance`` (insert or update) and each status change of a
``class_session`` sends a NOTIFY on the channel ``attendance_session_<id>``
with a small JSON payload of keys and versions only (far below PostgreSQL's
8000-byte limit): the PCs showing that register reload just those rows.  The
trigger fires inside the writing transaction, so a notification is delivered
only if the write commits, whichever program made it.

SQLite has no NOTIFY; PCs sharing a SQLite file poll ``PRAGMA data_version``.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ATTENDANCE_FUNCTION = """
CREATE FUNCTION attendance_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(
        'attendance_session_' || NEW.class_session_id,
        json_build_object('s', NEW.class_session_id, 'a', NEW.id, 'v', NEW.version)::text
    );
    RETURN NEW;
END
$$
"""

SESSION_FUNCTION = """
CREATE FUNCTION class_session_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        PERFORM pg_notify(
            'attendance_session_' || NEW.id,
            json_build_object('s', NEW.id, 'status', NEW.status)::text
        );
    END IF;
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(ATTENDANCE_FUNCTION)
    op.execute(
        "CREATE TRIGGER trg_attendance_notify_change AFTER INSERT OR UPDATE ON attendance "
        "FOR EACH ROW EXECUTE FUNCTION attendance_notify_change()"
    )
    op.execute(SESSION_FUNCTION)
    op.execute(
        "CREATE TRIGGER trg_class_session_notify_change AFTER UPDATE ON class_session "
        "FOR EACH ROW EXECUTE FUNCTION class_session_notify_change()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS trg_class_session_notify_change ON class_session")
    op.execute("DROP FUNCTION IF EXISTS class_session_notify_change()")
    op.execute("DROP TRIGGER IF EXISTS trg_attendance_notify_change ON attendance")
    op.execute("DROP FUNCTION IF EXISTS attendance_notify_change()")
