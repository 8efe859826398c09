"""The estimated timeline drawn as bars: one lane per printer, one bar per job, a time axis.

Printing jobs are blue, paused ones amber, queued ones grey-blue; a job expected to finish
after it is due has a red outline; a guessed print time is drawn hatched.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ....services.queue_plan import TimelineRow
from ...local_time import to_local

LANE = 30
AXIS = 24
LABEL = 110
COLOURS = {"printing": "#1a73e8", "paused": "#f9ab00", "queued": "#8ab4f8"}
STEPS_H = (1, 2, 3, 6, 12, 24, 48, 96, 168)


class TimelineChart(QWidget):
    """Paints :class:`TimelineRow`s; :meth:`set_rows` replaces them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TimelineRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(AXIS + LANE)

    def set_rows(self, rows: Sequence[TimelineRow]) -> None:
        """Draw these jobs."""
        self.rows = list(rows)
        self.setFixedHeight(AXIS + LANE * max(1, len(self._lanes())) + 6)
        self.update()

    def _lanes(self) -> list[str]:
        return sorted({r.printer for r in self.rows}, key=str.casefold)

    def sizeHint(self) -> QSize:
        """As wide as there is room; one lane per printer."""
        return QSize(600, AXIS + LANE * max(1, len(self._lanes())) + 6)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Lanes, axis, bars."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self.rows:
            painter.setPen(QColor("#5f6368"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No open jobs.")
            return
        start = min(r.start for r in self.rows)
        end = max(r.finish for r in self.rows)
        span = max((end - start).total_seconds(), 3600.0)
        width = max(1.0, self.width() - LABEL - 12)

        def x(moment: datetime) -> float:
            return LABEL + (moment - start).total_seconds() / span * width

        self._axis(painter, start, span, x)
        now = datetime.now(UTC)
        if start <= now <= end:
            painter.setPen(QPen(QColor("#b3261e"), 2))
            painter.drawLine(int(x(now)), AXIS - 6, int(x(now)), self.height())
            painter.drawText(
                QRectF(x(now) - 40, 0, 36, AXIS - 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                "now",
            )
        metrics = QFontMetrics(self.font())
        for number, lane in enumerate(self._lanes()):
            top = AXIS + number * LANE
            painter.setPen(QColor("#202124"))
            painter.drawText(
                QRectF(4, top, LABEL - 8, LANE),
                Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(lane, Qt.TextElideMode.ElideRight, LABEL - 8),
            )
            painter.setPen(QPen(QColor("#e8eaed")))
            painter.drawLine(LABEL, top + LANE, self.width(), top + LANE)
            for row in (r for r in self.rows if r.printer == lane):
                self._bar(
                    painter,
                    row,
                    QRectF(x(row.start), top + 4, max(3.0, x(row.finish) - x(row.start)), LANE - 8),
                    metrics,
                )
        painter.end()

    def _axis(self, painter: QPainter, start: datetime, span: float, x: object) -> None:
        hours = span / 3600
        step = next((s for s in STEPS_H if hours / s <= 8), STEPS_H[-1])
        local = to_local(start)
        tick = local.replace(minute=0, second=0, microsecond=0)
        if step >= 24:
            tick = tick.replace(hour=0)
        painter.setPen(QColor("#5f6368"))
        end = local + timedelta(seconds=span)
        while tick <= end:
            if tick >= local:
                pos = x(tick)  # type: ignore[operator]
                painter.drawLine(int(pos), AXIS - 4, int(pos), self.height())
                text = f"{tick:%a %H:%M}" if step < 24 else f"{tick:%a %d %b}"
                painter.drawText(
                    QRectF(pos + 3, 0, 120, AXIS - 4), Qt.AlignmentFlag.AlignVCenter, text
                )
            tick += timedelta(hours=step)

    def _bar(
        self, painter: QPainter, row: TimelineRow, rect: QRectF, metrics: QFontMetrics
    ) -> None:
        colour = QColor(COLOURS.get(row.state, "#8ab4f8"))
        painter.setPen(QPen(QColor("#b3261e"), 2) if row.late else Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 4, 4)
        if row.guessed:
            painter.setBrush(QBrush(QColor(255, 255, 255, 90), Qt.BrushStyle.BDiagPattern))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(rect, 4, 4)
        if rect.width() > 40:
            painter.setPen(QColor("#202124"))
            label = metrics.elidedText(
                row.label, Qt.TextElideMode.ElideRight, int(rect.width()) - 8
            )
            painter.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, label)
