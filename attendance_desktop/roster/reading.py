"""``read_roster``: which reader a path needs (a plain CSV file, or a OneRoster bundle).

Reading never touches the database: problems with the roster's content are
collected in the plan; only a path that cannot be read at all (missing, a
spreadsheet, an unreadable .zip) raises ``KnownError``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from attendance_desktop import errors
from attendance_desktop.roster.oneroster import folder_files, read_oneroster, zip_files
from attendance_desktop.roster.plain_csv import read_plain
from attendance_desktop.roster.plan import RosterPlan

_SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods", ".numbers")


def read_roster(path: Path) -> RosterPlan:
    """Read and validate a plain CSV file, or a OneRoster folder or .zip.

    Problems with the roster's content are collected in the plan, never
    raised.  Raises ``KnownError`` only when the path cannot be read at all.
    """
    plan = _read(Path(path))
    # Problems in file order, then line order, however they were found.
    plan.problems.sort(key=lambda p: (p.file.casefold(), p.line or 0))
    return plan


def _read(path: Path) -> RosterPlan:
    try:
        if path.is_dir():
            return read_oneroster(path, folder_files(path))
        if not path.exists():
            raise errors.KnownError(
                f"There is no file or folder at {path}.",
                hint="Check the path; a roster is a .csv file, or a OneRoster folder or .zip.",
            )
        if path.suffix.casefold() == ".zip" or zipfile.is_zipfile(path):
            return read_oneroster(path, zip_files(path))
        if path.name.casefold() == "manifest.csv":
            return read_oneroster(path.parent, folder_files(path.parent))
        if path.suffix.casefold() in _SPREADSHEETS:
            raise errors.KnownError(
                f"{path.name} is a spreadsheet, not a CSV file.",
                hint='Open it in the spreadsheet program and save it as "CSV UTF-8", then import '
                "that file.",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise errors.KnownError(
            f"{path} cannot be read ({exc.strerror or exc}).",
            hint="Check that it exists and that your account may open it.",
        ) from exc
    return read_plain(path, data)
