"""The database keeps the history: triggers write every change of a mark and of a lesson.

- ``attendance``: every UPDATE must add exactly one to ``version`` (anything else is
  refused), and a trigger writes its ``attendance_change`` row: the old and new values,
  the version, the app's display name and machine (``changed_by``, ``changed_on``),
  the real login (``session_user`` on PostgreSQL; the display name on SQLite, which
  has no logins) and the change's kind, reason, identity and time made, which the app
  sends as columns of the same UPDATE (``change_kind``, ``change_reason``,
  ``change_mark_id``, ``change_made_at``).  The trigger clears those four again, so
  they are NULL at rest and never leak into the next change.  A mark is therefore one
  statement (``repository.write_mark``).
- ``class_session``: a change of ``status`` writes a ``lesson_change`` row (opened,
  closed, reopened), with the reason the app sets in ``change_reason``; reopening a
  closed register without a reason is refused.
- History is never cascaded away: the foreign keys of ``attendance`` and
  ``attendance_change`` to ``student`` and ``class_session`` (and of the history to
  its row) are ``ON DELETE RESTRICT``.  A student who leaves is deactivated.

PostgreSQL: the trigger functions are ``SECURITY DEFINER``, owned by the role that
runs the migrations (the owner), with a fixed ``search_path``; teachers and office
staff lose INSERT on ``attendance_change`` (only the trigger writes history) and may
set the new columns.  SQLite: the same rules as SQLite triggers (``RAISE(ABORT)``).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEACHER = "attendance_teacher"
OFFICE = "attendance_office"
BOTH = f"{TEACHER}, {OFFICE}"

#: The columns of a change the app sets in the UPDATE itself (NULL at rest).
CHANGE_COLUMNS = ("change_kind", "change_reason", "change_mark_id", "change_made_at")

#: (table, column, referred table): the foreign keys that now RESTRICT a delete.
RESTRICTED = (
    ("attendance", "class_session_id", "class_session"),
    ("attendance", "student_id", "student"),
    ("attendance_change", "attendance_id", "attendance"),
    ("attendance_change", "class_session_id", "class_session"),
    ("attendance_change", "student_id", "student"),
)

HISTORY_COLUMNS = (
    "attendance_id, class_session_id, student_id, version, kind, old_code_id, new_code_id, "
    "old_check_in_time, new_check_in_time, old_note, new_note, reason, changed_by, "
    "changed_on, changed_at, mark_id, made_at, login"
)

PG_ATTENDANCE_FUNCTION = """
CREATE FUNCTION attendance_keep_history() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    IF NEW.version IS DISTINCT FROM OLD.version + 1 THEN
        RAISE EXCEPTION 'attendance row % cannot go from version % to %: a change adds one',
            OLD.id, OLD.version, NEW.version USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO attendance_change ({columns})
    VALUES (NEW.id, NEW.class_session_id, NEW.student_id, NEW.version,
            COALESCE(NEW.change_kind, 'edit'), OLD.code_id, NEW.code_id,
            OLD.check_in_time, NEW.check_in_time, OLD.note, NEW.note, NEW.change_reason,
            NEW.changed_by, NEW.changed_on, statement_timestamp(), NEW.change_mark_id,
            NEW.change_made_at, session_user);
    NEW.change_kind := NULL;
    NEW.change_reason := NULL;
    NEW.change_mark_id := NULL;
    NEW.change_made_at := NULL;
    RETURN NEW;
END
$$
"""

PG_LESSON_FUNCTION = """
CREATE FUNCTION class_session_keep_history() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        INSERT INTO lesson_change (class_session_id, kind, old_status, new_status, reason,
                                   changed_by, changed_on, login, changed_at)
        VALUES (NEW.id, {kind}, OLD.status, NEW.status, NEW.change_reason, NEW.changed_by,
                NEW.changed_on, session_user, statement_timestamp());
    END IF;
    NEW.change_reason := NULL;
    RETURN NEW;
