"""The report charts painted with Qt: in the Reports window, as a PNG, on a printed page.

What a chart shows (points, bars, ticks, labels) is decided by ``chart_content``
without Qt; this module lays it out in a rectangle and paints it with a
``QPainter``, so the window (``ui/chart_view.py``), the command line's
``report ... --chart PATH`` and the PDF or printer page draw the same picture.
Sizes are in logical pixels for an 800 x 450 chart; an image for paper is the
same drawing at a higher device pixel ratio.

``QImage`` and ``QPainter`` need a ``QGuiApplication``: ``render_image`` makes
one on Qt's offscreen platform when the command line has none (no display needed).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QImageWriter,
    QPainter,
    QPen,
    QPolygonF,
)

from attendance_desktop import i18n
from attendance_desktop.chart_content import (
    EMPTY_MESSAGE,
    UNMARKED_COLOUR,
    Chart,
    CodesChart,
    RateChart,
    Tick,
)
from attendance_desktop.i18n import translate

#: A chart's size in logical pixels (a PNG from the command line is this size).
WIDTH, HEIGHT = 800, 450
#: Device pixels per logical pixel of the image put on paper (2000 x 1125, ~200 dpi on A4).
PAPER_SCALE = 2.5
PAD = 14.0
TITLE_PX = 20
TEXT_PX = 14
SMALL_PX = 13
BACKGROUND = "#FFFFFF"
TITLE_COLOUR = "#202124"
MUTED = "#555555"
TICK_TEXT = "#333333"
AXIS_COLOUR = "#BBBBBB"
GRID_COLOUR = "#E6E6E6"
LINE_COLOUR = "#1565C0"
THRESHOLD_COLOUR = "#C62828"
LINE_WIDTH = 2.5
MARKER_RADIUS = 4.0
BAR_SHARE = 0.6

#: Kept for the life of the process once ``ensure_gui`` made it.
_gui_app: QGuiApplication | None = None


def ensure_gui() -> None:
    """Make a ``QGuiApplication`` on the offscreen platform if there is none (command line)."""
    global _gui_app
    if QGuiApplication.instance() is None:
        program = sys.argv[0] if sys.argv and sys.argv[0] else "attendance-desktop"
        _gui_app = QGuiApplication([program, "-platform", "offscreen"])


def _font(pixels: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class Plot:
    """Where the plotting area is, and how values map onto it."""

    area: QRectF
    x_min: float
    x_max: float
    y_max: float

    def x(self, value: float) -> float:
        span = (self.x_max - self.x_min) or 1.0
        return self.area.left() + (value - self.x_min) / span * self.area.width()

    def y(self, value: float) -> float:
        return self.area.bottom() - value / (self.y_max or 1.0) * self.area.height()


def plot_area(chart: Chart, rect: QRectF) -> Plot:
    """The plotting area of ``chart`` drawn in ``rect``: inside the titles, ticks and labels."""
    text = QFontMetricsF(_font(TEXT_PX))
    widest = max((text.horizontalAdvance(t.label) for t in chart.y_ticks), default=0.0)
    heading = QFontMetricsF(_font(TITLE_PX, bold=True)).height() + text.height() + 10
    left = rect.left() + PAD + text.height() + 10 + widest + 8
    top = rect.top() + PAD + heading + 22  # room for the labels above the points or bars
    bottom_lines = 2 if isinstance(chart, RateChart) else 1
    bottom = rect.bottom() - PAD - bottom_lines * (text.height() + 4) - 4
    right = rect.right() - PAD - 6
    area = QRectF(QPointF(left, top), QPointF(max(right, left + 1), max(bottom, top + 1)))
    if isinstance(chart, RateChart):
        return Plot(area, chart.x_min, chart.x_max, chart.y_max)
    return Plot(area, 0.0, float(len(chart.bars)), chart.y_max)


def paint(painter: QPainter, rect: QRectF, chart: Chart) -> None:
    """Paint ``chart`` into ``rect`` on any device (a widget, an image, a page)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(rect, QColor(BACKGROUND))
    plot = plot_area(chart, rect)
    _heading(painter, rect, plot, chart.title, chart.subtitle)
    if chart.empty:
        painter.setFont(_font(TEXT_PX + 2))
        painter.setPen(QColor(MUTED))
        empty = translate("Charts", EMPTY_MESSAGE)
        painter.drawText(plot.area, int(Qt.AlignmentFlag.AlignCenter), empty)
    elif isinstance(chart, RateChart):
        _paint_rate(painter, plot, chart)
    else:
        _paint_codes(painter, plot, chart)
    painter.restore()


