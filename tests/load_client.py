"""Classroom PCs under load: the child processes of ``test_load.py`` and ``bench/concurrency.py``.

Each child is one PC: its own process, its own engine, its own view of the
register.  ``python -m tests.load_client group <role> <config.json>...`` (from
the repository root) imports everything once, then forks one child per config;
each child creates its own engine, connects and reads its view, and when all
are ready the launcher prints ``ready`` and waits for the parent to send the
common start instant on stdin: twenty children then really start together.
(Twenty fresh interpreters would cost a second of CPU each for the imports,
which on two cores spreads their start over ten seconds and doubles the
test's time.)  ``python -m tests.load_client <role> <config.json>`` runs one
child on its own.  Each child writes what it did as JSON to ``config["out"]``;
nothing is judged in the child.

The parent's half (launching children, reading the database back, and judging
a run) is here too, so the tests and the benchmark judge a run the same way.

Roles:

``edit``
    Random edits to the rows of one register, on the child's own view of
    them.  ``mode`` is ``versioned`` (``repository.mark`` with the version the
    view shows, some through ``save_edit``), ``blind`` (``mark`` with
    ``expected_version=None``: on top of whatever is stored), or ``plain`` (the
    negative control: a read-modify-write with no version check at all).
``checkin``
    A kiosk: opens the register (``start_session``, as every kiosk does when
    it starts) and checks its queue of students in as Present; a card read
    twice (here or at another kiosk) is not checked in twice.
``killable``
    Marks on one SQLite file as fast as it can, printing ``<id> <version>``
    after each commit has returned, until it is killed.
``listen``
    A PC showing one register: records when each change notification arrives,
    through the app's ``PostgresListener`` or a raw psycopg ``LISTEN``.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select, text, update
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from attendance_desktop import errors, merge
from attendance_desktop.db import repository
from attendance_desktop.db.engine import create_app_engine, make_sessionmaker
from attendance_desktop.db.models import Attendance, AttendanceChange, AttendanceCode

REPO_ROOT = Path(__file__).resolve().parents[1]

#: The fields of a row a write can change, as compared by the checks.
FIELDS = repository.EDITABLE_FIELDS

Values = dict[str, Any]


# --- values as JSON ----------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return value


def _field(row: Any, name: str) -> Any:
    return row[name] if isinstance(row, Mapping) else getattr(row, name)


def values_of(row: Any) -> Values:
    """The editable fields of a row (an ORM row, a result row or a mapping), as JSON values."""
    return {name: _json_value(_field(row, name)) for name in FIELDS}


def _view_of(row: Any) -> dict[str, Any]:
    """A client's view of one row: its version and values, as Python values (for merge)."""
    return {"version": int(_field(row, "version")), **{n: _field(row, n) for n in FIELDS}}


def _error_record(exc: BaseException, where: str) -> dict[str, Any]:
    return {
        "where": where,
        "type": f"{type(exc).__module__}.{type(exc).__qualname__}",
        "message": str(exc)[:500],
        "traceback": traceback.format_exc()[-3000:],
    }


# --- the child side ------------------------------------------------------------------------


def _start_from_stdin() -> None:
    print("ready", flush=True)
    line = sys.stdin.readline()
    if not line:
        raise SystemExit("the parent went away before the start")
    time.sleep(max(0.0, float(line) - time.time()))


def _stop_from_stdin() -> None:
    sys.stdin.readline()


#: Tell the parent this child is ready, then wait for the common start instant.
#: (A child forked by ``run_group`` waits on the group's barrier instead.)
_wait_for_start: Callable[[], None] = _start_from_stdin
#: Wait until the parent says stop (listeners only).
_wait_for_stop: Callable[[], None] = _stop_from_stdin


def _register_view(engine: Engine, session_id: int) -> dict[int, dict[str, Any]]:
    with Session(engine) as session:
        rows = session.scalars(
            select(Attendance).where(Attendance.class_session_id == session_id)
        ).all()
        return {row.id: _view_of(row) for row in rows}


def _codes(engine: Engine) -> list[tuple[int, str]]:
    with Session(engine) as session:
        return [
            (code.id, code.category)
            for code in session.scalars(select(AttendanceCode).order_by(AttendanceCode.id))
        ]


