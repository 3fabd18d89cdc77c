"""Make the app icon's PNG files and its Windows .ico from the SVG drawing.

    .venv/bin/python scripts/make_icons.py [--check]

Reads ``attendance_desktop/resources/attendance-desktop.svg`` and writes, beside
it, ``attendance-desktop-<size>.png`` for each size in ``ICON_SIZES`` and
``attendance-desktop.ico`` holding all of them.  Run it after changing the SVG and
commit what it writes.  ``--check`` writes nothing and exits 1 if the files are
missing or differ from what the SVG gives (with this version of Qt).

Rendering uses Qt's own SVG renderer (QtSvg, part of PySide6-Essentials) on the
offscreen platform, so no display and no other tool is needed.  The .ico is
written here rather than by Qt's "ico" image plugin: that plugin stores
uncompressed bitmaps, while an .ico may hold PNG images (Windows Vista and
later read them), which keeps the 256-pixel image small.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from attendance_desktop.resources import (  # noqa: E402 (after the path is set)
    ICON_SIZES,
    app_icon_path,
    windows_icon_path,
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The drawing, ``size`` pixels square on a transparent background, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image.convertToFormat(QImage.Format.Format_ARGB32)):
        raise RuntimeError(f"Qt could not encode the {size}-pixel icon: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico file holding each PNG image (ICONDIR, one ICONDIRENTRY each, the images)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size in sizes:
        side = 0 if size >= 256 else size  # 0 means 256 in a one-byte field
        # width, height, palette size, reserved, colour planes, bits per pixel, bytes, offset
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(pngs[size]), offset)
        offset += len(pngs[size])
    return header + entries + b"".join(pngs[size] for size in sizes)


def wanted_files(svg: Path) -> dict[Path, bytes]:
    """Every file to write, with its contents."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons.py: Qt cannot read {svg} as SVG")
    pngs = {size: render_png(renderer, size) for size in ICON_SIZES}
    files = {app_icon_path(size): data for size, data in pngs.items()}
    files[windows_icon_path()] = ico_bytes(pngs)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the files are out of date"
    )
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    files = wanted_files(app_icon_path())
    if args.check:
        stale = [p for p, data in files.items() if not p.is_file() or p.read_bytes() != data]
        for path in stale:
            print(f"out of date: {path.relative_to(REPO)}")
        if stale:
            print("Run: .venv/bin/python scripts/make_icons.py")
        return 1 if stale else 0
    for path, data in files.items():
        path.write_bytes(data)
        print(f"wrote {path.relative_to(REPO)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
