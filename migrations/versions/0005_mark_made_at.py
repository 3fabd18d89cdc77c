"""When a mark was made, beside when the database got it.

``attendance_change.changed_at`` is the server's time of the write; a mark
kept in a PC's journal while the server was away reaches it minutes or hours
after the teacher made it.  ``made_at`` keeps the PC's time of the key press,
so the history can show both.  Older rows have none.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "attendance_change", sa.Column("made_at", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("attendance_change") as batch:
        batch.drop_column("made_at")
