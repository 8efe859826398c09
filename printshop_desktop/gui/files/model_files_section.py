"""The Files part of the Catalog's detail panel: the model's files and a card for one of them.

The card shows the thumbnail (loaded lazily), the facts a shop owner checks before printing
(slicer, print time, grams per tool with colour swatches, layer height, nozzle, model size)
and the actions: Show 3D, Open in slicer, Export….
"""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from ...services.model_files import FileSummary, ModelFileRow
from ..forms.ui_model_files_panel import Ui_ModelFilesPanel
from ..local_time import format_local
from ..runner import Runner
from ..table_model import Role
from .file_store import FileStore
from .model_files_model import ModelFilesTableModel, kind_text
from .preview import PreviewArea
from .thumbnail_loader import ThumbnailLoader
from .units import EMPTY, format_bytes, format_duration, format_grams, format_mm

STATE_TEXT = {
    "stored": "Stored",
    "pending": "Kept on this computer until the storage is reachable",
    "uploading": "Uploading",
    "failed": "Upload failed",
}


def filament_html(summary: FileSummary) -> str:
    """One line per tool: a colour swatch, material, grams (or length)."""
    if not summary.tools:
        return html.escape(format_grams(summary.filament_g))
    lines = []
    for tool in summary.tools:
        colour = tool.colour or "#9e9e9e"
        amount = (
            format_grams(tool.grams)
            if tool.grams is not None
            else (f"{tool.mm / 1000:.2f} m" if tool.mm is not None else EMPTY)
        )
        material = html.escape(tool.material or "filament")
        lines.append(
            f"<span style='color:{colour}; font-size:14pt'>■</span> "
            f"T{tool.index} {material}: {amount}"
        )
    return "<br>".join(lines)


def mesh_text(summary: FileSummary) -> str:
    """``40 × 20 × 10 mm · 1,234 triangles``."""
    if summary.size_mm is None and summary.triangles is None:
        return EMPTY
    parts = []
    if summary.size_mm is not None:
        parts.append(" × ".join(f"{v:.0f}" for v in summary.size_mm) + " mm")
    if summary.triangles is not None:
        parts.append(f"{summary.triangles:,} triangles")
    return " · ".join(parts)


class ModelFilesSection(QWidget):
    """Lists a model's files; :attr:`open_requested`/:attr:`export_requested` carry the row."""

    open_requested = Signal(object)  # ModelFileRow
    export_requested = Signal(object)  # ModelFileRow

    def __init__(
        self,
        runner: Runner,
        file_store: FileStore,
        thumbnails: ThumbnailLoader,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ModelFilesPanel()
        self.ui.setupUi(self)
        self.file_store = file_store
        self.model_id: uuid.UUID | None = None
        self.model = ModelFilesTableModel(self)
        view = self.ui.filesView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ModelFilesTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionHidden(ModelFilesTableModel.ADDED, True)
        header.setSectionHidden(ModelFilesTableModel.SIZE, True)  # the card shows it
        view.selectionModel().currentRowChanged.connect(self._on_current)
        self.preview = PreviewArea(self.ui, runner, thumbnails, self)
        self.ui.openButton.clicked.connect(lambda: self._request(self.open_requested))
        self.ui.exportButton.clicked.connect(lambda: self._request(self.export_requested))
        self.show_files(None, [])

    def show_files(self, model_id: uuid.UUID | None, rows: list[ModelFileRow]) -> None:
        """Show ``rows`` (the files of ``model_id``); the newest is selected."""
        keep = self.current_file()
        self.model_id = model_id
        self.model.set_rows(rows)
        self.ui.filesCaption.setText(f"Files ({len(rows)})" if model_id else "Files")
        self.ui.emptyLabel.setVisible(not rows)
        self.ui.filesView.setVisible(bool(rows))
        self.ui.fileCard.setVisible(bool(rows))
        if rows:
            wanted = next((n for n, r in enumerate(rows) if keep and r.file_id == keep.file_id), 0)
            self.ui.filesView.selectRow(wanted)
        else:
            self._show_card(None)

    def current_file(self) -> ModelFileRow | None:
        """The file whose card is on show."""
        index = self.ui.filesView.currentIndex()
        row = index.data(Role.OBJECT) if index.isValid() else None
        return row if isinstance(row, ModelFileRow) else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(Role.OBJECT) if current.isValid() else None
        self._show_card(row if isinstance(row, ModelFileRow) else None)

    def _show_card(self, row: ModelFileRow | None) -> None:
        self.preview.show_file(row, self.file_store.store)
        ui = self.ui
        ui.openButton.setEnabled(row is not None)
        ui.exportButton.setEnabled(row is not None)
        if row is None:
            return
        summary = row.summary
        slicer = " ".join(p for p in (summary.slicer, summary.slicer_version) if p)
        ui.kindValue.setText(f"{kind_text(summary, row.name)} · {format_bytes(row.size_bytes)}")
        ui.slicerValue.setText(slicer or EMPTY)
        ui.timeValue.setText(format_duration(summary.print_time_s))
        ui.filamentValue.setText(filament_html(summary))
        ui.layerValue.setText(
            f"{format_mm(summary.layer_height_mm)} layers · {format_mm(summary.nozzle_mm)} nozzle"
        )
        ui.printerValue.setText(summary.printer_model or EMPTY)
        ui.meshValue.setText(mesh_text(summary))
        state = STATE_TEXT.get(row.state, row.state)
        ui.storedValue.setText(f"{state}, {format_local(row.added_at)}")
        form = ui.metaLayout
        for widget in (ui.slicerValue, ui.timeValue, ui.layerValue, ui.printerValue):
            form.setRowVisible(widget, summary.is_sliced)
        form.setRowVisible(ui.filamentValue, summary.is_sliced or bool(summary.tools))
        form.setRowVisible(ui.meshValue, summary.size_mm is not None or bool(summary.triangles))

    def _request(self, signal: object) -> None:
        row = self.current_file()
        if row is not None:
            signal.emit(row)  # type: ignore[attr-defined]
