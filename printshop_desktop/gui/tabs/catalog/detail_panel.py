"""The panel beside the catalog table: the selected model's fields, licence badge and warning.

The variants of the model are listed under the models table (their model lives here); the
Files section is added below the fields by the files feature.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QHeaderView

from ....services.catalog import ModelRow
from ....services.licence_exposure import LicenceExposure
from ....services.variant_costs import VariantLine
from ...forms.ui_catalog_tab import Ui_CatalogTab
from ...local_time import format_date, format_local
from .licence_badge import style_label
from .variant_table import VariantLineTableModel

NO_SELECTION, DETAILS = 0, 1
LINK_CHARS = 40
LOOK_WIDTH = 120


def link_html(url: str) -> str:
    """A link that reads ``printables.com/model/100074`` (no scheme, no www, shortened)."""
    text = url.split("://", 1)[-1].removeprefix("www.").rstrip("/")
    if len(text) > LINK_CHARS:
        text = text[: LINK_CHARS - 1] + "…"
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(text)}</a>'


class DetailPanel:
    """Fills the detail widgets of the Catalog form (it owns no widgets of its own)."""

    def __init__(self, ui: Ui_CatalogTab) -> None:
        self.ui = ui
        self.variants = VariantLineTableModel(ui.variantView)
        ui.variantView.setModel(self.variants)
        header = ui.variantView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VariantLineTableModel.FILAMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VariantLineTableModel.LOOK, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(VariantLineTableModel.LOOK, LOOK_WIDTH)
        rows = ui.variantView.verticalHeader()
        rows.setDefaultSectionSize(ui.variantView.fontMetrics().height() + 10)
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
        style_label(ui.licenceValue, row)
        until = getattr(row, "selling_until", None)
        allowed = "Allowed" + (f" until {format_date(until)}" if until else "")
        ui.sellingValue.setText(
            allowed if row.selling_allowed else "Not allowed: keep prints out of stock and events"
        )
        ui.sellingValue.setStyleSheet("" if row.selling_allowed else "color: #b3261e;")
        ui.licenceWarning.hide()
        ui.updatedValue.setText(format_local(row.updated_at))
        ui.variantsCaption.setText(f"Variants ({row.variants})")
        ui.detailStack.setCurrentIndex(DETAILS)

    def show_variants(self, model_id: object, rows: list[VariantLine]) -> None:
        """Show the variants of ``model_id`` if it is still the selected model."""
        if model_id == self.model_id:
            self.variants.set_rows(rows)

    def show_more(self, model_id: object, source: str | None, notes: str | None) -> None:
        """The source link and notes, which the table rows do not carry."""
        if model_id != self.model_id:
            return
        self.ui.sourceValue.setText(link_html(source) if source else "—")
        self.ui.sourceValue.setToolTip(source or "")
        self.ui.notesValue.setText(notes or "—")

    def show_exposure(self, found: LicenceExposure) -> None:
        """Warn when a model that may not be sold is priced, stocked or planned."""
        label = self.ui.licenceWarning
        if found.model_id != self.model_id or not found.exposed or found.warning is None:
            label.hide()
            return
        lines = [f"<b>⚠ {html.escape(found.warning)}</b>"]
        if found.priced:
            lines.append("Priced: " + html.escape(", ".join(found.priced)))
        if found.stocked:
            stock = ", ".join(f"{p.sku} ({p.on_hand} on hand)" for p in found.stocked)
            lines.append("Stocked as " + html.escape(stock))
        if found.events:
            planned = ", ".join(
                f"{e.name} on {format_date(e.starts_on)} ({e.planned} planned)"
                for e in found.events
            )
            lines.append("Planned for " + html.escape(planned))
        label.setText("<br>".join(lines))
        label.show()
