"""A lesson may have no teacher: the lesson of a class with no teacher enrolment.

Real exports often have classes without a teacher (Microsoft's UK SDS sample: 24 of
28 sections).  Their timetable slots now make lessons too, with
``class_session.teacher_id`` NULL, so every class's register can be taken.

No policy changes: migration 0008's teacher policies compare ``staff_login.teacher_id``
with the lesson's ``teacher_id``, which is never true for NULL, so a teacher login
cannot start or mark a teacherless lesson; the office (``office_writes``) and the
owner can.  A cover teacher given the lesson (``give_cover``) becomes its teacher.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: SQLite: migration 0010's history trigger on ``class_session``, as 0010 made it.  A
#: batch ALTER on SQLite copies the table into a new one and drops the old, and its
#: triggers with it: made again after each batch here.
SQLITE_LESSON_TRIGGER = """
    CREATE TRIGGER trg_class_session_keep_history AFTER UPDATE OF status ON class_session
    WHEN NEW.status IS NOT OLD.status
    BEGIN
        INSERT INTO lesson_change (class_session_id, kind, old_status, new_status, reason,
                                   changed_by, changed_on, login, changed_at)
        VALUES (NEW.id,
                CASE WHEN OLD.status = 'closed' THEN 'reopen'
                     WHEN NEW.status = 'closed' THEN 'close'
                     WHEN NEW.status = 'open' THEN 'open' ELSE 'status' END,
                OLD.status, NEW.status, NEW.change_reason,
                NEW.changed_by, NEW.changed_on, NEW.changed_by,
                strftime('%Y-%m-%d %H:%M:%f000', 'now'));
        UPDATE class_session SET change_reason = NULL
        WHERE id = NEW.id AND change_reason IS NOT NULL;
    END
"""


def _teacher_id_nullable(nullable: bool) -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS trg_class_session_keep_history")
    with op.batch_alter_table("class_session") as batch:
        batch.alter_column("teacher_id", existing_type=sa.Integer(), nullable=nullable)
    if sqlite:
        op.execute(SQLITE_LESSON_TRIGGER)


def upgrade() -> None:
    _teacher_id_nullable(True)


def downgrade() -> None:
    # A lesson without a teacher cannot stay, and giving it someone's name would be a lie
    # in its register: the downgrade stops and says what to do.
    bind = op.get_bind()
    teacherless = bind.execute(
        sa.text("SELECT count(*) FROM class_session WHERE teacher_id IS NULL")
    ).scalar_one()
    if teacherless:
        raise RuntimeError(
            f"{teacherless} lessons have no teacher, and the older version needs one for "
            "every lesson. Give these lessons a teacher (cover) or delete them, then "
            "downgrade again."
        )
    _teacher_id_nullable(False)