def _random_edit(
    rng: random.Random, row: Mapping[str, Any], codes: Sequence[tuple[int, str]], note: str
) -> dict[str, Any]:
    """What a person does to a row: change its mark (with the check-in time), or its note."""
    if rng.random() < 0.6:
        code_id, category = rng.choice([c for c in codes if c[0] != row["code_id"]])
        if category not in ("present", "late"):
            return {"code_id": code_id, "check_in_time": None}
        return {"code_id": code_id, "check_in_time": row["check_in_time"] or datetime.now(UTC)}
    return {"note": note}


def run_edit(config: Mapping[str, Any]) -> dict[str, Any]:
    """One PC editing a register; see the module docstring for ``mode``."""
    mode = config["mode"]
    assert mode in ("versioned", "blind", "plain"), mode
    rng = random.Random(config["seed"])
    actor = repository.Actor(config["client"], f"PC-{config['client']}")
    engine = create_app_engine(config["url"])
    new_session = make_sessionmaker(engine)
    view = _register_view(engine, config["session_id"])
    codes = _codes(engine)
    ids = sorted(view)
    table = Attendance.metadata.tables["attendance"]
    accepted: list[dict[str, Any]] = []
    conflicts: list[dict[str, Any]] = []
    outcomes: list[dict[str, Any]] = []
    failures: list[dict[str, Any]] = []
    attempts = {"mark": 0, "save_edit": 0}
    #: Seconds each write took (the person's pause excluded).
    durations: list[float] = []

    def refresh(aid: int) -> None:
        with Session(engine) as session:
            row = session.get(Attendance, aid)
            assert row is not None
            view[aid] = _view_of(row)

    _wait_for_start()
    started = time.time()
    for i in range(config["edits"]):
        aid = rng.choice(ids)
        if rng.random() < config["refresh"]:
            refresh(aid)  # a live update for this row has just arrived
        base = dict(view[aid])
        changes = _random_edit(rng, base, codes, f"{config['client']}#{i}")
        time.sleep(rng.uniform(0, config["think_ms"] / 1000))  # the person decides
        via = "save_edit" if rng.random() < config["save_edit_share"] else "mark"
        if mode != "versioned":
            via = "mark"
        attempts[via] += 1
        began = time.perf_counter()
        try:
            if mode == "plain":
                with engine.begin() as conn:
                    conn.execute(select(table).where(table.c.id == aid))  # the "read" of RMW
                    stored = (
                        conn.execute(
                            update(table)
                            .where(table.c.id == aid)
                            .values(
                                **changes,
                                version=table.c.version + 1,
                                changed_by=actor.name,
                                changed_on=actor.machine,
                                updated_at=datetime.now(UTC),
                            )
                            .returning(table)
                        )
                        .mappings()
                        .one()
                    )
                view[aid] = _view_of(stored)
                accepted.append(_accepted(aid, view[aid], base["version"], actor, via))
            elif via == "mark":
                with new_session() as session:
                    row = repository.mark(
                        session,
                        aid,
                        changes,
                        actor=actor,
                        expected_version=None if mode == "blind" else base["version"],
                    )
                    written = _view_of(row)
                    session.commit()
                view[aid] = written
                seen = written["version"] - 1 if mode == "blind" else base["version"]
                accepted.append(_accepted(aid, written, seen, actor, via))
            else:
                with new_session() as session:
                    outcome = repository.save_edit(session, aid, changes, base=base, actor=actor)
                view[aid] = _view_of(outcome.row)
                outcomes.append(
                    {"aid": aid, "status": outcome.status, "written": outcome.written_versions}
                )
                for version in outcome.written_versions:
                    assert version == outcome.row["version"]
                    accepted.append(_accepted(aid, view[aid], base["version"], actor, via))
        except errors.ConflictError as conflict:
            assert via == "mark"  # save_edit settles its own conflicts
            view[aid] = _view_of(conflict.stored)
            conflicts.append(
                {
                    "aid": aid,
                    "expected": conflict.expected_version,
                    "stored_version": conflict.stored_version,
                    "stored_values": values_of(conflict.stored),
                    "stored_by": conflict.stored["changed_by"],
                }
            )
        except errors.KnownError as refused:
            if via == "save_edit" and "keeps changing" in refused.message:
                # save_edit gave up after MAX_MERGE_ATTEMPTS and told the person: reported.
                outcomes.append({"aid": aid, "status": "gave_up", "written": []})
                refresh(aid)
            else:
                failures.append(_error_record(refused, via))
        except Exception as exc:
            failures.append(_error_record(exc, via))
        durations.append(time.perf_counter() - began)
    finished = time.time()
    engine.dispose()
    return {
        "client": config["client"],
        "mode": mode,
        "attempts": attempts,
        "accepted": accepted,
        "conflicts": conflicts,
        "outcomes": outcomes,
        "errors": failures,
        "durations": durations,
        "started": started,
        "finished": finished,
    }


