"""The register's rules: grace period, override, check-in times, cycling, days (no Qt, no DB)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from attendance_desktop.rules import (
    Code,
    Codebook,
    Decision,
    Mark,
    day_bounds,
    decide,
    initials,
    is_late,
    local_zone,
)

P = Code(1, "P", "Present", "present", True, "P", "#2E7D32", 10)
A = Code(2, "A", "Absent", "absent", False, "A", "#C62828", 20)
L = Code(3, "L", "Late", "late", True, "L", "#EF6C00", 30)
E = Code(4, "E", "Excused", "excused", False, "E", "#1565C0", 40)
#: A school's own code that counts as present (an educational visit): no grace rule.
V = Code(5, "V", "Visit", "present", True, "V", "#6A1B9A", 50)
CODES = Codebook([E, V, L, A, P])  # given out of order on purpose

START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
GRACE = 5


class FakeClock:
    """A clock that stands still until moved."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


def ask(code: Code, current: Mark, clock: FakeClock, *, grace: bool = True) -> Decision:
    return decide(
        code,
        current,
        codes=CODES,
        lesson_start=START,
        grace_minutes=GRACE,
        now=clock(),
        apply_grace=grace,
    )


def test_present_within_grace_is_present_with_check_in_now() -> None:
    clock = FakeClock(START + timedelta(minutes=3))
    decision = ask(P, Mark(None), clock)
    assert (decision.code_id, decision.check_in_time, decision.kind) == (P.id, clock(), "mark")
    assert not decision.auto_late


def test_grace_boundary_is_inclusive() -> None:
    assert not is_late(START + timedelta(minutes=GRACE), START, GRACE)
    assert is_late(START + timedelta(minutes=GRACE, seconds=1), START, GRACE)
    clock = FakeClock(START + timedelta(minutes=GRACE))
    assert ask(P, Mark(None), clock).code_id == P.id
    clock.advance(seconds=1)
    assert ask(P, Mark(None), clock).code_id == L.id


def test_present_after_grace_becomes_late_automatically() -> None:
    clock = FakeClock(START + timedelta(minutes=12))
    decision = ask(P, Mark(A.id), clock)
    assert decision.code_id == L.id
    assert decision.auto_late
    assert decision.check_in_time == clock()
    assert decision.kind == "mark"


def test_present_again_on_a_late_row_overrides_and_keeps_the_check_in() -> None:
    clock = FakeClock(START + timedelta(minutes=12))
    first = ask(P, Mark(None), clock)
    assert first.code_id == L.id
    clock.advance(minutes=1)
    second = ask(P, Mark(first.code_id, first.check_in_time), clock)
    assert second.code_id == P.id
    assert second.kind == "override"
    assert second.check_in_time == first.check_in_time  # they arrived when they arrived
    assert not second.auto_late


def test_present_on_a_present_row_changes_nothing() -> None:
    clock = FakeClock(START + timedelta(minutes=30))
    checked_in = START + timedelta(minutes=1)
    current = Mark(P.id, checked_in)
    decision = ask(P, current, clock)
    assert decision.changes(current) == {}


def test_grace_rule_can_be_switched_off_for_explicit_choices() -> None:
    clock = FakeClock(START + timedelta(minutes=30))
    decision = ask(P, Mark(None), clock, grace=False)
    assert decision.code_id == P.id
    assert decision.check_in_time == clock()


def test_a_schools_own_present_code_is_not_turned_late() -> None:
    clock = FakeClock(START + timedelta(minutes=30))
    assert ask(V, Mark(None), clock).code_id == V.id


def test_late_pressed_directly_records_the_check_in() -> None:
    clock = FakeClock(START + timedelta(minutes=2))
    decision = ask(L, Mark(None), clock)
    assert (decision.code_id, decision.check_in_time) == (L.id, clock())


@pytest.mark.parametrize("code", [A, E])
def test_absent_or_excused_clears_the_check_in(code: Code) -> None:
    clock = FakeClock(START + timedelta(minutes=2))
    current = Mark(P.id, START)
    decision = ask(code, current, clock)
    assert decision.check_in_time is None
    assert decision.changes(current) == {"code_id": code.id, "check_in_time": None}


