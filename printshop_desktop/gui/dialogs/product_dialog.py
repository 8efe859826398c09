"""New product… and Edit product…: a printed product linked to a catalog variant, or a
bought-in accessory; SKU, price and cost as money (two decimals at most), reorder level,
supplier link, and the accessories one unit uses up when it is made."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QWidget
from sqlalchemy.orm import Session

from ...db.enums import ProductKind
from ...services import catalog, costing, inventory, inventory_edit
from ...services.catalog import VariantRow
from ...services.inventory import ProductInput, ProductRow
from ...services.inventory_edit import ProductDetail
from ...services.money_text import format_cents, parse_cents
from ..context import ShopContext
from ..forms.ui_product_dialog import Ui_ProductDialog
from ..money import format_money
from ..tabs.inventory.service_dialog import ServiceDialog, check_fields
from .product_accessories import AccessoryEditor

NO_VARIANT = "— not linked to the catalog —"


@dataclass(frozen=True)
class ProductChoices:
    """Variants and accessories to pick from, and the product being edited."""

    variants: tuple[VariantRow, ...]
    accessories: tuple[ProductRow, ...]
    detail: ProductDetail | None


def load_choices(session: Session, product_id: uuid.UUID | None) -> ProductChoices:
    """Worker: what the pickers offer, and the product's fields when editing."""
    accessories = tuple(
        p
        for p in inventory.list_products(session)
        if p.kind == ProductKind.ACCESSORY.value and p.id != product_id
    )
    detail = inventory_edit.get_product(session, product_id) if product_id else None
    return ProductChoices(tuple(catalog.list_variants(session)), accessories, detail)


NOT_FOR_SALE = "⚠ licence: not for sale"


def variant_text(row: VariantRow) -> str:
    """How a variant reads in the picker; a model whose licence forbids selling says so."""
    text = f"{row.model} – {row.name}"
    return text if row.selling_allowed else f"{text}   {NOT_FOR_SALE}"