def _accepted(
    aid: int, row: Mapping[str, Any], seen: int, actor: repository.Actor, via: str
) -> dict[str, Any]:
    return {
        "aid": aid,
        "version": int(row["version"]),
        "seen": int(seen),
        "values": values_of(row),
        "by": actor.name,
        "via": via,
    }


def run_checkin(config: Mapping[str, Any]) -> dict[str, Any]:
    """A kiosk: open the register like every kiosk does at start-up, then check students in."""
    actor = repository.Actor(config["client"], f"KIOSK-{config['client']}")
    engine = create_app_engine(config["url"])
    new_session = make_sessionmaker(engine)
    session_id = config["session_id"]
    present = next(code_id for code_id, category in _codes(engine) if category == "present")
    checkins: list[dict[str, Any]] = []
    failures: list[dict[str, Any]] = []
    _wait_for_start()
    started = time.time()
    register_rows = None
    try:
        with new_session() as session:
            register_rows = repository.start_session(session, session_id, actor=actor)
            session.commit()
    except Exception as exc:
        failures.append(_error_record(exc, "start_session"))
    for student_id in config["students"]:
        began = time.perf_counter()
        try:
            with Session(engine) as session:  # the card is read: find the student's row
                row = session.scalars(
                    select(Attendance).where(
                        Attendance.class_session_id == session_id,
                        Attendance.student_id == student_id,
                    )
                ).one()
                base = _view_of(row)
                aid = row.id
            if base["code_id"] == present:  # a second scan of the same card
                checkins.append({"student": student_id, "aid": aid, "status": "already"})
                continue
            with new_session() as session:
                outcome = repository.save_edit(
                    session,
                    aid,
                    {"code_id": present, "check_in_time": datetime.now(UTC)},
                    base=base,
                    actor=actor,
                )
            checkins.append(
                {
                    "student": student_id,
                    "aid": aid,
                    "status": outcome.status,
                    "written": outcome.written_versions,
                    "seconds": time.perf_counter() - began,
                }
            )
        except Exception as exc:
            failures.append(_error_record(exc, f"check-in of student {student_id}"))
    finished = time.time()
    engine.dispose()
    return {
        "client": config["client"],
        "register_rows": register_rows,
        "checkins": checkins,
        "errors": failures,
        "started": started,
        "finished": finished,
    }


def run_killable(config: Mapping[str, Any]) -> None:
    """Mark as fast as possible, reporting each mark once its commit has returned."""
    rng = random.Random(config["seed"])
    actor = repository.Actor(config["client"], "PC-KILLED")
    engine = create_app_engine(config["url"])
    new_session = make_sessionmaker(engine)
    view = _register_view(engine, config["session_id"])
    codes = _codes(engine)
    ids = sorted(view)
    print("ready", flush=True)
    for i in range(config.get("limit", 1_000_000)):
        aid = rng.choice(ids)
        changes = _random_edit(rng, view[aid], codes, f"{config['client']}#{i}")
        with new_session() as session:
            row = repository.mark(session, aid, changes, actor=actor)
            view[aid] = _view_of(row)
            session.commit()
        # Only now is the mark "saved" as far as the person is concerned.
        sys.stdout.write(f"{aid} {view[aid]['version']}\n")
        sys.stdout.flush()


