"""Charts for the reports, as matplotlib ``Figure`` objects.  No Qt, no pyplot.

The figures are drawn with the object API only, so they render anywhere: to a
PNG with ``figure.savefig`` (Agg), or on screen once the Reports view puts them
in a ``FigureCanvasQTAgg``.  Each function can draw into a figure it is given
(the canvas's own), clearing it first, or make a new one.

- ``class_rate_figure``: a class's attendance rate per week (or day), 0-100 %,
  with the 90 % line below which the class's average is in chronic-absence
  territory.
- ``student_codes_figure``: a student's sessions per code, in the codes' own
  colours.

An empty report draws a plain sentence instead of empty axes.
"""

from __future__ import annotations

from datetime import date

from matplotlib.axes import Axes
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator, PercentFormatter

from attendance_desktop.reports import (
    CHRONIC_RATE_THRESHOLD,
    RateSeries,
    StudentHistory,
    describe_range,
    format_rate,
)

#: Size in inches at 100 dpi: 800 x 450 pixels, readable in a window or on a slide.
FIGURE_SIZE = (8.0, 4.5)
DPI = 100
TITLE_SIZE = 15
TEXT_SIZE = 11
LINE_COLOUR = "#1565C0"
THRESHOLD_COLOUR = "#C62828"
MUTED = "#555555"
UNMARKED_COLOUR = "#9E9E9E"
EMPTY_MESSAGE = "No registers taken in this period"

#: gid of the artists tests and the Qt view look for.
RATE_LINE = "attendance-rate"
THRESHOLD_LINE = "chronic-absence-threshold"
CODE_BARS = "code-bars"


def _fresh(figure: Figure | None) -> tuple[Figure, Axes]:
    if figure is None:
        figure = Figure(figsize=FIGURE_SIZE, dpi=DPI)
    else:
        figure.clear()
    figure.set_layout_engine("constrained", w_pad=0.15, h_pad=0.1)
    return figure, figure.add_subplot()


def _titles(figure: Figure, ax: Axes, title: str, subtitle: str) -> None:
    # Both lines are the axes' own, aligned with its left edge, so the layout engine
    # makes room for them whether or not the axes are drawn (the empty state).
    ax.set_title(title, fontsize=TITLE_SIZE, fontweight="bold", loc="left", pad=30)
    ax.annotate(
        subtitle, xy=(0, 1), xycoords="axes fraction", xytext=(0, 10),
        textcoords="offset points", fontsize=TEXT_SIZE, color=MUTED, va="bottom",
    )  # fmt: skip


def _plain(ax: Axes) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color("#BBBBBB")
    ax.tick_params(labelsize=TEXT_SIZE, colors="#333333")
    ax.set_axisbelow(True)


def _empty(ax: Axes, message: str = EMPTY_MESSAGE) -> None:
    ax.set_axis_off()
    ax.text(
        0.5, 0.5, message, ha="center", va="center", fontsize=TEXT_SIZE + 2, color=MUTED,
        transform=ax.transAxes,
    )  # fmt: skip


def _short_date(day: date) -> str:
    return f"{day.day} {day:%b}"


