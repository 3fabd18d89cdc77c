"""The widget the Reports window shows a chart in: ``charts.paint`` on every repaint.

The chart is redrawn at the widget's own size (and the screen's pixel ratio),
so it stays sharp however the splitter is dragged; the same painting makes the
PNG of the command line and the image on the printed class summary.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from attendance_desktop import charts
from attendance_desktop.chart_content import Chart


class ChartView(QWidget):
    """Shows one chart (or nothing, before a report has loaded)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(240)

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.setAccessibleName(chart.title if chart is not None else "")
        self.setAccessibleDescription(chart.subtitle if chart is not None else "")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(charts.WIDTH, charts.HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.chart is None:
            return
        painter = QPainter(self)
        try:
            charts.paint(painter, QRectF(self.rect()), self.chart)
        finally:
            painter.end()
