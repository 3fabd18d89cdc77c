"""Roster import and export: plain CSV files and whole-school exports.

Whole-school exports: OneRoster 1.0 / 1.1 / 1.2 (bulk and delta), Microsoft
School Data Sync v1 / v2 / v2.1 and Clever, each recognised from its files and
headers (``bundles``).

No Qt here: the command line (``attendance-desktop import PATH``) and the
GUI's File > Import roster use the same three steps.

1. ``read_roster(path)`` reads and validates a file, folder or .zip without
   touching the database, and returns a ``RosterPlan``: the teachers,
   students, classes and enrollments it describes (each with a *source id*, the
   student information system's identifier), every problem found (file, line,
   column, plain words) and notes about what was ignored.
2. ``check_roster`` / ``preview_roster(session, plan, today=...)`` compare the
   plan with the database and say what would change, still writing nothing.
3. ``apply_roster(session, plan, today=...)`` writes it inside the caller's
   transaction.  It refuses a plan with problems, never deletes a row, matches
   existing rows by source id so importing the same roster twice changes
   nothing, and raises ``ImportCancelled`` when asked to stop (the caller rolls
   back, so an import is all or nothing).

``export_roster(session, path)`` writes the register back out as a plain CSV
roster that reads back unchanged (``attendance-desktop export-roster PATH``).

Where each part lives:

- ``plan``: the ``RosterPlan``, its problems, the ``ImportSummary`` and the errors;
- ``decoding``: encodings, byte-order marks, delimiters, header and value clean-up;
- ``bundles``: a folder's or .zip's files (with size and compression-ratio caps) and
  which format they are;
- ``reading``: ``read_roster``, choosing the reader a path needs;
- ``plain_csv``, ``oneroster`` (also SDS v2 / v2.1 and OneRoster 1.0) and ``sis_csv``
  (SDS v1, Clever): the readers (each module says what it accepts);
- ``changes``: the comparison with the database (``check_roster``, ``preview_roster``);
- ``sync``: writing the plan in one transaction (``apply_roster``);
- ``export``: ``export_roster``.
"""

from __future__ import annotations

from attendance_desktop.roster.changes import Preview, check_roster, preview_plan, preview_roster
from attendance_desktop.roster.decoding import clean_text
from attendance_desktop.roster.export import EXPORT_HEADER, export_roster
from attendance_desktop.roster.plain_csv import PLAIN_HEADERS
from attendance_desktop.roster.plan import (
    MAX_EMAIL,
    MAX_NAME,
    MAX_ROOM,
    MAX_SOURCE_ID,
    PLAIN_CSV,
    ImportCancelled,
    ImportSummary,
    KindCounts,
    PlannedClass,
    PlannedEnrollment,
    PlannedStudent,
    PlannedTeacher,
    Reference,
    RosterInvalid,
    RosterPlan,
    RosterProblem,
    encoding_name,
    format_name,
    format_problem,
    format_problems,
    kind_name,
    problem_count,
)
from attendance_desktop.roster.reading import read_roster
from attendance_desktop.roster.sync import BATCH_SIZE, ImportOutcome, apply_roster, import_plan

__all__ = [
    "BATCH_SIZE",
    "EXPORT_HEADER",
    "MAX_EMAIL",
    "MAX_NAME",
    "MAX_ROOM",
    "MAX_SOURCE_ID",
    "PLAIN_CSV",
    "PLAIN_HEADERS",
    "ImportCancelled",
    "ImportOutcome",
    "ImportSummary",
    "KindCounts",
    "PlannedClass",
    "PlannedEnrollment",
    "PlannedStudent",
    "PlannedTeacher",
    "Preview",
    "Reference",
    "RosterInvalid",
    "RosterPlan",
    "RosterProblem",
    "apply_roster",
    "check_roster",
    "clean_text",
    "encoding_name",
    "export_roster",
    "format_name",
    "format_problem",
    "format_problems",
    "import_plan",
    "kind_name",
    "preview_plan",
    "preview_roster",
    "problem_count",
    "read_roster",
]
