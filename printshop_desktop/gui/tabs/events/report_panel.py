"""The event report: headline figures (beside another event's when compared), products, charts.

A view only: the Events tab loads the reports and hands them to :meth:`ReportPanel.show_reports`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHeaderView, QWidget

from ....services import report_export
from ....services.events import EventRow
from ....services.reports import EventReport
from ...forms.ui_event_report_panel import Ui_ReportPanel
from ..queue.toolbar import buttons_to_toolbar
from .charts import draw_hours, draw_products
from .detail_models import FigureTableModel, ProductSalesTableModel

NO_COMPARISON = "No other event"
FIGURES = 7  # rows of report_export.compare


class ReportPanel(QWidget):
    """Figures, per-product table and the two charts of one event (and its comparison)."""

    compare_changed = Signal(object)  # the other event's id, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportPanel()
        self.ui.setupUi(self)
        buttons_to_toolbar(self.ui.reportButtons, "reportToolBar")
        self.figures = FigureTableModel(self)
        self.products = ProductSalesTableModel(self)
        self.ui.figureTable.set_model(self.figures, sort_column=-1, empty_text="No report yet.")
        self.ui.productTable.set_model(
            self.products,
            sort_column=ProductSalesTableModel.REVENUE,
            empty_text="Nothing packed or sold at this event yet.",
        )
        self.ui.productTable.view.sortByColumn(
            ProductSalesTableModel.REVENUE, Qt.SortOrder.DescendingOrder
        )
        self.ui.figureTable.filter_edit.hide()
        view = self.ui.figureTable.view
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        figures_height = (
            view.horizontalHeader().sizeHint().height()
            + FIGURES * view.verticalHeader().defaultSectionSize()
            + 2 * view.frameWidth()
            + 34  # the filter row's spacing (its box is hidden)
        )
        self.ui.figuresSplitter.setSizes([figures_height, 400])
        self.ui.figuresSplitter.setStretchFactor(1, 1)
        self.ui.reportSplitter.setSizes([620, 420])
        self.reports: tuple[EventReport, ...] = ()
        self._event_id: uuid.UUID | None = None
        self.ui.compareCombo.currentIndexChanged.connect(
            lambda _i: self.compare_changed.emit(self.ui.compareCombo.currentData())
        )
        self.show_reports([])

    def set_choices(self, events: Sequence[EventRow], current: uuid.UUID | None) -> None:
        """Offer the other events to compare with (keeps the choice if it is still there)."""
        combo = self.ui.compareCombo
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(NO_COMPARISON, None)
        for event in events:
            if event.id != current:
                combo.addItem(f"{event.name} ({event.starts_on:%b %Y})", event.id)
        index = next((i for i in range(combo.count()) if combo.itemData(i) == kept), 0)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        self._event_id = current

    def compare_with(self, event_id: uuid.UUID | None) -> None:
        """Choose the event to compare with (tests, keyboard)."""
        combo = self.ui.compareCombo
        index = next((i for i in range(combo.count()) if combo.itemData(i) == event_id), 0)
        combo.setCurrentIndex(index)

    def compared_id(self) -> uuid.UUID | None:
        """The event compared with, if any."""
        data = self.ui.compareCombo.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def show_reports(self, reports: Sequence[EventReport], currency: str = "EUR") -> None:
        """Show one report, or two side by side."""
        self.reports = tuple(reports)
        self.figures.currency = self.products.currency = currency
        first = reports[0] if reports else None
        second = reports[1] if len(reports) > 1 else None
        self.figures.set_names(
            first.name if first else "This event", second.name if second else None
        )
        self.figures.set_rows(report_export.compare(reports) if reports else [])
        view = self.ui.figureTable.view
        view.setColumnHidden(FigureTableModel.SECOND, second is None)
        view.setColumnHidden(FigureTableModel.DIFFERENCE, second is None)
        view.resizeColumnsToContents()
        self.products.set_rows(first.products if first else [])
        draw_hours(self.ui.hourPlot, reports)
        draw_products(self.ui.productPlot, reports)
        self.ui.csvButton.setEnabled(first is not None)
        self.ui.pdfButton.setEnabled(first is not None)

    def chart_images(self) -> list[QImage]:
        """The two charts as pictures (for the PDF)."""
        return [self.ui.hourPlot.grab().toImage(), self.ui.productPlot.grab().toImage()]