def class_rate_figure(series: RateSeries, figure: Figure | None = None) -> Figure:
    """A class's attendance rate over time: one point per week (or day) with marks."""
    figure, ax = _fresh(figure)
    per = "week" if series.bucket == "week" else "day"
    _titles(
        figure,
        ax,
        f"{series.class_name}: attendance by {per}",
        _rate_subtitle(series),
    )
    points = [p for p in series.points if p.rate is not None]
    if not points:
        _empty(ax)
        return figure
    _plain(ax)
    # Days as ordinals (plain numbers) keep the axis free of matplotlib's date units.
    days = [_bucket_start(p.first_day, per) for p in points]
    rates = [(p.rate or 0.0) * 100 for p in points]
    (line,) = ax.plot(
        days, rates, color=LINE_COLOUR, linewidth=2.5, marker="o", markersize=6, zorder=3
    )
    line.set_gid(RATE_LINE)
    threshold = CHRONIC_RATE_THRESHOLD * 100
    reference = ax.axhline(threshold, color=THRESHOLD_COLOUR, linestyle="--", linewidth=1.5)
    reference.set_gid(THRESHOLD_LINE)
    # A key rather than a label on the line: the line can run along the threshold, and
    # the bottom of a 0-100 % chart is almost always empty.
    line.set_label("Attendance rate")
    reference.set_label(f"{threshold:.0f}%: chronic absence threshold")
    ax.legend(loc="lower left", frameon=False, fontsize=TEXT_SIZE - 1)
    # A little room above 100 % for the labels of full weeks; ticks stop at 100 %.
    ax.set_ylim(0, 106)
    ax.yaxis.set_major_locator(FixedLocator([0, 20, 40, 60, 80, 90, 100]))
    ax.yaxis.set_major_formatter(PercentFormatter(xmax=100, decimals=0))
    ax.grid(axis="y", color="#E6E6E6", linewidth=0.8)
    ax.set_ylabel("Attendance rate", fontsize=TEXT_SIZE)
    ax.set_xlabel("Week beginning" if per == "week" else "Day", fontsize=TEXT_SIZE)
    first = min(series.first_day.toordinal(), days[0])
    last = max(series.last_day.toordinal(), days[-1])
    ax.xaxis.set_major_locator(FixedLocator(_monday_ticks(first, last)))
    if per == "week" and len(days) <= 14:
        for day, rate in zip(days, rates, strict=True):
            ax.annotate(
                f"{rate:.0f}%", (day, rate), xytext=(0, 8), textcoords="offset points",
                ha="center", fontsize=TEXT_SIZE - 2, color=LINE_COLOUR,
            )  # fmt: skip
    ax.xaxis.set_major_formatter(
        FuncFormatter(lambda value, _pos: _short_date(date.fromordinal(max(1, round(value)))))
    )
    # The whole range asked for, so weeks without registers show as a gap, not vanish.
    margin = 3 if per == "week" else 1
    ax.set_xlim(first - margin, last + margin)
    return figure


def _bucket_start(day: date, per: str) -> int:
    """Where a point goes: its day, or the Monday of its week (even when the range cut it)."""
    return day.toordinal() - (day.weekday() if per == "week" else 0)


def _rate_subtitle(series: RateSeries) -> str:
    span = describe_range(series.first_day, series.last_day)
    marked = sum(p.marked for p in series.points)
    if not marked:
        return span
    attended = sum(p.attended for p in series.points)
    return f"{span} · {format_rate(attended / marked)} of {marked:,} marked sessions attended"


def _monday_ticks(first: int, last: int, most: int = 9) -> list[int]:
    """Mondays (as ordinals) from ``first`` to ``last``, thinned to at most ``most``."""
    monday = first + (-date.fromordinal(first).weekday()) % 7
    mondays = list(range(monday, last + 1, 7)) or [first]
    step = -(-len(mondays) // most)
    return mondays[::step]


def student_codes_figure(history: StudentHistory, figure: Figure | None = None) -> Figure:
    """A student's sessions per code, each bar in its code's colour, with the count on it."""
    figure, ax = _fresh(figure)
    tally = history.tally
    _titles(
        figure,
        ax,
        f"{history.student_name}: marks by code",
        f"{describe_range(history.first_day, history.last_day)} · attended "
        f"{tally.attended} of {tally.marked} marked sessions ({format_rate(tally.rate)})"
        + (" · chronically absent" if tally.chronic else ""),
    )
    if not history.rows:
        _empty(ax)
        return figure
    _plain(ax)
    bars = [(t.code.label, t.count, _colour(t.code.colour)) for t in history.totals]
    if tally.unmarked:
        bars.append(("Unmarked", tally.unmarked, UNMARKED_COLOUR))
    labels = [label for label, _n, _c in bars]
    counts = [n for _l, n, _c in bars]
    container = ax.bar(
        labels, counts, color=[c for _l, _n, c in bars], width=0.6, edgecolor="none", zorder=3
    )
    for patch in container.patches:
        patch.set_gid(CODE_BARS)
    ax.bar_label(container, labels=[str(n) for n in counts], padding=3, fontsize=TEXT_SIZE)
    ax.set_ylabel("Sessions", fontsize=TEXT_SIZE)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(0, max(max(counts), 1) * 1.15)
    ax.grid(axis="y", color="#E6E6E6", linewidth=0.8)
    ax.tick_params(axis="x", length=0)
    return figure


def _colour(value: str) -> str:
    """The code's colour if matplotlib understands it, else a neutral grey."""
    try:
        to_rgba(value)
    except ValueError:
        return UNMARKED_COLOUR
    return value
