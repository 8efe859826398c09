"""Filament on hand by material and colour: one horizontal bar per filament in its own colour,
grouped by material, with the reorder level marked."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from ...services.inventory import FilamentRow
from .style import AXIS_COLOUR, filament_colour, outline_for, plot_widget

BAR_HEIGHT = 0.7
GROUP_GAP = 0.6


def layout_rows(rows: Sequence[FilamentRow]) -> list[tuple[float, FilamentRow]]:
    """Bar positions top to bottom: by material, then colour, with a gap between materials."""
    ordered = sorted(rows, key=lambda r: (r.material, r.colour_name.casefold(), r.brand))
    placed, y, material = [], 0.0, None
    for row in ordered:
        if material is not None and row.material != material:
            y += GROUP_GAP
        material = row.material
        placed.append((y, row))
        y += 1
    return placed


class StockChart(QWidget):
    """Grams on hand (opened + sealed) per filament."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = plot_widget(
            "Filament on hand", bottom="grams (dark mark: reorder level)", parent=self
        )
        self.plot.getPlotItem().invertY(True)
        self.plot.getPlotItem().showGrid(x=True, y=False, alpha=0.15)
        layout = pg.QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.bars: pg.BarGraphItem | None = None
        self.placed: list[tuple[float, FilamentRow]] = []

    def set_rows(self, rows: Sequence[FilamentRow]) -> None:
        """Draw the filaments."""
        item = self.plot.getPlotItem()
        item.clear()
        self.placed = layout_rows(rows)
        if not self.placed:
            self.bars = None
            return
        ys = [y for y, _ in self.placed]
        widths = [max(row.on_hand_g, 0) for _, row in self.placed]
        colours = [filament_colour(row.colour_hex) for _, row in self.placed]
        self.bars = pg.BarGraphItem(
            x0=0,
            y=ys,
            height=BAR_HEIGHT,
            width=widths,
            brushes=colours,
            pens=[pg.mkPen(outline_for(c)) for c in colours],
        )
        item.addItem(self.bars)
        self._reorder_marks()
        ticks = [(y, f"{row.material} · {row.colour_name}") for y, row in self.placed]
        axis = item.getAxis("left")
        axis.setTicks([ticks, []])
        metrics = QFontMetrics(axis.style["tickFont"] or self.font())
        axis.setWidth(max(metrics.horizontalAdvance(text) for _, text in ticks) + 16)
        item.setYRange(-0.6, ys[-1] + 0.6, padding=0)
        item.setXRange(0, max([*widths, *(r.reorder_level_g for _, r in self.placed), 1]) * 1.05)

    def _reorder_marks(self) -> None:
        marks = [(y, row.reorder_level_g) for y, row in self.placed if row.reorder_level_g]
        if not marks:
            return
        pen = pg.mkPen(AXIS_COLOUR, width=2, style=Qt.PenStyle.SolidLine)
        for y, level in marks:
            line = pg.PlotCurveItem(
                x=[level, level], y=[y - BAR_HEIGHT / 2, y + BAR_HEIGHT / 2], pen=pen
            )
            line.setToolTip(f"Reorder at {level:,} g")
            self.plot.getPlotItem().addItem(line)
