"""Finishing or failing a job: the spools actually used, the grams, and copies made or why.

The suggested use (from the job's filament needs and the spools loaded) fills the table;
every gram count can be changed. Failing scales the suggestion by the share printed.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QSpinBox, QWidget

from ...services.errors import ValidationFailed
from ...services.jobs import SpoolUse
from ...services.printers import FilamentOption, SpoolChoice
from ..forms.ui_job_usage_dialog import Ui_JobUsageDialog
from .job_submit import SubmitDialog, index_of
from .printer_dialog import swatch

UNOPENED = "Unopened stock (no spool)"


class UsageMode(Enum):
    """What the dialog records."""

    FINISH = "finish"
    FAIL = "fail"


@dataclass(frozen=True)
class UsageResult:
    """What the dialog submits."""

    mode: UsageMode
    uses: tuple[SpoolUse, ...]
    copies_made: int = 0
    reason: str = ""


class JobUsageDialog(SubmitDialog):
    """Copies made (finish) or share printed and reason (fail), and grams per spool."""

    def __init__(
        self,
        mode: UsageMode,
        label: str,
        copies: int,
        suggested: Sequence[SpoolUse],
        filaments: Sequence[FilamentOption],
        spools: Sequence[SpoolChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_JobUsageDialog()
        self.ui.setupUi(self)
        self.mode = mode
        self._suggested = list(suggested)
        self._names = {f.id: f for f in filaments}
        self._spools = list(spools)
        ui = self.ui
        ui.jobLabel.setText(label)
        ui.copiesSpin.setMaximum(copies)
        ui.copiesSpin.setValue(copies)
        failing = mode is UsageMode.FAIL
        for widget in (ui.shareLabel, ui.shareSlider, ui.shareSpin, ui.reasonLabel, ui.reasonCombo):
            widget.setVisible(failing)
        ui.copiesLabel.setVisible(not failing)
        ui.copiesSpin.setVisible(not failing)
        ui.shareSlider.valueChanged.connect(ui.shareSpin.setValue)
        ui.shareSpin.valueChanged.connect(ui.shareSlider.setValue)
        ui.shareSpin.valueChanged.connect(self._scale)
        self._build_table()
        self.setWindowTitle("Print failed" if failing else "Finish print")
        self.connect_buttons("Record failure" if failing else "Finish")
        if failing:
            ui.usageHint.setText(
                "Filament wasted, per spool (the share printed of the sliced file's grams):"
            )
            self._scale(ui.shareSpin.value())
        self._update_total()

    def _build_table(self) -> None:
        table = self.ui.usageTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Filament", "Spool", "Grams"])
        table.setRowCount(len(self._suggested))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, use in enumerate(self._suggested):
            option = self._names.get(use.filament_id)
            name = QLabel(f" {option.label if option else '?'} ")
            icon = swatch(option.colour_hex if option else "#808080")
            spool = QComboBox(table)
            spool.addItem(UNOPENED, None)
            for choice in self._spools:
                if choice.filament_id == use.filament_id:
                    spool.addItem(icon, choice.label, choice.id)
            spool.setCurrentIndex(max(0, index_of(spool, use.spool_id)))
            grams = QSpinBox(table)
            grams.setRange(0, 100_000)
            grams.setSuffix(" g")
            grams.setValue(use.grams)
            grams.valueChanged.connect(self._update_total)
            table.setCellWidget(row, 0, name)
            table.setCellWidget(row, 1, spool)
            table.setCellWidget(row, 2, grams)
        if not self._suggested:
            self.ui.usageHint.setText(
                "This variant has no filament needs recorded: no filament is written."
            )
            table.hide()

    def _grams(self, row: int) -> QSpinBox:
        widget = self.ui.usageTable.cellWidget(row, 2)
        assert isinstance(widget, QSpinBox)
        return widget

    def _spool(self, row: int) -> QComboBox:
        widget = self.ui.usageTable.cellWidget(row, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def _scale(self, percent: int) -> None:
        for row, use in enumerate(self._suggested):
            self._grams(row).setValue(math.ceil(use.grams * percent / 100))

    def set_grams(self, row: int, grams: int) -> None:
        """Change one row's grams (tests)."""
        self._grams(row).setValue(grams)

    def set_spool(self, row: int, spool_id: uuid.UUID | None) -> None:
        """Choose the spool of one row (tests)."""
        combo = self._spool(row)
        combo.setCurrentIndex(max(0, index_of(combo, spool_id)))

    def _update_total(self, *_: object) -> None:
        total = sum(self._grams(r).value() for r in range(len(self._suggested)))
        self.ui.totalLabel.setText(f"{total:,} g of filament in all")

    def values(self) -> UsageResult:
        """The uses as entered."""
        uses = tuple(
            SpoolUse(use.filament_id, self._grams(row).value(), self._spool(row).currentData())
            for row, use in enumerate(self._suggested)
        )
        if self.mode is UsageMode.FAIL:
            reason = self.ui.reasonCombo.currentText().strip()
            if not reason:
                raise ValidationFailed("reason", "Say what went wrong, for the history.")
            return UsageResult(self.mode, uses, reason=reason)
        return UsageResult(self.mode, uses, copies_made=self.ui.copiesSpin.value())
