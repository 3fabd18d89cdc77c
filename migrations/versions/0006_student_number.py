"""A student's number beside the SIS id; classes may have no teacher yet.

Real exports (Microsoft School Data Sync, Clever, most SIS) carry both an SIS
id (the roster's key) and the number the school knows a student by:
``student.student_number`` keeps the second.  OneRoster allows a class with no
teacher enrolment (common before timetabling): ``school_class.teacher_id``
becomes nullable.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("student", sa.Column("student_number", sa.String(length=64), nullable=True))
    with op.batch_alter_table("school_class") as batch:
        batch.alter_column("teacher_id", existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    # A class without a teacher cannot stay: it is given the first teacher (by id), and
    # when there is no teacher at all the downgrade stops rather than lose classes.
    bind = op.get_bind()
    orphans = bind.execute(
        sa.text("SELECT count(*) FROM school_class WHERE teacher_id IS NULL")
    ).scalar_one()
    if orphans:
        first = bind.execute(sa.text("SELECT min(id) FROM teacher")).scalar_one()
        if first is None:
            raise RuntimeError(
                f"{orphans} classes have no teacher and there is no teacher to give them; "
                "add a teacher before downgrading."
            )
        bind.execute(
            sa.text("UPDATE school_class SET teacher_id = :t WHERE teacher_id IS NULL"),
            {"t": first},
        )
    with op.batch_alter_table("school_class") as batch:
        batch.alter_column("teacher_id", existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table("student") as batch:
        batch.drop_column("student_number")
