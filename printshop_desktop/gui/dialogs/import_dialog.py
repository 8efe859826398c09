"""Import CSV… and Import from Spoolman…: choose a file, see every row's outcome (bad rows
with their line numbers), and import. While rows are bad, Import stays off unless "skip the
bad rows" is ticked; nothing is written before Import.

The file is read in the background lane and tried (a dry run that keeps nothing) in the
database lane; the GUI thread only shows the result.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton, QWidget
from sqlalchemy.orm import Session

from ...services import csv_import, spoolman
from ...services.csv_format import ENTITIES, ImportPreview, ImportResult
from ...services.spoolman import SpoolmanPreview
from ..context import ShopContext
from ..forms.ui_import_dialog import Ui_ImportDialog
from ..runner import Lane
from .import_preview import ImportPreviewModel, preview_lines


class ImportKind(StrEnum):
    """What the dialog imports."""

    CSV = "csv"
    SPOOLMAN = "spoolman"


@dataclass(frozen=True)
class Checked:
    """A file tried against the database: the previews and the file they came from."""

    path: Path
    entity: str
    previews: tuple[ImportPreview, ...]
    spoolman: SpoolmanPreview | None = None

    @property
    def errors(self) -> int:
        """Bad rows."""
        return sum(len(p.errors) for p in self.previews)

    @property
    def rows(self) -> int:
        """Data rows of the file."""
        return sum(len(p.rows) for p in self.previews)


def read_text(path: Path) -> str:
    """Background: the file's text (a BOM is dropped)."""
    return path.read_text(encoding="utf-8-sig")


def check(session: Session, kind: ImportKind, entity: str, path: Path, text: str) -> Checked:
    """Database lane: try every row and keep nothing."""
    if kind is ImportKind.SPOOLMAN:
        found = spoolman.parse(session, text)
        return Checked(path, "spoolman", (found.filaments, found.spools), found)
    preview = csv_import.parse(session, entity, io.StringIO(text, newline=""))
    return Checked(path, entity, (preview,))


def apply(session: Session, checked: Checked, skip_bad: bool) -> list[ImportResult]:
    """Database lane: import the checked rows (all or, with ``skip_bad``, the good ones)."""
    if checked.spoolman is not None:
        return list(spoolman.apply(session, checked.spoolman, skip_bad=skip_bad))
    return [csv_import.apply(session, checked.previews[0], skip_bad=skip_bad)]


def entity_for(path: Path) -> str | None:
    """``filaments.csv`` → ``filaments`` (files exported by the app are named so)."""
    stem = path.stem.lower()
    return stem if stem in ENTITIES else None


