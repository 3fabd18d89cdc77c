"""The 200,000-row roster import: time and peak memory, median of runs (figures in README.md).

Each run is a fresh process (so its peak resident memory is its own) that reads
a generated plain CSV roster of ``--rows`` rows (one row per student and
class: 40,000 students in 5 classes each, 8,000 classes, 400 teachers) and
imports it into a new SQLite file in one transaction: ``read_roster`` (read and
validate), then ``apply_roster`` (compare with the database and write).  A
second import of the same file (nothing to change), in a fresh process too, is timed too.

    .venv/bin/python bench/roster_import.py            # 200,000 rows, 3 runs
    .venv/bin/python bench/roster_import.py --rows 50000 --runs 5
    .venv/bin/python bench/roster_import.py --format oneroster   # the same as a bundle
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PER_STUDENT = 5


def write_plain(path: Path, rows: int) -> None:
    students = rows // PER_STUDENT
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(
            "Student ID,Student number,First name,Last name,Class ID,Class,Subject,"
            "Teacher ID,Teacher\n"
        )
        for s in range(students):
            for k in range(PER_STUDENT):
                klass = (s // 25) * PER_STUDENT % 8000 + k
                teacher = klass % 400
                out.write(
                    f"S{s:06d},N{s:06d},Ann{s},Lee{s},C{klass:05d},Class {klass},Subject {k},"
                    f"T{teacher:03d},Teacher {teacher}\n"
                )


def write_oneroster(folder: Path, rows: int) -> None:
    folder.mkdir()
    students = rows // PER_STUDENT
    (folder / "manifest.csv").write_text(
        "propertyName,value\noneroster.version,1.1\nfile.users,bulk\nfile.classes,bulk\n"
        "file.enrollments,bulk\n"
    )
    with (folder / "users.csv").open("w", newline="") as out:
        out.write("sourcedId,status,dateLastModified,role,identifier,givenName,familyName\n")
        for t in range(400):
            out.write(f"T{t:03d},active,2026-11-30T10:00:00Z,teacher,,Teacher,{t}\n")
        for s in range(students):
            out.write(f"S{s:06d},active,2026-11-30T10:00:00Z,student,N{s:06d},Ann{s},Lee{s}\n")
    with (folder / "classes.csv").open("w", newline="") as out:
        out.write("sourcedId,status,dateLastModified,title\n")
        for c in range(8000):
            out.write(f"C{c:05d},active,2026-11-30T10:00:00Z,Class {c}\n")
    with (folder / "enrollments.csv").open("w", newline="") as out:
        out.write("sourcedId,status,dateLastModified,classSourcedId,userSourcedId,role\n")
        for c in range(8000):
            out.write(f"ET{c},active,2026-11-30T10:00:00Z,C{c:05d},T{c % 400:03d},teacher\n")
        for s in range(students):
            for k in range(PER_STUDENT):
                klass = (s // 25) * PER_STUDENT % 8000 + k
                out.write(f"E{s}-{k},active,2026-11-30T10:00:00Z,C{klass:05d},S{s:06d},student\n")


def one_run(path: Path, database: Path, again: bool) -> dict[str, float]:
    """In this process: the first import into a new database (migrated here), or the
    second import of the same file (``again``); seconds and peak MB of this process."""
    from sqlalchemy.orm import Session

    from attendance_desktop import roster
    from attendance_desktop.db import migrate
    from attendance_desktop.db.engine import create_app_engine

    engine = create_app_engine(f"sqlite:///{database}")
    if not again:
        migrate.upgrade(engine)
    today = date(2026, 12, 2)
    started = time.perf_counter()
    plan = roster.read_roster(path)
    read = time.perf_counter() - started
    assert plan.ok, roster.format_problems(plan.problems)
    with Session(engine) as session, session.begin():
        summary = roster.apply_roster(session, plan, today=today)
    total = time.perf_counter() - started
    assert summary.changed != again
    engine.dispose()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    return {"read_s": read, "import_s": total, "peak_mb": peak_mb}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--format", choices=("plain", "oneroster"), default="plain")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        roster_path, database, again = args.child
        print(json.dumps(one_run(Path(roster_path), Path(database), again == "again")))
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / ("roster.csv" if args.format == "plain" else "bundle")
        if args.format == "plain":
            write_plain(source, args.rows)
        else:
            write_oneroster(source, args.rows)
        first: list[dict[str, float]] = []
        second: list[dict[str, float]] = []
        for run in range(args.runs):
            database = Path(tmp) / f"run{run}.sqlite3"
            for which, results in (("first", first), ("again", second)):
                done = subprocess.run(
                    [sys.executable, __file__, "--child", str(source), str(database), which],
                    check=True, capture_output=True, text=True, cwd=ROOT,
                )  # fmt: skip
                results.append(json.loads(done.stdout.strip().splitlines()[-1]))
                print(f"run {run + 1} {which}: {results[-1]}", file=sys.stderr)
    print(
        f"{args.rows:,} rows ({args.format}), median of {args.runs} runs, each in its own process:"
    )
    for results, label in ((first, "into an empty register"), (second, "again, nothing to change")):
        read = statistics.median(r["read_s"] for r in results)
        total = statistics.median(r["import_s"] for r in results)
        peak = statistics.median(r["peak_mb"] for r in results)
        print(f"  {label}: read {read:.1f} s, read + import {total:.1f} s, peak {peak:.0f} MB")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
