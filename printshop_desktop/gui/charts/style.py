"""Shared look of the charts: white background, the app's greys, readable filament colours."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont

BACKGROUND = "w"
AXIS_COLOUR = "#5f6368"
TEXT_COLOUR = "#202124"
MISSING_COLOUR = "#9aa0a6"
LIGHT_LIMIT = 0.85


def plot_widget(title: str, *, left: str = "", bottom: str = "", **kwargs: object) -> pg.PlotWidget:
    """A PlotWidget with a title, axis labels, a light grid, no mouse zoom surprises."""
    widget = pg.PlotWidget(background=BACKGROUND, **kwargs)
    item = widget.getPlotItem()
    item.setTitle(title, color=TEXT_COLOUR, size="11pt")
    item.showGrid(x=False, y=True, alpha=0.15)
    item.setMenuEnabled(False)
    item.hideButtons()
    widget.setMouseEnabled(x=False, y=False)
    font = QFont()
    font.setPointSize(8)
    for name, text in (("left", left), ("bottom", bottom)):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(AXIS_COLOUR))
        axis.setTextPen(pg.mkPen(TEXT_COLOUR))
        axis.setStyle(tickFont=font)
        if text:
            axis.setLabel(text, color=AXIS_COLOUR)
    return widget


def filament_colour(hex_colour: str) -> QColor:
    """The filament's colour (grey when the code is not a colour)."""
    colour = QColor(hex_colour)
    return colour if colour.isValid() else QColor(MISSING_COLOUR)


def outline_for(colour: QColor) -> QColor:
    """A darker edge, so white and pale filaments still show on white."""
    return colour.darker(160) if colour.lightnessF() > LIGHT_LIMIT else colour.darker(125)


def line_colour(colour: QColor) -> QColor:
    """A line colour that shows on white: pale filaments are drawn darker."""
    return colour.darker(170) if colour.lightnessF() > LIGHT_LIMIT else colour
