"""Create or edit a variant: name, size, colourway, status, print time, filament per tool,
price, labour and packaging. A price on a model whose licence forbids selling is warned about
at the top of the dialog; a price with three decimals is refused under the price field."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ...db.enums import VariantStatus
from ...services import catalog_edit, catalog_save, licence_exposure, model_files
from ...services.catalog import VariantInput
from ...services.catalog_edit import VariantDetail
from ...services.errors import ValidationFailed
from ...services.filament_match import FilamentChoice
from ...services.money_text import format_cents, parse_cents
from ..context import ShopContext
from ..forms.ui_variant_dialog import Ui_VariantDialog
from ..money import CURRENCY, SYMBOLS
from .form_dialog import FormDialog
from .variant_tools import ToolsEditor


@dataclass(frozen=True)
class VariantForm:
    """What the dialog loads: filaments to pick, the licence warning, the stored variant."""

    filaments: tuple[FilamentChoice, ...]
    warning: str | None
    detail: VariantDetail | None


def load_form(session: Session, model_id: uuid.UUID, variant_id: uuid.UUID | None) -> VariantForm:
    """Worker: everything the form needs, in one unit of work."""
    detail = catalog_edit.get_variant(session, variant_id) if variant_id is not None else None
    return VariantForm(
        model_files.filament_choices(session),
        licence_exposure.model_warning(session, model_id),
        detail,
    )


class VariantDialog(FormDialog):
    """A new variant of ``model_id`` (``variant_id`` None) or an existing one."""

    aliases = {"grams": "filament_needs"}

    def __init__(
        self,
        context: ShopContext,
        model_id: uuid.UUID,
        variant_id: uuid.UUID | None = None,
        *,
        model_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_VariantDialog()
        self.ui.setupUi(self)
        self.setup_form(self.ui)
        self.model_id, self.variant_id = model_id, variant_id
        self.version: int | None = None
        self.warning: str | None = None
        self.tools = ToolsEditor(self.ui.toolsHost, self.ui.toolsLayout)
        ui = self.ui
        for status in VariantStatus:
            ui.statusCombo.addItem(status.value.capitalize(), status.value)
        symbol = SYMBOLS.get(CURRENCY, CURRENCY)
        ui.priceCurrency.setText(symbol)
        ui.packagingCurrency.setText(symbol)
        ui.addToolButton.clicked.connect(lambda: self.tools.add_row())
        ui.priceEdit.textChanged.connect(self._show_warning)
        what = "New variant" if variant_id is None else "Edit variant"
        self.setWindowTitle(f"{what} — {model_name}" if model_name else what)
        self.reload()

    def reload(self) -> None:
        """Fetch filaments, the licence warning and (when editing) the stored variant."""
        model_id, variant_id = self.model_id, self.variant_id
        self.fetch(lambda s: load_form(s, model_id, variant_id), self._loaded)

    def _loaded(self, form: VariantForm) -> None:
        self.tools.set_filaments(form.filaments)
        self.warning = form.warning
        if form.detail is not None:
            self.fill(form.detail)
        self._show_warning()

    def fill(self, detail: VariantDetail) -> None:
        """Show the stored variant."""
        self.version = detail.version
        data, ui = detail.data, self.ui
        ui.nameEdit.setText(data.name)
        ui.sizeEdit.setText(data.size_scale or "")
        ui.colourwayEdit.setText(data.colourway or "")
        ui.statusCombo.setCurrentIndex(max(ui.statusCombo.findData(str(data.status)), 0))
        hours, minutes = divmod((data.print_time_s or 0) // 60, 60)
        ui.hoursSpin.setValue(hours)
        ui.minutesSpin.setValue(minutes)
        self.tools.set_needs(data.filament_needs)
        ui.priceEdit.setText(format_cents(data.price_cents) if data.price_cents else "")
        ui.labourSpin.setValue(data.labour_minutes)
        packaging = data.packaging_cents
        ui.packagingEdit.setText(format_cents(packaging) if packaging else "")
        ui.notesEdit.setPlainText(data.notes or "")
        self.setWindowTitle(f"Edit variant — {detail.model} · {data.name}")

    def data(self) -> VariantInput:
        """What the form says; a malformed amount or tool row raises :class:`ValidationFailed`."""
        ui = self.ui
        seconds = (ui.hoursSpin.value() * 60 + ui.minutesSpin.value()) * 60
        return VariantInput(
            model_id=self.model_id,
            name=ui.nameEdit.text(),
            size_scale=ui.sizeEdit.text().strip() or None,
            colourway=ui.colourwayEdit.text().strip() or None,
            status=VariantStatus(ui.statusCombo.currentData()),
            price_cents=parse_cents(ui.priceEdit.text(), "price"),
            filament_needs=self.tools.needs(),
            print_time_s=seconds or None,
            labour_minutes=ui.labourSpin.value(),
            packaging_cents=parse_cents(ui.packagingEdit.text(), "packaging"),
            notes=ui.notesEdit.toPlainText(),
        )

    def save(self) -> None:
        """Check the amounts here, then create or update in the database lane."""
        self.clear_errors()
        try:
            data = self.data()
        except ValidationFailed as error:
            self.show_failure(error)
            return
        variant_id, version = self.variant_id, self.version
        self.submit(
            lambda s: catalog_save.save_variant(s, data, variant_id, expected_version=version)
        )

    def _show_warning(self) -> None:
        ui = self.ui
        try:
            priced = parse_cents(ui.priceEdit.text(), "price") > 0
        except ValidationFailed:
            priced = bool(ui.priceEdit.text().strip())
        show = self.warning is not None and priced
        if show:
            ui.licenceWarning.setText(
                f"⚠ {self.warning} A price is kept for your records, but "
                "prints of this model should not be sold, stocked or taken to events."
            )
        ui.licenceWarning.setVisible(show)
