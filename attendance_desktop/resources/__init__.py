"""Files the app ships beside its code: the application icon, in every size a desktop asks for.

``attendance-desktop.svg`` is the drawing; the PNG files and the Windows
``attendance-desktop.ico`` are made from it by ``scripts/make_icons.py`` and
committed, so that neither a build nor the app has to render SVG.  The same
files go into the wheel, the PyInstaller bundle (packaging/attendance-desktop.spec),
the Linux package's icon theme folders and the Windows installer.

For the window icon, give Qt every size and let it pick::

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(app_icon_path(size)))

Qt-free, so that the packaging scripts can use it too.
"""

from __future__ import annotations

from pathlib import Path

#: The icon's name, as a desktop's icon theme knows it (and the files' stem).
ICON_NAME = "attendance-desktop"

#: The square sizes, in pixels, that there is a PNG for.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def resource_dir() -> Path:
    """The folder holding the icon files (inside the package, or inside the bundle)."""
    return Path(__file__).resolve().parent


def app_icon_path(size: int | None = None) -> Path:
    """The app icon: the SVG drawing, or with ``size`` the PNG of that many pixels square.

    Raises ``ValueError`` for a size there is no PNG for (see ``ICON_SIZES``).
    """
    if size is None:
        return resource_dir() / f"{ICON_NAME}.svg"
    if size not in ICON_SIZES:
        raise ValueError(f"there is no {size}x{size} icon; the sizes are {ICON_SIZES}")
    return resource_dir() / f"{ICON_NAME}-{size}.png"


def windows_icon_path() -> Path:
    """The .ico file holding every size (the Windows executable's and installer's icon)."""
    return resource_dir() / f"{ICON_NAME}.ico"
