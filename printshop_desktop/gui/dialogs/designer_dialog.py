"""Create or edit a designer: name, website, shop link and notes."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from ...services import catalog_edit, catalog_save
from ...services.catalog_edit import DesignerDetail
from ...services.catalog_save import DesignerInput
from ..context import ShopContext
from ..forms.ui_designer_dialog import Ui_DesignerDialog
from .form_dialog import FormDialog


class DesignerDialog(FormDialog):
    """A new designer (``designer_id`` None) or an existing one, loaded in the background."""

    def __init__(
        self,
        context: ShopContext,
        designer_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_DesignerDialog()
        self.ui.setupUi(self)
        self.setup_form(self.ui)
        self.designer_id = designer_id
        self.version: int | None = None
        self.setWindowTitle("New designer" if designer_id is None else "Edit designer")
        if designer_id is not None:
            self.reload()

    def reload(self) -> None:
        """Fetch the designer as stored now."""
        designer_id = self.designer_id
        if designer_id is not None:
            self.fetch(lambda s: catalog_edit.get_designer(s, designer_id), self.fill)

    def fill(self, detail: DesignerDetail) -> None:
        """Show ``detail`` in the form."""
        self.version = detail.version
        self.ui.nameEdit.setText(detail.name)
        self.ui.urlEdit.setText(detail.url or "")
        self.ui.shopUrlEdit.setText(detail.shop_url or "")
        self.ui.notesEdit.setPlainText(detail.notes or "")
        self.setWindowTitle(f"Edit designer — {detail.name}")

    def data(self) -> DesignerInput:
        """What the form says."""
        ui = self.ui
        return DesignerInput(
            name=ui.nameEdit.text(),
            url=ui.urlEdit.text().strip() or None,
            shop_url=ui.shopUrlEdit.text().strip() or None,
            notes=ui.notesEdit.toPlainText(),
        )

    def save(self) -> None:
        """Create or update the designer."""
        data, designer_id, version = self.data(), self.designer_id, self.version
        self.submit(
            lambda s: catalog_save.save_designer(s, data, designer_id, expected_version=version)
        )
