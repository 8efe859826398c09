"""Confirm a variant's sliced file: what the file says, and the filament matched to each tool.

The proposal comes from ``services.model_files.propose_sliced_file``; the user may change the
filament or the grams of each tool. Saving runs ``apply_sliced_file`` in the database lane;
the dialog stays open with the message if that is refused (e.g. the variant changed on
another PC meanwhile).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QLabel, QWidget

from ...services import model_files
from ...services.filament_match import FilamentChoice, Match
from ...services.model_files import SlicedProposal, ToolProposal
from ..context import ShopContext
from ..forms.ui_sliced_file_dialog import Ui_SlicedFileDialog
from .units import EMPTY, format_duration, format_mm

MATCH_NOTES = {
    Match.EXACT: ("Same material and colour", "#137333"),
    Match.CLOSE: ("Nearest filament — check it", "#b06000"),
    Match.NONE: ("No filament of this material — pick one", "#b3261e"),
}


def swatch(colour: str | None, side: int = 14) -> QPixmap:
    """A square of ``colour`` (grey when unknown)."""
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor(colour or "#9e9e9e"))
    return pixmap


class ToolRow:
    """The widgets of one tool: what the file says, grams, and the filament picked."""

    def __init__(self, dialog: SlicedFileDialog, tool: ToolProposal, row: int) -> None:
        self.tool = tool
        proposal = dialog.proposal
        layout, host = dialog.ui.toolsLayout, dialog.ui.toolsHost
        colour = QLabel(host)
        colour.setPixmap(swatch(tool.colour))
        said = " ".join(p for p in (tool.material, tool.colour) if p) or "no material stated"
        label = QLabel(f"T{tool.tool}: {said}", host)
        label.setToolTip(tool.name or "")
        self.filament = QComboBox(host)
        self.filament.addItem("— pick a filament —", None)
        for choice in proposal.filaments:
            self.filament.addItem(QIcon(swatch(choice.colour_hex)), choice.label, choice.id)
        if tool.filament_id is not None:
            self.filament.setCurrentIndex(self.filament.findData(tool.filament_id))
        self.grams = QDoubleSpinBox(host)
        self.grams.setRange(0, 100_000)
        self.grams.setDecimals(2)
        self.grams.setSuffix(" g")
        self.note = QLabel(host)
        for column, widget in enumerate((colour, label, self.grams, self.filament, self.note)):
            layout.addWidget(widget, row, column)
        self._proposal = proposal
        self._set_grams()
        self._show_note(tool.match)
        self.filament.currentIndexChanged.connect(self._on_filament)

    def choice(self) -> FilamentChoice | None:
        """The filament picked."""
        return self._proposal.filament(self.filament.currentData())

    def need(self) -> tuple[int, uuid.UUID, float] | None:
        """``(tool, filament id, grams)``, or None while no filament is picked."""
        choice = self.choice()
        return None if choice is None else (self.tool.tool, choice.id, self.grams.value())

    def _set_grams(self) -> None:
        grams = self.tool.grams_with(self.choice())
        self.grams.setValue(grams or 0.0)

    def _on_filament(self) -> None:
        if self.tool.grams is None:
            self._set_grams()  # grams worked out from the length need the filament's density
        picked_own = self.choice() is not None and self.choice() != self._proposal.filament(
            self.tool.filament_id
        )
        self._show_note(Match.EXACT if picked_own else self.tool.match, picked_own)

    def _show_note(self, match: Match, picked: bool = False) -> None:
        text, colour = ("Your choice", "#137333") if picked else MATCH_NOTES[match]
        if self.choice() is None:
            text, colour = MATCH_NOTES[Match.NONE]
        self.note.setText(f"<span style='color:{colour}'>{text}</span>")


class SlicedFileDialog(QDialog):
    """Shows a :class:`SlicedProposal`; :attr:`saved` fires after it was written."""

    saved = Signal(object)  # SlicedProposal

    def __init__(
        self, context: ShopContext, proposal: SlicedProposal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SlicedFileDialog()
        self.ui.setupUi(self)
        self.context = context
        self.proposal = proposal
        self._fill()
        self.rows = [ToolRow(self, tool, n) for n, tool in enumerate(proposal.tools)]
        if not self.rows:
            self.ui.toolsLayout.addWidget(QLabel("The file names no tools or filament.", self))
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Set sliced file")
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _fill(self) -> None:
        p, ui = self.proposal, self.ui
        ui.headlineLabel.setText(f"Sliced file for {p.model_name} — {p.variant_name}")
        ui.fileValue.setText(p.file_name)
        replaces = f" (replaces version {p.version - 1})" if p.version > 1 else ""
        ui.versionValue.setText(f"Version {p.version}{replaces}")
        slicer = " ".join(x for x in (p.slicer, p.slicer_version) if x) or EMPTY
        printer = f" for {p.printer_model}" if p.printer_model else ""
        ui.slicerValue.setText(slicer + printer)
        ui.timeValue.setText(format_duration(p.print_time_s))
        ui.settingsValue.setText(
            f"{format_mm(p.layer_height_mm)} layers · {format_mm(p.nozzle_mm)} nozzle"
        )
        ui.usePrintTimeCheck.setEnabled(p.print_time_s is not None)
        ui.usePrintTimeCheck.setChecked(p.print_time_s is not None)

    def needs(self) -> tuple[tuple[int, uuid.UUID, float], ...] | None:
        """Every tool's need, or None while a tool has no filament picked."""
        picked = [row.need() for row in self.rows]
        if any(need is None for need in picked):
            return None
        return tuple(need for need in picked if need is not None)

    def save(self) -> None:
        """Write the sliced file and the filament needs; close when done."""
        needs = self.needs()
        if needs is None:
            self.ui.problemLabel.setText("Pick a filament for every tool first.")
            return
        self.ui.problemLabel.setText("")
        self.ui.buttonBox.setEnabled(False)
        proposal, use_time = self.proposal, self.ui.usePrintTimeCheck.isChecked()
        self.context.query(
            lambda session: model_files.apply_sliced_file(
                session, proposal, needs, use_print_time=use_time
            ),
            self._on_saved,
            self._on_refused,
        )

    def _on_saved(self, _sliced_id: uuid.UUID) -> None:
        self.saved.emit(self.proposal)
        self.accept()

    def _on_refused(self, error: Exception) -> None:
        self.ui.buttonBox.setEnabled(True)
        self.ui.problemLabel.setText(str(error))
