"""The Inventory tab: filament with its spools, products, low stock with the shopping list,
and charts; toolbars and right-click menus open the dialogs that record stock movements."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from ....services import stock_ops
from ....services.inventory import ProductRow
from ...context import ShopContext
from ...dialogs.labels_dialog import LabelKind, LabelsDialog
from ...dialogs.stock_ledger_dialog import LedgerItem, StockLedgerDialog
from ...forms.ui_inventory_tab import Ui_InventoryTab
from ...widgets.filtered_table import FilteredTable
from ..base_tab import BaseTab
from .filament_actions import FilamentActions
from .lowstock_panel import LowStockPanel
from .product_actions import ProductActions
from .scan import ScanLookup
from .selection import current_id, select_id
from .snapshot import InventorySnapshot, load_snapshot
from .spool_panel import SpoolPanel
from .table_models import FilamentTableModel, ProductTableModel

FILAMENT_EMPTY = (
    "No filament yet.\nAdd one with New filament…, import a Spoolman export (File ▸ Import from "
    "Spoolman…), or on an empty shop load the demo (File ▸ Load demo data)."
)
PRODUCT_EMPTY = (
    "No products yet.\nAdd one with New product…, or on an empty shop load the demo "
    "(File ▸ Load demo data)."
)
FILAMENT_PAGE, PRODUCT_PAGE, LOW_PAGE, CHARTS_PAGE = range(4)


class InventoryTab(BaseTab):
    """Filament (grams on opened and sealed spools), products (units), low stock, charts."""

    title = "&Inventory"
    #: A short message for the status bar ("Weight recorded.").
    notice = Signal(str)

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
        self.ui.filamentSplitter.setSizes([420, 260])
        self.spool_panel = SpoolPanel(self)
        self.low_panel = LowStockPanel(self)
        self.filament_actions = FilamentActions(self)
        self.product_actions = ProductActions(self)
        self.scanner = ScanLookup(self)
        self.charts: Any = None  # ChartsPage, made when the Charts view is first shown
        self.dialog: QDialog | None = None
        self.ledgers: list[StockLedgerDialog] = []
        self.snapshot: InventorySnapshot | None = None
        self._select: tuple[str, uuid.UUID | None] | None = None
        self.ui.views.currentChanged.connect(self._on_view)
        self.ui.productTable.current_changed.connect(self._on_product)
        self._connect_counts()

    # -- tables ------------------------------------------------------------------------

    def tables(self) -> list[FilteredTable]:
        """Filament, products, low stock, then the spools of the selected filament."""
        ui = self.ui
        return [ui.filamentTable, ui.productTable, ui.lowStockTable, ui.spoolTable]

    def current_table(self) -> FilteredTable:
        """The main table of the visible view (the charts count filament)."""
        ui = self.ui
        pages = {PRODUCT_PAGE: ui.productTable, LOW_PAGE: ui.lowStockTable}
        return pages.get(ui.views.currentIndex(), ui.filamentTable)

    def show_filaments(self) -> None:
        """Switch to the Filament view."""
        self.ui.views.setCurrentIndex(FILAMENT_PAGE)

    def show_products(self) -> None:
        """Switch to the Products view."""
        self.ui.views.setCurrentIndex(PRODUCT_PAGE)

    def show_low_stock(self) -> None:
        """Switch to the Low stock view."""
        self.ui.views.setCurrentIndex(LOW_PAGE)

    def show_charts(self) -> None:
        """Switch to the Charts view."""
        self.ui.views.setCurrentIndex(CHARTS_PAGE)

    # -- loading -----------------------------------------------------------------------

    def load(self) -> None:
        """Load every view in one unit of work."""
        self.fetch(load_snapshot, self._on_snapshot)

    def clear(self) -> None:
        """Forget the rows of a closed database."""
        self.snapshot = None
        self.filaments.set_rows([])
        self.products.set_rows([])
        self.low_panel.set_lines([])
        self.spool_panel.show_filament(None)
        for ledger in list(self.ledgers):
            ledger.close()

    def _on_snapshot(self, snapshot: InventorySnapshot) -> None:
        self.snapshot = snapshot
        ui = self.ui
        keep_filament = current_id(ui.filamentTable)
        keep_product = current_id(ui.productTable)
        wanted, self._select = self._select, None
        self.filaments.set_rows(snapshot.filaments)
        self.products.set_rows(snapshot.products)
        self.low_panel.set_lines(snapshot.low)
        self.spool_panel.model.set_location_names(snapshot.places)
        if wanted and wanted[0] == "filament":
            keep_filament = wanted[1] or keep_filament
        if wanted and wanted[0] == "product":
            keep_product = wanted[1] or keep_product
        if not select_id(ui.filamentTable, keep_filament):
            ui.filamentTable.select_first()
        if not select_id(ui.productTable, keep_product):
            ui.productTable.select_first()
        self.spool_panel.reload(select=wanted[1] if wanted and wanted[0] == "spool" else None)
        self._on_product(ui.productTable.current_row())
        if self.charts is not None:
            self.charts.set_inventory(snapshot.filaments, snapshot.products)
        self._update_titles()

    def _update_titles(self) -> None:
        views = self.ui.views
        views.setTabText(FILAMENT_PAGE, f"Filament ({self.filaments.rowCount()})")
        views.setTabText(PRODUCT_PAGE, f"Products ({self.products.rowCount()})")
        low = self.low_panel.model.rowCount()
        views.setTabText(LOW_PAGE, f"Low stock ({low})" if low else "Low stock")
        low_products = sum(row.low for row in self.products.rows())
        views.setTabToolTip(
            PRODUCT_PAGE,
            f"{low_products} products at or below their reorder level" if low_products else "",
        )

    def _on_view(self, index: int) -> None:
        if index == CHARTS_PAGE and self.charts is None:
            from ...charts.charts_page import ChartsPage  # pyqtgraph loads on first use

            self.charts = ChartsPage(self.context, self.ui.chartsPage)
            self.ui.chartsLayout.addWidget(self.charts)
            if self.snapshot is not None:
                self.charts.set_inventory(self.snapshot.filaments, self.snapshot.products)
            self._on_product(self.ui.productTable.current_row())
        self.count_changed.emit()

    def _on_product(self, row: object | None) -> None:
        label = self.ui.productLocations
        if not isinstance(row, ProductRow):
            label.clear()
            return
        if self.charts is not None:
            self.charts.select_product(row.id)
        product_id = row.id
        self.fetch(
            lambda session: stock_ops.stock_by_location(session, product_id=product_id),
            lambda places: self._show_places(product_id, places),
        )

    def _show_places(self, product_id: uuid.UUID, places: dict[str, int]) -> None:
        if current_id(self.ui.productTable) != product_id:
            return
        names = self.snapshot.places if self.snapshot else {}
        held = [f"{names.get(k, k)}: <b>{n:,}</b>" for k, n in sorted(places.items()) if n]
        self.ui.productLocations.setText(
            "Where it is — " + " · ".join(held) if held else "None in stock anywhere."
        )

    # -- dialogs -----------------------------------------------------------------------

    def open_dialog(
        self,
        dialog: QDialog,
        message: str,
        *,
        select_filament: bool = False,
        select_product: bool = False,
        select_spool: bool = False,
    ) -> None:
        """Show ``dialog`` (window-modal, not blocking); when it saves, reload and say so."""

        def saved(result: object) -> None:
            row_id = result if isinstance(result, uuid.UUID) else None
            if select_filament:
                self._select = ("filament", row_id)
            elif select_product:
                self._select = ("product", row_id)
            elif select_spool:
                self._select = ("spool", row_id)
            self.changed(message)

        dialog.saved.connect(saved)  # type: ignore[attr-defined]
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def open_ledger(self, item: LedgerItem) -> StockLedgerDialog:
        """Show an item's history in its own window (raised if already open)."""
        for ledger in self.ledgers:
            if ledger.item == item:
                ledger.raise_()
                ledger.activateWindow()
                return ledger
        ledger = StockLedgerDialog(self.context, item, self)
        ledger.finished.connect(lambda _result, closed=ledger: self._forget_ledger(closed))
        ledger.finished.connect(ledger.deleteLater)
        self.ledgers.append(ledger)
        ledger.show()
        return ledger

    def _forget_ledger(self, ledger: StockLedgerDialog) -> None:
        if ledger in self.ledgers:
            self.ledgers.remove(ledger)

    def open_labels(self, kind: LabelKind, ids: Sequence[uuid.UUID]) -> LabelsDialog:
        """Print labels… for the chosen spools or products."""
        dialog = LabelsDialog(self.context, kind, ids, self)
        dialog.saved.connect(
            lambda pages: self.notice.emit(f"{pages} labels saved to {dialog.path}")
        )
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def confirm(self, question: str, detail: str, action: Callable[[], None]) -> QMessageBox:
        """Ask before an action (not blocking); ``action`` runs on Yes."""
        box = QMessageBox(QMessageBox.Icon.Question, "Inventory", question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)  # fmt: skip
        box.setInformativeText(detail)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)

        def finished(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                action()

        box.finished.connect(finished)
        box.finished.connect(box.deleteLater)
        self.dialog = box
        box.open()
        return box

    def change(self, work: Callable[[Session], object], message: str) -> None:
        """Run a change in the database lane; reload and say so, or say why not."""
        self.context.query(
            work,
            lambda _result: self.changed(message),
            lambda error: self.notice.emit(f"Not done: {error}"),
        )

    def changed(self, message: str) -> None:
        """Stock or details changed: reload every view and open history windows."""
        self.notice.emit(message)
        self.reload()
        for ledger in self.ledgers:
            ledger.reload()

    def dispose(self) -> None:
        """Also drop the charts' pending reads."""
        if self.charts is not None:
            self.charts.dispose()
        super().dispose()
