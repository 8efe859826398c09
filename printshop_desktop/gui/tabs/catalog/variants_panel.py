"""The variants of the selected model under the catalog: the table, New/Edit, and the cost
breakdown of the variant under the cursor."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject

from ....services.catalog import ModelRow
from ....services.variant_costs import VariantLine
from ...dialogs.variant_dialog import VariantDialog
from ...table_model import Role

if TYPE_CHECKING:
    from .tab import CatalogTab


class VariantsPanel(QObject):
    """Drives the variant table, its buttons and the cost panel of one Catalog tab."""

    def __init__(self, tab: CatalogTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.ui = tab.ui
        self.model: ModelRow | None = None
        self.dialog: VariantDialog | None = None
        self._keep: uuid.UUID | None = None
        view = self.ui.variantView
        view.selectionModel().currentRowChanged.connect(self._on_current)
        view.doubleClicked.connect(lambda _index: self.edit_variant())
        self.ui.newVariantButton.clicked.connect(self.new_variant)
        self.ui.editVariantButton.clicked.connect(self.edit_variant)
        self.ui.newVariantButton.setToolTip("Add a size, colourway or version of this model")
        self.show_model(None)

    def show_model(self, row: ModelRow | None) -> None:
        """Follow the selected model (its lines arrive with :meth:`show_lines`)."""
        if row is None or self.model is None or row.id != self.model.id:
            self._keep = None
        self.model = row
        self.ui.newVariantButton.setEnabled(row is not None and not row.archived)
        self.ui.variantsPanel.setEnabled(row is not None)
        self.ui.costPanel.show_line(None)
        self._enable_edit()

    def show_lines(self, model_id: uuid.UUID, lines: list[VariantLine]) -> None:
        """The variants of ``model_id`` have arrived: show them, keep or pick a current one."""
        self.tab.detail.show_variants(model_id, lines)
        if self.model is None or self.model.id != model_id:
            return
        view = self.ui.variantView
        wanted = next(
            (n for n, line in enumerate(self.tab.detail.variants.rows()) if line.id == self._keep),
            0,
        )
        if lines:
            flags = QItemSelectionModel.SelectionFlag
            view.selectionModel().setCurrentIndex(
                self.tab.detail.variants.index(wanted, 0), flags.ClearAndSelect | flags.Rows
            )
        self.ui.variantsCaption.setText(f"Variants of {self.model.name} ({len(lines)})")
        self._enable_edit()

    def current_line(self) -> VariantLine | None:
        """The variant under the cursor."""
        index = self.ui.variantView.currentIndex()
        line = index.data(Role.OBJECT) if index.isValid() else None
        return line if isinstance(line, VariantLine) else None

    def new_variant(self) -> VariantDialog | None:
        """An empty variant form for the selected model."""
        return self._open(None)

    def edit_variant(self) -> VariantDialog | None:
        """The form of the variant under the cursor."""
        line = self.current_line()
        return self._open(line.id) if line is not None else None

    def _open(self, variant_id: uuid.UUID | None) -> VariantDialog | None:
        if self.model is None:
            return None
        dialog = VariantDialog(
            self.tab.context,
            self.model.id,
            variant_id,
            model_name=self.model.name,
            parent=self.tab.window(),
        )
        dialog.saved.connect(self._on_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_saved(self, variant_id: object) -> None:
        self._keep = variant_id if isinstance(variant_id, uuid.UUID) else None
        if self.model is not None:
            self.tab.select_after_load(self.model.id)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line = current.data(Role.OBJECT) if current.isValid() else None
        line = line if isinstance(line, VariantLine) else None
        if line is not None:
            self._keep = line.id
        self.ui.costPanel.show_line(line)
        self._enable_edit()

    def _enable_edit(self) -> None:
        self.ui.editVariantButton.setEnabled(self.current_line() is not None)
