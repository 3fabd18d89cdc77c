"""The school day: bell times, the weekly timetable, non-school days, cover.

Lessons are made from the timetable on demand, one day at a time, the first
time any PC lists that day (``school_day_built`` remembers which days exist;
a new import rebuilds the future ones).  ``class_session.slot_id`` ties a
lesson to its slot, unique with its start, so two PCs building the same day
at once make each lesson once.  ``cover_for_teacher_id`` is set when a cover
teacher takes a lesson timetabled for someone else.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bell_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("days", sa.String(length=200), nullable=False),
        sa.CheckConstraint("end_time > start_time", name=op.f("ck_bell_period_ends_after_start")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bell_period")),
    )
    op.create_table(
        "timetable_slot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("week", sa.String(length=1), server_default=sa.text("''"), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("room", sa.String(length=100), nullable=True),
        sa.Column("teacher_id", sa.Integer(), nullable=True),
        sa.Column("first_date", sa.Date(), nullable=True),
        sa.Column("last_date", sa.Date(), nullable=True),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_timetable_slot_weekday_known")),
        sa.CheckConstraint("week IN ('', 'A', 'B')", name=op.f("ck_timetable_slot_week_known")),
        sa.CheckConstraint(
            "period IS NOT NULL OR (start_time IS NOT NULL AND end_time IS NOT NULL)",
            name=op.f("ck_timetable_slot_period_or_times"),
        ),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["school_class.id"],
            name=op.f("fk_timetable_slot_class_id_school_class"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["teacher_id"], ["teacher.id"], name=op.f("fk_timetable_slot_teacher_id_teacher")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timetable_slot")),
    )
    op.create_index("idx_timetable_slot_weekday", "timetable_slot", ["weekday"])
    op.create_index("idx_timetable_slot_class", "timetable_slot", ["class_id"])
    op.create_table(
        "non_school_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_date", sa.Date(), nullable=False),
        sa.Column("last_date", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "last_date >= first_date", name=op.f("ck_non_school_day_ends_after_start")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_non_school_day")),
        sa.UniqueConstraint(
            "first_date",
            "last_date",
            "name",
            name=op.f("uq_non_school_day_first_date_last_date_name"),
        ),
    )
    op.create_table(
        "school_day_built",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("timetable_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_school_day_built")),
    )
    with op.batch_alter_table("class_session") as batch:
        batch.add_column(sa.Column("slot_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("cover_for_teacher_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_class_session_slot_id_timetable_slot"),
            "timetable_slot",
            ["slot_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_foreign_key(
            batch.f("fk_class_session_cover_for_teacher_id_teacher"),
            "teacher",
            ["cover_for_teacher_id"],
            ["id"],
        )
        batch.create_index("uq_class_session_slot_start", ["slot_id", "start_time"], unique=True)
        batch.create_index("idx_class_session_cover_for", ["cover_for_teacher_id"])


def downgrade() -> None:
    with op.batch_alter_table("class_session") as batch:
        batch.drop_index("idx_class_session_cover_for")
        batch.drop_index("uq_class_session_slot_start")
        batch.drop_constraint(
            batch.f("fk_class_session_cover_for_teacher_id_teacher"), type_="foreignkey"
        )
        batch.drop_constraint(
            batch.f("fk_class_session_slot_id_timetable_slot"), type_="foreignkey"
        )
        batch.drop_column("cover_for_teacher_id")
        batch.drop_column("slot_id")
    op.drop_table("school_day_built")
    op.drop_table("non_school_day")
    op.drop_index("idx_timetable_slot_class", table_name="timetable_slot")
    op.drop_index("idx_timetable_slot_weekday", table_name="timetable_slot")
    op.drop_table("timetable_slot")
    op.drop_table("bell_period")
