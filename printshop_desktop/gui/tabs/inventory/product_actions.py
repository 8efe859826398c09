"""What can be done on the Products view: new, edit, archive; count, transfer, waste and
made (each a movement, nothing overwritten); history and bin labels."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ....services import inventory
from ....services.inventory import ProductRow
from ...dialogs.labels_dialog import LabelKind
from ...dialogs.product_dialog import ProductDialog
from ...dialogs.stock_dialog import StockDialog
from ...dialogs.stock_ledger_dialog import ItemKind, LedgerItem
from ...dialogs.stock_product_ops import (
    CountDialog,
    MadeDialog,
    ProductStockDialog,
    TransferDialog,
    WasteDialog,
)
from .selection import selected_rows
from .toolbar import add_context_menu, make_action, make_toolbar

if TYPE_CHECKING:
    from .tab import InventoryTab


def product_title(row: ProductRow) -> str:
    """``FOX-S01 · Sleepy Fox (Small)``."""
    return f"{row.sku} · {row.name}"


class ProductActions(QObject):
    """The Products view's actions; enabled when a product is selected."""

    def __init__(self, tab: InventoryTab) -> None:
        super().__init__(tab)
        self.tab = tab
        ui = tab.ui
        page = ui.productPage

        def act(text: str, slot: Callable[[], object], tip: str, name: str) -> QAction:
            return make_action(page, text, slot, tip, name=name)

        self.new = act(
            "&New product…",
            self.new_product,
            "Add a printed product or a bought-in accessory",
            "actionNewProduct",
        )
        self.edit = act(
            "&Edit…", self.edit_product, "Change the selected product", "actionEditProduct"
        )
        self.archive = act(
            "&Archive",
            self.archive_product,
            "Hide the selected product (its history stays)",
            "actionArchiveProduct",
        )
        self.count = act(
            "&Count…",
            self.count_product,
            "Record what is on the shelf; the difference goes in the ledger",
            "actionCountProduct",
        )
        self.transfer = act(
            "&Transfer…",
            self.transfer_product,
            "Move units between the workshop, storage and event crates",
            "actionTransferProduct",
        )
        self.waste = act(
            "&Waste…", self.waste_product, "Write off broken or lost units", "actionWasteProduct"
        )
        self.made = act(
            "&Made…",
            self.made_product,
            "Record units finished outside the queue (uses up accessories)",
            "actionMadeProduct",
        )
        self.history = act(
            "&History",
            self.product_history,
            "Every movement of the selected product",
            "actionProductHistory",
        )
        self.labels = act(
            "&Labels…",
            self.product_labels,
            "Print QR bin labels for the selected products",
            "actionProductLabels",
        )
        actions = [self.new, self.edit, self.archive, None, self.count, self.transfer,
                   self.waste, self.made, None, self.history, self.labels]  # fmt: skip
        ui.productLayout.insertWidget(0, make_toolbar(page, actions, "productToolbar"))
        add_context_menu(ui.productTable.view, actions)
        ui.productTable.view.doubleClicked.connect(lambda _: self.product_history())
        ui.productTable.current_changed.connect(lambda _: self.update_enabled())
        self.update_enabled()

    def product(self) -> ProductRow | None:
        """The product under the cursor."""
        row = self.tab.ui.productTable.current_row()
        return row if isinstance(row, ProductRow) else None

    def update_enabled(self) -> None:
        """Everything but New needs a product."""
        has = self.product() is not None
        for action in (self.edit, self.archive, self.count, self.transfer, self.waste,
                       self.made, self.history, self.labels):  # fmt: skip
            action.setEnabled(has)

    def new_product(self) -> ProductDialog:
        """New product…."""
        dialog = ProductDialog(self.tab.context, None, self.tab)
        self.tab.open_dialog(dialog, "Product added.", select_product=True)
        return dialog

    def edit_product(self) -> ProductDialog | None:
        """Edit…."""
        row = self.product()
        if row is None:
            return None
        dialog = ProductDialog(self.tab.context, row.id, self.tab)
        self.tab.open_dialog(dialog, "Product saved.", select_product=True)
        return dialog

    def archive_product(self) -> None:
        """Archive (after a question)."""
        row = self.product()
        if row is None:
            return
        product_id = row.id
        self.tab.confirm(
            f"Archive {product_title(row)}?",
            "It leaves the lists; its stock and history stay in the database.",
            lambda: self.tab.change(
                lambda session: inventory.archive_product(session, product_id),
                f"Archived {row.sku}.",
            ),
        )

    def _stock(self, cls: type[ProductStockDialog], message: str) -> StockDialog | None:
        row = self.product()
        if row is None:
            return None
        dialog = cls(self.tab.context, row.id, product_title(row), self.tab)
        self.tab.open_dialog(dialog, message)
        return dialog

    def count_product(self) -> StockDialog | None:
        """Count…."""
        return self._stock(CountDialog, "Count recorded.")

    def transfer_product(self) -> StockDialog | None:
        """Transfer…."""
        return self._stock(TransferDialog, "Transfer recorded.")

    def waste_product(self) -> StockDialog | None:
        """Waste…."""
        return self._stock(WasteDialog, "Waste recorded.")

    def made_product(self) -> StockDialog | None:
        """Made…."""
        return self._stock(MadeDialog, "Units made recorded.")

    def product_history(self) -> None:
        """History of the selected product."""
        row = self.product()
        if row is not None:
            self.tab.open_ledger(LedgerItem(ItemKind.PRODUCT, row.id, product_title(row)))

    def product_labels(self) -> None:
        """Labels… for the selected products."""
        rows = [r for r in selected_rows(self.tab.ui.productTable) if isinstance(r, ProductRow)]
        if rows:
            self.tab.open_labels(LabelKind.PRODUCTS, [r.id for r in rows])
