"""Files in the Catalog tab: drops onto models and variants, the Files section, sliced files.

Hooks into the tab's widgets (the models table, the variants table, the detail panel) and
starts an :class:`ImportJob` per drop. The Files section follows the selected model; a
sliced file that lands on a variant opens the confirm dialog.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QFrame, QMenu, QScrollArea, QWidget

from ...services import model_files
from ...services.catalog import ModelRow, VariantRow
from ..tabs.catalog.tab import CatalogTab
from .drop_target import FileDropTarget
from .import_job import DropTarget
from .model_files_section import ModelFilesSection
from .sliced_dialog import SlicedFileDialog
from .staging import PreparedFile

SLICED_FILTER = "Sliced files (*.gcode *.bgcode *.3mf);;All files (*)"
StartImport = Callable[[list[Path], DropTarget], None]


class CatalogFiles(QObject):
    """Connects the Catalog tab to file imports and the Files section."""

    def __init__(
        self,
        tab: CatalogTab,
        section: ModelFilesSection,
        start_import: StartImport,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tab = tab
        self.section = section
        self.start_import = start_import
        self.dialog: QWidget | None = None
        self.scroll = QScrollArea(tab.ui.detailsPage)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(section)  # the panel may stay as small as the window allows
        # The files take the room the form's spacer kept below the fields.
        tab.ui.detailsLayout.removeItem(tab.ui.detailSpacer)
        tab.ui.detailsLayout.addWidget(self.scroll, 1)
        self.models_drop = FileDropTarget(tab.ui.modelTable.view)
        self.models_drop.dropped.connect(self.drop_on_models)
        self.models_drop.hovering.connect(self.drop_hint)
        self.grid_drop = FileDropTarget(tab.grid)  # the grid of pictures takes drops too
        self.grid_drop.dropped.connect(self.drop_on_models)
        self.grid_drop.hovering.connect(self.drop_hint)
        self.variants_drop = FileDropTarget(tab.ui.variantView)
        self.variants_drop.dropped.connect(self.drop_on_variants)
        variants = tab.ui.variantView
        variants.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        variants.customContextMenuRequested.connect(self._variant_menu)
        variants.setToolTip("Drop a sliced file (G-code, sliced 3MF) onto a variant to set it.")
        tab.ui.modelTable.current_changed.connect(self._on_model)
        tab.loaded.connect(self.reload_files)
        tab.context.database_changed.connect(self.reload_files)

    # -- drops -------------------------------------------------------------------------

    def drop_on_models(self, paths: list[Path], row: object | None, new: bool = False) -> None:
        """Onto a model: add the files to it. Onto empty space, or with Shift held: a new
        model for each file, folder or archive."""
        if isinstance(row, ModelRow) and not new:
            self.start_import(paths, DropTarget(model_id=row.id, model_name=row.name))
        else:
            self.start_import(paths, DropTarget())

    def drop_hint(self, row: object | None, new: bool) -> None:
        """Say in the status bar what letting go will do."""
        bar = self.tab.window().statusBar()
        over = self.models_drop.view.underMouse() or self.grid_drop.view.underMouse()
        if row is None and not new and not over:
            bar.clearMessage()
        elif isinstance(row, ModelRow) and not new:
            bar.showMessage(
                f"Drop to add the files to “{row.name}” · hold Shift to make "
                "a new model for each file or folder"
            )
        else:
            bar.showMessage("Drop to make a new model for each file, folder or archive")

    def drop_on_variants(self, paths: list[Path], row: object | None, _new: bool = False) -> None:
        """Onto a variant: its sliced file; below the variants: files of the model."""
        if isinstance(row, VariantRow):
            self.start_import(paths, self.variant_target(row))
        elif self.tab.detail.model_id is not None:
            self.start_import(paths, DropTarget(model_id=self._model_id()))

    @staticmethod
    def variant_target(row: VariantRow) -> DropTarget:
        """Where a sliced file for ``row`` goes."""
        return DropTarget(
            model_id=row.model_id, model_name=row.model, variant_id=row.id, variant_name=row.name
        )

    def choose_sliced_file(self, row: VariantRow) -> QFileDialog:
        """ "Set sliced file…": pick a file, then the same path as a drop."""
        dialog = QFileDialog(self.tab, f"Sliced file for {row.model} — {row.name}")
        dialog.setNameFilter(SLICED_FILTER)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(
            lambda name: self.start_import([Path(name)], self.variant_target(row))
        )
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _variant_menu(self, position: QPoint) -> None:
        row = self.variants_drop.row_at(position)
        if not isinstance(row, VariantRow):
            return
        menu = QMenu(self.tab)
        menu.addAction("Set sliced file…", lambda: self.choose_sliced_file(row))
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.tab.ui.variantView.viewport().mapToGlobal(position))

    # -- sliced files ------------------------------------------------------------------

    def propose(self, prepared: PreparedFile, file_id: uuid.UUID, variant_id: uuid.UUID) -> None:
        """Work out the proposal in the database lane, then ask the user."""
        info = prepared.info
        if info is None:
            return
        self.tab.context.query(
            lambda session: model_files.propose_sliced_file(session, variant_id, file_id, info),
            self.show_proposal,
            self._proposal_failed,
        )

    def show_proposal(self, proposal: model_files.SlicedProposal) -> SlicedFileDialog:
        """Open the confirm dialog (window-modal, not blocking)."""
        dialog = SlicedFileDialog(self.tab.context, proposal, self.tab.window())
        dialog.saved.connect(lambda _p: self.tab.reload())
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _proposal_failed(self, error: Exception) -> None:
        self.tab.window().statusBar().showMessage(f"The sliced file was not set: {error}", 15_000)

    # -- the Files section -------------------------------------------------------------

    def reload_files(self) -> None:
        """Load the selected model's files again."""
        self._load(self._model_id())

    def model_changed(self, model_id: uuid.UUID) -> None:
        """Files of ``model_id`` changed (an import recorded one)."""
        if model_id == self._model_id():
            self._load(model_id)

    def _model_id(self) -> uuid.UUID | None:
        model_id = self.tab.detail.model_id
        return model_id if isinstance(model_id, uuid.UUID) else None

    def _on_model(self, row: ModelRow | None) -> None:
        self._load(row.id if row is not None else None)

    def _load(self, model_id: uuid.UUID | None) -> None:
        if model_id is None or self.tab.context.database is None:
            self.section.show_files(None, [])
            return
        self.tab.context.query(
            lambda session: model_files.list_model_files(session, model_id),
            lambda rows: self._show(model_id, rows),
            lambda _error: None,  # the tab shows database problems already
        )

    def _show(self, model_id: uuid.UUID, rows: list[model_files.ModelFileRow]) -> None:
        if model_id == self._model_id():
            self.section.show_files(model_id, rows)
