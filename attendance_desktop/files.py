"""Writing a file so that it is either complete or not there (no Qt here).

Every file the app writes for a person (exports, printed PDFs, roster
exports, settings) is written to a temporary file beside its destination and
moved into place only when complete: a full disk or a crash half-way never
leaves a truncated file where the old one was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from attendance_desktop.errors import KnownError
from attendance_desktop.i18n import translate


def cannot_write(path: Path, exc: OSError) -> KnownError:
    """A plain-words error for a file that could not be written."""
    reason = exc.strerror or str(exc)
    return KnownError(
        translate("Files", "Could not write {path}: {reason}.").format(path=path, reason=reason),
        hint=translate(
            "Files", "Choose another folder, or close the file if a spreadsheet has it open."
        ),
    )


@contextmanager
def replacing(path: Path, mode: str = "w", **kwargs: Any) -> Iterator[Any]:
    """Yield a stream to a temporary file beside ``path``; move it into place when complete.

    Any error removes the temporary file and leaves ``path`` as it was; an
    ``OSError`` becomes a ``KnownError`` naming the file.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise cannot_write(path, exc) from None
    try:
        with os.fdopen(handle, mode, **kwargs) as stream:
            yield stream
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise cannot_write(path, exc) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_bytes(path: Path, data: bytes) -> None:
    """``data`` to ``path``, moved into place when complete."""
    with replacing(path, "wb") as stream:
        stream.write(data)