def _fitted(text: str, pixels: int, smallest: int, width: float, *, bold: bool = False) -> QFont:
    """The largest font from ``pixels`` down to ``smallest`` in which ``text`` fits ``width``
    (a sentence in German or French can be a third longer than in English)."""
    for size in range(pixels, smallest - 1, -1):
        font = _font(size, bold=bold)
        if QFontMetricsF(font).horizontalAdvance(text) <= width:
            return font
    return _font(smallest, bold=bold)


def _fitted_line(painter: QPainter, box: QRectF, text: str, font: QFont) -> None:
    """``text`` on one line in ``box``, cut with an ellipsis if the smallest font is too wide."""
    painter.setFont(font)
    shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, box.width())
    painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)


def _heading(painter: QPainter, rect: QRectF, plot: Plot, title: str, subtitle: str) -> None:
    left = plot.area.left()
    width = rect.right() - left - PAD
    title_height = QFontMetricsF(_font(TITLE_PX, bold=True)).height()
    top = rect.top() + PAD
    painter.setPen(QColor(TITLE_COLOUR))
    title_font = _fitted(title, TITLE_PX, TEXT_PX, width, bold=True)
    _fitted_line(painter, QRectF(left, top, width, title_height), title, title_font)
    text_height = QFontMetricsF(_font(TEXT_PX)).height()
    painter.setPen(QColor(MUTED))
    subtitle_font = _fitted(subtitle, TEXT_PX, SMALL_PX - 2, width)
    box = QRectF(left, top + title_height + 4, width, text_height)
    _fitted_line(painter, box, subtitle, subtitle_font)


def _y_axis(painter: QPainter, plot: Plot, ticks: tuple[Tick, ...], title: str) -> None:
    """Grid lines and labels at ``ticks``, the axis lines, and the rotated axis title."""
    area = plot.area
    font = _font(TEXT_PX)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    for tick in ticks:
        y = plot.y(tick.value)
        painter.setPen(QPen(QColor(GRID_COLOUR), 1.0))
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.setPen(QColor(TICK_TEXT))
        label = QRectF(area.left() - 208, y - metrics.height() / 2, 200, metrics.height())
        painter.drawText(
            label, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), tick.label
        )
    painter.setPen(QPen(QColor(AXIS_COLOUR), 1.0))
    painter.drawLine(area.bottomLeft(), area.topLeft())
    painter.drawLine(area.bottomLeft(), area.bottomRight())
    widest = max((metrics.horizontalAdvance(t.label) for t in ticks), default=0.0)
    painter.save()
    painter.setPen(QColor(TICK_TEXT))
    painter.translate(area.left() - widest - 18 - metrics.height() / 2, area.center().y())
    painter.rotate(-90)
    painter.drawText(
        QRectF(-area.height() / 2, -metrics.height() / 2, area.height(), metrics.height()),
        int(Qt.AlignmentFlag.AlignCenter),
        title,
    )
    painter.restore()


def _centred_text(painter: QPainter, x: float, top: float, text: str) -> None:
    metrics = QFontMetricsF(painter.font())
    width = metrics.horizontalAdvance(text) + 4
    painter.drawText(
        QRectF(x - width / 2, top, width, metrics.height()), int(Qt.AlignmentFlag.AlignCenter), text
    )


