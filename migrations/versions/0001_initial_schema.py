"""Initial schema: people, classes, sessions, attendance with its version and change log.

Uniqueness (one enrollment per class and student, one attendance row per
session and student) is enforced from this first revision.  The four default
attendance codes are seeded here so every database starts with them.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


DEFAULT_CODES = [
    # code, label, category, counts_as_present, shortcut, colour, sort_order
    ("P", "Present", "present", True, "P", "#2E7D32", 10),
    ("A", "Absent", "absent", False, "A", "#C62828", 20),
    ("L", "Late", "late", True, "L", "#EF6C00", 30),
    ("E", "Excused", "excused", False, "E", "#1565C0", 40),
]


def _seed_codes(table: sa.Table) -> None:
    now = datetime.now(UTC)
    op.bulk_insert(
        table,
        [
            {
                "code": code,
                "label": label,
                "category": category,
                "counts_as_present": present,
                "shortcut": shortcut,
                "colour": colour,
                "sort_order": order,
                "active": True,
                "created_at": now,
                "updated_at": now,
            }
            for code, label, category, present, shortcut, colour, order in DEFAULT_CODES
        ],
    )


def upgrade() -> None:
    codes = op.create_table(
        "attendance_code",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("counts_as_present", sa.Boolean(), nullable=False),
        sa.Column("shortcut", sa.String(length=1), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("sort_order", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "category IN ('present', 'absent', 'late', 'excused')",
            name=op.f("ck_attendance_code_category_known"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_code")),
        sa.UniqueConstraint("code", name=op.f("uq_attendance_code_code")),
        sa.UniqueConstraint("shortcut", name=op.f("uq_attendance_code_shortcut")),
    )
    _seed_codes(codes)
    op.create_table(
        "student",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=200), nullable=False),
        sa.Column("last_name", sa.String(length=200), nullable=False),
        sa.Column("preferred_name", sa.String(length=200), nullable=True),
        sa.Column("source_id", sa.String(length=255), nullable=True),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_student")),
        sa.UniqueConstraint("source_id", name=op.f("uq_student_source_id")),
    )
    op.create_table(
        "teacher",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("source_id", sa.String(length=255), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teacher")),
        sa.UniqueConstraint("source_id", name=op.f("uq_teacher_source_id")),
    )
    op.create_table(
        "school_class",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=True),
        sa.Column("room", sa.String(length=100), nullable=True),
        sa.Column("teacher_id", sa.Integer(), nullable=False),
        sa.Column("grace_minutes", sa.Integer(), server_default=sa.text("5"), nullable=False),
        sa.Column("source_id", sa.String(length=255), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "grace_minutes >= 0", name=op.f("ck_school_class_grace_minutes_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["teacher_id"], ["teacher.id"], name=op.f("fk_school_class_teacher_id_teacher")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school_class")),
        sa.UniqueConstraint("source_id", name=op.f("uq_school_class_source_id")),
    )
    with op.batch_alter_table("school_class", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_school_class_teacher_id"), ["teacher_id"], unique=False
        )

    op.create_table(
        "class_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("teacher_id", sa.Integer(), nullable=False),
        sa.Column("room", sa.String(length=100), nullable=True),
        sa.Column("start_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("end_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "status", sa.String(length=16), server_default=sa.text("'planned'"), nullable=False
        ),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('planned', 'open', 'closed')", name=op.f("ck_class_session_status_known")
        ),
        sa.CheckConstraint("end_time > start_time", name=op.f("ck_class_session_ends_after_start")),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["school_class.id"],
            name=op.f("fk_class_session_class_id_school_class"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["teacher_id"], ["teacher.id"], name=op.f("fk_class_session_teacher_id_teacher")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_class_session")),
    )
    with op.batch_alter_table("class_session", schema=None) as batch_op:
        batch_op.create_index(
            "idx_class_session_class_created", ["class_id", "created_at"], unique=False
        )
        batch_op.create_index(
            "idx_class_session_class_start", ["class_id", "start_time"], unique=False
        )
        batch_op.create_index("idx_class_session_start_time", ["start_time"], unique=False)
        batch_op.create_index(
            "idx_class_session_status_time", ["status", "start_time"], unique=False
        )
        batch_op.create_index(
            "idx_class_session_teacher_status", ["teacher_id", "status"], unique=False
        )

    op.create_table(
        "enrollment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("source_id", sa.String(length=255), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["school_class.id"],
            name=op.f("fk_enrollment_class_id_school_class"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
            name=op.f("fk_enrollment_student_id_student"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollment")),
        sa.UniqueConstraint(
            "class_id", "student_id", name=op.f("uq_enrollment_class_id_student_id")
        ),
        sa.UniqueConstraint("source_id", name=op.f("uq_enrollment_source_id")),
    )
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.create_index("idx_enrollment_student", ["student_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_session_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("code_id", sa.Integer(), nullable=True),
        sa.Column("check_in_time", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "changed_by", sa.String(length=200), server_default=sa.text("''"), nullable=False
        ),
        sa.Column(
            "changed_on", sa.String(length=200), server_default=sa.text("''"), nullable=False
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_session_id"],
            ["class_session.id"],
            name=op.f("fk_attendance_class_session_id_class_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["code_id"], ["attendance_code.id"], name=op.f("fk_attendance_code_id_attendance_code")
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
            name=op.f("fk_attendance_student_id_student"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(
            "idx_attendance_session_checkin", ["class_session_id", "check_in_time"], unique=False
        )
        batch_op.create_index(
            "idx_attendance_session_student", ["class_session_id", "student_id"], unique=True
        )
        batch_op.create_index(
            "idx_attendance_student_created", ["student_id", "created_at"], unique=False
        )

    op.create_table(
        "attendance_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attendance_id", sa.Integer(), nullable=False),
        sa.Column("class_session_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("old_code_id", sa.Integer(), nullable=True),
        sa.Column("new_code_id", sa.Integer(), nullable=True),
        sa.Column("old_check_in_time", sa.DateTime(timezone=True), nullable=True),
        sa.Column("new_check_in_time", sa.DateTime(timezone=True), nullable=True),
        sa.Column("old_note", sa.Text(), nullable=True),
        sa.Column("new_note", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.Column("changed_on", sa.String(length=200), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('mark', 'undo', 'note', 'merge', 'override', 'replay', 'edit')",
            name=op.f("ck_attendance_change_kind_known"),
        ),
        sa.ForeignKeyConstraint(
            ["attendance_id"],
            ["attendance.id"],
            name=op.f("fk_attendance_change_attendance_id_attendance"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["class_session_id"],
            ["class_session.id"],
            name=op.f("fk_attendance_change_class_session_id_class_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["new_code_id"],
            ["attendance_code.id"],
            name=op.f("fk_attendance_change_new_code_id_attendance_code"),
        ),
        sa.ForeignKeyConstraint(
            ["old_code_id"],
            ["attendance_code.id"],
            name=op.f("fk_attendance_change_old_code_id_attendance_code"),
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
            name=op.f("fk_attendance_change_student_id_student"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_change")),
        sa.UniqueConstraint(
            "attendance_id", "version", name=op.f("uq_attendance_change_attendance_id_version")
        ),
    )
    with op.batch_alter_table("attendance_change", schema=None) as batch_op:
        batch_op.create_index(
            "idx_attendance_change_session", ["class_session_id", "changed_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("attendance_change", schema=None) as batch_op:
        batch_op.drop_index("idx_attendance_change_session")

    op.drop_table("attendance_change")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index("idx_attendance_student_created")
        batch_op.drop_index("idx_attendance_session_student")
        batch_op.drop_index("idx_attendance_session_checkin")

    op.drop_table("attendance")
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.drop_index("idx_enrollment_student")

    op.drop_table("enrollment")
    with op.batch_alter_table("class_session", schema=None) as batch_op:
        batch_op.drop_index("idx_class_session_teacher_status")
        batch_op.drop_index("idx_class_session_status_time")
        batch_op.drop_index("idx_class_session_start_time")
        batch_op.drop_index("idx_class_session_class_start")
        batch_op.drop_index("idx_class_session_class_created")

    op.drop_table("class_session")
    with op.batch_alter_table("school_class", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_school_class_teacher_id"))

    op.drop_table("school_class")
    op.drop_table("teacher")
    op.drop_table("student")
    op.drop_table("attendance_code")
