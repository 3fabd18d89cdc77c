"""Concurrency figures against a real PostgreSQL server: edits, a kiosk burst, live-update latency.

    .venv/bin/python bench/concurrency.py
    .venv/bin/python bench/concurrency.py --only edits,kiosk,latency --json figures.json \\
        --database postgresql://postgres@127.0.0.1:5432/postgres

``--database`` names any database on the server the account may connect to;
each workload runs in a throwaway database created next to it and dropped
afterwards.  The workloads are those of ``tests/test_load.py`` (which counts;
this measures), run by the same child processes (``tests/load_client.py``):

edits
    20 PCs (processes, each with its own engine) make 200 random edits each to
    the rows of one 30-student register, through ``mark(expected_version=...)``
    and ``save_edit``, with random pauses.  Accepted writes, conflicts, lost
    updates (must be 0), throughput, and the time of one write.
control
    The same workload through a plain read-modify-write (no version check):
    how many accepted writes were lost.
kiosk
    20 kiosks open one 1,500-student register at once and check every student
    in (80 cards are read twice): wall time from the common start to the last
    check-in, check-ins per second, the time of one check-in.
latency
    30 listening PCs (the app's ``PostgresListener``, then raw psycopg
    ``LISTEN`` for comparison); one PC marks 100 rows, 50 ms apart: the time from
    calling ``commit()`` to each other PC hearing of it, median and 95th
    percentile (target: p95 under 500 ms).

The figures depend on the machine; bench/README.md records them with its
description.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from sqlalchemy import Engine, create_engine, select, text  # noqa: E402
from sqlalchemy.engine import URL, make_url  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from attendance_desktop.db.engine import create_app_engine  # noqa: E402
from attendance_desktop.db.migrate import upgrade  # noqa: E402
from attendance_desktop.db.models import Attendance  # noqa: E402
from attendance_desktop.db.repository import Actor, mark, start_session  # noqa: E402
from tests import load_client  # noqa: E402
from tests.factories import code_ids, make_lesson  # noqa: E402

DEFAULT_SERVER = os.environ.get(
    "ATTENDANCE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
WORKLOADS = ("edits", "control", "kiosk", "latency")

Figures = dict[str, Any]


@contextmanager
def throwaway_database(server: URL) -> Iterator[Engine]:
    """A fresh, migrated database on ``server``, dropped afterwards."""
    name = f"attendance_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = create_app_engine(server.set(database=name))
    try:
        upgrade(engine)
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def ms(seconds: list[float], fraction: float) -> float:
    return round(1000 * load_client.percentile(seconds, fraction), 1)


def bench_edits(
    server: URL, workdir: Path, *, clients: int, edits: int, students: int, mode: str
) -> Figures:
    with throwaway_database(server) as engine:
        lesson = make_lesson(engine, students=students)
        with Session(engine) as session, session.begin():
            start_session(session, lesson.session_id, actor=Actor("setup"))
        initial = load_client.initial_values(engine, lesson.session_id)
        configs = [
            {
                "url": load_client.url_string(engine.url),
                "session_id": lesson.session_id,
                "client": f"{mode}{i:02d}",
                "seed": 1000 + i,
                "mode": mode,
                "edits": edits,
                "think_ms": 10,
                "refresh": 0.5,
                "save_edit_share": 0.25,
            }
            for i in range(clients)
        ]
        results, _start, wall = load_client.run_children("edit", configs, workdir)
        report = load_client.check_edits(
            engine, lesson.session_id, initial, results, versioned=mode != "plain"
        )
    durations = [d for r in results for d in r["durations"]]
    return {
        "clients": clients,
        "edits_per_client": edits,
        "rows": students,
        "attempted": report.attempted,
        "accepted": report.accepted,
        "conflicts": report.conflicts,
        "save_edit_outcomes": report.save_outcomes,
        "lost_updates": report.lost_updates,
        "problems": len(report.problems),
        "first_problems": report.problems[:5],
        "wall_s": round(wall, 2),
        "attempts_per_s": round(report.attempted / wall, 1),
        "accepted_per_s": round(report.accepted / wall, 1),
        "write_ms_p50": ms(durations, 0.5),
        "write_ms_p95": ms(durations, 0.95),
    }


def bench_kiosk(server: URL, workdir: Path, *, kiosks: int, checkins: int, doubles: int) -> Figures:
    with throwaway_database(server) as engine:
        lesson = make_lesson(engine, students=checkins, name="Year 9 assembly")
        queues = list(load_client.chunks(lesson.student_ids, kiosks))
        rng = random.Random(11)
        for student in rng.sample(lesson.student_ids, doubles):  # read again at another kiosk
            rng.choice([q for q in queues if student not in q]).append(student)
        configs = [
            {
                "url": load_client.url_string(engine.url),
                "session_id": lesson.session_id,
                "client": f"kiosk{i:02d}",
                "students": queue,
            }
            for i, queue in enumerate(queues)
        ]
        results, _start, wall = load_client.run_children("checkin", configs, workdir)
        duplicates = load_client.duplicate_rows(engine)
        present = code_ids(engine)["P"]
        with Session(engine) as session:
            checked_in = len(
                session.scalars(
                    select(Attendance.id).where(
                        Attendance.class_session_id == lesson.session_id,
                        Attendance.code_id == present,
                        Attendance.check_in_time.is_not(None),
                    )
                ).all()
            )
    statuses = Counter(c["status"] for r in results for c in r["checkins"])
    seconds = [c["seconds"] for r in results for c in r["checkins"] if "seconds" in c]
    return {
        "kiosks": kiosks,
        "students": checkins,
        "cards_read_twice": doubles,
        "checked_in": checked_in,
        "statuses": dict(statuses),
        "errors": sum(len(r["errors"]) for r in results),
        "duplicate_rows": duplicates,
        "wall_s": round(wall, 2),
        "checkins_per_s": round(checked_in / wall, 1),
        "checkin_ms_p50": ms(seconds, 0.5),
        "checkin_ms_p95": ms(seconds, 0.95),
    }


def bench_latency(
    server: URL, workdir: Path, *, listeners: int, changes: int, interval: float, kind: str
) -> Figures:
    with throwaway_database(server) as engine:
        lesson = make_lesson(engine, students=30)
        with Session(engine) as session, session.begin():
            start_session(session, lesson.session_id, actor=Actor("setup"))
        with Session(engine) as session:
            ids = list(
                session.scalars(
                    select(Attendance.id).where(Attendance.class_session_id == lesson.session_id)
                )
            )
        codes = list(code_ids(engine).values())
        group = load_client.spawn_group(
            "listen",
            [
                {
                    "url": load_client.url_string(engine.url),
                    "session_id": lesson.session_id,
                    "client": f"{kind}{i:02d}",
                    "kind": kind,
                }
                for i in range(listeners)
            ],
            workdir,
        )
        try:
            start_at = group.start()
            time.sleep(max(0.0, start_at - time.time()) + 0.2)
            committed: dict[tuple[int, int], float] = {}
            commit_seconds = []
            writer = Actor("writer", "PC-WRITER")
            for n in range(changes):
                with Session(engine) as session:
                    row = mark(session, ids[n % len(ids)], {"code_id": codes[n % 4]}, actor=writer)
                    key = (row.id, row.version)
                    called = time.time()
                    session.commit()
                    commit_seconds.append(time.time() - called)
                committed[key] = called
                time.sleep(interval)
            group.stop()
            results = group.finish(timeout=60)
        finally:
            group.kill()
    latencies = []
    missing = 0
    for result in results:
        heard = {(a, v): t for a, v, t in result["heard"] if a is not None}
        for key, called in committed.items():
            if key in heard:
                latencies.append(heard[key] - called)
            else:
                missing += 1
    return {
        "listener": kind,
        "listeners": listeners,
        "changes": changes,
        "notifications_expected": listeners * changes,
        "notifications_missing": missing,
        "latency_ms_p50": ms(latencies, 0.5),
        "latency_ms_p95": ms(latencies, 0.95),
        "latency_ms_max": ms(latencies, 1.0),
        "latency_ms_mean": round(1000 * statistics.fmean(latencies), 1) if latencies else None,
        "commit_ms_p50": ms(commit_seconds, 0.5),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database",
        default=DEFAULT_SERVER,
        help="a database on the PostgreSQL server to connect to (default: %(default)s)",
    )
    parser.add_argument(
        "--only", default=",".join(WORKLOADS), help="comma-separated: " + ", ".join(WORKLOADS)
    )
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--kiosks", type=int, default=20)
    parser.add_argument("--checkins", type=int, default=1500)
    parser.add_argument("--listeners", type=int, default=30)
    parser.add_argument("--changes", type=int, default=100)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    server = make_url(args.database).set(drivername="postgresql+psycopg")
    wanted = [w.strip() for w in args.only.split(",") if w.strip()]
    unknown = set(wanted) - set(WORKLOADS)
    if unknown:
        parser.error(f"unknown workload(s): {', '.join(sorted(unknown))}")

    runs: dict[str, Callable[[Path], Figures | list[Figures]]] = {
        "edits": lambda d: bench_edits(
            server, d, clients=args.clients, edits=args.edits, students=30, mode="versioned"
        ),
        "control": lambda d: bench_edits(
            server, d, clients=args.clients, edits=args.edits, students=30, mode="plain"
        ),
        "kiosk": lambda d: bench_kiosk(
            server, d, kiosks=args.kiosks, checkins=args.checkins, doubles=80
        ),
        "latency": lambda d: [
            bench_latency(
                server, d, listeners=args.listeners, changes=args.changes, interval=0.05, kind=k
            )
            for k in ("app", "raw")
        ],
    }
    figures: dict[str, Any] = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    for workload in wanted:
        with tempfile.TemporaryDirectory(prefix=f"bench-{workload}-") as workdir:
            began = time.time()
            figures[workload] = runs[workload](Path(workdir))
        print(f"== {workload} ({time.time() - began:.1f} s including set-up)")
        print(json.dumps(figures[workload], indent=2))
        sys.stdout.flush()
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