def _paint_rate(painter: QPainter, plot: Plot, chart: RateChart) -> None:
    area = plot.area
    _y_axis(painter, plot, chart.y_ticks, chart.y_title)
    text = _font(TEXT_PX)
    metrics = QFontMetricsF(text)
    painter.setFont(text)
    for tick in chart.x_ticks:
        x = plot.x(tick.value)
        painter.setPen(QPen(QColor(AXIS_COLOUR), 1.0))
        painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 4))
        painter.setPen(QColor(TICK_TEXT))
        _centred_text(painter, x, area.bottom() + 6, tick.label)
    _centred_text(painter, area.center().x(), area.bottom() + 8 + metrics.height(), chart.x_title)

    threshold = QPen(QColor(THRESHOLD_COLOUR), 1.5, Qt.PenStyle.DashLine)
    painter.setPen(threshold)
    y = plot.y(chart.threshold)
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))

    points = [QPointF(plot.x(p.x), plot.y(p.y)) for p in chart.points]
    line = QPen(QColor(LINE_COLOUR), LINE_WIDTH)
    line.setCapStyle(Qt.PenCapStyle.RoundCap)
    line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(line)
    painter.drawPolyline(QPolygonF(points))
    painter.setBrush(QColor(LINE_COLOUR))
    painter.setPen(Qt.PenStyle.NoPen)
    for point in points:
        painter.drawEllipse(point, MARKER_RADIUS, MARKER_RADIUS)
    if chart.labelled:
        painter.setFont(_font(SMALL_PX))
        painter.setPen(QColor(LINE_COLOUR))
        small = QFontMetricsF(painter.font()).height()
        for point, rate in zip(points, chart.points, strict=True):
            _centred_text(painter, point.x(), point.y() - 8 - small, rate.label)
    _legend(painter, plot, chart, line, threshold)


def _legend(painter: QPainter, plot: Plot, chart: RateChart, line: QPen, threshold: QPen) -> None:
    """A key in the bottom left corner, which a 0-100 % chart almost always leaves empty.

    A key rather than a label on the line: the line can run along the threshold."""
    font = _font(TEXT_PX - 1)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    left = plot.area.left() + 12
    for row, (pen, label, marker) in enumerate(
        ((line, chart.line_label, True), (threshold, chart.threshold_label, False))
    ):
        y = plot.area.bottom() - 12 - (1.5 - row) * (metrics.height() + 6)
        painter.setPen(pen)
        painter.drawLine(QPointF(left, y), QPointF(left + 28, y))
        if marker:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(LINE_COLOUR))
            painter.drawEllipse(QPointF(left + 14, y), MARKER_RADIUS, MARKER_RADIUS)
        painter.setPen(QColor(TICK_TEXT))
        painter.drawText(
            QRectF(left + 38, y - metrics.height() / 2, plot.area.width(), metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            label,
        )


def bar_colour(colour: str) -> QColor:
    """A code's colour if Qt can read it, else the neutral grey of "Unmarked"."""
    found = QColor(colour)
    return found if found.isValid() else QColor(UNMARKED_COLOUR)


def bar_rects(plot: Plot, chart: CodesChart) -> list[QRectF]:
    """Where each bar of ``chart`` is drawn (also for tests that read the picture back)."""
    slot = plot.area.width() / max(1, len(chart.bars))
    rects = []
    for number, bar in enumerate(chart.bars):
        centre = plot.area.left() + slot * (number + 0.5)
        top = plot.y(bar.count)
        rects.append(
            QRectF(centre - slot * BAR_SHARE / 2, top, slot * BAR_SHARE, plot.area.bottom() - top)
        )
    return rects


def _paint_codes(painter: QPainter, plot: Plot, chart: CodesChart) -> None:
    _y_axis(painter, plot, chart.y_ticks, chart.y_title)
    painter.setFont(_font(TEXT_PX))
    height = QFontMetricsF(painter.font()).height()
    for bar, rect in zip(chart.bars, bar_rects(plot, chart), strict=True):
        painter.fillRect(rect, bar_colour(bar.colour))
        painter.setPen(QColor(TITLE_COLOUR))
        count = i18n.number(bar.count)
        _centred_text(painter, rect.center().x(), rect.top() - 4 - height, count)
        painter.setPen(QColor(TICK_TEXT))
        _centred_text(painter, rect.center().x(), plot.area.bottom() + 6, bar.label)


def render_image(
    chart: Chart, width: int = WIDTH, height: int = HEIGHT, scale: float = 1.0
) -> QImage:
    """``chart`` painted on a white image of ``width`` x ``height`` logical pixels."""
    ensure_gui()
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor(BACKGROUND))
    painter = QPainter(image)
    try:
        paint(painter, QRectF(0, 0, width, height), chart)
    finally:
        painter.end()
    return image


def png_bytes(chart: Chart, scale: float = 1.0) -> bytes:
    """``chart`` as a PNG file's bytes (``scale`` 1: 800 x 450 pixels)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(render_image(chart, scale=scale)):
        raise RuntimeError(f"Qt could not make a PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())
