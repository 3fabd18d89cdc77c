"""Every mark made in the window carries an identity, stored with its change-log row.

A mark is kept in the PC's local journal, with a UUID, before it is sent.  If
the server commits it but the answer is lost (a crash, a cut network), the
journal sends it again; the unique ``attendance_change.mark_id`` tells that
replay apart from a new change, so it is recognised as done instead of being
merged over whatever was changed since.  Older change-log rows have no id.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # ADD COLUMN with no default is instant on both backends (no table rewrite).
    op.add_column("attendance_change", sa.Column("mark_id", sa.String(length=36), nullable=True))
    op.create_index("uq_attendance_change_mark_id", "attendance_change", ["mark_id"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_attendance_change_mark_id", table_name="attendance_change")
    with op.batch_alter_table("attendance_change") as batch:
        batch.drop_column("mark_id")
