"""The Low stock view: items at or below their reorder level, what to order, supplier links
that open in the browser, and the shopping list exported as CSV (written in a worker)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from sqlalchemy.orm import Session

from ....services import lowstock
from ...money import format_money
from ...table_model import Role
from .lowstock_model import LowStockLine, LowStockTableModel

if TYPE_CHECKING:
    from .tab import InventoryTab

EMPTY_TEXT = "Nothing is low. Items show here when they fall to their reorder level."
INTRO = (
    "Filament counts opened spools and sealed stock together. Orders bring bought-in items up "
    "to the order-up-to level (Edit ▸ Shop settings…), filament in whole spools."
)


def write_shopping_list(session: Session, path: Path) -> int:
    """Worker: the shopping list as CSV at ``path``; returns the number of lines."""
    lines = lowstock.shopping_list(session)
    with path.open("w", encoding="utf-8", newline="") as out:
        lowstock.write_shopping_csv(lines, out)
    return len(lines)


class LowStockPanel(QObject):
    """Fills the low stock table and exports the shopping list."""

    def __init__(self, tab: InventoryTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.model = LowStockTableModel(tab)
        self.file_dialog: QFileDialog | None = None
        ui = tab.ui
        ui.lowStockTable.set_model(self.model, sort_column=-1, empty_text=EMPTY_TEXT)
        ui.lowStockIntro.setText(INTRO)
        ui.lowStockIntro.setStyleSheet("color: #555;")
        ui.exportShoppingButton.clicked.connect(self.ask_export)
        ui.lowStockTable.view.clicked.connect(self.open_link)

    def set_lines(self, lines: list[LowStockLine]) -> None:
        """Show the low items and sum up the order."""
        self.model.set_rows(lines)
        orders = [line.order for line in lines if line.order is not None]
        total = sum(order.estimated_cents for order in orders)
        printed = [line for line in lines if line.item.kind == "finished_good"]
        units = sum(line.to_print for line in printed)
        parts = [f"<b>{len(orders)} to order</b>, about {format_money(total)}"] if orders else []
        if printed:
            noun = "product" if len(printed) == 1 else "products"
            parts.append(f"<b>{units} units to print</b> of {len(printed)} {noun}")
        self.tab.ui.shoppingSummary.setText(" · ".join(parts) if parts else "Nothing to order.")
        self.tab.ui.exportShoppingButton.setEnabled(bool(orders))

    def open_link(self, index: QModelIndex) -> None:
        """A click on a supplier opens its page in the browser."""
        line = index.data(Role.OBJECT)
        if index.column() != LowStockTableModel.SUPPLIER or not isinstance(line, LowStockLine):
            return
        if line.item.supplier_url:
            QDesktopServices.openUrl(QUrl(line.item.supplier_url))

    def ask_export(self) -> QFileDialog:
        """Export shopping list…: ask where (not blocking), then write it."""
        start = str(Path.home() / "shopping-list.csv")
        dialog = QFileDialog(self.tab, "Export shopping list", start, "CSV (*.csv)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda name: self.export(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export(self, path: Path) -> None:
        """Write the shopping list to ``path`` and say how it went."""
        self.tab.context.query(
            lambda session: write_shopping_list(session, path),
            lambda count: self.tab.notice.emit(f"Shopping list: {count} lines written to {path}"),
            lambda error: self.tab.notice.emit(f"The shopping list was not written: {error}"),
        )
