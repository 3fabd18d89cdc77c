"""Allow ``python -m attendance_desktop``."""

from attendance_desktop.cli import main

raise SystemExit(main())
