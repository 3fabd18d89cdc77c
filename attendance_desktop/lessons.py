"""Lessons and who is in them: the rules every view of a register shares (no Qt here).

A lesson is stored with UTC instants; the *day* it belongs to is its local
date in the school's time zone (``lesson_day``).  A 09:00 lesson in Sydney on
2 February is 22:00 UTC on 1 February: enrolments, the printed register, the
lesson list and the class summary all judge it by 2 February.

Who is on a register is decided by one condition, ``enrolled_on(day)``: an
active student whose enrolment has started by ``day`` and not ended by it
(``end_date`` is the first day the student is no longer in the class).
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from sqlalchemy import ColumnElement, and_, or_

from attendance_desktop.db.models import Enrollment, Student


def lesson_day(start_time: datetime, zone: tzinfo) -> date:
    """The school-local date of a lesson starting at ``start_time`` (timezone-aware)."""
    return start_time.astimezone(zone).date()


def enrolled_on(day: date) -> ColumnElement[bool]:
    """Rows of ``Enrollment`` joined to ``Student`` that put the student in the class on ``day``."""
    return and_(
        Student.active.is_(True),
        or_(Enrollment.start_date.is_(None), Enrollment.start_date <= day),
        or_(Enrollment.end_date.is_(None), Enrollment.end_date > day),
    )
