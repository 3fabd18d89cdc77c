"""Indexes for a whole school's day: the enrolled students of the day's classes.

Listing a district's day (about 800 lessons, issue 14) counts the students enrolled in
each class not started yet (``lessons._enrolled_in_range``): the enrolments of the
day's classes, less the students who left.  Without these indexes PostgreSQL read
every enrolment and every student for it, two thirds of the listing (bench/README.md,
"The school day at district size").

- ``enrollment (class_id) INCLUDE (student_id, start_date, end_date)``: the day's
  classes' enrolments with all the count needs, read index-only on PostgreSQL.
  SQLite has no INCLUDE; there it is a plain index on ``class_id``.
- ``student (id) WHERE active IS NOT TRUE``: the few students who left, for the
  anti-join "not a student who left" (both backends have partial indexes).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LEFT = "active IS NOT TRUE"


def upgrade() -> None:
    op.create_index(
        "idx_enrollment_class_covering",
        "enrollment",
        ["class_id"],
        postgresql_include=["student_id", "start_date", "end_date"],
    )
    op.create_index(
        "idx_student_left",
        "student",
        ["id"],
        postgresql_where=sa.text(LEFT),
        sqlite_where=sa.text(LEFT),
    )


def downgrade() -> None:
    op.drop_index("idx_student_left", table_name="student")
    op.drop_index("idx_enrollment_class_covering", table_name="enrollment")
