"""Rights the database itself enforces (PostgreSQL): who may change which register.

Two group roles, and one login per person (``attendance-desktop staff sync``):

- ``attendance_teacher``: reads everything; writes the registers of the
  lessons it teaches (or covers): the mark columns of ``attendance``, a
  lesson's status; adds history rows for its own registers; builds the day's
  timetabled lessons.  Never updates or deletes history, settings, codes or
  the roster, never changes the schema.
- ``attendance_office``: everything a teacher may, on every register, plus the
  roster, codes, school settings, the timetable and cover.

Row-level security does the "its own": each policy looks the login up
inline in ``staff_login`` (a SQL function there would be planned again for
every UPDATE).  The owner (IT, migrations) is not subject to it.  Nobody but
the owner may UPDATE, DELETE or TRUNCATE ``attendance_change``.  The group
roles are cluster-wide (created if missing, never dropped: other databases
on the server may use them); the grants and policies belong to this database.

SQLite has no roles: on one PC the app is the only writer.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEACHER = "attendance_teacher"
OFFICE = "attendance_office"

#: The login -> teacher look-up every teacher policy uses, written inline.
MINE = (
    "EXISTS (SELECT 1 FROM staff_login sl WHERE sl.role_name = session_user "
    "AND sl.teacher_id = {teacher})"
)
LESSON_IS_MINE = (
    "EXISTS (SELECT 1 FROM class_session cs JOIN staff_login sl "
    "ON sl.teacher_id = cs.teacher_id WHERE cs.id = {lesson} AND sl.role_name = session_user)"
)
UNTOUCHED = (
    "status = 'planned' AND slot_id IS NOT NULL AND cover_for_teacher_id IS NULL AND NOT "
    "EXISTS (SELECT 1 FROM attendance a WHERE a.class_session_id = class_session.id)"
)

ROSTER_TABLES = ("teacher", "student", "school_class", "enrollment")
OFFICE_TABLES = (
    *ROSTER_TABLES,
    "attendance_code",
    "school_setting",
    "bell_period",
    "timetable_slot",
    "non_school_day",
    "staff_login",
)


def upgrade() -> None:
    op.create_table(
        "staff_login",
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.Column("teacher_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.CheckConstraint("kind IN ('teacher', 'office')", name=op.f("ck_staff_login_kind_known")),
        sa.ForeignKeyConstraint(
            ["teacher_id"], ["teacher.id"], name=op.f("fk_staff_login_teacher_id_teacher")
        ),
        sa.PrimaryKeyConstraint("role_name", name=op.f("pk_staff_login")),
        sa.UniqueConstraint("teacher_id", name=op.f("uq_staff_login_teacher_id")),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    for role in (TEACHER, OFFICE):
        op.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') "  # noqa: S608 - constant role names
            f"THEN CREATE ROLE {role} NOLOGIN; END IF; END $$"
        )
    _grants()
    _policies()


def _grants() -> None:
    both = f"{TEACHER}, {OFFICE}"
    op.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    op.execute(f"GRANT USAGE ON SCHEMA public TO {both}")
    op.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {both}")
    op.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {both}")
    # A register: its rows, their marks, its history (added to, never changed).
    op.execute(f"GRANT INSERT ON attendance, attendance_change TO {both}")
    op.execute(
        "GRANT UPDATE (code_id, check_in_time, note, version, changed_by, changed_on, "
        f"updated_at) ON attendance TO {both}"
    )
    # Lessons: started, closed, reopened; the day's timetabled lessons made and remade.
    op.execute(f"GRANT INSERT, DELETE ON class_session, school_day_built TO {both}")
    op.execute(
        f"GRANT UPDATE (status, opened_at, closed_at, updated_at) ON class_session TO {TEACHER}"
    )
    op.execute(f"GRANT UPDATE ON class_session, school_day_built TO {OFFICE}")
    op.execute(f"GRANT UPDATE (timetable_version) ON school_day_built TO {TEACHER}")
    tables = ", ".join(OFFICE_TABLES)
    op.execute(f"GRANT INSERT, UPDATE, DELETE ON {tables} TO {OFFICE}")


def _policies() -> None:
    for table in ("attendance", "attendance_change", "class_session"):
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY everyone_reads ON {table} FOR SELECT USING (true)")
        op.execute(
            f"CREATE POLICY office_writes ON {table} FOR ALL TO {OFFICE} "
            "USING (true) WITH CHECK (true)"
        )
    mine = LESSON_IS_MINE.format(lesson="attendance.class_session_id")
    op.execute(
        f"CREATE POLICY teacher_marks ON attendance FOR UPDATE TO {TEACHER} "
        f"USING ({mine}) WITH CHECK ({mine})"
    )
    op.execute(
        f"CREATE POLICY teacher_starts ON attendance FOR INSERT TO {TEACHER} WITH CHECK ({mine})"
    )
    history = LESSON_IS_MINE.format(lesson="attendance_change.class_session_id")
    op.execute(
        f"CREATE POLICY teacher_logs ON attendance_change FOR INSERT TO {TEACHER} "
        f"WITH CHECK ({history})"
    )
    own = MINE.format(teacher="class_session.teacher_id")
    op.execute(
        f"CREATE POLICY teacher_runs ON class_session FOR UPDATE TO {TEACHER} "
        f"USING ({own}) WITH CHECK ({own})"
    )
    # The day's lessons: anyone may make them; only untouched timetabled ones go again.
    op.execute(
        f"CREATE POLICY teacher_builds ON class_session FOR INSERT TO {TEACHER} WITH CHECK (true)"
    )
    op.execute(
        f"CREATE POLICY teacher_rebuilds ON class_session FOR DELETE TO {TEACHER} "
        f"USING ({UNTOUCHED})"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ("attendance", "attendance_change", "class_session"):
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
            for policy in (
                "everyone_reads",
                "office_writes",
                "teacher_marks",
                "teacher_starts",
                "teacher_logs",
                "teacher_runs",
                "teacher_builds",
                "teacher_rebuilds",
            ):
                op.execute(f"DROP POLICY IF EXISTS {policy} ON {table}")
        for role in (TEACHER, OFFICE):
            op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}")
            op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {role}")
            op.execute(f"REVOKE ALL ON SCHEMA public FROM {role}")
        op.execute("GRANT CREATE ON SCHEMA public TO PUBLIC")
    op.drop_table("staff_login")
