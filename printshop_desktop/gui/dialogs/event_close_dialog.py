"""Closing an event: returned and damaged per product, and the differences they reveal.

Expected sold = packed − returned − damaged. The dialog shows, as the counts are typed, how
that compares with the sales recorded; on closing, each difference becomes an adjustment.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QSpinBox, QWidget

from ...services.errors import ValidationFailed
from ...services.event_plan import ParLine
from ..forms.ui_event_close_dialog import Ui_EventCloseDialog
from .job_submit import SubmitDialog

RETURNED, DAMAGED, EXPECTED, DIFFERENCE = 4, 5, 6, 7


@dataclass(frozen=True)
class CloseCounts:
    """What the dialog submits."""

    returned: dict[uuid.UUID, int]
    damaged: dict[uuid.UUID, int]
    reason: str


class EventCloseDialog(SubmitDialog):
    """Returned and damaged counts per product, with the difference to recorded sales."""

    def __init__(self, lines: Sequence[ParLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EventCloseDialog()
        self.ui.setupUi(self)
        self.lines = [line for line in lines if line.packed or line.at_stall or line.sold]
        table = self.ui.closeTable
        headers = [
            "Product",
            "Packed",
            "Sold (recorded)",
            "At stall (books)",
            "Returned",
            "Damaged",
            "Expected sold",
            "Difference",
        ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            texts = [line.name, str(line.packed), str(line.sold), str(max(line.at_stall, 0))]
            for column, text in enumerate(texts):
                table.setCellWidget(row, column, QLabel(f" {text} "))
            for column, value in ((RETURNED, max(line.at_stall, 0)), (DAMAGED, 0)):
                spin = QSpinBox(table)
                spin.setRange(0, 100_000)
                spin.setValue(value)
                spin.valueChanged.connect(self._update)
                table.setCellWidget(row, column, spin)
            table.setCellWidget(row, EXPECTED, QLabel())
            table.setCellWidget(row, DIFFERENCE, QLabel())
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.connect_buttons("Close event")
        self._update()

    def _spin(self, row: int, column: int) -> QSpinBox:
        widget = self.ui.closeTable.cellWidget(row, column)
        assert isinstance(widget, QSpinBox)
        return widget

    def _label(self, row: int, column: int) -> QLabel:
        widget = self.ui.closeTable.cellWidget(row, column)
        assert isinstance(widget, QLabel)
        return widget

    def set_counts(self, product_id: uuid.UUID, returned: int, damaged: int = 0) -> None:
        """Type one product's counts (tests)."""
        for row, line in enumerate(self.lines):
            if line.product_id == product_id:
                self._spin(row, RETURNED).setValue(returned)
                self._spin(row, DAMAGED).setValue(damaged)

    def differences(self) -> dict[uuid.UUID, int]:
        """Expected minus recorded sales per product, as typed now."""
        result = {}
        for row, line in enumerate(self.lines):
            expected = (
                line.packed - self._spin(row, RETURNED).value() - self._spin(row, DAMAGED).value()
            )
            result[line.product_id] = expected - line.sold
        return result

    def _update(self, *_: object) -> None:
        differences = self.differences()
        off = 0
        for row, line in enumerate(self.lines):
            diff = differences[line.product_id]
            expected = diff + line.sold
            self._label(row, EXPECTED).setText(f" {expected} ")
            text = (
                "✓ matches"
                if diff == 0
                else (f"{diff} missing" if diff > 0 else f"{-diff} too many")
            )
            label = self._label(row, DIFFERENCE)
            label.setText(f" {text} ")
            label.setStyleSheet("" if diff == 0 else f"color: {QColor('#b3261e').name()};")
            off += diff != 0
        self.ui.summaryLabel.setText(
            "Every product adds up."
            if not off
            else f"{off} product{'s' if off != 1 else ''} do not add up: "
            "each difference is recorded as an adjustment with the reason above."
        )

    def values(self) -> CloseCounts:
        """The counts and the reason for differences."""
        reason = self.ui.reasonEdit.text().strip()
        if any(self.differences().values()) and not reason:
            raise ValidationFailed("reason", "Give a reason for the differences.")
        return CloseCounts(
            returned={
                ln.product_id: self._spin(r, RETURNED).value() for r, ln in enumerate(self.lines)
            },
            damaged={
                ln.product_id: self._spin(r, DAMAGED).value() for r, ln in enumerate(self.lines)
            },
            reason=reason or "reconciliation",
        )
