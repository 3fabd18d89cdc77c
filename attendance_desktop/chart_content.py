"""What the two report charts show, worked out without Qt: titles, points, bars, scales, ticks.

``charts`` paints these onto a widget, an image or a printed page; keeping the
decisions here (which weeks get a point, where the ticks go, what each label
says) lets them be tested as plain values and keeps every rendering alike.

- ``rate_chart``: a class's attendance rate per week (or day), 0-100 %, with
  the 90 % line at or below which a class's average is in chronic-absence
  territory (``reports.CHRONIC_RATE_THRESHOLD``).
- ``codes_chart``: a student's sessions per code, in the codes' own colours.

An empty report has no points or bars: the painter says ``EMPTY_MESSAGE`` instead.

Every label is in the reader's language: dates, numbers and percentages through
``i18n``, weeks starting on the reader's first day of the week (``i18n.first_weekday``,
as ``reports.rate_over_time`` groups them).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from attendance_desktop import i18n
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate
from attendance_desktop.reports import (
    CHRONIC_RATE_THRESHOLD,
    RateSeries,
    StudentHistory,
    day_month,
    describe_range,
    format_rate,
    week_start,
)

#: Shown through ``translate("Charts", EMPTY_MESSAGE)``.
EMPTY_MESSAGE = QT_TRANSLATE_NOOP("Charts", "No registers taken in this period")
#: The colour of the "Unmarked" bar, and of a code whose colour cannot be read.
UNMARKED_COLOUR = "#9E9E9E"
#: The rate axis runs a little above 100 % so full weeks have room for their labels.
RATE_AXIS_TOP = 106.0
RATE_TICKS = (0, 20, 40, 60, 80, 90, 100)
#: Rate points get their value written above them up to this many weeks.
LABELLED_WEEKS = 14
#: At most this many dates under the rate chart.
MOST_DATE_TICKS = 9


@dataclass(frozen=True)
class Tick:
    value: float
    label: str


@dataclass(frozen=True)
class RatePoint:
    """One period with marks: x is the day (an ordinal: the first day of its week), y a percent."""

    x: int
    y: float
    label: str


@dataclass(frozen=True)
class RateChart:
    title: str
    subtitle: str
    points: tuple[RatePoint, ...]
    #: Whether each point's value is written above it.
    labelled: bool
    x_min: float
    x_max: float
    x_ticks: tuple[Tick, ...]
    x_title: str
    y_max: float
    y_ticks: tuple[Tick, ...]
    y_title: str
    threshold: float
    line_label: str
    threshold_label: str

    @property
    def empty(self) -> bool:
        return not self.points


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    #: The code's colour as stored (a name or #RRGGBB); the painter falls back to grey.
    colour: str


@dataclass(frozen=True)
class CodesChart:
    title: str
    subtitle: str
    bars: tuple[Bar, ...]
    y_max: float
    y_ticks: tuple[Tick, ...]
    y_title: str

    @property
    def empty(self) -> bool:
        return not self.bars


Chart = RateChart | CodesChart


def rate_chart(series: RateSeries) -> RateChart:
    """A class's attendance rate over time: one point per week (or day) with marks."""
    weekly = series.bucket == "week"
    starts_on = i18n.first_weekday()
    points = tuple(
        RatePoint(
            _bucket_start(p.first_day, weekly, starts_on),
            p.rate * 100,
            i18n.percent(p.rate * 100, 0),
        )
        for p in series.points
        if p.rate is not None
    )
    first = series.first_day.toordinal()
    last = series.last_day.toordinal()
    if points:
        first, last = min(first, points[0].x), max(last, points[-1].x)
    # The whole range asked for, so weeks without registers show as a gap, not vanish.
    margin = 3 if weekly else 1
    threshold = CHRONIC_RATE_THRESHOLD * 100
    if weekly:
        title = translate("Charts", "{class_name}: attendance by week")
    else:
        title = translate("Charts", "{class_name}: attendance by day")
    threshold_label = translate("Charts", "{percent}: chronic absence threshold")
    return RateChart(
        title=title.format(class_name=series.class_name),
        subtitle=_rate_subtitle(series),
        points=points,
        labelled=weekly and len(points) <= LABELLED_WEEKS,
        x_min=first - margin,
        x_max=last + margin,
        x_ticks=tuple(
            Tick(day, day_month(date.fromordinal(day)))
            for day in week_ticks(first, last, starts_on=starts_on)
        ),
        x_title=translate("Charts", "Week beginning") if weekly else translate("Charts", "Day"),
        y_max=RATE_AXIS_TOP,
        y_ticks=tuple(Tick(value, i18n.percent(value, 0)) for value in RATE_TICKS),
        y_title=translate("Charts", "Attendance rate"),
        threshold=threshold,
        line_label=translate("Charts", "Attendance rate"),
        threshold_label=threshold_label.format(percent=i18n.percent(threshold, 0)),
    )


