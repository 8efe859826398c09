"""The Inventory tab: filament and products, each in its own filterable table."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ....services import inventory
from ....services.inventory import FilamentRow, ProductRow
from ...context import ShopContext
from ...forms.ui_inventory_tab import Ui_InventoryTab
from ...widgets.filtered_table import FilteredTable
from ..base_tab import BaseTab
from .table_models import FilamentTableModel, ProductTableModel

FILAMENT_EMPTY = (
    "No filament yet.\nOn an empty shop, File ▸ Load demo data adds sample filament and spools."
)
PRODUCT_EMPTY = (
    "No products yet.\nOn an empty shop, File ▸ Load demo data adds sample products and stock."
)


def _load_both(session: Session) -> tuple[list[FilamentRow], list[ProductRow]]:
    return inventory.list_filaments(session), inventory.list_products(session)


class InventoryTab(BaseTab):
    """Filament (grams on opened and unopened spools) and products (units on hand)."""

    title = "&Inventory"

    def __init__(self, context: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_InventoryTab()
        self.ui.setupUi(self)
        self.filaments = FilamentTableModel(self)
        self.products = ProductTableModel(self)
        self.ui.filamentTable.set_model(
            self.filaments, sort_column=FilamentTableModel.MATERIAL, empty_text=FILAMENT_EMPTY
        )
        self.ui.productTable.set_model(
            self.products, sort_column=ProductTableModel.NAME, empty_text=PRODUCT_EMPTY
        )
        self.ui.views.currentChanged.connect(lambda _: self.count_changed.emit())
        self._connect_counts()

    def tables(self) -> list[FilteredTable]:
        """Filament, then products."""
        return [self.ui.filamentTable, self.ui.productTable]

    def current_table(self) -> FilteredTable:
        """The table on the visible sub-tab."""
        return self.tables()[self.ui.views.currentIndex()]

    def show_products(self) -> None:
        """Switch to the products sub-view."""
        self.ui.views.setCurrentWidget(self.ui.productPage)

    def load(self) -> None:
        """Load filament and products in one unit of work."""
        self.fetch(_load_both, self._on_rows)

    def clear(self) -> None:
        """Forget the rows of a closed database."""
        self.filaments.set_rows([])
        self.products.set_rows([])

    def _on_rows(self, rows: tuple[list[FilamentRow], list[ProductRow]]) -> None:
        filaments, products = rows
        self.filaments.set_rows(filaments)
        self.products.set_rows(products)
        self._update_titles()

    def _update_titles(self) -> None:
        views = self.ui.views
        views.setTabText(0, f"Filament ({self.filaments.rowCount()})")
        views.setTabText(1, f"Products ({self.products.rowCount()})")
        low = sum(row.low for row in self.products.rows())
        views.setTabToolTip(1, f"{low} products at or below their reorder level" if low else "")



