"""New filament… and Edit filament…: brand, material, colour (with a swatch), diameter,
density, price per kg, reorder level and supplier link. Stock is never edited here."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QWidget
from sqlalchemy.orm import Session

from ...services import inventory, inventory_edit
from ...services.errors import ValidationFailed
from ...services.inventory import HEX_COLOUR, FilamentInput
from ...services.inventory_edit import FilamentDetail
from ...services.money_text import format_cents, parse_cents
from ..context import ShopContext
from ..forms.ui_filament_dialog import Ui_FilamentDialog
from ..tabs.inventory.service_dialog import ServiceDialog, check_fields

HEX_MESSAGE = "Colour must be a hex code like #1A2B3C."
COMMON_MATERIALS = ("PLA", "PLA+", "PLA Silk", "PETG", "ABS", "ASA", "TPU", "PC", "PA", "HIPS")
SWATCH_STYLE = "background: {colour}; border: 1px solid #7a7a7a; border-radius: 3px;"


@dataclass(frozen=True)
class FilamentChoices:
    """What the form offers: brands and materials in use, and the filament being edited."""

    brands: tuple[str, ...]
    materials: tuple[str, ...]
    detail: FilamentDetail | None


def load_choices(session: Session, filament_id: uuid.UUID | None) -> FilamentChoices:
    """Worker: brands and materials in use, and the filament's fields when editing."""
    rows = inventory.list_filaments(session, include_archived=True)
    materials = sorted({r.material for r in rows} | set(COMMON_MATERIALS))
    detail = inventory_edit.get_filament(session, filament_id) if filament_id else None
    return FilamentChoices(tuple(sorted({r.brand for r in rows})), tuple(materials), detail)


def check_hex(text: str) -> None:
    """Refuse a colour code that is not ``#RRGGBB`` (as the service does)."""
    if not HEX_COLOUR.match(text):
        raise ValidationFailed("colour_hex", HEX_MESSAGE)


class FilamentDialog(ServiceDialog):
    """Create a filament line, or edit one (refused if another PC saved it meanwhile)."""

    conflict_field = "colour_name"

    def __init__(
        self,
        context: ShopContext,
        filament_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_FilamentDialog()
        self.ui.setupUi(self)
        self.filament_id = filament_id
        self.version: int | None = None
        self.colour_dialog: QColorDialog | None = None
        ui = self.ui
        self.install(
            ui.buttonBox,
            ui.form,
            {
                "brand": ui.brandCombo,
                "material": ui.materialCombo,
                "colour_name": ui.colourNameEdit,
                "colour_hex": ui.colourHexEdit,
                "diameter_mm": ui.diameterSpin,
                "density_g_cm3": ui.densitySpin,
                "price_per_kg": ui.priceEdit,
                "reorder_level": ui.reorderSpin,
                "supplier_url": ui.supplierEdit,
            },
            ui.generalError,
            ok_text="&Save" if filament_id else "&Add filament",
        )
        self.setWindowTitle("Edit filament" if filament_id else "New filament")
        ui.colourHexEdit.textChanged.connect(self._show_swatch)
        ui.colourButton.clicked.connect(self.pick_colour)
        ui.colourHexEdit.setText("#808080")
        ui.brandCombo.setCurrentText("")
        ui.materialCombo.setCurrentText("PLA")
        self.reload()

    def reload(self) -> None:
        """Fill the pickers, and the fields of the filament being edited."""
        filament_id = self.filament_id
        self.load(lambda session: load_choices(session, filament_id), self._fill)

    def _fill(self, choices: FilamentChoices) -> None:
        ui = self.ui
        brand, material = ui.brandCombo.currentText(), ui.materialCombo.currentText()
        ui.brandCombo.clear()
        ui.brandCombo.addItems(list(choices.brands))
        ui.materialCombo.clear()
        ui.materialCombo.addItems(list(choices.materials))
        ui.brandCombo.setCurrentText(brand)
        ui.materialCombo.setCurrentText(material)
        if choices.detail is not None:
            self.show_filament(choices.detail)

    def show_filament(self, detail: FilamentDetail) -> None:
        """Put a stored filament into the fields."""
        ui, data = self.ui, detail.data
        self.version = detail.version
        ui.brandCombo.setCurrentText(data.brand)
        ui.materialCombo.setCurrentText(data.material)
        ui.colourNameEdit.setText(data.colour_name)
        ui.colourHexEdit.setText(data.colour_hex)
        ui.diameterSpin.setValue(data.diameter_mm)
        ui.densitySpin.setValue(data.density_g_cm3)
        ui.priceEdit.setText(format_cents(data.price_per_kg_cents))
        ui.reorderSpin.setValue(data.reorder_level_g)
        ui.supplierEdit.setText(data.supplier_url or "")

    def pick_colour(self) -> QColorDialog:
        """Choose the colour on a colour wheel (not blocking)."""
        current = QColor(self.ui.colourHexEdit.text().strip())
        dialog = QColorDialog(current if current.isValid() else QColor("#808080"), self)
        dialog.colorSelected.connect(
            lambda colour: self.ui.colourHexEdit.setText(colour.name().upper())
        )
        dialog.finished.connect(dialog.deleteLater)
        self.colour_dialog = dialog
        dialog.open()
        return dialog

    def _show_swatch(self, text: str) -> None:
        valid = bool(HEX_COLOUR.match(text.strip()))
        colour = text.strip() if valid else "transparent"
        self.ui.swatchLabel.setStyleSheet(SWATCH_STYLE.format(colour=colour))
        self.ui.swatchLabel.setToolTip("" if valid else "Type a colour code like #1A2B3C")

    def form_text(self) -> tuple[FilamentInput, str]:
        """The fields as typed (the price still as text: the worker parses it)."""
        ui = self.ui
        data = FilamentInput(
            brand=ui.brandCombo.currentText(),
            material=ui.materialCombo.currentText(),
            colour_name=ui.colourNameEdit.text(),
            colour_hex=ui.colourHexEdit.text().strip(),
            diameter_mm=ui.diameterSpin.value(),
            density_g_cm3=ui.densitySpin.value(),
            reorder_level_g=ui.reorderSpin.value(),
            supplier_url=ui.supplierEdit.text(),
        )
        return data, ui.priceEdit.text()

    def save(self) -> None:
        """Add or update the filament; the service checks every field."""
        typed, price = self.form_text()
        problems = check_fields(
            {
                "colour_hex": lambda: check_hex(typed.colour_hex),
                "price_per_kg": lambda: parse_cents(price, "price_per_kg"),
            }
        )
        if self.refuse_all(problems):
            return
        filament_id, version = self.filament_id, self.version

        def work(session: Session) -> uuid.UUID:
            data = replace(typed, price_per_kg_cents=parse_cents(price, "price_per_kg"))
            if filament_id is None:
                return inventory.create_filament(session, data)
            inventory_edit.update_filament(session, filament_id, data, expected_version=version)
            return filament_id

        self.submit(work)
