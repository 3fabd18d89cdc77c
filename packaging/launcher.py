"""Entry script of the packaged app: PyInstaller wants a script file, not a module.

It does what the ``attendance-desktop`` console script does.  It lives here and
not in the package so that PyInstaller does not put ``attendance_desktop/`` on
its search path, where ``paths.py`` or ``log.py`` could shadow other modules.
"""

from attendance_desktop.cli import main

raise SystemExit(main())
