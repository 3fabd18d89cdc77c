"""Whole-school exports of several CSV files: finding the files and recognising the format.

A folder or .zip is recognised by the files it holds and their headers:

- ``manifest.csv``: OneRoster 1.1 / 1.2 (the manifest says which);
- ``users.csv`` + ``enrollments.csv`` without a manifest: Microsoft School Data
  Sync v2.1 (``roles.csv``, no ``role`` column in users.csv), SDS v2 (users.csv
  with ``role`` and ``orgSourcedIds``) or OneRoster 1.0 (enrollments with
  ``sourcedId``);
- ``Student.csv`` + ``Section.csv``: Microsoft School Data Sync v1 (US headers
  "SIS ID", or the UK template's "ID");
- ``students.csv`` + ``sections.csv``: Clever.

The files are read with caps, so a crafted or broken export cannot fill the
PC's memory: a file may hold at most ``MAX_FILE_BYTES``, and a .zip member
that unpacks to more than ``MAX_RATIO`` times its packed size (a "zip bomb")
is refused before it is unpacked further.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from attendance_desktop import errors
from attendance_desktop.i18n import number, translate
from attendance_desktop.roster.decoding import first_header

#: Largest file read (a district of 200,000 enrollments is about 15 MB).  With the plan
#: built from it, a file this size keeps the import under about 500 MB of memory.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Largest total of the files of one export that are read.
MAX_BUNDLE_BYTES = 96 * 1024 * 1024
#: Largest unpacked-to-packed ratio of a .zip member above ``_RATIO_FLOOR`` bytes.
MAX_RATIO = 100
_RATIO_FLOOR = 1024 * 1024

ONEROSTER = "OneRoster"
ONEROSTER_1_0 = "OneRoster 1.0"
SDS_V1 = "Microsoft School Data Sync v1"
SDS_V2 = "Microsoft School Data Sync v2"
SDS_V2_1 = "Microsoft School Data Sync v2.1"
CLEVER = "Clever"

#: Every file name (lower-cased) whose content any reader uses.
_READ = {
    "manifest.csv", "users.csv", "classes.csv", "courses.csv", "enrollments.csv", "roles.csv",
    "student.csv", "teacher.csv", "section.csv", "studentenrollment.csv", "teacherroster.csv",
    "students.csv", "teachers.csv", "sections.csv",
}  # fmt: skip

Files = dict[str, tuple[str, bytes]]


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return translate("Roster", "{size} MB").format(size=number(n // (1024 * 1024)))
    return translate("Roster", "{size} KB").format(size=number(n // 1024))


def _too_big_hint() -> str:
    return translate(
        "Roster",
        "Check that it is the roster export; a district roster of 200,000 enrollments "
        "is about 15 MB.",
    )


def too_big(name: str, limit: int | None = None) -> errors.KnownError:
    """``name`` (a file, or a .zip's member) is larger than a roster file may be."""
    size = _size(limit or MAX_FILE_BYTES)
    return errors.KnownError(
        translate(
            "Roster", "{name} is larger than {size}; that is far more than any school's roster."
        ).format(name=name, size=size),
        hint=_too_big_hint(),
    )


def too_big_together(where: str) -> errors.KnownError:
    """The roster files of the folder or .zip ``where`` add up to more than an export may."""
    size = _size(MAX_BUNDLE_BYTES)
    return errors.KnownError(
        translate(
            "Roster",
            "The roster files in {where} are larger than {size} together; that is far more "
            "than any school's roster.",
        ).format(where=where, size=size),
        hint=_too_big_hint(),
    )


def read_capped(stream: BinaryIO, name: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """Everything in ``stream``, refusing (``KnownError``) past ``limit`` bytes."""
    chunks: list[bytes] = []
    total = 0
    while chunk := stream.read(1024 * 1024):
        total += len(chunk)
        if total > limit:
            raise too_big(name)
        chunks.append(chunk)
    return b"".join(chunks)


def read_file(path: Path) -> bytes:
    """A file's bytes, refusing one larger than ``MAX_FILE_BYTES`` before reading it."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise too_big(path.name)
    with path.open("rb") as stream:
        return read_capped(stream, path.name)


def folder_files(folder: Path) -> Files:
    """A bundle folder's .csv files: lower-cased name -> (name as written, content).

    Only the files a reader uses are read; the others are listed with no content.
    """
    files: Files = {}
    total = 0
    for child in sorted(folder.iterdir()):
        if child.is_file() and child.suffix.casefold() == ".csv":
            wanted = child.name.casefold() in _READ
            data = read_file(child) if wanted else b""
            total += len(data)
            if total > MAX_BUNDLE_BYTES:
                raise too_big_together(folder.name)
            files[child.name.casefold()] = (child.name, data)
    return files


def _member_folder(members: list[zipfile.ZipInfo]) -> PurePosixPath:
    """The folder of the .zip holding the most roster files (its top, or one sub-folder)."""
    score: dict[PurePosixPath, int] = {}
    for member in members:
        path = PurePosixPath(member.filename)
        if path.name.casefold() in _READ:
            # The manifest decides when there is one; then more known files; then the shallower.
            bonus = 100 if path.name.casefold() == "manifest.csv" else 1
            score[path.parent] = score.get(path.parent, 0) + bonus
    if not score:
        return PurePosixPath(".")
    return max(score, key=lambda folder: (score[folder], -len(folder.parts)))


def _read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, zip_name: str) -> bytes:
    name = f"{zip_name}: {member.filename}"
    if member.file_size > MAX_FILE_BYTES:
        raise too_big(name)
    limit = MAX_FILE_BYTES
    if member.compress_size:
        # The header's sizes may lie: the cap is enforced while unpacking, too.
        limit = min(limit, max(_RATIO_FLOOR, member.compress_size * MAX_RATIO))
    if member.file_size > limit:
        raise _bomb(name, member.file_size, member.compress_size)
    with archive.open(member) as stream:
        chunks: list[bytes] = []
        total = 0
        while chunk := stream.read(1024 * 1024):
            total += len(chunk)
            if total > limit:
                if total > MAX_FILE_BYTES:
                    raise too_big(name)
                raise _bomb(name, total, member.compress_size)
            chunks.append(chunk)
    return b"".join(chunks)


def _bomb(name: str, unpacked: int, packed: int) -> errors.KnownError:
    return errors.KnownError(
        translate(
            "Roster",
            "{name} unpacks to more than {ratio} times its packed size "
            "({packed} bytes become over {unpacked}); it was not unpacked.",
        ).format(name=name, ratio=MAX_RATIO, packed=number(packed), unpacked=number(unpacked)),
        hint=translate(
            "Roster",
            "A real roster export never packs that tightly: export it again from the "
            "student information system, or unpack it with the file manager, check it and "
            "import the folder.",
        ),
    )


def zip_files(path: Path) -> Files:
    """The .csv files of the .zip's roster folder (its top, or one sub-folder)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = [
                info
                for info in archive.infolist()
                if not info.is_dir() and not info.filename.startswith("__MACOSX/")
            ]
            folder = _member_folder(members)
            files: Files = {}
            total = 0
            for member in members:
                member_path = PurePosixPath(member.filename)
                if member_path.parent == folder and member_path.suffix.casefold() == ".csv":
                    wanted = member_path.name.casefold() in _READ
                    data = _read_member(archive, member, path.name) if wanted else b""
                    total += len(data)
                    if total > MAX_BUNDLE_BYTES:
                        raise too_big_together(path.name)
                    files[member_path.name.casefold()] = (member_path.name, data)
            return files
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise errors.KnownError(
            translate("Roster", "{name} is not a readable .zip file ({error}).").format(
                name=path.name, error=exc
            ),
            hint=translate(
                "Roster", "Export the roster again, or unpack it and import the folder."
            ),
        ) from exc
    except (NotImplementedError, RuntimeError) as exc:
        # An unsupported compression method (Deflate64) or a password.
        raise errors.KnownError(
            translate("Roster", "{name} cannot be unpacked here ({error}).").format(
                name=path.name, error=exc
            ),
            hint=translate(
                "Roster", "Unpack it with the file manager and import the folder instead."
            ),
        ) from exc


def _header(files: Files, name: str) -> set[str]:
    """The lower-cased, punctuation-free header of one file (empty if it is not there)."""
    found = files.get(name)
    return first_header(found[1]) if found else set()


def recognise(files: Files) -> str | None:
    """The format of a bundle's files, or ``None`` when it is none of those known."""
    if "manifest.csv" in files:
        return ONEROSTER
    if "users.csv" in files and ("enrollments.csv" in files or "classes.csv" in files):
        users = _header(files, "users.csv")
        enrollments = _header(files, "enrollments.csv")
        if "sourcedid" in enrollments and "role" in users:
            return ONEROSTER_1_0
        if "roles.csv" in files or "role" not in users:
            return SDS_V2_1
        return SDS_V2
    if "student.csv" in files and "section.csv" in files:
        return SDS_V1
    if "students.csv" in files and "sections.csv" in files:
        return CLEVER
    return None


def not_a_bundle(where: str, *, folder: bool = False) -> errors.KnownError:
    """``where`` (a folder's path, or a .zip's name) holds no export this program reads."""
    if folder:
        template = translate(
            "Roster",
            "The folder {where} is not a roster export this program knows: it has neither "
            "manifest.csv (OneRoster), users.csv and enrollments.csv (School Data Sync v2), "
            "Student.csv and Section.csv (School Data Sync v1) nor students.csv and "
            "sections.csv (Clever).",
        )
    else:
        template = translate(
            "Roster",
            "{where} is not a roster export this program knows: it has neither manifest.csv "
            "(OneRoster), users.csv and enrollments.csv (School Data Sync v2), Student.csv and "
            "Section.csv (School Data Sync v1) nor students.csv and sections.csv (Clever).",
        )
    return errors.KnownError(
        template.format(where=where),
        hint=translate(
            "Roster",
            "Choose the folder or .zip the student information system exported, or a plain "
            ".csv file.",
        ),
    )
