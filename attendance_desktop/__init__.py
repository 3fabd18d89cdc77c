"""attendance-desktop: a keyboard-first attendance register for classroom PCs."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("attendance-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "attendance-desktop"
