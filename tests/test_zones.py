"""The machine's time zone follows its daylight-saving rules for every date."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from attendance_desktop import rules


@pytest.fixture
def posix_tz(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A TZ rule string with no IANA name, as a Windows PC effectively has."""
    monkeypatch.setenv("TZ", "EST5EDT,M3.2.0,M11.1.0")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_machine_zone_without_a_name_follows_the_clock_changes(posix_tz: None) -> None:
    zone = rules.local_zone("")
    assert isinstance(zone, rules.SystemLocalTime)
    winter = datetime(2026, 1, 15, 12, 0, tzinfo=UTC).astimezone(zone)
    summer = datetime(2026, 7, 15, 12, 0, tzinfo=UTC).astimezone(zone)
    assert winter.utcoffset() == timedelta(hours=-5)
    assert summer.utcoffset() == timedelta(hours=-4)
    assert (winter.hour, summer.hour) == (7, 8)
    # The same wall-clock time, across the change, agrees with the IANA zone.
    new_york = ZoneInfo("America/New_York")
    for day in (date(2026, 3, 7), date(2026, 3, 9), date(2026, 10, 31), date(2026, 11, 2)):
        assert rules.day_bounds(day, zone) == rules.day_bounds(day, new_york)


def test_a_session_late_in_the_evening_lands_on_its_local_day(posix_tz: None) -> None:
    zone = rules.local_zone("")
    moment = datetime(2026, 7, 1, 3, 30, tzinfo=UTC)  # 23:30 on 30 June in New York (EDT)
    assert rules.local_day(moment, zone) == date(2026, 6, 30)


def test_named_zones_win_and_unknown_names_fall_back(posix_tz: None) -> None:
    assert rules.local_zone("Europe/London") == ZoneInfo("Europe/London")
    assert isinstance(rules.local_zone("Not/AZone"), rules.SystemLocalTime)


def test_iana_tz_variable_gives_the_named_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        assert rules.local_zone("") == ZoneInfo("Europe/Berlin")
    finally:
        monkeypatch.undo()
        time.tzset()
