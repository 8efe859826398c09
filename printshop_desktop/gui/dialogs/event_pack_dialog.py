"""Packing for an event: how many of each product go into the crates now."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QHeaderView, QLabel, QSpinBox, QWidget

from ...services.errors import ValidationFailed
from ...services.event_plan import ParLine
from ..forms.ui_event_pack_dialog import Ui_EventPackDialog
from .job_submit import SubmitDialog


@dataclass(frozen=True)
class PackCounts:
    """What the dialog submits: units to pack now, per product."""

    counts: tuple[tuple[uuid.UUID, int], ...]


class EventPackDialog(SubmitDialog):
    """One row per par-list product with a spin box of what to pack now."""

    def __init__(self, lines: Sequence[ParLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EventPackDialog()
        self.ui.setupUi(self)
        self.lines = list(lines)
        table = self.ui.packTable
        headers = ["Product", "Planned", "Packed", "In workshop", "Pack now"]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            for column, text in enumerate(
                [line.name, str(line.planned), str(line.packed), str(line.workshop)]
            ):
                table.setCellWidget(row, column, QLabel(f" {text} "))
            spin = QSpinBox(table)
            spin.setRange(0, max(0, line.workshop))
            spin.valueChanged.connect(self._total)
            table.setCellWidget(row, 4, spin)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.fillButton.clicked.connect(self.fill_planned)
        self.ui.zeroButton.clicked.connect(lambda: self._set_all(lambda _line: 0))
        self.connect_buttons("Pack")
        self.fill_planned()

    def _spin(self, row: int) -> QSpinBox:
        widget = self.ui.packTable.cellWidget(row, 4)
        assert isinstance(widget, QSpinBox)
        return widget

    def _set_all(self, value: object) -> None:
        for row, line in enumerate(self.lines):
            self._spin(row).setValue(value(line))  # type: ignore[operator]

    def fill_planned(self) -> None:
        """Pack what is still planned, as far as the workshop has it."""
        self._set_all(lambda line: line.to_pack)

    def set_count(self, product_id: uuid.UUID, count: int) -> None:
        """Set one product's count (tests)."""
        for row, line in enumerate(self.lines):
            if line.product_id == product_id:
                self._spin(row).setValue(count)

    def _total(self, *_: object) -> None:
        total = sum(self._spin(r).value() for r in range(len(self.lines)))
        self.ui.totalLabel.setText(f"{total} units to pack")

    def values(self) -> PackCounts:
        """The counts above zero."""
        counts = tuple(
            (line.product_id, self._spin(row).value())
            for row, line in enumerate(self.lines)
            if self._spin(row).value() > 0
        )
        if not counts:
            raise ValidationFailed("packed", "Nothing to pack: enter how many go in the crates.")
        return PackCounts(counts)
