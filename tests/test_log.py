"""The log file: rotating, in the platform log folder, and never holding a password."""

from __future__ import annotations

import logging
import logging.handlers

import pytest

from attendance_desktop import paths
from attendance_desktop.log import log_file, setup_logging


def test_log_goes_to_a_rotating_file_in_the_log_folder() -> None:
    path = setup_logging(console=False)
    assert path == log_file()
    assert path.parent == paths.log_dir()
    handlers = [h for h in logging.getLogger().handlers if getattr(h, "_attendance", False)]
    assert any(isinstance(h, logging.handlers.RotatingFileHandler) for h in handlers)
    logging.getLogger("attendance.test").warning("hello %s", "teacher")
    for handler in handlers:
        handler.flush()
    assert "hello teacher" in path.read_text()


def test_passwords_never_reach_the_log_file() -> None:
    path = setup_logging(console=False)
    log = logging.getLogger("attendance.test")
    log.error("connecting to %s", "postgresql+psycopg://register:hunter2@db/attendance")
    log.error("plain postgresql://admin:pa55word@10.0.0.5:5432/school failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text()
    assert "hunter2" not in text and "pa55word" not in text
    assert "register:***@db" in text


def test_setup_twice_does_not_duplicate_lines() -> None:
    setup_logging(console=False)
    path = setup_logging(console=False)
    logging.getLogger("attendance.test").warning("once only")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert path.read_text().count("once only") == 1


def test_the_terminal_gets_no_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging(console=True)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        logging.getLogger("attendance.test").exception("unexpected error")
    for handler in logging.getLogger().handlers:
        handler.flush()
    captured = capsys.readouterr()
    assert "unexpected error" in captured.err
    assert "Traceback" not in captured.err
    assert "Traceback" in log_file().read_text()  # the details are kept for the developers
