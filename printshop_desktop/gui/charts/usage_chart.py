"""Filament used per week: one line per filament (the most used few), in its own colour."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time

import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...services.stock_history import UsageSeries
from .style import TEXT_COLOUR, filament_colour, line_colour, plot_widget

MOST_USED = 6
LEGEND_ROOM = 0.11


def timestamp(day: date) -> float:
    """A week's Monday (at noon UTC) as seconds since the epoch, for the date axis."""
    return datetime.combine(day, time(12), UTC).timestamp()


class UsageChart(QWidget):
    """Grams used per week over the last weeks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        axis = pg.DateAxisItem(orientation="bottom")
        self.plot = plot_widget(
            "Filament used per week", left="grams", axisItems={"bottom": axis}, parent=self
        )
        self.legend = self.plot.getPlotItem().addLegend(
            offset=(10, 10), labelTextColor=TEXT_COLOUR, brush=pg.mkBrush(255, 255, 255, 220)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.series: list[UsageSeries] = []

    def set_series(self, series: Sequence[UsageSeries]) -> None:
        """Draw the most used filaments."""
        item = self.plot.getPlotItem()
        item.clear()
        self.legend.clear()
        self.series = list(series)[:MOST_USED]
        for one in self.series:
            colour = line_colour(filament_colour(one.colour_hex))
            item.plot(
                [timestamp(day) for day in one.weeks],
                list(one.grams),
                pen=pg.mkPen(colour, width=2),
                symbol="o",
                symbolSize=5,
                symbolBrush=colour,
                symbolPen=colour,
                name=f"{one.short or one.label} · {one.total_g:,} g",
            )
        if self.series:
            peak = max(max(s.grams) for s in self.series) or 1
            headroom = 1.15 + LEGEND_ROOM * len(self.series)  # the legend sits above the lines
            item.setYRange(0, peak * headroom, padding=0)
            first, last = self.series[0].weeks[0], self.series[0].weeks[-1]
            item.setXRange(timestamp(first), timestamp(last), padding=0.03)