class ProductDialog(ServiceDialog):
    """Create or edit a product; the SKU must be unique (shown under the SKU if not)."""

    conflict_field = "sku"

    def __init__(
        self,
        context: ShopContext,
        product_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ProductDialog()
        self.ui.setupUi(self)
        self.product_id = product_id
        self.version: int | None = None
        self.variants: dict[str, VariantRow] = {}
        self.catalog_cost: int | None = None
        ui = self.ui
        self.accessories = AccessoryEditor(ui.accessoriesTable)
        self.install(
            ui.buttonBox,
            ui.form,
            {
                "kind": ui.finishedRadio,
                "sku": ui.skuEdit,
                "name": ui.nameEdit,
                "variant": ui.variantCombo,
                "price": ui.priceEdit,
                "cost": ui.costEdit,
                "reorder_level": ui.reorderSpin,
                "supplier_url": ui.supplierEdit,
                "accessories": ui.accessoriesTable,
            },
            ui.generalError,
            ok_text="&Save" if product_id else "&Add product",
        )
        self.setWindowTitle("Edit product" if product_id else "New product")
        ui.variantCombo.setEditable(True)
        ui.variantCombo.setInsertPolicy(ui.variantCombo.InsertPolicy.NoInsert)
        completer = QCompleter(ui.variantCombo.model(), ui.variantCombo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.variantCombo.setCompleter(completer)
        ui.variantCombo.currentIndexChanged.connect(self._on_variant)
        ui.accessoryRadio.toggled.connect(self._show_kind)
        ui.addAccessoryButton.clicked.connect(lambda: self.accessories.add())
        ui.removeAccessoryButton.clicked.connect(self.accessories.remove_current)
        ui.useCostButton.clicked.connect(self._use_catalog_cost)
        self._show_kind()
        self.reload()

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Fill the pickers, and the fields of the product being edited."""
        product_id = self.product_id
        self.load(lambda session: load_choices(session, product_id), self._fill)

    def _fill(self, choices: ProductChoices) -> None:
        combo = self.ui.variantCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(NO_VARIANT, "")
        self.variants = {str(v.id): v for v in choices.variants}
        for variant in choices.variants:
            combo.addItem(variant_text(variant), str(variant.id))
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
        self.accessories.set_choices(choices.accessories)
        self.ui.addAccessoryButton.setEnabled(bool(choices.accessories))
        if choices.detail is not None:
            self.show_product(choices.detail)

    def show_product(self, detail: ProductDetail) -> None:
        """Put a stored product into the fields."""
        ui, data = self.ui, detail.data
        self.version = detail.version
        accessory = data.kind is ProductKind.ACCESSORY
        (ui.accessoryRadio if accessory else ui.finishedRadio).setChecked(True)
        ui.skuEdit.setText(data.sku)
        ui.nameEdit.setText(data.name)
        index = ui.variantCombo.findData(str(data.variant_id)) if data.variant_id else 0
        ui.variantCombo.setCurrentIndex(max(index, 0))
        ui.priceEdit.setText(format_cents(data.price_cents) if data.price_cents else "")
        ui.costEdit.setText(format_cents(data.cost_cents) if data.cost_cents else "")
        ui.reorderSpin.setValue(data.reorder_level)
        ui.supplierEdit.setText(data.supplier_url or "")
        self.accessories.set_lines(detail.accessories)

    # -- reactions ---------------------------------------------------------------------

    def _show_kind(self) -> None:
        accessory = self.ui.accessoryRadio.isChecked()
        for widget in (self.ui.variantCombo, self.ui.accessoriesTable):
            self.set_row_shown(widget, not accessory)
        self.ui.priceEdit.setPlaceholderText("empty: not sold on its own" if accessory else "12.50")

    def _on_variant(self, index: int) -> None:
        variant = self.variants.get(self.ui.variantCombo.itemData(index) or "")
        self.catalog_cost = None
        self.ui.costHint.clear()
        self.ui.useCostButton.hide()
        self.ui.variantCombo.setToolTip("")
        if variant is None:
            return
        if not variant.selling_allowed:
            self.ui.variantCombo.setToolTip(
                f"The licence of {variant.model} does not allow selling prints: stock made "
                "for sale needs the designer's permission (see the Catalog)."
            )
        if not self.ui.nameEdit.text().strip():
            self.ui.nameEdit.setText(f"{variant.model} ({variant.name})")
        if not self.ui.priceEdit.text().strip() and variant.price_cents:
            self.ui.priceEdit.setText(format_cents(variant.price_cents))
        variant_id = variant.id
        self.load(
            lambda session: costing.unit_cost(session, variant_id).total_cents,
            lambda cents: self._show_catalog_cost(variant_id, cents),
        )

    def _show_catalog_cost(self, variant_id: uuid.UUID, cents: int) -> None:
        if self.selected_variant() != variant_id:
            return
        self.catalog_cost = cents
        self.ui.costHint.setText(f"catalog: {format_money(cents)}")
        self.ui.useCostButton.setVisible(True)

    def _use_catalog_cost(self) -> None:
        if self.catalog_cost is not None:
            self.ui.costEdit.setText(format_cents(self.catalog_cost))

    # -- saving ------------------------------------------------------------------------

    def selected_variant(self) -> uuid.UUID | None:
        """The variant picked (None: not linked, or the typed text names no variant)."""
        combo = self.ui.variantCombo
        index = combo.findText(combo.currentText())
        data = combo.itemData(index) if index >= 0 else ""
        return uuid.UUID(data) if data else None

    def save(self) -> None:
        """Add or update the product and its accessories in one unit of work."""
        ui = self.ui
        accessory = ui.accessoryRadio.isChecked()
        combo = ui.variantCombo
        price, cost = ui.priceEdit.text(), ui.costEdit.text()
        problems = check_fields(
            {
                "price": lambda: parse_cents(price, "price"),
                "cost": lambda: parse_cents(cost, "cost"),
            }
        )
        if not accessory and combo.findText(combo.currentText()) < 0:
            problems["variant"] = "Choose a variant from the list (or none)."
        if self.refuse_all(problems):
            return
        typed = ProductInput(
            sku=ui.skuEdit.text(),
            name=ui.nameEdit.text(),
            kind=ProductKind.ACCESSORY if accessory else ProductKind.FINISHED_GOOD,
            variant_id=None if accessory else self.selected_variant(),
            reorder_level=ui.reorderSpin.value(),
            supplier_url=ui.supplierEdit.text(),
        )
        lines = [] if accessory else self.accessories.lines()
        product_id, version = self.product_id, self.version

        def work(session: Session) -> uuid.UUID:
            data = replace(
                typed, price_cents=parse_cents(price, "price"), cost_cents=parse_cents(cost, "cost")
            )
            if product_id is None:
                saved = inventory.create_product(session, data)
            else:
                saved = product_id
                inventory_edit.update_product(session, saved, data, expected_version=version)
            inventory_edit.set_accessories(session, saved, lines)
            return saved

        self.submit(work)
