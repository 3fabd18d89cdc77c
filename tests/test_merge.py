"""Merge rules, unit by unit, and a property: interleaved edits never lose an accepted write."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from attendance_desktop import errors
from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.db.migrate import upgrade
from attendance_desktop.db.models import Attendance, AttendanceChange
from attendance_desktop.db.repository import (
    Actor,
    EditOutcome,
    mark,
    save_edit,
    snapshot,
    start_session,
)
from attendance_desktop.merge import merge
from tests.factories import code_ids, make_lesson

T1 = datetime(2026, 11, 24, 9, 1, tzinfo=UTC)
T2 = datetime(2026, 11, 24, 9, 2, tzinfo=UTC)
BASE = {"version": 1, "code_id": None, "check_in_time": None, "note": ""}


def test_same_value_from_both_is_no_conflict() -> None:
    theirs = {**BASE, "version": 2, "code_id": 1, "check_in_time": T1}
    result = merge(BASE, {"code_id": 1, "check_in_time": T2}, theirs)
    assert result.clean and result.to_write == {} and result.agreed_groups == ("status",)


def test_different_fields_merge_automatically() -> None:
    theirs = {**BASE, "version": 2, "note": "has a note from the office"}
    result = merge(BASE, {"code_id": 2}, theirs)
    assert result.clean and result.to_write == {"code_id": 2}
    assert result.merged_groups == ("status",)


def test_same_field_different_values_is_a_conflict() -> None:
    theirs = {**BASE, "version": 2, "code_id": 2}
    result = merge(BASE, {"code_id": 1, "check_in_time": T1}, theirs)
    assert not result.clean and result.to_write == {}
    (conflict,) = result.conflicts
    assert conflict.group == "status"
    assert conflict.mine == {"code_id": 1, "check_in_time": T1}
    assert conflict.theirs == {"code_id": 2, "check_in_time": None}


def test_conflict_on_one_field_still_merges_the_other() -> None:
    theirs = {**BASE, "version": 2, "code_id": 2}
    result = merge(BASE, {"code_id": 1, "note": "mine"}, theirs)
    assert result.to_write == {"note": "mine"}
    assert [c.group for c in result.conflicts] == ["status"]


def test_nobody_else_wrote_means_plain_write() -> None:
    result = merge(BASE, {"note": "x"}, BASE)
    assert result.to_write == {"note": "x"} and not result.merged and result.clean


def test_editing_only_the_check_in_time_is_not_mistaken_for_agreement() -> None:
    base = {**BASE, "code_id": 1, "check_in_time": T1}
    theirs = {**base, "version": 2, "note": "n"}
    result = merge(base, {"check_in_time": T2}, theirs)
    assert result.to_write == {"check_in_time": T2}


# --- the same rules through the real repository (SQLite file) ------------------------------


@pytest.fixture(scope="module")
def shared_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    engine = create_app_engine(sqlite_url(tmp_path_factory.mktemp("merge") / "m.sqlite3"))
    upgrade(engine)
    return engine


def _new_row(engine: Engine) -> int:
    lesson = make_lesson(engine, students=1)
    with Session(engine) as session, session.begin():
        start_session(session, lesson.session_id, actor=Actor("setup"))
    with Session(engine) as session:
        return int(
            session.scalar(
                select(Attendance.id).where(Attendance.class_session_id == lesson.session_id)
            )
        )


def _row(engine: Engine, attendance_id: int) -> dict[str, Any]:
    with Session(engine) as session:
        stored = session.get(Attendance, attendance_id)
        assert stored is not None
        return snapshot(stored)


# Values each field may take in the generated edits.
NOTES = ["", "left early", "phone call", "nurse"]


@dataclass
class Client:
    name: str
    screen: dict[str, Any]
    #: Values this client has seen per field (what it may knowingly replace).
    seen: dict[str, list[Any]] = field(default_factory=dict)

    def look_at(self, row: dict[str, Any]) -> None:
        self.screen = dict(row)
        for name in ("code_id", "note", "check_in_time"):
            self.seen.setdefault(name, []).append(row[name])


Edit = tuple[int, str, int]  # client, what ("code"/"note"/"refresh"/"keep"/"take"), value index


edits = st.lists(
    st.tuples(
        st.integers(0, 2),
        st.sampled_from(["code", "code", "note", "refresh", "keep", "keep", "take"]),
        st.integers(0, 3),
    ),
    min_size=1,
    max_size=25,
)


def replay(
    engine: Engine, attendance_id: int, script: list[Edit], save: Callable[..., EditOutcome]
) -> tuple[list[Client], list[AttendanceChange]]:
    codes = list(code_ids(engine).values())
    start = _row(engine, attendance_id)
    clients = [Client(f"client{i}", {}) for i in range(3)]
    for client in clients:
        client.look_at(start)
    open_conflicts: dict[int, dict[str, Any]] = {}
    for who, what, value in script:
        client = clients[who]
        if what == "refresh":
            client.look_at(_row(engine, attendance_id))
            continue
        if what in ("keep", "take"):
            pending = open_conflicts.pop(who, None)
            if pending is None:
                continue
            if what == "take":
                client.look_at(_row(engine, attendance_id))
                continue
            # Keep mine: the person has seen theirs in the conflict bar.
            theirs = pending["theirs"]
            client.look_at(theirs)
            try:
                with Session(engine) as session:
                    row = mark(
                        session,
                        attendance_id,
                        pending["mine"],
                        actor=Actor(client.name),
                        expected_version=theirs["version"],
                        kind="override",
                    )
                    session.commit()
                    client.look_at(snapshot(row))
            except errors.ConflictError as again:
                open_conflicts[who] = {"mine": pending["mine"], "theirs": again.stored}
            continue
        changes: dict[str, Any] = (
            {"code_id": codes[value % len(codes)]} if what == "code" else {"note": NOTES[value]}
        )
        with Session(engine) as session:
            outcome = save(
                session, attendance_id, changes, base=client.screen, actor=Actor(client.name)
            )
        if outcome.status == "conflict":
            mine = {}
            for conflict in outcome.conflicts:
                mine.update(conflict.mine)
            open_conflicts[who] = {"mine": mine, "theirs": outcome.row}
            for conflict in outcome.conflicts:  # shown in the conflict bar
                for name, val in conflict.theirs.items():
                    client.seen.setdefault(name, []).append(val)
        else:
            client.look_at(outcome.row)
    with Session(engine) as session:
        log = list(
            session.scalars(
                select(AttendanceChange)
                .where(AttendanceChange.attendance_id == attendance_id)
                .order_by(AttendanceChange.version)
            )
        )
        session.expunge_all()
    return clients, log


def lost_writes(clients: list[Client], log: list[AttendanceChange]) -> list[str]:
    """Accepted values replaced by someone who had never seen them."""
    by_name = {c.name: c for c in clients}
    problems = []
    for entry in log:
        writer = by_name.get(entry.changed_by)
        if writer is None:
            continue
        for name, old, new in (
            ("code_id", entry.old_code_id, entry.new_code_id),
            ("note", entry.old_note, entry.new_note),
        ):
            if old != new and old not in writer.seen.get(name, []):
                problems.append(f"v{entry.version}: {entry.changed_by} replaced {name}={old!r}")
    return problems


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(script=edits)
def test_interleaved_edits_never_lose_an_accepted_write(
    shared_engine: Engine, script: list[Edit]
) -> None:
    attendance_id = _new_row(shared_engine)
    clients, log = replay(shared_engine, attendance_id, script, save_edit)
    assert lost_writes(clients, log) == []
    final = _row(shared_engine, attendance_id)
    assert final["version"] == 1 + len(log)  # every accepted write is in the log
    if log:
        assert (final["code_id"], final["note"]) == (log[-1].new_code_id, log[-1].new_note)


def last_writer_wins(
    session: Session,
    attendance_id: int,
    changes: dict[str, Any],
    *,
    base: dict[str, Any],
    actor: Actor,
) -> EditOutcome:
    """The negative control: what most school systems do (no version check, no merge)."""
    row = mark(session, attendance_id, changes, actor=actor)
    session.commit()
    return EditOutcome("saved", snapshot(row))


def test_negative_control_last_writer_wins_loses_writes(shared_engine: Engine) -> None:
    attendance_id = _new_row(shared_engine)
    # Two clients look at the row; client 0 marks it, client 1 (stale) marks it differently.
    clients, log = replay(
        shared_engine, attendance_id, [(0, "code", 0), (1, "code", 1)], last_writer_wins
    )
    assert lost_writes(clients, log) != []
    clients, log = replay(
        shared_engine, _new_row(shared_engine), [(0, "code", 0), (1, "code", 1)], save_edit
    )
    assert lost_writes(clients, log) == []


def test_keep_mine_is_a_versioned_write_on_top_of_theirs(shared_engine: Engine) -> None:
    attendance_id = _new_row(shared_engine)
    clients, log = replay(
        shared_engine, attendance_id, [(0, "code", 0), (1, "code", 1), (1, "keep", 0)], save_edit
    )
    assert [(e.kind, e.changed_by, e.version) for e in log] == [
        ("mark", "client0", 2),
        ("override", "client1", 3),
    ]
    assert log[1].old_code_id == log[0].new_code_id  # written knowingly on top of theirs
    assert lost_writes(clients, log) == []


def test_save_edit_reports_merges_and_agreements(tmp_path: Path) -> None:
    engine = create_app_engine(sqlite_url(tmp_path / "e.sqlite3"))
    upgrade(engine)
    codes = code_ids(engine)
    attendance_id = _new_row(engine)
    base = _row(engine, attendance_id)
    with Session(engine) as session:
        first = save_edit(
            session, attendance_id, {"note": "office: dentist"}, base=base, actor=Actor("office")
        )
    assert first.status == "saved"
    with Session(engine) as session:
        second = save_edit(
            session, attendance_id, {"code_id": codes["E"]}, base=base, actor=Actor("teacher")
        )
    assert second.status == "merged"
    assert (second.row["code_id"], second.row["note"]) == (codes["E"], "office: dentist")
    with Session(engine) as session:
        third = save_edit(
            session, attendance_id, {"code_id": codes["E"]}, base=base, actor=Actor("assistant")
        )
    assert third.status == "agreed" and third.written_versions == ()
    with Session(engine) as session:
        kinds = session.scalars(
            select(AttendanceChange.kind)
            .where(AttendanceChange.attendance_id == attendance_id)
            .order_by(AttendanceChange.version)
        ).all()
    assert kinds == ["mark", "merge"]
    engine.dispose()
