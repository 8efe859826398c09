"""A pyqtgraph plot made on first use, for charts that sit in Designer forms.

Importing pyqtgraph and building plot widgets costs a quarter of a second; a form that only
shows its chart later (the event report) should not pay that when the window opens. Designer
forms promote a placeholder to ``PlotWidget`` from this module; the real
``pyqtgraph.PlotWidget`` is created inside it when a chart method is first called, and
attribute access is forwarded to it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPlotWidget(QWidget):
    """Stands in for ``pyqtgraph.PlotWidget`` until a chart is drawn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._plot: Any = None

    @property
    def plot_widget(self) -> Any:
        """The real pyqtgraph plot (created now if it was not yet)."""
        if self._plot is None:
            import pyqtgraph

            self._plot = pyqtgraph.PlotWidget(self)
            self.layout().addWidget(self._plot)
        return self._plot

    def __getattr__(self, name: str) -> Any:
        # Only called for names QWidget does not have: those are pyqtgraph's.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.plot_widget, name)


PlotWidget = LazyPlotWidget
