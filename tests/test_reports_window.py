"""The Reports window on the demo school (pytest-qt, offscreen, both backends)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from attendance_desktop import demo
from attendance_desktop.reports import SchoolCalendar

LONDON = SchoolCalendar.named("Europe/London")
#: A Tuesday in the autumn term; the demo has three weeks of registers before it.
TODAY = date(2026, 11, 24)


def load_demo(engine: Engine) -> demo.DemoSummary:
    with Session(engine) as session:
        summary = demo.load_demo_school(session, today=TODAY, tz=LONDON.zone)
        session.commit()
    return summary
