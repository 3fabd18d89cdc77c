"""``export_roster``: the whole register written as a plain CSV roster.

The file reads back with ``read_roster`` as the same roster, so an export
imported into another database (or this one) changes nothing.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from attendance_desktop.db.models import Enrollment, SchoolClass, Student, Teacher
from attendance_desktop.files import replacing

#: Headers of the plain CSV that ``export_roster`` writes (and ``read_roster`` reads back).
EXPORT_HEADER = (
    "Student ID",
    "Student number",
    "First name",
    "Last name",
    "Preferred name",
    "Class ID",
    "Class",
    "Subject",
    "Room",
    "Teacher ID",
    "Teacher",
    "Teacher email",
    "Start date",
    "End date",
)


def export_roster(session: Session, path: Path) -> None:
    """Write every teacher, class, student and enrollment as a plain CSV roster.

    UTF-8 with a byte-order mark (so spreadsheet programs show accents right),
    comma-separated, one row per enrollment; students without a class, classes
    without students and teachers without classes get a row of their own.
    Reading the file back with ``read_roster`` gives the same roster.
    """
    teachers = {row.id: row for row in session.execute(
        select(Teacher.id, Teacher.source_id, Teacher.display_name, Teacher.email)
    )}  # fmt: skip
    classes = {row.id: row for row in session.execute(
        select(SchoolClass.id, SchoolClass.source_id, SchoolClass.name, SchoolClass.subject,
               SchoolClass.room, SchoolClass.teacher_id)
    )}  # fmt: skip
    students = {row.id: row for row in session.execute(
        select(Student.id, Student.source_id, Student.student_number, Student.first_name,
               Student.last_name, Student.preferred_name)
    )}  # fmt: skip
    enrollments = session.execute(
        select(
            Enrollment.class_id, Enrollment.student_id, Enrollment.start_date, Enrollment.end_date
        )
    ).all()

    def teacher_cells(teacher_id: int | None) -> list[str]:
        t = teachers.get(teacher_id) if teacher_id is not None else None
        return [t.source_id or "", t.display_name, t.email or ""] if t else ["", "", ""]

    def class_cells(class_id: int | None) -> list[str]:
        c = classes.get(class_id) if class_id is not None else None
        if c is None:
            return ["", "", "", "", *teacher_cells(None)]
        return [
            c.source_id or "",
            c.name,
            c.subject or "",
            c.room or "",
            *teacher_cells(c.teacher_id),
        ]

    def student_cells(student_id: int | None) -> list[str]:
        s = students.get(student_id) if student_id is not None else None
        if s is None:
            return ["", "", "", "", ""]
        return [
            s.source_id or "", s.student_number or "", s.first_name, s.last_name,
            s.preferred_name or "",
        ]  # fmt: skip

    rows: list[list[str]] = []
    for e in enrollments:
        rows.append(
            [
                *student_cells(e.student_id),
                *class_cells(e.class_id),
                e.start_date.isoformat() if e.start_date else "",
                e.end_date.isoformat() if e.end_date else "",
            ]
        )
    enrolled = {e.student_id for e in enrollments}
    with_students = {e.class_id for e in enrollments}
    teaching = {c.teacher_id for c in classes.values()}
    rows += [[*student_cells(i), *class_cells(None), "", ""] for i in students if i not in enrolled]
    rows += [
        [*student_cells(None), *class_cells(i), "", ""] for i in classes if i not in with_students
    ]
    rows += [
        [*student_cells(None), "", "", "", "", *teacher_cells(i), "", ""]
        for i in teachers
        if i not in teaching
    ]

    def order(cells: list[str]) -> tuple[Any, ...]:
        # Class, then surname and first name, then everything: the same order
        # whatever ids the rows have in this database.
        return (cells[6].casefold(), cells[3].casefold(), cells[2].casefold(), cells)

    rows.sort(key=order)
    with replacing(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(EXPORT_HEADER)
        writer.writerows(rows)
