"""The panel beside the catalog table: the selected model's fields and variants.

Files, thumbnails and uploads will be added here (below the variants).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView

from ....services.catalog import ModelRow, VariantRow
from ...forms.ui_catalog_tab import Ui_CatalogTab
from ...local_time import format_local
from .table_models import VariantTableModel

NO_SELECTION, DETAILS = 0, 1
MAX_VISIBLE_VARIANTS = 10


class DetailPanel:
    """Fills the detail widgets of the Catalog form (it owns no widgets of its own)."""

    def __init__(self, ui: Ui_CatalogTab) -> None:
        self.ui = ui
        self.variants = VariantTableModel(ui.variantView)
        ui.variantView.setModel(self.variants)
        header = ui.variantView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.model_id: object | None = None
        self.show_model(None)

    def show_model(self, row: ModelRow | None) -> None:
        """Show ``row``'s fields (its variants follow with :meth:`show_variants`)."""
        self.model_id = row.id if row else None
        self.variants.set_rows([])
        if row is None:
            self.ui.detailStack.setCurrentIndex(NO_SELECTION)
            return
        ui = self.ui
        ui.nameValue.setText(row.name)
        ui.designerValue.setText(row.designer or "Unknown designer")
        ui.categoryValue.setText(row.category or "No category")
        ui.tagsValue.setText(", ".join(row.tags) or "No tags")
        ui.licenceValue.setText(row.licence)
        ui.sellingValue.setText(
            "Allowed" if row.selling_allowed else "Not allowed: keep prints out of stock and events"
        )
        ui.sellingValue.setStyleSheet("" if row.selling_allowed else "color: #b3261e;")
        ui.updatedValue.setText(format_local(row.updated_at))
        ui.variantsCaption.setText(f"Variants ({row.variants})")
        ui.detailStack.setCurrentIndex(DETAILS)

    def show_variants(self, model_id: object, rows: list[VariantRow]) -> None:
        """Show the variants of ``model_id`` if it is still the selected model."""
        if model_id == self.model_id:
            self.variants.set_rows(rows)
            self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its rows (up to ten), so the panel has room for what comes below."""
        view = self.ui.variantView
        rows = min(max(self.variants.rowCount(), 1), MAX_VISIBLE_VARIANTS)
        height = view.horizontalHeader().height() + 2 * view.frameWidth()
        height += rows * view.verticalHeader().defaultSectionSize()
        view.setFixedHeight(height)
