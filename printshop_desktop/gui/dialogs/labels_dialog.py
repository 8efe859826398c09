"""Print labels…: QR labels for the selected spools or product bins, as a PDF at the label
printer's page size, written where the user says (in a worker)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy.orm import Session

from ...services import label_sizes, settings_store
from ...services.errors import ValidationFailed
from ..context import ShopContext
from ..forms.ui_labels_dialog import Ui_LabelsDialog
from ..tabs.inventory.service_dialog import ServiceDialog


class LabelKind(StrEnum):
    """What the labels are for."""

    SPOOLS = "spools"
    PRODUCTS = "products"


def write_labels(
    session: Session, kind: LabelKind, ids: Sequence[uuid.UUID], size_key: str, path: Path
) -> int:
    """Worker: read the labels and render the PDF to ``path``; returns the page count.

    The PDF is written next to ``path`` first and renamed, so a failure leaves no half file.
    """
    if not path.parent.is_dir():
        raise ValidationFailed("file", f"The folder {path.parent} does not exist.")
    from ...services import labels  # the PDF machinery loads when labels are printed

    size = label_sizes.label_size(size_key)
    found = (
        labels.spool_labels(session, ids)
        if kind is LabelKind.SPOOLS
        else labels.product_labels(session, ids)
    )
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("wb") as out:
            pages = labels.render_pdf(found, out, size)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return pages


class LabelsDialog(ServiceDialog):
    """Choose the label stock and the file; Save writes the PDF and closes."""

    def __init__(
        self,
        context: ShopContext,
        kind: LabelKind,
        ids: Sequence[uuid.UUID],
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_LabelsDialog()
        self.ui.setupUi(self)
        self.kind = kind
        self.ids = list(ids)
        self.file_dialog: QFileDialog | None = None
        self.path: Path | None = None
        ui = self.ui
        self.install(
            ui.buttonBox,
            ui.form,
            {"size": ui.sizeCombo, "file": ui.fileEdit, "labels": ui.sizeCombo},
            ui.generalError,
            ok_text="&Save PDF",
        )
        for size in label_sizes.LABEL_SIZES:
            ui.sizeCombo.addItem(size.name, size.key)
        count = len(self.ids)
        one, many = ("spool", "spools") if kind is LabelKind.SPOOLS else ("bin", "bins")
        what = one if count == 1 else many
        ui.summaryLabel.setText(f"QR labels for <b>{count} {what}</b>, one page each.")
        name = "spool-labels.pdf" if kind is LabelKind.SPOOLS else "product-labels.pdf"
        ui.fileEdit.setText(str((folder or Path.home()) / name))
        ui.browseButton.clicked.connect(self.choose_file)
        self.fit()
        self.load(
            lambda session: settings_store.get(session, settings_store.LABEL_FORMAT),
            self._use_size,
        )

    def _use_size(self, key: str) -> None:
        index = self.ui.sizeCombo.findData(key)
        if index >= 0:
            self.ui.sizeCombo.setCurrentIndex(index)

    def choose_file(self) -> QFileDialog:
        """Ask where to save (not blocking)."""
        dialog = QFileDialog(self, "Save labels as", self.ui.fileEdit.text(), "PDF (*.pdf)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self.ui.fileEdit.setText)
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def save(self) -> None:
        """Write the PDF in the database lane (it reads the labels there too)."""
        text = self.ui.fileEdit.text().strip()
        if not text:
            self.refuse("file", "Choose where to save the PDF.")
            return
        path = Path(text).expanduser()
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        kind, ids, size = self.kind, self.ids, str(self.ui.sizeCombo.currentData())
        self.path = path
        self.submit(lambda session: write_labels(session, kind, ids, size, path))