def run_listen(config: Mapping[str, Any]) -> dict[str, Any]:
    """Record the arrival time of every change notification until told to stop."""
    import psycopg

    from attendance_desktop.db import live

    session_id = int(config["session_id"])
    url = make_url(config["url"])
    heard: list[tuple[int | None, int | None, float]] = []
    lock = threading.Lock()
    stop = threading.Event()

    def on_changes(batch: list[live.RowChange]) -> None:
        now = time.time()
        with lock:
            heard.extend((c.attendance_id, c.version, now) for c in batch)

    worker: threading.Thread
    if config["kind"] == "app":
        listener = live.PostgresListener(url, on_changes)
        listener.watch([session_id])
        listener.start()
        while session_id not in listener.listening:
            time.sleep(0.01)
        worker = listener
    else:
        conn = psycopg.connect(live._conninfo(url), autocommit=True)
        conn.execute(f'LISTEN "{live.channel(session_id)}"')

        def pump() -> None:
            while not stop.is_set():
                for note in conn.notifies(timeout=0.2):
                    change = live.parse_payload(note.payload)
                    if change is not None:
                        on_changes([change])

        worker = threading.Thread(target=pump, daemon=True)
        worker.start()
    _wait_for_start()  # every listener of the group is listening now
    _wait_for_stop()
    time.sleep(float(config.get("linger", 0.5)))  # the last notifications' poll window
    if isinstance(worker, live.PostgresListener):
        worker.stop()
    else:
        stop.set()
        worker.join(5)
        conn.close()
    with lock:
        return {"client": config["client"], "heard": heard}


ROLES = {"edit": run_edit, "checkin": run_checkin, "listen": run_listen}

#: Seconds a group waits for all its children to be ready.
READY_TIMEOUT = 120.0


def run_role(role: str, config_path: str) -> None:
    config = json.loads(Path(config_path).read_text())
    if role == "killable":
        run_killable(config)
        return
    result = ROLES[role](config)
    out = Path(config["out"])
    partial = out.with_suffix(".partial")
    partial.write_text(json.dumps(result))
    partial.replace(out)


def run_group(role: str, config_paths: Sequence[str]) -> int:
    """Fork one child per config after the imports, and start them all at one instant.

    Each child is a separate process that creates its own engine and
    connections after the fork (nothing database-related exists before it);
    forking saves every child the second of CPU its imports would cost, which
    on two cores is most of a twenty-client test.  Protocol with the parent:
    print ``ready`` when every child is, read the start instant, then read one
    more line (or end of input) as the stop signal for listeners.
    """
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    ready = ctx.Barrier(len(config_paths) + 1)
    go, stop = ctx.Event(), ctx.Event()
    start_at = ctx.Value("d", 0.0)

    def start() -> None:
        ready.wait(READY_TIMEOUT)
        go.wait()
        time.sleep(max(0.0, start_at.value - time.time()))

    def wait_for_stop() -> None:
        stop.wait()

    def child(config_path: str) -> None:
        global _wait_for_start, _wait_for_stop
        _wait_for_start, _wait_for_stop = start, wait_for_stop
        try:
            run_role(role, config_path)
        except BaseException:
            ready.abort()  # do not leave the others waiting for us
            raise

    children = [ctx.Process(target=child, args=(path,)) for path in config_paths]
    for process in children:
        process.start()
    try:
        ready.wait(READY_TIMEOUT)
    except threading.BrokenBarrierError:
        print("a child failed before the start", flush=True)
        for process in children:
            process.kill()
        return 1
    print("ready", flush=True)
    start_at.value = float(sys.stdin.readline())
    go.set()
    sys.stdin.readline()  # "stop", or the end of input
    stop.set()
    for process in children:
        process.join()
    failed = [p.exitcode for p in children if p.exitcode != 0]
    return 1 if failed else 0


def main(argv: Sequence[str]) -> None:
    if argv[0] == "group":
        sys.exit(run_group(argv[1], argv[2:]))
    role, config_path = argv
    run_role(role, config_path)


# --- the parent side -----------------------------------------------------------------------


def url_string(url: URL | str) -> str:
    return url if isinstance(url, str) else url.render_as_string(hide_password=False)