END
$$
"""

#: What a status change is, from OLD.status and NEW.status (both backends).
LESSON_KIND = (
    "CASE WHEN OLD.status = 'closed' THEN 'reopen' WHEN NEW.status = 'closed' THEN 'close' "
    "WHEN NEW.status = 'open' THEN 'open' ELSE 'status' END"
)

#: SQLite: a change of any of these is a change of the row (the change columns are not:
#: the history trigger clears them with an UPDATE of its own, which must not fire again).
SQLITE_ROW_COLUMNS = (
    "class_session_id, student_id, code_id, check_in_time, note, version, changed_by, "
    "changed_on, updated_at"
)
#: SQLAlchemy's own text form of a timestamp on SQLite (microseconds; 'now' has ms).
SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f000', 'now')"

SQLITE_TRIGGERS = (
    f"""
    CREATE TRIGGER trg_attendance_version_step BEFORE UPDATE OF {SQLITE_ROW_COLUMNS}
    ON attendance WHEN NEW.version IS NOT OLD.version + 1
    BEGIN
        SELECT RAISE(ABORT, 'attendance: a change must add exactly one to the version');
    END
    """,
    f"""
    CREATE TRIGGER trg_attendance_keep_history AFTER UPDATE OF {SQLITE_ROW_COLUMNS}
    ON attendance
    BEGIN
        INSERT INTO attendance_change ({HISTORY_COLUMNS})
        VALUES (NEW.id, NEW.class_session_id, NEW.student_id, NEW.version,
                COALESCE(NEW.change_kind, 'edit'), OLD.code_id, NEW.code_id,
                OLD.check_in_time, NEW.check_in_time, OLD.note, NEW.note, NEW.change_reason,
                NEW.changed_by, NEW.changed_on, {SQLITE_NOW}, NEW.change_mark_id,
                NEW.change_made_at, NEW.changed_by);
        UPDATE attendance SET change_kind = NULL, change_reason = NULL,
            change_mark_id = NULL, change_made_at = NULL
        WHERE id = NEW.id AND (change_kind IS NOT NULL OR change_reason IS NOT NULL
            OR change_mark_id IS NOT NULL OR change_made_at IS NOT NULL);
    END
    """,  # noqa: S608 - constants only
    f"""
    CREATE TRIGGER trg_class_session_keep_history AFTER UPDATE OF status ON class_session
    WHEN NEW.status IS NOT OLD.status
    BEGIN
        INSERT INTO lesson_change (class_session_id, kind, old_status, new_status, reason,
                                   changed_by, changed_on, login, changed_at)
        VALUES (NEW.id, {LESSON_KIND}, OLD.status, NEW.status, NEW.change_reason,
                NEW.changed_by, NEW.changed_on, NEW.changed_by, {SQLITE_NOW});
        UPDATE class_session SET change_reason = NULL
        WHERE id = NEW.id AND change_reason IS NOT NULL;
    END
    """,  # noqa: S608 - constants only
)
SQLITE_TRIGGER_NAMES = (
    "trg_attendance_version_step",
    "trg_attendance_keep_history",
    "trg_class_session_keep_history",
)


def _fk_name(table: str, column: str, referred: str) -> str:
    return f"fk_{table}_{column}_{referred}"


def _restrict(ondelete: str) -> None:
    """Re-create the foreign keys of ``RESTRICTED`` with ``ondelete``."""
    for table in ("attendance", "attendance_change"):
        with op.batch_alter_table(table) as batch:
            for fk_table, column, referred in RESTRICTED:
                if fk_table != table:
                    continue
                name = _fk_name(table, column, referred)
                batch.drop_constraint(name, type_="foreignkey")
                batch.create_foreign_key(name, referred, [column], ["id"], ondelete=ondelete)


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "lesson_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_session_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("old_status", sa.String(length=16), nullable=False),
        sa.Column("new_status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.Column("changed_on", sa.String(length=200), nullable=False),
        sa.Column("login", sa.String(length=200), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('open', 'close', 'reopen', 'status')",
            name=op.f("ck_lesson_change_kind_known"),
        ),
        sa.CheckConstraint(
            "kind <> 'reopen' OR length(trim(coalesce(reason, ''))) > 0",
            name=op.f("ck_lesson_change_reopen_has_reason"),
        ),
        sa.ForeignKeyConstraint(
            ["class_session_id"],
            ["class_session.id"],
            name=op.f("fk_lesson_change_class_session_id_class_session"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lesson_change")),
    )
    op.create_index(
        "idx_lesson_change_session", "lesson_change", ["class_session_id", "changed_at"]
    )
    with op.batch_alter_table("attendance") as batch:
        batch.add_column(sa.Column("change_kind", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("change_reason", sa.Text(), nullable=True))
        batch.add_column(sa.Column("change_mark_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("change_made_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("attendance_change") as batch:
        batch.add_column(sa.Column("login", sa.String(length=200), nullable=True))
    with op.batch_alter_table("class_session") as batch:
        batch.add_column(sa.Column("change_reason", sa.Text(), nullable=True))
        batch.add_column(
            sa.Column(
                "changed_by", sa.String(length=200), server_default=sa.text("''"), nullable=False
            )
        )
        batch.add_column(
            sa.Column(
                "changed_on", sa.String(length=200), server_default=sa.text("''"), nullable=False
            )
        )
    _restrict("RESTRICT")
    if postgres:
        _postgres_upgrade()
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def _postgres_upgrade() -> None:
    schema = op.get_bind().execute(sa.text("SELECT quote_ident(current_schema())")).scalar_one()
    op.execute(PG_ATTENDANCE_FUNCTION.format(schema=schema, columns=HISTORY_COLUMNS))
    op.execute(PG_LESSON_FUNCTION.format(schema=schema, kind=LESSON_KIND))
    for function in ("attendance_keep_history()", "class_session_keep_history()"):
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
    # BEFORE: the trigger clears the change columns in the row being written.
    op.execute(
        "CREATE TRIGGER trg_attendance_keep_history BEFORE UPDATE ON attendance "
        "FOR EACH ROW EXECUTE FUNCTION attendance_keep_history()"
    )
    op.execute(
        "CREATE TRIGGER trg_class_session_keep_history BEFORE UPDATE ON class_session "
        "FOR EACH ROW EXECUTE FUNCTION class_session_keep_history()"
    )
    # Only the trigger writes history now.
    op.execute(f"REVOKE INSERT ON attendance_change FROM {BOTH}")
    op.execute("DROP POLICY IF EXISTS teacher_logs ON attendance_change")
    op.execute(f"GRANT UPDATE ({', '.join(CHANGE_COLUMNS)}) ON attendance TO {BOTH}")
    op.execute(
        f"GRANT UPDATE (change_reason, changed_by, changed_on) ON class_session TO {TEACHER}"
    )
    op.execute(f"GRANT SELECT ON lesson_change TO {BOTH}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trg_attendance_keep_history ON attendance")
        op.execute("DROP TRIGGER IF EXISTS trg_class_session_keep_history ON class_session")
        op.execute("DROP FUNCTION IF EXISTS attendance_keep_history()")
        op.execute("DROP FUNCTION IF EXISTS class_session_keep_history()")
        op.execute(f"GRANT INSERT ON attendance_change TO {BOTH}")
        history = (
            "EXISTS (SELECT 1 FROM class_session cs JOIN staff_login sl "
            "ON sl.teacher_id = cs.teacher_id WHERE cs.id = attendance_change.class_session_id "
            "AND sl.role_name = session_user)"
        )
        op.execute(
            f"CREATE POLICY teacher_logs ON attendance_change FOR INSERT TO {TEACHER} "
            f"WITH CHECK ({history})"
        )
    else:
        for name in SQLITE_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    _restrict("CASCADE")
    with op.batch_alter_table("class_session") as batch:
        batch.drop_column("changed_on")
        batch.drop_column("changed_by")
        batch.drop_column("change_reason")
    with op.batch_alter_table("attendance_change") as batch:
        batch.drop_column("login")
    with op.batch_alter_table("attendance") as batch:
        for column in reversed(CHANGE_COLUMNS):
            batch.drop_column(column)
    op.drop_index("idx_lesson_change_session", table_name="lesson_change")
    op.drop_table("lesson_change")
