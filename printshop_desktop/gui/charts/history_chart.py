"""Stock history of one product: its balance after each movement, as a step line up to now,
with its reorder level as a dashed line."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...services.ledger_view import LedgerLine
from .style import AXIS_COLOUR, plot_widget

LINE_COLOUR = "#1f7a8c"
REORDER_COLOUR = "#b06000"


def steps(lines: Sequence[LedgerLine], now: datetime) -> tuple[list[float], list[int]]:
    """The corners of a step line: each balance holds until the next movement, the last
    until ``now``."""
    xs: list[float] = []
    ys: list[int] = []
    for number, line in enumerate(lines):
        start = line.occurred_at.timestamp()
        end = lines[number + 1].occurred_at.timestamp() if number + 1 < len(lines) else None
        xs += [start, end if end is not None else max(now.timestamp(), start)]
        ys += [line.balance, line.balance]
    return xs, ys


class HistoryChart(QWidget):
    """Units on hand over time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        axis = pg.DateAxisItem(orientation="bottom")
        self.plot = plot_widget("Stock history", left="units", axisItems={"bottom": axis},
                                parent=self)  # fmt: skip
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.lines: list[LedgerLine] = []

    def set_history(
        self, title: str, lines: Sequence[LedgerLine], reorder_level: int = 0,
        now: datetime | None = None,
    ) -> None:  # fmt: skip
        """Draw one product's balance over time."""
        item = self.plot.getPlotItem()
        item.clear()
        item.setTitle(f"Stock history — {title}" if title else "Stock history", size="11pt")
        self.lines = list(lines)
        if not self.lines:
            return
        edges, balances = steps(self.lines, now or datetime.now(UTC))
        item.plot(
            edges,
            balances,
            pen=pg.mkPen(LINE_COLOUR, width=2),
            fillLevel=0,
            brush=pg.mkBrush(31, 122, 140, 40),
        )
        if reorder_level:
            line = pg.InfiniteLine(
                pos=reorder_level,
                angle=0,
                pen=pg.mkPen(REORDER_COLOUR, width=1, style=Qt.PenStyle.DashLine),
                label=f"reorder at {reorder_level}",
                labelOpts={"color": REORDER_COLOUR, "position": 0.05},
            )
            item.addItem(line)
        top = max([*balances, reorder_level, 1])
        item.setYRange(min([*balances, 0]), top * 1.2, padding=0)
        item.setXRange(edges[0], edges[-1], padding=0.02)
        item.getAxis("left").setPen(pg.mkPen(AXIS_COLOUR))