@dataclass
class Child:
    """A started child process, its config and where its stderr goes."""

    proc: subprocess.Popen[str]
    config: dict[str, Any]
    stderr_path: Path

    @property
    def out(self) -> Path:
        return Path(self.config["out"])

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace") if self.stderr_path.exists() else ""

    def close(self) -> None:
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None and not pipe.closed:
                pipe.close()

    def expect_line(self, wanted: str) -> None:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        if line != wanted:
            self.proc.kill()
            self.proc.wait()
            self.close()
            raise RuntimeError(
                f"child {self.config.get('client')} said {line!r}, not {wanted!r}:\n"
                f"{self.stderr()[-3000:]}"
            )


def spawn(role: str, config: dict[str, Any], workdir: Path) -> Child:
    """Start one child; its config is written to ``workdir``, its output goes there too."""
    config_path = _write_config(role, config, workdir)
    stderr_path = workdir / f"{role}-{config['client']}.stderr"
    with stderr_path.open("w") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.load_client", role, str(config_path)],
            cwd=REPO_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        )
    return Child(proc, config, stderr_path)


def _write_config(role: str, config: dict[str, Any], workdir: Path) -> Path:
    name = f"{role}-{config['client']}"
    config.setdefault("out", str(workdir / f"{name}.json"))
    path = workdir / f"{name}.config.json"
    path.write_text(json.dumps(config))
    return path


@dataclass
class Group:
    """Children of one role, forked by one launcher process (see ``run_group``)."""

    proc: subprocess.Popen[str]
    configs: list[dict[str, Any]]
    stderr_path: Path

    def _say(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace") if self.stderr_path.exists() else ""

    def start(self, lead: float = 0.2) -> float:
        """Wait until every child is ready, then start them all at one instant."""
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        if line != "ready":
            self.kill()
            raise RuntimeError(
                f"the {len(self.configs)} children did not start:\n{self.stderr()[-4000:]}"
            )
        start_at = time.time() + lead
        self._say(str(start_at))
        return start_at

    def stop(self) -> None:
        self._say("stop")

    def finish(self, timeout: float = 300) -> list[dict[str, Any]]:
        """Wait for every child; a crashed or silent child is an error."""
        try:
            if self.proc.stdin is not None and not self.proc.stdin.closed:
                self.proc.stdin.close()
            code = self.proc.wait(timeout=timeout)
        finally:
            self.kill()
        missing = [c["client"] for c in self.configs if not Path(c["out"]).exists()]
        if code != 0 or missing:
            raise RuntimeError(
                f"children exited with {code}, no results from {missing}:\n{self.stderr()[-4000:]}"
            )
        return [json.loads(Path(c["out"]).read_text()) for c in self.configs]

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None and not pipe.closed:
                pipe.close()


def spawn_group(role: str, configs: Iterable[dict[str, Any]], workdir: Path) -> Group:
    """Start a launcher that forks one child per config once its imports are done."""
    configs = list(configs)
    paths = [str(_write_config(role, config, workdir)) for config in configs]
    stderr_path = workdir / f"{role}-group.stderr"
    with stderr_path.open("w") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.load_client", "group", role, *paths],
            cwd=REPO_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
            start_new_session=True,  # so that kill() reaches the forked children too
        )
    return Group(proc, configs, stderr_path)


def run_children(
    role: str, configs: Iterable[dict[str, Any]], workdir: Path, timeout: float = 300
) -> tuple[list[dict[str, Any]], float, float]:
    """Start children together; returns their results, the start instant and the wall time.

    The wall time runs from the common start to the last child's exit.
    """
    group = spawn_group(role, configs, workdir)
    try:
        start_at = group.start()
        results = group.finish(timeout)
    finally:
        group.kill()
    return results, start_at, max(r["finished"] for r in results) - start_at


def read_register(engine: Engine, session_id: int) -> dict[int, dict[str, Any]]:
    """Each row of a register: version, values, and who changed it last."""
    with Session(engine) as session:
        rows = session.scalars(
            select(Attendance).where(Attendance.class_session_id == session_id)
        ).all()
        return {
            row.id: {"version": row.version, "values": values_of(row), "by": row.changed_by}
            for row in rows
        }