class ImportDialog(QDialog):
    """Choose a file, preview it, import it; ``imported`` carries the results."""

    def __init__(
        self, context: ShopContext, kind: ImportKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.context = context
        self.kind = kind
        self.checked: Checked | None = None
        self.results: list[ImportResult] = []
        self.file_dialog: QFileDialog | None = None
        self.busy = False
        self._serial = 0
        self.model = ImportPreviewModel(self)
        ui = self.ui
        ui.previewTable.set_model(
            self.model, sort_column=-1, empty_text="Choose a file to see its rows."
        )
        for entity in ENTITIES:
            ui.entityCombo.addItem(entity.capitalize(), entity)
        ui.entityCombo.setCurrentIndex(ENTITIES.index("filaments"))
        spool = kind is ImportKind.SPOOLMAN
        ui.entityCombo.setVisible(not spool)
        ui.entityLabel.setVisible(not spool)
        self.setWindowTitle("Import from Spoolman" if spool else "Import CSV")
        if spool:
            ui.fileEdit.setPlaceholderText("A Spoolman export (JSON or CSV) or SpoolmanDB JSON…")
        self.import_button: QPushButton = ui.buttonBox.addButton(
            "&Import", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        ui.buttonBox.accepted.connect(self.start_import)
        ui.buttonBox.rejected.connect(self.reject)
        ui.browseButton.clicked.connect(self.choose_file)
        ui.skipBadCheck.toggled.connect(lambda _: self._update_button())
        ui.entityCombo.currentIndexChanged.connect(lambda _: self._recheck())

    # -- choosing and checking ---------------------------------------------------------

    def choose_file(self) -> QFileDialog:
        """Ask for the file (not blocking)."""
        filters = (
            "Spoolman exports (*.json *.csv);;All files (*)"
            if self.kind is ImportKind.SPOOLMAN
            else "CSV files (*.csv);;All files (*)"
        )
        dialog = QFileDialog(self, "Choose the file to import", str(Path.home()), filters)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.load_file(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def load_file(self, path: Path) -> None:
        """Read ``path`` in the background, then try its rows in the database lane."""
        self.ui.fileEdit.setText(str(path))
        entity = entity_for(path)
        if entity and self.kind is ImportKind.CSV:
            self.ui.entityCombo.blockSignals(True)
            self.ui.entityCombo.setCurrentIndex(ENTITIES.index(entity))
            self.ui.entityCombo.blockSignals(False)
        self._recheck()

    def _recheck(self) -> None:
        text = self.ui.fileEdit.text().strip()
        if not text:
            return
        path, kind, entity = Path(text), self.kind, str(self.ui.entityCombo.currentData())
        self._serial += 1
        serial = self._serial
        self.checked = None
        self.model.set_rows([])
        self._set_status(f"Reading {path.name}…")
        self.ui.previewTable.set_message(f"Checking every row of {path.name}…")
        self._update_button()

        def read_done(content: str) -> None:
            if serial != self._serial:
                return
            task = self.context.query(
                lambda session: check(session, kind, entity, path, content),
                lambda checked: self._show(serial, checked),
                lambda error: self._failed(serial, error),
            )
            if task is None:
                self._failed(serial, RuntimeError("Not connected to a database."))

        self.context.runner.run(
            lambda: read_text(path), read_done, lambda e: self._failed(serial, e),
            lane=Lane.BACKGROUND,
        )  # fmt: skip

    def _show(self, serial: int, checked: Checked) -> None:
        if serial != self._serial:
            return
        self.checked = checked
        self.model.set_rows(preview_lines(checked.previews))
        self.ui.previewTable.set_message(None)
        self._set_status(self.summary(checked))
        self.ui.skipBadCheck.setEnabled(checked.errors > 0)
        self._update_button()

    def _failed(self, serial: int, error: Exception) -> None:
        if serial != self._serial:
            return
        self.ui.previewTable.set_message("Nothing to show.")
        self._set_status("")
        self.ui.generalError.setText(f"This file cannot be imported: {error}")
        self.ui.generalError.show()
        self._update_button()

    def summary(self, checked: Checked) -> str:
        """``12 rows: 10 new, 2 to update. 1 bad row (line 4): …``."""
        counts: dict[str, int] = {}
        for preview in checked.previews:
            for action, n in preview.actions.items():
                counts[action.value] = counts.get(action.value, 0) + n
        parts = [f"{counts[k]} {label}" for k, label in
                 (("new", "new"), ("update", "to update"), ("unchanged", "unchanged"))
                 if counts.get(k)]  # fmt: skip
        text = f"<b>{checked.rows} rows</b>: " + (", ".join(parts) or "nothing to import")
        if checked.errors:
            lines = sorted({e.line for p in checked.previews for e in p.errors})
            shown = ", ".join(str(n) for n in lines[:8]) + (" …" if len(lines) > 8 else "")
            noun = "bad row" if checked.errors == 1 else "bad rows"
            text += (
                f". <span style='color:#b3261e'><b>{checked.errors} {noun}</b> (line "
                f"{shown})</span>: fix the file and choose it again, or skip them."
            )
        return text

    # -- importing ---------------------------------------------------------------------

    def start_import(self) -> None:
        """Import the checked file (in the database lane)."""
        checked = self.checked
        if checked is None or self.busy or not self.import_button.isEnabled():
            return
        skip = self.ui.skipBadCheck.isChecked()
        self.busy = True
        self._update_button()
        self._set_status("Importing…")
        self.context.query(
            lambda session: apply(session, checked, skip), self._imported, self._import_failed
        )

    def _imported(self, results: list[ImportResult]) -> None:
        self.busy = False
        self.results = results
        self.accept()

    def _import_failed(self, error: Exception) -> None:
        self.busy = False
        self.ui.generalError.setText(f"Nothing was imported: {error}")
        self.ui.generalError.show()
        self._update_button()

    def _update_button(self) -> None:
        checked = self.checked
        ready = checked is not None and checked.rows > 0 and not self.busy
        if checked is not None and checked.errors and not self.ui.skipBadCheck.isChecked():
            ready = False
        self.import_button.setEnabled(ready)

    def _set_status(self, text: str) -> None:
        self.ui.summaryLabel.setText(text)
        if text:
            self.ui.generalError.hide()
