"""Charts: they render to PNG, plot one point per period and one bar per code, say when empty."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from attendance_desktop import charts, demo, reports
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


def history(counts: dict[int | None, int]) -> StudentHistory:
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
        codes=CODES,
        rows=rows,
        tally=Tally.of(counts, {c.id: c for c in CODES}),
    )


def lines_with(figure: Figure, gid: str) -> list[Line2D]:
    return [line for line in figure.axes[0].get_lines() if line.get_gid() == gid]


def all_text(figure: Figure) -> str:
    return " ".join(t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text")))


def test_class_chart_one_point_per_week_and_the_threshold(tmp_path: Path) -> None:
    weeks = [
        (date(2026, 9, 7), 125, 120),
        (date(2026, 9, 14), 125, 118),
        (date(2026, 9, 21), 125, 100),
        (date(2026, 10, 5), 125, 123),  # a week with no registers before it: a gap
    ]
    figure = charts.class_rate_figure(series(weeks))
    (line,) = lines_with(figure, charts.RATE_LINE)
    ys = list(line.get_ydata())  # type: ignore[arg-type]
    assert ys == pytest.approx([96.0, 94.4, 80.0, 98.4])
    assert list(line.get_xdata()) == [d.toordinal() for d, _m, _a in weeks]  # type: ignore[arg-type]
    (threshold,) = lines_with(figure, charts.THRESHOLD_LINE)
    assert list(threshold.get_ydata()) == [90, 90]  # type: ignore[arg-type]
    ax = figure.axes[0]
    assert ax.get_ylim() == (0, 106)
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "100%"
    text = all_text(figure)
    assert "chronic absence threshold" in text
    assert "10X Geography: attendance by week" in text
    assert "7 Sep 2026 to 27 Nov 2026" in text
    # Each point labelled with its rate; the axis in local dates.
    assert "80%" in text and "96%" in text
    figure.savefig(tmp_path / "class.png")
    assert (tmp_path / "class.png").read_bytes().startswith(PNG)
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert "7 Sep" in labels and "5 Oct" in labels


def test_class_chart_by_day_has_a_point_per_day() -> None:
    days = [(date(2026, 9, d), 25, 24) for d in (7, 8, 9, 10, 11, 14, 15)]
    figure = charts.class_rate_figure(series(days, bucket="day"))
    (line,) = lines_with(figure, charts.RATE_LINE)
    assert len(line.get_xdata()) == 7  # type: ignore[arg-type]
    assert "attendance by day" in all_text(figure)


def test_class_chart_empty_state(tmp_path: Path) -> None:
    figure = charts.class_rate_figure(series([]))
    assert lines_with(figure, charts.RATE_LINE) == []
    assert charts.EMPTY_MESSAGE in all_text(figure)
    assert not figure.axes[0].axison
    figure.savefig(tmp_path / "empty.png")
    assert (tmp_path / "empty.png").read_bytes().startswith(PNG)


def test_student_chart_one_bar_per_code_in_its_colour(tmp_path: Path) -> None:
    figure = charts.student_codes_figure(history({1: 30, 2: 2, 3: 4, 4: 3, None: 1}))
    bars = [p for p in figure.axes[0].patches if isinstance(p, Rectangle)]
    assert [p.get_gid() for p in bars] == [charts.CODE_BARS] * 5
    assert [round(p.get_height()) for p in bars] == [30, 2, 4, 3, 1]
    colours = [to_hex(p.get_facecolor()).upper() for p in bars]
    assert colours == ["#2E7D32", "#C62828", "#EF6C00", "#1565C0", charts.UNMARKED_COLOUR]
    labels = [t.get_text() for t in figure.axes[0].get_xticklabels()]
    assert labels == ["Present", "Absent", "Late", "Excused", "Unmarked"]
    text = all_text(figure)
    assert "Ada Abbott: marks by code" in text
    assert "34 of 39 marked sessions (87.2%)" in text and "chronically absent" in text
    for count in ("30", "2", "4", "3", "1"):
        assert count in text.split()
    figure.savefig(tmp_path / "student.png")
    assert (tmp_path / "student.png").read_bytes().startswith(PNG)


def test_student_chart_without_unmarked_rows_and_with_a_bad_colour() -> None:
    odd = Code(5, "X", "Off site", "excused", False, "X", "not-a-colour", 50)
    report = history({1: 10})
    report = StudentHistory(**{**report.__dict__, "codes": (P, odd)})
    figure = charts.student_codes_figure(report)
    bars = [p for p in figure.axes[0].patches if isinstance(p, Rectangle)]
    assert len(bars) == 2
    assert to_hex(bars[1].get_facecolor()).upper() == charts.UNMARKED_COLOUR
    assert "chronically absent" not in all_text(figure)


def test_student_chart_empty_state() -> None:
    figure = charts.student_codes_figure(history({}))
    assert charts.EMPTY_MESSAGE in all_text(figure)
    assert [p for p in figure.axes[0].patches if p.get_gid() == charts.CODE_BARS] == []


def test_drawing_into_an_existing_figure_replaces_what_was_there() -> None:
    figure = Figure()
    charts.student_codes_figure(history({1: 3}), figure)
    same = charts.class_rate_figure(series([(date(2026, 9, 7), 10, 9)]), figure)
    assert same is figure
    assert len(figure.axes) == 1
    assert not [p for p in figure.axes[0].patches if p.get_gid() == charts.CODE_BARS]
    assert len(lines_with(figure, charts.RATE_LINE)) == 1


def test_charts_from_the_demo_school(engine: Engine, tmp_path: Path) -> None:
    today = date(2026, 11, 24)
    with Session(engine) as session, session.begin():
        demo.load_demo_school(session, today=today, tz=LONDON.zone)
    with Session(engine) as session:
        weekly = reports.rate_over_time(session, 1, date(2026, 11, 2), today, LONDON)
        student = reports.class_summary(session, 1, date(2026, 11, 2), today, LONDON).rows[0]
        marks = reports.student_history(
            session, student.student_id, date(2026, 11, 2), today, LONDON
        )
    figure = charts.class_rate_figure(weekly)
    (line,) = lines_with(figure, charts.RATE_LINE)
    assert len(line.get_xdata()) == len(weekly.points) == 4  # type: ignore[arg-type]
    figure.savefig(tmp_path / "class.png")
    bars = charts.student_codes_figure(marks)
    heights = [round(p.get_height()) for p in bars.axes[0].patches]
    assert sum(heights) == len(marks.rows)
    bars.savefig(tmp_path / "student.png")
