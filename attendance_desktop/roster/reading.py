"""``read_roster``: which reader a path needs, recognised from its files and headers.

A .csv file is a plain roster (or one file of a bundle, refused with advice);
a folder or .zip is a whole-school export (``bundles`` recognises OneRoster
1.0 / 1.1 / 1.2, Microsoft School Data Sync v1 / v2 / v2.1 and Clever).

Reading never touches the database: problems with the roster's content are
collected in the plan; only a path that cannot be read at all (missing, a
spreadsheet, an unreadable or oversized file, a zip bomb) raises ``KnownError``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from attendance_desktop import errors
from attendance_desktop.i18n import translate
from attendance_desktop.roster import bundles
from attendance_desktop.roster.oneroster import read_oneroster
from attendance_desktop.roster.plain_csv import read_plain
from attendance_desktop.roster.plan import RosterPlan
from attendance_desktop.roster.sis_csv import read_sis_csv

_SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods", ".numbers")


def read_roster(path: Path) -> RosterPlan:
    """Read and validate a plain CSV file, or a whole-school export's folder or .zip.

    Problems with the roster's content are collected in the plan, never
    raised.  Raises ``KnownError`` only when the path cannot be read at all.
    """
    plan = _read(Path(path))
    # Problems in file order, then line order, however they were found.
    plan.problems.sort(key=lambda p: (p.file.casefold(), p.line or 0))
    plan.warnings.sort(key=lambda p: (p.file.casefold(), p.line or 0))
    return plan


def read_bundle(
    source: Path, files: bundles.Files, where: str, *, folder: bool = False
) -> RosterPlan:
    """The plan of a folder's or .zip's files, by the format they are recognised as."""
    found = bundles.recognise(files)
    if found is None:
        raise bundles.not_a_bundle(where, folder=folder)
    if found == bundles.ONEROSTER:
        return read_oneroster(source, files)
    if found in (bundles.SDS_V1, bundles.CLEVER):
        return read_sis_csv(source, files, found)
    return read_oneroster(source, files, without_manifest=found)


def _read(path: Path) -> RosterPlan:
    try:
        if path.is_dir():
            return read_bundle(path, bundles.folder_files(path), str(path), folder=True)
        if not path.exists():
            raise errors.KnownError(
                translate("Roster", "There is no file or folder at {path}.").format(path=path),
                hint=translate(
                    "Roster",
                    "Check the path; a roster is a .csv file, or an export's folder or .zip.",
                ),
            )
        if path.suffix.casefold() == ".zip" or zipfile.is_zipfile(path):
            return read_bundle(path, bundles.zip_files(path), path.name)
        if path.name.casefold() == "manifest.csv":
            return read_bundle(
                path.parent, bundles.folder_files(path.parent), str(path.parent), folder=True
            )
        if path.suffix.casefold() in _SPREADSHEETS:
            raise errors.KnownError(
                translate("Roster", "{name} is a spreadsheet, not a CSV file.").format(
                    name=path.name
                ),
                hint=translate(
                    "Roster",
                    'Open it in the spreadsheet program and save it as "CSV UTF-8", then import '
                    "that file.",
                ),
            )
        data = bundles.read_file(path)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise errors.KnownError(
            translate("Roster", "{path} cannot be read ({reason}).").format(
                path=path, reason=reason
            ),
            hint=translate("Roster", "Check that it exists and that your account may open it."),
        ) from exc
    return read_plain(path, data)
