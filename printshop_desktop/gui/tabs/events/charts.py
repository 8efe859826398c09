"""The report's two charts (pyqtgraph): takings by hour of day, and units sold per product.

A second event, when compared, is drawn beside the first in grey.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QFontMetrics

from ....services.reports import EventReport
from ...local_time import to_local

if TYPE_CHECKING:  # pyqtgraph loads when a chart is first drawn, not at start-up
    import pyqtgraph as pg

FIRST_COLOUR = "#1a73e8"
SECOND_COLOUR = "#9aa0a6"
MAX_PRODUCTS = 10


def style(plot: pg.PlotWidget, title: str) -> None:
    """White background, a title, no mouse zooming (a report, not a tool)."""
    plot.setBackground("w")
    plot.setTitle(title, color="#202124", size="10pt")
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setPen("#5f6368")
        axis.setTextPen("#202124")


def by_hour(report: EventReport) -> dict[int, int]:
    """Cents taken per local hour of the day (days of a longer event added up)."""
    hours: dict[int, int] = {}
    for hour, _units, cents in report.sales_by_hour:
        local = to_local(hour).hour
        hours[local] = hours.get(local, 0) + cents
    return hours


def _legend(plot: pg.PlotWidget, reports: Sequence[EventReport]) -> pg.LegendItem | None:
    """A legend naming the two events (none for one)."""
    legend = plot.getPlotItem().legend
    if legend is not None:
        legend.clear()
        legend.setVisible(len(reports) > 1)
    if len(reports) < 2:
        return None
    if legend is None:
        legend = plot.addLegend(offset=(56, 4), labelTextColor="#202124", brush="#ffffffcc")
    return legend


def draw_hours(plot: pg.PlotWidget, reports: Sequence[EventReport]) -> None:
    """Bars of takings (in the currency's main unit) per hour of day."""
    import pyqtgraph as pg

    plot.clear()
    style(plot, "Takings by hour of day")
    legend = _legend(plot, reports)
    series = [by_hour(r) for r in reports]
    hours = sorted({h for s in series for h in s})
    width = 0.8 / max(1, len(series))
    for number, values in enumerate(series):
        if not values:
            continue
        xs = [h - 0.4 + width * (number + 0.5) for h in hours]
        heights = [values.get(h, 0) / 100 for h in hours]
        colour = FIRST_COLOUR if number == 0 else SECOND_COLOUR
        bars = pg.BarGraphItem(x=xs, height=heights, width=width, brush=colour, pen=None)
        plot.addItem(bars)
        if legend is not None:
            legend.addItem(bars, reports[number].name)
    plot.getAxis("bottom").setTicks([[(h, f"{h:02d}:00") for h in hours]])
    tallest = max((v for s in series for v in s.values()), default=0) / 100
    if legend is not None and tallest:
        plot.setYRange(0, tallest * 1.35, padding=0)  # room for the legend above the bars
    else:
        plot.enableAutoRange(axis="y")
    left = plot.getAxis("left")
    left.setTicks(None)
    left.setWidth(48)


def draw_products(plot: pg.PlotWidget, reports: Sequence[EventReport]) -> None:
    """Horizontal bars of units sold for the best-selling products of the first event."""
    import pyqtgraph as pg

    plot.clear()
    style(plot, "Units sold per product")
    if not reports:
        return
    top = [p for p in reports[0].products if p.units_sold][:MAX_PRODUCTS]
    if not top:
        top = list(reports[0].products[:MAX_PRODUCTS])
    skus = [p.sku for p in reversed(top)]
    names = {p.sku: p.name for p in top}
    height = 0.8 / max(1, len(reports))
    for number, report in enumerate(reports):
        sold = {p.sku: p.units_sold for p in report.products}
        ys = [i - 0.4 + height * (number + 0.5) for i in range(len(skus))]
        widths = [sold.get(sku, 0) for sku in skus]
        colour = FIRST_COLOUR if number == 0 else SECOND_COLOUR
        plot.addItem(
            pg.BarGraphItem(x0=0, y=ys, height=height, width=widths, brush=colour, pen=None)
        )
    labels = [(i, _short(names[sku])) for i, sku in enumerate(skus)]
    left = plot.getAxis("left")
    left.setTicks([labels])
    metrics = QFontMetrics(plot.font())
    left.setWidth(max((metrics.horizontalAdvance(text) for _i, text in labels), default=20) + 14)
    plot.getAxis("bottom").setTicks(None)


def _short(name: str, limit: int = 22) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
