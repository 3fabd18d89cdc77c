"""The school's own settings, as stored in its database (no Qt here).

One home for what every PC must agree on: the school's name and its time
zone.  The zone is read from the database only, never from a copy kept on one
PC, so every classroom shows the same day's lessons.
"""

from __future__ import annotations

from datetime import tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from attendance_desktop import rules
from attendance_desktop.db.models import SchoolSetting

#: The settings every PC reads at start-up and the reports print.
SCHOOL_KEYS = ("school_name", "time_zone")


def school_settings(session: Session) -> dict[str, str]:
    """The school-wide settings (school_name, time_zone) as stored."""
    return {
        key: value
        for key, value in session.execute(
            select(SchoolSetting.key, SchoolSetting.value).where(SchoolSetting.key.in_(SCHOOL_KEYS))
        )
    }


def zone_name(session: Session) -> str:
    """The school's IANA time zone name as stored ('' when the office has not set one)."""
    value = session.scalar(select(SchoolSetting.value).where(SchoolSetting.key == "time_zone"))
    return (value or "").strip()


def school_zone(session: Session) -> tzinfo:
    """The school's time zone, or this computer's when none is set or it is unknown here."""
    return rules.local_zone(zone_name(session))
