"""Logging: named loggers per area, a rotating file, and no passwords anywhere."""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path

from attendance_desktop import paths

LOG_FILE_NAME = "attendance-desktop.log"
_PASSWORD_IN_URL = re.compile(r"(://[^:/@\s]+:)[^@\s]+@")
#: ``password=`` or ``sslpassword=`` as a URL's query (``?password=x&...``) or as a libpq
#: keyword (``password=x`` or ``password='x y'``), in any case.
_PASSWORD_PARAMETER = re.compile(r"(?i)(\b(?:ssl)?password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&#'\"]+)")


def redact(text: str) -> str:
    """Hide any password in ``text``: in a URL (``user:secret@``, ``?password=``,
    ``sslpassword=``) or in a libpq connection string."""
    return _PASSWORD_PARAMETER.sub(r"\1***", _PASSWORD_IN_URL.sub(r"\1***@", text))


_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class _NoTraceback(logging.Formatter):
    """For the terminal: the message only; tracebacks belong in the log file."""

    def format(self, record: logging.LogRecord) -> str:
        return super().format(
            logging.makeLogRecord(
                {**record.__dict__, "exc_info": None, "exc_text": None, "stack_info": None}
            )
        )


class RedactPasswords(logging.Filter):
    """Belt and braces: strip a password from any URL that reaches a log record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def setup_logging(*, verbose: bool = False, console: bool = True) -> Path:
    """Log to a rotating file in the platform log directory (and to stderr for the CLI)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_attendance", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    path = log_file()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    handlers: list[logging.Handler] = [file_handler]
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(_NoTraceback("%(levelname)s: %(message)s"))
        stream.setLevel(logging.DEBUG if verbose else logging.WARNING)
        handlers.append(stream)
    for handler in handlers:
        handler.addFilter(RedactPasswords())
        handler._attendance = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    return path