def read_change_log(engine: Engine, session_id: int) -> list[dict[str, Any]]:
    with Session(engine) as session:
        changes = session.scalars(
            select(AttendanceChange)
            .where(AttendanceChange.class_session_id == session_id)
            .order_by(AttendanceChange.attendance_id, AttendanceChange.version)
        ).all()
        return [
            {
                "aid": c.attendance_id,
                "version": c.version,
                "old": {n: _json_value(getattr(c, f"old_{n}")) for n in FIELDS},
                "new": {n: _json_value(getattr(c, f"new_{n}")) for n in FIELDS},
                "by": c.changed_by,
            }
            for c in changes
        ]


def duplicate_rows(engine: Engine) -> int:
    """How many (class_session_id, student_id) pairs have more than one attendance row."""
    with engine.connect() as conn:
        return int(
            conn.execute(
                text(
                    "SELECT count(*) FROM (SELECT 1 FROM attendance "
                    "GROUP BY class_session_id, student_id HAVING count(*) > 1) AS d"
                )
            ).scalar_one()
        )


@dataclass
class EditReport:
    """What a run of ``edit`` children did, and everything found wrong with it."""

    attempted: int = 0
    accepted: int = 0
    conflicts: int = 0
    save_outcomes: dict[str, int] = field(default_factory=dict)
    lost_updates: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.attempted} attempted, {self.accepted} accepted, {self.conflicts} conflicts "
            f"reported, save_edit outcomes {self.save_outcomes}, "
            f"{self.lost_updates} lost updates, {len(self.problems)} problems"
        )


def lost_updates(
    initial: Mapping[int, Values], writes: Iterable[Mapping[str, Any]]
) -> list[tuple[int, int]]:
    """Accepted writes overwritten by a client that had not seen them: (row id, version).

    A write is lost when the next write to change the same fields (the status,
    i.e. code and check-in time, or the note) was made on a view older than it,
    by a person who therefore never saw the value they replaced.  Judged on
    values only, from the writes the clients believed accepted, so it applies
    to the negative control as well as to the versioned run.
    """
    by_row: dict[int, dict[int, Mapping[str, Any]]] = defaultdict(dict)
    for write in writes:
        by_row[write["aid"]][write["version"]] = write
    lost: set[tuple[int, int]] = set()
    for aid, by_version in by_row.items():
        values_at: dict[int, Mapping[str, Any]] = {1: initial[aid]}
        values_at.update({v: w["values"] for v, w in by_version.items()})
        for names in merge.FIELD_GROUPS.values():
            # The writes that changed these fields, oldest first.
            changers = [
                v
                for v in sorted(by_version)
                if v - 1 not in values_at
                or any(values_at[v][n] != values_at[v - 1][n] for n in names)
            ]
            for earlier, later in itertools.pairwise(changers):
                seen = values_at.get(by_version[later]["seen"], {})
                if by_version[later]["seen"] < earlier and any(
                    seen.get(n) != values_at[earlier][n] for n in names
                ):
                    lost.add((aid, earlier))
    return sorted(lost)


