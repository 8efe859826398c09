"""Create or edit a model: name, designer, category, tags, licence and selling permission,
source link and notes. Refusals show under their field; a concurrent edit offers Reload."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ...services import catalog, catalog_edit, catalog_save
from ...services.catalog import DesignerRow, ModelInput
from ...services.catalog_edit import ModelDetail
from ..context import ShopContext
from ..forms.ui_model_dialog import Ui_ModelDialog
from .designer_dialog import DesignerDialog
from .form_dialog import FormDialog
from .licence_choices import COMMON, CUSTOM, OTHER, UNCHECKED, commercial, hint
from .model_completers import TagCompleter, category_completer, split_tags

NO_DESIGNER = "— Unknown designer —"
FormData = tuple[list[DesignerRow], ModelDetail | None]


def load_form(session: Session, model_id: uuid.UUID | None) -> FormData:
    """Worker: the designers to pick from and, for an edit, the model as stored."""
    detail = catalog_edit.get_model(session, model_id) if model_id is not None else None
    return catalog.list_designers(session), detail


class ModelDialog(FormDialog):
    """A new model (``model_id`` None) or an existing one."""

    aliases = {"licence_id": "licence", "licence_text": "licence", "tags": "tags"}

    def __init__(
        self,
        context: ShopContext,
        model_id: uuid.UUID | None = None,
        *,
        categories: Iterable[str] = (),
        tags: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ModelDialog()
        self.ui.setupUi(self)
        self.setup_form(self.ui)
        self.model_id = model_id
        self.version: int | None = None
        self.dialog: DesignerDialog | None = None
        self._fill_licences()
        category_completer(self.ui.categoryEdit, categories)
        self.tag_completer = TagCompleter(tags, self.ui.tagsEdit)
        ui = self.ui
        ui.untilDate.setDate(QDate.currentDate().addYears(1))
        ui.licenceCombo.currentIndexChanged.connect(self._on_licence_picked)
        ui.sellingCheck.toggled.connect(self._enable_selling)
        ui.untilCheck.toggled.connect(self._enable_selling)
        ui.newDesignerButton.clicked.connect(self.new_designer)
        self.setWindowTitle("New model" if model_id is None else "Edit model")
        self._show_licence_fields()
        self._enable_selling()
        self.reload()

    # -- loading -----------------------------------------------------------------------

    def reload(self, select_designer: uuid.UUID | None = None) -> None:
        """Fetch designers (and the model as stored now, when editing)."""
        model_id = self.model_id
        keep = select_designer or self.designer_id()
        self.fetch(lambda s: load_form(s, model_id), lambda data: self._loaded(data, keep))

    def _loaded(self, data: FormData, keep: uuid.UUID | None) -> None:
        designers, detail = data
        combo = self.ui.designerCombo
        combo.clear()
        combo.addItem(NO_DESIGNER, None)
        for designer in designers:
            combo.addItem(designer.name, str(designer.id))
        if detail is not None and keep is None:
            keep = detail.data.designer_id
        combo.setCurrentIndex(max(combo.findData(str(keep)), 0))
        if detail is not None:
            self.fill(detail)

    def fill(self, detail: ModelDetail) -> None:
        """Show the stored model in the form."""
        self.version = detail.version
        data, ui = detail.data, self.ui
        ui.nameEdit.setText(data.name)
        ui.designerCombo.setCurrentIndex(max(ui.designerCombo.findData(str(data.designer_id)), 0))
        ui.categoryEdit.setText(data.category or "")
        ui.tagsEdit.setText(", ".join(data.tags))
        self._set_licence(data.licence_id, data.licence_text)
        ui.sellingCheck.setChecked(data.selling_allowed)
        ui.proofEdit.setText(data.selling_proof_note or "")
        ui.untilCheck.setChecked(data.selling_allowed_until is not None)
        if data.selling_allowed_until is not None:
            until = data.selling_allowed_until
            ui.untilDate.setDate(QDate(until.year, until.month, until.day))
        ui.sourceUrlEdit.setText(data.source_url or "")
        ui.notesEdit.setPlainText(data.notes or "")
        self.setWindowTitle(f"Edit model — {data.name}")
        self._enable_selling()

    # -- saving ------------------------------------------------------------------------

    def data(self) -> ModelInput:
        """What the form says."""
        ui = self.ui
        licence_id, licence_text = self._licence()
        allowed = ui.sellingCheck.isChecked()
        until = ui.untilDate.date().toPython() if allowed and ui.untilCheck.isChecked() else None
        assert until is None or isinstance(until, date)
        return ModelInput(
            name=ui.nameEdit.text(),
            designer_id=self.designer_id(),
            category="/".join(p.strip() for p in ui.categoryEdit.text().split("/") if p.strip())
            or None,
            tags=split_tags(ui.tagsEdit.text()),
            licence_id=licence_id,
            licence_text=licence_text,
            selling_allowed=allowed,
            selling_proof_note=ui.proofEdit.text() if allowed else None,
            selling_allowed_until=until,
            source_url=ui.sourceUrlEdit.text().strip() or None,
            notes=ui.notesEdit.toPlainText(),
        )

    def save(self) -> None:
        """Create or update the model."""
        self.clear_errors()
        if self._licence() == (None, None) and self.ui.licenceCombo.currentData() != UNCHECKED:
            self.show_error("licence", "Type the licence id, or its terms as custom text.")
            return
        data, model_id, version = self.data(), self.model_id, self.version
        self.submit(lambda s: catalog_save.save_model(s, data, model_id, expected_version=version))

    # -- designer ----------------------------------------------------------------------

    def designer_id(self) -> uuid.UUID | None:
        """The designer picked (None: unknown)."""
        picked = self.ui.designerCombo.currentData()
        return uuid.UUID(picked) if picked else None

    def new_designer(self) -> DesignerDialog:
        """Add a designer on top of this dialog; it is picked once saved."""
        dialog = DesignerDialog(self.context, None, self)
        dialog.saved.connect(self._on_designer_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_designer_saved(self, designer_id: object) -> None:
        if isinstance(designer_id, uuid.UUID):
            self.fetch(catalog.list_designers, lambda rows: self._loaded((rows, None), designer_id))

    # -- licence -----------------------------------------------------------------------

    def _fill_licences(self) -> None:
        combo = self.ui.licenceCombo
        combo.addItem("Not checked yet", UNCHECKED)
        for choice in COMMON:
            combo.addItem(f"{choice.spdx} — {choice.name}", choice.spdx)
        combo.addItem("Other SPDX id…", OTHER)
        combo.addItem("Custom terms (text)…", CUSTOM)

    def _set_licence(self, licence_id: str | None, licence_text: str | None) -> None:
        ui = self.ui
        combo = ui.licenceCombo
        combo.blockSignals(True)
        if licence_id:
            found = next(
                (c.spdx for c in COMMON if c.spdx.casefold() == licence_id.casefold()), None
            )
            combo.setCurrentIndex(combo.findData(found if found else OTHER))
            ui.licenceIdEdit.setText("" if found else licence_id)
        else:
            combo.setCurrentIndex(combo.findData(CUSTOM if licence_text else UNCHECKED))
        ui.licenceTextEdit.setPlainText(licence_text or "")
        combo.blockSignals(False)
        self._show_licence_fields()

    def _licence(self) -> tuple[str | None, str | None]:
        """``(licence_id, licence_text)`` as chosen."""
        ui = self.ui
        picked = ui.licenceCombo.currentData()
        if picked == OTHER:
            return ui.licenceIdEdit.text().strip() or None, None
        if picked == CUSTOM:
            return None, ui.licenceTextEdit.toPlainText().strip() or None
        if picked == UNCHECKED:
            return None, None
        return picked, None

    def _on_licence_picked(self) -> None:
        self._show_licence_fields()
        spdx = self.ui.licenceCombo.currentData()
        allows = commercial(spdx) if spdx not in (OTHER, CUSTOM, UNCHECKED) else None
        if allows is not None:  # a known licence sets the usual answer; proof can override
            self.ui.sellingCheck.setChecked(allows)

    def _show_licence_fields(self) -> None:
        ui = self.ui
        picked = ui.licenceCombo.currentData()
        ui.licenceIdEdit.setVisible(picked == OTHER)
        ui.licenceTextEdit.setVisible(picked == CUSTOM)
        known = picked if picked not in (OTHER, CUSTOM, UNCHECKED) else None
        if picked == OTHER:
            known = ui.licenceIdEdit.text().strip() or None
        text = hint(known) if picked != UNCHECKED else "Check the licence before selling prints."
        ui.licenceHint.setText(text)
        ui.licenceHint.setVisible(bool(text))

    def _enable_selling(self, *_: object) -> None:
        ui = self.ui
        allowed = ui.sellingCheck.isChecked()
        ui.proofEdit.setEnabled(allowed)
        ui.untilCheck.setEnabled(allowed)
        ui.untilDate.setEnabled(allowed and ui.untilCheck.isChecked())
