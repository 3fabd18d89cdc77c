"""Charts: what they show (Qt-free, ``chart_content``) and how Qt paints it (``charts``).

The content is checked as plain values: one point per period, one bar per
code, the 90 % threshold, ticks and labels.  The painting is checked on the
pixels: the threshold's red at its height, each bar in its code's colour.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from attendance_desktop import chart_content, charts, demo, reports
from attendance_desktop.chart_content import codes_chart, count_ticks, rate_chart, week_ticks
from attendance_desktop.reports import (
    HistoryRow,
    RatePoint,
    RateSeries,
    SchoolCalendar,
    StudentHistory,
    Tally,
)
from attendance_desktop.rules import Code

LONDON = SchoolCalendar.named("Europe/London")
P = Code(1, "P", "Present", "present", True, "P", "#2E7D32", 10)
A = Code(2, "A", "Absent", "absent", False, "A", "#C62828", 20)
L = Code(3, "L", "Late", "late", True, "L", "#EF6C00", 30)
E = Code(4, "E", "Excused", "excused", False, "E", "#1565C0", 40)
CODES = (P, A, L, E)
PNG = b"\x89PNG\r\n\x1a\n"
WEEKS = [
    (date(2026, 9, 7), 125, 120),
    (date(2026, 9, 14), 125, 118),
    (date(2026, 9, 21), 125, 100),
    (date(2026, 10, 5), 125, 123),  # a week with no registers before it: a gap
]


def series(points: list[tuple[date, int, int]], bucket: str = "week") -> RateSeries:
    return RateSeries(
        school_name="Hillside School",
        calendar=LONDON,
        class_id=1,
        class_name="10X Geography",
        first_day=date(2026, 9, 7),
        last_day=date(2026, 11, 27),
        bucket=bucket,  # type: ignore[arg-type]
        points=tuple(RatePoint(day, day, marked, attended) for day, marked, attended in points),
    )


def history(counts: dict[int | None, int], codes: tuple[Code, ...] = CODES) -> StudentHistory:
    start = datetime(2026, 9, 7, 8, 0, tzinfo=UTC)
    rows = tuple(
        HistoryRow(n, n, start.date(), start, "Maths", None, None, "")
        for n in range(sum(counts.values()))
    )
    return StudentHistory(
        school_name="Hillside School",
        calendar=LONDON,
        student_id=1,
        student_name="Ada Abbott",
        source_id=None,
        first_day=date(2026, 9, 1),
        last_day=date(2026, 12, 18),
        codes=codes,
        rows=rows,
        tally=Tally.of(counts, {c.id: c for c in CODES}),
    )


# --- what the charts show (no Qt) ---------------------------------------------------------------


def test_class_chart_one_point_per_week_and_the_threshold() -> None:
    chart = rate_chart(series(WEEKS))
    assert [p.y for p in chart.points] == pytest.approx([96.0, 94.4, 80.0, 98.4])
    assert [p.x for p in chart.points] == [d.toordinal() for d, _m, _a in WEEKS]
    assert [p.label for p in chart.points] == ["96%", "94%", "80%", "98%"]
    assert chart.labelled
    assert chart.threshold == pytest.approx(reports.CHRONIC_RATE_THRESHOLD * 100) == 90
    assert chart.threshold_label == "90%: chronic absence threshold"
    assert chart.y_max == 106
    assert [t.label for t in chart.y_ticks] == ["0%", "20%", "40%", "60%", "80%", "90%", "100%"]
    assert chart.title == "10X Geography: attendance by week"
    assert chart.subtitle.startswith("7 Sept 2026 to 27 Nov 2026 · 92.2% of 500 marked")
    assert (chart.x_title, chart.y_title) == ("Week beginning", "Attendance rate")
    labels = [t.label for t in chart.x_ticks]
    assert labels[:3] == ["7 Sept", "21 Sept", "5 Oct"]  # 12 Mondays thinned to every other
    # The whole range, with a little room either side.
    assert chart.x_min == date(2026, 9, 4).toordinal()
    assert chart.x_max == date(2026, 11, 30).toordinal()


def test_class_chart_by_day_has_a_point_per_day() -> None:
    days = [(date(2026, 9, d), 25, 24) for d in (7, 8, 9, 10, 11, 14, 15)]
    chart = rate_chart(series(days, bucket="day"))
    assert len(chart.points) == 7
    assert chart.title.endswith("attendance by day") and chart.x_title == "Day"
    assert not chart.labelled


def test_a_week_cut_by_the_range_is_plotted_at_its_monday() -> None:
    thursday = date(2026, 9, 10)
    chart = rate_chart(series([(thursday, 10, 9)]))
    assert chart.points[0].x == date(2026, 9, 7).toordinal()


def test_ticks() -> None:
    assert week_ticks(date(2026, 9, 9).toordinal(), date(2026, 9, 30).toordinal()) == [
        date(2026, 9, d).toordinal() for d in (14, 21, 28)
    ]
    assert len(week_ticks(date(2026, 1, 1).toordinal(), date(2026, 12, 31).toordinal())) <= 9
    assert [t.value for t in count_ticks(31)] == [0, 5, 10, 15, 20, 25, 30, 35]
    assert [t.value for t in count_ticks(8)] == list(range(9))
    assert [t.value for t in count_ticks(0)] == [0, 1]
    assert [t.value for t in count_ticks(250)] == [0, 50, 100, 150, 200, 250]


def test_class_chart_empty_state() -> None:
    chart = rate_chart(series([]))
    assert chart.empty and chart.points == ()
    assert chart.subtitle == "7 Sept 2026 to 27 Nov 2026"


def test_student_chart_one_bar_per_code() -> None:
    chart = codes_chart(history({1: 30, 2: 2, 3: 4, 4: 3, None: 1}))
    assert [(b.label, b.count, b.colour) for b in chart.bars] == [
        ("Present", 30, "#2E7D32"),
        ("Absent", 2, "#C62828"),
        ("Late", 4, "#EF6C00"),
        ("Excused", 3, "#1565C0"),
        ("Unmarked", 1, chart_content.UNMARKED_COLOUR),
    ]
    assert chart.title == "Ada Abbott: marks by code"
    assert "34 of 39 marked sessions (87.2%)" in chart.subtitle
    assert chart.subtitle.endswith("chronically absent")
    assert chart.y_max >= 30 * 1.15 and chart.y_title == "Sessions"
    assert codes_chart(history({})).empty


# --- how Qt paints them --------------------------------------------------------------------------


def colour_at(image: QImage, x: float, y: float) -> str:
    return QColor(image.pixel(round(x), round(y))).name().upper()


def distance(colour: QColor, wanted: str) -> int:
    target = QColor(wanted)
    return (
        abs(colour.red() - target.red())
        + abs(colour.green() - target.green())
        + abs(colour.blue() - target.blue())
    )


def nearest_row(image: QImage, x: int, wanted: str) -> tuple[int, int]:
    """The row of column ``x`` whose pixel is nearest ``wanted``, and how near (0: the same)."""
    return min(
        ((y, distance(QColor(image.pixel(x, y)), wanted)) for y in range(image.height())),
        key=lambda found: found[1],
    )


def test_the_threshold_is_red_at_ninety_percent(qapp: Any) -> None:
    chart = rate_chart(series(WEEKS))
    image = charts.render_image(chart)
    assert (image.width(), image.height()) == (charts.WIDTH, charts.HEIGHT)
    plot = charts.plot_area(chart, QRectF(0, 0, charts.WIDTH, charts.HEIGHT))
    # Along the dashed line, away from the rate line and its labels, the red is at 90 %.
    first = int(plot.x(date(2026, 10, 20).toordinal()))
    found = [nearest_row(image, x, charts.THRESHOLD_COLOUR) for x in range(first, first + 60)]
    rows = [y for y, away in found if away < 40]
    assert len(rows) > 20  # a dashed line: red more often than not
    assert all(abs(y - plot.y(90)) <= 1.5 for y in rows)
    # Each point sits on its rate, in the line's colour.
    for point in chart.points:
        centre = QColor(image.pixel(round(plot.x(point.x)), round(plot.y(point.y))))
        assert distance(centre, charts.LINE_COLOUR) < 40


def test_bars_in_their_codes_colours(qapp: Any) -> None:
    odd = Code(5, "X", "Off site", "excused", False, "X", "not-a-colour", 50)
    chart = codes_chart(history({1: 10, 5: 2}, codes=(P, odd)))
    image = charts.render_image(chart)
    plot = charts.plot_area(chart, QRectF(0, 0, charts.WIDTH, charts.HEIGHT))
    rects = charts.bar_rects(plot, chart)
    assert len(rects) == 2 and rects[0].height() == pytest.approx(5 * rects[1].height())
    assert colour_at(image, rects[0].center().x(), rects[0].center().y()) == "#2E7D32"
    # A colour Qt cannot read is drawn in the neutral grey.
    assert colour_at(image, rects[1].center().x(), rects[1].center().y()) == (
        chart_content.UNMARKED_COLOUR
    )


def test_png_at_any_scale(qapp: Any, tmp_path: Path) -> None:
    for chart in (rate_chart(series(WEEKS)), rate_chart(series([])), codes_chart(history({}))):
        data = charts.png_bytes(chart)
        assert data.startswith(PNG)
    big = QImage.fromData(charts.png_bytes(rate_chart(series(WEEKS)), scale=2.5))
    assert (big.width(), big.height()) == (2000, 1125)


def test_charts_from_the_demo_school(engine: Engine, qapp: Any) -> None:
    today = date(2026, 11, 24)
    with Session(engine) as session, session.begin():
        demo.load_demo_school(session, today=today, tz=LONDON.zone)
    with Session(engine) as session:
        weekly = reports.rate_over_time(session, 1, date(2026, 11, 2), today, LONDON)
        student = reports.class_summary(session, 1, date(2026, 11, 2), today, LONDON).rows[0]
        marks = reports.student_history(
            session, student.student_id, date(2026, 11, 2), today, LONDON
        )
    assert len(rate_chart(weekly).points) == len(weekly.points) == 4
    bars = codes_chart(marks)
    assert sum(bar.count for bar in bars.bars) == len(marks.rows)
    assert charts.png_bytes(bars).startswith(PNG)


def test_the_command_line_draws_with_no_display(tmp_path: Path) -> None:
    """``report ... --chart`` makes its own offscreen QGuiApplication, whatever the environment."""
    out = tmp_path / "chart.png"
    script = (
        "import sys; from datetime import date; from pathlib import Path\n"
        "from attendance_desktop import report_cli, reports\n"
        "from attendance_desktop.reports import RatePoint, RateSeries, SchoolCalendar\n"
        "s = RateSeries('', SchoolCalendar.named('Europe/London'), 1, '7A', date(2026, 9, 7),"
        " date(2026, 9, 30), 'week', (RatePoint(date(2026, 9, 7), date(2026, 9, 7), 10, 9),))\n"
        "report_cli._draw(s, Path(sys.argv[1]))\n"
    )
    environment = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY",
                                                                    "WAYLAND_DISPLAY")}  # fmt: skip
    subprocess.run([sys.executable, "-c", script, str(out)], env=environment, check=True,
                   timeout=60)  # fmt: skip
    image = QImage(str(out))
    assert (image.width(), image.height()) == (charts.WIDTH, charts.HEIGHT)