def _bucket_start(day: date, weekly: bool, starts_on: int) -> int:
    """Where a point goes: its day, or the first day of its week (even when the range cut it)."""
    return (week_start(day, starts_on) if weekly else day).toordinal()


def _rate_subtitle(series: RateSeries) -> str:
    span = describe_range(series.first_day, series.last_day)
    marked = sum(p.marked for p in series.points)
    if not marked:
        return span
    attended = sum(p.attended for p in series.points)
    rate = format_rate(attended / marked)
    subtitle = translate("Charts", "{range} · {rate} of %n marked sessions attended", None, marked)
    return subtitle.format(range=span, rate=rate)


def week_ticks(
    first: int, last: int, most: int = MOST_DATE_TICKS, starts_on: int | None = None
) -> list[int]:
    """The first days of the weeks (as ordinals) from ``first`` to ``last``, thinned to at
    most ``most``; weeks start on ISO weekday ``starts_on``, by default the reader's."""
    start = week_start(date.fromordinal(first), starts_on).toordinal()
    if start < first:
        start += 7
    starts = list(range(start, last + 1, 7)) or [first]
    step = -(-len(starts) // most)
    return starts[::step]


def codes_chart(history: StudentHistory) -> CodesChart:
    """A student's sessions per code, each bar in its code's colour, with the count on it."""
    tally = history.tally
    marked = tally.marked
    if tally.chronic:
        subtitle = translate(
            "Charts",
            "{range} · attended {attended} of %n marked sessions ({rate}) · chronically absent",
            None,
            marked,
        )
    else:
        subtitle = translate(
            "Charts",
            "{range} · attended {attended} of %n marked sessions ({rate})",
            None,
            marked,
        )
    subtitle = subtitle.format(
        range=describe_range(history.first_day, history.last_day),
        attended=i18n.number(tally.attended),
        rate=format_rate(tally.rate),
    )
    bars: list[Bar] = []
    if history.rows:
        bars = [Bar(t.code.label, t.count, t.code.colour) for t in history.totals]
        if tally.unmarked:
            bars.append(Bar(translate("Charts", "Unmarked"), tally.unmarked, UNMARKED_COLOUR))
    highest = max((bar.count for bar in bars), default=0)
    ticks = count_ticks(highest)
    return CodesChart(
        title=translate("Charts", "{student}: marks by code").format(student=history.student_name),
        subtitle=subtitle,
        bars=tuple(bars),
        # Room above the highest bar for its count.
        y_max=max(max(highest, 1) * 1.15, ticks[-1].value),
        y_ticks=ticks,
        y_title=translate("Charts", "Sessions"),
    )


def count_ticks(highest: int, most: int = 8) -> tuple[Tick, ...]:
    """Whole-number ticks from 0 up to ``highest`` or just above: steps of 1, 2, 5, 10, 20..."""
    highest = max(highest, 1)
    step, factors = 1, itertools.cycle((2, 2.5, 2))  # 1, 2, 5, 10, 20, 50, 100...
    while -(-highest // step) > most:
        step = round(step * next(factors))
    top = -(-highest // step) * step
    return tuple(Tick(value, i18n.number(value)) for value in range(0, top + 1, step))
