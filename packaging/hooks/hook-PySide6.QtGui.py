"""QtGui as PyInstaller's own hook collects it, minus the Qt plugins a classroom PC never loads.

PyInstaller's hook takes every plugin of each kind QtGui uses (every "platforms"
plugin, every "platformthemes" plugin...).  Filtering here, before PyInstaller
resolves the plugins' shared-library dependencies, also leaves out the libraries
that only those plugins need: the GTK theme plugin alone drags in cairo, pango
and gdk-pixbuf from the build machine, which would then be mixed with the
target PC's own GTK.  This file overrides the built-in hook because
packaging/attendance-desktop.spec names packaging/hooks in ``hookspath``.

QtPrintSupport's plugins (``printsupport/``: CUPS on Linux) are not QtGui's and are
collected, untouched, by PyInstaller's own QtPrintSupport hook; the spec keeps libcups
itself out of the bundle.
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

#: Window-system plugins worth shipping: the desktop one for each OS, and the
#: offscreen/minimal ones (tests, remote sessions).
KEEP_PLATFORMS = {
    "libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqminimal.so",  # Linux
    "qwindows.dll", "qoffscreen.dll", "qminimal.dll", "qdirect2d.dll",  # Windows
    "libqcocoa.dylib", "libqoffscreen.dylib", "libqminimal.dylib",  # macOS
}  # fmt: skip

#: Plugin kinds for embedded boards without a desktop (EGLFS, raw evdev input).
DROP_KINDS = {"egldeviceintegrations", "generic"}

#: The GTK3 theme plugin: native-looking dialogs on GNOME, at the price above.  Qt's own
#: style and dialogs (and the desktop-portal plugin, which is kept) do instead.
DROP_FILES = {"libqgtk3.so"}


def _wanted(source: str) -> bool:
    path = Path(source)
    kind = path.parent.name
    if kind in DROP_KINDS or path.name in DROP_FILES:
        return False
    return kind != "platforms" or path.name in KEEP_PLATFORMS


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, destination) for source, destination in binaries if _wanted(source)]
