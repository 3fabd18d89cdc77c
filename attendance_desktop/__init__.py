"""attendance-desktop: a keyboard-first attendance register for classroom PCs."""

#: The release; pyproject.toml reads it from here (``[tool.hatch.version]``).
__version__ = "0.1.0"

APP_NAME = "attendance-desktop"
