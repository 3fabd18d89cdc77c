"""Where a timetable slot came from: a timetable file, or a class's periods in a roster.

A roster whose classes carry periods (OneRoster ``classes.periods``, Clever
``sections.Period``, School Data Sync v1 ``Section.Periods``) gives each class
a slot per period and school day.  ``timetable_slot.source`` tells those
(``roster``) from the slots of a timetable file (``timetable``, every slot made
before this revision), so a roster import replaces only its own slots and
never one a timetable file made (see ``timetable.from_roster``).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("timetable_slot") as batch:
        batch.add_column(
            sa.Column(
                "source",
                sa.String(length=20),
                server_default=sa.text("'timetable'"),
                nullable=False,
            )
        )
        batch.create_check_constraint(
            batch.f("ck_timetable_slot_source_known"), "source IN ('timetable', 'roster')"
        )


def downgrade() -> None:
    with op.batch_alter_table("timetable_slot") as batch:
        batch.drop_constraint(batch.f("ck_timetable_slot_source_known"), type_="check")
        batch.drop_column("source")