def test_present_to_late_keeps_the_check_in() -> None:
    clock = FakeClock(START + timedelta(minutes=20))
    current = Mark(P.id, START + timedelta(minutes=1))
    decision = ask(L, current, clock)
    assert decision.changes(current) == {"code_id": L.id}


def test_zero_grace_means_late_one_second_after_the_start() -> None:
    decision = decide(
        P,
        Mark(None),
        codes=CODES,
        lesson_start=START,
        grace_minutes=0,
        now=START + timedelta(seconds=1),
    )
    assert decision.code_id == L.id


def test_without_a_late_code_present_stays_present() -> None:
    codes = Codebook([P, A])
    decision = decide(
        P,
        Mark(None),
        codes=codes,
        lesson_start=START,
        grace_minutes=5,
        now=START + timedelta(hours=1),
    )
    assert decision.code_id == P.id


def test_codebook_orders_and_looks_up() -> None:
    assert [c.code for c in CODES.codes] == ["P", "A", "L", "E", "V"]
    assert CODES.for_key("a") is A
    assert CODES.for_key("V") is V
    assert CODES.for_key("j") is None
    assert CODES.for_key("") is None
    assert CODES.present is P and CODES.late is L


def test_cycle_goes_through_every_code_and_wraps() -> None:
    seen = []
    code_id = None
    for _ in range(6):
        code = CODES.next_in_cycle(code_id)
        seen.append(code.code)
        code_id = code.id
    assert seen == ["P", "A", "L", "E", "V", "P"]


def test_day_bounds_follow_the_zone_across_daylight_saving() -> None:
    london = ZoneInfo("Europe/London")
    start, end = day_bounds(date(2026, 3, 29), london)  # clocks go forward: a 23-hour day
    assert start == datetime(2026, 3, 29, 0, 0, tzinfo=UTC)
    assert end - start == timedelta(hours=23)
    start, end = day_bounds(date(2026, 7, 1), london)
    assert start == datetime(2026, 6, 30, 23, 0, tzinfo=UTC)


def test_local_zone_falls_back_to_the_machine() -> None:
    assert local_zone("Europe/Paris") == ZoneInfo("Europe/Paris")
    assert local_zone("Not/AZone") is not None
    assert local_zone("") is not None


def test_initials() -> None:
    assert initials("Ava", "Abbott") == "AA"
    assert initials("chloé", "") == "C"
    assert initials("", " ") == "?"


END = START + timedelta(minutes=55)


def _after(code: Code, current: Mark, now: datetime, *, end: datetime | None = END) -> Decision:
    return decide(
        code, current, codes=CODES, lesson_start=START, grace_minutes=GRACE, now=now,
        lesson_end=end,
    )  # fmt: skip


def test_a_register_caught_up_after_the_lesson_makes_nobody_late() -> None:
    """Ctrl+Enter at 21:47 on a 09:00-09:55 lesson: everyone Present, checked in at the
    start, never "Late, arrived 21:47".  (Negative control: without the lesson's end, as
    before, the same key press gives Late at 21:47.)"""
    evening = START.replace(hour=21, minute=47)
    present = _after(P, Mark(None), evening)
    assert (present.code_id, present.check_in_time, present.auto_late) == (P.id, START, False)
    late = _after(L, Mark(None), evening)  # the teacher says Late: arrived by the end at most
    assert (late.code_id, late.check_in_time) == (L.id, END)
    before = _after(P, Mark(None), evening, end=None)
    assert (before.code_id, before.check_in_time) == (L.id, evening)


def test_while_the_lesson_runs_late_is_still_automatic() -> None:
    during = START + timedelta(minutes=30)
    decision = _after(P, Mark(None), during)
    assert (decision.code_id, decision.check_in_time, decision.auto_late) == (L.id, during, True)
    # At the very end the lesson is over.
    assert _after(P, Mark(None), END).code_id == P.id
