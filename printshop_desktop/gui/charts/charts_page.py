"""The Charts view of the Inventory tab: filament on hand, filament used per week, and the
stock history of the product chosen (the one selected in Products, or picked here)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QWidget
from sqlalchemy.orm import Session

from ...services import ledger_view, stock_history
from ...services.inventory import FilamentRow, ProductRow
from ...services.ledger_view import LedgerLine
from ..context import ShopContext
from ..runner import Task
from .history_chart import HistoryChart
from .stock_chart import StockChart
from .usage_chart import UsageChart

WEEKS = 12
T = TypeVar("T")


class ChartsPage(QWidget):
    """Three charts; data arrives from the tab (rows it has) and the database lane."""

    def __init__(self, context: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartsPageContent")
        self.context = context
        self.stock = StockChart(self)
        self.usage = UsageChart(self)
        self.history = HistoryChart(self)
        self.product_combo = QComboBox(self)
        self.product_combo.setObjectName("chartProductCombo")
        self.product_combo.setMinimumContentsLength(30)
        self.products: dict[str, ProductRow] = {}
        self._tasks: list[Task] = []
        picker = QHBoxLayout()
        label = QLabel("Stock history of:", self)
        label.setBuddy(self.product_combo)
        picker.addWidget(label)
        picker.addWidget(self.product_combo)
        picker.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.addWidget(self.stock, 0, 0)
        grid.addWidget(self.usage, 0, 1)
        grid.addLayout(picker, 1, 0, 1, 2)
        grid.addWidget(self.history, 2, 0, 1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(2, 2)
        self.product_combo.currentIndexChanged.connect(lambda _: self.load_history())

    def set_inventory(
        self, filaments: Sequence[FilamentRow], products: Sequence[ProductRow]
    ) -> None:
        """Redraw from the tab's rows and read the usage and history again."""
        self.stock.set_rows(filaments)
        combo = self.product_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        self.products = {str(p.id): p for p in products}
        for product in sorted(products, key=lambda p: p.sku):
            combo.addItem(f"{product.sku} · {product.name}", str(product.id))
        index = combo.findData(chosen) if chosen else -1
        combo.setCurrentIndex(max(index, 0) if combo.count() else -1)
        combo.blockSignals(False)
        self._query(
            lambda session: stock_history.filament_usage(session, weeks=WEEKS),
            self.usage.set_series,
        )
        self.load_history()

    def select_product(self, product_id: uuid.UUID | None) -> None:
        """Show the history of ``product_id`` (the product selected elsewhere)."""
        index = self.product_combo.findData(str(product_id)) if product_id else -1
        if index >= 0 and index != self.product_combo.currentIndex():
            self.product_combo.setCurrentIndex(index)

    def load_history(self) -> None:
        """Read the chosen product's ledger and draw it."""
        product = self.products.get(self.product_combo.currentData() or "")
        if product is None:
            self.history.set_history("", [])
            return
        product_id = product.id
        title = f"{product.sku} · {product.name}"
        self._query(
            lambda session: ledger_view.item_ledger(session, product_id=product_id),
            lambda lines: self._show_history(product_id, title, lines, product.reorder_level),
        )

    def _show_history(
        self, product_id: uuid.UUID, title: str, lines: list[LedgerLine], reorder_level: int
    ) -> None:
        current = self.products.get(self.product_combo.currentData() or "")
        if current is not None and current.id == product_id:
            self.history.set_history(title, lines, reorder_level)

    def _query(self, work: Callable[[Session], T], on_done: Callable[[T], None]) -> None:
        task = self.context.query(work, on_done, self._failed)
        self._tasks = [t for t in self._tasks if not t.finished]
        if task is not None and not task.finished:
            self._tasks.append(task)

    def _failed(self, error: Exception) -> None:
        self.history.plot.getPlotItem().setTitle(f"Could not load the charts: {error}")

    def dispose(self) -> None:
        """Drop pending reads (the tab is going)."""
        for task in self._tasks:
            task.cancel()
        self._tasks.clear()
