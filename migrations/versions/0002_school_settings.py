"""School-wide settings shared by every PC: name, time zone, default grace period.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEFAULTS = {"school_name": "", "time_zone": "", "default_grace_minutes": "5"}


def upgrade() -> None:
    table = op.create_table(
        "school_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_school_setting")),
    )
    now = datetime.now(UTC)
    op.bulk_insert(table, [{"key": k, "value": v, "updated_at": now} for k, v in DEFAULTS.items()])


def downgrade() -> None:
    op.drop_table("school_setting")