def check_edits(  # noqa: C901 - one pass over the results, one check per invariant
    engine: Engine,
    session_id: int,
    initial: Mapping[int, Values],
    results: Sequence[Mapping[str, Any]],
    *,
    versioned: bool = True,
) -> EditReport:
    """Judge a run of ``edit`` children against the database; see ``EditReport.problems``.

    ``versioned=False`` (the negative control) skips the change-log checks,
    which a plain UPDATE never writes, and only counts what was lost.
    """
    report = EditReport()
    problems = report.problems
    writes = [w for r in results for w in r["accepted"]]
    report.accepted = len(writes)
    report.conflicts = sum(len(r["conflicts"]) for r in results)
    report.attempted = sum(sum(r["attempts"].values()) for r in results)
    for r in results:
        problems.extend(
            f"client {r['client']}: {e['where']} raised {e['type']}: {e['message']}"
            for e in r["errors"]
        )
        for o in r["outcomes"]:
            report.save_outcomes[o["status"]] = report.save_outcomes.get(o["status"], 0) + 1
        # Every attempt is accounted for: accepted, or reported to the person.
        marks = sum(1 for w in r["accepted"] if w["via"] == "mark")
        if r["attempts"]["mark"] != marks + len(r["conflicts"]) + len(r["errors"]):
            problems.append(
                f"client {r['client']}: {r['attempts']['mark']} marks attempted but "
                f"{marks} accepted + {len(r['conflicts'])} conflicts"
            )
        if r["attempts"]["save_edit"] != len(r["outcomes"]) + sum(
            e["where"] == "save_edit" for e in r["errors"]
        ):
            problems.append(f"client {r['client']}: a save_edit has no outcome")
        for o in r["outcomes"]:
            expected_writes = {"saved": 1, "merged": 1, "agreed": 0, "gave_up": 0}
            if o["status"] in expected_writes and len(o["written"]) != expected_writes[o["status"]]:
                problems.append(f"client {r['client']}: save_edit outcome {o} is inconsistent")

    keys = [(w["aid"], w["version"]) for w in writes]
    if len(set(keys)) != len(keys):
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        problems.append(f"{len(dupes)} versions were accepted twice, e.g. {dupes[:5]}")
    by_key = {(w["aid"], w["version"]): w for w in writes}

    stored = read_register(engine, session_id)
    per_row: dict[int, list[Mapping[str, Any]]] = defaultdict(list)
    for w in writes:
        per_row[w["aid"]].append(w)
    for aid, row in stored.items():
        accepted_here = per_row.get(aid, [])
        if row["version"] != len(accepted_here) + 1:
            problems.append(
                f"row {aid}: version {row['version']} but {len(accepted_here)} accepted writes"
            )
        last = max(accepted_here, key=lambda w: w["version"], default=None)
        expected = last["values"] if last else initial[aid]
        if row["values"] != expected:
            problems.append(f"row {aid}: stored {row['values']} but last accepted {expected}")

    if versioned:
        log = read_change_log(engine, session_id)
        logged = {(c["aid"], c["version"]): c for c in log}
        missing = sorted(set(by_key) - set(logged))
        unreported = sorted(set(logged) - set(by_key))
        if missing:
            problems.append(f"{len(missing)} accepted writes not in the change log: {missing[:5]}")
        if unreported:
            problems.append(f"{len(unreported)} logged writes no client accepted: {unreported[:5]}")
        for key in set(by_key) & set(logged):
            w, c = by_key[key], logged[key]
            if (c["new"], c["by"]) != (w["values"], w["by"]):
                problems.append(f"change {key} logged {c['new']} by {c['by']}, client wrote {w}")
        # The log is a chain: each change starts from the values the previous one left.
        previous: dict[int, Values] = {aid: dict(v) for aid, v in initial.items()}
        next_version: dict[int, int] = dict.fromkeys(initial, 2)
        for c in log:
            if c["version"] != next_version[c["aid"]] or c["old"] != previous[c["aid"]]:
                problems.append(
                    f"change {c['aid']}/{c['version']} does not follow on the one before"
                )
            previous[c["aid"]], next_version[c["aid"]] = c["new"], c["version"] + 1
        # A reported conflict showed the person a state that really was committed.
        for r in results:
            for conflict in r["conflicts"]:
                shown = by_key.get((conflict["aid"], conflict["stored_version"]))
                if conflict["stored_version"] <= conflict["expected"]:
                    problems.append(
                        f"client {r['client']}: a conflict with nothing newer {conflict}"
                    )
                elif shown is None or (shown["values"], shown["by"]) != (
                    conflict["stored_values"],
                    conflict["stored_by"],
                ):
                    problems.append(f"client {r['client']}: conflict {conflict} showed {shown}")

    report.lost_updates = len(lost_updates(initial, writes))
    return report


def initial_values(engine: Engine, session_id: int) -> dict[int, Values]:
    return {aid: row["values"] for aid, row in read_register(engine, session_id).items()}


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def chunks(items: Sequence[Any], parts: int) -> Iterator[list[Any]]:
    for i in range(parts):
        yield list(items[i::parts])


if __name__ == "__main__":
    main(sys.argv[1:])
